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
