package attach

import (
	"slices"
	"strings"

	"github.com/zhmetrics/zhmetrics/extract"
)

// distribution pairs the subjects before 分别/依次/各 with the figures after
// it, in order: 钢材、水泥、玻璃分别增长4.2%、7.9%和11.3% gives 钢材 4.2%, 水泥
// 7.9%, 玻璃 11.3%. Subjects are cut at 、/和/及/与 and end at 等; when they
// cannot be counted as the figures (one subject, a shared head as in
// 第一、二、三产业的贡献率, more figures than subjects), every figure takes the
// whole phrase. With fewer figures than subjects the last figures pair with
// the last subjects. A marker with no subject before it in its clause
// (…，分别同比增长15.1%和16.6%) takes the subjects of the sentence's last
// distribution, or the metrics of the figures before it. The change verb after
// the marker governs every figure of the list (分别下降3.1%和5.6%: both
// decrease); a level (分别为, 分别达到, 分别占) makes none.
func distribution(a *attacher, i int) {
	it := a.items[i]
	if it.distribute {
		return
	}
	m, mEnd := a.marker(it.cs, it.lead)
	if m < 0 {
		a.changesAfterTotals(i)
		return
	}
	if i > 0 && a.items[i-1].sent == it.sent && a.items[i-1].cs == it.cs && m < a.items[i-1].f.End {
		return // the marker of a list that ended before this figure (、伤人数下降9.64%)
	}
	// The list: this figure and the later ones of its clause.
	var list []int
	for k := i; k < len(a.items) && a.items[k].cs == it.cs && a.items[k].sent == it.sent; k++ {
		if k > i && a.ownSubjectAndVerb(a.items[k-1], a.items[k]) {
			break // 分别上升8.19%和2.72%、伤人数下降9.64%: the list ends before 伤人数
		}
		list = append(list, k)
	}
	// Its subjects.
	s, e := it.cs, m
	for c := s; c < e; c++ {
		if w, _ := a.startingAt(compareKind, c, e); w != "" && isComparison(a.rs, c) {
			e = c
			break
		}
	}
	s, e = a.trimPhrase(s, e)
	// A rate noun before the marker (跌幅分别为12.3%及8.7%) names the change of
	// every figure, not their subject (of a change in points it is the
	// subject: 降幅分别扩大1.6和1.5个百分点).
	rateDir := ""
	if w, dir := a.endingAt(rateKind, s, e); w != "" && len([]rune(w)) == e-s && it.f.Unit != "个百分点" {
		rateDir, e = dir, s
	}
	var subjects []Span
	if e-s >= 2 {
		subjects = a.splitSubjects(s, e, len(list))
		if a.lists == nil {
			a.lists = map[int][]Span{}
		}
		a.lists[it.sent] = subjects
	} else if prev := a.lists[it.sent]; prev != nil {
		subjects = prev
	} else {
		for k := i - len(list); k < i; k++ {
			if k < 0 || a.items[k].sent != it.sent || k == i-len(list) && a.longerRunOfTotals(k) {
				subjects = nil
				break
			}
			if p := a.items[k]; hasMetric(p) {
				subjects = append(subjects, Span{p.f.MetricStart, p.f.MetricEnd})
			} else if s, e, ok := a.subjectOf(p); ok {
				subjects = append(subjects, Span{s, e})
			} else {
				subjects = nil
				break
			}
		}
	}
	// None in the clause nor before: the subjects of the figureless clause
	// before it (出口和进口均有增长，分别增长5%和6%), one for each figure.
	if subjects == nil {
		if ps, pe, ok := a.prevClauseSubject(it); ok {
			if sub := a.splitSubjects(ps, pe, len(list)); len(sub) == len(list) {
				subjects = sub
			}
		}
	}
	// Subjects that name no item each (两家企业分别获得1000万元和800万元融资)
	// give way to a metric after the last figure of the list.
	if len(subjects) == 1 && len(list) > 1 {
		if last := a.items[list[len(list)-1]]; hasMetric(last) && last.f.MetricStart >= last.f.End {
			subjects = []Span{{last.f.MetricStart, last.f.MetricEnd}}
		}
	}
	// The verb after the marker governs the list; with no change verb, a
	// rate noun that ends the subject gives them all its direction (出口增速
	// 分别达到14.7%、14.1%和8.9%: rises).
	change, compare, level := a.verbAfter(mEnd, it.lead)
	if change == "" && rateDir == "" && e > s {
		if w, dir := a.endingAt(rateKind, s, e); w != "" && dir != "" && dir != extract.NoChange {
			rateDir, level = dir, false
		}
	}
	for n, k := range list {
		f := a.items[k]
		f.distribute = true
		if len(subjects) > 0 {
			sub := subjects[0]
			switch {
			case len(subjects) == len(list):
				sub = subjects[n]
			case len(subjects) > len(list) && a.numberAfter(a.items[list[len(list)-1]]):
				sub = subjects[n] // the later numbers have no unit: 占31.2%和7.3
			case len(subjects) > len(list):
				sub = subjects[len(subjects)-len(list)+n] // the earlier ones share the unit: 4665、2611亿千瓦时
			}
			if a.setMetric(f, sub.Start, sub.End) {
				f.governing = true
			}
		}
		switch {
		case change != "" && n > 0 && a.ownVerb(f) != "":
			f.f.Change = a.ownVerb(f) // 依次增长8.1%和下降2.3%: its own verb
		case change != "":
			f.f.Change, f.f.Compare = change, compare
		case rateDir != "":
			f.f.Change = rateDir
		case level:
			f.f.Change, f.f.Compare = extract.NoChange, ""
		}
	}
}

