package attach_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/pipeline"
)

// want is what one figure of an example should get: its metric (the figure's
// metric must contain it; "" wants none) and its change ("" is not checked).
type want struct {
	surface string
	metric  string
	change  string
}

type example struct {
	text string
	want []want
}

// check runs the whole pipeline on each example (extract, then attach) and
// checks the figures named.
func check(t *testing.T, examples []example) {
	t.Helper()
	seg, err := pipeline.LoadSegmenter()
	require.NoError(t, err)
	for _, ex := range examples {
		_, figs := pipeline.ExtractText(seg, ex.text, pipeline.Meta{})
		seen := map[string]int{}
		for _, w := range ex.want {
			n := seen[w.surface]
			seen[w.surface]++
			var got *pipeline.Figure
			for i := range figs {
				if figs[i].Surface == w.surface {
					if n == 0 {
						got = &figs[i]
						break
					}
					n--
				}
			}
			if !assert.NotNil(t, got, "%s: no figure %s", ex.text, w.surface) {
				continue
			}
			if w.metric == "" {
				assert.Empty(t, got.Metric, "%s: %s", ex.text, w.surface)
			} else {
				assert.Contains(t, got.Metric, w.metric, "%s: metric of %s", ex.text, w.surface)
				assert.LessOrEqual(t, len([]rune(got.Metric)), len([]rune(w.metric))+6, "%s: metric of %s too long: %s", ex.text, w.surface, got.Metric)
			}
			if w.change != "" {
				assert.Equal(t, w.change, got.Change, "%s: change of %s", ex.text, w.surface)
			}
		}
	}
}

func TestWeakMetric(t *testing.T) {
	check(t, []example{
		{"初步核算，全省生产总值5000亿元。", []want{{"5000亿元", "生产总值", "none"}}},
		{"工业增加值1200亿元，年均增长7.5%。", []want{{"7.5%", "工业增加值", "increase"}}},
		{"今年全省粮食增产12亿斤。", []want{{"12亿斤", "粮食", "increase"}}},
		{"码头货物吞吐量亦大幅攀升12.5%。", []want{{"12.5%", "货物吞吐量", "increase"}}},
		{"据统计，景区日均客流量约3000人次。", []want{{"3000人次", "客流量", "none"}}},
		// a tail word of one character ending a longer word goes with it
		// (累计, not 计 leaving 累); alone it is cut by itself (照护中心计)
		{"全县一般公共预算收入累计24627万元。", []want{{"24627万元", "一般公共预算收入", "none"}}},
		{"全市共有照护中心计11家。", []want{{"11家", "照护中心", "none"}}},
		{"年内累计上涨超过15%。", []want{{"15%", "", "increase"}}},
	})
}

func TestGoverningSubject(t *testing.T) {
	check(t, []example{
		{"全市实现地区生产总值2360亿元，增长6.5%，占全省的12.1%。", []want{
			{"2360亿元", "地区生产总值", "none"}, {"6.5%", "地区生产总值", "increase"}, {"12.1%", "地区生产总值", "none"}}},
		{"社会消费品零售总额980亿元，比上年增长4.1%。", []want{{"4.1%", "社会消费品零售总额", "increase"}}},
		// A metric inside a comparison's reference governs nothing.
		{"税收收入86亿元，增长9%，比年度目标70亿元超出16亿元。", []want{{"16亿元", "税收收入", "none"}}},
	})
}

func TestDistribution(t *testing.T) {
	check(t, []example{
		// A figure with a subject and a verb of its own after the list ends it.
		{"事故起数和损失分别上升8.19%和2.72%、受伤人数下降9.64%。", []want{{"8.19%", "事故起数", "increase"}, {"2.72%", "损失", "increase"}, {"9.64%", "受伤人数", "decrease"}}},
		// No change verb after the marker: a rate noun ending the subject gives every figure its direction.
		{"一季度至四季度出口增速分别达到14.7%、14.1%、8.9%和8.4%。", []want{{"14.1%", "出口", "increase"}, {"8.4%", "出口", "increase"}}},
		// The subjects in the figureless clause before the one of 分别.
		{"煤炭和原油产量均有增长，分别增长5%和6%。", []want{{"5%", "煤炭", "increase"}, {"6%", "原油产量", "increase"}}},
		{"整体出口和进口货值均录得按年升幅，分别上升17.5%和18.3%。", []want{{"17.5%", "整体出口", "increase"}, {"18.3%", "进口货值", "increase"}}},
		{"钢材、水泥、玻璃分别增长4.2%、7.9%和11.3%。", []want{
			{"4.2%", "钢材", "increase"}, {"7.9%", "水泥", "increase"}, {"11.3%", "玻璃", "increase"}}},
		{"氨氮和氮氧化物排放量分别下降3.1%和5.6%。", []want{{"3.1%", "氨氮", "decrease"}, {"5.6%", "氮氧化物排放量", "decrease"}}},
		{"城乡居民人均收入分别达到4.2万元和2.1万元。", []want{{"4.2万元", "城乡居民人均收入", "none"}, {"2.1万元", "城乡居民人均收入", "none"}}},
		// A shared head: the items cannot be paired, all take the whole phrase.
		{"第一、二、三产业投资分别为120亿元、340亿元、510亿元。", []want{{"120亿元", "产业投资", "none"}, {"510亿元", "产业投资", "none"}}},
		{"小麦、玉米等主要作物产量分别增长2.1%、3.4%。", []want{{"2.1%", "小麦", "increase"}, {"3.4%", "玉米", "increase"}}},
		// A marker with no subject before it takes the sentence's last list.
		{"客车和货车销量分别为80万辆和120万辆，分别同比增长5.2%和6.8%。", []want{
			{"80万辆", "客车", "none"}, {"120万辆", "货车销量", "none"}, {"5.2%", "客车", "increase"}, {"6.8%", "货车销量", "increase"}}},
		// Fewer figures than subjects: a number after the last has no unit.
		{"男性和女性分别占52.1%和47.9。", []want{{"52.1%", "男性", "none"}}},
		{"两家企业分别获得1000万元和800万元融资。", []want{{"1000万元", "融资", "none"}, {"800万元", "融资", "none"}}},
		{"旅游和会展收入各增长12%和8%。", []want{{"12%", "旅游", "increase"}, {"8%", "会展收入", "increase"}}},
	})
}

func TestFromTo(t *testing.T) {
	check(t, []example{
		{"全市财政收入由2015年的120亿元增加到2020年的210亿元，年均增长11.8%。", []want{
			{"120亿元", "财政收入", "none"}, {"210亿元", "财政收入", "increase"}, {"11.8%", "财政收入", "increase"}}},
		{"森林覆盖率从2010年的41%提高到52%。", []want{{"52%", "森林覆盖率", "increase"}}},
		// 从 without a change to a level is no from-to pair.
		{"其中从机场入境旅客增加12.3%，为45万人次。", []want{{"12.3%", "入境旅客", "increase"}, {"45万人次", "入境旅客", "none"}}},
	})
}

func TestGapToReference(t *testing.T) {
	check(t, []example{
		{"贷款余额120万亿元，同比增长9.6%，增速比上月末低0.4个百分点，比上年同期高1.2个百分点。", []want{
			{"9.6%", "贷款余额", "increase"}, {"0.4个百分点", "增速", "decrease"}, {"1.2个百分点", "增速", "increase"}}},
		{"全市居民收入增长6.1%，高于全省平均水平0.6个百分点。", []want{{"0.6个百分点", "居民收入", "none"}}},
		{"全市居民收入增长6.1%，增速比全省快0.6个百分点。", []want{{"0.6个百分点", "增速", "none"}}},
		{"工业投资增长8.2%，增速比一季度加快0.9个百分点。", []want{{"0.9个百分点", "增速", "increase"}}},
		// 少 of 减少 is a change verb, and 与 joins two nouns: no comparison.
		{"电子零组件出口增长15.2%，资通与视听产品则减少6.7%。", []want{{"6.7%", "视听产品", "decrease"}}},
	})
}

