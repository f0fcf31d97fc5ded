package pipeline

import "github.com/zhmetrics/zhmetrics/attach"

// Span is a rune range [Start, End) of a text: the attachment stage's, so
// that a document's sentences are handed to it as they are.
type Span = attach.Span

// sentenceEnd reports whether r closes a sentence (the ending character
// stays in it).
func sentenceEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '；', '!', '?', ';', '\n', '…':
		return true
	}
	return false
}

// MaxSentenceRunes bounds a sentence: a longer run of text without a sentence
// end (a table flattened into one line, say) is cut (see safeCut) only where
// no figure can be: never inside a number, a unit, a range or a qualifier. It
// keeps the work per sentence and the sentence column bounded.
const MaxSentenceRunes = 1000

// maxSentence is MaxSentenceRunes; tests raise it to compare with uncut text.
var maxSentence = MaxSentenceRunes

// safeCut chooses where to cut rs[s:] within (s+max/2, limit]: as far as can
// be from any character a number is written with (a figure's unit follows
// its number within a few characters, its qualifier and change word precede
// it), preferring a cut after white space, then after a clause mark
// (，；：、), and never right beside a numeral while there is another
// choice. Positions more than 8 characters from any numeral are all equally
// safe; of equals, the last (the longest piece) wins.
func safeCut(rs []rune, s, limit int) int {
	lo := s + (limit-s)/2
	const far = 8
	// dist is how far the cut before rs[k] is from the nearest numeral: 1
	// when rs[k-1] or rs[k] is one, at most far.
	dist := func(k int) int {
		for t := 1; t < far; t++ {
			if k-t >= 0 && isNumeralRune(rs[k-t]) || k+t-1 < len(rs) && isNumeralRune(rs[k+t-1]) {
				return t
			}
		}
		return far
	}
	best, bestScore := limit, -1
	for k := lo + 1; k <= limit; k++ {
		score := dist(k)
		if score >= 2 {
			switch rs[k-1] {
			case ' ', '\t', '\u3000':
				score += 2 * far
			case '，', '；', '：', '、', ',', ';', ':':
				score += far
			}
		}
		if score >= bestScore {
			best, bestScore = k, score
		}
	}
	return best
}

func isNumeralRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= 0x3007 && isNumeralChar(r) || r == '.' || r == '%' || r == '-' || r == '~' || r == '～' || r == '—'
}

// Sentences splits text on 。！？；!?; and line breaks, trims white space and
// drops empty pieces. Spans are rune offsets into text.
func Sentences(text string) []Span { return sentenceSpans([]rune(text)) }

func sentenceSpans(rs []rune) []Span { return appendSentences(nil, rs) }

// appendSentences appends the sentences of rs to out (a worker's scratch).
func appendSentences(out []Span, rs []rune) []Span {
	start, i := 0, 0
	var emit func(s, e int, rs []rune)
	emit = func(s, e int, rs []rune) {
		for s < e && isSpace(rs[s]) {
			s++
		}
		for e > s && isSpace(rs[e-1]) {
			e--
		}
		if e-s > maxSentence {
			cut := safeCut(rs, s, s+maxSentence)
			emit(s, cut, rs)
			emit(cut, e, rs)
			return
		}
		if e > s {
			out = append(out, Span{Start: s, End: e})
		}
	}
	for i = 0; i < len(rs); i++ {
		if r := rs[i]; !isUnified(r) && sentenceEnd(r) { // most characters are Chinese: one test
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

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v':
		return true
	}
	return false
}
