package pipeline

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// traditionalShare is the share of Han characters that must change under
// traditional → simplified conversion for a text to count as traditional. In
// simplified text almost none do (a stray 於 in a name); in traditional text a
// quarter or more do.
const traditionalShare = 0.05

// simplifySample is how many Han characters Simplify looks at to decide.
const simplifySample = 2000

// t2sBase and t2sEnd bound the blocks of Han characters the table covers:
// CJK Extension A, the unified ideographs and the compatibility ideographs.
const t2sBase, t2sEnd = 0x3400, 0xfb00

// t2sTable maps r to its simplified form at r-t2sBase, 0 when it has none:
// a flat table (200 KB), as every Han character of a document is looked up.
type t2sTable []rune

func (t t2sTable) lookup(r rune) (rune, bool) {
	if r < t2sBase || r >= t2sEnd || t[r-t2sBase] == 0 {
		return r, false
	}
	return t[r-t2sBase], true
}

// t2sTSV is the character table of OpenCC's traditional → simplified
// conversion, one character for one (made from OpenCC by `go generate`, see
// internal/t2sgen; TestT2STableGenerated checks it): the binary embeds these
// 31 KB, not OpenCC and its dictionaries.
//
//go:generate go run ../internal/t2sgen/gent2s data/t2s.tsv
//go:embed data/t2s.tsv
var t2sTSV string

// t2s is the table of t2sTSV, built once.
var t2s = sync.OnceValues(func() (t2sTable, error) { return parseT2S(t2sTSV) })

func parseT2S(tsv string) (t2sTable, error) {
	table := make(t2sTable, t2sEnd-t2sBase)
	for i, line := range strings.Split(tsv, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		from, to, ok := strings.Cut(line, "\t")
		f, nf := utf8.DecodeRuneInString(from)
		t, nt := utf8.DecodeRuneInString(to)
		if !ok || nf != len(from) || nt != len(to) || nt == 0 || f < t2sBase || f >= t2sEnd {
			return nil, fmt.Errorf("t2s.tsv line %d: %q", i+1, line)
		}
		table[f-t2sBase] = t
	}
	return table, nil
}

// Simplify turns a traditional-Chinese text into simplified characters, one
// character for one, so the unit table, the word lists and the segmenter's
// simplified dictionary apply (個百分點 → 个百分点, 億元 → 亿元). Offsets do not
// move. Text that is not traditional is left as it is; it reports whether it
// changed the text.
func Simplify(n *Normalized) bool {
	table, err := t2s()
	if err != nil {
		return false
	}
	var v t2sVote
	for b, s := 0, n.Text; b < len(s); {
		var r rune
		size := 1
		switch x := s[b]; {
		case x < utf8.RuneSelf:
			b++
			continue // not Han
		case x >= 0xe1 && x <= 0xef && x != 0xed && b+2 < len(s) && s[b+1]&0xc0 == 0x80 && s[b+2]&0xc0 == 0x80:
			r, size = rune(x&0x0f)<<12|rune(s[b+1]&0x3f)<<6|rune(s[b+2]&0x3f), 3
		default:
			r, size = utf8.DecodeRuneInString(s[b:])
		}
		b += size
		if v.add(table, r) {
			break // enough to tell
		}
	}
	if !v.traditional() {
		return false
	}
	n.Text = simplifyText(n.Text)
	return true
}

// simplifyRunes is Simplify on a text given as runes, changed in place.
func simplifyRunes(rs []rune) bool {
	table, err := t2s()
	if err != nil {
		return false
	}
	var v t2sVote
	for _, r := range rs {
		var full bool
		switch {
		case isUnified(r):
			full = v.addUnified(table, r) // inlined: most characters are these
		case r >= 0x3400:
			full = v.addOther(table, r)
		}
		if full {
			break
		}
	}
	if !v.traditional() {
		return false
	}
	table.simplify(rs)
	return true
}

// t2sVote counts the Han characters of a text, up to simplifySample, and
// those of them that change under simplification.
type t2sVote struct{ han, trad int }

// add counts r; it reports whether the sample is complete.
func (v *t2sVote) add(table t2sTable, r rune) bool {
	if isUnified(r) {
		return v.addUnified(table, r)
	}
	return v.addOther(table, r)
}

// isUnified tells the CJK unified ideographs (U+4E00–U+9FFF).
func isUnified(r rune) bool { return uint32(r-0x4e00) <= 0x9fff-0x4e00 }

// addUnified is add for a unified ideograph (within the table).
func (v *t2sVote) addUnified(table t2sTable, r rune) bool {
	v.han++
	if table[r-t2sBase] != 0 {
		v.trad++
	}
	return v.han == simplifySample
}

// addOther is add for the characters outside the unified ideographs.
func (v *t2sVote) addOther(table t2sTable, r rune) bool {
	if r < 0x3400 || !isHanVote(r) {
		return false
	}
	v.han++
	if _, ok := table.lookup(r); ok {
		v.trad++
	}
	return v.han == simplifySample
}

// isHanVote tells the characters t2sVote counts: the unified ideographs, and
// from U+3400 on every other Han character (unicode.Han, asked only
// outside the blocks that hold none).
func isHanVote(r rune) bool {
	switch {
	case r >= 0x4e00 && r <= 0x9fff:
		return true
	case r < 0x3400, r > 0x9fff && r < 0xf900, r >= 0xfb00 && r < 0x10000:
		return false
	}
	return unicode.Is(unicode.Han, r)
}

// traditional reports whether the text counted is traditional Chinese.
func (v t2sVote) traditional() bool {
	return v.han > 0 && float64(v.trad) >= traditionalShare*float64(v.han)
}

// simplify maps every traditional character of rs to its simplified form,
// in place.
func (t t2sTable) simplify(rs []rune) {
	for i, r := range rs {
		rs[i], _ = t.lookup(r)
	}
}

// simplifyText maps every traditional character of s to its simplified
// form, one for one (a title of a text Simplify changed).
func simplifyText(s string) string {
	table, err := t2s()
	if err != nil {
		return s
	}
	return strings.Map(func(r rune) rune {
		s, _ := table.lookup(r)
		return s
	}, s)
}
