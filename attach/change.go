package attach

import (
	"sort"
	"strings"
	"unicode"

	"github.com/zhmetrics/zhmetrics/extract"
)

// fromTo reads a from-to pair, 由X增加到Y or 从X增长到Y: the figure after the
// verb and 到/至 is a level reached by a change, so it takes the verb's
// direction (the starting level has none); both take the subject before
// 由/从 when they have none of their own. 由/从 with no change to a level
// after a figure (从机场入境) is no from-to pair.
func fromTo(a *attacher, i int) {
	it := a.items[i]
	p := a.fromWord(it.cs, it.ce)
	if p < 0 {
		a.fromToAcrossClauses(it)
		a.levelAfterChange(it)
		return
	}
	// The verb: a change word followed by 到/至, after a figure after 由/从.
	v, dir := -1, ""
	for q := p + 1; q < it.ce && v < 0; q++ {
		w, d := a.startingAt(changeKind, q, it.ce)
		if w == "" {
			continue
		}
		e := q + len([]rune(w))
		lw, _ := a.startingAt(levelKind, e, it.ce)
		if lw == "为" && (it.f.Start <= e || !a.onlyTimeBetween(e+1, it.lead)) {
			continue // 为 ends the verb of a level only right before this figure: 由8930人上升为15467人
		}
		if lw != "" && a.figureIn(it, p, q) {
			v, dir = e+len([]rune(lw)), d
		}
	}
	if v < 0 {
		return
	}
	if it.f.Start < p {
		return
	}
	if !hasMetric(it) || !it.governing {
		if a.setMetric(it, it.cs, p) {
			it.governing = true
		}
	}
	if it.f.Start >= v && a.onlyTimeBetween(v, it.lead) {
		it.f.Change, it.f.Compare = dir, ""
	}
	// A rate noun with a direction before 由 (跌幅由18.1%扩大至33.6%): both
	// figures are rates of that change, whatever the verb does to them.
	if ts, te := a.trimPhrase(it.cs, p); te > ts {
		if w, rdir := a.endingAt(rateKind, ts, te); w != "" && rdir != "" && rdir != extract.NoChange {
			it.f.Change, it.f.Compare = rdir, ""
		}
	}
}

// fromWord returns where the first 由/从 of the clause [cs, ce) stands, or
// -1; the figures of a clause share it.
func (a *attacher) fromWord(cs, ce int) int {
	if c := a.fromClause; c.ok && c.cs == cs && c.ce == ce {
		return c.p
	}
	p := -1
	for q := cs; q < ce; q++ {
		if !a.mayStart(fromKind, q) {
			continue
		}
		if w, _ := a.startingAt(fromKind, q, q+1); w != "" {
			p = q
			break
		}
	}
	a.fromClause = clauseFrom{true, cs, ce, p}
	return p
}

// clauseFrom is a clause and the place of its first 由/从 (fromWord).
type clauseFrom struct {
	ok        bool
	cs, ce, p int
}

// figureIn reports whether a figure of the clause of it lies in [s, e).
// When the figures are in order of their starts, as a document's are, and
// none ends before it starts, only those that start in [s, e] are read,
// found by binary search (a document may hold thousands).
func (a *attacher) figureIn(it *item, s, e int) bool {
	items := a.items
	if a.spansInOrder {
		items = items[sort.Search(len(items), func(k int) bool { return items[k].f.Start >= s }):]
	}
	for _, o := range items {
		if a.spansInOrder && o.f.Start > e {
			break // no figure after it ends by e
		}
		if o.cs == it.cs && o.sent == it.sent && o.f.Start >= s && o.f.End <= e {
			return true
		}
	}
	return false
}

// onlyTimeBetween reports whether [s, e) is empty or a time expression,
// maybe followed by 的 (增加到2005年的4070亿元).
func (a *attacher) onlyTimeBetween(s, e int) bool {
	if e > s && a.rs[e-1] == '的' {
		e--
	}
	return e <= s || periodPrefix(a.rs[s:e]) == e-s
}

