package schema

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/metadata"
	pqschema "github.com/apache/arrow-go/v18/parquet/schema"
)

// The oracle of pqencode.go: the writer zhmetrics had before it encoded
// pages itself, arrow-go's file.Writer and column chunk writers fed from the
// same colValues, with the same properties. Tests write rows with both and
// hold the files to each other.

// oracleWrite writes rows in row groups of group rows (at least one, empty
// for no rows), as RowWriter does.
func oracleWrite[R any](t testing.TB, tb *Table[R], rows []R, group int) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := oracleWriteTo(&buf, tb, rows, group); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func oracleWriteTo[R any](buf *bytes.Buffer, tb *Table[R], rows []R, group int) error {
	opts := []parquet.WriterProperty{
		parquet.WithCompression(compress.Codecs.Zstd),
		parquet.WithCompressionLevel(zstdLevel),
		parquet.WithMaxRowGroupLength(RowGroupRows),
		parquet.WithCreatedBy("zhmetrics"),
		parquet.WithStats(true),
		parquet.WithDictionaryDefault(false),
	}
	nodes := make(pqschema.FieldList, len(tb.Columns))
	for i, c := range tb.Columns {
		if _, dict := c.Type.(*arrow.DictionaryType); dict || c.pqDict {
			opts = append(opts, parquet.WithDictionaryFor(c.Name, true))
		}
		if c.noStats {
			opts = append(opts, parquet.WithStatsFor(c.Name, false))
		}
		n, err := pqNode(c.Name, c.Type, c.Nullable)
		if err != nil {
			return err
		}
		nodes[i] = n
	}
	props := parquet.NewWriterProperties(opts...)
	root, err := pqschema.NewGroupNode(props.RootName(), props.RootRepetition(), nodes, -1)
	if err != nil {
		return err
	}
	var meta metadata.KeyValueMetadata
	m := tb.Schema.Metadata()
	for i, k := range m.Keys() {
		meta.Append(k, m.Values()[i])
	}
	enc, err := tb.arrowSchema()
	if err != nil {
		return err
	}
	meta.Append("ARROW:schema", enc)
	fw, err := file.NewParquetWriterWithError(buf, root, file.WithWriterProps(props), file.WithWriteMetadata(meta))
	if err != nil {
		return err
	}
	var v colValues
	for start := 0; start == 0 || start < len(rows); start += group {
		part := rows[start:min(start+group, len(rows))]
		rgw, err := fw.AppendRowGroupChecked()
		if err != nil {
			return err
		}
		for _, col := range tb.Columns {
			cw, err := rgw.NextColumn()
			if err != nil {
				return err
			}
			col.pq.fill(part, &v)
			var defs []int16
			if col.Nullable {
				defs = v.def[:len(part)]
			}
			switch w := cw.(type) {
			case *file.Int32ColumnChunkWriter:
				_, err = w.WriteBatch(v.i32, defs, nil)
			case *file.Int64ColumnChunkWriter:
				_, err = w.WriteBatch(v.i64, defs, nil)
			case *file.Float64ColumnChunkWriter:
				_, err = w.WriteBatch(v.f64, defs, nil)
			case *file.ByteArrayColumnChunkWriter:
				var done bool
				if done, err = oracleWriteDictionary(w, v.str[:len(part)]); !done && err == nil {
					vals := make([]parquet.ByteArray, len(part))
					for i, s := range v.str[:len(part)] {
						vals[i] = stringBytes(s)
					}
					_, err = w.WriteBatch(vals, nil, nil)
				}
			default:
				err = fmt.Errorf("column %s: writer %T", col.Name, cw)
			}
			if err != nil {
				return err
			}
			if err := cw.Close(); err != nil {
				return err
			}
		}
		if err := rgw.Close(); err != nil {
			return err
		}
	}
	return fw.Close()
}

// dictEncoder is what the column writer's dictionary encoder offers to take
// a whole dictionary at once (pqarrow writes an Arrow dictionary array so).
type dictEncoder interface {
	PutDictionary(values arrow.Array) error
	NumEntries() int
}

// oracleWriteDictionary writes a dictionary column as pqarrow wrote an Arrow
// dictionary array: the distinct values, in the order they first appear,
// as the dictionary, then each row's index. It reports false, having
// written nothing, when the column writer cannot take a dictionary.
func oracleWriteDictionary(w *file.ByteArrayColumnChunkWriter, vals []string) (bool, error) {
	enc, ok := w.CurrentEncoder().(dictEncoder)
	if !ok || enc.NumEntries() != 0 || w.Descr().MaxDefinitionLevel() != 0 {
		return false, nil
	}
	ds := &dictScratch{index: map[string]int32{}}
	idx := make([]int32, len(vals))
	for i, s := range vals {
		idx[i] = ds.lookUp(s)
	}
	size := 0
	for _, v := range ds.values {
		size += len(v)
	}
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
		st.IncNumValues(int64(len(vals) - len(ds.values)))
	}
	indices := array.NewInt32Data(array.NewData(arrow.PrimitiveTypes.Int32, len(idx),
		[]*memory.Buffer{nil, memory.NewBufferBytes(arrow.Int32Traits.CastToBytes(idx))}, nil, 0, 0))
	defer indices.Release()
	return true, w.WriteDictIndices(indices, nil, nil)
}
