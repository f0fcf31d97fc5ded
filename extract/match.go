package extract

// Hand-written forms of the anchored patterns tried most often (a year, a
// month, a day of the month): each gives the length in runes of the
// pattern's match at rune k, or -1, as the regular expression would (greedy,
// leftmost-first). TestHandMatchers holds each equal to its pattern on real
// and mutated text.

import (
	"slices"
	"strings"
)

// runeAt is rs[j], or 0 past the end.
func runeAt(rs []rune, j int) rune {
	if j >= 0 && j < len(rs) {
		return rs[j]
	}
	return 0
}

// skipRESpace skips the white space of a regular expression's \s* at j.
func skipRESpace(rs []rune, j int) int {
	for j < len(rs) && isRESpace(rs[j]) {
		j++
	}
	return j
}

// digitsUpTo is the number of ASCII digits at j, at most max: \d{1,max}
// greedy (0: none).
func digitsUpTo(rs []rune, j, max int) int {
	n := 0
	for n < max && j+n < len(rs) && isASCIIDigit(rs[j+n]) {
		n++
	}
	return n
}

// isRangeMark is [-—~至到].
func isRangeMark(r rune) bool {
	return r == '-' || r == '—' || r == '~' || r == '至' || r == '到'
}

// centuryAt is (?:1[5-9]|20) at j.
func centuryAt(rs []rune, j int) bool {
	a, b := runeAt(rs, j), runeAt(rs, j+1)
	return a == '1' && b >= '5' && b <= '9' || a == '2' && b == '0'
}

// matchYear is ^(?:1[5-9]|20)\d{2}\s*(?:[-—~至到]\s*(?:1[5-9]|20)?\d{2}\s*)?年
// (2024年, 2023-2024年, 2023至24年).
func matchYear(rs []rune, k int) int {
	if !centuryAt(rs, k) || digitsUpTo(rs, k+2, 2) != 2 {
		return -1
	}
	j := skipRESpace(rs, k+4)
	if isRangeMark(runeAt(rs, j)) {
		g := skipRESpace(rs, j+1)
		if centuryAt(rs, g) && digitsUpTo(rs, g+2, 2) == 2 {
			if e := skipRESpace(rs, g+4); runeAt(rs, e) == '年' {
				return e + 1 - k
			}
		}
		if digitsUpTo(rs, g, 2) == 2 {
			if e := skipRESpace(rs, g+2); runeAt(rs, e) == '年' {
				return e + 1 - k
			}
		}
		return -1 // without the range, 年 would have to stand at the mark
	}
	if runeAt(rs, j) == '年' {
		return j + 1 - k
	}
	return -1
}

// matchYearOrDate is ^(?:1[5-9]|20)\d{2}(?:…年|-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2}):
// a year (matchYear), else an ISO date with one separator twice (2023-12-31,
// 2023/12/31, 2023.12.31).
func matchYearOrDate(rs []rune, k int) int {
	if n := matchYear(rs, k); n >= 0 {
		return n
	}
	if !centuryAt(rs, k) || digitsUpTo(rs, k+2, 2) != 2 {
		return -1
	}
	sep := runeAt(rs, k+4)
	if sep != '-' && sep != '/' && sep != '.' {
		return -1
	}
	m := digitsUpTo(rs, k+5, 2)
	if m == 0 || runeAt(rs, k+5+m) != sep {
		return -1
	}
	d := digitsUpTo(rs, k+6+m, 2)
	if d == 0 {
		return -1
	}
	return 6 + m + d
}

// monthsAt is \d{1,2}\s*(?:[-—~至到]\s*\d{1,2}\s*)?月 at rune k, the
// months that matchMonth and monthPeriod share (5月, 1-7月): the index of the
// rune after 月, or -1.
func monthsAt(rs []rune, k int) int {
	n := digitsUpTo(rs, k, 2)
	if n == 0 {
		return -1
	}
	j := skipRESpace(rs, k+n)
	if isRangeMark(runeAt(rs, j)) {
		g := skipRESpace(rs, j+1)
		m := digitsUpTo(rs, g, 2)
		if m == 0 {
			return -1
		}
		j = skipRESpace(rs, g+m)
	}
	if runeAt(rs, j) != '月' {
		return -1
	}
	return j + 1
}

