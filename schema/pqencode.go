package schema

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/bits"
	"sync"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/parquet"
	pqschema "github.com/apache/arrow-go/v18/parquet/schema"
	"github.com/klauspost/compress/zstd"
)

// Parquet is written here page by page from the rows, not through
// arrow-go's file.Writer and column chunk writers: with them, writing a
// part cost a fifth of a worker's CPU time (page building, level and
// dictionary encoders, statistics objects, an allocation or more per page),
// which with two workers on two cores was taken from the workers (issue 17).
// The files are the bytes arrow-go wrote (TestParquetAsArrowGo, which keeps
// that writer as the oracle): DataPage V1 pages of PLAIN values, or a
// dictionary page and RLE_DICTIONARY indices for the dictionary columns,
// definition levels as RLE/bit-packed hybrid behind their 4-byte length,
// pages cut where arrow-go cut them (after the batch of 1,024 values that
// brings a page to DataPageSize), zstd at zstdLevel, the same statistics
// in page headers and column chunks, and the same footer. arrow-go still
// reads them (readParquet).

// What arrow-go's writer properties were; the files keep them.
const (
	pqPageSize     = 1 << 20 // parquet.DefaultDataPageSize
	pqBatch        = 1024    // parquet.DefaultWriteBatchSize: a page is cut only between batches
	pqMaxStatSize  = 4096    // parquet.DefaultMaxStatsSize: longer min or max values are left out
	pqCreatedBy    = "zhmetrics"
	pqFileVersion  = 2 // FileMetaData.version of parquet.V2_LATEST
	pqCodecZstd    = 6
	pqPlain        = 0
	pqRLE          = 3
	pqRLEDict      = 8
	pqDataPage     = 0
	pqDictPage     = 2
	pqRepRequired  = 0
	pqRepOptional  = 1
	pqMagic        = "PAR1"
	pqTimeMillis   = 1 // TimeUnit union fields
	pqTimeMicros   = 2
	pqTimeNanos    = 3
	pqLogicalStr   = 1 // LogicalType union fields
	pqLogicalDate  = 6
	pqLogicalTime  = 8
	pqLogicalInt   = 10
	pqSchemaElemRt = "schema" // parquet.DefaultRootName
)

// colValues is one column's values for a row group, as its fill gives
// them: non-null values one after another in the slice of its type, and for
// an optional column a definition level per row (1: a value, 0: null).
type colValues struct {
	i32 []int32
	i64 []int64
	f64 []float64
	str []string
	def []int16
}

