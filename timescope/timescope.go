// Package timescope gives every figure of a document the time expression
// that governs it and that expression's interval: the one in its clause,
// else the nearest earlier one of its sentence, paragraph, heading or title
// that still governs it. It runs after extraction, on the normalised text of
// one document (or of a chunk of it that starts at a paragraph boundary, with
// the title and date passed in Doc).
//
// The rules, each for a kind of expression:
//
//   - A new time expression ends the scope of the one before it.
//   - A comparison base is never a period: 比上年, 较去年同期, 同比2023年, 与112年相比,
//     为去年的3.5倍, 是1958年以来最高. A base that names a thing (比“十五”计划目标3000亿元)
//     governs only the rest of its clause; so do the start of a change (由2000年的548亿元),
//     a time inside 《》 or brackets, and a span like 5年内.
//   - A base that 与/同 … 相比 (相较, 比较, 对比) encloses further on in its clause
//     (同第六次全国人口普查2010年11月1日零时的133972万人相比) is no period either; with a
//     figure of its own (133972万人) it governs that figure only, up to its 相比.
//   - A day (1月30日, 今日, 昨天, 上周五) governs its own paragraph only; a dateline
//     (3月5日电) nothing. 当日/当天 is the latest day met before it (a dateline's
//     too); with none it is no period (当天办结: how, not when).
//   - An effective-from time (自2019年10月1日起, 从2023年1月1日起) starts on its day
//     and is open at its end; it governs its sentence, and its paragraph when it
//     opens it.
//   - A week of the year (2021年第34周) governs as a month does; the days in the
//     bracket after it (2021年8月23日-2021年8月29日) are its interval, no time of
//     their own.
//   - A time in a list item (◆, ●, - …) governs that item only.
//   - A heading ends the scope of what was said under the previous one: the
//     document's frame governs again (a time at the start of a sentence before the
//     first heading, or in a heading: 2018年,全省…; 回顾2022年; 今后要这样做).
//   - A whole year that opens a sentence counting a running total (2023年,…累计入选64家)
//     is a stock at the year's end: its interval has no start, like 截至 (a holiday's
//     total is the holiday's: 2021年中秋假期3天，全国累计…).
//   - A time that names a product (12月份交割的黄金期货, 12月合约) is no period, nor is a
//     time listed after a comparison base (较去年同期、去年全年分别加快…).
//   - An annual average (年均增长) takes the latest span of several years (十五, 过去的五年).
//   - A time in a round bracket with a figure of its own (二零一九年:336,515,000元) is a
//     comparison's base: it governs up to the bracket's close.
//   - 上年同期 (去年同期) in prose governs its sentence only, and no clause after it that
//     opens with 本期 or 本报告期 (words.tsv kind current).
//   - The time after 由 governs the start of a change only, up to its 到, 至, 转为 or 变为
//     (words.tsv kind changeto); a relative month there (由上月上涨0.4%转为…) counts from
//     the month that governs.
//   - A time in a sentence that opens with 其中 (words.tsv kind breakdown) governs that
//     sentence only.
//   - A time that names an effect (去年价格变动的翘尾影响; words.tsv kind effect) is no period.
package timescope

import (
	"slices"
	"sync"
	"time"

	"github.com/zhmetrics/zhmetrics/timex"
)

// Doc is the document the figures were found in.
type Doc struct {
	Text  []rune    // the normalised text; figures' offsets point into it
	Title string    // the title from the metadata, used when the text does not start with it
	Date  time.Time // the document's date (zero when unknown): reference for relative times
	// Frame is the document's frame expression as written (FrameOf of its
	// first chunk: 2024年, 一一四年1至10月) when Text is a later chunk that
	// starts mid-document; "" otherwise.
	Frame string
}

// Span is a figure's place in Doc.Text, End exclusive.
type Span struct{ Start, End int }

// Period is what Assign finds for one figure: the expression's span in
// Doc.Text (Start = End = -1 when nothing governs it) and its interval.
type Period struct {
	Start, End int
	Text       string // the expression when it is not in Doc.Text (a carried Frame)
	Interval   timex.Interval
}

