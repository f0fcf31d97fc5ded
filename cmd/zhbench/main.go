// Command zhbench measures the stages of zhmetrics on a corpus, for `make bench`:
//
//	zhbench -mode decode DIR   read + decode + normalise, MB/s
//	zhbench -mode gse DIR      gse Segmenter.Pos over every line, same dictionary, load excluded, MB/s
//	zhbench -mode startup      time to load the segmenter, and the resident memory after it
//
// The full pipeline is measured with `zhmetrics run` itself (scripts/bench.sh).
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/zhmetrics/zhmetrics/pipeline"
)

func main() {
	mode := flag.String("mode", "gse", "decode, gse or startup")
	flag.Parse()
	switch *mode {
	case "startup":
		t0 := time.Now()
		if _, err := pipeline.LoadSegmenter(); err != nil {
			fail(err)
		}
		d := time.Since(t0)
		runtime.GC()
		fmt.Printf("startup: segmenter loaded in %.3f s; resident %s\n", d.Seconds(), rss())
		return
	case "decode", "gse":
	default:
		fail(fmt.Errorf("unknown mode %q", *mode))
	}
	files, err := pipeline.Discover(flag.Args())
	if err != nil {
		fail(err)
	}
	var seg *pipeline.Segmenter
	if *mode == "gse" {
		if seg, err = pipeline.LoadSegmenter(); err != nil {
			fail(err)
		}
	}
	var bytes int64
	t0 := time.Now()
	for _, in := range files {
		raw, err := os.ReadFile(in.Path)
		if err != nil {
			fail(err)
		}
		bytes += int64(len(raw))
		text, _, err := pipeline.Decode(raw)
		if err != nil {
			continue
		}
		if *mode == "decode" {
			n := pipeline.Normalize(text)
			pipeline.Simplify(&n)
			continue
		}
		for _, line := range strings.Split(text, "\n") {
			if line != "" {
				seg.Pos(line)
			}
		}
	}
	sec := time.Since(t0).Seconds()
	fmt.Printf("%s: %.1f MB in %.2f s = %.2f MB/s\n", *mode, float64(bytes)/1e6, sec, float64(bytes)/1e6/sec)
}

func rss() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmRSS:") {
			return strings.TrimSpace(strings.TrimPrefix(l, "VmRSS:"))
		}
	}
	return "unknown"
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "zhbench:", err)
	os.Exit(1)
}
