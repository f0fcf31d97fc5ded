package timescope

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhmetrics/zhmetrics/timex"
)

// headerLine is a line of a leading metadata block (Title: …, Date: …).
var headerLine = regexp.MustCompile(`^\s*(?i:title|date|url|source|author|标题|日期|链接|来源|作者)\s*[:：]`)

// itemMarks start a list item.
const itemMarks = "◆◇●○■□▲△★☆•·-—*"

// proseHans is how many Han characters make a line prose.
const proseHans = 10

// headingMax is the longest line taken for a heading, in runes.
const headingMax = 40

// splitLines cuts the text into lines (paragraphs) and says what each is.
// It reads the runes in place: a line's text t is the line without the
// spaces (unicode.IsSpace) at its ends, as strings.TrimSpace cuts it.
//
// The lines are appended to out.
func splitLines(out []line, rs []rune, figs figures) []line {
	seenTitle := false
	for a := 0; a <= len(rs); {
		// the line's end, its Han characters and whether it holds a
		// sentence mark, in one pass (the spaces trimmed are neither)
		// (the Han characters are counted as the line's length less the
		// others, so that a Han character costs only its test; once the
		// line has a sentence mark and two of them it has sentences
		// whatever follows, and only its end is looked for: hans then
		// counts the rest of the line as Han, which the tests below cannot
		// tell)
		b, others, ends := a, 0, false
		for ; b < len(rs) && rs[b] != '\n'; b++ {
			if r := rs[b]; !isHan(r) {
				others++
				if isSentenceEnd(r) {
					ends = true
					b++
					break
				}
			}
		}
		if ends {
			for ; b < len(rs) && rs[b] != '\n' && b-a-others < 2; b++ {
				if !isHan(rs[b]) {
					others++
				}
			}
			for b < len(rs) && rs[b] != '\n' {
				b++
			}
		}
		hans := b - a - others
		ln := line{start: a, end: b}
		t := trimSpace(rs[a:b])
		ln.sentences = hans >= 2 && ends
		ln.prose = ln.sentences || hans >= proseHans
		switch {
		case len(t) == 0:
			ln.kind = body
		case isHeaderRunes(t):
			ln.kind = header
			if s := string(t); strings.HasPrefix(strings.ToLower(s), "title") || strings.HasPrefix(s, "标题") {
				ln.kind, seenTitle = title, true
			}
		case !seenTitle:
			ln.kind, seenTitle = title, true
		case isCaption(t):
			ln.kind = caption
		case isItemMark(t[0]) && !(len(t) > 1 && t[0] == '—' && t[1] == '—'):
			ln.kind = item
		case isHeading(t) && !figs.startIn(a, b):
			ln.kind = heading
		}
		out = append(out, ln)
		a = b + 1
	}
	return out
}

// trimSpace is t without the spaces at its ends (strings.TrimSpace).
func trimSpace(t []rune) []rune {
	for len(t) > 0 && isSpace(t[0]) {
		t = t[1:]
	}
	for len(t) > 0 && isSpace(t[len(t)-1]) {
		t = t[:len(t)-1]
	}
	return t
}

// isSpace is unicode.IsSpace without its table search for the characters
// after U+3000, the last space, which a line mostly starts and ends with
// (TestIsSpaceIsUnicodes).
func isSpace(r rune) bool {
	return r <= '\u3000' && unicode.IsSpace(r)
}

// isSentenceEnd reports whether r is one of 。！？!?；; (the marks that
// end a sentence, the line's end aside).
func isSentenceEnd(r rune) bool {
	if r > '。' && r < '！' {
		return false // as isSentenceMark
	}
	switch r {
	case '。', '！', '？', '!', '?', '；', ';':
		return true
	}
	return false
}

// hasSentenceEnd reports whether t holds a mark of isSentenceEnd.
func hasSentenceEnd(t []rune) bool {
	for _, r := range t {
		if isSentenceEnd(r) {
			return true
		}
	}
	return false
}

// isItemMark reports whether r is one of itemMarks.
func isItemMark(r rune) bool {
	switch r {
	case '◆', '◇', '●', '○', '■', '□', '▲', '△', '★', '☆', '•', '·', '-', '—', '*':
		return true
	}
	return false
}

// isCaption: the caption of a figure or table, 图5-1 …, 表1 …: the regular
// expression ^\s*[图表]\s*\d on a line t whose spaces are trimmed.
func isCaption(t []rune) bool {
	if len(t) == 0 || t[0] != '图' && t[0] != '表' {
		return false
	}
	i := 1
	for i < len(t) && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\f' || t[i] == '\r') {
		i++
	}
	return i < len(t) && t[i] >= '0' && t[i] <= '9'
}