// gapToReference reads a gap to a reference: 比上月末低0.6个百分点,
// 增速比一季度加快0.9个百分点, 高于全省平均水平0.6个百分点. Against an earlier
// time the gap is a change (低 → decrease); between two places or groups it is
// none.
func gapToReference(a *attacher, i int) {
	it := a.items[i]
	q := it.lead
	if w, _ := a.endingAt(fillerKind, it.cs, q); w == "了" {
		q--
	}
	// 高于/低于 REF figure
	for g := it.cs; g < q; g++ {
		if !a.mayStart(gapKind, g) {
			continue
		}
		w, dir := a.startingAt(gapKind, g, q)
		if w == "" || []rune(w)[len([]rune(w))-1] != '于' {
			continue
		}
		ref := a.text(g+len([]rune(w)), q)
		if ref == "" {
			continue
		}
		a.setGap(it, ref, dir)
		a.dropMetricFrom(it, g)
		return
	}
	// 比/较 REF gap figure
	gw, dir := a.endingAt(gapKind, it.cs, q)
	if gw == "" {
		return
	}
	if cw, _ := a.endingAt(changeKind, it.cs, q); len([]rune(cw)) > len([]rune(gw)) {
		return // 少 of 减少: a change verb, not a gap
	}
	g := q - len([]rune(gw))
	for c := g - 1; c >= it.cs; c-- {
		if w, _ := a.startingAt(compareKind, c, g); w != "" && isComparison(a.rs, c) {
			if ref := a.text(c+len([]rune(w)), g); ref != "" {
				a.setGap(it, ref, dir)
				a.dropMetricFrom(it, c)
			}
			return
		}
	}
}

// isComparison reports whether the compare word at c opens a comparison
// (not 比重, 比例, 占比, 对比).
func isComparison(rs []rune, c int) bool {
	if rs[c] == '比' {
		if c+1 < len(rs) && (rs[c+1] == '重' || rs[c+1] == '例' || rs[c+1] == '率') {
			return false
		}
		if c > 0 && (rs[c-1] == '占' || rs[c-1] == '对' || rs[c-1] == '同' || rs[c-1] == '环') {
			return false
		}
	}
	return true
}

// setGap sets the change of a gap to the reference ref.
func (a *attacher) setGap(it *item, ref, dir string) {
	for _, r := range ref {
		if words.has(timeRefKind, string(r)) {
			it.f.Change = dir
			return
		}
	}
	it.f.Change, it.f.Compare = extract.NoChange, ""
}

// beforeLevelWords is where the text before a figure's lead ends once up to
// two level or filler words (为, 达, 同比 …) are passed over backwards.
func (a *attacher) beforeLevelWords(it *item) int {
	return it.levelWords.get(a, it, readBeforeLevelWords)
}

func readBeforeLevelWords(a *attacher, it *item) int {
	q := it.lead
	for n := 0; n < 2; n++ {
		w, _ := a.endingAt(levelKind, it.cs, q)
		if w == "" {
			w, _ = a.endingAt(fillerKind, it.cs, q)
		}
		if w == "" {
			break
		}
		q -= len([]rune(w))
	}
	return q
}

