package timex

import "testing"

// wq5Seasons: as normaliserTable (text, document's date, governing scope,
// expression found, start, end), for the meteorological seasons of China's
// climate bulletins: after a year or as 今春/今夏/今秋, March–May, June–August,
// September–November; 冬季 crosses the year (December–February) and is kept
// as written with no interval, as is a list of seasons; a season before a
// name (秋季广交会, 春季学期, 夏季达沃斯) is none, and a bare season is not read.
var wq5Seasons = []normaliserRow{
	{"2018年夏季，全国平均高温日数", "", "", "2018年夏季", "2018-06-01", "2018-08-31"},
	{"2018年春季，全国平均降水量", "", "", "2018年春季", "2018-03-01", "2018-05-31"},
	{"2023年秋季，全省降水量", "", "", "2023年秋季", "2023-09-01", "2023-11-30"},
	{"今年秋季全国平均气温", "2023-12-04", "", "今年秋季", "2023-09-01", "2023-11-30"},
	{"去年夏季，全市用电量", "2024-03-01", "", "去年夏季", "2023-06-01", "2023-08-31"},
	{"今秋全国大部地区气温", "2023-12-04", "", "今秋", "2023-09-01", "2023-11-30"},
	{"今春以来，全省降水量", "2023-05-20", "", "今春以来", "2023-03-01", "2023-05-20"},
	{"今夏全国平均气温", "2022-09-01", "", "今夏", "2022-06-01", "2022-08-31"},
	// winter crosses the year: as written
	{"2021年冬季，全国平均降水量", "", "", "2021年冬季", "", ""},
	{"今冬全国平均气温", "2023-01-10", "", "今冬", "", ""},
	// a list of seasons: as written
	{"2018年夏、秋季降水分别偏多", "", "", "2018年夏、秋季", "", ""},
	// a name after the season: the year alone
	{"2023年秋季广交会累计成交额", "", "", "2023年", "2023-01-01", "2023-12-31"},
	{"2024年春季学期，全市招收新生", "", "", "2024年", "2024-01-01", "2024-12-31"},
	{"2019年夏季达沃斯论坛嘉宾", "", "", "2019年", "2019-01-01", "2019-12-31"},
	{"2022年夏季风偏强", "", "", "2022年", "2022-01-01", "2022-12-31"},
	// a bare season is not read
	{"秋季全国降水总体偏多", "2023-12-04", "", "", "", ""},
}

func TestSeasonsWQ5(t *testing.T) {
	checkRows(t, wq5Seasons)
}
