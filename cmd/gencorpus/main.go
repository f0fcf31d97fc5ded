// Command gencorpus writes a large deterministic corpus for benchmarks:
//
//	go run ./cmd/gencorpus -mb 200 -o /tmp/corpus200
//	go run ./cmd/gencorpus -mb 200 -o /tmp/real200 -real testdata/gold/real,seeds,testdata/inputs
//
// Without -real the documents are built from the seed sentences and
// templates; with -real they are the real documents of the given folders,
// repeated whole with their numbers varied (see corpus.GenerateReal). A
// source file is used if it decodes (pipeline.Decode) to text with Chinese
// and a digit in it and is at most 64 KB: the stress inputs (binary data,
// an empty file, a 260 KB line) are not text to measure speed on.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/zhmetrics/zhmetrics/internal/corpus"
	"github.com/zhmetrics/zhmetrics/pipeline"
)

func main() {
	mb := flag.Float64("mb", 20, "corpus size in MB")
	out := flag.String("o", "corpus", "output directory")
	docKB := flag.Int("doc-kb", 16, "document size in KB")
	seed := flag.Int64("seed", 1, "random seed (same seed, same corpus)")
	seeds := flag.String("seeds", "seeds", "seed documents")
	realDirs := flag.String("real", "", "comma-separated folders of real documents: write a real-text corpus from them")
	flag.Parse()
	o := corpus.Options{Dir: *out, Bytes: int64(*mb * 1e6), DocBytes: *docKB << 10, Seed: *seed, SeedDocs: *seeds}
	var (
		files int
		n     int64
		err   error
	)
	if *realDirs != "" {
		var docs []corpus.Doc
		if docs, err = readReal(strings.Split(*realDirs, ",")); err == nil {
			files, n, err = corpus.GenerateReal(o, docs)
		}
	} else {
		files, n, err = corpus.Generate(o)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	fmt.Printf("gencorpus: %d files, %.1f MB in %s\n", files, float64(n)/1e6, *out)
}

// readReal reads the text documents of the folders, in name order.
func readReal(dirs []string) ([]corpus.Doc, error) {
	var docs []corpus.Doc
	for _, dir := range dirs {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			ext := filepath.Ext(e.Name())
			if e.IsDir() || (ext != ".txt" && ext != ".html" && ext != ".htm") {
				continue
			}
			raw, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				return nil, err
			}
			if len(raw) > 64<<10 {
				continue
			}
			text, _, err := pipeline.Decode(raw)
			if err != nil || !strings.ContainsFunc(text, func(r rune) bool { return unicode.Is(unicode.Han, r) }) ||
				!strings.ContainsAny(text, "0123456789") {
				continue
			}
			docs = append(docs, corpus.Doc{Text: text, Ext: ext})
		}
	}
	return docs, nil
}
