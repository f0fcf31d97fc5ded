package timescope

import "testing"

// 初 before 步 is no edge: 10月初步 is 10月.
func TestEarlyIsNoEdgeBeforeBu(t *testing.T) {
	run(t, "10月初步访港旅客数字为约460万人次。", "2025-11-01",
		want{"460万人次", "10月", "2025-10-01", "2025-10-31"})
	run(t, "2024年一季度初步核算国内生产总值296299亿元。", "",
		want{"296299亿元", "2024年一季度", "2024-01-01", "2024-03-31"})
}

// A lunar day (正月初六, 大年初一) is no 月初 or 年初: the time before it governs.
func TestLunarDayIsNoEdge(t *testing.T) {
	run(t, "2024年春节假期，大年初一全市接待游客15万人次。", "",
		want{"15万人次", "2024年春节假期", "2024-02-10", "2024-02-17"})
}

// A school year is its own period (no 年终 of the document's year); a
// season is one as written, with no interval.
func TestSplitYears(t *testing.T) {
	run(t, "2010/2011学年终，全港共有学生80万人。", "2025-11-01",
		want{"80万人", "2010/2011学年终", "2011-08-31", "2011-08-31"})
	run(t, "2010/2011学年，全港共有学生80万人。", "2025-11-01",
		want{"80万人", "2010/2011学年", "2010-09-01", "2011-08-31"})
	run(t, "2022-23赛季，球队共赢下50场。", "2025-11-01",
		want{"50场", "2022-23赛季", "", ""})
	run(t, "本赛季球队共赢下30场。", "2025-11-01",
		want{"30场", "本赛季", "", ""})
	run(t, "本学年共招收学生500人。", "2025-11-01",
		want{"500人", "本学年", "", ""})
}

// Taiwan's 今(110)年 is the year in the bracket, not one borrowed from a later time.
func TestBracketedRelativeYear(t *testing.T) {
	run(t, "今(110)年1至10月出口增长12.5%。", "2021-11-20",
		want{"12.5%", "今(110)年1至10月", "2021-01-01", "2021-10-31"})
	run(t, "去(2020)年出口增长8.1%，今年1至10月增长12.5%。", "2021-11-20",
		want{"8.1%", "去(2020)年", "2020-01-01", "2020-12-31"},
		want{"12.5%", "今年1至10月", "2021-01-01", "2021-10-31"})
	run(t, "今(14)日失业率为3.4%。", "2021-11-14",
		want{"3.4%", "今(14)日", "2021-11-14", "2021-11-14"})
}

// A holiday's words (假日, 假期) name the holiday's window, and a running
// total of a holiday is the holiday's.
func TestHolidayWindows(t *testing.T) {
	run(t, "2024年春节假日，全国国内旅游收入6326.87亿元。", "",
		want{"6326.87亿元", "2024年春节假日", "2024-02-10", "2024-02-17"})
	run(t, "2024年全国旅游收入大增。“五一”假日，全国国内旅游收入1668.9亿元。", "",
		want{"1668.9亿元", "“五一”假日", "2024-05-01", "2024-05-05"})
	run(t, "2024年春节假日 9 天，全国出游4.74亿人次。", "",
		want{"9 天", "2024年春节假日", "2024-02-10", "2024-02-17"},
		want{"4.74亿人次", "2024年春节假日", "2024-02-10", "2024-02-17"})
	run(t, "2021年中秋假期3天，全国累计国内旅游出游8815.93万人次。", "",
		want{"8815.93万人次", "2021年中秋假期", "2021-09-19", "2021-09-21"})
}

// A time that names a product (a futures contract's month) is no period.
func TestContractMonthIsNoPeriod(t *testing.T) {
	run(t, "5日，纽约商品交易所12月份交割的黄金期货价格下跌21.8美元。", "2025-11-06",
		want{"21.8美元", "5日", "2025-11-05", "2025-11-05"})
	run(t, "2024年，12月合约价格上涨5.2%。", "",
		want{"5.2%", "2024年", "2024-01-01", "2024-12-31"})
}

// Every base of a list of comparison bases is no period.
func TestListOfBases(t *testing.T) {
	run(t, "2021年一季度，工业增加值增速较去年同期、去年全年分别加快7.2和3.9个百分点。", "",
		want{"7.2", "2021年一季度", "2021-01-01", "2021-03-31"},
		want{"3.9个百分点", "2021年一季度", "2021-01-01", "2021-03-31"})
	run(t, "2021年一季度，增速比上年同期和上年全年分别加快7.2和3.9个百分点。", "",
		want{"3.9个百分点", "2021年一季度", "2021-01-01", "2021-03-31"})
}
