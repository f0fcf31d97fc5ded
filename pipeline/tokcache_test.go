package pipeline

import (
	"math/rand/v2"
	"reflect"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/attach"
	"github.com/zhmetrics/zhmetrics/extract"
)

// uncached is the segmenter in a type that cannot be compared, so that
// attach gives each document a token cache of its own instead of the one
// it shares between documents (getTokenCache); its tokens and tags are the
// segmenter's.
type uncached struct {
	*Segmenter
	_ []int
}

// The token cache attach shares between documents changes no result: the
// figures of every dev text are those attached with a cache of the document
// alone, whatever the documents attached before, in order, in reverse and
// by four goroutines at once in shuffled orders (run with -race).
func TestSharedTokenCacheChangesNothing(t *testing.T) {
	seg, err := LoadSegmenter()
	require.NoError(t, err)
	type doc struct {
		adoc   attach.Document
		found  []extract.Figure
		sentOf []int
	}
	var docs []doc
	for _, text := range normalizeTexts(t) {
		rs, _ := normalizeRunes(readSource(text).runes)
		simplified := simplifyRunes(rs)
		sentences := sentenceSpans(rs)
		found, sentOf := sentenceFigures(seg, rs, sentences)
		if len(found) > 0 {
			docs = append(docs, doc{attachDocument(Meta{}, rs, sentences, simplified), found, sentOf})
		}
	}
	require.Greater(t, len(docs), 10)
	attached := func(d doc, tok extract.Tokenizer) []extract.Figure {
		figs := make([]extract.Figure, len(d.found))
		for i, f := range d.found {
			figs[i] = f
			for _, p := range []**float64{&figs[i].Value, &figs[i].Low, &figs[i].High, &figs[i].BaseValue} {
				if *p != nil {
					v := **p
					*p = &v
				}
			}
		}
		attach.Attach(d.adoc, figs, d.sentOf, tok)
		return figs
	}
	want := make([][]extract.Figure, len(docs))
	for i, d := range docs {
		want[i] = attached(d, uncached{Segmenter: seg})
	}
	check := func(order []int) {
		for _, i := range order {
			require.Equal(t, want[i], attached(docs[i], seg), "document %d", i)
		}
	}
	forward := make([]int, len(docs))
	for i := range forward {
		forward[i] = i
	}
	check(forward)
	reverse := make([]int, len(docs))
	for i := range reverse {
		reverse[i] = len(docs) - 1 - i
	}
	check(reverse)
	var wg sync.WaitGroup
	for w := range 4 {
		order := append([]int(nil), forward...)
		rand.New(rand.NewPCG(uint64(w), 7)).Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		wg.Go(func() {
			for _, i := range order {
				if got := attached(docs[i], seg); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("document %d attached by worker %d differs", i, w)
					return
				}
			}
		})
	}
	wg.Wait()
}
