package attach_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/pipeline"
)

// changesOf runs the pipeline on text and gives the change of each figure
// by surface, in order.
func changesOf(t *testing.T, text string) map[string]string {
	t.Helper()
	seg, err := pipeline.LoadSegmenter()
	require.NoError(t, err)
	_, figs := pipeline.ExtractText(seg, text, pipeline.Meta{})
	out := map[string]string{}
	for _, f := range figs {
		out[f.Surface] = f.Change
	}
	return out
}

// A change before a range whose two ends have a unit each of a ratio (成 or
// %, 倍) is the change of both ends; a change and the level it reached (增长
// 2.1倍至1.72亿港元, 提升3.8个百分点至54.9%, 增加4600人至155600人) stay apart.
func TestChangeOverRangeOfTwoUnitsWQ5(t *testing.T) {
	for _, c := range []struct{ text, first, second, change2 string }{
		{"西南大部平均降水量较常年同期偏少5成至1倍。", "5成", "1倍", "decrease"},
		{"新疆西南部降水偏多2成至2倍。", "2成", "2倍", "increase"},
		{"全年利润增长60%到1倍。", "60%", "1倍", "increase"},
		{"部分地区降水量偏多8成~1.5倍。", "8成", "1.5倍", "increase"},
		{"股东应占溢利同比增长2.1倍至1.72亿港元。", "2.1倍", "1.72亿港元", "none"},
		{"占比提升3.8个百分点至54.9%。", "3.8个百分点", "54.9%", "none"},
		{"失业人数增加4600人至155600人。", "4600人", "155600人", "none"},
	} {
		got := changesOf(t, c.text)
		require.Contains(t, got, c.first, c.text)
		require.Contains(t, got, c.second, c.text)
		assert.Equal(t, c.change2, got[c.second], "%s: change of %s", c.text, c.second)
	}
}

// A figure in brackets right after a comparison's base is the base's value:
// the base (较常年同期, 比上年) is never its metric; it takes what is
// compared, the main figure's metric, or none.
func TestBracketedBaseValueMetricWQ5(t *testing.T) {
	checkExact(t, []exactWant{
		{"2017年12月，全国平均气温负2.2℃，较常年同期(负2.9℃)偏高0.7℃。", "负2.9℃", "平均气温", "none"},
		{"2017年12月，中国降水量3.6毫米，较常年同期(8.7毫米)偏少58%。", "8.7毫米", "降水量", "none"},
		{"2025年，全国平均气温11.0℃，较常年(9.9℃)偏高1.1℃。", "9.9℃", "平均气温", "none"},
		{"今年全市平均降水量850毫米，比常年(1020毫米)偏少17%。", "1020毫米", "平均降水量", "none"},
		{"全年营业收入120亿元，比上年(100亿元)增长20%。", "100亿元", "营业收入", "none"},
		{"2020年，全市工业产值较上年(1500亿元)增长8%。", "1500亿元", "工业产值", "none"},
	})
}

// 较 of degree before an adjective (较高, 较快) opens no base: the metric stays.
func TestDegreeJiaoIsNoBaseWQ5(t *testing.T) {
	checkExact(t, []exactWant{
		{"广州市民的积极性也较高(88.9%)，上海只有71.4%。", "88.9%", "积极性也较高", ""},
	})
}
