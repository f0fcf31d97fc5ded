// Package attach decides the metric and the change of the figures of a
// document from its structure, after extract has found them one sentence at a
// time. Where extract looks at one clause, attach sees the document: the
// clause chain of a sentence (A实现X亿元，增长Y%，占Z%), the earlier sentences
// of the paragraph (其中 sub-items), lists paired by 分别/依次/各, from-to pairs
// (由X增加到Y), comparisons with an earlier time or another place, and the row
// labels of tables.
//
// The rules are small and named (the list rules, in the order they run),
// one kind a file, each with its table of examples in attach_test.go:
//
//	weak.go        a metric that names nothing measured (初步, 年均, 增产) is
//	               trimmed or dropped; share nouns; a metric over another figure
//	change.go      from-to pairs, gaps to a reference, rate nouns, change verbs,
//	               lists of figures
//	distribute.go  分别/依次/各: N subjects paired with N figures, one verb for all
//	subject.go     parentheses, rates of change, 其中, table rows, the clause
//	               subject, the governing subject, the trailing predicate
//	structure.go   topic labels (主要指标：), flattened table rows and column
//	               headers, a clause that names nothing measured taken by
//	               another rule, the heading above a block (一、渔业, 【出口】,
//	               2.批发业：), the title
//
// The word lists are data/words.tsv.
//
// Attach is a pure function of the document: it looks back to the start of
// the current paragraph and, for a figure nothing there names, to the
// heading of its block (a few lines up) and the title (Document.Title, else
// the first line unless Document.Continues), so a chunk of a document that
// starts at a paragraph boundary gets the same results but for a heading in
// the chunk before.
package attach

import (
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/zhmetrics/zhmetrics/extract"
)

// Span is a rune range [Start, End) of the document text.
type Span struct{ Start, End int }

// Document is what the stage sees of a document: its title and its text (as
// the figures were found in it: normalised and simplified), cut into
// sentences.
type Document struct {
	Title     string // as written
	TitleText []rune // the title as the text is: normalised, simplified (nil: Title)
	Text      []rune
	Sentences []Span
	// Continues is set for a chunk after a document's first: its first line
	// is no headline.
	Continues bool
}

// item is a figure with what the rules share about where it stands. The
// rules set the span of its metric (MetricStart, MetricEnd); Attach spells
// the metric from the span once they are done.
type item struct {
	f          *extract.Figure
	index      int  // in attacher.items
	sent       int  // index of its sentence
	cs, ce     int  // its clause, between clause marks
	para       int  // start of its paragraph
	lead       int  // where its context starts: before a qualifier word (约, 超过)
	governing  bool // its metric may govern the figures after it
	distribute bool // paired by a distribution rule: the chain leaves it alone
	structural bool // its metric is its block's heading or the title's
	caused     bool // its metric is the predicate after it, of a causative verb before (造成1674人死亡)
	// titleMetric is the subject named by a title that is not in the text
	// (Document.Title), as written.
	titleMetric string
	// Places before the figure that several rules read, each read once
	// (they depend on its clause and lead only): pastFillers,
	// changeVerbBefore, beforeLevelWords.
	pastFillers, changeVerb, levelWords lazyPlace
}

// lazyPlace is a place of the text read the first time it is asked for.
type lazyPlace struct {
	at    int
	known bool
}

// get returns the place, reading it with read the first time.
func (l *lazyPlace) get(a *attacher, it *item, read func(*attacher, *item) int) int {
	if !l.known {
		l.at, l.known = read(a, it), true
	}
	return l.at
}