// isHeading: a short line of words that is not a sentence and is not
// bracketed (一、综合; 优化营商环境; 市规划和自然资源局:创新空间指标惠企措施,建…).
func isHeading(t []rune) bool {
	n := len(t)
	if n > headingMax || hasSentenceEnd(t) || n > 0 && isOpening(t[0]) {
		return false
	}
	han, spaces := 0, 0
	for _, r := range t {
		if isHan(r) {
			han++
		} else if r == ' ' {
			spaces++
		}
	}
	return han >= 2 && 3*han >= n-spaces
}

// isOpening reports whether r is one of (（【[《.
func isOpening(r rune) bool {
	switch r {
	case '(', '（', '【', '[', '《':
		return true
	}
	return false
}

// firstRune is the first character of a non-empty t ([]rune(t)[0]).
func firstRune(t string) rune {
	r, _ := utf8.DecodeRuneInString(t)
	return r
}

// isHeaderLine is headerLine.MatchString(t), the expression tried only on a
// line that can match: one whose first character after the spaces \s
// skips starts a key (ſ folds to s, as (?i) folds it).
func isHeaderLine(t string) bool {
	i := 0
	for i < len(t) && strings.IndexByte(" \t\n\f\r", t[i]) >= 0 {
		i++
	}
	if i == len(t) || !isKeyStart(firstRune(t[i:])) {
		return false
	}
	return headerLine.MatchString(t)
}

// isHeaderRunes is isHeaderLine of a line whose spaces are trimmed, the
// expression tried only when its first character can start a key, and on
// the part of the line a match can span: a key (at most keyMax
// characters), the spaces \s after it and the colon.
func isHeaderRunes(t []rune) bool {
	if len(t) == 0 || !isKeyStart(t[0]) {
		return false
	}
	n := min(len(t), keyMax)
	for n < len(t) && (t[n] == ' ' || t[n] == '\t' || t[n] == '\n' || t[n] == '\f' || t[n] == '\r') {
		n++
	}
	return headerLine.MatchString(string(t[:min(n+1, len(t))]))
}

// keyMax is the length of headerLine's longest key (source, author).
const keyMax = 6

func isHan(r rune) bool { return r >= 0x4e00 && r <= 0x9fff }

// figures are the figures of a document with their indexes in order of
// position (byStart), so that startIn finds them by binary search.
type figures struct {
	spans []Span
	order []int
}

// startIn reports whether a figure starts at an offset in [a, b).
func (f figures) startIn(a, b int) bool {
	i, j := 0, len(f.order) // the first figure at a or after it is in [i, j]
	for i < j {
		if m := int(uint(i+j) >> 1); f.spans[f.order[m]].Start < a {
			i = m + 1
		} else {
			j = m
		}
	}
	return i < len(f.order) && f.spans[f.order[i]].Start < b
}

// appendLineExprs appends the time expressions of a line to out, with the
// role of each; buf is scratch for timex's results, reused from line to line.
func appendLineExprs(out []expr, rs []rune, ln line, figs figures, buf *[]timex.Expr) []expr {
	found := timex.AppendFind((*buf)[:0], rs[ln.start:ln.end])
	*buf = found
	if len(found) == 0 {
		return out
	}
	br := bracketWalk{rs: rs, from: ln.start, pos: ln.start}
	first := len(out) // the line's first expression in out
	for _, f := range found {
		f.Start += ln.start
		f.End += ln.start
		e := expr{Expr: f, record: recordSince(rs, ln, f)}
		e.role, e.until = roleOf(rs, ln, e, &br)
		if e.role != ignored && e.until == 0 && br.enclosed(f.Start) {
			if c := bracketClose(rs, ln, f.End); c > 0 && figs.startIn(f.End, c) {
				e.role, e.closes = clause, c // 减少17.6%至277,261,000元(二零一九年:336,515,000元): the base's year
			}
		}
		if (e.role == scopes || e.role == paragraph) && f.SameAs && f.HasRel && (ln.kind == body || ln.kind == item && ln.prose) {
			// 本期…，上年同期为40亿元: the comparison's figures only (in prose; a
			// table's header 项目 | 本报告期 | 上年同期 names a column, which this walk does not follow)
			e.role = sentence
		}
		if (baseBefore(rs, f.Start) == "由" && e.role == scopes || fromOf(rs, f) && e.role != ignored && e.role != clause) && changeStart(rs, f) {
			e.role, e.from = clause, true // 由2000年的548亿元增加到…
		}
		if f.Kind == timex.Vague && len(out) > first && afterFrom(rs, out[len(out)-1], f.Start) {
			e.role = ignored // 2017年起每年新增…: how often within the time from which, not a period of its own
		}
		if len(out) > first && listedAfterBase(rs, out[len(out)-1], f.Start) {
			e.role = ignored // 较去年同期、去年全年分别加快…: every base of the list is one
		}
		if e.role == ignored && len(out) > first && out[len(out)-1].role != ignored && listedBefore(rs, out[len(out)-1], f.Start) && e.record {
			out[len(out)-1].role = ignored // 是2001年、25年来同期最高: the year listed before a record's since is a record's too
		}
		if (e.role == scopes || e.role == paragraph) && inBreakdown(rs, ln, f.Start) {
			e.role = sentence // 。其中，二季度增长3.7%。: the breakdown's time is its own
		}
		e.initial = sentenceInitial(rs, ln, f.Start)
		e.opens = e.initial || clauseOpening(rs, ln, f.Start)
		if e.role == paragraph && bareRelYear(f) && e.initial && ln.prose && figureInSentence(rs, figs, f.End, ln.end) {
			// 去年，全市…增长5.2%。 governs the paragraphs after it too; a
			// story's 去年，“港药达”服务落地南沙。 only its paragraph
			e.role = scopes
		}
		out = append(out, e)
	}
	return out
}

