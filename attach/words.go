package attach

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode/utf8"
)

//go:embed data/words.tsv
var wordsTSV string

// words holds the word lists of the rules, by kind (see data/words.tsv).
type wordLists struct {
	kinds map[string]*wordKind
	// firsts and lasts: the characters some word of any kind starts or ends
	// with, a bit per character of the Basic Multilingual Plane (beyond it,
	// every character is looked up)
	firsts, lasts [0x10000 / 64]uint64
}

// mayBe reports whether r is set in a bit set of firsts or lasts.
func mayBe(set *[0x10000 / 64]uint64, r rune) bool {
	return r < 0 || r >= 0x10000 || set[r>>6]&(1<<(r&63)) != 0
}

func setBit(set *[0x10000 / 64]uint64, r rune) {
	if r >= 0 && r < 0x10000 {
		set[r>>6] |= 1 << (r & 63)
	}
}

// wordKind is one kind's words, indexed for the lookups at a place of the
// text: by their first and their last character, the lengths (in runes) of
// the words that start or end with it, so that startingAt and endingAt look
// up only the lengths that can match, without building a string each time.
type wordKind struct {
	words   map[string]wordEntry
	longest int             // the longest word, in runes
	first   map[rune]uint64 // first character → bit n: a word of n runes (n < 64)
	last    map[rune]uint64 // last character → the same
}

type wordEntry struct{ word, value string }

// maxIndexed is the longest word the length bits index; a kind with a longer
// word is looked up at every length.
const maxIndexed = 63

var words = mustParseWords(wordsTSV)

func mustParseWords(src string) *wordLists {
	w := &wordLists{kinds: map[string]*wordKind{}}
	for i, line := range strings.Split(src, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[1] == "" {
			panic(fmt.Sprintf("attach/data/words.tsv:%d: want kind<TAB>word<TAB>value: %q", i+1, line))
		}
		k := w.kinds[f[0]]
		if k == nil {
			k = &wordKind{words: map[string]wordEntry{}, first: map[rune]uint64{}, last: map[rune]uint64{}}
			w.kinds[f[0]] = k
		}
		// the word as string(runes) spells it (invalid UTF-8 as U+FFFD)
		rs := []rune(f[1])
		word := string(rs)
		k.words[word] = wordEntry{word, f[2]}
		n := len(rs)
		k.longest = max(k.longest, n)
		setBit(&w.firsts, rs[0])
		setBit(&w.lasts, rs[n-1])
		if n <= maxIndexed {
			k.first[rs[0]] |= 1 << n
			k.last[rs[n-1]] |= 1 << n
		}
	}
	return w
}

// has reports whether word is of the kind.
func (w *wordLists) has(kind, word string) bool {
	k := w.kinds[kind]
	if k == nil {
		return false
	}
	_, ok := k.words[word]
	return ok
}

// lengths are the word lengths to try: those of the index, or every one.
func (k *wordKind) lengths(index map[rune]uint64, r rune) uint64 {
	if k.longest > maxIndexed {
		return ^uint64(0)
	}
	return index[r]
}

// endingAt returns the longest word of the kind that ends at rune p of rs
// and starts at or after lo, with its value.
func (w *wordLists) endingAt(kind string, rs []rune, lo, p int) (string, string) {
	if p > lo && p-1 < len(rs) && p > 0 && !mayBe(&w.lasts, rs[p-1]) {
		return "", ""
	}
	k := w.kinds[kind]
	top := 0
	if k != nil {
		top = min(k.longest, p-lo)
	}
	if top <= 0 {
		return "", ""
	}
	lens := k.lengths(k.last, rs[p-1])
	if lens == 0 {
		return "", ""
	}
	var buf [256]byte
	var off [maxIndexed + 2]int // off[i]: where rune p-top+i starts in key
	key := buf[:0]
	indexed := top <= maxIndexed
	for i, r := range rs[p-top : p] {
		if indexed {
			off[i] = len(key)
		}
		key = utf8.AppendRune(key, r)
	}
	for n := top; n > 0; n-- {
		if lens&(1<<min(n, maxIndexed)) == 0 && indexed {
			continue
		}
		var e wordEntry
		var ok bool
		if indexed {
			e, ok = k.words[string(key[off[top-n]:])]
		} else {
			e, ok = k.words[string(rs[p-n:p])]
		}
		if ok {
			return e.word, e.value
		}
	}
	return "", ""
}

// startingAt returns the longest word of the kind that starts at rune p of rs
// and ends at or before hi, with its value.
func (w *wordLists) startingAt(kind string, rs []rune, p, hi int) (string, string) {
	if hi > p && p >= 0 && p < len(rs) && !mayBe(&w.firsts, rs[p]) {
		return "", ""
	}
	k := w.kinds[kind]
	top := 0
	if k != nil {
		top = min(k.longest, hi-p)
	}
	if top <= 0 {
		return "", ""
	}
	lens := k.lengths(k.first, rs[p])
	if lens == 0 {
		return "", ""
	}
	var buf [256]byte
	var end [maxIndexed + 2]int // end[n]: where the n-th rune ends in key
	key := buf[:0]
	indexed := top <= maxIndexed
	for i, r := range rs[p : p+top] {
		key = utf8.AppendRune(key, r)
		if indexed {
			end[i+1] = len(key)
		}
	}
	for n := top; n > 0; n-- {
		if lens&(1<<min(n, maxIndexed)) == 0 && indexed {
			continue
		}
		var e wordEntry
		var ok bool
		if indexed {
			e, ok = k.words[string(key[:end[n]])]
		} else {
			e, ok = k.words[string(rs[p:p+n])]
		}
		if ok {
			return e.word, e.value
		}
	}
	return "", ""
}