// ownSubjectAndVerb reports whether a noun and a change verb of its own stand
// between the figure prev and the next one, cur: cur opens a new item of its
// clause (、伤人数下降9.64%), not the next of a list of 分别.
func (a *attacher) ownSubjectAndVerb(prev, cur *item) bool {
	s, e := a.trimPhrase(prev.f.End, cur.lead)
	if e-s < 3 {
		return false
	}
	w, _ := a.endingAt(changeKind, s, e)
	if w == "" {
		return false
	}
	n := e - len([]rune(w))
	for _, r := range a.rs[s:n] {
		if !isHan(r) {
			return false
		}
	}
	return n-s >= 2
}

// prevClauseSubject returns the subject that opens the clause before the
// clause of it, in its sentence, when no figure stands in that clause.
func (a *attacher) prevClauseSubject(it *item) (int, int, bool) {
	sp := a.doc.Sentences[it.sent]
	ce := it.cs - 1
	if ce <= sp.Start || !isClauseMark(a.rs[ce]) {
		return 0, 0, false
	}
	cs := ce
	for cs > sp.Start && !isClauseMark(a.rs[cs-1]) {
		cs--
	}
	if a.firstStartingIn(cs, ce) != nil {
		return 0, 0, false
	}
	// The subjects end at an adverb that takes them all (出口和进口均有增长,
	// 两市成交额双双回升), whatever the segmenter tags the nouns.
	for p := cs + 2; p < ce; p++ {
		if w, _ := a.startingAt(bothKind, p, ce); w != "" {
			s, e := a.trimPhrase(cs, p)
			return s, e, e-s >= 2
		}
	}
	return a.subjectIn(it, cs, ce)
}

// marker finds a distribution marker in [cs, lead): 分别 or 依次 anywhere,
// 各 only right before a verb or level (各增长, 各为). It returns its span, or -1.
func (a *attacher) marker(cs, lead int) (int, int) {
	for p := lead - 1; p >= cs; p-- {
		if !a.mayStart(distributeKind, p) {
			continue
		}
		w, _ := a.startingAt(distributeKind, p, lead)
		if w == "" {
			continue
		}
		e := p + len([]rune(w))
		if w == "各" {
			next := e
			if c, _ := a.startingAt(changeKind, next, lead); c == "" {
				if l, _ := a.startingAt(levelKind, next, lead); l == "" && !(next < lead && (a.rs[next] == '占' || a.rs[next] == '达')) {
					continue
				}
			}
		}
		return p, e
	}
	return -1, -1
}

