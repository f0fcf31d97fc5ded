package main

import (
	"flag"
	"fmt"
	"github.com/zhmetrics/zhmetrics/dataset"
	"io"
	"time"

	"github.com/zhmetrics/zhmetrics/report"
	"github.com/zhmetrics/zhmetrics/schema"
)

func cmdReport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "report.html", "HTML file to write")
	compare := fs.Bool("compare", false, "review what changed from OLD to NEW (datasets or inputs, as for diff)")
	maxRows := fs.Int("max-rows", report.DefaultMaxRows, "figures (or changes) the page's table holds; above it, an evenly spaced sample")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: zhmetrics report [-o report.html] [--max-rows N] [DIR]\n       zhmetrics report --compare [-o report.html] OLD NEW\n\n"+
			"Writes one self-contained HTML page (script, style and data inline; it loads nothing) to explore\n"+
			"the dataset in DIR (default: out), or with --compare to review the figures added, removed and\n"+
			"changed from OLD to NEW, paired as `zhmetrics diff` pairs them.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	opt := report.Options{MaxRows: *maxRows}
	var page *report.Page
	if *compare {
		if fs.NArg() != 2 {
			fs.Usage()
			return exitUsage
		}
		p, code := reviewPage(fs.Arg(0), fs.Arg(1), opt, "zhmetrics report", stderr)
		if p == nil {
			return code
		}
		page = p
	} else {
		dir := "out"
		if fs.NArg() > 1 {
			fs.Usage()
			return exitUsage
		}
		if fs.NArg() == 1 {
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
		page = report.Build(dir, figs, docs, time.Now(), opt)
	}
	if err := dataset.WriteFileAtomic(*out, page.Write); err != nil {
		fmt.Fprintf(stderr, "zhmetrics report: %v\n", err)
		return exitFailed
	}
	switch d := page.Data.(type) {
	case *report.Explore:
		fmt.Fprintf(stderr, "zhmetrics report: %d documents, %d figures (%d in the table) → %s\n", d.Documents, d.Figures, d.Held, *out)
	case *report.Review:
		fmt.Fprintf(stderr, "zhmetrics report: %s → %s\n", d.Text, *out)
	}
	return exitOK
}

// reviewPage reads OLD and NEW (datasets or inputs) and builds the page of
// what changed; on failure it returns nil and the exit code.
func reviewPage(oldArg, newArg string, opt report.Options, cmd string, stderr io.Writer) (*report.Page, int) {
	oldRows, err := loadFigures([]string{oldArg}, defaultMaxBytes, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", cmd, err)
		return nil, exitUsage
	}
	newRows, err := loadFigures([]string{newArg}, defaultMaxBytes, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", cmd, err)
		return nil, exitUsage
	}
	// Titles, dates and paths come from the datasets' documents tables, the
	// new one's first; inputs extracted afresh have none.
	var docs []schema.DocumentRow
	seen := map[string]bool{}
	for _, dir := range []string{newArg, oldArg} {
		if !dataset.IsDataset(dir) {
			continue
		}
		ds, err := dataset.ReadDocuments(dir)
		if err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", cmd, err)
			return nil, exitFailed
		}
		for _, d := range ds {
			if !seen[d.DocID] {
				seen[d.DocID] = true
				docs = append(docs, d)
			}
		}
	}
	return report.Compare(oldArg, newArg, oldRows, newRows, docs, time.Now(), opt), exitOK
}

// writeReviewHTML is `zhmetrics diff --format html`: the review page on w.
func writeReviewHTML(oldArg, newArg string, w io.Writer, stderr io.Writer) int {
	page, code := reviewPage(oldArg, newArg, report.Options{}, "zhmetrics diff", stderr)
	if page == nil {
		return code
	}
	if err := page.Write(w); err != nil {
		fmt.Fprintf(stderr, "zhmetrics diff: %v\n", err)
		return exitFailed
	}
	if r := page.Data.(*report.Review); r.Total > 0 {
		return exitFailed
	}
	return exitOK
}
