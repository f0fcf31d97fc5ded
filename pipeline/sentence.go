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

// MaxSentenceRunes bounds a sentence: a longer run of text without a sentence
// end (a table flattened into one line, say) is cut at its last clause mark
// (，,、：:) before the bound, or at the bound. It keeps the work per sentence
// and the sentence column bounded.
const MaxSentenceRunes = 1000

// Sentences splits text on 。！？；!?; and line breaks, trims white space and
// drops empty pieces. Spans are rune offsets into text.
func Sentences(text string) []Span { return sentenceSpans([]rune(text)) }

func sentenceSpans(rs []rune) []Span {
	var out []Span
	start, i := 0, 0
	var emit func(s, e int, rs []rune)
	emit = func(s, e int, rs []rune) {
		for s < e && isSpace(rs[s]) {
			s++
		}
		for e > s && isSpace(rs[e-1]) {
			e--
		}
		if e-s > MaxSentenceRunes {
			cut := s + MaxSentenceRunes
			for k := cut - 1; k > s+MaxSentenceRunes/2; k-- {
				if strings.ContainsRune("，,、：:", rs[k]) {
					cut = k + 1
					break
				}
			}
			emit(s, cut, rs)
			emit(cut, e, rs)
			return
		}
		if e > s {
			out = append(out, Span{s, e})
		}
	}
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