// valuesOf is the slice of v that holds values of type T.
func valuesOf[T any](v *colValues) *[]T {
	var p any
	switch any(*new(T)).(type) {
	case int32:
		p = &v.i32
	case int64:
		p = &v.i64
	case float64:
		p = &v.f64
	case string:
		p = &v.str
	}
	return p.(*[]T)
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// pqCol is how a column is written: its schema element and encoding.
type pqCol struct {
	name      string
	phys      parquet.Type
	optional  bool
	dict      bool // a dictionary page and RLE_DICTIONARY indices, else PLAIN
	stats     bool
	signed    bool // statistics in the signed sort order: the old min and max fields too
	converted pqschema.ConvertedType
	logical   pqschema.LogicalType
}

// pqLayout is a table's columns as written, and its file's key-value
// metadata; made once per table (Table.pqLayout).
type pqLayout struct {
	cols []pqCol
	keys []string
	vals []string
}

func (t *Table[R]) pqLayout() (*pqLayout, error) {
	m := &t.pqMeta
	m.once.Do(func() { m.value, m.err = newPQLayout(t) })
	return m.value, m.err
}

func newPQLayout[R any](t *Table[R]) (*pqLayout, error) {
	lay := &pqLayout{}
	nodes := make(pqschema.FieldList, len(t.Columns))
	for i, c := range t.Columns {
		if c.pq.fill == nil || c.pq.read == nil {
			return nil, fmt.Errorf("column %s: no Parquet writer (make columns with str, i32, f64, date32 …)", c.Name)
		}
		n, err := pqNode(c.Name, c.Type, c.Nullable)
		if err != nil {
			return nil, err
		}
		nodes[i] = n
	}
	root, err := pqschema.NewGroupNode(pqSchemaElemRt, parquet.Repetitions.Required, nodes, -1)
	if err != nil {
		return nil, err
	}
	sch := pqschema.NewSchema(root)
	for i, c := range t.Columns {
		d := sch.Column(i)
		_, dict := c.Type.(*arrow.DictionaryType)
		col := pqCol{name: c.Name, phys: d.PhysicalType(), optional: d.MaxDefinitionLevel() > 0,
			dict: dict || c.pqDict, stats: !c.noStats, signed: d.SortOrder() == pqschema.SortSIGNED,
			converted: d.ConvertedType(), logical: d.LogicalType()}
		if col.dict && (col.phys != parquet.Types.ByteArray || col.optional) {
			return nil, fmt.Errorf("column %s: dictionary pages are written for required strings only", c.Name)
		}
		if col.phys == parquet.Types.ByteArray && col.optional {
			return nil, fmt.Errorf("column %s: optional strings are not written", c.Name)
		}
		lay.cols = append(lay.cols, col)
	}
	m := t.Schema.Metadata()
	lay.keys = append(lay.keys, m.Keys()...)
	lay.vals = append(lay.vals, m.Values()...)
	enc, err := t.arrowSchema()
	if err != nil {
		return nil, err
	}
	lay.keys = append(lay.keys, "ARROW:schema")
	lay.vals = append(lay.vals, enc)
	return lay, nil
}

// pqStats is a page's or a column chunk's statistics, min and max PLAIN
// encoded (little-endian numbers, a string's bytes).
type pqStats struct {
	has      bool // min and max: some value that is not NaN
	min, max []byte
	nulls    int64
}

// less compares two PLAIN-encoded values in the Parquet sort order of
// their type: signed for int32 and int64 (dates and timestamps too), IEEE
// for doubles, unsigned bytes for strings.
func (c *pqCol) less(a, b []byte) bool {
	switch c.phys {
	case parquet.Types.Int32:
		return int32(binary.LittleEndian.Uint32(a)) < int32(binary.LittleEndian.Uint32(b))
	case parquet.Types.Int64:
		return int64(binary.LittleEndian.Uint64(a)) < int64(binary.LittleEndian.Uint64(b))
	case parquet.Types.Double:
		return math.Float64frombits(binary.LittleEndian.Uint64(a)) < math.Float64frombits(binary.LittleEndian.Uint64(b))
	}
	return bytes.Compare(a, b) < 0
}

// merge adds a page's statistics to its column chunk's.
func (c *pqCol) merge(chunk, page *pqStats) {
	chunk.nulls += page.nulls
	if !page.has {
		return
	}
	if !chunk.has || c.less(page.min, chunk.min) {
		chunk.min = append(chunk.min[:0], page.min...)
	}
	if !chunk.has || c.less(chunk.max, page.max) {
		chunk.max = append(chunk.max[:0], page.max...)
	}
	chunk.has = true
}

// writeStats writes statistics as field id of the struct being written:
// null_count always, min_value and max_value when there are some (and not
// over pqMaxStatSize bytes), and in the signed sort order the deprecated
// min and max too, as arrow-go does.
func writeStats(w *thriftWriter, id int16, st *pqStats, signed bool) {
	hasMin := st.has && len(st.min) <= pqMaxStatSize
	hasMax := st.has && len(st.max) <= pqMaxStatSize
	w.begin(id)
	if signed && hasMax {
		w.binary(1, st.max)
	}
	if signed && hasMin {
		w.binary(2, st.min)
	}
	w.i64(3, st.nulls)
	if hasMax {
		w.binary(5, st.max)
	}
	if hasMin {
		w.binary(6, st.min)
	}
	w.end()
}

// statsOf sets st to the min and max of vals. Doubles leave NaN out, and
// a zero min is -0 and a zero max +0 (arrow-go's and parquet-mr's rule, so
// that a reader comparing with either zero keeps the page).
func statsOf[T int32 | int64 | float64](st *pqStats, vals []T) {
	st.has = false
	var lo, hi T
	found := false
	for _, v := range vals {
		if v != v { // NaN
			continue
		}
		if !found {
			lo, hi, found = v, v, true
			continue
		}
		if v < lo {
			lo = v
		}
		if v > hi {
			hi = v
		}
	}
	if !found {
		return
	}
	st.has = true
	switch l := any(lo).(type) {
	case int32:
		st.min = binary.LittleEndian.AppendUint32(st.min[:0], uint32(l))
		st.max = binary.LittleEndian.AppendUint32(st.max[:0], uint32(any(hi).(int32)))
	case int64:
		st.min = binary.LittleEndian.AppendUint64(st.min[:0], uint64(l))
		st.max = binary.LittleEndian.AppendUint64(st.max[:0], uint64(any(hi).(int64)))
	case float64:
		h := any(hi).(float64)
		if l == 0 {
			l = math.Copysign(0, -1)
		}
		if h == 0 {
			h = 0
		}
		st.min = binary.LittleEndian.AppendUint64(st.min[:0], math.Float64bits(l))
		st.max = binary.LittleEndian.AppendUint64(st.max[:0], math.Float64bits(h))
	}
}

// stringStats sets st to the min and max of vals, compared as bytes.
func stringStats(st *pqStats, vals []string) {
	st.has = len(vals) > 0
	if !st.has {
		return
	}
	lo, hi := vals[0], vals[0]
	for _, v := range vals[1:] {
		if v < lo {
			lo = v
		} else if v > hi {
			hi = v
		}
	}
	st.min = append(st.min[:0], lo...)
	st.max = append(st.max[:0], hi...)
}

// chunkMeta is what the footer says of a column chunk.
type chunkMeta struct {
	dataOffset, dictOffset int64 // 0: none
	numValues              int64
	uncompressed           int64 // pages with their headers
	compressed             int64
	dataPages              int32
	stats                  pqStats
}

func (cm *chunkMeta) fileOffset() int64 {
	if cm.dictOffset > 0 {
		return cm.dictOffset
	}
	return cm.dataOffset
}

// pqEncoder is a writer's buffers, kept from file to file (pqEncoders).
type pqEncoder struct {
	vals   colValues
	page   []byte // a page before compression
	zpage  []byte
	hdr    thriftWriter
	rle    rleEncoder
	dict   dictScratch
	pageSt pqStats
	out    []byte // the row group being written
	chunks []chunkMeta
	groups []int64 // rows per row group
	foot   thriftWriter
}

// zstdPageLevel is zstdLevel as the encoder's level (what arrow-go's codec
// maps it to).
var zstdPageLevel = zstd.EncoderLevelFromZstd(zstdLevel)

func (e *pqEncoder) compress(src []byte) []byte {
	enc := takeEncoder(zstdPageLevel)
	e.zpage = enc.EncodeAll(src, e.zpage[:0])
	giveEncoder(zstdPageLevel, enc)
	return e.zpage
}

// writePage appends a page, header and compressed body, to the row group.
// A data page's statistics are st, or none when st is nil (an empty
// statistics struct, as arrow-go writes for columns without them).
func (e *pqEncoder) writePage(c *pqCol, cm *chunkMeta, base int64, body []byte, numValues int, encoding int32, st *pqStats) {
	z := e.compress(body)
	h := &e.hdr
	h.b = h.b[:0]
	h.begin(0)
	kind := int32(pqDataPage)
	if encoding == pqPlain && c.dict {
		kind = pqDictPage
	}
	h.i32(1, kind)
	h.i32(2, int32(len(body)))
	h.i32(3, int32(len(z)))
	at := base + int64(len(e.out))
	if kind == pqDictPage {
		h.begin(7)
		h.i32(1, int32(numValues))
		h.i32(2, pqPlain)
		h.boolean(3, false)
		h.end()
		cm.dictOffset = at
	} else {
		h.begin(5)
		h.i32(1, int32(numValues))
		h.i32(2, encoding)
		h.i32(3, pqRLE)
		h.i32(4, pqRLE)
		if st != nil {
			writeStats(h, 5, st, c.signed)
			c.merge(&cm.stats, st)
		} else {
			h.begin(5)
			h.end()
		}
		h.end()
		if cm.dataPages == 0 {
			cm.dataOffset = at
		}
		cm.dataPages++
		cm.numValues += int64(numValues)
	}
	h.end()
	e.out = append(e.out, h.b...)
	e.out = append(e.out, z...)
	cm.uncompressed += int64(len(body) + len(h.b))
	cm.compressed += int64(len(z) + len(h.b))
}

// levels starts a page of an optional column with its definition levels:
// their length in 4 bytes, then their RLE/bit-packed hybrid (width 1).
func (e *pqEncoder) levels(defs []int16) []byte {
	e.rle.reset(append(e.page[:0], 0, 0, 0, 0), 1)
	putAll(&e.rle, defs)
	b := e.rle.flush()
	binary.LittleEndian.PutUint32(b, uint32(len(b)-4))
	return b
}

// writeFixed writes a column of int32, int64 or double values in PLAIN
// pages. A page is cut after the batch of pqBatch rows that brings its
// values to pqPageSize bytes (with row groups of 64Ki rows, never).
func writeFixed[T int32 | int64 | float64](e *pqEncoder, c *pqCol, cm *chunkMeta, base int64, vals []T, defs []int16, n int) {
	size := 8
	if _, ok := any(*new(T)).(int32); ok {
		size = 4
	}
	for lvl, val := 0, 0; lvl < n; {
		end, vend := lvl, val
		for end < n && (vend-val)*size < pqPageSize {
			b := min(pqBatch, n-end)
			if defs == nil {
				vend += b
			} else {
				for _, d := range defs[end : end+b] {
					vend += int(d)
				}
			}
			end += b
		}
		page := e.page[:0]
		if defs != nil {
			page = e.levels(defs[lvl:end])
		}
		page = appendPlain(page, vals[val:vend])
		e.page = page
		var st *pqStats
		if c.stats {
			st = &e.pageSt
			statsOf(st, vals[val:vend])
			st.nulls = int64((end - lvl) - (vend - val))
		}
		e.writePage(c, cm, base, page, end-lvl, pqPlain, st)
		lvl, val = end, vend
	}
}

// appendPlain appends values little-endian.
func appendPlain[T int32 | int64 | float64](b []byte, vals []T) []byte {
	switch v := any(vals).(type) {
	case []int32:
		for _, x := range v {
			b = binary.LittleEndian.AppendUint32(b, uint32(x))
		}
	case []int64:
		for _, x := range v {
			b = binary.LittleEndian.AppendUint64(b, uint64(x))
		}
	case []float64:
		for _, x := range v {
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(x))
		}
	}
	return b
}

