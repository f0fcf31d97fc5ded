// Package extract finds the figures of a Chinese sentence: a number with its
// unit, qualifier, range, change, metric and period.
//
// The rules are small and named, one kind a file, each with its table of
// examples in the _test.go file beside it:
//
//	numbers.go    ParseNumber, ParseFraction: written numbers to values
//	units.go      the unit table (data/units.tsv)
//	scan.go       where a number and its unit stand in a sentence; ranges; fractions
//	exclude.go    what is not a figure: dates, ordinals, identifiers, URLs, idioms
//	context.go    qualifier (约, 超过, 左右 …) and change (增长, 下降 …)
//	metric.go     the phrase a figure measures
//	period.go     the time a figure refers to
//	lexicon.go    the word lists of the rules (data/lexicon.tsv)
//	findnumbers.go  every number of running text, unit or not (FindNumbers)
//
// Extract runs them in that order on one sentence; it is a pure function of the
// sentence and its tokens. ExtractWith asks a segmenter for the tokens of only
// the clauses that hold a candidate figure its text alone does not reject.
package extract

import (
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
	"unsafe"
)

// Token is one word of the sentence as a segmenter cut it, with its
// part-of-speech tag; Start and End are rune offsets into the sentence.
type Token struct {
	Text       string
	Pos        string
	Start, End int
}

// Figure is one figure of a sentence. Start and End are rune offsets into the
// sentence, End exclusive. Value is nil for a range, Low and High nil otherwise.
type Figure struct {
	Start, End  int
	Surface     string
	Value       *float64
	Low, High   *float64
	Unit        string // canonical unit, scale removed: 元, 人, %, 亩
	UnitWritten string // as written: 亿元, 万人次
	Dimension   string
	BaseValue   *float64 // Value converted to BaseUnit where the unit has a conversion (亩 → 平方米); nil for ranges
	BaseUnit    string
	Qualifier   string // exact, approx, over, nearly, under
	Change      string // none, increase, decrease
	Compare     string // yoy (同比), mom (环比) or empty
	Metric      string
	MetricStart int // span of the metric in the sentence, -1 when there is none
	MetricEnd   int
	Period      string    // the time expression that governs the figure, as written (2024年, 上半年), or empty
	PeriodStart time.Time // first day of the period's interval; zero when open or unknown (截至2024年11月)
	PeriodEnd   time.Time // last day, inclusive; zero when unknown
}

// Qualifier and change values.
const (
	Exact    = "exact"
	Approx   = "approx"
	Over     = "over"
	Nearly   = "nearly"
	Under    = "under"
	NoChange = "none"
	Increase = "increase"
	Decrease = "decrease"
)

// Extract returns the figures of one sentence, in order of position. tokens
// may be nil; then the word-boundary rules and the metric are skipped.
func Extract(text string, tokens []Token) []Figure {
	if cs, orig, ok := despace([]rune(text)); ok {
		return mapBack(Extract(string(cs), mapTokens(tokens, orig, len([]rune(text)))), orig, []rune(text))
	}
	var s sentence
	s.init(text, tokens)
	return s.extract()
}

// Tokenizer cuts text into tokens with rune offsets into that text. Each call
// returns a new slice, which the caller may change.
type Tokenizer interface {
	Tokens(text string) []Token
}

// ExtractWith is Extract that asks seg for tokens only where they are needed:
// the clauses (between ，；： marks) that hold a candidate figure not
// rejected by its text alone (a date, an ordinal …). A sentence without one
// is never segmented. The rules never look past a clause mark, so
// the figures are those Extract finds with the whole sentence's tokens.
func ExtractWith(sentence string, seg Tokenizer) []Figure {
	return ExtractWithRunes([]rune(sentence), seg)
}

// ExtractWithRunes is ExtractWith on a sentence given as runes (the
// pipeline has them already); rs is not changed.
func ExtractWithRunes(rs []rune, seg Tokenizer) []Figure {
	return ExtractWithUnit(rs, seg, nil)
}