// verbAfter reads the verb between a marker and the first figure of its
// list: a change verb gives its direction (and 同比/环比 its base); a level
// word (为, 达到, 占) gives level.
func (a *attacher) verbAfter(s, e int) (change, compare string, level bool) {
	for p := s; p < e; p++ {
		if w, dir := a.startingAt(changeKind, p, e); w != "" {
			q := p + len([]rune(w))
			if q < e {
				if l, _ := a.startingAt(levelKind, q, e); l != "" {
					return "", "", true // 增加到: a level
				}
			}
			switch {
			case p >= 2 && a.text(p-2, p) == "同比":
				compare = "yoy"
			case p >= 2 && a.text(p-2, p) == "环比":
				compare = "mom"
			}
			return dir, compare, false
		}
		switch a.rs[p] {
		case '为', '占', '达', '是':
			return "", "", true
		}
	}
	return "", "", false
}

// splitSubjects cuts the subject phrase [s, e) into the subjects of n
// figures: at 等 its list ends; its items are cut at joints and between
// quoted names (“改革”“开放”). When the items cannot be paired — one item, an
// item of one character (第一、二、三产业), more figures than items — the whole
// phrase is the one subject.
func (a *attacher) splitSubjects(s, e, n int) []Span {
	whole := []Span{{s, e}}
	end := e
	for p := s; p < e; p++ {
		if w, _ := a.startingAt(listEndKind, p, e); w != "" {
			end = p
			break
		}
	}
	items := a.subjectItems(s, end, 0)
	if len(items) > n {
		// More items than figures: 、 cuts the list, 和/及 join inside an
		// item (采矿业、制造业、电力热力燃气及水生产和供应业增加值分别增长…),
		// or 、 and the first 和/及 after the last 、 cut it (A、B和C及D:
		// C及D is one item).
		for _, mode := range []int{1, 2} {
			if top := a.subjectItems(s, end, mode); len(top) == n {
				items = top
				break
			}
		}
	}
	if len(items) < 2 || n > len(items) {
		return whole
	}
	for _, it := range items {
		if it.End-it.Start < 2 {
			return whole
		}
	}
	return items
}

// subjectItems cuts [s, end) into the items of a list of subjects between
// quoted names and at joints: every joint (mode 0), only 、 (mode 1), 、 and
// the first other joint after the last 、 (mode 2).
func (a *attacher) subjectItems(s, end int, mode int) []Span {
	var items []Span
	start := s
	lastEnum := -1
	for p := s; p < end; p++ {
		if a.rs[p] == '、' {
			lastEnum = p
		}
	}
	lastCut := false
	cut := func(p, next int) {
		if ts, te := a.trimPhrase(start, p); te > ts {
			items = append(items, Span{ts, te})
		}
		start = next
	}
	for p := s; p < end; p++ {
		w, _ := a.startingAt(jointKind, p, end)
		keep := mode == 0 || w == "、" || mode == 2 && p > lastEnum && lastEnum >= 0 && !lastCut
		if w != "" && keep && !a.jointInName(p, s, end) {
			if w != "、" && p > lastEnum {
				lastCut = true
			}
			cut(p, p+len([]rune(w)))
			p += len([]rune(w)) - 1
			continue
		}
		if (a.rs[p] == '”' || a.rs[p] == '"' || a.rs[p] == '」') && p+1 < end && (a.rs[p+1] == '“' || a.rs[p+1] == '"' || a.rs[p+1] == '「') {
			cut(p+1, p+1)
		}
	}
	cut(end, end)
	return items
}

// jointInName reports whether the joint at p, in the list [s, end), is
// inside a name (住宿和餐饮业; 研究与试验发展(R&D)经费): extract.JointInName,
// with Y of X与Y up to 6 Han characters.
func (a *attacher) jointInName(p, s, end int) bool {
	return extract.JointInName(a.rs, p, s, end, 6)
}

