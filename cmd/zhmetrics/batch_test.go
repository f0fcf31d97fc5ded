package main

import (
	"bytes"
	"github.com/zhmetrics/zhmetrics/dataset"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/internal/corpus"
)

// buildBinary builds the command once for the tests that need real processes.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "zhmetrics")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	require.NoError(t, err, string(out))
	return bin
}

// A run killed with SIGKILL in the middle leaves the previous snapshot whole
// and readable; a second run on the same directory meanwhile refuses (lock);
// the next run completes and cleans up.
func TestKillMidRunKeepsSnapshot(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and writes a few thousand documents")
	}
	bin := buildBinary(t)
	in, out := t.TempDir(), t.TempDir()
	gen := func(seed int64) {
		require.NoError(t, os.RemoveAll(in))
		_, _, err := corpus.Generate(corpus.Options{Dir: in, Bytes: 3_000_000, DocBytes: 1000, Seed: seed, SeedDocs: seedsDir})
		require.NoError(t, err)
	}
	gen(1)
	first := exec.Command(bin, "run", "-q", "-o", out, "--batch-docs", "200", in)
	msg, err := first.CombinedOutput()
	require.NoError(t, err, string(msg))
	manifest, err := os.ReadFile(filepath.Join(out, dataset.ManifestName))
	require.NoError(t, err)
	before, err := dataset.ReadFigures(out)
	require.NoError(t, err)
	require.NotEmpty(t, before)

	// Every document changes; the second run writes small parts, one worker.
	gen(2)
	var stderr bytes.Buffer
	second := exec.Command(bin, "run", "-q", "-o", out, "--batch-docs", "20", "--workers", "1", in)
	second.Stderr = &stderr
	require.NoError(t, second.Start())
	m, err := dataset.ReadManifest(out)
	require.NoError(t, err)
	known := map[string]bool{}
	for _, f := range m.Tables["figures"] {
		known[filepath.Base(f)] = true
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		// Parts are staged out of sight: a glob reader sees only the snapshot's files.
		visible, err := filepath.Glob(filepath.Join(out, "figures", "*.parquet"))
		require.NoError(t, err)
		require.Len(t, visible, len(known))
		for _, f := range visible {
			require.True(t, known[filepath.Base(f)], "%s is visible but unpublished", f)
		}
		staged, _ := filepath.Glob(filepath.Join(out, ".staging", "*", "figures", "*.parquet"))
		if len(staged) >= 2 {
			break
		}
		require.True(t, time.Now().Before(deadline), "the second run wrote no part in time: %s", stderr.String())
		time.Sleep(20 * time.Millisecond)
	}

	// Meanwhile, a third run on the same directory refuses with a clear message.
	third := exec.Command(bin, "run", "-q", "-o", out, in)
	msg, err = third.CombinedOutput()
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit)
	assert.Equal(t, exitUsage, exit.ExitCode())
	assert.Contains(t, string(msg), "another zhmetrics run is writing this dataset")

	require.NoError(t, second.Process.Signal(syscall.SIGKILL))
	second.Wait()

	// The previous snapshot is whole: same manifest, every file readable.
	after, err := os.ReadFile(filepath.Join(out, dataset.ManifestName))
	require.NoError(t, err)
	assert.Equal(t, string(manifest), string(after))
	rows, err := dataset.ReadFigures(out)
	require.NoError(t, err)
	assert.Equal(t, len(before), len(rows))

	// The next run completes, and only the new snapshot's files remain.
	next := exec.Command(bin, "run", "-q", "-o", out, in)
	msg, err = next.CombinedOutput()
	require.NoError(t, err, string(msg))
	m, err = dataset.ReadManifest(out)
	require.NoError(t, err)
	entries, err := os.ReadDir(filepath.Join(out, "figures"))
	require.NoError(t, err)
	assert.Len(t, entries, len(m.Tables["figures"]))
	rows, err = dataset.ReadFigures(out)
	require.NoError(t, err)
	assert.Equal(t, m.Summary.Figures, len(rows))
	assert.Equal(t, m.Summary.Documents, m.Summary.OK)
}

// On a terminal the run shows a progress bar (documents, MB, rate, ETA):
// `script` gives the process a pseudo-terminal.
func TestProgressBarOnTerminal(t *testing.T) {
	if _, err := exec.LookPath("script"); err != nil {
		t.Skip("no script(1) to make a pseudo-terminal")
	}
	bin := buildBinary(t)
	in := t.TempDir()
	_, _, err := corpus.Generate(corpus.Options{Dir: in, Bytes: 2_000_000, DocBytes: 2000, Seed: 3, SeedDocs: seedsDir})
	require.NoError(t, err)
	out, err := exec.Command("script", "-qec", bin+" run --batch-docs 50 -o "+t.TempDir()+" "+in, "/dev/null").CombinedOutput()
	require.NoError(t, err, string(out))
	assert.Contains(t, string(out), " docs", "the bar counts documents")
	assert.Contains(t, string(out), "MB", "and megabytes")
	assert.Contains(t, string(out), "zhmetrics run: documents", "then the summary")
}

// Fault 8: SIGTERM stops a run cleanly: exit 143, no staged file left, no
// file readable under figures/ (here with no previous dataset); SIGINT twice
// exits at once with 130.
func TestSignalsStopCleanly(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and writes a few thousand documents")
	}
	bin := buildBinary(t)
	in, out := t.TempDir(), t.TempDir()
	_, _, err := corpus.Generate(corpus.Options{Dir: in, Bytes: 2_000_000, DocBytes: 1000, Seed: 3, SeedDocs: seedsDir})
	require.NoError(t, err)
	start := func() (*exec.Cmd, *bytes.Buffer) {
		var stderr bytes.Buffer
		cmd := exec.Command(bin, "run", "-o", out, "--batch-docs", "20", "--workers", "1", in)
		cmd.Stderr = &stderr
		require.NoError(t, cmd.Start())
		deadline := time.Now().Add(60 * time.Second)
		for {
			staged, _ := filepath.Glob(filepath.Join(out, ".staging", "*", "figures", "*.parquet"))
			if len(staged) >= 2 {
				return cmd, &stderr
			}
			require.True(t, time.Now().Before(deadline), "no part staged in time: %s", stderr.String())
			time.Sleep(20 * time.Millisecond)
		}
	}
	exitCode := func(cmd *exec.Cmd) int {
		err := cmd.Wait()
		var exit *exec.ExitError
		require.ErrorAs(t, err, &exit)
		return exit.ExitCode()
	}

	cmd, stderr := start()
	require.NoError(t, cmd.Process.Signal(syscall.SIGTERM))
	assert.Equal(t, 143, exitCode(cmd), stderr.String())
	assert.Contains(t, stderr.String(), "stopped by terminated")
	staged, _ := filepath.Glob(filepath.Join(out, ".staging", "*", "*", "*"))
	assert.Empty(t, staged, "staged parts removed")
	visible, _ := filepath.Glob(filepath.Join(out, "figures", "*"))
	assert.Empty(t, visible)
	_, err = os.Stat(filepath.Join(out, dataset.ManifestName))
	assert.ErrorIs(t, err, os.ErrNotExist)

	cmd, stderr = start()
	require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
	require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
	assert.Equal(t, 130, exitCode(cmd), stderr.String())
	visible, _ = filepath.Glob(filepath.Join(out, "figures", "*"))
	assert.Empty(t, visible)
}
