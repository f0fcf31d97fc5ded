package pipeline

import (
	_ "embed"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/zhmetrics/zhmetrics/extract"
	"github.com/zhmetrics/zhmetrics/internal/segdict"
)

// Segmenter cuts sentences into words with part-of-speech tags: gse's
// shortest-path cut (gse's Segmenter.Pos, without its allocations: no copy of
// the text, no []Segment, no strings built for words the caller already
// holds) over gse's simplified-Chinese dictionary, which `go generate` turns
// into a compact trie embedded in the binary and read in place (package
// segdict): loading it parses nothing. TestSegmenterMatchesGse checks that the
// words and tags are gse's Pos, word for word. One Segmenter is safe for
// concurrent use: the dictionary is read-only and each call takes its own
// scratch space.
type Segmenter struct {
	dict *segdict.Dict
	pool sync.Pool // *cutScratch
}

// unknownDistance and unknownTag are gse's for a character no word starts with.
const (
	unknownDistance = 32
	unknownTag      = "x"
)

// zhDict is gse's simplified-Chinese dictionary (data/gse/zh_s.txt, see
// data/gse/README.md) in segdict's compact form, compressed with zstd (4.0
// MiB to 1.7 MiB of binary; decompressed once at start, a few milliseconds);
// TestDictionaryGenerated checks that it is what `go generate` makes of
// zh_s.txt.
//
//go:generate sh -c "cp $(go list -m -f '{{.Dir}}' github.com/go-ego/gse)/data/dict/zh/s_1.txt data/gse/zh_s.txt && chmod 644 data/gse/zh_s.txt"
//go:generate go run ../internal/segdict/gendict data/gse/zh_s.txt data/gse/zh_s.dict.zst
//go:embed data/gse/zh_s.dict.zst
var zhDict string

var (
	sharedSeg     *Segmenter
	sharedSegErr  error
	sharedSegOnce sync.Once
)

// LoadSegmenter opens the dictionary once per process and returns the shared segmenter.
func LoadSegmenter() (*Segmenter, error) {
	sharedSegOnce.Do(func() { sharedSeg, sharedSegErr = newSegmenter() })
	return sharedSeg, sharedSegErr
}

// newSegmenter opens the embedded dictionary in a new Segmenter.
func newSegmenter() (*Segmenter, error) {
	d, err := segdict.OpenCompressed(zhDict)
	if err != nil {
		return nil, err
	}
	s := &Segmenter{dict: d}
	s.pool.New = func() any { return new(cutScratch) }
	return s, nil
}

// unit is one letter of gse's alphabet: a character, or a run of Latin
// letters and digits (GDP, 2024), with its byte and rune span in the text.
type unit struct{ b0, b1, r0, r1 int32 }

// step is the best path found to the end of a unit: its cost and the word
// that ends it (its row in the dictionary, 0 for a single unknown unit).
type step struct {
	distance float32
	word     uint16
	units    int32
}

// cutScratch is one call's working space, reused through the pool.
type cutScratch struct {
	units   []unit
	cells   []uint32 // per character: its dictionary code (ASCII letters lower-cased), | segdict.UnitEnd where a unit ends
	steps   []step
	matches []segdict.Match
	tokens  []extract.Token // the slab the calls' results are cut from
}

// tokenSlab is how many tokens one allocation holds for the results of
// several calls (each result is a slice of it with its own capacity).
const tokenSlab = 512

