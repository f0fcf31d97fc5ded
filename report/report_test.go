package report

import (
	"bytes"
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

func sample() ([]schema.FigureRow, []schema.DocumentRow) {
	figs := []schema.FigureRow{
		{DocID: "a.txt", Surface: "795.3亿元", Value: fv(7.953e10), Unit: "元", Dimension: "currency", Metric: "地区生产总值", Period: "上半年"},
		{DocID: "a.txt", Surface: "2.4万家", Value: fv(24000), Unit: "家", Dimension: "count", Metric: "新设企业"},
		{DocID: "b.txt", Surface: "850亿元", Value: fv(8.5e10), Unit: "元", Dimension: "currency", Metric: "地区生产总值", Period: "1-9月"},
		{DocID: "b.txt", Surface: "3%", Value: fv(3), Unit: "%", Dimension: "percent"},
		{DocID: "c.txt", Surface: "1100亿元", Value: fv(1.1e11), Unit: "元", Dimension: "currency", Metric: "地区生产总值", Period: "全年"},
	}
	docs := []schema.DocumentRow{
		{DocID: "a.txt", Status: "ok", Date: day("2024-07-20")},
		{DocID: "b.txt", Status: "ok", Date: day("2024-10-20")},
		{DocID: "c.txt", Status: "ok", Date: day("2025-01-20")},
		{DocID: "bad.txt", Status: "error", Error: "binary data (NUL byte) at byte 3"},
	}
	return figs, docs
}

func TestBuildAndWrite(t *testing.T) {
	figs, docs := sample()
	p, err := Build("out", figs, docs, time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC))
	require.NoError(t, err)
	assert.Equal(t, 4, p.Documents)
	assert.Equal(t, 3, p.OK)
	assert.Equal(t, 1, p.Failed)
	assert.Equal(t, 5, p.Figures)
	require.Len(t, p.Charts, 4, "per document, per dimension, metrics, metric over time")
	assert.Equal(t, "地区生产总值", p.Metric)
	assert.Equal(t, "元", p.MetricUnit)
	require.Len(t, p.MetricPoints, 3)
	assert.Equal(t, "2024-07-20", p.MetricPoints[0].Date)
	assert.Equal(t, "地区生产总值", p.TopMetrics[0].Label)
	assert.Equal(t, 3, p.TopMetrics[0].Count)

	var buf bytes.Buffer
	require.NoError(t, p.Write(&buf))
	html := buf.String()
	assert.Equal(t, 4, strings.Count(html, "<svg"), "charts are inline SVG")
	assert.NotContains(t, html, "<?xml")
	assert.NotContains(t, html, "<script", "no script: self-contained and static")
	assert.Contains(t, html, "binary data (NUL byte) at byte 3")
	assert.Contains(t, html, "1-9月")
	// Every chart draws something: the bar and line charts have filled paths.
	for _, svg := range regexp.MustCompile(`(?s)<svg.*?</svg>`).FindAllString(html, -1) {
		assert.Greater(t, strings.Count(svg, "<path"), 5, "an empty chart")
	}
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
