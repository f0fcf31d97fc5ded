package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/dataset"
)

// manyDocs writes n small documents with figures (every seventh one too
// large for maxBytes 200, so skipped with a warning) and returns their
// directory.
func manyDocs(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		text := fmt.Sprintf("2023年第%d季度，公司营业收入%d.%d亿元，同比增长%d%%。", i%4+1, 10+i, i%10, 3+i%17)
		if i%7 == 3 {
			for len(text) < 300 {
				text += fmt.Sprintf("净利润%d万元。", 100+i)
			}
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.txt", i)), []byte(text), 0o644))
	}
	return dir
}

// poolEvents records, in order, the documents the workers start and the
// batches handed to the writer (testHooks), for one test.
type poolEvents struct {
	mu     sync.Mutex
	events []poolEvent
}

type poolEvent struct {
	kind  byte // 's': a document started; 'd': its start hook's delay over; 'h': a batch handed to the writer
	batch int
	doc   int
}

func (e *poolEvents) add(ev poolEvent) {
	e.mu.Lock()
	e.events = append(e.events, ev)
	e.mu.Unlock()
}

// hook sets testHooks to record into e; startDelay and handedDelay, when
// set, give how long to sleep in the hooks (after recording), to vary the
// timing.
func (e *poolEvents) hook(t *testing.T, startDelay func(batch, doc int) time.Duration, handedDelay func(batch int) time.Duration) {
	testHooks.start = func(b, i int) {
		e.add(poolEvent{'s', b, i})
		if startDelay != nil {
			if d := startDelay(b, i); d > 0 {
				time.Sleep(d)
				e.add(poolEvent{'d', b, i})
			}
		}
	}
	testHooks.handed = func(b int) {
		e.add(poolEvent{'h', b, 0})
		if handedDelay != nil {
			time.Sleep(handedDelay(b))
		}
	}
	t.Cleanup(func() { testHooks.start, testHooks.handed = nil, nil })
}

func (e *poolEvents) get() []poolEvent {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]poolEvent(nil), e.events...)
}

func (e *poolEvents) count(kind byte) int {
	n := 0
	for _, ev := range e.get() {
		if ev.kind == kind {
			n++
		}
	}
	return n
}

func jitter(max time.Duration) func(int, int) time.Duration {
	return func(int, int) time.Duration { return rand.N(max) }
}

// The workers go on with the next batch while the last document of one is
// being finished; and they never start a document of batch k+2 before batch
// k is handed to the writer (memory holds the documents of at most three
// batches), even when the writer is slow.
func TestPoolBoundsBatchesInFlight(t *testing.T) {
	in := manyDocs(t, 60)
	var ev poolEvents
	// Batches of two: the second document of every batch is slow, and so is
	// the writer.
	ev.hook(t, func(b, i int) time.Duration {
		if i%2 == 1 {
			return 20 * time.Millisecond
		}
		return 0
	}, func(int) time.Duration { return 5 * time.Millisecond })
	runSeeds(t, t.TempDir(), Options{Inputs: []string{in}, Workers: 4, BatchDocs: 2})

	handed, started, maxAhead := 0, 0, 0
	slow := map[int]bool{} // batches whose slow document is in its delay
	lookAhead := 0         // documents started while the previous batch's slow one was in its delay
	for _, e := range ev.get() {
		switch e.kind {
		case 'h':
			assert.Equal(t, handed, e.batch, "batches are handed in order")
			handed++
		case 'd':
			delete(slow, e.batch)
		case 's':
			started++
			ahead := e.batch - handed // 0: the oldest batch not handed yet
			assert.LessOrEqual(t, ahead, 1, "a document of batch %d started with %d batches handed", e.batch, handed)
			maxAhead = max(maxAhead, ahead)
			if slow[e.batch-1] {
				lookAhead++
			}
			if e.doc%2 == 1 {
				slow[e.batch] = true
			}
		}
	}
	t.Logf("look-ahead %d", lookAhead)
	assert.Equal(t, 30, handed)
	assert.Equal(t, 60, started)
	assert.Equal(t, 1, maxAhead)
	assert.Greater(t, lookAhead, 10, "documents of the next batch are started while one is finished")
}

