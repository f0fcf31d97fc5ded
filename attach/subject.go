package attach

import "strings"

// parenthesis reads a figure in parentheses right after another
// (573.3公顷（8600亩）, 增加1.2千人（15.0%）, 6.2千人（占68.1%）): it is the same
// quantity in another unit, or its share, so it takes that figure's metric
// when it has none, and its change when nothing in the parentheses says one.
func parenthesis(a *attacher, i int) {
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
		it.f.MetricStart, it.f.MetricEnd, it.f.Metric = prev.f.MetricStart, prev.f.MetricEnd, prev.f.Metric
		it.governing = prev.governing
	}
	if inside == "" && it.f.Change == "none" {
		it.f.Change, it.f.Compare = prev.f.Change, prev.f.Compare
	}
}

// rateOfChange names the rate a change in percentage points is of:
// 增速比上月末低0.6个百分点, 降幅比1-7月份收窄1.6个百分点 — the rate noun
// (增速, 降幅) that stands between the figure before and this one.
func rateOfChange(a *attacher, i int) {
	it := a.items[i]
	if it.f.Unit != "个百分点" || hasMetric(it) && !a.onlyBetween(it.f.MetricStart, it.f.MetricEnd, "change", "gap", "weak") {
		return
	}
	lo := a.doc.Sentences[it.sent].Start
	if j := a.prevInSentence(i); j >= 0 {
		lo = a.items[j].f.End
	}
	for p := it.lead - 1; p >= lo; p-- {
		if w, _ := words.startingAt("rate", a.rs, p, it.lead); w != "" {
			it.f.MetricStart, it.f.MetricEnd = p, p+len([]rune(w))
			it.f.Metric = w
			it.governing = true
			return
		}
	}
	if hasMetric(it) {
		it.f.MetricStart, it.f.MetricEnd, it.f.Metric = -1, -1, "" // only a verb (收窄)
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
	w, _ := words.startingAt("sub", a.rs, s, e)
	if w == "" || !a.onlyBetween(s+len([]rune(w)), e, "filler") {
		return
	}
	for j := i - 1; j >= 0 && a.items[j].f.Start >= it.para; j-- {
		if hasMetric(a.items[j]) {
			p := a.items[j]
			it.f.MetricStart, it.f.MetricEnd, it.f.Metric = p.f.MetricStart, p.f.MetricEnd, p.f.Metric
			it.governing = true
			return
		}
	}
}

// tableRow reads table and list rows: a figure in a cell of a row
// (| 蔬菜 | 12.4% |) measures the row's label, its first cell; a figure right
// after a label and a colon (蔬菜：12.4%) measures the label.
func tableRow(a *attacher, i int) {
	it := a.items[i]
	if hasMetric(it) {
		return
	}
	line := it.para
	end := it.f.End
	for end < len(a.rs) && a.rs[end] != '\n' {
		end++
	}
	if strings.ContainsRune(a.text(line, end), '|') {
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
	}
	if it.cs > line && (a.rs[it.cs-1] == '：' || a.rs[it.cs-1] == ':') && a.onlyBetween(it.cs, it.lead, "filler") {
		s := it.cs - 1
		for s > line && !isClauseMark(a.rs[s-1]) {
			s--
		}
		if a.setMetric(it, s, it.cs-1) {
			it.governing = true
		}
	}
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
			it.f.MetricStart, it.f.MetricEnd, it.f.Metric = p.f.MetricStart, p.f.MetricEnd, p.f.Metric
			it.governing = true
			return
		}
	}
}
