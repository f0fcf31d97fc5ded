package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhmetrics/zhmetrics/extract"
)

// Days written with dots, slashes or eight digits are no figures, nor is
// any part of them; decimals and amounts of eight digits stay figures.
func TestDatesAreNoFiguresWq6(t *testing.T) {
	for _, c := range []struct {
		s        string
		surfaces []string
	}{
		{"上周(2026.03.02-03.06)全市场ETF合计规模53,029.83亿元。", []string{"53,029.83亿元"}},
		{"2025.12.29-01.02,沪深两市成交额6.2万亿元。", []string{"6.2万亿元"}},
		{"2026/03/02-2026/03/06,成交额5万亿元。", []string{"5万亿元"}},
		{"截至2026.03,规模5亿元。", []string{"5亿元"}},
		{"20240307日公告营收5亿元。", []string{"5亿元"}},
		{"20240301-20240331,营收5亿元。", []string{"5亿元"}},
		{"营收增长2.03%,达3.06亿元。", []string{"2.03%", "3.06亿元"}},
		{"公司营收20240307元。", []string{"20240307元"}},
		{"约有3/4的受访者表示满意。", []string{"3/4"}},
		{"90日内完成。", []string{"90日"}},
	} {
		var got []string
		for _, f := range extract.Extract(c.s, tokens(t, c.s)) {
			got = append(got, f.Surface)
		}
		assert.Equal(t, c.surfaces, got, c.s)
	}
}
