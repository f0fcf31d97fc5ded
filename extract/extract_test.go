package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/extract"
	"github.com/zhmetrics/zhmetrics/pipeline"
)

// want is what a test expects of one figure; zero fields are not checked
// except Surface, Unit and the value (Value, or Low and High for a range).
type want struct {
	Surface   string
	Value     float64
	Low, High float64
	Unit      string
	Qualifier string
	Change    string
	Metric    string
	Period    string
	Base      float64
}

func tokens(t *testing.T, s string) []extract.Token {
	seg, err := pipeline.LoadSegmenter()
	require.NoError(t, err)
	return seg.Tokens(s)
}

func check(t *testing.T, sentence string, wants []want) {
	t.Helper()
	got := extract.Extract(sentence, tokens(t, sentence))
	surfaces := make([]string, len(got))
	for i, f := range got {
		surfaces[i] = f.Surface
	}
	require.Len(t, got, len(wants), "figures of %q: %q", sentence, surfaces)
	rs := []rune(sentence)
	for i, w := range wants {
		f := got[i]
		assert.Equal(t, w.Surface, f.Surface)
		assert.Equal(t, w.Surface, string(rs[f.Start:f.End]), "offsets of %s", w.Surface)
		assert.Equal(t, w.Unit, f.Unit, w.Surface)
		if w.Low != 0 || w.High != 0 {
			require.Nil(t, f.Value, w.Surface)
			require.NotNil(t, f.Low, w.Surface)
			assert.InDelta(t, w.Low, *f.Low, 1e-6, w.Surface)
			assert.InDelta(t, w.High, *f.High, 1e-6, w.Surface)
		} else {
			require.NotNil(t, f.Value, w.Surface)
			assert.InDelta(t, w.Value, *f.Value, 1e-6*max(1, w.Value), w.Surface)
		}
		if w.Qualifier != "" {
			assert.Equal(t, w.Qualifier, f.Qualifier, "qualifier of %s", w.Surface)
		}
		if w.Change != "" {
			assert.Equal(t, w.Change, f.Change, "change of %s", w.Surface)
		}
		if w.Metric != "" {
			assert.Contains(t, f.Metric, w.Metric, "metric of %s", w.Surface)
		}
		if w.Period != "" {
			assert.Equal(t, w.Period, f.Period, "period of %s", w.Surface)
		}
		if w.Base != 0 {
			require.NotNil(t, f.BaseValue, w.Surface)
			assert.InDelta(t, w.Base, *f.BaseValue, 1e-6*w.Base, w.Surface)
		}
	}
}

