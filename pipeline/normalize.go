package pipeline

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Normalized is text after Normalize, with the map back to the text it came
// from: the rune at Text rune index i stood at Orig[i] in the source, and
// Orig[len] is the source length, so a span [s, e) of Text is [Orig[s], Orig[e])
// of the source.
type Normalized struct {
	Text string
	Orig []int
}

// SourceSpan maps a rune span of the normalized text back to the source.
func (n *Normalized) SourceSpan(start, end int) (int, int) {
	return n.Orig[start], n.Orig[end]
}

//go:embed data/fold.tsv
var foldTSV string

var foldTable = mustParseFold(foldTSV)

func mustParseFold(src string) map[rune]rune {
	m := map[rune]rune{}
	for i, line := range strings.Split(src, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 2 {
			panic(fmt.Sprintf("fold.tsv:%d: want from<TAB>to", i+1))
		}
		m[parseRune(f[0], i+1)] = parseRune(f[1], i+1)
	}
	return m
}

func parseRune(s string, line int) rune {
	if strings.HasPrefix(s, "U+") {
		v, err := strconv.ParseUint(s[2:], 16, 32)
		if err != nil {
			panic(fmt.Sprintf("fold.tsv:%d: bad code point %q", line, s))
		}
		return rune(v)
	}
	r, n := utf8.DecodeRuneInString(s)
	if n != len(s) {
		panic(fmt.Sprintf("fold.tsv:%d: %q is not one rune", line, s))
	}
	return r
}

// dropped runes carry no text: zero-width spaces and joiners, stray BOMs, soft hyphens.
func dropped(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return true
	}
	return false
}

// foldFrom is the smallest rune folding may change; foldHan tells whether the
// table folds any CJK ideograph (U+4E00–U+9FFF). They spare the table lookup
// for ASCII and Chinese characters, nearly all of the text.
var foldFrom, foldHan = func() (rune, bool) {
	low, han := rune(0xff01), false // the full-width block is folded without the table
	for r := range foldTable {
		low = min(low, r)
		han = han || r >= 0x4e00 && r <= 0x9fff
	}
	return low, han
}()

// FoldRune maps one rune to its normal form: full-width digits, letters and
// punctuation to half-width, one form for dashes, tildes, percent signs and spaces.
func FoldRune(r rune) rune {
	if r < foldFrom || r >= 0x4e00 && r <= 0x9fff && !foldHan {
		return r
	}
	if f, ok := foldTable[r]; ok {
		return f
	}
	if r >= 0xff01 && r <= 0xff5e { // full-width ASCII
		if n := width.LookupRune(r).Narrow(); n != 0 {
			return n
		}
	}
	return r
}

// Normalize folds text (see FoldRune), turns CRLF and lone CR into LF and
// drops zero-width characters, keeping the map back to the source offsets.
func Normalize(src string) Normalized { return NormalizeRunes([]rune(src)) }

// NormalizeRunes is Normalize on text given as runes; rs is not changed.
func NormalizeRunes(rs []rune) Normalized {
	var b strings.Builder
	b.Grow(len(rs) * 3)
	orig := make([]int, 0, len(rs)+1)
	for i, r := range rs {
		switch {
		case dropped(r):
			continue
		case r == '\r':
			if i+1 < len(rs) && rs[i+1] == '\n' {
				continue
			}
			r = '\n'
		case r == '，' && i > 0 && i+1 < len(rs) && isWideDigit(rs[i-1]) && isWideDigit(rs[i+1]):
			r = ',' // ４，５６５: a thousands separator between full-width digits
		default:
			r = FoldRune(r)
		}
		b.WriteRune(r)
		orig = append(orig, i)
	}
	orig = append(orig, len(rs))
	return Normalized{Text: b.String(), Orig: orig}
}

func isWideDigit(r rune) bool { return r >= '０' && r <= '９' }
