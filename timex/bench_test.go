package timex

import (
	"github.com/zhmetrics/zhmetrics/internal/devtexts"
	"strings"
	"testing"
)

// BenchmarkFind runs Find over every line of the real development texts and
// the seeds (as timescope calls it, a line at a time). Compare builds by
// allocs/op and CPU samples of a fixed -benchtime=Nx under a shared load.
func BenchmarkFind(b *testing.B) {
	var lines [][]rune
	rawTexts, bytes, err := devtexts.Read("..")
	if err != nil {
		b.Fatal(err)
	}
	for _, raw := range rawTexts {
		for _, l := range strings.Split(raw, "\n") {
			lines = append(lines, []rune(l))
		}
	}
	if len(lines) == 0 {
		b.Fatal("no text")
	}
	b.SetBytes(bytes)
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			Find(l)
		}
	}
}
