package pipeline

import "strings"

// Span is a rune range [Start, End) of a text.
type Span struct{ Start, End int }

// sentenceEnds close a sentence (the ending character stays in it).
func sentenceEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '；', '!', '?', ';', '\n', '…':
		return true
	}
	return false
}

// Sentences splits text on 。！？；!?; and line breaks, trims white space and
// drops empty pieces. Spans are rune offsets into text.
func Sentences(text string) []Span {
	var out []Span
	start, i := 0, 0
	emit := func(s, e int, rs []rune) {
		for s < e && isSpace(rs[s]) {
			s++
		}
		for e > s && isSpace(rs[e-1]) {
			e--
		}
		if e > s {
			out = append(out, Span{s, e})
		}
	}
	rs := []rune(text)
	for i = 0; i < len(rs); i++ {
		if sentenceEnd(rs[i]) {
			end := i + 1
			for end < len(rs) && (rs[end] == '”' || rs[end] == '"' || rs[end] == '’' || rs[end] == ')' || rs[end] == '）') {
				end++ // a closing quote belongs to the sentence it closes
			}
			emit(start, end, rs)
			start, i = end, end-1
		}
	}
	emit(start, len(rs), rs)
	return out
}

func isSpace(r rune) bool { return strings.ContainsRune(" \t\n\r\f\v", r) }
