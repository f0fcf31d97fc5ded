package attach

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/extract"
	"github.com/zhmetrics/zhmetrics/internal/devtexts"
)

// lookupTexts returns the texts the lookup equality tests run over: every
// listed word, alone and between other characters, and the development
// texts.
func lookupTexts(t *testing.T) [][]rune {
	var b strings.Builder
	for name, ws := range listed(t) {
		for w := range ws {
			b.WriteString(w)
			b.WriteString("甲")
			b.WriteString(w)
		}
		b.WriteString(name)
	}
	texts, _, err := devtexts.Read("..")
	require.NoError(t, err)
	out := [][]rune{[]rune(b.String())}
	for _, text := range texts {
		out = append(out, []rune(text))
	}
	return out
}

// TestLongestEndingAt checks longestEndingAt against the longest of
// endingAt over the kinds, at every place of the texts, for every kind
// alone, verbStart's kinds and other sets.
func TestLongestEndingAt(t *testing.T) {
	sets := []kindSet{verbStartKinds, listedKinds, weakKind.set() | fillerKind.set(), ^kindSet(0)}
	for _, k := range words.names {
		sets = append(sets, k.set())
	}
	found := 0
	for _, rs := range lookupTexts(t) {
		for p := 0; p <= len(rs); p++ {
			for _, back := range []int{1, 2, 3, 6, p} {
				lo := p - back
				for _, ks := range sets {
					want := 0
					for k := kind(0); k < maxKinds; k++ {
						if ks&k.set() != 0 {
							w, _ := words.endingAt(k, rs, lo, p)
							want = max(want, len([]rune(w)))
						}
					}
					got := words.longestEndingAt(ks, rs, lo, p)
					if got != want {
						t.Fatalf("kinds %b ending at %d after %d of %q: %d, want %d", ks, p, lo, string(rs[max(lo, 0):p]), got, want)
					}
					if want > 0 {
						found++
					}
				}
			}
		}
	}
	assert.Greater(t, found, 10000)
}

// oldChainTok and oldIsWeakTok are chainTok and isWeakTok as they were,
// with a lookup for each list.
func oldChainTok(t extract.Token) bool {
	if oldIsWeakTok(t) {
		return true
	}
	if !isHanText(t.Text) || isListed(t.Text) || words.has(jointKind, t.Text) || t.Text == "的" || t.Text == "实现" || t.Text == "完成" {
		return false
	}
	switch t.Pos {
	case "p", "r", "d", "m", "c", "u", "uj", "ul", "y", "e", "o":
		return false
	}
	return true
}

func oldIsWeakTok(t extract.Token) bool {
	return words.has(weakKind, t.Text) || len([]rune(t.Text)) > 1 && words.has(fillerKind, t.Text)
}

// TestChainTok checks chainTok and isWeakTok (one lookup of the word's
// kinds) against the old ones on every listed word, every text of one to
// four characters of the development texts, and odd words, with tags of
// every kind.
func TestChainTok(t *testing.T) {
	seen := map[string]bool{"": true, "占": true, "是": true, "的": true, "实现": true, "完成": true, "\xff": true, "\xff计": true, "A": true, "GDP": true}
	for _, ws := range listed(t) {
		for w := range ws {
			seen[w], seen[w+"甲"], seen["甲"+w] = true, true, true
		}
	}
	for _, rs := range lookupTexts(t)[1:] {
		for s := range rs {
			for n := 1; n <= 4 && s+n <= len(rs); n++ {
				seen[string(rs[s:s+n])] = true
			}
		}
	}
	tags := []string{"n", "nz", "ns", "nr", "v", "vn", "p", "r", "d", "m", "c", "u", "uj", "ul", "y", "e", "o", "x", "t", "l", "eng", "a"}
	weak, chain := 0, 0
	for w := range seen {
		for _, pos := range tags {
			tok := extract.Token{Text: w, Pos: pos}
			if got, want := isWeakTok(tok), oldIsWeakTok(tok); got != want {
				t.Fatalf("isWeakTok(%q/%s) = %v, want %v", w, pos, got, want)
			} else if want {
				weak++
			}
			if got, want := chainTok(tok), oldChainTok(tok); got != want {
				t.Fatalf("chainTok(%q/%s) = %v, want %v", w, pos, got, want)
			} else if want {
				chain++
			}
		}
	}
	assert.Greater(t, weak, 100)
	assert.Greater(t, chain, 10000)
}

