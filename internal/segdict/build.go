package segdict

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
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
	// root's child for code c is node c; then the others. Both in rune order.
	first, other := map[rune]bool{}, map[rune]bool{}
	for _, e := range entries {
		first[e.key[0]] = true
	}
	for _, e := range entries {
		for _, r := range e.key[1:] {
			if !first[r] {
				other[r] = true
			}
		}
	}
	runes := append(sortedKeys(first), sortedKeys(other)...)
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
	write(labels)
	write(firstChild)
	write(pairOf)
	write(dists)
	write(pairTags)
	write(tagText)
	return out.Bytes(), nil
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
