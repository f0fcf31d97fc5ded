package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A season that ends a time read with its year (今年秋季, 2018年夏季,
// 去年冬季) is part of the figure's period, no part of its metric; a bare
// season (秋季全国平均气温: no period of its own) and one before a name
// (2023年秋季广交会, 2024年春季学期, 夏季风: timex reads the year alone)
// stay in the metric.
func TestSeasonOfTimeNoMetricWQ9(t *testing.T) {
	for _, c := range []struct{ sentence, surface, metric string }{
		{"今年秋季全国平均气温为11.8摄氏度。", "11.8摄氏度", "全国平均气温"},
		{"2018年夏季全国平均高温日数为10.2天。", "10.2天", "全国平均高温日数"},
		{"2023年春季全省降水量为320毫米。", "320毫米", "全省降水量"},
		{"今年夏季用电负荷达到1.2亿千瓦。", "1.2亿千瓦", "用电负荷"},
		{"去年冬季全省平均气温为-2.5℃。", "-2.5℃", "全省平均气温"},
		{"秋季全国平均气温为11.8摄氏度。", "11.8摄氏度", "秋季全国平均气温"},
		{"2023年秋季广交会累计成交额为200亿美元。", "200亿美元", "秋季广交会累计成交额"},
		{"2024年春季学期招收新生3000人。", "3000人", "春季学期招收新生"},
		{"2024年夏季风带来降水300毫米。", "300毫米", "夏季风带来降水"},
	} {
		f := figureOf(t, c.sentence, c.surface)
		require.NotNil(t, f, "%s: no figure %s", c.sentence, c.surface)
		assert.Equal(t, c.metric, f.Metric, "%s: metric of %s", c.sentence, c.surface)
	}
}
