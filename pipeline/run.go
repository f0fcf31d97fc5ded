package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/zhmetrics/zhmetrics/dataset"
	"github.com/zhmetrics/zhmetrics/schema"
)

// Options of a batch run.
type Options struct {
	Inputs     []string // files and directories
	OutDir     string
	Format     string // schema.Parquet or schema.Arrow
	Workers    int    // documents processed in parallel; 0 means the number of CPUs
	MaxBytes   int64  // larger files are skipped; 0 means no limit
	Full       bool   // process every document, not only new and changed ones
	BatchDocs  int    // documents per part file (memory is bounded by three batches: processBatches)
	BatchBytes int64  // input bytes per part file
	// StreamBytes: text documents larger than this are read and processed
	// chunk by chunk, their rows written as they come (see stream.go); 0
	// means DefaultStreamBytes, negative never.
	StreamBytes int64
	Version     string // zhmetrics version, stamped into files and manifest
	Extractor   string // fingerprint of the extractor (see ExtractorFingerprint); a change reprocesses every document
	// ExtractorOf, when Extractor is empty, gives it: Run calls it on
	// another goroutine while it lists and sizes the inputs (hashing the
	// executable, ExtractorFingerprint, is a few hundredths of a second,
	// serial before the workers start otherwise).
	ExtractorOf func() string
	Logger      *slog.Logger
	Progress    Progress // nil: no progress display
	// Context stops the run when cancelled (SIGINT, SIGTERM): no more documents
	// are taken, the staged parts are removed, Run returns ErrInterrupted.
	Context context.Context
	// Retention: how long replaced snapshots are kept for readers still on them.
	Retention dataset.Retention
	// HeapProfile, when set, receives a heap profile taken after the last
	// batch is written and before the snapshot is published: what the run
	// still holds then (its bookkeeping), with where it was allocated.
	HeapProfile io.Writer
}

// Progress is told how far a run is: documents and bytes done of the total.
type Progress interface {
	Start(docs int, bytes int64)
	Done(docs int, bytes int64)
	Finish()
}

// Defaults for a batch.
const (
	DefaultBatchDocs  = 500
	DefaultBatchBytes = 16 << 20
)

// ErrInterrupted means the run was stopped (Options.Context cancelled, as by
// SIGINT or SIGTERM) before it published: the previous snapshot is current and
// the run's staged parts are removed.
var ErrInterrupted = errors.New("interrupted: nothing published, the previous snapshot is current")

