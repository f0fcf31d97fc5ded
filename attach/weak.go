package attach

import (
	"strings"

	"github.com/zhmetrics/zhmetrics/extract"
)

// dropWeakMetric trims from a figure's metric the words that name nothing
// measured — status words of an estimate (初步核算), reporting verbs (据统计),
// adverbs (年均, 连续), time expressions — and drops it when nothing is left,
// or only a place (全区), or only one character, a change verb (增产) or, for a figure that is not
// in percentage points, a rate noun (升幅为25.5%: the rate of what stands
// before). A rate noun after a subject is cut off (游客增幅 → 游客).
func dropWeakMetric(a *attacher, i int) {
	it := a.items[i]
	if !hasMetric(it) {
		return
	}
	s, e, ok := a.strongSpan(it, it.f.MetricStart, it.f.MetricEnd)
	if !ok {
		it.f.MetricStart, it.f.MetricEnd, it.f.Metric = -1, -1, ""
		return
	}
	it.f.MetricStart, it.f.MetricEnd = s, e
}

// strongSpan trims a metric span for figure it as dropWeakMetric does and
// reports whether something that names what is measured is left.
func (a *attacher) strongSpan(it *item, s, e int) (int, int, bool) {
	// A status word the span's end cuts in two (零售业总销货价值临时估|计) is cut whole.
	for n := 1; n <= 2 && e+n <= len(a.rs); n++ {
		if w, _ := a.endingAt(weakKind, s, e+n); len([]rune(w)) > n {
			e = e + n - len([]rune(w))
			break
		}
	}
	s, e = a.trimPhrase(s, e)
	// A rate's basis before the figure ends no metric (猪肉周均价每公斤20.91元).
	if b := a.basisAtEnd(s, e); b > s {
		s, e = a.trimPhrase(s, b)
	}
	if it.f.Unit != "个百分点" {
		// A rate noun in 率 (经济增长率) names an indicator: it stays.
		if w, _ := a.endingAt(rateKind, s, e); w != "" && !strings.HasSuffix(w, "率") {
			e -= len([]rune(w))
			s, e = a.trimPhrase(s, e)
		}
	}
	// A change verb at the end is the figure's verb, not its subject
	// (粮食增产12亿斤: the metric is 粮食).
	if w, _ := a.endingAt(changeKind, s, e); w != "" {
		e -= len([]rune(w))
		s, e = a.trimPhrase(s, e)
	}
	// After the figure, a comparison that follows the noun is no part of it
	// (3125点的收盘点位较前一交易日…: 收盘点位).
	if s >= it.f.End {
		for c := s + 2; c < e; c++ {
			if w, _ := a.startingAt(compareKind, c, e); w != "" && isComparison(a.rs, c) {
				s, e = a.trimPhrase(s, c)
				break
			}
		}
	}
	// A comparison base closed by 相比 (营业收入与上年同期相比) is cut at the
	// joint that opens it.
	if w, _ := a.endingAt(compareEndKind, s, e); w != "" {
		b := s + 1
		for b < e && !words.has(jointKind, string(a.rs[b])) && a.rs[b] != '同' {
			b++
		}
		s, e = a.trimPhrase(s, b)
	}
	// A phrase closed by a locative (上市公司中, 三天内) is a scope, not what
	// is measured.
	if e-s >= 3 && (a.rs[e-1] == '中' || a.rs[e-1] == '内') && (e == len(a.rs) || isClauseMark(a.rs[e]) || s > 0 && a.rs[s-1] == '在') {
		if s != it.f.End || a.rs[e-1] != '中' {
			return s, e, false
		}
		// Right after the figure the scope names what it counts
		// (在接待的3.1亿人次游客中 → 游客).
		s, e = a.trimPhrase(s, e-1)
	}
	if e-s == 1 && isHan(a.rs[s]) {
		if a.oneCharOpening(it, s, e) {
			return s, e, true // 和钠518毫克, 姜15克，盐2克, 宽57米，高131.5米
		}
		if a.nounAfterFigure(it, s, e) {
			return s, e, true // 5公升水, 5英里路: what the figure counts
		}
		s = a.wordBefore(it, s) // 量 → 通过量
	}
	if e-s <= 1 || a.onlyBetween(s, e, weakKind, fillerKind, changeKind, gapKind, currencyKind) || a.namesNothing(s, e) || a.shareReference(it, s, e) {
		return s, e, false
	}
	if s2 := a.dropPlace(s, e); s2 > s {
		s = a.dropPlace(s2, e) // 广东|全省|地区生产总值: a place and the word for all of it
	}
	return s, e, true
}

