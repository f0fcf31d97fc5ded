// Package report writes one self-contained HTML page that summarises a
// zhmetrics dataset: figures per document and per dimension, the most
// frequent metrics, the values of one metric over time, and the documents
// that failed. Charts are drawn with gonum.org/v1/plot and embedded as SVG.
//
// Chart labels are kept to ASCII (dimension names, document ids, ranks,
// dates): plot's fonts have no Chinese glyphs, so the Chinese text (metrics,
// periods) goes into the HTML tables beside the charts.
package report

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"math"
	"sort"
	"strings"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"

	"github.com/zhmetrics/zhmetrics/schema"
)

// Chart is one embedded chart with its caption.
type Chart struct {
	Title string
	SVG   template.HTML
}

// Row is a label and a count, for the tables beside the charts.
type Row struct {
	Rank  int
	Label string
	Count int
}

// Point is one value of the metric followed over time.
type Point struct {
	Date    string
	Period  string
	Surface string
	Value   float64
	Doc     string
}

// Page is everything the report shows.
type Page struct {
	Generated     string
	Dataset       string
	Documents     int
	OK            int
	Failed        int
	Skipped       int
	Figures       int
	Charts        []Chart
	TopMetrics    []Row
	Metric        string
	MetricUnit    string
	MetricPoints  []Point
	FailedDocs    []schema.DocumentRow
	SchemaVersion string
}

// maxBars bounds the bars of one chart.
const maxBars = 25

// Build computes the page for a dataset's rows.
func Build(dataset string, figs []schema.FigureRow, docs []schema.DocumentRow, now time.Time) (*Page, error) {
	p := &Page{Generated: now.UTC().Format(time.RFC3339), Dataset: dataset, Documents: len(docs), Figures: len(figs),
		SchemaVersion: schema.Version}
	for _, d := range docs {
		switch d.Status {
		case "ok":
			p.OK++
		case "skipped":
			p.Skipped++
			p.FailedDocs = append(p.FailedDocs, d)
		default:
			p.Failed++
			p.FailedDocs = append(p.FailedDocs, d)
		}
	}

	perDoc := map[string]int{}
	perDim := map[string]int{}
	perMetric := map[string]int{}
	for _, f := range figs {
		perDoc[f.DocID]++
		perDim[f.Dimension]++
		if f.Metric != "" {
			perMetric[f.Metric]++
		}
	}
	docRows := ranked(perDoc)
	chart, err := barChart("Figures per document (top "+fmt.Sprint(min(len(docRows), maxBars))+")", docRows, true)
	if err != nil {
		return nil, err
	}
	p.Charts = append(p.Charts, chart)
	if chart, err = barChart("Figures per dimension", ranked(perDim), false); err != nil {
		return nil, err
	}
	p.Charts = append(p.Charts, chart)
	p.TopMetrics = ranked(perMetric)
	if len(p.TopMetrics) > 15 {
		p.TopMetrics = p.TopMetrics[:15]
	}
	metricRows := make([]Row, len(p.TopMetrics))
	for i, r := range p.TopMetrics {
		metricRows[i] = Row{Rank: r.Rank, Label: fmt.Sprintf("#%d", r.Rank), Count: r.Count}
	}
	if chart, err = barChart("Most frequent metrics (names in the table)", metricRows, false); err != nil {
		return nil, err
	}
	p.Charts = append(p.Charts, chart)

	dates := map[string]time.Time{}
	for _, d := range docs {
		if d.Date != nil {
			dates[d.DocID] = *d.Date
		}
	}
	if chart, ok, err := metricOverTime(p, figs, dates); err != nil {
		return nil, err
	} else if ok {
		p.Charts = append(p.Charts, chart)
	}
	return p, nil
}

