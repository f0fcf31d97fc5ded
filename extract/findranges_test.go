package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhmetrics/zhmetrics/extract"
)

func TestFindNumberRanges(t *testing.T) {
	tests := []struct {
		text string
		want []string // text=interval
	}{
		{"分数高于六十", []string{"高于六十=(60,)"}},
		{"年龄不小于十八", []string{"不小于十八=[18,)"}},
		{"人数最多为40", []string{"最多为40=(,40]"}},
		{"温度低于 -5", []string{"低于 -5=(,-5)"}},
		{"价格比200贵", nil},
		{"价格比200低", []string{"比200低=(,200)"}},
		{"大于等于3并且小于7", []string{"大于等于3并且小于7=[3,7)"}},
		{"至少8最多12", []string{"至少8最多12=[8,12]"}},
		{"x大于9且y小于4", []string{"大于9=(9,)", "小于4=(,4)"}},
		{"在40和60之间", []string{"在40和60之间=[40,60)"}},
		{"两千到三千", []string{"两千到三千=[2000,3000)"}},
		{"3k-8k", []string{"3k-8k=[3000,8000)"}},
		{"八百多", []string{"八百多=(800,)"}},
		{"三十几万", []string{"三十几万=(300000,)"}},
		{"五十或者以上", []string{"五十或者以上=[50,)"}},
		{"≤ 12", []string{"≤ 12=(,12]"}},
		{"等于三百", []string{"等于三百=[300,300]"}},
		{"3和5", nil},
		{"第5名", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, r := range extract.FindNumberRanges(tt.text, tokens(t, tt.text)) {
				assert.Equal(t, r.Text, string([]rune(tt.text)[r.Start:r.End]))
				got = append(got, r.Text+"="+r.String())
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
