package attach

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/extract"
)

// listed reads data/words.tsv plainly: kind → word → value (the last value
// of a word listed twice).
func listed(t *testing.T) map[string]map[string]string {
	out := map[string]map[string]string{}
	for _, line := range strings.Split(wordsTSV, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		require.Len(t, f, 3, line)
		if out[f[0]] == nil {
			out[f[0]] = map[string]string{}
		}
		out[f[0]][f[1]] = f[2]
	}
	return out
}

// TestWordLookups checks startingAt, endingAt and has at every place of a
// text made of listed words and other characters against a plain reading
// of the lists: the longest word of the kind within the bounds, with its
// value.
func TestWordLookups(t *testing.T) {
	lists := listed(t)
	var b strings.Builder
	n := 0
	for name, ws := range lists {
		for w := range ws {
			b.WriteString(w)
			if n++; n%3 == 0 {
				b.WriteString("，甲")
			}
		}
		b.WriteString(name)
	}
	rs := []rune(b.String())
	longest := 0
	for _, ws := range lists {
		for w := range ws {
			longest = max(longest, len([]rune(w)))
		}
	}
	checked := 0
	for name, ws := range lists {
		k, ok := words.names[name]
		require.True(t, ok, name)
		for p := 0; p <= len(rs); p++ {
			for _, bound := range []int{1, 2, 3, 6, len(rs)} {
				// starting at p, ending at or before p+bound
				hi := min(p+bound, len(rs))
				want, wantV := "", ""
				for e := min(hi, p+longest); e > p && want == ""; e-- {
					if v, ok := ws[string(rs[p:e])]; ok {
						want, wantV = string(rs[p:e]), v
					}
				}
				got, gotV := words.startingAt(k, rs, p, hi)
				if want != "" {
					checked++
				}
				if got != want || gotV != wantV {
					t.Fatalf("%s starting at %d before %d: %q %q, want %q %q", name, p, hi, got, gotV, want, wantV)
				}
				// ending at p, starting at or after p-bound
				lo := max(p-bound, 0)
				want, wantV = "", ""
				for s := max(lo, p-longest); s < p && want == ""; s++ {
					if v, ok := ws[string(rs[s:p])]; ok {
						want, wantV = string(rs[s:p]), v
					}
				}
				got, gotV = words.endingAt(k, rs, lo, p)
				if got != want || gotV != wantV {
					t.Fatalf("%s ending at %d after %d: %q %q, want %q %q", name, p, lo, got, gotV, want, wantV)
				}
			}
		}
		for w := range ws {
			assert.True(t, words.has(k, w), "%s has %s", name, w)
			assert.False(t, words.has(k, w+"甲"), "%s has %s甲", name, w)
			for other, ows := range lists {
				_, in := ows[w]
				assert.Equal(t, in, words.has(words.names[other], w), "%s has %s", other, w)
				assert.Equal(t, in, words.kindsOf(w)&words.names[other].set() != 0, "kinds of %s: %s", w, other)
			}
		}
	}
	assert.Greater(t, checked, 500)
	// A kind no list names has no words.
	none := words.kind("no such kind")
	w, _ := words.startingAt(none, rs, 0, len(rs))
	assert.Empty(t, w)
	assert.False(t, words.has(none, "增长"))
}

// TestTimeWordFirsts checks that isTimeWordFirst, timeWordAt's filter, is
// the set of the first characters of timeWords, and isTimeWordLast the set
// of their last.
func TestTimeWordFirsts(t *testing.T) {
	timeWordFirsts, timeWordLasts := map[rune]bool{}, map[rune]bool{}
	for _, wr := range timeWordRunes {
		timeWordFirsts[wr[0]] = true
		timeWordLasts[wr[len(wr)-1]] = true
	}
	for r := rune(0); r < 0x10000; r++ {
		assert.Equal(t, timeWordLasts[r], isTimeWordLast(r), string(r))
	}
	for r := range timeWordFirsts {
		assert.True(t, isTimeWordFirst(r), string(r))
	}
	n := 0
	for r := rune(0); r < 0x10000; r++ {
		if isTimeWordFirst(r) {
			n++
			assert.True(t, timeWordFirsts[r], string(r))
		}
	}
	assert.Equal(t, len(timeWordFirsts), n)
}

// TestFirstStartingIn checks the binary search against the scan it stands
// for, on figures in order and not.
func TestFirstStartingIn(t *testing.T) {
	for _, starts := range [][]int{{2, 5, 5, 9, 14}, {5, 2, 9, 14, 5}} {
		a := &attacher{}
		figs := make([]extract.Figure, len(starts))
		for i, s := range starts {
			figs[i] = extract.Figure{Start: s, End: s + 1}
			a.items = append(a.items, &item{f: &figs[i], index: i})
		}
		a.byStart = slices.IsSortedFunc(figs, func(x, y extract.Figure) int { return x.Start - y.Start })
		for s := 0; s < 16; s++ {
			for e := s; e < 17; e++ {
				var want *item
				for _, o := range a.items {
					if o.f.Start >= s && o.f.Start < e {
						want = o
						break
					}
				}
				assert.Same(t, want, a.firstStartingIn(s, e), "%v [%d, %d)", starts, s, e)
			}
		}
	}
}
