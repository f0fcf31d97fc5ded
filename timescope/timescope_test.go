package timescope

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type want struct {
	figure, period, start, end string
}

// run assigns periods to the figures named in ws (each the first occurrence
// of its text after the previous one) and checks period and interval.
func run(t *testing.T, text, docDate string, ws ...want) {
	t.Helper()
	rs := []rune(text)
	var spans []Span
	from := 0
	for _, w := range ws {
		i := strings.Index(string(rs[from:]), w.figure)
		require.GreaterOrEqual(t, i, 0, "figure %q in the text", w.figure)
		a := from + len([]rune(string(rs[from:])[:i]))
		spans = append(spans, Span{a, a + len([]rune(w.figure))})
		from = a + len([]rune(w.figure))
	}
	var d time.Time
	if docDate != "" {
		var err error
		d, err = time.Parse(time.DateOnly, docDate)
		require.NoError(t, err)
	}
	got := Assign(Doc{Text: rs, Date: d}, spans)
	for i, w := range ws {
		p := got[i]
		period := ""
		if p.Start >= 0 {
			period = string(rs[p.Start:p.End])
		}
		show := func(d time.Time) string {
			if d.IsZero() {
				return ""
			}
			return d.Format(time.DateOnly)
		}
		assert.Equal(t, w.period, period, "period of %s", w.figure)
		assert.Equal(t, w.start+".."+w.end, show(p.Interval.Start)+".."+show(p.Interval.End), "interval of %s", w.figure)
	}
}

// A time at the start of the first paragraph frames the document: every
// heading gives it back.
func TestFrameAfterHeadings(t *testing.T) {
	run(t, "某省2018年教育统计公报\n2018年，全省教育事业稳步发展。\n一、综合\n全省共有学校1000所，比上年减少20所。\n二、学前教育\n幼儿园300所。",
		"",
		want{"1000所", "2018年", "2018-01-01", "2018-12-31"},
		want{"20所", "2018年", "2018-01-01", "2018-12-31"},
		want{"300所", "2018年", "2018-01-01", "2018-12-31"})
}

// A heading ends what was said under the previous one.
func TestHeadingEndsScope(t *testing.T) {
	run(t, "南沙新闻\n推进规则衔接\n去年，服务在南沙落地，惠及港澳居民500人。\n深化对外开放\n据统计，南沙已落户企业3400家。",
		"2025-01-17",
		want{"500人", "去年", "2024-01-01", "2024-12-31"},
		want{"3400家", "", "", ""})
}

// A heading with a time sets the frame for what follows.
func TestHeadingWithTime(t *testing.T) {
	run(t, "全区工作报告\n回顾2022年\n新增学位2万个。\n完成投资100亿元。",
		"",
		want{"2万个", "2022年", "2022-01-01", "2022-12-31"},
		want{"100亿元", "2022年", "2022-01-01", "2022-12-31"})
}

// The base of a comparison is never the period.
func TestComparisonBases(t *testing.T) {
	run(t, "新闻\n2023年，全市生产总值500亿元，比上年增长5%，较2019年提高12个百分点。与2022年相比，用电量增加30亿千瓦时。",
		"",
		want{"500亿元", "2023年", "2023-01-01", "2023-12-31"},
		want{"5%", "2023年", "2023-01-01", "2023-12-31"},
		want{"12个百分点", "2023年", "2023-01-01", "2023-12-31"},
		want{"30亿千瓦时", "2023年", "2023-01-01", "2023-12-31"})
	// 比 before a time that names a thing: the base figure has that time, for its clause only.
	run(t, "报告\n2025年人均收入达到9000元，比“十四五”规划目标8000元超出1000元。农民收入3000元。",
		"",
		want{"9000元", "2025年", "2025-01-01", "2025-12-31"},
		want{"8000元", "“十四五”", "2021-01-01", "2025-12-31"},
		want{"1000元", "“十四五”", "2021-01-01", "2025-12-31"},
		want{"3000元", "2025年", "2025-01-01", "2025-12-31"})
	// A time counted back before the base's own time: 较一年前同期.
	run(t, "新闻\n2024年第三季，总出口货值为4123亿元，较一年前同期上升7.2%。",
		"",
		want{"7.2%", "2024年第三季", "2024-07-01", "2024-09-30"})
	// 超过/高于 before a time: the measure a figure is set against, no period.
	run(t, "新闻\n今年上半年，快递业务量超过2019年全年，餐饮收入2.1万亿元，增速高于上年。",
		"",
		want{"2.1万亿元", "今年上半年", "", ""})
	// An index's base year, the level a figure came back to, the basis of a rate.
	run(t, "新闻\n2023年5月，以2015年为100，价格指数上涨0.65个百分点，运输量恢复至2019年同期的90%，低保标准由每人每年4800元提高到5400元。",
		"",
		want{"0.65个百分点", "2023年5月", "2023-05-01", "2023-05-31"},
		want{"90%", "2023年5月", "2023-05-01", "2023-05-31"},
		want{"4800元", "2023年5月", "2023-05-01", "2023-05-31"},
		want{"5400元", "2023年5月", "2023-05-01", "2023-05-31"})
	// Taiwan's 成长 after a base (ROC years): the base is no period.
	run(t, "新闻\n113年观光人次较112年成长10%。",
		"",
		want{"10%", "113年", "2024-01-01", "2024-12-31"})
	// 是…以来最高: a record's base.
	run(t, "新闻\n2022年大豆产量2000万吨，是1958年以来最高的年份。油料增加300万吨。",
		"",
		want{"2000万吨", "2022年", "2022-01-01", "2022-12-31"},
		want{"300万吨", "2022年", "2022-01-01", "2022-12-31"})
}