// The corpus of the number + unit rules (scan.go), with the context rules
// (context.go, metric.go, period.go) checked where a sentence shows them.
func TestExtractFigures(t *testing.T) {
	runTable(t, table{
		{"上半年实现地区生产总值795.3亿元、同比增长0.3%", []want{
			{Surface: "795.3亿元", Value: 7.953e10, Unit: "元", Qualifier: "exact", Change: "none", Metric: "地区生产总值", Period: "上半年"},
			{Surface: "0.3%", Value: 0.3, Unit: "%", Change: "increase", Period: "上半年"}}},
		{"累计投资金额约8.58亿元。", []want{{Surface: "8.58亿元", Value: 8.58e8, Unit: "元", Qualifier: "approx", Metric: "累计投资金额"}}},
		{"新设企业2.4万家", []want{{Surface: "2.4万家", Value: 24000, Unit: "家", Metric: "新设企业"}}},
		{"治安警情案发率下降71.6%", []want{{Surface: "71.6%", Value: 71.6, Unit: "%", Change: "decrease", Metric: "治安警情案发率"}}},
		{"辖内有四百多名严重精神障碍患者", []want{{Surface: "四百多名", Value: 400, Unit: "名", Qualifier: "over", Metric: "严重精神障碍患者"}}},
		{"总投资额近4500亿元", []want{{Surface: "4500亿元", Value: 4.5e11, Unit: "元", Qualifier: "nearly"}}},
		{"办理时间从1天到2天不等", []want{{Surface: "1天到2天", Low: 1, High: 2, Unit: "天"}}},
		{"建设周期3至5年", []want{{Surface: "3至5年", Low: 3, High: 5, Unit: "年"}}},
		{"增幅在20%-30%之间", []want{{Surface: "20%-30%", Low: 20, High: 30, Unit: "%"}}},
		{"总投资10-15亿元", []want{{Surface: "10-15亿元", Low: 1e9, High: 1.5e9, Unit: "元"}}},
		{"现场来了三四百人", []want{{Surface: "三四百人", Low: 300, High: 400, Unit: "人"}}},
		{"企业备案通过时效提升三分之一", []want{{Surface: "三分之一", Value: 100.0 / 3, Unit: "%", Change: "increase"}}},
		{"失业率为百分之五点五", []want{{Surface: "百分之五点五", Value: 5.5, Unit: "%"}}},
		{"不良率千分之三", []want{{Surface: "千分之三", Value: 0.3, Unit: "%"}}},
		{"约三成企业受益", []want{{Surface: "三成", Value: 30, Unit: "%", Qualifier: "approx"}}},
		{"提高4个百分点", []want{{Surface: "4个百分点", Value: 4, Unit: "个百分点", Change: "increase"}}},
		{"面积为去年的3.5倍", []want{{Surface: "3.5倍", Value: 3.5, Unit: "倍"}}},
		{"供电服务超926万千瓦时", []want{{Surface: "926万千瓦时", Value: 9.26e6, Unit: "千瓦时", Qualifier: "over"}}},
		{"流转土地1.13万亩", []want{{Surface: "1.13万亩", Value: 11300, Unit: "亩", Base: 11300 * 666.6666666666666}}},
		{"产业用地约573.3公顷", []want{{Surface: "573.3公顷", Value: 573.3, Unit: "公顷", Qualifier: "approx", Base: 5733000}}},
		{"办理业务38万余件", []want{{Surface: "38万余件", Value: 380000, Unit: "件", Qualifier: "over"}}},
		{"缩短船舶等待时间超2小时", []want{{Surface: "2小时", Value: 2, Unit: "小时", Qualifier: "over", Change: "decrease", Metric: "船舶等待时间"}}},
		{"电费较改革前下降约13%", []want{{Surface: "13%", Value: 13, Unit: "%", Qualifier: "approx", Change: "decrease", Metric: "电费"}}},
		{"每天接待游客5000人左右", []want{{Surface: "5000人", Value: 5000, Unit: "人", Qualifier: "approx"}}},
		{"托位数不足9万个", []want{{Surface: "9万个", Value: 90000, Unit: "个", Qualifier: "under"}}},
		{"缩短2小时以上", []want{{Surface: "2小时", Value: 2, Qualifier: "over", Unit: "小时", Change: "decrease"}}},
		{"新增44家长者饭堂", []want{{Surface: "44家", Value: 44, Unit: "家", Change: "none", Metric: "长者饭堂"}}},
		{"超千项改革创新成果", []want{{Surface: "千项", Value: 1000, Unit: "项", Qualifier: "over"}}},
		{"实际使用外资146亿美元", []want{{Surface: "146亿美元", Value: 1.46e10, Unit: "美元"}}},
		{"营业收入1,234.5万港币", []want{{Surface: "1,234.5万港币", Value: 12345000, Unit: "港币"}}},
		{"2024年1至10月，进出口总值增长5.2%", []want{{Surface: "5.2%", Value: 5.2, Unit: "%", Change: "increase", Period: "2024年1至10月"}}},
		{"截至2024年11月，共建成65个综合受理窗口", []want{{Surface: "65个", Value: 65, Unit: "个", Period: "截至2024年11月", Metric: "综合受理窗口"}}},
		{"貳萬人參加", []want{{Surface: "貳萬人", Value: 20000, Unit: "人"}}},
		{"全长35km的道路", []want{{Surface: "35km", Value: 35, Unit: "公里", Base: 35000}}},
		{"增长两倍", []want{{Surface: "两倍", Value: 2, Unit: "倍", Change: "increase"}}},
		{"增长至50%", []want{{Surface: "50%", Value: 50, Unit: "%", Change: "none"}}},
		// Bulletins, earnings and customs news.
		{"年末全市常住人口1882.70万人，比上年末增加9.29万人。", []want{
			{Surface: "1882.70万人", Value: 18827000, Unit: "人", Metric: "常住人口", Period: ""},
			{Surface: "9.29万人", Value: 92900, Unit: "人", Change: "increase"}}},
		{"全年居民消费价格比上年上涨0.2%", []want{{Surface: "0.2%", Value: 0.2, Unit: "%", Change: "increase", Period: "全年"}}},
		{"前10个月，我国货物贸易进出口总值36.02万亿元，同比增长5.2%。", []want{
			{Surface: "36.02万亿元", Value: 3.602e13, Unit: "元", Metric: "货物贸易进出口总值", Period: "前10个月"},
			{Surface: "5.2%", Value: 5.2, Unit: "%", Change: "increase"}}},
		{"我与东盟贸易总值为5.71万亿元", []want{{Surface: "5.71万亿元", Value: 5.71e12, Unit: "元", Metric: "东盟贸易总值"}}},
		{"公司拟向全体股东每10股派发现金红利3元（含税）", []want{{Surface: "3元", Value: 3, Unit: "元", Metric: "派发现金红利"}}},
		{"回购股份1,000万股", []want{{Surface: "1,000万股", Value: 1e7, Unit: "股"}}},
		{"本地生产总值按年实质上升1.8%", []want{{Surface: "1.8%", Value: 1.8, Unit: "%", Change: "increase", Metric: "生产总值"}}},
		{"一季度GDP同比增长5.3%，增速较上季度加快0.1个百分点。", []want{
			{Surface: "5.3%", Value: 5.3, Unit: "%", Change: "increase", Metric: "GDP", Period: "一季度"},
			{Surface: "0.1个百分点", Value: 0.1, Unit: "个百分点", Change: "increase"}}},
		{"CPI同比上涨0.3%", []want{{Surface: "0.3%", Value: 0.3, Unit: "%", Change: "increase", Metric: "CPI"}}},
		{"“十四五”期间累计完成投资2.8万亿元", []want{{Surface: "2.8万亿元", Value: 2.8e12, Unit: "元", Period: "十四五”期间"}}},
		{"PM10浓度为45微克/立方米", []want{{Surface: "45微克/立方米", Value: 45, Unit: "微克/立方米"}}},
		{"成交额同比增长20%，其中2023年完成6000亿元", []want{
			{Surface: "20%", Value: 20, Unit: "%", Change: "increase", Period: ""},
			{Surface: "6000亿元", Value: 6e11, Unit: "元", Period: "2023年"}}},
		{"全市地区生产总值（GDP）30355.73亿元", []want{{Surface: "30355.73亿元", Value: 3.035573e12, Unit: "元", Metric: "地区生产总值"}}},
		{"完成超90万平方米安置房分配交付", []want{{Surface: "90万平方米", Value: 900000, Unit: "平方米", Qualifier: "over", Metric: "安置房"}}},
		{"共建成65个“一窗通办”综合受理窗口", []want{{Surface: "65个", Value: 65, Unit: "个", Metric: "综合受理窗口"}}},
		{"全员劳动生产率为161615元/人", []want{{Surface: "161615元/人", Value: 161615, Unit: "元/人"}}},
		{"营收达新台币2,000亿元", []want{{Surface: "2,000亿元", Value: 2e11, Unit: "新台币"}}},
		{"金额达人民币1.2亿元", []want{{Surface: "1.2亿元", Value: 1.2e8, Unit: "元"}}},
		// A range of amounts after a currency's name is one figure, in that
		// currency; a change and the level it reached are two.
		{"总投资约为人民币2.5亿元至3亿元", []want{{Surface: "2.5亿元至3亿元", Low: 2.5e8, High: 3e8, Unit: "元", Qualifier: "approx"}}},
		{"金额为人民币 1亿元-2亿元", []want{{Surface: "1亿元-2亿元", Low: 1e8, High: 2e8, Unit: "元"}}},
		{"售价新台币1,000元到1,500元", []want{{Surface: "1,000元到1,500元", Low: 1000, High: 1500, Unit: "新台币"}}},
		{"票价为港币100至200元", []want{{Surface: "100至200元", Low: 100, High: 200, Unit: "港元"}}},
		// Change verbs of value, volume and set prices, and sudden ones kept as one word.
		{"人民币汇率升值0.5%", []want{{Surface: "0.5%", Value: 0.5, Unit: "%", Change: "increase", Metric: "人民币汇率"}}},
		{"出口额萎缩4.5%", []want{{Surface: "4.5%", Value: 4.5, Unit: "%", Change: "decrease", Metric: "出口额"}}},
		{"增速减缓0.5个百分点", []want{{Surface: "0.5个百分点", Value: 0.5, Unit: "个百分点", Change: "decrease"}}},
		{"销量大跌30%", []want{{Surface: "30%", Value: 30, Unit: "%", Change: "decrease", Metric: "销量"}}},
		{"贷款利率下浮10%", []want{{Surface: "10%", Value: 10, Unit: "%", Change: "decrease", Metric: "贷款利率"}}},
		{"比上年减收1070万元", []want{{Surface: "1070万元", Value: 1.07e7, Unit: "元", Change: "decrease"}}},
		{"政府性基金支出比上年减支27580万元", []want{{Surface: "27580万元", Value: 2.758e8, Unit: "元", Change: "decrease"}}},
		{"全年发生重污染395天次", []want{{Surface: "395天次", Value: 395, Unit: "天次"}}},
		// A rate per a round base written with its scale: the base is the unit.
		{"孕产妇死亡率为15.1/10万", []want{{Surface: "15.1/10万", Value: 15.1, Unit: "/10万", Metric: "孕产妇死亡率"}}},
		{"肺结核发病率为8.3/万", []want{{Surface: "8.3/万", Value: 8.3, Unit: "/万"}}},
		{"概率是1/100", []want{{Surface: "1/100", Value: 1, Unit: "%"}}},
		// 高/低 right after a comparison's base word; against the season's normal.
		{"猪肉价格同比低56.7%", []want{{Surface: "56.7%", Value: 56.7, Unit: "%", Change: "decrease"}}},
		{"全国平均气温偏高0.7℃", []want{{Surface: "0.7℃", Value: 0.7, Unit: "摄氏度", Change: "increase"}}},
		{"降水偏少5至8成", []want{{Surface: "5至8成", Low: 50, High: 80, Unit: "%", Change: "decrease"}}},
		// Units: per person and month, per-mille points, products written in Chinese.
		{"低保标准提高到645元/人月", []want{{Surface: "645元/人月", Value: 645, Unit: "元/人月"}}},
		{"标准为4830元/人·年", []want{{Surface: "4830元/人·年", Value: 4830, Unit: "元/人·年"}}},
		{"人均收入20000元/人年均增长5%", []want{{Surface: "20000元/人", Value: 20000, Unit: "元/人"}, {Surface: "5%", Value: 5, Unit: "%", Change: "increase"}}},
		{"出生率下降0.62个千分点", []want{{Surface: "0.62个千分点", Value: 0.62, Unit: "个千分点", Change: "decrease"}}},
		{"运输总周转量97.1亿吨公里", []want{{Surface: "97.1亿吨公里", Value: 9.71e9, Unit: "吨公里", Metric: "运输总周转量"}}},
		// 在 and level verbs with 在 stand between a metric and its figure.
		{"蔬菜品种涨幅在2%以内", []want{{Surface: "2%", Value: 2, Unit: "%", Qualifier: "under", Change: "increase", Metric: "蔬菜品种"}}},
		{"失业率控制在5.5%左右", []want{{Surface: "5.5%", Value: 5.5, Unit: "%", Qualifier: "approx", Metric: "失业率"}}},
		// Computing power and storage, racks, carbon.
		{"全国算力总规模达280EFLOPS", []want{{Surface: "280EFLOPS", Value: 280, Unit: "EFLOPS", Metric: "算力总规模"}}},
		{"存储总容量达800EB", []want{{Surface: "800EB", Value: 800, Unit: "艾字节", Base: 8e20}}},
		{"机架总规模超过590万标准机架", []want{{Surface: "590万标准机架", Value: 5.9e6, Unit: "标准机架", Qualifier: "over"}}},
		{"碳排放120万吨二氧化碳当量", []want{{Surface: "120万吨二氧化碳当量", Value: 1.2e6, Unit: "吨二氧化碳当量", Metric: "碳排放"}}},
		// A qualifier before the verb of a level or a share.
		{"耗电量大约是1000亿千瓦时", []want{{Surface: "1000亿千瓦时", Value: 1e11, Unit: "千瓦时", Qualifier: "approx"}}},
		{"新增装机约占全国总装机的52.9%", []want{{Surface: "52.9%", Value: 52.9, Unit: "%", Qualifier: "approx"}}},
		{"装机占全国的52.9%", []want{{Surface: "52.9%", Value: 52.9, Unit: "%", Qualifier: "exact"}}},
		{"主体建筑共分6层", []want{{Surface: "6层", Value: 6, Unit: "层"}}},
		{"电池能量密度达350Wh/kg，充电功率200W", []want{{Surface: "350Wh/kg", Value: 350, Unit: "瓦时/千克"}, {Surface: "200W", Value: 200, Unit: "瓦", Base: 0.2}}},
		{"抽样误差仅为正负4.3%", []want{{Surface: "4.3%", Value: 4.3, Unit: "%", Change: "none"}}},
		// 级 is a force or a magnitude only by a word of wind or quake.
		{"东北风3级左右", []want{{Surface: "3级", Value: 3, Unit: "级", Qualifier: "approx"}}},
		{"发生7.0级地震", []want{{Surface: "7.0级", Value: 7, Unit: "级"}}},
		{"全市有3级医院5家", []want{{Surface: "5家", Value: 5, Unit: "家"}}},
		// 分 is a score only after a noun of scores.
		{"群众满意度为98.6分", []want{{Surface: "98.6分", Value: 98.6, Unit: "分", Metric: "群众满意度"}}},
		// ... or after a word of scoring in a game, near it: a player's points.
		{"本赛季他场均28.5分", []want{{Surface: "28.5分", Value: 28.5, Unit: "分"}}},
		{"詹姆斯砍下全场最高的35分", []want{{Surface: "35分", Value: 35, Unit: "分"}}},
		{"他独得25分，另有8个篮板", []want{{Surface: "25分", Value: 25, Unit: "分"}, {Surface: "8个", Value: 8, Unit: "个", Metric: "篮板"}}},
		{"球队积分升至45分", []want{{Surface: "45分", Value: 45, Unit: "分", Metric: "球队积分"}}},
		// A page's stray space after the point of a percent.
		{"一般公共预算收入年均增长3. 9%", []want{{Surface: "3. 9%", Value: 3.9, Unit: "%", Change: "increase"}}},
		// 增持/减持 (buying, selling shares) name an act, even cut by the segmenter: no change.
		{"增持金额为4001.68万元", []want{{Surface: "4001.68万元", Value: 40016800, Unit: "元", Change: "none", Metric: "增持金额"}}},
		{"股东减持股份120万股", []want{{Surface: "120万股", Value: 1.2e6, Unit: "股", Change: "none"}}},
		// A colon right before the figure joins it to its label and its change word.
		{"净利润同比下降:12%", []want{{Surface: "12%", Value: 12, Unit: "%", Change: "decrease", Metric: "净利润"}}},
		{"预计净利润同比上年增长：60%至77%", []want{{Surface: "60%至77%", Low: 60, High: 77, Unit: "%", Change: "increase", Metric: "净利润"}}},
		// A comparison's reference the segmenter made one word (较前年, 比上月)
		// is stepped over like 较 + 上年; a noun that starts with 比 is no reference.
		{"个案数较前年增加12%", []want{{Surface: "12%", Value: 12, Unit: "%", Change: "increase", Metric: "个案数"}}},
		{"出口额比上月增长3%", []want{{Surface: "3%", Value: 3, Unit: "%", Change: "increase", Metric: "出口额"}}},
		{"比重比上月提高2个百分点", []want{{Surface: "2个百分点", Value: 2, Unit: "个百分点", Change: "increase", Metric: "比重"}}},
		// A qualifier word before a currency's name qualifies the amount after it.
		{"营收超过新台币1,000亿元", []want{{Surface: "1,000亿元", Value: 1e11, Unit: "新台币", Qualifier: "over", Metric: "营收"}}},
		{"成本约港币3亿元", []want{{Surface: "3亿元", Value: 3e8, Unit: "港元", Qualifier: "approx", Metric: "成本"}}},
		{"成本港币约3亿元", []want{{Surface: "3亿元", Value: 3e8, Unit: "港元", Qualifier: "approx"}}},
		// The metric and the change stand before the currency's name.
		{"本季营收达新台币1.5兆元", []want{{Surface: "1.5兆元", Value: 1.5e12, Unit: "新台币", Metric: "营收"}}},
		{"存款增加人民币96亿元", []want{{Surface: "96亿元", Value: 9.6e9, Unit: "元", Change: "increase", Metric: "存款"}}},
		{"投资人民币2.5亿元至3亿美元", []want{{Surface: "2.5亿元", Value: 2.5e8, Unit: "元"}, {Surface: "3亿美元", Value: 3e8, Unit: "美元"}}},
		{"存款增加人民币96亿元至22509亿元", []want{{Surface: "96亿元", Value: 9.6e9, Unit: "元", Change: "increase"}, {Surface: "22509亿元", Value: 2.2509e12, Unit: "元"}}},
		{"出生率为6.39‰", []want{{Surface: "6.39‰", Value: 6.39, Unit: "‰"}}},
		// A vague word before a number in Chinese belongs to the numeral (上千,
		// 数十, 几百: the gold's 上千), while a qualifier word (近, 超过) stands
		// outside the surface; the value is the round amount, over.
		{"吸引数十家企业入驻", []want{{Surface: "数十家", Value: 10, Unit: "家", Qualifier: "over"}}},
		{"投入数百万元", []want{{Surface: "数百万元", Value: 1e6, Unit: "元", Qualifier: "over"}}},
		{"全市有上千家企业", []want{{Surface: "上千家", Value: 1000, Unit: "家", Qualifier: "over"}}},
		{"花了几百块钱", []want{{Surface: "几百块钱", Value: 100, Unit: "元", Qualifier: "over"}}},
		{"十几个项目", []want{{Surface: "十几个", Value: 10, Unit: "个", Qualifier: "over"}}},
		{"参与人数100人", []want{{Surface: "100人", Value: 100, Unit: "人", Qualifier: "exact"}}},
		{"近万人参加", []want{{Surface: "万人", Value: 10000, Unit: "人", Qualifier: "nearly"}}},
		{"16至59岁的劳动年龄人口86481万人", []want{
			{Surface: "16至59岁", Low: 16, High: 59, Unit: "岁", Metric: "劳动年龄人口"},
			{Surface: "86481万人", Value: 864810000, Unit: "人", Metric: "劳动年龄人口"}}},
		{"新引进11个世界500强企业投资项目", []want{{Surface: "11个", Value: 11, Unit: "个", Metric: "世界500强企业投资项目"}}},
		{"节约资金1000多万元", []want{{Surface: "1000多万元", Value: 1e7, Unit: "元", Qualifier: "over"}}},
		{"改造50余万平方米", []want{{Surface: "50余万平方米", Value: 5e5, Unit: "平方米", Qualifier: "over"}}},
		{"1.2万至1.5万人", []want{{Surface: "1.2万至1.5万人", Low: 12000, High: 15000, Unit: "人"}}},
		{"新增3万多人", []want{{Surface: "3万多人", Value: 30000, Unit: "人", Qualifier: "over"}}},
		{"GDP总量突破3万亿元大关", []want{{Surface: "3万亿元", Value: 3e12, Unit: "元", Qualifier: "over", Metric: "GDP总量"}}},
		{"每万人拥有医生3名", []want{{Surface: "3名", Value: 3, Unit: "名"}}}, // 每万人 is the basis, not a figure
		{"储水约5加仑", []want{{Surface: "5加仑", Value: 5, Unit: "加仑", Qualifier: "approx"}}},
		{"油价为3.5美元/加仑", []want{{Surface: "3.5美元/加仑", Value: 3.5, Unit: "美元/加仑", Qualifier: "exact"}}},
		{"容量2至3加仑", []want{{Surface: "2至3加仑", Low: 2, High: 3, Unit: "加仑"}}},
	})
}

