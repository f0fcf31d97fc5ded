package schema

import (
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/ipc"
	"github.com/apache/arrow-go/v18/arrow/memory"
)

// Formats of a dataset's files.
const (
	Parquet = "parquet"
	Arrow   = "arrow"
)

// Ext is the file extension of a format.
func Ext(format string) string {
	if format == Arrow {
		return ".arrow"
	}
	return ".parquet"
}

// zstdLevel is the Parquet pages' zstd level: 1, the fastest. On the figures
// table it writes files about 3% larger than the default level 3 in about
// half the compression time (measured on the 20 MB bench corpus).
const zstdLevel = 1

// RowGroupRows bounds a Parquet row group, so a reader never needs a whole
// file in memory.
const RowGroupRows = 64 * 1024

// Table ties a row type to its columns and schema.
type Table[R any] struct {
	Name    string
	Columns []Column[R]
	Schema  *arrow.Schema

	// arrowMeta is the ARROW:schema value of the table's Parquet files,
	// serialised once (an Arrow IPC schema message, 0.3 ms a file).
	arrowMeta struct {
		once  sync.Once
		value string
		err   error
	}
	// pqMeta is how the table's Parquet files are written (pqLayout), made once.
	pqMeta struct {
		once  sync.Once
		value *pqLayout
		err   error
	}
}

// NewFigures and NewDocuments return the two tables, their files stamped with
// the zhmetrics version. A table is made once per version and shared (a run
// asks for both at each part; they are not changed once made).
func NewFigures(version string) *Table[FigureRow] {
	return sharedTable(&figureTables, version, func() *Table[FigureRow] {
		return &Table[FigureRow]{Name: "figures", Columns: FigureColumns, Schema: Schema("figures", FigureColumns, version)}
	})
}

func NewDocuments(version string) *Table[DocumentRow] {
	return sharedTable(&documentTables, version, func() *Table[DocumentRow] {
		return &Table[DocumentRow]{Name: "documents", Columns: DocumentColumns, Schema: Schema("documents", DocumentColumns, version)}
	})
}

var figureTables, documentTables sync.Map // version → *Table

func sharedTable[R any](tables *sync.Map, version string, build func() *Table[R]) *Table[R] {
	if t, ok := tables.Load(version); ok {
		return t.(*Table[R])
	}
	t, _ := tables.LoadOrStore(version, build())
	return t.(*Table[R])
}

// arrowSchema is the table's ARROW:schema value (see arrowSchemaMeta).
func (t *Table[R]) arrowSchema() (string, error) {
	m := &t.arrowMeta
	m.once.Do(func() { m.value, m.err = arrowSchemaMeta(t.Schema) })
	return m.value, m.err
}

// Record builds one Arrow record batch from rows.
func (t *Table[R]) Record(rows []R) arrow.RecordBatch {
	b := array.NewRecordBuilder(memory.DefaultAllocator, t.Schema)
	defer b.Release()
	for c, col := range t.Columns { // column by column: one builder at a time stays in cache
		fb := b.Field(c)
		fb.Reserve(len(rows))
		if col.text != nil { // the bytes of a string column in one allocation, not one per doubling
			n := 0
			for i := range rows {
				n += len(*col.text(&rows[i]))
			}
			fb.(*array.StringBuilder).ReserveData(n)
		}
		for i := range rows {
			col.append(fb, &rows[i])
		}
	}
	return b.NewRecordBatch()
}

// Write writes rows to w as one file of the given format: Parquet with zstd,
// dictionary pages for the dictionary columns and the run-text ones (runText), statistics, in row groups of RowGroupRows, or an
// Arrow IPC file (pqencode.go writes the Parquet).
func (t *Table[R]) Write(w io.Writer, format string, rows []R) error {
	rw, err := t.NewWriter(w, format)
	if err != nil {
		return err
	}
	// Straight from rows, a row group at a time: Append would first copy
	// rows that do not fill a group (a part's, always) into its buffer.
	group := RowGroupRows
	for start := 0; start < len(rows); start += group {
		if err := rw.flush(rows[start:min(start+group, len(rows))]); err != nil {
			rw.abort()
			return err
		}
	}
	return rw.Close()
}

