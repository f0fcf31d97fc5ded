package pipeline

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/width"

	"github.com/zhmetrics/zhmetrics/internal/devtexts"
)

// The reference: Normalize as it was written before it read the text in one
// pass over its bytes (kept here to prove the two give the same text and
// map).

// normalizeRef folds text (see FoldRune), turns CRLF and lone CR into LF and
// drops zero-width characters, keeping the map back to the source offsets.
func normalizeRef(src string) Normalized { return normalizeRunesRef([]rune(src)) }

// NormalizeRunes is Normalize on text given as runes; rs is not changed.
func normalizeRunesRef(rs []rune) Normalized {
	var b strings.Builder
	b.Grow(len(rs) * 3)
	orig := make([]int, 0, len(rs)+1)
	gloss := pinyinGlossesRef(rs)
	for i, r := range rs {
		switch {
		case dropped(r), gloss != nil && gloss[i]:
			continue
		case r == '\r':
			if i+1 < len(rs) && rs[i+1] == '\n' {
				continue
			}
			r = '\n'
		case strings.ContainsRune(" \u00a0\u2009\u202f", r) && i > 0 && i+1 < len(rs) &&
			!strings.ContainsAny(string([]rune{FoldRune(rs[i-1]), FoldRune(rs[i+1])}), "〇○零一二三四五六七八九十两点") &&
			(isHanRuneRef(FoldRune(rs[i-1])) && unicode.IsDigit(FoldRune(rs[i+1])) && FoldRune(rs[i+1]) < 128 ||
				isHanRuneRef(FoldRune(rs[i+1])) && unicode.IsDigit(FoldRune(rs[i-1])) && FoldRune(rs[i-1]) < 128 &&
					(!opensLineRef(rs, i) || strings.ContainsRune("年月日", rs[i+1]))):
			continue // one space between a Chinese character and a digit (2023 年), not after a section's number
		case r == '，' && i > 0 && i+1 < len(rs) && isWideDigitRef(rs[i-1]) && isWideDigitRef(rs[i+1]):
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

// opensLineRef: the number before rs[i] opens its line (after spaces).
func opensLineRef(rs []rune, i int) bool {
	line := string(rs[:i])
	if k := strings.LastIndexAny(line, "\n\r"); k >= 0 {
		line = line[k+1:]
	}
	return strings.TrimLeft(strings.TrimLeft(line, " \t\u3000§#◆◇●○■□▲△★☆•·*"), "0123456789.,０１２３４５６７８９") == ""
}

func isWideDigitRef(r rune) bool { return r >= '０' && r <= '９' }

// pinyinGlossesRef marks the romanisations some pages print in brackets after a
// character (增長(zhǎng)3.2%, 1627萬(wàn)噸, 常(chang)(chang)住): they cut words,
// units and numbers, so the rules read the text without them (the figures'
// surfaces and metrics are still copied from the source, glosses included).
// A gloss is one pinyin syllable in brackets right after a Han character or
// after another gloss. A syllable with a tone mark is always one; toneless
// syllables only in a text that has at least three glosses, so a unit in a
// table header (面积(ha), 用时(min)) stays in an ordinary text. nil: none.
func pinyinGlossesRef(rs []rune) []bool {
	type span struct{ start, end int }
	var found []span
	toned, after := 0, -1 // after: where the last gloss ended
	for i := 1; i < len(rs); i++ {
		if rs[i] != '(' && rs[i] != '（' || !isHanRuneRef(rs[i-1]) && i != after {
			continue
		}
		j := i + 1
		for j < len(rs) && j-i <= 7 && isPinyinLetterRef(rs[j]) {
			j++
		}
		if j >= len(rs) || j == i+1 || rs[j] != ')' && rs[j] != '）' {
			continue
		}
		syl, tone := tonelessRef(rs[i+1 : j])
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
			if _, tone := tonelessRef(rs[g.start+1 : g.end-1]); !tone {
				continue
			}
		}
		for k := g.start; k < g.end; k++ {
			mark[k] = true
		}
	}
	return mark
}

func isHanRuneRef(r rune) bool { return r >= 0x3400 && r <= 0x9fff || r >= 0xf900 && r <= 0xfaff }

// toneMarks maps a vowel with a tone mark (and ü) to its plain letter.
var toneMarksRef = map[rune]rune{
	'ā': 'a', 'á': 'a', 'ǎ': 'a', 'à': 'a', 'ē': 'e', 'é': 'e', 'ě': 'e', 'è': 'e',
	'ī': 'i', 'í': 'i', 'ǐ': 'i', 'ì': 'i', 'ō': 'o', 'ó': 'o', 'ǒ': 'o', 'ò': 'o',
	'ū': 'u', 'ú': 'u', 'ǔ': 'u', 'ù': 'u', 'ǖ': 'v', 'ǘ': 'v', 'ǚ': 'v', 'ǜ': 'v', 'ü': 'v',
}

func isPinyinLetterRef(r rune) bool {
	_, ok := toneMarksRef[r]
	return r >= 'a' && r <= 'z' || ok
}

// toneless returns a syllable with its tone marks removed (ü as v) and
// whether it had one.
func tonelessRef(rs []rune) (string, bool) {
	b := make([]rune, len(rs))
	tone := false
	for i, r := range rs {
		if p, ok := toneMarksRef[r]; ok {
			b[i], tone = p, tone || r != 'ü'
		} else {
			b[i] = r
		}
	}
	return string(b), tone
}

// normalizeCases are texts with every kind of character Normalize changes
// or drops, at the edges too.
var normalizeCases = []string{
	"", "a", "\r", "\r\n", "a\r\nb\rc\n\r", "８．５８亿元", "增长１２％", "ＧＤＰ", "20%—30%", "1～2天", "（一）",
	"４，５６５", "４，", "，５", "1，000", "零\u200b宽\u200c\u200d\u2060\ufeff\u00ad", "全角\u3000空格\u00a0",
	"出口同比增長(zhǎng)3.2%", "產量1627萬(wàn)噸", "常(chang)(chang)住(zhu)人口(kou)增加(jia)2萬(wan)人",
	"面积(ha)120", "用时(min)35，距离(km)12", "产量(t)1,200", "GDP(nominal)增长", "增长(xyz)5%", "增长（zhǎng）", "增(zhǎng",
	"(zhǎng)", "增(zhǎngzhǎng)", "增()", "增(lǖ)", "增(lü)(lü)(lü)", "\xff增长\xfe(zhǎng)", "增\xe4\xb8", "𠀀(zhǎng)𠀀",
	"①②③ⅠⅡ", "\u301c\uff5e\u223c\u02dc\uff05\ufe6a\u066a\uffe5\uffe1", "ａｂｃ！＂＃～", "兀\uf900\ufa0e(mù)",
}

// normalizeSource is what ExtractText reads: the source as runes, and
// its normalised runes and map (nil: the identity).
func normalizeSource(text string) (sourceText, []rune, []int) {
	src := readSource(text)
	out, orig := normalizeRunes(src.runes)
	return src, out, orig
}

func normalizeTexts(t *testing.T) []string {
	texts := append([]string(nil), normalizeCases...)
	for _, pattern := range []string{filepath.Join("..", "testdata", "gold", "real", "*.txt"), filepath.Join("..", "seeds", "*"), filepath.Join("..", "testdata", "inputs", "*")} {
		paths, err := filepath.Glob(pattern)
		require.NoError(t, err)
		for _, p := range paths {
			raw, err := os.ReadFile(p)
			require.NoError(t, err)
			texts = append(texts, string(raw))
		}
	}
	return texts
}

func TestNormalizeSameAsReference(t *testing.T) {
	for _, text := range normalizeTexts(t) {
		want := normalizeRef(text)
		got := Normalize(text)
		require.Equal(t, want.Text, got.Text, "%.80q", text)
		require.Equal(t, want.Orig, got.Orig, "%.80q", text)
		got = NormalizeRunes([]rune(text))
		require.Equal(t, want.Text, got.Text, "%.80q", text)
		require.Equal(t, want.Orig, got.Orig, "%.80q", text)
		rs, orig := normalizeText(text)
		require.Equal(t, want.Text, string(rs), "%.80q", text)
		require.Equal(t, want.Orig, orig, "%.80q", text)
		source, rs, orig := normalizeSource(text)
		require.Equal(t, []rune(text), source.runes, "%.80q", text)
		require.Equal(t, want.Text, string(rs), "%.80q", text)
		require.Equal(t, want.Orig, fullMap(orig, len(source.runes)), "%.80q", text)
		if orig == nil { // the identity: no rune dropped
			require.Equal(t, len(source.runes), len(rs), "%.80q", text)
		}
	}
}

// foldRuneRef is FoldRune as it was before the tables of the two blocks of
// punctuation: the map of fold.tsv, then the width tables, for every rune.
func foldRuneRef(r rune) rune {
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

// FoldRune, with its tables, is foldRuneRef for every rune (and for a few
// that are not).
func TestFoldRuneSameAsReference(t *testing.T) {
	folded := 0
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		want := foldRuneRef(r)
		if got := FoldRune(r); got != want {
			t.Fatalf("FoldRune(%U) = %U, want %U", r, got, want)
		}
		if want != r {
			folded++
		}
	}
	assert.Greater(t, folded, 100)
	assert.Equal(t, []rune("()，:% ~-"), []rune{FoldRune('（'), FoldRune('）'), FoldRune('，'), FoldRune('：'), FoldRune('％'), FoldRune('\u3000'), FoldRune('\u301c'), FoldRune('\u2014')})
}

// ASCII is never folded nor dropped (Normalize copies it as it is).
func TestFoldSparesASCII(t *testing.T) {
	assert.Greater(t, foldFrom, rune(0x7f))
	for r := rune(0); r < 0x80; r++ {
		assert.Equal(t, r, FoldRune(r))
		assert.False(t, dropped(r))
	}
}

// simplifyRunes (ExtractText's) decides and maps as Simplify does.
func TestSimplifyRunesSameAsSimplify(t *testing.T) {
	texts := append(normalizeTexts(t), "臺灣地區生產總值增長3.5%，個百分點", "億元 於是", strings.Repeat("增長", 1500)+"个")
	changed := 0
	for _, text := range texts {
		n := normalizeRef(text)
		want := Simplify(&n)
		rs, _ := normalizeText(text)
		got := simplifyRunes(rs)
		require.Equal(t, want, got, "%.80q", text)
		require.Equal(t, n.Text, string(rs), "%.80q", text)
		if got {
			changed++
		}
	}
	assert.Greater(t, changed, 2, "traditional texts among the cases")
}

// isHanVote is the test Simplify always made, for every code point.
func TestIsHanVote(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := r >= 0x4e00 && r <= 0x9fff || r >= 0x3400 && unicode.Is(unicode.Han, r)
		if isHanVote(r) != want {
			t.Fatalf("isHanVote(%U) = %v", r, !want)
		}
	}
}

// isNumeralChar is a lookup of numeralChars, for every code point.
func TestIsNumeralChar(t *testing.T) {
	set := map[rune]bool{}
	for _, r := range numeralChars {
		set[r] = true
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isNumeralChar(r) != set[r] {
			t.Fatalf("isNumeralChar(%U) = %v", r, !set[r])
		}
		if want := r >= '0' && r <= '9' || set[r]; hasNumeral([]rune{r}) != want {
			t.Fatalf("hasNumeral(%U) = %v", r, !want)
		}
	}
	assert.True(t, hasNumeral([]rune("增长三成")))
	assert.True(t, hasNumeral([]rune("用了廿天")), "廿, 卅, 卌 are numerals alone")
	assert.True(t, hasNumeral([]rune("共卅人")))
	assert.False(t, hasNumeral([]rune("没有数字")))
}

// controlAt counts control characters against characters, not bytes: one
// in a thousand characters is tolerated, more is binary.
func TestControlAt(t *testing.T) {
	zh := strings.Repeat("增长", 500) // 1,000 characters, 3,000 bytes
	assert.Equal(t, -1, controlAt(zh+"\x01"), "1 in 1,001")
	assert.Equal(t, 6000, controlAt(zh+zh+"\x01\x7f\x02"), "3 in 2,003")
	assert.Equal(t, 3, controlAt("增\x01"))
	assert.Equal(t, -1, controlAt("增\t\n\r\f长"))
	assert.Equal(t, 1, controlAt("\xff\x1b"), "a broken byte is a character")
}

// generatedTexts are random strings over the bytes and characters the
// decoders and Normalize treat apart: ASCII, CR and LF, brackets and pinyin
// letters, Chinese and full-width characters, zero-width ones, and broken
// or truncated UTF-8 (lone continuation bytes, E0 and ED leads, four-byte
// characters cut short).
func generatedTexts(n int) []string {
	pieces := []string{"a", "Z", "1", " ", "\r", "\n", "\r\n", "(", ")", "（", "）", "zh", "ǎ", "ü", "增", "長", "兀", "，", "４", "５", "．",
		"％", "\u3000", "\u00a0", "\u2009", "\u200b", "\ufeff", "\u00ad", "。", "①", "\uf900", "𠀀", "\x80", "\xbf", "\xe0\xa0\x80", "\xe0\x80\x80", "\xed\x9f\xbf",
		"\xed\xa0\x80", "\xe4\xb8", "\xe4", "\xf0\x9f\x98", "\xff", "\xc3", "\xc3\xa9", "\xef\xbf\xbd"}
	return piecesTexts(rand.New(rand.NewPCG(17, 1)), pieces, n, 40)
}

// piecesTexts returns n texts, each of fewer than most pieces drawn by rng.
func piecesTexts(rng *rand.Rand, pieces []string, n, most int) []string {
	texts := make([]string, n)
	for i := range texts {
		var b strings.Builder
		for k := rng.IntN(most); k > 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts[i] = b.String()
	}
	return texts
}

// decodeRunes is []rune(s), with each rune's byte offset, for valid and
// broken UTF-8; readSource's substrings are the conversions of its runes
// (those ExtractText made before it copied substrings of the text).
func TestDecodeRunes(t *testing.T) {
	texts := append(normalizeTexts(t), generatedTexts(20000)...)
	controlPieces := []string{"\x00", "\x01", "\x1f", "\x7f", "\t", "\n", "\r", "\f", " ", "abcdefgh", "增长", "\xe4\xb8", "\x80", "\xff", "\xc3\xa9"}
	texts = append(texts, piecesTexts(rand.New(rand.NewPCG(3, 5)), controlPieces, 5000, 60)...)
	for _, text := range texts {
		rs, at, valid, ctl := decodeRunes(text, true, nil, nil)
		require.Equal(t, []rune(text), rs, "%q", text)
		count, first := countControls(text)
		require.Equal(t, controls{count, first}, ctl, "%q", text)
		require.Equal(t, utf8.ValidString(text), valid, "%q", text)
		require.Len(t, at, len(rs)+1)
		for i := range rs {
			if valid && string(rs[i]) != text[at[i]:at[i+1]] {
				t.Fatalf("%q rune %d: at %d, %d", text, i, at[i], at[i+1])
			}
		}
		require.Equal(t, len(text), int(at[len(rs)]))
		src := readSource(text)
		require.Equal(t, rs, src.runes)
		require.Equal(t, string(rs), src.text)
		for i := 0; i <= len(rs) && len(rs) < 200; i++ {
			for j := i; j <= len(rs) && j <= i+5; j++ {
				if string(rs[i:j]) != src.text[src.at[i]:src.at[j]] {
					t.Fatalf("%q [%d, %d)", text, i, j)
				}
			}
		}
	}
}

// Normalize on generated text is the reference's.
func TestNormalizeGeneratedSameAsReference(t *testing.T) {
	for _, text := range generatedTexts(20000) {
		want := normalizeRef(text)
		got := Normalize(text)
		require.Equal(t, want.Text, got.Text, "%q", text)
		require.Equal(t, want.Orig, got.Orig, "%q", text)
		source, rs, orig := normalizeSource(text)
		require.Equal(t, []rune(text), source.runes, "%q", text)
		require.Equal(t, want.Text, string(rs), "%q", text)
		require.Equal(t, want.Orig, fullMap(orig, len(source.runes)), "%q", text)
	}
}

// The figures' surfaces are the source's runes at their offsets, and
// sentences hold them, in valid text and in text with broken bytes (whose
// strings are copied from the runes' encoding).
func TestFigureStringsAreSourceRunes(t *testing.T) {
	seg, err := LoadSegmenter()
	require.NoError(t, err)
	texts := append(normalizeTexts(t), "营收\xff8.58亿元，增长\xe4\xb812%。\r\n全年产量１６２７萬(wàn)噸，同比增長(zhǎng)3.2%。")
	figures := 0
	for _, text := range texts {
		rs := []rune(text)
		_, figs := ExtractText(seg, text, Meta{})
		for _, f := range figs {
			require.Equal(t, string(rs[f.Start:f.End]), f.Surface, "%.80q", text)
			require.Contains(t, f.Sentence, f.Surface, "%.80q", text)
			figures++
		}
	}
	assert.Greater(t, figures, 100)
}

// scanUTF8 is utf8.Valid, utf8.RuneCount and controlAt's count, over
// the dev texts and generated bytes with control characters.
func TestScanUTF8(t *testing.T) {
	texts := append(normalizeTexts(t), generatedTexts(20000)...)
	pieces := []string{"\x00", "\x01", "\x1f", "\x7f", "\t", "\n", "\r", "\f", " ", "~", "abcdefgh", "增长", "\xe4\xb8", "\x80", "\xc3\xa9"}
	texts = append(texts, piecesTexts(rand.New(rand.NewPCG(3, 5)), pieces, 20000, 40)...)
	for _, text := range texts {
		valid, runes, controls, first := scanUTF8([]byte(text))
		require.Equal(t, utf8.ValidString(text), valid, "%q", text)
		if !valid {
			continue
		}
		wantControls, wantFirst := 0, -1
		for i := 0; i < len(text); i++ {
			if c := text[i]; c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f {
				wantControls++
				if wantFirst < 0 {
					wantFirst = i
				}
			}
		}
		require.Equal(t, utf8.RuneCountInString(text), runes, "%q", text)
		require.Equal(t, wantControls, controls, "%q", text)
		require.Equal(t, wantFirst, first, "%q", text)
	}
}

// threeBytes is a valid character of three bytes with any lead byte but E0
// and ED, for every three bytes.
func TestThreeBytes(t *testing.T) {
	for b0 := 0; b0 < 256; b0++ {
		for b1 := 0; b1 < 256; b1++ {
			for b2 := 0; b2 < 256; b2++ {
				_, size := utf8.DecodeRune([]byte{byte(b0), byte(b1), byte(b2)}) // U+FFFD is 3 bytes, a broken byte 1
				want := size == 3 && b0 != 0xe0 && b0 != 0xed
				if threeBytes(byte(b0), byte(b1), byte(b2)) != want {
					t.Fatalf("threeBytes(%x %x %x) = %v", b0, b1, b2, !want)
				}
			}
		}
	}
}

// decodeSource is Decode then readSource, for every kind of input: UTF-8
// with and without a BOM, UTF-16, GBK, NUL bytes, control characters,
// broken UTF-8; countControls is the count of a byte loop.
func TestDecodeSourceSameAsDecode(t *testing.T) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().String("南沙区地区生产总值795.3亿元，增长5%。")
	require.NoError(t, err)
	inputs := []string{"", "营收8.58亿元", "\xef\xbb\xbf营收", gbk, "\xff\xfe\x25\x84\x36\x65", "\xfe\xff\x84\x25", "abc\x00def",
		"\xef\xbb\xbfab\x00", "营收8.58亿元\xe5\x85", strings.Repeat("\x01\x02", 50), "增长\x7f" + strings.Repeat("长", 2000), "caf\xe9 na\xefve"}
	inputs = append(inputs, normalizeTexts(t)...)
	inputs = append(inputs, generatedTexts(5000)...)
	pieces := []string{"\x00", "\x01", "\x1f", "\x7f", "\t", "\n", "\r", "\f", " ", "abcdefgh", "增长", "\xe4\xb8", "\x80", "\xff", "\xc3\xa9"}
	inputs = append(inputs, piecesTexts(rand.New(rand.NewPCG(9, 9)), pieces, 5000, 60)...)
	for _, in := range inputs {
		text, enc, err := Decode([]byte(in))
		src, srcEnc, srcErr := decodeSource([]byte(in))
		require.Equal(t, err, srcErr, "%q", in)
		require.Equal(t, enc, srcEnc, "%q", in)
		if err == nil {
			require.Equal(t, readSource(text), src, "%q", in)
		}
		count, first := 0, -1
		for i := 0; i < len(in); i++ {
			if isControl(in[i]) {
				count++
				if first < 0 {
					first = i
				}
			}
		}
		gotCount, gotFirst := countControls(in)
		require.Equal(t, count, gotCount, "%q", in)
		require.Equal(t, first, gotFirst, "%q", in)
	}
}

