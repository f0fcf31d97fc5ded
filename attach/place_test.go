package attach_test

import (
	"github.com/zhmetrics/zhmetrics/internal/devtexts"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/attach"
	"github.com/zhmetrics/zhmetrics/pipeline"
)

// nsPrefixLines makes data/nsprefix.txt from the segmenter's dictionary the
// way segdict.Build reads it: a word of two characters or more tagged ns
// (whatever its frequency: a list too long only costs a call), its first two
// characters when both are of three bytes or more.
func nsPrefixLines(t *testing.T) string {
	raw, err := os.ReadFile(filepath.Join("..", "pipeline", "data", "gse", "zh_s.txt"))
	require.NoError(t, err)
	seconds := map[rune]map[rune]bool{}
	for line := range strings.Lines(string(raw)) {
		fields := strings.Split(strings.TrimSuffix(line, "\n"), " ")
		if len(fields) < 3 || strings.TrimSpace(fields[2]) != "ns" {
			continue
		}
		rs := []rune(strings.TrimSpace(fields[0]))
		if len(rs) < 2 || utf8.RuneLen(rs[0]) < 3 || utf8.RuneLen(rs[1]) < 3 {
			continue
		}
		if seconds[rs[0]] == nil {
			seconds[rs[0]] = map[rune]bool{}
		}
		seconds[rs[0]][rs[1]] = true
	}
	var firsts []rune
	for r := range seconds {
		firsts = append(firsts, r)
	}
	slices.Sort(firsts)
	var b strings.Builder
	for _, r := range firsts {
		var sec []rune
		for s := range seconds[r] {
			sec = append(sec, s)
		}
		slices.Sort(sec)
		b.WriteString(string(r) + string(sec) + "\n")
	}
	return b.String()
}

func TestNsPrefixes(t *testing.T) {
	want := nsPrefixLines(t)
	if os.Getenv("ATTACH_WRITE_NS") == "1" {
		require.NoError(t, os.WriteFile(filepath.Join("data", "nsprefix.txt"), []byte(want), 0o644))
	}
	got, err := os.ReadFile(filepath.Join("data", "nsprefix.txt"))
	require.NoError(t, err)
	assert.Equal(t, want, string(got), "data/nsprefix.txt is not the dictionary's: ATTACH_WRITE_NS=1 go test -run TestNsPrefixes ./attach/")
	assert.True(t, attach.MayOpenPlace('广', '东'))
	assert.True(t, attach.MayOpenPlace('澳', '门'))
	assert.False(t, attach.MayOpenPlace('接', '待'))
	assert.False(t, attach.MayOpenPlace('增', '加'))
	assert.True(t, attach.MayOpenPlace('G', 'D'), "a Latin run is not known")
	assert.True(t, attach.MayOpenPlace('东', '1'))
}

// TestMayOpenPlaceHolds checks what dropPlace's shortcut relies on, on every
// text of four to twelve characters of the real development texts, the seeds
// and invented phrases: when the segmenter's first word of the text is tagged
// ns and is two characters or more, mayOpenPlace of its first two characters
// is true.
func TestMayOpenPlaceHolds(t *testing.T) {
	seg, err := pipeline.LoadSegmenter()
	require.NoError(t, err)
	assert.True(t, attach.IsDictSegmenter(seg))
	assert.False(t, attach.IsDictSegmenter(&recordingTokenizer{seg: seg}))
	assert.False(t, attach.IsDictSegmenter(nil))
	texts := []string{
		"广东全省地区生产总值", "澳门入境游客总数", "北京市接待游客人数", "长三角地区进出口总额",
		"珠江三角洲城市群常住人口", "黑龙江省粮食产量", "东协国家贸易额", "西藏自治区旅游收入",
		"内蒙古风电装机容量", "香港特区政府财政储备", "新疆棉花种植面积", "台湾地区出口订单",
		"华东地区用电量", "江北新区工业增加值", "本澳登记失业人数", "全市实现地区生产总值",
	}
	rawTexts, _, err := devtexts.Read("..")
	require.NoError(t, err)
	for _, raw := range rawTexts {
		n := pipeline.Normalize(raw)
		pipeline.Simplify(&n)
		texts = append(texts, n.Text)
	}
	checked, places := 0, 0
	for _, text := range texts {
		rs := []rune(text)
		for s := range rs {
			for e := s + 4; e <= min(s+12, len(rs)); e++ {
				toks := seg.Tokens(string(rs[s:e]))
				checked++
				if len(toks) > 0 && toks[0].Pos == "ns" && toks[0].End >= 2 {
					places++
					require.True(t, attach.MayOpenPlace(rs[s], rs[s+1]), "%q begins with the place %q", string(rs[s:e]), toks[0].Text)
				}
			}
		}
	}
	t.Logf("%d texts, %d begin with a place", checked, places)
	assert.Greater(t, places, 100)
}
