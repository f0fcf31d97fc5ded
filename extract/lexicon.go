package extract

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

//go:embed data/lexicon.tsv
var lexiconTSV string

// lexicon holds the word lists of the rules, by kind (see data/lexicon.tsv).
type lexicon struct {
	words   map[string]map[string]string // kind → word → value
	longest map[string]int               // kind → longest word in runes
	first   map[string]map[rune]bool     // kind → first runes of its words
	last    map[string]map[rune]bool     // kind → last runes of its words
	byKind  map[string]*wordList         // kind → its words indexed by first and last rune
}

// wordList indexes the words of one kind by their first and last runes,
// longest first, so a look-up compares runes and builds no string.
type wordList struct {
	starts        map[rune][]lexEntry
	ends          map[rune][]lexEntry
	firsts, lasts runeBloom // the first and last runes of the words
	words         map[string]string
}

type lexEntry struct {
	rs          []rune
	word, value string
}

// newWordList indexes words by their first and last runes, longest first.
func newWordList(words map[string]string) *wordList {
	wl := &wordList{starts: map[rune][]lexEntry{}, ends: map[rune][]lexEntry{}, words: words}
	for w, v := range words {
		rs := []rune(w)
		wl.firsts.add(rs[0])
		wl.lasts.add(rs[len(rs)-1])
		e := lexEntry{rs: rs, word: w, value: v}
		wl.starts[rs[0]] = append(wl.starts[rs[0]], e)
		wl.ends[rs[len(rs)-1]] = append(wl.ends[rs[len(rs)-1]], e)
	}
	for _, m := range []map[rune][]lexEntry{wl.starts, wl.ends} {
		for _, es := range m {
			slices.SortFunc(es, func(a, b lexEntry) int {
				if len(a.rs) != len(b.rs) {
					return len(b.rs) - len(a.rs)
				}
				return strings.Compare(a.word, b.word)
			})
		}
	}
	return wl
}

// index builds byKind from words.
func (l *lexicon) index() {
	l.byKind = map[string]*wordList{}
	for kind := range lexiconKinds {
		words := l.words[kind]
		wl := newWordList(words)
		l.byKind[kind] = wl
	}
}

var lex = mustParseLexicon(lexiconTSV)

// The word lists of the kinds the rules look up, resolved once.
var (
	lexAfter        = lex.byKind["after"]
	lexBefore       = lex.byKind["before"]
	lexBelowzero    = lex.byKind["belowzero"]
	lexBoundjoin    = lex.byKind["boundjoin"]
	lexChange       = lex.byKind["change"]
	lexCompare      = lex.byKind["compare"]
	lexEveryafter   = lex.byKind["everyafter"]
	lexFiller       = lex.byKind["filler"]
	lexGoalverb     = lex.byKind["goalverb"]
	lexShotnoun     = lex.byKind["shotnoun"]
	lexIndexname    = lex.byKind["indexname"]
	lexInner        = lex.byKind["inner"]
	lexInstrument   = lex.byKind["instrument"]
	lexLevel        = lex.byKind["level"]
	lexMoneyend     = lex.byKind["moneyend"]
	lexMoneyhint    = lex.byKind["moneyhint"]
	lexMoneynoun    = lex.byKind["moneynoun"]
	lexUnitnoun     = lex.byKind["unitnoun"]
	lexNextdigit    = lex.byKind["nextdigit"]
	lexNotchange    = lex.byKind["notchange"]
	lexNotunit      = lex.byKind["notunit"]
	lexPrefix       = lex.byKind["prefix"]
	lexRangejoin    = lex.byKind["rangejoin"]
	lexRankbefore   = lex.byKind["rankbefore"]
	lexScorenoun    = lex.byKind["scorenoun"]
	lexScoreverb    = lex.byKind["scoreverb"]
	lexPerbasis     = lex.byKind["perbasis"]
	lexNotbefore    = lex.byKind["notbefore"]
	lexStepverb     = lex.byKind["stepverb"]
	lexJoinword     = lex.byKind["joinword"]
	lexCategory     = lex.byKind["category"]
	lexNameopen     = lex.byKind["nameopen"]
	lexSharenoun    = lex.byKind["sharenoun"]
	lexJointname    = lex.byKind["jointname"]
	lexNumname      = lex.byKind["numname"]
	lexCountedplace = lex.byKind["countedplace"]
	lexLevelnoun    = lex.byKind["levelnoun"]
	lexTenor        = lex.byKind["tenor"]
	lexCap          = lex.byKind["cap"]
	lexEach         = lex.byKind["each"]
	lexPairdir      = lex.byKind["pairdir"]
	lexTimeat       = lex.byKind["timeat"]
	lexCadence      = lex.byKind["cadence"]
	lexYearname     = lex.byKind["yearname"]
	lexAddedname    = lex.byKind["addedname"]
	lexClassbound   = lex.byKind["classbound"]
	lexRangeopen    = lex.byKind["rangeopen"]
	lexSpanafter    = lex.byKind["spanafter"]
	lexSpanbefore   = lex.byKind["spanbefore"]
	lexStopverb     = lex.byKind["stopverb"]
	lexSubunit      = lex.byKind["subunit"]
	lexTemperature  = lex.byKind["temperature"]
	lexThreshold    = lex.byKind["threshold"]
	lexPertime      = lex.byKind["pertime"]
	lexDoseword     = lex.byKind["doseword"]
	lexTimeabbr     = lex.byKind["timeabbr"]
	lexOvermark     = lex.byKind["overmark"]
	// lexReference opens the reference of a comparison or share between a
	// metric and its figure (电费较改革前下降13%, 申请占全市95%, 面积为去年的3.5倍).
	lexReference = lex.byKind["reference"]
)