// 由A年的X增加到Y: X has A's time; Y and an annual average do not.
func TestFromToAndAnnualAverage(t *testing.T) {
	run(t, "报告\n过去五年，经济稳步增长。投资由2018年的100亿元增加到150亿元，年均增长8.4%。",
		"2024-02-01",
		want{"100亿元", "2018年", "2018-01-01", "2018-12-31"},
		want{"150亿元", "过去五年", "2019-01-01", "2023-12-31"},
		want{"8.4%", "过去五年", "2019-01-01", "2023-12-31"})
}

// A figure read inside a time (103年 of 由103年的100人, when the extractor
// took it for a span of years) gets a period and does not panic.
func TestFigureInsideTime(t *testing.T) {
	run(t, "报告\n由103年的100人成长至115年的200人。",
		"",
		want{"103年", "103年", "2014-01-01", "2014-12-31"},
		want{"100人", "103年", "2014-01-01", "2014-12-31"},
		want{"200人", "115年", "2026-01-01", "2026-12-31"})
	assert.False(t, fromTo([]rune("由103年的100人"), 5, 1))
}

// A list item's time is its own; the next item goes back to the section's.
func TestListItems(t *testing.T) {
	run(t, "成绩\n今年以来，全区经济稳定恢复。\n◆上半年新设企业200家。\n◆新引进项目30个。",
		"2024-08-01",
		want{"200家", "上半年", "2024-01-01", "2024-06-30"},
		want{"30个", "今年以来", "2024-01-01", "2024-08-01"})
}

// A day governs its paragraph; a dateline nothing.
func TestDaysAndDatelines(t *testing.T) {
	run(t, "新闻\n1月30日，果园采摘柑橘6万斤。\n全县种植面积18万亩。",
		"",
		want{"6万斤", "1月30日", "", ""},
		want{"18万亩", "", "", ""})
	run(t, "新闻\n新华社北京3月5日电 今年一季度出口增长8%。",
		"2024-03-06",
		want{"8%", "今年一季度", "2024-01-01", "2024-03-31"})
}

// 同期 is the governing period; 月末 and 全年 take their month and year from it.
func TestSameAndPartial(t *testing.T) {
	run(t, "周报\n2024年6月底，老年人口占比22%，同期志愿者占比26%。",
		"",
		want{"22%", "2024年6月底", "2024-06-30", "2024-06-30"},
		want{"26%", "同期", "2024-06-30", "2024-06-30"})
	run(t, "报告\n2022年金融统计数据。\n12月末，贷款余额219万亿元。月末存款余额258万亿元。全年贷款增加21万亿元。",
		"",
		want{"219万亿元", "12月末", "2022-12-31", "2022-12-31"},
		want{"258万亿元", "月末", "2022-12-31", "2022-12-31"},
		want{"21万亿元", "全年", "2022-01-01", "2022-12-31"})
}

