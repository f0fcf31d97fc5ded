package schema

import (
	"bytes"
	"context"
	"encoding/base64"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/ipc"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The Parquet writer and reader of parquet.go stand in for arrow-go's
// pqarrow, which the binary no longer links; these tests (pqarrow is linked
// into the test only) hold them to what pqarrow wrote and reads.

// pqarrowWrite writes rows as zhmetrics wrote them with pqarrow: a record
// per group of rows, the Arrow schema stored.
func pqarrowWrite[R any](t *testing.T, tb *Table[R], rows []R, group int) []byte {
	return pqarrowWriteStats(t, tb, rows, group, false)
}

// pqarrowWriteStats is pqarrowWrite, with statistics on the free-text
// columns too if allStats (as the files were before freeText).
func pqarrowWriteStats[R any](t *testing.T, tb *Table[R], rows []R, group int, allStats bool) []byte {
	opts := []parquet.WriterProperty{
		parquet.WithCompression(compress.Codecs.Zstd), parquet.WithCompressionLevel(zstdLevel),
		parquet.WithMaxRowGroupLength(RowGroupRows), parquet.WithCreatedBy("zhmetrics"),
		parquet.WithStats(true), parquet.WithDictionaryDefault(false),
	}
	for _, c := range tb.Columns {
		if c.pq.read == nil {
			t.Fatalf("column %s: no Parquet reader", c.Name)
		}
		if c.Type.ID() == dictString.ID() || c.pqDict {
			opts = append(opts, parquet.WithDictionaryFor(c.Name, true))
		}
		if c.noStats && !allStats {
			opts = append(opts, parquet.WithStatsFor(c.Name, false))
		}
	}
	var buf bytes.Buffer
	fw, err := pqarrow.NewFileWriter(tb.Schema, &buf, parquet.NewWriterProperties(opts...), pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema()))
	require.NoError(t, err)
	for start := 0; start == 0 || start < len(rows); start += group {
		rec := tb.Record(rows[start:min(start+group, len(rows))])
		require.NoError(t, fw.Write(rec))
		rec.Release()
	}
	require.NoError(t, fw.Close())
	return buf.Bytes()
}

// sampleDocuments: no empty value in a dictionary column (see filled).
func sampleDocuments() []DocumentRow {
	date := time.Date(2025, 1, 17, 0, 0, 0, 0, time.UTC)
	return []DocumentRow{
		{DocID: "a.txt", Path: "seeds/a.txt", SHA256: "ab", Bytes: 9502, Encoding: "utf-8", Title: "标题", Date: &date, URL: "https://e.com",
			Sentences: 12, Figures: 2, Status: "ok", ProcessedAt: time.Date(2026, 11, 24, 20, 0, 0, 123000, time.UTC)},
		{DocID: "bad.txt", Encoding: "-", Status: "error", Error: "binary data", ProcessedAt: time.Date(2026, 11, 24, 20, 0, 0, 0, time.UTC)},
		{DocID: "c.txt", Encoding: "gb18030", Status: "ok", Bytes: 1 << 40, Sentences: 1, ProcessedAt: time.Date(1999, 1, 2, 3, 4, 5, 6000, time.UTC)},
	}
}

// manyFigures has several row groups of 4,096 rows with dictionaries that
// change between them, nulls and dates.
func manyFigures() []FigureRow {
	rows := benchRows(10_000)
	for i := range rows {
		if i%7 == 0 {
			rows[i].Value = nil
		}
		if i%3 == 0 {
			d := time.Date(2020+i%5, time.Month(1+i%12), 1, 0, 0, 0, 0, time.UTC)
			rows[i].PeriodStart, rows[i].PeriodEnd = &d, &d
		}
		if i > 5000 {
			rows[i].Unit = []string{"吨", "亩", "美元"}[i%3]
			rows[i].Qualifier = ""
		}
	}
	return rows
}

// filled gives every empty value of a dictionary column a value: pqarrow
// leaves empty strings out of a dictionary column's page statistics (its
// min is then wrong, see TestParquetStatsEmptyString), the one place where
// the files differ.
func filled(rows []FigureRow) []FigureRow {
	rows = slices.Clone(rows)
	for i := range rows {
		r := &rows[i]
		for _, f := range []*string{&r.DocID, &r.Unit, &r.UnitWritten, &r.Dimension, &r.BaseUnit, &r.Qualifier, &r.Change, &r.Compare, &r.Period} {
			if *f == "" {
				*f = "-"
			}
		}
	}
	return rows
}

