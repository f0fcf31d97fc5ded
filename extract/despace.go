package extract

import (
	"slices"
	"strings"
)

// Spaces inside a written number or between it and its unit, as speech
// transcripts and some tables write them (百分之五 十, 六 点 五 成, 四点 五个百分点,
// 一百五十    个百分点), are read as if they were not there: the sentence is
// read without them and the figures are mapped back onto it. A space between
// two Arabic digits stays (1 234 is two numbers unless it is a digit group
// before a unit; see spaceGroupAt).

// numberContext are the characters, besides numerals, on both sides of a
// space that a number or its unit may hold.
const numberContext = "点點分之个個成折"

func inNumber(r rune) bool {
	return isNumeral(r) || strings.ContainsRune(numberContext, r)
}

// despace returns the sentence without the spaces that stand between two
// characters of a number or its unit, and for each rune of it its offset in
// rs; ok is false when there are none.
func despace(rs []rune) (out []rune, orig []int, ok bool) {
	first := slices.Index(rs, ' ') // the runes before it are copied only once a space is dropped
	if first < 0 {
		return nil, nil, false
	}
	for i := first; i < len(rs); i++ {
		if rs[i] != ' ' {
			if out != nil {
				out, orig = append(out, rs[i]), append(orig, i)
			}
			continue
		}
		j := i
		for j < len(rs) && rs[j] == ' ' {
			j++
		}
		drop := i > 0 && j < len(rs) && inNumber(rs[i-1]) && inNumber(rs[j]) &&
			!(isASCIIDigit(rs[i-1]) && isASCIIDigit(rs[j])) && (isNumeral(rs[i-1]) || isNumeral(rs[j]) || isCnPoint(rs[j]) || rs[j] == '之' || rs[j] == '分' || rs[j] == '点') ||
			strayAfterPoint(rs, i, j)
		if drop && out == nil {
			out, orig = make([]rune, 0, len(rs)), make([]int, 0, len(rs))
			for k := 0; k < i; k++ {
				out, orig = append(out, rs[k]), append(orig, k)
			}
		}
		if !drop && out != nil {
			for k := i; k < j; k++ {
				out, orig = append(out, rs[k]), append(orig, k)
			}
		}
		i = j - 1
	}
	if out == nil {
		return nil, nil, false
	}
	return out, orig, true
}

// mapTokens moves tokens of the original sentence (n runes) onto the sentence
// without spaces; tokens that were only spaces go.
func mapTokens(tokens []Token, orig []int, n int) []Token {
	if tokens == nil {
		return nil
	}
	at := make([]int, n+1) // original offset → first rune at or after it
	c := len(orig)
	for o := n; o >= 0; o-- {
		for c > 0 && orig[c-1] >= o {
			c--
		}
		at[o] = c
	}
	out := make([]Token, 0, len(tokens))
	for _, t := range tokens {
		s, e := at[max(t.Start, 0)], at[min(t.End, n)]
		if s < e {
			t.Start, t.End = s, e
			t.Text = strings.ReplaceAll(t.Text, " ", "")
			out = append(out, t)
		}
	}
	return out
}

// mapBack puts figures read without the spaces back onto the sentence rs.
func mapBack(figs []Figure, orig []int, rs []rune) []Figure {
	for i := range figs {
		f := &figs[i]
		f.Start, f.End = orig[f.Start], orig[f.End-1]+1
		f.Surface = string(rs[f.Start:f.End])
		if f.MetricStart >= 0 && f.MetricEnd > f.MetricStart {
			f.MetricStart, f.MetricEnd = orig[f.MetricStart], orig[f.MetricEnd-1]+1
		}
	}
	return figs
}

// strayAfterPoint reports whether the spaces [i, j) stand between the
// decimal point and the decimals of a percent, as a page broke it
// (年均增长3. 9%: 3.9 %, never 9 %). A number that opens its line is a
// list item's (1. 5%的企业…), and digits without a percent after them are
// left as written (2. 3家企业 may be item 2).
func strayAfterPoint(rs []rune, i, j int) bool {
	if i < 2 || rs[i-1] != '.' || !isASCIIDigit(rs[i-2]) || j >= len(rs) || !isASCIIDigit(rs[j]) {
		return false
	}
	k := i - 2
	for k > 0 && isASCIIDigit(rs[k-1]) {
		k--
	}
	if k == 0 || rs[k-1] == '\n' || rs[k-1] == ' ' {
		return false
	}
	e := j
	for e < len(rs) && isASCIIDigit(rs[e]) {
		e++
	}
	return e < len(rs) && (rs[e] == '%' || rs[e] == '％')
}
