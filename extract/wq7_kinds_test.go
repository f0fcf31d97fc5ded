package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/extract"
)

// wq7Case is one figure expected in a sentence: its surface, value, unit
// and qualifier; an empty unit means the surface gives no figure.
type wq7Case struct {
	sentence, surface string
	value             float64
	unit, qualifier   string
}

func checkWQ7(t *testing.T, cases []wq7Case) {
	t.Helper()
	for _, c := range cases {
		f := figureOf(t, c.sentence, c.surface)
		if c.unit == "" {
			assert.Nil(t, f, "%s: no figure %s wanted", c.sentence, c.surface)
			continue
		}
		require.NotNil(t, f, "%s: no figure %s", c.sentence, c.surface)
		require.NotNil(t, f.Value, "%s: %s has no value", c.sentence, c.surface)
		assert.InDelta(t, c.value, *f.Value, 1e-9, "%s: value of %s", c.sentence, c.surface)
		assert.Equal(t, c.unit, f.Unit, "%s: unit of %s", c.sentence, c.surface)
		if c.qualifier != "" {
			assert.Equal(t, c.qualifier, string(f.Qualifier), "%s: qualifier of %s", c.sentence, c.surface)
		}
	}
}

// Units of product pages, nutrition labels and network plans: a battery's
// charge, food energy, frequencies, brightness, pixels and data rates.
func TestProductUnitsWQ7(t *testing.T) {
	checkWQ7(t, []wq7Case{
		{"电池容量5000mAh，支持快充。", "5000mAh", 5000, "毫安时", ""},
		{"这款充电宝容量为2万毫安时。", "2万毫安时", 20000, "毫安时", ""},
		{"电动自行车配备48V 20Ah锂电池。", "20Ah", 20, "安时", ""},
		{"每100克含能量2024千焦。", "2024千焦", 2024, "千焦", ""},
		{"能量 1823 kJ，蛋白质9.0g。", "1823 kJ", 1823, "千焦", ""},
		{"一碗米饭约有230千卡热量。", "230千卡", 230, "千卡", "approx"},
		{"处理器最高主频3.2GHz。", "3.2GHz", 3.2, "吉赫兹", ""},
		{"屏幕支持120Hz高刷新率。", "120Hz", 120, "赫兹", ""},
		{"调频广播的频率为97.4兆赫。", "97.4兆赫", 97.4, "兆赫", ""},
		{"峰值亮度达到1600nits。", "1600nits", 1600, "尼特", ""},
		{"屏幕最高亮度为3000尼特。", "3000尼特", 3000, "尼特", ""},
		{"后置5000万像素主摄。", "5000万像素", 50000000, "像素", ""},
		{"固态硬盘顺序读取速度7000MB/s。", "7000MB/s", 7000, "兆字节/秒", ""},
		{"家庭宽带提速到1000Mbps。", "1000Mbps", 1000, "兆比特/秒", ""},
	})
}

// 粒 and 片 of a medicine are doses after a word of a dose in the clause
// (lexicon kind doseword); elsewhere they stay none, as 粒 did outside a
// game.
func TestDoseUnitsWQ7(t *testing.T) {
	checkWQ7(t, []wq7Case{
		{"口服，一次2粒，一日3次。", "2粒", 2, "粒", ""},
		{"口服。一次1片，每日2次。", "1片", 1, "片", ""},
		{"成人每次服用4粒，饭后温水送服。", "4粒", 4, "粒", ""},
		{"成人每日不得超过8片。", "8片", 8, "片", "under"},
		{"风吹落了3片叶子。", "3片", 0, "", ""},
		{"碗里还剩5粒米。", "5粒", 0, "", ""},
		{"武磊本赛季已打进12粒进球。", "12粒", 12, "粒", ""},
	})
}

// A bare amount with 万 after a noun of a price or a payment of a listing,
// a car or a job is money (lexicon kind moneynoun).
func TestListingMoneyNounsWQ7(t *testing.T) {
	checkWQ7(t, []wq7Case{
		{"这套房子总价120万，首付36万。", "120万", 1200000, "元", ""},
		{"这套房子总价120万，首付36万。", "36万", 360000, "元", ""},
		{"该车型售价12.98万起。", "12.98万", 129800, "元", "over"},
		{"写字楼年租金约80万。", "80万", 800000, "元", "approx"},
		{"这名工程师年薪50万。", "50万", 500000, "元", ""},
		{"房东收取押金1万。", "1万", 10000, "元", ""},
	})
}

// A negated verb of a bound caps the figure (不宜超过, 不能超过: under), the
// signs ≥ and ≤ bound it, and 起 after a price is "from": over.
func TestBoundsOfSpecsWQ7(t *testing.T) {
	checkWQ7(t, []wq7Case{
		{"每天不宜超过3g。", "3g", 3, "克", "under"},
		{"儿童每日用量不能超过10毫升。", "10毫升", 10, "毫升", "under"},
		{"单次饮酒不应超过25克。", "25克", 25, "克", "under"},
		{"循环2000次后容量仍≥80%。", "80%", 80, "%", "over"},
		{"含糖量≤5%。", "5%", 5, "%", "under"},
		{"售价3999元起。", "3999元", 3999, "元", "over"},
		{"酒店每晚300元起，含早餐。", "300元", 300, "元", "over"},
		{"他因欠款20万元起诉对方。", "20万元", 200000, "元", "exact"},
	})
}

// The per-time word of a speed or a flow right before the figure (每小时,
// 每秒; lexicon kind pertime) is stepped over: the noun before it is the
// metric, not 小时.
func TestPerTimeMetricWQ7(t *testing.T) {
	for _, c := range []struct{ sentence, surface, metric string }{
		{"巡航速度每小时850公里。", "850公里", "巡航速度"},
		{"洪峰流量每秒3000立方米。", "3000立方米", "洪峰流量"},
		{"心率每分钟72次。", "72次", "心率"},
	} {
		var got string
		for _, f := range extract.Extract(c.sentence, tokens(t, c.sentence)) {
			if f.Surface == c.surface {
				got = f.Metric
			}
		}
		assert.Equal(t, c.metric, got, "%s: metric of %s", c.sentence, c.surface)
	}
}
