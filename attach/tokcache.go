package attach

import (
	"reflect"
	"sync"

	"github.com/zhmetrics/zhmetrics/extract"
)

// tokenCache holds the tokens of the texts the rules have segmented, by
// text. Within a document many figures ask for the same clause or phrase;
// across documents the same phrases come back (增加值, 同比增长 …: over the
// bench corpora, three texts of four were segmented before). The project's
// segmenter gives the same tokens for the same text, so one cache serves the
// documents a worker attaches one after the other with it (tokenCaches); any
// other tokenizer gets a cache of its own for the document.
type tokenCache struct {
	tok  extract.Tokenizer
	toks map[string][]extract.Token
	// slab holds the copies of the tokens: the segmenter's results live in
	// its own slabs, which a cached slice would keep alive whole.
	slab []extract.Token
}

// maxCachedTexts bounds a shared cache: past it, it starts again empty.
const maxCachedTexts = 4096

// tokenSlab is how many tokens one allocation of a cache holds.
const tokenSlab = 1024

// tokenCaches holds the caches between documents, one per worker at most
// (sync.Pool keeps one per P, and drops them at a collection).
var tokenCaches = sync.Pool{New: func() any { return &tokenCache{toks: make(map[string][]extract.Token, 256)} }}

// getTokenCache returns the cache for a document segmented with tok: a
// shared one when tok is the project's segmenter (dict: isDictSegmenter),
// emptied when it was filled by another; else a new one. shared reports
// which: Attach puts a shared one back in tokenCaches when it is done.
func getTokenCache(tok extract.Tokenizer, dict bool) (c *tokenCache, shared bool) {
	if !dict || !reflect.TypeOf(tok).Comparable() {
		return &tokenCache{tok: tok}, false
	}
	c = tokenCaches.Get().(*tokenCache)
	if c.tok != tok || len(c.toks) > maxCachedTexts {
		clear(c.toks)
		c.slab = nil
		c.tok = tok
	}
	return c, true
}

// tokens returns the tokens of text, which the caller must not change.
// key spells text; it is only read (text is made from it on a miss).
func (c *tokenCache) tokens(key []byte) []extract.Token {
	if t, ok := c.toks[string(key)]; ok {
		return t
	}
	if c.toks == nil {
		c.toks = make(map[string][]extract.Token, 64)
	}
	text := string(key)
	t := c.tok.Tokens(text)
	if len(c.slab) < len(t) {
		c.slab = make([]extract.Token, max(tokenSlab, len(t)))
	}
	own := c.slab[:len(t):len(t)]
	c.slab = c.slab[len(t):]
	copy(own, t)
	c.toks[text] = own
	return own
}