// role says how far an expression governs.
type role int

const (
	scopes    role = iota // governs until the next expression (the usual case)
	paragraph             // governs the rest of its paragraph only
	sentence              // governs the rest of its sentence only
	clause                // governs the rest of its clause only
	ignored               // a comparison base or a dateline: governs nothing
)

type expr struct {
	timex.Expr
	role    role
	from    bool // the start of a change: 由2000年的…
	until   int  // > 0: a comparison's base with its figure, governing up to its 相比 there
	closes  int  // > 0: a time in a bracket with a figure of its own, governing up to the bracket's close there
	initial bool // first in its sentence
	opens   bool // first in its clause (after a lead-in such as 在, 就在, 于)
	record  bool // the start of a record, not a period (recordSince: 1958年以来最高)
	iv      timex.Interval
}

type line struct {
	start, end int
	kind       lineKind
	prose      bool // reads as prose: a sentence mark, or 10 Chinese characters
	sentences  bool // has a sentence mark: a title line that is a paragraph
}

type lineKind int

const (
	body lineKind = iota
	title
	heading
	item    // a list item: ◆ …, - …
	caption // 图5-1 …, 表1 …
	header  // Date: …, URL: …
)

// Assign returns the period of each figure, in the order given.
func Assign(d Doc, figs []Span) []Period {
	out, _ := assign(d, figs)
	return out
}

// FrameOf returns the frame of a document (or of its first chunk): the
// time of its title or lead that governs the sections under its headings,
// as written, or "". Pass it as Doc.Frame with the later chunks.
func FrameOf(d Doc) string {
	_, f := assign(d, nil)
	return f
}

// assign returns the period of each figure and the document's frame (see
// FrameOf), with working memory from scratchPool.
func assign(d Doc, figs []Span) ([]Period, string) {
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	return sc.assign(d, figs)
}