// asciiWord marks the ASCII letters and digits: gse runs them together
// (unicode.IsLetter or unicode.IsNumber, for ASCII).
var asciiWord = func() (t [128]bool) {
	for c := range t {
		t[c] = c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	return t
}()

// split cuts text into units the way gse's SplitTextToWords does (letters and
// digits of one or two UTF-8 bytes run together and are lower-cased), and
// codes its characters.
func (sc *cutScratch) split(d *segdict.Dict, text string) {
	units, cells := sc.units[:0], sc.cells[:0]
	runStart, runRune, inRun := 0, 0, false
	r := 0
	for b := 0; b < len(text); r++ {
		var c rune
		var size int
		var word bool // a letter or digit of one or two bytes
		switch x := text[b]; {
		case x < utf8.RuneSelf:
			c, size, word = rune(x), 1, asciiWord[x]
		case x >= 0xe1 && x <= 0xef && x != 0xed && b+2 < len(text) && text[b+1]&0xc0 == 0x80 && text[b+2]&0xc0 == 0x80:
			// three bytes, valid whatever the continuation bytes (Chinese characters)
			c, size = rune(x&0x0f)<<12|rune(text[b+1]&0x3f)<<6|rune(text[b+2]&0x3f), 3
		default:
			c, size = utf8.DecodeRuneInString(text[b:])
			word = size == 2 && (unicode.IsLetter(c) || unicode.IsNumber(c))
		}
		code := uint16(0) // no word holds a byte that is not UTF-8
		if c != utf8.RuneError || size > 1 {
			code = d.Code(lowerASCII(c))
		}
		if word {
			if !inRun {
				runStart, runRune, inRun = b, r, true
			}
			cells = append(cells, uint32(code))
		} else {
			if inRun {
				units = append(units, unit{int32(runStart), int32(b), int32(runRune), int32(r)})
				cells[r-1] |= segdict.UnitEnd
				inRun = false
			}
			units = append(units, unit{int32(b), int32(b + size), int32(r), int32(r + 1)})
			cells = append(cells, uint32(code)|segdict.UnitEnd)
		}
		b += size
	}
	if inRun {
		units = append(units, unit{int32(runStart), int32(len(text)), int32(runRune), int32(r)})
		cells[r-1] |= segdict.UnitEnd
	}
	sc.units, sc.cells = units, cells
}

// lowerASCII lower-cases A–Z, as gse does for the words it looks up.
func lowerASCII(c rune) rune {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// Tokens cuts one sentence and gives each word its rune offsets in it.
func (s *Segmenter) Tokens(sentence string) []extract.Token {
	if sentence == "" {
		return []extract.Token{}
	}
	d := s.dict
	sc := s.pool.Get().(*cutScratch)
	sc.split(d, sentence)
	n := len(sc.units)
	if cap(sc.steps) < n {
		sc.steps = make([]step, n+n/2)
	}
	steps, units, cells := sc.steps[:n], sc.units, sc.cells
	clear(steps)
	// Forward: the cheapest path to the end of every unit (gse's
	// segmentWords). The words that begin at cur are found in order of
	// length by walking the trie along the units (gse's LookupTokens): a
	// word matches only whole units.
	ms := sc.matches
	var base float32
	for cur := 0; cur < n; cur++ {
		if cur > 0 {
			base = steps[cur-1].distance
		}
		ms = d.Prefixes(cells[units[cur].r0:], ms[:0])
		for _, m := range ms {
			end := cur + int(m.Units) - 1
			if dist := base + d.Cost(m.Row); steps[end].distance == 0 || steps[end].distance > dist {
				steps[end] = step{distance: dist, word: m.Row, units: m.Units}
			}
		}
		if len(ms) == 0 || ms[0].Units != 1 { // no word of one unit: the unit alone, unknown
			if dist := base + unknownDistance; steps[cur].distance == 0 || steps[cur].distance > dist {
				steps[cur] = step{distance: dist, word: 0, units: 1}
			}
		}
	}
	sc.matches = ms
	// Back: count the words, then fill them in from the end.
	count := 0
	for end := n - 1; end >= 0; end -= int(steps[end].units) {
		count++
	}
	if len(sc.tokens) < count {
		sc.tokens = make([]extract.Token, max(tokenSlab, count))
	}
	out := sc.tokens[:count:count]
	sc.tokens = sc.tokens[count:]
	for end := n - 1; end >= 0; end -= int(steps[end].units) {
		count--
		first, last := units[end-int(steps[end].units)+1], units[end]
		tag := unknownTag
		if w := steps[end].word; w != 0 {
			tag = d.Tag(w)
		}
		out[count] = extract.Token{Text: sentence[first.b0:last.b1], Pos: tag, Start: int(first.r0), End: int(last.r1)}
	}
	s.pool.Put(sc)
	return out
}