func writeRows[R any](t *testing.T, tb *Table[R], rows []R, group int) []byte {
	var buf bytes.Buffer
	rw, err := tb.NewWriter(&buf, Parquet)
	require.NoError(t, err)
	rw.GroupRows = group
	require.NoError(t, rw.Append(rows))
	require.NoError(t, rw.Close())
	return buf.Bytes()
}

// The files are those pqarrow wrote, byte for byte: types, metadata (with
// ARROW:schema), encodings, dictionaries, statistics, row groups.
func TestParquetAsPqarrow(t *testing.T) {
	figs, docs := NewFigures("test"), NewDocuments("test")
	for _, c := range []struct {
		name      string
		got, want func() []byte
	}{
		{"figures", func() []byte { return writeRows(t, figs, filled(sampleFigures()), RowGroupRows) },
			func() []byte { return pqarrowWrite(t, figs, filled(sampleFigures()), RowGroupRows) }},
		{"empty", func() []byte { return writeRows(t, figs, nil, RowGroupRows) },
			func() []byte { return pqarrowWrite(t, figs, nil, RowGroupRows) }},
		{"documents", func() []byte { return writeRows(t, docs, sampleDocuments(), RowGroupRows) },
			func() []byte { return pqarrowWrite(t, docs, sampleDocuments(), RowGroupRows) }},
		{"row groups", func() []byte { return writeRows(t, figs, filled(manyFigures()), 4096) },
			func() []byte { return pqarrowWrite(t, figs, filled(manyFigures()), 4096) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, want := c.got(), c.want()
			assert.Equal(t, len(want), len(got))
			assert.True(t, bytes.Equal(want, got), "the file differs from pqarrow's")
		})
	}
}

// What pqarrow reads from a file written here: the table's Arrow schema,
// with its metadata and the columns' descriptions, and the same records;
// and what is read here from pqarrow's file: the rows written.
func TestParquetReadersAgree(t *testing.T) {
	figs := NewFigures("test")
	rows := manyFigures()
	data := writeRows(t, figs, rows, 4096)

	pf, err := file.NewParquetReader(bytes.NewReader(data))
	require.NoError(t, err)
	defer pf.Close()
	fr, err := pqarrow.NewFileReader(pf, pqarrow.ArrowReadProperties{BatchSize: RowGroupRows}, memory.DefaultAllocator)
	require.NoError(t, err)
	tbl, err := fr.ReadTable(context.Background())
	require.NoError(t, err)
	defer tbl.Release()
	sch, err := fr.Schema()
	require.NoError(t, err)
	require.Equal(t, len(figs.Columns), sch.NumFields())
	for i, f := range figs.Schema.Fields() { // pqarrow adds PARQUET:field_id -1 on reading
		g := sch.Field(i)
		assert.Equal(t, f.Name, g.Name)
		assert.True(t, arrow.TypeEqual(f.Type, g.Type), "%s: %s read as %s", f.Name, f.Type, g.Type)
		assert.Equal(t, f.Nullable, g.Nullable, f.Name)
		d, _ := g.Metadata.GetValue("description")
		assert.Equal(t, f.Metadata.Values()[0], d, f.Name)
	}
	kv := pf.MetaData().KeyValueMetadata()
	assert.Equal(t, []string{MetaSchemaVersion, MetaVersion, MetaTable, "ARROW:schema"}, kv.Keys())
	assert.Equal(t, []string{Version, "test", "figures"}, kv.Values()[:3])
	stored, err := base64.StdEncoding.DecodeString(kv.Values()[3])
	require.NoError(t, err)
	ir, err := ipc.NewReader(bytes.NewReader(stored))
	require.NoError(t, err)
	assert.True(t, ir.Schema().Equal(figs.Schema), "ARROW:schema %s", ir.Schema())
	assert.Equal(t, figs.Schema.Metadata(), ir.Schema().Metadata())
	ir.Release()
	assert.EqualValues(t, len(rows), tbl.NumRows())

	p := filepath.Join(t.TempDir(), "f.parquet")
	require.NoError(t, os.WriteFile(p, pqarrowWrite(t, figs, rows, 4096), 0o644))
	got, err := figs.ReadFile(p)
	require.NoError(t, err)
	assert.Equal(t, rows, got)

	docs := NewDocuments("test")
	require.NoError(t, os.WriteFile(p, pqarrowWrite(t, docs, sampleDocuments(), 2), 0o644))
	gotD, err := docs.ReadFile(p)
	require.NoError(t, err)
	assert.Equal(t, sampleDocuments(), gotD)
}

