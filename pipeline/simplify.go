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

// t2sBase and t2sEnd bound the blocks of Han characters the table covers:
// CJK Extension A, the unified ideographs and the compatibility ideographs.
const t2sBase, t2sEnd = 0x3400, 0xfb00

var t2sBlocks = [][2]rune{{0x3400, 0x4dbf}, {0x4e00, 0x9fff}, {0xf900, 0xfaff}}

// t2sTable maps r to its simplified form at r-t2sBase, 0 when it has none:
// a flat table (200 KB), as every Han character of a document is looked up.
type t2sTable []rune

func (t t2sTable) lookup(r rune) (rune, bool) {
	if r < t2sBase || r >= t2sEnd || t[r-t2sBase] == 0 {
		return r, false
	}
	return t[r-t2sBase], true
}

// t2s is the character table of OpenCC's traditional → simplified conversion
// (github.com/longbridgeapp/opencc embeds the OpenCC dictionaries), built once,
// keeping only one-character to one-character mappings so offsets never move.
var t2s = sync.OnceValues(func() (t2sTable, error) {
	cc, err := opencc.New("t2s")
	if err != nil {
		return nil, err
	}
	table := make(t2sTable, t2sEnd-t2sBase)
	for _, block := range t2sBlocks {
		for r := block[0]; r <= block[1]; r++ {
			out, err := cc.Convert(string(r))
			if err != nil {
				continue
			}
			if rs := []rune(out); len(rs) == 1 && rs[0] != r {
				table[r-t2sBase] = rs[0]
			}
		}
	}
	return table, nil
})

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
		if r >= 0x4e00 && r <= 0x9fff || r >= 0x3400 && unicode.Is(unicode.Han, r) {
			han++
			if _, ok := table.lookup(r); ok {
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
	n.Text = simplifyText(n.Text)
	return true
}

// simplifyText maps every traditional character of s to its simplified
// form, one for one (a title of a text Simplify changed).
func simplifyText(s string) string {
	table, err := t2s()
	if err != nil {
		return s
	}
	return strings.Map(func(r rune) rune {
		s, _ := table.lookup(r)
		return s
	}, s)
}
