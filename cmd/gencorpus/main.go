// Command gencorpus writes a large deterministic corpus for benchmarks:
//
//	go run ./cmd/gencorpus -mb 200 -o /tmp/corpus200
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/zhmetrics/zhmetrics/internal/corpus"
)

func main() {
	mb := flag.Float64("mb", 20, "corpus size in MB")
	out := flag.String("o", "corpus", "output directory")
	docKB := flag.Int("doc-kb", 16, "document size in KB")
	seed := flag.Int64("seed", 1, "random seed (same seed, same corpus)")
	seeds := flag.String("seeds", "seeds", "seed documents")
	flag.Parse()
	files, n, err := corpus.Generate(corpus.Options{Dir: *out, Bytes: int64(*mb * 1e6), DocBytes: *docKB << 10, Seed: *seed, SeedDocs: *seeds})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	fmt.Printf("gencorpus: %d files, %.1f MB in %s\n", files, float64(n)/1e6, *out)
}
