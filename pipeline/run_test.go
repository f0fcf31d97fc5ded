package pipeline

import (
	"context"
	"github.com/zhmetrics/zhmetrics/dataset"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/schema"
)

func runSeeds(t *testing.T, out string, opts Options) dataset.Summary {
	t.Helper()
	if opts.Inputs == nil {
		opts.Inputs = []string{"../seeds"}
	}
	opts.OutDir = out
	opts.Version = "test"
	sum, err := Run(opts)
	require.NoError(t, err)
	return sum
}

func readParquet(t *testing.T, path string) arrow.Table {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	t.Cleanup(func() { f.Close() })
	pf, err := file.NewParquetReader(f)
	require.NoError(t, err)
	kv := pf.MetaData().KeyValueMetadata()
	assert.Equal(t, schema.Version, *kv.FindValue(schema.MetaSchemaVersion))
	assert.Equal(t, "test", *kv.FindValue(schema.MetaVersion))
	fr, err := pqarrow.NewFileReader(pf, pqarrow.ArrowReadProperties{}, memory.DefaultAllocator)
	require.NoError(t, err)
	tbl, err := fr.ReadTable(context.Background())
	require.NoError(t, err)
	t.Cleanup(tbl.Release)
	return tbl
}

func column(t *testing.T, tbl arrow.Table, name string) arrow.Array {
	t.Helper()
	idx := tbl.Schema().FieldIndices(name)
	require.Len(t, idx, 1, name)
	chunks := tbl.Column(idx[0]).Data().Chunks()
	require.Len(t, chunks, 1)
	return chunks[0]
}

func TestRunSeedsEndToEnd(t *testing.T) {
	out := t.TempDir()
	sum := runSeeds(t, out, Options{Workers: 2})
	assert.Equal(t, 5, sum.Documents)
	assert.Equal(t, 5, sum.OK)
	assert.Greater(t, sum.Figures, 150)

	m, err := dataset.ReadManifest(out)
	require.NoError(t, err)
	require.Len(t, m.Tables["figures"], 1)
	figs := readParquet(t, filepath.Join(out, m.Tables["figures"][0]))
	docs := readParquet(t, filepath.Join(out, m.Tables["documents"][0]))
	assert.EqualValues(t, sum.Figures, figs.NumRows())
	assert.EqualValues(t, 5, docs.NumRows())

	// Real column types.
	types := map[string]arrow.Type{}
	for _, f := range figs.Schema().Fields() {
		types[f.Name] = f.Type.ID()
	}
	for _, f := range docs.Schema().Fields() {
		types["documents."+f.Name] = f.Type.ID()
	}
	assert.Equal(t, arrow.FLOAT64, types["value"])
	assert.Equal(t, arrow.FLOAT64, types["low"])
	assert.Equal(t, arrow.INT32, types["start"])
	assert.Equal(t, arrow.DICTIONARY, types["unit"])
	assert.Equal(t, arrow.DICTIONARY, types["qualifier"])
	assert.Equal(t, arrow.STRING, types["sentence"])
	assert.Equal(t, arrow.DATE32, types["documents.date"])
	assert.Equal(t, arrow.TIMESTAMP, types["documents.processed_at"])
	ts := docs.Schema().Field(docs.Schema().FieldIndices("processed_at")[0]).Type.(*arrow.TimestampType)
	assert.Equal(t, "UTC", ts.TimeZone)

	// A known row: 约8.58亿元 in 000_*.txt.
	surface := column(t, figs, "surface").(*array.String)
	value := column(t, figs, "value").(*array.Float64)
	unit := column(t, figs, "unit").(*array.Dictionary)
	qual := column(t, figs, "qualifier").(*array.Dictionary)
	doc := column(t, figs, "doc_id").(*array.Dictionary)
	start := column(t, figs, "start").(*array.Int32)
	found := false
	for i := 0; i < surface.Len(); i++ {
		if surface.Value(i) != "8.58亿元" {
			continue
		}
		found = true
		assert.Equal(t, 858000000.0, value.Value(i))
		assert.Equal(t, "元", unit.Dictionary().(*array.String).Value(unit.GetValueIndex(i)))
		assert.Equal(t, "approx", qual.Dictionary().(*array.String).Value(qual.GetValueIndex(i)))
		assert.Equal(t, "000_24d7b63103362a38.txt", doc.Dictionary().(*array.String).Value(doc.GetValueIndex(i)))
		src, err := os.ReadFile("../seeds/000_24d7b63103362a38.txt")
		require.NoError(t, err)
		rs := []rune(string(src))
		assert.Equal(t, "8.58亿元", string(rs[start.Value(i):int(start.Value(i))+6]), "offsets point into the source")
	}
	assert.True(t, found, "8.58亿元 is in the dataset")

	// The document date from the header block (Date: None) falls back to the text.
	date := column(t, docs, "date").(*array.Date32)
	ids := column(t, docs, "doc_id").(*array.String)
	for i := 0; i < ids.Len(); i++ {
		if ids.Value(i) == "000_24d7b63103362a38.txt" {
			assert.Equal(t, "2025-01-17", date.Value(i).FormattedString())
		}
	}
}

