package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/zhmetrics/zhmetrics/extract"
	"github.com/zhmetrics/zhmetrics/pipeline"
	"github.com/zhmetrics/zhmetrics/schema"
)

var tsvColumns = []string{"doc", "start", "end", "surface", "value", "low", "high", "unit", "dimension",
	"qualifier", "change", "metric", "period", "period_start", "period_end"}

func cmdExtract(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "jsonl", "output format: jsonl or tsv")
	maxBytes := fs.Int64("max-bytes", defaultMaxBytes, "skip files larger than this many bytes")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: zhmetrics extract [--format jsonl|tsv] [INPUT...]\n\nPrints the figures of the inputs (default: seeds) without writing a dataset.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *format != "jsonl" && *format != "tsv" {
		fmt.Fprintf(stderr, "zhmetrics extract: unknown format %q (want jsonl or tsv)\n", *format)
		return exitUsage
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"seeds"}
	}
	found, err := pipeline.Discover(inputs)
	if err == nil {
		found, err = pipeline.Expand(found)
	}
	if err != nil {
		fmt.Fprintf(stderr, "zhmetrics extract: %v\n", err)
		return exitUsage
	}
	seg, err := pipeline.LoadSegmenter()
	if err != nil {
		fmt.Fprintf(stderr, "zhmetrics extract: loading the segmenter: %v\n", err)
		return exitFailed
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if *format == "tsv" {
		fmt.Fprintln(w, strings.Join(tsvColumns, "\t"))
	}
	code := exitOK
	var line []byte
	for _, in := range found {
		doc := pipeline.ReadAndProcess(seg, in, *maxBytes)
		if doc.Status != pipeline.StatusOK {
			fmt.Fprintf(stderr, "zhmetrics extract: %s: %s: %s\n", in.Path, doc.Status, doc.Error)
			if doc.Status == pipeline.StatusError {
				code = exitFailed
			}
		}
		if *format == "jsonl" { // one line per figure: "doc", then the figures table's columns
			rows := pipeline.FigureRows(doc)
			for i := range rows {
				var err error
				if line, err = schema.AppendJSON(line[:0], schema.FigureColumns, &rows[i], "doc", in.DocID); err != nil {
					fmt.Fprintf(stderr, "zhmetrics extract: %v\n", err)
					return exitFailed
				}
				w.Write(append(line, '\n'))
			}
			continue
		}
		for _, f := range doc.Figures {
			fmt.Fprintln(w, strings.Join([]string{in.DocID, fmt.Sprint(f.Start), fmt.Sprint(f.End), f.Surface,
				optFloat(f.Value), optFloat(f.Low), optFloat(f.High), f.Unit, f.Dimension, f.Qualifier, f.Change,
				f.Metric, f.Period, tsvDate(f.PeriodStart), tsvDate(f.PeriodEnd)}, "\t"))
		}
	}
	return code
}

// tsvDate is a date as YYYY-MM-DD, or empty for the zero time.
func tsvDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

func optFloat(v *float64) string {
	if v == nil {
		return ""
	}
	return extract.FormatValue(*v)
}
