package attach

import (
	"slices"
	"strings"

	"github.com/zhmetrics/zhmetrics/extract"
	"github.com/zhmetrics/zhmetrics/timex"
)

// parenthesis reads a figure in parentheses right after another
// (573.3公顷（8600亩）, 增加1.2千人（15.0%）, 6.2千人（占68.1%）): it is the same
// quantity in another unit, or its share, so it takes that figure's metric
// when it has none, and its change when nothing in the parentheses says one.
func parenthesis(a *attacher, i int) {
	if labelBeforeParenthesis(a, i) {
		return
	}
	j := i - 1
	if j < 0 || a.items[j].sent != a.items[i].sent {
		return
	}
	it, prev := a.items[i], a.items[j]
	p := prev.f.End
	if p >= it.lead || a.rs[p] != '(' && a.rs[p] != '（' {
		return
	}
	inside := a.text(p+1, it.lead)
	if strings.ContainsAny(inside, "()（）,，;；。") {
		return
	}
	if !hasMetric(it) || it.f.MetricStart > p && it.f.MetricEnd <= it.f.End+8 && !it.governing {
		it.takeMetric(prev)
		it.governing = prev.governing
	}
	if inside == "" && it.f.Change == "none" {
		it.f.Change, it.f.Compare = prev.f.Change, prev.f.Compare
	}
}

// bracketedBase: a figure in brackets right after the base of a comparison
// (较常年同期(8.7毫米)偏少58%, 比上年(100亿元)增长20%) is the base's value; a
// metric that holds the reference word (较, 比: extract.IsReference) names
// the base from there, not what is measured: it keeps what stands before
// the word (全市工业产值较上年(1500亿元) → 全市工业产值). Last of the rules, whichever gave it
// that metric: the figure takes the metric of the figure after the bracket
// in its clause, the one compared (较常年同期(负2.9℃)偏高0.7℃: 0.7℃'s
// 平均气温), or none, when nothing stands before the word.
func bracketedBase(a *attacher, i int) {
	it := a.items[i]
	if !hasMetric(it) {
		return
	}
	open := it.lead - 1
	for open > it.cs && a.rs[open] == ' ' {
		open--
	}
	if open < it.cs || a.rs[open] != '(' && a.rs[open] != '（' || it.f.MetricEnd > open || it.f.MetricEnd < open-1 {
		return
	}
	ref := -1
	toks := a.tokens(it.f.MetricStart, it.f.MetricEnd)
	for _, t := range toks {
		if extract.IsReference(t.Text) {
			ref = t.Start
			break
		}
	}
	if ref < 0 || strings.HasPrefix(toks[len(toks)-1].Pos, "a") {
		return // 积极性也较高(88.9%): 较 of degree before an adjective, no base
	}
	s := it.f.MetricStart
	it.f.MetricStart, it.f.MetricEnd, it.f.Metric = -1, -1, ""
	if ref > s && a.setMetric(it, s, ref) {
		return // 全市工业产值较上年(1500亿元)增长8%: what is compared, before the base
	}
	if i+1 >= len(a.items) {
		return
	}
	next := a.items[i+1]
	if next.sent == it.sent && next.cs == it.cs && next.f.Start >= it.f.End && hasMetric(next) && next.f.MetricEnd <= open {
		it.takeMetric(next)
	}
}

// rateOfChange names the rate a change in percentage points is of:
// 增速比上月末低0.6个百分点, 降幅比1-7月份收窄1.6个百分点 — the rate noun
// (增速, 降幅) that stands between the figure before and this one.
func rateOfChange(a *attacher, i int) {
	it := a.items[i]
	if it.f.Unit != "个百分点" || hasMetric(it) && !a.onlyBetween(it.f.MetricStart, it.f.MetricEnd, changeKind, gapKind, weakKind) {
		return
	}
	lo := a.doc.Sentences[it.sent].Start
	if j := a.prevInSentence(i); j >= 0 {
		lo = a.items[j].f.End
	}
	for p := it.lead - 1; p >= lo; p-- {
		if w, _ := a.startingAt(rateKind, p, it.lead); w != "" {
			it.f.MetricStart, it.f.MetricEnd = p, p+len([]rune(w))
			it.f.Metric = w
			it.governing = true
			return
		}
	}
	if hasMetric(it) {
		it.f.MetricStart, it.f.MetricEnd, it.f.Metric = -1, -1, "" // only a verb (收窄)
	}
	// Else the share or rate it changes: the nearest figure before it in
	// the sentence in % or percentage points (比重为33.9%，同比提高1.2个百分点).
	for j := i - 1; j >= 0 && a.items[j].sent == it.sent; j-- {
		p := a.items[j]
		if (p.f.Unit == "%" || p.f.Unit == "个百分点") && hasMetric(p) {
			it.takeMetric(p)
			it.governing = true
			return
		}
	}
}

