package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"github.com/zhmetrics/zhmetrics/attach"
	"github.com/zhmetrics/zhmetrics/dataset"
	"github.com/zhmetrics/zhmetrics/extract"
	"github.com/zhmetrics/zhmetrics/timescope"
)

// Document statuses.
const (
	StatusOK      = dataset.StatusOK
	StatusError   = dataset.StatusError
	StatusSkipped = dataset.StatusSkipped
)

// Document is one input after the pipeline: its metadata and its figures.
type Document struct {
	Input
	Bytes     int64
	SHA256    string
	Encoding  string
	Meta      Meta
	Sentences int
	Figures   []Figure
	Status    string
	Error     string
}

// Figure is a figure of a document: offsets are rune offsets into the
// decoded document text (before normalisation), End exclusive.
type Figure struct {
	extract.Figure
	SentenceIndex int
	Sentence      string // the sentence as written in the source
}

// Process runs every stage on one document's bytes: decode, normalise, read
// the header, split sentences, segment, extract, attach. It never panics: a panic in
// a stage is recorded as the document's error. It is a pure function of its
// arguments, shared by `zhmetrics run`, `zhmetrics extract` and the Beam DoFn.
// It reads raw in place (raw must not change while it runs) and the
// Document keeps none of it; its working memory is a worker's scratch
// (scratches), which the Document does not point into either.
func Process(seg *Segmenter, in Input, raw []byte) Document {
	sc := scratches.Get().(*scratch)
	doc := process(seg, sc, in, raw)
	sc.release()
	scratches.Put(sc)
	return doc
}

// process is Process with sc as its working memory.
func process(seg *Segmenter, sc *scratch, in Input, raw []byte) (doc Document) {
	sum := sha256.Sum256(raw)
	doc = Document{Input: in, Bytes: int64(len(raw)), SHA256: hex.EncodeToString(sum[:]), Status: StatusOK}
	defer func() {
		if r := recover(); r != nil {
			doc.Figures = nil
			doc.Status = StatusError
			doc.Error = fmt.Sprintf("panic while processing: %v\n%s", r, firstLines(string(debug.Stack()), 12))
		}
	}()
	if len(raw) == 0 {
		doc.Status, doc.Error = StatusSkipped, "empty file"
		return doc
	}
	var text string
	var src sourceText // text read as runes, when the decoder did it
	switch in.Kind {
	case KindJSONL:
		_, line, err := parseJSONLine(raw)
		if err != nil {
			doc.Status, doc.Error = StatusError, fmt.Sprintf("line %d: %v", in.Line, err)
			return doc
		}
		_, doc.Encoding, _ = jsonlUTF8(raw)
		text = *line.Text
		doc.Meta = Meta{Title: line.Title, URL: line.URL, Date: findDate(line.Date)}
		if doc.Meta.Date.IsZero() {
			doc.Meta.Date = ParseHeader(text).Date
		}
	default:
		var err error
		src, doc.Encoding, err = sc.decodeSource(raw)
		if err != nil {
			doc.Status, doc.Error = StatusError, err.Error()
			return doc
		}
		text = src.text
		if in.Kind == KindHTML {
			if text, doc.Meta, err = HTMLText(text); err != nil {
				doc.Status, doc.Error = StatusError, "HTML: "+err.Error()
				return doc
			}
			src = sourceText{} // the page's text is another
		} else {
			doc.Meta = ParseHeader(text)
		}
		// The text may be raw's bytes (decodeSource): what the document
		// keeps of it is copied.
		m := &doc.Meta
		m.Title, m.URL, m.Frame = strings.Clone(m.Title), strings.Clone(m.URL), strings.Clone(m.Frame)
	}
	if strings.TrimSpace(text) == "" {
		doc.Status, doc.Error = StatusSkipped, "no text"
		return doc
	}
	if src.runes == nil {
		src = sc.readSource(text)
	}
	doc.Sentences, doc.Figures = extractText(seg, sc, src, doc.Meta)
	return doc
}

// DecodeNormalize runs the first stages of Process on a text document's
// bytes as Process runs them, in a worker's scratch: decode, read as runes,
// normalise, simplify; it returns the number of runes of the normalised
// text. It is for timing those stages (zhbench -mode decode): Normalize,
// which also builds the whole map back to the source and a string, is not
// Process's path.
func DecodeNormalize(raw []byte) (int, error) {
	sc := scratches.Get().(*scratch)
	defer func() {
		sc.release()
		scratches.Put(sc)
	}()
	nrs, err := sc.decodeNormalize(raw)
	return len(nrs), err
}

