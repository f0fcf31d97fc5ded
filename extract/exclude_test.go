package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// isTrigger must know every trigger character of the not-a-figure patterns,
// or a pattern would never run.
func TestTriggers(t *testing.T) {
	for _, p := range notFigurePatterns {
		for _, r := range p.trigger {
			assert.True(t, isTrigger(r), "trigger %q of %s", r, p.re)
		}
	}
	assert.False(t, isTrigger('元'))
}

// isIdentifier on ASCII runs that mix letters and digits.
func TestIsIdentifier(t *testing.T) {
	for run, want := range map[string]bool{
		"5G": true, "IPv6": true, "B2-20050252": true, "RTX-3080": true, "B2-3M": true, "G7-8": true,
		"2-3M": true, "2-3-4kg": true, "2L-3kg": true, "500m-2km": true, "10-20kg/x": true,
		"35km": false, "10-20kg": false, "2-3km": false, "2L-3L": false, "1.5-2.5t": false, "10-20km/h": false,
		"HKD13.5": false,
	} {
		assert.Equal(t, want, isIdentifier(run), run)
	}
}

// A dotted number or one after § that opens its line, a space before its
// heading, is a section's number; other numbers there stay figures.
func TestSectionNumber(t *testing.T) {
	for _, s := range []string{"1.1 本公司董事会保证本报告内容真实", "§4 股东持股情况和控制框图", "2.3.1 本期营业收入情况"} {
		assert.Empty(t, Extract(s, nil), s)
	}
	for s, surface := range map[string]string{
		"1.5 万元的补贴已发放": "1.5 万元",
		"5 家企业获得补贴":    "5 家",
		"共计1.1 本书":     "1.1 本",
		"增长2.5 %，高于全省": "2.5 %",
		"3.0 公里":       "3.0 公里",
	} {
		figs := Extract(s, nil)
		if assert.Len(t, figs, 1, s) {
			assert.Equal(t, surface, figs[0].Surface, s)
		}
	}
}
