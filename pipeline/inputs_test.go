package pipeline

import (
	"github.com/zhmetrics/zhmetrics/dataset"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHTMLText(t *testing.T) {
	raw, err := os.ReadFile("../testdata/inputs/page.html")
	require.NoError(t, err)
	text, m, err := HTMLText(string(raw))
	require.NoError(t, err)
	assert.Equal(t, "南沙区上半年经济运行情况", m.Title)
	assert.Equal(t, "2024-07-20", m.Date.Format(time.DateOnly))
	assert.Equal(t, "https://www.example.gov.cn/nansha/2024/07/20.html", m.URL)
	assert.Contains(t, text, "上半年，南沙区实现地区生产总值1,235.6亿元，同比增长4.2%。")
	assert.Contains(t, text, "新设企业约2.4万家\n新增就业岗位超过1.2万个", "a <br> ends a line")
	assert.NotContains(t, text, "100亿元", "no script text")
	assert.NotContains(t, text, "99亿元", "no style text")
}

func TestProcessHTML(t *testing.T) {
	seg, err := LoadSegmenter()
	require.NoError(t, err)
	d := ReadAndProcess(seg, Input{Path: "../testdata/inputs/page.html", DocID: "page.html", Kind: KindHTML}, 0)
	require.Equal(t, StatusOK, d.Status, d.Error)
	var surfaces []string
	for _, f := range d.Figures {
		surfaces = append(surfaces, f.Surface)
	}
	assert.Equal(t, []string{"1,235.6亿元", "4.2%", "2.4万家", "1.2万个", "3.1%"}, surfaces)
	assert.Equal(t, "地区生产总值", d.Figures[0].Metric)
	assert.Equal(t, "decrease", d.Figures[4].Change)
	assert.Equal(t, "固定资产投资", d.Figures[4].Metric, "a table row is a line: metric from the cell before")
	assert.Equal(t, "南沙区上半年经济运行情况", d.Meta.Title)
}

func TestExpandJSONL(t *testing.T) {
	ins, err := Expand([]Input{{Path: "../testdata/inputs/corpus.jsonl", DocID: "corpus.jsonl", Kind: KindJSONL}})
	require.NoError(t, err)
	var ids, errs []string
	for _, in := range ins {
		ids = append(ids, in.DocID)
		errs = append(errs, in.Err)
	}
	assert.Equal(t, []string{"corpus.jsonl#a1", "corpus.jsonl#2", "corpus.jsonl#line3", "corpus.jsonl#line4", "corpus.jsonl#line5", "corpus.jsonl#繁體"}, ids)
	assert.Empty(t, errs[0])
	assert.Contains(t, errs[2], "line 3: not a JSON object")
	assert.Equal(t, `line 4: id "a1" already used on line 1`, errs[3])
	assert.Equal(t, `line 5: no "id"`, errs[4])

	seg, err := LoadSegmenter()
	require.NoError(t, err)
	d := ReadAndProcess(seg, ins[0], 0)
	require.Equal(t, StatusOK, d.Status, d.Error)
	assert.Equal(t, "海关快讯", d.Meta.Title)
	assert.Equal(t, "2024-11-10", d.Meta.Date.Format(time.DateOnly))
	require.Len(t, d.Figures, 2)
	assert.Equal(t, "36.02万亿元", d.Figures[0].Surface)
	assert.InDelta(t, 3.602e13, *d.Figures[0].Value, 1)
	assert.Equal(t, "前10个月", d.Figures[0].Period)

	bad := ReadAndProcess(seg, ins[2], 0)
	assert.Equal(t, StatusError, bad.Status)
	assert.Contains(t, bad.Error, "line 3")

	trad := ReadAndProcess(seg, ins[5], 0)
	require.Equal(t, StatusOK, trad.Status, trad.Error)
	require.Len(t, trad.Figures, 2)
	assert.Equal(t, "1,234.5億港元", trad.Figures[0].Surface)
	assert.InDelta(t, 1.2345e11, *trad.Figures[0].Value, 1)
	assert.Equal(t, "港元", trad.Figures[0].Unit)
	assert.Equal(t, "百分之十二點五", trad.Figures[1].Surface)
	assert.InDelta(t, 12.5, *trad.Figures[1].Value, 1e-9)
	assert.Equal(t, "increase", trad.Figures[1].Change)
}

func TestRunJSONLIncremental(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("../testdata/inputs/corpus.jsonl")
	require.NoError(t, err)
	path := filepath.Join(dir, "c.jsonl")
	require.NoError(t, os.WriteFile(path, src, 0o644))
	out := t.TempDir()
	first := runSeeds(t, out, Options{Inputs: []string{dir}})
	assert.Equal(t, 6, first.Documents)
	assert.Equal(t, 3, first.Failed, "three bad lines, each its own error")
	// Append a line: only it is processed.
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0o644)
	require.NoError(t, err)
	_, err = f.WriteString(`{"id": "new", "text": "新增企业12家。"}` + "\n")
	require.NoError(t, err)
	require.NoError(t, f.Close())
	second := runSeeds(t, out, Options{Inputs: []string{dir}, BatchDocs: 1})
	assert.Equal(t, 7, second.Documents)
	assert.LessOrEqual(t, second.Processed, 7)
	rows, err := dataset.ReadFigures(out)
	require.NoError(t, err)
	found := false
	for _, r := range rows {
		found = found || r.DocID == "c.jsonl#new" && r.Surface == "12家"
	}
	assert.True(t, found)
}

// Expand keeps the inputs' order around a JSONL file's documents, passes
// a JSONL file it does not read (an error, a skip) through, and gives a list
// without JSONL back as it is, with no room to grow.
func TestExpandOrderAndPassThrough(t *testing.T) {
	plain := make([]Input, 3, 10)
	plain[0] = Input{Path: "a.txt", DocID: "a.txt", Kind: KindText}
	plain[1] = Input{Path: "b.jsonl", DocID: "b.jsonl", Kind: KindJSONL, Err: "broken symbolic link"}
	plain[2] = Input{Path: "c.jsonl", DocID: "c.jsonl", Kind: KindJSONL, Skip: "named pipe"}
	got, err := Expand(plain)
	require.NoError(t, err)
	assert.Equal(t, plain, got)
	assert.Equal(t, len(got), cap(got))

	mixed := append(plain[:1:1], Input{Path: "../testdata/inputs/corpus.jsonl", DocID: "corpus.jsonl", Kind: KindJSONL}, plain[2])
	got, err = Expand(mixed)
	require.NoError(t, err)
	var ids []string
	for _, in := range got {
		ids = append(ids, in.DocID)
	}
	assert.Equal(t, []string{"a.txt", "corpus.jsonl#a1", "corpus.jsonl#2", "corpus.jsonl#line3", "corpus.jsonl#line4", "corpus.jsonl#line5", "corpus.jsonl#繁體", "c.jsonl"}, ids)
	assert.Equal(t, len(got), cap(got))
}