// With the workers running ahead into the next batch, and timing varied at
// random, the parts are those of one worker: same names, same documents in
// the same order, byte-identical figures; and the warnings of failed
// documents come in input order.
func TestPoolSamePartsAsOneWorker(t *testing.T) {
	in := manyDocs(t, 50)
	run := func(workers int, delay time.Duration) (string, string) {
		out := t.TempDir()
		var ev poolEvents
		if delay > 0 {
			ev.hook(t, jitter(delay), func(int) time.Duration { return rand.N(2 * delay) })
		}
		var logs bytes.Buffer
		log := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		}}))
		runSeeds(t, out, Options{Inputs: []string{in}, Workers: workers, BatchDocs: 3, MaxBytes: 200, Logger: log})
		testHooks.start, testHooks.handed = nil, nil
		return out, logs.String()
	}
	a, logA := run(1, 0)
	ma, err := dataset.ReadManifest(a)
	require.NoError(t, err)
	require.Len(t, ma.Parts, 17)
	assert.Contains(t, logA, "document skipped")
	for _, workers := range []int{2, 4, 7} {
		b, logB := run(workers, time.Millisecond)
		mb, err := dataset.ReadManifest(b)
		require.NoError(t, err)
		assert.Equal(t, ma.Tables, mb.Tables, "same part names")
		require.Len(t, mb.Parts, len(ma.Parts))
		for i := range ma.Parts {
			var ia, ib []string
			for _, d := range ma.Parts[i].Documents {
				ia = append(ia, d.DocID+" "+d.Status)
			}
			for _, d := range mb.Parts[i].Documents {
				ib = append(ib, d.DocID+" "+d.Status)
			}
			assert.Equal(t, ia, ib, "part %d holds the same documents, in order", i)
		}
		assertSameFiles(t, a, b, ma.Tables["figures"])
		assert.Equal(t, warnings(logA, a), warnings(logB, b), "the warnings, in order, with %d workers", workers)
	}
}

// warnings is the log's lines with the output directory taken out.
func warnings(log, out string) string {
	return string(bytes.ReplaceAll([]byte(log), []byte(out), []byte("OUT")))
}

// countingProgress counts the documents done, and fails a test that is told
// of one after Finish.
type countingProgress struct {
	t        *testing.T
	done     atomic.Int64
	finished atomic.Bool
}

func (p *countingProgress) Start(int, int64) {}
func (p *countingProgress) Finish()          { p.finished.Store(true) }
func (p *countingProgress) Done(docs int, _ int64) {
	if p.finished.Load() {
		p.t.Error("Progress.Done after Finish")
	}
	p.done.Add(int64(docs))
}

// A run cancelled in the middle (while the workers are ahead in the next
// batches) returns ErrInterrupted, publishes nothing, leaves no staged file,
// and its workers stop: no document is started after Run returns.
func TestPoolCancelledMidRun(t *testing.T) {
	in := manyDocs(t, 60)
	out := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var ev poolEvents
	ev.hook(t, jitter(time.Millisecond), func(b int) time.Duration {
		if b == 2 {
			cancel()
		}
		return 0
	})
	prog := &countingProgress{t: t}
	_, err := Run(Options{Inputs: []string{in}, OutDir: out, Version: "test", Workers: 3, BatchDocs: 2, Context: ctx, Progress: prog})
	require.ErrorIs(t, err, ErrInterrupted)
	n := len(ev.get())
	_, err = os.Stat(filepath.Join(out, dataset.ManifestName))
	assert.ErrorIs(t, err, os.ErrNotExist, "nothing published")
	staged, _ := filepath.Glob(filepath.Join(out, ".staging", "*", "*", "*"))
	assert.Empty(t, staged)
	started := ev.count('s')
	// Cancelled when batch 2 is handed: batches 0 to 4 at most are started.
	assert.LessOrEqual(t, started, 10)
	assert.Equal(t, 3, ev.count('h'))
	assert.LessOrEqual(t, prog.done.Load(), int64(started))
	time.Sleep(20 * time.Millisecond)
	assert.Equal(t, n, len(ev.get()), "nothing happens after Run returns")
}

// A part that cannot be written stops the run: Run returns the error (not
// ErrInterrupted), publishes nothing, and its workers stop.
func TestPoolWriteErrorStops(t *testing.T) {
	in := manyDocs(t, 60)
	out := t.TempDir()
	var ev poolEvents
	ev.hook(t, nil, func(b int) time.Duration {
		if b == 3 { // a file in the place of the staging directory: batch 3 cannot be written
			stages, _ := filepath.Glob(filepath.Join(out, ".staging", "*"))
			require.Len(t, stages, 1)
			require.NoError(t, os.RemoveAll(stages[0]))
			require.NoError(t, os.WriteFile(stages[0], nil, 0o644))
		}
		return 0
	})
	_, err := Run(Options{Inputs: []string{in}, OutDir: out, Version: "test", Workers: 3, BatchDocs: 2})
	require.Error(t, err)
	assert.NotErrorIs(t, err, ErrInterrupted)
	n := len(ev.get())
	_, err = os.Stat(filepath.Join(out, dataset.ManifestName))
	assert.ErrorIs(t, err, os.ErrNotExist, "nothing published")
	assert.Equal(t, 4, ev.count('h'), "no batch is handed after the one that failed (3)")
	assert.LessOrEqual(t, ev.count('s'), 12, "batches 0 to 5 at most are started")
	time.Sleep(20 * time.Millisecond)
	assert.Equal(t, n, len(ev.get()), "nothing happens after Run returns")
}
