package pipeline

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestI11aDbg(t *testing.T) {
	seg, _ := LoadSegmenter()
	for _, s := range strings.Split(os.Getenv("TXT"), "||") {
		s = strings.ReplaceAll(s, `\n`, "\n")
		_, figs := ExtractText(seg, s, Meta{Title: os.Getenv("TITLE")})
		for _, f := range figs {
			fmt.Printf("%s\t%s\t%s\t[%d %d]\n", f.Surface, f.Metric, f.Change, f.MetricStart, f.MetricEnd)
		}
	}
}