func TestRateIs(t *testing.T) {
	check(t, []example{
		{"经陆路入境旅客120万人次，升幅为8.5%。", []want{{"8.5%", "入境旅客", "increase"}}},
		{"出口额52亿元，降幅达3.2%。", []want{{"3.2%", "出口额", "decrease"}}},
	})
}

func TestListOfFigures(t *testing.T) {
	check(t, []example{
		{"公路桥梁8.2万座、520万米，比上年增加2100座、96.5万米。", []want{{"96.5万米", "公路桥梁", "increase"}}},
		{"高新技术企业64家，占全区53.8%、全市26.8%。", []want{{"53.8%", "高新技术企业", "none"}, {"26.8%", "高新技术企业", "none"}}},
		// After a change against a base, a noun and a figure of another unit
		// is the next item, with its own metric and no change.
		{"公司实现营业收入37.27亿元，比上年增长44.25%、营业利润3.80亿元，比上年增长25.82%、利润总额4.51亿元，比上年增长28.48%。", []want{
			{"3.80亿元", "营业利润", "none"}, {"25.82%", "营业利润", "increase"}, {"4.51亿元", "利润总额", "none"}, {"28.48%", "利润总额", "increase"}}},
	})
}

func TestSharedTrailing(t *testing.T) {
	check(t, []example{
		{"先行推动东村41亩、西村80亩、南村35亩留用地入市。", []want{{"41亩", "留用地", ""}, {"80亩", "留用地", ""}, {"35亩", "留用地", ""}}},
		// A figure of another unit is another item: the noun after the last
		// names only the figures of its unit.
		{"他本场比赛砍下32分、10个篮板和8次助攻。", []want{{"32分", "", ""}, {"10个", "篮板", ""}, {"8次", "助攻", ""}}},
		// No metric after the last figure: each keeps its own.
		{"学校共有在校生2.1万人，其中本科生1.5万人、研究生0.6万人。", []want{{"1.5万人", "本科生", ""}, {"0.6万人", "研究生", ""}}},
	})
}

func TestParenthesis(t *testing.T) {
	check(t, []example{
		{"全市独居老人9.1千人，较上年增加1.2千人（15.0%）。", []want{{"15.0%", "独居老人", "increase"}}},
		{"整备产业用地573公顷（8600亩）。", []want{{"8600亩", "产业用地", "none"}}},
		// …also of one character, after a place (马来西亚（升139.4%）).
		{"对东盟出口增长，尤其是泰国（升39.4%）、越南（降6.0%）。", []want{{"39.4%", "泰国", "increase"}, {"6.0%", "越南", "decrease"}}},
		// A change in parentheses after the name it is of.
		{"鞋类销货价值下跌16.5%，其次是服装（下跌10.9%）、百货公司货品（下跌10.6%）。", []want{
			{"10.9%", "服装", "decrease"}, {"10.6%", "百货公司货品", "decrease"}}},
	})
}

func TestRateOfChange(t *testing.T) {
	check(t, []example{
		{"房地产开发投资5200亿元，增长3.2%，增速回落0.9个百分点。", []want{{"0.9个百分点", "增速", "decrease"}}},
		{"可再生能源发电量占全部发电量的比重为30.5%，同比提高1.4个百分点。", []want{{"30.5%", "占全部发电量的比重", "none"}, {"1.4个百分点", "占全部发电量的比重", "increase"}}},
		{"高龄人口占比达22.5%，较上年提高0.8个百分点。", []want{{"22.5%", "高龄人口占比", "none"}, {"0.8个百分点", "高龄人口占比", "increase"}}},
	})
}

func TestSubItemsAndParagraph(t *testing.T) {
	check(t, []example{
		{"全年新增改革成果120项。其中35项在全国推广。", []want{{"35项", "改革成果", ""}}},
		{"全市安置房交付面积90万平方米，同比增长15.3%。全年完成120万平方米。", []want{{"120万平方米", "安置房交付面积", ""}}},
	})
}

func TestSentenceSubject(t *testing.T) {
	check(t, []example{
		// Zero anaphora: the clause of the figure names nothing.
		{"今年以来，光伏组件出口延续了增长势头，双双超过百万件。", []want{{"百万件", "光伏组件", ""}}},
		// What follows the figure names it when nothing before does.
		{"全区连续45天无新增安全事故。", []want{{"45天", "无新增安全事故", ""}}},
		// A clause that opens with a comparison's reference (较前年, glued into
		// one word by the segmenter) names nothing: the subject before governs.
		{"去年共处理3,456宗个案，较前年增加12%。", []want{{"12%", "个案", "increase"}}},
		// A condition ending in 后 names nothing: the subject before governs.
		{"全市税收收入416亿元，扣除留抵退税因素后增长2.5%，按自然口径计算下降13.2%。", []want{{"2.5%", "税收收入", "increase"}, {"13.2%", "税收收入", "decrease"}}},
		{"消费者物价指数较上月跌0.98%，经调整季节变动因素后涨0.07%。", []want{{"0.07%", "消费者物价指数", "increase"}}},
		// …nor does a quote that opens the sentence hide the subject of the clause before.
		{"门店扩张很快。“订单从工厂直接发往门店，一般下单后3天到5天即可送达。”", []want{{"3天到5天", "订单", ""}}},
		// 以上 inside a subject's name stays (规模以上工业增加值).
		{"规模以上工业增加值增速从1~2月的8.0%起步，到1~6月同比增长7.4%。", []want{{"8.0%", "规模以上工业增加值", ""}, {"7.4%", "规模以上工业增加值", "increase"}}},
		// 实际 or 名义 alone names nothing: the subject before governs.
		{"全国居民人均可支配收入2万元，同比名义增长8.8%，扣除价格因素实际增长6.7%。", []want{{"6.7%", "居民人均可支配收入", "increase"}}},
		// A rate's basis before the figure ends no metric; 环|比降 is no metric.
		{"牛肉周均价每公斤75.2元，环比降0.3%。", []want{{"75.2元", "牛肉周均价", ""}, {"0.3%", "牛肉周均价", "decrease"}}},
		// After a causative verb, the predicate after a count of people names it, and the list goes on.
		{"洪涝灾害共造成全省近300万人次受灾，120人因灾死亡，35人失踪。", []want{{"300万人次", "受灾", ""}, {"120人", "因灾死亡", ""}, {"35人", "失踪", ""}}},
		{"全年发生交通事故800起，造成960人死亡。", []want{{"800起", "交通事故", ""}, {"960人", "死亡", ""}}},
		// The words that open a report name nothing, nor as a line's label.
		{"调查显示：近八成（78.5%）受访者支持。", []want{{"78.5%", "", ""}}},
		// The basis of a rate (每人每年) names nothing.
		{"农村低保标准由每人每年4800元提高到5400元。", []want{{"4800元", "农村低保标准", ""}, {"5400元", "农村低保标准", ""}}},
		// A label of change words before a colon names nothing: the subject before governs.
		{"公司营业收入100亿元，同比增长：5.2%。", []want{{"5.2%", "营业收入", "increase"}}},
		// The figure's own qualifier after it (左右, 以上, 以内) names nothing.
		{"售价80欧元左右。", []want{{"80欧元", "售价", ""}}},
		{"80欧元左右。", []want{{"80欧元", "", ""}}},
		{"2公里以内。", []want{{"2公里", "", ""}}},
		{"500千瓦以上的风机。", []want{{"500千瓦", "风机", ""}}},
	})
}

func TestPlaceAndShortMetric(t *testing.T) {
	check(t, []example{
		{"全省接待游客3.2亿人次。", []want{{"3.2亿人次", "接待游客", ""}}},
		{"澳門入境遊客總數為160萬人次。", []want{{"160萬人次", "入境遊客總數", ""}}},
		// A metric of one character takes the word before it.
		{"据统计，智能闸口日均通过量约5000人。", []want{{"5000人", "通过量", ""}}},
		// …but never the figure's own unit (5公升|水).
		{"共运送5公升水。", []want{{"5公升", "水", ""}}},
		{"徒步走了5英里路。", []want{{"5英里", "路", ""}}},
	})
}

