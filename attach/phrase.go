package attach

import (
	"github.com/zhmetrics/zhmetrics/timex"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zhmetrics/zhmetrics/extract"
)

// nounChain reads the whole noun phrase that names what is measured when
// the figure's metric is only a piece of it: a genitive chain
// (超级市场货品的销货价值, 零售业总销货价值的临时估计), an entity that
// 实现/完成 a generic head (第一产业实现增加值), an enumerated subject
// (食品、烟酒及饮料类销售额). Status words at either end are dropped; of a
// chain X的Y, a head Y of six characters or more names the thing alone, a
// shorter one keeps its modifier X. A place before 实现 is no entity
// (全市实现地区生产总值 stays 地区生产总值).
func nounChain(a *attacher, i int) {
	it := a.items[i]
	if a.tok == nil || hasMetric(it) && (it.f.MetricStart < it.cs || it.f.MetricEnd > it.lead) {
		return
	}
	e := a.verbStart(it)
	if _, te := a.trimPhrase(it.cs, e); te > it.cs {
		e = te // 销货价值的|修订估计: the status word and its 的
	}
	if p := a.abbrevBefore(it.cs, e); p < e {
		// A name, its abbreviation in parentheses, then the verb
		// (消费者物价指数（CPI）年增率为): the name is the subject.
		if !hasMetric(it) || it.f.MetricStart >= p {
			s, e2 := a.trimPhrase(it.cs, p)
			if e2-s < 2 {
				return
			}
			for _, t := range a.tokens(s, e2) {
				if !isNounPos(t.Pos) || !isHanText(t.Text) {
					return
				}
			}
			if s2, e3, ok := a.strongSpan(it, s, e2); ok && a.setMetric(it, s2, e3) {
				it.governing = true
			}
		}
		return
	}
	if e-it.cs < 3 {
		return
	}
	if hasMetric(it) && it.f.MetricEnd-it.f.MetricStart >= e-it.cs {
		// The chain is within [it.cs, e): no longer than the metric, which
		// it then leaves as it is (see the end).
		return
	}
	toks := a.chainTokens(it.cs, e)
	k := len(toks) - 1
	if k < 0 || !chainTok(toks[k]) {
		return
	}
	for k > 0 {
		t, p := toks[k], toks[k-1]
		switch {
		case p.Start > 0 && a.rs[it.cs+p.Start-1] < 0x80:
			goto done // a classifier or unit after a number (16个行业大类、34个…)
		case p.Text == "实现" || p.Text == "完成":
			if k < 2 || toks[k-2].Pos == "ns" || words.has(placeKind, toks[k-2].Text) || !chainTok(toks[k-2]) || !chainTok(t) {
				goto done
			}
		case words.has(jointKind, p.Text) || p.Text == "的":
			if k < 2 || !chainTok(toks[k-2]) {
				goto done
			}
		case !chainTok(p):
			goto done
		}
		k--
	}
done:
	// A time or place opening the chain says when or where (国庆假期全市重点景区的接待人数);
	// a place that opens a list of places is an item (宁波、舟山和温州港口).
	k0 := k
	for k < len(toks)-1 && (toks[k].Pos == "t" || toks[k].Pos == "ns" && !words.has(jointKind, toks[k+1].Text) || words.has(placeKind, toks[k].Text)) {
		k++
	}
	placed := k > k0 && toks[k-1].Pos != "t" // a place was cut before the chain
	s, end := a.trimPhrase(it.cs+toks[k].Start, e)
	if end-s < 3 {
		return
	}
	chain := a.chainRunes(s, end)
	// A place before 实现 says where, not what (南沙区实现地区生产总值).
	for _, v := range realizeVerbs {
		if d := indexRunes(chain, v); d > 0 {
			x := s + d
			if xt := a.tokens(s, x); placed && x-s <= 1 || len(xt) == 0 || xt[0].Pos == "ns" || a.dropPlace(s, x) > s || a.namesNothing(s, x) {
				s = x + 2
				chain = a.chainRunes(s, end)
			}
		}
	}
	measure, _ := a.endingAt(measureKind, s, end)
	if !hasMetric(it) && (toks[len(toks)-1].Pos == "l" && k < len(toks)-1 && !a.hasVerb(s, end) || k0 > 0 && isWeakTok(toks[k0]) ||
		measure != "" && k == 0 && end-s > len([]rune(measure)) && isHanRunes(a.rs[s:end])) {
		// A head the segmenter tags as an idiom (生产指数) ends the chain;
		// the clause subject would stop before it. So does a chain after a
		// time and a sum word (首11个月合计的零售业总销货价值), and a whole
		// clause subject that ends with a noun of measure whatever the
		// segmenter's tags (就业|不足|率).
		if s2, e2, ok := a.strongSpan(it, s, end); ok {
			it.f.MetricStart, it.f.MetricEnd = s2, e2
			it.governing = true
			return
		}
	}
	if !slices.ContainsFunc(chain, isChainJoint) && indexRunes(chain, realizeVerbs[0]) < 0 && indexRunes(chain, realizeVerbs[1]) < 0 {
		// An entity before a time before the head (电子产品2024年出口额): the
		// entity is what distinguishes the figure; the span keeps both.
		if x := a.entityBeforeTime(it, s); x < s {
			if s2, e2, ok := a.strongSpan(it, x, end); ok && (!hasMetric(it) || it.f.MetricStart >= s && it.f.MetricEnd <= end) {
				it.f.MetricStart, it.f.MetricEnd = s2, e2
			}
		}
		return
	}
	if dr := lastIndexRune(chain, '的'); dr >= 0 {
		xs := s
		if d2 := lastIndexRune(chain[:dr], '的'); d2 >= 0 {
			xs = s + d2 + 1
		}
		if w, _ := a.startingAt(originKind, xs, s+dr); w != "" && s+dr-xs-len([]rune(w)) >= 2 {
			s = xs + len([]rune(w)) // the place of origin or destination distinguishes (来自东协的订单金额 → 东协的订单金额)
		} else if v := a.lastVerbEnd(xs, s+dr); v > xs && end-(s+dr+1) < 6 && s+dr-v >= 2 && a.onlyNouns(v, s+dr) {
			s = v // a verb before the modifier is no part of it (致使|交通的价格指数)
		} else if slices.Contains(a.rs[xs:s+dr], '、') && !a.hasVerb(xs, s+dr) {
			s = xs // an enumerated modifier distinguishes any head (A、B和C的新能源车销量)
		} else if end-(s+dr+1) >= 6 || a.hasVerb(xs, s+dr) {
			s = s + dr + 1 // the head alone, or a relative clause before it (列册需关怀的独居老人)
		} else {
			s = xs
		}
	}
	s, end = a.trimPhrase(s, end)
	if hasMetric(it) && (it.f.MetricEnd > end || it.f.MetricEnd-it.f.MetricStart >= end-s) {
		return
	}
	if s2, e2, ok := a.strongSpan(it, s, end); ok {
		it.f.MetricStart, it.f.MetricEnd = s2, e2
	}
}