// writeStrings writes a required string column in PLAIN pages (each value
// its length in 4 bytes, then its bytes), cut as writeFixed cuts them.
func (e *pqEncoder) writeStrings(c *pqCol, cm *chunkMeta, base int64, vals []string) {
	for lvl := 0; lvl < len(vals); {
		page := e.page[:0]
		end := lvl
		for end < len(vals) && len(page) < pqPageSize {
			for _, s := range vals[end:min(end+pqBatch, len(vals))] {
				page = binary.LittleEndian.AppendUint32(page, uint32(len(s)))
				page = append(page, s...)
			}
			end = min(end+pqBatch, len(vals))
		}
		e.page = page
		var st *pqStats
		if c.stats {
			st = &e.pageSt
			stringStats(st, vals[lvl:end])
			st.nulls = 0
		}
		e.writePage(c, cm, base, page, end-lvl, pqPlain, st)
		lvl = end
	}
}

// writeDictionary writes a string column as a dictionary page (the
// distinct values in the order they first appear, PLAIN) and one data page
// of each row's index (their bit width in a byte, then RLE/bit-packed
// hybrid), as arrow-go wrote a dictionary it was handed whole: an empty row
// group has an empty dictionary page and no data page. The values are
// looked up in a Go map once (dictScratch).
func (e *pqEncoder) writeDictionary(c *pqCol, cm *chunkMeta, base int64, vals []string) {
	ds := &e.dict
	if ds.index == nil {
		ds.index = map[string]int32{}
	}
	clear(ds.index)
	clear(ds.seen[:])
	ds.values = ds.values[:0]
	ds.idx = grow(ds.idx, len(vals))
	var prev string // a row's value is mostly its predecessor's (a document's id, period, unit …): no look-up then
	k := int32(-1)
	for i, s := range vals {
		if k < 0 || s != prev {
			k = ds.lookUp(s)
			prev = s
		}
		ds.idx[i] = k
	}
	page := e.page[:0]
	for _, v := range ds.values {
		page = binary.LittleEndian.AppendUint32(page, uint32(len(v)))
		page = append(page, v...)
	}
	e.page = page
	e.writePage(c, cm, base, page, len(ds.values), pqPlain, nil)
	if len(vals) == 0 {
		return
	}
	width := 1
	if len(ds.values) > 1 {
		width = bits.Len32(uint32(len(ds.values) - 1))
	}
	e.rle.reset(append(e.page[:0], byte(width)), width)
	putAll(&e.rle, ds.idx)
	e.page = e.rle.flush()
	var st *pqStats
	if c.stats {
		st = &e.pageSt
		st.has = true
		lo, hi := ds.values[0], ds.values[0]
		for _, v := range ds.values[1:] {
			if bytes.Compare(v, lo) < 0 {
				lo = v
			} else if bytes.Compare(v, hi) > 0 {
				hi = v
			}
		}
		st.min = append(st.min[:0], lo...)
		st.max = append(st.max[:0], hi...)
		st.nulls = 0
	}
	e.writePage(c, cm, base, e.page, len(vals), pqRLEDict, st)
}

