package main

import (
	"flag"
	"fmt"
	"github.com/zhmetrics/zhmetrics/dataset"
	"io"
	"time"

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
	if !dataset.IsDataset(dir) {
		fmt.Fprintf(stderr, "zhmetrics report: %s is not a zhmetrics dataset (no manifest.json); run `zhmetrics run -o %s` first\n", dir, dir)
		return exitUsage
	}
	figs, err := dataset.ReadFigures(dir)
	if err != nil {
		fmt.Fprintf(stderr, "zhmetrics report: %v\n", err)
		return exitFailed
	}
	docs, err := dataset.ReadDocuments(dir)
	if err != nil {
		fmt.Fprintf(stderr, "zhmetrics report: %v\n", err)
		return exitFailed
	}
	page, err := report.Build(dir, figs, docs, time.Now())
	if err != nil {
		fmt.Fprintf(stderr, "zhmetrics report: %v\n", err)
		return exitFailed
	}
	err = dataset.WriteFileAtomic(*out, page.Write)
	if err != nil {
		fmt.Fprintf(stderr, "zhmetrics report: %v\n", err)
		return exitFailed
	}
	fmt.Fprintf(stderr, "zhmetrics report: %d documents, %d figures → %s\n", page.Documents, page.Figures, *out)
	return exitOK
}