// chainTok reports whether a token may stand inside a noun chain: a word of
// Chinese characters that is no preposition, pronoun, adverb, number or word
// of the rules' verb lists (the segmenter tags many nouns as verbs: 收入).
func chainTok(t extract.Token) bool {
	ks := words.kindsOf(t.Text) // every list the test reads, in one lookup
	if weakKinds(ks, t.Text) {
		return true
	}
	if !isHanText(t.Text) || ks&(listedKinds|jointKind.set()) != 0 {
		return false
	}
	switch t.Text {
	case "占", "是", "的", "实现", "完成": // 占, 是: isListed
		return false
	}
	switch t.Pos {
	case "p", "r", "d", "m", "c", "u", "uj", "ul", "y", "e", "o":
		return false
	}
	return true
}

// isWeakTok reports whether a token is a status word or filler (临时估计, 合计).
func isWeakTok(t extract.Token) bool {
	return weakKinds(words.kindsOf(t.Text), t.Text)
}

// weakKinds is isWeakTok of a word w of the kinds ks: a status word, or a
// filler of more than one character.
func weakKinds(ks kindSet, w string) bool {
	return ks&weakKind.set() != 0 || ks&fillerKind.set() != 0 && utf8.RuneCountInString(w) > 1
}

// verbStart steps back from the figure's lead over the verb and the words
// between a subject and its figure (上升, 为, 达, 同比, 增幅), to where its
// subject ends.
func (a *attacher) verbStart(it *item) int {
	q := it.lead
	for {
		// The longest word of any kind first (修订估计, not its 计).
		n := words.longestEndingAt(verbStartKinds, a.rs, it.cs, q)
		if n == 0 {
			return q
		}
		q -= n
	}
}

