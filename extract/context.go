package extract

import "strings"

// QualifierAfter returns the qualifier word written right after a figure
// that ends at rs[end] (左右, 以上, 以内 …, also after (含): 50万元(含)以上),
// its qualifier (Approx, Over, Under) and where the word ends; "", "" and
// end when none stands there. The attachment stage steps over it: it
// qualifies the figure and names nothing measured (100美元左右).
func QualifierAfter(rs []rune, end int) (word, qualifier string, wordEnd int) {
	after := skipInclusive(rs, end)
	if w, v := lexAfter.startingAt(rs, after); w != "" {
		return w, v, after + len([]rune(w))
	}
	return "", "", end
}

// qualifierOf returns the qualifier of a figure and where the figure's
// context begins: before a qualifier word like 约 or 超过, also one before a
// currency's name (约人民币2.5亿元), else before the currency's name
// (营收达新台币1.5兆元: the metric and change are read before it), else the
// number.
// A word before the number wins over 多/余 inside, which wins over one after.
func qualifierOf(s *sentence, c candidate) (string, int) {
	rs := s.rs
	p := c.start
	if cur, at := currencyBefore(rs, p); cur != nil {
		p = at // 约人民币2.5亿元, 超过新台币1,000亿元: the word stands before the currency
	}
	if w, v := lexBefore.endingAt(rs, p); w != "" {
		b := p - len([]rune(w))
		if qualifies(w, c) && s.atBoundary(b) && notQualifier(rs, p) == "" {
			return v, b
		}
	}
	if v := qualifierOverVerb(s, p); v != "" {
		return v, p // 大约是1000亿千瓦时, 约占全国总装机的52.9%
	}
	if v := capAcross(s, p, c.end); v != "" {
		return v, p // 不超过公司股份总数的4%, 不超过每股15元
	}
	if c.inner != "" {
		return lex.words["inner"][c.inner], p
	}
	after := skipInclusive(rs, c.end) // 50万元(含)以上
	if w, v := lexAfter.startingAt(rs, after); w != "" {
		e := after + len([]rune(w))
		if e == len(rs) || !isHan(rs[e]) || s.atBoundary(e) {
			return v, p
		}
	}
	if v := listCarried(s, p, c); v != "" {
		return v, p // 约40.8%及59.2%; 分别超过1500亿元、2000亿元
	}
	return Exact, p
}

// listCarried returns the qualifier the figure c, whose context starts at p,
// takes as the next of a list (listSeparators: 、, 和, 及, 与) whose first
// figure, in the same unit (its scale apart: 4000亿元、1.3万亿元), has 约 or
// another approx word before it: 约40.8%及59.2%, 约10%、20%和30% (the word
// is read once for the list). Any other qualifier is carried only after a
// word that gives it to each figure (lexicon kind each: 分别超过1500亿元、
// 2000亿元); 超过5%和3% may bound the first alone. "" when none.
func listCarried(s *sentence, p int, c candidate) string {
	rs := s.rs
	unit := []rune(c.unitWritten)
	for len(unit) > 1 && isScale(unit[0]) {
		unit = unit[1:] // 1.3万亿元 after 4000亿元: the unit, not its scale
	}
	if c.isRange || len(unit) == 0 || c.start != p {
		return ""
	}
	for n := 0; n < 8; n++ { // back over the list, one member at a time
		sep := ""
		for _, w := range listSeparators {
			if hasAt(rs, p-len([]rune(w)), w) {
				sep = w
			}
		}
		if sep == "" || sep == "或" {
			return ""
		}
		k := p - len([]rune(sep)) - len(unit)
		if !hasAt(rs, k, string(unit)) {
			return ""
		}
		for k > 0 && isScale(rs[k-1]) && rs[k-1] != '十' {
			k-- // 4000亿元 before 1.3万亿元
		}
		j := k
		for j > 0 && (isASCIIDigit(rs[j-1]) || rs[j-1] == '.' || rs[j-1] == ',') {
			j--
		}
		if j == k || !isASCIIDigit(rs[j]) {
			return "" // Arabic digits only: a list of amounts as written in figures
		}
		if w, v := lexBefore.endingAt(rs, j); w != "" {
			b := j - len([]rune(w))
			if !s.atBoundary(b) {
				return ""
			}
			if v == Approx {
				return v
			}
			if e, _ := lexEach.endingAt(rs, b); e != "" {
				return v // 分别超过1500亿元、2000亿元: each is over
			}
			return ""
		}
		p = j
	}
	return ""
}

