package timescope

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// isHeaderLine tries the expression only where a key can start; it must say
// what the expression says on every kind of line.
func TestIsHeaderLineIsTheExpression(t *testing.T) {
	lines := []string{
		"Title: 一季度经济", "  title：x", "\tDATE: 2024-01-02", "URL:http://a", "Source : 新华社",
		"ſource: x", "Author:", "标题：某某", " 日期:2024年", "链接：", "来源: 本报", "作者：张三",
		"日期", "标题 一季度", "Titles: x", "datum: x", "", "   ", "\u3000标题：x", "\v标题：x",
		"今年一季度，全市GDP增长5%。", "a", "表1 主要指标", "Sourced: x", "url :", "\xff标题：",
	}
	for _, l := range lines {
		assert.Equal(t, headerLine.MatchString(l), isHeaderLine(l), "%q", l)
	}
}

func TestMarksAreTheStrings(t *testing.T) {
	for r := rune(-1); r < 0x11000; r++ {
		if isClauseMark(r) != strings.ContainsRune(clauseMarks, r) || isSentenceMark(r) != strings.ContainsRune(sentenceMarks, r) {
			t.Fatalf("%q: isClauseMark %v, isSentenceMark %v", r, isClauseMark(r), isSentenceMark(r))
		}
	}
}
