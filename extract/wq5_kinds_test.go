package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/extract"
)

// A change word before 达 keeps its change when the segmenter cuts it with
// a filler that takes its last character (偏|高达, 偏|多达), and the metric
// stops before the change word.
func TestChangeWordBeforeDaWQ5(t *testing.T) {
	for _, c := range []struct{ sentence, surface, metric, change string }{
		{"华南平均气温偏高达2℃。", "2℃", "平均气温", extract.Increase},
		{"西北地区东部平均气温偏高达2℃~4℃。", "2℃~4℃", "", extract.Increase},
		{"华南降水偏多达2倍。", "2倍", "降水", extract.Increase},
		{"局部地区降水偏少达8成。", "8成", "", extract.Decrease},
		{"全市工业产值增长达12.5%。", "12.5%", "工业产值", extract.Increase},
		{"出口额下降达6.3%。", "6.3%", "出口额", extract.Decrease},
		{"东北平均气温偏低达3℃。", "3℃", "平均气温", extract.Decrease},
		{"本月全国平均气温偏暖2℃~4℃。", "2℃~4℃", "", extract.Increase},
		{"最高气温高达38℃。", "38℃", "最高气温", extract.NoChange},
	} {
		f := figureOf(t, c.sentence, c.surface)
		require.NotNil(t, f, "%s: no figure %s", c.sentence, c.surface)
		assert.Equal(t, c.change, f.Change, "%s: change of %s", c.sentence, c.surface)
		if c.metric != "" {
			assert.Contains(t, f.Metric, c.metric, "%s: metric of %s", c.sentence, c.surface)
			assert.NotContains(t, f.Metric, "偏", "%s: metric of %s", c.sentence, c.surface)
		}
	}
}

// 多达, 高达 after a noun or 最 are a level's fillers: no change.
func TestDaAfterNoChangeWQ5(t *testing.T) {
	for _, c := range []struct{ sentence, surface string }{
		{"单日降雨量最多达120毫米。", "120毫米"},
		{"参会人数多达300人。", "300人"},
		{"全天气温最高达38℃。", "38℃"},
		{"阵风高达10级。", "10级"},
	} {
		got := extract.Extract(c.sentence, tokens(t, c.sentence))
		for _, f := range got {
			if f.Surface == c.surface {
				assert.Equal(t, extract.NoChange, f.Change, "%s: change of %s", c.sentence, c.surface)
			}
		}
	}
}