// qualifierOverVerb reads a qualifier word that stands before the verb of a
// level or a share rather than before the number: 大约是1000亿千瓦时, 约为 is
// in the lexicon already; 约占全国总装机的52.9% (the word before 占, the
// figure after the 的 that ends the share's base, in one clause).
func qualifierOverVerb(s *sentence, p int) string {
	rs := s.rs
	if p > 0 && (rs[p-1] == '是' || rs[p-1] == '有' || rs[p-1] == '达') {
		if w, v := lexBefore.endingAt(rs, p-1); w != "" && v == Approx && s.atBoundary(p-1-len([]rune(w))) {
			return v
		}
	}
	if p == 0 || rs[p-1] != '的' {
		return ""
	}
	for k := p - 2; k > 0 && p-k <= 20 && !clauseMark(rs[k]); k-- {
		if rs[k] == '占' {
			if w, v := lexBefore.endingAt(rs, k); w != "" && v == Approx {
				return v
			}
			return ""
		}
	}
	return ""
}

// capAcross reads a word of a cap or a floor (lexicon kind cap) that stands
// apart from the figure at p in its clause, with no number between: across
// the base of a share, which ends in 的 right before the figure
// (不超过公司股份总数的4%, 不低于公司总股本的0.5%), or a per-unit basis, 每
// and a unit or 股 (不超过每股15元); a currency's name before the figure was
// stepped over already (不超过每股人民币15元); or a base noun phrase when the
// figure, ending at end, sits in the modifier before 的 of what is capped
// (不超过公司总股本3%的股份).
func capAcross(s *sentence, p, end int) string {
	rs := s.rs
	for k := p - 1; k > 0 && p-k <= 20 && !clauseMark(rs[k]); k-- {
		if isNumeral(rs[k]) || isASCIIDigit(rs[k]) {
			return "" // the first figure after the word only
		}
		if w, v := lexCap.endingAt(rs, k); w != "" && s.atBoundary(k-len([]rune(w))) {
			if rs[p-1] == '的' && p-1 > k || rs[k] == '每' && p-k <= 3 && (rs[k+1] == '股' || unitAt(rs, k+1)) ||
				p-1 > k && end < len(rs) && rs[end] == '的' && isHan(rs[p-1]) {
				return v
			}
			return ""
		}
	}
	return ""
}

// qualifies reports whether the qualifier word w before candidate c
// qualifies its number: a vague word only a number in Chinese, 上 only a
// scale alone (上千, 数十, 几百; 人数100人 is no 数 + 100, 上一交易日 no 上 +
// 一).
func qualifies(w string, c candidate) bool {
	return !isVagueWord(w) || c.scaleOnly || w != "上" && c.allChinese
}

// isVagueWord reports whether w, before a number in Chinese, makes it a
// round, vague amount (上千, 数百万, 几十): the word belongs to the numeral,
// so the figure's surface takes it in (数百万元, as 十几万元 has its 几).
func isVagueWord(w string) bool { return w == "上" || w == "数" || w == "几" }

func isHan(r rune) bool { return r >= 0x3400 && r <= 0x9fff || r >= 0xf900 && r <= 0xfaff }

// maxFillers bounds how many filler words may stand between a change word and the figure.
const maxFillers = 3

// changeOf looks back from the figure's context start for a change word
// (增长, 下降 …) separated from it only by filler words (了, 达, 同比 …), or
// standing right before the figure's metric (缩短船舶等待时间超2小时; metricStart
// is -1 when the metric is not before the figure). A change word followed by
// 至/到/为 names a level, not a change. It also returns the base of the
// comparison (同比 → yoy) when stated.
func changeOf(rs []rune, start, metricStart int) (change, compare string) {
	change, compare, found := changeBefore(rs, start)
	if !found && metricStart >= 0 {
		if nw, _ := lexNotchange.endingAt(rs, metricStart); nw != "" || notChangeAcross(rs, metricStart) {
			return change, compare
		}
		if w, v := lexChange.endingAt(rs, metricStart); w != "" {
			return v, ""
		}
	}
	return change, compare
}

// notChangeAcross reports whether a word of lexicon kind notchange runs
// across rune p, starting before it: the change character before p is the
// start of a word that names no change (增|持金额: 增持).
func notChangeAcross(rs []rune, p int) bool {
	for k := max(p-3, 0); k < p; k++ {
		if w, _ := lexNotchange.startingAt(rs, k); w != "" && k+len([]rune(w)) > p {
			return true
		}
	}
	return false
}

