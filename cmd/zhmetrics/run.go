package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"github.com/zhmetrics/zhmetrics/dataset"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
	"sync/atomic"
	"syscall"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/zhmetrics/zhmetrics/pipeline"
	"github.com/zhmetrics/zhmetrics/schema"
)

// version is the zhmetrics version; `make build` may set it with -ldflags.
var version = "0.1.0"

func cmdRun(args []string, stdout, stderr io.Writer) int {
	// Signals are caught first: a run stopped even during start-up exits cleanly.
	var current atomic.Pointer[slog.Logger]
	current.Store(slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	ctx, stopped, stop := onSignals(current.Load)
	defer stop()
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "out", "output dataset directory")
	format := fs.String("format", schema.Parquet, "file format: parquet or arrow (Arrow IPC)")
	workers := fs.Int("workers", runtime.NumCPU(), "documents processed in parallel")
	maxBytes := fs.Int64("max-bytes", defaultMaxBytes, "skip files larger than this many bytes")
	full := fs.Bool("full", false, "process every document, not only new and changed ones")
	logFormat := fs.String("log-format", "text", "log format on stderr: text or json")
	quiet := fs.Bool("q", false, "no progress bar and no info logs")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile to this file")
	traceFile := fs.String("trace", "", "write a runtime execution trace to this file (go tool trace)")
	memProfile := fs.String("memprofile", "", "write a heap profile to this file after the last batch (what the run still holds: its bookkeeping)")
	batchDocs := fs.Int("batch-docs", pipeline.DefaultBatchDocs, "documents per part file (memory holds at most three batches)")
	streamBytes := fs.Int64("stream-bytes", pipeline.DefaultStreamBytes, "text documents larger than this are processed chunk by chunk (memory bounded by a few chunks, not by the document); negative: never")
	keepSnapshots := fs.Int("keep-snapshots", dataset.DefaultRetention.Snapshots, "replaced snapshots are kept while among the last N ...")
	keepFor := fs.Duration("keep-for", dataset.DefaultRetention.For, "... or for this long after they were replaced (for readers still on them)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: zhmetrics run [-o DIR] [flags] [INPUT...]\n\nProcesses the inputs (default: seeds) into a dataset (default: out).\nExit code 0: every document ok; 1: some failed (the rest is written), or the run failed;\n2: usage error or the dataset is locked; 130 / 143: stopped by SIGINT / SIGTERM (nothing\npublished, the previous snapshot stays current; a second signal exits at once).")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *format != schema.Parquet && *format != schema.Arrow {
		fmt.Fprintf(stderr, "zhmetrics run: unknown format %q (want parquet or arrow)\n", *format)
		return exitUsage
	}
	if *keepSnapshots < 1 || *keepFor < 0 {
		fmt.Fprintln(stderr, "zhmetrics run: --keep-snapshots must be at least 1 and --keep-for not negative")
		return exitUsage
	}
	if *workers < 1 {
		fmt.Fprintln(stderr, "zhmetrics run: --workers must be at least 1")
		return exitUsage
	}
	logger, err := newLogger(stderr, *logFormat, *quiet)
	if err != nil {
		fmt.Fprintf(stderr, "zhmetrics run: %v\n", err)
		return exitUsage
	}
	current.Store(logger)
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"seeds"}
	}
	for _, in := range inputs {
		if in == "-" {
			continue // standard input
		}
		if _, err := os.Lstat(in); err != nil {
			fmt.Fprintf(stderr, "zhmetrics run: input %v\n", err)
			return exitUsage
		}
	}
	opts := pipeline.Options{Inputs: inputs, OutDir: *out, Format: *format, Workers: *workers, MaxBytes: *maxBytes,
		Full: *full, Version: version, Logger: logger, BatchDocs: *batchDocs, ExtractorOf: pipeline.ExtractorFingerprint,
		Retention: dataset.Retention{Snapshots: *keepSnapshots, For: *keepFor}, StreamBytes: *streamBytes}
	opts.Context = ctx
	if f, ok := stderr.(*os.File); ok && !*quiet && term.IsTerminal(int(f.Fd())) {
		opts.Progress = &bar{w: stderr}
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintf(stderr, "zhmetrics run: %v\n", err)
			return exitUsage
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(stderr, "zhmetrics run: %v\n", err)
			return exitUsage
		}
		defer pprof.StopCPUProfile()
	}
	if *traceFile != "" {
		f, err := os.Create(*traceFile)
		if err != nil {
			fmt.Fprintf(stderr, "zhmetrics run: %v\n", err)
			return exitUsage
		}
		defer f.Close()
		if err := trace.Start(f); err != nil {
			fmt.Fprintf(stderr, "zhmetrics run: %v\n", err)
			return exitUsage
		}
		defer trace.Stop()
	}
	if *memProfile != "" {
		f, err := os.Create(*memProfile)
		if err != nil {
			fmt.Fprintf(stderr, "zhmetrics run: %v\n", err)
			return exitUsage
		}
		defer f.Close()
		opts.HeapProfile = f
	}
	sum, err := pipeline.Run(opts)
	if errors.Is(err, pipeline.ErrInterrupted) {
		sig := stopped()
		fmt.Fprintf(stderr, "zhmetrics run: stopped by %v: %v\n", sig, err)
		return exitSignal(sig)
	}
	if err != nil {
		logger.Error("run failed", "err", err)
		fmt.Fprintf(stderr, "zhmetrics run: %v\n", err)
		if errors.Is(err, dataset.ErrLocked) {
			return exitUsage
		}
		return exitFailed
	}
	fmt.Fprintf(stderr, "zhmetrics run: %s → %s\n", sum, *out)
	if sum.Failed > 0 {
		return exitFailed
	}
	return exitOK
}

