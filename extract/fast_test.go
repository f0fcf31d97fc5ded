package extract

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestExactDecimal checks the shortcut of scanArabic and parseScaledDecimal
// against strconv.ParseFloat, which they used before, bit for bit.
func TestExactDecimal(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	cases := []string{"0", "0.3", "1", "9.29", "8.58", "36.02", "4503599627370495", "4503599627370496", "123456789012345678901", "0.000001", "1.0000000000000002"}
	for range 20000 {
		n := 1 + r.IntN(18)
		b := make([]byte, 0, n+1)
		for k := range n {
			b = append(b, byte('0'+r.IntN(10)))
			if k < n-1 && r.IntN(6) == 0 && !containsPoint(b) {
				b = append(b, '.')
			}
		}
		cases = append(cases, string(b))
	}
	for _, c := range cases {
		for exp := -25; exp <= 25; exp++ {
			v, ok := exactDecimal([]byte(c), exp)
			if !ok {
				continue
			}
			want, err := strconv.ParseFloat(c+"e"+strconv.Itoa(exp), 64)
			if err != nil || v != want {
				t.Fatalf("exactDecimal(%q, %d) = %v, strconv %v (%v)", c, exp, v, want, err)
			}
		}
	}
}

func containsPoint(b []byte) bool { return bytesIndexPoint(b) >= 0 }

// oldNotFigureSpans is notFigureSpans as it was before its prefilters: every
// triggered pattern tried at every anchor, the identifier runs by regexp.
func oldNotFigureSpans(rs []rune) []bool {
	identifierRun := regexp.MustCompile(`[A-Za-z0-9][A-Za-z0-9_.\-/]*`)
	blocked := make([]bool, len(rs))
	s := string(rs)
	markBytes := func(b0, b1 int) {
		r0 := utf8.RuneCountInString(s[:b0])
		r1 := r0 + utf8.RuneCountInString(s[b0:b1])
		for k := r0; k < r1; k++ {
			blocked[k] = true
		}
	}
	for _, p := range notFigurePatterns {
		if !strings.ContainsFunc(s, func(r rune) bool { return strings.ContainsRune(p.trigger, r) }) {
			continue
		}
		if p.anchor == nil {
			for _, m := range p.re.FindAllStringIndex(s, -1) {
				markBytes(m[0], m[1])
			}
			continue
		}
		b := 0
		for k, c := range rs {
			if k > 0 {
				b += utf8.RuneLen(rs[k-1])
			}
			if !p.anchor(c) || k > 0 && p.anchor(rs[k-1]) || !triggerNear(rs, k, p.trigger) {
				continue
			}
			if m := p.re.FindStringIndex(s[b:]); m != nil {
				markBytes(b, b+m[1])
			}
		}
	}
	if strings.ContainsFunc(s, isASCIILetter) {
		for _, m := range identifierRun.FindAllStringIndex(s, -1) {
			if isIdentifier(s[m[0]:m[1]]) {
				markBytes(m[0], m[1])
			}
		}
	}
	return blocked
}

// corpusSentences are pieces of the development texts and inputs,
// split at line ends and 。.
func corpusSentences(t *testing.T) []string {
	var out []string
	for _, pattern := range []string{"../testdata/gold/real/*.txt", "../seeds/*", "../testdata/inputs/*"} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			for _, line := range strings.Split(string(raw), "\n") {
				for _, s := range strings.SplitAfter(line, "。") {
					if s != "" {
						out = append(out, s)
					}
				}
			}
		}
	}
	if len(out) == 0 {
		t.Fatal("no text")
	}
	return out
}

// mutate inserts characters the patterns look for at random places.
func mutate(r *rand.Rand, s string) string {
	const pool = "年年月月日号份底度0123456789一二三四五〇○零十百两()（） :/w.W@+-至到前民国近首头过去个天周元截止今上下半第全季期”"
	prs := []rune(pool)
	rs := []rune(s)
	for range 1 + r.IntN(4) {
		k := r.IntN(len(rs) + 1)
		rs = append(rs[:k], append([]rune{prs[r.IntN(len(prs))]}, rs[k:]...)...)
	}
	return string(rs)
}