func TestTableRow(t *testing.T) {
	check(t, []example{
		{"主要农产品产量\n| 蔬菜 | 320万吨 | 12.4% |\n| 水果 | 95万吨 | -3.1% |\n", []want{{"12.4%", "蔬菜", ""}, {"95万吨", "水果", ""}}},
		{"蔬菜：320万吨。", []want{{"320万吨", "蔬菜", ""}}},
	})
}

func TestTraditionalAsWritten(t *testing.T) {
	check(t, []example{
		{"內港碼頭入境旅客亦大幅攀升26.5%，達21萬人次。", []want{{"26.5%", "入境旅客", "increase"}, {"21萬人次", "入境旅客", "none"}}},
		{"中國大陸及香港旅客分別上升4.1%及13.4%。", []want{{"4.1%", "中國大陸", "increase"}, {"13.4%", "香港旅客", "increase"}}},
		{"112年第4季經濟成長率初步統計為5.12%，民間消費實質成長7.99%。", []want{{"5.12%", "經濟成長率", "none"}, {"7.99%", "民間消費", "increase"}}},
	})
}

// The stage looks back no further than the paragraph: a chunk that starts at
// a paragraph boundary gets the same metrics and changes.
func TestChunkAtParagraph(t *testing.T) {
	seg, err := pipeline.LoadSegmenter()
	require.NoError(t, err)
	p1 := "全市实现地区生产总值2360亿元，增长6.5%。"
	p2 := "钢材、水泥分别增长4.2%和7.9%。其中35万吨出口。\n工业投资增长8.2%，增速比一季度加快0.9个百分点。"
	_, whole := pipeline.ExtractText(seg, p1+"\n"+p2, pipeline.Meta{})
	_, chunk := pipeline.ExtractText(seg, p2, pipeline.Meta{})
	require.Len(t, whole, len(chunk)+2)
	for i, f := range chunk {
		w := whole[i+2]
		assert.Equal(t, f.Surface, w.Surface)
		assert.Equal(t, f.Metric, w.Metric, f.Surface)
		assert.Equal(t, f.Change, w.Change, f.Surface)
	}
	assert.True(t, strings.Contains(chunk[0].Metric, "钢材"))
}

// Pieces of text cut anywhere (mid-clause, mid-parenthesis, mid-table) never
// make the stage fail: every figure keeps a metric span inside the text.
func TestCutTextNeverFails(t *testing.T) {
	seg, err := pipeline.LoadSegmenter()
	require.NoError(t, err)
	text := []rune("全市实现地区生产总值2360亿元，增长6.5%，占全省的12.1%。其中，第一产业增加值58.1亿元（占2.5%），" +
		"钢材、水泥、玻璃分别增长4.2%、7.9%和11.3%；财政收入由2015年的120亿元增加到2020年的210亿元，" +
		"增速比上月末低0.4个百分点，高于全省平均水平0.6个百分点。\n| 蔬菜 | 320万吨 | 12.4% |\n蔬菜：320万吨，分别")
	for start := 0; start < len(text); start += 7 {
		for end := start + 1; end <= len(text); end += 11 {
			piece := string(text[start:end])
			_, figs := pipeline.ExtractText(seg, piece, pipeline.Meta{})
			n := len([]rune(piece))
			for _, f := range figs {
				if f.MetricStart >= 0 {
					require.True(t, f.MetricStart < f.MetricEnd && f.MetricEnd <= n, "%q: %s metric span %d-%d", piece, f.Surface, f.MetricStart, f.MetricEnd)
				}
			}
		}
	}
}

func TestRateNounBeforeValue(t *testing.T) {
	check(t, []example{
		{"今年上半年本地生產總值增幅達3.1%。", []want{{"3.1%", "生產總值", "increase"}}},
		{"入境旅客升幅均在18%以上。", []want{{"18%", "入境旅客", "increase"}}},
		{"全年居民消费价格涨幅为2.1%。", []want{{"2.1%", "居民消费价格", "increase"}}},
		{"五月份零售業總銷貨價值為290億元，跌幅均在5%以內。", []want{{"5%", "零售業總銷貨價值", "decrease"}}},
	})
}

func TestChangeAfterComparisonBase(t *testing.T) {
	check(t, []example{
		{"全年出口總值達新台幣一兆元，較一一三年同期增加12.5%。", []want{{"12.5%", "出口總值", "increase"}}},
		{"一至六月出口额比上年同期增加8.2%。", []want{{"8.2%", "出口额", "increase"}}},
		{"营业收入与上年同期相比增加8.2%。", []want{{"8.2%", "营业收入", "increase"}}},
		{"營業收入較去年同期增加二成。", []want{{"二成", "營業收入", "increase"}}},
	})
}

func TestGenitiveChain(t *testing.T) {
	check(t, []example{
		// Status words at either end are dropped; the chain keeps what is measured.
		{"二零二四年五月所有零售商店合計的零售業總銷貨價值的臨時估計上升17.1%。", []want{{"17.1%", "零售業總銷貨價值", "increase"}}},
		{"零售業總銷貨價值的修訂估計為320億元。", []want{{"320億元", "零售業總銷貨價值", "none"}}},
		{"国庆假期全市重点景区的接待人数达320万人次，同比增长12.5%。", []want{
			{"320万人次", "重点景区的接待人数", "none"}, {"12.5%", "重点景区的接待人数", "increase"}}},
		{"本公司的营业收入为52.3亿元，较上年增长8.1%。", []want{{"8.1%", "公司的营业收入", "increase"}}},
		{"初步估计全市规模以上工业企业的营业收入为5200亿元。", []want{{"5200亿元", "工业企业的营业收入", "none"}}},
		// An entity modifier stays with a generic head.
		{"超级市场货品的销货价值下跌5%。", []want{{"5%", "超级市场货品的销货价值", "decrease"}}},
		{"汽車及汽車零件的銷貨價值上升8.2%。", []want{{"8.2%", "汽車及汽車零件的銷貨價值", "increase"}}},
		{"第一产业实现增加值320亿元，增长3.1%。", []want{{"320亿元", "第一产业", "none"}, {"3.1%", "第一产业", "increase"}}},
		{"全市实现地区生产总值2360亿元。", []want{{"2360亿元", "地区生产总值", "none"}}},
		{"上半年，南沙区实现地区生产总值1235.6亿元。", []want{{"1235.6亿元", "地区生产总值", "none"}}},
		{"上半年，南沙区实现地区生产总值1,235.6亿元，同比增长4.2%。", []want{{"1,235.6亿元", "地区生产总值", "none"}, {"4.2%", "地区生产总值", "increase"}}},
	})
}

func TestEnumeratedSubject(t *testing.T) {
	check(t, []example{
		{"食品、烟酒及饮料类销售额增长8.4%。", []want{{"8.4%", "食品、烟酒及饮料类销售额", "increase"}}},
		{"燃料、衣履及耐用消費品的銷貨價值上升6.3%。", []want{{"6.3%", "燃料、衣履及耐用消費品的銷貨價值", "increase"}}},
		// With 分别 the items are paired with the figures.
		{"百貨公司貨品、服裝及鞋類銷貨價值分別下跌5.2%、6.1%及7.3%。", []want{
			{"5.2%", "百貨公司貨品", "decrease"}, {"6.1%", "服裝", "decrease"}, {"7.3%", "鞋類", "decrease"}}},
	})
}

func TestFillerNeverMetric(t *testing.T) {
	check(t, []example{
		{"按可比口径计算，同口径增长6.2%。", []want{{"6.2%", "", "increase"}}},
		{"营业收入同口径增长6.2%。", []want{{"6.2%", "营业收入", "increase"}}},
		{"各区中，南区增速最高，达9.1%。", []want{{"9.1%", "南区", ""}}},
		{"交通类价格涨幅最高，为4.2%。", []want{{"4.2%", "交通类价格", "increase"}}},
		{"在上市公司中，营业收入合计增长12.1%。", []want{{"12.1%", "营业收入", "increase"}}},
		{"出口产品主要增长12.1%。", []want{{"12.1%", "出口产品", "increase"}}},
	})
}

