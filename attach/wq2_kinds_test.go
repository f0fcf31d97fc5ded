package attach_test

import "testing"

// A share's noun (份额, 占比, 比例) keeps the subject written right before it:
// the brand, the market or the group whose share it is, not the noun alone.
func TestShareKeepsItsSubjectWq2(t *testing.T) {
	check(t, []example{
		{"2023年，合资品牌市场份额为35%。", []want{{surface: "35%", metric: "合资品牌市场份额"}}},
		{"合资品牌新能源车份额为3.4%，同比下降2.3个百分点。", []want{
			{surface: "3.4%", metric: "合资品牌新能源车份额"},
			{surface: "2.3个百分点", metric: "合资品牌新能源车份额", change: "decrease"}}},
		{"特斯拉份额为6.4%，较去年同期小幅增长0.6个百分点。", []want{
			{surface: "6.4%", metric: "特斯拉份额"},
			{surface: "0.6个百分点", metric: "特斯拉份额", change: "increase"}}},
		{"今年以来北京市优良天数比例为81.5%。", []want{{surface: "81.5%", metric: "优良天数比例"}}},
		{"农村人口占比为35%。", []want{{surface: "35%", metric: "农村人口占比"}}},
		// a share's noun that opens its clause still takes the subject before the comma
		{"服务业增加值为100亿元，占比为55%。", []want{{surface: "55%", metric: "服务业增加值"}}},
	})
}

// A change verb used as the noun after a figure and 的 (实现了18.7%的增长,
// 出现3.2%的下降) makes the figure that change, as a rate noun does (录得1.2%的跌幅).
func TestChangeNounAfterFigureWq2(t *testing.T) {
	check(t, []example{
		{"新能源车零售量环比也实现了18.7%的增长。", []want{{surface: "18.7%", metric: "零售量", change: "increase"}}},
		{"一季度，工业用电量出现3.2%的下降。", []want{{surface: "3.2%", metric: "工业用电量", change: "decrease"}}},
		{"全市外贸进出口实现了12.5%的增长。", []want{{surface: "12.5%", metric: "外贸进出口", change: "increase"}}},
		{"企业数量保持了5%以上的增长。", []want{{surface: "5%", metric: "企业数量", change: "increase"}}},
		// a longer noun that begins with a change word names no change
		{"第二产业实现20亿元的增加值。", []want{{surface: "20亿元", metric: "第二产业", change: "none"}}},
	})
}