// numberAfter reports whether a number written in digits or Chinese numerals
// stands after the figure in its clause, not found as a figure.
func (a *attacher) numberAfter(it *item) bool {
	for p := it.f.End; p < it.ce; p++ {
		if isDigitRune(a.rs[p]) || strings.ContainsRune("一二三四五六七八九十零〇两", a.rs[p]) {
			return true
		}
	}
	return false
}

// ownVerb returns the direction of a change verb right before the figure's
// lead (over fillers), or "".
func (a *attacher) ownVerb(it *item) string {
	q := a.pastFillers(it)
	_, dir := a.endingAt(changeKind, it.cs, q)
	return dir
}

// changesAfterTotals pairs a clause of bare changes with the list of totals
// right before it, as 分别 would (全国发生较大以上事故644起，死亡2695人，同比减少
// 26起、443人: 26起 is the accidents', 443人 the deaths'): a clause that opens
// with its base (同比, 比上年, 较上年) and holds only a list of N figures with
// no metric, after a run of exactly N totals, each with a metric of its own
// and no change, joined by clause marks or joints. The figures pair in order
// when their units are the totals' units in that order or all ratios (%,
// 个百分点), else by unit when each unit stands once on both sides; else
// (other counts, units that leave it open) nothing is paired. The list of
// 分别 after it (，分别下降3.9%和14.1%) then takes the paired metrics.
func (a *attacher) changesAfterTotals(i int) {
	it := a.items[i]
	if hasMetric(it) || it.f.Change == extract.NoChange {
		return
	}
	if j := a.prevInSentence(i); j < 0 || a.items[j].cs == it.cs {
		return
	}
	if !a.opensWithBase(it.cs, it.lead) {
		return
	}
	// The list: the figures of the clause, joined by 、/和/及, none named.
	list := []int{i}
	for k := i + 1; k < len(a.items) && a.items[k].sent == it.sent && a.items[k].cs == it.cs; k++ {
		p, f := a.items[k-1], a.items[k]
		if hasMetric(f) || !a.isListJoint(p.f.End, f.lead) && !a.jointAndVerb(p.f.End, f.lead) {
			return
		}
		list = append(list, k)
	}
	n := len(list)
	if n < 2 {
		return
	}
	// The totals: the run of named levels right before the clause.
	var totals []int
	next := it.cs // where the text after the total must end: its clause mark
	for k := i - 1; k >= 0 && a.isTotal(k, next); k-- {
		totals = append(totals, k)
		next = a.items[k].f.MetricStart
	}
	if len(totals) != n {
		return
	}
	slices.Reverse(totals)
	pair := make([]int, n)
	inOrder, ratios := true, true
	for x, k := range list {
		u := a.items[k].f.Unit
		inOrder = inOrder && u == a.items[totals[x]].f.Unit
		ratios = ratios && (u == "%" || u == "个百分点")
		pair[x] = totals[x]
	}
	if !inOrder && !ratios {
		// By unit: each unit once among the changes and once among the totals.
		for x, k := range list {
			pair[x] = -1
			for _, tk := range totals {
				if a.items[tk].f.Unit != a.items[k].f.Unit {
					continue
				}
				if pair[x] >= 0 {
					return // two totals of its unit
				}
				pair[x] = tk
			}
			if pair[x] < 0 {
				return
			}
			for y := 0; y < x; y++ {
				if pair[y] == pair[x] {
					return // two changes of one unit
				}
			}
		}
	}
	for x, k := range list {
		f, t := a.items[k], a.items[pair[x]]
		f.distribute = true
		f.takeMetric(t)
		if x > 0 && f.f.Change == extract.NoChange {
			f.f.Change, f.f.Compare = it.f.Change, it.f.Compare
		}
	}
}