// onSignals makes SIGINT and SIGTERM cancel the returned context: the run
// takes no more documents, removes its staged parts and returns. A second
// signal exits at once (exit code 128+signal), leaving the previous snapshot
// current; the next run removes what this one staged.
func onSignals(logger func() *slog.Logger) (ctx context.Context, stopped func() os.Signal, stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan os.Signal, 2)
	signal.Notify(ch, syscall.SIGINT, syscall.SIGTERM)
	var first atomic.Value
	go func() {
		for sig := range ch {
			if first.Load() != nil {
				fmt.Fprintf(os.Stderr, "zhmetrics run: second signal (%v): exiting now\n", sig)
				os.Exit(exitSignal(sig))
			}
			first.Store(sig)
			logger().Warn("stopping: no more documents are taken; a second signal exits at once", "signal", sig.String())
			cancel()
		}
	}()
	return ctx, func() os.Signal {
			if s, ok := first.Load().(os.Signal); ok {
				return s
			}
			return syscall.SIGINT
		}, func() {
			signal.Stop(ch)
			cancel()
		}
}

// exitSignal is the exit code of a run stopped by sig: 128 + its number, as a shell reports it.
func exitSignal(sig os.Signal) int {
	if s, ok := sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return exitFailed
}

func newLogger(w io.Writer, format string, quiet bool) (*slog.Logger, error) {
	level := slog.LevelInfo
	if quiet {
		level = slog.LevelWarn
	}
	opts := &slog.HandlerOptions{Level: level}
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("unknown log format %q (want text or json)", format)
}

// bar is the terminal progress bar: documents, MB, rate and ETA.
type bar struct {
	w    io.Writer
	pb   *progressbar.ProgressBar
	docs int
	all  int
}

func (b *bar) Start(docs int, bytes int64) {
	b.all = docs
	b.pb = progressbar.NewOptions64(bytes, progressbar.OptionSetWriter(b.w), progressbar.OptionShowBytes(true),
		progressbar.OptionSetPredictTime(true), progressbar.OptionShowElapsedTimeOnFinish(), progressbar.OptionThrottle(100e6),
		progressbar.OptionSetDescription(fmt.Sprintf("0/%d docs", docs)), progressbar.OptionClearOnFinish())
}

func (b *bar) Done(docs int, bytes int64) {
	b.docs += docs
	b.pb.Describe(fmt.Sprintf("%d/%d docs", b.docs, b.all))
	b.pb.Add64(bytes)
}

func (b *bar) Finish() { b.pb.Finish() }

func cmdVersion(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintf(stdout, "zhmetrics %s (schema %s)\n", version, schema.Version)
	return exitOK
}

func cmdSchema(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("schema", flag.ContinueOnError)
	fs.SetOutput(stderr)
	md := fs.Bool("markdown", false, "print Markdown tables (as in README)")
	js := fs.Bool("json", false, "print the columns and their Arrow types as JSON (read by the Python round-trip tests)")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *js {
		b, err := schema.DescribeJSON()
		if err != nil {
			fmt.Fprintln(stderr, "zhmetrics schema:", err)
			return exitFailed
		}
		fmt.Fprintf(stdout, "%s\n", b)
		return exitOK
	}
	fmt.Fprint(stdout, schema.Describe(version, *md))
	return exitOK
}
