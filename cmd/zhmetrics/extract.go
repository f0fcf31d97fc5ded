package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/zhmetrics/zhmetrics/extract"
	"github.com/zhmetrics/zhmetrics/pipeline"
)

// figureJSON is one line of `zhmetrics extract --format jsonl`; its field
// names are the column names of the figures table.
type figureJSON struct {
	Doc           string   `json:"doc"`
	Start         int      `json:"start"`
	End           int      `json:"end"`
	Surface       string   `json:"surface"`
	Value         *float64 `json:"value"`
	Low           *float64 `json:"low"`
	High          *float64 `json:"high"`
	Unit          string   `json:"unit"`
	UnitWritten   string   `json:"unit_written"`
	Dimension     string   `json:"dimension"`
	BaseValue     *float64 `json:"base_value"`
	BaseUnit      string   `json:"base_unit"`
	Qualifier     string   `json:"qualifier"`
	Change        string   `json:"change"`
	Compare       string   `json:"compare"`
	Metric        string   `json:"metric"`
	Period        string   `json:"period"`
	PeriodStart   *string  `json:"period_start"`
	PeriodEnd     *string  `json:"period_end"`
	SentenceIndex int      `json:"sentence_index"`
	Sentence      string   `json:"sentence"`
}

func toJSON(doc string, f pipeline.Figure) figureJSON {
	return figureJSON{Doc: doc, Start: f.Start, End: f.End, Surface: f.Surface, Value: f.Value, Low: f.Low, High: f.High,
		Unit: f.Unit, UnitWritten: f.UnitWritten, Dimension: f.Dimension, BaseValue: f.BaseValue, BaseUnit: f.BaseUnit,
		Qualifier: f.Qualifier, Change: f.Change, Compare: f.Compare, Metric: f.Metric, Period: f.Period,
		PeriodStart: jsonDate(f.PeriodStart), PeriodEnd: jsonDate(f.PeriodEnd),
		SentenceIndex: f.SentenceIndex, Sentence: f.Sentence}
}

// jsonDate is a date as YYYY-MM-DD, or nil (JSON null) for the zero time.
func jsonDate(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.Format(time.DateOnly)
	return &s
}

var tsvColumns = []string{"doc", "start", "end", "surface", "value", "low", "high", "unit", "dimension",
	"qualifier", "change", "metric", "period"}

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
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	code := exitOK
	for _, in := range found {
		doc := pipeline.ReadAndProcess(seg, in, *maxBytes)
		if doc.Status != pipeline.StatusOK {
			fmt.Fprintf(stderr, "zhmetrics extract: %s: %s: %s\n", in.Path, doc.Status, doc.Error)
			if doc.Status == pipeline.StatusError {
				code = exitFailed
			}
		}
		for _, f := range doc.Figures {
			if *format == "jsonl" {
				if err := enc.Encode(toJSON(in.DocID, f)); err != nil {
					fmt.Fprintf(stderr, "zhmetrics extract: %v\n", err)
					return exitFailed
				}
				continue
			}
			fmt.Fprintln(w, strings.Join([]string{in.DocID, fmt.Sprint(f.Start), fmt.Sprint(f.End), f.Surface,
				optFloat(f.Value), optFloat(f.Low), optFloat(f.High), f.Unit, f.Dimension, f.Qualifier, f.Change,
				f.Metric, f.Period}, "\t"))
		}
	}
	return code
}

func optFloat(v *float64) string {
	if v == nil {
		return ""
	}
	return extract.FormatValue(*v)
}
