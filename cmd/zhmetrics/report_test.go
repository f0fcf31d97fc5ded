package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pageData is the JSON a report page holds.
func pageData(t *testing.T, html string) map[string]any {
	t.Helper()
	m := regexp.MustCompile(`(?s)<script type="application/json" id="zh-data">(.*?)</script>`).FindStringSubmatch(html)
	require.Len(t, m, 2, "the page holds its data")
	var d map[string]any
	require.NoError(t, json.Unmarshal([]byte(m[1]), &d))
	return d
}

func TestReportCommand(t *testing.T) {
	out := t.TempDir()
	code, _, errs := run(t, "run", "-q", "-o", out, seedsDir)
	require.Equal(t, exitOK, code, errs)
	page := filepath.Join(t.TempDir(), "r.html")
	code, _, errs = run(t, "report", "-o", page, "--max-rows", "50", out)
	require.Equal(t, exitOK, code, errs)
	assert.Contains(t, errs, "(50 in the table)")
	b, err := os.ReadFile(page)
	require.NoError(t, err)
	d := pageData(t, string(b))
	assert.Equal(t, "explore", d["mode"])
	assert.Equal(t, 50.0, d["held"])
	assert.Greater(t, d["figures"].(float64), 50.0)

	code, _, _ = run(t, "report", "-o", page, "no/such/dataset")
	assert.Equal(t, exitUsage, code)
	code, _, _ = run(t, "report", "--compare", "-o", page, out)
	assert.Equal(t, exitUsage, code, "--compare takes OLD and NEW")
}

// The review page counts what `zhmetrics diff` counts, from the same code.
func TestReportCompareCountsAsDiff(t *testing.T) {
	out := t.TempDir()
	code, _, errs := run(t, "run", "-q", "-o", out, seedsDir)
	require.Equal(t, exitOK, code, errs)
	changed := t.TempDir()
	b, err := os.ReadFile(filepath.Join(seedsDir, "001_18dbd27aeb4158ef.txt"))
	require.NoError(t, err)
	text := strings.Replace(strings.Replace(string(b), "795.3亿元", "795.4亿元", 1), "新设企业", "新登记企业", 1) + "\n新增企业12家。"
	require.NoError(t, os.WriteFile(filepath.Join(changed, "001_18dbd27aeb4158ef.txt"), []byte(text), 0o644))

	code, table, _ := run(t, "diff", out, changed)
	require.Equal(t, exitFailed, code)
	lines := strings.Split(strings.TrimSpace(table), "\n")
	summary := lines[len(lines)-1]
	assert.Regexp(t, `^figures: old \d+, new \d+; added 2, removed \d+, changed [1-9]\d*$`, summary)

	page := filepath.Join(t.TempDir(), "review.html")
	code, _, errs = run(t, "report", "--compare", "-o", page, out, changed)
	require.Equal(t, exitOK, code, errs)
	b, err = os.ReadFile(page)
	require.NoError(t, err)
	d := pageData(t, string(b))
	assert.Equal(t, "review", d["mode"])
	assert.Equal(t, summary, d["text"])
	assert.Contains(t, errs, summary)

	code, html, _ := run(t, "diff", "--format", "html", out, changed)
	assert.Equal(t, exitFailed, code, "diff's exit code: something differs")
	assert.Equal(t, summary, pageData(t, html)["text"])
	changes := pageData(t, html)["changes"].([]any)
	var kinds []string
	for _, c := range changes {
		kinds = append(kinds, c.(map[string]any)["k"].(string))
	}
	assert.Len(t, kinds, len(lines)-2, "one row per line of the table")
}
