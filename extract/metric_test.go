package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// MetricText drops quotes anywhere and trims joints at the edges, over
// quotes too: the edge is the first rune that is neither.
func TestMetricText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"地区生产总值", "地区生产总值"},
		{"“一窗通办”综合受理窗口", "一窗通办综合受理窗口"},
		{"的“和”工业增加值的", "工业增加值"},
		{"进出口总额和增速", "进出口总额和增速"},
		{"“的”", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, MetricText([]rune(tt.in), 0, len([]rune(tt.in))), "MetricText(%q)", tt.in)
	}
	assert.Equal(t, "", MetricText([]rune("abc"), -1, 2), "no span")
}

// TestEndWords holds endWords and stepWords equal to asking their three
// lists in turn, on the words of all lists and every one- and two-rune piece
// of real text.
func TestEndWords(t *testing.T) {
	var words []string
	for _, wl := range lex.byKind {
		for w := range wl.words {
			words = append(words, w)
		}
	}
	for _, s := range corpusSentences(t) {
		rs := []rune(s)
		for k := range rs {
			words = append(words, string(rs[k:k+1]), string(rs[k:min(k+2, len(rs))]))
		}
	}
	n := 0
	for _, w := range append(words, "") {
		want := lexStopverb.has(w) || lexCompare.has(w) || lexFiller.has(w)
		if want {
			n++
		}
		if got := endWords.has(w); got != want {
			t.Fatalf("endWords.has(%q) = %v, want %v", w, got, want)
		}
		if got, want := stepWords.has(w), lexFiller.has(w) || lexCompare.has(w) || lexLevel.has(w); got != want {
			t.Fatalf("stepWords.has(%q) = %v, want %v", w, got, want)
		}
	}
	if n == 0 {
		t.Fatal("no end word met")
	}
}
