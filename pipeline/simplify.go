package pipeline

import (
	"strings"
	"sync"
	"unicode"

	"github.com/longbridgeapp/opencc"
)

// traditionalShare is the share of Han characters that must change under
// traditional → simplified conversion for a text to count as traditional. In
// simplified text almost none do (a stray 於 in a name); in traditional text a
// quarter or more do.
const traditionalShare = 0.05

// simplifySample is how many Han characters Simplify looks at to decide.
const simplifySample = 2000

var (
	t2sOnce  sync.Once
	t2sTable map[rune]rune
	t2sErr   error
)

// t2s is the character table of OpenCC's traditional → simplified conversion
// (github.com/longbridgeapp/opencc embeds the OpenCC dictionaries), built once,
// keeping only one-character to one-character mappings so offsets never move.
func t2s() (map[rune]rune, error) {
	t2sOnce.Do(func() {
		cc, err := opencc.New("t2s")
		if err != nil {
			t2sErr = err
			return
		}
		t2sTable = map[rune]rune{}
		for _, block := range [][2]rune{{0x3400, 0x4dbf}, {0x4e00, 0x9fff}, {0xf900, 0xfaff}} {
			for r := block[0]; r <= block[1]; r++ {
				out, err := cc.Convert(string(r))
				if err != nil {
					continue
				}
				if rs := []rune(out); len(rs) == 1 && rs[0] != r {
					t2sTable[r] = rs[0]
				}
			}
		}
	})
	return t2sTable, t2sErr
}

// Simplify turns a traditional-Chinese text into simplified characters, one
// character for one, so the unit table, the word lists and the segmenter's
// simplified dictionary apply (個百分點 → 个百分点, 億元 → 亿元). Offsets do not
// move. Text that is not traditional is left as it is; it reports whether it
// changed the text.
func Simplify(n *Normalized) bool {
	table, err := t2s()
	if err != nil {
		return false
	}
	han, trad := 0, 0
	for _, r := range n.Text {
		if r >= 0x3400 && unicode.Is(unicode.Han, r) {
			han++
			if _, ok := table[r]; ok {
				trad++
			}
			if han == simplifySample {
				break // enough to tell
			}
		}
	}
	if han == 0 || float64(trad) < traditionalShare*float64(han) {
		return false
	}
	n.Text = strings.Map(func(r rune) rune {
		if s, ok := table[r]; ok {
			return s
		}
		return r
	}, n.Text)
	return true
}
