package extract_test

import "testing"

// A word of a change's basis (实质, 名义) right before a noun opens the
// indicator's name (real against nominal) and stays in the metric; before a
// change verb it is the basis and is stepped over as before. 本地 before a
// noun is part of the name (本地生产总值), no pronoun ending it.
func TestBasisWordOpensNameWQ8(t *testing.T) {
	exactMetric(t, []struct{ sentence, surface, metric string }{
		{"去年全年实质GDP增长5.2%。", "5.2%", "实质GDP"},
		{"上半年实质工资下降0.8%。", "0.8%", "实质工资"},
		{"2023年名义GDP增长4.6%。", "4.6%", "名义GDP"},
		{"第三季实质本地生产总值按年上升4.1%。", "4.1%", "实质本地生产总值"},
		{"2024年实质经济成长率为4.3%。", "4.3%", "实质经济成长率"},
		{"扣除物价后实质总薪资成长2%。", "2%", "实质总薪资成长"},
		{"第三季整体本地生产总值按年下跌2.9%。", "2.9%", "整体本地生产总值"},
		// the basis of a change, before its verb: stepped over
		{"本地生产总值按年实质增长2.7%。", "2.7%", "本地生产总值"},
		{"零售业总销货价值按年实质下跌5.1%。", "5.1%", "零售业总销货价值"},
		{"本地生产总值与上年同期比较实质上升3.5%。", "3.5%", "本地生产总值"},
	})
}
