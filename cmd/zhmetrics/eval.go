package main

import (
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/zhmetrics/zhmetrics/eval"
	"github.com/zhmetrics/zhmetrics/schema"
)

func cmdEval(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	gold := fs.String("gold", "", "gold figures, JSONL (format of shared/gold/seeds.jsonl)")
	minF1 := fs.Float64("min-f1", 0, "exit 1 when span F1 is below this")
	predFile := fs.String("pred", "", "score this JSONL file of predicted figures (the format of extract --format jsonl, or of the gold) instead of extracting")
	full := fs.Bool("full", false, "print a second line, as score.py --full does: period and interval accuracy, and whole rows right")
	limit := fs.Int("limit", 40, "list at most this many misses, false figures and wrong values each")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: zhmetrics eval --gold FILE [--full] [--pred FILE | DATASET | INPUT...]\n\nScores the figures of a dataset, or of the inputs extracted afresh (default: seeds), against gold.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *gold == "" {
		fmt.Fprintln(stderr, "zhmetrics eval: --gold is required")
		fs.Usage()
		return exitUsage
	}
	g, err := eval.ReadJSONLFile(*gold)
	if err != nil {
		fmt.Fprintf(stderr, "zhmetrics eval: %v\n", err)
		return exitUsage
	}
	var res eval.Result
	if *predFile != "" {
		if fs.NArg() > 0 {
			fmt.Fprintln(stderr, "zhmetrics eval: --pred and inputs exclude each other")
			return exitUsage
		}
		pred, err := eval.ReadJSONLFile(*predFile)
		if err != nil {
			fmt.Fprintf(stderr, "zhmetrics eval: %v\n", err)
			return exitUsage
		}
		res = eval.Score(g, pred)
	} else {
		inputs := fs.Args()
		if len(inputs) == 0 {
			inputs = []string{"seeds"}
		}
		rows, err := loadFigures(inputs, defaultMaxBytes, stderr)
		if err != nil {
			fmt.Fprintf(stderr, "zhmetrics eval: %v\n", err)
			return exitUsage
		}
		res = eval.Score(g, predictions(rows))
	}
	res.Report(stdout, *limit, *full)
	if res.F1 < *minF1 {
		return exitFailed
	}
	return exitOK
}

// isoDate is a nullable date as "YYYY-MM-DD", nil for null.
func isoDate(t *time.Time) *string {
	if t == nil {
		return nil
	}
	s := t.Format(time.DateOnly)
	return &s
}

// predictions are the rows of a dataset or an extraction as figures to score.
func predictions(rows []schema.FigureRow) []eval.Figure {
	pred := make([]eval.Figure, len(rows))
	for i, r := range rows {
		pred[i] = eval.Figure{Doc: r.DocID, Surface: r.Surface, Start: int(r.Start), End: int(r.End), Value: r.Value,
			Low: r.Low, High: r.High, Unit: r.Unit, Qualifier: r.Qualifier, Change: r.Change, Metric: r.Metric,
			Period: r.Period}
		pred[i].PeriodStart, pred[i].PeriodEnd = isoDate(r.PeriodStart), isoDate(r.PeriodEnd)
	}
	return pred
}
