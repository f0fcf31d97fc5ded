package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/schema"
)

func fv(v float64) *float64 { return &v }

func day(s string) *time.Time {
	t, _ := time.Parse(time.DateOnly, s)
	return &t
}

const sentA = "上半年，全区地区生产总值795.3亿元，同比增长5.1%，新设企业2.4万家。"

func rows() ([]schema.FigureRow, []schema.DocumentRow) {
	figs := []schema.FigureRow{
		{DocID: "a.txt", SentenceIndex: 0, Start: 12, End: 19, Surface: "795.3亿元", Value: fv(7.953e10), Unit: "元", Dimension: "currency", Metric: "地区生产总值", Period: "上半年", Sentence: sentA},
		{DocID: "a.txt", SentenceIndex: 0, Start: 24, End: 28, Surface: "5.1%", Value: fv(5.1), Unit: "%", Dimension: "percent", Change: "increase", Metric: "地区生产总值", Period: "上半年", Sentence: sentA},
		{DocID: "a.txt", SentenceIndex: 0, Start: 33, End: 38, Surface: "2.4万家", Value: fv(24000), Unit: "家", Dimension: "count", Metric: "新设企业", Sentence: sentA},
		{DocID: "b.txt", SentenceIndex: 2, Start: 40, End: 45, Surface: "850亿元", Value: fv(8.5e10), Unit: "元", Dimension: "currency", Metric: "地区生产总值", Period: "1-9月", Sentence: "1-9月地区生产总值850亿元。"},
		{DocID: "b.txt", SentenceIndex: 3, Start: 50, End: 52, Surface: "3%", Value: fv(3), Unit: "%", Dimension: "percent", Sentence: "占比3%。"},
		{DocID: "c.txt", SentenceIndex: 0, Start: 5, End: 12, Surface: "1100亿元", Value: fv(1.1e11), Unit: "元", Dimension: "currency", Metric: "地区生产总值", Period: "全年", Sentence: "全年地区生产总值1100亿元。"},
		{DocID: "d.txt", SentenceIndex: 0, Start: 0, End: 4, Surface: "3-5天", Low: fv(3), High: fv(5), Unit: "天", Dimension: "duration", Metric: "工期", Sentence: "工期3-5天。"},
	}
	docs := []schema.DocumentRow{
		{DocID: "a.txt", Path: "in/a.txt", Title: "上半年经济运行", Status: "ok", Date: day("2024-07-20")},
		{DocID: "b.txt", Path: "in/b.txt", Status: "ok", Date: day("2024-10-20")},
		{DocID: "c.txt", Path: "in/c.txt", Status: "ok", Date: day("2025-01-20")},
		{DocID: "d.txt", Path: "in/d.txt", Status: "ok"}, // no date: its figures are not on the chart over time
		{DocID: "bad.txt", Status: "error", Error: "binary data (NUL byte) at byte 3"},
		{DocID: "bad2.txt", Status: "error", Error: "binary data (NUL byte) at byte 17"},
		{DocID: "big.txt", Status: "skipped", Error: "larger than --max-bytes"},
	}
	return figs, docs
}

func TestBuild(t *testing.T) {
	figs, docs := rows()
	p := Build("out", figs, docs, time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC), Options{})
	e := p.Data.(*Explore)
	assert.Equal(t, 7, e.Documents)
	assert.Equal(t, 4, e.OK)
	assert.Equal(t, 2, e.Failed)
	assert.Equal(t, 1, e.Skipped)
	assert.Equal(t, 7, e.Figures)
	assert.Equal(t, 7, e.Held)
	assert.Equal(t, Count{"地区生产总值", 4}, e.TopMetrics[0])
	assert.Equal(t, Count{"currency", 3}, e.PerDimension[0])
	assert.Equal(t, Count{"a.txt", 3}, e.PerDocument[0])
	assert.Equal(t, []Count{{"error: binary data (NUL byte) at byte N", 2}, {"skipped: larger than --max-bytes", 1}}, e.Reasons)
	require.Len(t, e.NotProcessed, 3)

	// The table's columns and dictionaries.
	assert.Len(t, e.Sentences, 5, "a sentence is held once however many figures it has")
	assert.Equal(t, "795.3亿元", e.Rows.Surf[0])
	assert.Equal(t, "地区生产总值", e.Metrics[e.Rows.Metric[0]])
	assert.Equal(t, "上半年经济运行", e.Docs[e.Rows.Doc[0]].Title)
	assert.Equal(t, "2024-07-20", e.Docs[e.Rows.Doc[0]].Date)
	assert.Equal(t, 3.0, *e.Rows.Val[6], "a range: its low end")
	assert.Equal(t, 5.0, *e.Rows.Hi[6], "and its high end")
	assert.Equal(t, 12, e.Rows.FO[0])
	assert.Equal(t, 6, e.Rows.MO[0], "the metric before the figure")

	// The chart over time: metrics with a time, one series per unit.
	require.NotEmpty(t, e.Series)
	s := e.Series[0]
	assert.Equal(t, "地区生产总值", s.Metric)
	assert.Equal(t, 4, s.N)
	assert.Equal(t, map[int]int{1: 4}, s.From, "today every time is a document date")
	require.Len(t, s.Units, 2)
	assert.Equal(t, "元", s.Units[0].Unit)
	assert.Equal(t, [][2]any{{"2024-07-20", 7.953e10}, {"2024-10-20", 8.5e10}, {"2025-01-20", 1.1e11}}, s.Units[0].Points)
	assert.Equal(t, "%", s.Units[1].Unit)
	for _, s := range e.Series {
		assert.NotEqual(t, "工期", s.Metric, "d.txt has no date and its figure no period start")
	}
}

