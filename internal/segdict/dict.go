// Package segdict is the word dictionary of zhmetrics' segmenter in a
// compact, pointer-free form that is prepared at build time (Build, run by
// `go generate`), embedded in the binary and read in place: opening it
// parses nothing and allocates nothing per word.
//
// The form is a trie over characters held in a double array: one 64-bit
// cell per node, which packs the base of its children (node n's child for
// code c is cell base+c if that cell's code is c), its code and the row of
// its word's path cost and tag (0: the prefix is not a word). The root is
// cell 0; its child for code c is cell c. A step down the trie reads one
// cell. Characters map to codes through a table of the Basic Multilingual
// Plane and a sorted list of the rest.
package segdict

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strings"
	"unsafe"
)

const magic = 0x32544453485a // "ZHSDT2"

// header opens the compact form; every section after it starts at a
// multiple of 8 bytes.
type header struct {
	Magic     uint64
	Words     uint32
	Nodes     uint32
	RootCodes uint32 // codes 1..RootCodes begin a word
	Pairs     uint32 // rows of (path cost, tag), row 0 unused
	Supp      uint32 // characters outside the Basic Multilingual Plane
	MaxUnits  uint32 // gse's letters in the longest word
	TagBytes  uint32
	Cells     uint32 // the double array's length
	TotalFreq uint64 // float64 bits: the total frequency, as gse sums it
}

// Dict is an opened dictionary. Its arrays point into the embedded bytes
// (or, on a machine where they cannot, into one copy of them).
type Dict struct {
	h         header
	bmp       *[1 << 16]uint16 // character → code, for characters below U+10000 (an array: no bounds check)
	supp      []uint32         // the other characters, sorted
	suppCodes []uint16
	cells     []uint64
	dist      []float32
	pairTag   []uint8
	tags      []string
	totalFreq float64
}

// Open reads the compact form in place.
func Open(blob string) (*Dict, error) {
	b := unsafe.Slice(unsafe.StringData(blob), len(blob))
	if !littleEndian() || uintptr(unsafe.Pointer(unsafe.StringData(blob)))%8 != 0 {
		// One copy, aligned (a large allocation is), in this machine's byte order.
		return open(slices.Clone(b), true)
	}
	return open(b, false)
}

func open(b []byte, swap bool) (*Dict, error) {
	var d Dict
	hs := int(unsafe.Sizeof(header{}))
	if len(b) < hs {
		return nil, fmt.Errorf("segmentation dictionary: %d bytes, too short", len(b))
	}
	d.h = header{
		Magic:     binary.LittleEndian.Uint64(b[0:]),
		Words:     binary.LittleEndian.Uint32(b[8:]),
		Nodes:     binary.LittleEndian.Uint32(b[12:]),
		RootCodes: binary.LittleEndian.Uint32(b[16:]),
		Pairs:     binary.LittleEndian.Uint32(b[20:]),
		Supp:      binary.LittleEndian.Uint32(b[24:]),
		MaxUnits:  binary.LittleEndian.Uint32(b[28:]),
		TagBytes:  binary.LittleEndian.Uint32(b[32:]),
		Cells:     binary.LittleEndian.Uint32(b[36:]),
		TotalFreq: binary.LittleEndian.Uint64(b[40:]),
	}
	if d.h.Magic != magic {
		return nil, fmt.Errorf("segmentation dictionary: not a zhmetrics dictionary (regenerate it with go generate ./pipeline)")
	}
	off := hs
	var err error
	section := func(n, size int) []byte {
		end := off + n*size
		if err != nil || end > len(b) || n < 0 {
			err = fmt.Errorf("segmentation dictionary: truncated (%d bytes)", len(b))
			return nil
		}
		s := b[off:end]
		off = (end + 7) &^ 7
		if swap && size > 1 && !littleEndian() {
			for i := 0; i < len(s); i += size { // little-endian to this machine's order
				slices.Reverse(s[i : i+size])
			}
		}
		return s
	}
	bmp := view[uint16](section(1<<16, 2))
	d.supp = view[uint32](section(int(d.h.Supp), 4))
	d.suppCodes = view[uint16](section(int(d.h.Supp), 2))
	d.cells = view[uint64](section(int(d.h.Cells), 8))
	d.dist = view[float32](section(int(d.h.Pairs), 4))
	d.pairTag = section(int(d.h.Pairs), 1)
	tagText := section(int(d.h.TagBytes), 1)
	if err != nil {
		return nil, err
	}
	d.bmp = (*[1 << 16]uint16)(bmp)
	d.tags = strings.Split(string(tagText), "\n")
	for _, t := range d.pairTag {
		if int(t) >= len(d.tags) {
			return nil, fmt.Errorf("segmentation dictionary: tag %d of %d", t, len(d.tags))
		}
	}
	if d.h.Nodes == 0 || d.h.RootCodes >= d.h.Nodes || d.h.Cells < d.h.Nodes || d.h.Cells > cellMask {
		return nil, fmt.Errorf("segmentation dictionary: inconsistent trie")
	}
	maxCode := uint32(0)
	for _, c := range d.bmp {
		maxCode = max(maxCode, uint32(c))
	}
	for _, c := range d.suppCodes {
		maxCode = max(maxCode, uint32(c))
	}
	for i, c := range d.cells { // every step lands inside the array
		if cellBase(c)+maxCode >= d.h.Cells || uint32(cellPair(c)) >= d.h.Pairs || uint32(cellCode(c)) > maxCode {
			return nil, fmt.Errorf("segmentation dictionary: cell %d out of range", i)
		}
	}
	d.totalFreq = math.Float64frombits(d.h.TotalFreq)
	return &d, nil
}

