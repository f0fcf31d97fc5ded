package extract

import (
	"math/rand/v2"
	"strings"
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
		if got, want := stepWords.has(w), lexFiller.has(w) || lexCompare.has(w) || lexLevel.has(w) || lexStepverb.has(w); got != want {
			t.Fatalf("stepWords.has(%q) = %v, want %v", w, got, want)
		}
	}
	if n == 0 {
		t.Fatal("no end word met")
	}
}

// TestHasPeriodRune holds hasPeriodRune equal to strings.ContainsAny over the
// words and pieces of the dev texts and random bytes, valid UTF-8 or not.
func TestHasPeriodRune(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	cases := []string{"", "年", "月", "季", "期", "x年", "年x", "\xe5\xb9", "\xe5\xb9\xb4", "\xf0\xe5\xb9\xb4", "\xe5\xe5\xb9\xb4", "\xe6\x9c", "一季度", "上半年", "营收"}
	for _, s := range corpusSentences(t) {
		rs := []rune(s)
		for k := 0; k < len(rs); k += 1 + r.IntN(3) {
			cases = append(cases, string(rs[k:min(len(rs), k+1+r.IntN(4))]))
		}
	}
	pieces := []string{"年", "月", "季", "期", "营", "\xe5", "\xe6", "\x9c", "\xb9", "\xad", "\x88", "\x9f", "\xb4", "\xa3", "\x80", "\xbf", "a", " "}
	for range 200000 {
		var b strings.Builder
		for range r.IntN(7) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	yes := 0
	for _, c := range cases {
		want := strings.ContainsAny(c, "年月季期")
		if got := hasPeriodRune(c); got != want {
			t.Fatalf("hasPeriodRune(%q) = %v, want %v", c, got, want)
		}
		if want {
			yes++
		}
	}
	if yes < len(cases)/20 {
		t.Fatalf("only %d of %d cases hold one: too few to tell", yes, len(cases))
	}
}

// referenceStart looks a reference word up only among tokens that start
// with a Han character.
func TestReferenceWordsHan(t *testing.T) {
	for w := range lexReference.words {
		assert.True(t, startsWord(w), w)
	}
	for _, tok := range []Token{{Text: "营收"}, {Text: "，"}, {Text: "“"}, {Text: "GDP"}, {Text: ""}, {Text: "\xff"}, {Text: "5"}} {
		if startsWord(tok.Text) {
			assert.False(t, isPunct(tok) || isQuote(tok), tok.Text)
		}
	}
}