func TestRunArrowIPC(t *testing.T) {
	out := t.TempDir()
	sum := runSeeds(t, out, Options{Format: schema.Arrow})
	m, err := dataset.ReadManifest(out)
	require.NoError(t, err)
	assert.Equal(t, "arrow", m.Format)
	require.Len(t, m.Tables["figures"], 1)
	assert.Equal(t, ".arrow", filepath.Ext(m.Tables["figures"][0]))
	rows, err := dataset.ReadFigures(out)
	require.NoError(t, err)
	assert.Len(t, rows, sum.Figures)
	docs, err := dataset.ReadDocuments(out)
	require.NoError(t, err)
	assert.Len(t, docs, 5)
}

func TestRunIncremental(t *testing.T) {
	in := threeSeeds(t)
	out := t.TempDir()
	opts := Options{Inputs: []string{in}, BatchDocs: 1}
	first := runSeeds(t, out, opts)
	assert.Equal(t, 3, first.Processed)

	// Nothing changed: nothing processed, nothing written.
	before := snapshot(t, out)
	second := runSeeds(t, out, opts)
	assert.Equal(t, 0, second.Processed)
	assert.Equal(t, 3, second.Carried)
	assert.Equal(t, before, snapshot(t, out), "a rerun with nothing changed writes nothing")

	// One changed, one new, one removed.
	require.NoError(t, os.WriteFile(filepath.Join(in, "000_24d7b63103362a38.txt"), []byte("新增企业12家。"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(in, "new.txt"), []byte("投资约3亿元。"), 0o644))
	require.NoError(t, os.Remove(filepath.Join(in, "003_1f264a32601b23cd.txt")))
	third := runSeeds(t, out, opts)
	assert.Equal(t, 2, third.Processed)
	assert.Equal(t, 1, third.Carried)
	assert.Equal(t, 1, third.Removed)
	assert.Equal(t, 3, third.Documents)
	rows, err := dataset.ReadFigures(out)
	require.NoError(t, err)
	perDoc := map[string]int{}
	for _, r := range rows {
		perDoc[r.DocID]++
	}
	assert.Equal(t, 1, perDoc["000_24d7b63103362a38.txt"])
	assert.Equal(t, 1, perDoc["new.txt"])
	assert.Zero(t, perDoc["003_1f264a32601b23cd.txt"])
	assert.Greater(t, perDoc["001_18dbd27aeb4158ef.txt"], 5)
	// Only the files of the snapshot remain.
	m, err := dataset.ReadManifest(out)
	require.NoError(t, err)
	entries, err := os.ReadDir(filepath.Join(out, "figures"))
	require.NoError(t, err)
	assert.Len(t, entries, len(m.Tables["figures"]))

	// --full processes everything again, and gives the same rows.
	full := runSeeds(t, out, Options{Inputs: []string{in}, BatchDocs: 1, Full: true})
	assert.Equal(t, 3, full.Processed)
	again, err := dataset.ReadFigures(out)
	require.NoError(t, err)
	assert.Equal(t, rows, again)
}

// threeSeeds copies three seed documents into a fresh input directory.
func threeSeeds(t *testing.T) string {
	t.Helper()
	in := t.TempDir()
	for _, f := range []string{"000_24d7b63103362a38.txt", "001_18dbd27aeb4158ef.txt", "003_1f264a32601b23cd.txt"} {
		b, err := os.ReadFile(filepath.Join("../seeds", f))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(in, f), b, 0o644))
	}
	return in
}

// snapshot maps every file of a dataset to its size and modification time.
func snapshot(t *testing.T, dir string) map[string]string {
	out := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		require.NoError(t, err)
		if !d.IsDir() && d.Name() != dataset.LockName {
			st, err := d.Info()
			require.NoError(t, err)
			out[p] = st.ModTime().String() + "/" + st.Name()
		}
		return nil
	})
	return out
}

func TestRunDeterministicAcrossWorkers(t *testing.T) {
	inputs := []string{"../seeds", "../testdata/inputs"}
	a, b := t.TempDir(), t.TempDir()
	runSeeds(t, a, Options{Inputs: inputs, Workers: 1, BatchDocs: 3})
	runSeeds(t, b, Options{Inputs: inputs, Workers: 4, BatchDocs: 3})
	ma, err := dataset.ReadManifest(a)
	require.NoError(t, err)
	mb, err := dataset.ReadManifest(b)
	require.NoError(t, err)
	assert.Equal(t, ma.Tables, mb.Tables, "same part names")
	assertSameFiles(t, a, b, ma.Tables["figures"])
}

// assertSameFiles checks that the files (paths relative to two datasets'
// directories a and b) are byte for byte the same in both.
func assertSameFiles(t *testing.T, a, b string, files []string) {
	t.Helper()
	for _, f := range files {
		x, err := os.ReadFile(filepath.Join(a, f))
		require.NoError(t, err)
		y, err := os.ReadFile(filepath.Join(b, f))
		require.NoError(t, err)
		assert.Equal(t, x, y, "files are byte-identical: %s", f)
	}
}

