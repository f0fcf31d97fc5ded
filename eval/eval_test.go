package eval

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func f(v float64) *float64 { return &v }

func TestScore(t *testing.T) {
	gold := []Figure{
		{Doc: "a.txt", Surface: "8.58亿元", Start: 10, End: 16, Value: f(8.58e8), Unit: "元", Qualifier: "approx", Metric: "投资金额"},
		{Doc: "a.txt", Surface: "1天到2天", Start: 20, End: 25, Low: f(1), High: f(2), Unit: "天"},
		{Doc: "a.txt", Surface: "两个", Start: 30, End: 32, Value: f(2), Unit: "个", Optional: true},
		{Doc: "b.txt", Surface: "13%", Start: 0, End: 3, Value: f(13), Unit: "%", Change: "decrease"},
	}
	pred := []Figure{
		{Doc: "dir/a.txt", Start: 10, End: 16, Value: f(8.58e8), Unit: "元", Qualifier: "approx", Metric: "累计投资金额"},
		{Doc: "a.txt", Start: 21, End: 25, Low: f(1), High: f(2), Unit: "天"},
		{Doc: "a.txt", Start: 30, End: 32, Value: f(2), Unit: "个"}, // optional: counts nowhere
		{Doc: "a.txt", Start: 40, End: 44, Value: f(5), Unit: "G"}, // false figure
	}
	r := Score(gold, pred)
	assert.Equal(t, 2, r.TP)
	assert.Equal(t, 1, r.FP)
	assert.Equal(t, 1, r.FN)
	assert.InDelta(t, 2.0/3, r.Precision, 1e-12)
	assert.InDelta(t, 2.0/3, r.Recall, 1e-12)
	assert.InDelta(t, 2.0/3, r.F1, 1e-12)
	assert.Equal(t, 1.0, r.ValueAcc)
	assert.Equal(t, 1.0, r.MetricAcc, "累计投资金额 contains 投资金额")
	assert.Equal(t, "13%", r.Misses[0].Surface)
	assert.Equal(t, "G", r.Extras[0].Unit)
	assert.Equal(t, "P=0.667 R=0.667 F1=0.667 value=1.000 unit=1.000 qualifier=1.000 change=1.000 metric=1.000 (gold 3, pred 3)", r.Line())
}

func TestScoreLargestOverlapFirst(t *testing.T) {
	gold := []Figure{{Doc: "a", Start: 0, End: 4, Value: f(1)}, {Doc: "a", Start: 4, End: 8, Value: f(2)}}
	pred := []Figure{{Doc: "a", Start: 3, End: 8, Value: f(2)}}
	r := Score(gold, pred)
	assert.Equal(t, 1, r.TP)
	assert.Equal(t, 1.0, r.ValueAcc, "paired with the gold figure it overlaps most")
}

func TestClose(t *testing.T) {
	assert.True(t, Close(f(858000000), f(858000000.0000001)))
	assert.False(t, Close(f(1), f(1.001)))
	assert.True(t, Close(nil, nil))
	assert.False(t, Close(nil, f(0)))
}

func s(v string) *string { return &v }

// The second line of score.py --full: periods and intervals over the gold
// figures that have the fields, whole rows over all figures.
func TestScoreFull(t *testing.T) {
	gold := `{"doc":"a.txt","start":0,"end":4,"value":5,"unit":"元","metric":"投资","period":"2024年","period_start":"2024-01-01","period_end":"2024-12-31"}
{"doc":"a.txt","start":10,"end":14,"value":7,"unit":"%","change":"increase","metric":"","period":"","period_start":null,"period_end":null}
{"doc":"a.txt","start":20,"end":24,"value":9,"unit":"个"}
`
	g, err := ReadJSONL(strings.NewReader(gold), "gold")
	require.NoError(t, err)
	assert.True(t, g[0].HasPeriod && g[0].HasInterval)
	assert.False(t, g[2].HasPeriod || g[2].HasInterval)
	pred := []Figure{
		{Doc: "x/a.txt", Start: 0, End: 4, Value: f(5), Unit: "元", Metric: "固定资产投资", Period: "2024年上半年", PeriodStart: s("2024-01-01"), PeriodEnd: s("2024-06-30")},
		{Doc: "a.txt", Start: 10, End: 14, Value: f(7), Unit: "%", Change: "increase", Period: "上半年"},
		{Doc: "a.txt", Start: 21, End: 24, Value: f(9), Unit: "个"},
		{Doc: "a.txt", Start: 30, End: 34, Value: f(1), Unit: "个"},
	}
	r := Score(g, pred)
	assert.Equal(t, 2, r.PeriodN)
	assert.Equal(t, 0.5, r.PeriodAcc, "2024年上半年 contains 2024年; an empty gold period wants none")
	assert.Equal(t, 2, r.IntervalN)
	assert.Equal(t, 0.5, r.IntervalAcc, "null equals null; 06-30 is not 12-31")
	assert.Equal(t, 2, r.RowsRight, "the third is off by one rune")
	assert.InDelta(t, 2.0/4, r.RowPrecision, 1e-12)
	assert.InDelta(t, 2.0/3, r.RowRecall, 1e-12)
	assert.Equal(t, "period=0.500 (of 2) interval=0.500 (of 2) rows: P=0.500 R=0.667 F1=0.571 (2 right)", r.FullLine())
}
