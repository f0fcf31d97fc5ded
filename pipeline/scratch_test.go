package pipeline

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/extract"
)

// A worker's scratch changes no document: the documents of the dev texts,
// the inputs, the normalisation cases and generated texts, processed one
// after the other with one scratch, in order and in two shuffled orders, are
// those processed each with a fresh scratch. They are compared only once
// all are processed, so a document that kept a piece of the scratch (a
// figure, a string, a token) would show the later documents' text.
func TestScratchChangesNothing(t *testing.T) {
	seg, err := LoadSegmenter()
	require.NoError(t, err)
	texts := append(normalizeTexts(t), generatedTexts(300)...)
	texts = append(texts, "", "  \n ", "营收8.58亿元\xe5\x85", "\xef\xbb\xbf营收８．５８亿元，增长１２％。\r\n")
	input := func(i int) Input { return Input{Path: "doc.txt", Kind: KindText, Line: i} }
	want := make([]Document, len(texts))
	figures := 0
	for i, text := range texts {
		want[i] = process(seg, new(scratch), input(i), []byte(text))
		figures += len(want[i].Figures)
	}
	require.Greater(t, figures, 1000)
	order := make([]int, len(texts))
	for i := range order {
		order[i] = i
	}
	for pass := range 3 {
		if pass > 0 {
			rand.New(rand.NewPCG(uint64(pass), 19)).Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		}
		sc := new(scratch)
		got := make([]Document, len(texts))
		for _, i := range order {
			got[i] = process(seg, sc, input(i), []byte(texts[i]))
		}
		for i := range texts {
			require.Equal(t, want[i], got[i], "pass %d, text %d", pass, i)
		}
	}
}

// A document keeps none of the bytes it was read from (decodeSource reads
// UTF-8 text in place): the documents of the dev texts, the inputs and the
// normalisation cases, with a header or not, are the same when their bytes
// are written over once they are processed.
func TestDocumentKeepsNoInputBytes(t *testing.T) {
	seg, err := LoadSegmenter()
	require.NoError(t, err)
	texts := normalizeTexts(t)
	for _, text := range texts[:20] {
		texts = append(texts, "Title: 南沙成绩单 2024年\nDate: 2025-01-17\nURL: https://example.com/a.html\n\n"+text)
	}
	titles := 0
	for i, text := range texts {
		for _, kind := range []string{KindText, KindHTML} {
			in := Input{Path: "doc", Kind: kind, Line: i}
			want := Process(seg, in, []byte(text))
			raw := []byte(text)
			got := Process(seg, in, raw)
			for k := range raw {
				raw[k] = 'x'
			}
			require.Equal(t, want, got, "%s %d", kind, i)
			if got.Meta.Title != "" {
				titles++
			}
		}
	}
	require.Greater(t, titles, 20)
}

// readSource is sc.readSource in a scratch of its own (for tests).
func readSource(text string) sourceText { return new(scratch).readSource(text) }

// sentenceFigures is sc.sentenceFigures in a scratch of its own, with no
// unit declared before (for tests and benchmarks).
func sentenceFigures(seg *Segmenter, nrs []rune, sentences []Span) (found []extract.Figure, sentOf []int) {
	return new(scratch).sentenceFigures(seg, nrs, sentences, nil)
}

// normalizeText is Normalize with the text as runes (for tests).
func normalizeText(src string) ([]rune, []int) {
	rs, _, _, _ := decodeRunes(src, true, nil, nil)
	out, orig := normalizeRunes(rs)
	return out, fullMap(orig, len(rs))
}
