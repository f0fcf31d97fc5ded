package schema

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/metadata"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The files are arrow-go's writer's, byte for byte (the oracle,
// pqoracle_test.go): pages, headers, statistics, footer.
func TestParquetAsArrowGo(t *testing.T) {
	figs, docs := NewFigures("test"), NewDocuments("test")
	for _, c := range []struct {
		name      string
		got, want func() []byte
	}{
		{"figures", func() []byte { return writeRows(t, figs, sampleFigures(), RowGroupRows) },
			func() []byte { return oracleWrite(t, figs, sampleFigures(), RowGroupRows) }},
		{"empty", func() []byte { return writeRows(t, figs, nil, RowGroupRows) },
			func() []byte { return oracleWrite(t, figs, nil, RowGroupRows) }},
		{"empty documents", func() []byte { return writeRows(t, docs, nil, RowGroupRows) },
			func() []byte { return oracleWrite(t, docs, nil, RowGroupRows) }},
		{"documents", func() []byte { return writeRows(t, docs, sampleDocuments(), RowGroupRows) },
			func() []byte { return oracleWrite(t, docs, sampleDocuments(), RowGroupRows) }},
		{"row groups", func() []byte { return writeRows(t, figs, manyFigures(), 4096) },
			func() []byte { return oracleWrite(t, figs, manyFigures(), 4096) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, want := c.got(), c.want()
			if !bytes.Equal(want, got) {
				t.Errorf("%d bytes, arrow-go's %d; first difference at %d", len(got), len(want), firstDiff(got, want))
			}
		})
	}
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// edgeFigures are rows at the edges of the encodings: nulls only, NaN,
// infinities and zeros of both signs (a page of NaN only has no min or
// max), empty strings everywhere, values of over a megabyte (a page of
// their own; too long for statistics), plain string pages cut at a
// megabyte, extreme numbers and dates before 1970, text outside ASCII.
func edgeFigures() []FigureRow {
	f := func(v float64) *float64 { return &v }
	d := func(y int, m time.Month, day int) *time.Time {
		t := time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
		return &t
	}
	long := strings.Repeat("上半年全区实现地区生产总值", 30_000) // 1.17 MB
	var rows []FigureRow
	for i := range 3000 { // all null, and every string empty
		rows = append(rows, FigureRow{SentenceIndex: int32(i)})
	}
	for i := range 3000 { // NaN only in value; zeros, infinities; long surfaces (plain pages over 1 MB)
		rows = append(rows, FigureRow{DocID: "零.txt", Value: f(math.NaN()), Low: f([]float64{0, math.Copysign(0, -1)}[i%2]),
			High: f([]float64{math.Inf(1), math.Inf(-1), 1e308, -5e-324}[i%4]), BaseValue: f(math.Copysign(0, -1)),
			Surface: strings.Repeat("亿", 200+i%7), Unit: "元", Sentence: "句子", Start: math.MinInt32, End: math.MaxInt32,
			PeriodStart: d(1969, 12, 31), PeriodEnd: d(1900, 1, 1)})
	}
	rows = append(rows, FigureRow{DocID: long, Sentence: long, Metric: long, Surface: long, Unit: long + "x", Period: "\x00\xff",
		Value: f(math.Inf(-1)), PeriodStart: d(9999, 12, 31)})
	for i := range 70_000 { // more than a row group, dictionaries of many values
		rows = append(rows, FigureRow{DocID: fmt.Sprintf("文%d.txt", i/50), SentenceIndex: int32(i), Start: int32(-i), Surface: "3亿元",
			Unit: []string{"", "元", "%"}[i%3], Period: fmt.Sprint(i % 700), Sentence: fmt.Sprintf("第%d句。", i/3), Value: f(float64(i) - 0.5)})
	}
	return rows
}

func edgeDocuments() []DocumentRow {
	long := strings.Repeat("路径/", 400_000) // 2.8 MB: statistics left out
	at := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)
	rows := []DocumentRow{{}, {DocID: long, Path: long, URL: long, Title: long, Error: long, Bytes: math.MinInt64, ProcessedAt: time.UnixMicro(math.MinInt64 / 2).UTC()},
		{DocID: "a", Path: "", SHA256: "ff", Bytes: math.MaxInt64, Sentences: math.MaxInt32, Figures: -1, ProcessedAt: at}}
	for i := range 300_000 { // one row group of them: the int64 pages are cut at a megabyte
		rows = append(rows, DocumentRow{DocID: fmt.Sprint(i), Bytes: int64(i) << 20, Sentences: int32(i), Status: "ok", ProcessedAt: at.Add(time.Duration(i))})
	}
	return rows
}