// Run processes the inputs into the dataset at opts.OutDir: new and changed
// documents are processed, unchanged ones carried over (matched by content,
// wherever they are now), vanished ones dropped. It returns the summary; an
// error means the run did not publish (the previous snapshot is intact).
func Run(opts Options) (dataset.Summary, error) {
	t0 := time.Now()
	opts.setDefaults()
	ctx, log := opts.Context, opts.Logger
	if err := os.MkdirAll(opts.OutDir, 0o755); err != nil {
		return dataset.Summary{}, err
	}
	release, err := dataset.Lock(opts.OutDir)
	if err != nil {
		return dataset.Summary{}, err
	}
	defer release()
	if err := dataset.Clean(opts.OutDir); err != nil {
		return dataset.Summary{}, err
	}
	prev, err := dataset.Open(opts.OutDir)
	if err != nil {
		return dataset.Summary{}, err
	}
	// A first run processes every input it finds: the segmenter's dictionary
	// is opened on another goroutine while the inputs are listed and sized
	// (it is a twentieth of a second of decompression, serial otherwise).
	var warm chan struct{}
	if prev == nil {
		warm = make(chan struct{})
		go func() {
			LoadSegmenter() // its error, if any, is LoadSegmenter's again below
			close(warm)
		}()
	}
	var extractor chan string
	if opts.Extractor == "" && opts.ExtractorOf != nil {
		extractor = make(chan string, 1)
		go func() { extractor <- opts.ExtractorOf() }()
	}
	files, err := DiscoverLog(opts.Inputs, log)
	if err != nil {
		return dataset.Summary{}, err
	}
	inputs, err := Expand(files)
	if err != nil {
		return dataset.Summary{}, err
	}
	// The SHA-256 of every input is needed before processing only to carry
	// documents over from a previous snapshot and to count those removed. A
	// first run needs only the sizes (for batches and streaming): each input
	// is then read once, by its worker, which hashes what it read
	// (Document.SHA256), instead of twice. Either is done on as many
	// goroutines as there are workers: before the first batch, nothing else
	// runs.
	var current []inputHash
	if prev != nil {
		current = hashInputs(inputs, opts.Workers)
	} else {
		current = sizeInputs(inputs, opts.Workers)
	}
	if warm != nil {
		<-warm // before boundHeap, so that the heap it measures holds the dictionary whatever the timing
	}
	if extractor != nil {
		opts.Extractor = <-extractor
	}
	defer boundHeap()()
	stage, err := dataset.Stage(opts.OutDir, fmt.Sprintf("run-%d", os.Getpid()))
	if err != nil {
		return dataset.Summary{}, err
	}
	published := false
	defer func() {
		if !published {
			os.RemoveAll(stage)
		}
	}()

	kept, carriedParts, carried, err := carry(opts, prev, inputs, current, stage)
	if err != nil {
		return dataset.Summary{}, err
	}
	// What is left to process, as indices into inputs: the bookkeeping of a
	// run grows with the number of documents, so it holds no copies.
	var todo []int32
	var big []Input
	var todoBytes int64
	for i, in := range inputs {
		if !carried[in.DocID] {
			if streams(in, current[i].bytes, opts) {
				big = append(big, in)
			} else {
				todo = append(todo, int32(i))
			}
			todoBytes += current[i].bytes
		}
	}
	sum := dataset.Summary{Carried: len(carried)}
	if prev != nil {
		ids := map[string]bool{}
		for i, in := range inputs {
			ids[current[i].String()] = true
			ids[in.DocID] = true
		}
		for _, p := range prev.Manifest.Parts {
			for _, d := range p.Documents {
				if !ids[d.DocID] && !ids[d.SHA256] {
					sum.Removed++
				}
			}
		}
	}
	log.Info("run", "inputs", len(inputs), "to_process", len(todo), "carried_over", len(carried), "removed", sum.Removed, "out", opts.OutDir)

	// Process the rest in batches, one part each.
	var seg *Segmenter
	if len(todo)+len(big) > 0 {
		if seg, err = LoadSegmenter(); err != nil {
			return dataset.Summary{}, fmt.Errorf("loading the segmenter: %w", err)
		}
	}
	if opts.Progress != nil {
		opts.Progress.Start(len(todo)+len(big), todoBytes)
		defer opts.Progress.Finish()
	}
	var added []dataset.Part
	// Documents too large to hold are streamed one after the other, first.
	for _, in := range big {
		if ctx.Err() != nil {
			break
		}
		p, d, err := streamDocument(ctx, seg, in, stage, opts)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			return dataset.Summary{}, err
		}
		if d.Status != StatusOK {
			log.Warn("document "+d.Status, "doc", d.DocID, "path", d.Path, "reason", d.Error)
		}
		if opts.Progress != nil {
			opts.Progress.Done(1, d.Bytes)
		}
		added = append(added, p)
		sum.MB += float64(d.Bytes) / 1e6
	}
	// The rest: the workers process the batches (see processBatches) while
	// this goroutine writes each one as it completes, in order, one part
	// each.
	var writeErr error
	if len(todo) > 0 && ctx.Err() == nil {
		var pw PartWriter
		writeErr = processBatches(ctx, seg, inputs, todo, current, opts, func(docs []Document, bytes int64) error {
			for _, d := range docs {
				if d.Status != StatusOK {
					log.Warn("document "+d.Status, "doc", d.DocID, "path", d.Path, "reason", d.Error)
				}
			}
			p, err := pw.Write(stage, opts.Format, opts.Version, docs)
			added = append(added, p)
			sum.MB += float64(bytes) / 1e6
			return err
		})
	}
	if ctx.Err() != nil {
		return dataset.Summary{}, ErrInterrupted
	}
	if writeErr != nil {
		return dataset.Summary{}, writeErr
	}

	parts := append(append(kept, carriedParts...), added...)
	if opts.HeapProfile != nil {
		runtime.GC()
		if err := pprof.WriteHeapProfile(opts.HeapProfile); err != nil {
			log.Warn("heap profile not written", "error", err)
		}
	}
	counts := dataset.SummaryOf(parts)
	sum.Documents, sum.Figures, sum.OK, sum.Skipped, sum.Failed = counts.Documents, counts.Figures, counts.OK, counts.Skipped, counts.Failed
	sum.Processed, sum.FilesAdded = len(todo)+len(big), (len(added)+len(carriedParts))*len(dataset.Tables)
	changed := len(added) > 0 || len(carriedParts) > 0 || prev == nil || !sameParts(kept, prev.Manifest.Parts)
	if changed {
		sum.Seconds = time.Since(t0).Seconds()
		m := &dataset.Manifest{SchemaVersion: schema.Version, ZhmetricsVersion: opts.Version, Format: opts.Format,
			Extractor: opts.Extractor, CreatedAt: time.Now().UTC().Truncate(time.Second), Summary: sum}
		if ctx.Err() != nil {
			return dataset.Summary{}, ErrInterrupted
		}
		if err := dataset.Publish(opts.OutDir, stage, prev, m, parts, opts.Retention); err != nil {
			return dataset.Summary{}, err
		}
		published = true
	}
	sum.Seconds = time.Since(t0).Seconds()
	return sum, nil
}

