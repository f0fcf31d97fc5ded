package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/zhmetrics/zhmetrics/dataset"
)

// Exit codes of `zhmetrics verify`: 0 sound, 1 damaged, 2 usage error or no dataset.
func cmdVerify(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("verify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: zhmetrics verify DIR\n\nChecks the current snapshot of a dataset: every part's files have the size and SHA-256\nthe manifest recorded and are readable with the rows recorded; the documents table holds\nexactly the manifest's documents, each with its figure rows; nothing else is visible\nunder figures/ or documents/.\nExit code 0: sound; 1: damaged (each problem printed); 2: usage error or not a dataset.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	problems, err := dataset.Verify(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(stderr, "zhmetrics verify: %v\n", err)
		return exitUsage
	}
	for _, p := range problems {
		fmt.Fprintf(stdout, "%s\n", p)
	}
	if len(problems) > 0 {
		fmt.Fprintf(stderr, "zhmetrics verify: %s: %d problem(s)\n", fs.Arg(0), len(problems))
		return exitFailed
	}
	fmt.Fprintf(stdout, "%s: ok\n", fs.Arg(0))
	return exitOK
}
