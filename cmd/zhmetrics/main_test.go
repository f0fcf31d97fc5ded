package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/eval"
	"github.com/zhmetrics/zhmetrics/figdiff"
)

func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := runMain(args, &out, &errb)
	return code, out.String(), errb.String()
}

const goldFile = "../../testdata/gold/seeds.jsonl"
const seedsDir = "../../seeds"

// The development gold set: the targets of the extraction issue.
func TestEvalSeedsMeetsTargets(t *testing.T) {
	code, out, errs := run(t, "eval", "--gold", goldFile, seedsDir)
	require.Equal(t, 0, code, errs)
	gold, err := eval.ReadJSONLFile(goldFile)
	require.NoError(t, err)
	pred := extractJSONL(t, seedsDir)
	r := eval.Score(gold, pred)
	t.Log(r.Line())
	assert.Contains(t, out, r.Line())
	assert.GreaterOrEqual(t, r.F1, 0.97, "span F1")
	assert.GreaterOrEqual(t, r.ValueAcc, 0.99, "value accuracy")
	assert.GreaterOrEqual(t, r.UnitAcc, 0.99, "unit accuracy")
	assert.GreaterOrEqual(t, r.QualifierAcc, 0.95, "qualifier accuracy")
	assert.GreaterOrEqual(t, r.ChangeAcc, 0.95, "change accuracy")
	assert.GreaterOrEqual(t, r.MetricAcc, 0.85, "metric accuracy")
}

func extractJSONL(t *testing.T, args ...string) []eval.Figure {
	t.Helper()
	code, out, errs := run(t, append([]string{"extract", "--format", "jsonl"}, args...)...)
	require.Equal(t, 0, code, errs)
	figs, err := eval.ReadJSONL(strings.NewReader(out), "stdout")
	require.NoError(t, err)
	return figs
}

// zhmetrics eval agrees with shared/eval/score.py, the reference scorer.
func TestEvalAgreesWithScorePy(t *testing.T) {
	script := "../../../shared/eval/score.py"
	if _, err := os.Stat(script); err != nil {
		t.Skip("shared/eval/score.py not beside the repository")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("no python3")
	}
	_, out, _ := run(t, "extract", "--format", "jsonl", seedsDir)
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	require.NoError(t, os.WriteFile(pred, []byte(out), 0o644))
	py, err := exec.Command("python3", script, goldFile, pred).Output()
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(py)), "\n")
	_, ours, _ := run(t, "eval", "--gold", goldFile, seedsDir)
	ourLines := strings.Split(strings.TrimSpace(ours), "\n")
	assert.Equal(t, lines[len(lines)-1], ourLines[len(ourLines)-1])
}

func TestExtractJSONLFields(t *testing.T) {
	code, out, _ := run(t, "extract", filepath.Join(seedsDir, "000_24d7b63103362a38.txt"))
	require.Equal(t, 0, code)
	var first map[string]any
	require.NoError(t, json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &first))
	for _, k := range []string{"doc", "start", "end", "surface", "value", "low", "high", "unit", "dimension", "qualifier", "change", "metric", "period", "sentence"} {
		assert.Contains(t, first, k)
	}
	assert.Equal(t, "000_24d7b63103362a38.txt", first["doc"])
	assert.Equal(t, "173项", first["surface"])

	code, out, _ = run(t, "extract", "--format", "tsv", filepath.Join(seedsDir, "000_24d7b63103362a38.txt"))
	require.Equal(t, 0, code)
	assert.True(t, strings.HasPrefix(out, "doc\tstart\tend\tsurface"))
	assert.Contains(t, out, "8.58亿元\t858000000\t\t\t元\tcurrency\tapprox")
}

