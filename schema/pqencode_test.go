package schema

import (
	"bytes"
	"testing"
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
