package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// QualifierAfter reads the qualifier word right after a figure, also after
// (含), and nothing when none starts there.
func TestQualifierAfter(t *testing.T) {
	tests := []struct {
		text, figure    string
		word, qualifier string
		rest            string // what follows the word
	}{
		{"100美元左右", "100美元", "左右", Approx, ""},
		{"50万元(含)以上的项目", "50万元", "以上", Over, "的项目"},
		{"3天以内完成", "3天", "以内", Under, "完成"},
		{"2公里或以下", "2公里", "或以下", Under, ""},
		{"100美元的商品", "100美元", "", "", "的商品"},
	}
	for _, tt := range tests {
		rs := []rune(tt.text)
		end := len([]rune(tt.figure))
		w, q, e := QualifierAfter(rs, end)
		assert.Equal(t, tt.word, w, tt.text)
		assert.Equal(t, tt.qualifier, q, tt.text)
		if tt.word == "" {
			assert.Equal(t, end, e, tt.text)
		}
		assert.Equal(t, tt.rest, string(rs[e:]), tt.text)
	}
}