// decodeNormalize is DecodeNormalize; the runes are in sc.
func (sc *scratch) decodeNormalize(raw []byte) ([]rune, error) {
	src, _, err := sc.decodeSource(raw)
	if err != nil {
		return nil, err
	}
	if src.runes == nil {
		src = sc.readSource(src.text)
	}
	nrs, _ := sc.normalize(src.runes)
	simplifyRunes(nrs)
	return nrs, nil
}

// extractText is extractSource; tests swap it to check that a panic is recovered.
var extractText = extractSource

// ExtractText finds the figures of decoded text; it returns the number of
// sentences and the figures with offsets into text. The stages run in order:
// extraction reads one sentence at a time; the attachment stage (attach)
// decides metrics and changes with the whole document in view; the time scope
// stage (timescope) gives each figure its period and interval, against the
// document's title, date and carried frame in meta; last, offsets are mapped
// back to the source and the metric and period copied from it as written.
func ExtractText(seg *Segmenter, text string, meta Meta) (int, []Figure) {
	sc := scratches.Get().(*scratch)
	n, figs := extractSource(seg, sc, sc.readSource(text), meta)
	sc.release()
	scratches.Put(sc)
	return n, figs
}

// extractSource is ExtractText on the text read as runes, with sc as its
// working memory (src may be in it too).
func extractSource(seg *Segmenter, sc *scratch, src sourceText, meta Meta) (int, []Figure) {
	nrs, orig := sc.normalize(src.runes)
	norm := sourceMap(orig) // the map back to src, nil for the identity; the text is nrs
	simplified := simplifyRunes(nrs)
	sc.sentences = appendSentences(sc.sentences[:0], nrs)
	sentences := sc.sentences
	found, sentOf := sc.sentenceFigures(seg, nrs, sentences, meta.Bare)
	if len(found) == 0 {
		return len(sentences), nil
	}
	var tok extract.Tokenizer
	if seg != nil {
		tok = seg
	}
	attach.Attach(attachDocument(meta, nrs, sentences, simplified), found, sentOf, tok)
	sc.spans = appendFigureSpans(sc.spans[:0], found)
	periods := timescope.Assign(timescope.Doc{Text: nrs, Title: meta.Title, Date: meta.Date, Frame: meta.Frame}, sc.spans)
	figs := make([]Figure, len(found))
	strs := figureStrings{src: &src, pieces: sc.pieces[:0]}
	for k := range found {
		figs[k] = Figure{Figure: found[k], SentenceIndex: sentOf[k]}
		fig, f := &figs[k], &figs[k].Figure
		if k == 0 || sentOf[k] != sentOf[k-1] { // the figures of a sentence share its text
			sp := sentences[sentOf[k]]
			s0, s1 := norm.SourceSpan(sp.Start, sp.End)
			strs.add(&fig.Sentence, s0, s1)
		}
		f.Start, f.End = norm.SourceSpan(f.Start, f.End)
		f.End = trimSpaceEnd(src.runes, f.Start, f.End)
		strs.add(&f.Surface, f.Start, f.End)
		if f.MetricStart >= 0 { // the metric as written in the source
			f.MetricStart, f.MetricEnd = norm.SourceSpan(f.MetricStart, f.MetricEnd)
			f.MetricEnd = trimSpaceEnd(src.runes, f.MetricStart, f.MetricEnd)
			f.Metric = extract.MetricText(src.runes, f.MetricStart, f.MetricEnd)
		}
		p := periods[k]
		f.Period, f.PeriodStart, f.PeriodEnd = "", p.Interval.Start, p.Interval.End
		if p.Start >= 0 { // the expression as written in the source
			a, b := norm.SourceSpan(p.Start, p.End)
			strs.add(&f.Period, a, trimSpaceEnd(src.runes, a, b))
		} else if !p.Interval.Start.IsZero() || !p.Interval.End.IsZero() {
			f.Period = p.Text // the document's frame, carried in meta.Frame
		}
	}
	strs.copy()
	sc.pieces = strs.pieces
	for k := 1; k < len(figs); k++ {
		if sentOf[k] == sentOf[k-1] {
			figs[k].Sentence = figs[k-1].Sentence
		}
	}
	return len(sentences), figs
}

