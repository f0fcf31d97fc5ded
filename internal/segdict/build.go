package segdict

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The rules gse applies when it loads a dictionary file (gse's LoadDictStr,
// Size and SplitTextToWords with its defaults): a word needs a frequency of
// at least minFreq, and a word of one character counts as oneCharFreq.
const (
	minFreq     = 2
	oneCharFreq = 2
)

// entry is one word kept from the dictionary file.
type entry struct {
	key   []rune // the word as gse keys it: ASCII letters lower-cased
	codes []uint16
	pair  uint16
}

// Build reads a gse dictionary file (one "word frequency tag" per line) the
// way gse's loader does and returns the compact form Open reads. It is run
// by `go generate` (gendict), never at start-up.
func Build(text string) ([]byte, error) {
	var (
		entries   []entry
		seen      = map[string]bool{}
		freqs     []float64
		tags      []string
		tagID     = map[string]uint8{}
		totalFreq float64
		maxUnits  int
	)
	for n, line := range strings.Split(text, "\n") {
		fields := strings.Split(line, " ")
		word := strings.TrimSpace(fields[0])
		if len(fields) < 2 {
			continue // gse skips a line without a frequency
		}
		freq, err := strconv.ParseFloat(strings.TrimSpace(fields[1]), 64)
		if err != nil || freq < minFreq {
			continue // as gse: unreadable or too rare
		}
		if utf8.RuneCountInString(word) < 2 {
			freq = oneCharFreq
		}
		tag := ""
		if len(fields) > 2 {
			tag = strings.TrimSpace(fields[2])
		}
		if word == "" || !utf8.ValidString(word) {
			return nil, fmt.Errorf("dictionary line %d (%q): empty or not UTF-8", n+1, line)
		}
		key := asciiLower(word)
		if seen[key] {
			continue // gse keeps the first of a word listed twice
		}
		seen[key] = true
		id, ok := tagID[tag]
		if !ok {
			if len(tags) == math.MaxUint8 {
				return nil, fmt.Errorf("dictionary line %d: more than %d tags", n+1, math.MaxUint8)
			}
			id = uint8(len(tags))
			tagID[tag] = id
			tags = append(tags, tag)
		}
		entries = append(entries, entry{key: []rune(key), pair: uint16(id)})
		freqs = append(freqs, freq)
		totalFreq += freq
		maxUnits = max(maxUnits, Units(key))
	}
	if len(entries) == 0 {
		return nil, fmt.Errorf("dictionary: no words")
	}

	// Path costs, with gse's float32 arithmetic (CalcToken); one table row
	// per distinct (cost, tag).
	logTotal := float32(math.Log2(totalFreq))
	type pairKey struct {
		dist uint32
		tag  uint8
	}
	pairID := map[pairKey]uint16{}
	pairs := []pairKey{{}} // row 0: not a word
	for i := range entries {
		k := pairKey{math.Float32bits(logTotal - float32(math.Log2(freqs[i]))), uint8(entries[i].pair)}
		id, ok := pairID[k]
		if !ok {
			if len(pairs) > math.MaxUint16 {
				return nil, fmt.Errorf("dictionary: more than %d distinct (cost, tag) pairs", math.MaxUint16)
			}
			id = uint16(len(pairs))
			pairID[k] = id
			pairs = append(pairs, k)
		}
		entries[i].pair = id
	}

	// Character codes: the characters that begin a word first, so that the
	// root's child for code c is node c; then the others. Both by how often
	// they follow another character in a word (then in rune order), so that
	// the children of most nodes have small codes close together and the
	// double array packs them densely.
	first, other := map[rune]bool{}, map[rune]bool{}
	follows := map[rune]int{}
	for _, e := range entries {
		first[e.key[0]] = true
		for _, r := range e.key[1:] {
			follows[r]++
		}
	}
	for _, e := range entries {
		for _, r := range e.key[1:] {
			if !first[r] {
				other[r] = true
			}
		}
	}
	byFollows := func(m map[rune]bool) []rune {
		rs := sortedKeys(m)
		slices.SortStableFunc(rs, func(a, b rune) int { return follows[b] - follows[a] })
		return rs
	}
	runes := append(byFollows(first), byFollows(other)...)
	if len(runes) >= math.MaxUint16 {
		return nil, fmt.Errorf("dictionary: %d distinct characters", len(runes))
	}
	code := make(map[rune]uint16, len(runes))
	for i, r := range runes {
		code[r] = uint16(i + 1)
	}
	for i := range entries {
		e := &entries[i]
		e.codes = make([]uint16, len(e.key))
		for j, r := range e.key {
			e.codes[j] = code[r]
		}
	}
	slices.SortFunc(entries, func(a, b entry) int { return slices.Compare(a.codes, b.codes) })

	// The trie in breadth-first order. The nodes of one depth are the
	// distinct prefixes of that length in sorted order, so the children of
	// each node follow those of the node before it.
	labels := []uint16{0}
	pairOf := []uint16{0}
	children := []uint32{} // per node, in node order
	level := []int{-1}     // entry whose prefix of this depth is the node; -1: root
	for depth := 1; len(level) > 0; depth++ {
		var next []int
		counts := make([]uint32, len(level))
		parent := 0
		for i, e := range entries {
			if len(e.codes) < depth {
				continue
			}
			if len(next) > 0 && slices.Equal(entries[next[len(next)-1]].codes[:depth], e.codes[:depth]) {
				continue
			}
			for depth > 1 && !slices.Equal(entries[level[parent]].codes[:depth-1], e.codes[:depth-1]) {
				parent++
			}
			counts[parent]++
			next = append(next, i)
			labels = append(labels, e.codes[depth-1])
			p := uint16(0)
			if len(e.codes) == depth {
				p = e.pair // the word itself sorts before every longer word it begins
			}
			pairOf = append(pairOf, p)
		}
		children = append(children, counts...)
		level = next
	}
	nodes := len(labels)
	firstChild := make([]uint32, nodes+1)
	firstChild[0] = 1
	for i := 0; i < nodes; i++ {
		firstChild[i+1] = firstChild[i] + children[i]
	}
	if firstChild[nodes] != uint32(nodes) {
		return nil, fmt.Errorf("dictionary trie: %d children for %d nodes", firstChild[nodes], nodes)
	}
	for c := 1; c <= len(first); c++ {
		if labels[c] != uint16(c) {
			return nil, fmt.Errorf("dictionary trie: root child %d has code %d", c, labels[c])
		}
	}

	cells, err := doubleArray(labels, firstChild, pairOf, len(runes))
	if err != nil {
		return nil, err
	}

	// Character table: the Basic Multilingual Plane directly, the rest sorted.
	bmp := make([]uint16, 1<<16)
	var supp []uint32
	var suppCode []uint16
	sorted := slices.Clone(runes)
	slices.Sort(sorted)
	for _, r := range sorted {
		if r < 1<<16 {
			bmp[r] = code[r]
		} else {
			supp = append(supp, uint32(r))
			suppCode = append(suppCode, code[r])
		}
	}
	dists := make([]uint32, len(pairs))
	pairTags := make([]uint8, len(pairs))
	for i, p := range pairs {
		dists[i], pairTags[i] = p.dist, p.tag
	}

	h := header{
		Magic:     magic,
		Words:     uint32(len(entries)),
		Nodes:     uint32(nodes),
		Cells:     uint32(len(cells)),
		RootCodes: uint32(len(first)),
		Pairs:     uint32(len(pairs)),
		Supp:      uint32(len(supp)),
		MaxUnits:  uint32(maxUnits),
		TotalFreq: math.Float64bits(totalFreq),
	}
	tagText := []byte(strings.Join(tags, "\n"))
	h.TagBytes = uint32(len(tagText))
	var out bytes.Buffer
	write := func(v any) {
		binary.Write(&out, binary.LittleEndian, v) // a bytes.Buffer does not fail
		for out.Len()%8 != 0 {
			out.WriteByte(0)
		}
	}
	write(h)
	write(bmp)
	write(supp)
	write(suppCode)
	write(cells)
	write(dists)
	write(pairTags)
	write(tagText)
	return out.Bytes(), nil
}

// doubleArray lays the trie (in breadth-first order: labels, first child,
// row per node) out as a double array: node n's child for code c is cell
// base(n)+c if that cell's code is c. Every node is a cell; the root is
// cell 0 and its child for code c is cell c (the root's children are codes
// 1..root, all of them). Bases are chosen first fit, the nodes with the most
// children first (they are the hardest to fit), so the array has few holes.
func doubleArray(labels []uint16, firstChild []uint32, pairOf []uint16, codes int) ([]uint64, error) {
	nodes := len(labels)
	base := make([]int, nodes)
	// used marks the cells taken; nextFree[i] leads to the first free cell >= i.
	var used []bool
	var nextFree []int
	grow := func(n int) {
		for len(used) < n {
			used = append(used, false)
			nextFree = append(nextFree, len(nextFree))
		}
	}
	free := func(i int) int {
		grow(i + 1)
		root := i
		for nextFree[root] != root {
			root = nextFree[root]
			grow(root + 1)
		}
		for nextFree[i] != root { // path compression
			i, nextFree[i] = nextFree[i], root
		}
		return root
	}
	take := func(i int) {
		grow(i + 2)
		used[i], nextFree[i] = true, i+1
	}
	take(0)
	for c := 1; c < int(firstChild[1]); c++ { // the root's children: cell c
		take(c)
	}
	var order []int
	for n := 1; n < nodes; n++ {
		if firstChild[n+1] > firstChild[n] {
			order = append(order, n)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return int(firstChild[b+1]-firstChild[b]) - int(firstChild[a+1]-firstChild[a])
	})
	// A node of many children is looked for a place from a little before
	// where the last one went (they come in order of size, the largest
	// first; earlier places are taken): searching from 0 again and again
	// would make the build slow.
	// Bases are unique, so that a cell's code tells its parent (the
	// parent's base is the cell less the code). The root's is 0; leaves
	// have base 1, which no other node has: no cell answers a step from a
	// leaf.
	baseUsed := []bool{0: true, leafBase: true}
	for n := range base {
		base[n] = leafBase
	}
	base[0] = 0
	var last [32]int // by bits.Len of the number of children
	for _, n := range order {
		kids := labels[firstChild[n]:firstChild[n+1]]
		// The first base where every child's cell is free: each child in
		// turn moves the base on to where its own cell is free.
		size := bits.Len(uint(len(kids)))
		b := max(0, last[size]-codes)
		for fits := false; !fits; {
			if fits = true; b < len(baseUsed) && baseUsed[b] {
				b, fits = b+1, false
				continue
			}
			for _, c := range kids {
				if at := free(b + int(c)); at != b+int(c) {
					b, fits = at-int(c), false
					break
				}
			}
		}
		base[n] = b
		for len(baseUsed) <= b {
			baseUsed = append(baseUsed, false)
		}
		baseUsed[b] = true
		last[size] = b
		for _, c := range kids {
			take(b + int(c))
		}
	}
	// Every lookup base+c lands inside the array.
	size := codes + 1
	for _, b := range base {
		size = max(size, b+codes+1)
	}
	if size > cellMask {
		return nil, fmt.Errorf("dictionary trie: %d cells, over %d", size, cellMask)
	}
	cells := make([]uint64, size)
	cellOf := make([]int, nodes) // breadth-first node -> cell
	for n := 0; n < nodes; n++ {
		for k := firstChild[n]; k < firstChild[n+1]; k++ {
			cell := base[n] + int(labels[k])
			if cells[cell] != 0 || cell == 0 {
				return nil, fmt.Errorf("dictionary trie: cell %d taken twice", cell)
			}
			cellOf[k] = cell
			cells[cell] = packCell(base[k], labels[k], pairOf[k])
		}
	}
	cells[0] = packCell(0, 0, 0)
	return cells, nil
}

func sortedKeys(m map[rune]bool) []rune {
	out := make([]rune, 0, len(m))
	for r := range m {
		out = append(out, r)
	}
	slices.Sort(out)
	return out
}

// asciiLower lower-cases A–Z only, as gse does for the words it keys.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// Units counts gse's letters in a word: characters, except that a run of
// letters and digits of one or two UTF-8 bytes (Latin, Greek, digits) is one.
func Units(s string) int {
	n, inRun := 0, false
	for _, c := range s {
		if utf8.RuneLen(c) <= 2 && (unicode.IsLetter(c) || unicode.IsNumber(c)) {
			if !inRun {
				n++
				inRun = true
			}
			continue
		}
		inRun = false
		n++
	}
	return n
}