// The corpus of the exclusion rules (exclude.go): none of these is a figure.
func TestExtractNotFigures(t *testing.T) {
	for _, s := range []string{
		"2024年南沙发展迅速",
		"成交额较上一交易日减少", // 上一: the one before, no count
		"该片位列二至十位",    // a rank
		"2007两会热点问题",  // 两 opens a word: no weight
		"下午3点30分开会",   // 分 of a clock
		"违规一次扣3分",
		"他拿下冠军后在下午3点20分接受采访", // a scoring word too far from 分 of a clock
		"与上一个月相比有所回升",
		"1月15日，会议召开",
		"1-7月经济运行平稳",
		"排名第24名",
		"位列第八位",
		"地铁18号线开通",
		"推进5G和IPv6建设",
		"水质达到Ⅲ类水标准",
		"评为D级",
		"家住2号楼",
		"打造1906科技园",
		"粤B2-20050252",
		"建设“三区一中心”",
		"做好六稳六保工作",
		"构建1+1+9工作体系",
		"夺取双胜利",
		"详见https://www.example.com/post_1278862.html页面",
		"提供一站式服务",
		"推进一体化改革",
		"万家灯火",
		"千方百计",
		"一把手负责",
		"十分重要",
		"二次创业",
		"四届九次全会",
		"迎接建党100周年",
		"每万元GDP能耗",
		"一成不变",
		"千家万户",
		"联系电话020-12345678",
		"家住2号楼3单元",
		"万一出现问题",
		"千万不要大意",
	} {
		t.Run(s, func(t *testing.T) { check(t, s, nil) })
	}
}