// rateIs reads a rate noun and its value: 升幅为25.5%, 降幅达3.2% — the
// figure is the change the noun names.
func rateIs(a *attacher, i int) {
	it := a.items[i]
	a.rateAfter(it)
	a.pushVerb(it)
	q := a.beforeLevelWords(it)
	if q > it.cs && (a.rs[q-1] == ')' || a.rs[q-1] == '）') {
		// a bracket between the rate noun and its value: 按年升幅(即基本通胀率)为1.0%
		for k := q - 2; k >= it.cs && k > q-24; k-- {
			if a.rs[k] == '(' || a.rs[k] == '（' {
				q = k
				break
			}
		}
	}
	lo := it.cs
	if q == it.cs && it.cs >= 1 && a.rs[it.cs-1] != '\n' && it.cs-1 > a.doc.Sentences[it.sent].Start {
		// The rate noun closes the clause before, maybe with a ranking word
		// (涨幅最高，为4.2%).
		ce := it.cs - 1
		cs, _ := a.clause(a.doc.Sentences[it.sent], ce, ce)
		if w, _ := a.endingAt(tailKind, cs, ce); w != "" {
			ce -= len([]rune(w))
		}
		lo, q = cs, ce
	}
	w, dir := a.endingAt(rateKind, lo, q)
	// A rate in 率 after its subject names an indicator (经济增长率为3.6%,
	// as 经济成长率): its value is a level.
	named := strings.HasSuffix(w, "率") && lo < q-len([]rune(w)) && isHan(a.rs[q-len([]rune(w))-1])
	if dir != "" && it.f.Change == extract.NoChange && !named {
		it.f.Change = dir
	}
	if w != "" && lo == it.cs && !hasMetric(it) && a.prevInSentence(i) < 0 {
		if ts, te := a.trimPhrase(it.cs, q-len([]rune(w))); te <= ts {
			a.rateOfPrevClause(it)
		}
	}
}

// rateOfPrevClause names a rate noun that opens its clause (…也快速增长，同比增幅
// 均在18%以上) by the subject of the clause before, whose verb the rate
// measures: the nouns before its change verb and adverbs.
func (a *attacher) rateOfPrevClause(it *item) {
	sp := a.doc.Sentences[it.sent]
	ce := it.cs - 1
	if a.tok == nil || ce <= sp.Start || a.rs[ce] == '\n' {
		return
	}
	cs, _ := a.clause(sp, ce, ce)
	toks := a.tokens(cs, ce)
	k := len(toks) - 1
	for k >= 0 {
		t := toks[k]
		if cw, _ := words.endingAt(changeKind, []rune(t.Text), 0, len([]rune(t.Text))); cw != "" || t.Pos == "d" || t.Pos == "ad" || words.has(fillerKind, t.Text) {
			k--
			continue
		}
		break
	}
	if k == len(toks)-1 || k < 0 {
		return // no verb of change closes the clause before
	}
	e := cs + toks[k].End
	s := e
	for ; k >= 0 && isHanText(toks[k].Text) && !isListed(toks[k].Text); k-- {
		t := toks[k]
		noun := isNounPos(t.Pos) && t.Pos != "ns"
		// A verb before a noun is part of it (快递|业务量).
		if !noun && !(strings.HasPrefix(t.Pos, "v") && k+1 < len(toks) && cs+toks[k+1].Start == s && s < e) {
			break
		}
		s = cs + t.Start
	}
	if s2, e2, ok := a.strongSpan(it, s, e); ok {
		a.setMetric(it, s2, e2)
	}
}

// changeVerb reads a change verb right before the figure (over fillers) that
// extract's list lacks: 增产74亿斤, 微跌0.01%, 攀升126.5%.
func changeVerb(a *attacher, i int) {
	it := a.items[i]
	if a.signedChange(it) || a.subjectBeforeBase(it) || it.f.Change != extract.NoChange {
		return
	}
	q := it.lead
	for n := 0; n < 3; n++ {
		w, _ := a.endingAt(fillerKind, it.cs, q)
		if w == "" || w == "达" || w == "达到" || w == "高达" {
			break
		}
		q -= len([]rune(w))
	}
	if w, dir := a.endingAt(changeKind, it.cs, q); w != "" {
		it.f.Change = dir
		b := q - len([]rune(w))
		switch {
		case b >= 2 && a.text(b-2, b) == "同比":
			it.f.Compare = "yoy"
		case b >= 2 && a.text(b-2, b) == "环比":
			it.f.Compare = "mom"
		}
	}
}

