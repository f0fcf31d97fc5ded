package timex

import (
	"testing"
)

// kindsWTable: as normaliserTable (text, document's date, governing scope,
// expression found, start, end), for kinds the public suites of Chinese time
// expressions (JioNLP's parse_time tests, Duckling's ZH corpus) showed
// missing: a year written with two digits before a part of the year, a day
// of a relative month, the months and days after the document's.
var kindsWTable = []normaliserRow{
	// a two-digit year 00-29 with a part of the year: 20NN, when the document's
	// year is known and 20NN is at most five years after it
	{"12年5月8日，本市销售额", "2016-04-01", "", "12年5月8日", "2012-05-08", "2012-05-08"},
	{"09年第二季度出口额", "2010-01-15", "", "09年第二季度", "2009-04-01", "2009-06-30"},
	{"18年上半年营收", "2019-03-01", "", "18年上半年", "2018-01-01", "2018-06-30"},
	{"21年底存款余额", "2022-02-01", "", "21年底", "2021-12-31", "2021-12-31"},
	{"零九年十月产量", "2011-06-30", "", "零九年十月", "2009-10-01", "2009-10-31"},
	{"一六年三月产量", "2017-06-30", "", "一六年三月", "2016-03-01", "2016-03-31"},
	{"26年1-6月目标", "2024-06-30", "", "26年1-6月", "2026-01-01", "2026-06-30"},
	// too far ahead of the document (a year of the 1900s, or a ROC year): no interval
	{"25年3月产量", "2012-06-30", "", "25年3月", "", ""},
	// no document's year: no interval
	{"12年5月8日，本市销售额", "", "", "12年5月8日", "", ""},
	// 30-99 are as often ROC years (98年 = 2009 in Taiwan) as 19NN: not read
	{"98年4月，本市销售额", "2001-06-30", "", "4月", "", ""},
	// without a part of the year a two-digit year is no expression (a span as often)
	{"经营15年，销售额", "2020-01-01", "", "", "", ""},
	{"第12年5月", "2020-01-01", "", "5月", "", ""},
	{"约12年5月", "2020-01-01", "", "5月", "", ""},
	// a range of months with a doubled dash (——, folded to --)
	{"2019年3——5月，销售额", "", "", "2019年3——5月", "2019-03-01", "2019-05-31"},
	{"2019年3--5月，销售额", "", "", "2019年3--5月", "2019-03-01", "2019-05-31"},
	// a day of a relative month
	{"上月18日，销售额为", "2022-08-10", "", "上月18日", "2022-07-18", "2022-07-18"},
	{"上个月三号，销售额为", "2022-08-10", "", "上个月三号", "2022-07-03", "2022-07-03"},
	{"本月5日，销售额为", "2022-08-10", "", "本月5日", "2022-08-05", "2022-08-05"},
	{"下月二十日起", "2022-08-10", "", "下月二十日", "2022-09-20", "2022-09-20"},
	{"上月31日，销售额为", "2022-10-10", "", "上月31日", "", ""}, // September has no 31st
	{"下一个月，销售额", "2022-12-10", "", "下一个月", "2023-01-01", "2023-01-31"},
	{"上一个月，销售额", "2023-01-10", "", "上一个月", "2022-12-01", "2022-12-31"},
	{"下个月廿日，销售额", "2023-01-10", "", "", "", ""}, // a day not read: not the whole month either
	// a day after the document's: only as a word of its own
	{"明日，销售额", "2022-12-31", "", "明日", "2023-01-01", "2023-01-01"},
	{"在后天的会议上", "2022-03-30", "", "后天", "2022-04-01", "2022-04-01"},
	{"据光明日报报道", "2022-03-30", "", "", "", ""},
	{"报告表明日前已完成", "2022-03-30", "", "日前", "", ""},
	{"然后天津市场", "2022-03-30", "", "", "", ""},
	{"明年下一年", "2022-03-30", "", "明年", "2023-01-01", "2023-12-31"},
}

func TestKindsW(t *testing.T) {
	checkRows(t, kindsWTable)
}