// assign is assign with the working memory sc, which may hold what an
// earlier document left: everything is overwritten before it is read.
func (sc *scratch) assign(d Doc, figs []Span) ([]Period, string) {
	out := make([]Period, len(figs))
	for i := range out {
		out[i] = Period{Start: -1, End: -1}
	}
	order := byStart(figs)
	fx := figures{figs, order}
	lines := splitLines(sc.lines[:0], d.Text, fx)
	sc.lines = lines
	all := sc.exprs[:0]        // the expressions of every line, line after line
	at := append(sc.at[:0], 0) // those of line i are all[at[i]:at[i+1]]
	for _, ln := range lines {
		all = appendLineExprs(all, d.Text, ln, fx, &sc.found)
		at = append(at, int32(len(all)))
	}
	sc.exprs, sc.at = all, at
	exprs := lineSlices{all, at}
	ref := refYear(d, lines, exprs)
	lead := leadLine(lines)

	var (
		frame, span *expr
		// reported: the period the document reports on, what 报告期末 ends:
		// the first period (more than a day) its title names (2024年半年度报告)
		reported *expr
		// lastDay: the latest day met (a dateline's too), which 当日 and
		// 当天 take when the expression that governs them is no day
		lastDay *expr
		carried string // the text of a frame carried in d.Frame
		// in force at each level: the document (cur), then the paragraph,
		// sentence and clause overlays; the most local one set last governs
		level    [clause + 1]*expr
		leadDone bool
		fi       int
		opener   *expr // the expression that opened a clause of the current sentence
	)
	governing := func() *expr {
		var g *expr
		for _, e := range level[:clause+1] {
			if e != nil && (g == nil || e.Start > g.Start) {
				g = e
			}
		}
		return g
	}
	ctx := func() timex.Context {
		c := timex.Context{DocDate: d.Date, RefYear: ref}
		if g := governing(); g != nil {
			c.Scope = g.iv
		}
		if span != nil {
			c.Span = span.iv
		}
		return c
	}
	// ctxOf is ctx for e: 当日 resolves against the latest day met
	ctxOf := func(e *expr) timex.Context {
		c := ctx()
		if e.ScopeDay && lastDay != nil {
			c.Scope = lastDay.iv
		}
		if g := governing(); e.from && e.HasRelMon && g != nil && oneMonth(g.iv) {
			c.DocDate = g.iv.Start // 12月份…由上月上涨0.4%转为下降0.3%: the month before the one it changed into
		}
		if e.ScopeEnd { // 报告期末: of the period the document reports on (its title's), not of a time met in its text (a table's column: 2016年)
			c.Scope = timex.Interval{}
			if reported != nil {
				c.Scope = reported.iv
			}
		}
		return c
	}
	// noteDay keeps e as the latest day when it resolves to one
	noteDay := func(e *expr) {
		if e.IsDay() && !e.iv.Start.IsZero() && e.iv.Start.Equal(e.iv.End) {
			lastDay = e
		}
	}
	if fs := timex.FindString(d.Frame); d.Frame != "" && len(fs) > 0 {
		e := &expr{Expr: fs[0], role: scopes}
		e.Start, e.End = -1, -1
		e.iv = timex.Resolve(e.Expr, ctx())
		frame, level[scopes], carried = e, e, string([]rune(d.Frame)[fs[0].Start:fs[0].End])
	}
	// The title given apart from the text (an HTML page's) names the period
	// reported on as a title line would.
	for _, te := range timex.FindString(d.Title) {
		e := &expr{Expr: te}
		if e.iv = timex.Resolve(te, ctx()); !te.ScopeEnd && e.iv.Start.Before(e.iv.End) {
			reported = e
			break
		}
	}
	for li, ln := range lines {
		if ln.kind == heading {
			leadDone = leadDone || li > lead // a short line above the first paragraph (a dateline) is no section
			level[scopes] = frame
		}
		level[paragraph], level[sentence], level[clause] = nil, nil, nil
		es := exprs.of(li)
		if len(es) == 0 && (fi == len(order) || figs[order[fi]].Start >= ln.end) {
			continue // nothing on the line: the walk below would meet nothing
		}
		ei := 0
		marks := newMarkWalk(d.Text, ln.start)
		// expire sentence and clause overlays as the walk passes their ends
		expire := func(to int) {
			marks.advance(to)
			if e := level[sentence]; e != nil && marks.sentenceSince(e.End) {
				level[sentence] = nil
			}
			if e := level[clause]; e != nil && e.closes > 0 {
				if to >= e.closes {
					level[clause] = nil // (二零一九年:336,515,000元): the bracket's time is its own
				}
			} else if e != nil && marks.clauseSince(e.End) {
				level[clause] = nil
			}
		}
		for {
			nextE, nextF := len(d.Text)+1, len(d.Text)+1
			if ei < len(es) {
				nextE = es[ei].Start
			}
			if fi < len(order) && figs[order[fi]].Start < ln.end {
				nextF = figs[order[fi]].Start
			}
			if nextE > ln.end && nextF > ln.end {
				break
			}
			if nextE <= nextF {
				e := &es[ei]
				ei++
				expire(e.Start)
				if e.role == ignored {
					if e.IsDay() {
						e.iv = timex.Resolve(e.Expr, ctxOf(e))
						noteDay(e) // 3月5日电…当天
					}
					continue
				}
				e.iv = timex.Resolve(e.Expr, ctxOf(e))
				if e.ScopeDay && e.iv.IsZero() {
					continue // 当天办结 with no day before it: how, not when
				}
				noteDay(e)
				if e.opens && runningTotal(d.Text, e) {
					e.iv.Start = time.Time{} // 2023年,联和街道累计入选…: a stock at the year's end
				}
				r := e.role
				if opener != nil && marks.sentenceSince(opener.End) {
					opener = nil
				}
				if r == scopes && !e.opens && opener != nil {
					r = clause // 2023年12月,…开展2023年度…评审会: the sentence's own time stays
				}
				if e.opens && r != ignored && e.Kind == timex.Calendar && !e.IsDay() {
					opener = e
				}
				if r == scopes && (ln.kind == item || ln.kind == caption) {
					r = paragraph // a list item's or a caption's time is its own
				}
				level[r] = e
				if ln.kind == title && reported == nil && !e.ScopeEnd && e.iv.Start.Before(e.iv.End) {
					reported = e // a period: a day is none
				}
				for lv := r + 1; lv <= clause; lv++ {
					level[lv] = nil
				}
				if r == scopes && e.iv.Years() > 1 {
					span = e
				}
				if r == scopes && (ln.kind == heading || (ln.kind == title && ln.sentences || li == lead) && (e.initial || li == lead && e.opens && ei == 1) && !leadDone && e.Kind != timex.Vague && !e.IsDay() && !bareRelYear(e.Expr)) {
					frame = e
				}
				continue
			}
			f := order[fi]
			fi++
			expire(figs[f].Start)
			if c := level[clause]; c != nil && c.from && fromTo(d.Text, c.End, figs[f].Start) {
				level[clause] = nil // 由2000年的171.7亿元增加到425.7亿元: the end is not the start's
			}
			for _, lv := range []role{sentence, clause} {
				if e := level[lv]; e != nil && e.SameAs && currentOpens(d.Text, e.End, figs[f].Start) {
					level[lv] = nil // 上年同期…下降110,388.54万元，本期公允价值变动…: the period reported on again
				}
			}
			if c := level[clause]; c != nil && c.until > 0 && figs[f].Start >= c.until {
				level[clause] = nil // 与2010年的133972万人相比增加5206万人: the change is not the base's
			}
			g := governing()
			if g == nil || marks.sentenceSince(g.End) {
				if after := afterInClause(es, ei, d.Text, figs[f].End); after != nil {
					after.iv = timex.Resolve(after.Expr, ctxOf(after))
					if !after.ScopeDay || !after.iv.IsZero() {
						g = after
					}
				}
			}
			if span != nil && g != span && annualAverage(d.Text[marks.clauseStart():figs[f].Start]) {
				g = span
			}
			if g != nil {
				out[f] = Period{Start: g.Start, End: g.End, Interval: g.iv}
				if g.Start < 0 {
					out[f].Text = carried
				}
			}
		}
	}
	switch {
	case frame == nil:
		return out, ""
	case frame.Start < 0:
		return out, carried
	}
	return out, string(d.Text[frame.Start:frame.End])
}

