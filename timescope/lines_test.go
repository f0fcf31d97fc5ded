package timescope

import (
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/internal/devtexts"

	"github.com/zhmetrics/zhmetrics/timex"
)

// isHeaderLine tries the expression only where a key can start; it must say
// what the expression says on every kind of line.
func TestIsHeaderLineIsTheExpression(t *testing.T) {
	lines := []string{
		"Title: 一季度经济", "  title：x", "\tDATE: 2024-01-02", "URL:http://a", "Source : 新华社",
		"ſource: x", "Author:", "标题：某某", " 日期:2024年", "链接：", "来源: 本报", "作者：张三",
		"日期", "标题 一季度", "Titles: x", "datum: x", "", "   ", "\u3000标题：x", "\v标题：x",
		"今年一季度，全市GDP增长5%。", "a", "表1 主要指标", "Sourced: x", "url :", "\xff标题：",
	}
	lines = append(lines, "Source      : x", "author\t\t：某", "source \f\r\n:", "Author", "author ", "作者 \u3000：", "ſource:", "TITLE:长标题"+strings.Repeat("很", 50),
		"date", "url:"+strings.Repeat(" ", 20), "source      x:")
	for _, l := range lines {
		assert.Equal(t, headerLine.MatchString(l), isHeaderLine(l), "%q", l)
		rs := trimSpace([]rune(l))
		assert.Equal(t, headerLine.MatchString(string(rs)), isHeaderRunes(rs), "%q", l)
	}
	for _, k := range []string{"title", "date", "url", "source", "author", "标题", "日期", "链接", "来源", "作者"} {
		assert.LessOrEqual(t, len([]rune(k)), keyMax, k)
	}
}

func TestMarksAreTheStrings(t *testing.T) {
	for r := rune(-1); r < 0x11000; r++ {
		if isClauseMark(r) != strings.ContainsRune(clauseMarks, r) || isSentenceMark(r) != strings.ContainsRune(sentenceMarks, r) {
			t.Fatalf("%q: isClauseMark %v, isSentenceMark %v", r, isClauseMark(r), isSentenceMark(r))
		}
		if isKeyStart(r) != strings.ContainsRune(keyStarts, r) || isQuoteOrSpace(r) != strings.ContainsRune(leadSpaces, r) ||
			isSentenceEnd(r) != strings.ContainsRune("。！？!?；;", r) || isItemMark(r) != strings.ContainsRune(itemMarks, r) ||
			isOpening(r) != strings.ContainsRune("(（【[《", r) {
			t.Fatalf("%q: isKeyStart %v, isQuoteOrSpace %v, isSentenceEnd %v, isItemMark %v, isOpening %v", r,
				isKeyStart(r), isQuoteOrSpace(r), isSentenceEnd(r), isItemMark(r), isOpening(r))
		}
	}
}

// captionLine is what isCaption reads: the caption of a figure or table.
var captionLine = regexp.MustCompile(`^\s*[图表]\s*\d`)

func TestIsCaptionIsTheExpression(t *testing.T) {
	lines := []string{"图5-1 全市生产总值", "表1 主要指标", "表 2 分行业", "图\t3", "图\f3", "图\v3", "图　3", "图表1", "图", "表",
		"表格1", "图a", "图 ", "  表1 x", "\u3000图2", "表１", "今年一季度", "", "表\r\n1"}
	for _, l := range lines {
		assert.Equal(t, captionLine.MatchString(strings.TrimSpace(l)), isCaption(trimSpace([]rune(l))), "%q", l)
	}
}

func TestTrimSpaceIsTheStrings(t *testing.T) {
	for _, l := range []string{"", " ", "\u3000标题：x\u3000", "\t a b \n", "\v\f\r x", "\u0085x\u00a0", "x", " \xff ", "\u200bx"} {
		assert.Equal(t, []rune(strings.TrimSpace(l)), trimSpace([]rune(l)), "%q", l)
	}
}

// The line kinds of a small document: title, header, caption, item,
// heading and body.
func TestSplitLines(t *testing.T) {
	text := "某市统计公报\nDate: 2024-01-02\n表1 主要指标\n◆ 工业增长5%\n——以上为初步数据。\n一、综合\n全年全市生产总值增长5.2%。\n(附注)\n"
	var kinds []lineKind
	for _, ln := range splitLines(nil, []rune(text), figures{}) {
		kinds = append(kinds, ln.kind)
	}
	assert.Equal(t, []lineKind{title, header, caption, item, body, heading, body, body, body}, kinds)
}