// Edge rows, written by both writers in several row group sizes: the same
// bytes, the same footers field by field, and the rows read back.
func TestParquetEdgesAsArrowGo(t *testing.T) {
	figs, docs := NewFigures("test"), NewDocuments("test")
	fr, dr := edgeFigures(), edgeDocuments()
	for _, group := range []int{RowGroupRows, 1000, 400_000} {
		t.Run(fmt.Sprint("figures/", group), func(t *testing.T) {
			compareWriters(t, figs, fr, group, canonicalFigure)
		})
		t.Run(fmt.Sprint("documents/", group), func(t *testing.T) {
			if group < len(dr) { // the long pages only in one group
				compareWriters(t, docs, dr[:5000], group, canonicalDocument)
			} else {
				compareWriters(t, docs, dr, group, canonicalDocument)
			}
		})
	}
	t.Run("all null", func(t *testing.T) { compareWriters(t, figs, fr[:3000], RowGroupRows, canonicalFigure) })
	t.Run("one row", func(t *testing.T) { compareWriters(t, figs, fr[6000:6001], RowGroupRows, canonicalFigure) })
	t.Run("empty", func(t *testing.T) { compareWriters(t, figs, nil, RowGroupRows, canonicalFigure) })
}

func compareWriters[R any](t *testing.T, tb *Table[R], rows []R, group int, canon func(*R) string) {
	got, want := writeRows(t, tb, rows, group), oracleWrite(t, tb, rows, group)
	compareFooters(t, got, want)
	if !bytes.Equal(got, want) {
		t.Errorf("%d bytes, arrow-go's %d; first difference at %d", len(got), len(want), firstDiff(got, want))
	}
	for name, data := range map[string][]byte{"ours": got, "arrow-go's": want} {
		p := filepath.Join(t.TempDir(), "f.parquet")
		require.NoError(t, os.WriteFile(p, data, 0o644))
		back, err := tb.ReadFile(p)
		require.NoError(t, err, name)
		require.Equal(t, len(rows), len(back), name)
		for i := range rows {
			if canon(&rows[i]) != canon(&back[i]) {
				t.Fatalf("%s: row %d read as %s, written %s", name, i, canon(&back[i]), canon(&rows[i]))
			}
		}
	}
}