// ROC years; a year named in the title stands in for a missing date.
func TestROCAndTitleYear(t *testing.T) {
	run(t, "统计周报\n113年底台北市独居老人9796人，112年底为9500人。",
		"",
		want{"9796人", "113年底", "2024-12-31", "2024-12-31"},
		want{"9500人", "112年底", "2023-12-31", "2023-12-31"})
	run(t, "二零零六年七月旅客入境数目\n今年7月入境旅客180万人次。",
		"",
		want{"180万人次", "今年7月", "2006-07-01", "2006-07-31"})
}

// 截至: an open start; 目前 ends at the document's date and holds for its sentence.
func TestAsOfAndNow(t *testing.T) {
	run(t, "新闻\n截至2024年11月，共建成窗口65个。目前已服务1000人。此后新增20家。",
		"2025-01-20",
		want{"65个", "截至2024年11月", "", "2024-11-30"},
		want{"1000人", "目前", "", "2025-01-20"},
		want{"20家", "截至2024年11月", "", "2024-11-30"})
}

// A noun-modifying time does not replace the time that opened its sentence.
func TestOpenerHolds(t *testing.T) {
	run(t, "新闻\n2023年12月，全区举办2023年度项目评审会。评审项目79个。",
		"",
		want{"79个", "2023年12月", "2023-12-01", "2023-12-31"})
}

// A year that opens a sentence counting a running total (累计) is a stock at its end.
func TestRunningTotal(t *testing.T) {
	run(t, "新闻\n2023年，街道累计入选企业64家。",
		"",
		want{"64家", "2023年", "", "2023-12-31"})
}

// A day that opens a sentence is when something happened, not the data's
// period: a period named later in the sentence still governs.
func TestDayOpenerYields(t *testing.T) {
	run(t, "新闻\n4月19日，统计局发布2022年数据，全市生产总值500亿元。",
		"",
		want{"500亿元", "2022年", "2022-01-01", "2022-12-31"})
}

// A dateline line above the first paragraph does not end the lead; 较上年同季 is a base.
func TestDatelineBeforeLead(t *testing.T) {
	run(t, "某市2023年统计公报\n二〇二四年三月十五日\n2023年，全市经济运行稳中向好。\n一、综合\n全年生产总值1200亿元。\n113年第1季销售额较上年同季增加5.6%。",
		"2024-03-15",
		want{"1200亿元", "全年", "2023-01-01", "2023-12-31"},
		want{"5.6%", "113年第1季", "2024-01-01", "2024-03-31"})
}

// A ratio to another time (为去年的, 相当于2019年的, 恢复到2019年同期的) is a base too.
func TestRatioBases(t *testing.T) {
	run(t, "新闻\n2023年接待游客500万人次，恢复到2019年同期的90%，相当于2018年的1.2倍。",
		"",
		want{"500万人次", "2023年", "2023-01-01", "2023-12-31"},
		want{"90%", "2023年", "2023-01-01", "2023-12-31"},
		want{"1.2倍", "2023年", "2023-01-01", "2023-12-31"})
}

// Taiwan ministry release: ROC years in Chinese numerals; a base of any shape
// (较一一三年同期, 较一一三年) is not the period; the period carries to the
// next paragraph.
func TestROCChineseNumerals(t *testing.T) {
	run(t, "一一四年1至10月外销订单统计\n一一四年1至10月外销订单金额4,800亿美元，较一一三年同期增加20.5%。\n其中资讯通信产品订单1,500亿美元，较一一三年增加30.1%。",
		"2025-11-20",
		want{"4,800亿美元", "一一四年1至10月", "2025-01-01", "2025-10-31"},
		want{"20.5%", "一一四年1至10月", "2025-01-01", "2025-10-31"},
		want{"1,500亿美元", "一一四年1至10月", "2025-01-01", "2025-10-31"},
		want{"30.1%", "一一四年1至10月", "2025-01-01", "2025-10-31"})
	run(t, "民国一一三年农业统计年报\n民国一一三年，农业生产总值5,600亿元。\n与一一二年相比，稻米产量增加3.2%。",
		"",
		want{"5,600亿元", "民国一一三年", "2024-01-01", "2024-12-31"},
		want{"3.2%", "民国一一三年", "2024-01-01", "2024-12-31"})
}

