package extract

import (
	"strings"
)

// NumberRange is a range of numbers stated in running text, with or without
// a unit, the way a general number-range recogniser reads it (the peer's
// NumberRangeModel spec checks it): comparisons (大于二十, 不小于三十, ≥50, 比三十大),
// bounds after a number (五百以上, 170之下, 三十或者以上), two ends (一千到一千五百,
// 20和30之间), both bounds of a comparison (大于二十的同时小于等于三十五), and vague
// numbers (五百多, 十几万 → more than). Low or High is nil for an open end.
type NumberRange struct {
	Start, End        int // rune offsets into the text, End exclusive
	Text              string
	Low, High         *float64
	LowIncl, HighIncl bool
}

// String writes the range the way interval notation does: [20,30), (100,).
func (r NumberRange) String() string {
	var b strings.Builder
	b.WriteByte("(["[boolIndex(r.LowIncl)])
	if r.Low != nil {
		b.WriteString(FormatValue(*r.Low))
	}
	b.WriteByte(',')
	if r.High != nil {
		b.WriteString(FormatValue(*r.High))
	}
	b.WriteByte(")]"[boolIndex(r.HighIncl)])
	return b.String()
}

func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Comparison words before a number, by the bound they set (lexicon kinds
// cmpgt, cmpge, cmplt, cmple, cmpeq; spaces inside them are skipped).
var cmpKinds = []string{"cmpge", "cmpgt", "cmple", "cmplt", "cmpeq"}

// bound is one side of a range read around one number.
type bound struct {
	start, end int
	low, high  *float64
	lowIncl    bool
	highIncl   bool
}

// FindNumberRanges lists the ranges of numbers stated in a (normalised) text.
func FindNumberRanges(text string, tokens []Token) []NumberRange {
	var s sentence
	s.init(text, tokens)
	nums := FindNumbers(text, tokens)
	rs := s.rs
	var bounds []bound
	for k := 0; k < len(nums); k++ {
		n := nums[k]
		if k+1 < len(nums) {
			if b, ok := twoEnds(rs, n, nums[k+1]); ok {
				bounds = append(bounds, b)
				k++
				continue
			}
		}
		if b, ok := oneBound(rs, n); ok {
			bounds = append(bounds, b)
		}
	}
	var out []NumberRange
	for k := 0; k < len(bounds); k++ {
		b := bounds[k]
		if k+1 < len(bounds) {
			if m, ok := joinBounds(rs, b, bounds[k+1]); ok {
				b = m
				k++
			}
		}
		out = append(out, NumberRange{Start: b.start, End: b.end, Text: string(rs[b.start:b.end]),
			Low: b.low, High: b.high, LowIncl: b.lowIncl, HighIncl: b.highIncl})
	}
	return out
}

// wordBefore finds the longest word of the kinds ending at end, spaces
// inside and before it skipped (小于 或 等于100, < = 100); it returns the
// word, its kind and where it starts.
func wordBefore(rs []rune, end int, kinds ...string) (string, string, int) {
	longest := 0
	for _, kind := range kinds {
		longest = max(longest, lex.longest[kind])
	}
	var rev []rune // the runes before end, spaces left out, last first
	var at []int
	for j := end - 1; j >= 0 && len(rev) < longest; j-- {
		if rs[j] != ' ' {
			rev, at = append(rev, rs[j]), append(at, j)
		}
	}
	best, bestKind, bestStart := "", "", -1
	for _, kind := range kinds {
	words:
		for w := range lex.words[kind] {
			wr := []rune(w)
			if len(wr) > len(rev) || len(wr) <= len([]rune(best)) {
				continue
			}
			for k := range wr {
				if rev[k] != wr[len(wr)-1-k] {
					continue words
				}
			}
			best, bestKind, bestStart = w, kind, at[len(wr)-1]
		}
	}
	return best, bestKind, bestStart
}

// wordAfter finds the longest word of kind starting at start (spaces before
// it skipped); it returns where the word ends.
func wordAfter(rs []rune, start int, kind string) (string, int) {
	j := start
	for j < len(rs) && rs[j] == ' ' {
		j++
	}
	w, _ := lex.startingAt(kind, rs, j)
	if w == "" {
		return "", -1
	}
	return w, j + len([]rune(w))
}

// oneBound reads a comparison or a bound around one number.
func oneBound(rs []rune, n Number) (bound, bool) {
	v := n.Value
	// 比三十大, 比 170 低
	if w, _, st := wordBefore(rs, n.Start, "cmpthan"); w != "" {
		if aw, e := wordAfter(rs, n.End, "cmpbigger"); aw != "" {
			return bound{start: st, end: e, low: ptr(v)}, true
		}
		if aw, e := wordAfter(rs, n.End, "cmpsmaller"); aw != "" {
			return bound{start: st, end: e, high: ptr(v)}, true
		}
	}
	if w, kind, st := wordBefore(rs, n.Start, cmpKinds...); w != "" {
		b := bound{start: st, end: n.End}
		switch kind {
		case "cmpge":
			b.low, b.lowIncl = ptr(v), true
		case "cmpgt":
			b.low = ptr(v)
		case "cmple":
			b.high, b.highIncl = ptr(v), true
		case "cmplt":
			b.high = ptr(v)
		case "cmpeq":
			b.low, b.high, b.lowIncl, b.highIncl = ptr(v), ptr(v), true, true
		}
		return b, true
	}
	for _, kind := range []string{"boundge", "boundle", "boundgt", "boundlt"} {
		w, e := wordAfter(rs, n.End, kind)
		if w == "" || kind == "boundgt" && (w == "多" || w == "余") && e-len([]rune(w)) != n.End {
			continue
		}
		b := bound{start: n.Start, end: e}
		switch kind {
		case "boundge":
			b.low, b.lowIncl = ptr(v), true
		case "boundle":
			b.high, b.highIncl = ptr(v), true
		case "boundgt":
			b.low = ptr(v)
		case "boundlt":
			b.high = ptr(v)
		}
		return b, true
	}
	if strings.ContainsAny(n.Text, "余多几幾") { // 十几万, 二百三十余万, 500多亿
		return bound{start: n.Start, end: n.End, low: ptr(v)}, true
	}
	return bound{}, false
}

// twoEnds reads "A 到/至/-/~/和/与 B" with an optional 之间/间, and 在/位于 before A
// where 之间 closes it: [A,B).
func twoEnds(rs []rune, a, b Number) (bound, bool) {
	if b.Start == a.End && rs[b.Start] == '-' && (isASCIIDigit(rs[a.End-1]) || isASCIILetter(rs[a.End-1])) {
		b.Value, b.Start = -b.Value, b.Start+1 // 5k-20k: the dash joins, it is no sign
	}
	j := a.End
	for j < b.Start && rs[j] == ' ' {
		j++
	}
	w, _ := lexRangejoin.startingAt(rs, j)
	if w == "" {
		return bound{}, false
	}
	between := w == "和" || w == "与"
	j += len([]rune(w))
	for j < b.Start && (rs[j] == ' ' || rs[j] == '第') {
		j++
	}
	if j != b.Start || !(a.Value < b.Value) {
		return bound{}, false
	}
	r := bound{start: a.Start, end: b.End, low: ptr(a.Value), high: ptr(b.Value), lowIncl: true}
	if aw, e := wordAfter(rs, b.End, "rangeclose"); aw != "" {
		r.end = e
		start := a.Start
		if start > 0 && rs[start-1] == '第' {
			start--
		}
		if pw, _ := lexRangeopen.endingAt(rs, start); pw != "" {
			r.start = start - len([]rune(pw))
		}
	} else if between {
		return bound{}, false // 2和3: a list, not a range
	}
	return r, true
}

// joinBounds joins a lower and an upper bound written one after the other
// (大于二十的同时小于等于三十五, 最多100最少20, 1000以上, 1500以下) into one range
// when the lower is below the upper.
func joinBounds(rs []rune, a, b bound) (bound, bool) {
	j := a.end
	for j < b.start && (rs[j] == ' ' || rs[j] == ',' || rs[j] == '，') {
		j++
	}
	if w, _ := lexBoundjoin.startingAt(rs, j); w != "" {
		j += len([]rune(w))
	}
	if j != b.start {
		return bound{}, false
	}
	lo, hi := a, b
	if a.low == nil {
		lo, hi = b, a
	}
	if lo.low == nil || lo.high != nil || hi.high == nil || hi.low != nil || !(*lo.low < *hi.high) {
		return bound{}, false
	}
	return bound{start: a.start, end: b.end, low: lo.low, lowIncl: lo.lowIncl, high: hi.high, highIncl: hi.highIncl}, true
}
