package extract

// Hand-written forms of the anchored patterns tried most often (a year, a
// month, a day of the month): each gives the length in runes of the
// pattern's match at rune k, or -1, as the regular expression would (greedy,
// leftmost-first). TestHandMatchers holds each equal to its pattern on real
// and mutated text.

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

// matchMonth is ^\d{1,2}\s*(?:[-—~至到]\s*\d{1,2}\s*)?月(?:份)?(?:\s*\d{1,2}\s*[日号])?
// (5月, 1-7月份, 3月15日).
func matchMonth(rs []rune, k int) int {
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
	j++
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
	`^(?:1[5-9]|20)\d{2}\s*(?:[-—~至到]\s*(?:1[5-9]|20)?\d{2}\s*)?年`:      matchYear,
	`^\d{1,2}\s*(?:[-—~至到]\s*\d{1,2}\s*)?月(?:份)?(?:\s*\d{1,2}\s*[日号])?`: matchMonth,
	`^\d{1,2}\s*[日号](?:[^元]|$)`:                                         matchDay,
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
