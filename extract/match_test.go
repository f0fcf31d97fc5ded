package extract

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// periodPattern matches the time expressions a figure can refer to: 2024年,
// 2023年1至10月, 1-7月, 上半年, 截至2024年11月, 今年以来, 一季度.
var periodPattern = regexp.MustCompile(`(?:截至|截止|截止到)?` +
	`(?:(?:(?:1[5-9]|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年(?:度)?` +
	`(?:\s*\d{1,2}\s*(?:[-—~至到]\s*\d{1,2}\s*)?月(?:份|底|末)?)?` +
	`(?:上半年|下半年|前三季度|第?[一二三四1-4]季度|全年|年底|年末|年初)?` +
	`|\d{1,2}\s*(?:[-—~至到]\s*\d{1,2}\s*)?月(?:份|底|末)?` +
	`|前\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*个月` +
	`|十[一二三四五六七八九]五”?(?:期间|时期)` +
	`|今年以来|今年上半年|今年|去年|上年|上半年|下半年|前三季度|第?[一二三四]季度|全年|过去一年|近年来)`)

// periodAnchored is periodPattern at a place; dayAfter is what dayAt matches.
var (
	periodAnchored = regexp.MustCompile("^" + periodPattern.String())
	dayAfter       = regexp.MustCompile(`^\s*\d{1,2}\s*[日号]`)
)

// reMatchRunes is the length in runes of re's match at the start of s, or -1.
func reMatchRunes(re *regexp.Regexp, s string) int {
	m := re.FindStringIndex(s)
	if m == nil {
		return -1
	}
	return utf8.RuneCountInString(s[:m[1]])
}

// TestHandMatchers holds the hand-written matchers equal to their patterns
// at every place of real text and of text with date-like pieces put in.
func TestHandMatchers(t *testing.T) {
	n := 0
	for _, h := range notFigureHand {
		if h != nil {
			n++
		}
	}
	if n != len(handMatchers) {
		t.Fatalf("%d of %d hand matchers match a pattern", n, len(handMatchers))
	}
	r := rand.New(rand.NewPCG(7, 8))
	extra := []string{"2024年", "2023-2024年", "2023 至 24年", "1999—2001 年", "2020-15年", "20245年", "1-7月份", "12 月 3 日",
		"3月15号", "10日元", "2023-12-31", "2023/1/5 ", "2023.12.3", "2023-12-", "2023-12/31", "15日", "5 - 123月", "123月", "1月1234日", "8月份 12号", "7日", "\t9\n号", "1月\t2\r日"}
	texts := mutatedTexts(t, r, extra)
	for _, x := range texts {
		rs := []rune(x)
		for k := range rs {
			if !isASCIIDigit(rs[k]) && !isRESpace(rs[k]) {
				// every pattern here starts with a digit or \s*
				for i, h := range notFigureHand {
					if h != nil && h(rs, k) != -1 {
						t.Fatalf("%s at rune %d of %q: %d, want -1", notFigurePatterns[i].re, k, x, h(rs, k))
					}
				}
				if dayAt(rs, k) {
					t.Fatalf("dayAt rune %d of %q", k, x)
				}
				continue
			}
			// the patterns are tried on the next 64 runes, and on the rest of
			// the text when the answers differ ($ may stand at the cut)
			rest := string(rs[k:min(len(rs), k+64)])
			full := func() string { rest = string(rs[k:]); return rest }
			for i, h := range notFigureHand {
				if h == nil {
					continue
				}
				re := notFigurePatterns[i].re
				if got, want := h(rs, k), reMatchRunes(re, rest); got != want {
					if want = reMatchRunes(re, full()); got != want {
						t.Fatalf("%s at %q: %d, want %d", re, rest, got, want)
					}
				}
			}
			if got, want := dayAt(rs, k), dayAfter.MatchString(rest); got != want {
				if want = dayAfter.MatchString(full()); got != want {
					t.Fatalf("dayAt %q: %v, want %v", rest, got, want)
				}
			}
		}
		if got, want := dayAt(rs, len(rs)), dayAfter.MatchString(""); got != want {
			t.Fatalf("dayAt at the end of %q: %v, want %v", x, got, want)
		}
	}
}

