// Package timex finds the time expressions of Chinese text and turns each,
// with a reference date, into a date interval: 2024年 → 2024-01-01..2024-12-31,
// 上半年 of 2023 → 2023-01-01..2023-06-30, 截至2024年11月底 → open..2024-11-30,
// 去年 in a document of 2013 → 2012, ROC 112年 → 2023, 十四五 → 2021..2025,
// 昨日 in a document of 2024-09-21 → 2024-09-20, 本周 → its Monday..Sunday,
// 自2019年10月1日起 → 2019-10-01..open, 2021年第34周 → 2021-08-23..2021-08-29.
//
// As in HeidelTime, the vocabulary is data (data/words.tsv: relative years,
// months, weeks and days, halves, edges, now-words, vague words, as-of and since markers, the
// ROC offset; data/plans.tsv; data/holidays.tsv) and the code only reads it:
// Find recognises an expression by its parts (prefix, year, part of the year,
// suffix), Resolve computes its interval against a Context (the document's
// date and the expression that governs it). Text is expected normalised as
// the pipeline does it: half-width digits and punctuation, simplified
// characters.
package timex

import "slices"

// Kind says what an expression denotes.
type Kind int

// Kinds of expression.
const (
	Calendar Kind = iota // a calendar period: 2024年, 上半年, 1-8月, 十四五, 国庆假期 of 2024
	Now                  // 目前, 至今: up to the document's date
	Vague                // 近年来, 今后, 每年: a time as written, no interval
	Same                 // 同期: the period of the governing expression
	Years                // N年来, 过去的五年, N年内: a span of N years
	Event                // 启用以来: since an event the text does not date
)

// Expr is one time expression, with rune offsets into the text it was found
// in and its parts as written.
type Expr struct {
	Start, End int
	Text       string
	Kind       Kind

	AsOf   bool // 截至/截止: the interval is open at its start
	From   bool // 自…起, 从…开始: the interval starts with the time and is open at its end
	Since  bool // 以来: from its start to the document's date
	Target bool // 到2025年
	// Months: 截至<day>止 followed by a span (止年度, 止六个月; words.tsv kind
	// asofspan): the interval is the Months months that end on that day
	Months int

	Year, Year2 int  // absolute years (Year2 for 2023-2025年); 0 when not written
	RelYear     int  // 今年 0, 去年 -1 … when HasRel
	HasRel      bool // the year is relative to the document's date
	ScopeYear   bool // 当年, 同年: the year of the governing expression
	ScopeYearOn int  // 次年, 翌年 (ScopeYear): years after the governing expression's
	Plan        string

	WholeYear bool // 全年, 年度
	YearEdge  byte // 'e' 年末/年底, 'b' 年初
	M1, M2    int  // months (M1 == M2 for one month); 0 when none
	FirstN    bool // 前N个月, 首七个月: months 1..M2
	Q1, Q2    int  // quarters
	Day       int  // a day of month M1
	// Week: 第34周, the week of the year (ISO 8601, Monday to Sunday),
	// or the days a bracket after it gives, WeekDays (year, 0 when not
	// written; month; day): 2021年第34周(2021年8月23日-2021年8月29日),
	// 2018年第04周(01月22日~01月28日). The bracket is part of the
	// expression but not of its span: AppendFind reads on after it (past).
	Week     int
	WeekDays [2][3]int
	past     int
	// Range: the expression runs from a month, day or quarter (M1, Day, Q1
	// of its year) to one YearsOn years later (M2, Day2, Q2): 2019年10月—2020年3月,
	// 2023年10月至次年3月, 2023年12月1日至2024年2月29日, 2023年3月1日至6月30日;
	// with RelEnd, YearsOn counts from the reference year (2019年10月至今年3月)
	Range     bool
	YearsOn   int
	RelEnd    bool
	Day2      int  // a day of month M2; 0 for the whole month
	Edge      byte // 'e' 末/底 of the month, quarter or half named, 'b' 初
	RelMonth  int  // 本月 0, 上月 -1 when HasRelMonth
	HasRelMon bool
	ScopeMon  bool // 当月
	// relative days and weeks: 今日 0, 昨日 -1 when HasRelDay; 当日 (the
	// governing expression's day) when ScopeDay; 本周 0, 上周 -1 when
	// HasRelWeek, with a day of that week (上周五: 5, 周日 7) in Weekday or
	// its Saturday and Sunday (本周末) when Weekend
	RelDay     int
	HasRelDay  bool
	ScopeDay   bool
	ScopeEnd   bool // 报告期末: the last day of the period the document reports on (Context.Scope: its frame)
	YearToEnd  bool // 年初至报告期末: from the first day of that day's year to it
	RelWeek    int
	HasRelWeek bool
	Weekday    int
	Weekend    bool
	Holiday    string
	SameAs     bool // 去年同期, 上年同期: the governing period, in that year
	N          int  // Years: how many; NearN for 近N年
	Past       bool // 过去(的)N年: the N years before the document's year
	// Split: a year that straddles two calendar years (2010/2011学年: Year
	// 2010, Year2 2011), its first day (MM-DD, words.tsv kind splityear) or
	// "-" when its days are not fixed (2022-23赛季: Kind Vague)
	Split string
	// DocMonth: Day is a day of the document's month (5日, 今(14)日), of the
	// month before when it is later than the document's day
	DocMonth bool
	// YearUnread: a year is written right before the expression but was
	// not read (1357年6月10日, 康熙三年五月, 两千零四年八月, 15年1月): its
	// year is unknown, neither the document's nor a governing one.
	YearUnread bool
	// ShortYear: the year was written with its last two digits, 00-29
	// (15年3月2日, 07年第三季度, 零七年八月): Year is read as 20NN, and Resolve
	// keeps it only when the reference year is known and 20NN is at most
	// shortYearAhead years after it (a year of the 1900s or a ROC year
	// cannot be told from it otherwise). Only with a part of the year after
	// it (a month, quarter, half or edge): 15年 alone is as often a span.
	ShortYear bool
	// Dekad: a tenth of the month M1 (words.tsv kind dekad): 1 上旬 (days
	// 1-10), 2 中旬 (11-20), 3 下旬 (21 to the last); 0 for none
	Dekad int
	// Unread: a part of the period is written after it that the parser
	// does not read (words.tsv kind unread: 本月第2周, 4月前4天, 上月最后五天;
	// a festival: 2018年光明节, 2023年春节): the expression, suffix included,
	// has no interval, never the whole period before the part.
	Unread bool
}

// HasYear reports whether the expression names its own year (absolute,
// relative, or a plan period).
func (e Expr) HasYear() bool { return e.Year > 0 || e.HasRel || e.Plan != "" }

// IsDay reports whether the expression names a single day (1月30日, 今日,
// 昨天, 当天, 上周五), not a range that starts on one (nor 自10月1日起).
func (e Expr) IsDay() bool {
	return (e.Day > 0 && !e.Range || e.HasRelDay || e.ScopeDay || e.Weekday > 0) && !e.From
}

// Find returns the time expressions of rs in order, without overlaps; the
// longest expression starting at a position wins.
func Find(rs []rune) []Expr {
	found := AppendFind(nil, rs)
	for i := range found {
		found[i].Text = string(rs[found[i].Start:found[i].End])
	}
	return found
}

// AppendFind appends the expressions Find returns for rs to dst and
// returns the extended slice (a caller that reads many lines can reuse
// one). It leaves their Text empty: a caller that has rs reads it there,
// without a string made for each expression.
func AppendFind(dst []Expr, rs []rune) []Expr {
	n := len(dst)
	out := dst
	var e Expr
	since := false // a 以来 outside the expressions found (eventsSince)
	for k := 0; ; {
		if k = stops.next(rs, k); k == len(rs) {
			break
		}
		r := rs[k]
		if r == '以' && k+1 < len(rs) && rs[k+1] == '来' {
			since = true
		}
		if !starts.has(r) {
			k++
			continue
		}
		afterNumber := k > 0 && (isDigit(rs[k-1]) || rs[k-1] == '.') // 2023年: nothing starts at 年 (mayStartAt)
		if !afterNumber && mayStartAt(rs, k) {
			if e = (Expr{Start: k}); parseAt(rs, k, &e) {
				e.YearUnread = !e.HasYear() && !e.ScopeYear && yearUnreadBefore(rs, k)
				out = append(out, e)
				k = max(e.End, e.past)
				continue
			}
		}
		k++
		if isDigit(r) {
			// no expression starts after a digit or a dot (mayStartAt):
			// the rest of the number is passed over at once
			for k < len(rs) && (isDigit(rs[k]) || rs[k] == '.') {
				k++
			}
		}
	}
	if !since {
		return out // every 以来 is inside an expression found
	}
	if n == 0 {
		return eventsSince(rs, out)
	}
	return append(out[:n], eventsSince(rs, out[n:])...)
}

// yearUnreadBefore reports whether rs[:k] ends with a year no expression
// read: 年 after a numeral (1357年, 15年, 康熙三年, 两千零四年) or 元年.
func yearUnreadBefore(rs []rune, k int) bool {
	if k < 2 || rs[k-1] != '年' {
		return false
	}
	r := rs[k-2]
	_, cn := cnDigitOf(r)
	return isDigit(r) || cn || r == '十' || r == '百' || r == '千' || r == '元'
}

// mayStart reports whether an expression can start with r (see
// initStarts). Find tries parseAt only there.
func mayStart(r rune) bool { return starts.has(r) }

// mayStartAt reports whether parseAt can find an expression at rs[k]: its
// character may start one and it is not inside a number, and one of the
// readers can start there: a word of a kind parseAt reads first; a literal
// (过去, 近, Q, 第, 首, 前, 头); an era's or a plan's name; a quote before a
// plan's or a holiday's name; a number of at most four digits, or of four
// Chinese numerals, followed by what a year, a month or a quarter needs (年,
// 月, 季 or a range mark). The class of the character (startClasses) says
// which readers to try, in one look-up.
func mayStartAt(rs []rune, k int) bool {
	c := startClasses.get(rs[k])
	if c == 0 || k > 0 && (isDigit(rs[k-1]) || rs[k-1] == '.') {
		return false
	}
	if c&cLiteral != 0 ||
		c&cWord != 0 && (c&cWordAlone != 0 || k+1 < len(rs) && leadPairs.has(rs[k], rs[k+1])) && wordStarts(rs, k) || c&cEra != 0 && nameAt(rs, k, eraNames) || c&cPlan != 0 && nameAt(rs, k, planNames) {
		return true
	}
	if c&cWord != 0 && bracketedStart(rs, k) {
		return true // 今(110)年, 今(14)日
	}
	switch {
	case c&cQuote != 0:
		return k+1 < len(rs) && (planStarts.has(rs[k+1]) || kindsAt(rs, k+1)&(1<<kHoliday) != 0)
	case c&cDigit != 0:
		return numberBeforeUnit(rs, k, isDigit) || eightDigitDate(rs, k) || MonthDayClock(rs, k) > 0
	case c&cNumeral != 0:
		return numberBeforeUnit(rs, k, isNumeral)
	}
	return false
}

