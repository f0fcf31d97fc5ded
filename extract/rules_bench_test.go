package extract_test

import (
	"github.com/zhmetrics/zhmetrics/internal/devtexts"
	"syscall"
	"testing"

	"github.com/zhmetrics/zhmetrics/extract"
	"github.com/zhmetrics/zhmetrics/pipeline"
)

// fixedTokenizer answers Tokens from the answers a segmenter gave before, so
// a benchmark of the rules does not time the segmenter. Each call returns a
// new slice, as the Tokenizer interface asks.
type fixedTokenizer struct {
	seg   extract.Tokenizer
	known map[string][]extract.Token
	calls int
	bytes int             // of the texts asked for
	arena []extract.Token // the answers of this pass, reset by reset
}

func (t *fixedTokenizer) Tokens(text string) []extract.Token {
	t.calls++
	t.bytes += len(text)
	ts, ok := t.known[text]
	if !ok {
		ts = t.seg.Tokens(text)
		t.known[text] = append([]extract.Token(nil), ts...)
	}
	a := len(t.arena)
	t.arena = append(t.arena, ts...)
	return t.arena[a:len(t.arena):len(t.arena)]
}

// reset starts a new pass: the slices of the last one are given out again.
func (t *fixedTokenizer) reset() { t.arena = t.arena[:0] }

// devSentences are the sentences with a numeral of the real development
// texts and the seeds, normalised and simplified as the pipeline reads them.
func devSentences(b *testing.B) (sentences [][]rune, bytes int64) {
	rawTexts, bytes, err := devtexts.Read("..")
	if err != nil {
		b.Fatal(err)
	}
	for _, raw := range rawTexts {
		n := pipeline.Normalize(raw)
		pipeline.Simplify(&n)
		rs := []rune(n.Text)
		for _, sp := range pipeline.Sentences(n.Text) {
			if s := rs[sp.Start:sp.End]; hasNumeral(s) {
				sentences = append(sentences, s)
			}
		}
	}
	if len(sentences) == 0 {
		b.Fatal("no sentences")
	}
	return sentences, bytes
}

func hasNumeral(rs []rune) bool {
	for _, r := range rs {
		if r >= '0' && r <= '9' {
			return true
		}
		for _, n := range "零〇一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟萬億兩貳參俩倆" {
			if r == n {
				return true
			}
		}
	}
	return false
}

// BenchmarkRules runs the sentence rules as the pipeline does
// (DeclaredUnit, ExtractWithUnit) over the sentences with a numeral of the
// real development texts, with tokens the segmenter gave once: the rules
// alone, without segmentation (MB/s are of the input bytes).
func BenchmarkRules(b *testing.B) {
	seg, err := pipeline.LoadSegmenter()
	if err != nil {
		b.Fatal(err)
	}
	sentences, bytes := devSentences(b)
	tok := &fixedTokenizer{seg: seg, known: map[string][]extract.Token{}}
	run := func() int {
		tok.reset()
		var declared *extract.Unit
		n := 0
		for _, s := range sentences {
			if u := extract.DeclaredUnit(s); u != nil {
				declared = u
			}
			n += len(extract.ExtractWithUnit(s, tok, declared))
		}
		return n
	}
	want := run()
	tok.calls, tok.bytes = 0, 0
	run()
	b.Logf("%d sentences, %d figures, %d Tokens calls of %d bytes per pass", len(sentences), want, tok.calls, tok.bytes)
	b.SetBytes(bytes)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		if n := run(); n != want {
			b.Fatalf("%d figures, want %d", n, want)
		}
	}
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
}

// cpuTime is the CPU time the process has used, user and system, in
// nanoseconds: on a loaded machine it varies less than the wall time.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