// listedAfterBase: the time at k is the next item of a list whose item p
// is a comparison base (ignored, and no dateline: a day): only one of
// the joints of a list of times (较去年同期、去年全年; words.tsv kind listjoin)
// stand between them.
func listedAfterBase(rs []rune, p expr, k int) bool {
	return p.role == ignored && !p.IsDay() && listedBefore(rs, p, k)
}

// listedBefore: the time p ends right before k, the next item of its
// list, with one of the joints of a list of times (words.tsv kind
// listjoin) between them.
func listedBefore(rs []rune, p expr, k int) bool {
	if p.End >= k || k-p.End > 3 {
		return false // every joint is a character or two (、, 和, 以及)
	}
	return isOneOf(listJoins, rs[p.End:k])
}

// listJoins are the joints of a list of times (words.tsv kind listjoin).
var listJoins = runesOf(timex.Words("listjoin"))

// changeStart: the time f after 由/从 may be the start of a change (由2000年的548亿元
// 增加到…): a point, not a span of years or a range (从2020—2024年), and not
// one that its clause ends with (从2020年，…: a time that opens the clause).
func changeStart(rs []rune, f timex.Expr) bool {
	if f.Year2 != 0 || f.Range {
		return false
	}
	i := f.End
	for i < len(rs) && rs[i] == ' ' {
		i++
	}
	return i < len(rs) && !isClauseMark(rs[i])
}

// fromOf: the time f after 自 is the start of a change when a figure of its
// own follows its 的 (自去年同期的人民币27亿元增长至人民币47亿元), as after 由;
// 自2019年10月1日起 is a time from which (timex's From), no start of a change.
func fromOf(rs []rune, f timex.Expr) bool {
	if f.From || f.Start == 0 || rs[f.Start-1] != '自' || f.End >= len(rs) || rs[f.End] != '的' {
		return false
	}
	return baseFigureStart(rs, f.End) > 0
}

// afterFrom: k follows the effective-from time p (2017年起, 自2024年起) in
// its sentence, with at most a comma or spaces between them.
func afterFrom(rs []rune, p expr, k int) bool {
	if !p.From || p.End > k || k-p.End > 2 {
		return false
	}
	for _, r := range rs[p.End:k] {
		if r != ' ' && r != ',' && r != '，' {
			return false
		}
	}
	return true
}

// changeStarts are the first characters of what follows a comparison base:
// a change word (增长, 下降, 高, 低, 多, 少 …; Taiwan's 成长, 衰退; an adverb
// of degree before one: 微增, 略降) or the figure itself (timex words.tsv
// kind changestart).
var changeStarts = strings.Join(timex.Words("changestart"), "")

// roleOf is the role of x on line ln; br counts the brackets of the line,
// asked about the expressions in order. A comparison base that has a figure
// of its own governs its clause until the offset returned (its 相比), else 0.
func roleOf(rs []rune, ln line, x expr, br *bracketWalk) (role, int) {
	e := x.Expr
	if r, until, ok := comparedBase(rs, ln, e); ok {
		return r, until // 与2010年相比; 同第六次全国人口普查2010年11月1日零时的133972万人相比
	}
	if until := baseFigureEnd(rs, ln, e); until > 0 {
		return clause, until // 较去年同月的38.1万人次增加4.8倍: the base figure's own time
	}
	return roleOfTime(rs, ln, e, x.record, br), 0
}

// baseFigureEnd: a time after 比/较 with a figure of its own after 的 (较去年
// 同月的38.1万人次增加4.8倍) governs that figure only, up to the change word
// after it; it returns where that word starts, or 0.
func baseFigureEnd(rs []rune, ln line, e timex.Expr) int {
	if baseBefore(rs, e.Start) != "比" {
		return 0
	}
	if e.End+1 < ln.end && (rs[e.End] == '(' || rs[e.End] == '（') {
		return bracketedBaseEnd(rs, ln, e.End)
	}
	d := baseFigureStart(rs, e.End)
	if d < 0 {
		return 0
	}
	for k := d + 1; k < ln.end && k < d+28; k++ {
		switch r := rs[k]; {
		case isClauseMark(r):
			return 0
		case strings.ContainsRune(changeStarts, r) && r != '分':
			return k
		}
	}
	return 0
}