// rangeOfTwoUnits reports whether the figure of it, with no change, is the
// other end of a range that the change of prev starts, each end with a unit
// of its own of a range's units (偏少5成至1倍; words.tsv kind rangeunit):
// a joint of a range (kind rangejoint) right after the figure of prev, and
// nothing but joints and spaces, stands between them.
func (a *attacher) rangeOfTwoUnits(prev, it *item) bool {
	if it.f.Change != extract.NoChange ||
		prev.f.Change == extract.NoChange ||
		prev.f.End >= it.lead ||
		prev.f.Unit == it.f.Unit ||
		!words.has(rangeUnitKind, prev.f.Unit) ||
		!words.has(rangeUnitKind, it.f.Unit) ||
		!a.onlyBetween(prev.f.End, it.lead, rangeJointKind) {
		return false
	}
	w, _ := a.startingAt(rangeJointKind, prev.f.End, it.lead)
	return w != "" // not spaces alone
}

// listOfFigures reads a list of figures joined by 、/和/及 (增加2.68万座、494.86万m;
// 占黄埔区53.8%、广州市26.8%): a figure after a joint takes the change of the
// figure before when it has none, and its metric when it has none or names
// only the next place of a reference (广州市).
func listOfFigures(a *attacher, i int) {
	j := a.prevInSentence(i)
	if j < 0 || a.items[i].distribute {
		return
	}
	it, prev := a.items[i], a.items[j]
	if prev.cs != it.cs {
		return
	}
	if a.rangeOfTwoUnits(prev, it) {
		// 偏少5成至1倍: the two ends of a range, a unit each, are one change
		it.f.Change, it.f.Compare = prev.f.Change, prev.f.Compare
	}
	named := hasMetric(it) && it.f.MetricStart >= prev.f.End && it.f.MetricEnd <= it.lead &&
		a.isListJoint(prev.f.End, it.f.MetricStart) && a.onlyBetween(it.f.MetricEnd, it.lead, fillerKind)
	// A parallel reference is of the same unit (占黄埔区53.8%、全市26.8%);
	// a noun and a figure of another unit after a change against a base is
	// the next item of a list, whose subject governs the clauses after it
	// (比上年增长44.25%、营业利润3.80亿元，比上年增长25.82%).
	if named && it.f.Unit != prev.f.Unit && a.refBefore(prev) {
		it.governing = true
		return
	}
	parallelRef := named && a.refBefore(prev)
	if !parallelRef && !a.isListJoint(prev.f.End, it.lead) {
		return
	}
	if it.f.Change == extract.NoChange && prev.f.Change != extract.NoChange {
		it.f.Change, it.f.Compare = prev.f.Change, prev.f.Compare
	}
	if parallelRef {
		it.takeMetric(prev)
		it.governing = prev.governing
		return
	}
	if !hasMetric(it) && hasMetric(prev) {
		it.takeMetric(prev)
		it.governing = prev.governing
	}
}

// refBefore reports whether a reference word (占, 比, 较) opens the text
// right before the figure's lead, after its metric: 占黄埔区53.8%.
func (a *attacher) refBefore(it *item) bool {
	s := it.cs
	if hasMetric(it) && it.f.MetricEnd <= it.lead {
		s = it.f.MetricEnd
	}
	return a.hasReference(s, it.lead)
}

// dropMetricFrom drops a metric that stands in a comparison starting at c
// (高于全省平均水平0.6个百分点: the metric is not 全省平均水平): the figure then
// takes its subject from the structure around it.
func (a *attacher) dropMetricFrom(it *item, c int) {
	if hasMetric(it) && it.f.MetricStart >= c && it.f.MetricStart < it.f.Start {
		it.f.MetricStart, it.f.MetricEnd, it.f.Metric = -1, -1, ""
		it.governing = false
	}
}

