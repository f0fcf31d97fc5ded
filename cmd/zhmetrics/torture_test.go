//go:build torture

// The long reliability cases (make torture): crashes at many moments,
// SIGTERM, a full disk, readers during runs. Each checks what a reader of
// the dataset sees, never how long anything takes.
package main

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/dataset"
	"github.com/zhmetrics/zhmetrics/internal/corpus"
)

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil {
		return n
	}
	return def
}

func genCorpus(t *testing.T, dir string, seed int64, bytes int64) {
	require.NoError(t, os.RemoveAll(dir))
	_, _, err := corpus.Generate(corpus.Options{Dir: dir, Bytes: bytes, DocBytes: 1000, Seed: seed, SeedDocs: seedsDir})
	require.NoError(t, err)
}

// globNames is what `ls out/figures/*.parquet` shows, sorted.
func globNames(out string) []string {
	files, _ := filepath.Glob(filepath.Join(out, "figures", "*.parquet"))
	for i := range files {
		files[i] = filepath.Base(files[i])
	}
	sort.Strings(files)
	return files
}

func manifestNames(m *dataset.Manifest) []string {
	var out []string
	for _, f := range m.Tables["figures"] {
		out = append(out, filepath.Base(f))
	}
	sort.Strings(out)
	return out
}

// checkPublished: the glob shows exactly the current snapshot's files, the
// pinned reader reads its rows, verify finds nothing wrong.
func checkPublished(t *testing.T, out string) *dataset.Manifest {
	t.Helper()
	m, err := dataset.ReadManifest(out)
	require.NoError(t, err)
	if m == nil {
		assert.Empty(t, globNames(out), "files visible with no snapshot published")
		return nil
	}
	assert.Equal(t, manifestNames(m), globNames(out), "the glob shows exactly the snapshot")
	rows, err := dataset.ReadFigures(out)
	require.NoError(t, err)
	assert.Equal(t, m.Summary.Figures, len(rows))
	problems, err := dataset.Verify(out)
	require.NoError(t, err)
	assert.Empty(t, problems)
	return m
}

// globWatcher lists the glob in a loop while a run goes on; a listing taken
// while `current` did not move must be exactly that snapshot's files.
func globWatcher(t *testing.T, out string, stop <-chan struct{}) (done chan [2]int) {
	done = make(chan [2]int, 1)
	go func() {
		checked, bad := 0, 0
		for {
			select {
			case <-stop:
				done <- [2]int{checked, bad}
				return
			default:
			}
			time.Sleep(2 * time.Millisecond)
			before, err1 := os.Readlink(filepath.Join(out, dataset.CurrentLink))
			names := globNames(out)
			after, err2 := os.Readlink(filepath.Join(out, dataset.CurrentLink))
			if err1 != nil || err2 != nil || before != after {
				continue
			}
			m, err := dataset.ReadManifest(filepath.Join(out, before))
			if err != nil || m == nil {
				continue
			}
			checked++
			if strings.Join(manifestNames(m), " ") != strings.Join(names, " ") {
				bad++
			}
		}
	}()
	return done
}

// SIGKILL at TORTURE_KILLS (50) moments spread over a run: every time, the
// glob shows the last published snapshot or the new one, never a part no
// manifest names, and the dataset verifies.
func TestTortureSIGKILL(t *testing.T) {
	bin := buildBinary(t)
	in, out := t.TempDir(), t.TempDir()
	genCorpus(t, in, 1, 2_000_000)
	t0 := time.Now()
	msg, err := exec.Command(bin, "run", "-q", "-o", out, "--batch-docs", "50", in).CombinedOutput()
	require.NoError(t, err, string(msg))
	full := time.Since(t0)
	prev := checkPublished(t, out)
	kills := envInt("TORTURE_KILLS", 50)
	rng := rand.New(rand.NewSource(1))
	checked, bad := 0, 0
	for i := 0; i < kills; i++ {
		genCorpus(t, in, int64(i+2), 2_000_000)
		stop := make(chan struct{})
		watch := globWatcher(t, out, stop)
		cmd := exec.Command(bin, "run", "-q", "-o", out, "--batch-docs", "50", in)
		require.NoError(t, cmd.Start())
		at := time.Duration(float64(full) * (0.05 + 1.1*float64(i)/float64(kills)) * (0.9 + 0.2*rng.Float64()))
		time.Sleep(at)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		close(stop)
		w := <-watch
		checked, bad = checked+w[0], bad+w[1]
		m := checkPublished(t, out)
		require.NotNil(t, m)
		if m.CreatedAt != prev.CreatedAt || strings.Join(manifestNames(m), " ") != strings.Join(manifestNames(prev), " ") {
			t.Logf("kill %d at %v: the new snapshot was published", i, at)
		} else {
			t.Logf("kill %d at %v: the previous snapshot is current", i, at)
		}
		prev = m
	}
	t.Logf("%d kills; %d glob listings checked during the runs, %d showed files of no snapshot", kills, checked, bad)
	assert.Zero(t, bad)
	// The next run completes and cleans up.
	msg, err = exec.Command(bin, "run", "-q", "-o", out, in).CombinedOutput()
	require.NoError(t, err, string(msg))
	checkPublished(t, out)
	staged, _ := filepath.Glob(filepath.Join(out, ".staging", "*"))
	assert.Empty(t, staged)
}

