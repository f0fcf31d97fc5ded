// Command zhmetrics turns Chinese text into a typed dataset of the figures in it.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// Exit codes.
const (
	exitOK     = 0 // every document ok
	exitFailed = 1 // some documents failed (everything else still written), or the run failed
	exitUsage  = 2 // usage error
)

const defaultMaxBytes = 64 << 20

var commands = []struct {
	name, summary string
	run           func(args []string, stdout, stderr io.Writer) int
}{
	{"run", "process documents into a Parquet (or Arrow IPC) dataset", cmdRun},
	{"extract", "print the figures of documents as JSONL or TSV", cmdExtract},
	{"eval", "score the extractor against a gold JSONL", cmdEval},
	{"diff", "compare the figures of two datasets or extractions", cmdDiff},
	{"report", "write an HTML page with charts summarising a dataset", cmdReport},
	{"verify", "check a dataset: parts as recorded, readable, tables consistent", cmdVerify},
	{"schema", "print the dataset schema", cmdSchema},
	{"version", "print the version", cmdVersion},
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: zhmetrics COMMAND [flags] [INPUT...]\n\ncommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nzhmetrics COMMAND -h shows a command's flags.")
}

func main() {
	setGCPercent()
	os.Exit(runMain(os.Args[1:], os.Stdout, os.Stderr))
}

// gcPercent is the garbage collector's target when GOGC is not set. Most of
// the live heap is the segmenter's dictionary, which never changes: at Go's
// default of 100 the collector runs after only as much new garbage as that
// dictionary weighs and marks the whole dictionary again each time. 200
// halves those cycles for about 190 MB more peak memory (figures measured in
// README, Performance). GOGC in the environment overrides it.
const gcPercent = 200

func setGCPercent() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
}

func runMain(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "zhmetrics: unknown command %q\n", args[0])
	usage(stderr)
	return exitUsage
}
