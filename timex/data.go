package timex

import (
	_ "embed"
	"fmt"
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
}

type plan struct{ first, last int }

type window struct{ start, end time.Time }

type holidayRule struct {
	first, last int
	start, end  string // MM-DD
}

var (
	words  []word // in file order; longer words of a kind are tried first
	byKind = map[string][]word{}
	// byFirst: the words of each kind by their first character, longest
	// first, so that wordAt tries only the words that can start at a place.
	byFirst = map[string]*kindWords{}
	// wordStarts: the characters a word of some kind starts with (wordAt
	// looks a kind up only there)
	wordStarts runeSet
	plans      = map[string]plan{}
	holidays   = map[string]window{} // "2024 国庆"
	// holidayRules: windows fixed by law for an era of years (国庆 10-01..10-07)
	holidayRules = map[string][]holidayRule{}
	rocBase      int                // bare 3-digit years: ROC calendar offset
	eras         = map[string]int{} // 民国 → 1911
	// plansByFirst and erasByFirst: the names of plans and eras by their
	// first character (planAt, parseYear)
	plansByFirst, erasByFirst map[rune][]string
)

func init() {
	for i, f := range tsvLines(wordsTSV, 3) {
		w := word{f[0], f[1], f[2]}
		words = append(words, w)
		byKind[w.kind] = append(byKind[w.kind], w)
		switch w.kind {
		case "era":
			eras[w.text] = atoi(f[2], "words.tsv", i)
		case "roc":
			rocBase = atoi(f[2], "words.tsv", i)
		}
	}
	for k := range byKind { // longest first: 截止到 before 截止
		ws := byKind[k]
		for i := 1; i < len(ws); i++ {
			for j := i; j > 0 && len([]rune(ws[j].text)) > len([]rune(ws[j-1].text)); j-- {
				ws[j], ws[j-1] = ws[j-1], ws[j]
			}
		}
		first := map[rune][]word{}
		for _, w := range ws {
			for _, r := range w.text {
				first[r] = append(first[r], w)
				break
			}
		}
		kw := &kindWords{first: first}
		for r := range first {
			wordStarts.add(r)
			kw.starts.add(r)
		}
		byFirst[k] = kw
	}
	for _, w := range words {
		addStart(w.text)
	}
	for k := range eras {
		addStart(k)
	}
	// numerals, quotes, and every character the parser's own literals start
	// with or contain (第四季度, 首季, 前三季度, 自…以来, 过去的, 至今 …): a
	// superset only costs a parseAt call.
	for _, r := range "〇零○О一二两三四五六七八九十百千廿卅“‘「『《（【第前首头自近过以至到从由截今去明本上下全同年月季初期节假小长黄中为目规计内间后里多余半之左份号底度日末来" {
		startRunes.add(r)
	}
	for i, f := range tsvLines(plansTSV, 3) {
		addStart(f[0])
		plans[f[0]] = plan{atoi(f[1], "plans.tsv", i), atoi(f[2], "plans.tsv", i)}
	}
	for i, f := range tsvLines(holidaysTSV, 4) {
		a, err1 := time.Parse(time.DateOnly, f[2])
		b, err2 := time.Parse(time.DateOnly, f[3])
		if err1 != nil || err2 != nil || b.Before(a) {
			panic(fmt.Sprintf("timex: holidays.tsv line %d: bad window %q..%q", i+1, f[2], f[3]))
		}
		holidays[f[0]+" "+f[1]] = window{a, b}
		addStart(f[1])
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
		addStart(f[0])
	}
	plansByFirst, erasByFirst = byFirstRune(plans), byFirstRune(eras)
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

// kindWords are the words of a kind by their first character, and those
// characters as a set (wordAt looks a character up in the map only when a
// word starts with it).
type kindWords struct {
	first  map[rune][]word
	starts runeSet
}

// startRunes are the first characters of the vocabulary's words, plans,
// holidays and eras (see mayStart).
var startRunes runeSet

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

func (s *runeSet) has(r rune) bool {
	if r >= 0 && r < 0x10000 {
		return s.bmp[r>>6]&(1<<(r&63)) != 0
	}
	return s.other[r]
}

// byFirstRune indexes names by their first character.
func byFirstRune[V any](m map[string]V) map[rune][]string {
	out := map[rune][]string{}
	for name := range m {
		for _, r := range name {
			out[r] = append(out[r], name)
			break
		}
	}
	return out
}

func addStart(s string) {
	for _, r := range s {
		startRunes.add(r)
		return
	}
}

// wordAt returns the longest word of kind that starts at rs[k:], or "".
func wordAt(rs []rune, k int, kind string) (word, bool) {
	if k >= len(rs) {
		return word{}, false
	}
	if !wordStarts.has(rs[k]) {
		return word{}, false
	}
	kw := byFirst[kind]
	if kw == nil || !kw.starts.has(rs[k]) {
		return word{}, false
	}
	for _, w := range kw.first[rs[k]] {
		if hasPrefix(rs[k:], w.text) {
			return w, true
		}
	}
	return word{}, false
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