// verbStartKinds are the kinds of the words verbStart steps back over.
var verbStartKinds = fillerKind.set() | levelKind.set() | changeKind.set() | rateKind.set() | tailKind.set() | weakKind.set()

// countPredicate names a count of things by the things and what they do:
// right after a count (家, 个, 户 …) stands the noun counted; the rest of
// the clause, when it holds no other figure, is their predicate, and the
// metric is both when it speaks of an outcome in a measure of the things
// (3072家公司实现营收增长 → 公司实现营收增长; 1126家企业利润为负 →
// 企业利润为负), or the predicate alone after a time (120家企业在2023年实现扭亏
// → 实现扭亏); a predicate of what they did names no kind of them
// (3000名专家参加, 210个项目竣工投产 → 专家, 项目). A scope closed by 中 (5361家上市公司中) or a clause that goes on
// to another figure (520家企业实现营收3.2万亿元) names the noun only; then the
// noun governs nothing after it.
// causativeBefore reports whether a causative verb (word kind causative:
// 造成, 导致, 致) stands right before the figure's lead, a place between them
// allowed (造成全国近1.9亿人次受灾), or opens the figure's clause (造成1432人
// 死亡、274人失踪: each of the list).
func (a *attacher) causativeBefore(it *item) bool {
	p := it.lead
	if w, _ := a.endingAt(placeKind, it.cs, p); w != "" {
		p -= len([]rune(w))
	}
	if w, _ := a.endingAt(causativeKind, it.cs, p); w != "" {
		return true
	}
	s, _ := a.trimPhrase(it.cs, it.lead)
	w, _ := a.startingAt(causativeKind, s, it.lead)
	return w != ""
}

// listItemEnd returns where the item of figure i ends in its clause: at a 、
// right before the next figure of the clause (造成3人死亡、20人受伤: 死亡,
// not 死亡、) or at a bracket that opens a note holding it (1074人死亡(含失踪
// 127人)), else at the clause's end.
func (a *attacher) listItemEnd(i int) int {
	it := a.items[i]
	if i+1 >= len(a.items) || a.items[i+1].cs != it.cs {
		return it.ce
	}
	next := a.items[i+1].lead
	for p := it.f.End; p < next && p < it.ce; p++ {
		if a.rs[p] == '(' || a.rs[p] == '（' {
			return p // 1074人死亡(含失踪127人): the next figure is in a note
		}
		if a.rs[p] == '、' {
			if s, _ := a.trimPhrase(p+1, next); s >= next {
				return p
			}
		}
	}
	return it.ce
}

// goesOnCaused reports whether figure i opens its clause right after a
// clause whose count took its predicate after a causative verb, or follows
// such a count after 、 in its clause: the list goes on
// (造成1.9亿人次受灾，1432人因灾死亡，274人失踪; 造成4.8亿人次受灾、1074人死亡).
func (a *attacher) goesOnCaused(i int) bool {
	it := a.items[i]
	if i == 0 || a.items[i-1].sent != it.sent || !a.items[i-1].caused {
		return false
	}
	if prev := a.items[i-1]; prev.cs == it.cs && a.listItemEnd(i-1) < prev.ce {
		return true // 造成3人死亡、20人受伤: the next item of the list after 、
	}
	s, _ := a.trimPhrase(it.cs, it.lead)
	return s >= it.lead
}