func TestRuneHelpersAreTheStrings(t *testing.T) {
	texts := []string{"", "电", "新华社电", "来源：本报", "的最高", "发布会", "x来源", "来", "新高点", "首次", "\xff来源"}
	words := []string{"电", "讯", "来源", "发布", "最", "首", "新高", "的最", "的", ""}
	for _, x := range texts {
		rs := []rune(x)
		for _, w := range words {
			for n := 0; n <= len(rs); n++ {
				s := string(rs[:n])
				assert.Equal(t, strings.HasPrefix(s, w), hasPrefixRunes(rs[:n], w), "%q has prefix %q", s, w)
				assert.Equal(t, strings.Contains(s, w), containsRunes(rs[:n], w), "%q contains %q", s, w)
			}
		}
	}
	for _, w := range []string{"在", "就在", "于", "在于", "就", ""} {
		assert.Equal(t, timex.IsWord("leadin", w), isLeadIn([]rune(w)), "%q", w)
	}
}

// devRunes are the development texts and seeds, as runes, with a few edge
// texts: marks at the ends, empty lines, a text without marks.
func devRunes(t *testing.T) [][]rune {
	texts, _, err := devtexts.Read("..")
	require.NoError(t, err)
	require.NotEmpty(t, texts)
	texts = append(texts, "", "\n", "。", "\n\n今年，", "年均增长5%，平均每年", "每年平均增长3%，年平均", "年平，平均每，每年平", "累计", "2023年累", "年", "没有标点的一行")
	out := make([][]rune, len(texts))
	for i, s := range texts {
		out[i] = []rune(s)
	}
	return out
}

// sameSentence reports whether no sentence ends in [from, to): the scan the
// walk replaced (markWalk.sentenceSince), kept as its oracle.
func sameSentence(rs []rune, from, to int) bool {
	for k := max(from, 0); k < to && k < len(rs); k++ {
		if isSentenceMark(rs[k]) {
			return false
		}
	}
	return true
}

// A markWalk answers as sameSentence, clauseBreak and clauseStart do, at
// every place of every line, for offsets before the place, at it and after
// it, and when it is asked about a place behind it.
func TestMarkWalkIsTheScans(t *testing.T) {
	for _, rs := range devRunes(t) {
		for _, ln := range splitLines(nil, rs, figures{}) {
			// m is asked for its clause's start at every place, which reads
			// on to it; lazy only whether marks stand since an offset
			m, lazy := newMarkWalk(rs, ln.start), newMarkWalk(rs, ln.start)
			check := func(to int) {
				m.advance(to)
				lazy.advance(to)
				if want := clauseStart(rs, max(min(to, len(rs)), 0)); m.clauseStart() != want {
					t.Fatalf("%q at %d: clauseStart %d, want %d", string(rs), to, m.clauseStart(), want)
				}
				for _, from := range []int{-1, 0, ln.start - 1, ln.start, to - 5, to - 1, to, to + 1} {
					for _, w := range []*markWalk{&m, &lazy} {
						if w.sentenceSince(from) == sameSentence(rs, from, to) || w.clauseSince(from) != clauseBreak(rs, from, to) {
							t.Fatalf("%q %d..%d: sentenceSince %v, clauseSince %v", string(rs), from, to, w.sentenceSince(from), w.clauseSince(from))
						}
					}
				}
			}
			for to := ln.start; to <= ln.end; to++ {
				check(to)
			}
			for _, to := range []int{ln.start + 3, ln.start - 1, ln.start, ln.end + 1} {
				check(to) // back, and past the end
			}
		}
	}
}

// oldAnnualAverage is annualAverage as it was: its clause read back from k,
// then each word looked for in it.
func oldAnnualAverage(rs []rune, k int) bool {
	c := rs[clauseStart(rs, k):k]
	for _, w := range []string{"年均", "年平均", "平均每年", "每年平均"} {
		if containsRunes(c, w) {
			return true
		}
	}
	return false
}

// oldRunningTotal is the scan of runningTotal as it was.
func oldRunningTotal(rs []rune, end int) bool {
	b := end
	for b < len(rs) && !isSentenceMark(rs[b]) {
		b++
	}
	return containsRunes(rs[end:b], "累计")
}

