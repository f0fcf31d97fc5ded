package segdict

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const small = "增长 100 v\n" +
	"增长率 50 n\n" +
	"GDP 40 eng\n" +
	"gdp 7 n\n" + // the same word once lower-cased: gse keeps the first
	"增 1 v\n" + // too rare: dropped
	"长 9 a\n" + // one character: counts as 2
	"4S店 3 n\n" +
	"没有频率\n" + // no frequency: dropped
	"坏 x n\n" + // unreadable frequency: dropped
	"𠀀字 5 n\n" // a character outside the Basic Multilingual Plane

// lookup walks the trie along a word, as the segmenter does.
func lookup(d *Dict, word string) (uint16, bool) {
	node := uint32(0)
	for _, r := range word {
		if node = d.Child(node, d.Code(r)); node == 0 {
			return 0, false
		}
	}
	return d.Word(node), true
}

func openSmall(t *testing.T) *Dict {
	blob, err := Build(small)
	require.NoError(t, err)
	d, err := Open(string(blob))
	require.NoError(t, err)
	return d
}

func TestBuildReadsLikeGse(t *testing.T) {
	d := openSmall(t)
	assert.Equal(t, 6, d.Words())
	assert.Equal(t, 100.0+50+40+2+3+5, d.TotalFreq())
	assert.Equal(t, 3, d.MaxUnits()) // 增长率
	logTotal := float32(math.Log2(200))
	for _, c := range []struct {
		word, tag string
		freq      float64
	}{{"增长", "v", 100}, {"增长率", "n", 50}, {"gdp", "eng", 40}, {"长", "a", 2}, {"4s店", "n", 3}, {"𠀀字", "n", 5}} {
		w, ok := lookup(d, c.word)
		require.True(t, ok, c.word)
		require.NotZero(t, w, c.word)
		assert.Equal(t, c.tag, d.Tag(w), c.word)
		assert.Equal(t, logTotal-float32(math.Log2(c.freq)), d.Cost(w), c.word)
	}
	for _, word := range []string{"增", "4s", "𠀀"} { // prefixes of words, not words
		w, ok := lookup(d, word)
		assert.True(t, ok, word)
		assert.Zero(t, w, word)
	}
	for _, word := range []string{"GDP", "坏", "没有频率", "增长快", "字"} {
		_, ok := lookup(d, word)
		assert.False(t, ok, word)
	}
}

func TestBuildMaxUnits(t *testing.T) {
	// A run of Latin letters and digits is one of gse's letters.
	blob, err := Build("增长 5 n\nabc123def 3 x\n")
	require.NoError(t, err)
	d, err := Open(string(blob))
	require.NoError(t, err)
	assert.Equal(t, 2, d.MaxUnits())
}

func TestUnits(t *testing.T) {
	for s, n := range map[string]int{"增长": 2, "4S店": 2, "GDP": 1, "a-b": 3, "Ελλάδα中": 2, "": 0, "1号店": 3} {
		assert.Equal(t, n, Units(s), s)
	}
}

// A dictionary that is not where the machine can read it in place (here at
// an odd address) is read from one copy, with the same answers.
func TestOpenUnaligned(t *testing.T) {
	blob, err := Build(small)
	require.NoError(t, err)
	s := " " + string(blob)
	d, err := Open(s[1:])
	require.NoError(t, err)
	w, ok := lookup(d, "增长率")
	require.True(t, ok)
	assert.Equal(t, "n", d.Tag(w))
	assert.Equal(t, 6, d.Words())
}

func TestOpenRejectsBadBytes(t *testing.T) {
	blob, err := Build(small)
	require.NoError(t, err)
	_, err = Open(string(blob[:len(blob)/2]))
	assert.ErrorContains(t, err, "truncated")
	_, err = Open("not a dictionary at all, but long enough for a header")
	assert.ErrorContains(t, err, "not a zhmetrics dictionary")
	_, err = Open("")
	assert.ErrorContains(t, err, "too short")
	_, err = Build("增 1 v\n")
	assert.ErrorContains(t, err, "no words")
}

func TestCompressed(t *testing.T) {
	blob, err := Build(small)
	require.NoError(t, err)
	z, err := Compress(blob)
	require.NoError(t, err)
	back, err := Decompress(string(z))
	require.NoError(t, err)
	assert.Equal(t, blob, back)
	d, err := OpenCompressed(string(z))
	require.NoError(t, err)
	w, ok := lookup(d, "增长率")
	require.True(t, ok)
	assert.Equal(t, "n", d.Tag(w))
	assert.Equal(t, 6, d.Words())
	_, err = OpenCompressed(string(blob))
	assert.Error(t, err)
	_, err = OpenCompressed(string(z[:len(z)-3]))
	assert.Error(t, err)
}

// A walk with Start and Next reaches the nodes Child does, and stops where
// Child finds no node (the segmenter walks that way).
func TestWalkMatchesChild(t *testing.T) {
	d := openSmall(t)
	for _, word := range []string{"增长", "增长率", "gdp", "长", "4s店", "𠀀字", "增", "增长快", "字", "坏", "长长"} {
		rs := []rune(word)
		node := d.Child(0, d.Code(rs[0]))
		st, ok := d.Start(d.Code(rs[0]))
		for i := 1; ; i++ {
			require.Equal(t, node != 0, ok, "%s at %d", word, i)
			if !ok {
				break
			}
			assert.Equal(t, d.Word(node), st.Word(), "%s at %d", word, i)
			if i == len(rs) {
				break
			}
			node = d.Child(node, d.Code(rs[i]))
			st, ok = d.Next(st, d.Code(rs[i]))
		}
	}
	_, ok := d.Start(0)
	assert.False(t, ok, "a character no word holds")
	st, ok := d.Start(d.Code('增'))
	require.True(t, ok)
	_, ok = d.Next(st, 0)
	assert.False(t, ok, "a character no word holds, after a prefix")
}
