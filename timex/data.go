package timex

import (
	_ "embed"
	"fmt"
	"iter"
	"strconv"
	"strings"
	"time"
)

// The normaliser's vocabulary, kept apart from the code as HeidelTime keeps
// its language resources: time words and their values (words.tsv), the
// five-year plan periods (plans.tsv) and the official holiday windows
// (holidays.tsv). They are read once.
var (
	//go:embed data/words.tsv
	wordsTSV string
	//go:embed data/plans.tsv
	plansTSV string
	//go:embed data/holidays.tsv
	holidaysTSV string
	//go:embed data/holidayrules.tsv
	holidayRulesTSV string
)

type word struct {
	kind, text, value string
	rs                []rune // text
	// num and num2: the value read as numbers, for the kinds whose value is
	// a number (relyear, relmonth, relday, relweek: num) or a range of months (half: 1-6)
	num, num2 int
}

type plan struct{ first, last int }

type window struct{ start, end time.Time }

type holidayRule struct {
	first, last int
	start, end  string // MM-DD
}

var (
	words        []word // in file order
	byKind       = map[string][]word{}
	plans        = map[string]plan{}
	holidays     = map[string]window{} // "2024 国庆"
	holidayRules = map[string][]holidayRule{}
	// holidayRules: windows fixed by law for an era of years (国庆 10-01..10-07)
	rocBase int                // bare 3-digit years: ROC calendar offset
	eras    = map[string]int{} // 民国 → 1911
	// eraNames and planNames: the names of eras and plans, in file order
	// (parseYear, planAt)
	eraNames, planNames []name
	// nextYears: the words that put the end of a range in a later year
	// than its start (次年), with the years on (rangeTo)
	nextYears []word
	// notDays: names that start with a relative day or week and are no
	// time (今日头条; words.tsv kind notday)
	notDays []name
	// rocSpans: words after which a bare ROC year is a span of years
	// (已有120年历史; words.tsv kind rocspan)
	rocSpans []name
	// splitYears: the words of a year that straddles two calendar years
	// (学年, 赛季; words.tsv kind splityear), value its first day or -
	splitYears []word
	// holidayWords must follow a holiday's name (words.tsv kind
	// holidayword): 国庆假期, 春节假日, 国庆节期间, 2015年“十一”黄金周
	holidayWords []string
	// asOfSpans: the words that make 截至<day>止 a span ending on that day
	// (words.tsv kind asofspan), longest first, value its months or n
	asOfSpans []word
	// unreadParts: the parts of a period the parser does not read (words.tsv
	// kind unread: 第#周, 前#天, 伊始; # a number), whose time has no interval
	unreadParts [][]rune
	// notFestivals: words that end in 节 and name no festival (季节, 环节)
	notFestivals []name
	// planWords may follow a plan period's name (words.tsv kind planword:
	// 十四五规划, “十五”计划, 十三五期间), in file order
	planWords []string
)

// charSet is a small set of characters, read from a kind of words.tsv that
// lists one character a line (afterdocday, afterfestival …): has compares
// runes, decoding no string and asking no map.
type charSet []rune

