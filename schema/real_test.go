package schema_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/zhmetrics/zhmetrics/pipeline"
	"github.com/zhmetrics/zhmetrics/schema"
)

// The seeds' and the real gold texts' rows, as a run makes them, written by
// the writer and by arrow-go's (the oracle): the same bytes, and the rows
// read back.
func TestParquetRealRowsAsArrowGo(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the segmenter")
	}
	files, err := pipeline.Discover([]string{"../seeds", "../testdata/gold/real"})
	if err != nil {
		t.Fatal(err)
	}
	inputs, err := pipeline.Expand(files)
	if err != nil {
		t.Fatal(err)
	}
	seg, err := pipeline.LoadSegmenter()
	if err != nil {
		t.Fatal(err)
	}
	var figs []schema.FigureRow
	var docs []schema.DocumentRow
	at := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	for _, in := range inputs {
		raw := in.Data
		if raw == nil {
			if raw, err = os.ReadFile(in.Path); err != nil {
				t.Fatal(err)
			}
		}
		d := pipeline.Process(seg, in, raw)
		figs = append(figs, pipeline.FigureRows(d)...)
		docs = append(docs, pipeline.DocumentRow(d, at))
	}
	if len(figs) < 500 || len(docs) < 10 {
		t.Fatalf("%d figures of %d documents: too few to test", len(figs), len(docs))
	}
	ft, dt := schema.NewFigures("test"), schema.NewDocuments("test")
	for _, group := range []int{schema.RowGroupRows, 100} {
		got, want := write(t, ft, figs, group), schema.OracleWrite(t, ft, figs, group)
		if !bytes.Equal(got, want) {
			t.Errorf("figures in groups of %d: %d bytes, arrow-go's %d", group, len(got), len(want))
		}
		assertReads(t, ft, got, figs)
		got, want = write(t, dt, docs, group), schema.OracleWrite(t, dt, docs, group)
		if !bytes.Equal(got, want) {
			t.Errorf("documents in groups of %d: %d bytes, arrow-go's %d", group, len(got), len(want))
		}
		assertReads(t, dt, got, docs)
	}
}

func write[R any](t *testing.T, tb *schema.Table[R], rows []R, group int) []byte {
	var buf bytes.Buffer
	rw, err := tb.NewWriter(&buf, schema.Parquet)
	if err != nil {
		t.Fatal(err)
	}
	rw.GroupRows = group
	if err := rw.Append(rows); err != nil {
		t.Fatal(err)
	}
	if err := rw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func assertReads[R any](t *testing.T, tb *schema.Table[R], data []byte, rows []R) {
	p := filepath.Join(t.TempDir(), "f.parquet")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := tb.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(rows) {
		t.Fatalf("%s: %d rows read, %d written", tb.Name, len(got), len(rows))
	}
	for i := range rows {
		if !assert.Equal(t, rows[i], got[i], "%s row %d", tb.Name, i) {
			return
		}
	}
}
