package extract_test

import "testing"

// Units of energy, power, doses, stats and cents (data/units.tsv).
func TestUnitKindsP(t *testing.T) {
	runTable(t, table{
		{"用电量120亿千瓦·时", []want{{Surface: "120亿千瓦·时", Value: 1.2e10, Unit: "千瓦时"}}},
		{"用电量120亿千瓦·小时", []want{{Surface: "120亿千瓦·小时", Value: 1.2e10, Unit: "千瓦时"}}},
		{"发电量2300亿千瓦小时", []want{{Surface: "2300亿千瓦小时", Value: 2.3e11, Unit: "千瓦时", Metric: "发电量"}}},
		{"装置容量5万瓩", []want{{Surface: "5万瓩", Value: 5e4, Unit: "千瓦"}}},
		{"累计接种新冠疫苗34.9亿剂次", []want{{Surface: "34.9亿剂次", Value: 3.49e9, Unit: "剂次"}}},
		{"已采购疫苗1200万剂", []want{{Surface: "1200万剂", Value: 1.2e7, Unit: "剂"}}},
		{"白银期货下跌56.8美分", []want{{Surface: "56.8美分", Value: 0.568, Unit: "美元", Change: "decrease"}}},
		{"每股派息15港仙", []want{{Surface: "15港仙", Value: 0.15, Unit: "港元"}}},
		{"每股5美元3美分", []want{{Surface: "5美元3美分", Value: 5.03, Unit: "美元"}}},
		{"杜兰特本场得到31分4篮板4助攻", []want{
			{Surface: "31分", Value: 31, Unit: "分"},
			{Surface: "4篮板", Value: 4, Unit: "篮板"},
			{Surface: "4助攻", Value: 4, Unit: "助攻"},
		}},
		{"他还有3抢断2盖帽", []want{{Surface: "3抢断", Value: 3, Unit: "抢断"}, {Surface: "2盖帽", Value: 2, Unit: "盖帽"}}},
	})
}

// A verb of a bound with 了 after it qualifies as without it.
func TestQualifierWithLeP(t *testing.T) {
	runTable(t, table{
		{"今年以来共超过了8次", []want{{Surface: "8次", Value: 8, Unit: "次", Qualifier: "over"}}},
		{"游客人数突破了5万人", []want{{Surface: "5万人", Value: 5e4, Unit: "人", Qualifier: "over", Metric: "游客人数"}}},
		{"参会人数接近了1万人", []want{{Surface: "1万人", Value: 1e4, Unit: "人", Qualifier: "nearly"}}},
		{"总量达到了300万吨", []want{{Surface: "300万吨", Value: 3e6, Unit: "吨", Qualifier: "exact"}}},
	})
}

// Compound durations and the next places after a unit.
func TestCompoundKindsP(t *testing.T) {
	runTable(t, table{
		{"他以9分53秒完成比赛", []want{{Surface: "9分53秒", Value: 593, Unit: "秒"}}},
		{"2分30秒的视频", []want{{Surface: "2分30秒", Value: 150, Unit: "秒"}}},
		{"全程用时1小时20分钟", []want{{Surface: "1小时20分钟", Value: 4.0 / 3, Unit: "小时"}}},
		{"用时2小时3分15秒", []want{{Surface: "2小时3分15秒", Value: 2 + 3.0/60 + 15.0/3600, Unit: "小时"}}},
		{"博尔特跑出9秒83的成绩", []want{{Surface: "9秒83", Value: 9.83, Unit: "秒"}}},
		{"最好成绩为10秒1。", []want{{Surface: "10秒1", Value: 10.1, Unit: "秒"}}},
		{"他身高1米75", []want{{Surface: "1米75", Value: 1.75, Unit: "米"}}},
		{"支持率为8成7", []want{{Surface: "8成7", Value: 87, Unit: "%"}}},
		{"约有三成五的人", []want{{Surface: "三成五", Value: 35, Unit: "%"}}},
		// a time of day is no duration
		{"会议于10点30分20秒开始", nil},
		{"下午3点9分53秒发生地震", nil},
		// three digits after the unit are no places of it
		{"成绩为9秒835", []want{{Surface: "9秒", Value: 9, Unit: "秒"}}},
	})
}

// A tenor with a Latin name right after it names a rate, no figure.
func TestTenorOfLatinNameP(t *testing.T) {
	runTable(t, table{
		{"7天Shibor上行6.5个基点", []want{{Surface: "6.5个基点", Value: 6.5, Unit: "个基点", Change: "increase", Metric: "7天Shibor"}}},
		{"3个月SHIBOR下降2个基点", []want{{Surface: "2个基点", Value: 2, Unit: "个基点", Change: "decrease"}}},
		{"2周Libor上行3个基点", []want{{Surface: "3个基点", Value: 3, Unit: "个基点", Change: "increase"}}},
		// 年 before Latin letters is as often a span: it stays
		{"他有3年MBA教学经验", []want{{Surface: "3年", Value: 3, Unit: "年"}}},
		{"1年期LPR为3.45%", []want{{Surface: "3.45%", Value: 3.45, Unit: "%", Metric: "1年期LPR"}}},
		// a duration before a Chinese word stays
		{"为期7天的活动", []want{{Surface: "7天", Value: 7, Unit: "天"}}},
	})
}