// subItems reads 其中 opening a clause whose figure names no subject
// (超千项成果，其中173项在全国复制推广): the sub-item is of what the figure
// before it in the paragraph measures.
func subItems(a *attacher, i int) {
	it := a.items[i]
	if hasMetric(it) {
		return
	}
	s, e := it.cs, it.lead
	w, _ := a.startingAt(subKind, s, e)
	if w == "" || !a.onlyBetween(s+len([]rune(w)), e, fillerKind) {
		return
	}
	for j := i - 1; j >= 0 && a.items[j].f.Start >= it.para; j-- {
		if hasMetric(a.items[j]) {
			p := a.items[j]
			it.takeMetric(p)
			it.governing = true
			return
		}
	}
}

// tableRow reads table and list rows: a figure in a cell of a row
// (| 蔬菜 | 12.4% |) measures the row's label, its first cell; when that
// names nothing (a year, a number), the header of its column, when it names
// what is measured (年份 | 游客人次 |); a figure right after a label and a
// colon (蔬菜：12.4%) measures the label. A row flattened into a line of
// text, its label then its cells with no mark between
// (营业收入(元)2,071,488.07-7.25%5,772,994.89-1.05%), is read the same way.
func tableRow(a *attacher, i int) {
	it := a.items[i]
	line := it.para
	end, bar := a.lineEnd(it)
	if hasMetric(it) {
		// A piece of a flattened row's label (负债率 of 资产 负债率) is the label.
		if s, e, ok := a.flatRowLabel(it, line, end); ok && it.f.MetricStart >= s && it.f.MetricEnd <= e+1 {
			a.setMetric(it, s, e)
		}
		return
	}
	if bar { // the line holds a |
		s := line
		for s < it.f.Start && (a.rs[s] == '|' || a.rs[s] == ' ') {
			s++
		}
		e := s
		for e < it.f.Start && a.rs[e] != '|' {
			e++
		}
		if e < it.f.Start && a.setMetric(it, s, e) {
			return
		}
		if hs, he, ok := a.columnHeader(it, line, end); ok && a.setMetric(it, hs, he) {
			return
		}
	}
	if s, e, ok := a.flatRowLabel(it, line, end); ok && a.setMetric(it, s, e) {
		return
	}
	if it.cs > line && (a.rs[it.cs-1] == '：' || a.rs[it.cs-1] == ':') && a.onlyBetween(it.cs, it.lead, fillerKind) {
		s := it.cs - 1
		for s > line && !isClauseMark(a.rs[s-1]) {
			s--
		}
		if a.isTopicLabel(s, it.cs-1) {
			return // 主要指标：… names a topic
		}
		// A label of change and comparison words alone, or of their base
		// (同比增长：5.2%, 同比上年增长:60%), names nothing measured.
		if ls, le, ok := a.strongSpan(it, s, it.cs-1); ok && !a.onlyBetween(ls, le, compareKind, changeKind, fillerKind) && a.setMetric(it, ls, le) {
			it.governing = true
		}
	}
}

// isTimeText reports whether [s, e) is one time expression and nothing else
// (上年, 2023年1-6月). Every such expression names 年, 月, 季, 期, 周 or 日:
// a text without one is not asked of timex.
func (a *attacher) isTimeText(s, e int) bool {
	if e-s < 2 || !slices.ContainsFunc(a.rs[s:e], func(r rune) bool { return strings.ContainsRune("年月季期周日", r) }) {
		return false
	}
	es := timex.Find(a.rs[s:e])
	return len(es) == 1 && es[0].Start == 0 && es[0].End == e-s
}

