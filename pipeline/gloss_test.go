package pipeline

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Pinyin printed in brackets after characters is read past; the source
// offsets still cover it, so surfaces keep it as written.
func TestPinyinGlosses(t *testing.T) {
	tests := []struct{ src, want string }{
		{"出口同比增長(zhǎng)3.2%", "出口同比增長3.2%"},
		{"產量1627萬(wàn)噸", "產量1627萬噸"},
		{"常(chang)(chang)住(zhu)人口(kou)增加(jia)2萬(wan)人", "常住人口增加2萬人"},
		// toneless syllables count only in a text with three glosses or more
		{"面积(ha)120", "面积(ha)120"},
		{"用时(min)35，距离(km)12", "用时(min)35，距离(km)12"},
		// not a syllable, or not after a Han character
		{"产量(t)1,200", "产量(t)1,200"},
		{"GDP(nominal)增长", "GDP(nominal)增长"},
		{"增长(xyz)5%", "增长(xyz)5%"},
	}
	for _, tt := range tests {
		n := NormalizeRunes([]rune(tt.src))
		assert.Equal(t, tt.want, n.Text, tt.src)
	}
	src := []rune("產量1627萬(wàn)噸")
	n := NormalizeRunes(src)
	rs := []rune(n.Text)
	s, e := n.SourceSpan(2, len(rs))
	assert.Equal(t, "1627萬(wàn)噸", string(src[s:e]))
}

func TestPinyinFigures(t *testing.T) {
	seg, err := LoadSegmenter()
	require.NoError(t, err)
	_, figs := ExtractText(seg, "全年糧食產量1627萬(wàn)噸，同比增長(zhǎng)3.2%。", Meta{})
	if assert.Len(t, figs, 2) {
		assert.Equal(t, "1627萬(wàn)噸", figs[0].Surface)
		assert.Equal(t, "吨", figs[0].Unit)
		assert.Equal(t, "increase", figs[1].Change)
	}
}

// A sentence whose only numeral is 廿, 卅 or 卌 is read: hasNumeral knows
// extract's numerals (it once had a list of its own, without them).
func TestLoneTensFigures(t *testing.T) {
	seg, err := LoadSegmenter()
	require.NoError(t, err)
	for text, want := range map[string]struct {
		surface string
		value   float64
		unit    string
	}{
		"他用了廿天完成工程。": {"廿天", 20, "天"},
		"共卅人参加会议。":   {"卅人", 30, "人"},
		"门票卅元。":      {"卅元", 30, "元"},
	} {
		_, figs := ExtractText(seg, text, Meta{})
		if assert.Len(t, figs, 1, text) {
			assert.Equal(t, want.surface, figs[0].Surface)
			assert.Equal(t, want.unit, figs[0].Unit)
			assert.Equal(t, "exact", figs[0].Qualifier)
			if assert.NotNil(t, figs[0].Value) {
				assert.Equal(t, want.value, *figs[0].Value)
			}
		}
	}
}

// 加侖 (traditional) is simplified before extraction: the unit is 加仑.
func TestGallonTraditional(t *testing.T) {
	seg, err := LoadSegmenter()
	require.NoError(t, err)
	_, figs := ExtractText(seg, "油箱容量為15加侖。", Meta{})
	if assert.Len(t, figs, 1) {
		assert.Equal(t, "15加侖", figs[0].Surface)
		assert.Equal(t, "加仑", figs[0].Unit)
		assert.Equal(t, "exact", figs[0].Qualifier)
		if assert.NotNil(t, figs[0].Value) {
			assert.Equal(t, 15.0, *figs[0].Value)
		}
	}
}
