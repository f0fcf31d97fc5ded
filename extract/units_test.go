package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestUnitTable(t *testing.T) {
	tests := []struct {
		surface, canonical, dimension, base string
		factor                              float64
	}{
		{"元", "元", "currency", "", 0},
		{"人民币", "元", "currency", "", 0},
		{"港币", "港币", "currency", "", 0}, // as written (guide: the unit as written, minus the scale)
		{"公斤", "公斤", "mass", "千克", 1},
		{"千米", "千米", "length", "米", 1000},
		{"美元", "美元", "currency", "", 0},
		{"家", "家", "count", "", 0},
		{"人次", "人次", "people", "", 0},
		{"%", "%", "percent", "", 0},
		{"个百分点", "个百分点", "percentage_point", "", 0},
		{"倍", "倍", "ratio", "", 0},
		{"亩", "亩", "area", "平方米", 666.6666666666666},
		{"公顷", "公顷", "area", "平方米", 10000},
		{"公里", "公里", "length", "米", 1000},
		{"吨", "吨", "mass", "千克", 1000},
		{"度", "度", "energy", "千瓦时", 1},
		{"千瓦", "千瓦", "power", "", 0},
		{"个月", "个月", "duration", "", 0},
		{"岁", "岁", "age", "", 0},
		{"加仑", "加仑", "volume", "立方米", 0.003785411784}, // the US gallon
		{"美制加仑", "美制加仑", "volume", "立方米", 0.003785411784},
		{"英制加仑", "英制加仑", "volume", "立方米", 0.00454609},
	}
	for _, tt := range tests {
		u, ok := DefaultUnits().Lookup(tt.surface)
		require.True(t, ok, tt.surface)
		assert.Equal(t, tt.canonical, u.Canonical, tt.surface)
		assert.Equal(t, tt.dimension, u.Dimension, tt.surface)
		assert.Equal(t, tt.base, u.BaseUnit, tt.surface)
		assert.InDelta(t, tt.factor, u.BaseFactor, 1e-9, tt.surface)
	}
	assert.GreaterOrEqual(t, len(DefaultUnits().All()), 100)
}

func TestUnitMatchLongest(t *testing.T) {
	tests := []struct{ text, want string }{
		{"千瓦时的电", "千瓦时"},
		{"个月后", "个月"},
		{"个百分点", "个百分点"},
		{"个项目", "个"},
		{"人次以上", "人次"},
		{"平方米", "平方米"},
		{"加仑汽油", "加仑"},
		{"英制加仑", "英制加仑"},
		{"者饭堂", ""},
	}
	for _, tt := range tests {
		u, n := DefaultUnits().Match([]rune(tt.text), 0)
		if tt.want == "" {
			assert.Nil(t, u, tt.text)
			continue
		}
		require.NotNil(t, u, tt.text)
		assert.Equal(t, tt.want, u.Surface)
		assert.Equal(t, len([]rune(tt.want)), n)
	}
}

func TestParseUnitsErrors(t *testing.T) {
	for name, src := range map[string]string{
		"too few fields": "元\t元\tcurrency\n",
		"bad scale":      "元\t元\tcurrency\tx\t-\t-\n",
		"bad factor":     "亩\t亩\tarea\t1\t平方米\tzero\n",
		"duplicate":      "元\t元\tcurrency\t1\t-\t-\n元\t元\tcurrency\t1\t-\t-\n",
		"empty":          "# nothing\n",
	} {
		_, err := ParseUnits(src)
		assert.Error(t, err, name)
	}
}
