package main

import (
	"fmt"
	"github.com/zhmetrics/zhmetrics/dataset"
	"io"

	"github.com/zhmetrics/zhmetrics/pipeline"
	"github.com/zhmetrics/zhmetrics/schema"
)

// loadFigures gives the figures of a source: a dataset directory (one with a
// manifest.json) is read; anything else is a list of inputs extracted afresh.
func loadFigures(args []string, maxBytes int64, stderr io.Writer) ([]schema.FigureRow, error) {
	if len(args) == 1 && dataset.IsDataset(args[0]) {
		return dataset.ReadFigures(args[0])
	}
	inputs, err := pipeline.Discover(args)
	if err == nil {
		inputs, err = pipeline.Expand(inputs)
	}
	if err != nil {
		return nil, err
	}
	seg, err := pipeline.LoadSegmenter()
	if err != nil {
		return nil, fmt.Errorf("loading the segmenter: %w", err)
	}
	var rows []schema.FigureRow
	for _, in := range inputs {
		d := pipeline.ReadAndProcess(seg, in, maxBytes)
		if d.Status != pipeline.StatusOK {
			fmt.Fprintf(stderr, "zhmetrics: %s: %s: %s\n", in.Path, d.Status, d.Error)
		}
		rows = append(rows, pipeline.FigureRows(d)...)
	}
	return rows, nil
}
