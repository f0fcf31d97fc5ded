package extract_test

import (
	"math"
	"math/rand"
	"testing"

	"github.com/zhmetrics/zhmetrics/extract"
)

// Random strings of numerals, units and marks: no panic, no value that is not
// finite, every range low < high, every surface the text at its offsets.
func TestExtractOnRandomNumerals(t *testing.T) {
	alpha := []rune("0123456789一二两三五七八九十百千万亿〇○廿点.,，、和至到-—~ 个块毛角分元钱米两斤折成%年月(含)以上多余几百分之/kgm²·亿千瓦时人次万吨港币$负−")
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		l := 1 + r.Intn(14)
		rs := make([]rune, l)
		for i := range rs {
			rs[i] = alpha[r.Intn(len(alpha))]
		}
		s := string(rs)
		for _, f := range extract.Extract(s, nil) {
			if f.Value != nil && (math.IsNaN(*f.Value) || math.IsInf(*f.Value, 0)) {
				t.Errorf("%q: %v", s, *f.Value)
			}
			if f.Low != nil && !(*f.Low < *f.High) {
				t.Errorf("%q: range %v %v", s, *f.Low, *f.High)
			}
			if string([]rune(s)[f.Start:f.End]) != f.Surface {
				t.Errorf("%q: surface %q", s, f.Surface)
			}
		}
		extract.FindNumberRanges(s, nil)
	}
}