func TestFigureTime(t *testing.T) {
	doc, period := day("2024-07-20"), day("2024-01-01")
	got, from, ok := periodStartOr(period, doc)
	assert.True(t, ok)
	assert.Equal(t, *period, got)
	assert.Equal(t, FromPeriodStart, from)
	got, from, ok = periodStartOr(nil, doc)
	assert.True(t, ok)
	assert.Equal(t, *doc, got)
	assert.Equal(t, FromDocumentDate, from, "no period start: the document's date")
	_, from, ok = periodStartOr(&time.Time{}, doc)
	assert.True(t, ok)
	assert.Equal(t, FromDocumentDate, from, "a zero period start is none")
	_, _, ok = periodStartOr(nil, nil)
	assert.False(t, ok)
	// The accessor the report uses: today, the document date.
	_, from, ok = figureTime(&schema.FigureRow{}, doc)
	assert.True(t, ok)
	assert.Equal(t, FromDocumentDate, from)
}

func TestSampleAboveMaxRows(t *testing.T) {
	figs, docs := rows()
	p := Build("out", figs, docs, time.Now(), Options{MaxRows: 3})
	e := p.Data.(*Explore)
	assert.Equal(t, 7, e.Figures)
	assert.Equal(t, 3, e.Held)
	assert.Equal(t, []string{"795.3亿元", "2.4万家", "3%"}, e.Rows.Surf, "evenly spaced")
	assert.Equal(t, Count{"地区生产总值", 4}, e.TopMetrics[0], "charts count every figure")
	assert.Equal(t, []int{0, 2, 4}, sample(7, 3))
	assert.Len(t, sample(1_500_000, DefaultMaxRows), DefaultMaxRows)
}

func TestSentenceBytesBound(t *testing.T) {
	var figs []schema.FigureRow
	for i := 0; i < 2000; i++ {
		s := fmt.Sprintf("%04d%s", i, strings.Repeat("长", 300)) // 904 bytes, each sentence its own
		figs = append(figs, schema.FigureRow{DocID: "a", SentenceIndex: int32(i), Surface: "1个", Value: fv(1), Unit: "个", Sentence: s})
	}
	e := Build("out", figs, nil, time.Now(), Options{MaxSentenceBytes: 100_000}).Data.(*Explore)
	total := 0
	for _, s := range e.Sentences {
		total += len(s)
	}
	assert.LessOrEqual(t, total, 100_000)
	assert.Greater(t, e.Held, 90, "as many as fit")
	assert.Equal(t, 2000, e.Figures)
}

func TestHighlight(t *testing.T) {
	s := "出口3亿元，进口3亿元，其中进口机电产品"
	fo, mo := Highlight(s, "3亿元", 2, "进口")
	assert.Equal(t, 8, fo, "the second 3亿元")
	assert.Equal(t, 6, mo, "the metric nearest before it")
	fo, mo = Highlight(s, "3亿元", 1, "出口")
	assert.Equal(t, 2, fo)
	assert.Equal(t, 0, mo)
	fo, mo = Highlight("增长𠀀5%，营收", "5%", 1, "营收")
	assert.Equal(t, 4, fo, "UTF-16 units: 𠀀 counts 2")
	assert.Equal(t, 7, mo, "no metric before: the first after")
	fo, mo = Highlight("没有", "5%", 1, "")
	assert.Equal(t, -1, fo)
	assert.Equal(t, -1, mo)
}