// lineEnd returns where the line of it (from it.para) ends, and whether the
// line holds a | (a table row). The figures of a line share it: it is looked
// for once a line.
func (a *attacher) lineEnd(it *item) (int, bool) {
	if l := a.line; l.ok && l.start == it.para && it.f.End <= l.end {
		return l.end, l.bar
	}
	end := it.f.End
	for end < len(a.rs) && a.rs[end] != '\n' {
		end++
	}
	bar := it.para >= 0 && end > it.para && slices.Contains(a.rs[it.para:end], '|')
	a.line = lineInfo{true, it.para, end, bar}
	return end, bar
}

// governingSubject gives a figure with no metric the subject that governs it
// in its sentence: the metric of the nearest figure before it that stands as
// the subject of its clause (地区生产总值609.91亿元，比上年增长5.2%: 5.2% is
// 地区生产总值's). A metric inside a comparison's reference (比计划目标275亿元)
// governs nothing.
func governingSubject(a *attacher, i int) {
	it := a.items[i]
	if hasMetric(it) || it.distribute {
		return
	}
	for j := i - 1; j >= 0 && a.items[j].sent == it.sent; j-- {
		p := a.items[j]
		if hasMetric(p) && p.governing {
			it.takeMetric(p)
			it.governing = true
			return
		}
	}
	// A clause that names nothing before its figure (…，双双超过百万辆) goes
	// on with the subject of an earlier clause of its sentence, else of its
	// paragraph (全年完成120万平方米).
	if !a.namesNothing(it.cs, it.lead) && !a.onlyVerbAfterTime(it.cs, it.lead) {
		return
	}
	sp := a.doc.Sentences[it.sent]
	for ce := it.cs - 1; ce > sp.Start; {
		cs := ce
		for cs > sp.Start && !isClauseMark(a.rs[cs-1]) {
			cs--
			if a.rs[cs] == ')' || a.rs[cs] == '）' {
				cs = a.openingParen(sp.Start, cs) // （新台币，下同）: one clause
			}
		}
		if a.isTopicLabel(cs, ce) {
			return // 主要指标：…
		}
		if a.isBreakdown(cs, ce) || a.isEarlierBase(cs, ce) {
			ce = cs - 1 // 分季度看: the breakdown, not what is measured
			continue
		}
		head := ce // what the clause says before its first figure or number
		if o := a.firstStartingIn(cs, head); o != nil {
			head = o.lead
		}
		for q := cs + 1; q < head; q++ {
			if isDigitRune(a.rs[q]) && isHan(a.rs[q-1]) && a.rs[q-1] != '第' && periodPrefix(a.rs[q:head]) == 0 {
				head = q // 上市新机型43款: a count the extraction did not read
				break
			}
		}
		if s, e, ok := a.subjectIn(it, cs, head); ok && a.setMetric(it, s, e) {
			return
		}
		if w, _ := a.startingAt(predicateKind, cs, head); w != "" {
			ce = cs - 1 // 为历年单月次高: a predicate of the subject before
			continue
		}
		if !a.namesNothing(cs, head) && !a.onlyVerbAfterTime(cs, head) {
			return // a clause names what the rules cannot read: not the paragraph's subject
		}
		ce = cs - 1
	}
	for j := i - 1; j >= 0 && a.items[j].f.Start >= it.para; j-- {
		p := a.items[j]
		if hasMetric(p) && p.governing {
			it.takeMetric(p)
			return
		}
	}
}

// isBreakdown reports whether the clause [s, e) announces a breakdown
// (分季度看, 从环比看, 按地区分): it names how the figures after it are cut,
// not what they measure.
func (a *attacher) isBreakdown(s, e int) bool {
	s, e = a.trimSpaces(s, e)
	open, _ := a.startingAt(breakdownKind, s, e)
	end, _ := a.endingAt(breakdownEndKind, s, e)
	return open != "" && end != "" && e-s > len([]rune(open))+len([]rune(end)) && e-s <= 10
}

// openingParen returns where the parenthesis closed at p opens, not before
// lo; p itself when it opens nowhere.
func (a *attacher) openingParen(lo, p int) int {
	depth := 0
	for q := p; q >= lo; q-- {
		switch a.rs[q] {
		case ')', '）':
			depth++
		case '(', '（':
			if depth--; depth == 0 {
				return q
			}
		}
	}
	return p
}

