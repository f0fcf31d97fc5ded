package schema

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"unsafe"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/ipc"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/file"
	pqschema "github.com/apache/arrow-go/v18/parquet/schema"
)

// Parquet is read here with arrow-go's column chunk readers (parquet/file),
// straight into rows, not through pqarrow: pqarrow links arrow/flight (gRPC,
// protobuf, net/http) only to serialise the Arrow schema, 10 MB of binary.
// It is written by pqencode.go. The files are those pqarrow wrote, byte for
// byte (TestParquetAsPqarrow): the same physical and logical types, the same
// pages, and the Arrow schema in the ARROW:schema key, so that pyarrow,
// DuckDB, Polars and Spark see dictionary<string>, date32 and timestamp
// columns as before.

// pqIO gives a column's values of rows to the Parquet writer and reads
// them back from a column chunk.
type pqIO[R any] struct {
	fill func(rows []R, v *colValues)
	read func(cr file.ColumnChunkReader, rows []R, s *readState) error
}

// readState holds a reader's buffers and, for dictionary columns, the
// strings already seen, so that a value repeated over many rows is one string.
type readState struct {
	slot   any
	def    []int16
	intern map[string]string
}

type batchReader[T any] interface {
	ReadBatchInPage(batchSize int64, values []T, defLvls, repLvls []int16) (int64, int, error)
}

func buffer[T any](slot *any, n int) []T {
	b, _ := (*slot).([]T)
	if cap(b) < n {
		b = make([]T, n)
		*slot = b
	}
	return b[:n]
}

// pqRequired is a column with a value in every row; get gives a row's value
// as the physical type T, set stores one read back.
func pqRequired[R any, T int32 | int64](get func(*R) T, set func(*R, T)) pqIO[R] {
	return pqIO[R]{
		fill: func(rows []R, v *colValues) {
			p := valuesOf[T](v)
			vals := grow(*p, len(rows))
			for i := range rows {
				vals[i] = get(&rows[i])
			}
			*p = vals
		},
		read: func(cr file.ColumnChunkReader, rows []R, s *readState) error {
			return readColumn(cr, rows, s, set, nil)
		},
	}
}

// pqOptional is a nullable column: get reports whether a row has a value.
func pqOptional[R any, T int32 | int64 | float64](get func(*R) (T, bool), set func(*R, T)) pqIO[R] {
	return pqIO[R]{
		fill: func(rows []R, v *colValues) {
			p := valuesOf[T](v)
			vals := grow(*p, len(rows))[:0]
			defs := grow(v.def, len(rows))
			for i := range rows {
				if x, ok := get(&rows[i]); ok {
					vals = append(vals, x)
					defs[i] = 1
				} else {
					defs[i] = 0
				}
			}
			*p, v.def = vals, defs
		},
		read: func(cr file.ColumnChunkReader, rows []R, s *readState) error {
			return readColumn(cr, rows, s, set, nil)
		},
	}
}

// fieldOffset is where field's value lies in an R, when field gives a field
// of its argument (as every column function's does): the writer then reads
// the rows' values at that offset, with no call per row and column, which
// was a tenth of writing a part. ok is false for another function.
func fieldOffset[R, F any](field func(*R) *F) (off uintptr, ok bool) {
	r := new(R)
	p, base := uintptr(unsafe.Pointer(field(r))), uintptr(unsafe.Pointer(r))
	if p < base || p+unsafe.Sizeof(*new(F)) > base+unsafe.Sizeof(*r) {
		return 0, false
	}
	return p - base, true
}

// fieldAt is the field at offset off of rows[i] (fieldOffset).
func fieldAt[F, R any](rows []R, i int, off uintptr) *F {
	return (*F)(unsafe.Add(unsafe.Pointer(&rows[i]), off))
}

// pqField is a required column of a field of type T.
func pqField[R any, T int32 | int64](field func(*R) *T) pqIO[R] {
	p := pqRequired(func(r *R) T { return *field(r) }, func(r *R, v T) { *field(r) = v })
	if off, ok := fieldOffset(field); ok {
		p.fill = func(rows []R, v *colValues) {
			s := valuesOf[T](v)
			vals := grow(*s, len(rows))
			for i := range vals {
				vals[i] = *fieldAt[T](rows, i, off)
			}
			*s = vals
		}
	}
	return p
}

