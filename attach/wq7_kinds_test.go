package attach_test

import "testing"

// A noun of one character (kind onechar) that opens its item right before
// the figure names what the figure measures: a nutrient of a label, an
// ingredient of a recipe, a dimension of a thing; other one-character
// metrics stay dropped for the subject before.
func TestOneCharacterMeasureWQ7(t *testing.T) {
	checkExact(t, []exactWant{
		{"每100克提供蛋白质8.0克、脂肪21.6克和钠518毫克。", "518毫克", "钠", ""},
		{"每份含钙120毫克，含铁2.5毫克。", "120毫克", "每份含钙", ""},
		{"调料：姜15克，盐2克，糖10克。", "2克", "盐", ""},
		{"调料：盐2克，油5克，醋3毫升。", "5克", "油", ""},
		{"调料：盐2克，油5克，醋3毫升。", "3毫升", "醋", ""},
		{"这座石桥长32米，高8.5米。", "8.5米", "高", ""},
	})
}

// The per-time word of a speed or a flow (每小时, 每秒) is no metric: the
// noun before it is.
func TestPerTimeNotMetricWQ7(t *testing.T) {
	checkExact(t, []exactWant{
		{"这款客机的巡航速度每小时850公里。", "850公里", "巡航速度", ""},
		{"高铁最高运营时速每小时350公里。", "350公里", "高铁最高运营时速", ""},
		{"洪峰流量每秒3000立方米。", "3000立方米", "洪峰流量", ""},
	})
}
