package extract_test

import (
	"testing"

	"github.com/zhmetrics/zhmetrics/extract"
	"github.com/zhmetrics/zhmetrics/pipeline"
)

func BenchmarkParseNumber(b *testing.B) {
	for _, s := range []string{"8.58亿", "1,234.5", "四亿五千六百四十二万零一十五", "两千三百万"} {
		b.Run(s, func(b *testing.B) {
			for b.Loop() {
				if _, err := extract.ParseNumber(s); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkUnitMatch(b *testing.B) {
	rs := []rune("万千瓦时的电量")
	units := extract.DefaultUnits()
	for b.Loop() {
		if u, _ := units.Match(rs, 1); u == nil {
			b.Fatal("no unit")
		}
	}
}

const benchSentence = "上半年，全区实现地区生产总值795.3亿元、同比增长0.3%，新设企业2.4万家，集中动工签约193个重点项目、总投资额近4500亿元。"

func BenchmarkExtractSentence(b *testing.B) {
	b.Run("rules only", func(b *testing.B) {
		b.SetBytes(int64(len(benchSentence)))
		for b.Loop() {
			extract.Extract(benchSentence, nil)
		}
	})
	seg, err := pipeline.LoadSegmenter()
	if err != nil {
		b.Fatal(err)
	}
	b.Run("with segmentation", func(b *testing.B) {
		b.SetBytes(int64(len(benchSentence)))
		for b.Loop() {
			extract.ExtractWith(benchSentence, seg)
		}
	})
}
