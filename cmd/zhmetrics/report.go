package main

import (
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/zhmetrics/zhmetrics/pipeline"
	"github.com/zhmetrics/zhmetrics/report"
)

func cmdReport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "report.html", "HTML file to write")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: zhmetrics report [-o report.html] [DIR]\n\nWrites one self-contained HTML page summarising the dataset in DIR (default: out).")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	dir := "out"
	if fs.NArg() > 0 {
		dir = fs.Arg(0)
	}
	if !pipeline.IsDataset(dir) {
		fmt.Fprintf(stderr, "zhmetrics report: %s is not a zhmetrics dataset (no manifest.json); run `zhmetrics run -o %s` first\n", dir, dir)
		return exitUsage
	}
	figs, err := pipeline.ReadFigures(dir)
	if err != nil {
		fmt.Fprintf(stderr, "zhmetrics report: %v\n", err)
		return exitFailed
	}
	docs, err := pipeline.ReadDocuments(dir)
	if err != nil {
		fmt.Fprintf(stderr, "zhmetrics report: %v\n", err)
		return exitFailed
	}
	page, err := report.Build(dir, figs, docs, time.Now())
	if err != nil {
		fmt.Fprintf(stderr, "zhmetrics report: %v\n", err)
		return exitFailed
	}
	err = pipeline.WriteFileAtomic(*out, page.Write)
	if err != nil {
		fmt.Fprintf(stderr, "zhmetrics report: %v\n", err)
		return exitFailed
	}
	fmt.Fprintf(stderr, "zhmetrics report: %d documents, %d figures → %s\n", page.Documents, page.Figures, *out)
	return exitOK
}
