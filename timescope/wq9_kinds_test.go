package timescope

import "testing"

// A record's since written as a span or a vague time (近5年以来, 近10年来,
// 近年来) is no period, nor is the 同期 read apart after it (为近5年以来同期
// 最多): neither governs the figures after it, which keep the time before.
func TestRecordSpanIsNoPeriodWQ9(t *testing.T) {
	run(t, "今年入汛以来，全省共有118条河流发生超警洪水，为近5年以来同期最多。\n当前全省江河水位较常年偏高0.5米，均高于1998年同期。", "2024-07-10",
		want{"118条", "今年", "2024-01-01", "2024-12-31"},
		want{"0.5米", "今年", "2024-01-01", "2024-12-31"})
	run(t, "2023年，全市降水量1520毫米，为近10年来同期最多；暴雨日数12天。", "",
		want{"1520毫米", "2023年", "2023-01-01", "2023-12-31"},
		want{"12天", "2023年", "2023-01-01", "2023-12-31"})
	run(t, "2022年夏季，全省平均气温为近年来最高，高温日数18天。", "",
		want{"18天", "2022年夏季", "2022-06-01", "2022-08-31"})
	run(t, "1至8月，全省高温日数为1961年以来同期第三多，共有12个站突破极值。", "2024-09-05",
		want{"12个", "1至8月", "2024-01-01", "2024-08-31"})
	// a year listed before such a since is a record's too
	run(t, "累计1至8月平均工资增加2.98%，是2001年、25年来同期最高。扣除物价后，实质工资年增1.12%。", "2025-10-14",
		want{"2.98%", "1至8月", "2025-01-01", "2025-08-31"},
		want{"1.12%", "1至8月", "2025-01-01", "2025-08-31"})
	// a base written <year>同期 after a word of comparison is one base
	run(t, "2024年5月，全市游客人数超过2019年同期，达到500万人次。", "",
		want{"500万人次", "2024年5月", "2024-05-01", "2024-05-31"})
	// 以来同期 without a record word: the since governs as before
	run(t, "2015年以来，全市累计新增就业30万人。", "",
		want{"30万人", "2015年以来", "2015-01-01", ""})
}

// A month with its as-of day in a bracket (2017年12月(截至27日)) is one
// period, from the month's first day to that day, for the sentence and
// the paragraphs after it.
func TestMonthAsOfDayWQ9(t *testing.T) {
	run(t, "2017年12月(截至27日)，全国平均气温负2.2℃，较常年同期偏高0.7℃。\n2017年12月(截至27日)，全国降水量3.6毫米。", "",
		want{"负2.2℃", "2017年12月(截至27日)", "2017-12-01", "2017-12-27"},
		want{"0.7℃", "2017年12月(截至27日)", "2017-12-01", "2017-12-27"},
		want{"3.6毫米", "2017年12月(截至27日)", "2017-12-01", "2017-12-27"})
	run(t, "6月（截至25日），全省降水量偏少3成。", "2024-06-26",
		want{"3成", "6月（截至25日）", "2024-06-01", "2024-06-25"})
}

// A bare month after a range of dekads across the year takes the range's
// end year (the range is one expression, its interval ending in 2021).
func TestMonthAfterCrossYearRangeWQ9(t *testing.T) {
	run(t, "2020年12月上旬至2021年1月上旬，气温以偏冷为主；1月中旬之后气温回升，2月平均气温偏高2.9℃。", "",
		want{"2.9℃", "2月", "2021-02-01", "2021-02-28"})
	run(t, "2020年12月上旬至2021年1月上旬，全省降水量52毫米；2月，全省降水量30毫米。", "",
		want{"52毫米", "2020年12月上旬至2021年1月上旬", "2020-12-01", "2021-01-10"},
		want{"30毫米", "2月", "2021-02-01", "2021-02-28"})
	run(t, "2018年11月下旬至2019年1月中旬，全市用电量120亿千瓦时；3月用电量45亿千瓦时。", "",
		want{"120亿千瓦时", "2018年11月下旬至2019年1月中旬", "2018-11-21", "2019-01-20"},
		want{"45亿千瓦时", "3月", "2019-03-01", "2019-03-31"})
	// a range of whole months did so already
	run(t, "2020年12月至2021年1月，全省降水量52毫米；2月，全省降水量30毫米。", "",
		want{"30毫米", "2月", "2021-02-01", "2021-02-28"})
}
