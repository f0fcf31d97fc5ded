package attach

import (
	"strings"

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
	if e-it.cs < 3 {
		return
	}
	toks := a.tok.Tokens(a.text(it.cs, e))
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
			if k < 2 || toks[k-2].Pos == "ns" || words.has("place", toks[k-2].Text) || !chainTok(toks[k-2]) || !chainTok(t) {
				goto done
			}
		case words.has("joint", p.Text) || p.Text == "的":
			if k < 2 || !chainTok(toks[k-2]) {
				goto done
			}
		case !chainTok(p):
			goto done
		}
		k--
	}
done:
	// A time or place opening the chain says when or where (国庆假期全市重点景区的接待人数).
	k0 := k
	for k < len(toks)-1 && (toks[k].Pos == "t" || toks[k].Pos == "ns" || words.has("place", toks[k].Text)) {
		k++
	}
	placed := k > k0 && toks[k-1].Pos != "t" // a place was cut before the chain
	s, end := a.trimPhrase(it.cs+toks[k].Start, e)
	if end-s < 3 {
		return
	}
	chain := a.text(s, end)
	// A place before 实现 says where, not what (南沙区实现地区生产总值).
	for _, v := range []string{"实现", "完成"} {
		if d := strings.Index(chain, v); d > 0 {
			x := s + len([]rune(chain[:d]))
			if xt := a.tok.Tokens(a.text(s, x)); placed && x-s <= 1 || len(xt) == 0 || xt[0].Pos == "ns" || a.dropPlace(s, x) > s || a.namesNothing(s, x) {
				s = x + 2
				chain = a.text(s, end)
			}
		}
	}
	if !strings.ContainsAny(chain, "的、和及与") && !strings.Contains(chain, "实现") && !strings.Contains(chain, "完成") {
		return
	}
	if d := strings.LastIndex(chain, "的"); d >= 0 {
		dr := len([]rune(chain[:d]))
		xs := s
		if d2 := strings.LastIndex(chain[:d], "的"); d2 >= 0 {
			xs = s + len([]rune(chain[:d2])) + 1
		}
		if end-(s+dr+1) >= 6 || a.hasVerb(xs, s+dr) {
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
		it.f.Metric = extract.MetricText(a.rs, s2, e2)
	}
}

// chainTok reports whether a token may stand inside a noun chain: a word of
// Chinese characters that is no preposition, pronoun, adverb, number or word
// of the rules' verb lists (the segmenter tags many nouns as verbs: 收入).
func chainTok(t extract.Token) bool {
	if isWeakTok(t) {
		return true
	}
	if !isHanText(t.Text) || isListed(t.Text) || words.has("joint", t.Text) || t.Text == "的" || t.Text == "实现" || t.Text == "完成" {
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
	return words.has("weak", t.Text) || len([]rune(t.Text)) > 1 && words.has("filler", t.Text)
}

// verbStart steps back from the figure's lead over the verb and the words
// between a subject and its figure (上升, 为, 达, 同比, 增幅), to where its
// subject ends.
func (a *attacher) verbStart(it *item) int {
	q := it.lead
	for changed := true; changed; {
		changed = false
		for _, kind := range []string{"filler", "level", "change", "rate", "tail", "weak"} {
			if w, _ := words.endingAt(kind, a.rs, it.cs, q); w != "" {
				q -= len([]rune(w))
				changed = true
			}
		}
	}
	return q
}

// countPredicate names a count of things that do something (3072家公司实现营收增长,
// 120家企业实现利润增长) by the predicate: what they achieved, not the
// things counted.
func countPredicate(a *attacher, i int) {
	it := a.items[i]
	if a.tok == nil || !hasMetric(it) || it.f.MetricStart < it.f.End || it.f.Unit != "" && it.f.Unit != "家" && it.f.Unit != "个" && it.f.Unit != "户" {
		return
	}
	p := it.f.MetricEnd
	w := ""
	for _, v := range []string{"实现", "完成"} {
		if p+2 <= it.ce && a.text(p, p+2) == v {
			w = v
		}
	}
	if w == "" {
		return
	}
	p += 2
	toks := a.tok.Tokens(a.text(p, it.ce))
	end := 0
	for _, t := range toks {
		if words.has("change", t.Text) && end > 0 {
			end = t.End
			break
		}
		if !isHanText(t.Text) || isListed(t.Text) || t.End > 8 {
			break
		}
		end = t.End
	}
	if end >= 2 && a.setMetric(it, p, p+end) {
		it.governing = false
	}
}

// hasVerb reports whether [s, e) holds a verb (not a noun verb nor a status
// word): a modifier with one is a relative clause, not an entity.
func (a *attacher) hasVerb(s, e int) bool {
	if e <= s {
		return false
	}
	for _, t := range a.tok.Tokens(a.text(s, e)) {
		if strings.HasPrefix(t.Pos, "v") && t.Pos != "vn" && !isWeakTok(t) {
			return true
		}
	}
	return false
}
