package eval

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
