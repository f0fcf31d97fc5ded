package extract

import (
	"github.com/zhmetrics/zhmetrics/timex"
	"math"
	"math/bits"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// notFigurePatterns mark text whose numbers are never figures: dates and
// periods, URLs and e-mail addresses, numeral slogans (1+1+9), times of day.
// A pattern runs only when its trigger characters are in the sentence, and a
// pattern with an anchor is tried only where a run of anchor characters starts
// (a digit, say): Go's regular expressions are slow at searching Chinese text,
// and this keeps them to a handful of anchored tries per sentence.
var notFigurePatterns = []struct {
	trigger string            // any of these characters
	anchor  func(r rune) bool // nil: search the whole sentence
	re      *regexp.Regexp
	// may is a cheap test that the pattern can match: at rune k where an
	// anchor run starts, or (unanchored patterns) anywhere in the sentence.
	// It must hold wherever the pattern matches; nil: always try.
	may func(rs []rune, k int) bool
}{
	{"/w", nil, regexp.MustCompile(`(?i)(?:https?://|www\.)[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%-]+`), mayURL},
	{"@", nil, regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`), nil},
	// a year (2024年, 2019-2020年), or an ISO date (2023-12-31, 2023/12/31, 2023.12.31) whole
	{"年-/.", isASCIIDigit, regexp.MustCompile(`^(?:1[5-9]|20)\d{2}(?:\s*(?:[-—~至到]\s*(?:1[5-9]|20)?\d{2}\s*)?年|-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2})`), mayYearOrDate},
	{"年", isCnDigit, regexp.MustCompile(`^[〇○零一二三四五六七八九]{4}年`), func(rs []rune, k int) bool { return k+4 < len(rs) && rs[k+4] == '年' }},
	{"月", isASCIIDigit, regexp.MustCompile(`^\d{1,2}\s*(?:[-—~至到]\s*\d{1,2}\s*)?月(?:份)?(?:\s*\d{1,2}\s*[日号])?`), digitsThen(1, 2, "月-—~至到")},
	{"日号", isASCIIDigit, regexp.MustCompile(`^\d{1,2}\s*[日号](?:[^元]|$)`), digitsThen(1, 2, "日号")},                            // 15日 is a date, 10日元 is money
	{"月季", func(r rune) bool { return r == '前' }, regexp.MustCompile(`^前\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*个(?:月|季度)`), nil}, // 前10个月, 前3个季度 are periods
	// Taiwan's ROC years (113年底, 與112年比較, 民國八十八年) and years in Chinese
	// numerals before a part of the year (九十九年度, 一百年1月): calendar years, no durations
	// A year of two digits before its month (15年1月, 18年10月1日, 07年 十二月) is a date too, not 15 years and a month (15年1个月).
	{"年", isASCIIDigit, regexp.MustCompile(`^(?:(?:[4-9]\d|1[0-4]\d)\s*年(?:底|初|末|中|全年|度|上半年|下半年|第|前|同期|比较|相比|\s*\d{1,2}\s*(?:[-—~至到]\s*\d{1,2}\s*)?月)|\d{2}\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月)`), digitsThen(2, 3, "年")},
	{"年", isCnDigit, regexp.MustCompile(`^[一二三四五六七八九十百〇○零]{2,5}年(?:底|初|末|全年|度|上半年|下半年|第|同期|\d{1,2}月|[一二三四五六七八九十]{1,3}月)`), yearWithin(2, 5)},
	// an ROC year written digit by digit (一一二年, 一○九年, 一一二至一一三年): positional
	// digits are never a count of years (that is 一百一十二年)
	{"年", isCnDigit, regexp.MustCompile(`^一[〇○零一二][〇○零一二三四五六七八九]\s*(?:[-—~至到]\s*一[〇○零一二][〇○零一二三四五六七八九]\s*)?年`), func(rs []rune, k int) bool { return rs[k] == '一' }},
	{"年", func(r rune) bool { return r == '(' }, regexp.MustCompile(`^\((?:民国)?\s*(?:[4-9]\d|1[0-4]\d)\s*年度?\)`), nil}, // 去年(112年)
	// ROC years of three digits: a range (105年至112年), or one before a noun
	// (112年國內死亡人數, 113年觀光人次): a count of a hundred years and more is
	// no noun's modifier, unless a word of a span stands before it
	// (durationBefore: 已有120年历史). After a word of comparison or of a
	// start (较, 比, 自, 从, 于; not 至: 延长至120年 is a span) a year of three digits is one before a
	// clause's end, 起, 以来, 至今, the next time (到, 至) or a number (较111年10分7秒,
	// 较111年, 自112年起), and a year of two digits one before 起 or 以来 (自71年起).
	{"年", isROCYearAnchor, regexp.MustCompile(`^[较比自从于]?(?:1[0-4]\d\s*年\s*[-—~至到]\s*1[0-4]\d\s*年|1[0-2]\d年[^来内间前后里多余半一之期以左年月日度\p{P}\s\d])|^[较比自从于](?:1[0-2]\d年(?:起|以来|至今|[到至]|\p{P}|\b|$)|[4-9]\d年(?:起|以来))`), mayROCYear},
	{"国", func(r rune) bool { return r == '民' }, regexp.MustCompile(`^民国\s*(?:\d{1,3}|[一二三四五六七八九十百〇○零]{1,5})\s*年`), func(rs []rune, k int) bool { return k+1 < len(rs) && rs[k+1] == '国' }},
	// periods counted back from now: 近十年来, 近5年以来, 首5个月, 头两个月, 过去三年
	{"年月天周季", func(r rune) bool { return r == '近' || r == '首' || r == '头' || r == '过' }, regexp.MustCompile(`^(?:近|首|头|过去)\s*(?:\d{1,3}|[一二两三四五六七八九十百]{1,3})\s*(?:年|个月|天|周|个星期|个季度)(?:来|以来|中|内|里|间)?`), func(rs []rune, k int) bool { return rs[k] != '过' || k+1 < len(rs) && rs[k+1] == '去' }},
	{"+", nil, regexp.MustCompile(plusPattern), mayPlus}, // read by matchPlus
	{":", nil, regexp.MustCompile(`\d{1,2}:\d{2}(?::\d{2})?`), mayClock},
}

// patternUnless are the exceptions of anchored patterns of notFigurePatterns,
// by the pattern's text: a test that a match at rune k is none of the
// pattern's kind after all, and blocks nothing.
var patternUnless = map[string]func(rs []rune, k int) bool{
	`^\d{1,2}\s*[日号](?:[^元]|$)`: daySpanAt, // 30日内, 为期15日: spans of days, not the 30th or the 15th
	`^[较比自从于]?(?:1[0-4]\d\s*年\s*[-—~至到]\s*1[0-4]\d\s*年|1[0-2]\d年[^来内间前后里多余半一之期以左年月日度\p{P}\s\d])|^[较比自从于](?:1[0-2]\d年(?:起|以来|至今|[到至]|\p{P}|\b|$)|[4-9]\d年(?:起|以来))`: rocYearUnless, // 长达112年, 已有120年历史, 相当于120年
}

// rocYearStart are the words of comparison or of a start that make a year of
// ROC of the number after them (较111年, 自71年起).
const rocYearStart = "较比自从于"

// isROCYearAnchor is the anchor of the pattern of ROC years: a digit, or a
// word of rocYearStart before one.
func isROCYearAnchor(r rune) bool { return isASCIIDigit(r) || strings.ContainsRune(rocYearStart, r) }

// mayROCYear is the may test of the pattern of ROC years at k: a year of
// three digits from 100 with 年 after it, or a word of rocYearStart right
// before a year of two or three digits.
func mayROCYear(rs []rune, k int) bool {
	if rs[k] == '1' {
		return digitsThen(3, 3, "年")(rs, k)
	}
	return strings.ContainsRune(rocYearStart, rs[k]) && k+1 < len(rs) && isASCIIDigit(rs[k+1]) && digitsThen(2, 3, "年")(rs, k+1)
}

// rocYearUnless is the exception of the pattern of ROC years at k: a word
// of a span before it (durationBefore), also with the 于 of a comparison the
// pattern took in (相当于120年, 高于100年: an amount, not 于 'in').
func rocYearUnless(rs []rune, k int) bool {
	if rs[k] == '于' && timex.SpanBefore(rs, k+1) {
		return true
	}
	return durationBefore(rs, k)
}

// durationBefore reports whether a word of a span (lexicon kind spanbefore,
// those of value span: 历时, 长达, 为期 …; the time normaliser's kind rocspan:
// 已有, 达, 约, 相当于 …) ends right before rune k: what follows is a span of
// time, not a date.
func durationBefore(rs []rune, k int) bool {
	if _, v := lexSpanbefore.endingAt(rs, k); v == "span" {
		return true
	}
	return timex.SpanBefore(rs, k)
}

// notFigureUnless are patternUnless by the index of the pattern, nil for none.
var notFigureUnless = func() []func(rs []rune, k int) bool {
	out := make([]func(rs []rune, k int) bool, len(notFigurePatterns))
	n := 0
	for i, p := range notFigurePatterns {
		if f := patternUnless[p.re.String()]; f != nil && p.anchor != nil {
			out[i] = f
			n++
		}
	}
	if n != len(patternUnless) {
		panic("an exception of patternUnless names no anchored pattern")
	}
	return out
}()

// isRESpace reports whether r is a white-space character of a regular
// expression's \s: [\t\n\f\r ].
func isRESpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r' }

// digitsThen is a may test: a run of lo to hi ASCII digits at k, then, after
// white space, one of the characters of next.
func digitsThen(lo, hi int, next string) func(rs []rune, k int) bool {
	nexts := []rune(next) // compared as runes: the string would be decoded at every call
	return func(rs []rune, k int) bool {
		j := k
		for j < len(rs) && isASCIIDigit(rs[j]) {
			j++
		}
		if j-k < lo || j-k > hi {
			return false
		}
		for j < len(rs) && isRESpace(rs[j]) {
			j++
		}
		return j < len(rs) && slices.Contains(nexts, rs[j])
	}
}

// mayYear is the may test of a four-digit year 1500–2099 at k.
func mayYear(rs []rune, k int) bool {
	return k+3 < len(rs) && (rs[k] == '1' && rs[k+1] >= '5' && rs[k+1] <= '9' || rs[k] == '2' && rs[k+1] == '0') &&
		isASCIIDigit(rs[k+2]) && isASCIIDigit(rs[k+3])
}

// mayYearOrDate is the may test of a year (mayYear) with 年 within a few
// runes after it, or with a date's separator (-, /, .) and a digit right after it.
func mayYearOrDate(rs []rune, k int) bool {
	if !mayYear(rs, k) {
		return false
	}
	if k+5 < len(rs) && (rs[k+4] == '-' || rs[k+4] == '/' || rs[k+4] == '.') && isASCIIDigit(rs[k+5]) {
		return true
	}
	for j := k + 4; j < len(rs) && j < k+24; j++ {
		if rs[j] == '年' {
			return true
		}
	}
	return false
}

// yearWithin is a may test: 年 stands lo to hi runes after k.
func yearWithin(lo, hi int) func(rs []rune, k int) bool {
	return func(rs []rune, k int) bool {
		for m := lo; m <= hi && k+m < len(rs); m++ {
			if rs[k+m] == '年' {
				return true
			}
		}
		return false
	}
}

// mayURL is the may test of a URL: :// or www. (any case) in the sentence.
func mayURL(rs []rune, _ int) bool {
	for k := 0; k+2 < len(rs); k++ {
		if rs[k] == ':' && rs[k+1] == '/' && rs[k+2] == '/' {
			return true
		}
		if k+3 < len(rs) && (rs[k]|0x20) == 'w' && (rs[k+1]|0x20) == 'w' && (rs[k+2]|0x20) == 'w' && rs[k+3] == '.' {
			return true
		}
	}
	return false
}

// mayPlus is the may test of numbers added up (1+1+9): a + with digits on
// both sides, white space apart.
func mayPlus(rs []rune, _ int) bool {
	for k, r := range rs {
		if r != '+' {
			continue
		}
		a, b := k-1, k+1
		for a >= 0 && isRESpace(rs[a]) {
			a--
		}
		for b < len(rs) && isRESpace(rs[b]) {
			b++
		}
		if a >= 0 && b < len(rs) && isASCIIDigit(rs[a]) && isASCIIDigit(rs[b]) {
			return true
		}
	}
	return false
}

// mayClock is the may test of a time of day: a digit, a colon and two digits.
func mayClock(rs []rune, _ int) bool {
	for k := 1; k+2 < len(rs); k++ {
		if rs[k] == ':' && isASCIIDigit(rs[k-1]) && isASCIIDigit(rs[k+1]) && isASCIIDigit(rs[k+2]) {
			return true
		}
	}
	return false
}

// triggerRunes are the trigger characters of all notFigurePatterns, a
// handful: a scan of them is cheaper than a map lookup per rune.
var triggerRunes = func() []rune {
	var rs []rune
	for _, p := range notFigurePatterns {
		for _, r := range p.trigger {
			if !slices.Contains(rs, r) {
				rs = append(rs, r)
			}
		}
	}
	return rs
}()

// The kinds of rune a sentence is first scanned for, as bits of runeKinds:
// the trigger characters of notFigurePatterns (bit i for triggerRunes[i]),
// and above them the ASCII letters (identifiers), the space (despace) and
// the runes every period names (findPeriods). One pass over the sentence
// (kindsOf) tells the rules which of their own passes they can skip.
const (
	triggerBits = 1<<24 - 1
	kindLetter  = 1 << (24 + iota)
	kindSpace
	kindPeriod
	kindsKnown // set in every kindsOf, so that 0 means not yet computed
)

// runeKinds holds the kinds of each rune below U+10000; no rune above has one.
var runeKinds = func() *[0x10000]uint32 {
	if len(triggerRunes) > 24 {
		panic("more than 24 trigger characters")
	}
	var t [0x10000]uint32
	for i, r := range triggerRunes {
		t[r] |= 1 << i
	}
	for r := 'A'; r <= 'z'; r++ {
		if isASCIILetter(r) {
			t[r] |= kindLetter
		}
	}
	t[' '] |= kindSpace
	for _, r := range "年月季期" {
		t[r] |= kindPeriod
	}
	return &t
}()

// kindsOf is the union of the kinds of the runes of rs, with kindsKnown.
func kindsOf(rs []rune) uint32 {
	k := uint32(kindsKnown)
	t := runeKinds // in a local: the loop reads only the runes and the table
	for _, c := range rs {
		if uint32(c) < 0x10000 {
			k |= t[c]
		}
	}
	return k
}

// kinds is kindsOf the sentence, computed once.
func (s *sentence) kinds() uint32 {
	if s.kindSet == 0 {
		s.kindSet = kindsOf(s.rs)
	}
	return s.kindSet
}

// triggerMasks are the trigger characters of each of notFigurePatterns as bits
// of triggerRunes.
var triggerMasks = func() []uint32 {
	ms := make([]uint32, len(notFigurePatterns))
	for i, p := range notFigurePatterns {
		for _, r := range p.trigger {
			ms[i] |= runeKinds[r] & triggerBits
		}
	}
	return ms
}()

// triggeredBy holds, for each trigger character (a bit of triggerRunes),
// the patterns of notFigurePatterns it triggers, as bits: a sentence holds
// one or two trigger characters, and notFigureSpans visits only their patterns.
var triggeredBy = func() (t [24]uint16) {
	for i := range notFigurePatterns {
		for b := triggerMasks[i]; b != 0; b &= b - 1 {
			t[bits.TrailingZeros32(b)] |= 1 << i
		}
	}
	return t
}()

// isTrigger reports whether r is a trigger character of some pattern in notFigurePatterns.
func isTrigger(r rune) bool { return r >= 0 && r < 0x10000 && runeKinds[r]&triggerBits != 0 }

// triggerNear reports whether a trigger character stands within a few runes after k.
func triggerNear(rs []rune, k int, trigger string) bool {
	for j := k; j < len(rs) && j < k+12; j++ {
		if strings.ContainsRune(trigger, rs[j]) {
			return true
		}
	}
	return false
}

// triggersNear is the set of trigger characters (as bits of triggerRunes)
// within the runes triggerNear looks at.
func triggersNear(rs []rune, k int) uint32 {
	var m uint32
	for j := k; j < len(rs) && j < k+12; j++ {
		if c := rs[j]; c >= 0 && c < 0x10000 {
			m |= runeKinds[c] & triggerBits
		}
	}
	return m
}

// notFigureBounded are the patterns of notFigurePatterns, each with the
// characters it can match.
var notFigureBounded = func() []boundedPattern {
	out := make([]boundedPattern, len(notFigurePatterns))
	for i, p := range notFigurePatterns {
		out[i] = newBoundedPattern(p.re)
	}
	return out
}()

// notFigureAnchors are the anchors of notFigurePatterns as rune sets (an
// anchor is a test of one rune; TestAnchorsInBMP checks they are all below
// U+10000).
var notFigureAnchors = func() []runeFilter {
	out := make([]runeFilter, len(notFigurePatterns))
	for i, p := range notFigurePatterns {
		if p.anchor == nil {
			continue
		}
		m := map[rune]bool{}
		for r := rune(0); r < 0x10000; r++ {
			if p.anchor(r) {
				m[r] = true
			}
		}
		out[i] = newRuneFilter(m)
	}
	return out
}()

// anchorMasks holds, for each rune below U+10000, the patterns of
// notFigurePatterns anchored at it, as bits (TestAnchorsInBMP checks the
// anchors are all below U+10000).
var anchorMasks = func() *[0x10000]uint16 {
	if len(notFigurePatterns) > 16 {
		panic("more than 16 notFigurePatterns")
	}
	var t [0x10000]uint16
	for i, set := range notFigureAnchors {
		if set.bmp == nil {
			continue
		}
		for r := rune(0); r < 0x10000; r++ {
			if set.has(r) {
				t[r] |= 1 << i
			}
		}
	}
	return &t
}()

// noBlocks is the answer of notFigureSpans for a sentence with nothing
// blocked, shared: the rules only read it.
var noBlocks = make([]bool, 1024)

// noneBlocked returns n runes none of which is blocked.
func noneBlocked(n int) []bool {
	if n <= len(noBlocks) {
		return noBlocks[:n:n]
	}
	return make([]bool, n)
}

// identifierChar reports whether r may continue an ASCII run that starts
// with a letter or digit: [A-Za-z0-9_.\-/].
func identifierChar(r rune) bool {
	return isASCIILetter(r) || isASCIIDigit(r) || r == '_' || r == '.' || r == '-' || r == '/'
}

// mixesLettersDigits reports whether rs has both an ASCII letter and a digit
// (isIdentifier is false otherwise).
func mixesLettersDigits(rs []rune) bool {
	return slices.ContainsFunc(rs, isASCIILetter) && slices.ContainsFunc(rs, isASCIIDigit)
}

// notFigureSpans marks, for each rune of the sentence, whether a figure may not
// start or stand there.
func notFigureSpans(rs []rune) []bool { return (&sentence{rs: rs}).notFigureSpans() }

// notFigureSpans is notFigureSpans of the sentence.
func (st *sentence) notFigureSpans() []bool {
	rs := st.rs
	var blocked []bool // made on the first mark; until then noneBlocked
	block := func(k int) {
		if blocked == nil {
			blocked = make([]bool, len(rs))
		}
		blocked[k] = true
	}

	present := st.kinds() & triggerBits
	letters := st.kinds()&kindLetter != 0
	if present == 0 && !letters {
		return noneBlocked(len(rs)) // no date, URL or identifier can stand here
	}
	s := ""
	var runeAt []int32 // byte offset → rune offset, built only for the unanchored patterns
	markBytes := func(b0, b1 int) {
		if runeAt == nil {
			runeAt = make([]int32, len(s)+1)
			r := int32(0)
			for b := range s {
				for k := b; k < len(s) && (k == b || !utf8.RuneStart(s[k])); k++ {
					runeAt[k] = r
				}
				r++
			}
			runeAt[len(s)] = r
		}
		for k := runeAt[b0]; k < runeAt[b1]; k++ {
			block(int(k))
		}
	}
	var triggered uint16 // the patterns whose trigger characters are present, as bits
	for b := present; b != 0; b &= b - 1 {
		triggered |= triggeredBy[bits.TrailingZeros32(b)]
	}
	var anchoredSet uint16 // the triggered patterns with an anchor, as bits
	na := 0
	for ; triggered != 0; triggered &= triggered - 1 {
		i := bits.TrailingZeros16(triggered)
		p := &notFigurePatterns[i]
		if p.anchor != nil {
			anchoredSet |= 1 << i
			na++
			continue
		}
		if p.may != nil && !p.may(rs, 0) {
			continue
		}
		if p.re.String() == plusPattern {
			findPlus(rs, block)
			continue
		}
		if s == "" {
			s = st.text()
		}
		for _, m := range p.re.FindAllStringIndex(s, -1) {
			markBytes(m[0], m[1])
		}
	}
	if na > 0 {
		var before uint16    // the patterns anchored at the rune before k
		masks := anchorMasks // in a local: the loop reads only the runes and the table
		for k, c := range rs {
			// the triggered patterns anchored at c, but not at the rune before
			var at uint16
			if uint32(c) < 0x10000 {
				at = masks[c]
			}
			pats := at & anchoredSet &^ before
			before = at
			if pats == 0 {
				continue
			}
			near, nearDone := uint32(0), false // the trigger characters within a few runes after k
			for ; pats != 0; pats &= pats - 1 {
				i := bits.TrailingZeros16(pats)
				p := &notFigurePatterns[i]
				if p.may != nil && !p.may(rs, k) {
					continue
				}
				if !nearDone {
					near, nearDone = triggersNear(rs, k), true
				}
				if near&triggerMasks[i] == 0 {
					continue // triggerNear(rs, k, p.trigger) is false
				}
				if u := notFigureUnless[i]; u != nil && u(rs, k) {
					continue // 30日内: a span of days, not the 30th
				}
				if h := notFigureHand[i]; h != nil {
					n := h(rs, k)
					for j := k; j < k+n; j++ {
						block(j)
					}
					continue
				}
				if s == "" {
					s = st.text()
				}
				b := st.byteAt(k)
				if m := notFigureBounded[i].findAt(rs, k, s, b); m != nil {
					n := utf8.RuneCountInString(s[b : b+m[1]])
					for j := k; j < k+n; j++ {
						block(j)
					}
				}
			}
		}
	}
	if letters {
		// the runs of identifierRun: [A-Za-z0-9][A-Za-z0-9_.\-/]*
		for k := 0; k < len(rs); {
			if !isASCIILetter(rs[k]) && !isASCIIDigit(rs[k]) {
				k++
				continue
			}
			e := k + 1
			for e < len(rs) && identifierChar(rs[e]) {
				e++
			}
			if mixesLettersDigits(rs[k:e]) && isIdentifier(string(rs[k:e])) {
				for j := k; j < e; j++ {
					block(j)
				}
			}
			k = e
		}
	}
	if blocked == nil {
		return noneBlocked(len(rs))
	}
	return blocked
}

// isIdentifier reports whether an ASCII run mixes letters and digits in a way
// a number with a unit does not.
func isIdentifier(run string) bool {
	if !strings.ContainsAny(run, "0123456789") || !strings.ContainsFunc(run, isASCIILetter) {
		return false
	}
	i := strings.IndexFunc(run, func(r rune) bool { return !(isASCIIDigit(r) || r == '.' || r == ',' || r == '/') })
	if i <= 0 {
		if w, _ := lexPrefix.startingAt([]rune(run), 0); w != "" && len(w) < len(run) && isASCIIDigit(rune(run[len(w)])) {
			return false // HKD13.5, USD200: a currency code before an amount
		}
		return true // starts with a letter: IPv6, B2
	}
	tail := run[i:]
	if len(tail) > 1 && tail[len(tail)-1] == '/' {
		// 14.32GB/户·月: the slash opens a denominator written in Chinese
		// after the run, as in 35.2千瓦时/户: the unit before it is the tail
		tail = tail[:len(tail)-1]
	}
	_, ok := DefaultUnits().Lookup(tail)
	return !ok && !unitRangeTail(tail) && !unitPerUnit(tail) // 5G is an identifier, 35km is not, nor 10-20kg, nor 350Wh/kg
}

// unitPerUnit reports whether tail is a unit per a unit, both of the table
// (Wh/kg, km/h, mg/L).
func unitPerUnit(tail string) bool {
	a, b, ok := strings.Cut(tail, "/")
	if !ok {
		return false
	}
	ua, okA := DefaultUnits().Lookup(a)
	_, okB := DefaultUnits().Lookup(b)
	if okA && !okB && lexTimeabbr.has(b) {
		// 3g/d, 10mg/h: a dose per a time (lexicon kind timeabbr)
		return ua.Dimension == "mass" || ua.Dimension == "volume"
	}
	return okA && okB
}

// unitRangeTail reports whether tail, what follows the first number of an
// ASCII run that starts with a digit, makes the run a range of a known unit:
// -20kg (10-20kg), -3km, L-3L (2L-3L), -2.5t. One hyphen, a number after it,
// and a unit of the table after that (the same unit after both numbers when
// the first has one): 2024-3-5, 010-12345678 and 2-3M (M is no unit) stay
// what they were; a run that starts with a letter (B2-3M, G7-8, RTX-3080)
// never comes here.
func unitRangeTail(tail string) bool {
	first, rest, ok := strings.Cut(tail, "-")
	if !ok || rest == "" || !isASCIIDigit(rune(rest[0])) {
		return false
	}
	k := strings.IndexFunc(rest, func(r rune) bool { return !(isASCIIDigit(r) || r == '.' || r == ',') })
	if k <= 0 || first != "" && rest[k:] != first {
		return false // 2L-3kg: not one unit
	}
	_, ok = DefaultUnits().Lookup(rest[k:])
	return ok
}

func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// daySpan reports whether N日, its number starting at rune start and 日 ending
// at end, is a span of days rather than a day of the month: a value that no
// day has (90日, 1.5日), or a word after it (lexicon kind spanafter: 30日内,
// 15日以上, 90日之久) or before it, a qualifier of the number apart (kind
// spanbefore: 为期15日, 连续约20日). 3月30日, 30日召开, 截至30日 and 30日后
// (after the 30th as often as 30 days later) stay dates. v is the value, the
// upper end of a range (15至30日内). A month right before it always makes it
// a date: 三月三十日内 is by 30 March (the pattern of months blocks 3月30日).
func daySpan(rs []rune, start, end int, v float64) bool {
	if start > 0 && rs[start-1] == '月' {
		return false
	}
	if v > 31 || v != math.Trunc(v) {
		return true
	}
	if _, val := lexSpanafter.startingAt(rs, end); val == "span" {
		return true
	}
	k := start
	if w, _ := lexBefore.endingAt(rs, k); w != "" {
		k -= len([]rune(w))
	}
	_, val := lexSpanbefore.endingAt(rs, k)
	return val == "span"
}

// daySpanAt is the exception to the day-of-month pattern (15日) at rune k, the
// start of its digits: N日 that daySpan reads as a span of days is no date
// (30日内, 为期15日, 公示期为90日). The first end of a range before it counts
// as its start (为期15至30日); digits after a decimal point are a fraction of
// a day (1.5日), never a day.
func daySpanAt(rs []rune, k int) bool {
	n := digitsUpTo(rs, k, 2)
	j := skipRESpace(rs, k+n)
	if n == 0 || runeAt(rs, j) != '日' {
		return false
	}
	if k >= 2 && rs[k-1] == '.' && isASCIIDigit(rs[k-2]) {
		return true // 1.5日
	}
	v := 0.0
	for _, r := range rs[k : k+n] {
		v = v*10 + float64(r-'0')
	}
	start := k
	if start > 1 && isRangeConnector(rs[start-1]) && isNumeral(rs[start-2]) {
		for start--; start > 0 && (isNumeral(rs[start-1]) || rs[start-1] == '.'); start-- {
		}
	}
	return daySpan(rs, start, j+1, v)
}

// proseDimensions are those whose small Chinese-numeral figures are prose
// (两个, 三年, 九项), not data; small amounts of money or percent are data.
var proseDimensions = map[string]bool{"count": true, "people": true, "duration": true, "age": true}

// rejectFigure says why a candidate is not a figure, or "" when it is one.
func rejectFigure(s *sentence, c candidate) string {
	if c.textPassed {
		return rejectByTokens(s, c)
	}
	if reason := rejectByText(s, c); reason != "" {
		return reason
	}
	return rejectByTokens(s, c)
}

// sectionNumber reports whether a candidate is the number of a section that
// opens its line, set apart from the heading by a space: 1.1 本公司董事会…,
// 2.3.1 营业收入…, §4 股东持股情况 (the unit read after it, 本 or 股, is the
// heading's first word). Only a dotted number or one after § is taken for
// one: 5 家企业 at a line's start stays a figure.
func sectionNumber(rs []rune, c candidate) bool {
	k := c.start
	for k > 0 && (rs[k-1] == ' ' || rs[k-1] == '\u3000') {
		k--
	}
	mark := k > 0 && rs[k-1] == '§'
	if mark {
		k--
	}
	if k > 0 && rs[k-1] != '\n' || c.isRange || c.numEnd >= len(rs) || rs[c.numEnd] != ' ' && rs[c.numEnd] != '\u3000' {
		return false
	}
	if c.unit.Dimension != "count" && c.unit.Dimension != "people" {
		return false // 3.0 公里: a measure; a heading's first word reads as a classifier (本, 股, 人)
	}
	j := c.numEnd
	for j < len(rs) && (rs[j] == ' ' || rs[j] == '\u3000') {
		j++
	}
	if j == len(rs) || !isHan(rs[j]) || isScale(rs[j]) {
		return false // 1.5 万元: a scale after the space is the number's
	}
	dotted := false
	for _, r := range rs[c.start:c.numEnd] {
		switch {
		case r == '.':
			dotted = true
		case !isASCIIDigit(r):
			return false
		}
	}
	return mark || dotted
}

// termOfName reports whether a duration is the term that names a product
// or a rate (10年期国债收益率, 5年期以上LPR, 3个月期SHIBOR, 7天期逆回购):
// 期 right after its unit. 3年期间, 3年期内, 3年期满 and 3年期限 keep the
// duration: a span of time, not a name. A unit of time with a Latin name
// right after it is the tenor of that rate too (7天Shibor, 3个月SHIBOR;
// lexicon kind tenor).
func termOfName(rs []rune, c candidate) bool {
	if c.unit.Dimension != "duration" || c.end >= len(rs) {
		return false
	}
	if TenorBeforeName(c.unit.Surface, rs, c.end) {
		return true
	}
	if rs[c.end] != '期' {
		return false
	}
	return c.end+1 >= len(rs) || !strings.ContainsRune("间内满限", rs[c.end+1])
}

// intervalOfEvent reports whether a span of time after 每 is the interval
// of a recurring event, a figure, not the basis of a rate: a word of what
// then happens follows it (lexicon kind everyafter: 每9分53秒就有1人死亡,
// 每3天便有). 每10股派3元, 每小时80公里 and 每万人 stay bases.
func intervalOfEvent(rs []rune, c candidate) bool {
	if c.unit.Dimension != "duration" {
		return false
	}
	w, _ := lexEveryafter.startingAt(rs, c.end)
	return w != ""
}

// rejectByText says why a candidate is not a figure whatever the tokens of
// the sentence, or "": a candidate it rejects needs no segmentation.
func rejectByText(s *sentence, c candidate) string {
	rs, blocked := s.rs, s.blocked
	for k := c.start; k < c.numEnd; k++ {
		if (isASCIIDigit(rs[k]) || isNumeral(rs[k])) && blocked[k] {
			return "date, identifier or URL"
		}
	}
	if w, _ := lexNotunit.startingAt(rs, c.end-len([]rune(c.unit.Surface))); w != "" {
		return "not a unit: " + w
	}
	if c.start > 0 && rs[c.start-1] == '第' {
		return "ordinal"
	}
	if c.unit.Surface == "°" {
		return "° with no word of temperature before it (倾角45°): an angle"
	}
	if termOfName(rs, c) {
		return "the term in a name (10年期国债, 3个月期贷款, 7天期逆回购)"
	}
	if sectionNumber(rs, c) {
		return "the number of a section before its heading (1.1 本公司…, §4 股东…)"
	}
	if c.start > 0 && rs[c.start-1] == '每' && !intervalOfEvent(rs, c) {
		return "the basis of a rate (每10股派3元, 每万人)"
	}
	if c.start > 0 && rs[c.start-1] == '前' && (c.unit.Surface == "名" || c.unit.Surface == "位") {
		return "rank"
	}
	if w, _ := lexRankbefore.endingAt(rs, c.start); w != "" && (c.unit.Surface == "名" || c.unit.Surface == "位") {
		return "rank (位列二至十位, 排名第3位)"
	}
	if c.unit.Surface == "成" && (c.value > 100 || !c.allChinese && c.value != float64(int(c.value))) {
		return "成 after a number that is no tenth"
	}
	if c.weak && c.allChinese {
		return "a subunit of money alone in Chinese numerals before more text (房间一角有)"
	}
	if c.unit.Surface == "点" && c.value <= 24 && (c.allChinese || !strings.ContainsRune(string(rs[c.start:c.numEnd]), '.')) {
		return "点 after a whole number of a day's hours (下午3点 is a time; points are read when decimal, 0.03点, or above 24, 3300点)"
	}
	if v := max(c.value, c.high); c.unit.Surface == "折" && (v >= 100 || v <= 0) {
		return "折 after a number that is no share of a price"
	}
	if c.unit.Surface == "日" && timex.EightDigitDay(rs[c.start:c.numEnd]) {
		return "a day written in eight digits, year first, before 日 (20240307日)"
	}
	if c.unit.Surface == "日" && !daySpan(rs, c.start, c.end, max(c.value, c.high)) {
		return "日 after a whole number up to 31 with no word of a span around it: a day of the month (三月十五日, 15至30日召开)"
	}
	if c.allChinese && !c.isRange && !c.fraction && !c.compound && c.inner == "" && c.value <= 10*c.unit.Scale && proseDimensions[c.unit.Dimension] {
		if w, _ := lexBefore.endingAt(rs, c.start); w == "" || !qualifies(w, c) {
			return "small count in Chinese numerals (prose; 上一交易日 is the one before)"
		}
	}
	if (c.scaleOnly || c.allChinese && (c.start > 0 && (rs[c.start-1] == '数' || rs[c.start-1] == '几'))) && c.inner == "" {
		// a scale with 多/余/几 after it is a count (百几人, 千余人)
		if w, _ := lexBefore.endingAt(rs, c.start); w == "" {
			return "bare scale character without a qualifier"
		}
	}
	return ""
}

// rejectByTokens says why a candidate is not a figure by the tokens of the
// sentence (or their absence), or "".
func rejectByTokens(s *sentence, c candidate) string {
	rs := s.rs
	if c.bare {
		if _, ok := unitNounBefore(s, c.start); !ok {
			if u, _ := unitAfterNoun(s, c); u == nil {
				return "an amount with a scale and no unit, not after a noun of money or of its unit (用户规模10.8亿), nor before a short noun and its unit"
			}
		}
	}
	if c.unit.Surface == "度" && c.allChinese && c.value == 1 && !c.isRange && s.tokens != nil {
		if t, ok := s.tokenAt(c.end); ok && t.Start == c.end && t.Pos != "" && strings.ContainsRune("vdpa", rune(t.Pos[0])) {
			return "一度 before a verb is the adverb 'at one time' (盘中一度跌破, 一度电 is a figure)"
		}
	}
	if (c.unit.Surface == "粒" || c.unit.Surface == "片") && lexDoseword.endingInClause(rs, c.start, 8) != "" {
		// a dose of a medicine: 口服，一次2粒; 每次1~2片; 每日不得超过8片
	} else if (c.unit.Surface == "球" || c.unit.Surface == "粒") && lexGoalverb.endingInClause(rs, c.start, 6) == "" {
		return "球 or 粒 with no word of scoring before it (3球冰淇淋, 5粒米): no goals"
	} else if c.unit.Surface == "片" {
		return "片 with no word of a dose before it (3片叶子, 一片森林): no dose"
	}
	if c.unit.Surface == "记" {
		if w, _ := lexShotnoun.startingAt(rs, c.end); w == "" {
			return "记 with no noun of a shot after it: no count of shots"
		}
	}
	if c.unit.Surface == "级" && !levelNounNear(rs, c) {
		return "级 with no word of wind or quake by it (3级医院, 二级巡视员): a grade"
	}
	if c.unit.Surface == "分" && !scoreNounBefore(rs, c.start) {
		return "分 with no noun of scores before it (3点30分, 扣3分): no score"
	}
	if c.unit.Canonical == "秒" && c.start >= 2 && rs[c.start-1] == '分' && isNumeral(rs[c.start-2]) {
		if k := numeralStart(rs, c.start-1); clockBefore(rs, k) {
			return "the seconds of a time of day (10点30分20秒)"
		}
	}
	if c.unit.Surface == "两" && s.tokens != nil {
		if t, ok := s.tokenAt(c.end - 1); ok && t.Start == c.end-1 && t.End > c.end {
			return "两 opens a word (2007两会, 两岸): no weight"
		}
	}
	if afterLonePoint(s, c.start) {
		return "digits right after a decimal point (点一元, 点四三二一元): never the start of a number"
	}
	if c.allChinese && s.tokens != nil && !capitalAmountAt(rs, c.start) {
		if t, ok := s.tokenAt(c.start); ok && t.Start < c.start {
			if w, _ := lexBefore.endingAt(rs, c.start); w == "" || c.start-t.Start > len([]rune(w)) {
				return "numeral inside a word"
			}
		}
		if t, ok := s.tokenAt(c.end - 1); ok && t.End > c.end {
			return "numeral word (idiom)"
		}
	}
	return ""
}

// levelNounNear reports whether a word of wind or quake (lexicon kind
// levelnoun: 风, 风力, 地震 …) stands in the clause before the figure,
// within a few characters, or right after it, over 左右 or 的 (东北风3级左右,
// 风力4~5级, 7.0级地震, 3级左右的偏北风).
func levelNounNear(rs []rune, c candidate) bool {
	if lexLevelnoun.endingInClause(rs, c.start, 8) != "" {
		return true
	}
	p := c.end
	if w, _, e := QualifierAfter(rs, p); w != "" {
		p = e
	}
	if p < len(rs) && rs[p] == '的' {
		p++
	}
	for k := p; k < len(rs) && k < p+3; k++ {
		if w, _ := lexLevelnoun.startingAt(rs, k); w != "" {
			return true
		}
	}
	return false
}

// scoreNounBefore reports whether a noun of scores (lexicon kind scorenoun:
// 满意度, 得分, 评分 …) stands in the clause before rune k, within a few
// characters: 群众满意度为98.6分, 综合得分92.5分.
// A word of scoring in a game (lexicon kind scoreverb: 场均, 砍下, 独得 …)
// counts nearer, over an adjective phrase at most (砍下全场最高的32分).
func scoreNounBefore(rs []rune, k int) bool {
	return lexScorenoun.endingInClause(rs, k, 12) != "" || lexScoreverb.endingInClause(rs, k, 8) != ""
}

// unitNounBefore reports whether the nearest noun before rune k in its
// clause names an amount of money (lexicon kind moneynoun: 营收, 销售额,
// 总额 …) or the unit of what it counts (kind unitnoun: 观影人次 → 人次,
// 人口 → 人), with only verbs, adverbs, qualifiers, other amounts and
// threshold words (大关) between: 合并营收8628.61亿, 营收首度突破8兆大关、达
// 8.099兆, 城市院线观影人次为12.99亿. unit is the unit the noun names, "" for
// money (the document's declared currency, else 元).
func unitNounBefore(s *sentence, k int) (unit string, ok bool) {
	if s.tokens == nil {
		return "", false
	}
	for n := 0; n < 12 && k > 0 && !clauseMark(s.rs[k-1]); n++ {
		t, ok := s.tokenAt(k - 1)
		if !ok {
			return "", false
		}
		if w, _ := lexMoneynoun.endingAt(s.rs, k); w != "" {
			return "", true
		}
		if w, u := lexUnitnoun.endingAt(s.rs, k); w != "" {
			return u, true
		}
		switch {
		case lexThreshold.has(t.Text), lexFiller.has(t.Text), lexBefore.has(t.Text):
		case t.Pos == "" || strings.ContainsRune("vdpmqucxt", rune(t.Pos[0])) || t.Text == "、":
		default:
			return "", false // another noun stands nearer: 投资项目12万
		}
		k = t.Start
	}
	return "", false
}

// unitAfterNoun reads the unit of a bare amount (number and scale, no unit)
// written after a short noun right after it: 4,100万访港旅客人次, 300万游客人次
// → 人次. The noun is one to three words of at most four characters in
// all, the last a noun; the unit, of a count or of people, is a word of its
// own that ends the clause. It returns the unit and where it starts, or nil.
// A unit after a clause mark or a longer phrase is never taken (增加200万，
// 旅客人次上升).
func unitAfterNoun(s *sentence, c candidate) (*Unit, int) {
	rs, tokens := s.rs, s.tokens
	if tokens == nil || c.end >= len(rs) || !isHan(rs[c.end]) {
		return nil, 0
	}
	ti := s.tokIndex(c.end)
	if ti < 0 || tokens[ti].Start != c.end {
		return nil, 0
	}
	n := 0 // the characters of the noun
	for k := ti; k < len(tokens) && k <= ti+3; k++ {
		t := tokens[k]
		if !startsWord(t.Text) || k > ti && tokens[k-1].End != t.Start {
			return nil, 0
		}
		if k > ti && n >= 2 && isNounTag(tokens[k-1].Pos) {
			if u, m := DefaultUnits().Match(rs, t.Start); u != nil && t.Start+m == t.End && (u.Dimension == "count" || u.Dimension == "people") {
				if t.End == len(rs) || !isHan(rs[t.End]) && !isASCIIDigit(rs[t.End]) {
					return u, t.Start
				}
				return nil, 0
			}
		}
		if ends(t) {
			return nil, 0
		}
		n += t.End - t.Start
		if n > 4 {
			return nil, 0
		}
	}
	return nil, 0
}

// afterLonePoint reports whether rune k follows a decimal point written with
// no number before it (点一元, 点四三二一元): 点 or 點 not after a numeral that
// does not end a word the segmenter made with the character before it
// (试点, 重点, 起点一百米). The digits after a point are its decimals, never
// the start of a number (the same holds for '.': startsNumber); without
// tokens every such 点 is taken for a point.
func afterLonePoint(s *sentence, k int) bool {
	rs := s.rs
	if k < 1 || !isCnPoint(rs[k-1]) || k >= 2 && (isNumeral(rs[k-2]) || isASCIIDigit(rs[k-2])) {
		return false
	}
	t, ok := s.tokenAt(k - 1)
	return !ok || t.Start == k-1
}

// capitalAmountAt reports whether a capital amount starts at rune k: a
// capital numeral followed by a capital multiplier, a big scale or 元/圆
// (伍元, 伍仟元, 伍拾万元). It is a number whatever word the segmenter made
// of it and the character before (金额为伍元: 为伍 'to keep company with').
func capitalAmountAt(rs []rune, k int) bool {
	if k+1 >= len(rs) || !isCapitalOnly(rs[k]) || isCnSmall(rs[k]) {
		return false
	}
	n := rs[k+1]
	return isCnSmall(n) && isCapitalOnly(n) || isCnBig(n) || n == '元' || n == '圆' || n == '圓'
}

// numeralStart is where the run of numerals that ends before rs[e] starts.
func numeralStart(rs []rune, e int) int {
	for e > 0 && isNumeral(rs[e-1]) {
		e--
	}
	return e
}
