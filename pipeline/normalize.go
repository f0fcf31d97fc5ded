package pipeline

import (
	_ "embed"
	"fmt"
	"math"
	"math/bits"
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
	// The punctuation of Chinese text is in two blocks, looked up in tables.
	if u := uint32(r - cjkBlock); u < uint32(len(foldCJK)) {
		return foldCJK[u]
	}
	if u := uint32(r - wideBlock); u < uint32(len(foldWide)) {
		return foldWide[u]
	}
	return foldRune(r)
}

// cjkBlock and wideBlock begin the blocks of CJK punctuation (U+3000–U+303F:
// 。、《》「」) and of full-width forms (U+FF00–U+FFEF: ，：（）％).
const cjkBlock, wideBlock = 0x3000, 0xff00

// foldCJK and foldWide are foldRune of the runes of the two blocks: a
// lookup in an array, not a map and the width tables, for the characters
// of a text that are not ASCII nor Han.
var foldCJK, foldWide = func() (cjk [0x40]rune, wide [0xf0]rune) {
	for i := range cjk {
		cjk[i] = foldRune(cjkBlock + rune(i))
	}
	for i := range wide {
		wide[i] = foldRune(wideBlock + rune(i))
	}
	return cjk, wide
}()

// foldRune is FoldRune by the table of fold.tsv, then the width tables.
func foldRune(r rune) rune {
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
	rs, _, _, _ := decodeRunes(src, true, nil, nil)
	return NormalizeRunes(rs)
}

// NormalizeRunes is Normalize on text given as runes; rs is not changed.
func NormalizeRunes(rs []rune) Normalized {
	out, orig := normalizeRunes(rs)
	return Normalized{Text: string(out), Orig: fullMap(orig, len(rs))}
}

// normalizedRunes is Normalize's text as runes, without the map back to the
// source (a title, a chunk's look-ahead: nothing is mapped back from them).
func normalizedRunes(src string) []rune {
	rs, _, _, _ := decodeRunes(src, true, nil, nil)
	out, _ := normalizeRunes(rs)
	return out
}

// sourceText is a document's text as written, read as runes: the figures'
// surfaces, sentences and metrics are copied from it.
type sourceText struct {
	text  string  // valid UTF-8
	runes []rune  // []rune(text)
	at    []int32 // the byte offset in text of every rune, and of the end
}

// readSource reads text as runes into the scratch's runes and offsets. A
// text that is not valid UTF-8 is read as its runes' encoding (a broken byte
// as U+FFFD), so that text[at[i]:at[j]] is string(runes[i:j]).
func (sc *scratch) readSource(text string) sourceText {
	rs, at, valid, _ := decodeRunes(text, true, sc.runes, sc.at)
	if !valid {
		text = string(rs)
		_, at, _, _ = decodeRunes(text, true, nil, at)
	}
	sc.runes, sc.at = rs, at
	return sourceText{text: text, runes: rs, at: at}
}

// fullMap is a map of normalizeRunes with the identity (nil) written out,
// for a source of n runes.
func fullMap(orig []int, n int) []int {
	if orig != nil {
		return orig
	}
	orig = make([]int, n+1)
	for i := range orig {
		orig[i] = i
	}
	return orig
}

// normalizeRunes normalises rs: the text, and the map back to rs (out[i]
// was rs[orig[i]], orig[len(out)] is len(rs)); orig is nil when no rune is
// dropped, the map being then the identity. A text with pinyin glosses
// (pinyinFound) is read twice: the second pass leaves them out.
func normalizeRunes(rs []rune) (out []rune, orig []int) { return new(scratch).normalize(rs) }

// normalize is normalizeRunes into the scratch's normalised runes and map.
func (sc *scratch) normalize(rs []rune) (out []rune, orig []int) {
	var glosses pinyinFound
	out, orig = foldRunes(rs, nil, &glosses, sc.norm, sc.orig)
	if skip := glosses.marks(len(rs)); skip != nil {
		out, orig = foldRunes(rs, skip, nil, out, orig)
	}
	sc.norm = out
	if orig != nil {
		sc.orig = orig
	}
	return out, orig
}

// foldRunes is one pass of normalizeRunes: it leaves out the runes skip
// marks and, with found, gathers the pinyin glosses. Until a rune is
// dropped, out[i] is rs[i]'s form and the map is the identity: that loop,
// the whole text nearly always, keeps no map. out and orig are written
// into outBuf and origBuf when they are large enough.
func foldRunes(rs []rune, skip []bool, found *pinyinFound, outBuf []rune, origBuf []int) (out []rune, orig []int) {
	out = resize(outBuf, len(rs))[:len(rs)] // of a length the compiler knows: out[i] needs no bounds check
	i := 0
	for ; i < len(rs) && skip == nil; i++ {
		r := rs[i]
		if !plainRune(r) {
			if r = normalRune(rs, i, skip, found); r < 0 {
				break
			}
		}
		out[i] = r
	}
	if i == len(rs) {
		return out, nil
	}
	// rs[i] is dropped (read again below: a dropped rune is never a
	// bracket, so no gloss is gathered twice), or skip marks some.
	orig = resize(origBuf, len(rs)+1)[:i] // the identity so far, with room for the rest
	for k := range orig {
		orig[k] = k
	}
	n := i // out[:n] is written
	for ; i < len(rs); i++ {
		r := rs[i]
		if skip != nil || !plainRune(r) {
			if r = normalRune(rs, i, skip, found); r < 0 {
				continue
			}
		}
		out[n] = r
		orig = append(orig, i)
		n++
	}
	return out[:n], append(orig, len(rs))
}

