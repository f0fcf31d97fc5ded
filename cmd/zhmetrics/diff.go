package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/zhmetrics/zhmetrics/figdiff"
)

func cmdDiff(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("diff", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "table", "output: table, jsonl, or html (the page of zhmetrics report --compare)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: zhmetrics diff [--format table|jsonl|html] OLD NEW\n\nOLD and NEW are datasets (directories with a manifest.json) or inputs extracted afresh.\nFigures are paired by document, surface and occurrence. Exit code 1 when anything differs.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() != 2 || (*format != "table" && *format != "jsonl" && *format != "html") {
		fs.Usage()
		return exitUsage
	}
	if *format == "html" {
		return writeReviewHTML(fs.Arg(0), fs.Arg(1), stdout, stderr)
	}
	oldRows, err := loadFigures([]string{fs.Arg(0)}, defaultMaxBytes, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "zhmetrics diff: %v\n", err)
		return exitUsage
	}
	newRows, err := loadFigures([]string{fs.Arg(1)}, defaultMaxBytes, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "zhmetrics diff: %v\n", err)
		return exitUsage
	}
	changes := figdiff.Figures(oldRows, newRows)
	if *format == "jsonl" {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		for _, c := range changes {
			enc.Encode(c)
		}
	} else {
		printDiff(stdout, changes, len(oldRows), len(newRows))
	}
	if len(changes) > 0 {
		return exitFailed
	}
	return exitOK
}

func printDiff(w io.Writer, changes []figdiff.Change, nOld, nNew int) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "kind\tdoc\tsurface\tfields\told\tnew")
	show := func(k *figdiff.Key) string {
		if k == nil {
			return ""
		}
		v := optFloat(k.Value)
		if k.Value == nil {
			v = optFloat(k.Low) + ".." + optFloat(k.High)
		}
		return fmt.Sprintf("%s %s %s %s [%s]", v, k.Unit, k.Qualifier, k.Change, k.Metric)
	}
	for _, c := range changes {
		fmt.Fprintf(tw, "%s\t%s\t%s#%d\t%s\t%s\t%s\n", c.Kind, c.Doc, c.Surface, c.N, strings.Join(c.Fields, ","), show(c.Old), show(c.New))
	}
	tw.Flush()
	fmt.Fprintln(w, figdiff.Summarize(changes, nOld, nNew))
}