// Holiday tourism news: a press-conference day is not the period; the
// holiday of a year outside the table resolves by the law's window; a
// base naming another year's holiday is not the period.
func TestHolidayAndPressDay(t *testing.T) {
	run(t, "国庆旅游数据\n10月8日，国家旅游局在北京举行新闻发布会。据统计，2015年“十一”黄金周全国共接待游客5.25亿人次，比2014年国庆节增长11.0%。\n实现旅游收入4822.6亿元，比2014年国庆节增长12.6%。",
		"2015-10-08",
		want{"5.25亿人次", "2015年“十一”黄金周", "2015-10-01", "2015-10-07"},
		want{"11.0%", "2015年“十一”黄金周", "2015-10-01", "2015-10-07"},
		want{"4822.6亿元", "2015年“十一”黄金周", "2015-10-01", "2015-10-07"},
		want{"12.6%", "2015年“十一”黄金周", "2015-10-01", "2015-10-07"})
	run(t, "记者10月9日从文化和旅游部获悉，国庆假期全国共接待国内游客6.37亿人次。",
		"2016-10-09",
		want{"6.37亿人次", "国庆假期", "2016-10-01", "2016-10-07"})
	run(t, "2016年国庆假期旅游市场\n2016年国庆假期，全省接待游客3200万人次。\n省旅游局10月8日公布，全省旅游收入260亿元。",
		"2016-10-09",
		want{"3200万人次", "2016年国庆假期", "2016-10-01", "2016-10-07"},
		want{"260亿元", "2016年国庆假期", "2016-10-01", "2016-10-07"})
}

// A day that is the period (a daily figure, no publication word) stays.
func TestDailyFigureStays(t *testing.T) {
	run(t, "10月1日，全市接待游客120万人次。",
		"2024-10-02",
		want{"120万人次", "10月1日", "2024-10-01", "2024-10-01"})
}

// HK release: the publication day in brackets is not the period.
func TestHKRelease(t *testing.T) {
	run(t, "政府统计处今日(10月31日)发表的数字显示，2025年9月零售业总销货价值的临时估计为310亿元，较2024年同月上升5.9%。\n2025年首九个月，零售业总销货价值较2024年同期下跌1.4%。",
		"2025-10-31",
		want{"310亿元", "2025年9月", "2025-09-01", "2025-09-30"},
		want{"5.9%", "2025年9月", "2025-09-01", "2025-09-30"},
		want{"1.4%", "2025年首九个月", "2025-01-01", "2025-09-30"})
}

// Company annual results: the year of the first paragraph governs the
// paragraphs after it (报告期内 names no new time).
func TestYearCarriesToNextParagraphs(t *testing.T) {
	run(t, "某某股份有限公司2024年年度报告摘要\n2024年，公司实现营业收入120亿元，同比增长8%。\n报告期内，公司归属于上市公司股东的净利润15亿元，比上年增长10%。\n公司研发投入6亿元。",
		"2025-03-28",
		want{"120亿元", "2024年", "2024-01-01", "2024-12-31"},
		want{"15亿元", "2024年", "2024-01-01", "2024-12-31"},
		want{"10%", "2024年", "2024-01-01", "2024-12-31"},
		want{"6亿元", "2024年", "2024-01-01", "2024-12-31"})
	run(t, "全省经济运行情况\n一季度，全省地区生产总值6000亿元，同比增长5.0%。\n分产业看，第一产业增加值300亿元，增长3.1%。",
		"2024-04-20",
		want{"6000亿元", "一季度", "2024-01-01", "2024-03-31"},
		want{"300亿元", "一季度", "2024-01-01", "2024-03-31"},
		want{"3.1%", "一季度", "2024-01-01", "2024-03-31"})
}

// A relative year opening a paragraph governs the paragraphs after it, as a
// written year does, until a new time expression.
func TestRelativeYearCarries(t *testing.T) {
	run(t, "政府工作报告\n去年，全市地区生产总值增长5.2%。\n一般公共预算收入800亿元，增长6%。\n今年一季度，全市出口120亿元。\n进口80亿元。",
		"2024-04-20",
		want{"5.2%", "去年", "2023-01-01", "2023-12-31"},
		want{"800亿元", "去年", "2023-01-01", "2023-12-31"},
		want{"120亿元", "今年一季度", "2024-01-01", "2024-03-31"},
		want{"80亿元", "今年一季度", "2024-01-01", "2024-03-31"})
}