// Files written now and files written as before (statistics on every
// column) read back the same tables, through pqarrow and through our reader.
func TestParquetReadsAsBefore(t *testing.T) {
	figs, docs := NewFigures("test"), NewDocuments("test")
	readBoth := func(data []byte) (arrow.Table, string) {
		pf, err := file.NewParquetReader(bytes.NewReader(data))
		require.NoError(t, err)
		fr, err := pqarrow.NewFileReader(pf, pqarrow.ArrowReadProperties{}, memory.DefaultAllocator)
		require.NoError(t, err)
		tbl, err := fr.ReadTable(context.Background())
		require.NoError(t, err)
		p := filepath.Join(t.TempDir(), "f.parquet")
		require.NoError(t, os.WriteFile(p, data, 0o644))
		return tbl, p
	}
	for _, rows := range [][]FigureRow{sampleFigures(), manyFigures()} {
		now, pNow := readBoth(writeRows(t, figs, rows, 4096))
		before, pBefore := readBoth(pqarrowWriteStats(t, figs, rows, 4096, true))
		assert.True(t, array.TableEqual(before, now), "figures tables differ")
		assert.Equal(t, len(rows), int(now.NumRows()))
		now.Release()
		before.Release()
		gotNow, err := figs.ReadFile(pNow)
		require.NoError(t, err)
		gotBefore, err := figs.ReadFile(pBefore)
		require.NoError(t, err)
		assert.Equal(t, rows, gotNow)
		assert.Equal(t, gotBefore, gotNow)
	}
	now, _ := readBoth(writeRows(t, docs, sampleDocuments(), RowGroupRows))
	before, _ := readBoth(pqarrowWriteStats(t, docs, sampleDocuments(), RowGroupRows, true))
	assert.True(t, array.TableEqual(before, now), "documents tables differ")
	now.Release()
	before.Release()
}

// A dictionary column's statistics count its empty strings: its min is ""
// when a row has "", so a reader that skips row groups by statistics finds
// those rows (pqarrow left them out: min 亿元 for unit_written below).
func TestParquetStatsEmptyString(t *testing.T) {
	figs := NewFigures("test")
	pf, err := file.NewParquetReader(bytes.NewReader(writeRows(t, figs, sampleFigures(), RowGroupRows)))
	require.NoError(t, err)
	defer pf.Close()
	for name, want := range map[string][2]string{"unit_written": {"", "天"}, "base_unit": {"", "平方米"}, "period": {"", "2024年"}} {
		cc, err := pf.MetaData().RowGroup(0).ColumnChunk(pf.MetaData().Schema.ColumnIndexByName(name))
		require.NoError(t, err)
		st, err := cc.Statistics()
		require.NoError(t, err)
		require.True(t, st.HasMinMax(), name)
		assert.Equal(t, want, [2]string{string(st.EncodeMin()), string(st.EncodeMax())}, name)
	}
}

// Statistics in every column chunk but the free text's (freeText), which
// have none: the columns analysts filter on keep their min and max.
func TestParquetStatsNotOnFreeText(t *testing.T) {
	figs := NewFigures("test")
	pf, err := file.NewParquetReader(bytes.NewReader(writeRows(t, figs, sampleFigures(), RowGroupRows)))
	require.NoError(t, err)
	defer pf.Close()
	var without []string
	for i, c := range figs.Columns {
		cc, err := pf.MetaData().RowGroup(0).ColumnChunk(i)
		require.NoError(t, err)
		set, err := cc.StatsSet()
		require.NoError(t, err)
		if !set {
			without = append(without, c.Name)
		}
	}
	assert.Equal(t, []string{"surface", "metric", "sentence"}, without)
}

// A column made without its Parquet functions is refused, not a panic.
func TestParquetColumnWithoutWriter(t *testing.T) {
	cols := append([]Column[DocumentRow]{}, DocumentColumns...)
	cols[3].pq = pqIO[DocumentRow]{}
	tb := &Table[DocumentRow]{Name: "documents", Columns: cols, Schema: Schema("documents", cols, "test")}
	_, err := tb.NewWriter(io.Discard, Parquet)
	assert.ErrorContains(t, err, "column bytes: no Parquet writer")
}
