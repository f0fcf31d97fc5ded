package extract_test

import "testing"

// An amount with a scale and no unit after a noun of users (活跃用户, 付费用户,
// 注册用户: lexicon kind unitnoun) counts people, as after 用户规模.
func TestUsersNameTheUnitWq2(t *testing.T) {
	runTable(t, table{
		{"快手应用平均日活跃用户为3.953亿。", []want{{Surface: "3.953亿", Value: 3.953e8, Unit: "人"}}},
		{"平均月活跃用户达到6.9亿，同比增长2.7%。", []want{
			{Surface: "6.9亿", Value: 6.9e8, Unit: "人"},
			{Surface: "2.7%", Value: 2.7, Unit: "%", Change: "increase"}}},
		{"付费用户为1.2亿，较上年增加1000万。", []want{
			{Surface: "1.2亿", Value: 1.2e8, Unit: "人"},
			{Surface: "1000万", Value: 1e7, Unit: "人", Change: "increase"}}},
		{"平台注册用户突破5亿。", []want{{Surface: "5亿", Value: 5e8, Unit: "人", Qualifier: "over"}}},
		// a noun that is no noun of users still names nothing
		{"投资项目12万。", nil},
	})
}

// A bare amount that is a comparison's base, in a clause that is only 较/比
// and a time before it and a change word after it, is in the unit of the
// figure before it: the level that was compared with.
func TestBareBaseAmountWq2(t *testing.T) {
	runTable(t, table{
		{"日活跃用户为3.953亿，较去年同期3.760亿增长5.1%。", []want{
			{Surface: "3.953亿", Value: 3.953e8, Unit: "人"},
			{Surface: "3.760亿", Value: 3.76e8, Unit: "人"},
			{Surface: "5.1%", Value: 5.1, Unit: "%", Change: "increase"}}},
		{"网民规模达10.79亿，较上年同期10.67亿增长1.1%。", []want{
			{Surface: "10.79亿", Value: 1.079e9, Unit: "人"},
			{Surface: "10.67亿", Value: 1.067e9, Unit: "人"},
			{Surface: "1.1%", Value: 1.1, Unit: "%", Change: "increase"}}},
		{"营收100亿元，比上年的90亿增长11%。", []want{
			{Surface: "100亿元", Value: 1e10, Unit: "元"},
			{Surface: "90亿", Value: 9e9, Unit: "元"},
			{Surface: "11%", Value: 11, Unit: "%", Change: "increase"}}},
		// no change after it: no base, and no unit to give
		{"营收100亿元，较上年90亿。", []want{{Surface: "100亿元", Value: 1e10, Unit: "元"}}},
		// another noun in the clause: it counts something else
		{"营收100亿元，较上年项目90亿增长11%。", []want{
			{Surface: "100亿元", Value: 1e10, Unit: "元"},
			{Surface: "11%", Value: 11, Unit: "%", Change: "increase"}}},
	})
}

// 缩窄 and 缩减 (a loss or a gap narrowed, a budget cut) are falls.
func TestNarrowedIsAFallWq2(t *testing.T) {
	runTable(t, table{
		{"海外分部经营亏损同比大幅缩窄64.5%。", []want{{Surface: "64.5%", Value: 64.5, Unit: "%", Change: "decrease"}}},
		{"贸易逆差缩窄120亿美元。", []want{{Surface: "120亿美元", Value: 1.2e10, Unit: "美元", Change: "decrease"}}},
		{"行政开支缩减15%。", []want{{Surface: "15%", Value: 15, Unit: "%", Change: "decrease"}}},
	})
}

// A lone 日, 月 or 周 right before the head of a user count (活跃用户, 活跃账户,
// 付费用户: lexicon kind cadence) makes it daily, monthly or weekly: part of
// the metric, no time; after a numeral it is the month (3月活跃用户).
func TestCadenceInNameWq2(t *testing.T) {
	runTable(t, table{
		{"快手应用平均日活跃用户为3.953亿。", []want{{Surface: "3.953亿", Value: 3.953e8, Unit: "人", Metric: "快手应用平均日活跃用户"}}},
		{"微博月活跃用户为5.23亿人。", []want{{Surface: "5.23亿人", Value: 5.23e8, Unit: "人", Metric: "微博月活跃用户"}}},
		{"月付费用户达到1.1亿人。", []want{{Surface: "1.1亿人", Value: 1.1e8, Unit: "人", Metric: "月付费用户"}}},
		{"3月活跃用户为5亿人。", []want{{Surface: "5亿人", Value: 5e8, Unit: "人", Metric: "活跃用户"}}},
	})
	// runTable's metric is contained in the figure's; these are whole
	exactMetric(t, []struct{ sentence, surface, metric string }{
		{"3月活跃用户为5亿人。", "5亿人", "活跃用户"},
		{"微博月活跃用户为5.23亿人。", "5.23亿人", "微博月活跃用户"},
	})
}