// A lead that opens with a clause before its time (据统计，2015年…) still
// frames the sections under its headings.
func TestLeadFrameAfterLeadIn(t *testing.T) {
	run(t, "黄金周旅游综述\n据统计，2015年“十一”黄金周全国共接待游客5.25亿人次。\n国内旅游\n旅游收入4822.6亿元。",
		"2015-10-08",
		want{"5.25亿人次", "2015年“十一”黄金周", "2015-10-01", "2015-10-07"},
		want{"4822.6亿元", "2015年“十一”黄金周", "2015-10-01", "2015-10-07"})
}

// Streaming: a chunk that starts mid-document gets the document's frame
// through Doc.Frame (FrameOf of the first chunk) and gives the same periods
// as the whole document.
func TestChunkCarriesFrame(t *testing.T) {
	first := "某省2018年教育统计公报\n2018年，全省教育事业稳步发展。\n一、综合\n全省共有学校1000所。"
	second := "二、学前教育\n幼儿园300所，比上年增加12所。"
	frame := FrameOf(Doc{Text: []rune(first)})
	require.Equal(t, "2018年", frame)
	rs := []rune(second)
	a := strings.Index(second, "300所")
	a = len([]rune(second[:a]))
	got := Assign(Doc{Text: rs, Frame: frame}, []Span{{a, a + 4}})
	assert.Equal(t, -1, got[0].Start)
	assert.Equal(t, "2018年", got[0].Text)
	assert.Equal(t, "2018-01-01", got[0].Interval.Start.Format(time.DateOnly))
	assert.Equal(t, "2018-12-31", got[0].Interval.End.Format(time.DateOnly))
	whole := []rune(first + "\n" + second)
	b := len([]rune(first+"\n")) + a
	assert.Equal(t, got[0].Interval, Assign(Doc{Text: whole}, []Span{{b, b + 4}})[0].Interval)
	assert.Equal(t, "", FrameOf(Doc{Text: []rune("新闻\n据了解，该项目投资5亿元。")}))
}

// The time inside the base of a share (占同期…的, 占上年…的) is not the
// figure's period: the share holds for the sentence's own time.
func TestShareBase(t *testing.T) {
	run(t, "月报\n2023年5月，新能源车销量68万辆，占同期汽车销量的32.5%。", "",
		want{"68万辆", "2023年5月", "2023-05-01", "2023-05-31"},
		want{"32.5%", "2023年5月", "2023-05-01", "2023-05-31"})
}

// A range of months or days across years governs as one expression, from
// the start of its first end to the end of its second; two times that are
// no range stay two.
func TestRangeAcrossYears(t *testing.T) {
	run(t, "2019年10月—2020年3月，PM2.5平均浓度同比下降14.9%。\n2023年12月1日至2024年2月29日，全市接待游客1200万人次。\n2023年10月至次年3月，供暖面积1.2亿平方米。",
		"2024-05-10",
		want{"14.9%", "2019年10月—2020年3月", "2019-10-01", "2020-03-31"},
		want{"1200万人次", "2023年12月1日至2024年2月29日", "2023-12-01", "2024-02-29"},
		want{"1.2亿平方米", "2023年10月至次年3月", "2023-10-01", "2024-03-31"})
	run(t, "112年10月至113年3月，出口金额增长12.5%，其中3月增长3.1%。",
		"",
		want{"12.5%", "112年10月至113年3月", "2023-10-01", "2024-03-31"},
		want{"3.1%", "3月", "2024-03-01", "2024-03-31"})
	run(t, "2019年10月，PM2.5平均浓度为35微克/立方米，2020年3月为30微克/立方米。",
		"",
		want{"35微克/立方米", "2019年10月", "2019-10-01", "2019-10-31"},
		want{"30微克/立方米", "2020年3月", "2020-03-01", "2020-03-31"})
}

