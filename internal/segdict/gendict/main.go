// Command gendict turns a gse dictionary file into the compact form that
// pipeline embeds, compressed (see package segdict); `go generate ./pipeline`
// runs it:
//
//	go run ./internal/segdict/gendict IN.txt OUT.dict.zst
package main

import (
	"fmt"
	"os"

	"github.com/zhmetrics/zhmetrics/internal/segdict"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: gendict IN.txt OUT.dict.zst")
		os.Exit(2)
	}
	text, err := os.ReadFile(os.Args[1])
	if err == nil {
		var blob []byte
		if blob, err = segdict.Build(string(text)); err == nil {
			if blob, err = segdict.Compress(blob); err == nil {
				err = os.WriteFile(os.Args[2], blob, 0o644)
			}
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gendict:", err)
		os.Exit(1)
	}
}