// DecodeNormalize is Process's way to the normalised text: it must give the
// text Decode, Normalize and Simplify give, and fail where Decode fails.
func TestDecodeNormalizeAsNormalize(t *testing.T) {
	texts, _, err := devtexts.Read("..")
	require.NoError(t, err)
	raws := [][]byte{[]byte("\xef\xbb\xbf营收８．５８亿元，增長３％。"), []byte("a\x00b"), []byte("bad \xff utf-8")}
	for _, text := range texts {
		raws = append(raws, []byte(text))
	}
	failed := 0
	sc := new(scratch) // one scratch for all, as a worker's
	for _, raw := range raws {
		count, cerr := DecodeNormalize(raw)
		got, err := sc.decodeNormalize(raw)
		text, _, derr := Decode(raw)
		if derr != nil {
			assert.Error(t, err, "%q", raw)
			assert.Error(t, cerr, "%q", raw)
			failed++
			continue
		}
		require.NoError(t, err)
		require.NoError(t, cerr)
		n := Normalize(text)
		Simplify(&n)
		assert.Equal(t, n.Text, string(got), "%.40q", text)
		assert.Equal(t, utf8.RuneCountInString(n.Text), count)
	}
	assert.Equal(t, 2, failed, "the NUL byte and the broken UTF-8")
}