// basisAtEnd returns where a rate's basis that ends [s, e) starts (每公斤,
// 每斤, 每吨, 每人: 每 and a unit), or -1.
func (a *attacher) basisAtEnd(s, e int) int {
	for b := e - 2; b >= s && b >= e-5; b-- {
		if a.rs[b] != '每' {
			continue
		}
		if u, n := extract.DefaultUnits().Match(a.rs, b+1); u != nil && b+1+n == e {
			return b
		}
		if e-b == 2 && strings.ContainsRune("人户", a.rs[b+1]) {
			return b
		}
	}
	return -1
}

// nounAfterFigure reports whether [s, e) is a noun of its own right after
// the figure, in the figure's clause: what the figure counts or measures,
// even of one character (5公升水).
func (a *attacher) nounAfterFigure(it *item, s, e int) bool {
	if s != it.f.End || a.tok == nil || e > it.ce {
		return false
	}
	for _, t := range a.tokens(it.cs, it.ce) {
		if it.cs+t.Start == s {
			return it.cs+t.End == e && isNounPos(t.Pos) && !isListed(t.Text)
		}
	}
	return false
}

// wordBefore extends a one-character metric at s (量, 率, 额) back over the
// word before it in its clause, when that is a noun or verb of no list (or
// a word the segmenter reads as a preposition: 通过|量), never over the
// figure's own unit (5公升|水: the metric is 水, not 公升水).
func (a *attacher) wordBefore(it *item, s int) int {
	if a.tok == nil || s <= it.cs {
		return s
	}
	for _, t := range a.tokens(it.cs, s) {
		if it.cs+t.End == s && (strings.HasPrefix(t.Pos, "v") || strings.HasPrefix(t.Pos, "n") || t.Pos == "p") && !isListed(t.Text) && t.End-t.Start >= 2 {
			if it.cs+t.Start < it.f.End && it.cs+t.End > it.f.Start {
				return s // the word is the figure's
			}
			return it.cs + t.Start
		}
	}
	return s
}

// dropPlace cuts a place from the start of a metric when a noun phrase of
// two characters or more follows it (全省接待游客 → 接待游客, 澳门入境游客总数
// → 入境游客总数): the place says where, the rest what is measured.
func (a *attacher) dropPlace(s, e int) int {
	// A place whose first character the metric left out (本|澳登记失业人数).
	if s > 0 && isHan(a.rs[s-1]) {
		if w, _ := a.startingAt(placeKind, s-1, e); w != "" && e-(s-1)-len([]rune(w)) >= 2 {
			return s - 1 + len([]rune(w))
		}
	}
	if w, _ := a.startingAt(placeKind, s, e); w != "" {
		if n := len([]rune(w)); e-s-n >= 2 {
			return s + n
		}
	}
	if a.tok == nil || e-s < 4 {
		return s // no place of two characters and noun of two after it
	}
	if a.dictTok && !mayOpenPlace(a.rs[s], a.rs[s+1]) {
		return s // no word tagged ns begins the text: toks[0] is no place
	}
	toks := a.tokens(s, e)
	// A place of one character (东 of 东协) is a piece of a word the
	// segmenter does not know, not a place.
	if len(toks) >= 2 && toks[0].Pos == "ns" && toks[0].End >= 2 && e-s-toks[0].End >= 2 && isNounPos(toks[1].Pos) {
		return s + toks[0].End
	}
	return s
}