// Attach sets the metric and the change of figs, whose offsets (Start, End,
// MetricStart, MetricEnd) are rune offsets into doc.Text; sentOf gives the
// sentence of each figure. Figures are in document order. tok may be nil.
func Attach(doc Document, figs []extract.Figure, sentOf []int, tok extract.Tokenizer) {
	if len(figs) == 0 {
		return
	}
	a := new(attacher)
	if reuseAttachers {
		a = attachers.Get().(*attacher)
		defer a.release()
	}
	a.reset(doc, tok, len(figs))
	if tok != nil {
		var shared bool
		if a.toks, shared = getTokenCache(tok, a.dictTok); shared {
			defer tokenCaches.Put(a.toks)
		}
	}
	store := a.store
	for i := range figs {
		f := &figs[i]
		it := &store[i]
		*it = item{f: f, index: i, sent: sentOf[i]}
		sp := doc.Sentences[it.sent]
		if p := &store[max(i-1, 0)]; i > 0 && p.sent == it.sent && f.End <= p.ce && f.End >= p.f.End && f.Start >= p.f.Start && !a.markIn(p.f.Start, f.Start) {
			it.cs, it.ce = p.cs, p.ce // the clause of the figure before
		} else {
			it.cs, it.ce = a.clause(sp, f.Start, f.End)
		}
		if i > 0 {
			// Figures of a paragraph share its start: the scan back stops
			// at the figure before.
			it.para = a.paragraphStartAfter(f.Start, figs[i-1].Start, store[i-1].para)
		} else {
			it.para = a.paragraphStart(f.Start)
		}
		it.lead = a.leadStart(it.cs, f.Start)
		a.items[i] = it
	}
	a.byStart = slices.IsSortedFunc(figs, func(x, y extract.Figure) int { return x.Start - y.Start })
	a.spansInOrder = a.byStart && !slices.ContainsFunc(figs, func(f extract.Figure) bool { return f.End < f.Start })
	for _, rule := range rules {
		for i := range a.items {
			rule.apply(a, i)
		}
	}
	// Figures in a row often share a metric (a governing subject): it is
	// spelled once for them.
	var last struct {
		s, e int
		text string
	}
	for k, it := range a.items {
		if s, e := it.f.MetricStart, it.f.MetricEnd; k == 0 || s != last.s || e != last.e {
			last.s, last.e, last.text = s, e, a.spell(s, e)
		}
		it.f.Metric = last.text
		if it.f.Metric == "" && it.titleMetric != "" {
			it.f.Metric = it.titleMetric // not a span of the text
			it.f.MetricStart, it.f.MetricEnd = -1, -1
			continue
		}
		if it.f.Metric == "" {
			it.f.MetricStart, it.f.MetricEnd = -1, -1
		}
	}
}

// rule is one named rule, applied to each figure in document order.
type rule struct {
	name  string
	apply func(a *attacher, i int)
}

// rules run in this order: first what a figure says of itself, then what it
// takes from the structure around it, the governing subject last.
var rules = []rule{
	{"weak metric", dropWeakMetric},
	{"topic label", topicLabel},
	{"noun chain", nounChain},
	{"ranked topic", rankedTopic},
	{"share noun", shareNoun},
	{"count predicate", countPredicate},
	{"trade partner", tradePartner},
	{"metric over a figure", metricOverFigure},
	{"governing", markGoverning},
	{"from-to", fromTo},
	{"gap", gapToReference},
	{"rate is", rateIs},
	{"change verb", changeVerb},
	{"distribution", distribution},
	{"list of figures", listOfFigures},
	{"parenthesis", parenthesis},
	{"rate of change", rateOfChange},
	{"shared trailing metric", sharedTrailing},
	{"sub-items", subItems},
	{"table row", tableRow},
	{"clause subject", clauseSubject},
	{"figureless clause", figurelessClause},
	{"governing subject", governingSubject},
	{"clause recheck", recheckClause},
	{"trailing predicate", trailingPredicate},
	{"topic label, again", topicLabel}, // whatever rule took it
	{"heading above", headingAbove},
	{"title", titleGoverns},
	{"bracketed base", bracketedBase},
}

