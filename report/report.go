// Package report writes one self-contained HTML page to explore a zhmetrics
// dataset (Build) or to review what changed between two runs (Compare).
//
// The page holds its data as JSON and a small hand-written script (assets/)
// that draws the table, the facets and the charts as SVG, with Chinese labels
// as SVG text; nothing is loaded from the network. Counts and charts are
// computed here over every figure; the table holds at most MaxRows figures
// (an evenly spaced sample above that, and the page says so), so a dataset of
// millions of figures still gives a page of a few megabytes.
package report

import (
	"encoding/json"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/zhmetrics/zhmetrics/schema"
)

// DefaultMaxRows is how many figures (or changes) the table of a page holds
// at most; above it the page holds an evenly spaced sample of that size.
const DefaultMaxRows = 20000

// DefaultMaxSentenceBytes bounds the sentences a page holds: most of its
// weight. Above it the table holds fewer figures than MaxRows.
const DefaultMaxSentenceBytes = 4 << 20

// Options bound what one page holds.
type Options struct {
	MaxRows          int // figures or changes held in the table (DefaultMaxRows when 0)
	MaxSentenceBytes int // bytes of the sentences held (DefaultMaxSentenceBytes when 0)
	MaxPoints        int // points of one metric and unit on the chart over time (300 when 0)
	TopN             int // bars of the per-document and metric charts, metrics on the chart over time (30 when 0)
}

func (o Options) withDefaults() Options {
	if o.MaxRows <= 0 {
		o.MaxRows = DefaultMaxRows
	}
	if o.MaxSentenceBytes <= 0 {
		o.MaxSentenceBytes = DefaultMaxSentenceBytes
	}
	if o.MaxPoints <= 0 {
		o.MaxPoints = 300
	}
	if o.TopN <= 0 {
		o.TopN = 30
	}
	return o
}

// Page is one report page: its data, written into the page as JSON.
type Page struct {
	Title string
	Data  any // *Explore or *Review
}

// Count is a label and a count (a bar).
type Count struct {
	Label string
	N     int
}

func (c Count) MarshalJSON() ([]byte, error) { return json.Marshal([]any{c.Label, c.N}) }

// Doc is what the page shows of a document.
type Doc struct {
	ID, Title, Date, Path, Status, Error string
}

func (d Doc) MarshalJSON() ([]byte, error) {
	return json.Marshal([]string{d.ID, d.Title, d.Date, d.Path, d.Status, d.Error})
}

// Rows are the figures held in the table, column by column; string columns
// are indexes into the dictionaries of Explore.
type Rows struct {
	Doc    []int      `json:"doc"`  // index into Docs
	Sent   []int      `json:"sent"` // index into Sentences
	Surf   []string   `json:"surf"`
	Val    []*float64 `json:"val"` // value, or the low end of a range
	Hi     []*float64 `json:"hi"`  // high end of a range, else null
	Unit   []int      `json:"unit"`
	Dim    []int      `json:"dim"`
	Qual   []int      `json:"qual"`
	Chg    []int      `json:"chg"`
	Metric []int      `json:"metric"`
	Period []int      `json:"period"`
	FO     []int      `json:"fo"` // the figure's offset in its sentence (UTF-16 units), -1 when not found
	MO     []int      `json:"mo"` // the metric's offset in the sentence, -1 when not found
}

// Series is one metric's values over time, one line per unit.
type Series struct {
	Metric string       `json:"metric"`
	N      int          `json:"n"`    // figures of the metric with a value and a time
	From   map[int]int  `json:"from"` // how many took their time from: 0 period_start, 1 the document date
	Units  []UnitSeries `json:"units"`
}

// UnitSeries is the points of one metric in one unit, by time.
type UnitSeries struct {
	Unit   string   `json:"unit"`
	N      int      `json:"n"`      // points before thinning to MaxPoints
	Points [][2]any `json:"points"` // [date "2006-01-02", value]
}