// baseFigureStart is where the base's own figure starts after a time that
// ends at k: right after it or after its 的, past a currency's name or a
// qualifier (words.tsv kind prefigure: 较去年同期的人民币277亿元增长11.6%,
// 较去年同期3.760亿增长5.1%); -1 when no digit starts there.
func baseFigureStart(rs []rune, k int) int {
	if k < len(rs) && rs[k] == '的' {
		k++
	}
	if k < len(rs) && !isDigitRune(rs[k]) {
		for _, w := range preFigureWords {
			if hasRunes(rs[k:], w) {
				k += len(w)
				break
			}
		}
	}
	if k < len(rs) && isDigitRune(rs[k]) {
		return k
	}
	return -1
}

// preFigureWords stand between a base's time and its figure (words.tsv kind
// prefigure), longest first.
var preFigureWords = func() [][]rune {
	ws := runesOf(timex.Words("prefigure"))
	slices.SortStableFunc(ws, func(a, b []rune) int { return len(b) - len(a) })
	return ws
}()

// roleOfTime is roleOf of a time that is no base of 与/同 … 相比; record
// is recordSince of it.
func roleOfTime(rs []rune, ln line, e timex.Expr, record bool, br *bracketWalk) role {
	after := rs[e.End:min(len(rs), e.End+4)] // the four characters after it
	for _, w := range productWords {
		if hasPrefixRunes(after, w) {
			return ignored // 12月份交割的黄金期货: a product's name (words.tsv kind product)
		}
	}
	for _, w := range basisWords {
		if hasPrefixRunes(rs[e.End:], w) {
			return ignored // 按照上年不变价计算: the basis of prices (words.tsv kind pricebasis)
		}
	}
	if e.End-e.Start == 2 && hasPrefixRunes(rs[e.Start:], "年初") {
		for _, w := range planWords {
			if hasPrefixRunes(rs[e.End:], w) {
				return ignored // 完成年初预算的40.4%: the plan's name (words.tsv kind planname)
			}
		}
	}
	for _, w := range effectWords {
		if hasPrefixRunes(rs[e.End:], w) {
			return ignored // 去年价格变动的翘尾影响: an effect's name (words.tsv kind effect)
		}
	}
	if e.IsDay() {
		if ln.kind == header || ln.kind == heading || hasPrefixRunes(after, "电") || hasPrefixRunes(after, "讯") ||
			containsRunes(after, "来源") || hasPrefixRunes(after, "发布") {
			return ignored // a dateline
		}
		if announces(rs, ln, e) {
			return ignored // 10月8日举行新闻发布会; 记者10月9日从…获悉: when, not of what
		}
		return paragraph
	}
	if e.From {
		// 自2019年10月1日起，我市提高城乡低保标准…: the new standard's time
		// governs its sentence, and its paragraph when it opens it
		if ln.kind == body && opensLine(rs, ln, e.Start) {
			return paragraph
		}
		return sentence
	}
	if baseBefore(rs, e.Start) == "每" {
		return ignored // 由每人每年4800元提高到5400元: per year, the basis of a rate, not a period
	}
	if (e.Kind == timex.Vague || e.Kind == timex.Years || e.Kind == timex.Same) && record {
		return ignored // 为近5年以来同期最多, 近年来最高: a record's base; 以来同期最多: its 同期 too
	}
	switch e.Kind {
	case timex.Now, timex.Event:
		return sentence // 目前…; 启用以来…: the sentence that says it
	case timex.Vague:
		if ln.kind != heading && ln.kind != title {
			return paragraph // 近年来…
		}
	}
	if record {
		return ignored // 1958年以来最高, 为1961年有完整气象观测记录以来历史同期最高: a record's base
	}
	if afterNormal(rs, e.Start) {
		return ignored // 比常年同期偏高1.5℃, 较历年同期偏多2成: the climate normal, a base
	}
	before := baseBefore(rs, e.Start)
	switch {
	case before == "比":
		if baseOfChange(rs, ln, e.End) {
			return ignored // 比上年增长5.2%, 比2014年国庆节增长11%
		}
		return clause // 比“十五”计划目标3000亿元: the base figure's own time
	case before == "为" && hasPrefixRunes(after, "的"):
		return ignored // 为去年的3.5倍
	case before == "占":
		return ignored // 占同期出货量的77.1%, 占上年的三成: the base of a share
	case before == "以" && (hasPrefixRunes(after, "为") || hasPrefixRunes(after, "作为")):
		return ignored // 以2015年为100, 以2010年为基期: the base of an index
	case before == "超":
		return ignored // 快递业务量超过2015年全年, 增速高于上年: a base, not the time of the figure
	}
	if bareRelYear(e) && ln.kind == body {
		return paragraph // 去年，“港药达”服务落地南沙: a year told by the date, for its paragraph
	}
	if e.Kind == timex.Years && e.End > e.Start && rs[e.End-1] == '内' {
		return clause // 5年内二产上升12.4个百分点
	}
	if br.enclosed(e.Start) {
		return paragraph // 《…规划(2023-2025年)》
	}
	return scopes
}

