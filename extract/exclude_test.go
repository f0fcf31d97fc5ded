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