// Explore is the data of the page that explores one dataset.
type Explore struct {
	Mode      string `json:"mode"` // "explore"
	Dataset   string `json:"dataset"`
	Generated string `json:"generated"`
	Schema    string `json:"schema"`
	Documents int    `json:"documents"`
	OK        int    `json:"ok"`
	Failed    int    `json:"failed"`
	Skipped   int    `json:"skipped"`
	Figures   int    `json:"figures"`
	Held      int    `json:"held"` // figures in Rows
	MaxRows   int    `json:"maxRows"`
	// MaxSentenceBytes bounds the sentences held; it may hold fewer rows than MaxRows.
	MaxSentenceBytes int `json:"maxSentenceBytes"`

	Docs      []Doc    `json:"docs"`
	Sentences []string `json:"sentences"`
	Units     []string `json:"units"`
	Dims      []string `json:"dims"`
	Quals     []string `json:"quals"`
	Chgs      []string `json:"chgs"`
	Metrics   []string `json:"metrics"`
	Periods   []string `json:"periods"`
	Rows      Rows     `json:"rows"`

	PerDimension []Count  `json:"perDimension"` // over every figure
	PerDocument  []Count  `json:"perDocument"`  // the TopN documents with most figures
	TopMetrics   []Count  `json:"topMetrics"`   // the TopN most frequent metrics
	Series       []Series `json:"series"`       // the TopN metrics with most figures that have a time
	TimeFrom     []string `json:"timeFrom"`     // names of Series.From's keys

	NotProcessed      []Doc   `json:"notProcessed"` // failed and skipped documents (at most MaxRows)
	NotProcessedTotal int     `json:"notProcessedTotal"`
	Reasons           []Count `json:"reasons"` // their reasons, numbers folded
}

// dict interns strings as indexes.
type dict struct {
	index map[string]int
	list  []string
}

func (d *dict) id(s string) int {
	if d.index == nil {
		d.index = map[string]int{}
	}
	i, ok := d.index[s]
	if !ok {
		i = len(d.list)
		d.index[s] = i
		d.list = append(d.list, s)
	}
	return i
}

func (d *dict) strings() []string {
	if d.list == nil {
		return []string{}
	}
	return d.list
}

// Build computes the explore page of a dataset's rows.
func Build(dataset string, figs []schema.FigureRow, docs []schema.DocumentRow, now time.Time, opt Options) *Page {
	opt = opt.withDefaults()
	e := &Explore{Mode: "explore", Dataset: dataset, Generated: now.UTC().Format(time.RFC3339), Schema: schema.Version,
		Documents: len(docs), Figures: len(figs), MaxRows: opt.MaxRows, MaxSentenceBytes: opt.MaxSentenceBytes, TimeFrom: []string{FromPeriodStart, FromDocumentDate}}
	docByID := make(map[string]*schema.DocumentRow, len(docs))
	reasons := map[string]int{}
	for i := range docs {
		d := &docs[i]
		docByID[d.DocID] = d
		switch d.Status {
		case "ok":
			e.OK++
			continue
		case "skipped":
			e.Skipped++
		default:
			e.Failed++
		}
		e.NotProcessedTotal++
		reasons[d.Status+": "+foldReason(d.Error)]++
		if len(e.NotProcessed) < opt.MaxRows {
			e.NotProcessed = append(e.NotProcessed, docOf(d, d.DocID))
		}
	}
	e.Reasons = top(reasons, opt.TopN)

	perDoc, perDim, perMetric := map[string]int{}, map[string]int{}, map[string]int{}
	for i := range figs {
		f := &figs[i]
		perDoc[f.DocID]++
		perDim[f.Dimension]++
		if f.Metric != "" {
			perMetric[f.Metric]++
		}
	}
	e.PerDimension = top(perDim, 0)
	e.PerDocument = top(perDoc, opt.TopN)
	e.TopMetrics = top(perMetric, opt.TopN)
	e.Series = series(figs, docByID, opt)

	held := sampleWithin(len(figs), opt, func(i int) string { return figs[i].Sentence })
	e.Held = len(held)
	targets := make([]*schema.FigureRow, len(held))
	for k, i := range held {
		targets[k] = &figs[i]
	}
	occ := occurrences(figs, targets)
	var docIdx, sentIdx, units, dims, quals, chgs, metrics, periods dict
	r := &e.Rows
	for k, i := range held {
		f := &figs[i]
		di := docIdx.id(f.DocID)
		if di == len(e.Docs) {
			e.Docs = append(e.Docs, docOf(docByID[f.DocID], f.DocID))
		}
		r.Doc = append(r.Doc, di)
		r.Sent = append(r.Sent, sentIdx.id(f.Sentence))
		r.Surf = append(r.Surf, f.Surface)
		if f.Value != nil {
			r.Val, r.Hi = append(r.Val, f.Value), append(r.Hi, nil)
		} else {
			r.Val, r.Hi = append(r.Val, f.Low), append(r.Hi, f.High)
		}
		r.Unit = append(r.Unit, units.id(f.Unit))
		r.Dim = append(r.Dim, dims.id(f.Dimension))
		r.Qual = append(r.Qual, quals.id(f.Qualifier))
		r.Chg = append(r.Chg, chgs.id(f.Change))
		r.Metric = append(r.Metric, metrics.id(f.Metric))
		r.Period = append(r.Period, periods.id(f.Period))
		fo, mo := Highlight(f.Sentence, f.Surface, occ[k], f.Metric)
		r.FO, r.MO = append(r.FO, fo), append(r.MO, mo)
	}
	e.Sentences, e.Units, e.Dims, e.Quals = sentIdx.strings(), units.strings(), dims.strings(), quals.strings()
	e.Chgs, e.Metrics, e.Periods = chgs.strings(), metrics.strings(), periods.strings()
	if e.Docs == nil {
		e.Docs = []Doc{}
	}
	return &Page{Title: "zhmetrics report — " + dataset, Data: e}
}

