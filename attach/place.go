package attach

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

// nsPrefixes lists the first two characters of every word that the
// segmenter's dictionary (gse's simplified-Chinese dictionary,
// pipeline/data/gse/zh_s.txt) tags ns, a place, for the words whose first
// two characters are both of three or more bytes in UTF-8: one line per
// first character, followed by every second character. TestNsPrefixes
// checks it against the dictionary (ATTACH_WRITE_NS=1 rewrites it).
//
//go:embed data/nsprefix.txt
var nsPrefixes string

var (
	nsPairsOnce sync.Once
	nsPairs     []uint64 // first<<32 | second, sorted
)

// mayOpenPlace reports whether a text that begins with the characters r0 r1
// can be cut by the project's segmenter into a first word tagged ns of two
// characters or more. It is false only when that is sure: both characters
// are of three bytes or more (each a unit of the segmenter alone, never a
// piece of a run of Latin letters and digits), and no word of the
// dictionary tagged ns begins with them. The segmenter's first word is a
// word of its dictionary that the text begins with (or one unknown unit,
// tagged x), and the tag is that word's.
func mayOpenPlace(r0, r1 rune) bool {
	if r0 < 0x800 || r1 < 0x800 {
		return true
	}
	nsPairsOnce.Do(func() {
		for line := range strings.Lines(nsPrefixes) {
			rs := []rune(strings.TrimSuffix(line, "\n"))
			for _, r := range rs[1:] {
				nsPairs = append(nsPairs, uint64(rs[0])<<32|uint64(r))
			}
		}
		slices.Sort(nsPairs)
	})
	_, ok := slices.BinarySearch(nsPairs, uint64(r0)<<32|uint64(r1))
	return ok
}

// zhsTagger is a tokenizer that says its tags are those of gse's
// simplified-Chinese dictionary (pipeline.Segmenter does), the dictionary
// nsPrefixes is made from.
type zhsTagger interface{ TagsFromZhS() bool }

// isDictSegmenter reports whether tok's tags are those of the dictionary
// nsPrefixes is made from, so that a phrase none of whose ns words can
// begin is known to begin with no place without segmenting it.
func isDictSegmenter(tok any) bool {
	t, ok := tok.(zhsTagger)
	return ok && t.TagsFromZhS()
}
