package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhmetrics/zhmetrics/timex"
)

// beforeFirst are dimensions whose metric stands before the figure when one
// does (GDP总量突破3万亿元大关: the metric is GDP总量, not 大关).
var beforeFirst = map[string]bool{"currency": true, "percent": true, "percentage_point": true, "basis_point": true, "ratio": true}

// maxMetricTokens bounds the length of a metric phrase.
const maxMetricTokens = 8

// functionPos are part-of-speech tags that end a metric phrase: prepositions,
// conjunctions, particles, pronouns, numerals, classifiers, adverbs, interjections.
func functionPos(pos string) bool {
	switch pos {
	case "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "m", "q", "d", "y", "e", "o", "zg":
		return true
	}
	return false
}

// isQuoteRune reports whether r is a quote mark, dropped from a metric phrase
// (“一窗通办”综合受理窗口).
func isQuoteRune(r rune) bool {
	switch r {
	case '“', '”', '"', '‘', '’', '\'', '《', '》', '〈', '〉', '「', '」', '『', '』':
		return true
	}
	return false
}

// IsJoint reports whether r is a joint (的 之 和 及 与 、 or a space), trimmed
// from the edges of a metric phrase.
func IsJoint(r rune) bool {
	switch r {
	case '的', '之', '和', '及', '与', '、', ' ':
		return true
	}
	return false
}

// metricOf returns the span [start, end) of the phrase a figure measures, or
// -1, -1. The noun phrase right after the figure wins (40个科创项目, 35亩留用地),
// unless it is reached over 的 and a noun phrase stands before; else the phrase
// before the figure, stepping back over change, filler and adverb words and
// over a comparison's reference (治安警情案发率下降71.6%). The phrase before
// starts at floor or after: the end of the figure before it, whose unit is
// no metric (收益率下行3个基点至2.15%).
func metricOf(s *sentence, c candidate, qStart, floor int) (int, int) {
	if s.tokens == nil {
		return -1, -1
	}
	aStart, aEnd, overDe := metricAfter(s, c)
	after := hasMetricText(s.rs, aStart, aEnd)
	if after && !overDe && !beforeFirst[c.unit.Dimension] {
		return aStart, aEnd // the first case below, whatever stands before
	}
	bStart, bEnd, hasNoun := metricBefore(s, qStart, floor)
	before := hasMetricText(s.rs, bStart, bEnd)
	if after && !overDe && before && c.unit.Dimension == "currency" && (endsInVerb(s, bEnd) || roundNameAt(s.rs, aStart) > 0) && !lexThreshold.has(string(s.rs[aStart:aEnd])) {
		return aStart, aEnd // verb, amount, noun: 开展了20亿元7天期逆回购操作, 获得35万美元奖金; an amount of a round: 公司完成数亿元B轮融资
	}
	switch {
	case after && (!overDe || !hasNoun) && !(beforeFirst[c.unit.Dimension] && before):
		return aStart, aEnd
	case before:
		return bStart, bEnd
	case after:
		return aStart, aEnd
	}
	return -1, -1
}

// endsInVerb reports whether the token that ends at rune end is a verb (not
// a verbal noun): a phrase before a figure that ends so names the action,
// and a noun phrase after the figure names what it counts.
func endsInVerb(s *sentence, end int) bool {
	t, ok := s.tokenAt(end - 1)
	return ok && t.End == end && (t.Pos == "v" || t.Pos == "vd")
}

// hasMetricText reports whether MetricText(rs, start, end) is not empty:
// whether the span holds a rune that is neither a joint nor a quote.
func hasMetricText(rs []rune, start, end int) bool {
	if start < 0 || end <= start || end > len(rs) {
		return false
	}
	for _, r := range rs[start:end] {
		if !IsJoint(r) && !isQuoteRune(r) {
			return true
		}
	}
	return false
}

// MetricText is the metric phrase of a span of text: quotes dropped, joints
// (的 之 和 …) trimmed at its edges. A span with start < 0 gives "".
func MetricText(rs []rune, start, end int) string {
	if start < 0 || end <= start || end > len(rs) {
		return ""
	}
	// Quotes are dropped and joints trimmed, so an edge ends at the first
	// rune that is neither.
	for start < end && (IsJoint(rs[start]) || isQuoteRune(rs[start])) {
		start++
	}
	for end > start && (IsJoint(rs[end-1]) || isQuoteRune(rs[end-1])) {
		end--
	}
	return dropQuotes(rs, start, end)
}

// metricText is MetricText of the sentence; a phrase without quotes is
// taken from its text, without a copy.
func (s *sentence) metricText(start, end int) string {
	rs := s.rs
	if start < 0 || end <= start || end > len(rs) {
		return ""
	}
	for start < end && (IsJoint(rs[start]) || isQuoteRune(rs[start])) {
		start++
	}
	for end > start && (IsJoint(rs[end-1]) || isQuoteRune(rs[end-1])) {
		end--
	}
	if slices.ContainsFunc(rs[start:end], isQuoteRune) {
		return dropQuotes(rs, start, end)
	}
	if start == end {
		return ""
	}
	return s.substring(start, end)
}

