package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// MetricText drops quotes anywhere and trims joints at the edges, over
// quotes too: the edge is the first rune that is neither.
func TestMetricText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"地区生产总值", "地区生产总值"},
		{"“一窗通办”综合受理窗口", "一窗通办综合受理窗口"},
		{"的“和”工业增加值的", "工业增加值"},
		{"进出口总额和增速", "进出口总额和增速"},
		{"“的”", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, MetricText([]rune(tt.in), 0, len([]rune(tt.in))), "MetricText(%q)", tt.in)
	}
	assert.Equal(t, "", MetricText([]rune("abc"), -1, 2), "no span")
}