// Extract must work without tokens, and never panic on odd input.
func TestExtractOddInput(t *testing.T) {
	for _, s := range []string{"", "。", "万", "点", "第", "分之", "1", "1-", "1至", "3分之", "%", "1,", "1.", "亿亿亿元",
		"99999999999999999999999999999999999999999999亿元", "九九九九九九亿亿元"} {
		assert.NotPanics(t, func() { extract.Extract(s, nil) }, s)
	}
	got := extract.Extract("九九九九九九亿亿元", nil)
	assert.Empty(t, got, "an overflowing number is no figure")
	got = extract.Extract("营收8.58亿元", nil)
	require.Len(t, got, 1)
	assert.Equal(t, "", got[0].Metric, "no tokens, no metric")
}

// A decimal written with a leading point (.77) is read whole, or not at all:
// its digits never stand alone as a number (77元 for .77元 is a wrong value).
func TestLeadingPoint(t *testing.T) {
	runTable(t, table{
		{"价格为.77元", []want{{Surface: ".77元", Value: 0.77, Unit: "元", Qualifier: "exact", Metric: "价格"}}},
		{"价格为0.77元", []want{{Surface: "0.77元", Value: 0.77, Unit: "元", Qualifier: "exact"}}},
		{"价格为1.5元", []want{{Surface: "1.5元", Value: 1.5, Unit: "元", Qualifier: "exact"}}},
		{"功率为.5kW", []want{{Surface: ".5kW", Value: 0.5, Unit: "千瓦", Qualifier: "exact"}}},
		{"同比增长.5%", []want{{Surface: ".5%", Value: 0.5, Unit: "%", Change: "increase"}}},
		{"约.5万人", []want{{Surface: ".5万人", Value: 5000, Unit: "人", Qualifier: "approx"}}},
		{"单价(.5元)", []want{{Surface: ".5元", Value: 0.5, Unit: "元"}}},
		{"价格为.5至2元", []want{{Surface: ".5至2元", Low: 0.5, High: 2, Unit: "元", Qualifier: "exact"}}},
		{"营收.77亿", []want{{Surface: ".77亿", Value: 7.7e7, Unit: "元"}}},
		// 。 is a full stop, never a point
		{"他说完了。77元一份的套餐卖完了", []want{{Surface: "77元", Value: 77, Unit: "元", Qualifier: "exact"}}},
		// not a leading point: an ellipsis, a version, a dotted identifier, a full stop after a figure
		{"价格为..77元", nil},
		{"价格为...77元", nil},
		{"营收为..77亿", nil},
		{"版本v2.77已发布", nil},
		{"版本号为1.2.77元", nil},
		{"见第3.5节", nil},
		{"三.5元", nil},
		{"价格为$.77", nil},
		{"增长5%.77家企业入驻", []want{{Surface: "5%", Value: 5, Unit: "%"}}},
	})
}