// One space between a Chinese character and a digit (typeset spacing, text
// copied from a PDF) is dropped, so the rules read 2023年 and 1234.5亿元;
// wider gaps, spaces between other characters and the ideographic space
// stay.
func TestNormalizeDropsSpaceBetweenScripts(t *testing.T) {
	for in, want := range map[string]string{
		"2023 年全市地区生产总值为 1234.5 亿元，增长 5.2%。": "2023年全市地区生产总值为1234.5亿元，增长5.2%。",
		"截至 ２０２４ 年 12 月 31 日":                "截至2024年12月31日",
		"营收\u00a08.58\u2009亿元":               "营收8.58亿元",
		"共  3 人":                             "共  3人",          // two spaces: a column gap
		"年份\u30002023":                       "年份 2023",        // the ideographic space: folded, kept
		"GDP 增长 a 1 2 3":                     "GDP 增长 a 1 2 3", // no Chinese character beside a digit
		" 3年":                                " 3年",
	} {
		got := Normalize(in)
		assert.Equal(t, want, got.Text, "%q", in)
		s, e := got.SourceSpan(0, len([]rune(got.Text)))
		assert.Equal(t, 0, s)
		assert.Equal(t, len([]rune(in)), e, "%q", in)
	}
}

// The figures of text with spaces between scripts are read as without
// them, with their periods; their surfaces keep the source's space.
func TestExtractTextWithSpacesBetweenScripts(t *testing.T) {
	seg, err := LoadSegmenter()
	require.NoError(t, err)
	_, figs := ExtractText(seg, "2023 年全市地区生产总值为 1234.5 亿元，比上年增长 5.2%。", Meta{})
	require.Len(t, figs, 2)
	assert.Equal(t, "1234.5 亿元", figs[0].Surface)
	assert.Equal(t, 1234.5e8, *figs[0].Value)
	assert.Equal(t, "地区生产总值", figs[0].Metric)
	assert.Equal(t, "2023 年", figs[0].Period)
	assert.Equal(t, "5.2%", figs[1].Surface)
	assert.Equal(t, "increase", figs[1].Change)
	// a space dropped after a figure (种 before 2) is not in its surface
	_, figs = ExtractText(seg, "全县有野生植物68种 2023年新发现5种。", Meta{})
	require.NotEmpty(t, figs)
	assert.Equal(t, "68种", figs[0].Surface)
}