func countPredicate(a *attacher, i int) {
	it := a.items[i]
	if a.tok == nil || it.f.End >= it.ce || !isHan(a.rs[it.f.End]) {
		return
	}
	// A scope closed by 中 right after the figure names what it counts, in
	// any unit (在受理的8.6万件投诉中 → 投诉).
	if sc, _ := a.endingAt(scopeKind, it.f.End, it.ce); sc != "" && sc != "里" {
		if s, e := a.trimPhrase(it.f.End, it.ce-len([]rune(sc))); e-s >= 2 && e-s <= 8 && isHanText(a.text(s, e)) && a.setMetric(it, s, e) {
			it.governing = true
			return
		}
	}
	// After a causative verb (造成, 导致, 致) the predicate that follows a
	// count of people names it (造成全国1432人因灾死亡, 274人失踪 → 因灾死亡).
	if (it.f.Dimension == "people" || it.f.Unit == "名") && (a.causativeBefore(it) || a.goesOnCaused(i)) {
		if s, e := a.trimPhrase(it.f.End, a.listItemEnd(i)); e-s >= 2 && e-s <= 8 && isHanText(a.text(s, e)) && a.setMetric(it, s, e) {
			it.governing, it.caused = false, true
			return
		}
	}
	if !words.has(countUnitKind, it.f.Unit) {
		return
	}
	toks := a.tokens(it.f.End, it.ce)
	nEnd, k := 0, 0
	for ; k < len(toks); k++ {
		t := toks[k]
		// A joint between nouns joins the items of an enumerated noun
		// (31个省、自治区、直辖市).
		if words.has(jointKind, t.Text) && nEnd > 0 && k+1 < len(toks) && isNounPos(toks[k+1].Pos) {
			continue
		}
		if !isNounPos(t.Pos) || isListed(t.Text) || !isHanText(t.Text) {
			break
		}
		nEnd = t.End
		if k == 0 && extract.CountedPlace(toks, k) {
			k++
			break // 70个大中城市|商品住宅销售价格变动情况: the places are counted
		}
	}
	// The noun ends where a verb, an adverb, a time or a scope starts (not
	// inside a name the segmenter cuts: 专精|特|新).
	if nEnd < 2 || k < len(toks) && !strings.HasPrefix(toks[k].Pos, "v") && toks[k].Pos != "p" && !words.has(scopeKind, toks[k].Text) && !isListed(toks[k].Text) &&
		(len([]rune(toks[k].Text)) < 2 || !isHanText(toks[k].Text)) {
		return
	}
	ns, ne := it.f.End, it.f.End+nEnd
	other := false
	for j := i + 1; j < len(a.items) && a.items[j].sent == it.sent; j++ {
		if a.items[j].cs == it.cs {
			other = true
		}
	}
	rs, re := a.trimPhrase(ne, it.ce)
	switch {
	case other:
		if a.setMetric(it, ns, ne) {
			it.governing = false
		}
		return
	case re <= rs || a.onlyBetween(rs, re, scopeKind):
		if a.setMetric(it, ns, ne) {
			it.governing = true
		}
		return
	}
	long := re-rs > 14
	for p := rs; p < re && !long; p++ {
		long = !isHan(a.rs[p]) && !isDigitRune(a.rs[p])
	}
	if long {
		// No short predicate: a figure that names nothing else is the count
		// of the noun.
		if !hasMetric(it) && a.setMetric(it, ns, ne) {
			it.governing = false
		}
		return
	}
	if k < len(toks) && extract.PredicateVerb(toks, k) && !a.outcomeIn(rs, re) {
		// A predicate of what they did (3000名专家参加, 210个项目竣工投产)
		// names no kind of them: the noun phrase alone is the metric, as
		// the extraction read it when it did (65个综合受理窗口: the segmenter
		// tags 受理 a verb).
		if hasMetric(it) && it.f.MetricStart >= it.f.End && it.f.MetricEnd >= ne && it.f.MetricEnd <= re {
			it.governing = true
		} else if a.setMetric(it, ns, ne) {
			it.governing = true
		}
		return
	}
	// A time after the noun (在2023年) parts it from the predicate.
	s := ns
	q := rs
	if a.rs[q] == '在' || a.rs[q] == '于' {
		q++
	}
	if n := periodPrefix(a.rs[q:re]); n > 0 && re-(q+n) >= 2 {
		s = q + n
	}
	if a.setMetric(it, s, re) {
		it.governing = true
	}
}

