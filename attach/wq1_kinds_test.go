package attach_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/pipeline"
)

// exactWant is a figure's metric written in full and its change ("" not checked).
type exactWant struct{ text, surface, metric, change string }

// checkExact runs the whole pipeline on each text and checks the figure
// named: its metric exactly, and its change.
func checkExact(t *testing.T, cases []exactWant) {
	t.Helper()
	seg, err := pipeline.LoadSegmenter()
	require.NoError(t, err)
	for _, c := range cases {
		_, figs := pipeline.ExtractText(seg, c.text, pipeline.Meta{})
		var got *pipeline.Figure
		for i := range figs {
			if figs[i].Surface == c.surface {
				got = &figs[i]
				break
			}
		}
		if !assert.NotNil(t, got, "%s: no figure %s", c.text, c.surface) {
			continue
		}
		assert.Equal(t, c.metric, got.Metric, "%s: metric of %s", c.text, c.surface)
		if c.change != "" {
			assert.Equal(t, c.change, got.Change, "%s: change of %s", c.text, c.surface)
		}
	}
}

// A rate noun reached over 在 + a time + 的 measures the subject before 在,
// through the whole pipeline, and takes the rate's change.
func TestSubjectBeforeTimeAtWQ1(t *testing.T) {
	checkExact(t, []exactWant{
		{"综合消费物价指数在二零二三年十二月份的按年升幅为1.9%。", "1.9%", "综合消费物价指数", "increase"},
		{"失业率在去年第四季的按季跌幅为0.3个百分点。", "0.3个百分点", "失业率", "decrease"},
		{"出口货值于今年第一季的按季跌幅为1.5%，进口货值的升幅为3.2%。", "1.5%", "出口货值", "decrease"},
		{"出口货值于今年第一季的按季跌幅为1.5%，进口货值的升幅为3.2%。", "3.2%", "进口货值", "increase"},
	})
}

// The predicate after a count's noun is part of its metric only when it
// speaks of an outcome in a measure of the things counted (a change word, or
// word kind outcome: 超标, 扭亏, 净流出); a predicate of what they did is not.
func TestCountPredicateOutcomeWQ1(t *testing.T) {
	checkExact(t, []exactWant{
		{"共有3000名国内外专家参加。", "3000名", "国内外专家", ""},
		{"全年共有210个项目竣工投产。", "210个", "项目", ""},
		{"本次评审共有157个攻坚克难项目参评。", "157个", "攻坚克难项目", ""},
		{"全市有4.2万名志愿者提供服务。", "4.2万名", "志愿者", ""},
		// outcomes stay
		{"全市共有120家企业实现利润增长。", "120家", "企业实现利润增长", ""},
		{"35家企业资产负债率超标。", "35家", "企业资产负债率超标", ""},
		{"19个行业板块主力资金呈现净流出。", "19个", "行业板块主力资金呈现净流出", ""},
	})
}