func TestCountSubjectPredicate(t *testing.T) {
	check(t, []example{
		{"在上市公司中，3072家公司实现营收增长。", []want{{"3072家", "营收", "none"}}},
		{"全市共有120家企业实现利润增长。", []want{{"120家", "利润", "none"}}},
		// A count with no predicate keeps its noun.
		{"全市新设企业120家。", []want{{"120家", "新设企业", "none"}}},
	})
}

func TestShareNounOpensClause(t *testing.T) {
	check(t, []example{
		// A share noun that opens its clause is a share of the governing subject.
		{"规上工业企业利润总额820亿元，占比为35.2%，同比增长6.1%。", []want{{"35.2%", "利润总额", "none"}, {"6.1%", "利润总额", "increase"}}},
		{"全市有460家企业实现出口增长，占比38.5%。", []want{{"38.5%", "出口增长", "none"}}},
		// A share noun after its subject stays (高龄人口占比).
		{"农村人口占比为31.2%。", []want{{"31.2%", "农村人口占比", ""}}},
	})
}

func TestEntityBeforeTime(t *testing.T) {
	check(t, []example{
		// An entity, a time, then the measure all entities share: the entity
		// distinguishes the figure and stays in the metric.
		{"机械设备2024年出口额320亿美元，较2023年增加45亿美元。", []want{{"320亿美元", "机械设备2024年出口额", "none"}, {"45亿美元", "机械设备2024年出口额", "increase"}}},
		{"紡織品一一三年出口值八五二億美元。", []want{{"八五二億美元", "紡織品一一三年出口值", "none"}}},
		// A place before the time is no entity.
		{"全省2023年粮食产量720亿斤。", []want{{"720亿斤", "粮食产量", "none"}}},
	})
}

func TestGenitiveZhi(t *testing.T) {
	check(t, []example{
		// 之 is the genitive of formal text; 之外 before a word is 之 and that word.
		{"本市登記之外籍勞工人數為3.2萬人。", []want{{"3.2萬人", "外籍勞工人數", "none"}}},
		{"經認證之綠色建築面積達85萬平方米。", []want{{"85萬平方米", "綠色建築面積", "none"}}},
		// A place of origin or destination distinguishes the figure.
		{"銷往歐洲之汽車零件出口值達52億美元。", []want{{"52億美元", "歐洲之汽車零件出口值", "none"}}},
		{"来自东协国家的进口额为950亿元。", []want{{"950亿元", "东协国家的进口额", "none"}}},
	})
}

func TestRankedTopic(t *testing.T) {
	check(t, []example{
		// A clause of a ranked list that names only its item (其次为B) names
		// what the figures of the next clause measure.
		{"出口市场中东盟居首，出口额2100亿元；其次为欧盟，出口额1800亿元，增长5.2%。", []want{{"1800亿元", "欧盟", "none"}, {"5.2%", "欧盟", "increase"}}},
		{"排名第二的是中部地区，投资额450亿元，下降3.1%。", []want{{"450亿元", "中部地区", "none"}, {"3.1%", "中部地区", "decrease"}}},
		// 其次为 before a subject in the figure's own clause opens no reference.
		{"其次为农产品加工业产值640亿元，增长4.4%。", []want{{"4.4%", "农产品加工业产值", "increase"}}},
	})
}

func TestCountedNoun(t *testing.T) {
	check(t, []example{
		{"全省有860家医院开通线上挂号。", []want{{"860家", "医院开通线上挂号", "none"}}},
		{"35家企业资产负债率超标。", []want{{"35家", "企业资产负债率超标", "none"}}},
		{"1200户农户在2024年实现增收。", []want{{"1200户", "增收", "none"}}},
		// A scope closed by 中, and a clause that goes on to another figure: the noun.
		{"全市2800家规上企业中，1900家企业实现盈利。", []want{{"2800家", "规上企业", "none"}, {"1900家", "实现盈利", "none"}}},
		{"180家外资企业实现产值900亿元。", []want{{"180家", "外资企业", "none"}, {"900亿元", "产值", "none"}}},
		// A name the segmenter cuts is left to the noun before the count.
		{"新认定专精特新“小巨人”企业42家。", []want{{"42家", "小巨人", "none"}}},
	})
}

func TestRateOpensClause(t *testing.T) {
	check(t, []example{
		// A rate noun that opens its clause measures the change of the clause
		// before: its subject names the figure.
		{"沿海港口集装箱吞吐量明显回落，降幅达6.2%。", []want{{"6.2%", "集装箱吞吐量", "decrease"}}},
		{"东部、中部等地区的快递业务量也较快增长，同比增幅均在12%以上。", []want{{"12%", "快递业务量", "increase"}}},
	})
}

func TestCountScope(t *testing.T) {
	check(t, []example{
		// A scope closed by 中 right after the figure names what it counts.
		{"在本季度受理的8.6万件投诉中，网购投诉占四成。", []want{{"8.6万件", "投诉", "none"}}},
		// An enumerated noun after a count is counted whole.
		{"据全国27个省、自治区分别报送的数据，农机总动力增长2%。", []want{{"27个", "省、自治区", "none"}}},
	})
}

func TestBasisWordsAndAbbreviation(t *testing.T) {
	check(t, []example{
		// A seasonal adjustment or a price basis names nothing measured: the
		// governing subject names the figure.
		{"一季度本地生產總值按年增長2.9%，經季節性調整後按季上升0.6%。", []want{{"0.6%", "生產總值", "increase"}}},
		{"全年社会消费品零售总额增长7.2%，扣除价格因素后增长5.1%。", []want{{"5.1%", "社会消费品零售总额", "increase"}}},
		// A name, its abbreviation in parentheses, a rate noun.
		{"當月躉售物價指數（WPI）年增率為1.4%。", []want{{"1.4%", "躉售物價指數", "increase"}}},
		// A head the segmenter reads as an idiom still ends the subject.
		{"制造业生产指数年增2.8%。", []want{{"2.8%", "制造业生产指数", "increase"}}},
	})
}

func TestDistributionEnumeration(t *testing.T) {
	check(t, []example{
		// 、 cuts the list; 和/及 join inside an item when the counts say so.
		{"农业、林业、畜牧及渔业服务业产值分别增长2.4%、3.1%和4.6%。", []want{
			{"2.4%", "农业", "increase"}, {"3.1%", "林业", "increase"}, {"4.6%", "畜牧及渔业服务业产值", "increase"}}},
		// A price set by decision: 上调/下调 are change verbs, 各 distributes.
		{"92号和95号汽油每吨各下调150元和160元。", []want{{"150元", "92号", "decrease"}, {"160元", "95号汽油", "decrease"}}},
		{"天然气、电力价格每吨各上调8元和12元。", []want{{"8元", "天然气", "increase"}, {"12元", "电力价格", "increase"}}},
	})
}

func TestSubjectBeforeBase(t *testing.T) {
	check(t, []example{
		// A comparison base in Chinese numerals, which the segmenter cuts
		// apart: the subject stands before the compare word.
		{"民間消費較一○九年減少百分之二點一。", []want{{"百分之二點一", "民間消費", "decrease"}}},
		{"今年进口较二〇二二年增长6.4%。", []want{{"6.4%", "进口", "increase"}}},
		// A change verb against another place or group is a gap: no change.
		{"全县农民人均收入比全市平均水平增加900元。", []want{{"900元", "农民人均收入", "none"}}},
		{"全县农民人均收入比上年增加900元。", []want{{"900元", "农民人均收入", "increase"}}},
	})
}

func TestRankedCopulaAndNamedRate(t *testing.T) {
	check(t, []example{
		// A ranking word with 的 before 为 introduces the item of the next clause.
		{"各类贷款中，增量最多的为制造业贷款，达到3.4万亿元。", []want{{"3.4万亿元", "制造业贷款", "none"}}},
		// A rate in 率 after its subject is a named indicator and a level.
		{"修订后的全年经济增长率为4.2%。", []want{{"4.2%", "经济增长率", "none"}}},
		// A rate noun of another kind after its subject is cut (游客增幅 → 游客).
		{"过夜旅客增幅为9%。", []want{{"9%", "过夜旅客", "increase"}}},
	})
}