// ranked sorts counts, largest first, then by label.
func ranked(counts map[string]int) []Row {
	rows := make([]Row, 0, len(counts))
	for k, v := range counts {
		rows = append(rows, Row{Label: k, Count: v})
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].Count != rows[j].Count {
			return rows[i].Count > rows[j].Count
		}
		return rows[i].Label < rows[j].Label
	})
	for i := range rows {
		rows[i].Rank = i + 1
	}
	return rows
}

// asciiLabel keeps a chart label readable with plot's fonts.
func asciiLabel(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 {
			b.WriteRune(r)
		}
	}
	out := strings.Trim(b.String(), "_-. ")
	if len(out) > 24 {
		out = out[:24]
	}
	if out == "" {
		out = "?"
	}
	return out
}

func barChart(title string, rows []Row, horizontal bool) (Chart, error) {
	if len(rows) > maxBars {
		rows = rows[:maxBars]
	}
	if horizontal { // largest at the top
		rev := make([]Row, len(rows))
		for i, r := range rows {
			rev[len(rows)-1-i] = r
		}
		rows = rev
	}
	p := plot.New() // the title is the figure's caption in the page
	values := make(plotter.Values, len(rows))
	names := make([]string, len(rows))
	for i, r := range rows {
		values[i] = float64(r.Count)
		names[i] = asciiLabel(r.Label)
	}
	if len(rows) == 0 {
		values, names = plotter.Values{0}, []string{"(none)"}
	}
	bars, err := plotter.NewBarChart(values, vg.Points(12))
	if err != nil {
		return Chart{}, err
	}
	bars.Color = plotutil.Color(0)
	bars.LineStyle.Width = 0
	bars.Horizontal = horizontal
	p.Add(bars)
	w, h := 7*vg.Inch, 3.5*vg.Inch
	if horizontal {
		p.NominalY(names...)
		p.X.Label.Text = "figures"
		h = vg.Length(math.Max(3, 0.22*float64(len(names))+1)) * vg.Inch
	} else {
		p.NominalX(names...)
		p.Y.Label.Text = "figures"
		p.X.Tick.Label.Rotation = math.Pi / 5
		p.X.Tick.Label.XAlign, p.X.Tick.Label.YAlign = -0.9, -0.5
	}
	return render(title, p, w, h)
}

func render(title string, p *plot.Plot, w, h vg.Length) (Chart, error) {
	wt, err := p.WriterTo(w, h, "svg")
	if err != nil {
		return Chart{}, err
	}
	var buf bytes.Buffer
	if _, err := wt.WriteTo(&buf); err != nil {
		return Chart{}, err
	}
	svg := buf.String()
	if i := strings.Index(svg, "<svg"); i > 0 {
		svg = svg[i:] // drop the XML prolog: the SVG goes inline
	}
	return Chart{Title: title, SVG: template.HTML(svg)}, nil
}

// metricOverTime picks the most frequent metric whose figures share a unit
// and come from documents with at least two different dates, and plots its
// values by document date.
func metricOverTime(p *Page, figs []schema.FigureRow, dates map[string]time.Time) (Chart, bool, error) {
	type key struct{ metric, unit string }
	byKey := map[key][]schema.FigureRow{}
	for _, f := range figs {
		if f.Metric == "" || f.Value == nil {
			continue
		}
		if _, ok := dates[f.DocID]; ok {
			k := key{f.Metric, f.Unit}
			byKey[k] = append(byKey[k], f)
		}
	}
	var best key
	bestN := 0
	for k, fs := range byKey {
		distinct := map[time.Time]bool{}
		for _, f := range fs {
			distinct[dates[f.DocID]] = true
		}
		if len(distinct) >= 2 && (len(fs) > bestN || len(fs) == bestN && (k.metric < best.metric)) {
			best, bestN = k, len(fs)
		}
	}
	if bestN == 0 {
		return Chart{}, false, nil
	}
	fs := byKey[best]
	sort.SliceStable(fs, func(i, j int) bool { return dates[fs[i].DocID].Before(dates[fs[j].DocID]) })
	pts := make(plotter.XYs, len(fs))
	for i, f := range fs {
		d := dates[f.DocID]
		pts[i] = plotter.XY{X: float64(d.Unix()), Y: *f.Value}
		p.MetricPoints = append(p.MetricPoints, Point{Date: d.Format(time.DateOnly), Period: f.Period, Surface: f.Surface, Value: *f.Value, Doc: f.DocID})
	}
	p.Metric, p.MetricUnit = best.metric, best.unit
	pl := plot.New()
	pl.X.Label.Text = "document date"
	pl.X.Tick.Marker = plot.TimeTicks{Format: "2006-01-02"}
	pl.Y.Label.Text = asciiLabel(best.unit)
	line, points, err := plotter.NewLinePoints(pts)
	if err != nil {
		return Chart{}, false, err
	}
	line.Color = plotutil.Color(1)
	points.Color = plotutil.Color(1)
	pl.Add(line, points)
	chart, err := render("Values of one metric by document date (the metric and its figures in the table below)", pl, 7*vg.Inch, 3.5*vg.Inch)
	return chart, err == nil, err
}

