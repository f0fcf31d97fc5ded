package attach

import (
	"sort"
	"strings"
)

// The rules of this file read the structure of the document above a
// figure's paragraph: the heading of its block and the document's title.
// They run last, for a figure that nothing in its sentence or paragraph
// names.

// headingLines and headingRunes bound how far back a heading is looked for:
// the lines of a block (blank lines not counted) and its length.
const (
	headingLines = 8
	headingRunes = 3000
	// maxHeading is the longest heading line, in runes.
	maxHeading = 24
	// maxBareHeading is the longest heading line with no numbering, bracket
	// or colon to mark it as one: a short noun phrase alone on its line.
	maxBareHeading = 12
)

// topicLabel drops a metric that is a label naming a topic, not a thing
// measured (主要指标：同比增长7.3%): only topic words, before a colon.
func topicLabel(a *attacher, i int) {
	it := a.items[i]
	if hasMetric(it) && a.isTopicLabel(it.f.MetricStart, it.f.MetricEnd) {
		it.f.MetricStart, it.f.MetricEnd, it.f.Metric = -1, -1, ""
	}
}

// isTopicLabel reports whether [s, e) is a label of topic words only
// followed by a colon or in brackets (主要指标：, 基本情况：, 【快讯】).
func (a *attacher) isTopicLabel(s, e int) bool {
	if !a.labelMarkFrom(s, e) {
		return false
	}
	s, e = a.trimPhrase(s, e)
	p := e
	for p < len(a.rs) && (a.rs[p] == ' ' || a.rs[p] == '\u3000') {
		p++
	}
	return e > s && p < len(a.rs) && (a.rs[p] == '：' || a.rs[p] == ':' || a.rs[p] == '】') && a.onlyBetween(s, e, topicKind, topicTailKind)
}

// labelMarkFrom reports whether a label mark (：, :, 】) stands in [s, e) or
// right after e and spaces: a test that rules out the most texts before
// isTopicLabel trims them (the trimmed end, before the mark, is within
// [s, e]).
func (a *attacher) labelMarkFrom(s, e int) bool {
	for p := max(s, 0); p < len(a.rs); p++ {
		switch r := a.rs[p]; {
		case r == '：' || r == ':' || r == '】':
			return true
		case p >= e && r != ' ' && r != '\u3000':
			return false
		}
	}
	return false
}

// recheckClause drops a metric taken from another clause of the sentence
// that names nothing measured — a topic label (主要指标：), a breakdown
// (分季度看), the base of a comparison with an earlier time (与上年比较), a
// predicate of the subject before it (为历年同月新高) — and reads the clause
// chain again: whatever rule took it, such a clause is no subject.
func recheckClause(a *attacher, i int) {
	it := a.items[i]
	if !hasMetric(it) || it.structural || it.distribute {
		return
	}
	sp := a.doc.Sentences[it.sent]
	ms := it.f.MetricStart
	if ms < sp.Start || ms >= sp.End || ms >= it.cs && ms < it.ce {
		return // outside the sentence, or in the figure's own clause
	}
	cs, ce := ms, ms
	for cs > sp.Start && !isClauseMark(a.rs[cs-1]) {
		cs--
	}
	for ce < sp.End && !isClauseMark(a.rs[ce]) {
		ce++
	}
	pred, _ := a.startingAt(predicateKind, cs, ce)
	if a.isTopicLabel(cs, ce) || a.isBreakdown(cs, ce) || a.isEarlierBase(cs, ce) || pred != "" {
		it.f.MetricStart, it.f.MetricEnd, it.f.Metric = -1, -1, ""
		it.governing = false
		governingSubject(a, i)
	}
}

