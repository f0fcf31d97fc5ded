// Package eval scores extracted figures against a gold set, as
// shared/eval/score.py does: spans match when they overlap in the same
// document (largest overlap first, each side used once); optional gold figures
// and the predictions matched to them count on neither side.
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strings"
)

// Figure is a gold or predicted figure; predictions leave Optional false.
type Figure struct {
	Doc       string   `json:"doc"`
	Surface   string   `json:"surface"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Value     *float64 `json:"value"`
	Low       *float64 `json:"low"`
	High      *float64 `json:"high"`
	Unit      string   `json:"unit"`
	Qualifier string   `json:"qualifier"`
	Change    string   `json:"change"`
	Metric    string   `json:"metric"`
	Optional  bool     `json:"optional"`
	// Period is the time expression of the figure; PeriodStart and
	// PeriodEnd the interval it denotes ("YYYY-MM-DD", nil for null).
	Period      string  `json:"period"`
	PeriodStart *string `json:"period_start"`
	PeriodEnd   *string `json:"period_end"`
	// HasPeriod and HasInterval say whether the line has the period and
	// period_start fields at all: score.py scores periods and intervals only
	// over gold figures that have them.
	HasPeriod   bool `json:"-"`
	HasInterval bool `json:"-"`
}

// Pair is a matched gold and predicted figure.
type Pair struct{ Gold, Pred Figure }

// Result is the score of predictions against gold.
type Result struct {
	Gold, Pred, TP, FP, FN          int
	Precision, Recall, F1           float64
	ValueAcc, UnitAcc, QualifierAcc float64
	ChangeAcc, MetricAcc            float64
	// Over the pairs whose gold figure has the field: the share with the
	// right period (equal, or one containing the other; an empty gold period
	// wants an empty one) and with the right interval (both ends equal).
	PeriodAcc, IntervalAcc float64
	PeriodN, IntervalN     int
	// Whole rows: the span exactly the gold span and value, unit, qualifier,
	// change and metric all right; precision over all predictions, recall
	// over all gold figures (optional ones aside).
	RowsRight               int
	RowPrecision, RowRecall float64
	RowF1                   float64
	Misses, Extras          []Figure
	Pairs                   []Pair
	Wrong                   []Pair // value or unit wrong
}

// ReadJSONL reads figures, one JSON object a line.
func ReadJSONL(r io.Reader, name string) ([]Figure, error) {
	var out []Figure
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var f Figure
		if err := json.Unmarshal([]byte(line), &f); err != nil {
			return nil, fmt.Errorf("%s:%d: not a figure: %w", name, n, err)
		}
		var fields map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &fields); err != nil {
			return nil, fmt.Errorf("%s:%d: not a figure: %w", name, n, err)
		}
		_, f.HasPeriod = fields["period"]
		_, f.HasInterval = fields["period_start"]
		out = append(out, f)
	}
	return out, sc.Err()
}

// ReadJSONLFile reads a JSONL file of figures.
func ReadJSONLFile(p string) ([]Figure, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadJSONL(f, p)
}

// docKey compares documents by what follows the last slash, as score.py does.
func docKey(d string) string { return d[strings.LastIndex(d, "/")+1:] }

// Close reports whether two values agree within a relative error of 1e-9.
func Close(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return math.Abs(*a-*b) <= 1e-9*math.Max(1, math.Max(math.Abs(*a), math.Abs(*b)))
}

// Score scores predictions against gold.
func Score(gold, pred []Figure) Result {
	type docSets struct{ g, p []Figure }
	byDoc := map[string]*docSets{}
	get := func(d string) *docSets {
		k := docKey(d)
		if byDoc[k] == nil {
			byDoc[k] = &docSets{}
		}
		return byDoc[k]
	}
	for _, g := range gold {
		s := get(g.Doc)
		s.g = append(s.g, g)
	}
	for _, p := range pred {
		s := get(p.Doc)
		s.p = append(s.p, p)
	}
	docs := make([]string, 0, len(byDoc))
	for d := range byDoc {
		docs = append(docs, d)
	}
	sort.Strings(docs)
	var r Result
	for _, d := range docs {
		gs, ps := byDoc[d].g, byDoc[d].p
		type cand struct{ ov, gi, pi int }
		var cands []cand
		for gi, g := range gs {
			for pi, p := range ps {
				if ov := min(p.End, g.End) - max(p.Start, g.Start); ov > 0 {
					cands = append(cands, cand{ov, gi, pi})
				}
			}
		}
		sort.Slice(cands, func(i, j int) bool {
			a, b := cands[i], cands[j]
			if a.ov != b.ov {
				return a.ov > b.ov
			}
			if a.gi != b.gi {
				return a.gi < b.gi
			}
			return a.pi < b.pi
		})
		gUsed, pUsed := map[int]bool{}, map[int]bool{}
		for _, c := range cands {
			if gUsed[c.gi] || pUsed[c.pi] {
				continue
			}
			gUsed[c.gi], pUsed[c.pi] = true, true
			if !gs[c.gi].Optional {
				r.TP++
				r.Pairs = append(r.Pairs, Pair{gs[c.gi], ps[c.pi]})
			}
		}
		for gi, g := range gs {
			if !gUsed[gi] && !g.Optional {
				r.FN++
				r.Misses = append(r.Misses, g)
			}
		}
		for pi, p := range ps {
			if !pUsed[pi] {
				r.FP++
				r.Extras = append(r.Extras, p)
			}
		}
	}
	r.Gold, r.Pred = r.TP+r.FN, r.TP+r.FP
	if r.TP+r.FP > 0 {
		r.Precision = float64(r.TP) / float64(r.TP+r.FP)
	}
	if r.TP+r.FN > 0 {
		r.Recall = float64(r.TP) / float64(r.TP+r.FN)
	}
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
	share := func(ok func(p Pair) bool) float64 {
		if len(r.Pairs) == 0 {
			return 0
		}
		n := 0
		for _, p := range r.Pairs {
			if ok(p) {
				n++
			}
		}
		return float64(n) / float64(len(r.Pairs))
	}
	r.ValueAcc = share(valueOK)
	r.UnitAcc = share(func(p Pair) bool { return p.Gold.Unit == p.Pred.Unit })
	r.QualifierAcc = share(func(p Pair) bool { return or(p.Gold.Qualifier, "exact") == or(p.Pred.Qualifier, "exact") })
	r.ChangeAcc = share(func(p Pair) bool { return or(p.Gold.Change, "none") == or(p.Pred.Change, "none") })
	r.MetricAcc = share(MetricOK)
	for _, p := range r.Pairs {
		if !valueOK(p) || p.Gold.Unit != p.Pred.Unit {
			r.Wrong = append(r.Wrong, p)
		}
	}
	var periodRight, intervalRight int
	for _, p := range r.Pairs {
		if p.Gold.HasPeriod {
			r.PeriodN++
			if periodOK(p) {
				periodRight++
			}
		}
		if p.Gold.HasInterval {
			r.IntervalN++
			if dateOf(p.Gold.PeriodStart) == dateOf(p.Pred.PeriodStart) && dateOf(p.Gold.PeriodEnd) == dateOf(p.Pred.PeriodEnd) {
				intervalRight++
			}
		}
		if RowOK(p) {
			r.RowsRight++
		}
	}
	if r.PeriodN > 0 {
		r.PeriodAcc = float64(periodRight) / float64(r.PeriodN)
	}
	if r.IntervalN > 0 {
		r.IntervalAcc = float64(intervalRight) / float64(r.IntervalN)
	}
	if r.TP+r.FP > 0 {
		r.RowPrecision = float64(r.RowsRight) / float64(r.TP+r.FP)
	}
	if r.TP+r.FN > 0 {
		r.RowRecall = float64(r.RowsRight) / float64(r.TP+r.FN)
	}
	if r.RowPrecision+r.RowRecall > 0 {
		r.RowF1 = 2 * r.RowPrecision * r.RowRecall / (r.RowPrecision + r.RowRecall)
	}
	return r
}

// dateOf is a period end as compared: nil and "" are both null.
func dateOf(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// periodOK: an empty gold period wants an empty one; else the periods are
// equal or one contains the other.
func periodOK(p Pair) bool {
	gp, pp := strings.TrimSpace(p.Gold.Period), strings.TrimSpace(p.Pred.Period)
	if gp == "" {
		return pp == ""
	}
	return pp != "" && (strings.Contains(pp, gp) || strings.Contains(gp, pp))
}

// RowOK reports whether a pair is a whole row right: the same span, and
// value, unit, qualifier, change and metric right.
func RowOK(p Pair) bool {
	g, q := p.Gold, p.Pred
	return q.Start == g.Start && q.End == g.End && valueOK(p) && g.Unit == q.Unit &&
		or(g.Qualifier, "exact") == or(q.Qualifier, "exact") && or(g.Change, "none") == or(q.Change, "none") && MetricOK(p)
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func valueOK(p Pair) bool {
	if p.Gold.Value == nil {
		return Close(p.Gold.Low, p.Pred.Low) && Close(p.Gold.High, p.Pred.High)
	}
	return Close(p.Gold.Value, p.Pred.Value)
}

// MetricOK: an empty gold metric is always right; else the predicted metric
// must contain the gold one or be contained in it.
func MetricOK(p Pair) bool {
	gm, pm := strings.TrimSpace(p.Gold.Metric), strings.TrimSpace(p.Pred.Metric)
	if gm == "" {
		return true
	}
	return pm != "" && (strings.Contains(pm, gm) || strings.Contains(gm, pm))
}

// Line is the one-line summary, in score.py's format.
func (r Result) Line() string {
	return fmt.Sprintf("P=%.3f R=%.3f F1=%.3f value=%.3f unit=%.3f qualifier=%.3f change=%.3f metric=%.3f (gold %d, pred %d)",
		r.Precision, r.Recall, r.F1, r.ValueAcc, r.UnitAcc, r.QualifierAcc, r.ChangeAcc, r.MetricAcc, r.Gold, r.Pred)
}

// FullLine is the second line of score.py --full: periods, intervals and whole rows.
func (r Result) FullLine() string {
	return fmt.Sprintf("period=%.3f (of %d) interval=%.3f (of %d) rows: P=%.3f R=%.3f F1=%.3f (%d right)",
		r.PeriodAcc, r.PeriodN, r.IntervalAcc, r.IntervalN, r.RowPrecision, r.RowRecall, r.RowF1, r.RowsRight)
}

// Report writes the misses, false figures and wrong values, then the summary
// line, and with full the line of periods, intervals and whole rows.
func (r Result) Report(w io.Writer, limit int, full bool) {
	v := func(f *float64) string {
		if f == nil {
			return "null"
		}
		return fmt.Sprint(*f)
	}
	for i, g := range r.Misses {
		if i == limit {
			break
		}
		fmt.Fprintf(w, "MISS  %s %s %s %s\n", g.Doc, g.Surface, v(g.Value), g.Unit)
	}
	for i, p := range r.Extras {
		if i == limit {
			break
		}
		fmt.Fprintf(w, "EXTRA %s %s %s %s\n", p.Doc, p.Surface, v(p.Value), p.Unit)
	}
	for i, p := range r.Wrong {
		if i == limit {
			break
		}
		fmt.Fprintf(w, "WRONG %s %s gold %s %s got %s %s\n", p.Gold.Doc, p.Gold.Surface, v(p.Gold.Value), p.Gold.Unit, v(p.Pred.Value), p.Pred.Unit)
	}
	fmt.Fprintln(w, r.Line())
	if full {
		fmt.Fprintln(w, r.FullLine())
	}
}
