package timex

import (
	"slices"
	"strings"
	"testing"
)

// TestCharKindsLoaded holds the sets of characters read from words.tsv
// (one character a line) to a character each is known to have and one it
// has not: a kind renamed in the file or in charKinds leaves a set empty,
// and the parser would then read 5日内 as a day, 光明日报 as tomorrow.
func TestCharKindsLoaded(t *testing.T) {
	for _, c := range []struct {
		kind    string
		set     charSet
		in, out rune
	}{
		{"beforenextyear", beforeNextYear, '于', '每'},
		{"afterdocday", afterDocDay, '内', '，'},
		{"afterrocyear", afterROCYear, '来', '1'},
		{"beforeqian", beforeQian, '以', '年'},
		{"afterfromend", afterFromEnd, '草', '，'},
		{"afterbarefromend", afterBareFromEnd, '步', '，'},
		{"beforejin", beforeJin, '如', '在'},
		{"beforedang", beforeDang, '相', '在'},
		{"afterdang", afterDang, '达', '的'},
		{"aftertian", afterTian, '然', '的'},
		{"afterweek", afterWeek, '期', '的'},
		{"beforeshang", beforeShang, '马', '在'},
		{"afterweekday", afterWeekday, '大', '的'},
		{"beforefuture", beforeFuture, '在', '明'},
		{"afterfestival", afterFestival, '期', '约'},
	} {
		if len(c.set) == 0 || len(c.set) != len(byKind[c.kind]) && c.kind != "afterbarefromend" {
			t.Errorf("kind %s: %d characters read of %d listed", c.kind, len(c.set), len(byKind[c.kind]))
		}
		if charKinds[c.kind] == nil {
			t.Errorf("kind %s: not in charKinds", c.kind)
		}
		if !c.set.has(c.in) || c.set.has(c.out) {
			t.Errorf("kind %s: has(%q) %v, has(%q) %v", c.kind, c.in, c.set.has(c.in), c.out, c.set.has(c.out))
		}
	}
	for k, set := range charKinds {
		if len(*set) == 0 {
			t.Errorf("kind %s: no characters", k)
		}
	}
	// a bare 起 is part of every word a 起 after 自/从 is, and more
	for _, r := range afterFromEnd {
		if !afterBareFromEnd.has(r) {
			t.Errorf("afterBareFromEnd lacks %q of afterFromEnd", r)
		}
	}
	if len(afterBareFromEnd) != len(afterFromEnd)+len(byKind["afterbarefromend"]) {
		t.Errorf("afterBareFromEnd: %d characters", len(afterBareFromEnd))
	}
	if !slices.Contains(planWords, "规划") || !slices.Contains(planWords, "期") || len(planWords) != len(byKind["planword"]) {
		t.Errorf("planWords: %q", planWords)
	}
}

// charSet.has is strings.ContainsRune of its characters.
func TestCharSetHas(t *testing.T) {
	for k, set := range charKinds {
		s := string(*set)
		for r := rune(-2); r < 0x11000; r++ {
			if set.has(r) != strings.ContainsRune(s, r) {
				t.Fatalf("kind %s: has(%q) = %v", k, r, set.has(r))
			}
		}
	}
}

// What the sets decide, through the parser: each case turns on one of
// them.
func TestCharKindsRead(t *testing.T) {
	for _, c := range []struct {
		text, want string // want: the first expression's text, "" for none
	}{
		{"5日内完成", ""},         // afterdocday
		{"5日，全市", "5日"},       // a day of the document's month
		{"光明日报记者", ""},        // beforefuture
		{"到明日为止", "明日"},       // beforefuture
		{"每次年检", ""},          // beforenextyear
		{"春节期间", "春节期间"},      // afterfestival
		{"节约用水", ""},          // afterfestival
		{"以前年度", ""},          // beforeqian
		{"天然气价格", ""},         // aftertian
		{"2017年起草", "2017年"},  // afterbarefromend
		{"2017年起，", "2017年起"}, // a bare 起 ends 2017年起
		{"目前年产", "目前"},        // beforeqian: 目前, no 前年
		{"如今日益增长", ""},        // beforejin
		{"上周五发布", "上周五"},      // a weekday after a relative week
		{"本周三大指数", "本周"},      // afterweekday
		{"马上周末", ""},          // beforeshang
		{"当日达服务", ""},         // afterdang
		{"相当日均", ""},          // beforedang
		{"112年来增长", ""},       // afterrocyear
		{"112年增长", "112年"},    // a ROC year
	} {
		es := FindString(c.text)
		got := ""
		if len(es) > 0 {
			got = es[0].Text
		}
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.text, got, c.want)
		}
	}
}