func TestRunBadInputsRecorded(t *testing.T) {
	out := t.TempDir()
	sum := runSeeds(t, out, Options{Inputs: []string{"../testdata/inputs"}, MaxBytes: 100000})
	assert.Equal(t, 5, sum.Failed, "binary.txt, truncated.txt, three bad lines of corpus.jsonl")
	assert.Equal(t, 2, sum.Skipped, "empty.txt, longline.txt over --max-bytes")
	docs, err := dataset.ReadDocuments(out)
	require.NoError(t, err)
	byID := map[string]schema.DocumentRow{}
	for _, d := range docs {
		byID[d.DocID] = d
	}
	assert.Equal(t, "error", byID["binary.txt"].Status)
	assert.Contains(t, byID["binary.txt"].Error, "binary data")
	assert.Equal(t, "skipped", byID["empty.txt"].Status)
	assert.Equal(t, "skipped", byID["longline.txt"].Status)
	assert.Contains(t, byID["longline.txt"].Error, "--max-bytes")
	assert.Equal(t, "gb18030", byID["gbk.txt"].Encoding)
	assert.Equal(t, "ok", byID["gbk.txt"].Status)
	assert.Greater(t, byID["gbk.txt"].Figures, int32(0))
}

func TestRunLocked(t *testing.T) {
	out := t.TempDir()
	release, err := dataset.Lock(out)
	require.NoError(t, err)
	_, err = Run(Options{Inputs: []string{"../seeds"}, OutDir: out})
	require.ErrorIs(t, err, dataset.ErrLocked)
	assert.Contains(t, err.Error(), "pid")
	release()
	runSeeds(t, out, Options{})
}

// A changed document does not make the unchanged ones of its part be
// processed again: their rows are carried over from the old part.
func TestRunCarriesOverWithinAPart(t *testing.T) {
	in := threeSeeds(t)
	out := t.TempDir()
	first := runSeeds(t, out, Options{Inputs: []string{in}})
	require.Equal(t, 3, first.Processed)
	before, err := dataset.ReadDocuments(out)
	require.NoError(t, err)
	beforeFigs, err := dataset.ReadFigures(out)
	require.NoError(t, err)

	require.NoError(t, os.WriteFile(filepath.Join(in, "001_18dbd27aeb4158ef.txt"), []byte("新增企业12家。"), 0o644))
	second := runSeeds(t, out, Options{Inputs: []string{in}})
	assert.Equal(t, 1, second.Processed, "only the changed document")
	assert.Equal(t, 2, second.Carried)
	assert.Equal(t, 3, second.Documents)

	after, err := dataset.ReadDocuments(out)
	require.NoError(t, err)
	was := map[string]time.Time{}
	for _, d := range before {
		was[d.DocID] = d.ProcessedAt
	}
	for _, d := range after {
		if d.DocID != "001_18dbd27aeb4158ef.txt" {
			assert.Equal(t, was[d.DocID], d.ProcessedAt, "carried rows keep their processed_at: %s", d.DocID)
		}
	}
	afterFigs, err := dataset.ReadFigures(out)
	require.NoError(t, err)
	keep := func(rows []schema.FigureRow) []schema.FigureRow {
		var out []schema.FigureRow
		for _, r := range rows {
			if r.DocID != "001_18dbd27aeb4158ef.txt" {
				out = append(out, r)
			}
		}
		return out
	}
	assert.ElementsMatch(t, keep(beforeFigs), keep(afterFigs), "carried figures are the same rows")
	m, err := dataset.ReadManifest(out)
	require.NoError(t, err)
	entries, err := os.ReadDir(filepath.Join(out, "figures"))
	require.NoError(t, err)
	assert.Len(t, entries, len(m.Tables["figures"]), "the old part is gone")
}

// A dataset of an older schema version (1: no period_start/period_end) is
// never carried over: the next run processes every document again.
func TestRunReprocessesOlderSchema(t *testing.T) {
	in := threeSeeds(t)
	out := t.TempDir()
	opts := Options{Inputs: []string{in}}
	require.Equal(t, 3, runSeeds(t, out, opts).Processed)
	path := filepath.Join(out, "manifest.json")
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	old := strings.Replace(string(b), `"schema_version": "`+schema.Version+`"`, `"schema_version": "1"`, 1)
	require.NotEqual(t, string(b), old, "manifest names its schema version")
	require.NoError(t, os.WriteFile(path, []byte(old), 0o644))
	again := runSeeds(t, out, opts)
	assert.Equal(t, 3, again.Processed)
	assert.Equal(t, 0, again.Carried)
	rows, err := dataset.ReadFigures(out)
	require.NoError(t, err)
	withInterval := 0
	for _, r := range rows {
		if r.PeriodEnd != nil {
			withInterval++
		}
	}
	assert.Greater(t, withInterval, 0, "the new parts carry period intervals")
}