type attacher struct {
	rs  []rune
	doc Document
	tok extract.Tokenizer
	// dictTok is set when tok is the project's segmenter (mayOpenPlace).
	dictTok bool
	items   []*item
	store   []item // what items point to
	// lists holds, by sentence, the subjects of the last distribution seen
	// in it (风电、太阳能发电量分别为…，分别同比增长…).
	lists map[int][]Span
	// headings holds, by paragraph start, the subject of the heading above
	// it (an empty span when none).
	headings map[int]Span
	title    titleMetric
	leadEnd  int // where the lead a title governs ends (0: not known yet)
	// toks holds the tokens of the texts the rules have segmented (see
	// tokenCache); key is the scratch a text is spelled in to look it up.
	toks *tokenCache
	key  []byte
	// line is the line tableRow read last.
	line lineInfo
	// byStart is set when the figures are in order of their starts;
	// spansInOrder when, moreover, none ends before it starts.
	byStart, spansInOrder bool
	// chain is the scratch of chainRunes.
	chain []rune
	// fromClause is the clause fromWord read last.
	fromClause clauseFrom
	// trims holds what trimPhrase made of the spans it was given last
	// (trimCache; on the heap, made at the first trim and kept with the
	// attacher in attachers: the attacher of a title stays on the stack).
	trims *trimCache
}

// attachers holds the attachers between documents, with the memory they
// reuse from one to the next (one per worker at most: sync.Pool keeps one
// per P): the figures' items, the trim cache, the rules' scratch. Allocated
// for each document, the trim cache alone was a tenth of the bytes the
// pipeline allocated.
var attachers = sync.Pool{New: func() any { return new(attacher) }}

// reuseAttachers is set when Attach takes its attacher from attachers;
// TestReusedAttachersChangeNothing clears it to attach with fresh ones.
var reuseAttachers = true

// reset makes a, fresh from attachers, the attacher of doc, with n
// figures: only its memory is kept.
func (a *attacher) reset(doc Document, tok extract.Tokenizer, n int) {
	items, store, key, chain, trims := a.items, a.store, a.key, a.chain, a.trims
	*a = attacher{rs: doc.Text, doc: doc, tok: tok, dictTok: isDictSegmenter(tok), key: key[:0], chain: chain[:0], trims: trims}
	if cap(items) < n {
		items, store = make([]*item, n), make([]item, n)
	}
	a.items, a.store = items[:n], store[:n]
	if trims != nil {
		clear(trims[:])
	}
}

// release puts a back in attachers with its memory, without the document
// and the figures its items point to.
func (a *attacher) release() {
	clear(a.items)
	clear(a.store)
	*a = attacher{items: a.items[:0], store: a.store[:0], key: a.key, chain: a.chain, trims: a.trims}
	attachers.Put(a)
}

// lineInfo is a line of the text: where it starts and ends, and whether it
// holds a |.
type lineInfo struct {
	ok         bool
	start, end int
	bar        bool
}

// tokens returns the tokens of the text of [s, e), which the caller must not
// change (they are shared by all the rules, and by later documents).
func (a *attacher) tokens(s, e int) []extract.Token {
	return a.memoTokens(s, e, false)
}

// chainTokens returns the tokens of chainRunes(s, e), which the caller must not
// change.
func (a *attacher) chainTokens(s, e int) []extract.Token {
	return a.memoTokens(s, e, true)
}

// memoTokens returns the tokens of the text of [s, e) (chainRunes when chain
// is set), segmented once for each text.
func (a *attacher) memoTokens(s, e int, chain bool) []extract.Token {
	a.key = a.key[:0]
	if s >= 0 && e > s {
		for p, r := range a.rs[s:e] {
			if chain && r == '之' && a.genitive(s, e, s+p) {
				r = '的'
			}
			a.key = utf8.AppendRune(a.key, r)
		}
	}
	return a.toks.tokens(a.key)
}

// isClauseMark ends a clause.
func isClauseMark(r rune) bool {
	switch r {
	case '，', ',', '；', ';', '：', ':', '。', '！', '？', '!', '?', '\n':
		return true
	}
	return false
}

// markAt reports whether rune p ends a clause: a clause mark, not the
// comma of a digit group (3,720,800人).
func (a *attacher) markAt(p int) bool {
	if r := a.rs[p]; r > '。' && r < '！' {
		return false // no mark between them: the Chinese characters (inline, in the scans)
	}
	return a.markOrComma(p)
}

