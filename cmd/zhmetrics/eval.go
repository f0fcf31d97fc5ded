package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/zhmetrics/zhmetrics/eval"
)

func cmdEval(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	gold := fs.String("gold", "", "gold figures, JSONL (format of shared/gold/seeds.jsonl)")
	minF1 := fs.Float64("min-f1", 0, "exit 1 when span F1 is below this")
	limit := fs.Int("limit", 40, "list at most this many misses, false figures and wrong values each")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: zhmetrics eval --gold FILE [DATASET | INPUT...]\n\nScores the figures of a dataset, or of the inputs extracted afresh (default: seeds), against gold.")
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
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"seeds"}
	}
	rows, err := loadFigures(inputs, defaultMaxBytes, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "zhmetrics eval: %v\n", err)
		return exitUsage
	}
	pred := make([]eval.Figure, len(rows))
	for i, r := range rows {
		pred[i] = eval.Figure{Doc: r.DocID, Surface: r.Surface, Start: int(r.Start), End: int(r.End), Value: r.Value,
			Low: r.Low, High: r.High, Unit: r.Unit, Qualifier: r.Qualifier, Change: r.Change, Metric: r.Metric}
	}
	res := eval.Score(g, pred)
	res.Report(stdout, *limit)
	if res.F1 < *minF1 {
		return exitFailed
	}
	return exitOK
}
