package timescope

import (
	"github.com/zhmetrics/zhmetrics/internal/devtexts"
	"strings"
	"testing"
)

// unitSpans stands in for the figures of the sentence rules: every run of
// digits followed by a unit character.
func unitSpans(rs []rune) []Span {
	var out []Span
	for k := 0; k < len(rs); {
		if rs[k] >= '0' && rs[k] <= '9' {
			a := k
			for k < len(rs) && (rs[k] >= '0' && rs[k] <= '9' || rs[k] == '.') {
				k++
			}
			if k < len(rs) && strings.ContainsRune("亿万%个元人家吨", rs[k]) {
				out = append(out, Span{a, k + 1})
			}
			continue
		}
		k++
	}
	return out
}

// BenchmarkAssign runs Assign over each real development text and seed,
// with unitSpans as its figures (pipeline's BenchmarkStages/timescope runs
// it on the figures the rules find).
func BenchmarkAssign(b *testing.B) {
	var docs []Doc
	var spans [][]Span
	rawTexts, bytes, err := devtexts.Read("..")
	if err != nil {
		b.Fatal(err)
	}
	for _, raw := range rawTexts {
		rs := []rune(raw)
		docs = append(docs, Doc{Text: rs})
		spans = append(spans, unitSpans(rs))
	}
	if len(docs) == 0 {
		b.Fatal("no text")
	}
	b.SetBytes(bytes)
	b.ReportAllocs()
	for b.Loop() {
		for i, d := range docs {
			Assign(d, spans[i])
		}
	}
}