// pqWriter writes a table's rows to a Parquet file, one row group per call.
type pqWriter[R any] struct {
	t   *Table[R]
	w   io.Writer
	lay *pqLayout
	e   *pqEncoder
	pos int64 // bytes written
}

func newPQWriter[R any](t *Table[R], w io.Writer) (*pqWriter[R], error) {
	lay, err := t.pqLayout()
	if err != nil {
		return nil, err
	}
	pw := &pqWriter[R]{t: t, w: w, lay: lay, e: takePQEncoder()}
	pw.e.chunks, pw.e.groups = pw.e.chunks[:0], pw.e.groups[:0]
	n, err := io.WriteString(w, pqMagic)
	pw.pos = int64(n)
	if err != nil {
		pw.release()
		return nil, err
	}
	return pw, nil
}

// pqEncoders keeps writers' buffers for the next file (a run writes two per
// part), a few for good, not in a sync.Pool: the collector empties a pool,
// and a run collects every few megabytes, so most parts had allocated
// (and zeroed) their page and column buffers again.
var pqEncoders struct {
	sync.Mutex
	idle []*pqEncoder
}

// maxIdlePQEncoders bounds the buffers kept: a writer per goroutine writing
// at once (a run writes parts one at a time).
const maxIdlePQEncoders = 2