// matchMonth is ^\d{1,2}\s*(?:[-—~至到]\s*\d{1,2}\s*)?月(?:份)?(?:\s*\d{1,2}\s*[日号])?
// (5月, 1-7月份, 3月15日).
func matchMonth(rs []rune, k int) int {
	j := monthsAt(rs, k)
	if j < 0 {
		return -1
	}
	if runeAt(rs, j) == '份' {
		j++
	}
	e := skipRESpace(rs, j)
	if m := digitsUpTo(rs, e, 2); m > 0 {
		if f := skipRESpace(rs, e+m); runeAt(rs, f) == '日' || runeAt(rs, f) == '号' {
			j = f + 1
		}
	}
	return j - k
}

// matchDay is ^\d{1,2}\s*[日号](?:[^元]|$) (15日, 3号; 10日元 is money).
func matchDay(rs []rune, k int) int {
	n := digitsUpTo(rs, k, 2)
	if n == 0 {
		return -1
	}
	j := skipRESpace(rs, k+n)
	if r := runeAt(rs, j); j >= len(rs) || r != '日' && r != '号' {
		return -1
	}
	j++
	if j == len(rs) {
		return j - k
	}
	if rs[j] == '元' {
		return -1
	}
	return j + 1 - k
}

// dayAt is dayAfter matching at rune k: ^\s*\d{1,2}\s*[日号].
func dayAt(rs []rune, k int) bool {
	j := skipRESpace(rs, k)
	n := digitsUpTo(rs, j, 2)
	if n == 0 {
		return false
	}
	r := runeAt(rs, skipRESpace(rs, j+n))
	return r == '日' || r == '号'
}

// handMatchers are the hand-written forms of patterns of notFigurePatterns,
// by the pattern's text.
var handMatchers = map[string]func(rs []rune, k int) int{
	`^(?:1[5-9]|20)\d{2}(?:\s*(?:[-—~至到]\s*(?:1[5-9]|20)?\d{2}\s*)?年|-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2})`: matchYearOrDate,
	`^\d{1,2}\s*(?:[-—~至到]\s*\d{1,2}\s*)?月(?:份)?(?:\s*\d{1,2}\s*[日号])?`:                                                     matchMonth,
	`^\d{1,2}\s*[日号](?:[^元]|$)`: matchDay,
}

// notFigureHand are the hand-written forms of notFigurePatterns, nil for a
// pattern without one.
var notFigureHand = func() []func(rs []rune, k int) int {
	out := make([]func(rs []rune, k int) int, len(notFigurePatterns))
	for i, p := range notFigurePatterns {
		if p.anchor != nil {
			out[i] = handMatchers[p.re.String()]
		}
	}
	return out
}()

// matchPeriod is periodAnchored at rune k: the length in runes of the time
// expression there (2024年, 2023年1至10月, 1-7月份, 前三季度, 截至2024年11月),
// or -1. The optional parts are greedy and nothing after them can fail, so
// the first reading found is the pattern's.
func matchPeriod(rs []rune, k int) int {
	if runeAt(rs, k) == '截' && (runeAt(rs, k+1) == '至' || runeAt(rs, k+1) == '止') {
		if n := periodBody(rs, k+2); n > 0 {
			return n + 2 // 截至, 截止
		}
		if runeAt(rs, k+1) == '止' && runeAt(rs, k+2) == '到' {
			if n := periodBody(rs, k+3); n > 0 {
				return n + 3 // 截止到
			}
		}
		return -1 // no time expression starts with 截
	}
	return periodBody(rs, k)
}

// periodWords are the last alternatives of periodPattern, words in its order
// (a word before any it is a prefix of: 今年以来, 今年上半年, 今年).
var periodWords = [][]rune{[]rune("今年以来"), []rune("今年上半年"), []rune("今年"), []rune("去年"), []rune("上年"),
	[]rune("上半年"), []rune("下半年"), []rune("前三季度")}

// periodBody is periodPattern after its 截至 at rune k: its alternatives
// tried in order.
func periodBody(rs []rune, k int) int {
	if n := yearPeriod(rs, k); n > 0 {
		return n
	}
	if n := monthPeriod(rs, k); n > 0 {
		return n
	}
	if runeAt(rs, k) == '前' { // 前\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*个月
		j := skipRESpace(rs, k+1)
		n := digitsUpTo(rs, j, 2)
		if n == 0 {
			for n < 3 && strings.ContainsRune("一二三四五六七八九十", runeAt(rs, j+n)) {
				n++
			}
		}
		if j = skipRESpace(rs, j+n); n > 0 && runeAt(rs, j) == '个' && runeAt(rs, j+1) == '月' {
			return j + 2 - k
		}
	}
	if runeAt(rs, k) == '十' && strings.ContainsRune("一二三四五六七八九", runeAt(rs, k+1)) && runeAt(rs, k+2) == '五' {
		j := k + 3 // 十[一二三四五六七八九]五”?(?:期间|时期)
		if runeAt(rs, j) == '”' {
			j++
		}
		if hasAt(rs, j, "期间") || hasAt(rs, j, "时期") {
			return j + 2 - k
		}
	}
	for _, w := range periodWords {
		if hasRunesAt(rs, k, w) {
			return len(w)
		}
	}
	if n := quarterAt(rs, k, "一二三四"); n > 0 {
		return n
	}
	for _, w := range []string{"全年", "过去一年", "近年来"} {
		if hasAt(rs, k, w) {
			return len([]rune(w))
		}
	}
	return -1
}

