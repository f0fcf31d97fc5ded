package timescope

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The words of comparison and average that timescope reads from timex's
// words.tsv (kinds comparefar, comparenear, compareopen, compareopenstart,
// notcompareafter, notcomparebefore, changestart, average) are there: a
// kind renamed on one side leaves its list empty, and every base would
// govern its figures.
func TestWordsFromTimex(t *testing.T) {
	for _, w := range []string{"相比", "相较", "比较", "对比"} {
		assert.Contains(t, farWords, w)
		assert.Contains(t, nearWords, w)
	}
	assert.NotContains(t, farWords, "比")
	assert.Contains(t, nearWords, "比")
	for _, s := range []string{anywhereOpeners, compareOpeners, notCompareAfter, notCompareBefore, changeStarts} {
		assert.NotEmpty(t, s)
	}
	assert.True(t, strings.ContainsRune(anywhereOpeners, '与') && strings.ContainsRune(anywhereOpeners, '跟'))
	assert.False(t, strings.ContainsRune(anywhereOpeners, '同') || strings.ContainsRune(anywhereOpeners, '和'))
	for _, r := range "与同和跟" {
		assert.True(t, strings.ContainsRune(compareOpeners, r), string(r))
	}
	assert.True(t, strings.ContainsRune(notCompareAfter, '比') && strings.ContainsRune(notCompareAfter, '期'))
	assert.True(t, strings.ContainsRune(notCompareBefore, '参') && strings.ContainsRune(notCompareBefore, '共'))
	assert.True(t, strings.ContainsRune(changeStarts, '增') && strings.ContainsRune(changeStarts, '略'))
	assert.False(t, strings.ContainsRune(changeStarts, '的'))
	assert.True(t, slices.ContainsFunc(averageWords, func(w []rune) bool { return string(w) == "年均" }))
	assert.True(t, annualAverage([]rune("五年来平均每年增长")))
	assert.False(t, annualAverage([]rune("平均增长")))
}

// What the lists decide: a base closed by 比 right after 与 (comparenear),
// by 相比 far after 同 (comparefar, compareopenstart), by 相较 after 跟
// mid-clause (compareopen) is no period; 同期 opens no base
// (notcompareafter).
func TestComparisonWords(t *testing.T) {
	run(t, "新闻\n2023年，全市人口1400万人，与2010年比增加100万人。",
		"",
		want{"1400万人", "2023年", "2023-01-01", "2023-12-31"},
		want{"100万人", "2023年", "2023-01-01", "2023-12-31"})
	run(t, "新闻\n2023年，全市人口1400万人，同第六次全国人口普查2010年的1300万人相比，增加100万人。",
		"",
		want{"1400万人", "2023年", "2023-01-01", "2023-12-31"},
		want{"1300万人", "2010年", "2010-01-01", "2010-12-31"},
		want{"100万人", "2023年", "2023-01-01", "2023-12-31"})
	run(t, "新闻\n2023年，全市人口跟2010年普查时相较增加100万人。",
		"",
		want{"100万人", "2023年", "2023-01-01", "2023-12-31"})
	run(t, "新闻\n2023年，全市人口1400万人，同上次普查时2010年相比增加100万人。",
		"",
		want{"100万人", "2023年", "2023-01-01", "2023-12-31"})
	// opensComparison by the lists: 同 and 和 only at a clause's start, 与
	// and 跟 anywhere in it, none in 同期, 参与.
	for _, c := range []struct {
		text string
		want bool
	}{
		{"，同上次普查时2010年", true},
		{"，和上次普查时2010年", true},
		{"，人口同上次普查时2010年", false},
		{"，人口与上次普查时2010年", true},
		{"，人口跟上次普查时2010年", true},
		{"，同期上次普查时2010年", false},
		{"，参与上次普查时2010年", false},
	} {
		rs := []rune(c.text)
		k := strings.Index(c.text, "2010")
		k = len([]rune(c.text[:k]))
		assert.Equal(t, c.want, opensComparison(rs, line{start: 1, end: len(rs)}, k), c.text)
	}
}
