package attach

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed data/words.tsv
var wordsTSV string

// words holds the word lists of the rules, by kind (see data/words.tsv).
type wordLists struct {
	kinds   map[string]map[string]string // kind → word → value
	longest map[string]int               // kind → longest word, in runes
}

var words = mustParseWords(wordsTSV)

func mustParseWords(src string) *wordLists {
	w := &wordLists{kinds: map[string]map[string]string{}, longest: map[string]int{}}
	for i, line := range strings.Split(src, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[1] == "" {
			panic(fmt.Sprintf("attach/data/words.tsv:%d: want kind<TAB>word<TAB>value: %q", i+1, line))
		}
		if w.kinds[f[0]] == nil {
			w.kinds[f[0]] = map[string]string{}
		}
		w.kinds[f[0]][f[1]] = f[2]
		w.longest[f[0]] = max(w.longest[f[0]], len([]rune(f[1])))
	}
	return w
}

// has reports whether word is of the kind.
func (w *wordLists) has(kind, word string) bool {
	_, ok := w.kinds[kind][word]
	return ok
}

// endingAt returns the longest word of the kind that ends at rune p of rs
// and starts at or after lo, with its value.
func (w *wordLists) endingAt(kind string, rs []rune, lo, p int) (string, string) {
	for n := min(w.longest[kind], p-lo); n > 0; n-- {
		if v, ok := w.kinds[kind][string(rs[p-n:p])]; ok {
			return string(rs[p-n : p]), v
		}
	}
	return "", ""
}

// startingAt returns the longest word of the kind that starts at rune p of rs
// and ends at or before hi, with its value.
func (w *wordLists) startingAt(kind string, rs []rune, p, hi int) (string, string) {
	for n := min(w.longest[kind], hi-p); n > 0; n-- {
		if v, ok := w.kinds[kind][string(rs[p:p+n])]; ok {
			return string(rs[p : p+n]), v
		}
	}
	return "", ""
}