// A decimal point written 点 with no number before it (点一元: 0.1) starts no
// number: its digits are decimals, and 点一元 gave 1 元, 点四三二一元 4321 元.
// A 点 that ends a word with the character before it (试点, 起点, 重点) is no
// point, and the number after it stands.
func TestLonePoint(t *testing.T) {
	runTable(t, table{
		{"价格点一元", nil},
		{"价格为点四三二一元", nil},
		{"单价點五元", nil},
		{"价格为点5元", nil},
		{"价格为一点一元", []want{{Surface: "一点一元", Value: 1.1, Unit: "元"}}},
		{"价格为0.1元", []want{{Surface: "0.1元", Value: 0.1, Unit: "元"}}},
		{"距离起点一百公里", []want{{Surface: "一百公里", Value: 100, Unit: "公里"}}},
		{"投资重点一千万元", []want{{Surface: "一千万元", Value: 1e7, Unit: "元"}}},
	})
}

// A range joined by a hyphen whose unit is an ASCII symbol (10-20kg) is a
// range of the unit's canonical name, as 10至20kg and 2-3公里 are; codes
// with letters before the digits, phone numbers and dates stay none.
func TestHyphenRangeASCIIUnit(t *testing.T) {
	runTable(t, table{
		{"10-20kg的包裹", []want{{Surface: "10-20kg", Low: 10, High: 20, Unit: "千克", Qualifier: "exact"}}},
		{"距离2-3km", []want{{Surface: "2-3km", Low: 2, High: 3, Unit: "公里", Qualifier: "exact"}}},
		{"功率2-3kW的设备", []want{{Surface: "2-3kW", Low: 2, High: 3, Unit: "千瓦", Qualifier: "exact"}}},
		{"容量2-3L", []want{{Surface: "2-3L", Low: 2, High: 3, Unit: "升", Qualifier: "exact"}}},
		{"容量2L-3L", []want{{Surface: "2L-3L", Low: 2, High: 3, Unit: "升", Qualifier: "exact"}}},
		{"长度5-10m", []want{{Surface: "5-10m", Low: 5, High: 10, Unit: "米", Qualifier: "exact"}}},
		{"每袋1.5-2.5t", []want{{Surface: "1.5-2.5t", Low: 1.5, High: 2.5, Unit: "吨"}}},
		{"时速10-20km/h", []want{{Surface: "10-20km/h", Low: 10, High: 20, Unit: "公里/小时"}}},
		{"10kg-20kg的包裹", []want{{Surface: "10kg-20kg", Low: 10, High: 20, Unit: "千克"}}},
		{"约1,000-2,000kg", []want{{Surface: "1,000-2,000kg", Low: 1000, High: 2000, Unit: "千克", Qualifier: "approx"}}},
		// the other connectors, unchanged
		{"容量2~3L", []want{{Surface: "2~3L", Low: 2, High: 3, Unit: "升"}}},
		{"重量10至20kg", []want{{Surface: "10至20kg", Low: 10, High: 20, Unit: "千克"}}},
		{"距离2-3公里", []want{{Surface: "2-3公里", Low: 2, High: 3, Unit: "公里"}}},
		// identifiers, phone numbers, dates: no figure
		{"5G网络", nil},
		{"支持IPv6", nil},
		{"粤B2-20050252", nil},
		{"RTX-3080显卡", nil},
		{"A-10攻击机", nil},
		{"型号B2-3M", nil},
		{"G7-8次列车", nil},
		{"A10-20kg的型号", nil},
		{"型号2-3M", nil},      // M is no unit
		{"2-3-4kg", nil},     // two hyphens: a code
		{"500m-2km的距离", nil}, // two units: not read (yet)
		{"电话010-12345678", nil},
		{"2024-3-5发布", nil},
	})
}

