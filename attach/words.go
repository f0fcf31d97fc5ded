package attach

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed data/words.tsv
var wordsTSV string

// kind is one kind of words of data/words.tsv (weak, filler, change …), a
// bit of a kindSet.
type kind uint8

// kindSet is a set of kinds, a bit per kind.
type kindSet uint64

func (k kind) set() kindSet { return 1 << k }

// maxKinds is how many kinds a kindSet holds.
const maxKinds = 64

// wordLists holds the word lists of the rules (see data/words.tsv), for the
// lookups at a place of the text without building a string: every word of
// every kind in a trie read forwards from its first character (startingAt)
// and one read backwards from its last (endingAt), each node marked with the
// kinds of the words that pass through it, so that a walk stops at the
// first character no word of the kind has there.
type wordLists struct {
	names    map[string]kind
	fwd, rev wordTrie
	// kinds holds, for each word, the kinds it is of (has).
	kinds map[string]kindSet
}

// wordTrie is a trie of words by character; node 0 is no node.
type wordTrie struct {
	root  []int32        // first character (of the Basic Multilingual Plane) → node
	wide  map[rune]int32 // first character beyond it → node
	nodes []trieNode
}

type trieNode struct {
	through kindSet // kinds of the words through this node (or ending at it)
	ends    kindSet // kinds of the words that end at this node
	kids    []trieKid
	words   []wordEntry // for each kind in ends, its word
}

type trieKid struct {
	r    rune
	node int32
}

type wordEntry struct {
	kind        kind
	word, value string
}

var words = mustParseWords(wordsTSV)

// The kinds the rules look up by name.
var (
	afterKind        = words.kind("after")
	breakdownKind    = words.kind("breakdown")
	breakdownEndKind = words.kind("breakdownend")
	changeKind       = words.kind("change")
	compareKind      = words.kind("compare")
	compareEndKind   = words.kind("compareend")
	countUnitKind    = words.kind("countunit")
	currencyKind     = words.kind("currency")
	distributeKind   = words.kind("distribute")
	fillerKind       = words.kind("filler")
	fromKind         = words.kind("from")
	gapKind          = words.kind("gap")
	jointKind        = words.kind("joint")
	levelKind        = words.kind("level")
	listEndKind      = words.kind("listend")
	measureKind      = words.kind("measure")
	originKind       = words.kind("origin")
	placeKind        = words.kind("place")
	predicateKind    = words.kind("predicate")
	pushKind         = words.kind("push")
	rankKind         = words.kind("rank")
	rateKind         = words.kind("rate")
	scopeKind        = words.kind("scope")
	shareKind        = words.kind("share")
	shareVerbKind    = words.kind("shareverb")
	sizeKind         = words.kind("size")
	subKind          = words.kind("sub")
	tailKind         = words.kind("tail")
	timeRefKind      = words.kind("timeref")
	topicKind        = words.kind("topic")
	topicEndKind     = words.kind("topicend")
	topicTailKind    = words.kind("topictail")
	tradeKind        = words.kind("trade")
	weakKind         = words.kind("weak")
)

func mustParseWords(src string) *wordLists {
	w := &wordLists{names: map[string]kind{}, kinds: map[string]kindSet{}}
	w.fwd.init()
	w.rev.init()
	for i, line := range strings.Split(src, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[1] == "" {
			panic(fmt.Sprintf("attach/data/words.tsv:%d: want kind<TAB>word<TAB>value: %q", i+1, line))
		}
		k := w.kind(f[0])
		// the word as string(runes) spells it (invalid UTF-8 as U+FFFD)
		rs := []rune(f[1])
		e := wordEntry{k, string(rs), f[2]}
		w.kinds[e.word] |= k.set()
		w.fwd.add(rs, e)
		back := make([]rune, len(rs))
		for j, r := range rs {
			back[len(rs)-1-j] = r
		}
		w.rev.add(back, e)
	}
	return w
}

