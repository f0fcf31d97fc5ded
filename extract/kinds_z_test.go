package extract_test

import "testing"

// An ROC year after a word of comparison or of a start (较, 比, 自, 从, 于) is
// a year, no span of years: three digits before a clause's end, 起, 以来, the
// next time or a number; two digits only before 起 or 以来.
func TestROCYearAfterCompareZ(t *testing.T) {
	runTable(t, table{
		{"平均每9分53秒就有1人死亡，较111年10分7秒快14秒。", []want{
			{Surface: "9分53秒", Value: 593, Unit: "秒"},
			{Surface: "1人", Value: 1, Unit: "人"},
			{Surface: "10分7秒", Value: 607, Unit: "秒"},
			{Surface: "14秒", Value: 14, Unit: "秒"}}},
		{"较111年减少2,863人。", []want{{Surface: "2,863人", Value: 2863, Unit: "人", Change: "decrease"}}},
		{"癌症自71年起已连续42年居十大死因首位。", []want{{Surface: "42年", Value: 42, Unit: "年"}}},
		{"该制度自71年以来未变。", nil},
		{"人数较111年，增加了5人。", []want{{Surface: "5人", Value: 5, Unit: "人", Change: "increase"}}},
		// a span stays a span: a word of a span, 至 after a verb, 于 of a comparison,
		// two digits after a verb of a span
		{"该公司历时120年。", []want{{Surface: "120年", Value: 120, Unit: "年"}}},
		{"寿命延长至120年。", []want{{Surface: "120年", Value: 120, Unit: "年"}}},
		{"相当于120年。", []want{{Surface: "120年", Value: 120, Unit: "年"}}},
		{"这家店已经营了12年。", []want{{Surface: "12年", Value: 12, Unit: "年"}}},
	})
}

// A span of time after 每 with a word of what then happens is the interval
// of a recurring event, a figure; a compound span that is none leaves no
// figure of its smaller unit behind.
func TestIntervalAfterEveryZ(t *testing.T) {
	runTable(t, table{
		{"癌症死亡时钟平均每9分53秒就有1人死亡", []want{
			{Surface: "9分53秒", Value: 593, Unit: "秒"},
			{Surface: "1人", Value: 1, Unit: "人"}}},
		{"每3天便有一班", []want{{Surface: "3天", Value: 3, Unit: "天"}}},
		// the basis of a rate stays none
		{"每9分53秒有1人死亡", []want{{Surface: "1人", Value: 1, Unit: "人"}}},
		{"每10股派3元", []want{{Surface: "3元", Value: 3, Unit: "元"}}},
		{"每5分钟一班车", nil},
	})
}

// A tenor before a noun of an instrument of the money market names the
// instrument, as before a Latin name: no figure, and the start of the metric.
// 报 of a quote stands between the metric and the level, as 为.
func TestTenorBeforeInstrumentZ(t *testing.T) {
	runTable(t, table{
		{"上交所1天国债逆回购利率报2.1%。", []want{{Surface: "2.1%", Value: 2.1, Unit: "%", Metric: "1天国债逆回购利率"}}},
		{"7天回购利率报1.9%。", []want{{Surface: "1.9%", Value: 1.9, Unit: "%", Metric: "7天回购利率"}}},
		{"3个月同业拆借利率为2.5%。", []want{{Surface: "2.5%", Value: 2.5, Unit: "%", Metric: "3个月同业拆借利率"}}},
		{"7天Shibor报1.8%。", []want{{Surface: "1.8%", Value: 1.8, Unit: "%", Metric: "7天Shibor"}}},
		// a span before other nouns stays a figure
		{"公司用3天回购了5万股。", []want{
			{Surface: "3天", Value: 3, Unit: "天"},
			{Surface: "5万股", Value: 50000, Unit: "股"}}},
		{"科创50指数报970.39点。", []want{{Surface: "970.39点", Value: 970.39, Unit: "点", Metric: "科创50指数"}}},
	})
}

// A player's stats: 分 after a scoring verb with an adverb or modal between
// (平均能砍), goals (球, 粒) after a word of scoring only, shots counted with 记
// before a noun of a shot only, 抄截 a stat noun as 篮板.
func TestSportsStatsZ(t *testing.T) {
	runTable(t, table{
		{"他平均能砍28.1分。", []want{{Surface: "28.1分", Value: 28.1, Unit: "分"}}},
		{"林书豪交出了13.5分。", []want{{Surface: "13.5分", Value: 13.5, Unit: "分"}}},
		{"武磊本赛季打进12球。", []want{{Surface: "12球", Value: 12, Unit: "球"}}},
		{"他本赛季已打进12粒进球。", []want{{Surface: "12粒", Value: 12, Unit: "粒"}}},
		{"库里本场命中8记三分。", []want{{Surface: "8记", Value: 8, Unit: "记"}}},
		{"他投进3记三分球。", []want{{Surface: "3记", Value: 3, Unit: "记"}}},
		{"哈里斯攻下23分、3篮板外带2抄截。", []want{
			{Surface: "23分", Value: 23, Unit: "分"},
			{Surface: "3篮板", Value: 3, Unit: "篮板"},
			{Surface: "2抄截", Value: 2, Unit: "抄截"}}},
		// no word of scoring, no noun of a shot: none
		{"买了3球冰淇淋。", nil},
		{"碗里剩下5粒米。", nil}, // 每天吃5粒药 is a dose since the eleventh session (doseword)
		{"他挨了一记重拳。", nil},
		{"会议于3点30分开始。", nil},
	})
}