// markOrComma is markAt of a rune that is no Chinese character.
func (a *attacher) markOrComma(p int) bool {
	if a.rs[p] == ',' && p > 0 && p+1 < len(a.rs) && isDigitRune(a.rs[p-1]) && isDigitRune(a.rs[p+1]) {
		return false
	}
	return isClauseMark(a.rs[p])
}

// clause returns the clause around [start, end) within the sentence sp,
// without its marks.
func (a *attacher) clause(sp Span, start, end int) (int, int) {
	cs, ce := start, end
	for cs > sp.Start && !a.markAt(cs-1) {
		cs--
	}
	for ce < sp.End && !a.markAt(ce) {
		ce++
	}
	for cs < ce && (a.rs[cs] == ' ' || a.rs[cs] == '\u3000') {
		cs++
	}
	return cs, ce
}

// markIn reports whether a rune of [s, e) ends a clause (markAt).
func (a *attacher) markIn(s, e int) bool {
	for p := s; p < e; p++ {
		if a.markAt(p) {
			return true
		}
	}
	return false
}

// paragraphStart returns where the paragraph of rune p starts: after the
// line break before it.
func (a *attacher) paragraphStart(p int) int {
	for p > 0 && a.rs[p-1] != '\n' {
		p--
	}
	return p
}

// paragraphStartAfter is paragraphStart(p) knowing that of an earlier place
// q, para.
func (a *attacher) paragraphStartAfter(p, q, para int) int {
	for p > 0 && a.rs[p-1] != '\n' {
		if p == q {
			return para
		}
		p--
	}
	return p
}

// leadStart steps back from a figure's number over spaces and qualifier or
// filler words (约, 超过, 近), never before the clause start.
func (a *attacher) leadStart(cs, p int) int {
	for n := 0; n < 3; n++ {
		for p > cs && (a.rs[p-1] == ' ' || a.rs[p-1] == '\u3000') {
			p-- // 减少 3公顷: a space before the number
		}
		w, _ := a.endingAt(fillerKind, cs, p)
		if w == "" {
			break
		}
		p -= len([]rune(w))
	}
	return p
}

// text returns the runes of [s, e) as a string.
func (a *attacher) text(s, e int) string {
	if s < 0 || e <= s {
		return ""
	}
	return string(a.rs[s:e])
}

// setMetric gives item it the metric span [s, e), trimmed of joints,
// quotes, spaces and fillers at its edges; it reports whether one is left.
func (a *attacher) setMetric(it *item, s, e int) bool {
	s, e = a.trimPhrase(s, e)
	if e <= s {
		return false
	}
	it.f.MetricStart, it.f.MetricEnd = s, e
	return a.spells(s, e) // the text itself is spelled once the rules are done
}

// spells reports whether the metric text of [s, e) is not empty: at once
// when a Chinese character that is no joint stands in it (MetricText keeps
// it), else by spelling it.
func (a *attacher) spells(s, e int) bool {
	if s >= 0 && e <= len(a.rs) && slices.ContainsFunc(a.rs[s:max(s, e)], func(r rune) bool { return isHan(r) && !extract.IsJoint(r) }) {
		return true
	}
	return extract.MetricText(a.rs, s, e) != ""
}

// spell returns the metric text of [s, e), extract.MetricText: the runes
// themselves when they are all Chinese characters and neither end is a
// joint, so that there is no quote to drop nor joint to trim (the most
// metrics, spelled without MetricText's builder).
func (a *attacher) spell(s, e int) string {
	if s >= 0 && e <= len(a.rs) && isHanRunes(a.rs[s:max(s, e)]) && !extract.IsJoint(a.rs[s]) && !extract.IsJoint(a.rs[e-1]) {
		return string(a.rs[s:e])
	}
	return extract.MetricText(a.rs, s, e)
}

