// Command zhbench measures the stages of zhmetrics on a corpus, for `make bench`:
//
//	zhbench -mode decode DIR   read + decode + normalise, MB/s
//	zhbench -mode gse DIR      gse alone: gse's Segmenter.Pos over every line, with the dictionary
//	                           zhmetrics uses, loaded by gse (LoadDictEmbed("zh_s")); load excluded, MB/s
//	zhbench -mode process DIR  pipeline.Process over every document, one goroutine, nothing written;
//	                           the files read first, load excluded, MB/s (-cpuprofile F to see where)
//	zhbench -mode write DIR    pipeline.PartWriter.Write of DIR's documents, processed first (untimed) and cut
//	                           in batches of 500 as `zhmetrics run` cuts them, into a temporary directory;
//	                           MB/s of input text (-cpuprofile F: the writing only)
//	zhbench -mode startup      time to load zhmetrics' segmenter, and the resident memory after it
//	zhbench -mode gse-startup  the same for gse's own loader, for comparison
//
// The full pipeline is measured with `zhmetrics run` itself (scripts/bench.sh).
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/go-ego/gse"

	"github.com/zhmetrics/zhmetrics/pipeline"
)

func main() {
	mode := flag.String("mode", "gse", "decode, gse, process, write, startup or gse-startup")
	cpuProfile := flag.String("cpuprofile", "", "process and write modes: write a CPU profile of the timed loop to this file")
	memProfile := flag.String("memprofile", "", "write mode: write a profile of the allocations of the timed loop to this file (go tool pprof -sample_index=alloc_space)")
	repeat := flag.Int("repeat", 1, "write mode: write the parts this many times (the first time pays for the writer's pools and encoders)")
	flag.Parse()
	switch *mode {
	case "startup", "gse-startup":
		t0 := time.Now()
		if *mode == "startup" {
			if _, err := pipeline.LoadSegmenter(); err != nil {
				fail(err)
			}
		} else if _, err := loadGse(); err != nil {
			fail(err)
		}
		d := time.Since(t0)
		runtime.GC()
		fmt.Printf("%s: segmenter loaded in %.3f s; resident %s\n", *mode, d.Seconds(), rss())
		return
	case "decode", "gse":
	case "process":
		processCorpus(flag.Args(), *cpuProfile)
		return
	case "write":
		writeCorpus(flag.Args(), *cpuProfile, *memProfile, *repeat)
		return
	default:
		fail(fmt.Errorf("unknown mode %q", *mode))
	}
	files, err := pipeline.Discover(flag.Args())
	if err != nil {
		fail(err)
	}
	var seg *gse.Segmenter
	if *mode == "gse" {
		if seg, err = loadGse(); err != nil {
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
		if *mode == "decode" { // as Process decodes and normalises (an undecodable document is an error row there)
			pipeline.DecodeNormalize(raw)
			continue
		}
		text, _, err := pipeline.Decode(raw)
		if err != nil {
			continue
		}
		for _, line := range strings.Split(text, "\n") {
			if line != "" {
				seg.Pos(line, false)
			}
		}
	}
	sec := time.Since(t0).Seconds()
	fmt.Printf("%s: %.1f MB in %.2f s = %.2f MB/s\n", *mode, float64(bytes)/1e6, sec, float64(bytes)/1e6/sec)
}

// processCorpus runs pipeline.Process over every document of dirs, in one
// goroutine, after reading them all: what one worker of `zhmetrics run` does
// without the file reads, the hashing and the writer.
func processCorpus(dirs []string, cpuProfile string) {
	inputs, raws, bytes := readCorpus(dirs)
	seg, err := pipeline.LoadSegmenter()
	if err != nil {
		fail(err)
	}
	defer startProfile(cpuProfile)()
	figures := 0
	t0 := time.Now()
	for i, in := range inputs {
		figures += len(pipeline.Process(seg, in, raws[i]).Figures)
	}
	sec := time.Since(t0).Seconds()
	fmt.Printf("process: %.1f MB in %.2f s = %.2f MB/s (%d documents, %d figures)\n", float64(bytes)/1e6, sec, float64(bytes)/1e6/sec, len(inputs), figures)
}

// writeCorpus processes every document of dirs (untimed), then writes them
// as `zhmetrics run`'s writer goroutine does, a part of
// pipeline.DefaultBatchDocs documents at a time, into a temporary directory:
// the writer's cost alone. With repeat > 1 the parts are written that many
// times (over the same directory): the writer's cost once warm is the
// difference between two counts.
func writeCorpus(dirs []string, cpuProfile, memProfile string, repeat int) {
	inputs, raws, bytes := readCorpus(dirs)
	seg, err := pipeline.LoadSegmenter()
	if err != nil {
		fail(err)
	}
	docs := make([]pipeline.Document, len(inputs))
	figures := 0
	for i, in := range inputs {
		docs[i] = pipeline.Process(seg, in, raws[i])
		figures += len(docs[i].Figures)
	}
	dir, err := os.MkdirTemp("", "zhbench-write-")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(dir)
	if memProfile != "" {
		runtime.MemProfileRate = 1 // every allocation, from here on
	}
	stop := startProfile(cpuProfile)
	var written int64
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	t0 := time.Now()
	var pw pipeline.PartWriter // as Run's writer goroutine: one for all parts
	for range repeat {
		written = 0
		for start := 0; start < len(docs); start += pipeline.DefaultBatchDocs {
			p, err := pw.Write(dir, "parquet", "zhbench", docs[start:min(start+pipeline.DefaultBatchDocs, len(docs))])
			if err != nil {
				fail(err)
			}
			for _, f := range p.Files {
				written += f.Bytes
			}
		}
	}
	sec := time.Since(t0).Seconds()
	runtime.ReadMemStats(&m1)
	stop()
	if memProfile != "" {
		runtime.GC() // the profile is as of the last collection
		f, err := os.Create(memProfile)
		if err != nil {
			fail(err)
		}
		if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
			fail(err)
		}
		f.Close()
	}
	mb := float64(bytes) * float64(repeat) / 1e6
	fmt.Printf("write: %.1f MB in %.2f s = %.2f MB/s (%d documents, %d figures, %d bytes of Parquet a pass; allocated %d bytes in %d objects)\n",
		mb, sec, mb/sec, len(inputs), figures, written, m1.TotalAlloc-m0.TotalAlloc, m1.Mallocs-m0.Mallocs)
}

// readCorpus reads every document of dirs into memory.
func readCorpus(dirs []string) (inputs []pipeline.Input, raws [][]byte, bytes int64) {
	files, err := pipeline.Discover(dirs)
	if err != nil {
		fail(err)
	}
	if inputs, err = pipeline.Expand(files); err != nil {
		fail(err)
	}
	raws = make([][]byte, len(inputs))
	for i, in := range inputs {
		if in.Data != nil {
			raws[i] = in.Data
		} else if raws[i], err = os.ReadFile(in.Path); err != nil {
			fail(err)
		}
		bytes += int64(len(raws[i]))
	}
	return inputs, raws, bytes
}

// startProfile starts a CPU profile into path, if set; it returns the
// function that stops it.
func startProfile(path string) (stop func()) {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		fail(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		fail(err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}

// loadGse loads gse the way its documentation does, with the dictionary
// zhmetrics uses.
func loadGse() (*gse.Segmenter, error) {
	seg := &gse.Segmenter{SkipLog: true}
	return seg, seg.LoadDictEmbed("zh_s")
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