// TestFirstRune checks firstRune against utf8.DecodeRuneInString.
func TestFirstRune(t *testing.T) {
	cases := []string{"a", "é", "营收", "\xe0\xa0\x80", "\xe0\x80\x80", "\xed\xa0\x80", "\xed\x9f\xbf", "\xef\xbf\xbf", "\xe4\xb8", "\xe4\xb8a", "\xe4a\x80", "😀", "\xff", "\x80\x80\x80"}
	for r := rune(0x700); r < 0x10100; r += 7 {
		cases = append(cases, string(r)+"x")
	}
	for _, s := range cases {
		want, _ := utf8.DecodeRuneInString(s)
		if got := firstRune(s); got != want {
			t.Fatalf("firstRune(%q) = %U, want %U", s, got, want)
		}
	}
}

// TestMatchPeriod holds matchPeriod equal to periodAnchored at every place of
// real text, of mutated text and of text with period-like pieces put in, and
// isPeriodWord equal to a whole match of the pattern.
func TestMatchPeriod(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	extra := []string{"截至2024年", "截止到二〇二三年底", "截止2024年1-7月份", "截止到", "截至去年", "截止今年以来", "截至前10个月",
		"今年以来", "今年上半年", "今年", "去年", "上年", "上半年", "下半年", "前三季度", "第一季度", "三季度", "第五季度", "第四季度",
		"全年", "过去一年", "近年来", "十四五”期间", "十四五时期", "十四五”", "十五五期", "前10个月", "前 三个月", "前123个月",
		"前一二三四个月", "前十二 个月", "1-7月", "1 至 10 月末", "2023年1至10月份", "2023 年度 12月底上半年", "2023年第3季度",
		"2023年第5季度", "2023年4季度", "2023年年底", "2023年年初全年", "一九九八年第二季度", "〇〇〇〇年", "二〇二四\t年\n3月",
		"20245年", "1499年", "2100年", "1500年", "2099年", "123月", "12-123月", "1—2月份", "3~4月", "5到6月", "7 -\r8 月底"}
	texts := mutatedTexts(t, r, extra)
	for _, e := range extra {
		texts = append(texts, e+"x", "比"+e)
	}
	for _, x := range texts {
		rs := []rune(x)
		for k := range rs {
			rest := string(rs[k:min(len(rs), k+64)]) // the pattern spans a few runes, unless \s* runs long
			if got, want := matchPeriod(rs, k), reMatchRunes(periodAnchored, rest); got != want {
				if want = reMatchRunes(periodAnchored, string(rs[k:])); got != want {
					t.Fatalf("matchPeriod at %q: %d, want %d", rest, got, want)
				}
			}
		}
	}
	for _, w := range append(extra, "", "年", "2024年x", "x2024年", "今年以来x") {
		m := periodAnchored.FindStringIndex(w)
		if got, want := isPeriodWord(w), m != nil && m[1] == len(w) && strings.ContainsAny(w, "年月季期"); got != want {
			t.Fatalf("isPeriodWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestMatchPlus holds findPlus equal to the search of plusPattern, on real
// and mutated text and on sums put in.
func TestMatchPlus(t *testing.T) {
	re := regexp.MustCompile(plusPattern)
	r := rand.New(rand.NewPCG(11, 12))
	extra := []string{"1+1", "1+1+9", "12 + 3", "1 +\t2+ 3", "1+", "+2", "1++2", "3+a", "12+34+", "x1+2y", "1+1=2", "2+3+", "007+8"}
	texts := mutatedTexts(t, r, extra)
	for _, x := range texts {
		rs := []rune(x)
		want := make([]bool, len(rs))
		for _, m := range re.FindAllStringIndex(x, -1) {
			a, b := utf8.RuneCountInString(x[:m[0]]), utf8.RuneCountInString(x[:m[1]])
			for j := a; j < b; j++ {
				want[j] = true
			}
		}
		got := make([]bool, len(rs))
		findPlus(rs, func(j int) { got[j] = true })
		for j := range rs {
			if got[j] != want[j] {
				t.Fatalf("matchPlus over %q: rune %d blocked %v, want %v", x, j, got[j], want[j])
			}
		}
	}
}

// mutatedTexts are the texts a hand matcher is held to its pattern on: the
// corpus sentences and extra, then each sentence mutated twice and between
// two of extra.
func mutatedTexts(t *testing.T, r *rand.Rand, extra []string) []string {
	texts := append(corpusSentences(t), extra...)
	for _, s := range corpusSentences(t) {
		texts = append(texts, mutate(r, s), mutate(r, s), extra[r.IntN(len(extra))]+s+extra[r.IntN(len(extra))])
	}
	return texts
}