// normalBases are the words before a time that make it the climate normal
// or a record's history (常年同期, 历年同期, 历史同期; timex words.tsv kind
// normalbase): a base, never a period.
var normalBases = runesOf(timex.Words("normalbase"))

// afterNormal: one of normalBases stands right before k.
func afterNormal(rs []rune, k int) bool {
	for _, w := range normalBases {
		if k >= len(w) && slices.Equal(rs[k-len(w):k], w) {
			return true
		}
	}
	return false
}

// recordAfter and recordBetween are timex's words of kinds recordafter
// (最, 第, 新高 …) and recordbetween (历史同期, 同期): what follows a
// since-year that starts a record.
var (
	recordAfter   = timex.Words("recordafter")
	recordBetween = timex.Words("recordbetween")
)

// recordSinceMax is how far after a year recordSince looks for its 以来.
const recordSinceMax = 12

// recordSince: e is the start of a record, not a period: a since (1958年以来,
// 有完整气象观测记录以来) or a year whose 以来 follows in its clause
// (1961年有完整气象观测记录以来), then a record word (最高, 第三多, 新高), past
// 历史同期 or 同期 (1961年以来历史同期最高, 1961年以来同期第三多).
func recordSince(rs []rune, ln line, e timex.Expr) bool {
	end := -1
	switch {
	case e.Since || e.Kind == timex.Event:
		end = e.End
	case (e.Kind == timex.Vague || e.Kind == timex.Years) && e.End > e.Start && rs[e.End-1] == '来':
		end = e.End // 近5年以来, 近10年来, 近年来
	case e.Kind == timex.Same:
		// 以来同期最多: the 同期 of a record's since, read apart from it
		if e.Start < 2 || rs[e.Start-1] != '来' {
			return false
		}
		rest := rs[e.End:min(ln.end, e.End+8)]
		for _, w := range recordAfter {
			if hasPrefixRunes(rest, w) {
				return true
			}
		}
		return false
	case e.Year > 0:
		for i := e.End; i+1 < ln.end && i < e.End+recordSinceMax; i++ {
			if rs[i] == '以' && rs[i+1] == '来' {
				end = i + 2
				break
			}
			if isClauseMark(rs[i]) || isDigitRune(rs[i]) {
				break
			}
		}
	}
	if end < 0 {
		return false
	}
	rest := rs[end:min(ln.end, end+8)]
	for _, w := range recordBetween { // longest first in the data
		if hasPrefixRunes(rest, w) {
			rest = rest[len([]rune(w)):]
			break
		}
	}
	for _, w := range recordAfter {
		if hasPrefixRunes(rest, w) {
			return true
		}
	}
	return false
}

// baseOfChange: what follows a base after 比 reaches a change word before
// any figure of its own (比2014年国庆节增长; not 比“十五”计划目标3000亿元).
func baseOfChange(rs []rune, ln line, k int) bool {
	for i := k; i < ln.end && i < k+16; i++ {
		r := rs[i]
		switch {
		case isClauseMark(r):
			return i > k // 比上年同期，增长…
		case isDigitRune(r):
			return i == k // 比2023年5.2%?: a figure right after is the change
		case strings.ContainsRune(changeStarts, r):
			return true
		}
	}
	return false
}

// bracketedBaseMax is how long a bracket holding a base's figure may be.
const bracketedBaseMax = 20

// bracketedBaseEnd: the base after 比/较 has its figure in the bracket
// opened at k (比上年(100亿元)增长20%): the time governs up to the bracket's
// close, when a change word follows it; it returns where the bracket
// closes, or 0.
func bracketedBaseEnd(rs []rune, ln line, k int) int {
	digit := false
	for i := k + 1; i < ln.end && i < k+bracketedBaseMax; i++ {
		switch r := rs[i]; {
		case r == ')' || r == '）':
			if digit && i+1 < ln.end && baseOfChange(rs, ln, i+1) && !isClauseMark(rs[i+1]) {
				return i
			}
			return 0
		case isClauseMark(r):
			return 0
		case isDigitRune(r):
			digit = true
		}
	}
	return 0
}

// comparedBase: the time e is the base of a comparison, 与/和/同 … 相比:
// right after 与 with 相比 (比较, 相较, 对比, 比) close behind (comparedWith:
// 与112年比较, 与2014年国庆节相比), or in the phrase that 与/同/和 opens and
// 相比 (相较, 比较, 对比) closes further on in its clause (comparedFar: 与2010年
// 第六次全国人口普查的133972万人相比; 同第六次全国人口普查2010年11月1日零时的133972万人
// 相比). A base is no period (ignored), and one with a figure of its own
// (133972万人) governs that figure only: its clause up to the 相比 (until).
func comparedBase(rs []rune, ln line, e timex.Expr) (r role, until int, ok bool) {
	direct := baseBefore(rs, e.Start) == "与"
	if direct && comparedWith(rs, ln, e.End) {
		return ignored, 0, true
	}
	if !direct && !opensComparison(rs, ln, e.Start) {
		return 0, 0, false
	}
	at, figure, found := comparedFar(rs, ln, e.End)
	switch {
	case !found:
		return 0, 0, false
	case figure:
		return clause, at, true
	}
	return ignored, 0, true
}

