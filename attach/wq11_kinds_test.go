package attach_test

import "testing"

// A bare 年度 or 年 that opens a name of lexicon kind yearname (年度计划投资,
// 年度投资目标, 年产值) is no time to trim off the metric's front; one right
// after a number (2023年度) stays the time and is trimmed as before.
func TestYearNameKeptWQ11(t *testing.T) {
	checkExact(t, []exactWant{
		{"今年全县安排重点项目85个，年度计划投资126亿元。", "126亿元", "年度计划投资", "none"},
		{"2022年年度投资7.8亿元，完成率达112%。", "7.8亿元", "年度投资", "none"},
		{"该区今年年度投资目标为60亿元。", "60亿元", "年度投资目标", "none"},
		{"全市年度投资任务为420亿元。", "420亿元", "年度投资任务", "none"},
		{"截至9月底，年度投资计划完成率为83.6%。", "83.6%", "年度投资计划完成率", "none"},
		{"2024年年产值达到8.6亿元。", "8.6亿元", "年产值", "none"},
		// a time of its own: 2023年度, 本年度
		{"2023年度净利润为3.2亿元。", "3.2亿元", "净利润", "none"},
	})
}

// 新增 before a noun phrase opens the indicator's name (jobs or capacity
// added, not all of them), and an average per mu (亩|均, cut by the
// segmenter) opens it before that; 新增 right before the figure names
// nothing, as before.
func TestAddedAndPerMuNamesWQ11(t *testing.T) {
	checkExact(t, []exactWant{
		{"项目建成投产后预计新增就业岗位600个。", "600个", "新增就业岗位", "none"},
		{"今年一季度全国新增光伏装机容量4500万千瓦。", "4500万千瓦", "新增光伏装机容量", "none"},
		{"上半年全区新增市场主体1.1万户。", "1.1万户", "新增市场主体", "none"},
		{"园区达产后预计亩均新增产值350万元，亩均新增税收25万元。", "350万元", "亩均新增产值", "none"},
		{"园区达产后预计亩均新增产值350万元，亩均新增税收25万元。", "25万元", "亩均新增税收", "none"},
		{"去年全县规上工业亩均税收为18.6万元。", "18.6万元", "规上工业亩均税收", "none"},
		// 新增 as the figure's own verb: no name
		{"全市新增800个停车泊位。", "800个", "停车泊位", "none"},
	})
}

// A scaled amount and a bound (亿元以上, 千万元以下: lexicon kind
// classbound) make a class of the things counted: part of the count's
// metric and of a share of them.
func TestClassAmountWQ11(t *testing.T) {
	checkExact(t, []exactWant{
		{"全年新开工亿元以上项目132个，完成投资460亿元。", "132个", "新开工亿元以上项目", "none"},
		{"在建的210个省重点项目中，亿元以上项目168个，占项目总数的80%。", "168个", "亿元以上项目", "none"},
		{"全县千万元以下企业共有350家。", "350家", "千万元以下企业", "none"},
		{"全市规模以上工业企业达到1520家。", "1520家", "规模以上工业企业", "none"},
	})
}

// A word that opens with a one-character weak word (并购, 并网; word kind
// notweak) keeps it: 并 is trimmed from a metric's front only alone.
func TestNotWeakWordWQ11(t *testing.T) {
	checkExact(t, []exactWant{
		{"上半年国内共发生120起并购交易。", "120起", "并购交易", "none"},
		{"全年并购交易金额达1.2万亿元。", "1.2万亿元", "并购交易金额", "none"},
		{"该公司完成3亿元B轮融资，并获得银行授信5亿元。", "3亿元", "B轮融资", "none"},
	})
}
