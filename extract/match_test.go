package extract

import (
	"math/rand/v2"
	"regexp"
	"testing"
	"unicode/utf8"
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
		"3月15号", "10日元", "15日", "5 - 123月", "123月", "1月1234日", "8月份 12号", "7日", "\t9\n号", "1月\t2\r日"}
	texts := corpusSentences(t)
	texts = append(texts, extra...)
	for _, s := range corpusSentences(t) {
		texts = append(texts, mutate(r, s), mutate(r, s), extra[r.IntN(len(extra))]+s+extra[r.IntN(len(extra))])
	}
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