// Relative days and weeks resolve against the document's date. A day
// (今日, 昨天, 上周五) governs its paragraph, as 1月30日 does, and a clause
// that tells of a publication (今天公布) nothing; a week (本周) governs as
// 本月 does. 当天 is the latest day before it, a dateline's too; with none
// (当天办结) it is no period.
func TestRelativeDaysAndWeeks(t *testing.T) {
	run(t, "两市收评\n沪深两市主力资金今日净流出40.45亿元，昨日成交额1.2万亿元。\n北向资金净买入50亿元。\n本周沪指累计上涨2.3%，上周五收报3000点。\n创业板指上涨1.5%。",
		"2024-09-21",
		want{"40.45亿元", "今日", "2024-09-21", "2024-09-21"},
		want{"1.2万亿元", "昨日", "2024-09-20", "2024-09-20"},
		want{"50亿元", "", "", ""},
		want{"2.3%", "本周", "2024-09-16", "2024-09-22"},
		want{"3000点", "上周五", "2024-09-13", "2024-09-13"},
		want{"1.5%", "本周", "2024-09-16", "2024-09-22"})
	run(t, "国庆旅游\n10月1日，全市接待游客50万人次。\n当天，景区门票收入3.5亿元。",
		"2024-10-02",
		want{"50万人次", "10月1日", "2024-10-01", "2024-10-01"},
		want{"3.5亿元", "当天", "2024-10-01", "2024-10-01"})
	run(t, "政务服务\n2023年，全市办件量12万件，当天办结的占95%，实现“当天申请当天查”，等候时间缩短50%。\n统计局今天公布，全年出生人口8万人。",
		"2024-01-20",
		want{"12万件", "2023年", "2023-01-01", "2023-12-31"},
		want{"95%", "2023年", "2023-01-01", "2023-12-31"},
		want{"50%", "2023年", "2023-01-01", "2023-12-31"},
		want{"8万人", "全年", "2023-01-01", "2023-12-31"})
	run(t, "两市收评\n沪深两市主力资金今日净流出40.45亿元。",
		"",
		want{"40.45亿元", "今日", "", ""})
}

// An effective-from time (自…起, 从…开始) starts on its day and is open at its
// end. It governs its sentence, and its paragraph when it opens it (the
// paragraph about the new standard); never the paragraphs after it.
func TestEffectiveFrom(t *testing.T) {
	run(t, "民政局通知\n2019年，全市低保对象5.1万人。\n自2019年10月1日起，我市提高城乡低保标准，城市低保标准由每人每月600元提高到620元。新标准惠及困难群众3.2万人。\n全年发放低保金4.5亿元。",
		"2020-01-05",
		want{"5.1万人", "2019年", "2019-01-01", "2019-12-31"},
		want{"600元", "自2019年10月1日起", "2019-10-01", ""},
		want{"620元", "自2019年10月1日起", "2019-10-01", ""},
		want{"3.2万人", "自2019年10月1日起", "2019-10-01", ""},
		want{"4.5亿元", "全年", "2019-01-01", "2019-12-31"})
	run(t, "条例施行\n2023年，全省查处案件1200件。《条例》从2023年1月1日起正式施行，罚款上限提高到50万元。全年罚没款3亿元。\n自2024年起，补贴标准提高到每人每年1200元。",
		"",
		want{"1200件", "2023年", "2023-01-01", "2023-12-31"},
		want{"50万元", "从2023年1月1日起", "2023-01-01", ""},
		want{"3亿元", "全年", "2023-01-01", "2023-12-31"},
		want{"1200元", "自2024年起", "2024-01-01", ""})
	// 自…以来 is a since; 从2019年的…增加到 the start of a change
	run(t, "报告\n自2019年以来，累计投入资金12亿元，投资额从2019年的3亿元增加到5亿元。",
		"2024-03-05",
		want{"12亿元", "2019年以来", "2019-01-01", "2024-03-05"},
		want{"3亿元", "2019年", "2019-01-01", "2019-12-31"},
		want{"5亿元", "2019年以来", "2019-01-01", "2024-03-05"})
}