// bracketedStart reports whether a word of relyear or relday with a number
// in brackets (bracketed: 今(110)年, 今(14)日) starts at rs[k].
func bracketedStart(rs []rune, k int) bool {
	if k+1 >= len(rs) || rs[k+1] != '(' && rs[k+1] != '（' {
		return false
	}
	_, n := bracketed(rs, k, kRelYear)
	if n == 0 {
		_, n = bracketed(rs, k, kRelDay)
	}
	return n > 0
}

// The classes of the characters that may start an expression, a bit each:
// what mayStartAt tries there.
const (
	cWord      = 1 << iota // a word of a kind parseAt reads first starts with it
	cEra                   // an era's name does
	cPlan                  // a plan's name does
	cLiteral               // a literal of parseYears, quarters or firstMonths
	cQuote                 // a quote, which may open a plan's or a holiday's name
	cDigit                 // a digit
	cNumeral               // a Chinese numeral (isNumeral)
	cWordAlone             // a word of cWord is this one character
)

// leadPairs holds the first two characters of the words of cWord, so that
// mayStartAt tries their list only where both stand.
var leadPairs pairSet

// pairSet is a set of pairs of characters that may say yes for a pair not
// in it (a bit per hash), never no for one in it.
type pairSet [4096 / 64]uint64

func pairHash(a, b rune) uint32 { return (uint32(a)*0x9e3779b1 + uint32(b)) * 0x85ebca6b >> 20 }

func (s *pairSet) add(a, b rune) { h := pairHash(a, b); s[h>>6] |= 1 << (h & 63) }

func (s *pairSet) has(a, b rune) bool { h := pairHash(a, b); return s[h>>6]&(1<<(h&63)) != 0 }

// startClasses holds the class of each character that may start an
// expression (initStarts): every character of starts has one.
var startClasses runeClasses

// runeClasses maps a character to a class byte in two levels, a block of
// 64 characters at a time, so that the few hundred characters that have
// one take a few kilobytes (a flat table of the Basic Multilingual Plane
// would take 64 and spread the look-ups of a text over them).
type runeClasses struct {
	block  [0x10000 / 64]uint8 // the block of each 64 characters; 0: all without a class
	blocks [][64]uint8
	other  map[rune]uint8 // beyond the Basic Multilingual Plane
}

func (t *runeClasses) add(r rune, c uint8) {
	if r < 0 || r >= 0x10000 {
		if t.other == nil {
			t.other = map[rune]uint8{}
		}
		t.other[r] |= c
		return
	}
	if len(t.blocks) == 0 {
		t.blocks = append(t.blocks, [64]uint8{}) // block 0 stays empty
	}
	b := t.block[r>>6]
	if b == 0 {
		if len(t.blocks) > 0xff {
			panic("timex: too many blocks of start characters")
		}
		b = uint8(len(t.blocks))
		t.block[r>>6] = b
		t.blocks = append(t.blocks, [64]uint8{})
	}
	t.blocks[b][r&63] |= c
}

func (t *runeClasses) get(r rune) uint8 {
	if uint32(r) < 0x10000 {
		if b := t.block[r>>6]; b != 0 {
			return t.blocks[b][r&63]
		}
		return 0
	}
	return t.other[r]
}

// isNumeral reports whether r is a Chinese numeral of the numbers a time
// expression reads (cnDigit, 十).
func isNumeral(r rune) bool {
	_, ok := cnDigitOf(r)
	return ok || r == '十'
}

// numberBeforeUnit reports whether the run of characters of a kind (digits,
// numerals) at rs[k] is at most four long and followed by 年, 月, 季 or a
// range mark, or is four digits and a dot or a slash (a date in digits).
func numberBeforeUnit(rs []rune, k int, of func(rune) bool) bool {
	i := k + 1
	for i < len(rs) && of(rs[i]) && i-k <= 4 {
		i++
	}
	if i-k > 4 || i == len(rs) {
		return false
	}
	switch rs[i] {
	case '年', '月', '季', '-', '—', '~', '至', '到':
		return true
	case '日':
		return i-k <= 2 && isDigit(rs[k]) // 5日 (docDay)
	case '.', '/':
		return i-k == 4 && isDigit(rs[k]) // 2024.12.31, 2024/12/31 (numericDate)
	}
	return i-k == 4 && isDigit(rs[k]) && oneOf(bareYearParts, rs[i]) // 2022前三季度 (bareYear)
}

// bareYearParts are the first characters of the parts of a year that may
// follow a year written without 年 (bareYear): 前三季度, 第一季度, 一季度,
// 上半年, 下半年, 前8个月, 全年, Q1.
const bareYearParts = "前第一二三四上下全首Qq"

// bareYear reports whether a part of a year that may follow a year written
// without 年, as headlines write it, stands at rs[i:]: a quarter or the
// first N of them (2022前三季度, 2024一季度, 2024第一季度, 2024Q1), a half
// (2023上半年), the first N months (2023前8个月) or 全年. Months and days
// are not (20221-9月 is no year).
func bareYear(rs []rune, i int) bool {
	if i >= len(rs) || !oneOf(bareYearParts, rs[i]) {
		return false
	}
	m := kindsAt(rs, i)
	if wordIn(rs, i, m, kHalf) != nil || wordIn(rs, i, m, kWholeYear) != nil {
		return true
	}
	var t Expr
	return quarters(rs, i, &t, false) > i || firstMonths(rs, i, &t, false) > i
}

// nameAt reports whether one of names stands at rs[k].
func nameAt(rs []rune, k int, names []name) bool {
	for _, n := range names {
		if hasRunes(rs[k:], n.rs) {
			return true
		}
	}
	return false
}

// wordStarts reports whether a word of a kind parseAt reads first (all but
// since, monthedge and fromend) starts at rs[k].
func wordStarts(rs []rune, k int) bool {
	i := leadIndex.get(rs[k])
	if i == 0 {
		return false
	}
	for _, w := range leadWords[i-1] {
		if hasRunes(rs[k:], w) {
			return true
		}
	}
	return false
}

// leadWords are the words of the kinds parseAt reads first, by their first
// character: leadIndex holds 1 + the index of a character's words.
var (
	leadWords [][][]rune
	leadIndex runeIndex
)

// runeIndex maps a character to a small number: an array over the Basic
// Multilingual Plane, a map beyond it.
type runeIndex struct {
	bmp   [0x10000]uint16
	other map[rune]uint16
}

func (s *runeIndex) set(r rune, v uint16) {
	if r >= 0 && r < 0x10000 {
		s.bmp[r] = v
		return
	}
	if s.other == nil {
		s.other = map[rune]uint16{}
	}
	s.other[r] = v
}

func (s *runeIndex) get(r rune) uint16 {
	if r >= 0 && r < 0x10000 {
		return s.bmp[r]
	}
	return s.other[r]
}

// starts are the characters parseAt can read first. yearStarts are those
// parseYear's readers other than its words can read first (digits and
// Chinese numerals, eras, plans and their quotes), partStarts those of
// quarters, firstMonths and months (digits and numerals, Q, 第, 首, 前, 头);
// eraStarts and planStarts the first characters of the eras and plans.
var starts, yearStarts, partStarts, eraStarts, planStarts runeSet

// stops are the characters AppendFind stops at: starts and the 以 of 以来.
var stops runeSet

// literalStarts are the first characters of the literals parseYears,
// quarters and firstMonths read (过去, 近, Q3, 第三季度, 首季, 前三季度, 头三个月);
// nameStarts those of the words parseAt reads first, the eras and the plans.
var literalStarts, nameStarts runeSet

// initStarts fills the sets of first characters, path by path. parseAt
// reads first: a word of the kinds now, vague, asof, target (目前, 近年来,
// 截至, 到), a span of years (过去, 近, or a number: in partStarts), a year
// (a word of relyear, scopeyear: 去年, 当年; or yearStarts) or a part of the
// year (a word of wholeyear, yearedge, half, same, relmonth, monthend,
// scopemonth, holiday: 全年, 年底, 上半年, 同期, 本月, 月底, 当月, 国庆; a
// holiday's quote; or partStarts). TestMayStartHoldsEveryStart checks
// starts on text.
func initStarts() {
	for k := range lists {
		if wkind(k) == kSince || wkind(k) == kMonthEdge || wkind(k) == kFromEnd || wkind(k) == kDekad || wkind(k) == kSeason {
			continue // (a season is read after a year only)
		}
		for _, w := range lists[k] {
			r := w.rs[0]
			starts.add(r)
			nameStarts.add(r)
			i := leadIndex.get(r)
			if i == 0 {
				if len(leadWords) >= 0xffff {
					panic("timex: too many first characters of words")
				}
				leadWords = append(leadWords, nil)
				i = uint16(len(leadWords))
				leadIndex.set(r, i)
			}
			leadWords[i-1] = append(leadWords[i-1], w.rs)
		}
	}
	for _, n := range eraNames {
		nameStarts.add(n.rs[0])
		eraStarts.add(n.rs[0])
		yearStarts.add(n.rs[0])
	}
	for _, n := range planNames {
		nameStarts.add(n.rs[0])
		planStarts.add(n.rs[0])
		yearStarts.add(n.rs[0])
	}
	for r := range cnDigit {
		yearStarts.add(r)
		partStarts.add(r)
	}
	for _, r := range "0123456789" {
		yearStarts.add(r)
		partStarts.add(r)
	}
	for _, r := range "\"“" { // “十四五”, “十一”黄金周
		yearStarts.add(r)
		starts.add(r)
	}
	for _, r := range "十Qq第首前头" {
		partStarts.add(r)
	}
	starts.addAll(&yearStarts)
	starts.addAll(&partStarts)
	starts.add('过')
	starts.add('近')
	stops.addAll(&starts)
	stops.add('以')
	for _, r := range "过近Qq第首前头" {
		literalStarts.add(r)
	}
	initClasses()
}

// initClasses fills startClasses from the sets of first characters.
func initClasses() {
	for _, n := range eraNames {
		startClasses.add(n.rs[0], cEra)
	}
	for _, n := range planNames {
		startClasses.add(n.rs[0], cPlan)
	}
	for _, ws := range leadWords {
		for _, w := range ws {
			if len(w) == 1 {
				startClasses.add(w[0], cWord|cWordAlone)
				continue
			}
			startClasses.add(w[0], cWord)
			leadPairs.add(w[0], w[1])
		}
	}
	for r := range literalStarts.all() {
		startClasses.add(r, cLiteral)
	}
	for _, r := range "\"“" {
		startClasses.add(r, cQuote)
	}
	for _, r := range "0123456789" {
		startClasses.add(r, cDigit)
	}
	for r := range cnDigit {
		startClasses.add(r, cNumeral)
	}
	startClasses.add('十', cNumeral)
}

// FindString is Find on a string; offsets are in runes.
func FindString(s string) []Expr { return Find([]rune(s)) }

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