// 廿, 卅 and 卌 are twenty, thirty and forty alone as before a digit
// (pipeline's TestLoneTensFigures checks a document reads them too).
func TestLoneTens(t *testing.T) {
	runTable(t, table{
		{"用了廿天", []want{{Surface: "廿天", Value: 20, Unit: "天", Qualifier: "exact"}}},
		{"共卅人参加", []want{{Surface: "卅人", Value: 30, Unit: "人", Qualifier: "exact"}}},
		{"门票卅元", []want{{Surface: "卅元", Value: 30, Unit: "元", Qualifier: "exact"}}},
		{"卌人", []want{{Surface: "卌人", Value: 40, Unit: "人", Qualifier: "exact"}}},
		{"卅五天", []want{{Surface: "卅五天", Value: 35, Unit: "天", Qualifier: "exact"}}},
		{"门票廿五元", []want{{Surface: "廿五元", Value: 25, Unit: "元"}}},
		{"本月卅日召开会议", nil}, // a date
		{"纪念五卅运动", nil},
	})
}

func TestMetricStopsAtNextFigure(t *testing.T) {
	s := "16至59岁的劳动年龄人口86481万人，占全国人口的比重为61.3%"
	got := extract.Extract(s, tokens(t, s))
	require.NotEmpty(t, got)
	assert.Equal(t, "劳动年龄人口", got[0].Metric)
}

