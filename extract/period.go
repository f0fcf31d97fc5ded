package extract

import (
	"regexp"
	"unicode/utf8"
)

// periodPattern matches the time expressions a figure can refer to: 2024年,
// 2023年1至10月, 1-7月, 上半年, 截至2024年11月, 今年以来, 一季度.
var periodPattern = regexp.MustCompile(`(?:截至|截止|截止到)?` +
	`(?:(?:(?:1[5-9]|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年(?:度)?` +
	`(?:\s*\d{1,2}\s*(?:[-—~至到]\s*\d{1,2}\s*)?月(?:份|底|末)?)?` +
	`(?:上半年|下半年|前三季度|第?[一二三四1-4]季度|全年|年底|年末|年初)?` +
	`|\d{1,2}\s*(?:[-—~至到]\s*\d{1,2}\s*)?月(?:份|底|末)?` +
	`|前\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*个月` +
	`|今年以来|今年上半年|今年|去年|上年|上半年|下半年|前三季度|第?[一二三四]季度|全年|过去一年|近年来)`)

// findPeriods lists the time expressions of a sentence, in order, with rune offsets.
func findPeriods(s string) []span {
	var out []span
	prevByte, prevRune := 0, 0
	for _, m := range periodPattern.FindAllStringIndex(s, -1) {
		if m[1] == m[0] || isDayAfter(s, m[1]) {
			continue // 1月15日 is a date, not a period
		}
		r0 := prevRune + utf8.RuneCountInString(s[prevByte:m[0]])
		r1 := r0 + utf8.RuneCountInString(s[m[0]:m[1]])
		prevByte, prevRune = m[1], r1
		out = append(out, span{r0, r1, s[m[0]:m[1]]})
	}
	return out
}

// periodAt returns the time expression nearest before the figure at rune
// start, else the first one after it, else "".
func (s *sentence) periodAt(start int) string {
	best := ""
	for _, p := range s.periods {
		if p.end <= start {
			best = p.text // later ones are nearer
			continue
		}
		if best == "" && p.start >= start {
			return p.text
		}
		break
	}
	return best
}

var dayAfter = regexp.MustCompile(`^\s*\d{1,2}\s*[日号]`)

func isDayAfter(s string, b int) bool { return dayAfter.MatchString(s[b:]) }
