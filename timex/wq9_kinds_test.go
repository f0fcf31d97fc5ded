package timex

import "testing"

// wq9AsOfDay: a bracketed as-of day right after a single month narrows
// that month: the expression is the month with its bracket, from the
// month's first day to that day; a day the month does not have gives no
// interval, and a bracket that holds more than the day (an hour) or follows
// a span of months is not read with it.
var wq9AsOfDay = []normaliserRow{
	{"2017年12月(截至27日)，全国平均气温", "", "", "2017年12月(截至27日)", "2017-12-01", "2017-12-27"},
	{"2024年3月（截至25日），全省降水量", "", "", "2024年3月（截至25日）", "2024-03-01", "2024-03-25"},
	{"2023年6月(截止20日)，入境旅客", "", "", "2023年6月(截止20日)", "2023-06-01", "2023-06-20"},
	{"8月(截至15号)，全市用电量", "2022-08-16", "", "8月(截至15号)", "2022-08-01", "2022-08-15"},
	{"2023年2月(截至30日)，降水", "", "", "2023年2月(截至30日)", "", ""},
	{"2017年12月(截至27日24时)，全国", "", "", "2017年12月", "2017-12-01", "2017-12-31"},
	{"2017年1-11月(截至27日)，全国", "", "", "2017年1-11月", "2017-01-01", "2017-11-30"},
	{"2017年12月(含27日)，全国", "", "", "2017年12月", "2017-12-01", "2017-12-31"},
}

func TestAsOfDayBracketWQ9(t *testing.T) {
	checkRows(t, wq9AsOfDay)
}

// wq9DekadRanges: a range of dekads (上旬, 中旬, 下旬) across a year or
// within one is one expression, from the first day of the first dekad to
// the last day of the second (下旬: the month's last); a month range
// ending in a dekad ends on its last day; without a year it is not read
// as a range.
var wq9DekadRanges = []normaliserRow{
	{"2020年12月上旬至2021年1月上旬，气温偏冷", "", "", "2020年12月上旬至2021年1月上旬", "2020-12-01", "2021-01-10"},
	{"2018年7月下旬至8月上旬，东北地区平均气温", "", "", "2018年7月下旬至8月上旬", "2018-07-21", "2018-08-10"},
	{"2019年12月中旬至2020年2月下旬，全省降水", "", "", "2019年12月中旬至2020年2月下旬", "2019-12-11", "2020-02-29"},
	{"2024年2月中旬至2月下旬，全市用电", "", "", "2024年2月中旬至2月下旬", "2024-02-11", "2024-02-29"},
	{"2020年12月至2021年1月中旬，全省气温", "", "", "2020年12月至2021年1月中旬", "2020-12-01", "2021-01-20"},
	{"今年5月上旬至6月中旬，全省降雨", "2023-07-01", "", "今年5月上旬至6月中旬", "2023-05-01", "2023-06-20"},
	// no month after the mark: the first dekad alone
	{"2024年3月上旬至中旬，全省", "", "", "2024年3月上旬", "2024-03-01", "2024-03-10"},
}

func TestDekadRangesWQ9(t *testing.T) {
	checkRows(t, wq9DekadRanges)
}
