package schema

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func f(v float64) *float64 { return &v }

func sampleFigures() []FigureRow {
	return []FigureRow{
		{DocID: "a.txt", SentenceIndex: 3, Start: 10, End: 16, Surface: "8.58亿元", Value: f(8.58e8), Unit: "元", UnitWritten: "亿元",
			Dimension: "currency", Qualifier: "approx", Change: "none", Metric: "累计投资金额", Sentence: "累计投资金额约8.58亿元。"},
		{DocID: "a.txt", Start: 20, End: 25, Surface: "1天到2天", Low: f(1), High: f(2), Unit: "天", UnitWritten: "天",
			Dimension: "duration", Qualifier: "exact", Change: "none"},
		{DocID: "b.txt", Surface: "1.13万亩", Value: f(11300), Unit: "亩", Dimension: "area", BaseValue: f(7533333.33), BaseUnit: "平方米",
			Qualifier: "exact", Change: "increase", Compare: "yoy", Period: "2024年"},
	}
}

func TestRoundTrip(t *testing.T) {
	date := time.Date(2025, 1, 17, 0, 0, 0, 0, time.UTC)
	docs := []DocumentRow{
		{DocID: "a.txt", Path: "seeds/a.txt", SHA256: "ab", Bytes: 9502, Encoding: "utf-8", Title: "标题", Date: &date, URL: "https://e.com",
			Sentences: 12, Figures: 2, Status: "ok", ProcessedAt: time.Date(2026, 11, 24, 20, 0, 0, 123000, time.UTC)},
		{DocID: "bad.txt", Status: "error", Error: "binary data", ProcessedAt: time.Date(2026, 11, 24, 20, 0, 0, 0, time.UTC)},
	}
	for _, format := range []string{Parquet, Arrow} {
		t.Run(format, func(t *testing.T) {
			dir := t.TempDir()
			figs, documents := NewFigures("test"), NewDocuments("test")
			fp, dp := filepath.Join(dir, "f"+Ext(format)), filepath.Join(dir, "d"+Ext(format))
			var buf bytes.Buffer
			require.NoError(t, figs.Write(&buf, format, sampleFigures()))
			require.NoError(t, os.WriteFile(fp, buf.Bytes(), 0o644))
			buf.Reset()
			require.NoError(t, documents.Write(&buf, format, docs))
			require.NoError(t, os.WriteFile(dp, buf.Bytes(), 0o644))

			gotF, err := figs.ReadFile(fp)
			require.NoError(t, err)
			assert.Equal(t, sampleFigures(), gotF)
			gotD, err := documents.ReadFile(dp)
			require.NoError(t, err)
			assert.Equal(t, docs, gotD)
		})
	}
}

func TestWriteEmptyTable(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, NewFigures("test").Write(&buf, Parquet, nil))
	p := filepath.Join(t.TempDir(), "empty.parquet")
	require.NoError(t, os.WriteFile(p, buf.Bytes(), 0o644))
	rows, err := NewFigures("test").ReadFile(p)
	require.NoError(t, err)
	assert.Empty(t, rows)
	assert.Error(t, NewFigures("test").Write(&buf, "csv", nil))
}

func TestDescribe(t *testing.T) {
	md := Describe("test", true)
	for _, c := range FigureColumns {
		assert.Contains(t, md, "| `"+c.Name+"` |")
	}
	for _, c := range DocumentColumns {
		assert.Contains(t, md, "| `"+c.Name+"` |")
	}
	assert.Contains(t, md, "| `date` | date | yes |")
	assert.Contains(t, md, "| `processed_at` | timestamp[µs, UTC] |")
	assert.True(t, strings.HasPrefix(Describe("test", false), "zhmetrics dataset schema, version "+Version))
}

