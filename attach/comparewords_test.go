package attach_test

import "testing"

// Each opener and closer of the lists that baseBetween reads (kinds
// compareopen and compareend, borrowed from timex): a clause of a comparison's base names
// nothing, the topic before it does.
func TestComparisonClauseWords(t *testing.T) {
	check(t, []example{
		{"零售业总销货价值，同去年同月相比上升12.5%。", []want{{"12.5%", "零售业总销货价值", "increase"}}},
		{"零售业总销货价值，跟去年同月相较上升12.5%。", []want{{"12.5%", "零售业总销货价值", "increase"}}},
		{"零售业总销货价值，在二零一九年第三季与上年同期比较实质上升3.5%。", []want{{"3.5%", "零售业总销货价值", "increase"}}},
	})
}
