package attach

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The words of a comparison's base that baseBetween reads from words.tsv
// (kinds compareopen and compareend) are there: a kind renamed in the file
// or in the code would leave it empty, and the topic before such a clause
// would no longer name its figure.
func TestCompareWordsLoaded(t *testing.T) {
	for _, w := range []string{"与", "同", "跟"} {
		assert.True(t, words.has(compareOpenKind, w), w)
	}
	assert.False(t, words.has(compareOpenKind, "和"))
	for _, w := range []string{"比较", "相比", "相较"} {
		assert.True(t, words.has(compareEndKind, w), w)
	}
	assert.False(t, words.has(compareEndKind, "比"))
}