// metricsOf checks the metric the extractor gives the figure numbered k
// (from 0) of each sentence.
func metricsOf(t *testing.T, k int, cases map[string]string) {
	t.Helper()
	for s, want := range cases {
		got := extract.Extract(s, tokens(t, s))
		require.Greater(t, len(got), k, s)
		assert.Equal(t, want, got[k].Metric, s)
	}
}

// The metric before a figure holds nothing of the figure before it: the
// unit of that figure (a noun to the segmenter: 基点, 家园) is no metric.
func TestMetricNotThePreviousFiguresUnit(t *testing.T) {
	metricsOf(t, 1, map[string]string{
		"国债收益率下行3个基点至2.15%":   "",
		"收益率下行5个基点，贷款余额为30亿元": "贷款余额",
	})
}

// The phrase after a figure is a noun phrase: it ends before the verb of
// the next clause (升至, a change word opening it) and before a time
// (7月); an adverb the segmenter cut off that verb alone is no metric.
func TestMetricAfterEndsAtVerbAndTime(t *testing.T) {
	metricsOf(t, 0, map[string]string{
		"失业率由6月至8月的3.0%微升至7月至9月的3.1%": "",
		"新增5家企业增加到30家":                "企业",
	})
}

// A per-unit word (每股, 每户: a pronoun to the segmenter) before the noun of
// the phrase is part of the indicator's name; a time's (每年) is not.
func TestMetricPerUnitWord(t *testing.T) {
	metricsOf(t, 0, map[string]string{
		"基本每股收益为0.52元":    "基本每股收益",
		"公司每股盈余3.25元":     "公司每股盈余",
		"投产后每年节省电费3000万元": "节省电费",
	})
}