// pqNullable is an optional column of a pointer field, null when nil;
// value gives what is written of a pointer's value, set stores one read back.
func pqNullable[R, F any, T int32 | float64](field func(*R) **F, value func(*F) T, set func(*R, T)) pqIO[R] {
	p := pqOptional(func(r *R) (T, bool) {
		if f := *field(r); f != nil {
			return value(f), true
		}
		var zero T
		return zero, false
	}, set)
	if off, ok := fieldOffset(field); ok {
		p.fill = func(rows []R, v *colValues) {
			s := valuesOf[T](v)
			vals := grow(*s, len(rows))[:0]
			defs := grow(v.def, len(rows))
			for i := range defs {
				if f := *fieldAt[*F](rows, i, off); f != nil {
					vals = append(vals, value(f))
					defs[i] = 1
				} else {
					defs[i] = 0
				}
			}
			*s, v.def = vals, defs
		}
	}
	return p
}

// pqString is a string column (BYTE_ARRAY, String). The writer views each
// string in place. A dictionary column's reader keeps one string per
// distinct value; another's copies each page's values into one allocation.
func pqString[R any](field func(*R) *string, dict bool) pqIO[R] {
	p := pqIO[R]{fill: func(rows []R, v *colValues) {
		vals := grow(v.str, len(rows))
		for i := range rows {
			vals[i] = *field(&rows[i])
		}
		v.str = vals
	}}
	if off, ok := fieldOffset(field); ok {
		p.fill = func(rows []R, v *colValues) {
			vals := grow(v.str, len(rows))
			for i := range vals {
				vals[i] = *fieldAt[string](rows, i, off)
			}
			v.str = vals
		}
	}
	p.read = func(cr file.ColumnChunkReader, rows []R, s *readState) error {
		if dict {
			if s.intern == nil {
				s.intern = map[string]string{}
			}
			return readColumn(cr, rows, s, func(r *R, v parquet.ByteArray) {
				str, ok := s.intern[string(v)]
				if !ok {
					str = string(v)
					s.intern[str] = str
				}
				*field(r) = str
			}, nil)
		}
		var page string // the values of the current page, one after another
		var off int
		return readColumn(cr, rows, s, func(r *R, v parquet.ByteArray) {
			*field(r) = page[off : off+len(v)]
			off += len(v)
		}, func(vals []parquet.ByteArray) {
			n := 0
			for _, v := range vals {
				n += len(v)
			}
			b := make([]byte, 0, n)
			for _, v := range vals {
				b = append(b, v...)
			}
			page, off = unsafe.String(unsafe.SliceData(b), len(b)), 0
		})
	}
	return p
}

// dictScratch is a dictionary column's buffers, kept between row groups.
type dictScratch struct {
	index  map[string]int32
	values []parquet.ByteArray
	idx    []int32
	seen   [64]seenValue // the indices of values by where their bytes are (lookUp)
}

// seenValue is a string by its bytes' address and length, and its index.
type seenValue struct {
	data *byte
	n    int
	k    int32
}

// lookUp is the dictionary index of s, added if s is new. A dictionary
// column's values are mostly a few strings shared by many rows (a unit or
// a qualifier from the extractor's tables; a document's id, a period: one
// string for all the figures of a document or sentence), so s is first
// looked for by its address in seen, a small cache: two strings at the
// same address with the same length are equal, with no hashing. Only the
// others are hashed, in index; the indices are the same either way.
func (ds *dictScratch) lookUp(s string) int32 {
	p := unsafe.StringData(s)
	a := uintptr(unsafe.Pointer(p))
	e := &ds.seen[(a^a>>6^a>>12)%uintptr(len(ds.seen))]
	if e.data == p && e.n == len(s) && p != nil {
		return e.k
	}
	k, ok := ds.index[s]
	if !ok {
		k = int32(len(ds.values))
		ds.index[s] = k
		ds.values = append(ds.values, stringBytes(s))
	}
	*e = seenValue{p, len(s), k}
	return k
}

