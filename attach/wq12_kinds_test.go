package attach_test

import "testing"

// After a causative verb (造成, 导致, 致), each count of people in a list
// cut by 、 takes its own predicate, not the next item's text nor the
// words before the verb.
func TestCausedListByEnumerationWQ12(t *testing.T) {
	checkExact(t, []exactWant{
		{"地震造成3人死亡、20人受伤。", "3人", "死亡", "none"},
		{"地震造成3人死亡、20人受伤。", "20人", "受伤", "none"},
		{"各类自然灾害共造成全国4.8亿人次受灾、1074人死亡。", "4.8亿人次", "受灾", "none"},
		{"各类自然灾害共造成全国4.8亿人次受灾、1074人死亡。", "1074人", "死亡", "none"},
		{"火灾导致2人遇难、5人受伤、12人被困。", "5人", "受伤", "none"},
		{"火灾导致2人遇难、5人受伤、12人被困。", "12人", "被困", "none"},
		{"各类自然灾害共造成全国4.8亿人次受灾、1074人死亡(含失踪127人),912.7万人次紧急转移安置。", "1074人", "死亡", "none"},
		// as before: a clause mark between the items
		{"事故造成5人死亡,11人受伤。", "11人", "受伤", "none"},
	})
}

// The damage a disaster did to the houses counted (倒塌, 损坏, 受损; word
// kind outcome, with 间 and 栋 counts of houses) is part of what is
// counted; a predicate of what the things did is not, as before.
func TestDisasterOutcomeOfCountWQ12(t *testing.T) {
	checkExact(t, []exactWant{
		{"共85.3万间房屋倒塌,308.2万间房屋损坏。", "85.3万间", "房屋倒塌", "none"},
		{"共85.3万间房屋倒塌,308.2万间房屋损坏。", "308.2万间", "房屋损坏", "none"},
		{"地震造成1200间民房受损。", "1200间", "民房受损", "none"},
		{"暴雨致全县56栋房屋倒塌。", "56栋", "房屋倒塌", "none"},
		{"学校今年新建了3间教室。", "3间", "教室", "none"},
		{"该小区共有12栋住宅楼。", "12栋", "住宅楼", "none"},
	})
}
