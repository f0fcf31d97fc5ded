package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The word lists moved from Go to data (lexicon kinds reference and
// pertime; the comparison's base words, timex's kinds comparefar,
// compareopen and compareopenstart) are read: a kind renamed in the file
// or in the code would leave a list empty, the metric rules would keep a
// comparison's base in the metric and a speed would lose its unit of time.
func TestMovedKindsLoaded(t *testing.T) {
	for _, w := range []string{"较", "比", "占", "为", "同比", "相比", "比上年"} {
		assert.True(t, lexReference.has(w), w)
		assert.True(t, IsReference(w), w)
	}
	assert.False(t, IsReference("营收"))
	for _, w := range []string{"比较", "相比", "相较", "对比"} {
		assert.True(t, compareClosers[w], w)
	}
	for _, w := range []string{"与", "同", "跟", "和"} {
		assert.True(t, compareOpeners[w], w)
	}
	assert.False(t, compareClosers["比"] || compareOpeners["及"])
	for _, c := range []struct{ text, word, unit string }{
		{"火车每小时120公里", "每小时", "小时"},
		{"每秒钟30米", "每秒钟", "秒"},
		{"每秒30米", "每秒", "秒"},
		{"每分钟3公里", "每分钟", "分钟"},
		{"全长120公里", "", ""},
	} {
		rs := []rune(c.text)
		k := 0
		for k < len(rs) && (rs[k] < '0' || rs[k] > '9') {
			k++
		}
		w, unit := lexPertime.endingAt(rs, k)
		assert.Equal(t, c.word+" "+c.unit, w+" "+unit, c.text)
	}
}

// hasRunes answers as has does on the string of the runes.
func TestHasRunes(t *testing.T) {
	for _, w := range []string{"", "升幅", "跌幅", "增长", "升", "升幅为", "营收", "增长率"} {
		if got, want := lexChange.hasRunes([]rune(w)), lexChange.has(w); got != want {
			t.Errorf("hasRunes(%q) = %v, has = %v", w, got, want)
		}
	}
	for w := range lexChange.words {
		if !lexChange.hasRunes([]rune(w)) {
			t.Errorf("hasRunes(%q) = false", w)
		}
	}
}
