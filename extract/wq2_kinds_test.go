package extract_test

import "testing"

// 缩窄 and 缩减 (a loss or a gap narrowed, a budget cut) are falls.
func TestNarrowedIsAFallWq2(t *testing.T) {
	runTable(t, table{
		{"海外分部经营亏损同比大幅缩窄64.5%。", []want{{Surface: "64.5%", Value: 64.5, Unit: "%", Change: "decrease"}}},
		{"贸易逆差缩窄120亿美元。", []want{{Surface: "120亿美元", Value: 1.2e10, Unit: "美元", Change: "decrease"}}},
		{"行政开支缩减15%。", []want{{Surface: "15%", Value: 15, Unit: "%", Change: "decrease"}}},
	})
}