// carry decides what the previous snapshot gives this run: parts kept whole
// (every document still there under the same id and path, unchanged), and
// parts written afresh from old rows for documents whose content is known
// (same SHA-256, same extractor) even if they moved or were renamed. Parts
// whose files do not match the manifest (size, checksum) give nothing: their
// documents are processed again, and the damage is logged.
func carry(opts Options, prev *dataset.Snapshot, inputs []Input, current []inputHash, stage string) (kept, rewritten []dataset.Part, carried map[string]bool, err error) {
	carried = map[string]bool{}
	log := opts.Logger
	if prev == nil || opts.Full {
		return nil, nil, carried, nil
	}
	m := prev.Manifest
	if m.Extractor != opts.Extractor {
		log.Info("the extractor changed since the last run: every document is processed again")
	}
	if m.Format != opts.Format || m.SchemaVersion != schema.Version || m.Extractor != opts.Extractor {
		return nil, nil, carried, nil
	}
	type source struct {
		part int
		doc  dataset.ManifestDoc
	}
	bySHA := map[string]source{}
	byID := map[string]source{}
	for i, p := range m.Parts {
		if err := dataset.CheckPart(prev.Dir, m.Format, p); err != nil {
			log.Warn("a part of the previous snapshot is damaged: its documents are processed again", "part", p.Name, "err", err)
			continue
		}
		for _, d := range p.Documents {
			if d.SHA256 != "" && !strings.HasPrefix(d.SHA256, "unreadable") {
				if _, ok := bySHA[d.SHA256]; !ok {
					bySHA[d.SHA256] = source{i, d}
				}
				byID[d.DocID] = source{i, d}
			}
		}
	}
	carries := map[int][]dataset.Carry{}
	for i, in := range inputs {
		sha := current[i].String()
		src, ok := byID[in.DocID]
		if !ok || src.doc.SHA256 != sha {
			src, ok = bySHA[sha]
		}
		if !ok {
			continue
		}
		to := src.doc
		to.DocID, to.Path = in.DocID, in.Path
		carries[src.part] = append(carries[src.part], dataset.Carry{From: src.doc.DocID, To: to})
		carried[in.DocID] = true
	}
	for i, p := range m.Parts {
		cs := carries[i]
		if len(cs) == 0 {
			continue
		}
		// Kept whole when every document of the part is carried once, under its own id and path.
		same := map[string]bool{}
		for _, c := range cs {
			if c.From == c.To.DocID && c.To.Path == byID[c.From].doc.Path && byID[c.From].part == i {
				same[c.From] = true
			}
		}
		whole := len(cs) == len(p.Documents) && len(same) == len(p.Documents)
		if whole {
			kept = append(kept, p)
			continue
		}
		np, err := dataset.CarryOver(prev.Dir, stage, m.Format, opts.Version, p, cs)
		if err != nil {
			log.Warn("cannot carry a part over; its documents are processed again", "part", p.Name, "err", err)
			for _, c := range cs {
				delete(carried, c.To.DocID)
			}
			continue
		}
		rewritten = append(rewritten, np)
	}
	return kept, rewritten, carried, nil
}

func sameParts(a, b []dataset.Part) bool {
	if len(a) != len(b) {
		return false
	}
	names := map[string]bool{}
	for _, p := range b {
		names[p.Name] = true
	}
	for _, p := range a {
		if !names[p.Name] {
			return false
		}
	}
	return true
}