// outcomeIn reports whether [s, e) speaks of an outcome in a measure of the
// things counted: a change word (实现营收增长, 利润下降) or a word of kind
// outcome (实现扭亏, 利润为负), which makes the predicate part of what the
// count is of.
func (a *attacher) outcomeIn(s, e int) bool {
	for p := s; p < e; p++ {
		if w, _ := a.startingAt(changeKind, p, e); w != "" {
			return true
		}
		if w, _ := a.startingAt(outcomeKind, p, e); w != "" {
			return true
		}
	}
	return false
}

// hasVerb reports whether [s, e) holds a verb (not a noun verb nor a status
// word): a modifier with one is a relative clause, not an entity.
func (a *attacher) hasVerb(s, e int) bool {
	if e <= s {
		return false
	}
	for _, t := range a.tokens(s, e) {
		if strings.HasPrefix(t.Pos, "v") && t.Pos != "vn" && !isWeakTok(t) {
			return true
		}
	}
	return false
}

// chainRunes returns the text of [s, e) with a genitive 之 written 的
// (来自东协之出口额 → 来自东协的出口额), so that the segmenter and the chain
// rules read it as the particle: 之 before 一/后/前/间/所/际/中/内/下/上 or a
// clause mark is left alone (之一, 之后, 三分之一). The runes are a scratch
// buffer of a, which the next call overwrites.
func (a *attacher) chainRunes(s, e int) []rune {
	if s < 0 || e <= s {
		return nil
	}
	a.chain = append(a.chain[:0], a.rs[s:e]...)
	for p, r := range a.chain {
		if r == '之' && a.genitive(s, e, s+p) {
			a.chain[p] = '的'
		}
	}
	return a.chain
}

// realizeVerbs are the verbs by which an entity 实现/完成 a generic head.
var realizeVerbs = [][]rune{[]rune("实现"), []rune("完成")}

// isChainJoint is a rune that joins the words of a noun chain (的, 、, 和 …).
func isChainJoint(r rune) bool {
	switch r {
	case '的', '、', '和', '及', '与':
		return true
	}
	return false
}

// indexRunes returns where the first w stands in rs, or -1.
func indexRunes(rs, w []rune) int {
	for i := 0; i+len(w) <= len(rs); i++ {
		if runesEqual(rs[i:i+len(w)], w) {
			return i
		}
	}
	return -1
}

// lastIndexRune returns where the last r stands in rs, or -1.
func lastIndexRune(rs []rune, r rune) int {
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i] == r {
			return i
		}
	}
	return -1
}

// isHanRunes is isHanText of the runes: some, all Chinese characters.
func isHanRunes(rs []rune) bool {
	for _, r := range rs {
		if !isHan(r) {
			return false
		}
	}
	return len(rs) > 0
}

// genitive reports whether the 之 at p of the text [s, e) is the genitive
// particle, as chainRunes reads it.
func (a *attacher) genitive(s, e, p int) bool {
	rs := a.rs[s:e]
	p -= s
	return p > 0 && p+1 < len(rs) && isHan(rs[p-1]) && isHan(rs[p+1]) && !strings.ContainsRune("一二三四五六七八九十后前间所际中内下上", rs[p+1]) &&
		!(rs[p+1] == '外' && (p+2 >= len(rs) || !isHan(rs[p+2]))) && !strings.ContainsRune("分总", rs[p-1])
}