// TestNotFigureSpansSame checks notFigureSpans against its former,
// prefilter-free form on real text and on text with date-like pieces put in.
func TestNotFigureSpansSame(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, s := range corpusSentences(t) {
		for _, x := range []string{s, mutate(r, s), mutate(r, s), "2024年" + s, s + "http://a.b/c 3:15 1+1"} {
			rs := []rune(x)
			if got, want := notFigureSpans(rs), oldNotFigureSpans(rs); !slices.Equal(got, want) {
				t.Fatalf("notFigureSpans(%q) = %v, want %v", x, got, want)
			}
		}
	}
}

// TestAnchorsInBMP checks that every anchor of the patterns is below U+10000,
// where anchorMasks holds them.
func TestAnchorsInBMP(t *testing.T) {
	for _, p := range notFigurePatterns {
		if p.anchor == nil {
			continue
		}
		for r := rune(0x10000); r < 0x30000; r++ {
			if p.anchor(r) {
				t.Fatalf("anchor %q of %s above U+FFFF", r, p.re)
			}
		}
	}
}

// oldMayStartPeriod is mayStartPeriod as it was before periodHead.
func oldMayStartPeriod(rs []rune, k int) bool {
	r := rs[k]
	if isASCIIDigit(r) {
		if k > 0 && isASCIIDigit(rs[k-1]) {
			return false
		}
		j := k
		for j < len(rs) && (isASCIIDigit(rs[j]) || rs[j] == ' ') {
			j++
		}
		return j < len(rs) && strings.ContainsRune("年月-—~至到", rs[j])
	}
	if !periodStarts[r] {
		return false
	}
	for j := k; j < len(rs) && j < k+7; j++ {
		if strings.ContainsRune("年月季期", rs[j]) {
			return true
		}
	}
	return false
}

// TestFindPeriodsSame checks findPeriods against its former prefilter on
// real text and on text with period-like pieces put in.
func TestFindPeriodsSame(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	extra := []string{"截至2024年", "截止到二〇二三年底", "今年以来", "去年", "上半年", "下半年", "前三季度", "第一季度", "三季度",
		"全年", "过去一年", "近年来", "十四五”期间", "前10个月", "前 三个月", "1-7月", "2023年1至10月份", "一九九八年第二季度"}
	for _, s := range corpusSentences(t) {
		for _, x := range []string{s, mutate(r, s), mutate(r, s), extra[r.IntN(len(extra))] + s, s + extra[r.IntN(len(extra))]} {
			rs := []rune(x)
			if got, want := findPeriods(rs), oldFindPeriods(rs); !slices.Equal(got, want) {
				t.Fatalf("findPeriods(%q) = %v, want %v", x, got, want)
			}
		}
	}
}

// runeTokenizer cuts text into one token a rune and records what it was given.
type runeTokenizer struct{ texts []string }

func (t *runeTokenizer) Tokens(text string) []Token {
	t.texts = append(t.texts, text)
	var out []Token
	for k, r := range []rune(text) {
		out = append(out, Token{Text: string(r), Pos: "n", Start: k, End: k + 1})
	}
	return out
}

// TestSegmentsOnlyLiveClauses: a clause whose candidates the text alone
// rejects (an ordinal, a date) is not segmented, and the figures stay those
// of the whole sentence's tokens.
func TestSegmentsOnlyLiveClauses(t *testing.T) {
	const sentence = "他排名第3位，去年营收12亿元，2023年5月开业"
	tok := &runeTokenizer{}
	got := ExtractWith(sentence, tok)
	assert.Equal(t, []string{"，去年营收12亿元，"}, tok.texts)
	whole := (&runeTokenizer{}).Tokens(sentence)
	assert.Equal(t, Extract(sentence, whole), got)
	if assert.Len(t, got, 1) {
		assert.Equal(t, "12亿元", got[0].Surface)
	}
}

