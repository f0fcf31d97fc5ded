package extract_test

import "testing"

// A bare 年度 before a word of lexicon kind yearname (年度计划, 年度投资,
// 年度目标) stays in the metric phrase before the figure; a stop word
// elsewhere.
func TestYearNameInMetricWQ11(t *testing.T) {
	exactMetric(t, []struct{ sentence, surface, metric string }{
		{"2022年年度投资4.5亿元。", "4.5亿元", "年度投资"},
		{"今年年度投资目标为80亿元。", "80亿元", "年度投资目标"},
		{"公司2022年度营业收入35亿元。", "35亿元", "营业收入"},
	})
}

// 新增 glued to a noun phrase opens the name, and the phrase stops there
// (项目建成后预计新增就业岗位 → 新增就业岗位) unless an average's 均 stands
// before it (亩均新增产值); 亩均 and 床均, cut by the segmenter, are one word.
func TestAddedNameWQ11(t *testing.T) {
	exactMetric(t, []struct{ sentence, surface, metric string }{
		{"项目建成后预计新增就业岗位500个。", "500个", "新增就业岗位"},
		{"全国新增发电装机容量19087万千瓦。", "19087万千瓦", "新增发电装机容量"},
		{"预计亩均新增产值400万元以上。", "400万元", "亩均新增产值"},
		{"园区亩均税收达到45万元。", "45万元", "园区亩均税收"},
		{"医院床均业务收入85万元。", "85万元", "医院床均业务收入"},
	})
}

// A scaled unit before 以上 or 以下 that opens the phrase is the amount of a
// class of the things counted (亿元以上项目).
func TestClassAmountWQ11(t *testing.T) {
	exactMetric(t, []struct{ sentence, surface, metric string }{
		{"其中亿元以上项目46个。", "46个", "亿元以上项目"},
		{"其中千万元以下企业350家。", "350家", "千万元以下企业"},
		{"新开工亿元以上项目32个。", "32个", "新开工亿元以上项目"},
	})
}

// The name of a round of financing after a figure (A轮, B+轮, A+++轮,
// Pre-A轮, “A+”轮, “+轮”: Latin letters and plus signs the segmenter tags
// x) is the figure's metric, for a count of rounds and for an amount raised,
// over a company or a verb before it.
func TestRoundOfFinancingWQ11(t *testing.T) {
	exactMetric(t, []struct{ sentence, surface, metric string }{
		{"今年共发生331起“A+”轮融资。", "331起", "A+轮融资"},
		{"上半年累计发生591次“+轮”融资。", "591次", "+轮融资"},
		{"星海图宣布完成超1亿美元A+++轮融资。", "1亿美元", "A+++轮融资"},
		{"该公司完成数亿元B轮融资，由红杉中国领投。", "数亿元", "B轮融资"},
		{"公司近日完成2亿元Pre-A轮融资。", "2亿元", "Pre-A轮融资"},
		{"去年共发生120次A轮融资。", "120次", "A轮融资"},
		// no round: as before
		{"他试了3次A方案。", "3次", "试"},
	})
}
