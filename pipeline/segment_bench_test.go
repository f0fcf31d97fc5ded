package pipeline

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// numeralSentences are the sentences with a numeral of the real development
// texts and the seeds (normalised and simplified): what the segmenter cuts
// in BenchmarkStages/segment, here as strings made once.
func numeralSentences(b *testing.B) (sentences []string, bytes int64) {
	texts, bytes := realTexts(b)
	for _, t := range texts {
		n := Normalize(t)
		Simplify(&n)
		rs := []rune(n.Text)
		for _, sp := range sentenceSpans(rs) {
			if s := rs[sp.Start:sp.End]; hasNumeral(s) {
				sentences = append(sentences, string(s))
			}
		}
	}
	return sentences, bytes
}

// BenchmarkSegmentReal is the segmenter alone over the sentences with a
// numeral of the real texts (MB/s of the whole input, as BenchmarkStages).
func BenchmarkSegmentReal(b *testing.B) {
	seg, err := LoadSegmenter()
	require.NoError(b, err)
	sentences, bytes := numeralSentences(b)
	b.SetBytes(bytes)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sentences {
			seg.Tokens(s)
		}
	}
}