func docOf(d *schema.DocumentRow, id string) Doc {
	if d == nil {
		return Doc{ID: id}
	}
	out := Doc{ID: d.DocID, Title: d.Title, Path: d.Path, Status: d.Status, Error: d.Error}
	if d.Date != nil {
		out.Date = d.Date.Format(time.DateOnly)
	}
	return out
}

// sample is the indexes of the figures a table holds: all of them, or max
// evenly spaced ones.
func sample(n, max int) []int {
	if n <= max {
		out := make([]int, n)
		for i := range out {
			out[i] = i
		}
		return out
	}
	out := make([]int, max)
	for k := range out {
		out[k] = int(int64(k) * int64(n) / int64(max))
	}
	return out
}

// sampleWithin is sample(n, opt.MaxRows), made smaller until the distinct
// sentences of the rows held weigh at most opt.MaxSentenceBytes.
func sampleWithin(n int, opt Options, sentence func(i int) string) []int {
	limit := opt.MaxRows
	for {
		held := sample(n, limit)
		seen := make(map[string]bool, len(held))
		bytes := 0
		for _, i := range held {
			if s := sentence(i); !seen[s] {
				seen[s] = true
				bytes += len(s)
			}
		}
		if bytes <= opt.MaxSentenceBytes || len(held) <= 1 {
			return held
		}
		limit = int(float64(len(held)) * float64(opt.MaxSentenceBytes) / float64(bytes) * 0.95)
	}
}

// occurrences gives, for each of targets (figures of all), which
// occurrence of its surface in its sentence it is (from 1), counting the
// figures of all in that sentence with the same surface before it.
func occurrences(all []schema.FigureRow, targets []*schema.FigureRow) []int {
	type key struct {
		doc     string
		sent    int32
		surface string
	}
	starts := map[key][]int32{}
	for _, f := range targets {
		starts[key{f.DocID, f.SentenceIndex, f.Surface}] = nil
	}
	for i := range all {
		f := &all[i]
		k := key{f.DocID, f.SentenceIndex, f.Surface}
		if s, ok := starts[k]; ok {
			starts[k] = append(s, f.Start)
		}
	}
	out := make([]int, len(targets))
	for j, f := range targets {
		n := 1
		for _, s := range starts[key{f.DocID, f.SentenceIndex, f.Surface}] {
			if s < f.Start {
				n++
			}
		}
		out[j] = n
	}
	return out
}