// entityBeforeTime returns where an entity starts that stands right before a
// time expression that stands right before b, the start of a figure's
// subject in its clause (资讯通信产品一一四年外销订单金额): a run of nouns that
// is no place, time or listed word. It returns b when there is none.
func (a *attacher) entityBeforeTime(it *item, b int) int {
	ts := b
	for t := it.cs; t < b-1 && isTimeWordLast(a.rs[b-1]); t++ {
		if periodPrefix(a.rs[t:b]) == b-t {
			ts = t
			break
		}
	}
	if ts == b || ts-it.cs < 2 {
		return b
	}
	toks := a.chainTokens(it.cs, ts)
	x := ts
	for k := len(toks) - 1; k >= 0; k-- {
		t := toks[k]
		if !isNounPos(t.Pos) || t.Pos == "ns" || t.Pos == "t" || words.has(placeKind, t.Text) || !chainTok(t) {
			break
		}
		x = it.cs + t.Start
	}
	if ts-x < 2 || a.namesNothing(x, ts) {
		return b
	}
	return x
}

// rankedTopic reads a ranked list whose items are named in a clause of their
// own (其次为华东地区，全年订单金额120亿元，增长8%): a clause that is only a
// ranking word, 为/是 and a noun phrase, with no figure, names the item the
// figures of the next clause measure; their own metric is the measure all
// items share.
func rankedTopic(a *attacher, i int) {
	it := a.items[i]
	if a.tok == nil || it.cs < 2 {
		return
	}
	if j := a.prevInSentence(i); j >= 0 && a.items[j].cs == it.cs {
		return // not the first figure of its clause
	}
	sp := a.doc.Sentences[it.sent]
	ce := it.cs - 1
	if ce <= sp.Start || !isClauseMark(a.rs[ce]) || a.rs[ce] == '\n' {
		return
	}
	cs, _ := a.clause(sp, ce, ce)
	if j := a.prevInSentence(i); j >= 0 && a.items[j].f.End > cs {
		return // a figure in the clause before
	}
	c := -1
	for p := cs; p < ce; p++ {
		if (a.rs[p] == '为' || a.rs[p] == '是') && a.rankBefore(cs, p) {
			c = p + 1
			break
		}
	}
	if c < 0 || ce-c < 2 || ce-c > 12 {
		return
	}
	toks := a.chainTokens(c, ce)
	for k, t := range toks {
		// A locative opens a region's name (中部|地区); a joint joins two items.
		if !(isNounPos(t.Pos) || (words.has(jointKind, t.Text) && k > 0 || t.Pos == "f") && k+1 < len(toks)) {
			return
		}
	}
	if a.setMetric(it, c, ce) {
		it.governing = true
	}
}

// abbrevBefore returns where a parenthesis that closes at e opens, when it
// holds a short abbreviation (（CPI）, （GDP）, （简称港交所）); else e.
func (a *attacher) abbrevBefore(cs, e int) int {
	if e-cs < 4 || a.rs[e-1] != '）' && a.rs[e-1] != ')' {
		return e
	}
	for p := e - 2; p > cs && p >= e-10; p-- {
		switch a.rs[p] {
		case '（', '(':
			if e-p-2 >= 1 && p-cs >= 2 {
				return p
			}
			return e
		case '）', ')', '，', '。':
			return e
		}
	}
	return e
}

// tradePartner names trade with a partner, 对X进出口N (对中东欧十国进出口820亿元,
// 对APEC其他经济体出口): the partner distinguishes the figure, whatever its
// words (Latin letters, quoted names, numerals), so the metric runs from
// after 对/向 to the end of the trade verb. With no 对, a subject that
// stands before 合计/共 and the verb (A、B等5个省市合计进出口) is kept with it.
func tradePartner(a *attacher, i int) {
	it := a.items[i]
	q := a.pastFillers(it)
	v, _ := a.endingAt(tradeKind, it.cs, q)
	if v == "" {
		return
	}
	vs := q - len([]rune(v))
	c := -1
	for p := vs - 1; p >= it.cs; p-- {
		if a.rs[p] == '对' || a.rs[p] == '向' {
			c = p
			break
		}
	}
	s := c + 1
	if c < 0 {
		// No partner: only a subject that the verb's metric lost.
		if hasMetric(it) && (it.f.MetricStart < vs || it.f.MetricEnd > q) {
			return
		}
		b := vs
		if w, _ := a.endingAt(fillerKind, it.cs, b); len([]rune(w)) > 1 {
			b -= len([]rune(w))
		}
		if b == vs {
			return // 合计/共计 marks a sum of the subjects before it
		}
		s = it.cs
	}
	if ts, te := a.trimPhrase(s, vs); te-ts < 2 {
		return
	}
	if a.setMetric(it, s, q) {
		it.governing = true
	}
}

