package pipeline

import (
	_ "embed"
	"slices"
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
// data/gse/README.md) in segdict's compact form, compressed with zstd (6.7
// MiB to 2.1 MiB of binary; decompressed once at start, a few milliseconds);
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

// step is the best path found to the end of a unit: its cost and the word
// that ends it (its row in the dictionary, 0 for a single unknown unit) and
// the character the word begins at.
type step struct {
	distance float32
	word     uint16
	start    int32
}

// A unit is one letter of gse's alphabet: a character, or a run of Latin
// letters and digits (GDP, 2024). split gives each character a cell: its
// dictionary code (ASCII letters lower-cased) and the mark unitEnd on the
// last character of a unit.
const unitEnd = 1 << 16

// cutScratch is one call's working space, reused through the pool.
type cutScratch struct {
	cells  []uint32        // per character: its code | unitEnd
	offs   []int32         // per character, and one more: its byte offset
	steps  []step          // per character: the best path to the end of its unit
	tokens []extract.Token // the slab the calls' results are cut from
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
// codes its characters; it returns the number of characters.
func (sc *cutScratch) split(d *segdict.Dict, text string) int {
	if cap(sc.cells) < len(text) {
		sc.cells = make([]uint32, len(text)+len(text)/2)
		sc.offs = make([]int32, len(text)+len(text)/2+1)
	}
	cells, offs := sc.cells[:len(text)], sc.offs[:len(text)+1]
	inRun := false // the character before is a letter or digit of a run
	r := 0
	for b := 0; b < len(text); r++ {
		var c rune
		var size int
		var word bool // a letter or digit of one or two bytes
		switch x := text[b]; {
		case x < utf8.RuneSelf:
			c, size, word = rune(x), 1, asciiWord[x]
			if x >= 'A' && x <= 'Z' {
				c += 'a' - 'A' // as gse, which looks words up lower-cased
			}
		case x >= 0xe1 && x <= 0xef && x != 0xed && b+2 < len(text) && text[b+1]&0xc0 == 0x80 && text[b+2]&0xc0 == 0x80:
			// three bytes, valid whatever the continuation bytes (Chinese characters)
			c, size = rune(x&0x0f)<<12|rune(text[b+1]&0x3f)<<6|rune(text[b+2]&0x3f), 3
		default:
			c, size = utf8.DecodeRuneInString(text[b:])
			word = size == 2 && (unicode.IsLetter(c) || unicode.IsNumber(c))
		}
		code := uint16(0) // no word holds a byte that is not UTF-8
		if c != utf8.RuneError || size > 1 {
			code = d.Code(c)
		}
		if word && inRun {
			cells[r-1] &^= unitEnd // the run goes on
		}
		cells[r], offs[r] = uint32(code)|unitEnd, int32(b)
		inRun = word
		b += size
	}
	offs[r] = int32(len(text))
	return r
}

// Tokens cuts one sentence and gives each word its rune offsets in it.
// The result is a new slice (cut from a slab shared with other results, with
// its own capacity), which the caller may change.
func (s *Segmenter) Tokens(sentence string) []extract.Token {
	if sentence == "" {
		return []extract.Token{}
	}
	sc := s.pool.Get().(*cutScratch)
	n, count := s.cut(sc, sentence)
	if len(sc.tokens) < count {
		sc.tokens = make([]extract.Token, max(tokenSlab, count))
	}
	out := sc.tokens[:count:count]
	sc.tokens = sc.tokens[count:]
	s.fill(sc, sentence, n, out)
	s.pool.Put(sc)
	return out
}

// AppendTokens appends the tokens of sentence (Tokens) to dst: a caller
// that reuses dst allocates nothing.
func (s *Segmenter) AppendTokens(dst []extract.Token, sentence string) []extract.Token {
	if sentence == "" {
		return dst
	}
	sc := s.pool.Get().(*cutScratch)
	n, count := s.cut(sc, sentence)
	dst = slices.Grow(dst, count)
	s.fill(sc, sentence, n, dst[len(dst):len(dst)+count])
	s.pool.Put(sc)
	return dst[:len(dst)+count]
}

// cut finds the words of sentence: the best path to the end of each of its
// characters, in sc.steps. It returns the number of characters and of words.
func (s *Segmenter) cut(sc *cutScratch, sentence string) (n, count int) {
	d := s.dict
	n = sc.split(d, sentence)
	if cap(sc.steps) < n {
		sc.steps = make([]step, n+n/2)
	}
	steps, cells := sc.steps[:n], sc.cells[:n]
	clear(steps)
	// Forward: the cheapest path to the end of every unit (gse's
	// segmentWords). The words that begin at a unit are found in order of
	// length by walking the trie along the characters (gse's
	// LookupTokens): a word ends only where a unit does.
	var base float32
	for cur := 0; cur < n; {
		if cur > 0 {
			base = steps[cur-1].distance
		}
		last := cur // the unit's last character
		for cells[last]&unitEnd == 0 {
			last++
		}
		single := false // a word of the one unit
		st, ok := d.Start(uint16(cells[cur]))
		for i := cur; ok; {
			if cells[i]&unitEnd != 0 {
				if w := st.Word(); w != 0 {
					single = single || i == last
					if dist := base + d.Cost(w); steps[i].distance == 0 || steps[i].distance > dist {
						steps[i] = step{distance: dist, word: w, start: int32(cur)}
					}
				}
			}
			if i++; i == n {
				break
			}
			st, ok = d.Next(st, uint16(cells[i]))
		}
		if !single { // the unit alone, unknown
			if dist := base + unknownDistance; steps[last].distance == 0 || steps[last].distance > dist {
				steps[last] = step{distance: dist, word: 0, start: int32(cur)}
			}
		}
		cur = last + 1
	}
	// Back: count the words.
	for end := n - 1; end >= 0; end = int(steps[end].start) - 1 {
		count++
	}
	return n, count
}

// fill writes the words cut found, from the end back, into out (as many
// as the words).
func (s *Segmenter) fill(sc *cutScratch, sentence string, n int, out []extract.Token) {
	steps, offs := sc.steps[:n], sc.offs[:n+1]
	count := len(out)
	for end := n - 1; end >= 0; {
		count--
		st := steps[end]
		tag := unknownTag
		if st.word != 0 {
			tag = s.dict.Tag(st.word)
		}
		out[count] = extract.Token{Text: sentence[offs[st.start]:offs[end+1]], Pos: tag, Start: int(st.start), End: end + 1}
		end = int(st.start) - 1
	}
}

// TagsFromZhS says that the segmenter's words and tags are those of gse's
// simplified-Chinese dictionary (attach uses it to know which phrases can
// begin with a place name without segmenting them).
func (s *Segmenter) TagsFromZhS() bool { return true }