// farWords close the phrase of a base far from its 与 (comparedFar):
// bare 比 is too common a character to be looked for that far (timex
// words.tsv kind comparefar); nearWords are farWords and the words that
// close a base only close behind its time (comparedWith: 比; kind
// comparenear).
var (
	farWords  = timex.Words("comparefar")
	nearWords = append(slices.Clip(farWords), timex.Words("comparenear")...)
)

// farMax is how far after a time comparedFar looks for its 相比.
const farMax = 30

// comparedFar: one of farWords stands at most farMax characters after k,
// in its clause; at is where, figure whether a digit stands before it
// (the base names a figure of its own).
func comparedFar(rs []rune, ln line, k int) (at int, figure, ok bool) {
	for i := k; i < ln.end && i < k+farMax; i++ {
		r := rs[i]
		if isClauseMark(r) {
			return 0, false, false
		}
		if isDigitRune(r) {
			figure = true
		}
		for _, w := range farWords {
			if hasPrefixRunes(rs[i:], w) {
				return i, figure, true
			}
		}
	}
	return 0, false, false
}

// compareOpeners may open the phrase of a comparison's base before the
// time (与, 同, 和, 跟), anywhereOpeners anywhere in its clause (与, 跟),
// the others only at its start; notCompareAfter and notCompareBefore are
// characters after 同 (同比, 同期, 同时 …) and before 与 (参与, 给与 …)
// that make them part of another word (timex words.tsv kinds compareopen,
// compareopenstart, notcompareafter, notcomparebefore).
var (
	anywhereOpeners  = strings.Join(timex.Words("compareopen"), "")
	compareOpeners   = anywhereOpeners + strings.Join(timex.Words("compareopenstart"), "")
	notCompareAfter  = strings.Join(timex.Words("notcompareafter"), "")
	notCompareBefore = strings.Join(timex.Words("notcomparebefore"), "")
)

const compareOpenerBack = 20

// opensComparison: 与, 同, 和 or 跟 stands before the time at k in its
// clause (at most compareOpenerBack characters back, with no digit
// between: the time is in the base's phrase, not after a figure): 同第六次
// 全国人口普查2010年11月1日零时的…; 同 and 和 only at the clause's start (和 is
// mostly 'and', 同 mostly a part of another word).
func opensComparison(rs []rune, ln line, k int) bool {
	for i := k - 1; i >= ln.start && i >= k-compareOpenerBack; i-- {
		r := rs[i]
		if isClauseMark(r) || isDigitRune(r) {
			return false
		}
		if !strings.ContainsRune(compareOpeners, r) || strings.ContainsRune(notCompareAfter, rs[i+1]) ||
			i > ln.start && strings.ContainsRune(notCompareBefore, rs[i-1]) {
			continue
		}
		if strings.ContainsRune(anywhereOpeners, r) || i == ln.start || isClauseMark(rs[i-1]) || isQuoteOrSpace(rs[i-1]) {
			return true
		}
	}
	return false
}

// comparedWith: 与/和/同 … 相比 (比较, 相较, 对比, 比: nearWords) within
// the clause.
func comparedWith(rs []rune, ln line, k int) bool {
	for i := k; i < ln.end && i < k+16; i++ {
		if isClauseMark(rs[i]) || isDigitRune(rs[i]) {
			return false
		}
		for _, w := range nearWords {
			if hasPrefixRunes(rs[i:], w) {
				return true
			}
		}
	}
	return false
}

// hasPrefixRunes reports whether rs starts with the characters of s
// (strings.HasPrefix(string(rs), s) for an s without U+FFFD).
func hasPrefixRunes(rs []rune, s string) bool {
	i := 0
	for _, r := range s {
		if i >= len(rs) || rs[i] != r {
			return false
		}
		i++
	}
	return true
}

// containsRunes reports whether the characters of s stand in rs
// (strings.Contains(string(rs), s) for an s without U+FFFD).
func containsRunes(rs []rune, s string) bool {
	for i := range rs {
		if hasPrefixRunes(rs[i:], s) {
			return true
		}
	}
	return s == ""
}

// keyStarts are the first characters of headerLine's keys (ſ folds to s
// as (?i) folds it), and leadSpaces what may stand before an expression
// that opens its clause; isKeyStart and isQuoteOrSpace test them by switch
// (TestMarksAreTheStrings).
const (
	keyStarts  = "tTdDuUsSaAſ标日链来作"
	leadSpaces = " \t\u3000“\""
)