// scratch is the working memory of assign: the lines of the document, the
// time expressions of all its lines and the buffer timex fills. Documents
// reuse it through scratchPool, so that assign allocates little besides its
// result; none of it outlives the call (the periods copy what they need).
type scratch struct {
	lines []line
	exprs []expr
	at    []int32
	found []timex.Expr
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// release gives sc back to scratchPool, without the strings its expressions
// point to, so that a pooled scratch keeps no text alive.
func (sc *scratch) release() {
	clear(sc.exprs)
	clear(sc.found)
	scratchPool.Put(sc)
}

// lineSlices are the expressions of every line, stored one after the other.
type lineSlices struct {
	all []expr
	at  []int32 // line i's are all[at[i]:at[i+1]]
}

// of returns the expressions of line i.
func (ls lineSlices) of(i int) []expr { return ls.all[ls.at[i]:ls.at[i+1]:ls.at[i+1]] }

// leadLine is the index of the first paragraph of the body: the first line
// after the title that reads as prose (a sentence mark, or 20 characters).
func leadLine(lines []line) int {
	for i, ln := range lines {
		if ln.kind == body && ln.prose {
			return i
		}
	}
	return -1
}

// fromTo reports whether a change's end (到, 至, 转为, 变为: words.tsv kind
// changeto) stands between from and to; false when to is not after from (a
// figure the extractor read inside the time: 103年 of 由103年的100人, when
// 103年 was also read as a span of years).
func fromTo(rs []rune, from, to int) bool {
	from, to = max(from, 0), min(to, len(rs))
	if from >= to {
		return false
	}
	for k := from; k < to; k++ {
		for _, w := range changeToWords {
			if hasRunes(rs[k:to], w) {
				return true
			}
		}
	}
	return false
}

// currentWords open a clause about the period reported on (本期, 本报告期:
// words.tsv kind current).
var currentWords = runesOf(timex.Words("current"))

// currentOpens: a clause that opens with one of currentWords starts in
// (from, to).
func currentOpens(rs []rune, from, to int) bool {
	for k := max(from, 0); k < to && k < len(rs); k++ {
		if !isClauseMark(rs[k]) {
			continue
		}
		for _, w := range currentWords {
			if hasRunes(rs[k+1:to], w) {
				return true
			}
		}
	}
	return false
}

// oneMonth reports whether iv is one whole calendar month.
func oneMonth(iv timex.Interval) bool {
	s, e := iv.Start, iv.End
	return !s.IsZero() && !e.IsZero() && s.Day() == 1 && s.Year() == e.Year() && s.Month() == e.Month() &&
		e.AddDate(0, 0, 1).Day() == 1
}

// changeToWords are the words of words.tsv kind changeto, as runes.
var changeToWords = runesOf(timex.Words("changeto"))

// markWalk follows the walk over a line and knows the last sentence and
// clause marks before the walk's place, so that asking whether a sentence
// or clause ended since an offset reads no text again: the walk reads each
// character of the line at most once, and only as far as a question needs
// (a time before the line is answered by the '\n' before it).
type markWalk struct {
	rs  []rune
	pos int // the marks before pos are read
	to  int // the walk's place: pos <= to
	// the offsets of the last sentence and clause marks before pos, or -1
	sentence, clause int
}

// newMarkWalk starts a walk at offset start.
func newMarkWalk(rs []rune, start int) markWalk {
	m := markWalk{rs: rs}
	m.rewind(max(min(start, len(rs)), 0))
	return m
}

// advance moves the walk to offset to. The walk meets expressions and
// figures in order, so it reads on from its place when asked; should it be
// moved to a place before that, it reads back from there.
func (m *markWalk) advance(to int) {
	to = max(min(to, len(m.rs)), 0)
	if to < m.pos {
		m.rewind(to)
	}
	m.to = to
}

// read reads the marks up to the walk's place.
func (m *markWalk) read() {
	// in locals: the loop reads only the runes (Go would load the fields
	// of m again at every rune)
	rs, clause, sentence := m.rs[:m.to], m.clause, m.sentence
	for k := m.pos; k < len(rs); k++ {
		if r := rs[k]; isClauseMark(r) {
			clause = k
			if isSentenceMark(r) {
				sentence = k
			}
		}
	}
	m.pos, m.clause, m.sentence = m.to, clause, sentence
}

// rewind finds the marks before to by reading back to a sentence mark
// (which is a clause mark too); at a line's start that is the '\n' before it.
func (m *markWalk) rewind(to int) {
	m.pos, m.to, m.sentence, m.clause = to, to, -1, -1
	for k := to - 1; k >= 0; k-- {
		if r := m.rs[k]; isClauseMark(r) {
			if m.clause < 0 {
				m.clause = k
			}
			if isSentenceMark(r) {
				m.sentence = k
				return
			}
		}
	}
}

// sentenceSince reports whether a sentence ends between from and the walk's
// place (!sameSentence(rs, from, to)), clauseSince whether a clause does
// (clauseBreak(rs, from, to)). A mark known at from or after it answers
// without reading on: the marks known only move forward.
func (m *markWalk) sentenceSince(from int) bool {
	if m.sentence < max(from, 0) {
		m.read()
	}
	return m.sentence >= max(from, 0)
}

func (m *markWalk) clauseSince(from int) bool {
	if m.clause < max(from, 0) {
		m.read()
	}
	return m.clause >= max(from, 0)
}

// clauseStart is the start of the clause the walk is in (clauseStart(rs, to)).
func (m *markWalk) clauseStart() int {
	m.read()
	return m.clause + 1
}

// byStart lists the figures' indexes in order of position.
func byStart(figs []Span) []int {
	o := make([]int, len(figs))
	for i := range o {
		o[i] = i
	}
	for i := 1; i < len(o); i++ {
		for j := i; j > 0 && figs[o[j]].Start < figs[o[j-1]].Start; j-- {
			o[j], o[j-1] = o[j-1], o[j]
		}
	}
	return o
}

// afterInClause returns the first expression after a figure in the same
// clause, when it governs: 全市常住人口82.9万人(2022年末).
func afterInClause(es []expr, ei int, rs []rune, from int) *expr {
	for ; ei < len(es); ei++ {
		e := &es[ei]
		if clauseBreak(rs, from, e.Start) {
			return nil
		}
		if e.role != ignored && e.Kind != timex.Event && e.until == 0 {
			return e
		}
	}
	return nil
}

const clauseMarks = "，,；;。！？!?：:\n"

const sentenceMarks = "。！？!?；;\n"

// isClauseMark is strings.ContainsRune(clauseMarks, r), and isSentenceMark
// the same for sentenceMarks, without encoding r at every character
// (TestMarksAreTheStrings keeps them the same).
func isClauseMark(r rune) bool {
	if r > '。' && r < '！' {
		return false // between U+3002 and U+FF01: the Han characters, at once
	}
	switch r {
	case '，', ',', '；', ';', '。', '！', '？', '!', '?', '：', ':', '\n':
		return true
	}
	return false
}

func isSentenceMark(r rune) bool {
	if r > '。' && r < '！' {
		return false
	}
	switch r {
	case '。', '！', '？', '!', '?', '；', ';', '\n':
		return true
	}
	return false
}

// hasRunes reports whether rs starts with p.
func hasRunes(rs, p []rune) bool {
	return len(rs) >= len(p) && slices.Equal(rs[:len(p)], p)
}

// clauseBreak reports whether a clause mark stands in [from, to).
func clauseBreak(rs []rune, from, to int) bool {
	for k := max(from, 0); k < to && k < len(rs); k++ {
		if isClauseMark(rs[k]) {
			return true
		}
	}
	return false
}

// clauseStart is the offset after the clause mark before k.
func clauseStart(rs []rune, k int) int {
	for k > 0 && !isClauseMark(rs[k-1]) {
		k--
	}
	return k
}

// averageWords say that a figure is an average per year, as runes (timex
// words.tsv kind average), and averageFirsts are their first characters.
var (
	averageWords  = runesOf(timex.Words("average"))
	averageFirsts = firstsOf(averageWords)
)

// firstsOf is the first characters of words, each once.
func firstsOf(words [][]rune) []rune {
	var out []rune
	for _, w := range words {
		if !slices.Contains(out, w[0]) {
			out = append(out, w[0])
		}
	}
	return out
}

// annualAverage reports whether a figure is an average per year over a span
// (年均增长11.6%): c, its clause before it, holds one of averageWords.
func annualAverage(c []rune) bool {
	for i, r := range c {
		if !slices.Contains(averageFirsts, r) {
			continue
		}
		for _, w := range averageWords {
			if hasRunes(c[i:], w) {
				return true
			}
		}
	}
	return false
}

// runningTotal reports whether e is one calendar year that opens a sentence
// which counts a running total (累计).
func runningTotal(rs []rune, e *expr) bool {
	if e.Year == 0 || e.Year2 != 0 || e.M1 != 0 || e.Q1 != 0 || e.YearEdge != 0 || e.Since || e.AsOf || e.From || e.Holiday != "" {
		return false
	}
	for k := e.End; k+1 < len(rs) && !isSentenceMark(rs[k]); k++ {
		if rs[k] == '累' && rs[k+1] == '计' {
			return true
		}
	}
	return false
}
