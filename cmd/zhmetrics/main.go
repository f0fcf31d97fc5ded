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
	{"report", "write an HTML page to explore a dataset, or to review what changed (--compare)", cmdReport},
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

// gcPercent is the garbage collector's target when GOGC is not set. The
// collector's work over a run is about proportional to the bytes allocated
// divided by the target, whatever the live heap: 200 halves it against Go's
// default of 100 for one more live heap of peak memory, and the live heap is
// small (the segmenter's dictionary is not on it: it is read in place from
// the binary; README, Performance). GOGC in the environment overrides it.
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
