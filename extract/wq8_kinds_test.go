package extract_test

import "testing"

// A word of a change's basis (实质, 名义) right before a noun opens the
// indicator's name (real against nominal) and stays in the metric; before a
// change verb it is the basis and is stepped over as before. 本地 before a
// noun is part of the name (本地生产总值), no pronoun ending it.
func TestBasisWordOpensNameWQ8(t *testing.T) {
	exactMetric(t, []struct{ sentence, surface, metric string }{
		{"去年全年实质GDP增长5.2%。", "5.2%", "实质GDP"},
		{"上半年实质工资下降0.8%。", "0.8%", "实质工资"},
		{"2023年名义GDP增长4.6%。", "4.6%", "名义GDP"},
		{"第三季实质本地生产总值按年上升4.1%。", "4.1%", "实质本地生产总值"},
		{"2024年实质经济成长率为4.3%。", "4.3%", "实质经济成长率"},
		{"扣除物价后实质总薪资成长2%。", "2%", "实质总薪资成长"},
		{"第三季整体本地生产总值按年下跌2.9%。", "2.9%", "整体本地生产总值"},
		// the basis of a change, before its verb: stepped over
		{"本地生产总值按年实质增长2.7%。", "2.7%", "本地生产总值"},
		{"零售业总销货价值按年实质下跌5.1%。", "5.1%", "零售业总销货价值"},
		{"本地生产总值与上年同期比较实质上升3.5%。", "3.5%", "本地生产总值"},
	})
}

// A share's reference ending in a rate noun that is no share noun, A占B之C率
// or A占B的C率, names one ratio: the metric is the whole phrase, not A
// alone. A share noun there (比率, 比例; lexicon kind sharenoun) and a rate
// of change stay the share's reference, as before.
func TestRatioNamedByShareWQ8(t *testing.T) {
	exactMetric(t, []struct{ sentence, surface, metric string }{
		{"本国银行备抵呆账占逾期放款之覆盖率为869.95%。", "869.95%", "银行备抵呆账占逾期放款之覆盖率"},
		{"本国银行备抵呆账占逾期放款的覆盖率为869.95%。", "869.95%", "银行备抵呆账占逾期放款的覆盖率"},
		{"不良贷款占贷款总额的比率为1.5%。", "1.5%", "不良贷款"},
		{"存款准备金占存款的比例为10%。", "10%", "存款准备金"},
		{"出口占全省的增长率为3%。", "3%", "出口"},
	})
}

// A bracketed Latin abbreviation right after X与Y names X与Y whole, so the
// joint does not cut the metric (研究与试验发展(R&D)经费); a name holding a
// joint (lexicon kind jointname: the industry sections 住宿和餐饮业,
// 交通运输、仓储和邮政业) is read whole where the phrase starts inside it.
func TestJointInsideNameWQ8(t *testing.T) {
	exactMetric(t, []struct{ sentence, surface, metric string }{
		{"2022年全国共投入研究与试验发展(R&D)经费30782.9亿元。", "30782.9亿元", "研究与试验发展(R&D)经费"},
		{"研究与试验发展(R&D)经费投入强度为2.54%。", "2.54%", "研究与试验发展(R&D)经费投入强度"},
		{"全市研究和开发(R&D)人员达12.5万人。", "12.5万人", "研究和开发(R&D)人员"},
		{"科学研究和技术服务业增加值增长8.3%。", "8.3%", "科学研究和技术服务业增加值"},
		{"住宿和餐饮业增加值增长14.5%。", "14.5%", "住宿和餐饮业增加值"},
		{"交通运输、仓储和邮政业增加值增长6.8%。", "6.8%", "交通运输、仓储和邮政业增加值"},
		// a bracket of no Latin abbreviation, and a plain list: cut at the joint as before
		{"出口和进口(含转口)总额增长5%。", "5%", "进口(含转口)总额"},
	})
}

// A count before a noun of places (lexicon kind countedplace) counts the
// places; the nouns after them are the subject of the clause's other
// figures. Tiers of cities and 二手, tagged numerals by the segmenter, are
// part of the name (lexicon kind numname).
func TestCountBeforePlacesWQ8(t *testing.T) {
	exactMetric(t, []struct{ sentence, surface, metric string }{
		{"从环比看，4个一线城市新建商品住宅销售价格上涨0.2%。", "4个", "一线城市"},
		{"从环比看，4个一线城市新建商品住宅销售价格上涨0.2%。", "0.2%", "一线城市新建商品住宅销售价格上涨"},
		{"35个三线城市新建商品住宅销售价格环比上涨1.5%。", "35个", "三线城市"},
		{"国家统计局发布7月份70个大中城市商品住宅销售价格变动情况统计数据。", "70个", "大中城市"},
		{"全省有12个地市生产总值增长超过6%。", "12个", "地市"},
		{"二手住宅销售价格同比上涨0.5%。", "0.5%", "二手住宅销售价格"},
		// a verb after the place makes a compound; other places modify
		{"今年5个城市更新项目开工建设。", "5个", "城市更新项目"},
		{"活动服务了36人次香港长者。", "36人次", "香港长者"},
	})
}