// scriptSpace tells whether rs[i] is a space set between scripts: one
// space (ASCII, no-break or thin) with a Chinese character on one side and
// a digit on the other, as text typeset with spacing between Chinese and
// Latin (2023 年全市地区生产总值为 1234.5 亿元，增长 5.2%) or copied from
// a PDF is written (not beside a Chinese digit: 667.123 五点八 are two
// numbers). It is dropped: the rules read 2023年 and 1234.5亿元 as
// in text set without it (the figures' surfaces, metrics and sentences are
// copied from the source, the space kept). Two spaces or more, and the
// ideographic space U+3000, are left: they align the columns of a table; so
// is the space after a number that opens its line, but before 年, 月, 日.
func scriptSpace(rs []rune, i int) bool {
	if !scriptSpaceRune(rs[i]) {
		return false
	}
	if i == 0 || i+1 >= len(rs) {
		return false
	}
	a, b := FoldRune(rs[i-1]), FoldRune(rs[i+1])
	if strings.ContainsRune(cnNumerals, a) || strings.ContainsRune(cnNumerals, b) {
		return false // 667.123 五点八, 第五 3: two numbers, not one
	}
	if isHanRune(a) && isASCIIDigit(b) {
		return true
	}
	if !isASCIIDigit(a) || !isHanRune(b) {
		return false
	}
	// A number that opens its line (after spaces and marks: §4) is a
	// section's (1.1 本公司董事会, §4 股东持股情况: the space parts it from
	// the heading) unless a date's unit follows it (2023 年全市…).
	j := i - 1
	for j >= 0 && (isASCIIDigit(FoldRune(rs[j])) || rs[j] == '.' || rs[j] == ',') {
		j--
	}
	for j >= 0 && (rs[j] == ' ' || rs[j] == '\t' || rs[j] == '\u3000' || strings.ContainsRune(sectionMarks, rs[j])) {
		j--
	}
	return j >= 0 && rs[j] != '\n' && rs[j] != '\r' || b == '年' || b == '月' || b == '日'
}

// cnNumerals are the Chinese digits and the 点 of a decimal: a space
// between one and a digit parts two numbers. (The scales 百千万亿 are not
// among them: 1.5 万人 is one.)
const cnNumerals = "〇○零一二三四五六七八九十两点"

// scriptSpaceRune tells the spaces scriptSpace may drop.
func scriptSpaceRune(r rune) bool { return r == ' ' || r == '\u00a0' || r == '\u2009' || r == '\u202f' }

// sectionMarks may stand before a section's number or a list item's.
const sectionMarks = "§#◆◇●○■□▲△★☆•·*"

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

// plainRune tells the runes that stand as they are wherever they are, the
// bulk of a text (ASCII and Chinese characters): normalRune need not look
// at them. A CR can be dropped and an opening bracket can begin a pinyin
// gloss.
func plainRune(r rune) bool {
	return r < utf8.RuneSelf && r != '\r' && r != '(' && r != ' ' || r >= 0x4e00 && r <= 0x9fff && !foldHan
}

// normalRune is the normal form of rs[i], -1 if it is dropped (marked in
// skip, zero-width, or the CR of a CRLF). With found, it looks for a pinyin
// gloss at an opening bracket.
func normalRune(rs []rune, i int, skip []bool, found *pinyinFound) rune {
	r := rs[i]
	if found != nil && (r == '(' || r == '（') && i > 0 {
		found.at(rs, i)
	}
	switch {
	case skip != nil && skip[i], dropped(r):
		return -1
	case r == '\r':
		if i+1 < len(rs) && rs[i+1] == '\n' {
			return -1
		}
		return '\n'
	case scriptSpace(rs, i):
		return -1
	case r == '，' && i > 0 && i+1 < len(rs) && isWideDigit(rs[i-1]) && isWideDigit(rs[i+1]):
		return ',' // ４，５６５: a thousands separator between full-width digits
	}
	return FoldRune(r)
}

// threeBytes tells whether b0 b1 b2 is a character of three bytes other
// than those with lead byte E0 or ED: the common case (Chinese, CJK
// punctuation), where any continuation bytes make a valid character,
// neither overlong nor a surrogate. The two continuation bytes are tested
// at once: b1's top bits 10, b2's 10 shifted down two.
func threeBytes(b0, b1, b2 byte) bool {
	return b0-0xe1 <= 0xef-0xe1 && b0 != 0xed && b1&0xc0|b2>>2&0x30 == 0xa0
}