// dropQuotes is rs[start:end] as a string without its quotes.
func dropQuotes(rs []rune, start, end int) string {
	if !slices.ContainsFunc(rs[start:end], isQuoteRune) {
		return runesString(rs[start:end]) // the usual phrase: no quote, one conversion
	}
	var b strings.Builder
	b.Grow(3 * (end - start))
	for _, r := range rs[start:end] {
		if !isQuoteRune(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isLatinWord reports whether a token is a Latin-letter word (GDP, CPI, M2),
// which gse may tag x.
func isLatinWord(t Token) bool {
	return strings.ContainsFunc(t.Text, isASCIILetter) && strings.Trim(t.Text, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") == ""
}

// isContentPos reports whether a part-of-speech tag can open a metric phrase.
func isContentPos(pos string) bool {
	switch pos {
	case "vn", "j", "l", "b", "an", "a", "eng", "nz", "ng", "i", "k", "s":
		return true
	}
	return strings.HasPrefix(pos, "n") && pos != "nr"
}

func isQuote(t Token) bool {
	if t.Text != "" && !isQuoteRune(firstRune(t.Text)) {
		return false // the usual token, a word: its first rune decoded inline
	}
	for _, r := range t.Text {
		if !isQuoteRune(r) {
			return false
		}
	}
	return true
}

func isPunct(t Token) bool {
	if r := firstRune(t.Text); t.Text != "" && (isHan(r) || isASCIILetter(r) || isASCIIDigit(r)) {
		return false // the usual token, a word: its first rune decoded inline
	}
	for _, r := range t.Text {
		if isHan(r) || isASCIILetter(r) || isASCIIDigit(r) {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789.") == ""
}

// perWordOfNoun reports whether a token is a per-unit word (每股, 每户, 每人:
// a pronoun to the segmenter) before the noun a metric phrase has already
// taken (n > 0): it is part of the indicator's name (基本每股收益, 每股盈余,
// 每户平均). A time's (每年, 每月) is a frequency, no part of it.
func perWordOfNoun(t Token, n int) bool {
	if n == 0 || t.Pos != "r" || t.End-t.Start != 2 {
		return false
	}
	rest, ok := strings.CutPrefix(t.Text, "每")
	return ok && !strings.ContainsAny(rest, "年月日天周季时")
}

// ends reports whether a token cannot be part of a metric phrase.
func ends(t Token) bool {
	return functionPos(t.Pos) || endWords.has(t.Text) || isPeriodWord(t.Text)
}

// endWords are the stop verbs, comparison and filler words: each ends a
// metric phrase.
var endWords = unionOf(lexStopverb, lexCompare, lexFiller)

// stepWords are the filler, comparison and level words metricBefore steps
// back over between a figure and its metric, and the verbs that keep or turn
// a level and the words that open a from–to pair (lexicon kind stepverb:
// 控制在5.5%以内, 由上月上涨0.4%转为下降0.3%).
var stepWords = unionOf(lexFiller, lexCompare, lexLevel, lexStepverb)

// isPeriodWord reports whether a word is a time expression as a whole (一季度, 上半年).
func isPeriodWord(w string) bool {
	if !hasPeriodRune(w) {
		return false
	}
	rs := []rune(w) // a word: a few runes, on the stack
	return matchPeriod(rs, 0) == len(rs)
}

// hasPeriodRune reports whether w holds 年, 月, 季 or 期, which every time
// expression names (strings.ContainsAny(w, "年月季期")). It compares bytes:
// in UTF-8 a rune's bytes stand for that rune wherever they are found, as
// its lead byte is no continuation byte, so the test needs no decoding.
func hasPeriodRune(w string) bool {
	for i := 0; i+2 < len(w); i++ {
		switch w[i] {
		case 0xe5: // 年 E5 B9 B4, 季 E5 AD A3
			if w[i+1] == 0xb9 && w[i+2] == 0xb4 || w[i+1] == 0xad && w[i+2] == 0xa3 {
				return true
			}
		case 0xe6: // 月 E6 9C 88, 期 E6 9C 9F
			if w[i+1] == 0x9c && (w[i+2] == 0x88 || w[i+2] == 0x9f) {
				return true
			}
		}
	}
	return false
}

// metricAfter finds the noun phrase that starts right after the figure, taking
// the rest of a token the figure's unit cut in two (44家|长者饭堂 from 家长/者/饭堂).
// overDe is true when a 的 had to be stepped over (35公里的新龙幸福游径).
func metricAfter(s *sentence, c candidate) (start, end int, overDe bool) {
	rs, tokens := s.rs, s.tokens
	p := c.end
	if w, _ := lexAfter.startingAt(rs, p); w != "" && w != "多" {
		p += len([]rune(w))
	}
	start, end = -1, -1
	n := 0
	first := len(tokens)
	if p < len(rs) {
		if ti := s.tokIndex(p); ti >= 0 {
			first = ti
		}
	}
	take := func(from, to int) {
		if start < 0 {
			start = from
		}
		end = to
		n++
	}
	inQuote := false
	nouns := 0 // the nouns taken
	// a count of things or people, whose noun phrase a predicate may follow
	// (a duration's event keeps its verb: 3分钟岗位人员自救)
	counted := c.unit.Dimension == "count" || c.unit.Dimension == "people"
	for k := first; k < len(tokens); k++ {
		t := tokens[k]
		if t.End <= p {
			continue
		}
		if n == 0 {
			if m := roundNameAt(rs, t.Start); m > 0 && (c.unitAfter == 0 || t.Start+m <= c.unitAfter) {
				p = t.Start + m
				take(t.Start, p) // a round of financing: 1亿美元A+++轮融资, 331起“A+”轮融资
				continue
			}
		}
		word := startsWord(t.Text) // neither punctuation nor a quote
		if n == maxMetricTokens || !word && isPunct(t) && !isQuote(t) || c.unitAfter > 0 && t.Start >= c.unitAfter {
			break // (the figure's unit after its noun: 4,100万访港旅客|人次)
		}
		switch {
		case !word && isQuote(t):
			inQuote = !inQuote
			continue
		case inQuote:
			take(t.Start, t.End) // a quoted name is taken whole: “一窗通办”
		case t.Start < p:
			if !isHan(rs[p]) {
				return -1, -1, false
			}
			take(p, t.End) // the rest of a token split by the unit
		case n == 0 && t.Text == "的" && !overDe:
			overDe = true
		case n == 0 && isASCIIDigit(rs[t.Start]) && termAt(rs, t.Start) > 0:
			p = t.Start + termAt(rs, t.Start) // (termAt twice only where a term stands)
			take(t.Start, p)                  // a term opens the name after the figure: 20亿元7天期逆回购操作
		case numNameWord(tokens, k):
			take(t.Start, t.End) // 一线城市, 二手住宅: no numeral
		case n == 0 && !isContentPos(t.Pos):
			// A verb the segmenter split off a noun (安置/房) opens the phrase
			// only when a noun follows it at once.
			// So does a paired direction word (中外, 海内外: lexicon kind
			// pairdir) that modifies the noun after it: 525.6万人次中外人员出入境.
			opens := strings.HasPrefix(t.Pos, "v") && !lexStopverb.has(t.Text) || lexPairdir.has(t.Text)
			if !(opens && k+1 < len(tokens) && tokens[k+1].Start == t.End && isContentPos(tokens[k+1].Pos)) {
				return -1, -1, false
			}
			take(t.Start, t.End)
		case n > 0 && lexChange.has(t.Text) && !notChangeAcross(rs, t.End),
			n > 0 && changeWordOpens(rs, t):
			if end-start <= 1 {
				return -1, -1, false // 微 of 微升至: an adverb cut off the verb
			}
			return start, end, overDe // the next clause's verb (3.0%微升至7月…: not 微升至)
		case n > 0 && isDigits(t.Text):
			if e := t.End; e < len(rs) && (rs[e] == '年' || rs[e] == '月' || rs[e] == '日') {
				return start, end, overDe // a time starts here (…至7月至9月的3.1%)
			}
			if e := t.End; e < len(rs) && (isScale(rs[e]) || rs[e] == '.' || DefaultUnits().first[rs[e]]) {
				if u, _ := DefaultUnits().Match(rs, e); u != nil || isScale(rs[e]) || rs[e] == '.' {
					return start, end, overDe // the next figure starts here
				}
			}
			take(t.Start, t.End) // 世界500强企业
		case ends(t) && t.Pos != "d" && t.Pos != "zg" || t.Pos == "x" || t.Pos == "m" || t.Pos == "q":
			return start, end, overDe
		case nouns > 0 && counted && PredicateVerb(tokens, k):
			// A verb after the noun phrase of a count, with no noun after it
			// in the clause, is its predicate, no part of it (3000名国内外专家参加,
			// 200名学生参加比赛); a verb before a noun may make a compound
			// with it (5个城市更新项目, 4500多个群众急难愁盼问题).
			return start, end, overDe
		default:
			take(t.Start, t.End)
			if counted && nouns == 0 && CountedPlace(tokens, k) {
				return start, end, overDe // 4个一线城市|新建商品住宅销售价格上涨0.2%
			}
		}
		if isNounTag(t.Pos) {
			nouns++
		}
	}
	return start, end, overDe
}

// roundNameAt is the length of the name of a round of financing at rs[k]
// (A轮, B+轮, A+++轮, Pre-A轮, “A+”轮, “+轮”: maybe Pre-, a capital letter,
// any number of +, maybe in quotes, then 轮 or 輪), or 0. It ends at 轮,
// where the segmenter ends a token.
func roundNameAt(rs []rune, k int) int {
	j := k
	quoted := j < len(rs) && isQuoteRune(rs[j])
	if quoted {
		j++
	}
	if j+4 <= len(rs) && (string(rs[j:j+4]) == "Pre-" || string(rs[j:j+4]) == "pre-") {
		j += 4
	}
	letter := j < len(rs) && rs[j] >= 'A' && rs[j] <= 'H'
	if letter {
		j++
	}
	plus := 0
	for j < len(rs) && (rs[j] == '+' || rs[j] == '＋') {
		j, plus = j+1, plus+1
	}
	if !letter && plus == 0 {
		return 0
	}
	if quoted {
		if j >= len(rs) || !isQuoteRune(rs[j]) {
			return 0
		}
		j++
	}
	if j >= len(rs) || rs[j] != '轮' && rs[j] != '輪' {
		return 0
	}
	return j + 1 - k
}

// PredicateVerb reports whether tokens[k], after a noun, is the verb of a
// predicate: a verb of two characters or more (a shorter one is often a
// piece of a word the segmenter cut: 托|育) right after a noun, followed by
// an aspect particle (发放了) or by no noun in its clause (参加, 参加比赛).
func PredicateVerb(tokens []Token, k int) bool {
	t := tokens[k]
	if t.Pos != "v" || t.End-t.Start < 2 || k == 0 || !isNounTag(tokens[k-1].Pos) || tokens[k-1].End != t.Start {
		return false
	}
	if k+1 < len(tokens) {
		switch tokens[k+1].Pos {
		case "ul", "uz", "ug":
			return true
		}
	}
	return !nounAhead(tokens, k+1)
}

// nounAhead reports whether a noun (isNounTag) stands at tokens[k] or after
// it, before the clause ends or a number starts.
func nounAhead(tokens []Token, k int) bool {
	for ; k < len(tokens); k++ {
		t := tokens[k]
		if !startsWord(t.Text) {
			return false
		}
		if isNounTag(t.Pos) {
			return true
		}
	}
	return false
}

// isNounTag reports whether a part-of-speech tag is a noun's (not a verbal
// noun's nor an idiom's): 专家/n, 窗口/s, 人大代表/nz.
func isNounTag(pos string) bool {
	return strings.HasPrefix(pos, "n") && pos != "nr" || pos == "s" || pos == "j" || pos == "eng"
}

// changeWordOpens reports whether a verb token opens with a change word
// (升至, 增加到): the verb of a clause after the figure, no part of a noun
// phrase after it.
func changeWordOpens(rs []rune, t Token) bool {
	w, _ := lexChange.startingAt(rs, t.Start)
	return w != "" && strings.HasPrefix(t.Pos, "v")
}

// metricBefore finds the phrase that ends before the figure's context start,
// starting at floor or after. It returns its span and whether it has a noun.
func metricBefore(s *sentence, qStart, floor int) (int, int, bool) {
	rs, tokens := s.rs, s.tokens
	if w, _ := lexScoreverb.endingAt(rs, qStart); w != "" {
		return -1, -1, false // a player's points: 他本场比赛砍下32分 names no metric before
	}
	i := -1
	for k := qStart - 1; k >= 0 && i < 0; k-- {
		i = s.tokIndex(k)
	}
	for i >= 0 && tokens[i].End > qStart {
		i--
	}
	if i < 0 || tokens[i].End != qStart && !blankRunes(rs[tokens[i].End:qStart]) {
		return -1, -1, false
	}
	// Step back over words between the phrase and the figure, and over a
	// parenthesis: 地区生产总值（GDP）30355.73亿元.
	closed := false // a word that closes a comparison's base was stepped over
	nameEnd := -1   // the end of a ratio named by a share, A占B之C率
	for steps := 0; i >= 0 && steps < 10; steps++ {
		t := tokens[i]
		if compareClosers[t.Text] {
			closed = true
		} else if closed && compareOpeners[t.Text] {
			i-- // 与 of 与去年同月比较
			continue
		}
		if steps == 0 && (t.Text == ":" || t.Text == "：") && i > 0 && startsWord(tokens[i-1].Text) {
			i-- // 营业收入：100亿元, 同比增长:60%: a colon right before the figure
			continue
		}
		if t.Text == ")" || t.Text == "）" {
			j := i - 1
			for j >= 0 && j > i-8 && tokens[j].Text != "(" && tokens[j].Text != "（" {
				j--
			}
			if j >= 0 && (tokens[j].Text == "(" || tokens[j].Text == "（") {
				i = j - 1
				continue
			}
		}
		if t.Pos == "d" || lexChange.has(t.Text) && !strings.HasPrefix(t.Pos, "n") || changeToLevel(t.Text) || stepWords.has(t.Text) || blank(t.Text) ||
			steps > 0 && (isPeriodWord(t.Text) || (t.Pos == "t" || endsInCompare(tokens, i-1)) && wholeTime(t.Text)) {
			if i > 0 && tokens[i-1].End == t.Start && t.Start-tokens[i-1].Start == 1 &&
				(lexChange.has(tokens[i-1].Text+t.Text) || lexFiller.has(t.Text) && lexChange.has(tokens[i-1].Text+string(rs[t.Start]))) {
				i-- // 大 of 大涨, cut from it: 航空板块大涨逾6%; 偏 of 偏高, cut from it by 高达: 气温偏高达2℃
			}
			i--
			continue
		}
		if j := perUnitStart(s, i, qStart); j >= 0 {
			i = j - 1 // the basis of a price: 金价报收于每盎司886.1美元
			continue
		}
		if j := s.spanStepBack(i, floor); j >= 0 {
			i = j - 1 // 按|年, 与去年同月比较, 在二零一九年第三季
			continue
		}
		if j := referenceStart(tokens, i); j >= 0 {
			if nameEnd < 0 && ratioOfShare(tokens, j, i) {
				nameEnd = tokens[i].End // 备抵呆帐占逾期放款之覆盖率: one name
			}
			i = j - 1
			continue
		}
		break
	}
	phrase := func(i int) (start, end, n int, hasNoun bool, stop int) {
		start, end = -1, -1
		abbrev := -1 // the token that opens a bracketed Latin abbreviation inside the phrase
		for ; i >= 0 && n < maxMetricTokens; i-- {
			t := tokens[i]
			word := startsWord(t.Text) // neither punctuation nor a quote
			if !word && isQuote(t) {
				continue
			}
			if n > 0 && (t.Text == ")" || t.Text == "）" || isDigits(t.Text)) && !changeNoun(rs[t.End:end]) {
				if j := innerBracketStart(tokens, i, floor); j >= 0 {
					if latinBracket(tokens, j, i) {
						abbrev = j
					}
					start, i = tokens[j].Start, j // 广义货币(M2)余额, 高职(专科)学校
					continue
				}
				if nameDigits(tokens, i) && tokens[i].Start >= floor {
					start, n = t.Start, n+1 // 沪深300指数, 中证500指数
					continue
				}
			}
			if k := indexNameStart(rs, tokens, i, floor); k >= 0 {
				// 沪深300下跌1.23%, 中证1000ETF: the digits of an index's name
				if end < 0 {
					end = t.End
				}
				start, n, hasNoun, i = tokens[k].Start, n+1, true, k
				continue
			}
			if j := classAmountStart(rs, tokens, i, start, n, floor); j >= 0 {
				start, n, i = tokens[j].Start, n+1, j // 亿元以上项目, 10亿元以上项目: the amount of a class
				continue
			}
			if j := jointBeforeAbbrev(tokens, i, abbrev, floor); j >= 0 {
				start, n, i = tokens[j].Start, n+2, j-1
				break // 研究与试验发展(R&D)经费: the abbreviation names X与Y whole
			}
			if n > 0 && clockAfterDigits(tokens, i) {
				break // 17日17时|洪峰水位20.79米: the hour of a clock time, no part of the name
			}
			if w, _ := lexOvermark.startingAt(rs, t.Start); n > 0 && w != "" && t.Start+len([]rune(w)) > t.End && t.Start+len([]rune(w)) <= end {
				start, n = t.Start, n+1 // 超警0.79米, 超警历时11天: 超 is the name's, not a bound
				continue
			}
			if endsPhrase(rs, tokens, i, n, floor, hasNoun) {
				break
			}
			if end < 0 {
				end = t.End
			}
			start = t.Start
			n++
			hasNoun = hasNoun || isContentPos(t.Pos) && t.Pos != "a" || isLatinWord(t)
			if lexAddedname.has(t.Text) && n > 1 {
				// 新增 opens the name (项目建成后预计新增就业岗位 → 新增就业岗位),
				// after an average's word only (亩均新增产值: 亩|均, 人均)
				if j := i - 1; j >= 0 && tokens[j].End == t.Start && strings.HasSuffix(tokens[j].Text, "均") && tokens[j].Start >= floor {
					if tokens[j].Text == "均" && joinedToPrev(tokens, j) && tokens[j-1].Start >= floor {
						j--
					}
					start, n, i = tokens[j].Start, n+i-j, j
				}
				i--
				break
			}
			if lexNameopen.words[t.Text] == "first" && nameOpenWord(tokens, i, n-1) {
				i--
				break // 实质 opens the name: 扣除物价后实质总薪资 → 实质总薪资
			}
		}
		return start, end, n, hasNoun, i
	}
	start, end, _, hasNoun, _ := phrase(i)
	if nameEnd >= 0 && start >= 0 && hasNoun {
		end = nameEnd
	}
	if j := s.subjectBeforeTimeAt(i, start, end, qStart, floor); j >= 0 {
		// SUBJECT在TIME的RATE为X: the subject, not the rate noun alone
		if s2, e2, _, n2, _ := phrase(j); s2 >= 0 && hasMetricText(rs, s2, e2) {
			start, end, hasNoun = s2, e2, n2
		}
	}
	if start >= 0 && end-start > 1 && (rs[end-1] == '比' || rs[end-1] == '较') {
		// 比 or 较 glued to the noun before it (价格比|上年同期): the reference's
		// word, not the name's, when a time follows
		if es := timex.Find(rs[end:min(end+8, len(rs))]); len(es) > 0 && es[0].Start == 0 {
			end--
		}
	}
	if start >= 0 {
		start = jointNameStart(rs, start, end, floor)
		start = termStart(rs, start, end, floor)
		start = perBasisStart(rs, start, floor)
	}
	return start, end, hasNoun
}

// clockAfterDigits reports whether tokens[i] is one character of a clock
// time (时, 点, 分, 秒) right after the digits of its hour or minute: the
// time ends there and the name after it starts after it (17日17时洪峰水位,
// 23时20分洪峰水位, 8时水位16.83米).
func clockAfterDigits(tokens []Token, i int) bool {
	t := tokens[i]
	if i == 0 || t.End-t.Start != 1 || !strings.Contains("时点分秒", t.Text) {
		return false
	}
	p := tokens[i-1]
	return p.End == t.Start && isDigits(p.Text)
}

// classAmountStart is the index of the token that opens the amount of a
// class of things (亿元以上项目46个, 10亿元以上项目8个, 5000万元以下企业:
// lexicon kind classbound after a scaled unit, maybe with its number) when
// tokens[i] is that scaled unit, right before the bound word that opens the
// phrase taken so far (at start, n > 0): part of the name. Else -1.
func classAmountStart(rs []rune, tokens []Token, i, start, n, floor int) int {
	t := tokens[i]
	if n == 0 || i+1 >= len(tokens) || tokens[i+1].Start != start || t.End != start || !lexClassbound.has(tokens[i+1].Text) || t.Start < floor {
		return -1
	}
	k := t.Start
	for k < t.End && isScale(rs[k]) && !isASCIIDigit(rs[k]) {
		k++
	}
	if k == t.Start || k == t.End {
		return -1 // no scale, or nothing after it: 以上 of another word
	}
	if u, m := DefaultUnits().Match(rs, k); u == nil || k+m != t.End {
		return -1
	}
	j := i
	for j > 0 && tokens[j-1].End == tokens[j].Start && tokens[j-1].Start >= floor && (isDigits(tokens[j-1].Text) || tokens[j-1].Text == ".") {
		j-- // its number: 10亿元以上
	}
	return j
}

// addedNameWord reports whether tokens[i] is a word of lexicon kind
// addedname (新增) glued to the phrase after it, which holds a noun already:
// it opens the indicator's name (新增就业岗位500个, 新增发电装机容量, 亩均新增产值),
// no verb of the figure (新增500个岗位 has no phrase after it).
func addedNameWord(tokens []Token, i int) bool {
	return i+1 < len(tokens) && tokens[i+1].Start == tokens[i].End && lexAddedname.has(tokens[i].Text)
}

// cadenceWord reports whether tokens[i] is a lone 日, 月 or 周 right before a
// name's head it makes daily, monthly or weekly (lexicon kind cadence:
// 平均日活跃用户, 月活跃用户数), with no numeral before it (3月活跃用户 is
// March's): part of the name, no time.
func cadenceWord(rs []rune, tokens []Token, i, n int) bool {
	t := tokens[i]
	if n == 0 || i+1 >= len(tokens) || t.End-t.Start != 1 || !strings.ContainsRune("日月周", rs[t.Start]) {
		return false
	}
	if t.Start > 0 && (isNumeral(rs[t.Start-1]) || isASCIIDigit(rs[t.Start-1])) {
		return false
	}
	w, _ := lexCadence.startingAt(rs, t.End)
	return w != "" && tokens[i+1].Start == t.End
}

// innerBracketStart is the index of the token that opens a short bracket
// (at most six tokens, no clause mark) closed by tokens[i], when a word
// stands right before it: the bracket is inside a name (广义货币(M2)余额,
// 高职(专科)学校, 执业(助理)医师). Else -1.
func innerBracketStart(tokens []Token, i, floor int) int {
	if t := tokens[i].Text; t != ")" && t != "）" {
		return -1
	}
	for j := i - 1; j >= 0 && j > i-7; j-- {
		switch tokens[j].Text {
		case "(", "（":
			if j == i-1 || j == 0 || tokens[j].Start < floor {
				return -1
			}
			if p := tokens[j-1]; p.End == tokens[j].Start && startsWord(p.Text) && !ends(p) {
				return j
			}
			return -1
		case "，", ",", "。", "；", ";", "：", ":", ")", "）":
			return -1
		}
	}
	return -1
}

// changeNoun reports whether w names the change of what stands before it:
// a change word (增幅, 涨幅) or a rate of one (年增率, 增长率, 降低率). A
// bracket before it closes the name of that (躉售物價指數（WPI）年增率), no
// bracket inside a name.
func changeNoun(w []rune) bool {
	if len(w) == 0 {
		return false
	}
	if lexChange.has(string(w)) {
		return true
	}
	return w[len(w)-1] == '率' && strings.ContainsFunc(string(w[:len(w)-1]), func(r rune) bool { return strings.ContainsRune("增涨升降跌减", r) })
}

// nameDigits reports whether tokens[i] is digits inside a name: right after
// a word and right before the noun the phrase has taken (沪深300指数, 中证
// 1000指数, 标普500指数), not before a classifier or a scale (3000名, 10万).
func nameDigits(tokens []Token, i int) bool {
	t := tokens[i]
	if !isDigits(t.Text) || strings.Contains(t.Text, ".") || i == 0 || i+1 >= len(tokens) {
		return false
	}
	next, prev := tokens[i+1], tokens[i-1]
	return next.Start == t.End && strings.HasPrefix(next.Pos, "n") && prev.End == t.Start &&
		startsWord(prev.Text) && !ends(prev) && prev.Pos != "t" && !isPeriodWord(prev.Text)
}

// indexNameStart is the index of the token that opens the name of a market
// index whose number is tokens[i] (沪深300, 中证500, 上证50, 科创50, 标普500:
// a stem of lexicon kind indexname right before whole digits), when that
// token starts at the stem, at floor or after; else -1. The digits are part
// of the name, wherever it stands (沪深300下跌1.23%, 沪深300ETF净赎回).
func indexNameStart(rs []rune, tokens []Token, i, floor int) int {
	t := tokens[i]
	if !digitsName(t.Text) || i == 0 || tokens[i-1].End != t.Start {
		return -1
	}
	w, _ := lexIndexname.endingAt(rs, t.Start)
	if w == "" {
		return -1
	}
	ws := t.Start - len([]rune(w))
	if ws < floor {
		return -1
	}
	for k := i - 1; k >= 0 && tokens[k].Start >= ws; k-- {
		if tokens[k].Start == ws {
			return k
		}
	}
	return -1
}

// digitsName reports whether w is whole digits, maybe followed by Latin
// letters the segmenter kept with them (300, 300ETF).
func digitsName(w string) bool {
	k := 0
	for k < len(w) && w[k] >= '0' && w[k] <= '9' {
		k++
	}
	if k == 0 {
		return false
	}
	for ; k < len(w); k++ {
		if c := w[k] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// perUnitStart is the index of the token that opens a per-unit basis (每 and
// a unit: 每盎司, 每桶, 每吨, 每平方米) ending at tokens[i], right before the
// figure's context at qStart: part of the figure's unit (a price per ounce),
// not its metric. Else -1.
func perUnitStart(s *sentence, i, qStart int) int {
	rs, tokens := s.rs, s.tokens
	t := tokens[i]
	if t.End != qStart && !blankRunes(rs[t.End:qStart]) {
		return -1
	}
	for j := i; j >= 0 && j > i-3; j-- {
		if k := tokens[j].Start; rs[k] == '每' {
			if u, ok := defaultUnits.lookupRunes(rs[k+1 : t.End]); ok && u.Dimension != "duration" {
				return j
			}
			if w, _ := lexPertime.endingAt(rs, t.End); w != "" && t.End-len([]rune(w)) == k {
				return j // the time of a speed or a rate: 巡航速度每小时850公里, 流量每秒3000立方米
			}
			return -1
		}
	}
	return -1
}

// perBasisStart is where a metric phrase starting at start begins when a
// per-capita basis opens it: 每, a number, and the noun it counts (lexicon
// kind perbasis: 人口, 人, 户 …), as in 每万人口全科医生, 每千人口执业医师,
// 每十万人发病数, 每百户家用汽车拥有量. The segmenter cuts the basis apart
// (每 万 人口; 每千人 口; 每 百户), so the phrase may start before, inside or
// after it. Else start.
func perBasisStart(rs []rune, start, floor int) int {
	for p := start - 1; p >= max(floor, start-8); p-- {
		if rs[p] != '每' {
			continue
		}
		q := p + 1
		for q < len(rs) && isNumeral(rs[q]) {
			q++
		}
		if q == p+1 {
			return start
		}
		if w, _ := lexPerbasis.startingAt(rs, q); w != "" && q+len([]rune(w)) >= start {
			return p
		}
		return start
	}
	return start
}

// termStart is where a metric phrase starting at start begins when a term
// that names what is measured opens it: a number and a unit of time before
// 期 (10年期国债收益率, 1年期LPR, 5年期以上LPR, 7天期逆回购中标利率,
// 3个月期银行间同业拆借利率). The segmenter leaves the number out of the
// phrase's words, and the term is no figure (termOfName); without it the
// phrase began at 年期 or 期. So does a unit of time right before a Latin
// name that opens the phrase (7天Shibor, 3个月SHIBOR). Else start.
func termStart(rs []rune, start, end, floor int) int {
	for q := start; q < end && q < start+4; q++ {
		latin := q == start && (isASCIILetter(rs[q]) || lexInstrument.firsts.mayHave(rs[q])) // a name a tenor may stand before
		if rs[q] != '期' && !latin {
			continue
		}
		for p := q - 1; p >= max(0, q-3); p-- {
			u, n := defaultUnits.Match(rs, p)
			if u == nil || p+n != q || u.Dimension != "duration" || latin && !TenorBeforeName(u.Surface, rs, q) {
				continue
			}
			k := p
			for k > 0 && (isNumeral(rs[k-1]) || rs[k-1] == '.' && k > 1 && isASCIIDigit(rs[k-2])) {
				k--
			}
			if k < p && k < start && k >= floor {
				return k
			}
		}
		break
	}
	return start
}

// changeToLevel reports whether w is a change verb and a level word that the
// segmenter made one word (降至, 增至, 升到): the verb of the level a figure
// reaches (失业率降至5.1%), stepped over as a change word and a level word
// are when they come apart.
func changeToLevel(w string) bool {
	_, n := utf8.DecodeLastRuneInString(w)
	if n == len(w) || !lexLevel.has(w[len(w)-n:]) {
		return false
	}
	return lexChange.has(w[:len(w)-n])
}

// termAt is the length of a term that names a product at rune k: a number,
// a unit of time and 期 (7天期, 10年期, 3个月期), or 0.
func termAt(rs []rune, k int) int {
	j := k
	for j < len(rs) && isASCIIDigit(rs[j]) {
		j++
	}
	if j == k {
		return 0
	}
	u, n := defaultUnits.Match(rs, j)
	if u == nil || u.Dimension != "duration" || j+n >= len(rs) || rs[j+n] != '期' {
		return 0
	}
	return j + n + 1 - k
}

// blank reports whether strings.TrimSpace(s) is empty: s is only white space.
func blank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// blankRunes is blank of runes.
func blankRunes(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// referenceStart finds, within a few tokens back from i and inside the clause,
// a word opening a comparison's reference (较改革前, 占全市, 为去年的), or -1.
func referenceStart(tokens []Token, i int) int {
	for j := i; j >= 0 && j > i-5; j-- {
		t := tokens[j]
		if r := firstRune(t.Text); t.Text != "" && isHan(r) {
			if lexReference.firsts.mayHave(r) && (lexReference.has(t.Text) || gluedReference(t.Text)) && !joinedToPrev(tokens, j) {
				return j
			}
			continue // a word, no punctuation
		}
		if isPunct(t) && !isQuote(t) {
			return -1
		}
		// every word of lexReference starts with a Han character (TestReferenceWordsHan)
	}
	return -1
}

// numNameWord reports whether tokens[i] is a word the segmenter tags as a
// numeral that is a modifier inside a name (lexicon kind numname: 一线城市,
// 三线城市, 二手住宅) right before the word it modifies: part of the
// metric, no numeral.
func numNameWord(tokens []Token, i int) bool {
	if i+1 >= len(tokens) || !lexNumname.has(tokens[i].Text) {
		return false
	}
	next := tokens[i+1]
	return next.Start == tokens[i].End && isContentPos(next.Pos)
}

// CountedPlace reports whether tokens[k], the first noun after a count, is
// a noun of places counted (lexicon kind countedplace: 城市, 大中城市,
// 省份) followed at once by another noun: the places are what is counted, and the nouns after them are the
// subject of the clause (4个一线城市新建商品住宅销售价格上涨0.2%, 70个大中城市
// 商品住宅销售价格变动情况), not of the count. A verb after the place makes a
// compound counted whole (5个城市更新项目).
func CountedPlace(tokens []Token, k int) bool {
	if k+1 >= len(tokens) || !lexCountedplace.has(tokens[k].Text) {
		return false
	}
	next := tokens[k+1]
	return next.Start == tokens[k].End && isNounTag(next.Pos)
}

// latinBracket reports whether tokens[j] and tokens[i] are a bracket
// around a Latin abbreviation: letters, digits and & only (R&D, GDP, M2).
func latinBracket(tokens []Token, j, i int) bool {
	letters := false
	for k := j + 1; k < i; k++ {
		for _, r := range tokens[k].Text {
			ok, letter := latinAbbrevRune(r)
			if !ok {
				return false
			}
			letters = letters || letter
		}
	}
	return letters
}

// latinAbbrevRune reports whether r may stand in a Latin abbreviation
// (letters, digits and &), and whether it is a letter, which one needs.
func latinAbbrevRune(r rune) (ok, letter bool) {
	switch {
	case isASCIILetter(r):
		return true, true
	case isASCIIDigit(r) || r == '&':
		return true, false
	}
	return false, false
}

// abbrevJoint reports whether w is a joint of X与Y that a bracketed Latin
// abbreviation right after Y may name whole: 与, 和 or 及.
func abbrevJoint(w string) bool {
	switch w {
	case "与", "和", "及":
		return true
	}
	return false
}

// JointInName reports whether the joint starting at rs[p], in a list that
// spans [lo, hi), is inside a name: a name of lexicon kind jointname within
// [lo, hi) spans it (住宿和餐饮业), or it is the joint 与, 和 or 及 of X与Y
// right before a bracketed Latin abbreviation that names them both
// (研究与试验发展(R&D)经费), Y being 1 to maxY Han characters. It is the
// rune form of jointNameStart and jointBeforeAbbrev, which work on tokens
// and allow Y one or two words.
func JointInName(rs []rune, p, lo, hi, maxY int) bool {
	hi = min(hi, len(rs))
	if p < lo || p >= hi {
		return false
	}
	in := rs[:hi]
	for q := max(lo, p-jointNameLongest+1); q <= p; q++ {
		if w, _ := lexJointname.startingAt(in, q); w != "" && q+utf8.RuneCountInString(w) > p {
			return true
		}
	}
	if !abbrevJoint(string(rs[p])) {
		return false
	}
	q := p + 1
	for q < hi && q <= p+maxY && isHan(rs[q]) {
		q++
	}
	if q == p+1 || q >= hi || rs[q] != '(' && rs[q] != '（' {
		return false
	}
	letters := false
	for q++; q < hi; q++ {
		if r := rs[q]; r == ')' || r == '）' {
			return letters
		}
		ok, letter := latinAbbrevRune(rs[q])
		if !ok {
			return false
		}
		letters = letters || letter
	}
	return false
}

// jointBeforeAbbrev is the index of the word X when tokens[i] is the joint
// 与, 和 or 及 of X与Y right before the bracketed Latin abbreviation that
// opens at tokens[abbrev] (at most two words of Y between): the
// abbreviation names X与Y whole (研究与试验发展(R&D)经费), which the joint
// would cut. Else -1.
func jointBeforeAbbrev(tokens []Token, i, abbrev, floor int) int {
	if abbrev < 0 || i < 1 || abbrev-i > 3 || abbrev-i < 2 {
		return -1
	}
	if !abbrevJoint(tokens[i].Text) {
		return -1
	}
	for k := i + 1; k < abbrev; k++ {
		if t := tokens[k]; !isHan(firstRune(t.Text)) || tokens[k-1].End != t.Start {
			return -1
		}
	}
	x := tokens[i-1]
	if x.End != tokens[i].Start || x.Start < floor || !isHan(firstRune(x.Text)) || ends(x) || !(isContentPos(x.Pos) || strings.HasPrefix(x.Pos, "v")) {
		return -1
	}
	return i - 1
}

// jointNameStart is where a metric phrase starting at start begins when a
// name holding a joint (lexicon kind jointname: 住宿和餐饮业, 研究与试验发展,
// 交通运输、仓储和邮政业) ends inside it and starts before it, at floor or
// after: the joint cut the name. Else start.
func jointNameStart(rs []rune, start, end, floor int) int {
	for e := end; e > start; e-- {
		if w, _ := lexJointname.endingAt(rs, e); w != "" {
			if ws := e - utf8.RuneCountInString(w); ws < start && ws >= floor {
				return ws
			}
		}
	}
	return start
}

// ratioOfShare reports whether tokens[j:i+1] are 占, a noun phrase, 之 or
// 的 and a rate noun that is no share noun (lexicon kind sharenoun: 比率):
// A占B之C率 names one ratio (备抵呆帐占逾期放款之覆盖率), whose name is the
// whole phrase, not A alone nor the share's reference.
func ratioOfShare(tokens []Token, j, i int) bool {
	if tokens[j].Text != "占" || i-j < 3 {
		return false
	}
	head, joint := tokens[i], tokens[i-1].Text
	if joint != "之" && joint != "的" || !strings.HasSuffix(head.Text, "率") || utf8.RuneCountInString(head.Text) < 2 || !isNounTag(head.Pos) || lexSharenoun.has(head.Text) || changeNoun([]rune(head.Text)) {
		return false
	}
	for k := j + 1; k < i-1; k++ {
		if !startsWord(tokens[k].Text) || isPunct(tokens[k]) {
			return false
		}
	}
	return true
}

// categoryWord reports whether tokens[i] is a word that makes a category
// of the noun before it (lexicon kind category: 燃料动力类价格, 食品类消费)
// inside a phrase that has taken its head already (n > 0): part of the name,
// though the segmenter tags it a classifier.
func categoryWord(tokens []Token, i, n int) bool {
	if n == 0 || i == 0 || !lexCategory.has(tokens[i].Text) {
		return false
	}
	p := tokens[i-1]
	return p.End == tokens[i].Start && startsWord(p.Text) && isContentPos(p.Pos)
}

// nameOpenWord reports whether tokens[i] is a word of lexicon kind
// nameopen (实质, 名义, 本地) right before the noun a metric phrase has
// already taken (n > 0): it opens the indicator's name (实质本地生产总值,
// 实质GDP, 实质经常性薪资), no basis of a change (按年实质上升, stepped
// over before the phrase) and no pronoun; before a rate of change
// (实质增长率) it stays the basis.
func nameOpenWord(tokens []Token, i, n int) bool {
	if n == 0 || i+1 >= len(tokens) || !lexNameopen.has(tokens[i].Text) {
		return false
	}
	next := tokens[i+1]
	if changeNoun([]rune(next.Text)) {
		return false // the basis of a rate of change: 实质增长率, 实质增幅
	}
	return next.Start == tokens[i].End && (isContentPos(next.Pos) && !strings.HasPrefix(next.Pos, "a") || isLatinWord(next) || lexNameopen.has(next.Text))
}

// joinTails are the words of lexicon kind joinword but their first
// character: a token that is none of them joins no word to the one before
// (joinedToPrev), nor to a one-character token before it (joinedToNext).
var joinTails = func() map[string]bool {
	m := map[string]bool{}
	for w := range lexJoinword.words {
		_, n := utf8.DecodeRuneInString(w)
		m[w[n:]] = true
	}
	return m
}()

// joinedToPrev reports whether tokens[j] and the last character of the
// token before it make a word of lexicon kind joinword, which the segmenter
// cuts apart (股东应|占|溢利: 应占, attributable to, not the share verb 占).
func joinedToPrev(tokens []Token, j int) bool {
	if j == 0 || tokens[j-1].End != tokens[j].Start || !joinTails[tokens[j].Text] {
		return false
	}
	p := tokens[j-1].Text
	r, n := utf8.DecodeLastRuneInString(p)
	return n > 0 && isHan(r) && lexJoinword.has(p[len(p)-n:]+tokens[j].Text)
}

// joinedToNext reports whether tokens[j], one character, and the token
// after it make a word of lexicon kind joinword that the segmenter cuts
// apart (净|申购, 净|流出: net subscriptions and outflows, 净 no adverb).
func joinedToNext(tokens []Token, j int) bool {
	if j+1 >= len(tokens) || tokens[j].End != tokens[j+1].Start || tokens[j].End-tokens[j].Start != 1 || !startsWord(tokens[j].Text) ||
		!lexJoinword.firsts.mayHave(firstRune(tokens[j].Text)) || !joinTails[tokens[j+1].Text] {
		return false // no word of the list starts with the one and goes on with the other
	}
	return lexJoinword.has(tokens[j].Text + tokens[j+1].Text)
}

// IsReference reports whether a word opens, or is, the reference of a
// comparison before a figure (较, 比上年, 较前年): never the subject measured.
func IsReference(w string) bool { return lexReference.has(w) || gluedReference(w) }

// gluedReference reports whether a word is the reference of a comparison
// that the segmenter made one word of: 较 or 比 and a time expression
// (较前年, 比上月, 较2022年), never a noun that starts with 比 (比重, 比例).
func gluedReference(w string) bool {
	rs := []rune(w)
	if len(rs) < 3 || rs[0] != '较' && rs[0] != '比' {
		return false
	}
	es := timex.Find(rs[1:])
	return len(es) == 1 && es[0].Start == 0 && es[0].End == len(rs)-1
}

// compareClosers close the base of a comparison that 与/同/跟/和 opens
// (与去年同月比较上升12.5%); compareOpeners open it: timex's word kinds
// comparefar, and compareopen with compareopenstart, one list for timex,
// extract and attach. A token of compareOpeners at most seven tokens before
// one of compareClosers in its clause opens the base of a comparison that
// stands between a metric and its figure (同上年相比增长): the metric is
// before it. A word ending in 比 or 较 that is one of compareClosers is no
// noun with 比 glued to its end.
var compareClosers, compareOpeners = setOf(timex.Words("comparefar")), setOf(append(timex.Words("compareopen"), timex.Words("compareopenstart")...))

// setOf is the set of words.
func setOf(words []string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return set
}

// spanStepBack is the index of the token that starts what metricBefore steps
// back over between a metric and its figure when it spans several tokens
// ending with tokens[i], or -1: a step word the segmenter cut apart (按|年
// of 按年), the base of a comparison from 与 to 比较 (与去年同月比较), a time
// written in several tokens (二|零|一|九年|第三季).
func (s *sentence) spanStepBack(i, floor int) int {
	rs, tokens := s.rs, s.tokens
	t := tokens[i]
	if t.Start < floor {
		return -1 // the figure before, or before it
	}
	if w, _ := stepWords.endingAt(rs, t.End); w != "" {
		if k := t.End - len([]rune(w)); k < t.Start && k >= floor {
			if j := s.tokIndex(k); j >= 0 && tokens[j].Start == k {
				return j
			}
		}
	}
	if compareClosers[t.Text] {
		for j := i - 1; j >= 0 && j > i-8 && tokens[j].Start >= floor; j-- {
			if isPunct(tokens[j]) {
				break
			}
			if compareOpeners[tokens[j].Text] {
				return j
			}
		}
	}
	if t.End-t.Start <= 3 && hasPeriodRune(t.Text) {
		from := max(floor, t.End-16)
		for k := t.End - 1; k > from; k-- {
			if clauseMark(rs[k-1]) {
				from = k
				break
			}
		}
		es := timex.Find(rs[from:t.End])
		if n := len(es); n > 0 && from+es[n-1].End == t.End && from+es[n-1].Start <= t.Start {
			if j := s.tokIndex(from + es[n-1].Start); j >= 0 && tokens[j].Start == from+es[n-1].Start {
				return j
			}
		}
	}
	return -1
}

// endsInCompare reports whether tokens[j] is a noun with 比 or 较 glued to
// its end (价格比|去年同期): the time after it is the base of a comparison,
// whatever tag the segmenter gave it, and the phrase loop cuts the 比 off.
func endsInCompare(tokens []Token, j int) bool {
	if j < 0 || tokens[j].End != tokens[j+1].Start || tokens[j].End-tokens[j].Start < 2 || !startsWord(tokens[j].Text) {
		return false
	}
	w := tokens[j].Text
	return (strings.HasSuffix(w, "比") || strings.HasSuffix(w, "较")) && !lexReference.has(w) && !compareClosers[w]
}

// wholeTime reports whether w is one time expression as a whole (上月,
// 去年同期), as the time normaliser reads it.
func wholeTime(w string) bool {
	rs := []rune(w)
	es := timex.Find(rs)
	return len(es) == 1 && es[0].Start == 0 && es[0].End == len(rs)
}

// seasonOfTime reports whether t is a season (timex words.tsv kind season:
// 夏季, 秋季) that ends a time expression read with the year before it
// (2018年夏季, 今年秋季, 去年冬季): part of the figure's period, no part of
// its metric (今年秋季全国平均气温 → 全国平均气温). A bare season (秋季全国
// 平均气温) and one before a name (2023年秋季广交会: timex reads 2023年
// alone) stay.
func seasonOfTime(rs []rune, t Token) bool {
	if !seasonWords[t.Text] {
		return false
	}
	lo := max(0, t.Start-seasonYearMax)
	for _, e := range timex.Find(rs[lo:min(len(rs), t.End+seasonYearMax)]) { // what follows may be a name (秋季广交会)
		if e.End == t.End-lo && e.Start < t.Start-lo {
			return true
		}
	}
	return false
}

// endsPhrase reports whether tokens[i] ends the noun phrase metricBefore
// reads back, n tokens taken after it: the floor, punctuation, a symbol
// that is no Latin word, a change word (after the first token), a time (a
// whole time word, a season that ends a time read with its year), or a
// word that ends a name (ends) unless it belongs to the name: a per-unit
// word, a year word of a plan's name (年度计划投资), 新增 opening a name
// that holds a noun (hasNoun: 新增就业岗位), a word glued to its neighbour,
// a category, a name's opening word (实质), a numeral name (一线), a
// cadence (月活跃用户).
func endsPhrase(rs []rune, tokens []Token, i, n, floor int, hasNoun bool) bool {
	t := tokens[i]
	added := hasNoun && addedNameWord(tokens, i) // 新增 opening a name that holds a noun
	switch {
	case t.Start < floor,
		!startsWord(t.Text) && isPunct(t),
		t.Pos == "x" && !isLatinWord(t),
		n > 0 && lexChange.has(t.Text) && !notChangeAcross(rs, t.End) && !added,
		n > 0 && t.Pos == "t" && !hasPeriodRune(t.Text) && wholeTime(t.Text),
		n > 0 && seasonOfTime(rs, t):
		return true
	}
	switch {
	case !ends(t),
		perWordOfNoun(t, n),
		n > 0 && YearNameAt(rs, t.Start),
		added,
		joinedToPrev(tokens, i),
		n > 0 && joinedToNext(tokens, i),
		categoryWord(tokens, i, n),
		nameOpenWord(tokens, i, n),
		n > 0 && numNameWord(tokens, i),
		cadenceWord(rs, tokens, i, n):
		return false // no word that ends a name, or one that belongs to the name
	}
	return true
}

// seasonWords are the time normaliser's seasons (words.tsv kind season).
var seasonWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range timex.Words("season") {
		m[w] = true
	}
	return m
}()

// seasonYearMax is how far before a season seasonOfTime looks for its
// year, and after it for a name.
const seasonYearMax = 12

// startsWord reports whether s starts with a Han character: a token that
// does is neither punctuation (isPunct) nor a quote (isQuote), and the
// rules need not ask.
func startsWord(s string) bool { return s != "" && isHan(firstRune(s)) }

// subjectBeforeTimeAt is the index of the token that ends the subject of a
// rate noun reached over a time opened by 在 or 于 and closed by 的 (lexicon
// kind timeat: 综合消费物价指数在二零二四年三月份的按年升幅为2.0%, 失业率在今年第三季的
// 按季跌幅为0.2个百分点), or -1. The phrase metricBefore found, [start, end),
// is the rate noun alone (a change word: 升幅, 跌幅; not a named rate such
// as 增长率), or nothing when a basis word (按年) was stepped over with it
// and tokens[i] is the 的.
func (s *sentence) subjectBeforeTimeAt(i, start, end, qStart, floor int) int {
	rs, tokens := s.rs, s.tokens
	de := i
	if start >= 0 {
		if start < 1 {
			return -1
		}
		de = s.tokIndex(start - 1)
	}
	if de < 2 || tokens[de].Text != "的" || start >= 0 && !lexChange.hasRunes(rs[start:end]) {
		return -1
	}
	rate := false
	for k := de + 1; k < len(tokens) && tokens[k].Start < qStart; k++ {
		t := tokens[k]
		if !startsWord(t.Text) || !lexChange.has(t.Text) {
			continue
		}
		if !strings.HasPrefix(t.Pos, "n") {
			return -1 // a change verb: 在去年的基础上增长
		}
		rate = true
	}
	if !rate {
		return -1
	}
	for k := de - 1; k >= 1 && k > de-8 && tokens[k].Start >= floor; k-- {
		t := tokens[k]
		if !lexTimeat.has(t.Text) {
			if isPunct(t) {
				return -1
			}
			continue
		}
		if p := tokens[k-1]; p.End == t.Start && p.Start >= floor && startsWord(p.Text) && timeCovers(rs[t.End:tokens[de].Start]) {
			return k - 1
		}
		return -1
	}
	return -1
}

// timeCovers reports whether rs is one or more time expressions, side by
// side, as the time normaliser reads them (二零二四年三月份, 今年第三季).
func timeCovers(rs []rune) bool {
	if len(rs) == 0 {
		return false
	}
	p := 0
	for _, e := range timex.Find(rs) {
		if e.Start != p {
			return false
		}
		p = e.End
	}
	return p == len(rs)
}