// lastVerbEnd returns where the last verb of [s, e) ends (as hasVerb reads
// verbs), or s when there is none.
func (a *attacher) lastVerbEnd(s, e int) int {
	v := s
	if e <= s {
		return v
	}
	for _, t := range a.tokens(s, e) {
		if strings.HasPrefix(t.Pos, "v") && t.Pos != "vn" && !isWeakTok(t) {
			v = s + t.End
		}
	}
	return v
}

// onlyNouns reports whether [s, e) is nouns only (noun verbs included).
func (a *attacher) onlyNouns(s, e int) bool {
	for _, t := range a.tokens(s, e) {
		if !isNounPos(t.Pos) || !isHanText(t.Text) {
			return false
		}
	}
	return true
}

// figurelessClause names a figure whose clause names nothing (…，达512亿元)
// by the subject of the clause right before it when that clause has no
// figure (一般公共预算收入跨越五百亿台阶，达512亿元): that subject stands
// between the figure and any figure earlier in the sentence, so it governs.
func figurelessClause(a *attacher, i int) {
	it := a.items[i]
	// A noun after the figure and 的 (3125点的收盘点位) is an attribute of
	// what the clause before names.
	attr := hasMetric(it) && it.f.End < len(a.rs) && a.rs[it.f.End] == '的' && it.f.MetricStart == it.f.End+1
	if hasMetric(it) && !attr || it.distribute {
		return
	}
	if !a.namesNothing(it.cs, it.lead) && !a.onlyBetween(it.cs, it.lead, levelKind, fillerKind, changeKind) && !a.baseAndVerb(it) && !a.timeThenLevel(it) {
		return
	}
	sp := a.doc.Sentences[it.sent]
	ce := it.cs - 1
	if ce <= sp.Start || a.rs[ce] == '\n' {
		return
	}
	cs, _ := a.clause(sp, ce, ce)
	if j := a.prevInSentence(i); j >= 0 && a.items[j].f.End > cs {
		return // a figure in the clause before: the chain goes on from it
	}
	if a.tok == nil {
		return
	}
	// The subject: what stands before the clause's verb, a listed word
	// (跨越, 突破) or a verb before a number (迈过千亿).
	toks := a.tokens(cs, ce)
	v, last := -1, -1
	// A clause that ends in a ranking word (科创板ETF净申购最多，为29.66亿元;
	// 大金融板块ETF规模次之，为1167亿元) names the figure by all it says before
	// that word, its verb included: what ranks first.
	ranked := false
	if w, _ := a.endingAt(rankKind, cs, ce); w != "" && ce-len([]rune(w)) > cs+1 {
		v, ranked = ce-len([]rune(w)), true
		toks = nil
	}
	for k, t := range toks {
		if isListed(t.Text) && k > 0 || strings.HasPrefix(t.Pos, "v") && k > 0 && k+1 < len(toks) && toks[k+1].Pos == "m" {
			v = cs + t.Start
			break
		}
		if t.Pos == "v" && k > 0 && len([]rune(t.Text)) >= 2 {
			last = cs + t.Start // else the last verb (恒生指数|延续|升势)
		}
	}
	if v < 0 {
		v = last
	}
	if v < 0 && ce-cs <= 12 && isHanText(a.text(cs, ce)) {
		// No verb: the clause is the subject (公司去年营收，突破2万亿元).
		v = ce
		for _, t := range toks {
			if isListed(t.Text) {
				v = -1
			}
		}
	}
	if v < 0 {
		return
	}
	ts, te := a.trimPhrase(cs, v)
	if ranked && te-ts > 2 {
		// a time that opens it (上周周期ETF净申购最多) is when, not what
		if es := timex.Find(a.rs[ts:te]); len(es) > 0 && es[0].Start == 0 && es[0].End < te-ts-1 {
			ts, te = a.trimPhrase(ts+es[0].End, te)
		}
	}
	toks = a.tokens(ts, te)
	for k, t := range toks {
		switch t.Pos {
		case "c", "uj":
			// 的 and 及/和 between nouns chain a noun phrase (金融及保险业的净产值)
			if k > 0 && k+1 < len(toks) && isNounPos(toks[k-1].Pos) && isNounPos(toks[k+1].Pos) {
				continue
			}
			return
		case "x":
			// a name in Latin letters and digits inside it (科创板ETF, 沪深300ETF)
			if ranked && isASCIIWord(t.Text) {
				continue
			}
			return
		case "p", "u", "d", "m", "r", "q":
			return
		}
	}
	ms, me := it.f.MetricStart, it.f.MetricEnd
	if s, e, ok := a.strongSpan(it, ts, te); ok && e-s <= 12 && a.setMetric(it, s, e) {
		it.governing = true
		// The later figures of the clause that took the attribute follow.
		for k := i + 1; attr && k < len(a.items) && a.items[k].cs == it.cs && a.items[k].sent == it.sent; k++ {
			if o := a.items[k]; o.f.MetricStart == ms && o.f.MetricEnd == me {
				o.takeMetric(it)
			}
		}
	}
}