// changeBefore is changeOf's look-back from one place; found is false when no
// change or level word stands there.
func changeBefore(rs []rune, start int) (change, compare string, found bool) {
	p := start
	if p > 1 && (rs[p-1] == ':' || rs[p-1] == '：') && isHan(rs[p-2]) {
		p-- // 同比增长:60%至77%: a colon after the change word
	}
	if w, _ := lexLevel.endingAt(rs, p); w != "" {
		if cw, _ := lexChange.endingAt(rs, p-len([]rune(w))); cw != "" {
			q := p - len([]rune(w)) - len([]rune(cw))
			if rw, rv := lexChange.endingAt(rs, q); rateNoun(rw) {
				return rv, "", true // 升幅扩大至1.9%, 跌幅收窄至1.2%: the new rate of a rise or fall
			}
			return NoChange, "", true
		}
	}
	for n := 0; n <= maxFillers; n++ {
		if nw, _ := lexNotchange.endingAt(rs, p); nw != "" {
			break // 飞机起降22.2万架次: 降 ends a noun here, no change verb
		}
		if w, v := lexChange.endingAt(rs, p); w != "" {
			if v == NoChange {
				return NoChange, "", true
			}
			q := p - len([]rune(w))
			if cw, cv := lexCompare.endingAt(rs, q); cw != "" {
				compare = cv
			}
			return v, compare, true
		}
		// 高 or 低 right after a comparison's base word is its change
		// (同比低56.7%, 环比高3.0%, 比上年高1.2个百分点).
		if p > 1 && (rs[p-1] == '高' || rs[p-1] == '低') {
			if cw, cv := lexCompare.endingAt(rs, p-1); cw != "" {
				if rs[p-1] == '高' {
					return Increase, cv, true
				}
				return Decrease, cv, true
			}
		}
		w, _ := lexFiller.endingAt(rs, p)
		if w != "" {
			w = fillerAfterChange(rs, p, w)
		}
		if w == "" {
			w, compare = lexCompare.endingAt(rs, p)
		}
		if w == "" {
			break
		}
		p -= len([]rune(w))
	}
	return NoChange, "", false
}

// fillerAfterChange is the filler w ending at p, or a shorter filler that
// ends there too when a change word ends right before it: the longest,
// 高达 or 多达, would take the last character of the change word (偏高达2℃,
// 偏多达2倍: 偏高 + 达). A change word of one character is not read so
// (人数多达300人, 最多达120毫米: no change).
func fillerAfterChange(rs []rune, p int, w string) string {
	for n := len([]rune(w)) - 1; n > 0; n-- {
		if f, _ := lexFiller.endingAt(rs[p-n:p], n); len([]rune(f)) == n {
			if cw, _ := lexChange.endingAt(rs, p-n); len([]rune(cw)) >= 2 { // not 多 of 最多达, 人数多达
				return f
			}
		}
	}
	return w
}

// currencyBefore returns the currency named right before rune i (新台币, 港币,
// 美元 …), or nil, and where its name starts: spaces between it and i are
// stepped over (人民币 2.5亿元).
func currencyBefore(rs []rune, i int) (*Unit, int) {
	for i > 0 && rs[i-1] == ' ' {
		i--
	}
	for n := 4; n >= 2; n-- {
		if i-n < 0 {
			continue
		}
		if u, ok := DefaultUnits().lookupRunes(rs[i-n : i]); ok && u.Dimension == "currency" {
			// Named before the number, a currency is read as scanPrefixed
			// reads it (港币 → 港元), whether or not a qualifier stands between.
			if w, v := lexPrefix.startingAt(rs, i-n); w != "" && len([]rune(w)) == n {
				if pu, ok := DefaultUnits().Lookup(v); ok {
					u = pu
				}
			}
			return u, i - n
		}
	}
	return nil, i
}

// rateNoun reports whether a change word names the rate of a change (升幅,
// 跌幅, 增速, 增长率), whose value is a rise or a fall whatever verb follows.
func rateNoun(w string) bool {
	return strings.HasSuffix(w, "幅") || strings.HasSuffix(w, "速") || strings.HasSuffix(w, "率")
}

// notQualifier is the word of lexicon kind notbefore that ends at rune p (a
// verb ending in a qualifier's character that the segmenter may cut apart:
// Taiwan's 卖超 and 买超, net selling and buying), or "": the figure after it
// has no qualifier.
func notQualifier(rs []rune, p int) string {
	w, _ := lexNotbefore.endingAt(rs, p)
	return w
}