func isKeyStart(r rune) bool {
	switch r {
	case 't', 'T', 'd', 'D', 'u', 'U', 's', 'S', 'a', 'A', 'ſ', '标', '日', '链', '来', '作':
		return true
	}
	return false
}

func isQuoteOrSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\u3000', '“', '"':
		return true
	}
	return false
}

// announces: the clause of a day (with the clause after it when the day
// stands alone: 10月8日，…举行新闻发布会) tells of a publication or a press
// conference (words.tsv, kind announce).
func announces(rs []rune, ln line, e timex.Expr) bool {
	a := e.Start
	for a > ln.start && !isClauseMark(rs[a-1]) {
		a--
	}
	b := e.End
	for b < ln.end && !isClauseMark(rs[b]) {
		b++
	}
	if b-e.End <= 3 && b < ln.end && !isSentenceMark(rs[b]) {
		b++ // 10月8日上午，国家旅游局召开…
		for b < ln.end && !isClauseMark(rs[b]) {
			b++
		}
	}
	cl := string(rs[a:b])
	for _, w := range announceWords {
		if strings.Contains(cl, w) {
			return true
		}
	}
	return false
}

// bracketClose is the offset of the round bracket that closes the one open
// at k on line ln, or 0 when the line ends first or a 》 closes it (a time
// in a title, 《2015年全国1%人口抽样调查主要数据公报》, names the document's period).
func bracketClose(rs []rune, ln line, k int) int {
	depth := 0
	for i := k; i < ln.end; i++ {
		switch rs[i] {
		case '(', '（', '《':
			depth++
		case ')', '）', '》':
			if depth == 0 && rs[i] == '》' {
				return 0
			}
			if depth == 0 {
				return i
			}
			depth--
		}
	}
	return 0
}

// inBreakdown: the sentence of the time at k opens with a word of words.tsv
// kind breakdown (其中, leading spaces and quotes aside).
func inBreakdown(rs []rune, ln line, k int) bool {
	a := k
	for a > ln.start && !isSentenceMark(rs[a-1]) {
		a--
	}
	for a < k && isQuoteOrSpace(rs[a]) {
		a++
	}
	for _, w := range breakdowns {
		if hasPrefixRunes(rs[a:k], w) {
			return true
		}
	}
	return false
}

// figureInSentence: a figure starts between k and the end of its sentence.
func figureInSentence(rs []rune, figs figures, k, end int) bool {
	b := k
	for b < end && !isSentenceMark(rs[b]) {
		b++
	}
	return figs.startIn(k, b)
}

