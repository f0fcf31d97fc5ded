package pipeline

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/zhmetrics/zhmetrics/dataset"
	"github.com/zhmetrics/zhmetrics/extract"
	"github.com/zhmetrics/zhmetrics/schema"
	"github.com/zhmetrics/zhmetrics/timescope"
)

// Streaming. A text document larger than Options.StreamBytes is not read
// whole: it is read in chunks of about ChunkBytes (256 KiB) cut at line (paragraph)
// boundaries, the chunks are processed by the workers, and their figure rows
// are written in order, a row group at a time, as they come. Memory holds a
// few chunks and one row group, whatever the document's size. Figures,
// offsets and sentence numbers are those of the whole document (sentences
// never cross a line break, so cutting at one changes nothing), except in a
// line longer than 4 chunks, which is cut where no figure can be (see
// safeCut's rule) instead of at MaxSentenceRunes.
//
// Each chunk starts at a paragraph boundary and goes through ExtractChunk with
// the document's Meta (title, date from its header): the contract for
// document-level stages.

// Defaults for streaming.
const (
	DefaultStreamBytes = 8 << 20
	ChunkBytes         = 256 << 10
)

// chunkBytes is ChunkBytes; tests lower it.
var chunkBytes = ChunkBytes

// chunkError is a problem of the document (not of the dataset): the document
// gets an error row and the run goes on.
type chunkError struct{ err error }

func (e chunkError) Error() string { return e.err.Error() }

// ExtractChunk finds the figures of one chunk of a document: text starts at
// a paragraph boundary; meta is the document's. Document-level stages run
// here, on each chunk, as they would on the whole document.
func ExtractChunk(seg *Segmenter, meta Meta, text string) (int, []Figure) {
	return ExtractText(seg, text, meta)
}

// chunkFrame is the time frame of a document's first chunk (its title's or
// lead's time), which the later chunks carry in Meta.Frame.
func chunkFrame(text string, meta Meta) string {
	return timescope.FrameOf(timescope.Doc{Text: simplifiedRunes(text), Title: meta.Title, Date: meta.Date})
}

// streams reports whether a document is processed by streaming.
func streams(in Input, size int64, opts Options) bool {
	return opts.StreamBytes > 0 && size > opts.StreamBytes && in.Kind == KindText && in.Data == nil && in.Err == "" && in.Skip == "" &&
		(opts.MaxBytes <= 0 || size <= opts.MaxBytes)
}

// streamDocument processes one large text document into its own part in
// stage. A problem of the document gives an error row (the returned Document
// says which); an error means the part could not be written.
func streamDocument(ctx context.Context, seg *Segmenter, in Input, stage string, opts Options) (dataset.Part, Document, error) {
	doc := Document{Input: in, Status: StatusOK}
	if os.Getenv("GOGC") == "" {
		// The live heap is the dictionary and a few chunks: collect at 50%
		// (not the batch run's 200%) so the peak stays near the seeds' one.
		defer debug.SetGCPercent(debug.SetGCPercent(50))
	}
	p, err := dataset.WriteStreamed(stage, opts.Format, opts.Version, func(add func([]schema.FigureRow) error) (dataset.ManifestDoc, schema.DocumentRow, error) {
		n, err := streamChunks(ctx, seg, &doc, opts.Workers, add)
		row := DocumentRow(doc, time.Now().UTC())
		row.Figures = int32(n)
		return dataset.ManifestDoc{DocID: doc.DocID, Path: doc.Path, SHA256: doc.SHA256, Bytes: doc.Bytes, Status: doc.Status, Figures: n},
			row, err
	})
	var ce chunkError
	if errors.As(err, &ce) {
		doc = Document{Input: in, Bytes: doc.Bytes, Status: StatusError, Error: ce.Error()}
		p, err = WritePart(stage, opts.Format, opts.Version, []Document{doc})
	}
	doc.Figures = nil
	return p, doc, err
}

