package extract_test

import "testing"

// A flow of water is a unit of its own, written in words or symbols
// (立方米每秒, 立方米/秒, m3/s, m³/s), not a volume in 立方米 with 每秒 left
// behind.
func TestFlowUnitWQ12(t *testing.T) {
	checkWQ7(t, []wq7Case{
		{"17日17时洪峰水位20.79米,相应流量45800立方米每秒。", "45800立方米每秒", 45800, "立方米每秒", ""},
		{"三峡水库出现最大入库流量2.4万立方米每秒。", "2.4万立方米每秒", 24000, "立方米每秒", ""},
		{"汉口站平均流量约为20000立方米/秒。", "20000立方米/秒", 20000, "立方米/秒", "approx"},
		{"李家渡站相应流量为9950 m3/s。", "9950 m3/s", 9950, "立方米/秒", ""},
		{"该站实测洪峰流量达3100m³/s以上。", "3100m³/s", 3100, "立方米/秒", "over"},
		// a volume alone stays a volume
		{"水库蓄水量为3.5亿立方米。", "3.5亿立方米", 350000000, "立方米", ""},
	})
}

// The hour or minute of a clock time right before a name (17时洪峰水位,
// 20分最大风速) is no part of the metric: the name starts after it.
func TestClockTimeEndsMetricWQ12(t *testing.T) {
	exactMetric(t, []struct{ sentence, surface, metric string }{
		{"17日17时洪峰水位20.79米。", "20.79米", "洪峰水位"},
		{"17日23时20分洪峰水位32.65米。", "32.65米", "洪峰水位"},
		{"8日8时水位16.83米。", "16.83米", "水位"},
		{"今天14时最高气温达38.5℃。", "38.5℃", "最高气温"},
		{"当日10点成交额突破500亿元。", "500亿元", "成交额"},
	})
}

// 超 that opens the name of a level's excess over a mark (超警, 超保证,
// 超汛限; lexicon kind overmark) stays in the metric; elsewhere it is a
// bound and a stop verb, as before.
func TestOverMarkInMetricWQ12(t *testing.T) {
	exactMetric(t, []struct{ sentence, surface, metric string }{
		{"九江站洪峰水位20.79米,超警0.79米。", "0.79米", "超警"},
		{"九江站退至警戒水位以下,超警历时11天。", "11天", "超警历时"},
		{"各站洪峰水位超警幅度在0.51-1.97米之间。", "0.51-1.97米", "洪峰水位超警幅度"},
		{"富水阳新站水位23.52米,超保证水位1.02米。", "1.02米", "超保证水位"},
		{"湖北最大超警戒幅度为2.39米。", "2.39米", "湖北最大超警戒幅度"},
		{"太湖超汛限水位0.3米。", "0.3米", "太湖超汛限水位"},
	})
}