// Highlight finds a figure and its metric in the sentence: the offsets (in
// UTF-16 units, as JavaScript counts) of the nth occurrence of surface, and
// of the metric's occurrence nearest before it (else the first one after);
// -1 when not found. The dataset keeps the figure's offsets in the document,
// not in the sentence, so the sentence is searched.
func Highlight(sentence, surface string, nth int, metric string) (fo, mo int) {
	fo, mo = -1, -1
	fb := -1
	if surface != "" {
		from := 0
		for k := 0; k < max(nth, 1); k++ {
			i := strings.Index(sentence[from:], surface)
			if i < 0 {
				break
			}
			fb = from + i
			from = fb + len(surface)
		}
	}
	if fb >= 0 {
		fo = utf16Len(sentence[:fb])
	}
	if metric == "" {
		return fo, mo
	}
	before, after := -1, -1
	for from := 0; from < len(sentence); {
		i := strings.Index(sentence[from:], metric)
		if i < 0 {
			break
		}
		at := from + i
		overlaps := fb >= 0 && at < fb+len(surface) && fb < at+len(metric)
		switch {
		case overlaps:
		case fb >= 0 && at+len(metric) <= fb:
			before = at // keep the nearest before the figure
		case after < 0:
			after = at
		}
		_, size := utf8.DecodeRuneInString(sentence[at:])
		from = at + size
	}
	mb := before
	if mb < 0 {
		mb = after
	}
	if mb >= 0 {
		mo = utf16Len(sentence[:mb])
	}
	return fo, mo
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += len(utf16.Encode([]rune{r}))
	}
	return n
}

var digits = regexp.MustCompile(`[0-9]+`)

// foldReason groups failure reasons that differ only in their numbers.
func foldReason(s string) string {
	s = digits.ReplaceAllString(s, "N")
	if r := []rune(s); len(r) > 80 {
		s = string(r[:80]) + "…"
	}
	return s
}

// top sorts counts, largest first then by label, and keeps n of them (all
// when n is 0).
func top(counts map[string]int, n int) []Count {
	rows := make([]Count, 0, len(counts))
	for k, v := range counts {
		rows = append(rows, Count{k, v})
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].N != rows[j].N {
			return rows[i].N > rows[j].N
		}
		return rows[i].Label < rows[j].Label
	})
	if n > 0 && len(rows) > n {
		rows = rows[:n]
	}
	return rows
}

// series gives the TopN metrics with most figures that have a value and a
// time (figureTime), each with its points by time, one series per unit.
func series(figs []schema.FigureRow, docs map[string]*schema.DocumentRow, opt Options) []Series {
	type point struct {
		t time.Time
		v float64
	}
	type acc struct {
		n     int
		from  map[int]int
		units map[string][]point
	}
	by := map[string]*acc{}
	for i := range figs {
		f := &figs[i]
		if f.Metric == "" || f.Value == nil {
			continue
		}
		var date *time.Time
		if d := docs[f.DocID]; d != nil {
			date = d.Date
		}
		t, from, ok := figureTime(f, date)
		if !ok {
			continue
		}
		a := by[f.Metric]
		if a == nil {
			a = &acc{from: map[int]int{}, units: map[string][]point{}}
			by[f.Metric] = a
		}
		a.n++
		if from == FromPeriodStart {
			a.from[0]++
		} else {
			a.from[1]++
		}
		a.units[f.Unit] = append(a.units[f.Unit], point{t, *f.Value})
	}
	counts := map[string]int{}
	for m, a := range by {
		counts[m] = a.n
	}
	var out []Series
	for _, c := range top(counts, opt.TopN) {
		a := by[c.Label]
		s := Series{Metric: c.Label, N: a.n, From: a.from}
		for _, u := range top(func() map[string]int {
			m := map[string]int{}
			for u, pts := range a.units {
				m[u] = len(pts)
			}
			return m
		}(), 0) {
			pts := a.units[u.Label]
			sort.SliceStable(pts, func(i, j int) bool { return pts[i].t.Before(pts[j].t) })
			us := UnitSeries{Unit: u.Label, N: len(pts)}
			for _, k := range sample(len(pts), opt.MaxPoints) {
				us.Points = append(us.Points, [2]any{pts[k].t.Format(time.DateOnly), pts[k].v})
			}
			s.Units = append(s.Units, us)
		}
		out = append(out, s)
	}
	if out == nil {
		out = []Series{}
	}
	return out
}
