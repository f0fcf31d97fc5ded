package pipeline

import (
	"github.com/zhmetrics/zhmetrics/attach"
	"github.com/zhmetrics/zhmetrics/internal/devtexts"
	"github.com/zhmetrics/zhmetrics/timescope"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/extract"
)

// realTexts are the real development documents and the seeds: the text the
// stage benchmarks run on.
func realTexts(b *testing.B) (texts []string, bytes int64) {
	texts, bytes, err := devtexts.Read("..")
	require.NoError(b, err)
	return texts, bytes
}

// BenchmarkStages times each stage of ExtractText alone over the same real
// text (MB/s are of the input bytes, for every row), so a stage that grows
// slower shows here before it shows in make bench: decode, normalise (with
// simplification), sentence split, segmentation of the sentences that hold a
// number, the rules over them (segmentation included, as the pipeline runs
// them), the document-level stages (attach: metric and change; timescope:
// periods) on the figures the rules found, and ExtractText and Process
// whole; and gse's Pos over the same text for comparison. A new
// document-level stage gets its own row here. Under a shared load compare
// builds by CPU seconds of a fixed -benchtime=Nx and by allocs/op (README,
// Performance), not by MB/s.
func BenchmarkStages(b *testing.B) {
	seg, err := LoadSegmenter()
	require.NoError(b, err)
	texts, bytes := realTexts(b)
	raws := make([][]byte, len(texts))
	norms := make([][]rune, len(texts))
	var spans [][][]rune // per document, its sentences that hold a number
	for i, t := range texts {
		raws[i] = []byte(t)
		n := Normalize(t)
		Simplify(&n)
		norms[i] = []rune(n.Text)
		var ss [][]rune
		for _, sp := range sentenceSpans(norms[i]) {
			if s := norms[i][sp.Start:sp.End]; hasNumeral(s) {
				ss = append(ss, s)
			}
		}
		spans = append(spans, ss)
	}
	run := func(name string, f func()) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(bytes)
			b.ReportAllocs()
			for b.Loop() {
				f()
			}
		})
	}
	run("decode", func() {
		for _, r := range raws {
			if _, _, err := Decode(r); err != nil {
				b.Fatal(err)
			}
		}
	})
	sc := new(scratch)
	run("normalise", func() { // as ExtractText: read as runes, normalised, simplified in place, in a worker's scratch
		for _, t := range texts {
			nrs, _ := sc.normalize(sc.readSource(t).runes)
			simplifyRunes(nrs)
		}
	})
	run("sentences", func() {
		for _, rs := range norms {
			sentenceSpans(rs)
		}
	})
	run("segment", func() {
		for _, ss := range spans {
			for _, s := range ss {
				seg.Tokens(string(s))
			}
		}
	})
	run("extract", func() {
		for _, ss := range spans {
			for _, s := range ss {
				extract.ExtractWithRunes(s, seg)
			}
		}
	})
	// The document-level stages, on the figures the sentence rules found.
	type staged struct {
		adoc   attach.Document
		tdoc   timescope.Doc
		found  []extract.Figure
		sentOf []int
		spans  []timescope.Span
	}
	var docs []staged
	for _, rs := range norms {
		sentences := sentenceSpans(rs)
		found, sentOf := sentenceFigures(seg, rs, sentences)
		docs = append(docs, staged{attachDocument(Meta{}, rs, sentences, false), timescope.Doc{Text: rs}, found, sentOf, figureSpans(found)})
	}
	work := make([]extract.Figure, 0, 1024)
	run("attach", func() {
		for _, d := range docs {
			work = append(work[:0], d.found...) // the stage sets fields in place
			attach.Attach(d.adoc, work, d.sentOf, seg)
		}
	})
	run("timescope", func() {
		for _, d := range docs {
			timescope.Assign(d.tdoc, d.spans)
		}
	})
	run("ExtractText", func() {
		for _, t := range texts {
			ExtractText(seg, t, Meta{})
		}
	})
	run("Process", func() {
		for i, r := range raws {
			Process(seg, Input{Path: "doc.txt", Kind: KindText, Line: i}, r)
		}
	})
	// For comparison: gse's own Pos over every line of the same text (what
	// make bench calls "gse Pos alone"); loaded only when this row is run.
	b.Run("gse Pos", func(b *testing.B) {
		ref, err := referenceGse()
		require.NoError(b, err)
		var lines []string
		for _, t := range texts {
			for _, l := range strings.Split(t, "\n") {
				if l != "" {
					lines = append(lines, l)
				}
			}
		}
		b.SetBytes(bytes)
		b.ReportAllocs()
		for b.Loop() {
			for _, l := range lines {
				ref.Pos(l, false)
			}
		}
	})
}
