package pipeline

import (
	_ "embed"
	"fmt"
	"math/bits"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"

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
func Normalize(src string) Normalized {
	_, _, text, orig := normalize(src, false, false)
	// text is never written again: the string is its bytes, not a copy.
	return Normalized{Text: unsafe.String(unsafe.SliceData(text), len(text)), Orig: orig}
}

// NormalizeRunes is Normalize on text given as runes; rs is not changed.
func NormalizeRunes(rs []rune) Normalized { return Normalize(string(rs)) }

// normalizeText is Normalize with the text as runes.
func normalizeText(src string) ([]rune, []int) {
	_, out, _, orig := normalize(src, true, false)
	return out, orig
}

// normalizeSource is normalizeText that also gives src as runes ([]rune(src),
// read in the same pass).
func normalizeSource(src string) (source, out []rune, orig []int) {
	source, out, _, orig = normalize(src, true, true)
	return source, out, orig
}

// normalize is Normalize in one pass over the bytes of src (two for a text
// with pinyin glosses), which decodes the Chinese characters inline: the
// text as runes (asRunes) or as UTF-8, and the map; with keepSource, src as
// runes too.
func normalize(src string, asRunes, keepSource bool) (source, out []rune, text []byte, orig []int) {
	source, out, text, orig, glosses := normalizePass(src, asRunes, keepSource, nil)
	if glosses != nil {
		_, out, text, orig, _ = normalizePass(src, asRunes, false, glosses)
	}
	return source, out, text, orig
}

// normalizePass normalises src, leaving out the runes skip marks (by rune
// index); without skip it also finds the pinyin glosses to leave out
// (pinyinFound), nil if there are none.
func normalizePass(src string, asRunes, keepSource bool, skip []bool) (source, out []rune, text []byte, orig []int, glosses []bool) {
	n := runesHint(src)
	if asRunes {
		out = make([]rune, 0, n)
	} else {
		text = make([]byte, 0, len(src)) // folding never makes a character longer
	}
	orig = make([]int, 0, n+1)
	if keepSource {
		source = make([]rune, 0, n)
	}
	var found pinyinFound
	i := 0           // the rune index in src
	prev := rune(-1) // the rune before, in src
	kept := 0        // src[kept:] is not yet in text (UTF-8 only: runs of unchanged characters are copied at once)
	for b := 0; b < len(src); i++ {
		var r rune
		size := 1
		switch x := src[b]; {
		case x < utf8.RuneSelf:
			r = rune(x)
		case x >= 0xe1 && x <= 0xef && x != 0xed && b+2 < len(src) && src[b+1]&0xc0 == 0x80 && src[b+2]&0xc0 == 0x80:
			r, size = rune(x&0x0f)<<12|rune(src[b+1]&0x3f)<<6|rune(src[b+2]&0x3f), 3
		default:
			r, size = utf8.DecodeRuneInString(src[b:])
		}
		at := b
		b += size
		if keepSource {
			source = append(source, r)
		}
		if r >= 0x4e00 && r <= 0x9fff && !foldHan { // a Chinese character: as it is (never in a gloss)
			prev = r
			if asRunes {
				out = append(out, r)
			}
			orig = append(orig, i)
			continue
		}
		cur := r
		if skip == nil && (r == '(' || r == '（') && i > 0 {
			found.at(src, b, i, prev)
		}
		drop := false
		switch {
		case skip != nil && skip[i]:
			drop = true
		case r < utf8.RuneSelf: // ASCII is never folded nor dropped
			if r == '\r' {
				if b < len(src) && src[b] == '\n' {
					drop = true
				}
				r = '\n'
			}
		case dropped(r):
			drop = true
		case r == '，' && isWideDigit(prev) && isWideDigit(nextRune(src, b)):
			r = ',' // ４，５６５: a thousands separator between full-width digits
		default:
			r = FoldRune(r)
		}
		prev = cur
		if !asRunes && (drop || r != cur || r == utf8.RuneError && size == 1) {
			text = append(text, src[kept:at]...)
			if !drop {
				text = utf8.AppendRune(text, r)
			}
			kept = b
		}
		if drop {
			continue
		}
		if asRunes {
			out = append(out, r)
		}
		orig = append(orig, i)
	}
	if !asRunes {
		text = append(text, src[kept:]...)
	}
	orig = append(orig, i)
	return source, out, text, orig, found.marks(i)
}

// runesHint is about the number of runes of s: exactly, if s is valid
// UTF-8 (the bytes that do not continue a character).
func runesHint(s string) int {
	n := len(s)
	for len(s) >= 8 {
		w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		n -= bits.OnesCount64(w & ^(w << 1) & 0x8080808080808080) // bytes 10xxxxxx
		s = s[8:]
	}
	for i := 0; i < len(s); i++ {
		if s[i]&0xc0 == 0x80 {
			n--
		}
	}
	return n
}

// nextRune is the rune at byte b of s, or -1 at its end.
func nextRune(s string, b int) rune {
	if b >= len(s) {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(s[b:])
	return r
}

func isWideDigit(r rune) bool { return r >= '０' && r <= '９' }

// pinyinFound gathers the romanisations some pages print in brackets after a
// character (增長(zhǎng)3.2%, 1627萬(wàn)噸, 常(chang)(chang)住): they cut words,
// units and numbers, so the rules read the text without them (the figures'
// surfaces and metrics are still copied from the source, glosses included).
// A gloss is one pinyin syllable in brackets right after a Han character or
// after another gloss. A syllable with a tone mark is always one; toneless
// syllables only in a text that has at least three glosses, so a unit in a
// table header (面积(ha), 用时(min)) stays in an ordinary text.
type pinyinFound struct {
	spans []pinyinSpan
	toned int
	after int // the rune index where the last gloss ended, +1 (0: none yet)
}

type pinyinSpan struct {
	start, end int // rune indices
	tone       bool
}

// at looks for a gloss at the bracket at rune index i (i > 0), whose
// following byte is b and before which is rune prev.
func (f *pinyinFound) at(s string, b, i int, prev rune) {
	if !isHanRune(prev) && i != f.after-1 {
		return
	}
	// Up to seven pinyin letters, then a closing bracket.
	j, e := i+1, b
	for e < len(s) && j-i <= 7 {
		q, qs := utf8.DecodeRuneInString(s[e:])
		if !isPinyinLetter(q) {
			break
		}
		j, e = j+1, e+qs
	}
	if e >= len(s) || j == i+1 {
		return
	}
	if q, _ := utf8.DecodeRuneInString(s[e:]); q != ')' && q != '）' {
		return
	}
	syl, tone := toneless([]rune(s[b:e]))
	if !pinyinSyllable(syl) {
		return
	}
	if tone {
		f.toned++
	}
	f.spans = append(f.spans, pinyinSpan{i, j + 1, tone})
	f.after = j + 2
}

// marks marks the runes of the glosses to leave out, of a text of n runes;
// nil: none.
func (f *pinyinFound) marks(n int) []bool {
	if len(f.spans) == 0 || f.toned == 0 && len(f.spans) < 3 {
		return nil
	}
	mark := make([]bool, n)
	for _, g := range f.spans {
		if len(f.spans) < 3 && !g.tone {
			continue
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
