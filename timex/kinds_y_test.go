package timex

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// kindsYTable: as normaliserTable (text, document's date, governing scope,
// expression found, start, end), for parts of a period (found with JioNLP's
// parse_time tests and Duckling's ZH corpus): the parts that are well
// defined are read; a part that is not read gives no interval, never the
// whole period before it.
var kindsYTable = []struct {
	text, doc, scope, want, start, end string
}{
	// a tenth of a month: 上旬 days 1-10, 中旬 11-20, 下旬 21 to the last
	{"2021年6月上旬，销售额", "", "", "2021年6月上旬", "2021-06-01", "2021-06-10"},
	{"1999年7月中旬，销售额", "", "", "1999年7月中旬", "1999-07-11", "1999-07-20"},
	{"2023年2月下旬，销售额", "", "", "2023年2月下旬", "2023-02-21", "2023-02-28"},
	{"去年6月上旬，销售额", "2021-01-01", "", "去年6月上旬", "2020-06-01", "2020-06-10"},
	{"本月下旬，销售额", "2021-04-05", "", "本月下旬", "2021-04-21", "2021-04-30"},
	{"九月下旬，销售额", "", "2020-01-01..2020-12-31", "九月下旬", "2020-09-21", "2020-09-30"},
	{"2023年上旬，销售额", "", "", "2023年上旬", "", ""}, // a tenth of no month
	// parts of a year after it
	{"2021年前两个季度，销售额", "", "", "2021年前两个季度", "2021-01-01", "2021-06-30"},
	{"2021年前3个季度，销售额", "", "", "2021年前3个季度", "2021-01-01", "2021-09-30"},
	{"2005年首月，销售额", "", "", "2005年首月", "2005-01-01", "2005-01-31"},
	{"二零二一年后三月，销售额", "", "", "二零二一年后三月", "2021-10-01", "2021-12-31"},
	{"2021年后三个月，销售额", "", "", "2021年后三个月", "2021-10-01", "2021-12-31"},
	{"十二月月底，销售额", "", "2021-01-01..2021-12-31", "十二月月底", "2021-12-31", "2021-12-31"},
	// without a year they are not read (首月销量: a product's first month)
	{"首月销量为", "2021-06-14", "", "", "", ""},
	// a part not read: no interval, not the enclosing month or year
	{"本月第2周，销售额", "2021-06-14", "", "本月第2周", "", ""},
	{"2023年三月的第二周，销售额", "", "", "2023年三月的第二周", "", ""},
	{"十月第一个星期一，销售额", "", "2012-01-01..2012-12-31", "十月第一个星期一", "", ""},
	{"上月最后五天，销售额", "2021-06-14", "", "上月最后五天", "", ""},
	{"4月前4天，销售额", "2021-06-14", "", "4月前4天", "", ""},
	{"二零二二年伊始，销售额", "", "", "二零二二年伊始", "", ""},
	{"五月廿二，销售额", "2022-01-01", "", "五月廿二", "", ""},
	{"今年第三十七个星期，销售额", "2021-06-14", "", "今年第三十七个星期", "", ""},
	{"2021年第54周", "", "", "2021年第54周", "", ""},
	// a festival: its days are not the year's
	{"2018年光明节，销售额", "", "", "2018年光明节", "", ""},
	{"去年春节，销售额", "2020-01-01", "", "去年春节", "", ""},
	{"2023年国庆，销售额", "", "", "2023年国庆", "", ""},
	{"去年中秋节前后，销售额", "2021-06-14", "", "去年中秋节", "", ""},
	{"2019年感恩节到2021年母亲节", "", "", "2019年感恩节", "", ""},
	// a festival's holiday window is read as before; words in 节 that are no festival leave the time as it was
	{"2023年春节假期，销售额", "", "", "2023年春节假期", "2023-01-21", "2023-01-27"},
	{"2023年季节性因素", "", "", "2023年", "2023-01-01", "2023-12-31"},
	{"2023年节能减排", "", "", "2023年", "2023-01-01", "2023-12-31"},
	{"2020年第10周年", "", "", "2020年", "2020-01-01", "2020-12-31"},
	// 次年, 翌年: the year after the governing expression's; none without one
	{"次年年末，销售额", "", "2019-01-01..2019-12-31", "次年年末", "2020-12-31", "2020-12-31"},
	{"次年3月，销售额", "", "2019-01-01..2019-12-31", "次年3月", "2020-03-01", "2020-03-31"},
	{"，翌年，销售额", "", "2019-01-01..2019-12-31", "翌年", "2020-01-01", "2020-12-31"},
	{"次年年末，销售额", "2021-06-14", "", "次年年末", "", ""},
	{"每次年检", "", "2019-01-01..2019-12-31", "", "", ""},
	{"2023年10月至次年3月", "", "", "2023年10月至次年3月", "2023-10-01", "2024-03-31"},
}

func TestKindsY(t *testing.T) {
	for _, c := range kindsYTable {
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
