package timescope

import (
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/internal/devtexts"
)

// TestScratchChangesNothing holds assign with a working memory shared by
// every document, in a shuffled order, and Assign from several goroutines
// (scratchPool), equal to assign with a fresh working memory per document,
// over the development texts with and without a date and a carried frame.
func TestScratchChangesNothing(t *testing.T) {
	raws, _, err := devtexts.Read("..")
	require.NoError(t, err)
	var docs []Doc
	var spans [][]Span
	for i, raw := range raws {
		rs := []rune(raw)
		d := Doc{Text: rs}
		switch i % 3 {
		case 1:
			d.Date = time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC)
		case 2:
			d.Frame = "2023年"
		}
		docs = append(docs, d)
		spans = append(spans, unitSpans(rs))
	}
	type result struct {
		periods []Period
		frame   string
	}
	want := make([]result, len(docs))
	governed := 0
	for i, d := range docs {
		p, f := new(scratch).assign(d, spans[i])
		want[i] = result{p, f}
		for _, q := range p {
			if q.Start >= 0 {
				governed++
			}
		}
	}
	require.Greater(t, governed, 300, "too few figures with a period to tell")

	shared := new(scratch)
	for _, i := range rand.New(rand.NewPCG(7, 8)).Perm(len(docs)) {
		p, f := shared.assign(docs[i], spans[i])
		require.Equal(t, want[i], result{p, f}, "document %d with a shared scratch", i)
	}
	var wg sync.WaitGroup
	for g := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, i := range rand.New(rand.NewPCG(9, uint64(g))).Perm(len(docs)) {
				p, f := assign(docs[i], spans[i])
				if !assert.ObjectsAreEqual(want[i], result{p, f}) {
					t.Errorf("document %d through scratchPool differs", i)
				}
			}
		}()
	}
	wg.Wait()
}