// figureStrings gathers the spans of a document's source text that become
// strings of its figures (surfaces, sentences, periods), then copies them
// all into one allocation: as many strings as figures would be as many
// allocations, and substrings of the text would keep it whole alive as
// long as its figures.
type figureStrings struct {
	src    *sourceText
	pieces []stringPiece
	bytes  int
}

// stringPiece is a span of the source text (byte offsets) and where its copy goes.
type stringPiece struct {
	to         *string
	start, end int32
}

// add asks for the runes [start, end) of the source in *to.
func (fs *figureStrings) add(to *string, start, end int) {
	p := stringPiece{to, fs.src.at[start], fs.src.at[end]}
	fs.pieces = append(fs.pieces, p)
	fs.bytes += int(p.end - p.start)
}

// copy makes the strings asked for.
func (fs *figureStrings) copy() {
	var b strings.Builder
	b.Grow(fs.bytes)
	for _, p := range fs.pieces {
		b.WriteString(fs.src.text[p.start:p.end])
	}
	all := b.String()
	for _, p := range fs.pieces {
		n := p.end - p.start
		*p.to, all = all[:n], all[n:]
	}
}

// trimSpaceEnd is the end of the source span [start, end) without the
// spaces normalising dropped at its end (68种 before a space that parted it
// from a digit: scriptSpace); a gloss dropped there stays in it, as written
// (入境游客總數(shù)).
func trimSpaceEnd(rs []rune, start, end int) int {
	for end > start && scriptSpaceRune(rs[end-1]) {
		end--
	}
	return end
}

// sourceMap maps rune offsets of a normalised text back to its source
// through the map of normalizeRunes (nil: the identity).
type sourceMap []int

// SourceSpan maps a span of the normalised text back to the source.
func (m sourceMap) SourceSpan(start, end int) (int, int) {
	if m == nil {
		return start, end
	}
	return m[start], m[end]
}

// sentenceFigures runs the sentence rules on every sentence that has a
// numeral: the figures, with offsets into nrs, and the sentence of each, in
// the scratch's figures, with the scratch's token buffer; declared is the unit of amounts with a scale and
// no unit that an earlier chunk of the document declared (Meta.Bare), or nil.
func (sc *scratch) sentenceFigures(seg *Segmenter, nrs []rune, sentences []Span, declared *extract.Unit) (found []extract.Figure, sentOf []int) {
	found, sentOf = sc.found[:0], sc.sentOf[:0]
	tok := &sc.tokens
	tok.seg = seg
	for si, sp := range sentences {
		if !hasNumeral(nrs[sp.Start:sp.End]) {
			continue // no number, no figure: skip the segmenter
		}
		if u := extract.DeclaredUnit(nrs[sp.Start:sp.End]); u != nil {
			declared = u // the unit of amounts with a scale and no unit from here on (（台币，下同）)
		}
		n := len(found)
		if seg != nil {
			tok.buf = tok.buf[:0] // the tokens of the sentence before are no longer read
			// The rules segment only the clauses with figures. The figures
			// come without their sentence's period: timescope gives each
			// its period from the whole document (Process).
			found = extract.AppendWithUnit(found, nrs[sp.Start:sp.End], tok, declared)
		} else {
			found = append(found, extract.Extract(string(nrs[sp.Start:sp.End]), nil)...)
		}
		for k := n; k < len(found); k++ { // offsets in the sentence → in the text
			f := &found[k]
			f.Start, f.End = sp.Start+f.Start, sp.Start+f.End
			if f.MetricStart >= 0 {
				f.MetricStart, f.MetricEnd = sp.Start+f.MetricStart, sp.Start+f.MetricEnd
			}
			sentOf = append(sentOf, si)
		}
	}
	sc.found, sc.sentOf = found, sentOf
	return found, sentOf
}

// simplifiedRunes is text as the stages read it (normalised runes,
// simplified in place), without the map back to the source: for what a
// streamed document's chunk passes to the next (chunkFrame, lastDeclared).
func simplifiedRunes(text string) []rune {
	nrs := normalizedRunes(text)
	simplifyRunes(nrs)
	return nrs
}

// lastDeclared is the unit the last declaration of text declares, read as
// sentenceFigures reads it (normalised and simplified, sentence by sentence,
// in the sentences that hold a number), or nil if text declares none: what a
// streamed document's next chunk carries (Meta.Bare).
func lastDeclared(text string) *extract.Unit {
	nrs := simplifiedRunes(text)
	var last *extract.Unit
	for _, sp := range appendSentences(nil, nrs) {
		if s := nrs[sp.Start:sp.End]; hasNumeral(s) {
			if u := extract.DeclaredUnit(s); u != nil {
				last = u
			}
		}
	}
	return last
}

