package timex

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// kindsVTable: as normaliserTable (text, document's date, governing scope,
// expression found, start, end), for 截至<day>止 followed by a span that
// ends on that day (words.tsv kind asofspan): a financial year, N months or
// a survey's three months; a bare 截至<day> stays as-of.
var kindsVTable = []struct {
	text, doc, scope, want, start, end string
}{
	{"截至二零二零年十二月三十一日止年度之溢利", "", "", "截至二零二零年十二月三十一日止年度", "2020-01-01", "2020-12-31"},
	{"截至2023年6月30日止六个月", "", "", "截至2023年6月30日止六个月", "2023-01-01", "2023-06-30"},
	{"截至2023年9月30日止三个月", "", "", "截至2023年9月30日止三个月", "2023-07-01", "2023-09-30"},
	{"截至2023年9月30日止九个月期间", "", "", "截至2023年9月30日止九个月期间", "2023-01-01", "2023-09-30"},
	{"截至2023年6月30日止半年度", "", "", "截至2023年6月30日止半年度", "2023-01-01", "2023-06-30"},
	{"截至2023年12月底的三个月", "", "", "截至2023年12月底的三个月", "2023-10-01", "2023-12-31"},
	{"截至二零二二年五月止的三个月", "", "", "截至二零二二年五月止的三个月", "2022-03-01", "2022-05-31"},
	{"截至2024年3月15日止12个月", "", "", "截至2024年3月15日止12个月", "2023-03-16", "2024-03-15"},
	// a bare 截至<day> is as-of; so is 止期间, whose start the text does not give
	{"截至2023年12月31日，总资产", "", "", "截至2023年12月31日", "", "2023-12-31"},
	{"截至2023年9月30日止期间", "", "", "截至2023年9月30日", "", "2023-09-30"},
	{"截至2023年12月31日止", "", "", "截至2023年12月31日", "", "2023-12-31"},
	// a span needs 截至: 2023年6月30日的三个月 is no expression of it
	{"2023年6月30日的三个月", "", "", "2023年6月30日", "2023-06-30", "2023-06-30"},
}

func TestKindsV(t *testing.T) {
	for _, c := range kindsVTable {
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