// referenceRunes open the reference of a comparison or a share: a metric
// after one of them in its clause is the reference, not the subject.
func (a *attacher) hasReference(s, e int) bool {
	for p := s; p < e; p++ {
		switch a.rs[p] {
		case '为':
			if !a.rankBefore(s, p) {
				return true
			}
		case '占', '比', '较':
			return true
		}
	}
	return false
}

// markGoverning marks the figures whose metric may govern the figures after
// them in the clause chain: a metric that stands as the subject of its
// clause, not inside the reference of a comparison or share (比上年, 占全市).
func markGoverning(a *attacher, i int) {
	it := a.items[i]
	if !hasMetric(it) {
		return
	}
	lim := min(it.f.MetricStart, it.f.Start)
	it.governing = !a.hasReference(it.cs, lim) && !a.shareBase(i)
}

// shareBase reports whether the figure i is the base of a share that the
// next figure of its clause gives, X的N% (完成年初预算数60999万元的40.4%,
// 占GDP 126万亿元的3.5%): the base is a reference, and its metric governs
// nothing after it (比上年减收1070万元 is the revenue's, not the budget's).
func (a *attacher) shareBase(i int) bool {
	it := a.items[i]
	if it.f.Unit == "%" || i+1 >= len(a.items) {
		return false
	}
	n := a.items[i+1]
	if n.f.Unit != "%" || n.cs != it.cs || n.sent != it.sent || it.f.End >= len(a.rs) || a.rs[it.f.End] != '的' {
		return false
	}
	return a.onlyBetween(it.f.End+1, n.f.Start, fillerKind)
}

// metricOverFigure drops a metric that stands before another figure of the
// clause (比计划目标275亿元超过150.7亿元: 计划目标 is 275亿元's): a metric
// reaches past a figure only through a list (增加2.68万座、494.86万m), which
// listOfFigures reads.
func metricOverFigure(a *attacher, i int) {
	it := a.items[i]
	if !hasMetric(it) || it.f.MetricStart >= it.f.Start {
		return
	}
	if a.shareReference(it, it.f.MetricStart, it.f.MetricEnd) {
		it.f.MetricStart, it.f.MetricEnd, it.f.Metric = -1, -1, ""
		return
	}
	for j := i - 1; j >= 0 && a.items[j].cs == it.cs && a.items[j].sent == it.sent; j-- {
		p := a.items[j]
		if p.f.Start >= it.f.MetricEnd && p.f.End <= it.lead && !a.isListJoint(p.f.End, it.lead) {
			it.f.MetricStart, it.f.MetricEnd, it.f.Metric = -1, -1, ""
			return
		}
	}
}

// isListJoint reports whether [s, e) joins two figures of a list: a joint
// (、 和 及), maybe with qualifier words after it (、约).
func (a *attacher) isListJoint(s, e int) bool {
	if w, _ := a.startingAt(jointKind, s, e); w == "" {
		return false
	}
	return a.onlyBetween(s, e, jointKind, fillerKind)
}