// isASCIIWord reports whether w is made of ASCII letters and digits only
// (ETF, 300, M2).
func isASCIIWord(w string) bool {
	for _, r := range w {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return w != ""
}

// baseAndVerb reports whether the clause of it, before its figure, is only a
// comparison with an earlier time and a change verb (较2024年上升1.1%).
func (a *attacher) baseAndVerb(it *item) bool {
	b := a.changeVerbBefore(it)
	if b < 0 {
		return false
	}
	if a.baseBetween(it.cs, b) {
		return true
	}
	cw, _ := a.startingAt(compareKind, it.cs, b)
	if cw == "" || !isComparison(a.rs, it.cs) {
		return false
	}
	for _, r := range a.text(it.cs+len([]rune(cw)), b) {
		if words.has(timeRefKind, string(r)) {
			return true
		}
	}
	return false
}

// baseBetween reports whether [s, b) holds only the time and the base of a
// comparison 与/同/跟 … 比较/相比/相较 (Hong Kong's releases: 在二零一九年
// 第三季与上年同期比较实质上升3.5%, 与去年同月比较上升12.5%; attach words of
// kinds compareopen and compareend), maybe after a time with 在 and before a
// word of the change's basis (实质, 按年: kind basis): a clause that names
// nothing measured.
func (a *attacher) baseBetween(s, b int) bool {
	q := s
	if q < b && a.rs[q] == '在' {
		q++
		if es := timex.Find(a.rs[q:b]); len(es) > 0 && es[0].Start == 0 {
			q += es[0].End
		} else {
			return false
		}
	}
	open, _ := a.startingAt(compareOpenKind, q, b)
	if open == "" {
		return false
	}
	closed := false
	for k := q + len([]rune(open)); k < b; k++ {
		if w, _ := a.startingAt(compareEndKind, k, b); w != "" {
			q, closed = k+len([]rune(w)), true
			break
		}
		if isClauseMark(a.rs[k]) {
			return false
		}
	}
	if !closed {
		return false
	}
	for q < b {
		w, _ := a.startingAt(basisKind, q, b)
		if w == "" {
			break
		}
		q += len([]rune(w))
	}
	return q == b
}

// timeThenLevel reports whether the clause before the figure is a time with
// 在 and level, filler or change words only (失业率，在二零二四年七月至九月
// 为3.0%): it names nothing measured.
func (a *attacher) timeThenLevel(it *item) bool {
	q := it.cs
	if q >= it.lead || a.rs[q] != '在' {
		return false
	}
	es := timex.Find(a.rs[q+1 : it.lead])
	if len(es) == 0 || es[0].Start != 0 {
		return false
	}
	q += 1 + es[0].End
	return q < it.lead && a.onlyBetween(q, it.lead, levelKind, fillerKind, changeKind)
}