func takePQEncoder() *pqEncoder {
	p := &pqEncoders
	p.Lock()
	defer p.Unlock()
	if n := len(p.idle); n > 0 {
		e := p.idle[n-1]
		p.idle = p.idle[:n-1]
		return e
	}
	return &pqEncoder{}
}

// release gives the buffers back, holding no view of the rows' strings.
func (pw *pqWriter[R]) release() {
	e := pw.e
	if e == nil {
		return
	}
	clear(e.vals.str[:cap(e.vals.str)])
	clear(e.dict.index)
	clear(e.dict.values[:cap(e.dict.values)])
	clear(e.dict.seen[:])
	e.chunks = e.chunks[:0]
	pw.e = nil
	p := &pqEncoders
	p.Lock()
	defer p.Unlock()
	if len(p.idle) < maxIdlePQEncoders {
		p.idle = append(p.idle, e)
	}
}

// writeGroup writes rows as one row group (rows may be empty).
func (pw *pqWriter[R]) writeGroup(rows []R) error {
	e := pw.e
	if e == nil {
		return fmt.Errorf("parquet writer closed")
	}
	e.out = e.out[:0]
	for c, col := range pw.t.Columns {
		lc := &pw.lay.cols[c]
		v := &e.vals
		col.pq.fill(rows, v)
		var defs []int16
		if lc.optional {
			defs = v.def[:len(rows)]
		}
		e.chunks = append(e.chunks, chunkMeta{})
		cm := &e.chunks[len(e.chunks)-1]
		switch {
		case lc.dict:
			e.writeDictionary(lc, cm, pw.pos, v.str[:len(rows)])
		case lc.phys == parquet.Types.ByteArray:
			e.writeStrings(lc, cm, pw.pos, v.str[:len(rows)])
		case lc.phys == parquet.Types.Int32:
			writeFixed(e, lc, cm, pw.pos, v.i32, defs, len(rows))
		case lc.phys == parquet.Types.Int64:
			writeFixed(e, lc, cm, pw.pos, v.i64, defs, len(rows))
		case lc.phys == parquet.Types.Double:
			writeFixed(e, lc, cm, pw.pos, v.f64, defs, len(rows))
		default:
			return fmt.Errorf("column %s: physical type %s", lc.name, lc.phys)
		}
	}
	e.groups = append(e.groups, int64(len(rows)))
	n, err := pw.w.Write(e.out)
	pw.pos += int64(n)
	return err
}

