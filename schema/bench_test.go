package schema

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/parquet/file"
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

// BenchmarkWriteParts writes again, as Parquet, the parts of a dataset
// written by `zhmetrics run` (ZHM_BENCH_DATASET: its directory; skipped
// unset): real rows, each part's figures and documents file once per
// iteration.
func BenchmarkWriteParts(b *testing.B) {
	dir := os.Getenv("ZHM_BENCH_DATASET")
	if dir == "" {
		b.Skip("ZHM_BENCH_DATASET unset")
	}
	figs, _ := filepath.Glob(filepath.Join(dir, "figures", "*.parquet"))
	docs, _ := filepath.Glob(filepath.Join(dir, "documents", "*.parquet"))
	ft, dt := NewFigures("bench"), NewDocuments("bench")
	var frows [][]FigureRow
	var drows [][]DocumentRow
	for _, p := range figs {
		r, err := ft.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		frows = append(frows, r)
	}
	for _, p := range docs {
		r, err := dt.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		drows = append(drows, r)
	}
	for _, format := range []string{Parquet, Arrow} {
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			runtime.GC()
			cpu0 := cpuTime()
			for b.Loop() {
				for _, r := range frows {
					if err := ft.Write(io.Discard, format, r); err != nil {
						b.Fatal(err)
					}
				}
				for _, r := range drows {
					if err := dt.Write(io.Discard, format, r); err != nil {
						b.Fatal(err)
					}
				}
			}
			// The process's CPU, the collector's included: ns/op is wall time on a shared machine.
			b.ReportMetric(float64(cpuTime()-cpu0)/1e6/float64(b.N), "cpu-ms/op")
		})
	}
}

// TestRewriteParts reads each Parquet file of a dataset (ZHM_BENCH_DATASET;
// skipped unset) and writes its rows again: the bytes must be the file's.
func TestRewriteParts(t *testing.T) {
	dir := os.Getenv("ZHM_BENCH_DATASET")
	if dir == "" {
		t.Skip("ZHM_BENCH_DATASET unset")
	}
	check := func(p string, write func(w io.Writer) error) {
		want, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := write(&buf); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s: written again, %d bytes differ from the file's %d", p, buf.Len(), len(want))
		}
	}
	figs, _ := filepath.Glob(filepath.Join(dir, "figures", "*.parquet"))
	docs, _ := filepath.Glob(filepath.Join(dir, "documents", "*.parquet"))
	if len(figs) == 0 || len(docs) == 0 {
		t.Fatalf("no parts in %s", dir)
	}
	for _, p := range figs {
		rows, err := NewFigures("").ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		ft, err := figuresOf(p)
		if err != nil {
			t.Fatal(err)
		}
		check(p, func(w io.Writer) error { return ft.Write(w, Parquet, rows) })
	}
	for _, p := range docs {
		rows, err := NewDocuments("").ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		dt, err := documentsOf(p)
		if err != nil {
			t.Fatal(err)
		}
		check(p, func(w io.Writer) error { return dt.Write(w, Parquet, rows) })
	}
}

// versionOf is the zhmetrics version stamped in a Parquet file.
func versionOf(p string) (string, error) {
	f, err := os.Open(p)
	if err != nil {
		return "", err
	}
	defer f.Close()
	pf, err := file.NewParquetReader(f)
	if err != nil {
		return "", err
	}
	defer pf.Close()
	if v := pf.MetaData().KeyValueMetadata().FindValue(MetaVersion); v != nil {
		return *v, nil
	}
	return "", fmt.Errorf("%s: no %s", p, MetaVersion)
}

func figuresOf(p string) (*Table[FigureRow], error) {
	v, err := versionOf(p)
	return NewFigures(v), err
}

func documentsOf(p string) (*Table[DocumentRow], error) {
	v, err := versionOf(p)
	return NewDocuments(v), err
}

// cpuTime is the process's user and system CPU so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
