package extract_test

import "testing"

// A change, then the level it reached, with a qualifier of the change's
// figure between the verb and the number (约) and thousands separators.
func TestChangeThenLevelU(t *testing.T) {
	runTable(t, table{
		{"总劳动人口减少约1,500人至3,830,100人", []want{
			{Surface: "1,500人", Value: 1500, Unit: "人", Qualifier: "approx", Change: "decrease"},
			{Surface: "3,830,100人", Value: 3830100, Unit: "人", Qualifier: "exact", Change: "none"}}},
		{"失业人数增加约4,600人至155,600人", []want{
			{Surface: "4,600人", Value: 4600, Unit: "人", Qualifier: "approx", Change: "increase"},
			{Surface: "155,600人", Value: 155600, Unit: "人", Change: "none"}}},
		{"存款增加超过96亿港元至22509亿港元", []want{
			{Surface: "96亿港元", Value: 9.6e9, Unit: "港元", Qualifier: "over", Change: "increase"},
			{Surface: "22509亿港元", Value: 2.2509e12, Unit: "港元"}}},
		// the second end not far above the first: a range
		{"人数约1,500人至3,000人", []want{{Surface: "1,500人至3,000人", Low: 1500, High: 3000, Unit: "人"}}},
	})
}

// 几 (Cantonese 幾) after a numeral or a scale, like 多: some more.
func TestVagueTailU(t *testing.T) {
	runTable(t, table{
		{"其余三成几是访港旅客", []want{{Surface: "三成几", Value: 30, Unit: "%", Qualifier: "over"}}},
		{"失业率三成多", []want{{Surface: "三成多", Value: 30, Unit: "%", Qualifier: "over"}}},
		{"现场有百几人", []want{{Surface: "百几人", Value: 100, Unit: "人", Qualifier: "over"}}},
		{"现场有百多人", []want{{Surface: "百多人", Value: 100, Unit: "人", Qualifier: "over"}}},
		{"全日有三万几人次入境", []want{{Surface: "三万几人次", Value: 30000, Unit: "人次", Qualifier: "over"}}},
		// 几 before a scale stays "a few"
		{"现场有几百人", []want{{Surface: "几百人", Value: 100, Unit: "人", Qualifier: "over"}}},
		// 三成 before 几乎 keeps its own surface
		{"三成几乎没有变化", []want{{Surface: "三成", Value: 30, Unit: "%", Qualifier: "exact"}}},
	})
}

// A cap or floor reaches across the base of a share or a per-unit basis.
func TestCapAcrossBaseU(t *testing.T) {
	runTable(t, table{
		{"拟减持不超过公司股份总数的4%", []want{{Surface: "4%", Value: 4, Unit: "%", Qualifier: "under"}}},
		{"增持比例不低于公司总股本的0.5%", []want{{Surface: "0.5%", Value: 0.5, Unit: "%", Qualifier: "over"}}},
		{"回购价格不超过每股15元", []want{{Surface: "15元", Value: 15, Unit: "元", Qualifier: "under"}}},
		{"发行价格不得低于每股人民币10元", []want{{Surface: "10元", Value: 10, Unit: "元", Qualifier: "over"}}},
		{"持股比例不得低于5%", []want{{Surface: "5%", Value: 5, Unit: "%", Qualifier: "over"}}},
		// no cap across a clause or a number
		{"不超过公司规定，占总股本的4%", []want{{Surface: "4%", Value: 4, Unit: "%", Qualifier: "exact"}}},
		{"不超过3年的项目占总数的40%", []want{
			{Surface: "3年", Value: 3, Unit: "年", Qualifier: "under"},
			{Surface: "40%", Value: 40, Unit: "%", Qualifier: "exact"}}},
	})
}

// A currency's name before a rate of money or a smaller unit of money.
func TestMoneyAfterNameU(t *testing.T) {
	runTable(t, table{
		{"回购价格不超过人民币28元/股", []want{{Surface: "28元/股", Value: 28, Unit: "元/股", Qualifier: "under"}}},
		{"每股派发港币3元/股", []want{{Surface: "3元/股", Value: 3, Unit: "港元/股"}}},
		{"每股收益人民币31.79分", []want{{Surface: "31.79分", Value: 0.3179, Unit: "元"}}},
		// 分 alone stays a score
		{"综合得分92.5分", []want{{Surface: "92.5分", Value: 92.5, Unit: "分"}}},
	})
}

// Calendar and working days are durations like 交易日.
func TestCalendarDaysU(t *testing.T) {
	runTable(t, table{
		{"连续90个自然日内", []want{{Surface: "90个自然日", Value: 90, Unit: "个自然日", Qualifier: "under"}}},
		{"在30自然日内完成", []want{{Surface: "30自然日", Value: 30, Unit: "自然日", Qualifier: "under"}}},
		{"10个工作日内", []want{{Surface: "10个工作日", Value: 10, Unit: "个工作日", Qualifier: "under"}}},
		{"5工作日", []want{{Surface: "5工作日", Value: 5, Unit: "工作日"}}},
	})
}

// An ISO date is blocked whole: no part of it starts a figure.
func TestISODateU(t *testing.T) {
	runTable(t, table{
		{"报告期 2023-12-31 类型", nil},
		{"报告期2023-12-31类型", nil},
		{"截至2023/12/31 类", nil},
		{"于2023.12.31 类", nil},
		{"报告期 2023-12-31 营收5亿元", []want{{Surface: "5亿元", Value: 5e8, Unit: "元"}}},
		// a range of years with 年 stays a year
		{"2019-2020年营收5亿元", []want{{Surface: "5亿元", Value: 5e8, Unit: "元"}}},
	})
}

// Superlatives are no caps: they rank or name.
func TestNoCapOfSuperlativeU(t *testing.T) {
	runTable(t, table{
		{"现场观众人数最多的3场比赛", []want{{Surface: "3场", Value: 3, Unit: "场", Qualifier: "exact"}}},
		{"最低生活保障标准从现行的610元/人月提高", []want{{Surface: "610元/人月", Value: 610, Unit: "元/人月", Qualifier: "exact"}}},
	})
}

// 约 before the first of a list of figures in one unit is read for each.
func TestApproxOverListU(t *testing.T) {
	runTable(t, table{
		{"分别占约40.8%及59.2%", []want{
			{Surface: "40.8%", Value: 40.8, Unit: "%", Qualifier: "approx"},
			{Surface: "59.2%", Value: 59.2, Unit: "%", Qualifier: "approx"}}},
		{"分别增长约10%、20%和30%", []want{
			{Surface: "10%", Value: 10, Unit: "%", Qualifier: "approx"},
			{Surface: "20%", Value: 20, Unit: "%", Qualifier: "approx"},
			{Surface: "30%", Value: 30, Unit: "%", Qualifier: "approx"}}},
		// a bound of the first is its own; another unit starts afresh
		{"分别增长超过5%和3%", []want{
			{Surface: "5%", Value: 5, Unit: "%", Qualifier: "over"},
			{Surface: "3%", Value: 3, Unit: "%", Qualifier: "exact"}}},
		{"约5万人和300吨", []want{
			{Surface: "5万人", Value: 5e4, Unit: "人", Qualifier: "approx"},
			{Surface: "300吨", Value: 300, Unit: "吨", Qualifier: "exact"}}},
	})
}