// isTotal reports whether figure k is a total of a list of totals whose
// next item (or the clause after it) starts at next, in its sentence: a level
// (no change) with a metric of its own before it, joined to next by
// totalJoint.
func (a *attacher) isTotal(k, next int) bool {
	t := a.items[k]
	if k+1 < len(a.items) && a.items[k+1].sent != t.sent {
		return false
	}
	if !hasMetric(t) || t.f.Change != extract.NoChange || t.f.MetricEnd > t.lead || t.f.MetricStart >= t.f.Start ||
		!a.totalJoint(t.f.End, next) {
		return false
	}
	return k == 0 || a.items[k-1].sent != t.sent || t.f.MetricStart >= a.items[k-1].f.End
}

// longerRunOfTotals reports whether figure k, the first of the figures a
// list of 分别 with no subject would take its subjects from, is a total
// with another total of its clause right before it: the totals of one list
// outnumber the figures (营业收入10亿元、净利润2亿元、研发投入1亿元，分别增长5%、
// 6%), which are then left unnamed. Totals in clauses of their own still
// give the last of them (其他共报告发病3987740例，死亡269人，报告发病率为…，
// 报告死亡率为…，分别较2015年上升17.89%和67.52%: the two rates).
func (a *attacher) longerRunOfTotals(k int) bool {
	if k < 1 || a.items[k-1].sent != a.items[k].sent {
		return false
	}
	t := a.items[k]
	if !hasMetric(t) || t.f.Change != extract.NoChange || t.f.MetricStart >= t.f.Start {
		return false
	}
	return a.items[k-1].cs == t.cs && a.isTotal(k-1, t.f.MetricStart)
}

// jointAndVerb reports whether [s, e) is a joint and a change verb of the
// next figure of a list of changes (同比增加20起、减少3人).
func (a *attacher) jointAndVerb(s, e int) bool {
	w, _ := a.startingAt(jointKind, s, e)
	if w == "" {
		return false
	}
	s += len([]rune(w))
	c, _ := a.startingAt(changeKind, s, e)
	return c != "" && a.onlyBetween(s+len([]rune(c)), e, fillerKind)
}

// opensWithBase reports whether the text of [s, e) opens with the base of a
// change (同比, 环比, 比上年, 较上年同期) and names nothing else: the clause of
// bare changes after a list of totals.
func (a *attacher) opensWithBase(s, e int) bool {
	for s < e && (a.rs[s] == ' ' || a.rs[s] == '\u3000') {
		s++
	}
	if e-s < 2 {
		return false
	}
	switch a.text(s, s+2) {
	case "同比", "环比":
		return true
	}
	if w, _ := a.startingAt(compareKind, s, e); w == "" || !isComparison(a.rs, s) {
		return false
	}
	// The base is a time (比上年, 较去年同期), not a place or group.
	for p := s + 1; p < e && p < s+6; p++ {
		if words.has(timeRefKind, string(a.rs[p])) {
			return true
		}
	}
	return false
}

// totalJoint reports whether [s, e) is what stands between a total and the
// next total's metric, or the clause after the last total: a clause mark or
// a joint first (after a note in brackets), then at most a few words with
// no clause mark (，新增).
func (a *attacher) totalJoint(s, e int) bool {
	for s < e && (a.rs[s] == ' ' || a.rs[s] == '\u3000') {
		s++
	}
	if e > s && (a.rs[s] == '(' || a.rs[s] == '（') {
		// a note in brackets after the total: 死亡83人(道路交通)
		q := s + 1
		for q < e && q < s+12 && a.rs[q] != ')' && a.rs[q] != '）' && !a.markAt(q) {
			q++
		}
		if q >= e || a.rs[q] != ')' && a.rs[q] != '）' {
			return false
		}
		s = q + 1
	}
	if e <= s || e-s > 6 {
		return false
	}
	switch a.rs[s] {
	case '，', ',', '；', ';':
		s++
	default:
		w, _ := a.startingAt(jointKind, s, e)
		if w == "" {
			return false
		}
		s += len([]rune(w))
	}
	for p := s; p < e; p++ {
		if a.markAt(p) || !isHan(a.rs[p]) && a.rs[p] != ' ' {
			return false
		}
	}
	return true
}
