package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// exactMetric checks the figures of a sentence by surface and their metric
// written in full (not only contained).
func exactMetric(t *testing.T, cases []struct{ sentence, surface, metric string }) {
	t.Helper()
	for _, c := range cases {
		f := figureOf(t, c.sentence, c.surface)
		require.NotNil(t, f, "%s: no figure %s", c.sentence, c.surface)
		assert.Equal(t, c.metric, f.Metric, "%s: metric of %s", c.sentence, c.surface)
	}
}

// A subject, then a time opened by 在 or 于 and closed by 的, then a basis
// word and a rate noun of change (lexicon kind timeat): the rate measures
// the subject, which is the metric, not the rate noun nor nothing.
func TestSubjectBeforeTimeAtWQ1(t *testing.T) {
	exactMetric(t, []struct{ sentence, surface, metric string }{
		{"消费物价指数在二零二三年十二月份的按年升幅为1.9%。", "1.9%", "消费物价指数"},
		{"出口货值于今年第一季的按季跌幅为1.5%。", "1.5%", "出口货值"},
		{"失业率在去年第四季的按季跌幅为0.3个百分点。", "0.3个百分点", "失业率"},
		{"访港旅客人次在今年首季的同比增幅为12.5%。", "12.5%", "访港旅客人次"},
		{"零售业总销货价值在二零二三年的按年增幅为8.6%。", "8.6%", "零售业总销货价值"},
		{"整体货物出口在二零二四年首十一个月的按年升幅为9.0%。", "9.0%", "整体货物出口"},
		// no time between 在 and 的, or a change verb after it: not this kind
		{"营业收入在去年的基础上增长5%。", "5%", "基础上"},
		// a named rate (增长率) is a level of its own name
		{"本地生产总值在2023年的实质增长率为3.2%。", "3.2%", "增长率"},
	})
}

// A verb of two characters or more right after the noun phrase of a count,
// followed by an aspect particle or by no noun in its clause, is the
// predicate, no part of the metric; a verb before a noun may make a compound
// with it, and a duration's event keeps its verb.
func TestCountPredicateVerbWQ1(t *testing.T) {
	exactMetric(t, []struct{ sentence, surface, metric string }{
		{"会议吸引了800多名中外嘉宾出席。", "800多名", "中外嘉宾"},
		{"共有3000名国内外专家参加。", "3000名", "国内外专家"},
		{"全市有4.2万名志愿者提供服务。", "4.2万名", "志愿者"},
		{"已有3200家企业入驻。", "3200家", "企业"},
		{"全县1.5万户农户参保。", "1.5万户", "农户"},
		{"全年共为608万名失业人员发放了失业保险金。", "608万名", "失业人员"},
		// compounds and nouns after the verb stay
		{"共建成65个综合受理窗口。", "65个", "综合受理窗口"},
		{"新建5个污水处理厂。", "5个", "污水处理厂"},
		{"推动4500多个群众急难愁盼问题解决。", "4500多个", "群众急难愁盼问题"},
		{"全省有860家医院开通线上挂号。", "860家", "医院开通线上挂号"},
		// a duration measures the event: its verb stays
		{"3分钟岗位人员自救。", "3分钟", "岗位人员自救"},
	})
}

// A bare amount (digits and a large scale, no unit) right before a short
// noun whose unit word, of a count or of people, ends the clause: the unit
// is that word, the metric the noun before it. Never across a clause mark,
// a longer phrase or a word after the unit.
func TestUnitAfterShortNounWQ1(t *testing.T) {
	runTable(t, table{
		{"今年首10个月共录得约4,100万访港旅客人次。", []want{{Surface: "4,100万", Value: 41000000, Unit: "人次", Qualifier: "approx", Metric: "访港旅客"}}},
		{"全年接待300万游客人次，按年增长5%。", []want{
			{Surface: "300万", Value: 3000000, Unit: "人次", Metric: "游客"},
			{Surface: "5%", Value: 5, Unit: "%", Change: "increase"}}},
		{"全市接待1200万入境旅客人次。", []want{{Surface: "1200万", Value: 12000000, Unit: "人次", Metric: "入境旅客"}}},
		{"入境旅客增加200万，旅客人次上升。", nil},
		{"创下4,100万访港旅客人次的纪录。", nil},
		{"新增200万城镇就业人口。", nil},
		{"共有3000万用户人数。", nil},
	})
	exactMetric(t, []struct{ sentence, surface, metric string }{
		{"今年首10个月共录得约4,100万访港旅客人次。", "4,100万", "访港旅客"},
		{"全市接待1200万入境旅客人次。", "1200万", "入境旅客"},
	})
}
