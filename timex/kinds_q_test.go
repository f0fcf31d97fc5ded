package timex

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// kindsQTable: as normaliserTable (text, document's date, governing scope,
// expression found, start, end), for the kinds of edges, split years,
// bracketed Taiwan years and days, days of the document's month and holidays.
var kindsQTable = []struct {
	text, doc, scope, want, start, end string
}{
	// 初 is an edge only as a word of its own: not before 步, not a lunar day
	{"10月初步访港旅客数字为约460万人次", "2025-11-01", "", "10月", "2025-10-01", "2025-10-31"},
	{"一季度初步核算国内生产总值296299亿元", "", "2024-01-01..2024-12-31", "一季度", "2024-01-01", "2024-03-31"},
	{"10月初，全市", "2025-11-01", "", "10月初", "2025-10-01", "2025-10-01"},
	{"2024年初", "", "", "2024年初", "2024-01-01", "2024-01-01"},
	{"正月初六", "2025-11-01", "", "", "", ""},
	{"大年初一", "2025-11-01", "", "", "", ""},
	{"当月初步统计", "", "2024-01-01..2024-03-31", "当月", "2024-03-01", "2024-03-31"},
	// a year that straddles two calendar years: the school year September to August (words.tsv
	// splityear), a season as written with no interval
	{"2010/2011学年", "", "", "2010/2011学年", "2010-09-01", "2011-08-31"},
	{"2010/2011学年终", "", "", "2010/2011学年终", "2011-08-31", "2011-08-31"},
	{"2022/2023学年度", "", "", "2022/2023学年度", "2022-09-01", "2023-08-31"},
	{"2022-23学年", "", "", "2022-23学年", "2022-09-01", "2023-08-31"},
	{"2022-23赛季", "", "", "2022-23赛季", "", ""},
	{"2022/23赛季", "", "", "2022/23赛季", "", ""},
	{"2022-2023赛季", "", "", "2022-2023赛季", "", ""},
	{"本赛季", "2025-11-01", "", "本赛季", "", ""},
	{"本学年", "2025-11-01", "", "本学年", "", ""},
	{"2022-24学年", "", "", "", "", ""},
	// Taiwan's relative years and days with the year or day in brackets
	{"今(110)年1至10月", "2025-11-01", "", "今(110)年1至10月", "2021-01-01", "2021-10-31"},
	{"去(2020)年", "2025-11-01", "", "去(2020)年", "2020-01-01", "2020-12-31"},
	{"今（113）年", "", "", "今（113）年", "2024-01-01", "2024-12-31"},
	{"今(14)日", "2025-11-14", "", "今(14)日", "2025-11-14", "2025-11-14"},
	{"今(14)日", "2025-11-01", "", "今(14)日", "2025-10-14", "2025-10-14"},
	{"昨(13)日", "2025-11-14", "", "昨(13)日", "2025-11-13", "2025-11-13"},
	// a day of the document's month opening a clause, not a span of days
	{"5日，12月份交割的黄金期货", "2025-11-06", "", "5日", "2025-11-05", "2025-11-05"},
	{"5日", "", "", "5日", "", ""},
	{"，5日内完成", "2025-11-06", "", "", "", ""},
	{"，7日年化收益率", "2025-11-06", "", "", "", ""},
	{"，3日游", "2025-11-06", "", "", "", ""},
	{"前5日", "2025-11-06", "", "", "", ""},
	// holidays: 假日 is a holiday word; windows of the notices
	{"2024年春节假日", "", "", "2024年春节假日", "2024-02-10", "2024-02-17"},
	{"“五一”假日", "", "2024-01-01..2024-12-31", "“五一”假日", "2024-05-01", "2024-05-05"},
	{"国庆假期", "", "2024-01-01..2024-12-31", "国庆假期", "2024-10-01", "2024-10-07"},
	{"2021年中秋假期", "", "", "2021年中秋假期", "2021-09-19", "2021-09-21"},
	{"2026年春节假期", "", "", "2026年春节假期", "2026-02-15", "2026-02-23"},
	{"2026年元旦假期", "", "", "2026年元旦假期", "2026-01-01", "2026-01-03"},
	{"2025年中秋假期", "", "", "2025年中秋假期", "2025-10-01", "2025-10-08"},
}

func TestKindsQ(t *testing.T) {
	for _, c := range kindsQTable {
		es := FindString(c.text)
		if c.want == "" {
			assert.Empty(t, es, "%q is no time expression", c.text)
			continue
		}
		if !assert.NotEmpty(t, es, "%q", c.text) {
			continue
		}
		e := es[0]
		assert.Equal(t, c.want, e.Text, "expression in %q", c.text)
		ctx := Context{DocDate: date(t, c.doc)}
		if a, b, ok := strings.Cut(c.scope, ".."); ok {
			ctx.Scope = Interval{date(t, a), date(t, b)}
		}
		iv := Resolve(e, ctx)
		assert.Equal(t, c.start+".."+c.end, show(iv.Start)+".."+show(iv.End), "%q (document %s, scope %s)", c.text, c.doc, c.scope)
	}
}
