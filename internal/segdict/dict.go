// Package segdict is the word dictionary of zhmetrics' segmenter in a
// compact, pointer-free form that is prepared at build time (Build, run by
// `go generate`), embedded in the binary and read in place: opening it
// parses nothing and allocates nothing per word.
//
// The form is a trie over characters in breadth-first order, held in flat
// arrays: each node has a character code (label), the index of its first
// child (its children are the nodes up to the next node's first child,
// sorted by label), and the row of its word's path cost and tag (0: the
// prefix is not a word). The root's child for code c is node c. Characters
// map to codes through a table of the Basic Multilingual Plane and a sorted
// list of the rest.
package segdict

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strings"
	"unsafe"
)

const magic = 0x31544453485a // "ZHSDT1"

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
	_         uint32
	TotalFreq uint64 // float64 bits: the total frequency, as gse sums it
}

// Dict is an opened dictionary. Its arrays point into the embedded bytes
// (or, on a machine where they cannot, into one copy of them).
type Dict struct {
	h         header
	bmp       []uint16 // character → code, for characters below U+10000
	supp      []uint32 // the other characters, sorted
	suppCode  []uint16
	labels    []uint16
	first     []uint32 // len Nodes+1
	pair      []uint16
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
	d.bmp = view[uint16](section(1<<16, 2))
	d.supp = view[uint32](section(int(d.h.Supp), 4))
	d.suppCode = view[uint16](section(int(d.h.Supp), 2))
	d.labels = view[uint16](section(int(d.h.Nodes), 2))
	d.first = view[uint32](section(int(d.h.Nodes)+1, 4))
	d.pair = view[uint16](section(int(d.h.Nodes), 2))
	d.dist = view[float32](section(int(d.h.Pairs), 4))
	d.pairTag = section(int(d.h.Pairs), 1)
	tagText := section(int(d.h.TagBytes), 1)
	if err != nil {
		return nil, err
	}
	d.tags = strings.Split(string(tagText), "\n")
	for _, t := range d.pairTag {
		if int(t) >= len(d.tags) {
			return nil, fmt.Errorf("segmentation dictionary: tag %d of %d", t, len(d.tags))
		}
	}
	if d.h.Nodes == 0 || d.first[d.h.Nodes] != d.h.Nodes || d.h.RootCodes >= d.h.Nodes {
		return nil, fmt.Errorf("segmentation dictionary: inconsistent trie")
	}
	d.totalFreq = math.Float64frombits(d.h.TotalFreq)
	return &d, nil
}

// view reinterprets aligned bytes as a slice of T, without copying.
func view[T uint16 | uint32 | float32](b []byte) []T {
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
	if r < 0 {
		return 0
	}
	if r < 1<<16 {
		return d.bmp[r]
	}
	if i, ok := slices.BinarySearch(d.supp, uint32(r)); ok {
		return d.suppCode[i]
	}
	return 0
}

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
	lo, hi := d.first[node], d.first[node+1]
	if hi-lo <= 8 { // most nodes have one child or a few
		for i, l := range d.labels[lo:hi] {
			if l == c {
				return lo + uint32(i)
			}
		}
		return 0
	}
	for lo < hi {
		m := (lo + hi) / 2
		switch l := d.labels[m]; {
		case l == c:
			return m
		case l < c:
			lo = m + 1
		default:
			hi = m
		}
	}
	return 0
}

// UnitEnd marks a cell of Prefixes after which one of the segmenter's
// letters ends: a word may end only there.
const UnitEnd = 1 << 16

// Match is a word found by Prefixes: how many letters it spans (cells
// marked UnitEnd) and its row.
type Match struct {
	Units int32
	Row   uint16
}

// Prefixes appends to buf the words that begin at cells[0], shortest first:
// each cell is a character's code (Code), or'ed with UnitEnd where a letter
// ends. It is the walk Child and Word make along the cells, done in one loop.
func (d *Dict) Prefixes(cells []uint32, buf []Match) []Match {
	labels, first, pair := d.labels, d.first, d.pair
	if len(cells) == 0 {
		return buf
	}
	c := uint16(cells[0])
	if c == 0 || uint32(c) > d.h.RootCodes {
		return buf
	}
	node, units := uint32(c), int32(0)
	for i := 0; ; {
		if cells[i]&UnitEnd != 0 {
			units++
			if w := pair[node]; w != 0 {
				buf = append(buf, Match{units, w})
			}
		}
		if i++; i == len(cells) {
			return buf
		}
		if c = uint16(cells[i]); c == 0 {
			return buf
		}
		lo, hi := first[node], first[node+1]
		if hi-lo <= 8 { // most nodes have one child or a few
			for lo < hi && labels[lo] < c {
				lo++
			}
		} else {
			for n := hi - lo; n > 0; { // binary search for the first label >= c
				half := n / 2
				if labels[lo+half] < c {
					lo += half + 1
					n -= half + 1
				} else {
					n = half
				}
			}
		}
		if lo >= hi || labels[lo] != c {
			return buf
		}
		node = lo
	}
}

// Word is the row of the word a node spells (0: it spells none).
func (d *Dict) Word(node uint32) uint16 { return d.pair[node] }

// Cost is the path cost of a word's row, as gse computes it (log2 of the
// total frequency minus log2 of the word's, in float32).
func (d *Dict) Cost(row uint16) float32 { return d.dist[row] }

// Tag is the part-of-speech tag of a word's row.
func (d *Dict) Tag(row uint16) string { return d.tags[d.pairTag[row]] }