// close writes the file's footer (FileMetaData, its length, the magic)
// and gives the buffers back.
func (pw *pqWriter[R]) close() error {
	e := pw.e
	if e == nil {
		return nil
	}
	defer pw.release()
	f := &e.foot
	f.b = f.b[:0]
	pw.footer(f)
	f.b = binary.LittleEndian.AppendUint32(f.b, uint32(len(f.b)))
	f.b = append(f.b, pqMagic...)
	_, err := pw.w.Write(f.b)
	return err
}

func (pw *pqWriter[R]) footer(f *thriftWriter) {
	e, cols := pw.e, pw.lay.cols
	f.begin(0)
	f.i32(1, pqFileVersion)
	f.list(2, tStruct, len(cols)+1)
	f.begin(0)
	f.str(4, pqSchemaElemRt)
	f.i32(5, int32(len(cols)))
	f.end()
	for i := range cols {
		schemaElement(f, &cols[i])
	}
	var rows int64
	for _, n := range e.groups {
		rows += n
	}
	f.i64(3, rows)
	f.list(4, tStruct, len(e.groups))
	for g, n := range e.groups {
		chunks := e.chunks[g*len(cols) : (g+1)*len(cols)]
		var uncompressed, compressed int64
		f.begin(0)
		f.list(1, tStruct, len(cols))
		for i := range chunks {
			cm := &chunks[i]
			uncompressed += cm.uncompressed
			compressed += cm.compressed
			f.begin(0)
			f.i64(2, cm.fileOffset())
			columnMeta(f, &cols[i], cm, n)
			f.end()
		}
		f.i64(2, uncompressed)
		f.i64(3, n)
		f.i64(5, chunks[0].fileOffset())
		f.i64(6, compressed)
		f.i16(7, int16(g))
		f.end()
	}
	f.list(5, tStruct, len(pw.lay.keys))
	for i, k := range pw.lay.keys {
		f.begin(0)
		f.str(1, k)
		f.str(2, pw.lay.vals[i])
		f.end()
	}
	f.str(6, pqCreatedBy)
	f.list(7, tStruct, len(cols)) // column_orders: TypeDefinedOrder for every column
	for range cols {
		f.begin(0)
		f.begin(1)
		f.end()
		f.end()
	}
	f.end()
}