// isEarlierBase reports whether the clause [s, e) is only the base of a
// comparison with an earlier time (与上年比较, 和去年同期相比).
func (a *attacher) isEarlierBase(s, e int) bool {
	s, e = a.trimSpaces(s, e)
	open, _ := a.startingAt(jointKind, s, e)
	end, _ := a.endingAt(compareEndKind, s, e)
	if open == "" || end == "" || e-s > 12 {
		return false
	}
	return a.hasTimeRef(s+len([]rune(open)), e-len([]rune(end)))
}

// onlyVerbAfterTime reports whether [s, e) is, after a time expression
// and a comparison with an earlier time, only a change verb or rate noun, a
// level word and fillers (增长, 一季度同比下降, 较上年增加, 增幅均在).
func (a *attacher) onlyVerbAfterTime(s, e int) bool {
	s += periodPrefix(a.rs[s:e])
	for s < e {
		w, _ := a.startingAt(fillerKind, s, e)
		if w == "" {
			break
		}
		s += len([]rune(w))
	}
	// A comparison with an earlier time (较上年, 比一季度) names nothing.
	if w, _ := a.startingAt(compareKind, s, e); w != "" {
		p := s + len([]rune(w))
		for q := p; q < e && q-p <= 8; q++ {
			if v, _ := a.startingAt(changeKind, q, e); v != "" {
				if a.hasTimeRef(p, q) {
					s = q
				}
				break
			}
		}
	}
	return a.onlyBetween(s, e, levelKind, fillerKind, changeKind, rateKind)
}

// hasTimeRef reports whether [s, e) holds a character of an earlier time
// (年, 月, 季, 期).
func (a *attacher) hasTimeRef(s, e int) bool {
	for p := s; p < e; p++ {
		if words.has(timeRefKind, string(a.rs[p])) {
			return true
		}
	}
	return false
}

// clauseSubject reads the subject that opens a figure's clause when nothing
// nearer names one (內港碼頭入境旅客亦大幅攀升126.5%, 而香港游客則微跌0.01%):
// after a time expression and weak words, the longest run of noun words
// (a verb may open it when a noun follows, 入境旅客). A place alone (南沙) is
// no subject.
func clauseSubject(a *attacher, i int) {
	it := a.items[i]
	if hasMetric(it) || it.distribute {
		return
	}
	if j := a.prevInSentence(i); j >= 0 && a.items[j].cs == it.cs {
		return // a figure before it in the clause: a list, or the clause's subject is taken
	}
	if s, e, ok := a.subjectOf(it); ok && a.setMetric(it, s, e) {
		it.governing = true
	}
}

// subjectOf finds the noun phrase that opens the clause of it, before it.
func (a *attacher) subjectOf(it *item) (int, int, bool) {
	return a.subjectIn(it, it.cs, it.lead)
}

// subjectIn finds the noun phrase that opens the text [s, e), for item it.
func (a *attacher) subjectIn(it *item, s, e int) (int, int, bool) {
	if a.tok == nil || e-s < 2 {
		return 0, 0, false
	}
	s, e = a.trimPhrase(s, e)
	if e-s < 2 {
		return 0, 0, false
	}
	toks := a.tokens(s, e)
	if len(toks) > 0 && extract.IsReference(toks[0].Text) {
		return 0, 0, false // 较前年增加12%: the clause opens with what it is compared with
	}
	end, places, nouns := -1, 0, 0
	for k, t := range toks {
		// A classifier between nouns (交通类价格) stays in the subject.
		if t.Pos == "q" && k > 0 && k+1 < len(toks) && isNounPos(toks[k-1].Pos) && isNounPos(toks[k+1].Pos) {
			continue
		}
		if isNounPos(t.Pos) || words.has(rateKind, t.Text) {
			end = t.End
			nouns++
			if t.Pos == "ns" {
				places++
			}
			continue
		}
		// A joint inside a subject joins two nouns (资通与视听产品); so does a
		// name the segmenter took for a person's.
		if (words.has(jointKind, t.Text) || t.Pos == "nr" || t.Pos == "x" && isHanText(t.Text)) && k+1 < len(toks) && isNounPos(toks[k+1].Pos) {
			continue
		}
		// 以上/以下 inside a subject is part of its name before a noun
		// (规模以上工业增加值, 限额以上单位, 65岁及以上人口).
		if t.Pos == "f" && (t.Text == "以上" || t.Text == "以下") && k > 0 && k+1 < len(toks) && isNounPos(toks[k+1].Pos) {
			continue
		}
		// A verb inside a subject is followed by a noun (入境旅客, 通过量).
		if strings.HasPrefix(t.Pos, "v") && k+1 < len(toks) && isNounPos(toks[k+1].Pos) && toks[k+1].Pos != "ns" && !isListed(t.Text) {
			continue
		}
		break
	}
	for end >= 0 && len(toks) > 0 {
		// The phrase ends with a noun, not a noun verb (先行) or an adjective.
		last := -1
		for k, t := range toks {
			if t.End == end {
				last = k
			}
		}
		if last >= 0 && (strings.HasPrefix(toks[last].Pos, "n") || toks[last].Pos == "j" || toks[last].Pos == "eng") {
			break
		}
		if last <= 0 {
			end = -1
			break
		}
		end = toks[last-1].End
	}
	if end < 2 && e-s <= 10 && allContent(toks) {
		end = e - s // words the segmenter does not know as nouns (长青学苑课程)
	}
	if end < 2 || places == nouns || a.namesNothing(s, s+end) {
		return 0, 0, false
	}
	s2, e2, ok := a.strongSpan(it, s, s+end)
	return s2, e2, ok
}

