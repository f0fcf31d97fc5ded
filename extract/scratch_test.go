package extract

import (
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cutTokenizer cuts a text into tokens of one to three runes, as a hash of
// the text says, each with a tag from a short list: tokens enough for the
// rules to run on (the segmenter cannot be loaded from this package).
type cutTokenizer struct{}

func (cutTokenizer) Tokens(text string) []Token {
	tags := []string{"n", "v", "vn", "d", "m", "x", "uj", "nz"}
	rs := []rune(text)
	out := []Token{}
	h := uint32(len(rs))
	for k, b := 0, 0; k < len(rs); {
		h = h*31 + uint32(rs[k])
		n := min(1+int(h>>7%3), len(rs)-k)
		e := b + len(string(rs[k:k+n]))
		out = append(out, Token{Text: text[b:e], Pos: tags[h>>11%uint32(len(tags))], Start: k, End: k + n})
		k, b = k+n, e
	}
	return out
}

// TestScratchChangesNothing holds extractTo with one working memory shared
// by every sentence, in a shuffled order, and through scratchPool from
// several goroutines, equal to extractTo with a fresh working memory, over
// real, mutated and constructed sentences.
func TestScratchChangesNothing(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 18))
	texts := mutatedTexts(t, r, []string{"营收8.58亿元，净利润1.2亿元，同比增长3%。", "2023年GDP 1,234.5亿元", "约5万人；3.2个和1.5个百分点"})
	type result []Figure
	want := make([]result, len(texts))
	figures, clauses := 0, 0
	for i, x := range texts {
		want[i] = new(scratch).extractTo(nil, []rune(x), cutTokenizer{}, nil, i%2 == 0)
		figures += len(want[i])
		if n := len(want[i]); n > 1 && clauseBetween([]rune(x), want[i][0].End, want[i][n-1].Start) {
			clauses++ // figures in two clauses or more: their tokens joined
		}
	}
	require.Greater(t, figures, 3000)
	require.Greater(t, clauses, 300)

	shared := new(scratch)
	for _, i := range r.Perm(len(texts)) {
		got := shared.extractTo(nil, []rune(texts[i]), cutTokenizer{}, nil, i%2 == 0)
		require.Equal(t, want[i], result(got), texts[i])
	}
	var wg sync.WaitGroup
	for g := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, i := range rand.New(rand.NewPCG(19, uint64(g))).Perm(len(texts)) {
				dst := []Figure{{Surface: "x"}}
				got := extractTo(dst, []rune(texts[i]), cutTokenizer{}, nil, i%2 == 0)
				if !assert.ObjectsAreEqual(want[i], result(slices.Clone(got[1:]))) && !(len(want[i]) == 0 && len(got) == 1) {
					t.Errorf("%q through scratchPool differs", texts[i])
				}
			}
		}()
	}
	wg.Wait()
}
