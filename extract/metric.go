package extract

import "strings"

// maxMetricTokens bounds the length of a metric phrase.
const maxMetricTokens = 5

// classifierDimensions count things named after the figure (79个改革创新项目).
var classifierDimensions = map[string]bool{"count": true, "people": true}

// metricOf returns the phrase a figure measures. For counts the noun phrase
// right after the figure comes first (40个科创项目); for other figures, and
// when nothing follows, the phrase right before it (地区生产总值795.3亿元),
// skipping change and filler words (治安警情案发率下降71.6%).
func metricOf(rs []rune, c candidate, qStart int, tokens []Token) string {
	if tokens == nil {
		return ""
	}
	after, before := metricAfter(rs, c, tokens), metricBefore(rs, qStart, tokens)
	if classifierDimensions[c.unit.Dimension] && after != "" {
		return after
	}
	if before != "" {
		return before
	}
	if classifierDimensions[c.unit.Dimension] {
		return after
	}
	return ""
}

// isContentPos reports whether a part-of-speech tag can be part of a metric
// phrase: nouns, verbal nouns, abbreviations, fixed phrases, distinguishers.
func isContentPos(pos string) bool {
	switch pos {
	case "vn", "j", "l", "b", "an", "eng", "nz", "ng":
		return true
	}
	return strings.HasPrefix(pos, "n") && pos != "nr"
}

func isPunct(t Token) bool {
	for _, r := range t.Text {
		if isHan(r) || isASCIILetter(r) || isASCIIDigit(r) {
			return false
		}
	}
	return true
}

// metricAfter reads the noun phrase that starts right after the figure, taking
// the rest of a token the figure's unit cut in two (44家|长者饭堂 from 家长/者).
func metricAfter(rs []rune, c candidate, tokens []Token) string {
	p := c.end
	if w, _ := lex.startingAt("after", rs, p); w != "" && w != "多" {
		p += len([]rune(w))
	}
	var b strings.Builder
	n := 0
	for _, t := range tokens {
		if t.End <= p {
			continue
		}
		if n == maxMetricTokens || isPunct(t) {
			break
		}
		text := t.Text
		if t.Start < p {
			text = string(rs[p:t.End]) // the rest of a token split by the unit
		} else if !isContentPos(t.Pos) && !(n > 0 && t.Pos == "v" && !lex.has("stopverb", t.Text)) {
			break
		}
		b.WriteString(text)
		n++
	}
	return trimMetric(b.String())
}

// metricBefore reads the phrase that ends before the figure's context start,
// after stepping back over change, comparison and filler words.
func metricBefore(rs []rune, qStart int, tokens []Token) string {
	p := qStart
	for k := 0; k < 4; k++ {
		moved := false
		for _, kind := range []string{"change", "compare", "filler", "level"} {
			if w, _ := lex.endingAt(kind, rs, p); w != "" && atBoundary(tokens, p-len([]rune(w))) {
				p -= len([]rune(w))
				moved = true
				break
			}
		}
		if !moved {
			break
		}
	}
	var parts []string
	for i := len(tokens) - 1; i >= 0 && len(parts) < maxMetricTokens; i-- {
		t := tokens[i]
		if t.Start >= p {
			continue
		}
		if t.End > p || isPunct(t) || lex.has("stopverb", t.Text) || lex.has("change", t.Text) && len(parts) > 0 {
			break
		}
		if !isContentPos(t.Pos) && !(t.Pos == "v" || t.Pos == "vd") {
			break
		}
		parts = append(parts, t.Text)
	}
	for l, r := 0, len(parts)-1; l < r; l, r = l+1, r-1 {
		parts[l], parts[r] = parts[r], parts[l]
	}
	return trimMetric(strings.Join(parts, ""))
}

// trimMetric drops a leading 的 or similar joint left at the edge of a phrase.
func trimMetric(s string) string {
	return strings.Trim(s, "的之和及与、 ")
}
