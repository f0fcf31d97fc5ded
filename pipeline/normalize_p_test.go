package pipeline

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The small full stop ﹒ and the one-dot leader ․ are the full stop in
// other forms (NFKC '.'): folded as ． is, they read as a decimal point.
func TestNormalizePointLookAlikes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"３６﹒９億千瓦", "36.9億千瓦"},
		{"１８﹒０％", "18.0%"},
		{"18․0%", "18.0%"},
		{"８．５８亿元", "8.58亿元"},
	}
	for _, tt := range tests {
		n := Normalize(tt.in)
		assert.Equal(t, tt.want, n.Text, tt.in)
		assert.Len(t, n.Orig, len([]rune(tt.in))+1, "one rune for one: %s", tt.in)
	}
}

// Whole documents: the figures' values with a point look-alike, surfaces as
// written; Taiwan's units (瓩, 千瓦小時) and a stat line after the text is
// simplified; the tenor of a rate named in Latin letters opens its metric.
func TestProcessKindsP(t *testing.T) {
	seg, err := LoadSegmenter()
	require.NoError(t, err)
	type fig struct {
		surface string
		value   float64
		unit    string
		change  string
		metric  string
	}
	tests := []struct {
		text string
		want []fig
	}{
		{"全國發電裝機容量３６﹒９億千瓦，同比增長１８﹒０％。", []fig{
			{"３６﹒９億千瓦", 3.69e9, "千瓦", "none", ""},
			{"１８﹒０％", 18, "%", "increase", ""},
		}},
		{"全年發電量2,300億千瓦小時，裝置容量5萬瓩。", []fig{
			{"2,300億千瓦小時", 2.3e11, "千瓦时", "none", "發電量"},
			{"5萬瓩", 5e4, "千瓦", "none", "裝置容量"},
		}},
		{"杜蘭特本場得到31分4籃板4助攻。", []fig{
			{"31分", 31, "分", "none", ""},
			{"4籃板", 4, "篮板", "none", ""},
			{"4助攻", 4, "助攻", "none", ""},
		}},
		{"3个月Shibor下降2个基点。", []fig{
			{"2个基点", 2, "个基点", "decrease", "3个月Shibor"},
		}},
	}
	for _, tt := range tests {
		d := Process(seg, Input{DocID: "p"}, []byte(tt.text))
		require.Len(t, d.Figures, len(tt.want), tt.text)
		src := []rune(tt.text)
		for i, w := range tt.want {
			f := d.Figures[i]
			assert.Equal(t, w.surface, f.Surface)
			assert.Equal(t, w.surface, string(src[f.Start:f.End]), "offsets of %s", w.surface)
			require.NotNil(t, f.Value, w.surface)
			assert.InDelta(t, w.value, *f.Value, 1e-9*w.value, w.surface)
			assert.Equal(t, w.unit, f.Unit, w.surface)
			assert.Equal(t, w.change, f.Change, w.surface)
			if w.metric != "" {
				assert.Equal(t, w.metric, f.Metric, w.surface)
			}
		}
	}
}
