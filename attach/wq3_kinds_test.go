package attach_test

import "testing"

// A figure that is the base of a share given by the next figure of its
// clause, X的N% (完成年初预算数60999万元的40.4%, 占GDP 126万亿元的3.5%), is a
// reference: its metric governs nothing after it, and the share and the
// changes after it keep the subject of the clause chain.
func TestShareBaseGovernsNothingWQ3(t *testing.T) {
	checkExact(t, []exactWant{
		{"4月，一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1070万元，下降4.2%。", "40.4%", "一般公共预算收入", ""},
		{"4月，一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1070万元，下降4.2%。", "1070万元", "一般公共预算收入", "decrease"},
		{"4月，一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1070万元，下降4.2%。", "4.2%", "一般公共预算收入", "decrease"},
		{"政府性基金支出累计完成5308万元，完成预算数24710万元的21.5%，比上年减支27580万元，下降83.9%。", "83.9%", "政府性基金支出", "decrease"},
		{"全年税收收入完成86.5亿元，为调整预算数90亿元的96.1%，比上年增长3.2%。", "3.2%", "税收收入", "increase"},
		{"全市社会消费品零售总额实现320亿元，完成年度目标400亿元的80%，同比增长6.5%。", "6.5%", "社会消费品零售总额", "increase"},
	})
}

// X所占比重 (所占比例): the share of the noun phrase before 所, not 占 and
// the share noun alone; a long relative clause before it is not read.
func TestShareAfterSuoWQ3(t *testing.T) {
	checkExact(t, []exactWant{
		{"基础研究经费所占比重为6.57%，比上年提升0.07个百分点。", "6.57%", "基础研究经费所占比重", ""},
		{"基础研究经费所占比重为6.57%，比上年提升0.07个百分点。", "0.07个百分点", "基础研究经费所占比重", "increase"},
		{"高技术制造业所占比重为15.1%。", "15.1%", "高技术制造业所占比重", ""},
		{"民营企业所占比例达到55.2%。", "55.2%", "民营企业所占比例", ""},
	})
}