// SIGTERM at several moments: exit 143 (or 0 when the run had finished),
// nothing staged left, the dataset as published.
func TestTortureSIGTERM(t *testing.T) {
	bin := buildBinary(t)
	in, out := t.TempDir(), t.TempDir()
	for i := 0; i < envInt("TORTURE_TERMS", 5); i++ {
		genCorpus(t, in, int64(100+i), 1_000_000)
		var stderr bytes.Buffer
		cmd := exec.Command(bin, "run", "-q", "-o", out, "--batch-docs", "50", in)
		cmd.Stderr = &stderr
		require.NoError(t, cmd.Start())
		time.Sleep(time.Duration(500+700*i) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGTERM)
		err := cmd.Wait()
		code := 0
		if exit, ok := err.(*exec.ExitError); ok {
			code = exit.ExitCode()
		}
		assert.Contains(t, []int{0, 143, -1}, code, stderr.String()) // -1: SIGTERM came before the runtime had set the handler (package start-up); the dataset is checked all the same
		staged, _ := filepath.Glob(filepath.Join(out, ".staging", "*", "*", "*"))
		assert.Empty(t, staged)
		checkPublished(t, out)
		t.Logf("SIGTERM %d: exit %d", i, code)
	}
}

// A full disk (a small tmpfs): the run fails with a clear error, the
// previous snapshot stays current and whole.
func TestTortureDiskFull(t *testing.T) {
	bin := buildBinary(t)
	out := t.TempDir()
	if msg, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", out).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a small tmpfs to fill (needs root): %v %s", err, msg)
	}
	defer exec.Command("umount", out).Run()
	in := t.TempDir()
	genCorpus(t, in, 1, 300_000)
	msg, err := exec.Command(bin, "run", "-q", "-o", out, in).CombinedOutput()
	require.NoError(t, err, string(msg))
	before := checkPublished(t, out)
	for i, size := range []int64{8_000_000, 16_000_000} {
		genCorpus(t, in, int64(2+i), size)
		msg, err = exec.Command(bin, "run", "-q", "-o", out, in).CombinedOutput()
		var exit *exec.ExitError
		require.ErrorAs(t, err, &exit, "the disk should fill")
		assert.Equal(t, exitFailed, exit.ExitCode())
		assert.Contains(t, string(msg), "no space left on device")
		m := checkPublished(t, out)
		assert.Equal(t, manifestNames(before), manifestNames(m))
		staged, _ := filepath.Glob(filepath.Join(out, ".staging", "*", "*", "*"))
		assert.Empty(t, staged)
	}
}

// Readers in a loop while incremental runs publish one snapshot after
// another: TORTURE_READS (200) pinned reads, none fails; every glob listing
// is one snapshot's.
func TestTortureReaders(t *testing.T) {
	bin := buildBinary(t)
	in, out := t.TempDir(), t.TempDir()
	genCorpus(t, in, 1, 1_000_000)
	msg, err := exec.Command(bin, "run", "-q", "-o", out, in).CombinedOutput()
	require.NoError(t, err, string(msg))
	stop := make(chan struct{})
	runs := make(chan int, 1)
	go func() {
		n := 0
		defer func() { runs <- n }()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			// Change a tenth of the documents: an incremental run.
			files, _ := filepath.Glob(filepath.Join(in, "*", "*.txt"))
			for k := i % 10; k < len(files); k += 10 {
				os.WriteFile(files[k], []byte(fmt.Sprintf("第%d轮新增企业%d家。", i, k)), 0o644)
			}
			if msg, err := exec.Command(bin, "run", "-q", "-o", out, "--batch-docs", "100", in).CombinedOutput(); err != nil {
				t.Errorf("run: %v %s", err, msg)
				return
			}
			n++
		}
	}()
	watchStop := make(chan struct{})
	watch := globWatcher(t, out, watchStop)
	failures := 0
	reads := envInt("TORTURE_READS", 200)
	for i := 0; i < reads; i++ {
		if _, err := dataset.ReadFigures(out); err != nil {
			failures++
			t.Log(err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	close(stop)
	close(watchStop)
	w := <-watch
	n := <-runs
	t.Logf("%d pinned reads during %d incremental runs: %d failed; %d glob listings checked, %d showed files of no snapshot", reads, n, failures, w[0], w[1])
	assert.Zero(t, failures)
	assert.Zero(t, w[1])
	assert.Greater(t, n, 1)
	checkPublished(t, out)
}