// hasRunesAt reports whether rs holds w at j.
func hasRunesAt(rs []rune, j int, w []rune) bool {
	return j >= 0 && j+len(w) <= len(rs) && slices.Equal(rs[j:j+len(w)], w)
}

// quarterAt is 第?[digits]季度 at rune k: its length in runes, or 0.
func quarterAt(rs []rune, k int, digits string) int {
	j := k
	if runeAt(rs, j) == '第' {
		j++
	}
	if strings.ContainsRune(digits, runeAt(rs, j)) && runeAt(rs, j+1) == '季' && runeAt(rs, j+2) == '度' {
		return j + 3 - k
	}
	return 0
}

// yearPeriod is the first alternative of periodPattern at rune k: a year
// (2024年, 二〇二四年度), then a month or a range of months, then a part of
// the year (上半年, 第三季度, 年底).
func yearPeriod(rs []rune, k int) int {
	j := k
	switch {
	case centuryAt(rs, k) && digitsUpTo(rs, k+2, 2) == 2:
		j = k + 4
	default:
		for j < k+4 && strings.ContainsRune("〇○零一二三四五六七八九", runeAt(rs, j)) {
			j++
		}
		if j < k+4 {
			return -1
		}
	}
	if j = skipRESpace(rs, j); runeAt(rs, j) != '年' {
		return -1
	}
	j++
	if runeAt(rs, j) == '度' {
		j++
	}
	if n := monthPeriod(rs, skipRESpace(rs, j)); n > 0 {
		j = skipRESpace(rs, j) + n
	}
	for _, w := range []string{"上半年", "下半年", "前三季度", "全年", "年底", "年末", "年初"} {
		if hasAt(rs, j, w) {
			return j + len([]rune(w)) - k
		}
	}
	if n := quarterAt(rs, j, "一二三四1234"); n > 0 {
		return j + n - k
	}
	return j - k
}

// monthPeriod is \d{1,2}\s*(?:[-—~至到]\s*\d{1,2}\s*)?月(?:份|底|末)? at rune
// k (5月, 1-7月份, 1至10月末), or -1.
func monthPeriod(rs []rune, k int) int {
	j := monthsAt(rs, k)
	if j < 0 {
		return -1
	}
	if r := runeAt(rs, j); r == '份' || r == '底' || r == '末' {
		j++
	}
	return j - k
}

// findPlus calls mark for each rune of the matches of plusPattern in rs,
// trying matchPlus through the sentence as the pattern's search does.
func findPlus(rs []rune, mark func(j int)) {
	for k := 0; k < len(rs); {
		n := matchPlus(rs, k)
		for j := k; j < k+n; j++ {
			mark(j)
		}
		k += max(n, 1)
	}
}

// plusPattern marks numbers added up (1+1+9, a slogan, not a figure).
const plusPattern = `\d+(?:\s*\+\s*\d+)+`

// matchPlus is plusPattern at rune k, as its search over a sentence finds
// it (k at the start of the sentence or after the last match): the length
// of the match starting at k, or 0. A match starts where a run of digits
// does, since \d+ takes the whole run before the + it needs.
func matchPlus(rs []rune, k int) int {
	if k > 0 && isASCIIDigit(rs[k-1]) && isASCIIDigit(runeAt(rs, k)) {
		return 0 // inside a run that found no match at its start
	}
	j := k + digitsUpTo(rs, k, len(rs))
	if j == k {
		return 0
	}
	end := -1
	for {
		g := skipRESpace(rs, j)
		if runeAt(rs, g) != '+' {
			break
		}
		g = skipRESpace(rs, g+1)
		n := digitsUpTo(rs, g, len(rs))
		if n == 0 {
			break
		}
		j, end = g+n, g+n
	}
	if end < 0 {
		return 0
	}
	return end - k
}
