package attach

import (
	_ "embed"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zhmetrics/zhmetrics/extract"
	"github.com/zhmetrics/zhmetrics/timex"
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

// wordTrie is a trie of words by character; node 0 is no node. It is laid
// out for the lookups that fail, most of them: the first characters are a
// bit set of the Basic Multilingual Plane (8 KB), and the kinds through each
// node an array of their own.
type wordTrie struct {
	firsts  [0x10000 / 64]uint64 // a bit per first character
	before  [0x10000 / 64]uint16 // how many bits are set in the words of firsts before
	roots   []int32              // the nodes of the first characters, in order
	wide    map[rune]int32       // first characters beyond the plane → node (all of them until finish)
	through []kindSet            // by node: the kinds of the words through it (or ending at it)
	ends    []kindSet            // by node: the kinds of the words that end at it
	kids    [][]trieKid          // by node: the nodes after it
	words   [][]wordEntry        // by node: for each kind in ends, its word
	// classes are the sets of kinds of the words that start with a
	// character, each once (classes[0] is none); class, by character of the
	// Basic Multilingual Plane, the index of its set.
	classes []kindSet
	class   *[0x10000]uint8
}

type trieKid struct {
	r    rune
	node int32
}

type wordEntry struct {
	kind        kind
	word, value string
}

var words = mustParseWords(wordsTSV, borrowed)

// borrowedKind is a kind of words attach reads from the lists of extract or
// timex (one list for the packages) rather than from data/words.tsv.
type borrowedKind struct {
	kind  string
	words []string
}

// borrowed are the kinds read from extract's lexicon and timex's words,
// less the words attach does not take, each with why.
var borrowed = []borrowedKind{
	// distribute: a marker that pairs N subjects with N figures in order,
	// extract's kind each but 均, which gives every subject the same figure
	// (kind both: 两者均增长5%) and pairs nothing in order.
	{"distribute", without(extract.LexiconWords("each", ""), "均")},
	// nameopen: a basis word that opens an indicator's name when more of
	// the name follows it (实质本地生产总值, 实质GDP, 名义工资), extract's
	// kind nameopen of value first (实质, 名义; not the pronoun 本地): not cut
	// from the start of a metric as a filler; before a change word
	// (实质上升) it is the basis and is cut as before.
	{"nameopen", extract.LexiconWords("nameopen", "first")},
	// compareend: closes a comparison base opened by a joint (与上年同期相比),
	// timex's kind comparefar but 对比, which attach's own list never had:
	// taking it may change output (与去年同月对比上升…), left for a session
	// that checks it.
	{"compareend", without(timex.Words("comparefar"), "对比")},
	// compareopen: opens the base of a comparison that a word of compareend
	// closes, at the start of a clause that names nothing measured
	// (与去年同月比较上升12.5%; in Hong Kong's releases,
	// 在二零一九年第三季与上年同期比较实质上升3.5%): timex's kinds
	// compareopen and compareopenstart but 和, mostly 'and' (timex takes it
	// only at a clause's start), which attach's own list never had.
	{"compareopen", without(append(timex.Words("compareopen"), timex.Words("compareopenstart")...), "和")},
}

// without is words but the word w.
func without(words []string, w string) []string {
	return slices.DeleteFunc(slices.Clone(words), func(x string) bool { return x == w })
}

// The kinds the rules look up by name.
var (
	basisKind        = words.kind("basis")
	bothKind         = words.kind("both")
	breakdownKind    = words.kind("breakdown")
	breakdownEndKind = words.kind("breakdownend")
	causativeKind    = words.kind("causative")
	changeKind       = words.kind("change")
	compareKind      = words.kind("compare")
	compareEndKind   = words.kind("compareend")
	compareOpenKind  = words.kind("compareopen")
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
	nameOpenKind     = words.kind("nameopen")
	nothingKind      = words.kind("nothing")
	notWeakKind      = words.kind("notweak")
	oneCharKind      = words.kind("onechar")
	originKind       = words.kind("origin")
	outcomeKind      = words.kind("outcome")
	placeKind        = words.kind("place")
	predicateKind    = words.kind("predicate")
	pushKind         = words.kind("push")
	rankKind         = words.kind("rank")
	rangeJointKind   = words.kind("rangejoint")
	rangeUnitKind    = words.kind("rangeunit")
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

func mustParseWords(src string, more []borrowedKind) *wordLists {
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
		w.add(w.kind(f[0]), f[1], f[2])
	}
	for _, b := range more {
		if _, ok := w.names[b.kind]; ok || len(b.words) == 0 {
			panic(fmt.Sprintf("attach: borrowed kind %s is also in data/words.tsv, or has no words", b.kind))
		}
		k := w.kind(b.kind)
		for _, word := range b.words {
			w.add(k, word, "-")
		}
	}
	w.fwd.finish()
	w.rev.finish()
	return w
}

// add adds word of kind k, with its value, to both tries.
func (w *wordLists) add(k kind, word, value string) {
	// the word as string(runes) spells it (invalid UTF-8 as U+FFFD)
	rs := []rune(word)
	e := wordEntry{k, string(rs), value}
	w.kinds[e.word] |= k.set()
	w.fwd.add(rs, e)
	back := make([]rune, len(rs))
	for j, r := range rs {
		back[len(rs)-1-j] = r
	}
	w.rev.add(back, e)
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
	t.wide = map[rune]int32{}
	t.newNode() // node 0: none
}

// first returns the node of the first character r, or 0.
func (t *wordTrie) first(r rune) int32 {
	if r >= 0 && r < 0x10000 && t.roots != nil {
		w := t.firsts[r>>6]
		bit := uint64(1) << (r & 63)
		if w&bit == 0 {
			return 0
		}
		return t.roots[int(t.before[r>>6])+bits.OnesCount64(w&(bit-1))]
	}
	return t.wide[r]
}

// finish lays out the first characters once every word is in.
func (t *wordTrie) finish() {
	for r := range t.wide {
		if r >= 0 && r < 0x10000 {
			t.firsts[r>>6] |= 1 << (r & 63)
		}
	}
	t.roots = t.roots[:0]
	for i, w := range t.firsts {
		t.before[i] = uint16(len(t.roots))
		for ; w != 0; w &= w - 1 {
			r := rune(i<<6 + bits.TrailingZeros64(w))
			t.roots = append(t.roots, t.wide[r])
			delete(t.wide, r)
		}
	}
	t.classes = []kindSet{0}
	t.class = new([0x10000]uint8)
	index := map[kindSet]uint8{0: 0}
	for i, w := range t.firsts {
		for ; w != 0; w &= w - 1 {
			t.classify(rune(i<<6+bits.TrailingZeros64(w)), index)
		}
	}
}

// classify sets the class of the first character r.
func (t *wordTrie) classify(r rune, index map[kindSet]uint8) {
	ks := t.through[t.first(r)]
	c, ok := index[ks]
	if !ok {
		if len(t.classes) > math.MaxUint8 {
			panic("attach/data/words.tsv: more than 256 sets of kinds of words by first character")
		}
		c = uint8(len(t.classes))
		index[ks] = c
		t.classes = append(t.classes, ks)
	}
	t.class[r] = c
}

// kindsFirst returns the kinds of the words that start with r (in the
// backward trie: end with r), or every kind for a character beyond the
// plane.
func (t *wordTrie) kindsFirst(r rune) kindSet {
	if r >= 0 && r < 0x10000 {
		return t.classes[t.class[r]]
	}
	return ^kindSet(0)
}

// child returns the node after n by the character r, or 0.
func (t *wordTrie) child(n int32, r rune) int32 {
	for _, c := range t.kids[n] {
		if c.r == r {
			return c.node
		}
	}
	return 0
}

// add puts a word of rs into the trie; a word listed twice in a kind keeps
// its last value.
func (t *wordTrie) add(rs []rune, e wordEntry) {
	bit := e.kind.set()
	n := t.first(rs[0])
	if n == 0 {
		n = t.newNode()
		t.wide[rs[0]] = n // until finish
	}
	t.through[n] |= bit
	for _, r := range rs[1:] {
		c := t.child(n, r)
		if c == 0 {
			c = t.newNode()
			t.kids[n] = append(t.kids[n], trieKid{r, c})
		}
		n = c
		t.through[n] |= bit
	}
	if t.ends[n]&bit != 0 {
		for j := range t.words[n] {
			if t.words[n][j].kind == e.kind {
				t.words[n][j] = e
			}
		}
		return
	}
	t.ends[n] |= bit
	t.words[n] = append(t.words[n], e)
}

func (t *wordTrie) newNode() int32 {
	t.through = append(t.through, 0)
	t.ends = append(t.ends, 0)
	t.kids = append(t.kids, nil)
	t.words = append(t.words, nil)
	return int32(len(t.through) - 1)
}

// entry returns the word of kind k that ends at node n (which has one).
func (t *wordTrie) entry(n int32, k kind) (string, string) {
	for _, e := range t.words[n] {
		if e.kind == k {
			return e.word, e.value
		}
	}
	return "", ""
}

// has reports whether word is of the kind.
func (w *wordLists) has(k kind, word string) bool {
	if word == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(word); r < 0x10000 && w.fwd.classes[w.fwd.class[r]]&k.set() == 0 {
		return false // no word of the kind starts with its first character
	}
	return w.kinds[word]&k.set() != 0
}

// kindsOf returns the kinds word is of: none when no word of any kind
// starts with its first character, else as listed.
func (w *wordLists) kindsOf(word string) kindSet {
	if word == "" {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(word)
	if r < 0x10000 && w.fwd.classes[w.fwd.class[r]] == 0 {
		return 0
	}
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
	for q := p - 1; n != 0 && t.through[n]&bit != 0; {
		if t.ends[n]&bit != 0 {
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

// longestEndingAt returns how many characters the longest word of any of
// the kinds ks has that ends at rune p of rs and starts at or after lo, or
// 0: the longest endingAt of the kinds, in one walk (a word of a kind is
// reached by the walk of all of them, whose nodes it passes through).
func (w *wordLists) longestEndingAt(ks kindSet, rs []rune, lo, p int) int {
	lo = max(lo, 0)
	if p <= lo || p > len(rs) {
		return 0
	}
	t := &w.rev
	n := t.first(rs[p-1])
	best := 0
	for q := p - 1; n != 0 && t.through[n]&ks != 0; {
		if t.ends[n]&ks != 0 {
			best = p - q
		}
		if q--; q < lo {
			break
		}
		n = t.child(n, rs[q])
	}
	return best
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
	for q := p; n != 0 && t.through[n]&bit != 0; {
		if t.ends[n]&bit != 0 {
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

// startingAt is words.startingAt on the document's text, first ruling out a
// kind with no word that starts with the character at p.
func (a *attacher) startingAt(k kind, p, hi int) (string, string) {
	if !a.mayStart(k, p) {
		return "", ""
	}
	return words.startingAt(k, a.rs, p, hi)
}

// endingAt is words.endingAt on the document's text, first ruling out a
// kind with no word that ends with the character before p.
func (a *attacher) endingAt(k kind, lo, p int) (string, string) {
	if !a.mayEnd(k, p) {
		return "", ""
	}
	return words.endingAt(k, a.rs, lo, p)
}

// mayStart reports whether a word of the kind may start at p: false when
// none starts with the character there (a test the scans make inline).
func (a *attacher) mayStart(k kind, p int) bool {
	if uint(p) >= uint(len(a.rs)) || uint32(a.rs[p]) >= 0x10000 {
		return true // beyond the text or the plane (a negative rune too)
	}
	return startKinds[startClass[uint16(a.rs[p])]]&k.set() != 0
}

// mayEnd reports whether a word of the kind may end before p: false when
// none ends with the character there.
func (a *attacher) mayEnd(k kind, p int) bool {
	if uint(p-1) >= uint(len(a.rs)) || uint32(a.rs[p-1]) >= 0x10000 {
		return true
	}
	return endKinds[endClass[uint16(a.rs[p-1])]]&k.set() != 0
}

// The tables of mayStart and mayEnd: the class of each character, the
// kinds of each class (at most 256 classes: wordTrie.classify).
var (
	startClass, endClass = words.fwd.class, words.rev.class
	startKinds, endKinds = classTable(words.fwd.classes), classTable(words.rev.classes)
)

func classTable(classes []kindSet) *[256]kindSet {
	var t [256]kindSet
	copy(t[:], classes)
	return &t
}