func TestOccurrences(t *testing.T) {
	s := "出口3亿元，进口3亿元。"
	figs := []schema.FigureRow{
		{DocID: "a", SentenceIndex: 1, Start: 12, Surface: "3亿元", Sentence: s},
		{DocID: "a", SentenceIndex: 1, Start: 5, Surface: "3亿元", Sentence: s},
		{DocID: "a", SentenceIndex: 2, Start: 30, Surface: "3亿元", Sentence: s},
	}
	assert.Equal(t, []int{2, 1, 1}, occurrences(figs, []*schema.FigureRow{&figs[0], &figs[1], &figs[2]}))
}

func TestCompare(t *testing.T) {
	old, docs := rows()
	new := append([]schema.FigureRow(nil), old[1:]...) // 795.3亿元 removed
	new[0].Metric = "增速"                               // 5.1%: metric changed
	new = append(new, schema.FigureRow{DocID: "e.txt", Surface: "7家", Value: fv(7), Unit: "家", Sentence: "新增7家。"})
	p := Compare("old", "new", old, new, docs, time.Now(), Options{})
	r := p.Data.(*Review)
	assert.Equal(t, "figures: old 7, new 7; added 1, removed 1, changed 1", r.Text)
	assert.Equal(t, 3, r.Total)
	require.Len(t, r.Changes, 3)
	c := r.Changes[0]
	assert.Equal(t, "removed", c.Kind)
	assert.Nil(t, c.New)
	assert.Equal(t, sentA, r.Sentences[c.Old.Sent])
	assert.Equal(t, 12, c.Old.FO)
	c = r.Changes[1]
	assert.Equal(t, "changed", c.Kind)
	assert.Equal(t, []string{"metric"}, c.Fields)
	assert.Equal(t, "地区生产总值", c.Old.Metric)
	assert.Equal(t, "增速", c.New.Metric)
	assert.Equal(t, -1, c.New.MO, "增速 is not in the sentence")
	assert.Equal(t, "上半年经济运行", r.Docs[c.Doc].Title)
	assert.Equal(t, []DocChanges{{"a.txt", 0, 1, 1}, {"e.txt", 1, 0, 0}}, r.PerDoc)
}

func TestWrite(t *testing.T) {
	figs, docs := rows()
	var buf bytes.Buffer
	p := Build("out</script>", figs, docs, time.Now(), Options{})
	require.NoError(t, p.Write(&buf))
	html := buf.String()
	assert.True(t, strings.HasPrefix(html, "<!DOCTYPE html>"))
	assert.NotContains(t, html, "{{")
	assert.Equal(t, 2, strings.Count(html, "</script>"), "the data cannot close its script element")
	assert.Contains(t, html, "zhmetrics report — out&lt;/script&gt;")
	for _, ref := range regexp.MustCompile(`(?i)(src|href)\s*=\s*["']?[a-z]+:`).FindAllString(html, -1) {
		t.Errorf("the page refers to something outside itself: %s", ref)
	}
	assert.Contains(t, html, `"Noto Sans CJK SC"`, "a CJK font stack")
	// The data in the page is the page's data.
	m := regexp.MustCompile(`(?s)<script type="application/json" id="zh-data">(.*?)</script>`).FindStringSubmatch(html)
	require.Len(t, m, 2)
	var back struct {
		Mode    string `json:"mode"`
		Figures int    `json:"figures"`
		Rows    struct {
			Surf []string `json:"surf"`
		} `json:"rows"`
	}
	require.NoError(t, json.Unmarshal([]byte(m[1]), &back))
	assert.Equal(t, "explore", back.Mode)
	assert.Equal(t, 7, back.Figures)
	assert.Equal(t, "795.3亿元", back.Rows.Surf[0])
}

// TestReportPNG checks a rendering of the report by headless Chromium (make
// report-png writes it): the charts' area must not be blank. It is skipped
// when no rendering was made.
func TestReportPNG(t *testing.T) {
	path := os.Getenv("REPORT_PNG")
	if path == "" {
		path = filepath.Join("..", "out", "report.png")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no rendering at %s (make report-png makes one)", path)
	}
	defer f.Close()
	img, err := png.Decode(f)
	require.NoError(t, err)
	b := img.Bounds()
	require.Greater(t, b.Dy(), 600, "the page is rendered in full")
	colored := colouredShare(img, image.Rect(b.Min.X, b.Min.Y+200, b.Max.X, b.Max.Y))
	assert.Greater(t, colored, 0.005, "chart bars and lines are drawn")
}

// colouredShare is the share of pixels in r that are neither white nor grey.
func colouredShare(img image.Image, r image.Rectangle) float64 {
	n, c := 0, 0
	for y := r.Min.Y; y < r.Max.Y; y += 2 {
		for x := r.Min.X; x < r.Max.X; x += 2 {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			n++
			hi, lo := max(cr, cg, cb), min(cr, cg, cb)
			if hi-lo > 0x2000 {
				c++
			}
		}
	}
	return float64(c) / float64(max(n, 1))
}
