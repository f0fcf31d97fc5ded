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
	gloss := pinyinGlosses(rs)
	for i, r := range rs {
		switch {
		case dropped(r), gloss != nil && gloss[i]:
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

// pinyinGlosses marks the romanisations some pages print in brackets after a
// character (增長(zhǎng)3.2%, 1627萬(wàn)噸, 常(chang)(chang)住): they cut words,
// units and numbers, so the rules read the text without them (the figures'
// surfaces and metrics are still copied from the source, glosses included).
// A gloss is one pinyin syllable in brackets right after a Han character or
// after another gloss. A syllable with a tone mark is always one; toneless
// syllables only in a text that has at least three glosses, so a unit in a
// table header (面积(ha), 用时(min)) stays in an ordinary text. nil: none.
func pinyinGlosses(rs []rune) []bool {
	type span struct{ start, end int }
	var found []span
	toned, after := 0, -1 // after: where the last gloss ended
	for i := 1; i < len(rs); i++ {
		if rs[i] != '(' && rs[i] != '（' || !isHanRune(rs[i-1]) && i != after {
			continue
		}
		j := i + 1
		for j < len(rs) && j-i <= 7 && isPinyinLetter(rs[j]) {
			j++
		}
		if j >= len(rs) || j == i+1 || rs[j] != ')' && rs[j] != '）' {
			continue
		}
		syl, tone := toneless(rs[i+1 : j])
		if !pinyinSyllable(syl) {
			continue
		}
		if tone {
			toned++
		}
		found = append(found, span{i, j + 1})
		after = j + 1
	}
	if len(found) == 0 || toned == 0 && len(found) < 3 {
		return nil
	}
	mark := make([]bool, len(rs))
	for _, g := range found {
		if len(found) < 3 {
			if _, tone := toneless(rs[g.start+1 : g.end-1]); !tone {
				continue
			}
		}
		for k := g.start; k < g.end; k++ {
			mark[k] = true
		}
	}
	return mark
}

func isHanRune(r rune) bool { return r >= 0x3400 && r <= 0x9fff || r >= 0xf900 && r <= 0xfaff }

// toneMarks maps a vowel with a tone mark (and ü) to its plain letter.
var toneMarks = map[rune]rune{
	'ā': 'a', 'á': 'a', 'ǎ': 'a', 'à': 'a', 'ē': 'e', 'é': 'e', 'ě': 'e', 'è': 'e',
	'ī': 'i', 'í': 'i', 'ǐ': 'i', 'ì': 'i', 'ō': 'o', 'ó': 'o', 'ǒ': 'o', 'ò': 'o',
	'ū': 'u', 'ú': 'u', 'ǔ': 'u', 'ù': 'u', 'ǖ': 'v', 'ǘ': 'v', 'ǚ': 'v', 'ǜ': 'v', 'ü': 'v',
}

func isPinyinLetter(r rune) bool {
	_, ok := toneMarks[r]
	return r >= 'a' && r <= 'z' || ok
}

// toneless returns a syllable with its tone marks removed (ü as v) and
// whether it had one.
func toneless(rs []rune) (string, bool) {
	b := make([]rune, len(rs))
	tone := false
	for i, r := range rs {
		if p, ok := toneMarks[r]; ok {
			b[i], tone = p, tone || r != 'ü'
		} else {
			b[i] = r
		}
	}
	return string(b), tone
}

var pinyinInitials = []string{"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""}

var pinyinFinals = map[string]bool{}

func init() {
	for _, f := range strings.Fields("a ai an ang ao e ei en eng er i ia ian iang iao ie in ing iong iu o ong ou u ua uai uan uang ue ui un uo v ve van vn") {
		pinyinFinals[f] = true
	}
}

// pinyinSyllable reports whether s (toneless) is an initial and a final of Mandarin pinyin.
func pinyinSyllable(s string) bool {
	for _, in := range pinyinInitials {
		if strings.HasPrefix(s, in) && pinyinFinals[s[len(in):]] {
			return true
		}
	}
	return false
}