// A week of the year (第34周) governs as a month does; the dates in the
// bracket after it are its interval, not a time of their own, and a year
// in the bracket is carried from the week. 第2周 without a year takes the
// frame's.
func TestWeekNumbers(t *testing.T) {
	run(t, "畜产品和饲料集贸市场价格情况\n2021年第34周(2021年8月23日-2021年8月29日,下同)，猪肉周均价每公斤20.91元，比前一周下降1.2%。\n牛肉均价每公斤86.5元。\n一、活猪\n第35周，活猪均价每公斤16.8元。",
		"",
		want{"20.91元", "2021年第34周", "2021-08-23", "2021-08-29"},
		want{"1.2%", "2021年第34周", "2021-08-23", "2021-08-29"},
		want{"86.5元", "2021年第34周", "2021-08-23", "2021-08-29"},
		want{"16.8元", "第35周", "2021-08-30", "2021-09-05"})
	run(t, "价格周报\n2018年第04周(01月22日~01月28日)，鸡蛋均价每公斤9.5元。",
		"",
		want{"9.5元", "2018年第04周", "2018-01-22", "2018-01-28"})
	run(t, "价格周报\n第2周，鸡蛋均价每公斤9.5元，开学第3周售出1200箱。",
		"",
		want{"9.5元", "第2周", "", ""},
		want{"1200箱", "第2周", "", ""})
}

// A base that 与/同 … 相比 encloses further away, or that names a figure of
// its own, is no period of the figures after its 相比 nor of later
// sentences; its own figure keeps it (its clause, up to the 相比).
func TestComparisonBasesFar(t *testing.T) {
	run(t, "人口抽样调查主要数据公报\n2015年11月1日零时，全国人口为137349万人。同第六次全国人口普查2010年11月1日零时的133972万人相比，五年共增加3377万人，增长2.52%。\n全国共有家庭户40947万户。",
		"2016-04-20",
		want{"137349万人", "2015年11月1日", "2015-11-01", "2015-11-01"},
		want{"133972万人", "2010年11月1日", "2010-11-01", "2010-11-01"},
		want{"3377万人", "2015年11月1日", "2015-11-01", "2015-11-01"},
		want{"2.52%", "2015年11月1日", "2015-11-01", "2015-11-01"},
		want{"40947万户", "", "", ""})
	run(t, "第七次全国人口普查公报\n2020年，全国人口共141178万人，与2010年第六次全国人口普查的133972万人相比增加5206万人，增长5.38%。全国共有家庭户49416万户。",
		"",
		want{"141178万人", "2020年", "2020-01-01", "2020-12-31"},
		want{"133972万人", "2010年", "2010-01-01", "2010-12-31"},
		want{"5206万人", "2020年", "2020-01-01", "2020-12-31"},
		want{"5.38%", "2020年", "2020-01-01", "2020-12-31"},
		want{"49416万户", "2020年", "2020-01-01", "2020-12-31"})
	// no figure of its own: a base, no period at all
	run(t, "公报\n2020年，与第六次全国人口普查2010年11月1日零时的数据相较，城镇人口增加23642万人。\n乡村人口50979万人。",
		"",
		want{"23642万人", "2020年", "2020-01-01", "2020-12-31"},
		want{"50979万人", "2020年", "2020-01-01", "2020-12-31"})
	// 和 that joins two times, 同 of 同时: no comparison (the sentence's
	// opener keeps it, as before)
	run(t, "公报\n2022年和2023年，全市生产总值分别为100亿元和120亿元。同时2023年进出口总额相比往年增加30亿元。",
		"",
		want{"100亿元", "2022年", "2022-01-01", "2022-12-31"},
		want{"30亿元", "2023年", "2023-01-01", "2023-12-31"})
}

// A year written without 年 and glued to a part of the year, as headlines
// write it (2022前三季度, 2023上半年), is that part of that year; a year
// before anything else (2007两会, 2022家企业) is no time.
func TestYearWithoutNian(t *testing.T) {
	run(t, "2022前三季度全国火灾死亡1441人\n应急管理部消防救援局发布，2022前三季度全国共接报火灾63.68万起，死亡1441人。2023上半年全国接报火灾21.9万起。",
		"2023-07-20",
		want{"1441人", "2022前三季度", "2022-01-01", "2022-09-30"},
		want{"63.68万起", "2022前三季度", "2022-01-01", "2022-09-30"},
		want{"1441人", "2022前三季度", "2022-01-01", "2022-09-30"},
		want{"21.9万起", "2023上半年", "2023-01-01", "2023-06-30"})
	run(t, "会议报道\n2007两会期间，代表提交议案2900件。",
		"",
		want{"2900件", "", "", ""})
}