func TestExitCodes(t *testing.T) {
	code, _, _ := run(t)
	assert.Equal(t, exitUsage, code)
	code, _, errs := run(t, "frobnicate")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "unknown command")
	code, _, _ = run(t, "run", "--format", "csv")
	assert.Equal(t, exitUsage, code)
	code, _, errs = run(t, "run", "-o", t.TempDir(), "no/such/dir")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "no/such/dir")

	out := t.TempDir()
	code, _, errs = run(t, "run", "-q", "-o", out, seedsDir)
	assert.Equal(t, exitOK, code, errs)
	assert.Contains(t, errs, "documents 5: ok 5, failed 0")

	code, _, errs = run(t, "run", "-q", "-o", t.TempDir(), "../../testdata/inputs")
	assert.Equal(t, exitFailed, code, "some documents failed")
	assert.Contains(t, errs, "binary.txt")
	assert.Contains(t, errs, "failed 5")
}

func TestDiff(t *testing.T) {
	out := t.TempDir()
	code, _, errs := run(t, "run", "-q", "-o", out, seedsDir)
	require.Equal(t, exitOK, code, errs)
	code, stdout, _ := run(t, "diff", out, seedsDir)
	assert.Equal(t, exitOK, code, "a dataset and a fresh extraction of its inputs agree")
	assert.Contains(t, stdout, "added 0, removed 0, changed 0")

	changed := t.TempDir()
	b, err := os.ReadFile(filepath.Join(seedsDir, "001_18dbd27aeb4158ef.txt"))
	require.NoError(t, err)
	text := strings.Replace(string(b), "795.3亿元", "795.4亿元", 1) + "\n新增企业12家。"
	require.NoError(t, os.WriteFile(filepath.Join(changed, "001_18dbd27aeb4158ef.txt"), []byte(text), 0o644))
	code, stdout, _ = run(t, "diff", "--format", "jsonl", filepath.Join(seedsDir, "001_18dbd27aeb4158ef.txt"), changed)
	assert.Equal(t, exitFailed, code)
	var kinds []string
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var c figdiff.Change
		require.NoError(t, json.Unmarshal([]byte(line), &c))
		kinds = append(kinds, c.Kind+" "+c.Surface)
	}
	assert.ElementsMatch(t, []string{"removed 795.3亿元", "added 795.4亿元", "added 12家"}, kinds)
}

func TestSchemaCommand(t *testing.T) {
	code, out, _ := run(t, "schema")
	require.Equal(t, exitOK, code)
	for _, col := range []string{"doc_id", "value", "low", "high", "unit", "unit_written", "dimension", "base_value", "qualifier", "change", "metric", "period", "processed_at"} {
		assert.Contains(t, out, col)
	}
	_, md, _ := run(t, "schema", "--markdown")
	assert.Contains(t, md, "| `value` | double | yes |")
}

// README shows the schema as `zhmetrics schema --markdown` prints it.
func TestReadmeSchema(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	_, md, _ := run(t, "schema", "--markdown")
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "| `") {
			assert.Contains(t, string(readme), line, "README's schema is out of date: paste `zhmetrics schema --markdown`")
		}
	}
}

func TestLogFormatJSON(t *testing.T) {
	code, _, errs := run(t, "run", "--log-format", "json", "-o", t.TempDir(), "../../testdata/inputs")
	assert.Equal(t, exitFailed, code)
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	require.Greater(t, len(lines), 3)
	warned := 0
	for _, l := range lines[:len(lines)-1] { // the last line is the summary
		var rec map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &rec), l)
		if rec["level"] == "WARN" {
			warned++
			assert.NotEmpty(t, rec["doc"])
			assert.NotEmpty(t, rec["reason"])
		}
	}
	assert.Equal(t, 6, warned, "one line per failed or skipped document")
	assert.Contains(t, lines[len(lines)-1], "zhmetrics run: documents")
	code, _, _ = run(t, "run", "--log-format", "xml", "-o", t.TempDir())
	assert.Equal(t, exitUsage, code)
}

func TestProgressBar(t *testing.T) {
	var buf bytes.Buffer
	b := &bar{w: &buf}
	b.Start(2, 2000)
	b.Done(1, 1000)
	b.Done(1, 1000)
	b.Finish()
	assert.Contains(t, buf.String(), "/2 docs", "documents done of all")

	// Not a terminal: no bar in the output of a run.
	_, _, errs := run(t, "run", "-o", t.TempDir(), seedsDir)
	assert.NotContains(t, errs, "docs")
}