// attachDocument is the view of a document the attachment stage reads. The
// title is normalised, and simplified when the text was, like the text.
func attachDocument(meta Meta, nrs []rune, sentences []Span, simplified bool) attach.Document {
	doc := attach.Document{Title: meta.Title, Text: nrs, Sentences: sentences, Continues: meta.Continues}
	if meta.Title != "" {
		title := normalizedRunes(meta.Title)
		if table, err := t2s(); simplified && err == nil {
			table.simplify(title)
		}
		doc.TitleText = title
	}
	return doc
}

// figureSpans are the figures' places, for the time scope stage.
func figureSpans(found []extract.Figure) []timescope.Span { return appendFigureSpans(nil, found) }

// appendFigureSpans appends the figures' places to spans.
func appendFigureSpans(spans []timescope.Span, found []extract.Figure) []timescope.Span {
	for _, f := range found {
		spans = append(spans, timescope.Span{Start: f.Start, End: f.End})
	}
	return spans
}

// numeralChars are the characters other than 0-9 a number can be written
// with, as extract reads them (廿 and 卅 too: a list of our own missed them).
var numeralChars = string(extract.NumeralChars())

// numeralBits marks numeralChars, all between numeralLow and numeralHigh
// (○ U+25CB is the lowest), by code point: a lookup in a bitmap, not a map,
// as it is asked of every character of a text.
const numeralLow, numeralHigh = 0x2500, 0xa000

var numeralBits = func() (bits [(numeralHigh - numeralLow) / 64]uint64) {
	for _, r := range numeralChars {
		if r < numeralLow || r >= numeralHigh {
			panic(fmt.Sprintf("numeral %q outside the bitmap", r))
		}
		bits[(r-numeralLow)/64] |= 1 << ((r - numeralLow) % 64)
	}
	return bits
}()

// isNumeralChar reports whether r is one of numeralChars.
func isNumeralChar(r rune) bool {
	u := uint32(r - numeralLow) // unsigned: one comparison, and no sign to mind in / and %
	return u < numeralHigh-numeralLow && numeralBits[u/64]&(1<<(u%64)) != 0
}

// hasNumeral reports whether rs has any character a number can be written with.
func hasNumeral(rs []rune) bool {
	for _, r := range rs {
		if uint32(r-'0') <= 9 || isNumeralChar(r) {
			return true
		}
	}
	return false
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}

// ReadAndProcess reads one input (a file, or a line of a JSONL file) and
// processes it; inputs larger than maxBytes are skipped, unreadable ones and
// broken JSONL lines are errors.
func ReadAndProcess(seg *Segmenter, in Input, maxBytes int64) Document {
	raw, skip, err := ReadInput(in, maxBytes)
	if err != nil { // a bad JSONL line keeps its size
		return Document{Input: in, Bytes: in.Length, Status: StatusError, Error: err.Error()}
	}
	if skip != "" {
		return Document{Input: in, Bytes: int64(len(raw)), Status: StatusSkipped, Error: skip}
	}
	return Process(seg, in, raw)
}

// skipOverMax is why a document of size bytes is skipped.
func skipOverMax(size, maxBytes int64) string {
	return fmt.Sprintf("%d bytes, over --max-bytes %d", size, maxBytes)
}

// ReadInput reads an input's bytes. skip says why it is not read (over maxBytes).
func ReadInput(in Input, maxBytes int64) (raw []byte, skip string, err error) {
	if in.Err != "" {
		return nil, "", errors.New(in.Err)
	}
	if in.Skip != "" {
		return nil, in.Skip, nil
	}
	if in.Data != nil {
		if maxBytes > 0 && int64(len(in.Data)) > maxBytes {
			return nil, skipOverMax(int64(len(in.Data)), maxBytes), nil
		}
		return in.Data, "", nil
	}
	if in.Kind != KindJSONL {
		return readPath(in.Path, maxBytes)
	}
	f, err := os.Open(in.Path)
	if err != nil {
		return nil, "", err
	}
	defer f.Close()
	if maxBytes > 0 && in.Length > maxBytes {
		return nil, skipOverMax(in.Length, maxBytes), nil
	}
	raw = make([]byte, in.Length)
	if _, err := f.ReadAt(raw, in.Offset); err != nil {
		return nil, "", fmt.Errorf("line %d: %w", in.Line, err)
	}
	return raw, "", nil
}