// streamChunks reads doc's file chunk by chunk, processes the chunks with
// workers and hands their rows to add in order. It fills in doc's size,
// SHA-256, encoding, meta and sentences, and returns the number of figures.
func streamChunks(ctx context.Context, seg *Segmenter, doc *Document, workers int, add func([]schema.FigureRow) error) (figures int, err error) {
	f, err := os.Open(doc.Path)
	if err != nil {
		return 0, chunkError{err}
	}
	defer f.Close()
	h := sha256.New()
	r := bufio.NewReaderSize(io.TeeReader(f, h), ChunkBytes)
	var pending []byte
	eof := false
	// readMore appends up to one chunk of raw bytes to pending.
	readMore := func() error {
		buf := make([]byte, chunkBytes)
		n, err := io.ReadFull(r, buf)
		pending = append(pending, buf[:n]...)
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			eof = true
		} else if err != nil {
			return err
		}
		return nil
	}
	// next returns the next chunk of raw bytes, cut after a line break.
	next := func() ([]byte, error) {
		for !eof && len(pending) < chunkBytes {
			if err := readMore(); err != nil {
				return nil, err
			}
		}
		if len(pending) == 0 {
			return nil, io.EOF
		}
		cut := len(pending)
		if !eof || len(pending) > chunkBytes {
			for {
				if i := bytes.LastIndexByte(pending[:min(len(pending), 4*chunkBytes)], '\n'); i >= 0 {
					cut = i + 1
					break
				}
				if len(pending) >= 4*chunkBytes {
					cut = safeByteCut(pending[:4*chunkBytes], doc.Encoding)
					break
				}
				if eof {
					break
				}
				if err := readMore(); err != nil {
					return nil, err
				}
			}
		}
		c := append([]byte(nil), pending[:cut]...)
		pending = append(pending[:0:0], pending[cut:]...)
		return c, nil
	}

	// The first chunk decides the encoding and gives the header (title, date).
	first, err := next()
	if err == io.EOF {
		doc.Status, doc.Error = StatusSkipped, "empty file"
		return 0, nil
	}
	if err != nil {
		return 0, chunkError{err}
	}
	text, enc, err := Decode(first)
	if err != nil {
		return 0, chunkError{err}
	}
	if enc == EncUTF16LE || enc == EncUTF16BE {
		return 0, chunkError{fmt.Errorf("%s document over the streaming threshold: convert it to UTF-8 or GB18030", enc)}
	}
	doc.Encoding, doc.Meta = enc, ParseHeader(text)
	later := doc.Meta // the later chunks carry the first chunk's time frame
	later.Frame = chunkFrame(text, doc.Meta)
	later.Continues = true
	byteOffset := int64(len(first))
	decode := func(raw []byte, at int64) (string, error) {
		switch doc.Encoding {
		case EncGB18030:
			s, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
			if err != nil {
				return "", &DecodeError{Reason: "invalid GB18030: " + err.Error(), Offset: int(at)}
			}
			return string(s), nil
		default:
			if !utf8.Valid(raw) {
				_, i := invalidUTF8(raw)
				return "", &DecodeError{Reason: "invalid UTF-8", Offset: int(at) + i}
			}
			if i := bytes.IndexByte(raw, 0); i >= 0 {
				return "", &DecodeError{Reason: "binary data (NUL byte)", Offset: int(at) + i}
			}
			return string(raw), nil
		}
	}

	type result struct {
		runes, sentences int
		figs             []Figure
		err              error
	}
	// A chunk's amounts with a scale and no unit take the unit the chunks
	// before it declared last (（台币，下同）): each job reads the unit
	// declared before it from bareIn, and passes on, to the next job's, its
	// own last declaration or else that one. A job sends on bareOut before it
	// extracts (and whatever its text), so the chunks are still processed
	// side by side and a job never waits for a later one.
	type job struct {
		text            string
		raw             []byte
		at              int64
		first           bool
		out             chan result
		bareIn, bareOut chan *extract.Unit
	}
	jobs := make(chan job)
	order := make(chan chan result, workers) // bounds the chunks in memory
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				text := j.text
				var err error
				if j.raw != nil {
					text, err = decode(j.raw, j.at)
				}
				var own *extract.Unit
				if err == nil {
					own = lastDeclared(text)
				}
				bare := <-j.bareIn
				j.bareOut <- cmp.Or(own, bare)
				if err != nil {
					j.out <- result{err: err}
					continue
				}
				meta := later
				if j.first {
					meta = doc.Meta
				}
				meta.Bare = bare
				n, figs := ExtractChunk(seg, meta, text)
				j.out <- result{runes: utf8.RuneCountInString(text), sentences: n, figs: figs}
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() { // the reader: chunks to the workers, in order
		defer close(jobs)
		defer close(order)
		out := make(chan result, 1)
		order <- out
		bareIn, bareOut := make(chan *extract.Unit, 1), make(chan *extract.Unit, 1)
		bareIn <- nil // nothing is declared before the first chunk
		jobs <- job{text: text, first: true, out: out, bareIn: bareIn, bareOut: bareOut}
		for ctx.Err() == nil {
			raw, err := next()
			if err == io.EOF {
				break
			}
			if err != nil {
				readErr <- err
				return
			}
			out := make(chan result, 1)
			order <- out
			bareIn, bareOut = bareOut, make(chan *extract.Unit, 1)
			jobs <- job{raw: raw, at: byteOffset, out: out, bareIn: bareIn, bareOut: bareOut}
			byteOffset += int64(len(raw))
		}
		readErr <- nil
	}()
	var firstErr error
	runeOffset := 0
	for out := range order {
		res := <-out
		if firstErr != nil {
			continue
		}
		if res.err != nil {
			firstErr = chunkError{res.err}
			continue
		}
		for i := range res.figs {
			f := &res.figs[i]
			f.Start += runeOffset
			f.End += runeOffset
			if f.MetricStart >= 0 {
				f.MetricStart += runeOffset
				f.MetricEnd += runeOffset
			}
			f.SentenceIndex += doc.Sentences
		}
		if err := add(FigureRows(Document{Input: doc.Input, Figures: res.figs})); err != nil {
			firstErr = err
			continue
		}
		runeOffset += res.runes
		doc.Sentences += res.sentences
		figures += len(res.figs)
	}
	wg.Wait()
	if err := <-readErr; err != nil && firstErr == nil {
		firstErr = chunkError{err}
	}
	if firstErr != nil {
		return 0, firstErr
	}
	if ctx.Err() != nil {
		return 0, ctx.Err()
	}
	doc.Bytes = byteOffset
	doc.SHA256 = hex.EncodeToString(h.Sum(nil))
	if runeOffset == 0 || doc.Sentences == 0 && figures == 0 && len(bytes.TrimSpace(first)) == 0 {
		doc.Status, doc.Error = StatusSkipped, "no text"
	}
	return figures, nil
}

// safeByteCut cuts a line too long for a chunk: after its last sentence or
// clause mark, else at a character boundary away from digits (UTF-8). In
// GB18030 only a line break is a safe byte, so the chunk stays whole.
func safeByteCut(b []byte, enc string) int {
	if enc == EncGB18030 {
		return len(b)
	}
	for _, mark := range []string{"。", "；", "，", " "} {
		if i := bytes.LastIndex(b, []byte(mark)); i > len(b)/2 {
			return i + len(mark)
		}
	}
	for i := len(b) - 1; i > len(b)/2; i-- {
		if utf8.RuneStart(b[i]) {
			r, _ := utf8.DecodeRune(b[i:])
			p, _ := utf8.DecodeLastRune(b[:i])
			if !isNumeralRune(r) && !isNumeralRune(p) {
				return i
			}
		}
	}
	for i := len(b) - 1; i > 0; i-- {
		if utf8.RuneStart(b[i]) {
			return i
		}
	}
	return len(b)
}