func TestStatusWordsOfEstimates(t *testing.T) {
	check(t, []example{
		// A status word cut in two by the metric's end is cut whole.
		{"本月全部食肆的總收益臨時估計為98億元。", []want{{"98億元", "總收益", "none"}}},
		// A status word after a genitive chain: the chain keeps its modifier.
		{"酒店房間的入住收益的修訂估計上升3.2%。", []want{{"3.2%", "酒店房間的入住收益", "increase"}}},
		{"今年首10个月合计的外卖销售额的临时估计下跌2.5%。", []want{{"2.5%", "外卖销售额", "decrease"}}},
		// 按年 stands between a subject and its verb as 同比 does.
		{"在各類商品中，藥物及化妝品的銷貨價值按年上升6.6%。", []want{{"6.6%", "藥物及化妝品的銷貨價值", "increase"}}},
		// Taiwan estimates: 概估 is a status word; 上修 revises it upward.
		{"第二季經濟成長率概估為3.9%，較5月預測上修0.2個百分點。", []want{{"3.9%", "經濟成長率", "none"}, {"0.2個百分點", "經濟成長率", "increase"}}},
		// 按年 after a distribution marker's subject takes the sentence's list.
		{"港口進口及出口貨櫃量分別為120萬及135萬個標準箱，按年分別下跌2.1%及1.4%。", []want{{"2.1%", "港口進口", "decrease"}, {"1.4%", "出口貨櫃量", "decrease"}}},
	})
}

func TestSignedChangeInParentheses(t *testing.T) {
	check(t, []example{
		// A sign is a change; the name before each parenthesis is its metric,
		// 及 inside a category's name included.
		{"升幅較大的類別有醫療(+4.12%)、教育(+3.05%)和住屋及燃料(+2.87%)。", []want{
			{"4.12%", "醫療", "increase"}, {"3.05%", "教育", "increase"}, {"2.87%", "住屋及燃料", "increase"}}},
		{"跌幅最大的有衣履(-1.20%)。", []want{{"-1.20%", "衣履", "decrease"}}},
	})
}

func TestDistributionJointInsideItem(t *testing.T) {
	check(t, []example{
		// A、B和C及D with three figures: C及D is one item.
		{"肉类、水果和烟酒及饮料的价格分别上升2.1%、1.3%及0.8%。", []want{
			{"2.1%", "肉类", "increase"}, {"1.3%", "水果", "increase"}, {"0.8%", "烟酒及饮料", "increase"}}},
	})
}

func TestMarketReport(t *testing.T) {
	check(t, []example{
		// Verbs of the open and close and times of the session name nothing:
		// the index that opens the sentence does.
		{"周二，恒生指数以18230.5点低开，尾盘收报18105.6点，较前一交易日跌124.9点。", []want{
			{"18230.5点", "恒生指数", "none"}, {"18105.6点", "恒生指数", "none"}, {"124.9点", "恒生指数", "decrease"}}},
		{"深成指收报9860.21点，涨0.45%。", []want{{"9860.21点", "深成指", "none"}, {"0.45%", "深成指", "increase"}}},
	})
}

func TestTradePartner(t *testing.T) {
	check(t, []example{
		// The partner after 对 names trade with it, in whatever words.
		{"同期，我國對中東歐十國進出口820.5億元，增長6.1%。", []want{{"820.5億元", "中東歐十國", "none"}, {"6.1%", "中東歐十國", "increase"}}},
		{"對APEC其他經濟體進出口3.2萬億元。", []want{{"3.2萬億元", "APEC其他經濟體", "none"}}},
		{"同期，对拉美出口增长8.2%。", []want{{"8.2%", "拉美", "increase"}}},
		// Subjects summed by 合计 before the verb stay with it.
		{"浙江、江苏等5个外贸大省市合计进出口4.2万亿元。", []want{{"4.2万亿元", "浙江、江苏等5个外贸大省市", "none"}}},
		// No partner: the verb alone is the metric.
		{"其中，出口2.6万亿元，增长7.4%。", []want{{"2.6万亿元", "出口", "none"}}},
	})
}

func TestRateNounAfterFigure(t *testing.T) {
	check(t, []example{
		// A rate noun after the figure and 的 names the change.
		{"中证红利指数当日录得1.6%的跌幅。", []want{{"1.6%", "中证红利指数", "decrease"}}},
		{"半导体板块录得5%以上的较大涨幅。", []want{{"5%", "半导体板块", "increase"}}},
		{"医药板块录得2%左右的跌幅。", []want{{"2%", "医药板块", "decrease"}}},
		// A degree word between a rate noun and 为.
		{"国债指数涨幅仅为0.03%。", []want{{"0.03%", "国债指数", "increase"}}},
		// A verb that pushes a rate: the rate between names the figure.
		{"能源价格上涨合共推高通胀率0.8个百分点。", []want{{"0.8个百分点", "通胀率", "increase"}}},
	})
}

func TestFromToAndLevels(t *testing.T) {
	check(t, []example{
		// A from-to pair cut by a comma: the level reached takes the direction.
		{"覆盖比率由11月底的105.20%，上升至12月底的105.31%。", []want{{"105.20%", "覆盖比率", "none"}, {"105.31%", "覆盖比率", "increase"}}},
		// A change then the level it reaches: the level has none.
		{"创业板指数涨1.11%至2799.67点。", []want{{"1.11%", "创业板指数", "increase"}, {"2799.67点", "创业板指数", "none"}}},
	})
}

func TestFigurelessClauseSubject(t *testing.T) {
	check(t, []example{
		// A subject in a clause with no figure governs the clauses after it,
		// not the subject of an earlier figure.
		{"全市地区生产总值达5600亿元，增长6%；一般公共预算收入跨越五百亿台阶，达512亿元，增长8.1%。", []want{
			{"512亿元", "一般公共预算收入", "none"}, {"8.1%", "一般公共预算收入", "increase"}}},
		// A verb before the modifier of a genitive chain is no part of it.
		{"而柴油價格回落，致使運輸的價格指數按月下跌0.05%。", []want{{"0.05%", "運輸的價格指數", "decrease"}}},
	})
}

func TestRecordWords(t *testing.T) {
	check(t, []example{
		// Setting a record and 首度 are predicates and adverbs, never the metric.
		{"全年合并营收首度突破6万亿元，达6.2万亿元，再创新高，年增12.5%。", []want{
			{"6万亿元", "合并营收", "none"}, {"6.2万亿元", "合并营收", "none"}, {"12.5%", "合并营收", "increase"}}},
	})
}

func TestDigitGroupsAndMeasureNouns(t *testing.T) {
	check(t, []example{
		// The comma of a digit group ends no clause: the from-to pair holds.
		{"總就業人數由3,720,800人增加至3,736,300人。", []want{{"3,736,300人", "總就業人數", "increase"}}},
		// A subject that ends with a noun of measure, whatever its tags, and a
		// verb of a level held.
		{"就業不足率維持在1.1%。", []want{{"1.1%", "就業不足率", "none"}}},
	})
}

func TestShareReferenceAndSpaces(t *testing.T) {
	check(t, []example{
		// 占同期X的N%: X is what the share is of; the governing subject names it.
		{"本月平板出货量310万台，其中国产品牌240万台，同比下降6.3%，占同期平板出货量的77.4%。", []want{
			{"77.4%", "国产品牌", "none"}}},
		// A space between a change verb and its number.
		{"全县果园面积 94公顷，比上年减少 3公顷。", []want{{"3公顷", "果园面积", "decrease"}}},
	})
}

func TestAttributeAfterFigure(t *testing.T) {
	check(t, []example{
		// N点的收盘点位: an attribute of what the figureless clause before names;
		// a comparison after the noun is no part of it.
		{"恒生指数延续升势，18105.60点的收盘点位较前一交易日涨44.47点，涨幅为0.25%。", []want{
			{"18105.60点", "恒生指数", "none"}, {"44.47点", "恒生指数", "increase"}, {"0.25%", "恒生指数", "increase"}}},
	})
}

func TestTimeWordsBeforeSubject(t *testing.T) {
	check(t, []example{
		// 本季度 and 当月 open a subject and are cut whole.
		{"本季度码头货物吞吐量为3.2亿吨。", []want{{"3.2亿吨", "码头货物吞吐量", "none"}}},
		{"當月消費者物價指數年增率為2.1%。", []want{{"2.1%", "消費者物價指數", ""}}},
	})
}

