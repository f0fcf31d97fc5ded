package pipeline

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/go-ego/gse"

	"github.com/zhmetrics/zhmetrics/extract"
)

// Segmenter cuts sentences into words with part-of-speech tags. It loads
// gse's simplified-Chinese dictionary (an embedded copy, so a binary needs no
// files at run time) into a gse Dictionary and cuts with gse's own
// shortest-path algorithm over it (gse's Dictionary.LookupTokens) — but
// without the allocations of gse's Pos: no copy of the text, no []Segment, no
// strings built for words the caller already holds. TestSegmenterMatchesGse
// checks that the words and tags are gse's Pos, word for word. The dictionary
// never changes after the load (wordOf depends on it). One Segmenter is safe
// for concurrent use: gse only reads its dictionary while cutting
// (TestSegmenterConcurrent under -race), and each call takes its own scratch
// space.
type Segmenter struct {
	seg  gse.Segmenter
	info []wordInfo // by index in seg.Dict.Tokens
	tags []string   // wordInfo.tag → part-of-speech tag
	max  int        // the longest dictionary word, in units
	pool sync.Pool  // *cutScratch
}

// wordInfo is what the cut needs of a dictionary word: its length in units
// (see unit), its path cost, as gse computes it (log2 of the total
// frequency minus log2 of the word's), and its tag. It holds no pointers, so
// the garbage collector does not scan the table.
type wordInfo struct {
	units    uint16
	tag      uint16
	distance float32
}

// unknownDistance and unknownTag are gse's for a character no word starts with.
const (
	unknownDistance = 32
	unknownTag      = "x"
)

// zhDict is gse's simplified-Chinese dictionary (see data/gse/README.md).
//
//go:generate sh -c "cp $(go list -m -f '{{.Dir}}' github.com/go-ego/gse)/data/dict/zh/s_1.txt data/gse/zh_s.txt && chmod 644 data/gse/zh_s.txt"
//go:embed data/gse/zh_s.txt
var zhDict string

var (
	sharedSeg     *Segmenter
	sharedSegErr  error
	sharedSegOnce sync.Once
)

// LoadSegmenter loads the dictionary once per process and returns the shared segmenter.
func LoadSegmenter() (*Segmenter, error) {
	sharedSegOnce.Do(func() { sharedSeg, sharedSegErr = newSegmenter() })
	return sharedSeg, sharedSegErr
}

// newSegmenter loads the embedded dictionary into a new Segmenter.
func newSegmenter() (*Segmenter, error) {
	s := &Segmenter{}
	s.seg.SkipLog = true
	s.seg.NotLoadHMM = true // the HMM guesses words not in the dictionary; the cut does not use it
	s.seg.Dict = gse.NewDict()
	s.seg.Init()
	if err := s.load(zhDict); err != nil {
		return nil, err
	}
	return s, nil
}

// load adds the words of a gse dictionary file (word, frequency, tag per
// line) to gse's dictionary, reading each line as gse's LoadDictStr does, and
// builds the word table. It skips what LoadDictStr does after that: cutting
// every word for gse's search mode (CalcToken), half of gse's load time and
// never used here; so gse's own Pos must not be called on s.seg (its path
// costs are not set: the word table holds them).
func (s *Segmenter) load(text string) error {
	dict := s.seg.Dict
	lines := strings.Count(text, "\n") + 1
	dict.Tokens = slices.Grow(dict.Tokens, lines) // one allocation, not one per doubling
	s.info = make([]wordInfo, 0, lines)
	// One goroutine reads the lines into gse tokens while this one adds them
	// to the trie, which must be done in order: the load uses both cores.
	type entry struct {
		line, word, tag string
		n               int
		token           gse.Token
	}
	batches := make(chan []entry, 4)
	go func() {
		defer close(batches)
		batch := make([]entry, 0, 4096)
		for n := 1; text != ""; n++ {
			var line string
			line, text, _ = strings.Cut(text, "\n")
			// gse splits the line at spaces and reads the first three fields.
			fields := strings.Count(line, " ") + 1
			word, rest, _ := strings.Cut(line, " ")
			freqText, rest, _ := strings.Cut(rest, " ")
			tag, _, _ := strings.Cut(rest, " ")
			word, freqText, tag = strings.TrimSpace(word), strings.TrimSpace(freqText), strings.TrimSpace(tag)
			freq := s.seg.Size(fields, word, freqText)
			if freq == 0 {
				continue
			}
			batch = append(batch, entry{line, word, tag, n, s.seg.ToToken(word, freq, tag)})
			if len(batch) == cap(batch) {
				batches <- batch
				batch = make([]entry, 0, 4096)
			}
		}
		batches <- batch
	}()
	tagID := map[string]uint16{}
	var sc cutScratch
	var err error
	for batch := range batches {
		for _, e := range batch {
			if err != nil {
				continue // drain the channel
			}
			before := len(dict.Tokens)
			if err = dict.AddToken(e.token); err != nil {
				err = fmt.Errorf("gse dictionary line %d (%q): %w", e.n, e.line, err)
				continue
			}
			if len(dict.Tokens) == before {
				continue // a word listed twice: gse keeps the first
			}
			id, ok := tagID[e.tag]
			if !ok {
				id = uint16(len(s.tags))
				tagID[e.tag] = id
				s.tags = append(s.tags, e.tag)
			}
			sc.split(e.word)
			s.info = append(s.info, wordInfo{units: uint16(len(sc.units)), tag: id})
		}
	}
	if err != nil {
		return err
	}
	if len(s.info) != len(dict.Tokens) {
		return fmt.Errorf("gse dictionary: %d words in the table, %d in gse's", len(s.info), len(dict.Tokens))
	}
	// The path cost of a word needs the total frequency, known only now;
	// the same float32 arithmetic as gse's CalcToken.
	logTotal := float32(math.Log2(dict.TotalFreq()))
	for i := range s.info {
		s.info[i].distance = logTotal - float32(math.Log2(dict.Tokens[i].Freq()))
	}
	s.max = dict.MaxTokenLen()
	s.pool.New = func() any { return new(cutScratch) }
	return nil
}