// hasMetric reports whether the figure has a metric.
func hasMetric(it *item) bool { return it.f.MetricStart >= 0 && it.f.MetricEnd > it.f.MetricStart }

// trimPhrase trims a subject phrase: spaces, joints and punctuation at both
// ends; at its start, time expressions, a list item's number and weak words
// (2022年, （1）, 初步核算, 其中);
// at its end, fillers and weak words (则, 均).
func (a *attacher) trimPhrase(s, e int) (int, int) {
	if s >= e {
		return s, e
	}
	if a.trims == nil {
		a.trims = new(trimCache)
	}
	k := uint64(s)<<32 | uint64(uint32(e)) // never 0: e > s >= 0
	c := &a.trims[k*0x9e3779b97f4a7c15>>(64-trimCacheBits)]
	if c.span == k {
		return int(c.trimmed >> 32), int(uint32(c.trimmed))
	}
	s, e = a.trim(s, e)
	c.span, c.trimmed = k, uint64(s)<<32|uint64(uint32(e))
	return s, e
}

// trimCache holds, for the spans trimPhrase was given last, what it made
// of them, both as start<<32 | end, in the slot of the span's hash: the
// rules ask for the same spans again and again (two calls of three), and a
// span that lost its slot is only trimmed again.
type trimCache [1 << trimCacheBits]struct{ span, trimmed uint64 }

const trimCacheBits = 10

// trim is trimPhrase, not memoised.
func (a *attacher) trim(s, e int) (int, int) {
	for changed := true; changed && s < e; {
		changed = false
		for s < e && isEdgeRune(a.rs[s]) {
			s, changed = s+1, true
		}
		for e > s && isEdgeRune(a.rs[e-1]) {
			e, changed = e-1, true
		}
		if n := periodPrefix(a.rs[s:e]); n > 0 {
			s, changed = s+n, true
		}
		if n := numberingPrefix(a.rs[s:e]); n > 0 && n < e-s {
			s, changed = s+n, true // a list item's number: （1）蔬菜, 二、工业
		}
		for _, kd := range []kind{weakKind, fillerKind, subKind, tailKind} {
			// A filler of one character is cut from neither end: it may be
			// part of a word (计 of 计划目标, 均 of 日均); tail words end a phrase
			// only (照护中心计).
			if kd != tailKind && a.mayStart(kd, s) {
				if w, _ := a.startingAt(kd, s, e); w != "" && (kd != fillerKind || len([]rune(w)) > 1) && !(kd == fillerKind && a.opensName(w, s, e)) && !(kd == weakKind && a.weakInWord(s, e)) {
					s, changed = s+len([]rune(w)), true
				}
			}
			if !a.mayEnd(kd, e) {
				continue
			}
			if w, _ := a.endingAt(kd, s, e); w != "" && (kd != fillerKind || len([]rune(w)) > 1) {
				e, changed = e-a.tailCut(kd, w, s, e), true
			}
		}
	}
	return s, e
}

// opensName reports whether the filler w at the start of the phrase [s, e)
// is a word of kind nameopen (实质, 名义) that opens the name of what is
// measured: more of the phrase follows it, and no change, level, rate or
// filler word (实质上升, the basis of a change).
func (a *attacher) opensName(w string, s, e int) bool {
	if !words.has(nameOpenKind, w) {
		return false
	}
	p := s + len([]rune(w))
	if p >= e || !isHan(a.rs[p]) && !(a.rs[p] >= 'A' && a.rs[p] <= 'Z') {
		return false
	}
	for _, k := range []kind{changeKind, levelKind, rateKind, fillerKind, compareKind} {
		if w2, _ := a.startingAt(k, p, e); w2 != "" {
			return false
		}
	}
	return true
}

// weakInWord reports whether a word of kind notweak starts at s (并购交易,
// 并网发电量): its first character is no weak word (并) to trim.
func (a *attacher) weakInWord(s, e int) bool {
	w, _ := a.startingAt(notWeakKind, s, e)
	return w != ""
}

