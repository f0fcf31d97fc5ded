package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/pipeline"
)

// wq10Case is one figure expected in a text run through the whole pipeline
// (normalisation folds the dashes and the traditional script): its surface,
// its value or, for a range, its ends, unit and change. An empty unit means
// the surface gives no figure.
type wq10Case struct {
	text, surface   string
	value, low, hi  float64
	unit, change    string
	isRange, wantNo bool
}

func checkWQ10(t *testing.T, cases []wq10Case) {
	t.Helper()
	seg, err := pipeline.LoadSegmenter()
	require.NoError(t, err)
	for _, c := range cases {
		_, figs := pipeline.ExtractText(seg, c.text, pipeline.Meta{})
		var f *pipeline.Figure
		for i := range figs {
			if figs[i].Surface == c.surface {
				f = &figs[i]
				break
			}
		}
		if c.wantNo {
			assert.Nil(t, f, "%s: no figure %s wanted", c.text, c.surface)
			continue
		}
		if !assert.NotNil(t, f, "%s: no figure %s", c.text, c.surface) {
			continue
		}
		assert.Equal(t, c.unit, f.Unit, "%s: unit of %s", c.text, c.surface)
		if c.isRange {
			if assert.NotNil(t, f.Low, "%s: %s is no range", c.text, c.surface) && assert.NotNil(t, f.High) {
				assert.InDelta(t, c.low, *f.Low, 1e-9, "%s: low of %s", c.text, c.surface)
				assert.InDelta(t, c.hi, *f.High, 1e-9, "%s: high of %s", c.text, c.surface)
			}
		} else if assert.NotNil(t, f.Value, "%s: %s has no value", c.text, c.surface) {
			assert.InDelta(t, c.value, *f.Value, 1e-9, "%s: value of %s", c.text, c.surface)
		}
		if c.change != "" {
			assert.Equal(t, c.change, f.Change, "%s: change of %s", c.text, c.surface)
		}
	}
}

// A Latin abbreviation of a time after a slash that ends a count or a dose
// is the denominator (lexicon kind timeabbr): 4次/d is 4 次/天.
func TestTimeAbbreviationDenominatorWQ10(t *testing.T) {
	checkWQ10(t, []wq10Case{
		{text: "口服，每日4次/d，每次1片。", surface: "4次/d", value: 4, unit: "次/天"},
		{text: "一次2粒，2次/d，饭后服用。", surface: "2次/d", value: 2, unit: "次/天"},
		{text: "成人每天3g/d，分两次服用。", surface: "3g/d", value: 3, unit: "克/天"},
		{text: "钠摄入量不超过5g/d。", surface: "5g/d", value: 5, unit: "克/天"},
		{text: "维持剂量1片/d，睡前服用。", surface: "1片/d", value: 1, unit: "片/天"},
		{text: "静脉滴注10mg/h，持续2小时。", surface: "10mg/h", value: 10, unit: "毫克/小时"},
		{text: "输液速度控制在2ml/min以内。", surface: "2ml/min", value: 2, unit: "毫升/分钟"},
		{text: "每周随访1次/d，共7天。", surface: "1次/d", value: 1, unit: "次/天"},
		// a longer run of letters is no abbreviation of the list
		{text: "型号3g/day。", surface: "3g/day", wantNo: true},
	})
}

// A dash between two numbers after a list's comma is a range, never a minus
// of the second: every dash the normaliser folds (—, –, －) and the tildes.
func TestDashRangeAfterCommaWQ10(t *testing.T) {
	checkWQ10(t, []wq10Case{
		{text: "儿童用量：1岁以下1.25ml,2—3岁2.5ml,4—6岁5ml。", surface: "2—3岁", low: 2, hi: 3, unit: "岁", isRange: true},
		{text: "儿童用量：1岁以下1.25ml,2—3岁2.5ml,4—6岁5ml。", surface: "4—6岁", low: 4, hi: 6, unit: "岁", isRange: true},
		{text: "用法：每次5ml,2–3次/日。", surface: "2–3次/日", low: 2, hi: 3, unit: "次/日", isRange: true},
		{text: "用量：2.5ml,2－3岁。", surface: "2－3岁", low: 2, hi: 3, unit: "岁", isRange: true},
		{text: "用量：2.5ml,2~3岁。", surface: "2~3岁", low: 2, hi: 3, unit: "岁", isRange: true},
		{text: "用量：2.5ml,2〜3岁。", surface: "2〜3岁", low: 2, hi: 3, unit: "岁", isRange: true},
		{text: "适用人群,7-12岁儿童。", surface: "7-12岁", low: 7, hi: 12, unit: "岁", isRange: true},
		{text: "每袋10g,3-5袋为宜。", surface: "3-5袋", low: 3, hi: 5, unit: "袋", isRange: true},
		// table cells run together keep their sign: thousands separators before the dash
		{text: "2,071,488,667.07-7.25%", surface: "-7.25%", value: -7.25, unit: "%"},
	})
}

// A plus sign that joins two figures of one kind of unit is a sum of specs,
// no rise; a plus before a change stays one.
func TestPlusBetweenSpecsWQ10(t *testing.T) {
	checkWQ10(t, []wq10Case{
		{text: "支持80W有线+50W无线快充。", surface: "50W", value: 50, unit: "瓦", change: "none"},
		{text: "内存8GB+256GB版本售价3999元。", surface: "256GB", value: 256, unit: "吉字节", change: "none"},
		{text: "后置5000万像素主摄+800万像素超广角镜头。", surface: "800万像素", value: 8000000, unit: "像素", change: "none"},
		{text: "套餐含通话200分钟+流量30GB。", surface: "30GB", value: 30, unit: "吉字节"},
		{text: "营收同比+5%，净利润同比+12.3%。", surface: "12.3%", value: 12.3, unit: "%", change: "increase"},
		{text: "医疗(+4.1%)衣履(+1.2%)。", surface: "1.2%", value: 1.2, unit: "%", change: "increase"},
	})
}

// 一块 before a number and its unit is the measure word of a piece, no
// money; money 块 follows its number (5块钱, 三块五, 一块5毛).
func TestPieceBeforeNumberWQ10(t *testing.T) {
	checkWQ10(t, []wq10Case{
		{text: "内置一塊8300mAh電池。", surface: "一塊", wantNo: true},
		{text: "内置一塊8300mAh電池。", surface: "8300mAh", value: 8300, unit: "毫安时"},
		{text: "找来一块5厘米厚的木板。", surface: "一块", wantNo: true},
		{text: "找来一块5厘米厚的木板。", surface: "5厘米", value: 5, unit: "厘米"},
		{text: "切一块约200克的牛肉。", surface: "一块", wantNo: true},
		{text: "买了一块2平方米的地毯。", surface: "一块", wantNo: true},
		{text: "花了5块钱买菜。", surface: "5块钱", value: 5, unit: "元"},
		{text: "这个卖三块五。", surface: "三块五", value: 3.5, unit: "元"},
		{text: "他找给我一块5毛。", surface: "一块5毛", value: 1.5, unit: "元"},
		{text: "门票一块钱。", surface: "一块钱", value: 1, unit: "元"},
	})
}