// Parquet pages: zstd everywhere, dictionary pages for the dictionary columns
// and the run-text column (sentence), and for them only.
func TestParquetEncodings(t *testing.T) {
	var buf bytes.Buffer
	figs := NewFigures("test")
	require.NoError(t, figs.Write(&buf, Parquet, sampleFigures()))
	r, err := file.NewParquetReader(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	defer r.Close()
	rg := r.MetaData().RowGroup(0)
	for i, col := range figs.Columns {
		cc, err := rg.ColumnChunk(i)
		require.NoError(t, err)
		_, dict := col.Type.(*arrow.DictionaryType)
		assert.Equal(t, dict || col.Name == "sentence", cc.HasDictionaryPage(), "dictionary page of %s", col.Name)
		assert.Equal(t, compress.Codecs.Zstd, cc.Compression(), "codec of %s", col.Name)
	}
}

// The sentence, repeated on every figure of it, is written once per row
// group in Parquet (a dictionary page), across row groups and with sentences
// coming back after others, and reads back as a plain string column, in
// zhmetrics' reader and in pqarrow's (pyarrow, DuckDB … read the same
// pages).
func TestSentenceWrittenOncePerRowGroup(t *testing.T) {
	sentences := make([]string, 7)
	for i := range sentences {
		sentences[i] = strings.Repeat(fmt.Sprintf("第%d句，收入增长", i), 40) + "。"
	}
	var rows []FigureRow
	for i := range RowGroupRows + 5000 { // two row groups
		k := i / 3 % len(sentences) // runs of three figures, the sentences coming back in turn
		if i%101 == 0 {
			k = 2 // and one off the run now and then
		}
		rows = append(rows, FigureRow{DocID: "a", SentenceIndex: int32(k), Surface: "1万元", Unit: "元", Sentence: strings.Clone(sentences[k])})
	}
	figs := NewFigures("test")
	var buf bytes.Buffer
	require.NoError(t, figs.Write(&buf, Parquet, rows))
	r, err := file.NewParquetReader(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	require.Equal(t, 2, r.NumRowGroups())
	col := slices.IndexFunc(figs.Columns, func(c Column[FigureRow]) bool { return c.Name == "sentence" })
	for g := range r.NumRowGroups() {
		cc, err := r.MetaData().RowGroup(g).ColumnChunk(col)
		require.NoError(t, err)
		assert.True(t, cc.HasDictionaryPage())
		// Plain, the group's sentences alone would be thousands of times
		// a sentence's bytes; as a dictionary, each once, plus an index a row.
		assert.Less(t, cc.TotalUncompressedSize(), int64(len(sentences)*len(sentences[0])+RowGroupRows), "row group %d", g)
	}
	r.Close()

	p := filepath.Join(t.TempDir(), "f.parquet")
	require.NoError(t, os.WriteFile(p, buf.Bytes(), 0o644))
	got, err := figs.ReadFile(p)
	require.NoError(t, err)
	require.Equal(t, len(rows), len(got))
	for i := range rows {
		if got[i].Sentence != rows[i].Sentence {
			t.Fatalf("row %d: sentence %.20q, want %.20q", i, got[i].Sentence, rows[i].Sentence)
		}
	}

	fr, err := file.NewParquetReader(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	ar, err := pqarrow.NewFileReader(fr, pqarrow.ArrowReadProperties{BatchSize: 1 << 20}, memory.DefaultAllocator)
	require.NoError(t, err)
	tbl, err := ar.ReadTable(context.Background())
	require.NoError(t, err)
	defer tbl.Release()
	c := tbl.Column(col)
	assert.Equal(t, arrow.BinaryTypes.String, c.DataType(), "an Arrow reader's type of sentence")
	i := 0
	for _, chunk := range c.Data().Chunks() {
		a := chunk.(*array.String)
		for j := range a.Len() {
			if a.Value(j) != rows[i].Sentence {
				t.Fatalf("pqarrow, row %d: sentence %.20q", i, a.Value(j))
			}
			i++
		}
	}
	assert.Equal(t, len(rows), i)
}

// date32Of is arrow.Date32FromTime: around 1970 and far from it, at and
// between midnights, in zones east and west of UTC.
func TestDate32Of(t *testing.T) {
	zones := []*time.Location{time.UTC, time.FixedZone("CST", 8*3600), time.FixedZone("PST", -8*3600)}
	if sh, err := time.LoadLocation("Asia/Shanghai"); err == nil {
		zones = append(zones, sh)
	}
	var times []time.Time
	for _, loc := range zones {
		for _, y := range []int{1, 1600, 1911, 1969, 1970, 1971, 2000, 2024, 2100, 9999} {
			for _, d := range []int{1, 2, 59, 60, 365, 366} {
				for _, sec := range []int{0, 1, 3600*8 - 1, 3600 * 8, 43200, 86399} {
					times = append(times, time.Date(y, 1, d, 0, 0, sec, 0, loc), time.Date(y, 1, d, 0, 0, sec, 999999999, loc))
				}
			}
		}
	}
	times = append(times, time.Unix(-1, 0), time.Unix(0, 0), time.Unix(-86400, 0), time.Unix(-86401, 0), time.Unix(86399, 999), time.Now())
	for _, tm := range times {
		require.Equal(t, int32(arrow.Date32FromTime(tm)), date32Of(tm), "%s", tm)
	}
	assert.Equal(t, int32(-1), date32Of(time.Date(1969, 12, 31, 23, 0, 0, 0, time.UTC))) // the test can fail: a real value
	assert.Equal(t, int32(19723), date32Of(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)))
}