func (s charSet) has(r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

// charKinds are the kinds of words.tsv that are sets of characters, and
// the sets they fill (declared by the parsers that ask them).
var charKinds = map[string]*charSet{
	"beforenextyear":   &beforeNextYear,
	"afterdocday":      &afterDocDay,
	"afterrocyear":     &afterROCYear,
	"beforeqian":       &beforeQian,
	"afterfromend":     &afterFromEnd,
	"afterbarefromend": &afterBareFromEnd,
	"beforejin":        &beforeJin,
	"beforedang":       &beforeDang,
	"afterdang":        &afterDang,
	"aftertian":        &afterTian,
	"afterweek":        &afterWeek,
	"beforeshang":      &beforeShang,
	"afterweekday":     &afterWeekday,
	"beforefuture":     &beforeFuture,
	"afterfestival":    &afterFestival,
}

// name is a name as written and as runes.
type name struct {
	s  string
	rs []rune
}

func init() {
	for i, f := range tsvLines(wordsTSV, 3) {
		w := word{kind: f[0], text: f[1], value: f[2]}
		words = append(words, w)
		byKind[w.kind] = append(byKind[w.kind], w)
		if set := charKinds[w.kind]; set != nil {
			rs := []rune(w.text)
			if len(rs) != 1 {
				panic(fmt.Sprintf("timex: words.tsv entry %d: kind %s lists one character, not %q", i+1, w.kind, w.text))
			}
			*set = append(*set, rs[0])
		}
		switch w.kind {
		case "era":
			if _, dup := eras[w.text]; !dup && w.text != "" {
				eraNames = append(eraNames, name{w.text, []rune(w.text)})
			}
			eras[w.text] = atoi(f[2], "words.tsv", i)
		case "roc":
			rocBase = atoi(f[2], "words.tsv", i)
		case "notday":
			notDays = append(notDays, name{w.text, []rune(w.text)})
		case "asofspan":
			w.rs = []rune(w.text)
			if w.value != "n" {
				w.num = atoi(f[2], "words.tsv", i)
			}
			asOfSpans = append(asOfSpans, w)
		case "rocspan":
			rocSpans = append(rocSpans, name{w.text, []rune(w.text)})
		case "nextyear":
			w.rs, w.num = []rune(w.text), atoi(f[2], "words.tsv", i)
			nextYears = append(nextYears, w)
		case "splityear":
			if w.value != "-" {
				if _, err := time.Parse(time.DateOnly, "2001-"+w.value); err != nil {
					panic(fmt.Sprintf("timex: words.tsv entry %d: bad first day %q", i+1, w.value))
				}
			}
			w.rs = []rune(w.text)
			splitYears = append(splitYears, w)
		case "holidayword":
			holidayWords = append(holidayWords, w.text)
		case "unread":
			unreadParts = append(unreadParts, []rune(w.text))
		case "notfestival":
			notFestivals = append(notFestivals, name{w.text, []rune(w.text)})
		case "planword":
			planWords = append(planWords, w.text)
		}
	}
	// a bare 起 starts more words than one after 自/从 (起步, 起飞): both sets
	afterBareFromEnd = append(append(charSet{}, afterFromEnd...), afterBareFromEnd...)
	for k := range byKind { // longest first: 截止到 before 截止
		ws := byKind[k]
		for i := 1; i < len(ws); i++ {
			for j := i; j > 0 && len([]rune(ws[j].text)) > len([]rune(ws[j-1].text)); j-- {
				ws[j], ws[j-1] = ws[j-1], ws[j]
			}
		}
	}
	for i, name := range kindNames {
		ws := byKind[name]
		for j := range ws {
			w := &ws[j]
			w.rs = []rune(w.text)
			switch wkind(i) {
			case kRelYear, kScopeYear, kRelMonth, kRelDay, kRelWeek, kDekad:
				w.num = atoi(w.value, "words.tsv", 0)
			case kHalf:
				a, b, _ := strings.Cut(w.value, "-")
				w.num, w.num2 = atoi(a, "words.tsv", 0), atoi(b, "words.tsv", 0)
			case kSeason:
				if w.value != "-" { // 冬季: 0, no interval
					a, b, _ := strings.Cut(w.value, "-")
					w.num, w.num2 = atoi(a, "words.tsv", 0), atoi(b, "words.tsv", 0)
				}
			}
			if len(w.rs) == 0 {
				continue
			}
			lists[i] = append(lists[i], w)
			firstKinds.add(w.rs[0], 1<<i)
		}
	}
	for i, f := range tsvLines(plansTSV, 3) {
		if _, dup := plans[f[0]]; !dup && f[0] != "" {
			planNames = append(planNames, name{f[0], []rune(f[0])})
		}
		plans[f[0]] = plan{atoi(f[1], "plans.tsv", i), atoi(f[2], "plans.tsv", i)}
	}
	for i, f := range tsvLines(holidaysTSV, 4) {
		a, err1 := time.Parse(time.DateOnly, f[2])
		b, err2 := time.Parse(time.DateOnly, f[3])
		if err1 != nil || err2 != nil || b.Before(a) {
			panic(fmt.Sprintf("timex: holidays.tsv line %d: bad window %q..%q", i+1, f[2], f[3]))
		}
		holidays[f[0]+" "+f[1]] = window{a, b}
	}
	for i, f := range tsvLines(holidayRulesTSV, 5) {
		r := holidayRule{atoi(f[1], "holidayrules.tsv", i), atoi(f[2], "holidayrules.tsv", i), f[3], f[4]}
		if _, err := time.Parse(time.DateOnly, "2000-"+r.start); err != nil {
			panic(fmt.Sprintf("timex: holidayrules.tsv line %d: bad day %q", i+1, r.start))
		}
		if _, err := time.Parse(time.DateOnly, "2000-"+r.end); err != nil {
			panic(fmt.Sprintf("timex: holidayrules.tsv line %d: bad day %q", i+1, r.end))
		}
		holidayRules[f[0]] = append(holidayRules[f[0]], r)
	}
	initStarts()
}

func tsvLines(s string, n int) [][]string {
	var out [][]string
	for i, line := range strings.Split(s, "\n") {
		if line = strings.TrimRight(line, "\r"); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != n {
			panic(fmt.Sprintf("timex: data line %d: want %d tab-separated fields, got %q", i+1, n, line))
		}
		out = append(out, f)
	}
	return out
}

func atoi(s, file string, line int) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(fmt.Sprintf("timex: %s entry %d: %v", file, line+1, err))
	}
	return n
}

