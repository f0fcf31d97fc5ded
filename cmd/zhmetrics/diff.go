package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/zhmetrics/zhmetrics/schema"
)

// figureChange is one line of `zhmetrics diff`.
type figureChange struct {
	Kind    string   `json:"kind"` // added, removed, changed
	Doc     string   `json:"doc"`
	Surface string   `json:"surface"`
	N       int      `json:"n"` // occurrence of surface in the document, from 1
	Fields  []string `json:"fields,omitempty"`
	Old     *figKey  `json:"old,omitempty"`
	New     *figKey  `json:"new,omitempty"`
}

// figKey is what diff compares of a figure.
type figKey struct {
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

func keyOf(r schema.FigureRow) *figKey {
	return &figKey{r.Start, r.End, r.Value, r.Low, r.High, r.Unit, r.Qualifier, r.Change, r.Metric, r.Period, interval(r)}
}

// interval shows a figure's period interval as start..end (null ends empty).
func interval(r schema.FigureRow) string {
	d := func(t *time.Time) string {
		if t == nil {
			return ""
		}
		return t.Format(time.DateOnly)
	}
	return d(r.PeriodStart) + ".." + d(r.PeriodEnd)
}

func cmdDiff(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("diff", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "table", "output: table or jsonl")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: zhmetrics diff [--format table|jsonl] OLD NEW\n\nOLD and NEW are datasets (directories with a manifest.json) or inputs extracted afresh.\nFigures are paired by document, surface and occurrence. Exit code 1 when anything differs.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() != 2 || (*format != "table" && *format != "jsonl") {
		fs.Usage()
		return exitUsage
	}
	oldRows, err := loadFigures([]string{fs.Arg(0)}, defaultMaxBytes, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "zhmetrics diff: %v\n", err)
		return exitUsage
	}
	newRows, err := loadFigures([]string{fs.Arg(1)}, defaultMaxBytes, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "zhmetrics diff: %v\n", err)
		return exitUsage
	}
	changes := DiffFigures(oldRows, newRows)
	if *format == "jsonl" {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		for _, c := range changes {
			enc.Encode(c)
		}
	} else {
		printDiff(stdout, changes, len(oldRows), len(newRows))
	}
	if len(changes) > 0 {
		return exitFailed
	}
	return exitOK
}

// DiffFigures pairs figures by (document, surface, occurrence) and lists what
// was added, removed or changed, ordered by document and position.
func DiffFigures(oldRows, newRows []schema.FigureRow) []figureChange {
	type id struct {
		doc, surface string
		n            int
	}
	index := func(rows []schema.FigureRow) (map[id]schema.FigureRow, []id) {
		sorted := append([]schema.FigureRow(nil), rows...)
		sort.SliceStable(sorted, func(i, j int) bool {
			if sorted[i].DocID != sorted[j].DocID {
				return sorted[i].DocID < sorted[j].DocID
			}
			return sorted[i].Start < sorted[j].Start
		})
		m, order, seen := map[id]schema.FigureRow{}, []id{}, map[[2]string]int{}
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
	var out []figureChange
	for _, k := range oOrder {
		o := om[k]
		n, ok := nm[k]
		if !ok {
			out = append(out, figureChange{Kind: "removed", Doc: k.doc, Surface: k.surface, N: k.n, Old: keyOf(o)})
			continue
		}
		if fields := changedFields(o, n); len(fields) > 0 {
			out = append(out, figureChange{Kind: "changed", Doc: k.doc, Surface: k.surface, N: k.n, Fields: fields, Old: keyOf(o), New: keyOf(n)})
		}
	}
	for _, k := range nOrder {
		if _, ok := om[k]; !ok {
			out = append(out, figureChange{Kind: "added", Doc: k.doc, Surface: k.surface, N: k.n, New: keyOf(nm[k])})
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

func pos(c figureChange) int32 {
	if c.New != nil {
		return c.New.Start
	}
	return c.Old.Start
}

func changedFields(o, n schema.FigureRow) []string {
	var f []string
	if !sameFloat(o.Value, n.Value) || !sameFloat(o.Low, n.Low) || !sameFloat(o.High, n.High) {
		f = append(f, "value")
	}
	for _, c := range []struct {
		name string
		a, b string
	}{{"unit", o.Unit, n.Unit}, {"qualifier", o.Qualifier, n.Qualifier}, {"change", o.Change, n.Change},
		{"metric", o.Metric, n.Metric}, {"period", o.Period, n.Period}, {"interval", interval(o), interval(n)}} {
		if c.a != c.b {
			f = append(f, c.name)
		}
	}
	if o.Start != n.Start || o.End != n.End {
		f = append(f, "offsets")
	}
	return f
}

func sameFloat(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

func printDiff(w io.Writer, changes []figureChange, nOld, nNew int) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "kind\tdoc\tsurface\tfields\told\tnew")
	show := func(k *figKey) string {
		if k == nil {
			return ""
		}
		v := optFloat(k.Value)
		if k.Value == nil {
			v = optFloat(k.Low) + ".." + optFloat(k.High)
		}
		return fmt.Sprintf("%s %s %s %s [%s]", v, k.Unit, k.Qualifier, k.Change, k.Metric)
	}
	counts := map[string]int{}
	for _, c := range changes {
		counts[c.Kind]++
		fmt.Fprintf(tw, "%s\t%s\t%s#%d\t%s\t%s\t%s\n", c.Kind, c.Doc, c.Surface, c.N, strings.Join(c.Fields, ","), show(c.Old), show(c.New))
	}
	tw.Flush()
	fmt.Fprintf(w, "figures: old %d, new %d; added %d, removed %d, changed %d\n", nOld, nNew, counts["added"], counts["removed"], counts["changed"])
}