// decodeRunes is []rune(s) in one pass over s (the runtime's conversion
// makes two), which decodes ASCII and the characters of three bytes
// (threeBytes) inline. at gives the byte offset of every rune and of the
// end (rs[i] is s[at[i]:at[i+1]]), and valid tells whether s is valid
// UTF-8. Unless whole, a broken byte ends the pass: the result is then
// only valid false. The runes and offsets are written into rsBuf and
// atBuf when they are large enough (a worker's scratch), else into new
// slices. The pass also counts the control characters (isControl) of s
// and finds the first, as countControls does: decodeSource need not read
// s again.
func decodeRunes(s string, whole bool, rsBuf []rune, atBuf []int32) (rs []rune, at []int32, valid bool, ctl controls) {
	if len(s) > math.MaxInt32 {
		panic("text over 2 GiB") // a document's text never is: Process recovers it as the document's error
	}
	rs = resize(rsBuf, runesHint(s))
	at = resize(atBuf, len(rs)+1)
	valid, ctl.first = true, -1
	n, b := 0, 0
	// rs is as long as s has runes if s is valid UTF-8; each broken byte
	// adds one, appended after the loop.
	for {
		dn, db := decodeCommon(s[b:], b, rs[n:], at[n:])
		if n, b = n+dn, b+db; b == len(s) || n == len(rs) {
			break
		}
		at[n] = int32(b)
		r, size := utf8.DecodeRuneInString(s[b:])
		if valid = valid && (r != utf8.RuneError || size > 1); !valid && !whole {
			return nil, nil, false, controls{}
		}
		ctl.add(r, b)
		rs[n] = r
		b += size
		n++
	}
	rs, at = rs[:n], at[:n]
	for ; b < len(s); n++ {
		r, size := utf8.DecodeRuneInString(s[b:])
		valid = valid && (r != utf8.RuneError || size > 1)
		ctl.add(r, b)
		rs, at = append(rs, r), append(at, int32(b))
		b += size
	}
	return rs, append(at, int32(len(s))), valid, ctl
}

// controls counts the control characters of a text (isControl) and keeps
// the byte offset of the first (-1: none).
type controls struct{ count, first int }

// add counts r, at byte b, if it is a control character (a single byte:
// never a piece of another character, nor a broken byte, read as U+FFFD).
func (c *controls) add(r rune, b int) {
	if r < utf8.RuneSelf && isControl(byte(r)) {
		c.count++
		if c.first < 0 {
			c.first = b
		}
	}
}

// decodeCommon is decodeRunes' loop over the common characters, ASCII
// other than control characters and those of three bytes (threeBytes): it decodes s, which starts at byte
// base of the text, into rs and at, and stops at another character or at
// the end of s or of rs. It returns how many runes and bytes it read. A loop
// of its own, with few variables, all kept in registers.
func decodeCommon(s string, base int, rs []rune, at []int32) (n, b int) {
	// t is what is left of s: its length tells the compiler that t[1] and
	// t[2] are there, where s[b+1] needed bounds checks.
	t, end := s, base+len(s)
	at = at[:len(rs)] // (at is longer)
	for i := range rs {
		if len(t) == 0 {
			return i, len(s)
		}
		at[i] = int32(end - len(t))
		switch x := t[0]; {
		case x < utf8.RuneSelf && !isControl(x): // (decodeRunes counts the controls)
			rs[i] = rune(x)
			t = t[1:]
		case len(t) >= 3 && threeBytes(x, t[1], t[2]):
			rs[i] = rune(x&0x0f)<<12 | rune(t[1]&0x3f)<<6 | rune(t[2]&0x3f)
			t = t[3:]
		default:
			return i, len(s) - len(t)
		}
	}
	return len(rs), len(s) - len(t)
}

// runesHint is about the number of runes of s: exactly, if s is valid
// UTF-8 (the bytes that do not continue a character).
func runesHint(s string) int {
	n := len(s)
	for len(s) >= 8 {
		w := le64(s)
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

func isWideDigit(r rune) bool { return r >= '０' && r <= '９' }

// le64 is the first eight bytes of s as a little-endian word.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

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

// at looks for a gloss at the bracket rs[i] (i > 0).
func (f *pinyinFound) at(rs []rune, i int) {
	if !isHanRune(rs[i-1]) && i != f.after-1 {
		return
	}
	// Up to seven pinyin letters, then a closing bracket.
	j := i + 1
	for j < len(rs) && j-i <= 7 && isPinyinLetter(rs[j]) {
		j++
	}
	if j >= len(rs) || j == i+1 || rs[j] != ')' && rs[j] != '）' {
		return
	}
	syl, tone := toneless(rs[i+1 : j])
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