// ExtractWithUnit is ExtractWithRunes in a document that declared the unit of
// its amounts written with a scale and no unit (（台币，下同）, see
// DeclaredUnit); nil means 元.
func ExtractWithUnit(rs []rune, seg Tokenizer, bare *Unit) []Figure {
	return extractTo(nil, rs, seg, bare, false)
}

// AppendWithUnit is ExtractWithUnit for a caller that gathers the figures
// of many sentences and gives them their periods with the whole document
// in view (pipeline, with timescope): it appends the figures to dst and
// returns the extended slice, so that no slice is made for each sentence,
// and leaves their Period empty, so that the sentence's time expressions
// are not looked for.
func AppendWithUnit(dst []Figure, rs []rune, seg Tokenizer, bare *Unit) []Figure {
	return extractTo(dst, rs, seg, bare, true)
}

// extractTo is AppendWithUnit, with the figures' periods unless noPeriod
// (dst nil: a slice of the figures' exact number), with working memory
// from scratchPool.
func extractTo(dst []Figure, rs []rune, seg Tokenizer, bare *Unit, noPeriod bool) []Figure {
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	return sc.extractTo(dst, rs, seg, bare, noPeriod)
}

// scratch is the working memory of extractTo, reused from sentence to
// sentence through scratchPool: the byte offsets of the sentence's runes,
// its candidates and the tokens of its clauses joined. Nothing of it
// outlives the call (the figures hold strings and values of their own).
type scratch struct {
	offs   [512]int32
	cands  []candidate
	tokens []Token
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// release gives sc back to scratchPool, without the strings and units its
// candidates and tokens point to, so that a pooled scratch keeps no text alive.
func (sc *scratch) release() {
	clear(sc.cands)
	clear(sc.tokens)
	sc.cands, sc.tokens = sc.cands[:0], sc.tokens[:0]
	scratchPool.Put(sc)
}

// extractTo is extractTo with the working memory sc, which may hold what an
// earlier sentence left: everything is overwritten before it is read.
func (sc *scratch) extractTo(dst []Figure, rs []rune, seg Tokenizer, bare *Unit, noPeriod bool) []Figure {
	kinds := kindsOf(rs)
	if kinds&kindSpace != 0 {
		if cs, orig, ok := despace(rs); ok {
			return append(dst, mapBack(extractTo(nil, cs, seg, bare, noPeriod), orig, rs)...)
		}
	}
	s := &sentence{rs: rs, bare: bare, kindSet: kinds, noPeriod: noPeriod, offs: &sc.offs}
	s.blocked = s.notFigureSpans()
	cands := s.candidatesTo(sc.cands[:0])
	sc.cands = cands
	var clauseBuf [4][2]int
	clauses := clauseBuf[:0]
	for i, c := range cands {
		if rejectByText(s, c) != "" {
			continue // not a figure whatever the tokens: its clause needs none
		}
		cands[i].textPassed = true // rejectFigure need not ask again
		a, b := clauseAround(s.rs, c.start, c.end)
		if n := len(clauses); n > 0 && a <= clauses[n-1][1] {
			clauses[n-1][1] = max(clauses[n-1][1], b)
		} else {
			clauses = append(clauses, [2]int{a, b})
		}
	}
	if len(clauses) == 0 {
		return dst
	}
	var tokens []Token
	text := s.text()
	for ci, cl := range clauses {
		ts := seg.Tokens(text[s.byteAt(cl[0]):s.byteAt(cl[1])])
		for i := range ts {
			ts[i].Start += cl[0]
			ts[i].End += cl[0]
		}
		switch ci {
		case 0:
			tokens = ts // the usual case: one clause, no copy
		case 1:
			tokens = append(append(sc.tokens[:0], tokens...), ts...) // several: joined in sc
		default:
			tokens = append(tokens, ts...)
		}
	}
	if len(clauses) > 1 {
		sc.tokens = tokens
	}
	s.setTokens(tokens)
	return s.appendFrom(dst, cands)
}

// clauseMark ends a clause: the rules never look across one.
func clauseMark(r rune) bool {
	switch r {
	case '，', ',', '；', ';', '：', ':', '。', '！', '？', '!', '?':
		return true
	}
	return false
}

// clauseAround widens [start, end) to the clause around it, with the clause
// marks at both ends, so the rules see the marks as tokens. A colon right
// before the figure joins the clause before it, the figure's label
// (营业收入：100亿元, 同比增长:60%).
func clauseAround(rs []rune, start, end int) (int, int) {
	for start > 0 && !clauseMark(rs[start-1]) {
		start--
	}
	if start > 1 && (rs[start-1] == ':' || rs[start-1] == '：') && !clauseMark(rs[start-2]) {
		for start--; start > 0 && !clauseMark(rs[start-1]); start-- {
		}
	}
	for end < len(rs) && !clauseMark(rs[end]) {
		end++
	}
	return max(start-1, 0), min(end+1, len(rs))
}

// candidates lists every place a figure may stand: after a candidate the scan
// goes on at its end, after a rejected one at the end of its number. Whether
// a candidate is rejected never depends on one before it, but where the scan
// goes on does; so candidates lists both continuations, and appendFrom
// follows the one the rules choose.
func (s *sentence) candidates() []candidate { return s.candidatesTo(nil) }

// candidatesTo is candidates appended to out.
func (s *sentence) candidatesTo(out []candidate) []candidate {
	rowUnit, rowScale, cellsFrom := rowLabelUnit(s.rs) // 营业收入(元)2,071,488,667.07…
	// nothing can start at a rune not in figureStarts: the loop skips them
	for i := figureStarts.next(s.rs, 0); i < len(s.rs); i = figureStarts.next(s.rs, i) {
		var c candidate
		ok := false
		if !s.blocked[i] && (startsNumber(s.rs, i) || isMinus(s.rs, i) || prefixFirst.has(s.rs[i])) {
			c, ok = scanFigure(s.rs, i, s.blocked) // else it finds nothing: inside a number, no sign
			if ok && c.unit.Surface == "起" && c.end >= 2 && isCnBig(s.rs[c.end-2]) && priceFrom(s.rs, c.start, c.end-1, 1) {
				ok = false // 售价12.98万起: the bare amount, 起 "from" after it
			}
		}
		if !ok && (isASCIIDigit(s.rs[i]) || s.rs[i] == '.') { // the first test of scanBareScale, spared a call
			c, ok = scanBareScale(s.rs, i, s.blocked, s.bareUnit())
		}
		if !ok && rowUnit != nil && i >= cellsFrom {
			c, ok = scanRowCell(s.rs, i, s.blocked, rowUnit, rowScale)
		}
		if !ok {
			i++
			continue
		}
		out = append(out, c)
		i = c.numEnd
	}
	return out
}

func (s *sentence) extract() []Figure { return s.appendFrom(nil, s.candidates()) }

// appendFrom runs the rules on the candidates, in order of position, and
// appends the figures to out. cands is overwritten.
func (s *sentence) appendFrom(out []Figure, cands []candidate) []Figure {
	// First the candidates that are figures, moved to the front of cands:
	// whether one is depends on the figures before it only for an amount with
	// no unit that is the change of the one before (changeOfBare); where the
	// next may start does. Then one allocation each for the figures (unless
	// out has room) and their values, of their exact number.
	figs := cands[:0]
	next := 0 // no figure may start before next
	for _, c := range cands {
		if c.start < next {
			continue
		}
		c = s.tenthsNextPlace(c) // 一成四: 14 %
		if reason := rejectFigure(s, c); reason != "" {
			u := changeOfBare(s, c, figs)
			if u == nil {
				if c.compound {
					next = c.end // the smaller unit's amount of a compound that is none (每9分53秒: not 53秒)
				}
				continue
			}
			c.unit = u // 用户规模6.17亿，较上年增长5703万: 人
		} else if c.bare {
			if u, ok := unitNounBefore(s, c.start); u != "" {
				if unit, ok := DefaultUnits().Lookup(u); ok {
					c.unit = unit // 观影人次为12.99亿: 人次, named by the noun
				}
			} else if !ok {
				if unit, at := unitAfterNoun(s, c); unit != nil {
					c.unit, c.unitAfter = unit, at // 4,100万访港旅客人次: 人次, after the noun
				}
			}
		}
		figs = append(figs, c)
		next = c.end
	}
	if len(figs) == 0 {
		return out
	}
	out = slices.Grow(out, len(figs))
	vals := make([][2]float64, len(figs)) // the values of the figures, one element each (see figureWith)
	rs := s.rs
	for i, c := range figs {
		qualifier, qStart := qualifierOf(s, c)
		if qStart < c.start && isVagueWord(string(rs[qStart:c.start])) {
			c.start = qStart // 数百万元: the vague word is part of the numeral
		}
		f := c.figureIn(s, &vals[i])
		f.Qualifier = qualifier
		if f.Unit == "元" { // 新台币2,000亿元, 港币3亿元: the currency named before the number
			if cur, _ := currencyBefore(rs, c.start); cur != nil {
				f.Unit = cur.Canonical
			} else if cur, _ := currencyBefore(rs, qStart); cur != nil { // 港币约3亿元
				f.Unit = cur.Canonical
			}
		}
		floor := 0 // the metric before a figure holds nothing of the figure before it (下行3个基点至2.15%: not 基点)
		if i > 0 {
			floor = figs[i-1].end
		}
		f.MetricStart, f.MetricEnd = metricOf(s, c, qStart, floor)
		f.Metric = s.metricText(f.MetricStart, f.MetricEnd)
		metricBefore := -1
		if f.MetricStart >= 0 && f.MetricStart < c.start {
			metricBefore = f.MetricStart
		}
		f.Change, f.Compare = changeOf(rs, qStart, metricBefore)
		if !s.noPeriod {
			f.Period = s.periodAt(c.start)
		}
		out = append(out, f)
	}
	return out
}

// changeOfBare returns the unit of an amount with a large scale and no unit
// (see scanBareScale) that is the change of the figure before it in its
// sentence: a change word stands before it (增长5703万, 比上年增加2.3万) and the
// figure before has a unit that is no share (网民10.79亿人，增加3549万 → 人;
// 营收100亿元，增长5亿 → 元), else nil: the amount stays no figure.
func changeOfBare(s *sentence, c candidate, before []candidate) *Unit {
	if !c.bare || len(before) == 0 || rejectByText(s, c) != "" {
		return nil
	}
	prev := before[len(before)-1]
	switch prev.unit.Dimension {
	case "percent", "percentage_point", "permille", "permille_point", "basis_point", "ratio":
		return nil
	}
	ch, _, found := changeBefore(s.rs, c.start)
	change := found && ch != NoChange
	// Its clause names nothing else before it: a comparison, a time, the
	// change word (，较2020年3月增长5703万); 企业增长5万 counts something else.
	cs := c.start
	for cs > 0 && !clauseMark(s.rs[cs-1]) {
		cs--
	}
	if cs == 0 || s.tokens == nil || prev.end > cs {
		return nil
	}
	if !change && !(baseClause(s.rs[cs:c.start]) && changeAfterBase(s, c)) {
		return nil
	}
	for _, t := range s.tokens {
		if t.Start < cs || t.End > c.start {
			continue
		}
		if change && strings.HasPrefix(t.Pos, "n") && t.Pos != "nr" && !isPeriodWord(t.Text) && !lexCompare.has(t.Text) && !lexChange.has(t.Text) {
			return nil
		}
	}
	if prev.unit.Scale != 1 || c.unit.Scale != 1 {
		return nil // 5毛, a unit of its own scale: the value would need rescaling
	}
	return prev.unit
}

// baseClause: the text before an amount in its clause is only 较 or 比 and
// a time, maybe with 的 (较去年同期, 比上年的): the amount is a comparison's base.
func baseClause(rs []rune) bool {
	for len(rs) > 0 && rs[0] == ' ' {
		rs = rs[1:]
	}
	if len(rs) < 2 || rs[0] != '较' && rs[0] != '比' {
		return false
	}
	rs = rs[1:]
	if len(rs) > 0 && rs[len(rs)-1] == '的' {
		rs = rs[:len(rs)-1]
	}
	k := matchPeriod(rs, 0)
	if k > 0 && k+2 <= len(rs) && rs[k] == '同' && (rs[k+1] == '期' || rs[k+1] == '月') {
		k += 2 // 去年同期, 上年同月
	}
	return k > 0 && k == len(rs)
}

// changeAfterBase: a change word follows the amount c right after it
// (较去年同期3.760亿增长5.1%): c is the base the change is reckoned from.
func changeAfterBase(s *sentence, c candidate) bool {
	w, _ := lexChange.startingAt(s.rs, c.end)
	return w != ""
}

// sentence is what the rules share about the sentence being read, computed
// once: its runes, where figures may not stand, its tokens indexed by rune,
// and its time expressions.
type sentence struct {
	rs      []rune
	blocked []bool
	tokens  []Token // nil when the caller has none
	tokAt   []int32 // rune → index of the token covering it, -1 for none; nil: tokens in order, see tokIndex
	periods []span  // found on first use
	pDone   bool
	// noPeriod: the caller gives the figures their periods (AppendWithUnit)
	noPeriod bool
	kindSet  uint32      // the kinds of its runes (see kinds); 0 until computed
	bare     *Unit       // the unit of amounts written with a scale and no unit; nil: 元
	str      string      // rs as a string, made on first use (see text)
	offs     *[512]int32 // the byte offset in str of each rune and of the end, when they fit (nOffs > 0); nil: none kept
	nOffs    int
	curK     int // a rune offset and its byte offset in str (see byteAt, without offs)
	curB     int
}

// text returns the sentence as a string, made once, with the byte offsets
// of its runes where offs has room for them.
func (s *sentence) text() string {
	if s.str != "" || len(s.rs) == 0 {
		return s.str
	}
	if s.offs == nil || len(s.rs) >= len(s.offs) {
		s.str = runesString(s.rs)
		return s.str
	}
	s.nOffs = len(s.rs) + 1
	offs := s.offs[:len(s.rs)] // a local: the loop does not load s.offs at every rune
	n := 0
	for k, r := range s.rs {
		offs[k] = int32(n)
		n += runeBytes(r)
	}
	s.offs[len(s.rs)] = int32(n)
	s.str = encodeRunes(s.rs, n)
	return s.str
}

// byteAt is the byte offset of rune k in text(): read from offs when text()
// filled it, else stepped to from the last offset asked for (or from the
// start, when nearer), as the rules ask for offsets near each other.
func (s *sentence) byteAt(k int) int {
	if s.nOffs > 0 {
		return int(s.offs[k])
	}
	if k < s.curK-k {
		s.curK, s.curB = 0, 0 // nearer the start than the last offset
	}
	for ; s.curK > k; s.curK-- {
		s.curB -= runeBytes(s.rs[s.curK-1])
	}
	for ; s.curK < k; s.curK++ {
		s.curB += runeBytes(s.rs[s.curK])
	}
	return s.curB
}

// substring is string(rs[start:end]) taken from text(), without a copy.
func (s *sentence) substring(start, end int) string {
	t := s.text()
	b := s.byteAt(start)
	return t[b:s.byteAt(end)]
}

// runesString is string(rs), faster: the runes of the CJK blocks, nearly
// all of a sentence, are encoded inline, straight into the string's bytes.
func runesString(rs []rune) string {
	n := 0
	for _, r := range rs {
		n += runeBytes(r)
	}
	return encodeRunes(rs, n)
}

// encodeRunes is runesString where the string is n bytes long.
func encodeRunes(rs []rune, n int) string {
	b := make([]byte, n)
	j := 0
	for _, r := range rs {
		switch {
		case r >= 0x800 && r < 0xd800 || r >= 0xe000 && r < 0x10000:
			b[j], b[j+1], b[j+2] = byte(0xe0|r>>12), byte(0x80|(r>>6)&0x3f), byte(0x80|r&0x3f)
			j += 3
		case r >= 0 && r < 0x80:
			b[j] = byte(r)
			j++
		default:
			j += utf8.EncodeRune(b[j:], r)
		}
	}
	return unsafe.String(unsafe.SliceData(b), len(b)) // b is not used again
}

// runeBytes is the length of r in UTF-8 as string(rs) writes it: an invalid
// rune becomes utf8.RuneError, three bytes.
func runeBytes(r rune) int {
	switch {
	case r >= 0 && r < 0x80:
		return 1
	case r >= 0 && r < 0x800:
		return 2
	case r >= 0x10000 && r <= 0x10ffff:
		return 4
	}
	return 3
}

// bareUnit is the unit of an amount written with a scale and no unit (营收8628.61亿).
func (s *sentence) bareUnit() *Unit {
	if s.bare != nil {
		return s.bare
	}
	return yuan
}

var yuan, _ = DefaultUnits().Lookup("元")

// figureStarts are the runes a candidate can start with: a numeral, the
// first rune of a currency sign, a minus sign, a leading decimal point (.77).
var figureStarts = func() runeFilter {
	m := map[rune]bool{'-': true, '−': true, '负': true, '負': true, '.': true}
	for r := rune(0); r < 0x30000; r++ {
		if isNumeral(r) || prefixFirst.has(r) {
			m[r] = true
		}
	}
	for r := range runeClass {
		m[r] = true
	}
	for r := range capitalThree {
		m[r] = true
	}
	for r := range lex.first["prefix"] {
		m[r] = true
	}
	return newRuneFilter(m)
}()

type span struct {
	start, end int
	text       string
}

// init makes s the sentence of text with its tokens.
func (s *sentence) init(text string, tokens []Token) {
	*s = sentence{rs: []rune(text), str: text}
	s.blocked = s.notFigureSpans()
	s.setTokens(tokens)
}

// setTokens indexes the tokens by rune. Tokens in order that do not overlap,
// as a segmenter gives them, are found by binary search (tokIndex); others
// get a table of runes.
func (s *sentence) setTokens(tokens []Token) {
	s.tokens, s.tokAt = tokens, nil
	if tokens == nil || tokensOrdered(tokens, len(s.rs)) {
		return
	}
	s.tokAt = make([]int32, len(s.rs))
	for i := range s.tokAt {
		s.tokAt[i] = -1
	}
	for ti, t := range tokens {
		for k := max(t.Start, 0); k < t.End && k < len(s.rs); k++ {
			s.tokAt[k] = int32(ti)
		}
	}
}

// tokensOrdered reports whether each token is non-empty, within the n runes
// of the sentence, and starts at or after the end of the one before.
func tokensOrdered(tokens []Token, n int) bool {
	end := 0
	for _, t := range tokens {
		if t.Start < end || t.End <= t.Start || t.End > n {
			return false
		}
		end = t.End
	}
	return true
}

// tokIndex returns the index of the token that covers rune k, or -1.
func (s *sentence) tokIndex(k int) int {
	if s.tokAt != nil {
		if k < 0 || k >= len(s.tokAt) {
			return -1
		}
		return int(s.tokAt[k])
	}
	ts := s.tokens
	if k < 0 || k >= len(s.rs) || len(ts) == 0 {
		return -1
	}
	lo, hi := 0, len(ts) // the first token ending after k
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ts[m].End <= k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(ts) && ts[lo].Start <= k {
		return lo
	}
	return -1
}

// tokenAt returns the token that covers rune k.
func (s *sentence) tokenAt(k int) (Token, bool) {
	if s.tokens == nil {
		return Token{}, false
	}
	if i := s.tokIndex(k); i >= 0 {
		return s.tokens[i], true
	}
	return Token{}, false
}

// atBoundary reports whether rune k starts a token (true when there are no tokens).
func (s *sentence) atBoundary(k int) bool {
	if s.tokens == nil {
		return true
	}
	t, ok := s.tokenAt(k)
	return !ok || t.Start == k
}

func ptr(v float64) *float64 { return &v }
