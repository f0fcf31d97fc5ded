package extract_test

import "testing"

// The base of a comparison between a metric and its figure, opened by a
// word of timex's kinds compareopen/compareopenstart and closed by one of
// comparefar, is
// stepped over: the metric is what stands before it. A speed takes the
// unit of time of its pertime word.
func TestComparisonBaseWords(t *testing.T) {
	runTable(t, table{
		{"零售业总销货价值与去年同月比较上升12.5%", []want{{Surface: "12.5%", Value: 12.5, Unit: "%", Change: "increase", Metric: "零售业总销货价值"}}},
		{"出口额同上年相比增长5.2%", []want{{Surface: "5.2%", Value: 5.2, Unit: "%", Change: "increase", Metric: "出口额"}}},
		{"出口额跟上年对比增长5.2%", []want{{Surface: "5.2%", Value: 5.2, Unit: "%", Change: "increase", Metric: "出口额"}}},
		{"出口额和上年相较增长5.2%", []want{{Surface: "5.2%", Value: 5.2, Unit: "%", Change: "increase", Metric: "出口额"}}},
		{"汽车每秒钟30米", []want{{Surface: "30米", Value: 30, Unit: "米/秒"}}},
	})
}
