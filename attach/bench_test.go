package attach_test

import (
	"github.com/zhmetrics/zhmetrics/internal/devtexts"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/attach"
	"github.com/zhmetrics/zhmetrics/extract"
	"github.com/zhmetrics/zhmetrics/pipeline"
)

// staged is one document as the stage sees it: its text, sentences, and
// the figures the sentence rules found in it.
type staged struct {
	doc    attach.Document
	found  []extract.Figure
	sentOf []int
}

// stageDocuments prepares the real development texts and the seeds for the
// stage the way the pipeline does (normalise, simplify, sentences, the
// sentence rules on each sentence that holds a figure), through the
// pipeline's exported functions.
func stageDocuments(b testing.TB, seg extract.Tokenizer) (docs []staged, bytes int64) {
	rawTexts, bytes, err := devtexts.Read("..")
	require.NoError(b, err)
	for _, raw := range rawTexts {
		n := pipeline.Normalize(raw)
		pipeline.Simplify(&n)
		rs := []rune(n.Text)
		var d staged
		d.doc.Text = rs
		var declared *extract.Unit
		for si, sp := range pipeline.Sentences(n.Text) {
			d.doc.Sentences = append(d.doc.Sentences, attach.Span{Start: sp.Start, End: sp.End})
			s := rs[sp.Start:sp.End]
			if u := extract.DeclaredUnit(s); u != nil {
				declared = u
			}
			for _, f := range extract.ExtractWithUnit(s, seg, declared) {
				f.Start, f.End = sp.Start+f.Start, sp.Start+f.End
				if f.MetricStart >= 0 {
					f.MetricStart, f.MetricEnd = sp.Start+f.MetricStart, sp.Start+f.MetricEnd
				}
				d.found = append(d.found, f)
				d.sentOf = append(d.sentOf, si)
			}
		}
		docs = append(docs, d)
	}
	require.NotEmpty(b, docs)
	return docs, bytes
}

// BenchmarkAttach times the stage alone over the real development texts and
// the seeds (MB/s of the input bytes), on the figures the sentence rules
// found in them, with the project's segmenter.
func BenchmarkAttach(b *testing.B) {
	seg, err := pipeline.LoadSegmenter()
	require.NoError(b, err)
	docs, bytes := stageDocuments(b, seg)
	work := make([]extract.Figure, 0, 1024)
	b.SetBytes(bytes)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			work = append(work[:0], d.found...) // the stage sets fields in place
			attach.Attach(d.doc, work, d.sentOf, seg)
		}
	}
}