// TestRunesString checks runesString against the conversion, invalid runes included.
func TestRunesString(t *testing.T) {
	long := []rune(strings.Repeat("营收8.58亿元, GDP 1,234.5é😀", 40))
	for _, rs := range [][]rune{nil, []rune("营收8.58亿元, GDP 1,234.5"), {0xd800, -1, 0x110000, 0x10ffff, 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000}, long, long[:253], long[:254], long[:255]} {
		assert.Equal(t, string(rs), runesString(rs))
		for _, r := range rs {
			assert.Equal(t, len(string(r)), runeBytes(r), "%U", r)
		}
	}
	r := rand.New(rand.NewPCG(13, 14))
	edges := []rune{-1, 0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xffff, 0x10000, 0x10ffff, 0x110000, '营', 'a'}
	for range 20000 {
		rs := make([]rune, r.IntN(12))
		for i := range rs {
			if r.IntN(3) == 0 {
				rs[i] = edges[r.IntN(len(edges))]
			} else {
				rs[i] = rune(r.IntN(0x11000)) << (r.IntN(2) * 4)
			}
		}
		if got := runesString(rs); got != string(rs) {
			t.Fatalf("runesString(%U) = %q, want %q", rs, got, string(rs))
		}
	}
}

// oldFindPeriods is findPeriods as it was before periodHead and the bounded
// patterns.
func oldFindPeriods(rs []rune) []span {
	if !slices.ContainsFunc(rs, func(r rune) bool { return r == '年' || r == '月' || r == '季' || r == '期' }) {
		return nil
	}
	var out []span
	s := string(rs)
	b, next := 0, 0
	for k := range rs {
		if k > 0 {
			b += utf8.RuneLen(rs[k-1])
		}
		if k < next || !oldMayStartPeriod(rs, k) {
			continue
		}
		m := periodAnchored.FindStringIndex(s[b:])
		if m == nil || m[1] == 0 || dayAfter.MatchString(s[b+m[1]:]) {
			continue
		}
		if k > 0 && comparisonBase[rs[k-1]] {
			next = k + utf8.RuneCountInString(s[b:b+m[1]])
			continue
		}
		n := utf8.RuneCountInString(s[b : b+m[1]])
		out = append(out, span{k, k + n, s[b : b+m[1]]})
		next = k + n
	}
	return out
}

// TestBoundedPatterns: the patterns tried at a place are bounded by the
// characters they can match, but for those that look at any character.
func TestBoundedPatterns(t *testing.T) {
	for i, p := range notFigurePatterns {
		if p.anchor != nil && !strings.Contains(p.re.String(), "[^") {
			assert.NotNil(t, notFigureBounded[i].alpha.bmp, p.re.String())
		}
	}
	_, ok := patternAlphabet(regexp.MustCompile(`^\d{1,2}\s*[日号](?:[^元]|$)`))
	assert.False(t, ok)
}

// TestBlank checks blank and blankRunes against strings.TrimSpace.
func TestBlank(t *testing.T) {
	for _, s := range []string{"", " ", "\t\n\v\f\r ", "\u00a0\u3000\u2009", " a ", "值", "\u0085", "\xff", " \xff "} {
		assert.Equal(t, strings.TrimSpace(s) == "", blank(s), "%q", s)
		assert.Equal(t, strings.TrimSpace(s) == "", blankRunes([]rune(s)), "%q", s)
	}
}

// oldScanFigureAt is scanFigureAt as it was before it tested the runes
// around a number before calling a scanner: every scanner asked in turn.
func oldScanFigureAt(rs []rune, i int, blocked []bool) (candidate, bool) {
	if blocked[i] {
		return candidate{}, false
	}
	if isMinus(rs, i) {
		c, ok := oldScanFigureAt(rs, i+1, blocked)
		if ok && !c.isRange {
			c.start, c.value = i, -c.value
			if r, ok := scanRange(rs, i, i+1, numeralRunEnd(rs, i+1), c, true, blocked); ok {
				return r, true
			}
			return c, true
		}
		if ok && c.isRange && c.start == i+1 {
			a, aOK := scanNumberUnit(rs, i+1)
			a.start, a.value = i, -a.value
			if r, ok := scanRange(rs, i, i+1, numeralRunEnd(rs, i+1), a, aOK, blocked); ok {
				return r, true
			}
		}
	}
	if !startsNumber(rs, i) {
		return scanPrefixed(rs, i, blocked)
	}
	e := numeralRunEnd(rs, i)
	for _, scan := range []func() (candidate, bool){
		func() (candidate, bool) { return scanFractionTo(rs, i, e) },
		func() (candidate, bool) { return scanPrefixed(rs, i, blocked) },
		func() (candidate, bool) { return scanAdjacentDigitsTo(rs, i, e) },
		func() (candidate, bool) { return scanSlashedTo(rs, i, e) },
		func() (candidate, bool) { return scanPercentListTail(rs, i, e) },
	} {
		if c, ok := scan(); ok {
			return c, true
		}
	}
	a, aOK := scanNumberUnitTo(rs, i, e)
	if r, ok := scanRange(rs, i, i, e, a, aOK, blocked); ok {
		return r, true
	}
	if m, ok := scanListMember(rs, i, e, blocked); ok && (!aOK || m.end >= a.end) {
		return m, true
	}
	return a, aOK
}