// wkind is a kind of words.tsv the parser looks words up in.
type wkind uint8

// The kinds of words.tsv the parser reads (kindNames spells them as the file
// does); the other kinds (announce, leadin, era, roc, rocspan, notday) are read by name.
const (
	kNow wkind = iota
	kVague
	kAsOf
	kTarget
	kSince
	kRelYear
	kScopeYear
	kWholeYear
	kYearEdge
	kMonthEdge
	kHalf
	kSame
	kRelMonth
	kMonthEnd
	kScopeMonth
	kHoliday
	kRelDay
	kScopeDay
	kRelWeek
	kFrom
	kFromEnd
	kScopeEnd
	kDekad
	kSeason
	kRelSeason
	nKinds
)

var kindNames = [nKinds]string{"now", "vague", "asof", "target", "since", "relyear", "scopeyear",
	"wholeyear", "yearedge", "monthedge", "half", "same", "relmonth", "monthend", "scopemonth", "holiday",
	"relday", "scopeday", "relweek", "from", "fromend", "scopeend", "dekad", "season", "relseason"}

var (
	// lists: the words of each kind the parser reads, longest first
	lists [nKinds][]*word
	// firstKinds: for each character, the kinds (a bit each) that have a
	// word starting with it, so that wordAt tries a kind's words only there
	firstKinds runeBits
)

// runeBits maps a character to a set of bits: an array over the Basic
// Multilingual Plane, a map beyond it.
type runeBits struct {
	bmp   [0x10000]uint32
	other map[rune]uint32
}

func (s *runeBits) add(r rune, bits uint32) {
	if r >= 0 && r < 0x10000 {
		s.bmp[r] |= bits
		return
	}
	if s.other == nil {
		s.other = map[rune]uint32{}
	}
	s.other[r] |= bits
}

func (s *runeBits) get(r rune) uint32 {
	if r >= 0 && r < 0x10000 {
		return s.bmp[r]
	}
	return s.other[r]
}

// runeSet is a set of characters: a bit per character of the Basic
// Multilingual Plane, a map beyond it.
type runeSet struct {
	bmp   [0x10000 / 64]uint64
	other map[rune]bool
}