// A change verb and a level word the segmenter made one word (降至, 增至,
// 升到) is stepped over before the metric, as the two words are apart.
func TestMetricBeforeChangeToLevel(t *testing.T) {
	metricsOf(t, 0, map[string]string{
		"失业率降至5.1%":   "失业率",
		"存款余额增至30亿元":  "存款余额",
		"不良贷款率升到1.8%": "不良贷款率",
	})
}

// A term (a number and a unit of time before 期) opens the phrase it names:
// the segmenter leaves the number out of the words.
func TestMetricTermInName(t *testing.T) {
	metricsOf(t, 0, map[string]string{
		"10年期国债收益率为2.15%":     "10年期国债收益率",
		"7天期逆回购中标利率为1.8%":     "7天期逆回购中标利率",
		"3个月期银行间同业拆借利率为1.95%": "3个月期银行间同业拆借利率",
		"1年期LPR为3.45%":        "1年期LPR",
	})
}

// A bare ROC year of three digits before a noun is a year (Taiwan's
// releases: 112年國內死亡人數), no span of 112 years; after a word of a span
// it is one (已有120年历史).
func TestROCYearBeforeNoun(t *testing.T) {
	for s, want := range map[string][]string{
		"112年国内死亡人数为205,368人，较111年减少2,863人": {"205,368人", "2,863人"},
		"本市113年观光人次达1,200万人次":               {"1,200万人次"},
		"该校已有120年历史，在校生1.2万人":               {"120年", "1.2万人"},
		"这座桥历时105年仍在使用":                     {"105年"},
	} {
		var got []string
		for _, f := range extract.Extract(s, tokens(t, s)) {
			got = append(got, f.Surface)
		}
		assert.Equal(t, want, got, s)
	}
}

// Names hold brackets and digits the segmenter cuts apart, and a per-capita
// basis (每, a number, the noun it counts) opens its indicator; a bracket
// before a rate of change closes a name (the rate names the change).
func TestMetricNameParts(t *testing.T) {
	metricsOf(t, 0, map[string]string{
		"广义货币(M2)余额299.56万亿元": "广义货币(M2)余额",
		"高职(专科)学校1547所":       "高职(专科)学校",
		"沪深300指数涨1.2%":        "沪深300指数",
		"中证1000指数下跌0.5%":      "中证1000指数",
		"每万人口全科医生3.99人":       "每万人口全科医生",
		"每千人口执业(助理)医师3.40人":   "每千人口执业(助理)医师",
		"每百户家用汽车拥有量45辆":       "每百户家用汽车拥有量",
		"航空板块大涨逾6%":           "航空板块",
		"全市3000名志愿者服务时长12万小时": "志愿者服务时长",
	})
}

// A verb that ends in a qualifier's character is no qualifier, though the
// segmenter cuts it (卖/超): Taiwan's net selling and buying.
func TestNetBuySellNoQualifier(t *testing.T) {
	for _, s := range []string{"外资卖超新台币150亿元", "投信买超30亿元"} {
		got := extract.Extract(s, tokens(t, s))
		require.Len(t, got, 1, s)
		assert.Equal(t, "exact", got[0].Qualifier, s)
	}
	got := extract.Extract("外资超过150亿元", tokens(t, "外资超过150亿元"))
	require.Len(t, got, 1)
	assert.Equal(t, "over", got[0].Qualifier)
}

// An amount with a scale and no unit after a noun of the people it counts
// (卫生技术人员, 员工) has that noun's unit.
func TestUnitNounOfPeople(t *testing.T) {
	for s, want := range map[string]string{"全省卫生技术人员132.7万": "132.7万", "公司员工1.2万": "1.2万"} {
		got := extract.Extract(s, tokens(t, s))
		require.Len(t, got, 1, s)
		assert.Equal(t, want, got[0].Surface, s)
		assert.Equal(t, "人", got[0].Unit, s)
	}
}

// Verbs that keep or turn a level, the words of a from–to pair and a time
// between a metric and its figure name nothing: the metric is before them.
func TestMetricBeforeKeepTurnAndTime(t *testing.T) {
	metricsOf(t, 0, map[string]string{
		"城镇调查失业率全年控制在5.5%以内":   "城镇调查失业率",
		"粮食产量连年稳定在1.3万亿斤以上":    "粮食产量",
		"CPI由上月上涨0.4%转为下降0.3%": "CPI",
		"失业率保持在5%左右":           "失业率",
	})
}
