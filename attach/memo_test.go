package attach_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/attach"
	"github.com/zhmetrics/zhmetrics/extract"
	"github.com/zhmetrics/zhmetrics/pipeline"
)

// recordingTokenizer counts the texts it is asked to cut.
type recordingTokenizer struct {
	seg   extract.Tokenizer
	texts map[string]int
}

func (r *recordingTokenizer) Tokens(text string) []extract.Token {
	r.texts[text]++
	return r.seg.Tokens(text)
}

// TestTokensOncePerText checks that the stage asks the tokenizer for each
// text at most once a document, however many figures and rules read it
// (the dev texts ask for some texts many times).
func TestTokensOncePerText(t *testing.T) {
	seg, err := pipeline.LoadSegmenter()
	require.NoError(t, err)
	docs, _ := stageDocuments(t, seg)
	asked := 0
	for _, d := range docs {
		rec := &recordingTokenizer{seg: seg, texts: map[string]int{}}
		got := append([]extract.Figure(nil), d.found...)
		attach.Attach(d.doc, got, d.sentOf, rec)
		for text, n := range rec.texts {
			assert.Equal(t, 1, n, "%q cut %d times", text, n)
		}
		asked += len(rec.texts)
	}
	assert.Greater(t, asked, 100, "the rules segment phrases of the dev texts")
}