func TestAnnualAverageAndRunningTotalAreTheOldScans(t *testing.T) {
	year := timex.Expr{Year: 2023}
	for _, rs := range devRunes(t) {
		for k := 0; k <= len(rs); k++ {
			year.End = k
			if oldAnnualAverage(rs, k) != annualAverage(rs[clauseStart(rs, k):k]) || oldRunningTotal(rs, k) != runningTotal(rs, &expr{Expr: year}) {
				t.Fatalf("%q at %d: annualAverage %v, runningTotal %v", string(rs), k, annualAverage(rs[clauseStart(rs, k):k]), runningTotal(rs, &expr{Expr: year}))
			}
		}
	}
}

// oldEnclosed is how roleOf read brackets before bracketWalk: from the
// line's start to each expression.
func oldEnclosed(rs []rune, from, k int) bool {
	depth := 0
	for _, r := range rs[from:k] {
		switch r {
		case '《', '(', '（':
			depth++
		case '》', ')', '）':
			if depth > 0 {
				depth--
			}
		}
	}
	return depth > 0
}

// A bracketWalk says what oldEnclosed says at every place of every line,
// and at places behind the last one asked about.
func TestBracketWalkIsTheScan(t *testing.T) {
	texts := append(devRunes(t), []rune("《规划(2023-2025年)》2024年（注）))(2023年"), []rune("（（）2020年"))
	for _, rs := range texts {
		for _, ln := range splitLines(nil, rs, figures{}) {
			br := bracketWalk{rs: rs, from: ln.start, pos: ln.start}
			for _, k := range append(seq(ln.start, ln.end), ln.start+2, ln.start, ln.end) {
				if k > ln.end {
					continue
				}
				if got, want := br.enclosed(k), oldEnclosed(rs, ln.start, k); got != want {
					t.Fatalf("%q at %d: enclosed %v, want %v", string(rs[ln.start:ln.end]), k, got, want)
				}
			}
		}
	}
}

// seq is a, a+1, …, b.
func seq(a, b int) []int {
	var out []int
	for k := a; k <= b; k++ {
		out = append(out, k)
	}
	return out
}

// figures.startIn says what a look at every figure says, for figures in
// any order, overlapping and at the same place.
func TestFiguresStartIn(t *testing.T) {
	spans := []Span{{30, 34}, {2, 5}, {12, 20}, {12, 14}, {40, 41}, {3, 9}}
	for n := 0; n <= len(spans); n++ {
		fx := figures{spans[:n], byStart(spans[:n])}
		for a := -1; a < 45; a++ {
			for b := a; b < 46; b++ {
				want := false
				for _, f := range spans[:n] {
					want = want || f.Start >= a && f.Start < b
				}
				if got := fx.startIn(a, b); got != want {
					t.Fatalf("%v in [%d, %d): %v, want %v", spans[:n], a, b, got, want)
				}
			}
		}
	}
}

func TestIsSpaceIsUnicodes(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Fatalf("%q: isSpace %v", r, isSpace(r))
		}
	}
}

// splitLines cuts at each '\n' and says of each line what counting all its
// Han characters and looking for a sentence mark in all of it says, though
// it stops counting once a line is prose.
func TestSplitLinesCountsAsTheWholeLine(t *testing.T) {
	texts := append(devRunes(t), []rune("一二三四五六七八九十。\n一二三四五六七八九。十\n。一二三四五六七八九十\n一二三四五六七八九十\n一。\nab。cd\n\n一二三四五六七八九十。x"),
		[]rune("一二三四五六七八九十。一"), []rune("甲乙丙丁戊己庚辛壬癸!子丑\n"), []rune("。一x\nx。一二\nab;c一\n一;x二"))
	for _, rs := range texts {
		lines := splitLines(nil, rs, figures{})
		parts := strings.Split(string(rs), "\n")
		require.Len(t, lines, len(parts))
		for i, ln := range lines {
			lr := rs[ln.start:ln.end]
			require.Equal(t, parts[i], string(lr))
			hans := 0
			for _, r := range lr {
				if isHan(r) {
					hans++
				}
			}
			sentences := hans >= 2 && hasSentenceEnd(lr)
			if ln.sentences != sentences || ln.prose != (sentences || hans >= 10) {
				t.Fatalf("%q: sentences %v, prose %v; %d Han", string(lr), ln.sentences, ln.prose, hans)
			}
		}
	}
}