// jointNameLongest is the length in runes of the longest name of kind
// jointname: how far before a joint such a name may start.
var jointNameLongest = func() int {
	n := 0
	for w := range lexJointname.words {
		n = max(n, utf8.RuneCountInString(w))
	}
	return n
}()

// LexiconWords returns the words of a kind of the lexicon (each: 分别, 均 …)
// whose value is value, or every word of the kind when value is "", in
// order: for attach, which reads some of its lists from here.
func LexiconWords(kind, value string) []string {
	var out []string
	for w, v := range lex.words[kind] {
		if value == "" || v == value {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

// unionOf is a list of the words of lists, without their values, indexed
// as each list is: one look-up where a rule asks each list in turn.
func unionOf(lists ...*wordList) *wordList {
	words := map[string]string{}
	for _, wl := range lists {
		for w := range wl.words {
			words[w] = ""
		}
	}
	return newWordList(words) // indexed, so that endingAt and startingAt find its words
}

var lexiconKinds = map[string]bool{"before": true, "after": true, "inner": true, "change": true,
	"compare": true, "level": true, "filler": true, "stopverb": true, "notunit": true, "prefix": true, "subunit": true,
	"nextdigit": true, "moneyend": true, "cmpge": true, "cmpgt": true, "cmple": true, "cmplt": true, "cmpeq": true,
	"cmpthan": true, "cmpbigger": true, "cmpsmaller": true, "boundge": true, "boundle": true, "boundgt": true, "boundlt": true,
	"rangejoin": true, "rangeclose": true, "rangeopen": true, "boundjoin": true, "temperature": true, "belowzero": true,
	"moneynoun": true, "threshold": true, "notchange": true, "spanafter": true, "spanbefore": true, "rankbefore": true, "unitnoun": true, "moneyhint": true, "scorenoun": true, "scoreverb": true, "perbasis": true, "notbefore": true, "stepverb": true, "joinword": true, "category": true, "levelnoun": true, "tenor": true, "cap": true, "everyafter": true, "instrument": true, "pairdir": true, "goalverb": true, "shotnoun": true,
	"reference": true, "pertime": true, "timeat": true, "cadence": true, "indexname": true, "each": true, "doseword": true, "nameopen": true, "sharenoun": true, "jointname": true, "numname": true, "countedplace": true, "timeabbr": true, "overmark": true, "yearname": true, "addedname": true, "classbound": true}

func mustParseLexicon(src string) *lexicon {
	l := &lexicon{words: map[string]map[string]string{}, longest: map[string]int{},
		first: map[string]map[rune]bool{}, last: map[string]map[rune]bool{}}
	for i, line := range strings.Split(src, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || !lexiconKinds[f[0]] {
			panic(fmt.Sprintf("lexicon.tsv:%d: want kind<TAB>word<TAB>value with a known kind: %q", i+1, line))
		}
		if l.words[f[0]] == nil {
			l.words[f[0]] = map[string]string{}
		}
		l.words[f[0]][f[1]] = f[2]
		if l.first[f[0]] == nil {
			l.first[f[0]], l.last[f[0]] = map[rune]bool{}, map[rune]bool{}
		}
		rs := []rune(f[1])
		l.first[f[0]][rs[0]] = true
		l.last[f[0]][rs[len(rs)-1]] = true
		l.longest[f[0]] = max(l.longest[f[0]], len([]rune(f[1])))
	}
	l.index()
	return l
}

// has reports whether word is listed under kind.
func (l *lexicon) has(kind, word string) bool { return l.byKind[kind].has(word) }

// endingAt finds the longest word of kind that ends right before rs[end].
func (l *lexicon) endingAt(kind string, rs []rune, end int) (word, value string) {
	return l.byKind[kind].endingAt(rs, end)
}

// startingAt finds the longest word of kind that starts at rs[start].
func (l *lexicon) startingAt(kind string, rs []rune, start int) (word, value string) {
	return l.byKind[kind].startingAt(rs, start)
}

// has reports whether word is in the list.
func (wl *wordList) has(word string) bool {
	if word == "" {
		_, ok := wl.words[word]
		return ok
	}
	if !wl.firsts.mayHave(firstRune(word)) {
		return false
	}
	_, ok := wl.words[word]
	return ok
}

// hasRunes reports whether the word rs is in the list, as has(string(rs))
// does, without making the string.
func (wl *wordList) hasRunes(rs []rune) bool {
	if len(rs) == 0 {
		return wl.has("")
	}
	if !wl.firsts.mayHave(rs[0]) {
		return false
	}
	for _, e := range wl.starts[rs[0]] {
		if slices.Equal(rs, e.rs) {
			return true
		}
	}
	return false
}

// firstRune is the first rune of a non-empty s, as utf8.DecodeRuneInString
// gives it, decoding a valid three-byte rune (the CJK blocks) inline.
func firstRune(s string) rune {
	if len(s) >= 3 && s[0]&0xf0 == 0xe0 && s[1]&0xc0 == 0x80 && s[2]&0xc0 == 0x80 {
		r := rune(s[0]&0x0f)<<12 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f)
		if r >= 0x800 && (r < 0xd800 || r > 0xdfff) {
			return r
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// endingAt finds the longest word of the list that ends right before rs[end].
func (wl *wordList) endingAt(rs []rune, end int) (word, value string) {
	if end <= 0 || end > len(rs) || !wl.lasts.mayHave(rs[end-1]) {
		return "", ""
	}
	for _, e := range wl.ends[rs[end-1]] {
		if n := len(e.rs); n <= end && slices.Equal(rs[end-n:end], e.rs) {
			return e.word, e.value
		}
	}
	return "", ""
}

// endingInClause finds a word of the list that ends at most span runes
// before rs[k], in k's clause (no clause mark between), nearest first, or "".
func (wl *wordList) endingInClause(rs []rune, k, span int) string {
	for j := k; j > 0 && k-j < span && !clauseMark(rs[j-1]); j-- {
		if w, _ := wl.endingAt(rs, j); w != "" {
			return w
		}
	}
	return ""
}

// startingAt finds the longest word of the list that starts at rs[start].
func (wl *wordList) startingAt(rs []rune, start int) (word, value string) {
	if start < 0 || start >= len(rs) || !wl.firsts.mayHave(rs[start]) {
		return "", ""
	}
	for _, e := range wl.starts[rs[start]] {
		if n := len(e.rs); start+n <= len(rs) && slices.Equal(rs[start:start+n], e.rs) {
			return e.word, e.value
		}
	}
	return "", ""
}

// runeWord returns the value of the one-rune word r of the list.
func (wl *wordList) runeWord(r rune) (string, bool) {
	if !wl.firsts.mayHave(r) {
		return "", false // most runes start no word: no map look-up
	}
	for _, e := range wl.starts[r] {
		if len(e.rs) == 1 {
			return e.value, true
		}
	}
	return "", false
}

// YearNameAt reports whether a name of lexicon kind yearname, which opens with
// a bare 年度 or 年 (年度计划投资, 年产值), starts at rs[k] with no number
// right before it: no time, part of the metric.
func YearNameAt(rs []rune, k int) bool {
	if k < 0 || k >= len(rs) || rs[k] != '年' {
		return false
	}
	if k > 0 && (isNumeral(rs[k-1]) || isASCIIDigit(rs[k-1]) || rs[k-1] == '本' || rs[k-1] == '半' || rs[k-1] == '该') {
		return false // 2022年度, 本年度, 半年度: a time
	}
	w, _ := lexYearname.startingAt(rs, k)
	return w != ""
}

// TenorBeforeName reports whether unit, a unit of time after a number, is
// the tenor of a rate when the name at rs[k] follows it: a Latin name
// (7天Shibor, 3个月SHIBOR) or a noun of an instrument of the money market that
// a tenor names (7天回购利率, 1天国债逆回购; lexicon kinds tenor, instrument).
func TenorBeforeName(unit string, rs []rune, k int) bool {
	if k < 0 || k >= len(rs) || !lexTenor.has(unit) {
		return false
	}
	if isASCIILetter(rs[k]) {
		return true
	}
	w, _ := lexInstrument.startingAt(rs, k)
	return w != ""
}
