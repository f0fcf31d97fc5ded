package extract

import (
	"strings"
)

// The time expressions a figure can refer to (2024年, 2023年1至10月, 1-7月,
// 上半年, 截至2024年11月, 今年以来, 一季度) are read by matchPeriod (match.go),
// the hand-written form of periodPattern (match_test.go holds them equal).

// comparisonBase marks a time expression as what a figure is compared with.
var comparisonBase = runeSet("比较")

// periodStarts are the characters a time expression can start with.
var periodStarts = runeSet("截今去上下前第全过近一二三四〇○零五六七八九十")

var periodStartFilter = newRuneFilter(periodStarts)

func runeSet(s string) map[rune]bool {
	m := map[rune]bool{}
	for _, r := range s {
		m[r] = true
	}
	return m
}

// mayStartPeriod is a cheap test before the pattern is tried at rune k: a
// run of digits must be followed by 年, 月 or a range mark (2024年, 1-7月);
// a word must have 年, 月, 季 or 期 within a few runes (上半年, 一季度).
func mayStartPeriod(rs []rune, k int) bool {
	r := rs[k]
	if isASCIIDigit(r) {
		if k > 0 && isASCIIDigit(rs[k-1]) {
			return false
		}
		j := k
		for j < len(rs) && (isASCIIDigit(rs[j]) || rs[j] == ' ') {
			j++
		}
		if j == len(rs) {
			return false
		}
		switch rs[j] {
		case '年', '月', '-', '—', '~', '至', '到':
			return true
		}
		return false
	}
	if !periodStartFilter.has(r) || !periodHead(rs, k) {
		return false
	}
	for j := k; j < len(rs) && j < k+7; j++ {
		if r := rs[j]; r == '年' || r == '月' || r == '季' || r == '期' {
			return true
		}
	}
	return false
}

// periodHead tells, from the runes after a character of periodStarts at k,
// whether periodPattern can match there: 截 needs 至 or 止 (截至), 今 needs 年
// (今年), 十 a digit and 五 (十四五), a Chinese digit 季 or three more digits
// (一季度, 二〇二四年) …; 前 is left to the pattern.
func periodHead(rs []rune, k int) bool {
	at := func(j int) rune {
		if j < len(rs) {
			return rs[j]
		}
		return 0
	}
	next := at(k + 1)
	switch rs[k] {
	case '截':
		return next == '至' || next == '止'
	case '今', '去', '全', '近':
		return next == '年' // 今年, 去年, 全年, 近年来
	case '上':
		return next == '年' || next == '半'
	case '下':
		return next == '半'
	case '过':
		return next == '去'
	case '第':
		return strings.ContainsRune("一二三四", next) && at(k+2) == '季'
	case '十':
		return strings.ContainsRune("一二三四五六七八九", next) && at(k+2) == '五'
	case '前':
		return true
	}
	// a Chinese digit: 一季度, or a year of four digits (二〇二四年)
	if strings.ContainsRune("一二三四", rs[k]) && next == '季' {
		return true
	}
	for j := k + 1; j <= k+3; j++ {
		if !strings.ContainsRune("〇○零一二三四五六七八九", at(j)) || at(j) == 0 {
			return false
		}
	}
	return true
}

// findPeriods lists the time expressions of a sentence, in order, with rune
// offsets. The pattern is tried, anchored, only where a digit run or a
// character of periodStarts begins (see notFigurePatterns for why).
func findPeriods(rs []rune) []span { return (&sentence{rs: rs}).findPeriods() }

// findPeriods is findPeriods of the sentence.
func (st *sentence) findPeriods() []span {
	rs := st.rs
	if st.kinds()&kindPeriod == 0 {
		return nil // every period names a year, a month, a quarter or a 期
	}
	var out []span
	next := 0 // no match may start before rune next
	for k := range rs {
		// mayStartPeriod holds only at a digit or a character of
		// periodStarts: testing that first spares most runes the call
		if k < next || !isASCIIDigit(rs[k]) && !periodStartFilter.has(rs[k]) || !mayStartPeriod(rs, k) {
			continue
		}
		n := matchPeriod(rs, k)
		if n <= 0 {
			continue
		}
		if dayAt(rs, k+n) {
			continue // 1月15日 is a date, not a period
		}
		if k > 0 && comparisonBase[rs[k-1]] {
			next = k + n
			continue // 比上年, 较去年: the base of a comparison, not the figure's period
		}
		out = append(out, span{k, k + n, st.substring(k, k+n)})
		next = k + n
	}
	return out
}

// periodAt returns the time expression nearest before the figure at rune
// start, else the first one after it, else "".
func (s *sentence) periodAt(start int) string {
	if !s.pDone {
		s.periods, s.pDone = s.findPeriods(), true
	}
	best := ""
	for _, p := range s.periods {
		if p.end <= start {
			best = p.text // later ones are nearer
			continue
		}
		if best == "" && p.start >= start && !clauseBetween(s.rs, start, p.start) {
			return p.text // a period after the figure counts only within its clause
		}
		break
	}
	return best
}

// clauseBetween reports whether a clause mark stands in rs[from:to].
func clauseBetween(rs []rune, from, to int) bool {
	for _, r := range rs[from:min(to, len(rs))] {
		if clauseMark(r) {
			return true
		}
	}
	return false
}