// isNounPos reports whether a part-of-speech tag is a noun's, or a word a
// subject is made of (a noun verb, a distinguishing word, an abbreviation).
func isNounPos(pos string) bool {
	switch pos {
	case "vn", "nz", "j", "b", "eng", "ns", "nt", "nw", "an", "l":
		return true
	}
	return strings.HasPrefix(pos, "n") && pos != "nr"
}

// isListed reports whether a word is in one of the rules' lists: a verb of
// change, level, share or comparison opens no subject (占总数, 增长).
func isListed(w string) bool {
	return words.kindsOf(w)&listedKinds != 0 || w == "占" || w == "是"
}

// listedKinds are the lists isListed reads.
var listedKinds = changeKind.set() | levelKind.set() | compareKind.set() | gapKind.set() | weakKind.set() | fillerKind.set() | fromKind.set() | rateKind.set()

// allContent reports whether no token is a function word, verb, number or mark.
func allContent(toks []extract.Token) bool {
	for _, t := range toks {
		switch {
		case strings.HasPrefix(t.Pos, "v") && t.Pos != "vn", strings.HasPrefix(t.Pos, "u"),
			t.Pos == "p", t.Pos == "c", t.Pos == "d", t.Pos == "r", t.Pos == "m", t.Pos == "q", t.Pos == "x", t.Pos == "f", t.Pos == "t":
			return false
		}
	}
	return true
}

// trailingPredicate names a figure that nothing before it names by what
// follows it in its clause (连续217天无新增本土确诊病例): a short run of
// characters, no number in it, after the figure's own qualifier (100美元左右,
// 3米以上的管道: 左右 and 以上 qualify the figure and name nothing).
func trailingPredicate(a *attacher, i int) {
	it := a.items[i]
	if hasMetric(it) || it.distribute {
		return
	}
	if !a.namesNothing(it.cs, it.lead) {
		return
	}
	if j := i + 1; j < len(a.items) && a.items[j].cs == it.cs && a.items[j].sent == it.sent {
		return
	}
	p := it.f.End
	if w, q, e := extract.QualifierAfter(a.rs, p); w != "" && q == it.f.Qualifier && e <= it.ce {
		p = e // the word extract read the figure's qualifier from
	}
	s, e := a.trimPhrase(p, it.ce)
	if e-s < 2 || e-s > 10 {
		return
	}
	for _, r := range a.rs[s:e] {
		if !isHan(r) {
			return
		}
	}
	a.setMetric(it, s, e)
}

// namesNothing reports whether [s, e) names nothing measured: only time
// expressions, weak words and fillers, a place alone (全区), or a condition
// that ends in 后 (扣除留抵退税因素后, 一般就诊后: after which, not what).
func (a *attacher) namesNothing(s, e int) bool {
	s, e = a.trimPhrase(s, e)
	if e <= s || a.isTimeText(s, e) || a.rs[e-1] == '后' || e < len(a.rs) && a.rs[e] == '后' || a.isRateBasis(s, e) {
		return true
	}
	if w, _ := a.startingAt(nothingKind, s, e); w != "" && len([]rune(w)) == e-s {
		return true // 实际增长6.7%: real, not what
	}
	w, _ := a.startingAt(placeKind, s, e)
	return w != "" && len([]rune(w)) == e-s
}

