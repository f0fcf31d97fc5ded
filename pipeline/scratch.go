package pipeline

import (
	"sync"

	"github.com/zhmetrics/zhmetrics/extract"
	"github.com/zhmetrics/zhmetrics/timescope"
)

// scratch is the working memory of one document's pass through the stages
// that no result keeps: the text as runes and their byte offsets, the
// normalised runes, the sentences, the figures before they are copied out,
// the tokens of the sentence being read. Process takes one from scratches
// and gives it back when it is done, so that a worker reuses the same
// memory document after document: allocated anew, it was about half of the
// bytes Process allocated, for the collector to free on the other core.
//
// Nothing a Document holds may point into it (the writer reads a document
// while its worker goes on to the next): the figures are copied out of
// found, and their strings from the source text (figureStrings).
// TestScratchChangesNothing holds the documents of the dev texts, processed
// in shuffled orders with one scratch, equal to those processed with fresh
// ones.
type scratch struct {
	runes     []rune  // sourceText.runes
	at        []int32 // sourceText.at
	norm      []rune  // the normalised text
	orig      []int   // its map back to the source, when a rune was dropped
	sentences []Span
	found     []extract.Figure // the figures the sentence rules found, in document order
	sentOf    []int            // the sentence of each
	spans     []timescope.Span // the figures' places, for the time scope stage
	pieces    []stringPiece    // figureStrings
	tokens    sentenceTokens
}

// scratches holds the scratch of each worker between its documents
// (sync.Pool keeps one per P).
var scratches = sync.Pool{New: func() any { return new(scratch) }}

// maxKeptRunes bounds the buffers a scratch keeps for the next document: a
// rare huge document's are left to the collector rather than held by a
// worker for the rest of the run.
const maxKeptRunes = 1 << 18

// release drops the buffers over maxKeptRunes; the scratch can then go back
// to scratches.
func (sc *scratch) release() {
	if cap(sc.runes) > maxKeptRunes || cap(sc.norm) > maxKeptRunes || cap(sc.orig) > maxKeptRunes {
		*sc = scratch{}
	}
	sc.tokens.seg = nil
}

// resize returns buf with length n: its own memory when it is large enough,
// else new (and never nil, as make). The elements are not cleared.
func resize[T any](buf []T, n int) []T {
	if buf == nil || cap(buf) < n {
		return make([]T, n)
	}
	return buf[:n]
}

// sentenceTokens gives the sentence rules (extract.ExtractWithUnit) the
// segmenter's tokens cut from one buffer, which sentenceFigures starts again
// at every sentence: the rules keep no token past the call that asked for
// them (figures hold offsets and strings, not tokens). Each result has its
// own capacity, so a caller that appends to it copies it rather than write
// over the next result; a result is valid until the next sentence.
type sentenceTokens struct {
	seg *Segmenter
	buf []extract.Token
}

// Tokens returns the tokens of text (Segmenter.Tokens).
func (t *sentenceTokens) Tokens(text string) []extract.Token {
	start := len(t.buf)
	t.buf = t.seg.AppendTokens(t.buf, text)
	return t.buf[start:len(t.buf):len(t.buf)]
}