func TestFigurelessClauseNoVerb(t *testing.T) {
	check(t, []example{
		// A clause of an entity, a time and a noun, cut from its figure by a
		// comma, is the figure's subject; the threshold crossed is not.
		{"台塑去年營收，突破2兆元大關。", []want{{"2兆元", "台塑去年營收", "none"}}},
		// A one-character verb the segmenter cuts from a noun (营|收) is no verb.
		{"公司去年营收，突破2万亿元。", []want{{"2万亿元", "公司去年营收", "none"}}},
	})
}

func TestShareOfAndBaseClause(t *testing.T) {
	check(t, []example{
		// 相等于X的N%: X is what the share is of.
		{"有形貿易逆差為320億元，相等於貨物進口價值的7.1%。", []want{{"7.1%", "有形貿易逆差", "none"}}},
		// A clause that is only a base and a verb goes on with the subject of
		// the figureless clause before it.
		{"2025年全年綜合消費物價指數平均為104.6，較2024年上升1.1%。", []want{{"1.1%", "綜合消費物價指數", "increase"}}},
	})
}

func TestDistributionOwnVerb(t *testing.T) {
	check(t, []example{
		// A later figure of a distributed list with its own verb keeps it.
		{"客运量、货运量依次增长6.4%和下降1.8%。", []want{{"6.4%", "客运量", "increase"}, {"1.8%", "货运量", "decrease"}}},
	})
}

func TestPlacesOfRegions(t *testing.T) {
	check(t, []example{
		// Places of Hong Kong and Macao text, a place then the word for all
		// of it, and a place whose first character the metric left out.
		{"全港住宅樓宇買賣合約共4,210份。", []want{{"4,210份", "住宅樓宇買賣合約", ""}}},
		{"浙江全省地区生产总值8.2万亿元。", []want{{"8.2万亿元", "地区生产总值", ""}}},
		{"本澳登記失業人數為3,120人。", []want{{"3,120人", "登記失業人數", ""}}},
	})
}

func TestDistributedRateNoun(t *testing.T) {
	check(t, []example{
		// A rate noun before 分别 gives every figure its change; in points it
		// stays their subject.
		{"写字楼及商铺月租金分别为每平方米120元和80元，跌幅分别为4.1%及2.6%。", []want{{"4.1%", "写字楼", "decrease"}, {"2.6%", "商铺月租金", "decrease"}}},
		{"销售面积5600万平方米，销售额3600亿元，降幅比上月分别扩大了1.6个百分点和1.5个百分点。", []want{{"1.6个百分点", "降幅", "increase"}}},
	})
}

func TestEnumeratedModifier(t *testing.T) {
	check(t, []example{
		// An enumerated modifier distinguishes even a long head.
		{"宁波、舟山和温州港口的集装箱吞吐量合计达到4100万标箱。", []want{{"4100万标箱", "宁波、舟山和温州港口的集装箱吞吐量", "none"}}},
	})
}

// checkTitled is check with a document title in Meta (a JSONL or HTML title,
// or a header's Title: line).
func checkTitled(t *testing.T, title string, examples []example) {
	t.Helper()
	seg, err := pipeline.LoadSegmenter()
	require.NoError(t, err)
	for _, ex := range examples {
		_, figs := pipeline.ExtractText(seg, ex.text, pipeline.Meta{Title: title})
		for _, w := range ex.want {
			var got *pipeline.Figure
			for i := range figs {
				if figs[i].Surface == w.surface {
					got = &figs[i]
					break
				}
			}
			if !assert.NotNil(t, got, "%s: no figure %s", ex.text, w.surface) {
				continue
			}
			if w.metric == "" {
				assert.Empty(t, got.Metric, "%s | %s: %s", title, ex.text, w.surface)
			} else {
				assert.Contains(t, got.Metric, w.metric, "%s | %s: metric of %s", title, ex.text, w.surface)
				assert.LessOrEqual(t, len([]rune(got.Metric)), len([]rune(w.metric))+6, "%s: metric of %s too long: %s", ex.text, w.surface, got.Metric)
			}
			if w.change != "" {
				assert.Equal(t, w.change, got.Change, "%s: change of %s", ex.text, w.surface)
			}
		}
	}
}

// A heading line above a block (一、农业, （二）对外贸易, 3.服务业, 【外贸】,
// a label ending in a colon) governs the figures below it that name nothing;
// a heading that names a topic, not a thing measured (一、综合, 主要指标),
// governs nothing.
func TestHeadingAbove(t *testing.T) {
	check(t, []example{
		{"一、渔业\n全年增长3.2%，总产量达到86万吨。", []want{{"3.2%", "渔业", "increase"}, {"86万吨", "总产量", "none"}}},
		{"（二）对外贸易\n\n上半年累计增长8.1%。", []want{{"8.1%", "对外贸易", "increase"}}},
		{"【民航客运】\n1-5月同比下降4.6%。", []want{{"4.6%", "民航客运", "decrease"}}},
		{"3.服务业\n前三季度增长6.1%。\n9月份增长5.8%。", []want{{"6.1%", "服务业", "increase"}, {"5.8%", "服务业", "increase"}}},
		{"电信业务收入：\n同比增长12%，增速加快1.5个百分点。", []want{{"12%", "电信业务收入", "increase"}}},
		// A figure with a subject of its own keeps it.
		{"二、工业\n规模以上工业增加值增长4.5%。", []want{{"4.5%", "工业增加值", "increase"}}},
		// Topics name nothing measured.
		{"一、综合\n全年增长5.0%。", []want{{"5.0%", "", "increase"}}},
		{"主要指标：\n同比增长7.3%。", []want{{"7.3%", "", "increase"}}},
		{"（一）基本情况\n比上年增长2.2%。", []want{{"2.2%", "", "increase"}}},
		// A sentence is no heading, nor a line with a figure.
		{"今年以来经济平稳运行\n同比增长6.6%。", []want{{"6.6%", "", "increase"}}},
		{"生猪出栏3200万头\n同比增长6.6%。", []want{{"6.6%", "", "increase"}}},
		// The next heading ends the block of the one before.
		{"一、渔业\n全年增长3.2%。\n二、其他\n同比下降1.1%。", []want{{"3.2%", "渔业", ""}, {"1.1%", "", "decrease"}}},
	})
}

// The title governs a figure whose clause names no subject when it names
// what is measured; a title that is a sentence or a topic governs nothing.
func TestTitleGoverns(t *testing.T) {
	checkTitled(t, "2024年5月零售业销货额", []example{
		{"与一年前比较，按年上升3.5%。", []want{{"3.5%", "零售业销货额", "increase"}}},
		{"其中超级市场货品的销货价值下跌2.1%。", []want{{"2.1%", "超级市场货品的销货价值", "decrease"}}},
	})
	checkTitled(t, "二零二四年四月零售業銷貨額", []example{
		{"與一年前比較，臨時估計上升1.4%。", []want{{"1.4%", "零售業銷貨額", "increase"}}},
	})
	checkTitled(t, "市统计局召开新闻发布会", []example{
		{"同比增长6.2%。", []want{{"6.2%", "", "increase"}}},
	})
	checkTitled(t, "统计公报", []example{
		{"同比增长6.2%。", []want{{"6.2%", "", "increase"}}},
	})
	// With no title in Meta, the document's first line is its headline.
	check(t, []example{
		{"2024年前三季度全市规模以上工业增加值\n前三季度同比增长6.2%。", []want{{"6.2%", "工业增加值", "increase"}}},
		{"一季度全省城镇居民人均可支配收入\n\n按可比口径计算增长5.1%，比上年同期加快0.4个百分点。", []want{{"5.1%", "人均可支配收入", "increase"}}},
		{"经济运行稳中向好\n同比增长6.2%。", []want{{"6.2%", "", "increase"}}},
	})
}

