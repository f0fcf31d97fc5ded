package schema

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"sync"
	"unsafe"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/ipc"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/metadata"
	pqschema "github.com/apache/arrow-go/v18/parquet/schema"
)

// Parquet is written and read here with arrow-go's column chunk writers and
// readers (parquet/file), straight from and into rows, not through pqarrow:
// pqarrow links arrow/flight (gRPC, protobuf, net/http) only to serialise the
// Arrow schema, 10 MB of binary. The files are those pqarrow wrote, byte
// for byte (TestParquetAsPqarrow): the same physical and logical types, the
// same pages, and the Arrow schema in the ARROW:schema key, so that pyarrow,
// DuckDB, Polars and Spark see dictionary<string>, date32 and timestamp
// columns as before.

// pqIO writes a column of rows to a Parquet column chunk and reads it back.
// slot holds the column's value buffer between row groups.
type pqIO[R any] struct {
	write func(cw file.ColumnChunkWriter, rows []R, slot *any, def *[]int16) error
	read  func(cr file.ColumnChunkReader, rows []R, s *readState) error
}

// readState holds a reader's buffers and, for dictionary columns, the
// strings already seen, so that a value repeated over many rows is one string.
type readState struct {
	slot   any
	def    []int16
	intern map[string]string
}

type batchWriter[T any] interface {
	WriteBatch(values []T, defLevels, repLevels []int16) (int64, error)
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
func pqRequired[R, T any](get func(*R) T, set func(*R, T)) pqIO[R] {
	return pqIO[R]{
		write: func(cw file.ColumnChunkWriter, rows []R, slot *any, _ *[]int16) error {
			w, ok := cw.(batchWriter[T])
			if !ok {
				return fmt.Errorf("column %s: writer %T", cw.Descr().Name(), cw)
			}
			vals := buffer[T](slot, len(rows))
			for i := range rows {
				vals[i] = get(&rows[i])
			}
			reservePlain(cw, vals)
			_, err := w.WriteBatch(vals, nil, nil)
			return err
		},
		read: func(cr file.ColumnChunkReader, rows []R, s *readState) error {
			return readColumn(cr, rows, s, set, nil)
		},
	}
}

// reservePlain reserves, in a column writer's PLAIN encoder with an empty
// page, the bytes of vals (fixed-width values; at most a page): grown from
// 1 kB by doubling instead, the buffer is allocated and copied again and
// again. The bytes written are the same.
func reservePlain[T any](cw file.ColumnChunkWriter, vals []T) {
	enc := cw.CurrentEncoder()
	if enc.Encoding() != parquet.Encodings.Plain || enc.EstimatedDataEncodedSize() != 0 {
		return
	}
	var v T
	enc.ReserveForWrite(min(len(vals)*int(unsafe.Sizeof(v)), int(cw.Properties().DataPageSize())))
}

// pqOptional is a nullable column: get reports whether a row has a value.
func pqOptional[R, T any](get func(*R) (T, bool), set func(*R, T)) pqIO[R] {
	return pqIO[R]{
		write: func(cw file.ColumnChunkWriter, rows []R, slot *any, def *[]int16) error {
			w, ok := cw.(batchWriter[T])
			if !ok {
				return fmt.Errorf("column %s: writer %T", cw.Descr().Name(), cw)
			}
			vals := buffer[T](slot, len(rows))[:0]
			if cap(*def) < len(rows) {
				*def = make([]int16, len(rows))
			}
			defs := (*def)[:len(rows)]
			for i := range rows {
				if v, ok := get(&rows[i]); ok {
					vals = append(vals, v)
					defs[i] = 1
				} else {
					defs[i] = 0
				}
			}
			reservePlain(cw, vals)
			_, err := w.WriteBatch(vals, defs, nil)
			return err
		},
		read: func(cr file.ColumnChunkReader, rows []R, s *readState) error {
			return readColumn(cr, rows, s, set, nil)
		},
	}
}

// pqString is a string column (BYTE_ARRAY, String). The writer views each
// string's bytes in place. A dictionary column's reader keeps one string per
// distinct value; another's copies each page's values into one allocation.
func pqString[R any](field func(*R) *string, dict bool) pqIO[R] {
	p := pqIO[R]{write: func(cw file.ColumnChunkWriter, rows []R, slot *any, _ *[]int16) error {
		return writeStrings(cw, rows, field, slot)
	}}
	if dict {
		p.write = func(cw file.ColumnChunkWriter, rows []R, slot *any, _ *[]int16) error {
			done, err := writeDictionary(cw, rows, field, slot)
			if done || err != nil {
				return err
			}
			*slot = nil
			return writeStrings(cw, rows, field, slot)
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

// writeStrings writes a string column's values as they are (PLAIN). The
// column writer takes them in batches of WriteBatchSize values and ends a
// page after the batch that fills it; they are given here in the same
// batches, so the pages are the same, with the page's buffer reserved at
// its start for the values it will hold: grown from 1 kB by doubling
// instead, it was allocated and copied ten times a page.
func writeStrings[R any](cw file.ColumnChunkWriter, rows []R, field func(*R) *string, slot *any) error {
	w, ok := cw.(*file.ByteArrayColumnChunkWriter)
	if !ok {
		return fmt.Errorf("column %s: writer %T", cw.Descr().Name(), cw)
	}
	vals := buffer[parquet.ByteArray](slot, len(rows))
	for i := range rows {
		vals[i] = stringBytes(*field(&rows[i]))
	}
	enc := w.CurrentEncoder()
	batch := int(max(w.Properties().WriteBatchSize(), 1))
	page := int(w.Properties().DataPageSize())
	reserve := enc.Encoding() == parquet.Encodings.Plain && w.Descr().MaxDefinitionLevel() == 0
	for start := 0; start < len(vals) || start == 0; start += batch {
		end := min(start+batch, len(vals))
		if reserve && enc.EstimatedDataEncodedSize() == 0 {
			n := 0
			for j := start; j < len(vals) && n < page; j++ {
				n += 4 + len(vals[j]) // a value's length, then its bytes
			}
			enc.ReserveForWrite(n)
		}
		if _, err := w.WriteBatch(vals[start:end], nil, nil); err != nil {
			return err
		}
	}
	return nil
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

// dictEncoder is what the column writer's dictionary encoder offers to take
// a whole dictionary at once (pqarrow writes an Arrow dictionary array so).
type dictEncoder interface {
	PutDictionary(values arrow.Array) error
	NumEntries() int
}

// writeDictionary writes a dictionary column as pqarrow wrote an Arrow
// dictionary array: the distinct values, in the order they first appear, as
// the dictionary page, then each row's index. The values are hashed here
// once, in a Go map; handed one by one to the column writer instead, each
// would be hashed again there with an allocation per value (arrow-go's memo
// table), a third of the writing time. It reports false, having written
// nothing, when the column writer cannot take a dictionary.
func writeDictionary[R any](cw file.ColumnChunkWriter, rows []R, field func(*R) *string, slot *any) (bool, error) {
	w, ok := cw.(*file.ByteArrayColumnChunkWriter)
	if !ok {
		return false, nil
	}
	enc, ok := w.CurrentEncoder().(dictEncoder)
	if !ok || enc.NumEntries() != 0 || w.Descr().MaxDefinitionLevel() != 0 {
		return false, nil
	}
	ds, _ := (*slot).(*dictScratch)
	if ds == nil {
		ds = &dictScratch{index: map[string]int32{}}
		*slot = ds
	}
	clear(ds.index)
	clear(ds.seen[:])
	ds.values = ds.values[:0]
	if cap(ds.idx) < len(rows) {
		ds.idx = make([]int32, len(rows))
	}
	idx := ds.idx[:len(rows)]
	var prev string // a row's value is mostly its predecessor's (a document's id, period, unit …): no look-up then
	k := int32(-1)
	for i := range rows {
		s := *field(&rows[i])
		if k < 0 || s != prev {
			k = ds.lookUp(s)
			prev = s
		}
		idx[i] = k
	}
	size := 0
	for _, v := range ds.values {
		size += len(v)
	}
	// The dictionary as an Arrow string array of its own: the encoder keeps it.
	offsets := make([]int32, len(ds.values)+1)
	data := make([]byte, 0, size)
	for i, v := range ds.values {
		data = append(data, v...)
		offsets[i+1] = int32(len(data))
	}
	dict := array.NewStringData(array.NewData(arrow.BinaryTypes.String, len(ds.values),
		[]*memory.Buffer{nil, memory.NewBufferBytes(arrow.Int32Traits.CastToBytes(offsets)), memory.NewBufferBytes(data)}, nil, 0, 0))
	defer dict.Release()
	if err := enc.PutDictionary(dict); err != nil {
		return true, err
	}
	if st, ok := w.PageStatistics().(*metadata.ByteArrayStatistics); ok { // what WriteBatch counts: rows, min and max
		st.Update(ds.values, 0)
		st.IncNumValues(int64(len(rows) - len(ds.values)))
	}
	indices := array.NewInt32Data(array.NewData(arrow.PrimitiveTypes.Int32, len(idx),
		[]*memory.Buffer{nil, memory.NewBufferBytes(arrow.Int32Traits.CastToBytes(idx))}, nil, 0, 0))
	defer indices.Release()
	return true, w.WriteDictIndices(indices, nil, nil) // the encoder copies the indices
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

// pqWriter writes a table's rows to a Parquet file, one row group per call.
type pqWriter[R any] struct {
	t     *Table[R]
	fw    *file.Writer
	slots []any
	def   []int16
}

func newPQWriter[R any](t *Table[R], w io.Writer) (*pqWriter[R], error) {
	opts := []parquet.WriterProperty{
		parquet.WithCompression(compress.Codecs.Zstd),
		parquet.WithCompressionLevel(zstdLevel),
		parquet.WithMaxRowGroupLength(RowGroupRows),
		parquet.WithCreatedBy("zhmetrics"),
		parquet.WithStats(true),
		// Dictionary pages for the dictionary columns only: the others
		// (numbers, offsets, surfaces, sentences) are mostly distinct,
		// and hashing every value for a dictionary Parquet then drops is
		// a third of the writing time; zstd takes the repeats.
		parquet.WithDictionaryDefault(false),
	}
	nodes := make(pqschema.FieldList, len(t.Columns))
	for i, c := range t.Columns {
		if _, dict := c.Type.(*arrow.DictionaryType); dict || c.pqDict {
			opts = append(opts, parquet.WithDictionaryFor(c.Name, true))
		}
		if c.noStats {
			opts = append(opts, parquet.WithStatsFor(c.Name, false))
		}
		if c.pq.write == nil || c.pq.read == nil {
			return nil, fmt.Errorf("column %s: no Parquet writer (make columns with str, i32, f64, date32 …)", c.Name)
		}
		n, err := pqNode(c.Name, c.Type, c.Nullable)
		if err != nil {
			return nil, err
		}
		nodes[i] = n
	}
	props := parquet.NewWriterProperties(opts...)
	root, err := pqschema.NewGroupNode(props.RootName(), props.RootRepetition(), nodes, -1)
	if err != nil {
		return nil, err
	}
	var meta metadata.KeyValueMetadata
	m := t.Schema.Metadata()
	for i, k := range m.Keys() {
		meta.Append(k, m.Values()[i])
	}
	enc, err := t.arrowSchema()
	if err != nil {
		return nil, err
	}
	meta.Append("ARROW:schema", enc)
	fw, err := file.NewParquetWriterWithError(w, root, file.WithWriterProps(props), file.WithWriteMetadata(meta))
	if err != nil {
		return nil, err
	}
	pw := &pqWriter[R]{t: t, fw: fw}
	if sc, ok := scratchPool(t.Name).Get().(*pqScratch); ok && len(sc.slots) == len(t.Columns) {
		pw.slots, pw.def = sc.slots, sc.def
	} else {
		pw.slots = make([]any, len(t.Columns))
	}
	return pw, nil
}

// pqScratch is a writer's column buffers, kept for the next file of the
// same table (a run writes one per part): allocated again for every part,
// they were a tenth of the writing's garbage.
type pqScratch struct {
	slots []any
	def   []int16
}

var scratchPools sync.Map // table name → *sync.Pool of *pqScratch

func scratchPool(table string) *sync.Pool {
	if p, ok := scratchPools.Load(table); ok {
		return p.(*sync.Pool)
	}
	p, _ := scratchPools.LoadOrStore(table, &sync.Pool{})
	return p.(*sync.Pool)
}

// close writes the file's footer and gives the buffers back, holding no
// view of the rows' strings.
func (pw *pqWriter[R]) close() error {
	err := pw.fw.Close()
	for _, s := range pw.slots {
		switch b := s.(type) {
		case []parquet.ByteArray:
			clear(b[:cap(b)])
		case *dictScratch:
			clear(b.index)
			clear(b.values[:cap(b.values)])
			clear(b.seen[:])
		}
	}
	scratchPool(pw.t.Name).Put(&pqScratch{slots: pw.slots, def: pw.def})
	pw.slots, pw.def = nil, nil
	return err
}

// writeGroup writes rows as one row group (rows may be empty).
func (pw *pqWriter[R]) writeGroup(rows []R) error {
	rgw, err := pw.fw.AppendRowGroupChecked()
	if err != nil {
		return err
	}
	for c, col := range pw.t.Columns {
		cw, err := rgw.NextColumn()
		if err != nil {
			return err
		}
		if err := col.pq.write(cw, rows, &pw.slots[c], &pw.def); err != nil {
			return err
		}
		if err := cw.Close(); err != nil {
			return err
		}
	}
	return rgw.Close()
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
