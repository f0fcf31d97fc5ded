// Package t2sgen makes the character table of pipeline's traditional →
// simplified conversion (pipeline/data/t2s.tsv) from OpenCC's t2s conversion
// (github.com/longbridgeapp/opencc, which embeds the OpenCC dictionaries), so
// that the binary embeds a small table, not OpenCC and its dictionaries.
// `go generate ./pipeline` runs it; pipeline's TestT2STableGenerated checks
// that the committed table is what it makes.
package t2sgen

import (
	"fmt"
	"strings"

	"github.com/longbridgeapp/opencc"
)

// Blocks are the blocks of Han characters the table covers: CJK Extension
// A, the unified ideographs and the compatibility ideographs.
var Blocks = [][2]rune{{0x3400, 0x4dbf}, {0x4e00, 0x9fff}, {0xf900, 0xfaff}}

// TSV gives one line per character that OpenCC's t2s turns into one other
// character, "traditional<TAB>simplified", in code point order. Characters
// OpenCC turns into several (or none) are left out, so offsets never move.
func TSV() (string, error) {
	cc, err := opencc.New("t2s")
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString("# traditional → simplified, one character for one: made by `go generate ./pipeline` from OpenCC's t2s (internal/t2sgen); do not edit\n")
	for _, block := range Blocks {
		for r := block[0]; r <= block[1]; r++ {
			out, err := cc.Convert(string(r))
			if err != nil {
				continue
			}
			if rs := []rune(out); len(rs) == 1 && rs[0] != r {
				fmt.Fprintf(&b, "%c\t%c\n", r, rs[0])
			}
		}
	}
	return b.String(), nil
}