// TestScanFigureAtSame holds scanFigureAt equal to oldScanFigureAt at every
// rune of real text, of mutated text and of the numbers every scanner reads.
func TestScanFigureAtSame(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	extra := []string{"百分之三十", "三分之一", "百分三十", "5/8英里", "1/3的用户", "百分之三十一点二和七点三", "4665、2611亿千瓦时",
		"3.2个和1.5个百分点", "5、6、7万元", "二三十人", "五五折", "$20", "人民币2.5亿元", "-3至5%", "负0.2千米", "增长-3.5%", "1-7月",
		"1,234.5万元", "十分之三", "3分之1", "一二三四", "两三个", "3个和5个月", "12和13个", "七八十个", "万分之五"}
	texts := mutatedTexts(t, r, extra)
	for _, e := range extra {
		texts = append(texts, e, "约"+e+"左右", "和"+e)
	}
	found, other := 0, 0
	for _, x := range texts {
		rs := []rune(x)
		blocked := notFigureSpans(rs)
		for i := range rs {
			got, gotOK := scanFigureAt(rs, i, blocked)
			want, wantOK := oldScanFigureAt(rs, i, blocked)
			if !sameCandidate(got, want) || gotOK != wantOK {
				t.Fatalf("scanFigureAt(%q, %d) = %+v %v, want %+v %v", x, i, got, gotOK, want, wantOK)
			}
			if gotOK {
				found++
				if got.fraction || got.isRange || got.unitWritten == "分之" {
					other++
				}
			}
		}
	}
	if found < 5000 || other < 200 {
		t.Fatalf("%d figures, %d fractions or ranges: too few to tell", found, other)
	}
}

// sameCandidate compares candidates with their units by value: a rate's or
// a product's unit is made for each.
func sameCandidate(a, b candidate) bool {
	if a.unit != nil && b.unit != nil && *a.unit == *b.unit {
		a.unit = b.unit
	}
	return a == b
}

// TestRuneFilterNext holds runeFilter.next equal to testing has rune by
// rune, on the filters of the scanners and runes of every plane.
func TestRuneFilterNext(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 24))
	other := newRuneFilter(map[rune]bool{'a': true, '营': true, 0x20000: true, 0x10ffff: true})
	found := 0
	for _, f := range []runeFilter{figureStarts, prefixFirst, listSeparatorFirst, other} {
		for range 5000 {
			rs := make([]rune, r.IntN(30))
			for i := range rs {
				switch r.IntN(4) {
				case 0:
					rs[i] = rune(r.IntN(0x80))
				case 1:
					rs[i] = rune(0x4e00 + r.IntN(0x5200))
				case 2:
					rs[i] = []rune{'a', '营', 0x20000, 0x10ffff, -1, 0x110000, '5', '亿', '$', '、'}[r.IntN(10)]
				default:
					rs[i] = rune(r.IntN(0x110000))
				}
			}
			for k := 0; k <= len(rs); k++ {
				want := k
				for want < len(rs) && !f.has(rs[want]) {
					want++
				}
				if got := f.next(rs, k); got != want {
					t.Fatalf("next(%U, %d) = %d, want %d", rs, k, got, want)
				}
				if want < len(rs) {
					found++
				}
			}
		}
	}
	if found < 10000 {
		t.Fatalf("%d found: too few to tell", found)
	}
}
