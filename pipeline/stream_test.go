package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/dataset"
	"github.com/zhmetrics/zhmetrics/schema"
)

// Fault 9: a document processed chunk by chunk (its rows written as they
// come) gives exactly the rows of the same document processed whole.
func TestStreamingMatchesWhole(t *testing.T) {
	files, err := filepath.Glob("../seeds/*.txt")
	require.NoError(t, err)
	var b strings.Builder
	b.WriteString("标题：统计公报\n日期：2024年3月1日\n\n")
	for i := 0; i < 3; i++ {
		for _, f := range files {
			text, err := os.ReadFile(f)
			require.NoError(t, err)
			b.Write(text)
			b.WriteString("\n\n")
		}
	}
	// A line longer than four chunks: cut within the line, where no figure is.
	b.WriteString(strings.Repeat("全年新增企业12家，投资约3亿元，增长5.2%", 300) + "\n")
	in := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(in, "big.txt"), []byte(b.String()), 0o644))
	chunkBytes = 4 << 10
	defer func() { chunkBytes = ChunkBytes }()

	whole, streamed := t.TempDir(), t.TempDir()
	runSeeds(t, whole, Options{Inputs: []string{in}, StreamBytes: -1})
	sum := runSeeds(t, streamed, Options{Inputs: []string{in}, StreamBytes: 1, Workers: 3})
	assert.Equal(t, 1, sum.OK)
	wf, err := dataset.ReadFigures(whole)
	require.NoError(t, err)
	sf, err := dataset.ReadFigures(streamed)
	require.NoError(t, err)
	require.Greater(t, len(wf), 300)
	assert.Equal(t, len(wf), len(sf))
	// The long line is cut elsewhere than in the whole document, so its
	// sentence column and numbering differ. The document-level stages see a
	// chunk with the document's title, date and time frame, not the
	// paragraphs before it, so metric, change and period may differ near a
	// chunk's start; every figure the sentence rules find is the same.
	for i := range wf {
		if i < len(sf) {
			for _, r := range []*schema.FigureRow{&wf[i], &sf[i]} {
				r.Sentence, r.SentenceIndex, r.Metric, r.Change, r.Compare = "", 0, "", "", ""
				r.Period, r.PeriodStart, r.PeriodEnd = "", nil, nil
			}
		}
	}
	assert.Equal(t, wf, sf)
	wd, err := dataset.ReadDocuments(whole)
	require.NoError(t, err)
	sd, err := dataset.ReadDocuments(streamed)
	require.NoError(t, err)
	require.Len(t, sd, 1)
	wd[0].ProcessedAt, sd[0].ProcessedAt = time.Time{}, time.Time{}
	wd[0].Sentences = sd[0].Sentences
	assert.Equal(t, wd, sd)
	problems, err := dataset.Verify(streamed)
	require.NoError(t, err)
	assert.Empty(t, problems)
}

// A unit declared with 下同 governs the amounts with a scale and no unit
// after it in the whole document: a streamed document carries it from the
// chunk that declares it to the later ones, across chunks that declare
// nothing, and a later declaration replaces it.
func TestStreamingCarriesDeclaredUnit(t *testing.T) {
	filler := strings.Repeat("全年新增企业12家，同比增长5.2%。\n", 200) // about 10 KB: several chunks
	text := "标题：年度报告\n日期：2024年3月1日\n\n" +
		"公司营收500亿（新台币，下同），年增3%。\n" + filler +
		"全年净利润达到36.5亿。\n" + filler +
		"基金资产4200亿(港元, 下同)。\n" + filler +
		"全年营收突破3100亿。\n"
	in := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(in, "big.txt"), []byte(text), 0o644))
	chunkBytes = 4 << 10
	defer func() { chunkBytes = ChunkBytes }()

	units := func(opts Options) map[string]string {
		out := t.TempDir()
		opts.Inputs = []string{in}
		runSeeds(t, out, opts)
		figs, err := dataset.ReadFigures(out)
		require.NoError(t, err)
		got := map[string]string{}
		for _, f := range figs {
			if strings.HasSuffix(f.Surface, "亿") {
				got[f.Surface] = f.Unit
			}
		}
		return got
	}
	want := map[string]string{"500亿": "新台币", "36.5亿": "新台币", "4200亿": "港元", "3100亿": "港元"}
	assert.Equal(t, want, units(Options{StreamBytes: -1}), "whole")
	assert.Equal(t, want, units(Options{StreamBytes: 1, Workers: 3}), "streamed, 3 workers")
	assert.Equal(t, want, units(Options{StreamBytes: 1, Workers: 1}), "streamed, 1 worker")
}
