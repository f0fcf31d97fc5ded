package attach

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhmetrics/zhmetrics/extract"
)

// TestFigureIn checks figureIn's binary search against the scan of every
// figure it stands for, on random figures in order of their starts and not,
// some in shared clauses, some empty or reversed.
func TestFigureIn(t *testing.T) {
	rng := rand.New(rand.NewSource(17))
	searched := 0
	for round := 0; round < 300; round++ {
		n := 1 + rng.Intn(12)
		shift := 0
		if round%7 == 0 {
			shift = 2 // some figures end before they start
		}
		figs := make([]extract.Figure, n)
		for i := range figs {
			s := rng.Intn(40)
			figs[i] = extract.Figure{Start: s, End: s + rng.Intn(6) - shift}
		}
		if round%3 != 0 {
			slices.SortStableFunc(figs, func(x, y extract.Figure) int { return x.Start - y.Start })
		}
		a := &attacher{}
		for i := range figs {
			cs := figs[i].Start / 10 * 10 // clauses of ten runes
			a.items = append(a.items, &item{f: &figs[i], index: i, cs: cs, sent: cs / 20})
		}
		a.byStart = slices.IsSortedFunc(figs, func(x, y extract.Figure) int { return x.Start - y.Start })
		a.spansInOrder = a.byStart && !slices.ContainsFunc(figs, func(f extract.Figure) bool { return f.End < f.Start })
		if a.spansInOrder {
			searched++
		}
		for _, it := range a.items {
			for s := -1; s < 46; s++ {
				for e := s; e < 47; e++ {
					want := false
					for _, o := range a.items {
						if o.cs == it.cs && o.sent == it.sent && o.f.Start >= s && o.f.End <= e {
							want = true
							break
						}
					}
					if got := a.figureIn(it, s, e); got != want {
						t.Fatalf("%v: figureIn(%d, [%d, %d)) = %v, want %v", figs, it.index, s, e, got, want)
					}
				}
			}
		}
	}
	assert.Greater(t, searched, 100, "rounds by binary search")
	assert.Less(t, searched, 250, "rounds by scan")
}
