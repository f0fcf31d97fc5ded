package timescope

import "testing"

// 截至<day>止年度 (止六个月, 的三个月) is the span that ends on that day; a
// bare 截至<day> is as-of.
func TestPeriodEndedIsASpan(t *testing.T) {
	run(t, "截至二零二零年十二月三十一日止年度之溢利为81,008,000元。", "2021-03-01",
		want{"81,008,000元", "截至二零二零年十二月三十一日止年度", "2020-01-01", "2020-12-31"})
	run(t, "截至2023年6月30日止六个月的收入为5,000万元；截至2023年9月30日止三个月的收入为3,000万元。", "",
		want{"5,000万元", "截至2023年6月30日止六个月", "2023-01-01", "2023-06-30"},
		want{"3,000万元", "截至2023年9月30日止三个月", "2023-07-01", "2023-09-30"})
	run(t, "截至2023年12月底的三个月，失业率为2.9%。截至2023年12月31日，总资产为100亿元。", "",
		want{"2.9%", "截至2023年12月底的三个月", "2023-10-01", "2023-12-31"},
		want{"100亿元", "截至2023年12月31日", "", "2023-12-31"})
}

// A time in a round bracket that holds a figure of its own (a comparison's
// base) governs up to the bracket's close; the time before it governs again.
func TestBracketedBaseYear(t *testing.T) {
	run(t, "二零二零年年度业绩公告\n二零二零年，收益减少17.6%至约人民币277,261,000元(二零一九年:336,515,000元)，毛利为12,000,000元。", "2021-03-01",
		want{"17.6%", "二零二零年", "2020-01-01", "2020-12-31"},
		want{"277,261,000元", "二零二零年", "2020-01-01", "2020-12-31"},
		want{"336,515,000元", "二零一九年", "2019-01-01", "2019-12-31"},
		want{"12,000,000元", "二零二零年", "2020-01-01", "2020-12-31"})
	// a time in 《》 names the document's period: it still governs its paragraph
	run(t, "国家统计局发布《2015年全国1%人口抽样调查主要数据公报》。公报显示,全国人口为137349万人。", "2016-04-21",
		want{"137349万人", "2015年", "2015-01-01", "2015-12-31"})
}

// 上年同期 governs its own sentence, and no further than a clause that
// opens with 本期 (本报告期: words.tsv kind current), in prose (a table's
// header names a column).
func TestSamePeriodLastYearIsTheComparisons(t *testing.T) {
	run(t, "2023年度业绩预告\n2023年度公司持有的金融资产公允价值下降4,000万元左右,上年同期金融资产公允价值下降110,388.54万元,本期公允价值变动损益较上年同期增加106,388.54万元左右。", "2024-01-30",
		want{"4,000万元", "2023年度", "2023-01-01", "2023-12-31"},
		want{"110,388.54万元", "上年同期", "2022-01-01", "2022-12-31"},
		want{"106,388.54万元", "2023年度", "2023-01-01", "2023-12-31"})
	run(t, "业绩公告\n2020年，本期实现营业收入50亿元，上年同期为40亿元；本报告期净利润为5亿元。", "2021-03-01",
		want{"50亿元", "2020年", "2020-01-01", "2020-12-31"},
		want{"40亿元", "上年同期", "2019-01-01", "2019-12-31"},
		want{"5亿元", "2020年", "2020-01-01", "2020-12-31"})
}

// The time after 由 in a from–to (由…转为, 由…到) governs the start's figure
// only; a relative month there counts from the month that governs.
func TestFromTimeGovernsTheStartOnly(t *testing.T) {
	run(t, "2021年12月份，全国居民消费价格同比上涨1.5%。全国居民消费价格环比由上月上涨0.4%转为下降0.3%。", "2022-01-12",
		want{"1.5%", "2021年12月份", "2021-12-01", "2021-12-31"},
		want{"0.4%", "上月", "2021-11-01", "2021-11-30"},
		want{"0.3%", "2021年12月份", "2021-12-01", "2021-12-31"})
}

// A time in a sentence that opens with 其中 (a breakdown) governs that
// sentence only.
func TestBreakdownTimeIsItsSentences(t *testing.T) {
	run(t, "上半年，全国粮食生产增长3.6%。其中，二季度增长3.7%。全国夏粮总产量14582万吨，比上年增长0.9%。", "2023-07-15",
		want{"3.6%", "上半年", "2023-01-01", "2023-06-30"},
		want{"3.7%", "二季度", "2023-04-01", "2023-06-30"},
		want{"14582万吨", "上半年", "2023-01-01", "2023-06-30"},
		want{"0.9%", "上半年", "2023-01-01", "2023-06-30"})
}

// 去年价格变动的翘尾影响 names an effect (words.tsv kind effect): 去年 is no
// period of it; the reported month governs.
func TestCarryOverEffectIsNoPeriod(t *testing.T) {
	run(t, "2021年12月份，全国居民消费价格同比上涨1.5%。在12月份1.5%的同比涨幅中，去年价格变动的翘尾影响约为0.5个百分点，新涨价影响约为1.0个百分点。", "2022-01-12",
		want{"1.5%", "2021年12月份", "2021-12-01", "2021-12-31"},
		want{"0.5个百分点", "12月份", "2021-12-01", "2021-12-31"},
		want{"1.0个百分点", "12月份", "2021-12-01", "2021-12-31"})
}
