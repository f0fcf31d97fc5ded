package schema

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// benchRows are figure rows shaped like a real part: a few documents, long
// sentences shared by several figures, low-cardinality units and dimensions.
func benchRows(n int) []FigureRow {
	rows := make([]FigureRow, n)
	units := []string{"元", "人", "%", "个百分点", "平方米"}
	for i := range rows {
		v := float64(i) * 1.5
		rows[i] = FigureRow{DocID: fmt.Sprintf("doc-%d.txt", i/120), SentenceIndex: int32(i / 3), Start: int32(i), End: int32(i + 5),
			Surface: fmt.Sprintf("%d亿元", i), Value: &v, BaseValue: &v, Unit: units[i%len(units)], UnitWritten: "亿元", Dimension: "currency",
			BaseUnit: "元", Qualifier: "exact", Change: "none", Metric: fmt.Sprintf("地区生产总值%d", i%50), Period: "2024年",
			Sentence: fmt.Sprintf("上半年全区实现地区生产总值%d亿元，同比增长0.3%%，其中第三产业增加值为512.6亿元，第%d句。", i/3, i/3)}
	}
	return rows
}

// BenchmarkFigures builds one row group's Arrow record, and writes it as a
// Parquet file.
func BenchmarkFigures(b *testing.B) {
	rows := benchRows(RowGroupRows)
	t := NewFigures("bench")
	for _, c := range []struct {
		name string
		run  func() error
	}{
		{"record", func() error { t.Record(rows).Release(); return nil }},
		{"parquet", func() error { return t.Write(io.Discard, Parquet, rows) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := c.run(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReadFigures reads a Parquet file of one row group back into rows.
func BenchmarkReadFigures(b *testing.B) {
	rows := benchRows(RowGroupRows)
	t := NewFigures("bench")
	var buf bytes.Buffer
	if err := t.Write(&buf, Parquet, rows); err != nil {
		b.Fatal(err)
	}
	p := filepath.Join(b.TempDir(), "f.parquet")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		got, err := t.ReadFile(p)
		if err != nil || len(got) != len(rows) {
			b.Fatal(err, len(got))
		}
	}
}