// isRateBasis reports whether [s, e) is only the basis of a rate: 每人每年,
// 每户每月, 每人 (由每人每年4800元提高到5400元).
func (a *attacher) isRateBasis(s, e int) bool {
	if a.rs[s] != '每' {
		return false
	}
	for _, r := range a.rs[s:e] {
		if !strings.ContainsRune("每人户亩年月日天周季度", r) {
			return false
		}
	}
	return true
}

// isHanText reports whether a word is all Chinese characters.
func isHanText(w string) bool {
	for _, r := range w {
		if !isHan(r) {
			return false
		}
	}
	return w != ""
}

// labelBeforeParenthesis reads a change in parentheses after what it is of
// (其次是服装（下跌10.9%）、百货公司货品（下跌10.6%）): the figure measures the
// name right before the parenthesis; a sign before the number
// (交通(+8.75%)) says the change. It reports whether it applied.
func labelBeforeParenthesis(a *attacher, i int) bool {
	it := a.items[i]
	p := it.lead
	for p > it.cs && a.rs[p-1] != '(' && a.rs[p-1] != '（' {
		p--
	}
	sign := rune(0) // a sign before the number: (+9.06%)
	lead := it.lead
	if lead > p && isSignRune(a.rs[lead-1]) {
		lead--
		sign = a.rs[lead]
	} else if isSignRune(a.rs[it.f.Start]) {
		sign = a.rs[it.f.Start] // a minus read with the number
	}
	// Inside the parenthesis a change may be one character (马来西亚（升139.4%）).
	oneChar := lead == p+1 && strings.ContainsRune("升降增减涨跌", a.rs[p])
	if p <= it.cs || !oneChar && !a.onlyBetween(p, lead, changeKind, fillerKind, levelKind) {
		return false
	}
	p-- // the parenthesis
	if j := i - 1; j >= 0 && a.items[j].f.End == p {
		return false // 1.2千人（15.0%）: the figure before, read by parenthesis
	}
	s := p
	for s > it.cs && isHan(a.rs[s-1]) && a.rs[s-1] != '是' && a.rs[s-1] != '的' && a.rs[s-1] != '为' && a.rs[s-1] != '有' {
		// 及 may join the words of one category's name (住屋及燃料(+2.9%)).
		if w, _ := a.endingAt(jointKind, it.cs, s); w != "" && w != "及" {
			break
		}
		s--
	}
	if p-s > 3 && (a.rs[s] == '以' || a.rs[s] == '如') {
		s++ // 以食物(+10.4%)…的升幅最大: a preposition opens the list
	}
	if p-s < 2 || p-s > 12 {
		return false
	}
	if a.setMetric(it, s, p) {
		it.governing = false
		if it.f.Change == "none" && sign != 0 {
			it.f.Change = "increase" // a signed change: 交通(+8.75%)
			if sign != '+' && sign != '＋' {
				it.f.Change = "decrease"
			}
		}
		return true
	}
	return false
}

// sharedTrailing reads a list of figures whose last names what all measure
// after it (镇龙村41亩、大坦村80亩、麦村35亩留用地): the earlier figures of the
// same unit, joined by 、/和/及 with at most a short label between, take that
// metric; a figure of another unit is another item (砍下32分、10个篮板和8次助攻:
// 篮板 names the 10个 only).
func sharedTrailing(a *attacher, i int) {
	it := a.items[i]
	if it.distribute || hasMetric(it) && it.f.MetricStart >= it.f.End {
		return
	}
	k := i
	for k+1 < len(a.items) {
		cur, next := a.items[k], a.items[k+1]
		if next.cs != it.cs || next.sent != it.sent || next.f.Unit != cur.f.Unit {
			break
		}
		w, _ := a.startingAt(jointKind, cur.f.End, next.lead)
		if w == "" {
			break
		}
		label := next.lead - cur.f.End - len([]rune(w))
		if label > 6 {
			break
		}
		for _, r := range a.rs[cur.f.End+len([]rune(w)) : next.lead] {
			if !isHan(r) {
				return
			}
		}
		k++
	}
	if k == i {
		return
	}
	last := a.items[k]
	if hasMetric(last) && last.f.MetricStart >= last.f.End {
		it.takeMetric(last)
		it.governing = false
	}
}
