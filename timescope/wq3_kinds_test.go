package timescope

import "testing"

// A time right before a word of a price basis (上年不变价, 2020年可比价:
// words.tsv kind pricebasis) is the basis a volume is measured in, not a
// period: the time that governs the figure is its period.
func TestPriceBasisIsNoPeriodWQ3(t *testing.T) {
	run(t, "1-10月份,电信业务收入累计完成14601亿元。按照上年不变价计算的电信业务总量同比增长23.4%。", "2023-11-20",
		want{"14601亿元", "1-10月份", "2023-01-01", "2023-10-31"},
		want{"23.4%", "1-10月份", "2023-01-01", "2023-10-31"})
	run(t, "前三季度,按照上年不变价计算的电信业务总量同比增长10%。", "2024-10-20",
		want{"10%", "前三季度", "2024-01-01", "2024-09-30"})
	run(t, "2023年,全省按2020年可比价计算的农业总产值增长4.1%。", "2024-02-01",
		want{"4.1%", "2023年", "2023-01-01", "2023-12-31"})
}

// 年初 alone before the name of a plan (年初预算, 年初计划, 年初目标: words.tsv
// kind planname) is part of that name, the plan adopted at the year's start,
// not a period: the time that governs the clause is the figure's.
func TestPlanNameIsNoPeriodWQ3(t *testing.T) {
	run(t, "4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%,比上年减收1070万元。", "2024-05-16",
		want{"24627万元", "4月", "2024-04-01", "2024-04-30"},
		want{"60999万元", "4月", "2024-04-01", "2024-04-30"},
		want{"40.4%", "4月", "2024-04-01", "2024-04-30"})
	run(t, "上半年,全市一般公共预算收入完成38.3亿元,完成年初预算的53.5%。", "2018-08-27",
		want{"53.5%", "上半年", "2018-01-01", "2018-06-30"})
	run(t, "1-9月,固定资产投资完成120亿元,完成年初计划的78%。", "2022-10-15",
		want{"78%", "1-9月", "2022-01-01", "2022-09-30"})
	// 年初 that is a time stays one: the stock at the start of the year
	run(t, "2023年年初,全市户籍人口为120万人。", "2023-06-01",
		want{"120万人", "2023年年初", "2023-01-01", "2023-01-01"})
}
