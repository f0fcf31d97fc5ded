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
	units []unit
	codes []uint16 // the dictionary's code of each character (ASCII letters lower-cased)
	steps []step
}

// split cuts text into units the way gse's SplitTextToWords does (letters and
// digits of one or two UTF-8 bytes run together and are lower-cased), and
// codes its characters.
func (sc *cutScratch) split(d *segdict.Dict, text string) {
	sc.units, sc.codes = sc.units[:0], sc.codes[:0]
	add := func(b0, b1, r0, r1 int) {
		sc.units = append(sc.units, unit{int32(b0), int32(b1), int32(r0), int32(r1)})
	}
	runStart, runRune, inRun := 0, 0, false
	r := 0
	for b := 0; b < len(text); r++ {
		c, size := utf8.DecodeRuneInString(text[b:])
		code := uint16(0) // no word holds a byte that is not UTF-8
		if c != utf8.RuneError || size > 1 {
			code = d.Code(lowerASCII(c))
		}
		sc.codes = append(sc.codes, code)
		if size <= 2 && (unicode.IsLetter(c) || unicode.IsNumber(c)) {
			if !inRun {
				runStart, runRune, inRun = b, r, true
			}
		} else {
			if inRun {
				add(runStart, b, runRune, r)
				inRun = false
			}
			add(b, b+size, r, r+1)
		}
		b += size
	}
	if inRun {
		add(runStart, len(text), runRune, r)
	}
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
	defer s.pool.Put(sc)
	sc.split(d, sentence)
	n := len(sc.units)
	sc.steps = append(sc.steps[:0], make([]step, n)...)
	steps, units, codes := sc.steps, sc.units, sc.codes
	// Forward: the cheapest path to the end of every unit (gse's
	// segmentWords). The words that begin at cur are found in order of
	// length by walking the trie along the units (gse's LookupTokens): a
	// word matches only whole units.
	for cur := 0; cur < n; cur++ {
		var base float32
		if cur > 0 {
			base = steps[cur-1].distance
		}
		shortest := 0 // units of the shortest word found; 0: none
		node := uint32(0)
	walk:
		for end := cur; end < n; end++ {
			for _, c := range codes[units[end].r0:units[end].r1] {
				if node = d.Child(node, c); node == 0 {
					break walk
				}
			}
			w := d.Word(node)
			if w == 0 {
				continue
			}
			if shortest == 0 {
				shortest = end - cur + 1
			}
			if dist := base + d.Cost(w); steps[end].distance == 0 || steps[end].distance > dist {
				steps[end] = step{distance: dist, word: w, units: int32(end - cur + 1)}
			}
		}
		if shortest != 1 {
			if dist := base + unknownDistance; steps[cur].distance == 0 || steps[cur].distance > dist {
				steps[cur] = step{distance: dist, word: 0, units: 1}
			}
		}
	}
	// Back: count the words, then fill them in from the end.
	count := 0
	for end := n - 1; end >= 0; end -= int(steps[end].units) {
		count++
	}
	out := make([]extract.Token, count)
	for end := n - 1; end >= 0; end -= int(steps[end].units) {
		count--
		first, last := units[end-int(steps[end].units)+1], units[end]
		tag := unknownTag
		if w := steps[end].word; w != 0 {
			tag = d.Tag(w)
		}
		out[count] = extract.Token{Text: sentence[first.b0:last.b1], Pos: tag, Start: int(first.r0), End: int(last.r1)}
	}
	return out
}
