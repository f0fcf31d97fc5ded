package attach

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The words of a comparison's base that baseBetween reads from timex's
// lists (kinds compareopen and compareend, borrowed) are there: a kind
// renamed in the file or in the code would leave it empty, and the topic
// before such a clause would no longer name its figure. So are the other
// borrowed kinds, less the words attach does not take.
func TestCompareWordsLoaded(t *testing.T) {
	for _, w := range []string{"与", "同", "跟"} {
		assert.True(t, words.has(compareOpenKind, w), w)
	}
	assert.False(t, words.has(compareOpenKind, "和"))
	for _, w := range []string{"比较", "相比", "相较"} {
		assert.True(t, words.has(compareEndKind, w), w)
	}
	assert.False(t, words.has(compareEndKind, "比"))
	assert.False(t, words.has(compareEndKind, "对比"))
	for _, w := range []string{"分别", "依次", "各"} {
		assert.True(t, words.has(distributeKind, w), w)
	}
	assert.False(t, words.has(distributeKind, "均"))
	for _, w := range []string{"实质", "名义"} {
		assert.True(t, words.has(nameOpenKind, w), w)
	}
	assert.False(t, words.has(nameOpenKind, "本地"))
}