// tailCut is how many runes to cut from the end of the phrase [s, e) for a
// word w of kind kd ending it: w's, or for a tail word of one character that
// ends a longer word of the phrase as the segmenter cuts it, that word's
// (年内累计: 累计, not 计, leaving 年内累, a stem; 照护中心计: 计).
func (a *attacher) tailCut(kd kind, w string, s, e int) int {
	n := len([]rune(w))
	if kd != tailKind || n != 1 || a.toks == nil {
		return n
	}
	if toks := a.tokens(s, e); len(toks) > 0 {
		if last := len([]rune(toks[len(toks)-1].Text)); last > n {
			return last
		}
	}
	return n
}

// isEdgeRune is a rune trimmed from the edges of a phrase.
func isEdgeRune(r rune) bool {
	switch r {
	case ' ', '\u3000', '、', '，', ',', '：', ':', '；', ';', '的', '之', '和', '及', '与', '-', '—', '|', '◆', '●', '■', '·', '•', '*', '【', '】',
		'“', '”', '「', '」', '『', '』': // a quote that opens a sentence (“药物从港澳地区…) or closes one
		return true
	}
	return false
}

// periodPrefix returns how many runes of rs, from its start, are a time
// expression: digits or Chinese numerals followed by a time word (2022年,
// 1至3月, 12月末, 113年1至6月), maybe after 首 or 前 (首季, 前三季度), or a
// time word alone (年末, 上半年, 今年); not a number and a time word before
// 期, the term in a name (10年期国债收益率).
func periodPrefix(rs []rune) int {
	n := 0
	for {
		k := n
		if k < len(rs)-1 && (rs[k] == '首' || rs[k] == '前') {
			k++ // 首季, 首11个月, 前三季度
		}
		for k < len(rs) && isPeriodNumeral(rs[k]) {
			k++
		}
		m := timeWordAt(rs, k)
		if m == 0 || k > n && k+m < len(rs) && (rs[k+m] == '期' || tenorOfName(rs[n:k], string(rs[k:k+m]), rs, k+m)) {
			break // no time word; or a term that names (1年期LPR, 3个月期利率, 3个月Shibor)
		}
		if k == n && extract.YearNameAt(rs, k) {
			break // a bare 年度 or 年 that opens a name (年度计划投资, 年产值: lexicon kind yearname)
		}
		n = k + m
	}
	return n
}

// isPeriodNumeral is a character of the number of a time expression: a
// digit, a Chinese numeral, a range mark.
func isPeriodNumeral(r rune) bool {
	switch r {
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
		'第', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '〇', '零', '两', '至', '到', '-', '~', '～', '—', '.':
		return true
	}
	return false
}

// timeWords are the words that end a time expression (年, 月份, 季度) or are one (年末, 上半年).
var timeWords = []string{"月份", "月末", "月底", "月初", "季度", "个月", "年末", "年底", "年初", "年度", "上半年", "下半年",
	"今年", "去年", "全年", "年内", "当年", "本季度", "上季度", "当季度", "本月份", "上月份", "当月", "本月", "上月", "当季", "本季", "上季", "首季", "同期", "前", "年", "季", "月", "日", "份", "末", "底"}

// timeWordRunes are timeWords as runes, in the same order.
var timeWordRunes = func() [][]rune {
	out := make([][]rune, len(timeWords))
	for i, w := range timeWords {
		out[i] = []rune(w)
	}
	return out
}()

// timeWordsByFirst holds, by first character, the indexes of the time words
// that start with it, in the order of timeWords (the first that matches is
// the one timeWordAt takes).
var timeWordsByFirst = func() map[rune][]int {
	out := map[rune][]int{}
	for i, wr := range timeWordRunes {
		out[wr[0]] = append(out[wr[0]], i)
	}
	return out
}()

// isTimeWordFirst reports whether r is the first character of a time word
// (TestTimeWordFirsts checks it against timeWords).
func isTimeWordFirst(r rune) bool {
	switch r {
	case '月', '季', '个', '年', '上', '下', '今', '去', '全', '当', '本', '首', '同', '前', '日', '份', '末', '底':
		return true
	}
	return false
}