func (s *runeSet) add(r rune) {
	if r >= 0 && r < 0x10000 {
		s.bmp[r>>6] |= 1 << (r & 63)
		return
	}
	if s.other == nil {
		s.other = map[rune]bool{}
	}
	s.other[r] = true
}

// addAll adds the characters of o.
func (s *runeSet) addAll(o *runeSet) {
	for i, w := range o.bmp {
		s.bmp[i] |= w
	}
	for r := range o.other {
		s.add(r)
	}
}

// next returns the first offset from k on whose character is in the set
// or beyond the Basic Multilingual Plane (where has asks the map), or
// len(rs). The loop calls nothing, so that its registers stay in place.
func (s *runeSet) next(rs []rune, k int) int {
	for ; k < len(rs); k++ {
		r := uint32(rs[k])
		if i := r >> 6; i >= uint32(len(s.bmp)) || s.bmp[i]&(1<<(r&63)) != 0 {
			return k
		}
	}
	return len(rs)
}

// all yields the characters of the set.
func (s *runeSet) all() iter.Seq[rune] {
	return func(yield func(rune) bool) {
		for r := rune(0); r < 0x10000; r++ {
			if s.has(r) && !yield(r) {
				return
			}
		}
		for r := range s.other {
			if !yield(r) {
				return
			}
		}
	}
}

func (s *runeSet) has(r rune) bool {
	if r >= 0 && r < 0x10000 {
		return s.bmp[r>>6]&(1<<(r&63)) != 0
	}
	return s.other[r]
}

// wordAt returns the longest word of kind that starts at rs[k:], or nil.
func wordAt(rs []rune, k int, kind wkind) *word {
	return wordIn(rs, k, kindsAt(rs, k), kind)
}

// kindsAt is the set of kinds with a word that starts with rs[k] (a bit
// each; none past the end).
func kindsAt(rs []rune, k int) uint32 {
	if k >= len(rs) {
		return 0
	}
	return firstKinds.get(rs[k])
}

// wordIn is wordAt given m = kindsAt(rs, k): a parser that asks for several
// kinds at one place looks the character up once.
func wordIn(rs []rune, k int, m uint32, kind wkind) *word {
	if m&(1<<kind) == 0 {
		return nil
	}
	for _, w := range lists[kind] {
		if hasRunes(rs[k:], w.rs) {
			return w
		}
	}
	return nil
}

// hasRunes reports whether rs starts with p.
func hasRunes(rs, p []rune) bool {
	if len(rs) < len(p) {
		return false
	}
	for i, r := range p {
		if rs[i] != r {
			return false
		}
	}
	return true
}

func hasPrefix(rs []rune, s string) bool {
	i := 0
	for _, r := range s {
		if i >= len(rs) || rs[i] != r {
			return false
		}
		i++
	}
	return true
}

// oneOf reports whether r is a character of s (strings.ContainsRune
// without encoding r; TestOneOfIsContainsRune keeps them the same).
func oneOf(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

// holidayWindow is the window of a named holiday in year y: the year's
// notice (holidays.tsv), else the era's rule (holidayrules.tsv), else none.
func holidayWindow(y int, name string) (window, bool) {
	if w, ok := holidays[itoa(y)+" "+name]; ok {
		return w, true
	}
	for _, r := range holidayRules[name] {
		if y >= r.first && y <= r.last {
			a, _ := time.Parse(time.DateOnly, fmt.Sprintf("%04d-%s", y, r.start))
			b, _ := time.Parse(time.DateOnly, fmt.Sprintf("%04d-%s", y, r.end))
			return window{a, b}, true
		}
	}
	return window{}, false
}

// Words returns the words of a kind in words.tsv (announce: 发布, 获悉 …).
func Words(kind string) []string {
	out := make([]string, 0, len(byKind[kind]))
	for _, w := range byKind[kind] {
		out = append(out, w.text)
	}
	return out
}

// IsWord reports whether s is a word of kind in words.tsv.
func IsWord(kind, s string) bool {
	for _, w := range byKind[kind] {
		if w.text == s {
			return true
		}
	}
	return false
}