var cnDigit = map[rune]int{'〇': 0, '零': 0, '○': 0, 'О': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4,
	'五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// cnDigitOf is cnDigit[r] without hashing: the parser asks at every
// candidate place (TestCnDigitOfIsTheMap keeps the two the same).
func cnDigitOf(r rune) (int, bool) {
	switch r {
	case '〇', '零', '○', 'О':
		return 0, true
	case '一':
		return 1, true
	case '二', '两':
		return 2, true
	case '三':
		return 3, true
	case '四':
		return 4, true
	case '五':
		return 5, true
	case '六':
		return 6, true
	case '七':
		return 7, true
	case '八':
		return 8, true
	case '九':
		return 9, true
	}
	return 0, false
}

// smallNumber reads a number up to 99 at rs[k:], Arabic (1-2 digits) or
// Chinese (三, 十二, 二十八); it returns the value and the runes read.
func smallNumber(rs []rune, k int) (int, int) {
	if k >= len(rs) {
		return 0, 0
	}
	if isDigit(rs[k]) {
		if k > 0 && (isDigit(rs[k-1]) || rs[k-1] == '.') {
			return 0, 0
		}
		n, j := 0, k
		for j < len(rs) && isDigit(rs[j]) && j-k < 2 {
			n = n*10 + int(rs[j]-'0')
			j++
		}
		if j < len(rs) && (isDigit(rs[j]) || rs[j] == '.') {
			return 0, 0
		}
		return n, j - k
	}
	j, n := k, 0
	if d, ok := cnDigitOf(rs[j]); ok && d > 0 {
		n = d
		j++
	}
	if j < len(rs) && rs[j] == '十' {
		if j == k {
			n = 1
		}
		n *= 10
		j++
		if j < len(rs) {
			if d, ok := cnDigitOf(rs[j]); ok && d > 0 {
				n += d
				j++
			}
		}
	}
	if j == k {
		return 0, 0
	}
	return n, j - k
}

// parseAt reads the expression starting at rs[k], if any, into e, which
// holds Expr{Start: k} (and what it holds after a false is to be ignored).
func parseAt(rs []rune, k int, e *Expr) bool {
	if k > 0 && (isDigit(rs[k-1]) || rs[k-1] == '.') {
		return false
	}
	m := kindsAt(rs, k)
	if w := wordIn(rs, k, m, kNow); w != nil && !nowInWord(rs, k+len(w.rs)) {
		e.End, e.Kind = k+len(w.rs), Now
		return true
	}
	if w := wordIn(rs, k, m, kVague); w != nil {
		e.End, e.Kind = k+len(w.rs), Vague
		return true
	}
	if parseYears(rs, k, e) {
		return true
	}
	if n := MonthDayClock(rs, k); n > 0 { // 3/7 17:04: the day of the clock time
		m, i := twoDigits(rs, k)
		d, _ := twoDigits(rs, i+1)
		e.M1, e.M2, e.Day, e.End = m, m, d, k+n
		return true
	}
	j := k
	if w := wordIn(rs, j, m, kAsOf); w != nil {
		e.AsOf = true
		j += len(w.rs)
		if w2 := wordAt(rs, j, kNow); w2 != nil { // 截至目前
			e.Kind, e.End = Now, j+len(w2.rs)
			return true
		}
	} else if w := wordIn(rs, j, m, kTarget); w != nil {
		e.Target = true
		j += len(w.rs)
	} else if w := wordIn(rs, j, m, kFrom); w != nil {
		e.From = true // kept only with its end (起): fromEnd below
		j += len(w.rs)
	}
	prefixEnd := j
	j = parseYear(rs, j, e)
	hasYear := j > prefixEnd
	// a year of its own may be followed by 年度, 全年, 年末 …
	if hasYear && j < len(rs) && rs[j] == '度' {
		e.WholeYear = true
		j++
	}
	j2 := parsePart(rs, j, e, hasYear)
	if !hasYear && j2 == j {
		return false
	}
	if e.ShortYear && !e.partial() && e.YearEdge == 0 {
		return false // 15年 alone: a span as often as a year
	}
	if e.Target && !hasYear {
		return false // 到3月: too often a verb's complement
	}
	jr := j2
	if e.From && at(rs, jr, '起') && (at(rs, jr+1, '至') || at(rs, jr+1, '到')) {
		jr++ // 自2020-05-26起至2020-05-29止
	}
	if j = rangeTo(rs, jr, e, hasYear); j == jr {
		j = j2
	}
	if e.From && e.Range && (at(rs, j, '止') || jr > j2) {
		// 自2020-05-26至2020-05-29止, 从…起至…止: a closed range, 自 and 止 its marks
		e.From = false
		if at(rs, j, '止') {
			j++
		}
	}
	if d, n := asOfDayBracket(rs, j, e); n > 0 {
		e.Range, e.M2, e.Day2 = true, e.M1, d // 2017年12月(截至27日): from the month's first day to that day
		j += n
	}
	if n := unreadPart(rs, j); n > 0 {
		e.Unread = true // 本月第2周, 4月前4天: no interval, not the month's
		j += n
	}
	if !e.From && !e.AsOf && !e.Target && (e.Year > 0 || e.HasRel) {
		// 2017年起每年新增…: 起 alone closes an effective-from time too
		if n := bareFromEnd(rs, j, e); n > 0 {
			e.From, e.End = true, j+n
			return true
		}
	}
	if e.From {
		// 自2019年10月1日起: from the time on; without 起 (自2019年以来,
		// 从2019年的548亿元) the time is read without 自 at the next place
		n := fromEnd(rs, j, e)
		if n == 0 {
			return false
		}
		e.End = j + n
		return true
	}
	if at2(rs, j, '至', '今') && (hasYear || e.M1 > 0) {
		e.Since = true
		j += 2
	} else if w := wordAt(rs, j, kSince); w != nil {
		e.Since = true
		j += len(w.rs)
	} else if at2(rs, j, '为', '止') && e.Target {
		e.AsOf, e.Target = true, false
		j += 2
	} else if e.AsOf {
		if months, n := asOfSpan(rs, j); n > 0 {
			e.Months = months
			j += n
		}
	}
	e.End = j
	return true
}

// bareMonth reports whether e is a single month of the calendar and
// nothing else: no quarter, range, day, dekad, edge of it, week or holiday,
// and none of the readings that make it more than the month (the first N
// months, as of, from, a target, unread).
func (e *Expr) bareMonth() bool {
	return e.Kind == Calendar &&
		e.M1 != 0 && e.M1 == e.M2 &&
		e.Q1 == 0 &&
		!e.Range &&
		e.Day == 0 &&
		e.Edge == 0 &&
		e.Dekad == 0 &&
		e.Week == 0 &&
		e.Holiday == "" &&
		!e.FirstN && !e.AsOf && !e.From && !e.Target && !e.Unread
}

// asOfDayBracket reads, after a single month (2017年12月, 12月份), a bracket
// that holds an as-of day of it alone (words.tsv kind asof: (截至27日),
// （截止25日）): the day and the runes read, or 0, 0. The month is then
// read up to that day.
func asOfDayBracket(rs []rune, j int, e *Expr) (int, int) {
	if !e.bareMonth() {
		return 0, 0
	}
	if !at(rs, j, '(') && !at(rs, j, '（') {
		return 0, 0
	}
	i := j + 1
	w := wordAt(rs, i, kAsOf)
	if w == nil {
		return 0, 0
	}
	i += len(w.rs)
	d, n := smallNumber(rs, i)
	if n == 0 || d < 1 || d > 31 {
		return 0, 0
	}
	i += n
	if !at(rs, i, '日') && !at(rs, i, '号') {
		return 0, 0
	}
	i++
	if !at(rs, i, ')') && !at(rs, i, '）') {
		return 0, 0
	}
	return d, i + 1 - j
}

// asOfSpan reads, after the day of 截至, 止 or 的 and a span that ends on
// that day (words.tsv kind asofspan: 止年度, 止六个月, 的三个月): its length
// in months and the runes read, or 0, 0.
func asOfSpan(rs []rune, j int) (int, int) {
	i := j
	if at(rs, i, '止') {
		i++
	}
	if at(rs, i, '的') {
		i++
	}
	if i == j {
		return 0, 0
	}
	n, k := smallNumber(rs, i)
	for _, w := range asOfSpans {
		if w.value == "n" && (k == 0 || n == 0 || n > 12 || !hasRunes(rs[i+k:], w.rs)) ||
			w.value != "n" && !hasRunes(rs[i:], w.rs) {
			continue
		}
		if w.value == "n" {
			return n, i + k + len(w.rs) - j
		}
		return w.num, i + len(w.rs) - j
	}
	return 0, 0
}

// afterFromEnd are the characters that make the 起 or 开始 after a time
// the start of another word (起草, 起诉, 起来) or of a range (起至, 开始到)
// rather than the end of 自…起 (words.tsv kind afterfromend).
var afterFromEnd charSet

// fromEnd returns the length of the word of words.tsv kind fromend (起,
// 开始) that closes 自/从 and the time e at rs[j:], or 0: none, or one
// that starts another word, or a time that cannot start an open interval
// (同期, 当月末).
func fromEnd(rs []rune, j int, e *Expr) int {
	w := wordAt(rs, j, kFromEnd)
	if w == nil || e.Kind != Calendar || e.SameAs || e.ScopeMon && e.Edge != 0 {
		return 0
	}
	if end := j + len(w.rs); end < len(rs) && afterFromEnd.has(rs[end]) {
		return 0
	}
	return len(w.rs)
}

// afterBareFromEnd are the characters that make a 起 after a time without
// 自/从 the start of another word: those of afterFromEnd and 起步, 起飞,
// 起点, 起征点, 起降, 起伏, 起价 … (words.tsv kind afterbarefromend, which
// lists those not in afterfromend; init joins the two).
var afterBareFromEnd charSet

// bareFromEnd returns the length of a 起 that closes the time e at rs[j:]
// without 自 or 从 before it (2017年起, 2024年7月1日起, 明年起), or 0: as
// fromEnd, but 起 alone and not the start of another word (2017年起草,
// 2018年起步).
func bareFromEnd(rs []rune, j int, e *Expr) int {
	if !at(rs, j, '起') || j+1 < len(rs) && afterBareFromEnd.has(rs[j+1]) {
		return 0
	}
	return fromEnd(rs, j, e)
}

// beforeQian are the characters that make a 前 the end of another word
// (以前, 之前, 目前, 提前 …), so 以前年度, 目前年产 hold no 前年 (words.tsv
// kind beforeqian).
var beforeQian charSet

// afterROCYear are the characters after a bare ROC year's 年 that make it
// a span of years or part of another word (120年来, 112年内, 110年间), no
// year (words.tsv kind afterrocyear).
var afterROCYear charSet

// parseYear reads a year at rs[j:] into e: 2024年, 2023-2025年, 二〇二三年,
// 民国八十八年, 113年 (ROC), 今年, 当年, “十四五”. It returns the new position.
func parseYear(rs []rune, j int, e *Expr) int {
	if j >= len(rs) {
		return j
	}
	if v, n := bracketed(rs, j, kRelYear); n > 0 {
		// 今(110)年, 去(2020)年: the year in the bracket, Gregorian or ROC
		switch {
		case v >= 1800 && v <= 2099:
			e.Year = v
			return j + n
		case v >= 100 && v < 130 && rocBase > 0:
			e.Year = v + rocBase
			return j + n
		}
	}
	m := kindsAt(rs, j)
	if w := wordIn(rs, j, m, kRelSeason); w != nil {
		// 今秋: this year's autumn, unless a name follows (今夏达沃斯)
		if s := seasonWord(w.value); s != nil && !notSeasonAt(rs, j+len(w.rs)) {
			e.HasRel, e.RelYear = true, 0
			setSeason(e, s)
			return j + len(w.rs)
		}
	}
	if w := wordIn(rs, j, m, kRelYear); w != nil && !(rs[j] == '前' && j > 0 && beforeQian.has(rs[j-1])) {
		e.HasRel, e.RelYear = true, w.num
		return j + len(w.rs)
	}
	if w := wordIn(rs, j, m, kScopeYear); w != nil && (w.num == 0 || afterNextYear(rs, j)) {
		e.ScopeYear, e.ScopeYearOn = true, w.num
		return j + len(w.rs)
	}
	if !yearStarts.has(rs[j]) {
		return j // no reader below starts here
	}
	if y, mo, d, n := numericDate(rs, j); n > 0 {
		e.Year, e.M1, e.M2, e.Day = y, mo, mo, d
		return j + n
	}
	if y, n := arabicYear(rs, j); n > 0 {
		i := j + n
		if k := splitYear(rs, i, y, e); k > i {
			return k // 2010/2011学年, 2022-23赛季
		}
		if i < len(rs) && rs[i] == '年' {
			i++
		}
		// a range of years: 2023-2025年, 2023年至2025年, 2011~2020年, 2020——2024年
		// (folded to 2020--2024年), 2020 - 2024年
		if k := rangeMark(rs, i); k > i {
			if y2, n2 := arabicYear(rs, k); n2 > 0 && y2 > y && k+n2 < len(rs) && rs[k+n2] == '年' {
				e.Year, e.Year2 = y, y2
				return k + n2 + 1
			}
		}
		if i == j+n && !(y >= 1900 && bareYear(rs, i)) { // no 年: 2024 alone is not a year here, 2022前三季度 is
			return j
		}
		e.Year = y
		return i
	}
	if y, n := chineseYear(rs, j); n > 0 && j+n < len(rs) && rs[j+n] == '年' {
		e.Year = y
		return j + n + 1
	}
	if y, n := shortYear(rs, j); n > 0 {
		e.Year, e.ShortYear = 2000+y, true
		return j + n + 1
	}
	for _, era := range eraNames {
		if eraStarts.has(rs[j]) && hasRunes(rs[j:], era.rs) {
			off := eras[era.s]
			i := j + len(era.rs)
			if v, n := eraNumber(rs, i); n > 0 && i+n < len(rs) && rs[i+n] == '年' {
				e.Year = v + off
				return i + n + 1
			}
		}
	}
	if rocBase > 0 && j+3 < len(rs) && rs[j] == '1' && isDigit(rs[j+1]) && isDigit(rs[j+2]) && rs[j+3] == '年' &&
		(j+4 >= len(rs) || !afterROCYear.has(rs[j+4])) && !rocSpanBefore(rs, j) {
		v := 100 + int(rs[j+1]-'0')*10 + int(rs[j+2]-'0')
		if v < 130 {
			e.Year = v + rocBase
			return j + 4
		}
	}
	if v, n := rocChinese(rs, j); n > 0 && rocBase > 0 && j+n < len(rs) && rs[j+n] == '年' &&
		(j+n+1 >= len(rs) || !afterROCYear.has(rs[j+n+1])) && !rocSpanBefore(rs, j) {
		e.Year = v + rocBase // 一一四年, 一一三年1至10月
		return j + n + 1
	}
	if name, n := planAt(rs, j); n > 0 {
		e.Plan = name
		return j + n
	}
	return j
}

// beforeNextYear are the characters that may stand right before 次年 or
// 翌年 read as a year (于次年, 至次年, ，次年): other characters make its 次 a
// counter's (每次年检, 一次年金). Words.tsv kind beforenextyear.
var beforeNextYear charSet

// afterNextYear reports whether a word of scopeyear that counts years on
// (次年, 翌年) at rs[j:] is a year: at the start of the text or a clause,
// or after a character of beforeNextYear.
func afterNextYear(rs []rune, j int) bool {
	p := prevRune(rs, j)
	return j == 0 || !isHan(p) && !isDigit(p) && !isLetter(p) || beforeNextYear.has(p)
}

// splitYear reads the rest of a year that straddles two calendar years
// after its first year y at rs[i:]: a slash or a dash, the next year in
// four digits or its last two, and a word of splitYears (2010/2011学年,
// 2022-23赛季, 2022/2023学年度), into e; a year edge may close a word that
// ends in 年 (2010/2011学年终: 年终). It returns the position after it, i
// for none.
func splitYear(rs []rune, i, y int, e *Expr) int {
	if i >= len(rs) || rs[i] != '/' && !isDash(rs[i]) {
		return i
	}
	k := i + 1
	n := 0
	for k < len(rs) && isDigit(rs[k]) && k-i <= 4 {
		n = n*10 + int(rs[k]-'0')
		k++
	}
	switch d := k - i - 1; {
	case d == 4 && n == y+1, d == 2 && n == (y+1)%100:
	default:
		return i
	}
	for _, w := range splitYears {
		if !hasRunes(rs[k:], w.rs) {
			continue
		}
		end := k + len(w.rs)
		if w.rs[len(w.rs)-1] == '年' {
			if ew := edgeWordAt(rs, end-1, kYearEdge); ew != nil {
				e.YearEdge, end = ew.value[0], end-1+len(ew.rs)
			} else if at(rs, end, '度') {
				end++
			}
		}
		e.Year, e.Year2, e.Split = y, y+1, w.value
		if w.value == "-" {
			e.Kind = Vague
		}
		return end
	}
	return i
}

// bracketed reads a word of kind (relyear, relday) of two characters
// with a number in brackets before its last, as Taiwan's press writes
// the year or day it means: 今(110)年, 去(2020)年, 今(14)日. It returns the
// number and the runes read, n 0 for none.
func bracketed(rs []rune, j int, kind wkind) (v, n int) {
	if j+4 >= len(rs) || rs[j+1] != '(' && rs[j+1] != '（' {
		return 0, 0
	}
	for _, w := range lists[kind] {
		if len(w.rs) != 2 || w.rs[0] != rs[j] {
			continue
		}
		k, x := j+2, 0
		for k < len(rs) && isDigit(rs[k]) && k-j-2 < 4 {
			x = x*10 + int(rs[k]-'0')
			k++
		}
		if k > j+2 && k+1 < len(rs) && (rs[k] == ')' || rs[k] == '）') && rs[k+1] == w.rs[1] {
			return x, k + 2 - j
		}
	}
	return 0, 0
}

// afterDocDay are the characters that make N日 a span of days, a rate
// or another word rather than a day (5日内, 7日年化, 30日均线, 3日游, 5日元).
// Words.tsv kind afterdocday.
var afterDocDay charSet

// docDay reads a day without its month, as news writes a day of the
// document's month (5日，…; 今(14)日): one or two digits 1-31 and 日 at
// the start of a clause (e.Start after a clause mark, a space, a quote or
// a bracket), not a span of days (5日内), nor the next of a list of days
// (2023年3月1日，2日: a day of the month before it, not of the document's).
func docDay(rs []rune, j int, e *Expr) int {
	if j >= len(rs) || !isDigit(rs[j]) || !oneOf("，,；;。！？!?：: \t\u3000“\"(（【\n", prevRune(rs, e.Start)) && e.Start > 0 ||
		e.Start > 1 && oneOf("日号", rs[e.Start-2]) {
		return j
	}
	d, n := smallNumber(rs, j)
	if n == 0 || d < 1 || d > 31 || !at(rs, j+n, '日') || j+n+1 < len(rs) && afterDocDay.has(rs[j+n+1]) {
		return j
	}
	e.Day, e.DocMonth = d, true
	return j + n + 1
}

// numericDate reads a day written in digits, year first, with one
// separator twice (2024-12-31, 2024.12.31, 2024/1/5: filings and tables
// write them so): a year 1900-2099, a month 1-12, a day its month has, not
// part of a longer number. It returns the year, month, day and the runes
// read, n 0 for none.
func numericDate(rs []rune, j int) (y, m, d, n int) {
	if j+8 > len(rs) || j > 0 && isDigit(rs[j-1]) {
		return 0, 0, 0, 0
	}
	if eightDigitDate(rs, j) { // 20240307
		y, m, d = eightDigits(rs, j)
		return y, m, d, 8
	}
	for i := j; i < j+4; i++ {
		if !isDigit(rs[i]) {
			return 0, 0, 0, 0
		}
		y = y*10 + int(rs[i]-'0')
	}
	sep := rs[j+4]
	if y < 1900 || y > 2099 || sep != '-' && sep != '.' && sep != '/' {
		return 0, 0, 0, 0
	}
	i := j + 5
	if m, i = twoDigits(rs, i); m < 1 || m > 12 || i >= len(rs) || rs[i] != sep {
		return 0, 0, 0, 0
	}
	if d, i = twoDigits(rs, i+1); d < 1 || d > daysIn(y, m) {
		return 0, 0, 0, 0
	}
	if i < len(rs) && (isDigit(rs[i]) || (rs[i] == sep || rs[i] == '.') && i+1 < len(rs) && isDigit(rs[i+1])) {
		return 0, 0, 0, 0 // 2024.12.31.5, 2024-12-31-2: some other number
	}
	return y, m, d, i - j
}

// MonthDayClock returns the length of a month and day written with a slash
// at rs[k:] (3/7, 12/24) when a clock time follows it after spaces
// (3/7 17:04, as news pages stamp an update), else 0: without the clock,
// 3/7 is a fraction (3/4的受访者, 1/3), never a day.
func MonthDayClock(rs []rune, k int) int {
	if k > 0 && (isDigit(rs[k-1]) || rs[k-1] == '/' || rs[k-1] == '.') {
		return 0
	}
	m, i := twoDigits(rs, k)
	if m < 1 || m > 12 || !at(rs, i, '/') {
		return 0
	}
	d, end := twoDigits(rs, i+1)
	if d < 1 || d > 31 {
		return 0
	}
	c := end
	for c < len(rs) && (rs[c] == ' ' || rs[c] == '\u3000' || rs[c] == '\u00a0') {
		c++
	}
	h, c2 := twoDigits(rs, c)
	if c == end || c2 == c || h > 23 || !at(rs, c2, ':') && !at(rs, c2, '：') ||
		c2+2 >= len(rs) || !isDigit(rs[c2+1]) || !isDigit(rs[c2+2]) || c2+3 < len(rs) && isDigit(rs[c2+3]) {
		return 0
	}
	return end - k
}

// Marks that may stand before (dateMarksBefore) and after (dateMarksAfter)
// a date of eight digits: a clause's or a bracket's mark, a quote, a line's
// start or end, a space after it. A colon is not among them (编号：20240307,
// 电话：20130415), nor is a space before it.
const (
	dateMarksBefore = "，,。；;、（(【[“\"\n"
	dateMarksAfter  = "，,。；;、）)】]”\" \t\u3000\n"
)

// eightDigitDate reports whether rs[j:] holds a date of eight digits, year
// first (20240307: a year 1900-2099, a month, a day its month has),
// standing alone between the start or end of the text and the marks of
// dateMarksBefore and dateMarksAfter, or joined by a dash to another such
// date (20240301-20240331, as report headers write a span); anything else
// around it (编号20240307, 20240307元, ID20240307, 20240307.5) makes it a
// number.
func eightDigitDate(rs []rune, j int) bool {
	if !plainEightDigits(rs, j) {
		return false
	}
	before := j == 0 || oneOf(dateMarksBefore, rs[j-1]) ||
		j >= 9 && isDash(rs[j-1]) && plainEightDigits(rs, j-9) && (j == 9 || oneOf(dateMarksBefore, rs[j-10]))
	k := j + 8
	after := k == len(rs) || oneOf(dateMarksAfter, rs[k]) ||
		isDash(rs[k]) && plainEightDigits(rs, k+1) && (k+9 == len(rs) || oneOf(dateMarksAfter, rs[k+9]))
	return before && after
}

// plainEightDigits reports whether rs[j:j+8] are eight digits that make a
// valid day, year first, not part of a longer number.
func plainEightDigits(rs []rune, j int) bool {
	if j < 0 || j+8 > len(rs) || j > 0 && isDigit(rs[j-1]) || j+8 < len(rs) && isDigit(rs[j+8]) {
		return false
	}
	for _, r := range rs[j : j+8] {
		if !isDigit(r) {
			return false
		}
	}
	y, m, d := eightDigits(rs, j)
	return y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// EightDigitDay reports whether rs is eight digits that make a valid day,
// year first (20240307: a year 1900-2099, a month, a day its month has).
func EightDigitDay(rs []rune) bool { return len(rs) == 8 && plainEightDigits(rs, 0) }

// eightDigits reads the year, month and day of the eight digits at rs[j:].
func eightDigits(rs []rune, j int) (y, m, d int) {
	x := 0
	for _, r := range rs[j : j+8] {
		x = x*10 + int(r-'0')
	}
	return x / 10000, x / 100 % 100, x % 100
}

// twoDigits reads one or two digits at rs[i]: their value (0 for none)
// and the position after them.
func twoDigits(rs []rune, i int) (int, int) {
	v, k := 0, i
	for k < len(rs) && k < i+2 && isDigit(rs[k]) {
		v = v*10 + int(rs[k]-'0')
		k++
	}
	if k == i || k < len(rs) && isDigit(rs[k]) {
		return 0, i
	}
	return v, k
}

// arabicYear reads four digits 1800-2099 not part of a longer number.
func arabicYear(rs []rune, j int) (int, int) {
	if j+4 > len(rs) || (j > 0 && isDigit(rs[j-1])) {
		return 0, 0
	}
	v := 0
	for i := j; i < j+4; i++ {
		if !isDigit(rs[i]) {
			return 0, 0
		}
		v = v*10 + int(rs[i]-'0')
	}
	if j+4 < len(rs) && (isDigit(rs[j+4]) || rs[j+4] == '.') || v < 1800 || v > 2099 {
		return 0, 0
	}
	return v, 4
}

// shortYear reads a year written with its last two digits, 00-29, before
// 年: two Arabic digits (15年) or two Chinese ones (零七年, 一五年), not
// part of a longer number. It returns their value and 2, or 0, 0.
func shortYear(rs []rune, j int) (int, int) {
	if j+2 >= len(rs) || rs[j+2] != '年' {
		return 0, 0
	}
	if j > 0 && (isDigit(rs[j-1]) || oneOf(".第近约逾超满达", rs[j-1])) {
		return 0, 0
	}
	if isDigit(rs[j]) && isDigit(rs[j+1]) {
		if v := int(rs[j]-'0')*10 + int(rs[j+1]-'0'); v < 30 {
			return v, 2
		}
		return 0, 0
	}
	if _, ok := cnDigitOf(prevRune(rs, j)); ok || j > 0 && oneOf("十百千万两", rs[j-1]) {
		return 0, 0
	}
	v, ok := cnDigits(rs[j : j+2])
	if !ok || v >= 30 || rs[j] != '零' && rs[j] != '〇' && rs[j] != '○' && rs[j] != '一' && rs[j] != '二' {
		return 0, 0
	}
	return v, 2
}

// cnDigits reads Chinese digits written one by one (二〇二三 → 2023); 两 is
// never one of them.
func cnDigits(rs []rune) (int, bool) {
	v := 0
	for _, r := range rs {
		d, ok := cnDigitOf(r)
		if !ok || r == '两' {
			return 0, false
		}
		v = v*10 + d
	}
	return v, true
}

// chineseYear reads a year written digit by digit in Chinese: 二〇二三.
func chineseYear(rs []rune, j int) (int, int) {
	if j+4 > len(rs) {
		return 0, 0
	}
	v, ok := cnDigits(rs[j : j+4])
	if !ok {
		return 0, 0
	}
	if v < 1800 || v > 2099 {
		return 0, 0
	}
	return v, 4
}

// rocChinese reads a ROC year of 100-129 written digit by digit in
// Chinese (一一四, 一〇五), not inside a longer run of Chinese digits.
func rocChinese(rs []rune, j int) (int, int) {
	if j+3 > len(rs) || rs[j] != '一' {
		return 0, 0
	}
	if _, ok := cnDigitOf(prevRune(rs, j)); ok {
		return 0, 0
	}
	v, ok := cnDigits(rs[j : j+3])
	if !ok {
		return 0, 0
	}
	if j+3 < len(rs) {
		if _, ok := cnDigitOf(rs[j+3]); ok {
			return 0, 0
		}
	}
	if v < 100 || v > 129 {
		return 0, 0
	}
	return v, 3
}

func prevRune(rs []rune, j int) rune {
	if j == 0 {
		return 0
	}
	return rs[j-1]
}

// eraNumber reads the year of an era: 88, 八十八, 一百零五, 一一三.
func eraNumber(rs []rune, j int) (int, int) {
	if v, n := rocChinese(rs, j); n > 0 {
		return v, n
	}
	if j < len(rs) && isDigit(rs[j]) {
		v, i := 0, j
		for i < len(rs) && isDigit(rs[i]) && i-j < 3 {
			v = v*10 + int(rs[i]-'0')
			i++
		}
		return v, i - j
	}
	if j+1 < len(rs) && rs[j] == '一' && rs[j+1] == '百' {
		v, i := 100, j+2
		if i < len(rs) && (rs[i] == '零' || rs[i] == '〇') {
			i++
		}
		n, m := smallNumber(rs, i)
		return v + n, i + m - j
	}
	return smallNumber(rs, j)
}

// planAt reads a plan period: “十四五”, 十四五规划 (the quotes kept in the span).
func planAt(rs []rune, j int) (string, int) {
	i := j
	quoted := i < len(rs) && (rs[i] == '“' || rs[i] == '"')
	if quoted {
		i++
	}
	if i >= len(rs) || !planStarts.has(rs[i]) {
		return "", 0
	}
	var best *name
	for k := range planNames {
		if n := &planNames[k]; (best == nil || len(n.rs) > len(best.rs)) && hasRunes(rs[i:], n.rs) {
			best = n
		}
	}
	if best == nil {
		return "", 0
	}
	i += len(best.rs)
	if quoted {
		if i >= len(rs) || (rs[i] != '”' && rs[i] != '"') {
			return "", 0
		}
		return best.s, i + 1 - j
	}
	for _, w := range planWords {
		if hasPrefix(rs[i:], w) {
			return best.s, i - j
		}
	}
	return "", 0
}

// parsePart reads the part of a year at rs[j:] (全年, 年末, 上半年, 一季度,
// 前三季度, 1-8月, 首七个月, 11月底, 3月5日, 国庆假期, 同期, 本月) into e.
func parsePart(rs []rune, j int, e *Expr, hasYear bool) int {
	if j >= len(rs) {
		return j
	}
	m := kindsAt(rs, j)
	if w := wordIn(rs, j, m, kScopeEnd); w != nil && !hasYear {
		e.ScopeEnd, e.YearToEnd = true, w.value == "ytd"
		return j + len(w.rs)
	}
	if w := wordIn(rs, j, m, kWholeYear); w != nil {
		e.WholeYear = true
		return j + len(w.rs)
	}
	if w := edgeWordAt(rs, j, kYearEdge); w != nil {
		e.YearEdge = w.value[0]
		return j + len(w.rs)
	}
	if hasYear && e.Year2 == 0 {
		if w := edgeWordAt(rs, j, kMonthEdge); w != nil { // 2022年末, 112年底, “十四五”末
			e.YearEdge = w.value[0]
			return j + len(w.rs)
		}
	}
	if w := wordIn(rs, j, m, kHalf); w != nil {
		e.M1, e.M2 = w.num, w.num2
		return edge(rs, j+len(w.rs), e)
	}
	if hasYear && e.Year2 == 0 && e.M1 == 0 && e.Q1 == 0 {
		if w, n, list := seasonAt(rs, j); w != nil {
			setSeason(e, w)
			if list {
				e.M1, e.M2, e.Unread = 0, 0, true
			}
			return j + n
		}
	}
	if w := wordIn(rs, j, m, kSame); w != nil {
		if hasYear {
			e.SameAs = true
		} else {
			e.Kind = Same
		}
		return j + len(w.rs)
	}
	if !hasYear {
		if w := wordIn(rs, j, m, kRelMonth); w != nil {
			e.HasRelMon, e.RelMonth = true, w.num
			i := j + len(w.rs)
			// a day of that month: 上月15日, 下个月九号 (Resolve checks it is in the month)
			if d, n := smallNumber(rs, i); n > 0 && d >= 1 && d <= 31 && i+n < len(rs) && (rs[i+n] == '日' || rs[i+n] == '号') {
				e.Day = d
				return i + n + 1
			}
			if i < len(rs) && oneOf("廿卅", rs[i]) {
				return j // 下个月廿号: a day not read, so not the whole month either
			}
			return edge(rs, i, e)
		}
		if w := edgeWordAt(rs, j, kMonthEnd); w != nil {
			e.ScopeMon, e.Edge = true, w.value[0]
			return j + len(w.rs)
		}
		if w := wordIn(rs, j, m, kScopeMonth); w != nil {
			e.ScopeMon = true
			return edge(rs, j+len(w.rs), e)
		}
		if v, n := bracketed(rs, j, kRelDay); n > 0 && v >= 1 && v <= 31 {
			e.Day, e.DocMonth = v, true // 今(14)日
			return j + n
		}
		if w := wordIn(rs, j, m, kRelDay); w != nil && isDayWord(rs, j, w) {
			e.HasRelDay, e.RelDay = true, w.num
			return j + len(w.rs)
		}
		if w := wordIn(rs, j, m, kScopeDay); w != nil && isDayWord(rs, j, w) {
			e.ScopeDay = true
			return j + len(w.rs)
		}
		if w := wordIn(rs, j, m, kRelWeek); w != nil && isWeekWord(rs, j, w) {
			e.HasRelWeek, e.RelWeek = true, w.num
			i := weekPart(rs, j+len(w.rs), e)
			if e.Weekday == 0 && !e.Weekend {
				i = relWeekDays(rs, i, e)
			}
			return i
		}
	}
	if partStarts.has(rs[j]) || hasYear && rs[j] == '后' { // else none of the readers starts here (后: 2021年后三个月)
		if i := quarters(rs, j, e, hasYear); i > j {
			return edge(rs, i, e)
		}
		if i := weeks(rs, j, e, hasYear); i > j {
			return i
		}
		if i := firstMonths(rs, j, e, hasYear); i > j {
			return i
		}
		if i := months(rs, j, e); i > j {
			return i
		}
		if i := docDay(rs, j, e); i > j && !hasYear {
			return i
		}
	}
	if i := holiday(rs, j, e); i > j {
		return i
	}
	return j
}

// Characters around a relative day or week that make it part of another
// word: 如今日益, 当今日本 (before 今); 相当, 适当, 每当 (before 当); 当日达,
// 当天办结 (after 当日, 当天: a service, not a time); 天然气,
// 天津 (after 天); 本周期, 周年, 日本周边 (after a week); 马上周末, 以上周期
// (before 上周); 本周三大指数 (after a weekday); 光明日报, 然后天津 (before a
// future day that is not after 在, 于, 至 …). Words.tsv kinds beforejin,
// beforedang, aftertian, afterweek, beforeshang, afterweekday, afterdang
// and beforefuture, one character a line.
var beforeJin, beforeDang, afterTian, afterWeek, beforeShang, afterWeekday, afterDang, beforeFuture charSet

// isDayWord reports whether the word w of kind relday or scopeday at rs[j:]
// is a time: not the start of a name (words.tsv kind notday: 今日头条) or of
// another word (如今日益, 天然气, 相当日, 节前日均).
func isDayWord(rs []rune, j int, w *word) bool {
	if nameAt(rs, j, notDays) {
		return false
	}
	end := j + len(w.rs)
	last, prev := w.rs[len(w.rs)-1], prevRune(rs, j)
	switch {
	case last == '天' && end < len(rs) && afterTian.has(rs[end]):
		return false
	case w.rs[0] == '今' && beforeJin.has(prev),
		w.rs[0] == '当' && (beforeDang.has(prev) || end < len(rs) && afterDang.has(rs[end])),
		w.rs[0] == '前' && (beforeQian.has(prev) || at(rs, end, '均')):
		return false
	case oneOf("明后大", w.rs[0]) && isHan(prev) && !beforeFuture.has(prev):
		return false // 光明日报, 表明日前, 然后天津, 最后天数: a future day only as a word of its own
	}
	return true
}

// isWeekWord reports whether the word w of kind relweek at rs[j:] is a
// week: not 本周期, 上周年, 日本周边, 马上周末.
func isWeekWord(rs []rune, j int, w *word) bool {
	end := j + len(w.rs)
	if nameAt(rs, j, notDays) || end < len(rs) && afterWeek.has(rs[end]) {
		return false
	}
	return !(w.rs[0] == '上' && beforeShang.has(prevRune(rs, j)))
}

// weekPart reads what may follow a relative week at rs[j:]: a day of the
// week (上周五, 本周日; not 本周三大指数, 上周日均) or 末 (本周末).
func weekPart(rs []rune, j int, e *Expr) int {
	if j >= len(rs) {
		return j
	}
	if rs[j] == '末' {
		e.Weekend = true
		return j + 1
	}
	d := 0
	switch r := rs[j]; r {
	case '日':
		d = 7
	case '一', '二', '三', '四', '五', '六':
		d, _ = cnDigitOf(r)
	}
	if d == 0 || j+1 < len(rs) && (afterWeekday.has(rs[j+1]) || d == 7 && rs[j+1] == '均') {
		return j
	}
	e.Weekday = d
	return j + 1
}

// rangeTo reads the other end of a range that starts at the one month,
// day or quarter e holds, at rs[j:], into e, and returns the new position
// (j when there is none). The end is in a later year (2019年10月—2020年3月,
// 112年10月至113年3月, 2023年10月至次年3月, 2023年四季度至2024年一季度), or in
// the same year on a later day (2023年3月1日至6月30日, 3月1日至6月30日), of
// the same month too with the day alone (2007年2月26日至27日, 3月1日—5日;
// the first 日 may be left out when the end has it: 2007年2月26——2月27日); a
// range within a year without days (2019年10月—12月) is months' own. The
// marks are those of isRangeMark, a dash doubled (——, folded to --), the
// full-width ～ and － and –, with spaces around them. A start without its year is a day, and so is the
// end then; a day of the start keeps its year (1月30日). Two times with
// anything else between them (2019年10月，2020年3月) are two.
func rangeTo(rs []rune, j int, e *Expr, hasYear bool) int {
	if e.Kind != Calendar || e.Year2 != 0 || e.Plan != "" || e.AsOf || e.Target || e.SameAs || e.WholeYear ||
		e.YearEdge != 0 || e.Edge != 0 || e.FirstN || e.Holiday != "" || e.HasRelMon || e.ScopeMon {
		return j
	}
	quarter := e.Q1 > 0 && e.Q1 == e.Q2
	month := e.Q1 == 0 && e.M1 > 0 && e.M1 == e.M2
	if !quarter && !month {
		return j
	}
	if e.Dekad != 0 {
		// 2020年12月上旬至2021年1月上旬: from the dekad's first day, with a year
		dekad := e.Dekad
		if !hasYear || e.Day != 0 || rangeMark(rs, j) == j {
			return j
		}
		e.Day, e.Dekad = dekad*10-9, 0
		if end := rangeEnd(rs, rangeMark(rs, j), e, false, hasYear, false); end > 0 {
			return end
		}
		e.Day, e.Dekad = 0, dekad
		return j
	}
	day0, j0 := e.Day, j
	if month && e.Day == 0 {
		// 2007年2月26——2月27日, 3月1—5日: the first day without its 日 when
		// the other end has it (kept only when the range is read)
		if d, n := smallNumber(rs, j); n > 0 && d >= 1 && d <= 31 && rangeMark(rs, j+n) > j+n {
			e.Day, j = d, j+n
		}
	}
	if !hasYear && e.Day == 0 {
		return j0
	}
	i := rangeMark(rs, j)
	if i == j {
		e.Day = day0
		return j0
	}
	end := 0
	if sep := digitDateSep(rs, j); sep != 0 && e.Day > 0 {
		end = digitDateEnd(rs, i, e, sep) // 2026.03.02-03.06, 2026/3/2-3/6
	}
	if end == 0 {
		end = rangeEnd(rs, i, e, quarter, hasYear, day0 == 0 && e.Day > 0)
	}
	if end == 0 {
		e.Day = day0
		return j0
	}
	return end
}

// rangeEnd reads the other end of the range rangeTo reads at rs[i:], after
// its mark, into e, and returns the position after it; 0 when there is
// none. needDay: the end must name a day (the start's 日 was left out).
func rangeEnd(rs []rune, i int, e *Expr, quarter, hasYear, needDay bool) int {
	yearsOn, k, endYear := 0, i, false
	var t Expr
	if w := nextYearAt(rs, i); w != nil {
		yearsOn, k, endYear = w.num, i+len(w.rs), true
	} else if k = parseYear(rs, i, &t); k > i {
		endYear = true
		switch {
		case t.Year2 != 0 || t.Plan != "":
			return 0
		case t.Year > 0 && e.Year > 0:
			yearsOn = t.Year - e.Year
		case t.HasRel && e.HasRel:
			yearsOn = t.RelYear - e.RelYear
		case t.HasRel && e.Year > 0: // 2019年10月至今年3月: the end's year is the document's
			e.RelEnd, yearsOn = true, t.RelYear
		case t.ScopeYear: // 2019年10月至同年12月
		default:
			return 0
		}
	}
	if endYear && !hasYear || yearsOn < 0 && !e.RelEnd {
		return 0
	}
	var p Expr
	var end int
	digits := false // the end is a date in digits, its year's
	if quarter {
		end = edge(rs, quarters(rs, k, &p, endYear), &p)
		if p.Q1 == 0 || p.Q1 != p.Q2 || yearsOn == 0 && !e.RelEnd && p.Q1 <= e.Q1 {
			return 0
		}
	} else {
		if endYear && t.M1 > 0 && t.Day > 0 {
			p.M1, p.M2, p.Day, end, digits = t.M1, t.M1, t.Day, k, true // 2020-05-26至2020-05-29
		} else {
			end = months(rs, k, &p)
		}
		if needDay && p.Day == 0 && p.Edge == 0 && end > k && rs[end-1] == '月' {
			// 1月3至2月10: the days without 日 at both ends, the end's month written
			if d, n := smallNumber(rs, end); n > 0 && d >= 1 && d <= 31 && (end+n == len(rs) || oneOf("，,。；;、：:！？!? )）\n", rs[end+n])) {
				p.Day, end = d, end+n
			}
		}
		if p.Dekad != 0 && p.Day == 0 && end > k {
			// …至2021年1月上旬: to the dekad's last day (下旬: the month's,
			// left to Resolve when the year is relative)
			p.Day = p.Dekad * 10
			if p.Dekad == 3 {
				p.Day = 0
				if e.Year > 0 {
					p.Day = daysIn(e.Year+yearsOn, p.M1)
				}
			}
		}
		if end == k && !endYear && e.Day > 0 {
			// 2007年2月26日至27日, 3月1日—5日: a day of the same month
			if d, n := smallNumber(rs, k); n > 0 && d > e.Day && d <= 31 && (at(rs, k+n, '日') || at(rs, k+n, '号')) {
				p.M1, p.M2, p.Day, end = e.M1, e.M1, d, k+n+1
			}
		}
		if p.M1 == 0 || p.M1 != p.M2 || (!hasYear || needDay) && p.Day == 0 ||
			yearsOn == 0 && !e.RelEnd && !(p.M1 > e.M1 || p.M1 == e.M1 && e.Day > 0 && p.Day > e.Day) {
			return 0
		}
	}
	if end == k && !digits || p.Edge == 'b' { // 3月初 is a day: the end of a range is its month's last
		return 0
	}
	e.Range, e.YearsOn, e.M2, e.Q2, e.Day2 = true, yearsOn, p.M2, p.Q2, p.Day
	return end
}

// digitDateSep returns the separator of a day written in digits with a dot
// or a slash that ends at rs[j] (2026.03.02, 2026/3/2: numericDate), or 0.
func digitDateSep(rs []rune, j int) rune {
	i := j
	for i > 0 && isDigit(rs[i-1]) {
		i--
	}
	if i == j || i == 0 || rs[i-1] != '.' && rs[i-1] != '/' {
		return 0
	}
	return rs[i-1]
}

// digitDateEnd reads the end of a range of days written in digits whose
// start is e, the end without its year, month and day with the start's
// separator (2026.03.02-03.06, 2026/3/2-3/6; weekly reports write them
// so): a later day of the same year, or of January after December
// (2025.12.29-01.02), not part of a longer number (03.06.1, 03.065,
// 03.06%). It returns the position after it, or 0.
func digitDateEnd(rs []rune, i int, e *Expr, sep rune) int {
	m, k := twoDigits(rs, i)
	if m < 1 || m > 12 || !at(rs, k, sep) {
		return 0
	}
	yearsOn := 0
	if e.M1 == 12 && m == 1 {
		yearsOn = 1 // 2025.12.29-01.02: a week across the new year
	}
	d, end := twoDigits(rs, k+1)
	if d < 1 || d > daysIn(e.Year+yearsOn, m) || yearsOn == 0 && !(m > e.M1 || m == e.M1 && d > e.Day) {
		return 0
	}
	if end < len(rs) && (isDigit(rs[end]) || rs[end] == '.' || rs[end] == sep || rs[end] == '%' || isLetter(rs[end])) {
		return 0 // 03.06.1, 03.06%: some other number
	}
	e.Range, e.YearsOn, e.M2, e.Day2 = true, yearsOn, m, d
	return end
}

// rangeMark reads the mark between the ends of a range at rs[j:], with
// the spaces around it, and returns the position after them (j when there
// is none).
func rangeMark(rs []rune, j int) int {
	i := skipSpaces(rs, j)
	if i >= len(rs) {
		return j
	}
	switch r := rs[i]; {
	case r == '至' || r == '到' || r == '~' || r == '～':
		i++
	case isDash(r):
		i++
		if i < len(rs) && isDash(rs[i]) { // ——, as the pipeline folds it: --
			i++
		}
	default:
		return j
	}
	return skipSpaces(rs, i)
}

// isDash reports whether r is a dash that may join the ends of a range:
// -, —, – or －.
func isDash(r rune) bool { return r == '-' || r == '—' || r == '–' || r == '－' }

func skipSpaces(rs []rune, i int) int {
	for i < len(rs) && (rs[i] == ' ' || rs[i] == '\u3000') {
		i++
	}
	return i
}

// nextYearAt returns the word of words.tsv kind nextyear (次年) at rs[i:], or nil.
func nextYearAt(rs []rune, i int) *word {
	for k := range nextYears {
		if hasRunes(rs[i:], nextYears[k].rs) {
			return &nextYears[k]
		}
	}
	return nil
}

// edge reads 末/底/初 after a month, quarter or half.
func edge(rs []rune, j int, e *Expr) int {
	if j < len(rs) && rs[j] == '度' && j+1 < len(rs) && (rs[j+1] == '末' || rs[j+1] == '底') { // 季度末
		j++
	}
	oneMonth := e.M1 > 0 && e.M1 == e.M2 && e.Q1 == 0 && e.Day == 0 || e.HasRelMon || e.ScopeMon
	if oneMonth {
		if w := wordAt(rs, j, kDekad); w != nil { // 6月上旬, 本月下旬
			e.Dekad = w.num
			return j + len(w.rs)
		}
		if prevRune(rs, j) == '月' && at(rs, j, '月') && j+1 < len(rs) && (rs[j+1] == '末' || rs[j+1] == '底') {
			j++ // 十二月月底
		}
	}
	if w := edgeWordAt(rs, j, kMonthEdge); w != nil {
		e.Edge = w.value[0]
		return j + len(w.rs)
	}
	return j
}

// edgeWordAt is wordAt for the words of an edge (kinds monthedge,
// yearedge, monthend): 初 only as a word of its own, not the start of
// another word (10月初步统计, 一季度初步核算) nor of a lunar day (正月初六,
// 大年初一).
func edgeWordAt(rs []rune, j int, kind wkind) *word {
	w := wordAt(rs, j, kind)
	if w == nil || w.value[0] != 'b' {
		return w
	}
	if end := j + len(w.rs); end < len(rs) && (rs[end] == '步' || oneOf("一二三四五六七八九十", rs[end])) {
		return nil
	}
	return w
}

// quarters reads 一季度, 第3季, Q3, 首季, 前三季度, 1-3季度; after a year
// (hasYear) 前两个季度 too.
func quarters(rs []rune, j int, e *Expr, hasYear bool) int {
	i := j
	switch {
	case i+1 < len(rs) && (rs[i] == 'Q' || rs[i] == 'q') && rs[i+1] >= '1' && rs[i+1] <= '4' &&
		(i+2 >= len(rs) || !isDigit(rs[i+2])) && (i == 0 || rs[i-1] == '年' || !isHan(rs[i-1]) && !isLetter(rs[i-1])):
		// Q3, 2024年Q3; not 奥迪Q3 (a model name)
		e.Q1, e.Q2 = int(rs[i+1]-'0'), int(rs[i+1]-'0')
		return i + 2
	case at2(rs, i, '首', '季'):
		e.Q1, e.Q2 = 1, 1
		i += 2
	case i < len(rs) && rs[i] == '前':
		n, m := smallNumber(rs, i+1)
		if m == 0 && i+1 < len(rs) && rs[i+1] == '两' {
			n, m = 2, 1
		}
		ge := 0
		if hasYear && at(rs, i+1+m, '个') { // 2021年前两个季度
			ge = 1
		}
		if m == 0 || n < 1 || n > 4 || !at(rs, i+1+m+ge, '季') || ge == 1 && !at(rs, i+1+m+ge+1, '度') {
			return j
		}
		e.Q1, e.Q2 = 1, n
		i += 1 + m + ge + 1
	default:
		if i < len(rs) && rs[i] == '第' {
			i++
		}
		n, m := smallNumber(rs, i)
		if m == 0 || n < 1 || n > 4 {
			return j
		}
		i += m
		n2 := n
		if i < len(rs) && isRangeMark(rs[i]) {
			if v, m2 := smallNumber(rs, i+1); m2 > 0 && v > n && v <= 4 {
				n2, i = v, i+1+m2
			}
		}
		if !at(rs, i, '季') || !at(rs, i+1, '度') && rs[j] != '第' {
			return j // 四季 (the seasons) is not a quarter; 第三季 and 三季度 are
		}
		e.Q1, e.Q2 = n, n2
		i++
	}
	if i < len(rs) && rs[i] == '度' && !(i+1 < len(rs) && (rs[i+1] == '末' || rs[i+1] == '底')) {
		i++
	}
	return i
}

// weeks reads the week of a year, 第34周, 第04周, and the days of the
// bracket after it (weekDays). Without a year only in digits and not after
// a character (开学第2周, 3月第2周: a week of something else); never 第10周年.
func weeks(rs []rune, j int, e *Expr, hasYear bool) int {
	if !at(rs, j, '第') || !hasYear && isHan(prevRune(rs, j)) {
		return j
	}
	n, m := smallNumber(rs, j+1)
	if !hasYear && (m == 0 || !isDigit(rs[j+1])) {
		return j
	}
	i := j + 1 + m
	if m == 0 || n < 1 || n > 53 || !at(rs, i, '周') || i+1 < len(rs) && afterWeek.has(rs[i+1]) {
		return j
	}
	e.Week = n
	return weekDays(rs, i+1, e)
}

// weekDays reads the first and last days of a week in the bracket after it
// at rs[j:] ((2021年8月23日-2021年8月29日,下同), (01月22日~01月28日),
// (8月23日-29日)) into e.WeekDays, and sets e.past after the bracket; the
// year of a day is 0 when not written. It returns j: the bracket is not
// part of the span.
func weekDays(rs []rune, j int, e *Expr) int {
	a := skipSpaces(rs, j)
	if !at(rs, a, '(') && !at(rs, a, '（') {
		return j
	}
	var d1, d2 Expr
	day := func(i int, d *Expr, month int) int {
		k := parseYear(rs, i, d)
		if d.Year2 != 0 || d.HasRel || d.ScopeYear || d.Plan != "" {
			return i
		}
		if k2 := months(rs, k, d); k2 > k {
			if d.Day == 0 || d.M1 != d.M2 {
				return i
			}
			return k2
		}
		if n, m := smallNumber(rs, k); month > 0 && k == i && m > 0 && n >= 1 && n <= 31 && (at(rs, k+m, '日') || at(rs, k+m, '号')) {
			d.M1, d.M2, d.Day = month, month, n // 8月23日-29日
			return k + m + 1
		}
		return i
	}
	b := day(a+1, &d1, 0)
	if b == a+1 {
		return j
	}
	c := rangeMark(rs, b)
	if c == b {
		return j
	}
	d := day(c, &d2, d1.M1)
	if d == c {
		return j
	}
	for k := d; k < len(rs) && k < d+8; k++ { // ,下同)
		switch r := rs[k]; {
		case r == ')' || r == '）':
			e.WeekDays = [2][3]int{{d1.Year, d1.M1, d1.Day}, {d2.Year, d2.M1, d2.Day}}
			e.past = k + 1
			return j
		case r == '(' || r == '（' || isSentenceEnd(r):
			return j
		}
	}
	return j
}

// relWeekDays reads the days of a relative week written with their year
// in digits in the bracket right after it (上周(2026.03.02-03.06),
// 本周（2026/3/2-2026/3/6）, as weekly reports write them; 上周（2026.02.27）,
// the day a weekly price is taken) into e.WeekDays, and returns the
// position after the bracket: the bracket is part of the expression, and
// its days, at most seven, are its interval (Resolve). It returns j when
// the bracket holds anything else.
func relWeekDays(rs []rune, j int, e *Expr) int {
	if !at(rs, j, '(') && !at(rs, j, '（') {
		return j
	}
	var t Expr
	if j+1 >= len(rs) || !isDigit(rs[j+1]) || !parseAt(rs, j+1, &t) || t.Kind != Calendar || t.Year == 0 || t.Year2 != 0 ||
		t.Day == 0 || t.Range && t.Day2 == 0 || t.From || t.AsOf || t.Target || t.Since || t.Unread ||
		!at(rs, t.End, ')') && !at(rs, t.End, '）') {
		return j
	}
	a, b := [3]int{t.Year, t.M1, t.Day}, [3]int{t.Year, t.M1, t.Day}
	if t.Range {
		b = [3]int{t.Year + t.YearsOn, t.M2, t.Day2}
	}
	s, u := day(a[0], a[1], a[2]), day(b[0], b[1], b[2])
	if u.Before(s) || u.Sub(s).Hours() >= 7*24 {
		return j
	}
	e.WeekDays = [2][3]int{a, b}
	return t.End + 1
}

// isSentenceEnd reports whether r ends a sentence: 。！？!?；;
func isSentenceEnd(r rune) bool { return oneOf("。！？!?；;\n", r) }

// firstMonths reads 前8个月, 首七个月, 头三个月 (months 1..N); after a year
// (hasYear) 首月 (its first month) and 后三个月, 后三月 (its last N months).
func firstMonths(rs []rune, j int, e *Expr, hasYear bool) int {
	if hasYear && at2(rs, j, '首', '月') {
		e.M1, e.M2 = 1, 1
		return j + 2
	}
	if j >= len(rs) || rs[j] != '前' && rs[j] != '首' && rs[j] != '头' && !(hasYear && rs[j] == '后') {
		return j
	}
	n, m := smallNumber(rs, j+1)
	if m == 0 || n < 1 || n > 12 {
		return j
	}
	i := j + 1 + m
	if at2(rs, i, '个', '月') {
		i += 2
	} else if i < len(rs) && rs[i] == '月' {
		i++
	} else {
		return j
	}
	if rs[j] == '后' {
		e.M1, e.M2 = 13-n, 12 // 2021年后三个月: October to December
		return i
	}
	e.M1, e.M2, e.FirstN = 1, n, true
	return i
}

// unreadPart returns the length of a part of a period at rs[j:] that the
// parser does not read (words.tsv kind unread, # a number, 的 before it
// allowed: 第2周, 的第二周, 前4天, 最后五天, 伊始; or a festival's name:
// festival), or 0.
func unreadPart(rs []rune, j int) int {
	if j >= len(rs) {
		return 0
	}
	if n := festival(rs, j); n > 0 {
		return n
	}
	i := j
	if rs[i] == '的' {
		i++
	}
	for _, p := range unreadParts {
		k, ok := i, true
		for _, r := range p {
			if r == '#' {
				_, n := smallNumber(rs, k)
				if n == 0 {
					ok = false
					break
				}
				k += n
				continue
			}
			if !at(rs, k, r) {
				ok = false
				break
			}
			k++
		}
		last := p[len(p)-1]
		if ok && !(last == '周' && k < len(rs) && afterWeek.has(rs[k])) { // 第10周年: an anniversary
			if (last == '周' || last == '期') && k < len(rs) && oneOf("一二三四五六日天", rs[k]) {
				k++ // 第一个星期一, 第一个周二: the day of that week
			}
			return k - j
		}
	}
	return 0
}

// afterFestival are the characters that may follow a festival's 节 (春节期间,
// 中秋节前后, 春节当天, 春节的, 感恩节到母亲节, 春节假期, 春节档, 春节黄金周,
// 春节长假, 春节以来); another character makes it part of a word (节约, 节能).
// Words.tsv kind afterfestival.
var afterFestival charSet

// festival returns the length of a festival's name at rs[j:], optionally
// quoted: a name of the holiday table without a holiday word after it
// (春节, 国庆; not 十一, a number as often), or one to six characters
// ending in 节 or 節 (光明节, 感恩节, 中秋节) that is no word of notfestival
// (季节, 环节) and not followed by another character of its word; 0 for none.
func festival(rs []rune, j int) int {
	i := j
	if at(rs, i, '“') || at(rs, i, '"') {
		i++
	}
	if w := wordAt(rs, i, kHoliday); w != nil && w.text != "十一" {
		k := i + len(w.rs)
		if at(rs, k, '”') || at(rs, k, '"') {
			k++
		}
		if k >= len(rs) || !isHan(rs[k]) || afterFestival.has(rs[k]) || rs[k] == '节' {
			if at(rs, k, '节') {
				k++
			}
			return k - j
		}
	}
	for k := i; k < len(rs) && k < i+6 && isHan(rs[k]); k++ {
		if rs[k] != '节' && rs[k] != '節' || k == i {
			continue
		}
		end := k + 1
		for _, n := range notFestivals {
			if end-len(n.rs) >= i && hasRunes(rs[end-len(n.rs):], n.rs) {
				return 0
			}
		}
		if at(rs, end, '”') || at(rs, end, '"') {
			end++
		}
		if end < len(rs) && isHan(rs[end]) && !afterFestival.has(rs[end]) {
			return 0
		}
		return end - j
	}
	return 0
}

// months reads 8月, 十一月份, 1-8月, 1至10月, 3月到9月, 11月底, 1月30日.
func months(rs []rune, j int, e *Expr) int {
	m1, n := smallNumber(rs, j)
	if n == 0 || m1 < 1 || m1 > 12 {
		return j
	}
	i := j + n
	m2 := m1
	if k := monthRangeMark(rs, i); k > i { // 2-4月, 2——4月, 2至4月
		if v, n2 := smallNumber(rs, k); n2 > 0 && v > m1 && v <= 12 && k+n2 < len(rs) && rs[k+n2] == '月' {
			m2, i = v, k+n2
		}
	}
	if i >= len(rs) || rs[i] != '月' {
		return j
	}
	i++
	// 3月到9月, 3月至9月
	if k := monthRangeMark(rs, i); m1 == m2 && k > i {
		if v, n2 := smallNumber(rs, k); n2 > 0 && v > m1 && v <= 12 && k+n2 < len(rs) && rs[k+n2] == '月' {
			m2, i = v, k+n2+1
		}
	}
	if i < len(rs) && rs[i] == '份' {
		i++
	}
	e.M1, e.M2 = m1, m2
	if m1 == m2 {
		if d, n3 := smallNumber(rs, i); n3 > 0 && d >= 1 && d <= 31 && i+n3 < len(rs) && (rs[i+n3] == '日' || rs[i+n3] == '号') {
			e.Day = d
			return i + n3 + 1
		}
		// 初一 … 初十, the days of a month as the traditional calendar
		// names them: read as written, the day of the month named (三月初一
		// → March 1, as Recognizers-Text reads it; no lunar conversion).
		if i+1 < len(rs) && rs[i] == '初' && oneOf("一二三四五六七八九十", rs[i+1]) {
			if d, n3 := smallNumber(rs, i+1); n3 > 0 && d >= 1 && d <= 10 {
				e.Day = d
				return i + 1 + n3
			}
		}
	}
	return edge(rs, i, e)
}

// holiday reads a holiday's name (words.tsv, kind holiday), which may
// stand in quotes, and a word of holidayWords after it: 国庆假期, 国庆节期间,
// “五一”假日, 2015年“十一”黄金周.
func holiday(rs []rune, j int, e *Expr) int {
	i0 := j
	if i0 < len(rs) && (rs[i0] == '“' || rs[i0] == '"') {
		i0++
	}
	w := wordAt(rs, i0, kHoliday)
	if w == nil {
		return j
	}
	i := i0 + len(w.rs)
	if i < len(rs) && (rs[i] == '”' || rs[i] == '"') {
		i++
	}
	if at(rs, i, '节') {
		i++
	}
	for _, hw := range holidayWords {
		if hasPrefix(rs[i:], hw) {
			e.Holiday = w.value
			return i + len([]rune(hw))
		}
	}
	return j
}

// parseYears reads spans of years counted back: 五年来, 过去的五年, 近5年,
// 5年内, 10年间. It sets e only when it reads one.
func parseYears(rs []rune, k int, e *Expr) bool {
	i, past := k, false
	switch {
	case at2(rs, i, '过', '去') && at(rs, i+2, '的'):
		past, i = true, i+3
	case at2(rs, i, '过', '去'):
		past, i = true, i+2
	case at(rs, i, '近'):
		i++
	}
	n, m := smallNumber(rs, i)
	if m == 0 || n < 2 || n > 30 || i+m >= len(rs) || rs[i+m] != '年' {
		return false
	}
	i += m + 1
	kind := Years
	switch {
	case at2(rs, i, '以', '来'):
		i += 2
	case at(rs, i, '来') || at(rs, i, '内') || at(rs, i, '间'):
		i++
	case past || rs[k] == '近':
		if rs[k] == '近' {
			kind = Vague // 近5年: no interval (the guide)
		}
	default:
		return false
	}
	e.Kind, e.Past, e.N, e.End = kind, past, n, i
	return true
}

// eventsSince adds 启用以来, 实施以来, 自此项改革推行以来: 以来 after an event the
// text does not date. The span is the verb phrase back to a clause mark, a
// quote or 自 (at most eight characters).
func eventsSince(rs []rune, found []Expr) []Expr {
	var out []Expr
	next := 0
	for k := 0; k+1 < len(rs); k++ {
		if rs[k] != '以' || rs[k+1] != '来' {
			continue
		}
		covered := false
		for next < len(found) && found[next].End <= k {
			next++
		}
		if next < len(found) && found[next].Start <= k {
			covered = true
		}
		if next > 0 && found[next-1].End == k { // 2023年以来 is found already; 1958年以来 is a since too
			covered = true
		}
		if covered {
			continue
		}
		a := k
		for a > 0 && k-a < 8 && isHan(rs[a-1]) {
			a--
			if rs[a] == '自' {
				break
			}
		}
		if a == k {
			continue
		}
		out = append(out, Expr{Start: a, End: k + 2, Kind: Event})
	}
	if len(out) == 0 {
		return found
	}
	all := append(found, out...)
	for i := 1; i < len(all); i++ {
		for j := i; j > 0 && all[j].Start < all[j-1].Start; j-- {
			all[j], all[j-1] = all[j-1], all[j]
		}
	}
	return all
}

// at reports whether rs[i] is r (i >= 0).
func at(rs []rune, i int, r rune) bool { return i < len(rs) && rs[i] == r }

// at2 reports whether rs[i:] starts with a, b.
func at2(rs []rune, i int, a, b rune) bool { return i+1 < len(rs) && rs[i] == a && rs[i+1] == b }

// isRangeMark reports whether r joins the ends of a range: one of -—~至到.
// monthRangeMark returns the position after a range mark between months at
// rs[i] (isRangeMark; a dash may be doubled: 2——4月, as the pipeline folds
// it 2--4月), i for none.
func monthRangeMark(rs []rune, i int) int {
	if i >= len(rs) || !isRangeMark(rs[i]) {
		return i
	}
	if i+1 < len(rs) && isDash(rs[i]) && isDash(rs[i+1]) {
		return i + 2
	}
	return i + 1
}

func isRangeMark(r rune) bool {
	switch r {
	case '-', '—', '~', '至', '到':
		return true
	}
	return false
}

func isLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

func isHan(r rune) bool { return r >= 0x4e00 && r <= 0x9fff }

// SpanBefore reports whether a word after which a number of years is a span
// of years, not a year (words.tsv kind rocspan: 已有, 长达, 相当于 …), ends at
// rune j; the extractor asks it of ROC years too.
func SpanBefore(rs []rune, j int) bool { return rocSpanBefore(rs, j) }

// rocSpanBefore reports whether a word of words.tsv kind rocspan ends at
// rune j: a bare ROC year after it is a span of years (已有120年历史).
func rocSpanBefore(rs []rune, j int) bool {
	for _, w := range rocSpans {
		if n := len(w.rs); j >= n && slices.Equal(rs[j-n:j], w.rs) {
			return true
		}
	}
	return false
}

// nowInWord reports whether a word of now ending at rune end (至今, 迄今)
// ends in 今 that opens a word of time (增至今年的200人: 至 of 增至, then
// 今年; 延续至今日): it is no "up to now".
func nowInWord(rs []rune, end int) bool {
	return end > 0 && end < len(rs) && rs[end-1] == '今' && oneOf("年日天晨晚早", rs[end])
}

// notSeasonAt reports whether a word of kind notseason starts at rs[k]: a
// name goes on after the season (秋季广交会, 春季学期).
func notSeasonAt(rs []rune, k int) bool {
	for _, w := range byKind["notseason"] {
		if hasPrefix(rs[k:], w.text) {
			return true
		}
	}
	return false
}

// seasonWord is the word of kind season written s (relseason's value), or nil.
func seasonWord(s string) *word {
	for _, w := range lists[kSeason] {
		if w.text == s {
			return w
		}
	}
	return nil
}

// seasonAt reads a season after a year at rs[k:] (2018年夏季) unless a
// name follows (2023年秋季广交会), or a list of seasons that shares its 季
// (2018年夏、秋季, whose figures are each season's: list, no interval); it
// returns the season's word and the characters read, or nil.
func seasonAt(rs []rune, k int) (w *word, n int, list bool) {
	if k >= len(rs) {
		return nil, 0, false
	}
	if w := wordAt(rs, k, kSeason); w != nil {
		if notSeasonAt(rs, k+len(w.rs)) {
			return nil, 0, false
		}
		return w, len(w.rs), false
	}
	// 夏、秋季: a season's first character, 、 or 和, then a season word
	if k+2 < len(rs) && (rs[k+1] == '、' || rs[k+1] == '和') {
		if next := wordAt(rs, k+2, kSeason); next != nil && next.rs[0] != rs[k] && !notSeasonAt(rs, k+2+len(next.rs)) {
			for _, w := range lists[kSeason] {
				if w.rs[0] == rs[k] {
					return w, 2 + len(next.rs), true
				}
			}
		}
	}
	return nil, 0, false
}

// setSeason gives e the months of season w, or no interval (冬季, across
// the year).
func setSeason(e *Expr, w *word) {
	if w.num == 0 {
		e.Unread = true
		return
	}
	e.M1, e.M2 = w.num, w.num2
}
