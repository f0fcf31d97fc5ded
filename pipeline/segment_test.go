package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/go-ego/gse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/extract"
	"github.com/zhmetrics/zhmetrics/internal/segdict"
)

// referenceGse is gse loaded the way its documentation does, with the same
// dictionary: what the Segmenter must equal.
var referenceGse = sync.OnceValues(func() (*gse.Segmenter, error) {
	seg := &gse.Segmenter{SkipLog: true}
	return seg, seg.LoadDictEmbed("zh_s")
})

// gsePosTokens is the reference the lean cut must equal: gse's own Pos, its
// words found back in the sentence (gse lower-cases Latin letters).
func gsePosTokens(ref *gse.Segmenter, sentence string) []extract.Token {
	out := []extract.Token{}
	byteAt, runeAt := 0, 0
	for _, p := range ref.Pos(sentence, false) {
		k := strings.Index(asciiLower(sentence[byteAt:]), p.Text)
		if p.Text == "" || k < 0 {
			continue
		}
		runeAt += utf8.RuneCountInString(sentence[byteAt : byteAt+k])
		n := utf8.RuneCountInString(p.Text)
		out = append(out, extract.Token{Text: sentence[byteAt+k : byteAt+k+len(p.Text)], Pos: p.Pos, Start: runeAt, End: runeAt + n})
		byteAt += k + len(p.Text)
		runeAt += n
	}
	return out
}

// asciiLower lower-cases ASCII letters only, as gse does, so byte offsets do not move.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// The Segmenter's dictionary is the one gse loads itself, and its cut gives
// gse's words and tags, word for word, on every line of the seed documents,
// of the sample inputs and on awkward text.
func TestSegmenterMatchesGse(t *testing.T) {
	seg, err := LoadSegmenter()
	require.NoError(t, err)
	ref, err := referenceGse()
	require.NoError(t, err)
	assert.Equal(t, ref.Dict.NumTokens(), seg.dict.Words(), "words")
	assert.Equal(t, ref.Dict.TotalFreq(), seg.dict.TotalFreq(), "total frequency")
	assert.Equal(t, ref.Dict.MaxTokenLen(), seg.dict.MaxUnits(), "longest word")
	lines := []string{
		"", "a", "GDP", "全区GDP增长0.3个百分点，新增44家长者饭堂",
		"ＧＤＰ同比增长５．２％", "iPhone 15 Pro Max售价7999元", "CPI上涨2.1%；PPI下降0.5%。",
		"Ελλάδα ΑΒΓ ελλάδα Москва МОСКВА", "😀增长😀50%", "  空 格  ", "2024年1-6月", "第一季度GDP为12,345.6亿元",
		"臺灣地區生產總值增長3.5%", "M2余额同比增长8.3%", "abc123DEF中文xyz", "\t制表\t符", "……——“”《》",
	}
	for _, dir := range []string{filepath.Join("..", "seeds"), filepath.Join("..", "testdata", "inputs")} {
		entries, err := os.ReadDir(dir)
		require.NoError(t, err)
		for _, e := range entries {
			raw, err := os.ReadFile(filepath.Join(dir, e.Name()))
			require.NoError(t, err)
			if !utf8.Valid(raw) {
				continue
			}
			lines = append(lines, strings.Split(string(raw), "\n")...)
		}
	}
	checked := 0
	for _, line := range lines {
		for _, part := range strings.FieldsFunc(line, func(r rune) bool { return r == '。' }) {
			want := gsePosTokens(ref, part)
			got := seg.Tokens(part)
			if len(got) == 0 && len(want) == 0 {
				continue
			}
			require.Equal(t, want, got, "cut of %q", part)
			checked++
		}
	}
	assert.Greater(t, checked, 200, "sentences compared")
}

// BenchmarkSegmenter compares the Segmenter's cut with gse's own Pos on the
// same sentence (the same words, TestSegmenterMatchesGse).
func BenchmarkSegmenter(b *testing.B) {
	seg, err := LoadSegmenter()
	require.NoError(b, err)
	ref, err := referenceGse()
	require.NoError(b, err)
	s := "上半年全区实现地区生产总值795.3亿元，同比增长0.3%，其中第三产业增加值为512.6亿元"
	for _, c := range []struct {
		name string
		cut  func()
	}{
		{"zhmetrics Tokens", func() { seg.Tokens(s) }},
		{"gse Pos", func() { ref.Pos(s, false) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				c.cut()
			}
		})
	}
}

// BenchmarkExtractText runs the rules and the segmenter over the seed documents.
func BenchmarkExtractText(b *testing.B) {
	seg, err := LoadSegmenter()
	require.NoError(b, err)
	var texts []string
	var n int64
	entries, err := os.ReadDir(filepath.Join("..", "seeds"))
	require.NoError(b, err)
	for _, e := range entries {
		raw, err := os.ReadFile(filepath.Join("..", "seeds", e.Name()))
		require.NoError(b, err)
		texts = append(texts, string(raw))
		n += int64(len(raw))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			ExtractText(seg, t, Meta{})
		}
	}
}

// The embedded dictionary is what `go generate ./pipeline` makes of the
// committed gse dictionary file: neither was changed without the other.
func TestDictionaryGenerated(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("data", "gse", "zh_s.txt"))
	require.NoError(t, err)
	blob, err := segdict.Build(string(text))
	require.NoError(t, err)
	embedded, err := segdict.Decompress(zhDict)
	require.NoError(t, err)
	require.Equal(t, len(blob), len(embedded), "size of data/gse/zh_s.dict.zst decompressed: run go generate ./pipeline")
	assert.True(t, string(blob) == string(embedded), "data/gse/zh_s.dict.zst differs from zh_s.txt: run go generate ./pipeline")
}

// BenchmarkLoadSegmenter is the start-up cost: the embedded dictionary
// decompressed and opened in place.
func BenchmarkLoadSegmenter(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_, err := newSegmenter()
		require.NoError(b, err)
	}
}
