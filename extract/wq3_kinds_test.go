package extract_test

import "testing"

// A rate whose denominator, written in Chinese, follows an ASCII unit and a
// slash (GB/户·月, the DOU of telecom bulletins) is one figure, not an
// identifier: the slash after the ASCII run opens the denominator.
func TestASCIIUnitBeforeChineseDenominatorWQ3(t *testing.T) {
	for _, c := range []struct {
		sentence string
		wants    []want
	}{
		{"10月份户均移动互联网接入流量(DOU)达到14.32GB/户·月。", []want{{Surface: "14.32GB/户·月", Value: 14.32, Unit: "吉字节/户·月"}}},
		{"比上年底高2.4GB/户·月。", []want{{Surface: "2.4GB/户·月", Value: 2.4, Unit: "吉字节/户·月"}}},
		{"人均流量为8.5GB/人。", []want{{Surface: "8.5GB/人", Value: 8.5, Unit: "吉字节/人"}}},
		{"户均宽带流量达到120GB/户月。", []want{{Surface: "120GB/户月", Value: 120, Unit: "吉字节/户月"}}},
		{"时速可达5km/小时。", []want{{Surface: "5km/小时", Value: 5, Unit: "公里/小时"}}},
	} {
		check(t, c.sentence, c.wants)
	}
	// a slash between two identifiers stays theirs
	for _, s := range []string{"推进5G/千兆光网建设。", "建设IPv6/IPv4双栈网络。"} {
		check(t, s, nil)
	}
}

// A rate whose denominator is a product of two units (元/吨·公里) keeps
// the whole product, not its first unit.
func TestRateOverProductWQ3(t *testing.T) {
	for _, c := range []struct {
		sentence string
		wants    []want
	}{
		{"铁路货物平均运价为0.35元/吨·公里。", []want{{Surface: "0.35元/吨·公里", Value: 0.35, Unit: "元/吨公里"}}},
		{"客运票价为0.12元/人·公里。", []want{{Surface: "0.12元/人·公里", Value: 0.12, Unit: "元/人公里"}}},
	} {
		check(t, c.sentence, c.wants)
	}
}

// Computing power written in the mixed case of news (EFlops, PFlops,
// TFlops), with or without a space, is the unit of the table.
func TestFlopsMixedCaseWQ3(t *testing.T) {
	for _, c := range []struct {
		sentence string
		wants    []want
	}{
		{"算力总规模超过140 EFlops。", []want{{Surface: "140 EFlops", Value: 140, Unit: "EFLOPS", Qualifier: "over"}}},
		{"智能算力规模达到25PFlops。", []want{{Surface: "25PFlops", Value: 25, Unit: "PFLOPS"}}},
		{"单卡算力为19.5TFlops。", []want{{Surface: "19.5TFlops", Value: 19.5, Unit: "TFLOPS"}}},
	} {
		check(t, c.sentence, c.wants)
	}
}

// A qualifier after a word that gives the verb to each figure of a list
// (分别超过, 均不足: lexicon kind each) qualifies every figure of it, the
// scale of a member apart (4000亿元、1.3万亿元); without such a word only
// 约 is carried (超过5%和3% may bound the first alone).
func TestQualifierOfEachWQ3(t *testing.T) {
	for _, c := range []struct {
		sentence string
		wants    []want
	}{
		{"数据中心、云计算、人工智能等产业规模分别超过1500亿元、2000亿元和1.3万亿元。", []want{
			{Surface: "1500亿元", Value: 1.5e11, Unit: "元", Qualifier: "over"},
			{Surface: "2000亿元", Value: 2e11, Unit: "元", Qualifier: "over"},
			{Surface: "1.3万亿元", Value: 1.3e12, Unit: "元", Qualifier: "over"}}},
		{"两地降幅均不足5%和3%。", []want{
			{Surface: "5%", Value: 5, Unit: "%", Qualifier: "under"},
			{Surface: "3%", Value: 3, Unit: "%", Qualifier: "under"}}},
		{"三项指标分别接近60%、70%和80%。", []want{
			{Surface: "60%", Value: 60, Unit: "%", Qualifier: "nearly"},
			{Surface: "70%", Value: 70, Unit: "%", Qualifier: "nearly"},
			{Surface: "80%", Value: 80, Unit: "%", Qualifier: "nearly"}}},
		{"营收约3亿元和5000万元。", []want{
			{Surface: "3亿元", Value: 3e8, Unit: "元", Qualifier: "approx"},
			{Surface: "5000万元", Value: 5e7, Unit: "元", Qualifier: "approx"}}},
		{"出口超过5%和进口3%。", []want{
			{Surface: "5%", Value: 5, Unit: "%", Qualifier: "over"},
			{Surface: "3%", Value: 3, Unit: "%", Qualifier: "exact"}}},
		{"增速超过5%和3%的企业。", []want{
			{Surface: "5%", Value: 5, Unit: "%", Qualifier: "over"},
			{Surface: "3%", Value: 3, Unit: "%", Qualifier: "exact"}}},
	} {
		check(t, c.sentence, c.wants)
	}
}
