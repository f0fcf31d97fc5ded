package extract

import (
	_ "embed"
	"fmt"
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
}

var lex = mustParseLexicon(lexiconTSV)

var lexiconKinds = map[string]bool{"before": true, "after": true, "inner": true, "change": true,
	"compare": true, "level": true, "filler": true, "stopverb": true, "notunit": true, "prefix": true, "subunit": true,
	"nextdigit": true, "moneyend": true, "cmpge": true, "cmpgt": true, "cmple": true, "cmplt": true, "cmpeq": true,
	"cmpthan": true, "cmpbigger": true, "cmpsmaller": true, "boundge": true, "boundle": true, "boundgt": true, "boundlt": true,
	"rangejoin": true, "rangeclose": true, "rangeopen": true, "boundjoin": true, "temperature": true,
	"moneynoun": true, "threshold": true, "notchange": true}

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
	return l
}

// has reports whether word is listed under kind.
func (l *lexicon) has(kind, word string) bool { _, ok := l.words[kind][word]; return ok }

// endingAt finds the longest word of kind that ends right before rs[end].
func (l *lexicon) endingAt(kind string, rs []rune, end int) (word, value string) {
	if end <= 0 || end > len(rs) || !l.last[kind][rs[end-1]] {
		return "", ""
	}
	words := l.words[kind]
	var buf [64]byte
	for n := min(l.longest[kind], end); n > 0; n-- {
		key := appendRunes(buf[:0], rs[end-n:end])
		if v, ok := words[string(key)]; ok { // no allocation: Go looks up string(bytes) in place
			return string(key), v
		}
	}
	return "", ""
}

// startingAt finds the longest word of kind that starts at rs[start].
func (l *lexicon) startingAt(kind string, rs []rune, start int) (word, value string) {
	if start < 0 || start >= len(rs) || !l.first[kind][rs[start]] {
		return "", ""
	}
	words := l.words[kind]
	var buf [64]byte
	for n := min(l.longest[kind], len(rs)-start); n > 0; n-- {
		key := appendRunes(buf[:0], rs[start:start+n])
		if v, ok := words[string(key)]; ok {
			return string(key), v
		}
	}
	return "", ""
}

// appendRunes appends the UTF-8 of rs to b.
func appendRunes(b []byte, rs []rune) []byte {
	for _, r := range rs {
		b = utf8.AppendRune(b, r)
	}
	return b
}
