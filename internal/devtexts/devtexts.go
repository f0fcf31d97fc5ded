// Package devtexts reads the development texts the stage benchmarks and
// some equality tests run on: the real development documents
// (testdata/gold/real/*.txt) and the seeds (seeds/*), in that order.
package devtexts

import (
	"fmt"
	"os"
	"path/filepath"
)

// Patterns are the files read, relative to the repository's root.
var Patterns = []string{filepath.Join("testdata", "gold", "real", "*.txt"), filepath.Join("seeds", "*")}

// Read returns the texts of the files Patterns name under root (from a
// package's test, ".."), with their total size in bytes; it fails when
// there are none.
func Read(root string) (texts []string, bytes int64, err error) {
	for _, pattern := range Patterns {
		paths, err := filepath.Glob(filepath.Join(root, pattern))
		if err != nil {
			return nil, 0, err
		}
		for _, p := range paths {
			raw, err := os.ReadFile(p)
			if err != nil {
				return nil, 0, err
			}
			texts = append(texts, string(raw))
			bytes += int64(len(raw))
		}
	}
	if len(texts) == 0 {
		return nil, 0, fmt.Errorf("no development texts under %s", root)
	}
	return texts, bytes, nil
}