// view reinterprets aligned bytes as a slice of T, without copying.
func view[T uint16 | uint32 | uint64 | float32](b []byte) []T {
	var zero T
	if len(b) == 0 {
		return nil
	}
	return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(b))), len(b)/int(unsafe.Sizeof(zero)))
}

func littleEndian() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}

// Words is the number of words, as gse's Dictionary.NumTokens.
func (d *Dict) Words() int { return int(d.h.Words) }

// TotalFreq is the sum of the words' frequencies, as gse's Dictionary.TotalFreq.
func (d *Dict) TotalFreq() float64 { return d.totalFreq }

// MaxUnits is the length of the longest word in gse's letters, as gse's
// Dictionary.MaxTokenLen.
func (d *Dict) MaxUnits() int { return int(d.h.MaxUnits) }

// Nodes is the number of nodes of the trie.
func (d *Dict) Nodes() int { return int(d.h.Nodes) }

// Code is the code of a character (ASCII letters lower-case), or 0 if no
// word holds it.
func (d *Dict) Code(r rune) uint16 {
	if uint32(r) < 1<<16 {
		return d.bmp[uint16(r)]
	}
	return d.suppCode(r)
}

func (d *Dict) suppCode(r rune) uint16 {
	if r < 0 {
		return 0
	}
	if i, ok := slices.BinarySearch(d.supp, uint32(r)); ok {
		return d.suppCodes[i]
	}
	return 0
}

// A cell packs three numbers: the base of its node's children (bits 0–23),
// its code (24–39: it is its parent's child for that code) and its word's
// row (48–63). No two nodes have the same base, so a cell whose code is c
// is the child for c of the one node whose base is the cell less c.
const (
	cellBits = 24
	cellMask = 1<<cellBits - 1
	leafBase = 1 // the base of every node without children, and of no other
)

func packCell(base int, code, pair uint16) uint64 {
	return uint64(base) | uint64(code)<<cellBits | uint64(pair)<<48
}

func cellBase(c uint64) uint32 { return uint32(c) & cellMask }
func cellCode(c uint64) uint16 { return uint16(c >> cellBits) }
func cellPair(c uint64) uint16 { return uint16(c >> 48) }

// Child is the node reached from node by the character with code c, or 0 if
// no word continues that way (the root is never a child).
func (d *Dict) Child(node uint32, c uint16) uint32 {
	if c == 0 {
		return 0
	}
	if node == 0 {
		if uint32(c) <= d.h.RootCodes {
			return uint32(c)
		}
		return 0
	}
	if t := cellBase(d.cells[node]) + uint32(c); cellCode(d.cells[t]) == c {
		return t
	}
	return 0
}

// State is a place in the trie while walking it along a text: a node's
// cell. Start and Next are Child for a walk, small enough to be inlined in
// the segmenter's loop, and each step reads one cell.
type State uint64

// Start is the state after the character with code c, from the root; ok is
// false if no word begins with it.
func (d *Dict) Start(c uint16) (s State, ok bool) {
	if c == 0 || uint32(c) > d.h.RootCodes {
		return 0, false
	}
	return State(d.cells[c]), true
}

// Next is the state after s and the character with code c; ok is false if
// no word continues that way.
func (d *Dict) Next(s State, c uint16) (next State, ok bool) {
	next = State(d.cells[cellBase(uint64(s))+uint32(c)])
	return next, c != 0 && cellCode(uint64(next)) == c
}

// Word is the row of the word the walk to s spells (0: none).
func (s State) Word() uint16 { return cellPair(uint64(s)) }

// Word is the row of the word a node spells (0: it spells none).
func (d *Dict) Word(node uint32) uint16 { return cellPair(d.cells[node]) }

// Cost is the path cost of a word's row, as gse computes it (log2 of the
// total frequency minus log2 of the word's, in float32).
func (d *Dict) Cost(row uint16) float32 { return d.dist[row] }

// Tag is the part-of-speech tag of a word's row.
func (d *Dict) Tag(row uint16) string { return d.tags[d.pairTag[row]] }