// Table and list layouts: the row label, a label and a colon, a numbered or
// bulleted list item, cells split by tabs or spaces; the column header when
// the row label names nothing measured (a year).
func TestTableLayouts(t *testing.T) {
	check(t, []example{
		{"指标\t产量\t增速\n蔬菜\t320万吨\t12.4%\n水果\t95万吨\t-3.1%", []want{{"320万吨", "蔬菜", ""}, {"95万吨", "水果", ""}}},
		{"蔬菜  320万吨  增长12.4%\n水果  95万吨  下降3.1%", []want{{"12.4%", "蔬菜", "increase"}, {"3.1%", "水果", "decrease"}}},
		{"◆ 蔬菜：320万吨\n• 出口额 12亿元", []want{{"320万吨", "蔬菜", ""}, {"12亿元", "出口额", ""}}},
		{"（1）蔬菜：320万吨，增长12.4%；（2）水果：95万吨。", []want{{"320万吨", "蔬菜", ""}, {"12.4%", "蔬菜", "increase"}, {"95万吨", "水果", ""}}},
		{"| 蔬菜 | 320萬噸 | 增長12.4% |", []want{{"320萬噸", "蔬菜", ""}, {"12.4%", "蔬菜", "increase"}}},
		{"年份 | 游客人次 | 旅游收入(亿元)\n2022年 | 320万人次 | 12亿元\n2023年 | 410万人次 | 15亿元", []want{
			{"320万人次", "游客人次", ""}, {"12亿元", "旅游收入", ""}, {"15亿元", "旅游收入", ""}}},
		// A header that names a topic names nothing.
		{"| 年份 | 绝对数 |\n| 2022年 | 320万人次 |", []want{{"320万人次", "", ""}}},
	})
}

// Traditional text: the rules read the simplified form (tags, word lists)
// and the metric is copied from the text as written.
func TestTraditionalStructure(t *testing.T) {
	check(t, []example{
		{"（二）對外貿易\n首季累計上升7.5%。", []want{{"7.5%", "對外貿易", "increase"}}},
		{"【旅遊業】\n與一年前比較，按年上升12.3%。", []want{{"12.3%", "旅遊業", "increase"}}},
		{"二零二三年第四季本地生產總值\n與一年前同期比較，實質增長4.3%。", []want{{"4.3%", "本地生產總值", "increase"}}},
		{"| 年份 | 訪港旅客 |\n| 2023年 | 3400萬人次 |", []want{{"3400萬人次", "訪港旅客", ""}}},
		{"一、綜合\n按年上升2.1%。", []want{{"2.1%", "", "increase"}}},
		{"（三）住宅銷售：\n較上年同期減少6.4%。", []want{{"6.4%", "住宅銷售", "decrease"}}},
	})
}

// A label run into its line before a colon governs the line's figures that
// name nothing; a clause of a change verb alone goes on with the subject
// of an earlier clause.
func TestLineLabel(t *testing.T) {
	check(t, []example{
		{"1.批发业：6月年增2.3%，上半年年增4.4%。", []want{{"2.3%", "批发业", "increase"}, {"4.4%", "批发业", "increase"}}},
		{"2.餐饮业：\n(1)营业额：3月营业额697亿元，年增6.8%。\n(2)网络销售额：第1季达109亿元，年增16.5%。", []want{
			{"697亿元", "营业额", "none"}, {"109亿元", "网络销售额", "none"}, {"16.5%", "网络销售额", "increase"}}},
		{"【出口】前5月同比下降2.2%。", []want{{"2.2%", "出口", "decrease"}}},
		// A label that is a topic governs nothing.
		{"主要指标：同比增长7.3%。", []want{{"7.3%", "", "increase"}}},
	})
	// A headline with the status words of a release (临时统计数字) names
	// what they are of.
	check(t, []example{
		{"二零二三年九月份的零售業銷貨額臨時統計數字\n******\n\n  與上年同月比較，臨時估計上升12.5%。", []want{{"12.5%", "零售業銷貨額", "increase"}}},
	})
}

// A clause of a time and a change verb alone (一季度下降3.1%) goes on with
// the governing subject; a clause announcing a breakdown (分季度看, 从环比看)
// names nothing measured.
func TestBreakdownClause(t *testing.T) {
	check(t, []example{
		{"全年出口总额5200亿元，增长6.1%。分季度看，一季度下降3.1%，四季度增长9.4%。", []want{
			{"3.1%", "出口总额", "decrease"}, {"9.4%", "出口总额", "increase"}}},
		{"前三季度，全市工业用电量增长4.4%；其中，三季度增长5.0%。", []want{{"5.0%", "工业用电量", "increase"}}},
		{"從環比看，客運量增長1.9%。", []want{{"1.9%", "客運量", "increase"}}},
	})
}

// A clause that compares with an earlier time and names nothing else goes
// on with the subject of the sentence, else of the paragraph.
func TestClauseChainNamesNothing(t *testing.T) {
	check(t, []example{
		{"上半年港口集装箱吞吐量，较上年同期增加12.1%。", []want{{"12.1%", "集装箱吞吐量", "increase"}}},
		{"出口总值320亿元。与上年比较，同比增加4.2%。", []want{{"4.2%", "出口总值", "increase"}}},
	})
}

// A table row flattened into a line (label, maybe its unit in parentheses,
// then its cells glued together) gives its label to its figures; a heading
// naming a list of indicators (主要经营指标) is no subject.
func TestFlattenedRow(t *testing.T) {
	check(t, []example{
		{"（二）主要经营指标\n 本期上年同期增减\n营业成本(元)1,250,300.25-4.10%3,900,120.50-2.35%\n资产 负债率61.20%58.85%2.35%", []want{
			{"1,250,300.25", "营业成本", ""}, {"-4.10%", "营业成本", ""}, {"-2.35%", "营业成本", ""}, {"61.20%", "资产 负债率", ""}, {"58.85%", "资产 负债率", ""}}},
		{"主要经营指标\n同比增长4.5%。", []want{{"4.5%", "", "increase"}}},
		// A phrase and one figure is a sentence, not a row.
		{"同比增长4.5%，2.1%", []want{{"4.5%", "", "increase"}}},
	})
}

// A signed change in parentheses after a category's name: the name is its
// metric, the sign its change; 及 joins the words of one name.
func TestSignedParenthesis(t *testing.T) {
	check(t, []example{
		{"升幅较大的类别有医疗及保健(+7.12%)、教育(+5.40%)和住屋(-1.25%)。", []want{
			{"7.12%", "医疗及保健", "increase"}, {"5.40%", "教育", "increase"}, {"-1.25%", "住屋", "decrease"}}},
		{"以燃料及电力(+9.30%)和通讯(+2.10%)的升幅最大。", []want{{"9.30%", "燃料及电力", "increase"}, {"2.10%", "通讯", "increase"}}},
	})
}

// The clause chain reads an earlier clause up to a number the extraction
// did not take as a figure, and goes back over a predicate clause (为历年
// 同月新高) to the subject before it.
func TestClauseChainOverPredicates(t *testing.T) {
	check(t, []example{
		{"门店营业额412.5亿（新台币，下同），为历年同月新高，同比增长3.1%。", []want{{"3.1%", "门店营业额", "increase"}}},
		{"国产网络游戏上线86款，同比增长35%。", []want{{"35%", "网络游戏", "increase"}}},
	})
}

// Pieces of a structured text (headings, labels, tables, flattened rows,
// parentheses) cut anywhere never make the stage fail.
func TestStructureCutNeverFails(t *testing.T) {
	seg, err := pipeline.LoadSegmenter()
	require.NoError(t, err)
	text := []rune("2024年前三季度全市规模以上工业增加值\n一、渔业\n全年增长3.2%。\n（二）对外贸易：\n分季度看，一季度下降3.1%，" +
		"为历年新高，同比增长5%。\n【出口】前5月下降2.2%。\n年份 | 游客人次 |\n2023年 | 410万人次 |\n营业成本(元)1,250.25-4.10%3,900.50-2.35%\n" +
		"类别有医疗及保健(+7.12%)、住屋(-1.25%)。\n门店营业额412.5亿（新台币，下同），为历年同月新高，同比增长3.1%。")
	for start := 0; start < len(text); start += 5 {
		for end := start + 1; end <= len(text); end += 9 {
			piece := string(text[start:end])
			for _, meta := range []pipeline.Meta{{}, {Title: "二零二四年四月零售業銷貨額"}, {Continues: true}} {
				_, figs := pipeline.ExtractText(seg, piece, meta)
				n := len([]rune(piece))
				for _, f := range figs {
					if f.MetricStart >= 0 {
						require.True(t, f.MetricStart < f.MetricEnd && f.MetricEnd <= n, "%q: %s metric span %d-%d", piece, f.Surface, f.MetricStart, f.MetricEnd)
					}
				}
			}
		}
	}
}