// A range of days in one month, the second end a day alone (2007年2月26日至27日,
// 3月1日—5日) or with its month after a first end without 日
// (2007年2月26——2月27日), is one expression from the first day to the last.
func TestDayRangeInOneMonth(t *testing.T) {
	run(t, "农户调查报告\n2007年2月26日至27日，共调查农户1200户。\n调查时间:2007年2月26——2月27日，回收问卷300份。\n3月1日—5日，全市销售额增长12%。",
		"2007-04-10",
		want{"1200户", "2007年2月26日至27日", "2007-02-26", "2007-02-27"},
		want{"300份", "2007年2月26——2月27日", "2007-02-26", "2007-02-27"},
		want{"12%", "3月1日—5日", "2007-03-01", "2007-03-05"})
}

// 起 alone after a time with its year (2017年起, no 自) is effective from
// it as 自2017年起 is; a 每年 right after it says how often within it and
// is no period of its own. 2017年起草 is the year of a draft.
func TestEffectiveFromBare(t *testing.T) {
	run(t, "物业管理行业报告\n2016年，全国物业管理面积185亿平方米。2017年起每年新增管理面积13~14亿平方米，2017年起草的方案涉及资金3亿元。\n2024年7月1日起，补贴标准提高到每人每年1200元。",
		"",
		want{"185亿平方米", "2016年", "2016-01-01", "2016-12-31"},
		want{"13~14亿平方米", "2017年起", "2017-01-01", ""},
		want{"3亿元", "2017年", "2017-01-01", "2017-12-31"},
		want{"1200元", "2024年7月1日起", "2024-07-01", ""})
}

// A span of years after 从/由 (从2020—2024年, 从2020——2024年 as the pipeline
// folds it: 2020--2024年), or a time its clause ends with (从2020年，), is no
// start of a change (由2018年的100亿元增加到…): it governs as any time does.
func TestFromSpanOfYears(t *testing.T) {
	run(t, "行业研究报告\n从2020—2024年，行业复合增长率达58.2%。\n从2020--2024年，市场规模扩大到1200亿元。",
		"2025-04-10",
		want{"58.2%", "2020—2024年", "2020-01-01", "2024-12-31"},
		want{"1200亿元", "2020--2024年", "2020-01-01", "2024-12-31"})
	run(t, "报告\n2023年，投资由2018年的100亿元增加到150亿元。",
		"",
		want{"100亿元", "2018年", "2018-01-01", "2018-12-31"},
		want{"150亿元", "2023年", "2023-01-01", "2023-12-31"})
}

// The end of the period a filing reports on (报告期末, 本期末) is the last day
// of the period its title names; 年初至报告期末 runs from that year's first
// day. A time met in the text (年初, a table's column 2016年) is not that
// period; with no period in the title it is null.
func TestEndOfTheReportedPeriod(t *testing.T) {
	run(t, "某公司2024年第三季度报告\n本报告期营业收入为12.35亿元。\n年初至报告期末营业收入为35.6亿元。\n本报告期末总资产为356.7亿元，本期末资产负债率为56.8%。",
		"",
		want{"12.35亿元", "2024年第三季度", "2024-07-01", "2024-09-30"},
		want{"35.6亿元", "年初至报告期末", "2024-01-01", "2024-09-30"},
		want{"356.7亿元", "本报告期末", "2024-09-30", "2024-09-30"},
		want{"56.8%", "本期末", "2024-09-30", "2024-09-30"})
	run(t, "某公司2024年半年度报告\n年初，公司启动改革。报告期末，公司总资产为356.7亿元。",
		"",
		want{"356.7亿元", "报告期末", "2024-06-30", "2024-06-30"})
	run(t, "报告期末，公司总资产为356.7亿元。", "2024-08-20",
		want{"356.7亿元", "报告期末", "", ""})
	run(t, "某公司报告\n主要数据 | 2016年 |\n报告期末，公司总资产为356.7亿元。", "",
		want{"356.7亿元", "报告期末", "", ""})
}

// A time after 比/较 with a figure of its own after 的 governs that figure,
// not the change after it.
func TestBaseFigureOwnTime(t *testing.T) {
	run(t, "访港旅客\n今年6月，访港旅客共220.97万人次，较去年同月的38.1万人次增加4.8倍。",
		"2023-07-20",
		want{"220.97万人次", "今年6月", "2023-06-01", "2023-06-30"},
		want{"38.1万人次", "去年同月", "2022-06-01", "2022-06-30"},
		want{"4.8倍", "今年6月", "2023-06-01", "2023-06-30"})
}