// schemaElement writes a column's SchemaElement: type, repetition, name,
// converted type and logical type, as pqNode made them.
func schemaElement(f *thriftWriter, c *pqCol) {
	f.begin(0)
	f.i32(1, int32(c.phys))
	rep := int32(pqRepRequired)
	if c.optional {
		rep = pqRepOptional
	}
	f.i32(3, rep)
	f.str(4, c.name)
	if c.converted != pqschema.ConvertedTypes.None && c.converted != pqschema.ConvertedTypes.NA {
		f.i32(6, int32(c.converted))
	}
	switch l := c.logical.(type) {
	case pqschema.StringLogicalType:
		f.begin(10)
		f.begin(pqLogicalStr)
		f.end()
		f.end()
	case pqschema.DateLogicalType:
		f.begin(10)
		f.begin(pqLogicalDate)
		f.end()
		f.end()
	case *pqschema.IntLogicalType:
		intType(f, l.BitWidth(), l.IsSigned())
	case pqschema.IntLogicalType:
		intType(f, l.BitWidth(), l.IsSigned())
	case *pqschema.TimestampLogicalType:
		timestampType(f, l.IsAdjustedToUTC(), l.TimeUnit())
	case pqschema.TimestampLogicalType:
		timestampType(f, l.IsAdjustedToUTC(), l.TimeUnit())
	}
	f.end()
}

func intType(f *thriftWriter, width int8, signed bool) {
	f.begin(10)
	f.begin(pqLogicalInt)
	f.i8(1, width)
	f.boolean(2, signed)
	f.end()
	f.end()
}

func timestampType(f *thriftWriter, utc bool, unit pqschema.TimeUnitType) {
	f.begin(10)
	f.begin(pqLogicalTime)
	f.boolean(1, utc)
	f.begin(2)
	switch unit {
	case pqschema.TimeUnitMillis:
		f.begin(pqTimeMillis)
	case pqschema.TimeUnitNanos:
		f.begin(pqTimeNanos)
	default:
		f.begin(pqTimeMicros)
	}
	f.end()
	f.end()
	f.end()
	f.end()
}

// columnMeta writes a column chunk's ColumnMetaData (field 3).
func columnMeta(f *thriftWriter, c *pqCol, cm *chunkMeta, rows int64) {
	f.begin(3)
	f.i32(1, int32(c.phys))
	if c.dict {
		f.list(2, tI32, 3)
		f.listI32(pqRLEDict)
		f.listI32(pqPlain)
	} else {
		f.list(2, tI32, 2)
		f.listI32(pqPlain)
	}
	f.listI32(pqRLE)
	f.list(3, tBinary, 1)
	f.listStr(c.name)
	f.i32(4, pqCodecZstd)
	f.i64(5, cm.numValues)
	f.i64(6, cm.uncompressed)
	f.i64(7, cm.compressed)
	f.i64(9, cm.dataOffset)
	if cm.dictOffset > 0 {
		f.i64(11, cm.dictOffset)
	}
	if c.stats && rows > 0 {
		writeStats(f, 12, &cm.stats, c.signed)
	}
	n := 0
	if c.dict {
		n++
	}
	if cm.dataPages > 0 {
		n++
	}
	f.list(13, tStruct, n) // encoding_stats: pages by type and encoding
	if c.dict {
		pageEncodings(f, pqDictPage, pqPlain, 1)
	}
	if cm.dataPages > 0 {
		enc := int32(pqPlain)
		if c.dict {
			enc = pqRLEDict
		}
		pageEncodings(f, pqDataPage, enc, cm.dataPages)
	}
	f.end()
}

func pageEncodings(f *thriftWriter, kind, enc, count int32) {
	f.begin(0)
	f.i32(1, kind)
	f.i32(2, enc)
	f.i32(3, count)
	f.end()
}
