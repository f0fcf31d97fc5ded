package attach_test

import "testing"

// A clause of bare changes that opens with its base (同比, 比上年) after a
// run of as many totals, each with its metric, pairs with them: in order
// when the units follow the totals' or are all ratios, else by unit when
// each unit stands once on both sides; a list of 分别 after it takes the
// metrics so paired.
func TestChangesAfterTotalsWQ13(t *testing.T) {
	const acc = "全國發生較大以上事故644起,死亡2695人,同比減少26起、443人,分別下降3.9%和14.1%。"
	const fire = "全年发生火灾1200起，死亡35人，受伤80人，比上年减少100起、5人、12人。"
	const jobs = "全市新增就业3.2万人，新增市场主体1.1万户，比上年增加1100户、2000人。"
	const note = "发生特别重大事故2起,死亡83人(道路交通),同比减少1起、107人,分别下降33.3%和56.3%。"
	const verbs = "全市发生交通事故500起，死亡40人，同比增加20起、减少3人，分别上升4.2%和下降7.0%。"
	const pct = "全年完成投资120亿元、新开工项目35个，同比增长8%、12%。"
	checkExact(t, []exactWant{
		{acc, "26起", "發生較大以上事故", "decrease"},
		{acc, "443人", "死亡", "decrease"},
		{acc, "3.9%", "發生較大以上事故", "decrease"},
		{acc, "14.1%", "死亡", "decrease"},
		{fire, "100起", "发生火灾", "decrease"},
		{fire, "5人", "死亡", "decrease"},
		{fire, "12人", "受伤", "decrease"},
		{jobs, "1100户", "新增市场主体", "increase"}, // by unit (新增 opens the name: wq11)
		{jobs, "2000人", "就业", "increase"},
		{note, "1起", "重大事故", "decrease"},
		{note, "107人", "死亡", "decrease"},
		{note, "56.3%", "死亡", "decrease"},
		{verbs, "20起", "发生交通事故", "increase"},
		{verbs, "3人", "死亡", "decrease"},
		{verbs, "4.2%", "发生交通事故", "increase"},
		{verbs, "7.0%", "死亡", "decrease"},
		{pct, "8%", "投资", "increase"},
		{pct, "12%", "新开工项目", "increase"},
		{"死亡12人，受伤30人，同比减少2人、5人。", "2人", "死亡", "decrease"},
		{"全年进出口总额4.2万亿元，出口2.5万亿元，同比增长5%、7%。", "5%", "进出口总额", "increase"},
		// as before: totals and 分别 in one clause, or 分别 right after them
		{"全市共发生各类事故301起、死亡279人、受伤110人,同比分别下降14.0%、6.4%、16.0%。", "6.4%", "死亡", "decrease"},
		{"发生较大事故277起、死亡1030人,同比分别下降8.3%、9.6%。", "8.3%", "发生较大事故", "decrease"},
		{"接待游客1200万人次、旅游收入150亿元，同比分别增长12%、15%。", "15%", "旅游收入", "increase"},
		{"全年进出口总额4.2万亿元、出口2.5万亿元，分别增长5%和7%。", "5%", "进出口总额", "increase"},
		{"实现营业收入8.6亿元，较上年增长1.2亿元，净利润1.1亿元，较上年增长0.3亿元。", "0.3亿元", "净利润", "increase"},
		// 4 totals in clauses of their own: 分别 still takes the last two
		{"共报告发病3987740例,死亡269人,报告发病率为290.91/10万,报告死亡率为0.020/10万,分别较2015年上升17.89%和67.52%。", "67.52%", "报告死亡率", "increase"},
	})
}

// What must stay unpaired: other counts, units that leave the pairing
// open, a base that is a place, totals that are changes.
func TestChangesAfterTotalsLeftAloneWQ13(t *testing.T) {
	checkExact(t, []exactWant{
		// three totals, two changes: no pairing by the new rule (as before)
		{"全年发生火灾1200起，死亡35人，受伤80人，同比减少100起、5人。", "100起", "受伤", "decrease"},
		// three totals of one list, two percentages of 分别: left unnamed
		{"全年营业收入10亿元、净利润2亿元、研发投入1亿元，分别增长5%、6%。", "5%", "", "increase"},
		{"全年营业收入10亿元、净利润2亿元、研发投入1亿元，分别增长5%、6%。", "6%", "", "increase"},
		// units in another order, one of them twice: open
		{"死亡12人，受伤30人，发生事故5起，同比减少1起、2人、3人。", "1起", "发生事故", "decrease"},
		// a gap to a place is no change after the totals
		{"上海实现销售额100亿元，北京实现销售额80亿元，比全省平均水平高2亿元、3亿元。", "2亿元", "销售额", "none"},
	})
}
