package pipeline

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/dataset"
	"github.com/zhmetrics/zhmetrics/schema"
)

// listing is what a glob reader of the figures table sees: the files' names.
func listing(t *testing.T, out string) string {
	files, err := filepath.Glob(filepath.Join(out, "figures", "*.parquet"))
	require.NoError(t, err)
	for i := range files {
		files[i] = filepath.Base(files[i])
	}
	sort.Strings(files)
	return strings.Join(files, " ")
}

func manifestListing(m *dataset.Manifest) string {
	var files []string
	for _, f := range m.Tables["figures"] {
		files = append(files, filepath.Base(f))
	}
	sort.Strings(files)
	return strings.Join(files, " ")
}

// Fault 1 and 2: while runs publish snapshots one after another, a glob of
// figures/*.parquet lists exactly the files of one published snapshot, and a
// reader that pinned a snapshot (dataset.ReadFigures) never fails.
func TestGlobReadersSeeOneSnapshot(t *testing.T) {
	a := threeSeeds(t)
	b := threeSeeds(t)
	require.NoError(t, os.WriteFile(filepath.Join(b, "000_24d7b63103362a38.txt"), []byte("新增企业12家。"), 0o644))
	require.NoError(t, os.Remove(filepath.Join(b, "003_1f264a32601b23cd.txt")))
	out := t.TempDir()
	runSeeds(t, out, Options{Inputs: []string{a}, BatchDocs: 1})
	runSeeds(t, out, Options{Inputs: []string{b}, BatchDocs: 1})
	mb, err := dataset.ReadManifest(out)
	require.NoError(t, err)
	runSeeds(t, out, Options{Inputs: []string{a}, BatchDocs: 1})
	ma, err := dataset.ReadManifest(out)
	require.NoError(t, err)
	valid := map[string]int{manifestListing(ma): ma.Summary.Figures, manifestListing(mb): mb.Summary.Figures}
	require.Len(t, valid, 2)

	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Add(1)
	go func() { // the runs switch between the two inputs until the readers are done
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			in := a
			if i%2 == 0 {
				in = b
			}
			_, err := Run(Options{Inputs: []string{in}, OutDir: out, Version: "test", BatchDocs: 1})
			assert.NoError(t, err)
		}
	}()
	reads, pinnedFailures := 0, 0
	for reads = 0; reads < 200; reads++ {
		l := listing(t, out)
		_, ok := valid[l]
		assert.True(t, ok, "a glob listed files of no published snapshot: %s", l)
		rows, err := dataset.ReadFigures(out)
		if err != nil {
			pinnedFailures++
			t.Log(err)
		} else {
			n := len(rows)
			assert.True(t, n == ma.Summary.Figures || n == mb.Summary.Figures, "%d figures", n)
		}
	}
	close(stop)
	wg.Wait()
	assert.Zero(t, pinnedFailures, "pinned readers failed")
	problems, err := dataset.Verify(out)
	require.NoError(t, err)
	assert.Empty(t, problems)
}

// Fault 8: a stopped run publishes nothing and leaves no staged file.
func TestInterruptedRunLeavesSnapshot(t *testing.T) {
	in := threeSeeds(t)
	out := t.TempDir()
	runSeeds(t, out, Options{Inputs: []string{in}, BatchDocs: 1})
	before, err := os.ReadFile(filepath.Join(out, dataset.ManifestName))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(in, "new.txt"), []byte("投资约3亿元。"), 0o644))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = Run(Options{Inputs: []string{in}, OutDir: out, Version: "test", Context: ctx})
	require.ErrorIs(t, err, ErrInterrupted)
	after, err := os.ReadFile(filepath.Join(out, dataset.ManifestName))
	require.NoError(t, err)
	assert.Equal(t, string(before), string(after))
	staged, _ := filepath.Glob(filepath.Join(out, ".staging", "*", "*", "*"))
	assert.Empty(t, staged)
}

// Fault 3: a damaged part is found by verify, and the next run processes its
// documents again (logged) instead of carrying it over.
func TestDamagedPartReprocessed(t *testing.T) {
	in := threeSeeds(t)
	out := t.TempDir()
	runSeeds(t, out, Options{Inputs: []string{in}, BatchDocs: 1})
	problems, err := dataset.Verify(out)
	require.NoError(t, err)
	require.Empty(t, problems)
	snap, err := dataset.Open(out)
	require.NoError(t, err)
	part := snap.Manifest.Parts[1]
	f := snap.Path(part.Files[0].Path)
	st, err := os.Stat(f)
	require.NoError(t, err)
	require.NoError(t, os.Truncate(f, st.Size()/2))
	problems, err = dataset.Verify(out)
	require.NoError(t, err)
	require.Len(t, problems, 1)
	assert.Contains(t, problems[0], part.Name)

	var logs bytes.Buffer
	sum := runSeeds(t, out, Options{Inputs: []string{in}, BatchDocs: 1, Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	assert.Equal(t, len(part.Documents), sum.Processed)
	assert.Equal(t, 3-len(part.Documents), sum.Carried)
	assert.Contains(t, logs.String(), "damaged")
	assert.Contains(t, logs.String(), part.Name)
	problems, err = dataset.Verify(out)
	require.NoError(t, err)
	assert.Empty(t, problems)
}

// Fault 7 (cache): moving or renaming the corpus, or naming it by another
// path, carries its figures over; the path column follows the move.
func TestCacheKeyedByContent(t *testing.T) {
	in := threeSeeds(t)
	out := t.TempDir()
	first := runSeeds(t, out, Options{Inputs: []string{in}, BatchDocs: 1})
	figs, err := dataset.ReadFigures(out)
	require.NoError(t, err)

	moved := filepath.Join(t.TempDir(), "moved")
	require.NoError(t, os.Rename(in, moved))
	require.NoError(t, os.Rename(filepath.Join(moved, "001_18dbd27aeb4158ef.txt"), filepath.Join(moved, "renamed.txt")))
	sum := runSeeds(t, out, Options{Inputs: []string{moved}, BatchDocs: 1})
	assert.Zero(t, sum.Processed)
	assert.Equal(t, 3, sum.Carried)
	assert.Zero(t, sum.Removed)
	assert.Equal(t, first.Figures, sum.Figures)
	docs, err := dataset.ReadDocuments(out)
	require.NoError(t, err)
	paths := map[string]string{}
	for _, d := range docs {
		paths[d.DocID] = d.Path
	}
	assert.Equal(t, filepath.ToSlash(filepath.Join(moved, "renamed.txt")), paths["renamed.txt"])
	again, err := dataset.ReadFigures(out)
	require.NoError(t, err)
	byDoc := func(rows []schema.FigureRow, doc string) (out []schema.FigureRow) {
		for _, r := range rows {
			if r.DocID == doc {
				out = append(out, r)
			}
		}
		return out
	}
	old, now := byDoc(figs, "001_18dbd27aeb4158ef.txt"), byDoc(again, "renamed.txt")
	require.NotEmpty(t, old)
	require.Len(t, now, len(old))
	for i := range old {
		old[i].DocID = "renamed.txt"
	}
	assert.Equal(t, old, now)

	// A relative name of the same folder: nothing processed either.
	wd, err := os.Getwd()
	require.NoError(t, err)
	rel, err := filepath.Rel(wd, moved)
	require.NoError(t, err)
	sum = runSeeds(t, out, Options{Inputs: []string{rel}, BatchDocs: 1})
	assert.Zero(t, sum.Processed)
	problems, err := dataset.Verify(out)
	require.NoError(t, err)
	assert.Empty(t, problems)
}
