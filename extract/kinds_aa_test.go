package extract_test

import "testing"

// The verb of a closing quote (收盘于, 收于, 报收于) stands between a contract,
// an index or a commodity and its price, as 报 does: stepped over, it leaves
// the subject before it, a code of Latin letters and digits too.
func TestMetricBeforeQuoteVerbAA(t *testing.T) {
	metricsOf(t, 0, map[string]string{
		"Au0811收盘于每克195.53元": "Au0811",
		"沪金收盘于每克195.53元":     "沪金",
		"金价报收于每盎司886.1美元":    "金价",
		"上证指数收于3200点":        "上证指数",
		"IF2409收盘于3350.2点":   "IF2409",
		// no quote verb: the phrase before stays as it was
		"螺纹钢期货价格为每吨3500元": "螺纹钢期货价格",
	})
}

// 比 or 较 and a time between a metric and its change verb is the base of
// the comparison, however the segmenter glues 比 (价格比|去年同期): never part
// of the metric.
func TestMetricBeforeGluedCompareAA(t *testing.T) {
	metricsOf(t, 0, map[string]string{
		"全国居民消费价格比去年同期下降0.3%":  "全国居民消费价格",
		"居民消费价格比上年同期上涨2%":      "居民消费价格",
		"工业生产者出厂价格较去年同月下降1.5%": "工业生产者出厂价格",
		// 比 of a noun (比重, 对比) is no comparison's word
		"今年比重比去年提高3%": "比重",
	})
}

// A paired direction word (中外, 海内外, tagged f) opens the noun phrase
// after a count: it names whom the count counts with that noun.
func TestMetricAfterPairedDirectionAA(t *testing.T) {
	metricsOf(t, 0, map[string]string{
		"全国边检机关共计保障525.6万人次中外人员出入境": "中外人员出入境",
		"全市共接待10万人次海内外游客":           "海内外游客",
		"新增5家中外合资企业":                "中外合资企业",
		// a direction word of a place or a bound opens nothing
		"共有300人以上参加": "",
	})
}

// A cap word before a base noun phrase bounds the figure that sits inside
// the modifier before 的 of what is capped (不超过公司总股本3%的股份): the
// figure is the cap's, under or over by the word.
func TestCapAcrossBaseBeforeDeAA(t *testing.T) {
	runTable(t, table{
		{"公司计划减持不超过公司总股本3%的股份", []want{{Surface: "3%", Value: 3, Unit: "%", Qualifier: "under"}}},
		{"回购数量不低于总股本1%的股份", []want{{Surface: "1%", Value: 1, Unit: "%", Qualifier: "over"}}},
		// a figure after the cap's clause is no cap's
		{"不超过50万元，增长5%的部分", []want{
			{Surface: "50万元", Value: 500000, Unit: "元", Qualifier: "under"},
			{Surface: "5%", Value: 5, Unit: "%", Qualifier: "exact", Change: "increase"}}},
		// a second figure after the cap's is no cap's
		{"不超过总股本3%的股份和5%的债券", []want{
			{Surface: "3%", Value: 3, Unit: "%", Qualifier: "under"},
			{Surface: "5%", Value: 5, Unit: "%", Qualifier: "exact"}}},
	})
}