// compareFooters holds the footer of got to want's through arrow-go's
// metadata API, field by field, sizes and offsets left out.
func compareFooters(t *testing.T, got, want []byte) {
	t.Helper()
	open := func(data []byte) *metadata.FileMetaData {
		pf, err := file.NewParquetReader(bytes.NewReader(data))
		require.NoError(t, err)
		return pf.MetaData()
	}
	g, w := open(got), open(want)
	assert.Equal(t, w.Version(), g.Version())
	assert.Equal(t, w.GetCreatedBy(), g.GetCreatedBy())
	assert.Equal(t, "zhmetrics", g.GetCreatedBy())
	assert.Equal(t, w.KeyValueMetadata().Keys(), g.KeyValueMetadata().Keys())
	assert.Equal(t, w.KeyValueMetadata().Values(), g.KeyValueMetadata().Values())
	assert.True(t, w.Schema.Equals(g.Schema), "schema")
	require.Equal(t, w.NumColumns(), g.NumColumns())
	for i := range w.NumColumns() {
		wc, gc := w.Schema.Column(i), g.Schema.Column(i)
		assert.Equal(t, wc.Name(), gc.Name())
		assert.Equal(t, wc.PhysicalType(), gc.PhysicalType(), wc.Name())
		assert.True(t, wc.LogicalType().Equals(gc.LogicalType()), wc.Name())
		assert.Equal(t, wc.ConvertedType(), gc.ConvertedType(), wc.Name())
		assert.Equal(t, wc.MaxDefinitionLevel(), gc.MaxDefinitionLevel(), wc.Name())
		assert.Equal(t, wc.ColumnOrder(), gc.ColumnOrder(), wc.Name())
		assert.Equal(t, wc.SortOrder(), gc.SortOrder(), wc.Name())
	}
	assert.Equal(t, len(w.GetColumnOrders()), len(g.GetColumnOrders()))
	for _, o := range g.GetColumnOrders() {
		assert.True(t, o.IsSetTYPE_ORDER())
	}
	assert.Equal(t, w.NumRows, g.NumRows)
	require.Equal(t, w.NumRowGroups(), g.NumRowGroups())
	for r := range w.NumRowGroups() {
		wr, gr := w.RowGroup(r), g.RowGroup(r)
		assert.Equal(t, wr.NumRows(), gr.NumRows())
		assert.Equal(t, wr.Ordinal(), gr.Ordinal())
		for i := range w.NumColumns() {
			wcc, err := wr.ColumnChunk(i)
			require.NoError(t, err)
			gcc, err := gr.ColumnChunk(i)
			require.NoError(t, err)
			name := fmt.Sprintf("row group %d column %s", r, w.Schema.Column(i).Name())
			assert.Equal(t, wcc.Type(), gcc.Type(), name)
			assert.Equal(t, wcc.PathInSchema(), gcc.PathInSchema(), name)
			assert.Equal(t, wcc.Compression(), gcc.Compression(), name)
			assert.Equal(t, wcc.Encodings(), gcc.Encodings(), name)
			assert.Equal(t, wcc.EncodingStats(), gcc.EncodingStats(), name)
			assert.Equal(t, wcc.NumValues(), gcc.NumValues(), name)
			assert.Equal(t, wcc.HasDictionaryPage(), gcc.HasDictionaryPage(), name)
			assert.Equal(t, wcc.HasIndexPage(), gcc.HasIndexPage(), name)
			wset, err := wcc.StatsSet()
			require.NoError(t, err)
			gset, err := gcc.StatsSet()
			require.NoError(t, err)
			require.Equal(t, wset, gset, name)
			if !wset {
				continue
			}
			ws, err := wcc.Statistics()
			require.NoError(t, err)
			gs, err := gcc.Statistics()
			require.NoError(t, err)
			assert.Equal(t, ws.HasMinMax(), gs.HasMinMax(), name)
			assert.Equal(t, ws.EncodeMin(), gs.EncodeMin(), name)
			assert.Equal(t, ws.EncodeMax(), gs.EncodeMax(), name)
			assert.Equal(t, ws.HasNullCount(), gs.HasNullCount(), name)
			assert.Equal(t, ws.NullCount(), gs.NullCount(), name)
		}
	}
}

// canonicalFigure and canonicalDocument print a row with its doubles as
// bits (NaN equals itself) and its times as instants.
func canonicalFigure(r *FigureRow) string {
	c := *r
	bitsOf := func(v *float64) string {
		if v == nil {
			return "null"
		}
		return fmt.Sprintf("%016x", math.Float64bits(*v))
	}
	day := func(t *time.Time) string {
		if t == nil {
			return "null"
		}
		return t.UTC().Format(time.DateOnly)
	}
	s := fmt.Sprint(bitsOf(c.Value), bitsOf(c.Low), bitsOf(c.High), bitsOf(c.BaseValue), day(c.PeriodStart), day(c.PeriodEnd))
	c.Value, c.Low, c.High, c.BaseValue, c.PeriodStart, c.PeriodEnd = nil, nil, nil, nil, nil, nil
	return fmt.Sprintf("%+v %s", c, s)
}

func canonicalDocument(r *DocumentRow) string {
	c := *r
	s := fmt.Sprint(c.ProcessedAt.UnixMicro())
	if c.Date != nil {
		s += c.Date.UTC().Format(time.DateOnly)
	}
	c.Date, c.ProcessedAt = nil, time.Time{}
	return fmt.Sprintf("%+v %s", c, s)
}
