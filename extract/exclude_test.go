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
