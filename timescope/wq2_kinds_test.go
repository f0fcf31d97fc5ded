package timescope

import "testing"

// A comparison base's own figure after a currency's name or a qualifier
// (较去年同期的人民币277亿元, 较去年同期3.760亿: words.tsv kind prefigure, 的
// optional) takes the base's time; the change after it keeps the period reported.
func TestBaseFigureAfterCurrencyWq2(t *testing.T) {
	run(t, "2024年第二季度业绩\n总收入为人民币310亿元，较去年同期的人民币277亿元增长11.6%。", "2024-08-20",
		want{"310亿元", "2024年第二季度", "2024-04-01", "2024-06-30"},
		want{"277亿元", "去年同期", "2023-04-01", "2023-06-30"},
		want{"11.6%", "2024年第二季度", "2024-04-01", "2024-06-30"})
	run(t, "2024年第二季度，日活跃用户为3.953亿，较去年同期3.760亿增长5.1%。", "2024-08-20",
		want{"3.760亿", "去年同期", "2023-04-01", "2023-06-30"},
		want{"5.1%", "2024年第二季度", "2024-04-01", "2024-06-30"})
	run(t, "2023年，出口额为500亿美元，比上年的约450亿美元增长11%。", "",
		want{"450亿美元", "上年", "2022-01-01", "2022-12-31"},
		want{"11%", "2023年", "2023-01-01", "2023-12-31"})
}

// 自 + a time + 的 + a figure opens a change, as 由 does (自去年同期的人民币27亿元
// 增长至人民币47亿元): the time governs the start only; 自…起 stays a time from which.
func TestFromWithZiWq2(t *testing.T) {
	run(t, "2024年第二季度，经调整利润净额自去年同期的人民币27亿元增长至人民币47亿元。", "2024-08-20",
		want{"27亿元", "去年同期", "2023-04-01", "2023-06-30"},
		want{"47亿元", "2024年第二季度", "2024-04-01", "2024-06-30"})
	run(t, "2023年，平均票价自上年的45元降至42元。", "",
		want{"45元", "上年", "2022-01-01", "2022-12-31"},
		want{"42元", "2023年", "2023-01-01", "2023-12-31"})
	run(t, "自2019年10月1日起，补贴标准为每人500元。", "",
		want{"500元", "自2019年10月1日起", "2019-10-01", ""})
}

// 去年同期 in a list item of prose governs its sentence only, as in a body
// paragraph: the next sentence of the item is about the period reported again.
func TestSamePeriodInItemWq2(t *testing.T) {
	run(t, "2024年第二季度业绩摘要\n- 期内利润为人民币40亿元，去年同期为人民币15亿元。海外分部经营亏损同比缩窄64.5%。", "2024-08-20",
		want{"40亿元", "2024年第二季度", "2024-04-01", "2024-06-30"},
		want{"15亿元", "去年同期", "2023-04-01", "2023-06-30"},
		want{"64.5%", "2024年第二季度", "2024-04-01", "2024-06-30"})
}

// The same under a heading's time, where 去年同期 alone would govern its sentence.
func TestFromWithZiUnderHeadingWq2(t *testing.T) {
	run(t, "2024年第二季度业绩摘要\n- 国内分部经营利润(3)自去年同期的人民币30亿元增加至人民币45亿元。", "2024-08-20",
		want{"30亿元", "去年同期", "2023-04-01", "2023-06-30"},
		want{"45亿元", "2024年第二季度", "2024-04-01", "2024-06-30"})
	run(t, "2023年年报\n平均票价自上年的45元降至42元。", "",
		want{"45元", "上年", "2022-01-01", "2022-12-31"},
		want{"42元", "2023年", "2023-01-01", "2023-12-31"})
}