// shareNoun reads a share named before its figure (占全部发电量的比重为30.5%,
// 高龄人口占比达22.5%): the metric is the share, from 占 or from the subject
// right before the noun.
func shareNoun(a *attacher, i int) {
	it := a.items[i]
	q := a.beforeLevelWords(it)
	w, _ := a.endingAt(shareKind, it.cs, q)
	if w == "" {
		return
	}
	ns := q - len([]rune(w))
	if ts, te := a.trimPhrase(it.cs, ns); te <= ts && !(hasMetric(it) && it.f.MetricEnd <= ns) {
		// The share noun opens its clause (…，占比为51.04%): it says the
		// figure is a share of what governs the clause chain, not what is
		// measured; the governing subject names it.
		if hasMetric(it) && it.f.MetricStart >= ns && it.f.MetricEnd <= q {
			it.f.MetricStart, it.f.MetricEnd, it.f.Metric = -1, -1, ""
		}
		return
	}
	s := ns
	for p := ns - 1; p >= it.cs; p-- {
		if a.rs[p] == '占' {
			s = p
			if p-1 > it.cs && a.rs[p-1] == '所' {
				// 基础研究经费所占比重为6.57%: the share of the subject before 所,
				// a noun phrase (a long relative clause, 认为…的人群在上海所占比例, is left)
				if ts, te := a.trimPhrase(it.cs, p-1); te == p-1 && te > ts && te-ts <= maxShareSubject {
					s = ts
				}
			}
			break
		}
	}
	if s == ns && hasMetric(it) && it.f.MetricEnd == ns && it.f.MetricStart < ns {
		s = it.f.MetricStart
	}
	if s == ns && hasMetric(it) && it.f.MetricStart < ns && it.f.MetricEnd == q {
		s = it.f.MetricStart // 合资品牌市场份额为35%: the subject read with its noun
	}
	if ts, te := a.trimPhrase(it.cs, ns); s == ns && te == ns && ns-ts <= maxShareNounSubject && (!hasMetric(it) || it.f.MetricStart >= ns) {
		s = ts // 合资品牌新能源车份额为3.4%: the noun phrase right before the share's noun
	}
	it.f.MetricStart, it.f.MetricEnd = s, q
}

// The longest subjects, in runes, that shareNoun reads: before 所占 (a
// noun phrase; a longer relative clause is left), and right before the
// share's noun when the extractor named the noun alone (shorter: no 所
// marks where that subject starts).
const (
	maxShareSubject     = 16
	maxShareNounSubject = 12
)

// rankBefore reports whether a ranking word ends at p (其次为, 排名第三为,
// 居第二位的是): the copula after it introduces the next subject of a ranked
// list, not the reference of a comparison.
func (a *attacher) rankBefore(s, p int) bool {
	q := p
	if q > s && a.rs[q-1] == '的' {
		q--
	}
	if w, _ := a.endingAt(rankKind, s, q); w != "" {
		return true
	}
	for q > s && (a.rs[q-1] == '的' || a.rs[q-1] == '位' || a.rs[q-1] == '名') {
		q--
	}
	n := q
	for n > s && strings.ContainsRune("一二三四五六七八九十0123456789", a.rs[n-1]) {
		n--
	}
	return n < q && n > s && a.rs[n-1] == '第'
}

// shareReference reports whether the metric [s, e) of a figure in % is the
// reference of a share, 占同期手机出货量的79.4%, 相等于货物进口价值的7.1%:
// what the share is of, not what is measured; the governing subject names
// the figure.
func (a *attacher) shareReference(it *item, s, e int) bool {
	if it.f.Unit != "%" || e > it.f.Start {
		return false
	}
	if w, _ := a.startingAt(shareVerbKind, s, e); len([]rune(w)) > 1 {
		return true // the metric opens with the verb: 相等于货物进口价值的
	}
	for x := s - 1; x >= it.cs; x-- {
		if w, _ := a.endingAt(shareVerbKind, it.cs, x+1); w != "" {
			ts, te := a.trimPhrase(x+1, s)
			return te <= ts
		}
		if !isHan(a.rs[x]) && !isDigitRune(a.rs[x]) {
			return false
		}
	}
	return false
}

// oneCharOpening reports whether [s, e), one character, is a noun of what
// is measured (kind onechar: 钠, 盐, 宽, 高 …) that opens its item, right
// before the figure: after the start of the text, a clause mark, a colon,
// a space, 、, 和, 及 or 含 (提供蛋白质8.0克和钠518毫克, 调料：姜15克，盐2克,
// 高131.5米，深60米).
func (a *attacher) oneCharOpening(it *item, s, e int) bool {
	if e != it.f.Start || !words.has(oneCharKind, string(a.rs[s])) {
		return false
	}
	if s == 0 {
		return true
	}
	p := a.rs[s-1]
	return isClauseMark(p) || strings.ContainsRune("：:、和及含 \t|", p)
}