// kind returns the kind of the name, a new one (with no words) for a name
// not seen before.
func (w *wordLists) kind(name string) kind {
	if k, ok := w.names[name]; ok {
		return k
	}
	if len(w.names) == maxKinds {
		panic(fmt.Sprintf("attach/data/words.tsv: more than %d kinds of words", maxKinds))
	}
	k := kind(len(w.names))
	w.names[name] = k
	return k
}

func (t *wordTrie) init() {
	t.root = make([]int32, 0x10000)
	t.wide = map[rune]int32{}
	t.nodes = make([]trieNode, 1) // node 0: none
}

// first returns the node of the first character r, or 0.
func (t *wordTrie) first(r rune) int32 {
	if r >= 0 && r < 0x10000 {
		return t.root[r]
	}
	return t.wide[r]
}

// child returns the node after n by the character r, or 0.
func (t *wordTrie) child(n int32, r rune) int32 {
	for _, c := range t.nodes[n].kids {
		if c.r == r {
			return c.node
		}
	}
	return 0
}

// add puts a word of rs into the trie; a word listed twice in a kind keeps
// its last value.
func (t *wordTrie) add(rs []rune, e wordEntry) {
	n := t.first(rs[0])
	if n == 0 {
		n = t.newNode()
		if rs[0] >= 0 && rs[0] < 0x10000 {
			t.root[rs[0]] = n
		} else {
			t.wide[rs[0]] = n
		}
	}
	t.nodes[n].through |= e.kind.set()
	for _, r := range rs[1:] {
		c := t.child(n, r)
		if c == 0 {
			c = t.newNode()
			t.nodes[n].kids = append(t.nodes[n].kids, trieKid{r, c})
		}
		n = c
		t.nodes[n].through |= e.kind.set()
	}
	nd := &t.nodes[n]
	if nd.ends&e.kind.set() != 0 {
		for j := range nd.words {
			if nd.words[j].kind == e.kind {
				nd.words[j] = e
			}
		}
		return
	}
	nd.ends |= e.kind.set()
	nd.words = append(nd.words, e)
}

func (t *wordTrie) newNode() int32 {
	t.nodes = append(t.nodes, trieNode{})
	return int32(len(t.nodes) - 1)
}

// entry returns the word of kind k that ends at node n (which has one).
func (t *wordTrie) entry(n int32, k kind) (string, string) {
	for _, e := range t.nodes[n].words {
		if e.kind == k {
			return e.word, e.value
		}
	}
	return "", ""
}

// has reports whether word is of the kind.
func (w *wordLists) has(k kind, word string) bool {
	return w.kinds[word]&k.set() != 0
}

// kindsOf returns the kinds word is of.
func (w *wordLists) kindsOf(word string) kindSet {
	return w.kinds[word]
}

// endingAt returns the longest word of the kind that ends at rune p of rs
// and starts at or after lo, with its value.
func (w *wordLists) endingAt(k kind, rs []rune, lo, p int) (string, string) {
	lo = max(lo, 0)
	if p <= lo || p > len(rs) {
		return "", ""
	}
	t := &w.rev
	bit := k.set()
	n := t.first(rs[p-1])
	best := int32(0)
	for q := p - 1; n != 0 && t.nodes[n].through&bit != 0; {
		if t.nodes[n].ends&bit != 0 {
			best = n
		}
		if q--; q < lo {
			break
		}
		n = t.child(n, rs[q])
	}
	if best == 0 {
		return "", ""
	}
	return t.entry(best, k)
}

// startingAt returns the longest word of the kind that starts at rune p of rs
// and ends at or before hi, with its value.
func (w *wordLists) startingAt(k kind, rs []rune, p, hi int) (string, string) {
	hi = min(hi, len(rs))
	if p < 0 || p >= hi {
		return "", ""
	}
	t := &w.fwd
	bit := k.set()
	n := t.first(rs[p])
	best := int32(0)
	for q := p; n != 0 && t.nodes[n].through&bit != 0; {
		if t.nodes[n].ends&bit != 0 {
			best = n
		}
		if q++; q >= hi {
			break
		}
		n = t.child(n, rs[q])
	}
	if best == 0 {
		return "", ""
	}
	return t.entry(best, k)
}
