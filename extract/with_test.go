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
	n, differ := 0, 0
	for _, rs := range seedSentences(t) {
		s := string(rs)
		want := extract.Extract(s, seg.Tokens(s))
		got := extract.ExtractWith(s, seg)
		n += len(want)
		if !assert.Equal(t, want, got, s) {
			differ++
		}
	}
	assert.Greater(t, n, 150)
	assert.Zero(t, differ)
	assert.Empty(t, extract.ExtractWith("没有数字的句子。", panicTokenizer{}), "no candidate, no segmentation")
}

type panicTokenizer struct{}

func (panicTokenizer) Tokens(string) []extract.Token { panic("segmented a sentence without figures") }

// AppendWithUnit appends to what the caller has what ExtractWithUnit
// returns, without the periods.
func TestAppendWithUnit(t *testing.T) {
	seg, err := pipeline.LoadSegmenter()
	require.NoError(t, err)
	first := extract.Figure{Surface: "已有", Start: -7}
	all := []extract.Figure{first}
	var want []extract.Figure
	periods := 0
	for _, s := range seedSentences(t) {
		for _, f := range extract.ExtractWithUnit(s, seg, nil) {
			if f.Period != "" {
				periods++
			}
			f.Period = ""
			want = append(want, f)
		}
		all = extract.AppendWithUnit(all, s, seg, nil)
	}
	assert.Greater(t, len(want), 150)
	assert.Greater(t, periods, 30, "ExtractWithUnit finds periods")
	assert.Equal(t, first, all[0])
	assert.Equal(t, want, all[1:])
}

// seedSentences are the seeds' sentences, normalised, as runes.
func seedSentences(t *testing.T) [][]rune {
	files, err := filepath.Glob("../seeds/*.txt")
	require.NoError(t, err)
	var out [][]rune
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		text := pipeline.Normalize(string(b)).Text
		rs := []rune(text)
		for _, sp := range pipeline.Sentences(text) {
			out = append(out, rs[sp.Start:sp.End])
		}
	}
	return out
}