// bareRelYear: 今年, 去年 alone, a year told by the document's date.
func bareRelYear(e timex.Expr) bool {
	return e.HasRel && !e.Since && e.M1 == 0 && e.Q1 == 0 && !e.WholeYear && e.YearEdge == 0 && !e.IsDay()
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

// baseBefore classifies the words just before an expression: 比 (比, 较,
// 较之, 同比, 相比), 与 (与, 和, 同: a 相比 may follow), 为 (为, 是), 由 (由, 从).
func baseBefore(rs []rune, k int) string {
	j := k
	// 较一年前同期, 比两年前: a time counted back before the base word's time
	if j >= 3 && rs[j-1] == '前' && rs[j-2] == '年' {
		m := j - 2
		for m > 0 && (isDigitRune(rs[m-1]) || strings.ContainsRune("一二两三四五六七八九十半", rs[m-1])) && j-m < 6 {
			m--
		}
		if m < j-2 {
			j = m
		}
	}
	// 比1 7月份: digits and spaces of a garbled range stand between
	for j > 0 && (rs[j-1] == ' ' || isDigitRune(rs[j-1])) && k-j < 4 {
		j--
	}
	if j != k && (j == 0 || !strings.ContainsRune("比较", rs[j-1])) {
		j = k
	}
	for j > 0 && (rs[j-1] == '“' || rs[j-1] == '"' || rs[j-1] == ' ') {
		j--
	}
	if j == 0 {
		return ""
	}
	p := rs[j-1]
	if j >= 2 && isOneOf(exceedWords, rs[j-2:j]) { // timex's words of kind exceed
		return "超" // 超过2015年全年, 高于上年: the measure a figure is set against
	}
	switch {
	case p == '比' || p == '较':
		return "比"
	case p == '之' && j > 1 && rs[j-2] == '较':
		return "比"
	case p == '与' || p == '和' || p == '同':
		return "与"
	case p == '为' || p == '是' || p == '于' && j > 2 && string(rs[j-3:j-1]) == "相当":
		return "为" // 为去年的3.5倍, 相当于2019年的90%
	case (p == '复' && j > 1 && rs[j-2] == '恢') && (rs[k] == '到' || rs[k] == '至'):
		return "为" // 恢复到2019年同期的90%
	case (p == '到' || p == '至') && j > 2 && rs[j-2] == '复' && rs[j-3] == '恢':
		return "为" // 恢复至2019年同期的90%: the time read without its 至
	case p == '以':
		return "以" // 以2015年为100: an index's base year
	case p == '每' || j > 1 && rs[j-2] == '每' && strings.ContainsRune("人户亩", p):
		return "每" // 每人每年4800元: the basis of a rate
	case p == '由' || p == '从':
		return "由"
	case p == '占':
		return "占" // 占同期…的: a share of a whole at that time
	}
	return ""
}

// bracketWalk counts the 《》 and brackets open at places of a line met in
// order, reading each character of the line once.
type bracketWalk struct {
	rs         []rune
	from       int // the line's start
	pos, depth int // depth: the brackets open before pos
}

// enclosed reports whether k stands inside 《》 or brackets opened since
// from; should it be asked about a place behind the last, it reads again
// from the line's start.
func (b *bracketWalk) enclosed(k int) bool {
	if k < b.pos {
		b.pos, b.depth = b.from, 0
	}
	depth := b.depth // in a local while the loop reads on
	for _, r := range b.rs[b.pos:max(k, b.pos)] {
		if r > '》' && r < '（' {
			continue // between U+300B and U+FF08: the Han characters, at once
		}
		switch r {
		case '《', '(', '（':
			depth++
		case '》', ')', '）':
			if depth > 0 {
				depth--
			}
		}
	}
	b.pos, b.depth = max(k, b.pos), depth
	return depth > 0
}

// sentenceInitial reports whether the expression at k opens its sentence
// (leading spaces, quotes, list marks and a Title: key aside).
func sentenceInitial(rs []rune, ln line, k int) bool {
	j := k
	for j > ln.start && (isQuoteOrSpace(rs[j-1]) || rs[j-1] == '【' || rs[j-1] == '[') {
		j--
	}
	if j == ln.start {
		return true
	}
	if isSentenceMark(rs[j-1]) {
		return true
	}
	if rs[j-1] == ':' || rs[j-1] == '：' {
		return isHeaderLine(string(rs[ln.start:j]))
	}
	return false
}

// opensLine reports whether the expression at k opens its line (leading
// spaces, quotes and 【 aside).
func opensLine(rs []rune, ln line, k int) bool {
	j := k
	for j > ln.start && (isQuoteOrSpace(rs[j-1]) || rs[j-1] == '【' || rs[j-1] == '[') {
		j--
	}
	return j == ln.start
}

// clauseOpening reports whether the expression at k opens its clause, after
// at most a lead-in word (在, 就在, 于: timex's "leadin" words).
func clauseOpening(rs []rune, ln line, k int) bool {
	j := k
	for j > ln.start && isQuoteOrSpace(rs[j-1]) {
		j--
	}
	a := j
	for a > ln.start && !isClauseMark(rs[a-1]) {
		a--
	}
	if a == j {
		return true
	}
	return isLeadIn(rs[a:j])
}

// announceWords, leadIns and exceedWords are timex's words of the kinds
// announce, leadin and exceed, the last two as runes (compared without
// making a string).
var (
	productWords  = timex.Words("product")
	effectWords   = timex.Words("effect")
	basisWords    = timex.Words("pricebasis")
	planWords     = timex.Words("planname")
	breakdowns    = timex.Words("breakdown")
	announceWords = timex.Words("announce")
	leadIns       = runesOf(timex.Words("leadin"))
	exceedWords   = runesOf(timex.Words("exceed"))
)

func runesOf(ws []string) [][]rune {
	out := make([][]rune, len(ws))
	for i, w := range ws {
		out[i] = []rune(w)
	}
	return out
}

// isLeadIn is timex.IsWord("leadin", string(rs)) without the string.
func isLeadIn(rs []rune) bool { return isOneOf(leadIns, rs) }

// isOneOf reports whether rs is one of words.
func isOneOf(words [][]rune, rs []rune) bool {
	for _, w := range words {
		if slices.Equal(w, rs) {
			return true
		}
	}
	return false
}

// refYearLines is how many lines from the top may name the document's year.
const refYearLines = 4

// refYear is the year 今年 refers to in a document without a date: the first
// year written in its title or first lines (二零零六年七月旅客入境数目), a
// since's year aside (1961年以来: when a series starts, not now) as is a
// record's (ignored: 为1961年有完整气象观测记录以来最高).
func refYear(d Doc, lines []line, exprs lineSlices) int {
	if !d.Date.IsZero() {
		return 0
	}
	for _, e := range timex.FindString(d.Title) {
		if e.Year > 0 {
			return e.Year
		}
	}
	n := 0
	for i, ln := range lines {
		if ln.start == ln.end || ln.kind == header {
			continue
		}
		if n++; n > refYearLines {
			break
		}
		for _, e := range exprs.of(i) {
			if e.Year > 0 && e.role != ignored && !e.Since {
				return e.Year
			}
		}
	}
	return 0
}