// A bare short line is a heading only right above its block; a marked one
// (numbered, bracketed, with a colon) governs the block's later paragraphs.
func TestBareHeadingOnlyAbove(t *testing.T) {
	check(t, []example{
		{"客运量\n同比增长6.5%。", []want{{"6.5%", "客运量", "increase"}}},
		{"相关报道\n全市经济运行平稳。\n同比增长6.5%。", []want{{"6.5%", "", "increase"}}},
		{"一、客运量\n全市运输平稳。\n同比增长6.5%。", []want{{"6.5%", "客运量", "increase"}}},
	})
}

// A bracket at the edge of a metric is cut; a bracketed label of a news
// item's kind (【快讯】) names nothing measured.
func TestBracketLabels(t *testing.T) {
	check(t, []example{
		{"【快讯】港口集装箱吞吐量增长5.1%。", []want{{"5.1%", "集装箱吞吐量", "increase"}}},
		{"【快讯】同比增长5.1%。", []want{{"5.1%", "", "increase"}}},
	})
}

func TestTermInName(t *testing.T) {
	check(t, []example{
		// A number and a unit of time before 期 is the term in a product's
		// name: part of the metric, not a period cut off it.
		{"10年期国债收益率下行3个基点至2.15%。", []want{{"3个基点", "10年期国债收益率", "decrease"}, {"2.15%", "10年期国债收益率", "none"}}},
		{"1年期LPR为3.45%，5年期以上LPR为3.95%。", []want{{"3.45%", "1年期LPR", "none"}, {"3.95%", "5年期以上LPR", "none"}}},
		{"7天期逆回购中标利率为1.8%。", []want{{"1.8%", "7天期逆回购中标利率", "none"}}},
		{"3个月期银行间同业拆借利率为1.95%。", []want{{"1.95%", "3个月期银行间同业拆借利率", "none"}}},
		// A period before the metric is still cut off it.
		{"2024年国债发行额为3.2万亿元。", []want{{"3.2万亿元", "国债发行额", "none"}}},
	})
}

func TestPriceBasisAndNameParts(t *testing.T) {
	check(t, []example{
		// 每 and a unit before a price is the price's basis: the subject
		// before names it.
		{"国际金价报收于每盎司886.1美元。", []want{{"886.1美元", "国际金价", "none"}}},
		{"布伦特原油期货收于每桶82.5美元，上涨1.2%。", []want{{"82.5美元", "布伦特原油期货", "none"}, {"1.2%", "布伦特原油期货", "increase"}}},
		// A name's bracket and digits stay in the metric.
		{"狭义货币(M1)余额67.17万亿元，同比增长3.7%。", []want{{"67.17万亿元", "狭义货币(M1)余额", "none"}, {"3.7%", "狭义货币(M1)余额", "increase"}}},
		{"沪深300指数涨1.2%。", []want{{"1.2%", "沪深300指数", "increase"}}},
		{"每万人口全科医生3.99人。", []want{{"3.99人", "每万人口全科医生", "none"}}},
	})
}

func TestLevelAfterVerbWithWei(t *testing.T) {
	check(t, []example{
		// 由A上升为B: 为 closes the verb of the level reached, as 至 does.
		{"专任教师由8930人上升为15467人。", []want{{"8930人", "专任教师", "none"}, {"15467人", "专任教师", "increase"}}},
		// 为 of a rate after a change word is no level.
		{"由于需求增长，增速为5.2%。", []want{{"5.2%", "", "increase"}}},
	})
}

func TestVerbAmountNoun(t *testing.T) {
	check(t, []example{
		// A verb, an amount of money, the noun it counts: the noun names it.
		{"人民银行以利率招标方式开展了20亿元7天期逆回购操作。", []want{{"20亿元", "7天期逆回购操作", "none"}}},
		{"他在决赛中获得35万美元奖金。", []want{{"35万美元", "奖金", "none"}}},
		// A threshold word after the amount names nothing.
		{"规上工业企业营业收入突破万亿元大关。", []want{{"万亿元", "规上工业企业营业收入", "none"}}},
	})
}

func TestRateNounsAndNameParts(t *testing.T) {
	check(t, []example{
		// A bracket between a rate noun and its value; a basis word between
		// 的 and the rate noun after the figure.
		{"综合消费物价指数按年升幅(即基本通胀率)为1.0%。", []want{{"1.0%", "综合消费物价指数", "increase"}}},
		{"零售业总销货价值录得1.0%的实质跌幅。", []want{{"1.0%", "零售业总销货价值", "decrease"}}},
		// A rate noun before a from–to pair: both are rates of its change.
		{"出口跌幅由18.1%扩大至33.6%。", []want{{"18.1%", "出口", "decrease"}, {"33.6%", "出口", "decrease"}}},
		// 应占 (attributable to) is no share; 类 makes a category inside a name.
		{"股东应占溢利大增2.1倍。", []want{{"2.1倍", "股东应占溢利", "increase"}}},
		{"燃料动力类价格下降11.1%。", []want{{"11.1%", "燃料动力类价格", "decrease"}}},
	})
}

func TestComparisonClauseAndTopic(t *testing.T) {
	check(t, []example{
		// A clause of a time, the base of a comparison and a basis word names
		// nothing: the noun phrase before the comma is what it measures.
		{"零售业总销货价值，与去年同月比较上升12.5%。", []want{{"12.5%", "零售业总销货价值", "increase"}}},
		{"金融及保险业的净产值，在二零一九年第三季与上年同期比较实质上升3.5%。", []want{{"3.5%", "金融及保险业的净产值", "increase"}}},
		{"本地生产总值在第三季按年实质上升2.9%。", []want{{"2.9%", "生产总值", "increase"}}},
		// 比 glued to the noun before a time is the reference's.
		{"上半年，工业生产者出厂价格比上年同期下降3.1%。", []want{{"3.1%", "工业生产者出厂价格", "decrease"}}},
	})
}

func TestMarketCloseAndSharedRateNoun(t *testing.T) {
	check(t, []example{
		// 收涨/收跌: a market's close, a change.
		{"恒生指数收跌1.3%。", []want{{"1.3%", "恒生指数", "decrease"}}},
		// Figures of one unit joined by 及 share the rate noun after the last.
		{"经营费用及员工支出分别录得19%及15%的按年升幅。", []want{{"19%", "经营费用", "increase"}, {"15%", "员工支出", "increase"}}},
	})
}

func TestTopicThenTimeAndLevel(t *testing.T) {
	check(t, []example{
		// A clause of 在, a time and a level word names nothing: the topic
		// before the comma does.
		{"失业率，在二零二四年七月至九月为3.0%。", []want{{"3.0%", "失业率", "none"}}},
		{"整体失业率，在今年第三季上升至3.1%。", []want{{"3.1%", "整体失业率", ""}}},
	})
}

func TestSignedRange(t *testing.T) {
	check(t, []example{
		// A range of two negative percentages is a fall.
		{"预计净利润同比变动幅度为-66.55%至-57.26%。", []want{{"-66.55%至-57.26%", "净利润", "decrease"}}},
		{"预计净利润同比变动-6.97%。", []want{{"-6.97%", "净利润", "decrease"}}},
	})
}

func TestMarketChangeVerbs(t *testing.T) {
	check(t, []example{
		// Verbs of a rate set or a price moving fast are changes; the
		// subject before them names the figure.
		{"人民币中间价调升27个基点。", []want{{"27个基点", "人民币中间价", "increase"}}},
		{"公司纯利急升45%。", []want{{"45%", "公司纯利", "increase"}}},
		{"油价调低0.3元。", []want{{"0.3元", "油价", "decrease"}}},
	})
}