// Write renders the page as one self-contained HTML document.
func (p *Page) Write(w io.Writer) error {
	return page.Execute(w, p)
}

var page = template.Must(template.New("report").Funcs(template.FuncMap{
	"value": func(v float64) string { return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.4f", v), "0"), ".") },
}).Parse(`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>zhmetrics report — {{.Dataset}}</title>
<style>
body { font-family: system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 2em; }
.cards { display: flex; gap: 1em; flex-wrap: wrap; }
.card { border: 1px solid #ddd; border-radius: 6px; padding: .6em 1em; min-width: 7em; }
.card b { display: block; font-size: 1.6em; }
figure { margin: 1.5em 0; } figure svg { max-width: 100%; height: auto; border: 1px solid #eee; }
table { border-collapse: collapse; margin: 1em 0; } td, th { border: 1px solid #ddd; padding: .25em .6em; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.muted { color: #777; }
</style>
</head>
<body>
<h1>zhmetrics report</h1>
<p class="muted">Dataset <code>{{.Dataset}}</code>, schema {{.SchemaVersion}}, generated {{.Generated}}.</p>
<div class="cards">
<div class="card"><b>{{.Documents}}</b>documents</div>
<div class="card"><b>{{.OK}}</b>ok</div>
<div class="card"><b>{{.Failed}}</b>failed</div>
<div class="card"><b>{{.Skipped}}</b>skipped</div>
<div class="card"><b>{{.Figures}}</b>figures</div>
</div>
{{range .Charts}}<figure class="chart"><figcaption><h2>{{.Title}}</h2></figcaption>
{{.SVG}}
</figure>
{{end}}
<h2>Most frequent metrics</h2>
<table><tr><th>#</th><th>metric</th><th>figures</th></tr>
{{range .TopMetrics}}<tr><td>{{.Rank}}</td><td>{{.Label}}</td><td class="n">{{.Count}}</td></tr>
{{end}}</table>
{{if .Metric}}<h2>One metric over time: {{.Metric}} ({{.MetricUnit}})</h2>
<table><tr><th>document date</th><th>period</th><th>as written</th><th>value</th><th>document</th></tr>
{{range .MetricPoints}}<tr><td>{{.Date}}</td><td>{{.Period}}</td><td>{{.Surface}}</td><td class="n">{{value .Value}}</td><td>{{.Doc}}</td></tr>
{{end}}</table>{{end}}
<h2>Documents not processed</h2>
{{if .FailedDocs}}<table><tr><th>document</th><th>status</th><th>reason</th></tr>
{{range .FailedDocs}}<tr><td>{{.DocID}}</td><td>{{.Status}}</td><td>{{.Error}}</td></tr>
{{end}}</table>{{else}}<p>None: every document was processed.</p>{{end}}
</body>
</html>
`))