// RowWriter writes a file of a table whose rows come a few at a time: a row
// group (or Arrow record batch) is written each RowGroupRows rows, so memory
// holds at most one row group, however many rows the file gets.
type RowWriter[R any] struct {
	// GroupRows, when set, is the row group size instead of RowGroupRows
	// (smaller groups: less memory while writing, a little more file).
	GroupRows int
	t         *Table[R]
	write     func(rows []R) error
	closeFn   func() error
	buf       []R
	written   bool
}

// NewWriter starts a file of the table in the given format on w.
func (t *Table[R]) NewWriter(w io.Writer, format string) (*RowWriter[R], error) {
	rw := &RowWriter[R]{t: t}
	switch format {
	case Parquet:
		pw, err := newPQWriter(t, w)
		if err != nil {
			return nil, fmt.Errorf("%s: parquet writer: %w", t.Name, err)
		}
		rw.write, rw.closeFn = pw.writeGroup, pw.close
	case Arrow:
		fw, err := ipc.NewFileWriter(w, ipc.WithSchema(t.Schema), ipc.WithZstd())
		if err != nil {
			return nil, fmt.Errorf("%s: arrow writer: %w", t.Name, err)
		}
		rw.write = func(rows []R) error {
			rec := t.Record(rows)
			defer rec.Release()
			return fw.Write(rec)
		}
		rw.closeFn = fw.Close
	default:
		return nil, fmt.Errorf("unknown format %q (want parquet or arrow)", format)
	}
	return rw, nil
}

// Append adds rows; full row groups are written at once.
func (rw *RowWriter[R]) Append(rows []R) error {
	group := RowGroupRows
	if rw.GroupRows > 0 {
		group = rw.GroupRows
	}
	if len(rw.buf) == 0 && len(rows) >= group { // whole row groups straight from rows, no copy
		n := len(rows) / group * group
		for start := 0; start < n; start += group {
			if err := rw.flush(rows[start : start+group]); err != nil {
				return err
			}
		}
		rows = rows[n:]
	}
	for len(rows) > 0 {
		k := min(group-len(rw.buf), len(rows))
		rw.buf = append(rw.buf, rows[:k]...)
		rows = rows[k:]
		if len(rw.buf) == group {
			if err := rw.flush(rw.buf); err != nil {
				return err
			}
			rw.buf = rw.buf[:0]
		}
	}
	return nil
}

func (rw *RowWriter[R]) flush(rows []R) error {
	rw.written = true
	if err := rw.write(rows); err != nil {
		return fmt.Errorf("%s: %w", rw.t.Name, err)
	}
	return nil
}

// Close writes the last rows (an empty table still gets one, empty, record)
// and the file's footer.
func (rw *RowWriter[R]) Close() error {
	if len(rw.buf) > 0 || !rw.written {
		if err := rw.flush(rw.buf); err != nil {
			rw.abort()
			return err
		}
	}
	if err := rw.closeFn(); err != nil {
		return fmt.Errorf("%s: %w", rw.t.Name, err)
	}
	return nil
}

func (rw *RowWriter[R]) abort() { rw.closeFn() }

// ReadFile reads every row of a Parquet or Arrow IPC file of this table.
// Columns are found by name, so files of an older version that lack a column
// read with its zero value.
func (t *Table[R]) ReadFile(path string) ([]R, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if !IsArrowFile(f) {
		rows, err := t.readParquet(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return rows, nil
	}
	r, err := ipc.NewFileReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	defer r.Close()
	sch := r.Schema()
	var recs []arrow.RecordBatch
	for i := 0; i < r.NumRecords(); i++ {
		rec, err := r.RecordBatch(i)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		rec.Retain()
		recs = append(recs, rec)
	}
	var rows []R
	for _, rec := range recs {
		idx := make([]int, len(t.Columns))
		for c, col := range t.Columns {
			idx[c] = -1
			if is := sch.FieldIndices(col.Name); len(is) == 1 {
				idx[c] = is[0]
			}
		}
		for i := 0; i < int(rec.NumRows()); i++ {
			var r R
			for c, col := range t.Columns {
				if idx[c] >= 0 {
					col.get(rec.Column(idx[c]), i, &r)
				}
			}
			rows = append(rows, r)
		}
		rec.Release()
	}
	return rows, nil
}

// IsArrowFile reports whether f starts with the Arrow IPC file magic; it
// leaves f at its start.
func IsArrowFile(f io.ReadSeeker) bool {
	magic := make([]byte, 6)
	n, _ := io.ReadFull(f, magic)
	f.Seek(0, io.SeekStart)
	return n == 6 && string(magic) == "ARROW1"
}
