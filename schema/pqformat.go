package schema

import "encoding/binary"

// The two encodings a Parquet file is made of besides its values: the
// Thrift compact protocol of its page headers and footer, and the
// RLE/bit-packed hybrid of its definition levels and dictionary indices.
// Only what pqencode.go writes is here: a writer, no reader (arrow-go reads).

// Thrift compact protocol types, as a field header's low nibble.
const (
	tTrue   = 1
	tFalse  = 2
	tByte   = 3
	tI16    = 4
	tI32    = 5
	tI64    = 6
	tBinary = 8
	tList   = 9
	tStruct = 12
)

// thriftWriter appends Thrift compact protocol to b. A field's id is written
// as the difference to the previous field's in the same struct (1 to 15), so
// the writer keeps the last id of each open struct.
type thriftWriter struct {
	b     []byte
	last  int16
	stack []int16
}

func (w *thriftWriter) field(id int16, typ byte) {
	if d := id - w.last; d > 0 && d <= 15 {
		w.b = append(w.b, byte(d)<<4|typ)
	} else {
		w.b = append(w.b, typ)
		w.b = binary.AppendUvarint(w.b, uint64(uint32(int32(id)<<1^int32(id)>>31)))
	}
	w.last = id
}

func (w *thriftWriter) i32(id int16, v int32) {
	w.field(id, tI32)
	w.b = binary.AppendUvarint(w.b, uint64(uint32(v<<1^v>>31)))
}

func (w *thriftWriter) i16(id int16, v int16) {
	w.field(id, tI16)
	w.b = binary.AppendUvarint(w.b, uint64(uint32(int32(v)<<1^int32(v)>>31)))
}

func (w *thriftWriter) i64(id int16, v int64) {
	w.field(id, tI64)
	w.b = binary.AppendUvarint(w.b, uint64(v<<1^v>>63))
}

func (w *thriftWriter) i8(id int16, v int8) {
	w.field(id, tByte)
	w.b = append(w.b, byte(v))
}

func (w *thriftWriter) boolean(id int16, v bool) {
	if v {
		w.field(id, tTrue)
	} else {
		w.field(id, tFalse)
	}
}

func (w *thriftWriter) binary(id int16, v []byte) {
	w.field(id, tBinary)
	w.b = binary.AppendUvarint(w.b, uint64(len(v)))
	w.b = append(w.b, v...)
}

func (w *thriftWriter) str(id int16, v string) {
	w.field(id, tBinary)
	w.b = binary.AppendUvarint(w.b, uint64(len(v)))
	w.b = append(w.b, v...)
}

// begin opens a struct: a field of type struct, or (id 0) a list element.
func (w *thriftWriter) begin(id int16) {
	if id != 0 {
		w.field(id, tStruct)
	}
	w.stack = append(w.stack, w.last)
	w.last = 0
}

// end closes the struct begun last (its stop byte).
func (w *thriftWriter) end() {
	w.b = append(w.b, 0)
	w.last = w.stack[len(w.stack)-1]
	w.stack = w.stack[:len(w.stack)-1]
}

// list writes a list field's header: n elements of type elem follow.
func (w *thriftWriter) list(id int16, elem byte, n int) {
	w.field(id, tList)
	if n < 15 {
		w.b = append(w.b, byte(n)<<4|elem)
	} else {
		w.b = append(w.b, 0xf0|elem)
		w.b = binary.AppendUvarint(w.b, uint64(n))
	}
}

// listI32 is a list element of type i32.
func (w *thriftWriter) listI32(v int32) {
	w.b = binary.AppendUvarint(w.b, uint64(uint32(v<<1^v>>31)))
}

func (w *thriftWriter) listStr(v string) {
	w.b = binary.AppendUvarint(w.b, uint64(len(v)))
	w.b = append(w.b, v...)
}

// rleEncoder is the RLE/bit-packed hybrid encoder of arrow-go's writer
// (parquet/internal/utils.RleEncoder, itself Parquet C++'s), decision for
// decision, so that the levels and indices are its bytes: values are taken
// eight at a time; eight or more equal values in a row become a run (count,
// then the value in whole bytes), others groups of eight bit-packed values,
// up to 63 groups behind one indicator byte; the last group is padded with
// zeros.
type rleEncoder struct {
	out      []byte
	width    int
	buf      [8]uint64
	n        int
	cur      uint64
	repeats  int32
	literals int32
	litAt    int // where the open literal run's indicator byte is, or -1
}

func (r *rleEncoder) reset(out []byte, width int) {
	*r = rleEncoder{out: out, width: width, litAt: -1}
}

func (r *rleEncoder) put(v uint64) {
	if r.cur == v {
		r.repeats++
		if r.repeats > 8 {
			return
		}
	} else {
		if r.repeats >= 8 {
			r.flushRepeated()
		}
		r.repeats = 1
		r.cur = v
	}
	r.buf[r.n] = v
	r.n++
	if r.n == 8 {
		r.flushBuffered()
	}
}

// putAll puts values (definition levels, dictionary indices); a run
// already eight long takes the rest of its equal values at once, as put
// would one by one.
func putAll[T int16 | int32](r *rleEncoder, vals []T) {
	for i := 0; i < len(vals); {
		v := uint64(vals[i])
		if r.repeats >= 8 && r.cur == v {
			j := i + 1
			for j < len(vals) && uint64(vals[j]) == v {
				j++
			}
			r.repeats += int32(j - i)
			i = j
			continue
		}
		r.put(v)
		i++
	}
}

func (r *rleEncoder) flushBuffered() {
	if r.repeats >= 8 {
		r.n = 0
		if r.literals != 0 {
			r.flushLiteral(true)
		}
		return
	}
	r.literals += int32(r.n)
	r.flushLiteral(r.literals/8+1 >= 1<<6)
	r.repeats = 0
}

func (r *rleEncoder) flushLiteral(close bool) {
	if r.litAt < 0 {
		r.litAt = len(r.out)
		r.out = append(r.out, 0)
	}
	var acc uint64
	bits := 0
	for _, v := range r.buf[:r.n] {
		acc |= v << bits
		bits += r.width
		for bits >= 8 {
			r.out = append(r.out, byte(acc))
			acc >>= 8
			bits -= 8
		}
	}
	r.n = 0
	if close {
		r.out[r.litAt] = byte(r.literals/8)<<1 | 1
		r.litAt = -1
		r.literals = 0
	}
}

func (r *rleEncoder) flushRepeated() {
	r.out = binary.AppendUvarint(r.out, uint64(r.repeats)<<1)
	for i := 0; i < (r.width+7)/8; i++ {
		r.out = append(r.out, byte(r.cur>>(8*i)))
	}
	r.repeats = 0
	r.n = 0
}

// flush ends the encoding and returns the bytes.
func (r *rleEncoder) flush() []byte {
	if r.literals > 0 || r.repeats > 0 || r.n > 0 {
		allRepeats := r.literals == 0 && (r.repeats == int32(r.n) || r.n == 0)
		if r.repeats > 0 && allRepeats {
			r.flushRepeated()
		} else {
			for r.n != 0 && r.n < 8 {
				r.buf[r.n] = 0
				r.n++
			}
			r.literals += int32(r.n)
			r.flushLiteral(true)
			r.repeats = 0
		}
	}
	return r.out
}
