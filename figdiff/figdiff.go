// Package figdiff compares the figures of two runs: it pairs figures by
// document, surface and occurrence and lists those added, removed and
// changed. `zhmetrics diff` prints its result; `zhmetrics report --compare`
// (and `diff --format html`) draws the same result as a page, so both give
// the same counts.
package figdiff

import (
	"fmt"
	"sort"
	"time"

	"github.com/zhmetrics/zhmetrics/schema"
)

// Change is one figure added, removed or changed.
type Change struct {
	Kind    string   `json:"kind"` // added, removed, changed
	Doc     string   `json:"doc"`
	Surface string   `json:"surface"`
	N       int      `json:"n"` // occurrence of surface in the document, from 1
	Fields  []string `json:"fields,omitempty"`
	Old     *Key     `json:"old,omitempty"`
	New     *Key     `json:"new,omitempty"`

	// The rows compared (nil on the side a figure is missing from), for a
	// report that shows their sentences; not part of the JSONL output.
	OldRow *schema.FigureRow `json:"-"`
	NewRow *schema.FigureRow `json:"-"`
}

// Key is what is compared of a figure.
type Key struct {
	Start     int32    `json:"start"`
	End       int32    `json:"end"`
	Value     *float64 `json:"value"`
	Low       *float64 `json:"low"`
	High      *float64 `json:"high"`
	Unit      string   `json:"unit"`
	Qualifier string   `json:"qualifier"`
	Change    string   `json:"change"`
	Metric    string   `json:"metric"`
	Period    string   `json:"period"`
	Interval  string   `json:"interval"` // period_start..period_end, "" for null ends
}

// KeyOf is the compared part of a row.
func KeyOf(r *schema.FigureRow) *Key {
	return &Key{r.Start, r.End, r.Value, r.Low, r.High, r.Unit, r.Qualifier, r.Change, r.Metric, r.Period, Interval(r)}
}

// Summary counts a comparison, as `zhmetrics diff` prints it last.
type Summary struct {
	Old, New                int // figures on each side
	Added, Removed, Changed int
}

// Summarize counts changes between runs of nOld and nNew figures.
func Summarize(changes []Change, nOld, nNew int) Summary {
	s := Summary{Old: nOld, New: nNew}
	for _, c := range changes {
		switch c.Kind {
		case "added":
			s.Added++
		case "removed":
			s.Removed++
		case "changed":
			s.Changed++
		}
	}
	return s
}

func (s Summary) String() string {
	return fmt.Sprintf("figures: old %d, new %d; added %d, removed %d, changed %d", s.Old, s.New, s.Added, s.Removed, s.Changed)
}

// Figures pairs figures by (document, surface, occurrence) and lists what
// was added, removed or changed, ordered by document and position.
func Figures(oldRows, newRows []schema.FigureRow) []Change {
	type id struct {
		doc, surface string
		n            int
	}
	index := func(rows []schema.FigureRow) (map[id]*schema.FigureRow, []id) {
		sorted := make([]*schema.FigureRow, len(rows))
		for i := range rows {
			sorted[i] = &rows[i]
		}
		sort.SliceStable(sorted, func(i, j int) bool {
			if sorted[i].DocID != sorted[j].DocID {
				return sorted[i].DocID < sorted[j].DocID
			}
			return sorted[i].Start < sorted[j].Start
		})
		m, order, seen := map[id]*schema.FigureRow{}, []id{}, map[[2]string]int{}
		for _, r := range sorted {
			k := [2]string{r.DocID, r.Surface}
			seen[k]++
			key := id{r.DocID, r.Surface, seen[k]}
			m[key] = r
			order = append(order, key)
		}
		return m, order
	}
	om, oOrder := index(oldRows)
	nm, nOrder := index(newRows)
	var out []Change
	for _, k := range oOrder {
		o := om[k]
		n, ok := nm[k]
		if !ok {
			out = append(out, Change{Kind: "removed", Doc: k.doc, Surface: k.surface, N: k.n, Old: KeyOf(o), OldRow: o})
			continue
		}
		if fields := changedFields(o, n); len(fields) > 0 {
			out = append(out, Change{Kind: "changed", Doc: k.doc, Surface: k.surface, N: k.n, Fields: fields, Old: KeyOf(o), New: KeyOf(n), OldRow: o, NewRow: n})
		}
	}
	for _, k := range nOrder {
		if _, ok := om[k]; !ok {
			out = append(out, Change{Kind: "added", Doc: k.doc, Surface: k.surface, N: k.n, New: KeyOf(nm[k]), NewRow: nm[k]})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Doc != out[j].Doc {
			return out[i].Doc < out[j].Doc
		}
		return pos(out[i]) < pos(out[j])
	})
	return out
}

func pos(c Change) int32 {
	if c.New != nil {
		return c.New.Start
	}
	return c.Old.Start
}

func changedFields(o, n *schema.FigureRow) []string {
	var f []string
	if !sameFloat(o.Value, n.Value) || !sameFloat(o.Low, n.Low) || !sameFloat(o.High, n.High) {
		f = append(f, "value")
	}
	for _, c := range []struct {
		name string
		a, b string
	}{{"unit", o.Unit, n.Unit}, {"qualifier", o.Qualifier, n.Qualifier}, {"change", o.Change, n.Change},
		{"metric", o.Metric, n.Metric}, {"period", o.Period, n.Period}, {"interval", Interval(o), Interval(n)}} {
		if c.a != c.b {
			f = append(f, c.name)
		}
	}
	if o.Start != n.Start || o.End != n.End {
		f = append(f, "offsets")
	}
	return f
}

// Interval shows a figure's period interval as start..end (null ends empty).
func Interval(r *schema.FigureRow) string {
	d := func(t *time.Time) string {
		if t == nil {
			return ""
		}
		return t.Format(time.DateOnly)
	}
	return d(r.PeriodStart) + ".." + d(r.PeriodEnd)
}

func sameFloat(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}
