package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhmetrics/zhmetrics/extract"
)

// A month and day written with a slash and stamped with a clock time (a
// news page's time of publication or update) is a date, no fraction; a
// fraction without a clock after it stays a share.
func TestMonthDayBeforeClockWQ4(t *testing.T) {
	for _, s := range []string{
		"2018/3/7 16:15(3/7 17:04 更新)",
		"更新时间：12/24 9:30",
		"（中央社记者台北电）发稿时间 5/1 08:05",
		"最后更新 1/15  23:59。",
	} {
		for _, f := range extract.Extract(s, tokens(t, s)) {
			assert.NotEqual(t, "%", f.Unit, "%s: %s is a date, no share", s, f.Surface)
		}
	}
	for _, c := range []struct {
		s, surface string
		value      float64
	}{
		{"约有1/3的用户选择续费。", "1/3", 100.0 / 3},
		{"中签概率是3/7，较上期提高。", "3/7", 300.0 / 7},
		{"比分为3/7 结束比赛。", "3/7", 300.0 / 7},
		// no clock after it (an hour past 23, a third digit of minutes): as timex reads it
		{"中签概率是3/7 25:30。", "3/7", 300.0 / 7},
		{"中签概率是3/7 12:305。", "3/7", 300.0 / 7},
	} {
		var got *extract.Figure
		figs := extract.Extract(c.s, tokens(t, c.s))
		for i := range figs {
			if figs[i].Surface == c.surface {
				got = &figs[i]
			}
		}
		if assert.NotNil(t, got, "%s: no figure %s", c.s, c.surface) {
			if assert.NotNil(t, got.Value, c.s) {
				assert.InDelta(t, c.value, *got.Value, 1e-9, c.s)
			}
		}
	}
}

// The digits of a market index's name (lexicon kind indexname: 沪深300,
// 中证500, 上证50, 标普500) are part of the metric, before a change verb or
// inside a longer name; digits after other words are no name.
func TestIndexNameDigitsWQ4(t *testing.T) {
	exactMetric(t, []struct{ sentence, surface, metric string }{
		{"沪深300下跌1.23%。", "1.23%", "沪深300"},
		{"上周中证500下跌3.62%、中证1000下跌3.82%。", "3.82%", "中证1000"},
		{"今日上证50上涨0.8%。", "0.8%", "上证50"},
		{"标普500全年上涨24%。", "24%", "标普500"},
		{"沪深300ETF净赎回30.29亿元。", "30.29亿元", "沪深300ETF净赎回"},
		{"科创50指数收涨2.1%。", "2.1%", "科创50指数"},
	})
}

// 净 and the verb of a flow after it, which the segmenter cuts apart (净|申购,
// 净|流出; lexicon kind joinword), name a net flow: both are in the metric,
// with the subject before them.
func TestNetFlowWQ4(t *testing.T) {
	exactMetric(t, []struct{ sentence, surface, metric string }{
		{"股票型ETF净申购60.80亿元。", "60.80亿元", "股票型ETF净申购"},
		{"主力资金净流出52亿元。", "52亿元", "主力资金净流出"},
		{"外资净买入120亿元。", "120亿元", "外资净买入"},
		{"创业板主力资金净流出16.94亿元。", "16.94亿元", "创业板主力资金净流出"},
		{"货币型ETF净赎回12亿元。", "12亿元", "货币型ETF净赎回"},
	})
}

// A time of a day or a week that opens the phrase before a figure (今日,
// 上周, 本周) is when, not what: it is no part of the metric.
func TestDayWeekTimeOutOfMetricWQ4(t *testing.T) {
	exactMetric(t, []struct{ sentence, surface, metric string }{
		{"今日股价下跌6%。", "6%", "股价"},
		{"本周集中交易市场总成交金额2.19万亿元。", "2.19万亿元", "集中交易市场总成交金额"},
		{"今日瞬时尖峰负载3705.6万千瓦。", "3705.6万千瓦", "瞬时尖峰负载"},
	})
}
