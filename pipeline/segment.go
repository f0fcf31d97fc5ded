package pipeline

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/go-ego/gse"

	"github.com/zhmetrics/zhmetrics/extract"
)

// Segmenter cuts sentences into words with part-of-speech tags. It wraps gse
// with its embedded simplified-Chinese dictionary, so a binary needs no files
// at run time. One Segmenter is safe for concurrent use: gse only reads its
// dictionary while cutting (checked by TestSegmenterConcurrent under -race).
type Segmenter struct {
	seg gse.Segmenter
}

var (
	sharedSeg     *Segmenter
	sharedSegErr  error
	sharedSegOnce sync.Once
)

// LoadSegmenter loads the dictionary once per process and returns the shared segmenter.
func LoadSegmenter() (*Segmenter, error) {
	sharedSegOnce.Do(func() {
		var s Segmenter
		s.seg.SkipLog = true
		if err := s.seg.LoadDictEmbed("zh_s"); err != nil {
			sharedSegErr = err
			return
		}
		sharedSeg = &s
	})
	return sharedSeg, sharedSegErr
}

// Tokens cuts one sentence and gives each word its rune offsets in it.
func (s *Segmenter) Tokens(sentence string) []extract.Token {
	pos := s.seg.Pos(sentence, false)
	out := make([]extract.Token, 0, len(pos))
	byteAt, runeAt := 0, 0
	for _, p := range pos {
		if p.Text == "" {
			continue
		}
		k := strings.Index(sentence[byteAt:], p.Text)
		if k < 0 { // gse lower-cases Latin letters (GDP → gdp)
			k = strings.Index(asciiLower(sentence[byteAt:]), p.Text)
		}
		if k < 0 {
			continue // gse changed the text (it should not); skip the token
		}
		runeAt += utf8.RuneCountInString(sentence[byteAt : byteAt+k])
		n := utf8.RuneCountInString(p.Text)
		text := sentence[byteAt+k : byteAt+k+len(p.Text)]
		out = append(out, extract.Token{Text: text, Pos: p.Pos, Start: runeAt, End: runeAt + n})
		byteAt += k + len(p.Text)
		runeAt += n
	}
	return out
}

// asciiLower lower-cases ASCII letters only, so byte offsets do not move.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// Pos is gse's own cut with part-of-speech tags, for benchmarks against gse alone.
func (s *Segmenter) Pos(text string) int { return len(s.seg.Pos(text, false)) }
