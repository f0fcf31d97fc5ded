package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/extract"
	"github.com/zhmetrics/zhmetrics/pipeline"
)

// ExtractWith segments only the clauses with figures; it must find what
// Extract finds with the whole sentence's tokens.
func TestExtractWithSameAsExtract(t *testing.T) {
	seg, err := pipeline.LoadSegmenter()
	require.NoError(t, err)
	files, err := filepath.Glob("../seeds/*.txt")
	require.NoError(t, err)
	n, differ := 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		text := pipeline.Normalize(string(b)).Text
		rs := []rune(text)
		for _, sp := range pipeline.Sentences(text) {
			s := string(rs[sp.Start:sp.End])
			want := extract.Extract(s, seg.Tokens(s))
			got := extract.ExtractWith(s, seg)
			n += len(want)
			if !assert.Equal(t, want, got, s) {
				differ++
			}
		}
	}
	assert.Greater(t, n, 150)
	assert.Zero(t, differ)
	assert.Empty(t, extract.ExtractWith("没有数字的句子。", panicTokenizer{}), "no candidate, no segmentation")
}

type panicTokenizer struct{}

func (panicTokenizer) Tokens(string) []extract.Token { panic("segmented a sentence without figures") }