// wordOf returns the index in the dictionary of a token LookupTokens found.
func (s *Segmenter) wordOf(t *gse.Token) int {
	base := unsafe.Pointer(unsafe.SliceData(s.seg.Dict.Tokens))
	return int((uintptr(unsafe.Pointer(t)) - uintptr(base)) / unsafe.Sizeof(gse.Token{}))
}

// unit is one letter of gse's alphabet: a character, or a run of Latin
// letters and digits (GDP, 2024), with its byte and rune span in the text.
type unit struct{ b0, b1, r0, r1 int32 }

// step is the best path found to the end of a unit: its cost and the word
// that ends it (its index in the dictionary, or -1 for a single unknown unit).
type step struct {
	distance float32
	word     int32
	units    int32
}

// cutScratch is one call's working space, reused through the pool.
type cutScratch struct {
	units []unit
	words []gse.Text // the units as gse looks them up (Latin runs lower-cased)
	lower []byte
	steps []step
	found []*gse.Token
}

// split cuts text into units the way gse's SplitTextToWords does (letters and
// digits of one or two UTF-8 bytes run together and are lower-cased).
func (sc *cutScratch) split(text string) {
	sc.units, sc.words = sc.units[:0], sc.words[:0]
	sc.lower = append(sc.lower[:0], text...)
	for i, c := range sc.lower {
		if c >= 'A' && c <= 'Z' {
			sc.lower[i] = c + 'a' - 'A'
		}
	}
	add := func(b0, b1, r0, r1 int) {
		sc.units = append(sc.units, unit{int32(b0), int32(b1), int32(r0), int32(r1)})
		sc.words = append(sc.words, sc.lower[b0:b1:b1])
	}
	runStart, runRune, inRun := 0, 0, false
	r := 0
	for b := 0; b < len(text); r++ {
		c, size := utf8.DecodeRuneInString(text[b:])
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

// Tokens cuts one sentence and gives each word its rune offsets in it.
func (s *Segmenter) Tokens(sentence string) []extract.Token {
	if sentence == "" {
		return []extract.Token{}
	}
	sc := s.pool.Get().(*cutScratch)
	defer s.pool.Put(sc)
	sc.split(sentence)
	n := len(sc.units)
	sc.steps = append(sc.steps[:0], make([]step, n)...)
	if cap(sc.found) < s.max {
		sc.found = make([]*gse.Token, s.max)
	}
	steps := sc.steps
	// Forward: the cheapest path to the end of every unit (gse's segmentWords).
	for cur := 0; cur < n; cur++ {
		var base float32
		if cur > 0 {
			base = steps[cur-1].distance
		}
		nf := s.seg.Dict.LookupTokens(sc.words[cur:min(cur+s.max, n)], sc.found)
		for _, t := range sc.found[:nf] {
			w := s.wordOf(t)
			in := s.info[w]
			end := cur + int(in.units) - 1
			if d := base + in.distance; steps[end].distance == 0 || steps[end].distance > d {
				steps[end] = step{distance: d, word: int32(w), units: int32(in.units)}
			}
		}
		if nf == 0 || s.info[s.wordOf(sc.found[0])].units > 1 {
			if d := base + unknownDistance; steps[cur].distance == 0 || steps[cur].distance > d {
				steps[cur] = step{distance: d, word: -1, units: 1}
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
		first, last := sc.units[end-int(steps[end].units)+1], sc.units[end]
		tag := unknownTag
		if w := steps[end].word; w >= 0 {
			tag = s.tags[s.info[w].tag]
		}
		out[count] = extract.Token{Text: sentence[first.b0:last.b1], Pos: tag, Start: int(first.r0), End: int(last.r1)}
	}
	return out
}