// isTimeWordLast reports whether r is the last character of a time word, as
// a time expression must end (TestTimeWordFirsts checks it against
// timeWords).
func isTimeWordLast(r rune) bool {
	switch r {
	case '份', '末', '底', '初', '度', '月', '年', '季', '期', '前', '日', '内':
		return true
	}
	return false
}

// timeWordAt returns the length of the time word at k of rs, the first of
// timeWords there (the longest), or 0.
func timeWordAt(rs []rune, k int) int {
	if k >= len(rs) || !isTimeWordFirst(rs[k]) {
		return 0
	}
	for _, i := range timeWordsByFirst[rs[k]] {
		wr, w := timeWordRunes[i], timeWords[i]
		if k+len(wr) <= len(rs) && runesEqual(rs[k:k+len(wr)], wr) {
			if k == 0 && len(wr) == 1 && w != "底" && w != "末" && w != "季" {
				return 0 // a bare 年 or 月 at the start is no time expression
			}
			return len(wr)
		}
	}
	return 0
}

// runesEqual reports whether a and b hold the same runes.
func runesEqual(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

func isHan(r rune) bool { return r >= 0x3400 && r <= 0x9fff || r >= 0xf900 && r <= 0xfaff }

// prevInSentence returns the index of the figure before i in the same
// sentence, or -1.
func (a *attacher) prevInSentence(i int) int {
	if i > 0 && a.items[i-1].sent == a.items[i].sent {
		return i - 1
	}
	return -1
}

// onlyBetween reports whether the text of [s, e) is only runes and words
// of the given kinds (and spaces).
func (a *attacher) onlyBetween(s, e int, kinds ...kind) bool {
	for p := s; p < e; {
		if a.rs[p] == ' ' || a.rs[p] == '\u3000' {
			p++
			continue
		}
		n := 0
		for _, k := range kinds {
			if !a.mayStart(k, p) {
				continue
			}
			if w, _ := a.startingAt(k, p, e); w != "" {
				n = len([]rune(w))
				break
			}
		}
		if n == 0 {
			return false
		}
		p += n
	}
	return true
}

// takeMetric gives it the metric of p (the subject that governs it).
func (it *item) takeMetric(p *item) {
	it.f.MetricStart, it.f.MetricEnd, it.f.Metric = p.f.MetricStart, p.f.MetricEnd, p.f.Metric
}

// pastFillers returns where the words before it's figure start once up to
// three fillers (达, 为, 共 …) before its lead are passed over: the place a
// change verb or a trade verb before the figure ends.
func (a *attacher) pastFillers(it *item) int {
	return it.pastFillers.get(a, it, readPastFillers)
}

func readPastFillers(a *attacher, it *item) int {
	q := it.lead
	for n := 0; n < 3; n++ {
		w, _ := a.endingAt(fillerKind, it.cs, q)
		if w == "" {
			break
		}
		q -= len([]rune(w))
	}
	return q
}

// changeVerbBefore returns where a change verb right before it's figure (over
// fillers) starts, or -1: 较2024年上升1.1% → the start of 上升.
func (a *attacher) changeVerbBefore(it *item) int {
	return it.changeVerb.get(a, it, readChangeVerbBefore)
}

func readChangeVerbBefore(a *attacher, it *item) int {
	q := a.pastFillers(it)
	w, _ := a.endingAt(changeKind, it.cs, q)
	if w == "" {
		return -1
	}
	return q - len([]rune(w))
}

// tenorOfName reports whether a number and a unit of time before a Latin
// name or a noun of an instrument (rs[k]) are the tenor of a rate (7天Shibor,
// 3个月SHIBOR, 7天回购利率; extract's lexicon kinds tenor and instrument), not
// a period (5月CPI, 近5年GDP): a number of two digits at most.
func tenorOfName(num []rune, word string, rs []rune, k int) bool {
	return len(num) > 0 && len(num) <= 2 && extract.TenorBeforeName(word, rs, k)
}