// subjectBeforeBase reads the subject of a change against an earlier time,
// SUBJECT较/比BASE VERB figure (民间投资较一〇八年减少3.2%): the noun phrase
// before the compare word names the figure, whatever the base is written
// in (digits or Chinese numerals, which the segmenter cuts apart). Against
// another place or group it is a gap, no change; then it reports true.
func (a *attacher) subjectBeforeBase(it *item) bool {
	if a.tok == nil {
		return false
	}
	b := a.changeVerbBefore(it)
	if b < 0 {
		return false
	}
	for c := b - 1; c > it.cs; c-- {
		cw, _ := a.startingAt(compareKind, c, b)
		if cw == "" || !isComparison(a.rs, c) {
			continue
		}
		base := a.text(c+len([]rune(cw)), b)
		timed := false
		for _, r := range base {
			timed = timed || words.has(timeRefKind, string(r))
		}
		if !timed {
			// Against another place or group (比全省平均水平增加1200元) a
			// change verb says a gap, which is no change.
			if pw, _ := a.startingAt(placeKind, c+len([]rune(cw)), b); pw != "" || strings.Contains(base, "平均") {
				it.f.Change, it.f.Compare = extract.NoChange, ""
				return true
			}
			return false
		}
		s, e := a.trimPhrase(it.cs, c)
		if e-s < 2 || hasMetric(it) && (it.f.MetricStart < s || it.f.MetricEnd > e || it.f.MetricEnd-it.f.MetricStart >= e-s) {
			return false
		}
		for _, t := range a.tokens(s, e) {
			if !isNounPos(t.Pos) || !isHanText(t.Text) {
				return false
			}
		}
		if s2, e2, ok := a.strongSpan(it, s, e); ok && a.setMetric(it, s2, e2) {
			it.governing = true
		}
		return false
	}
	return false
}

// signedChange reads a change written with its sign (医疗(+4.1%), 衣履(-1.2%),
// a column of 增减 figures): a plus sign before a figure is an increase; a
// negative percentage or number of percentage points, or a range of two
// negative ones, is a decrease. It
// reports whether it set one.
func (a *attacher) signedChange(it *item) bool {
	if it.f.Change != extract.NoChange {
		return false
	}
	switch {
	case it.f.Start > 0 && (a.rs[it.f.Start-1] == '+' || a.rs[it.f.Start-1] == '＋'):
		if a.plusJoinsSpecs(it) {
			return false // 80W有线+50W无线, 8GB+256GB: a sum of two specs, no rise
		}
		it.f.Change = "increase"
	case it.f.Value != nil && *it.f.Value < 0 && (it.f.Unit == "%" || it.f.Unit == "个百分点"),
		it.f.Value == nil && it.f.High != nil && *it.f.High < 0 && (it.f.Unit == "%" || it.f.Unit == "个百分点"):
		it.f.Change = "decrease" // -6.97%; a range of two negative ends, -66.55%至-57.26%
	default:
		return false
	}
	return true
}

