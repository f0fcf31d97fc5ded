// Command gent2s writes pipeline's traditional → simplified character table
// (see package t2sgen); `go generate ./pipeline` runs it:
//
//	go run ./internal/t2sgen/gent2s OUT.tsv
package main

import (
	"fmt"
	"os"

	"github.com/zhmetrics/zhmetrics/internal/t2sgen"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gent2s OUT.tsv")
		os.Exit(2)
	}
	tsv, err := t2sgen.TSV()
	if err == nil {
		err = os.WriteFile(os.Args[1], []byte(tsv), 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gent2s:", err)
		os.Exit(1)
	}
}
