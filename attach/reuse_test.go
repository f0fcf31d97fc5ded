package attach_test

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/attach"
	"github.com/zhmetrics/zhmetrics/internal/devtexts"
	"github.com/zhmetrics/zhmetrics/pipeline"
)

// An attacher reused from document to document (its items, its trim cache,
// its scratch) changes no figure: the figures of the dev texts attached in
// order and in a shuffled order are those attached each with a fresh
// attacher. They are compared once all are made, so a figure that kept a
// piece of an attacher would show a later document's.
func TestReusedAttachersChangeNothing(t *testing.T) {
	seg, err := pipeline.LoadSegmenter()
	require.NoError(t, err)
	texts, _, err := devtexts.Read("..")
	require.NoError(t, err)
	extract := func(order []int) [][]pipeline.Figure {
		figs := make([][]pipeline.Figure, len(texts))
		for _, i := range order {
			_, figs[i] = pipeline.ExtractText(seg, texts[i], pipeline.Meta{})
		}
		return figs
	}
	order := make([]int, len(texts))
	for i := range order {
		order[i] = i
	}
	var want [][]pipeline.Figure
	attach.FreshAttachers(func() { want = extract(order) })
	metrics := 0
	for _, figs := range want {
		for _, f := range figs {
			if f.Metric != "" {
				metrics++
			}
		}
	}
	require.Greater(t, metrics, 400)
	require.Equal(t, want, extract(order))
	rand.New(rand.NewPCG(19, 1)).Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	require.Equal(t, want, extract(order))
}
