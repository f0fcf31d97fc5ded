package attach_test

import "testing"

// 实质 and 名义 that open an indicator's name are no filler to cut from
// the metric's start (real wages, real GDP); before a change verb they are
// the basis and name nothing, as before.
func TestBasisWordOpensNameWQ8(t *testing.T) {
	checkExact(t, []exactWant{
		{"今年1至8月实质经常性薪资平均数为43638元，年增1.12%。", "1.12%", "实质经常性薪资平均数", "increase"},
		{"今年首季名义工资上升3.9%，实质工资下降0.5%。", "0.5%", "实质工资", "decrease"},
		{"2023年香港实质本地生产总值增长3.2%。", "3.2%", "实质本地生产总值", "increase"},
		{"前8月总薪资平均数成长3.87%，剔除物价后实质总薪资成长2%。", "2%", "实质总薪资", "increase"},
		{"去年全年实质GDP增长5.2%。", "5.2%", "实质GDP", "increase"},
		{"第三季本地生产总值与上年同期比较实质上升3.5%。", "3.5%", "本地生产总值", "increase"},
		{"本港实质本地生产总值按年实质上升2.7%。", "2.7%", "实质本地生产总值", "increase"},
	})
}

// A ratio named by a share, A占B之C率, keeps its whole name through the
// pipeline, for the level and for its change in points.
func TestRatioNamedByShareWQ8(t *testing.T) {
	checkExact(t, []exactWant{
		{"111年11月底本國銀行備抵呆帳占逾期放款之覆蓋率為869.95%，較上月底增加15.67個百分點。", "869.95%", "銀行備抵呆帳占逾期放款之覆蓋率", "none"},
		{"111年11月底本國銀行備抵呆帳占逾期放款之覆蓋率為869.95%，較上月底增加15.67個百分點。", "15.67個百分點", "銀行備抵呆帳占逾期放款之覆蓋率", "increase"},
		{"本国银行备抵呆账占逾期放款的覆盖率为869.95%。", "869.95%", "银行备抵呆账占逾期放款的覆盖率", "none"},
	})
}

// A list of subjects is not cut inside a name holding a joint: X与Y before
// a bracketed Latin abbreviation, or a name of extract's lexicon kind
// jointname (extract.JointInName).
func TestJointInsideNameWQ8(t *testing.T) {
	checkExact(t, []exactWant{
		{"研究与试验发展(R&D)经费和基础研究经费分别增长10.1%和11.4%。", "10.1%", "研究与试验发展(R&D)经费", "increase"},
		{"研究与试验发展(R&D)经费和基础研究经费分别增长10.1%和11.4%。", "11.4%", "基础研究经费", "increase"},
		{"2022年全国共投入研究与试验发展(R&D)经费30782.9亿元，比上年增长10.1%。", "10.1%", "研究与试验发展(R&D)经费", "increase"},
		{"交通运输、仓储和邮政业增加值同比分别增长19.3%、15.3%。", "15.3%", "交通运输、仓储和邮政业增加值", "increase"},
		// two items: 应用研究 and 试验发展, no name
		{"应用研究和试验发展经费所占比重分别为11.3%和82.1%。", "11.3%", "应用研究", ""},
	})
}

// A count before a noun of places counts the places, through the
// pipeline: the noun phrase after them is no predicate of the count.
func TestCountBeforePlacesWQ8(t *testing.T) {
	checkExact(t, []exactWant{
		{"国家统计局15日发布7月份70个大中城市商品住宅销售价格变动情况统计数据。", "70个", "大中城市", "none"},
		{"据初步测算，从环比看，4个一线城市新建商品住宅销售价格上涨0.2%，涨幅比上月回落0.4个百分点。", "4个", "一线城市", "none"},
		{"据初步测算，从环比看，4个一线城市新建商品住宅销售价格上涨0.2%，涨幅比上月回落0.4个百分点。", "0.2%", "一线城市新建商品住宅销售价格", "increase"},
		{"31个二线城市新建商品住宅销售价格环比上涨1.1%。", "31个", "二线城市", "none"},
		{"从同比看，二手住宅销售价格上涨0.5%。", "0.5%", "二手住宅销售价格", "increase"},
	})
}
