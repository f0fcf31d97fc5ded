package extract_test

import (
	"testing"

	"github.com/zhmetrics/zhmetrics/extract"
)

// figureOf extracts the figures of a sentence (segmented by the project's
// segmenter) and returns the first whose surface is surface, or nil.
func figureOf(t *testing.T, sentence, surface string) *extract.Figure {
	t.Helper()
	got := extract.Extract(sentence, tokens(t, sentence))
	for i := range got {
		if got[i].Surface == surface {
			return &got[i]
		}
	}
	return nil
}