// TestLabelMarkFrom checks that labelMarkFrom rules out no span that
// isTopicLabel took before it had the test, over every span of up to 16
// characters of the texts.
func TestLabelMarkFrom(t *testing.T) {
	labels := 0
	var b strings.Builder // labels of the topic words, with marks and without
	for i, w := range slices.Sorted(maps.Keys(listed(t)["topic"])) {
		b.WriteString([]string{"（1）", "，", "2022年", "【", "\n"}[i%5] + w + []string{"：", " ：", "】", ":", "，", "　:"}[i%6] + "增长")
	}
	for _, rs := range append(lookupTexts(t), []rune(b.String())) {
		a := &attacher{rs: rs}
		for s := 0; s < len(rs); s++ {
			for e := s; e <= min(s+16, len(rs)); e++ {
				ts, te := a.trimPhrase(s, e)
				p := te
				for p < len(a.rs) && (a.rs[p] == ' ' || a.rs[p] == '\u3000') {
					p++
				}
				old := te > ts && p < len(a.rs) && (a.rs[p] == '：' || a.rs[p] == ':' || a.rs[p] == '】') && a.onlyBetween(ts, te, topicKind, topicTailKind)
				if old {
					labels++
				}
				if old != a.isTopicLabel(s, e) || old && !a.labelMarkFrom(s, e) {
					t.Fatalf("isTopicLabel(%q) changed", string(rs[s:e]))
				}
			}
		}
	}
	assert.Greater(t, labels, 100)
}

// oldChainText is chainRunes as it was, a string.
func (a *attacher) oldChainText(s, e int) string {
	if s < 0 || e <= s {
		return ""
	}
	rs := a.rs[s:e]
	var out []rune
	for p, r := range rs {
		if r == '之' && a.genitive(s, e, s+p) {
			if out == nil {
				out = append([]rune(nil), rs...)
			}
			out[p] = '的'
		}
	}
	if out == nil {
		return string(rs)
	}
	return string(out)
}

// TestChainRunes checks chainRunes and the rune searches the noun chain
// makes in it against the string functions it used, over every span of up
// to 24 characters of the texts and of generated genitives.
func TestChainRunes(t *testing.T) {
	gen := []rune("来自东协之出口额，三分之一，之后来自之，甲之乙之外，总之A之B实现完成的、和及与，完成实现\uFFFD\xff之")
	found := 0
	for _, rs := range append(lookupTexts(t), gen) {
		a := &attacher{rs: rs}
		for s := 0; s < len(rs); s++ {
			for e := s; e <= min(s+24, len(rs)); e++ {
				want := a.oldChainText(s, e)
				got := a.chainRunes(s, e)
				if string(got) != want || len(got) != len([]rune(want)) {
					t.Fatalf("chainRunes(%q) = %q, want %q", string(rs[s:e]), string(got), want)
				}
				for _, v := range []string{"实现", "完成"} {
					d := strings.Index(want, v)
					if d >= 0 {
						d = len([]rune(want[:d]))
						found++
					}
					require.Equal(t, d, indexRunes(got, []rune(v)), "%q in %q", v, want)
				}
				d := strings.LastIndex(want, "的")
				if d >= 0 {
					d = len([]rune(want[:d]))
				}
				require.Equal(t, d, lastIndexRune(got, '的'), want)
				require.Equal(t, strings.ContainsAny(want, "的、和及与"), slices.ContainsFunc(got, isChainJoint), want)
				require.Equal(t, isHanText(string(rs[s:e])), isHanRunes(rs[s:e]), want)
			}
		}
	}
	assert.Greater(t, found, 100)
}

// TestSpell checks spell and spells against extract.MetricText over every span of up
// to 20 characters of the texts and of generated ones with quotes, joints
// and marks.
func TestSpell(t *testing.T) {
	gen := []rune("的“工业”增加值之和及与、 《报告》收入的之，「总额」和\uFFFD\xff与")
	fast := 0
	for _, rs := range append(lookupTexts(t), gen) {
		a := &attacher{rs: rs}
		for s := 0; s <= len(rs); s++ {
			for e := s - 1; e <= min(s+20, len(rs)); e++ {
				want := extract.MetricText(rs, s, e)
				if got := a.spell(s, e); got != want {
					t.Fatalf("spell(%d, %d) = %q, want %q", s, e, got, want)
				}
				if got := a.spells(s, e); got != (want != "") {
					t.Fatalf("spells(%d, %d) = %v, want %q", s, e, got, want)
				}
				if e > s && isHanRunes(rs[s:e]) {
					fast++
				}
			}
		}
	}
	assert.Greater(t, fast, 10000)
}

// TestMarkAtRange checks markAt's shortcut: no clause mark stands between
// 。 and ！.
func TestMarkAtRange(t *testing.T) {
	for r := rune('。') + 1; r < '！'; r++ {
		require.False(t, isClauseMark(r), string(r))
	}
}