// readColumn reads a column chunk's values into rows, a page at a time (a
// BYTE_ARRAY value points into its page, so it is used before the next page
// is read); page, when set, sees each page's values before they are stored.
func readColumn[R, T any](cr file.ColumnChunkReader, rows []R, s *readState, set func(*R, T), page func([]T)) error {
	br, ok := cr.(batchReader[T])
	if !ok {
		return fmt.Errorf("column %s: unexpected physical type %s", cr.Descriptor().Name(), cr.Descriptor().PhysicalType())
	}
	n := len(rows)
	vals := buffer[T](&s.slot, n)
	maxDef := cr.Descriptor().MaxDefinitionLevel()
	var defs []int16
	if maxDef > 0 {
		if cap(s.def) < n {
			s.def = make([]int16, n)
		}
		defs = s.def[:n]
	}
	for row := 0; row < n; {
		lvls, nv, err := br.ReadBatchInPage(int64(n-row), vals, defs, nil)
		if err != nil {
			return fmt.Errorf("column %s: %w", cr.Descriptor().Name(), err)
		}
		if lvls == 0 {
			return fmt.Errorf("column %s: %d rows of %d: %w", cr.Descriptor().Name(), row, n, io.ErrUnexpectedEOF)
		}
		if page != nil {
			page(vals[:nv])
		}
		if maxDef == 0 {
			for i := range nv {
				set(&rows[row+i], vals[i])
			}
		} else {
			k := 0
			for i := range int(lvls) {
				if defs[i] == maxDef {
					set(&rows[row+i], vals[k])
					k++
				}
			}
		}
		row += int(lvls)
	}
	return nil
}

// pqNode is a column's Parquet schema node, as pqarrow maps its Arrow type.
func pqNode(name string, t arrow.DataType, nullable bool) (pqschema.Node, error) {
	rep := parquet.Repetitions.Required
	if nullable {
		rep = parquet.Repetitions.Optional
	}
	if d, ok := t.(*arrow.DictionaryType); ok { // dictionary is an encoding in Parquet, not a type
		t = d.ValueType
	}
	var (
		phys    parquet.Type
		logical pqschema.LogicalType
	)
	switch t.ID() {
	case arrow.STRING:
		phys, logical = parquet.Types.ByteArray, pqschema.StringLogicalType{}
	case arrow.INT32:
		phys, logical = parquet.Types.Int32, pqschema.NewIntLogicalType(32, true)
	case arrow.INT64:
		phys, logical = parquet.Types.Int64, pqschema.NewIntLogicalType(64, true)
	case arrow.FLOAT64:
		phys, logical = parquet.Types.Double, pqschema.NoLogicalType{}
	case arrow.DATE32:
		phys, logical = parquet.Types.Int32, pqschema.DateLogicalType{}
	case arrow.TIMESTAMP:
		ts := t.(*arrow.TimestampType)
		if ts.Unit != arrow.Microsecond {
			return nil, fmt.Errorf("column %s: timestamp unit %s", name, ts.Unit)
		}
		phys, logical = parquet.Types.Int64, pqschema.NewTimestampLogicalTypeForce(ts.TimeZone != "", pqschema.TimeUnitMicros)
	default:
		return nil, fmt.Errorf("column %s: no Parquet type for %s", name, t)
	}
	return pqschema.NewPrimitiveNodeLogical(name, rep, logical, phys, -1, -1)
}

// arrowSchemaMeta is the ARROW:schema value: the schema as an Arrow IPC
// stream with no record batch, base64 (what pqarrow's WithStoreSchema and
// flight.SerializeSchema write, and what pyarrow reads types from).
func arrowSchemaMeta(s *arrow.Schema) (string, error) {
	var buf bytes.Buffer
	w := ipc.NewWriter(&buf, ipc.WithSchema(s), ipc.WithAllocator(memory.DefaultAllocator))
	if err := w.Close(); err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(buf.Bytes()), nil
}

// readParquet reads every row of a Parquet file of the table; columns are
// found by name, and a column the file lacks reads as its zero value.
func (t *Table[R]) readParquet(f parquet.ReaderAtSeeker) ([]R, error) {
	pf, err := file.NewParquetReader(f)
	if err != nil {
		return nil, err
	}
	defer pf.Close()
	sch := pf.MetaData().Schema
	idx := make([]int, len(t.Columns))
	for c, col := range t.Columns {
		idx[c] = sch.ColumnIndexByName(col.Name)
	}
	rows := make([]R, pf.NumRows())
	states := make([]readState, len(t.Columns))
	base := 0
	for g := 0; g < pf.NumRowGroups(); g++ {
		rg := pf.RowGroup(g)
		n := int(rg.NumRows())
		if base+n > len(rows) {
			return nil, fmt.Errorf("row group %d: more rows than the file's %d", g, len(rows))
		}
		part := rows[base : base+n]
		for c, col := range t.Columns {
			if idx[c] < 0 {
				continue
			}
			cr, err := rg.Column(idx[c])
			if err != nil {
				return nil, err
			}
			err = col.pq.read(cr, part, &states[c])
			cr.Close()
			if err != nil {
				return nil, err
			}
		}
		base += n
	}
	return rows[:base], nil
}