// plusJoinsSpecs reports whether the plus sign before it's figure joins it to
// the figure before, as two parts of one spec (80W有线+50W无线, 8GB+256GB,
// 5000万像素主摄+800万像素): that figure is in its sentence, of the same
// dimension, and at most four letters or Han characters, no mark, stand
// between it and the sign. Percentages and points are left to the sign
// (医疗+4.1%衣履+1.2%: two changes).
func (a *attacher) plusJoinsSpecs(it *item) bool {
	k := a.index(it)
	if k == 0 {
		return false
	}
	prev := a.items[k-1]
	switch it.f.Dimension {
	case "", "percent", "percentage_point", "basis_point":
		return false
	}
	if prev.sent != it.sent || prev.f.Dimension != it.f.Dimension || prev.f.End > it.f.Start-1 || it.f.Start-1-prev.f.End > 4 {
		return false
	}
	for _, r := range a.rs[prev.f.End : it.f.Start-1] {
		if !unicode.Is(unicode.Han, r) && !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// rateAfter reads a rate noun after its figure, 录得1.2%的跌幅, 3%以上的较大涨幅:
// the figure is the change the noun names.
func (a *attacher) rateAfter(it *item) {
	if it.f.Change != extract.NoChange {
		return
	}
	p := it.f.End
	if w, _, e := extract.QualifierAfter(a.rs, p); w != "" && e <= it.ce {
		p = e
	}
	// Figures of one unit joined by a joint share the rate noun after the
	// last (录得19%及15%的按年升幅).
	for k := a.index(it) + 1; k < len(a.items); k++ {
		next := a.items[k]
		w, _ := a.startingAt(jointKind, p, it.ce)
		if w == "" || next.cs != it.cs || next.f.Unit != it.f.Unit || next.f.Start != p+len([]rune(w)) {
			break
		}
		p = next.f.End
		if w, _, e := extract.QualifierAfter(a.rs, p); w != "" && e <= it.ce {
			p = e
		}
	}
	if w, _ := a.startingAt(fillerKind, p, it.ce); w != "" {
		p += len([]rune(w))
	}
	if p >= it.ce || a.rs[p] != '的' {
		return
	}
	p++
	// Up to two adjectives of size (较大, 明显).
	for n := 0; n < 2 && p < it.ce; n++ {
		if w, _ := a.startingAt(sizeKind, p, it.ce); w != "" {
			p += len([]rune(w))
		}
	}
	end := it.ce
	for end > p && (a.rs[end-1] == ' ' || a.rs[end-1] == '\u3000') {
		end--
	}
	if w, dir := a.startingAt(rateKind, p, end); w != "" && p+len([]rune(w)) == end {
		it.f.Change = dir
	} else if w, dir := a.startingAt(changeKind, p, end); w != "" && p+len([]rune(w)) == end && dir != "" && dir != extract.NoChange {
		it.f.Change = dir // 环比也实现了18.7%的增长: a change verb as the noun the figure measures
	}
}

// pushVerb reads a verb that pushes a rate by the figure, with the rate
// between them: 推高通胀率0.8个百分点 — the figure is a change of the rate,
// which names it.
func (a *attacher) pushVerb(it *item) {
	if it.f.Change != extract.NoChange {
		return
	}
	for p := it.lead - 2; p >= it.cs && p >= it.lead-10; p-- {
		w, dir := a.startingAt(pushKind, p, it.lead)
		if w == "" {
			continue
		}
		s := p + len([]rune(w))
		it.f.Change, it.f.Compare = dir, ""
		if it.lead-s >= 2 && isHanText(a.text(s, it.lead)) {
			a.setMetric(it, s, it.lead)
		}
		return
	}
}

// fromToAcrossClauses reads a from-to pair cut by a comma, 由X，上升至Y: a
// clause that opens with a change verb and 到/至 after a clause with 由/从
// and a figure; the level reached takes the verb's direction.
func (a *attacher) fromToAcrossClauses(it *item) {
	// The figure before, in a clause before (the cheap tests first).
	j := a.prevInSentence(a.index(it))
	if j < 0 {
		return
	}
	prev := a.items[j]
	if prev.cs == it.cs {
		return
	}
	q, _ := a.trimPhrase(it.cs, it.lead)
	w, dir := a.startingAt(changeKind, q, it.lead)
	if w == "" {
		return
	}
	v := q + len([]rune(w))
	lw, _ := a.startingAt(levelKind, v, it.lead)
	if lw != "到" && lw != "至" || !a.onlyTimeBetween(v+1, it.lead) {
		return
	}
	for c := prev.cs; c < prev.f.Start; c++ {
		if fw, _ := a.startingAt(fromKind, c, c+1); fw != "" {
			it.f.Change, it.f.Compare = dir, ""
			if !hasMetric(it) && hasMetric(prev) {
				it.takeMetric(prev)
			}
			return
		}
	}
}

// levelAfterChange reads a change then the level it reaches, 增加96亿元至
// 2250亿元: the figure after 至/到 right after a change figure is a level.
func (a *attacher) levelAfterChange(it *item) {
	j := a.prevInSentence(a.index(it))
	if j < 0 {
		return
	}
	prev := a.items[j]
	if prev.cs != it.cs || prev.f.Change == extract.NoChange {
		return
	}
	if lw, _ := a.startingAt(levelKind, prev.f.End, it.lead); (lw == "至" || lw == "到") && a.onlyTimeBetween(prev.f.End+1, it.lead) {
		it.f.Change, it.f.Compare = extract.NoChange, ""
	}
}

// index returns the index of item it.
func (a *attacher) index(it *item) int {
	return it.index
}
