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