// ExtractorFingerprint identifies the code and data that extract figures: a
// hash of the running executable (the rules, the unit table and the word
// lists are built into it). Runs of a different build process every document
// again instead of carrying over figures the old rules found.
func ExtractorFingerprint() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

func (o *Options) setDefaults() {
	if o.Format == "" {
		o.Format = schema.Parquet
	}
	if o.Workers <= 0 {
		o.Workers = runtime.NumCPU()
	}
	if o.BatchDocs <= 0 {
		o.BatchDocs = DefaultBatchDocs
	}
	if o.BatchBytes <= 0 {
		o.BatchBytes = DefaultBatchBytes
	}
	if o.StreamBytes == 0 {
		o.StreamBytes = DefaultStreamBytes
	}
	if o.Context == nil {
		o.Context = context.Background()
	}
	if o.Retention == (dataset.Retention{}) {
		o.Retention = dataset.DefaultRetention
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
}

// inputHash is what a run knows of an input before reading it: its size and
// SHA-256, or why it could not be read. It is kept for every input, in a
// slice beside the inputs, so it is small: the sum as bytes, not hex.
type inputHash struct {
	sum        [sha256.Size]byte
	bytes      int64
	unreadable string // "unreadable: why"; never equal to a hash, so looked at again next run
}

// String is the hash as the manifest writes it (lower-case hex), or the
// unreadable text.
func (h inputHash) String() string {
	if h.unreadable != "" {
		return h.unreadable
	}
	return hex.EncodeToString(h.sum[:])
}

// hashInputs reads every input's SHA-256 and size, streaming, on up to
// workers goroutines; the result is in input order.
func hashInputs(inputs []Input, workers int) []inputHash {
	out := make([]inputHash, len(inputs))
	eachInput(len(inputs), workers, 16, func() func(int) {
		h := sha256.New()
		return func(i int) {
			in, d := inputs[i], &out[i]
			if in.Skip != "" || in.Err != "" && in.Kind != KindJSONL {
				d.unreadable = "unreadable: " + in.Err + in.Skip
				return
			}
			if in.Data != nil {
				d.sum, d.bytes = sha256.Sum256(in.Data), int64(len(in.Data))
				return
			}
			f, err := os.Open(in.Path)
			if err == nil {
				h.Reset()
				if in.Kind == KindJSONL {
					d.bytes, err = io.Copy(h, io.NewSectionReader(f, in.Offset, in.Length))
				} else {
					d.bytes, err = io.Copy(h, f)
				}
				f.Close()
				h.Sum(d.sum[:0])
			}
			if err != nil {
				d.unreadable = "unreadable: " + err.Error()
			}
		}
	})
	return out
}

// sizeInputs is hashInputs without the sums: each input's size, from the
// file system, or why it cannot be read.
func sizeInputs(inputs []Input, workers int) []inputHash {
	out := make([]inputHash, len(inputs))
	eachInput(len(inputs), workers, 256, func() func(int) {
		return func(i int) {
			in, d := inputs[i], &out[i]
			switch {
			case in.Skip != "" || in.Err != "" && in.Kind != KindJSONL:
				d.unreadable = "unreadable: " + in.Err + in.Skip
			case in.Data != nil:
				d.bytes = int64(len(in.Data))
			case in.Kind == KindJSONL:
				d.bytes = in.Length
			default:
				fi, err := os.Stat(in.Path)
				if err != nil {
					d.unreadable = "unreadable: " + err.Error()
					return
				}
				d.bytes = fi.Size()
			}
		}
	})
	return out
}

// eachInput calls a function for every index below n, on up to workers
// goroutines (no more than GOMAXPROCS: the work is system calls and hashing,
// nothing waits), each with its own function from newWorker (its own
// hasher) taking the next chunk indices from a shared counter. The
// functions write only their own index's result, so the results are the same
// whatever the number of goroutines.
func eachInput(n, workers, chunk int, newWorker func() func(int)) {
	workers = min(workers, runtime.GOMAXPROCS(0), (n+chunk-1)/chunk)
	if workers <= 1 {
		f := newWorker()
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		f := newWorker()
		wg.Go(func() {
			for {
				start := int(next.Add(int64(chunk))) - chunk
				if start >= n {
					return
				}
				for i := start; i < min(start+chunk, n); i++ {
					f(i)
				}
			}
		})
	}
	wg.Wait()
}

// processBatches processes the documents todo (indices into inputs) in
// batches of at most opts.BatchDocs documents and opts.BatchBytes input
// bytes, and hands each batch to write, in order, on the calling goroutine;
// a batch's documents are in input order whatever the number of workers and
// whatever the timing. It stops at the first error of write (and returns it)
// or when ctx is cancelled (and returns ctx.Err()); the workers have
// finished by the time it returns.
//
// The workers live for the whole run and take the next document, across the
// batches' bounds, from a shared counter: while the last documents of a
// batch are being finished, the other workers go on with the next batch's.
// (Workers started and waited for batch by batch left one processor idle at
// every batch's end, while the last document was finished, and again while
// the goroutines were started: a tenth of a second in ten on two cores.) The
// counter, not a channel fed by this goroutine: a worker that waits on a
// channel gives up its processor, and while the writer and the collector
// keep both processors busy it waits a time slice to get one back (with one
// worker, the run lost a sixth of its time so; the scheduler-latency profile
// of a trace showed it).
//
// Memory holds the documents of at most three batches: a worker may start
// a document of batch k+2 only once batch k is handed to write, and write
// returns before the next batch is handed to it (it keeps no reference to
// the documents). So while batch k is written, batches k+1 and k+2 are
// being processed, and a worker that reaches batch k+3 waits. (Two batches,
// as before the pool, would mean waiting for batch k to be written before
// starting k+2: the workers then waited on the writer's fsyncs, up to a
// second in a run of 9 s over real200 in traces.)
func processBatches(ctx context.Context, seg *Segmenter, inputs []Input, todo []int32, current []inputHash, opts Options, write func(docs []Document, bytes int64) error) error {
	p := &batchPool{ctx: ctx, seg: seg, inputs: inputs, todo: todo, opts: opts, bounds: []int{0}}
	p.cond.L = &p.mu
	var sizes []int64
	for start := 0; start < len(todo); {
		end, size := start, int64(0)
		for end < len(todo) && end-start < opts.BatchDocs && (end == start || size+current[todo[end]].bytes <= opts.BatchBytes) {
			size += current[todo[end]].bytes
			end++
		}
		p.bounds = append(p.bounds, end)
		sizes = append(sizes, size)
		start = end
	}
	n := len(sizes)
	p.batches = make([]poolBatch, n)
	p.open(0)
	p.open(1)
	p.release(2)
	// A cancelled run wakes the workers waiting for a batch, to stop.
	defer context.AfterFunc(ctx, p.halt)()
	for range min(opts.Workers, len(todo)) {
		p.wg.Add(1)
		go p.work()
	}
	defer func() {
		p.halt()
		p.wg.Wait()
	}()
	for k := range n {
		b := &p.batches[k]
		select {
		case <-b.done:
		case <-ctx.Done():
			return ctx.Err()
		}
		docs := b.docs
		b.docs = nil
		if testHooks.handed != nil {
			testHooks.handed(k)
		}
		p.open(k + 2)
		p.release(k + 3)
		if err := write(docs, sizes[k]); err != nil {
			return err
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	return nil
}

// testHooks, when set by a test, are told when a worker starts a document
// (the batch, and the document's index in todo; after it may) and when a
// batch is handed to write (before the workers may start a document two
// batches later).
var testHooks struct {
	start  func(batch, doc int)
	handed func(batch int)
}

// batchPool is the state processBatches shares with its workers.
type batchPool struct {
	ctx     context.Context
	seg     *Segmenter
	inputs  []Input
	todo    []int32
	opts    Options
	bounds  []int        // batch k is todo[bounds[k]:bounds[k+1]]
	batches []poolBatch  // one per batch; the documents only while it is processed
	next    atomic.Int64 // the next document to take, an index into todo
	ready   atomic.Int64 // the workers may start documents of batches below ready
	stop    atomic.Bool
	mu      sync.Mutex // held to change ready or stop, and by cond's waiters
	cond    sync.Cond  // broadcast when ready or stop changes
	progMu  sync.Mutex // serialises opts.Progress.Done
	wg      sync.WaitGroup
}

// poolBatch is a batch being processed: its documents, how many are not
// done yet, and done, closed when the last one is.
type poolBatch struct {
	docs []Document
	left atomic.Int64
	done chan struct{}
}

// open makes batch k (if there is one) ready to be processed: its room for
// documents. The workers may not touch it before release.
func (p *batchPool) open(k int) {
	if k >= len(p.batches) {
		return
	}
	b := &p.batches[k]
	n := p.bounds[k+1] - p.bounds[k]
	b.docs = make([]Document, n)
	b.left.Store(int64(n))
	b.done = make(chan struct{})
}

// release lets the workers start documents of the batches below k.
func (p *batchPool) release(k int) {
	p.mu.Lock()
	p.ready.Store(int64(k))
	p.cond.Broadcast()
	p.mu.Unlock()
}

// halt stops the workers: the documents in hand are finished, no more are
// taken.
func (p *batchPool) halt() {
	p.mu.Lock()
	p.stop.Store(true)
	p.cond.Broadcast()
	p.mu.Unlock()
}

// work is a worker: it processes the next document until there are none
// left or it is stopped.
func (p *batchPool) work() {
	defer p.wg.Done()
	k := 0 // the batch of the document in hand: documents are taken in order
	for !p.stop.Load() && p.ctx.Err() == nil {
		i := int(p.next.Add(1) - 1)
		if i >= len(p.todo) {
			return
		}
		for i >= p.bounds[k+1] {
			k++
		}
		if p.ready.Load() <= int64(k) && !p.wait(k) {
			return
		}
		if testHooks.start != nil {
			testHooks.start(k, i)
		}
		b := &p.batches[k]
		d := &b.docs[i-p.bounds[k]]
		*d = ReadAndProcess(p.seg, p.inputs[p.todo[i]], p.opts.MaxBytes)
		if p.opts.Progress != nil {
			p.progMu.Lock()
			p.opts.Progress.Done(1, d.Bytes)
			p.progMu.Unlock()
		}
		if b.left.Add(-1) == 0 {
			close(b.done)
		}
	}
}

// wait waits until the workers may start documents of batch k; false when
// they are stopped instead.
func (p *batchPool) wait(k int) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	for p.ready.Load() <= int64(k) && !p.stop.Load() {
		p.cond.Wait()
	}
	return !p.stop.Load()
}

// WritePart writes one batch of documents as a part into dir, a staging
// directory (dataset.Stage): see dataset.WriteRows.
func WritePart(dir, format, version string, docs []Document) (dataset.Part, error) {
	var w PartWriter
	return w.Write(dir, format, version, docs)
}

// A PartWriter writes parts one after the other, as WritePart does, and
// keeps the rows it builds for one part to build the next in: a run's parts
// are a few megabytes of rows each, and rows allocated afresh for every part
// are pages the collector gives back to the system and the next part takes
// again (page faults were a fifth of the writer's time). Between parts it
// holds no reference to the documents written. Not for concurrent use.
type PartWriter struct {
	figRows []schema.FigureRow
	docRows []schema.DocumentRow
	dates   []time.Time
}

// Write writes one batch of documents as a part into dir: see WritePart.
func (w *PartWriter) Write(dir, format, version string, docs []Document) (dataset.Part, error) {
	nfigs := 0
	for _, d := range docs {
		nfigs += len(d.Figures)
	}
	mdocs := make([]dataset.ManifestDoc, 0, len(docs)) // kept: the part's manifest entries
	figRows := slices.Grow(w.figRows[:0], nfigs)
	docRows := slices.Grow(w.docRows[:0], len(docs))
	dates := w.dates[:0] // the rows' period dates, one slab for the part
	now := time.Now().UTC()
	for _, d := range docs {
		mdocs = append(mdocs, dataset.ManifestDoc{DocID: d.DocID, Path: d.Path, SHA256: d.SHA256, Bytes: d.Bytes,
			Status: d.Status, Figures: len(d.Figures)})
		figRows, dates = appendFigureRows(figRows, dates, d)
		docRows = append(docRows, DocumentRow(d, now))
	}
	p, err := dataset.WriteRows(dir, format, version, mdocs, figRows, docRows)
	// Keep the room, not the documents' strings.
	clear(figRows)
	clear(docRows)
	w.figRows, w.docRows, w.dates = figRows[:0], docRows[:0], dates[:0]
	return p, err
}

// FigureRows turns a document's figures into rows of the figures table.
func FigureRows(d Document) []schema.FigureRow {
	rows, _ := appendFigureRows(make([]schema.FigureRow, 0, len(d.Figures)), nil, d)
	return rows
}

// appendFigureRows appends d's figure rows to rows; their period dates
// point into dates, which grows a slab at a time (not one allocation per
// date).
func appendFigureRows(rows []schema.FigureRow, dates []time.Time, d Document) ([]schema.FigureRow, []time.Time) {
	// dates must not move while rows point into it: room for every date of
	// d first (a fresh slab when it has not; the old one stays with the rows
	// that point into it).
	if need := 2 * len(d.Figures); cap(dates)-len(dates) < need {
		dates = make([]time.Time, 0, max(need, 2*cap(dates)))
	}
	date := func(t time.Time) *time.Time {
		if t.IsZero() {
			return nil
		}
		dates = append(dates, t)
		return &dates[len(dates)-1]
	}
	for i := range d.Figures {
		f := &d.Figures[i]
		rows = append(rows, schema.FigureRow{DocID: d.DocID, SentenceIndex: int32(f.SentenceIndex), Start: int32(f.Start), End: int32(f.End),
			Surface: f.Surface, Value: f.Value, Low: f.Low, High: f.High, Unit: f.Unit, UnitWritten: f.UnitWritten,
			Dimension: f.Dimension, BaseValue: f.BaseValue, BaseUnit: f.BaseUnit, Qualifier: f.Qualifier, Change: f.Change,
			Compare: f.Compare, Metric: f.Metric, Period: f.Period, PeriodStart: date(f.PeriodStart), PeriodEnd: date(f.PeriodEnd),
			Sentence: f.Sentence})
	}
	return rows, dates
}

// datePtr is t for a nullable date column: nil for the zero time.
func datePtr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

// DocumentRow turns a document into its row of the documents table.
func DocumentRow(d Document, processedAt time.Time) schema.DocumentRow {
	r := schema.DocumentRow{DocID: d.DocID, Path: filepath.ToSlash(d.Path), SHA256: d.SHA256, Bytes: d.Bytes, Encoding: d.Encoding,
		Title: d.Meta.Title, URL: d.Meta.URL, Sentences: int32(d.Sentences), Figures: int32(len(d.Figures)),
		Status: d.Status, Error: d.Error, ProcessedAt: processedAt}
	r.Date = datePtr(d.Meta.Date)
	return r
}

// runHeadroom is the memory a run's batches may take above its bookkeeping
// (the inputs' list, their hashes, the manifest's entries): up to three
// batches in flight (one written, two processed: processBatches), their
// figure rows, the Parquet
// writer's buffers (its zstd encoders alone keep 16 MB), the runtime's own,
// and the collector's slack. Measured (GODEBUG=gctrace=1, 1 worker): the
// live heap of batches of real text stays under 50 MB, of text dense with
// figures (the generated corpus) reaches 90 MB; at 80 MB the limit bound on
// the dense text and the collector ran 13% of the time (766 collections on
// 200 MB against none needed), so 128 MB then. Since Parquet is written by
// schema/pqencode.go (a tenth of the old writer's garbage) 96 MB is enough:
// on the generated 200 MB 140 collections, 3% of the time (37 at 128 MB),
// no slower; and a short run, which never reaches the limit, no longer
// peaks far below a long one (real text, 1 worker: 20 MB 105 MB peak RSS,
// 200 MB 116 MB, where 128 MB gave 108 and 143 MB).
const runHeadroom = 96 << 20

// boundHeap sets a soft memory limit of the live heap now (the run's
// bookkeeping, once the inputs are listed and hashed) plus runHeadroom,
// unless GOGC or GOMEMLIMIT is set; it returns the function that restores
// the previous limit. The collector's target alone (GOGC, 200 in zhmetrics)
// gives the bookkeeping, which grows with the number of documents, twice its
// size again in slack, and a long run meets more of the moments when several
// large batches are in flight: with the limit, the peak follows the
// bookkeeping once, not three times. The limit is soft: a run that needs
// more gets it, at the cost of more frequent collections.
func boundHeap() (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	prev := debug.SetMemoryLimit(int64(m.HeapAlloc) + runHeadroom)
	return func() { debug.SetMemoryLimit(prev) }
}