// headingAbove gives a figure that names no subject, and whose sentence
// names none before it, the subject of the heading of its block: the
// nearest heading line above its paragraph (一、渔业, （二）对外贸易,
// 3.服务业, 【民航客运】, a label ending in a colon, a short noun phrase
// alone on its line), or the label that opens its line before a colon,
// when the heading is a noun phrase that names something
// measured. A heading that names a topic (一、综合, 主要指标, 基本情况)
// governs nothing and ends the search, as does any heading.
func headingAbove(a *attacher, i int) {
	it := a.items[i]
	if hasMetric(it) || it.distribute || a.sentenceNamed(i) {
		return
	}
	s, e, ok := a.lineLabel(it)
	if !ok {
		s, e, ok = a.headingOf(it)
	}
	if ok && a.setMetric(it, s, e) {
		it.structural = true
	}
}

// lineLabel returns the subject of a label that opens the line of it and
// ends in a colon before its clause (2.批发业：6月年增2.3%，上半年年增4.4%),
// or stands in brackets (【出口】前5月下降2.2%): a heading run into its
// paragraph.
func (a *attacher) lineLabel(it *item) (int, int, bool) {
	s, _ := a.trimSpaces(it.para, it.lead)
	if s < it.lead {
		if close, ok := headingBrackets[a.rs[s]]; ok && a.rs[s] != '[' {
			for p := s + 1; p < it.lead && p-s <= maxHeading; p++ {
				if a.rs[p] == close {
					if bs, be, ok := a.headingBody(s, p+1); ok {
						return a.headingSubject(bs, be)
					}
					return 0, 0, false
				}
			}
		}
	}
	for p := s; p < it.cs && p-s < maxHeading; p++ {
		switch r := a.rs[p]; {
		case r == '：' || r == ':':
			if bs, be, ok := a.headingBody(s, p+1); ok {
				return a.headingSubject(bs, be)
			}
			return 0, 0, false
		case isClauseMark(r):
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// sentenceNamed reports whether a figure before i in its sentence has a
// metric: the sentence names its subjects, and a figure left without one is
// not the heading's.
func (a *attacher) sentenceNamed(i int) bool {
	for j := i - 1; j >= 0 && a.items[j].sent == a.items[i].sent; j-- {
		if hasMetric(a.items[j]) && !a.items[j].structural {
			return true
		}
	}
	return false
}

// headingOf finds the heading above the paragraph of it and its subject.
func (a *attacher) headingOf(it *item) (int, int, bool) {
	if sp, ok := a.headings[it.para]; ok {
		return sp.Start, sp.End, sp.End > sp.Start
	}
	s, e, ok := a.findHeading(it)
	if a.headings == nil {
		a.headings = map[int]Span{}
	}
	if !ok {
		s, e = 0, 0
	}
	a.headings[it.para] = Span{s, e}
	return s, e, ok
}

func (a *attacher) findHeading(it *item) (int, int, bool) {
	lines := 0
	for p := it.para; p > 0 && it.para-p <= headingRunes; {
		le := p - 1 // the line break that ends the line above
		ls := a.paragraphStart(le)
		p = ls
		s, e := a.trimSpaces(ls, le)
		if e <= s {
			continue // a blank line
		}
		if bs, be, ok := a.headingBody(s, e); ok && (lines == 0 || bs > s || be < e) {
			// A bare line (no number, bracket or colon) is a heading only
			// right above the block: further up it may be page chrome.
			return a.headingSubject(bs, be)
		}
		if lines++; lines >= headingLines {
			break
		}
	}
	return 0, 0, false
}

// trimSpaces trims spaces (and a carriage return) from both ends of [s, e).
func (a *attacher) trimSpaces(s, e int) (int, int) {
	for s < e && (a.rs[s] == ' ' || a.rs[s] == '\u3000' || a.rs[s] == '\t') {
		s++
	}
	for e > s && (a.rs[e-1] == ' ' || a.rs[e-1] == '\u3000' || a.rs[e-1] == '\t' || a.rs[e-1] == '\r') {
		e--
	}
	return s, e
}

// headingBody reports whether the line [s, e) is a heading, and returns its
// text without its numbering, brackets and colon. A heading is short, holds
// no figure and no clause mark; it is numbered (一、 （二） 3. 3、), bracketed
// (【】 [] 〖〗), ends in a colon, or is a short line of nothing else.
func (a *attacher) headingBody(s, e int) (int, int, bool) {
	if e-s > maxHeading || a.anyFigureIn(s, e) {
		return 0, 0, false
	}
	marked := false
	if r := a.rs[e-1]; r == '：' || r == ':' {
		e, marked = e-1, true
	}
	if n := numberingPrefix(a.rs[s:e]); n > 0 {
		s, marked = s+n, true
	}
	if e-s >= 2 {
		if close, ok := headingBrackets[a.rs[s]]; ok && a.rs[e-1] == close {
			s, e, marked = s+1, e-1, true
		}
	}
	for p := s; p < e; p++ {
		if isClauseMark(a.rs[p]) || a.rs[p] == '、' && p > s || a.rs[p] == '|' {
			return 0, 0, false
		}
	}
	s, e = a.trimSpaces(s, e)
	if e-s < 2 || !marked && e-s > maxBareHeading {
		return 0, 0, false
	}
	return s, e, true
}

// headingBrackets are the brackets a heading label stands in.
var headingBrackets = map[rune]rune{'【': '】', '[': ']', '〖': '〗', '［': '］'}

// numberingPrefix returns the length of the numbering that opens a heading:
// 一、 二是 （三） (4) 5. 6、 第七章 — Chinese or Arabic numerals, in
// parentheses or followed by 、 . ．; 0 when there is none.
func numberingPrefix(rs []rune) int {
	isNum := func(r rune) bool {
		switch r {
		case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十':
			return true
		}
		return false
	}
	n := 0
	if n < len(rs) && (rs[n] == '(' || rs[n] == '（') {
		k := n + 1
		for k < len(rs) && isNum(rs[k]) {
			k++
		}
		if k > n+1 && k < len(rs) && (rs[k] == ')' || rs[k] == '）') {
			return k + 1
		}
		return 0
	}
	k := 0
	if k < len(rs) && rs[k] == '第' {
		k++
	}
	d := k
	for k < len(rs) && isNum(rs[k]) {
		k++
	}
	if k == d || k >= len(rs) {
		return 0
	}
	switch {
	case d == 1 && strings.ContainsRune("章节部分篇", rs[k]):
		return k + 1
	case d == 0 && (rs[k] == '、' || rs[k] == '．'):
		return k + 1
	case d == 0 && rs[k] == '.' && isDigitRune(rs[0]) && (k+1 == len(rs) || !isDigitRune(rs[k+1])):
		return k + 1 // 3.服务业, not 3.5
	}
	return 0
}

// anyFigureIn reports whether a figure stands in [s, e).
func (a *attacher) anyFigureIn(s, e int) bool {
	k := sort.Search(len(a.items), func(k int) bool { return a.items[k].f.End > s })
	return k < len(a.items) && a.items[k].f.Start < e
}

// figureAt returns the figure that covers rune q, or nil.
func (a *attacher) figureAt(q int) *item {
	k := sort.Search(len(a.items), func(k int) bool { return a.items[k].f.End > q })
	if k < len(a.items) && a.items[k].f.Start <= q {
		return a.items[k]
	}
	return nil
}

// firstStartingIn returns the first item (in order) whose figure starts in
// [s, e), or nil; by binary search when the figures are in order of their
// starts, as a document's are.
func (a *attacher) firstStartingIn(s, e int) *item {
	if a.byStart {
		k := sort.Search(len(a.items), func(k int) bool { return a.items[k].f.Start >= s })
		if k < len(a.items) && a.items[k].f.Start < e {
			return a.items[k]
		}
		return nil
	}
	for _, o := range a.items {
		if o.f.Start >= s && o.f.Start < e {
			return o
		}
	}
	return nil
}

// headingSubject returns the subject a heading's text [s, e) names: what
// is measured, without a topic tail (工业生产情况 → 工业生产); none for a
// topic (综合, 主要指标, 基本情况) or for text that is not a noun phrase.
func (a *attacher) headingSubject(s, e int) (int, int, bool) {
	s, e = a.trimPhrase(s, e)
	if w, _ := a.endingAt(topicTailKind, s, e); w != "" {
		e -= len([]rune(w))
		s, e = a.trimPhrase(s, e)
	}
	if e-s < 2 || a.onlyBetween(s, e, topicKind, topicTailKind, weakKind, fillerKind) || a.namesNothing(s, e) {
		return 0, 0, false
	}
	if w, _ := a.endingAt(topicEndKind, s, e); w != "" {
		return 0, 0, false // 主要会计数据和财务指标: a list of indicators
	}
	return a.nounPhrase(s, e)
}

// nounPhrase reports whether [s, e), after a time, a number and a place
// at its start (2024年前三季度全市), is a noun phrase and nothing else, and
// returns it. Its words are nouns, and verbs or distinguishing words inside
// it (可支配收入, 规模以上工业, 访港旅客); no word of the rules' lists (增长, 发布), no
// pronoun, adverb or preposition, no organisation or person (市统计局召开…
// is a sentence: its agent and its verb).
func (a *attacher) nounPhrase(s, e int) (int, int, bool) {
	if a.tok == nil {
		return 0, 0, false
	}
	toks := a.tokens(s, e)
	k := 0
	for k < len(toks) {
		t := toks[k]
		if t.Pos == "t" || t.Pos == "m" || t.Pos == "mq" || t.Pos == "ns" || t.Pos == "x" && strings.ContainsFunc(t.Text, isDigitRune) || t.Pos == "f" && k == 0 ||
			words.has(placeKind, t.Text) || periodPrefix([]rune(t.Text)) == len([]rune(t.Text)) {
			k++
			continue
		}
		break
	}
	if k == len(toks) {
		return 0, 0, false
	}
	start := s + toks[k].Start
	nouns := 0
	for j, t := range toks[k:] {
		switch {
		case t.Pos == "nt" || t.Pos == "nr" || isListed(t.Text) || words.has(topicKind, t.Text) && len(toks)-k == 1:
			return 0, 0, false
		case isNounPos(t.Pos):
			nouns++
		case t.Pos == "r" && j == 0 && strings.HasPrefix(t.Text, "本") && k+1 < len(toks):
			// 本地生产总值: the pronoun of the place that reports
		case t.Pos == "v" && j > 0, (t.Pos == "b" || t.Pos == "f") && j > 0 && k+j+1 < len(toks):
		case t.Pos == "v" && j == 0 && len([]rune(t.Text)) == 1 && k+1 < len(toks) && isNounPos(toks[k+1].Pos):
			// 访港旅客: a verb of one character opens a noun (a verb of two
			// opens a sentence: 举办展览会)
		case (words.has(jointKind, t.Text) || t.Text == "的") && j > 0 && k+j+1 < len(toks):
		default:
			return 0, 0, false
		}
	}
	if last := toks[len(toks)-1]; nouns == 0 || last.Pos == "f" || last.Pos == "b" {
		return 0, 0, false
	}
	if e-start < 2 {
		return 0, 0, false
	}
	return start, e, true
}

// maxTitle is the longest title, in runes, read as a governing subject.
const maxTitle = 40

// titleGoverns gives a figure that names no subject, and whose sentence
// names none before it, the subject its document's title names, when the
// title is a noun phrase of what is measured after its time and place
// (2024年5月零售业销货额, 前三季度全市规模以上工业增加值); a title that is a
// sentence, holds a figure or names a topic (统计公报) governs nothing. The
// title is Document.Title, else the document's first line.
func titleGoverns(a *attacher, i int) {
	it := a.items[i]
	if hasMetric(it) || it.titleMetric != "" || it.distribute || a.sentenceNamed(i) || a.doc.Continues || !a.inLead(it.para) {
		return
	}
	t := a.titleSubject()
	switch {
	case t.inText:
		if a.setMetric(it, t.s, t.e) {
			it.structural = true
		}
	case t.text != "":
		it.titleMetric = t.text
	}
}

// leadLines is how many lines (blank lines not counted) of a document's
// start a title governs: its lead, not the whole of a long text.
const leadLines = 5

// inLead reports whether the paragraph starting at para is among the first
// leadLines lines of the document.
func (a *attacher) inLead(para int) bool {
	if a.leadEnd == 0 {
		a.leadEnd = len(a.rs)
		n := 0
		for p := 1; p < len(a.rs); p++ {
			if a.rs[p] == '\n' && a.rs[p-1] != '\n' {
				if n++; n >= leadLines {
					a.leadEnd = p
					break
				}
			}
		}
	}
	return para < a.leadEnd
}

// titleMetric is the subject a title names: a span of the text (a first
// line) or the title's text as written.
type titleMetric struct {
	done   bool
	inText bool
	s, e   int
	text   string
}

func (a *attacher) titleSubject() titleMetric {
	if a.title.done {
		return a.title
	}
	a.title.done = true
	if a.tok == nil {
		return a.title
	}
	if a.doc.Title != "" {
		rs := a.doc.TitleText
		if len(rs) == 0 {
			rs = []rune(a.doc.Title)
		}
		t := &attacher{rs: rs, tok: a.tok, toks: a.toks}
		if s, e, ok := t.titlePhrase(0, len(rs)); ok {
			written := []rune(a.doc.Title)
			if len(written) != len(rs) {
				written = rs
			}
			a.title.text = strings.TrimSpace(string(written[s:e]))
		}
		return a.title
	}
	if a.doc.Continues {
		return a.title
	}
	for p := 0; p < len(a.rs); {
		le := p
		for le < len(a.rs) && a.rs[le] != '\n' {
			le++
		}
		s, e := a.trimSpaces(p, le)
		if e > s {
			if le < len(a.rs) && !a.anyFigureIn(s, e) { // a headline has text after it
				a.title.s, a.title.e, a.title.inText = a.titlePhrase(s, e)
			}
			break
		}
		p = le + 1
	}
	return a.title
}

// titlePhrase returns the noun phrase a title [s, e) is, after its time
// and place (香港2023年11月零售业销货额 → 零售业销货额).
func (a *attacher) titlePhrase(s, e int) (int, int, bool) {
	s, e = a.trimSpaces(s, e)
	if e-s < 2 || e-s > maxTitle || numberingPrefix(a.rs[s:e]) > 0 {
		return 0, 0, false // a numbered line is a heading
	}
	for p := s; p < e; p++ {
		if isClauseMark(a.rs[p]) || a.rs[p] == '|' {
			return 0, 0, false
		}
	}
	for n := 0; n < 4; n++ {
		s, e = a.trimPhrase(s, e)
		if e-s < 2 {
			return 0, 0, false
		}
		toks := a.tokens(s, e)
		if len(toks) < 2 {
			break
		}
		t := toks[0]
		w, _ := a.startingAt(placeKind, s, e)
		switch {
		case w != "":
			s += len([]rune(w))
		case t.Pos == "ns" || t.Pos == "t" || t.Pos == "m" || t.Pos == "f" || periodPrefix([]rune(t.Text+toks[1].Text)) > len([]rune(t.Text)):
			s += t.End
		default:
			n = 4
		}
	}
	for p := s; p < e; p++ {
		if isDigitRune(a.rs[p]) {
			return 0, 0, false
		}
	}
	return a.headingSubject(s, e)
}

// columnHeader returns the header cell of the column of it, a figure in a
// table row [line, end) (cells between '|'): the cell at the same place in
// the nearest line above, in the same table, that holds no number, without
// a unit in parentheses (游客人次(万人次)); none when it names a topic.
func (a *attacher) columnHeader(it *item, line, end int) (int, int, bool) {
	col := -1
	for k, c := range a.cells(line, end) {
		if c.Start <= it.f.Start && it.f.End <= c.End {
			col = k
		}
	}
	if col < 1 {
		return 0, 0, false // not in a cell, or in the label's
	}
	for p := line; p > 0; {
		le := p - 1
		ls := a.paragraphStart(le)
		p = ls
		if !strings.ContainsRune(a.text(ls, le), '|') {
			return 0, 0, false // the table starts below
		}
		if strings.ContainsFunc(a.text(ls, le), isDigitRune) {
			continue // a row: the header holds no number
		}
		cells := a.cells(ls, le)
		if col >= len(cells) {
			return 0, 0, false
		}
		s, e := cells[col].Start, cells[col].End
		for k := s; k < e; k++ {
			if a.rs[k] == '(' || a.rs[k] == '（' {
				e = k
				break
			}
		}
		return a.headingSubject(s, e)
	}
	return 0, 0, false
}

// cells splits the table row [s, e) at its '|' marks, dropping the empty
// cells of a leading and a trailing mark.
func (a *attacher) cells(s, e int) []Span {
	var out []Span
	start := s
	for p := s; p <= e; p++ {
		if p == e || a.rs[p] == '|' {
			cs, ce := a.trimSpaces(start, p)
			if ce > cs || (start != s && p != e) {
				out = append(out, Span{cs, ce})
			}
			start = p + 1
		}
	}
	return out
}

// maxRowLabel is the longest label of a flattened table row, in runes.
const maxRowLabel = 30

// flatRowLabel returns the label of a table row flattened into the line
// [line, end): a label with no clause mark (maybe with its unit in
// parentheses, which is dropped), then from its first number to the end of
// the line only figures, numbers, signs and spaces.
func (a *attacher) flatRowLabel(it *item, line, end int) (int, int, bool) {
	s, end := a.trimSpaces(line, end)
	p := s
	for p < end && !isDigitRune(a.rs[p]) && !(isSignRune(a.rs[p]) && p+1 < end && (isDigitRune(a.rs[p+1]) || isSignRune(a.rs[p+1]))) {
		if isClauseMark(a.rs[p]) || a.rs[p] == '|' || p-s > maxRowLabel {
			return 0, 0, false
		}
		p++
	}
	if p >= end || p > it.f.Start || p-s < 2 {
		return 0, 0, false // no label
	}
	k := 0 // the numbers from the label on
	for q := p; q < end; q++ {
		if isHan(a.rs[q]) || isClauseMark(a.rs[q]) && a.rs[q] != ',' {
			o := a.figureAt(q)
			if o == nil {
				return 0, 0, false // text after the first number: a sentence
			}
			q = o.f.End - 1
			continue
		}
		if isDigitRune(a.rs[q]) && (q == p || !isDigitRune(a.rs[q-1]) && a.rs[q-1] != ',' && a.rs[q-1] != '.') {
			k++
		}
	}
	if k < 2 {
		return 0, 0, false // one number after a phrase is a sentence's
	}
	e := p
	if r := a.rs[e-1]; r == ')' || r == '）' {
		for q := e - 1; q > s; q-- {
			if a.rs[q] == '(' || a.rs[q] == '（' {
				e = q
				break
			}
		}
	}
	han := 0
	for _, r := range a.rs[s:e] {
		if isHan(r) {
			han++
		}
	}
	if han < 2 {
		return 0, 0, false
	}
	if _, _, ok := a.strongSpan(it, s, e); !ok {
		return 0, 0, false
	}
	return s, e, true
}

// isSignRune is a plus or minus sign.
func isSignRune(r rune) bool {
	switch r {
	case '-', '+', '－', '＋', '−':
		return true
	}
	return false
}
