// Command zhmetrics-beam runs the zhmetrics extraction as an Apache Beam
// pipeline, so a corpus larger than one machine runs on Flink, Spark or
// Dataflow with the same stages and rules as `zhmetrics run`:
//
//	zhmetrics-beam --input 'seeds/*.txt' --output out-beam --runner=prism
//
// Each document is processed by pipeline.Process in a DoFn whose segmenter is
// loaded once per worker (Setup); the figures and documents tables are
// written with the project's schema package, in the layout of `zhmetrics run`
// (figures/part-*.parquet, documents/part-*.parquet, manifest.json).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"log"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/memfs"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/zhmetrics/zhmetrics/dataset"
	"github.com/zhmetrics/zhmetrics/pipeline"
	"github.com/zhmetrics/zhmetrics/schema"
)

var (
	input    = flag.String("input", "seeds/*", "comma-separated globs of input documents on any Beam filesystem (.txt, .md, .html, .jsonl)")
	output   = flag.String("output", "out-beam", "output dataset directory (same layout as zhmetrics run)")
	format   = flag.String("format", schema.Parquet, "parquet or arrow")
	maxBytes = flag.Int64("max-bytes", 64<<20, "skip documents larger than this")
	buckets  = flag.Int("parts", 8, "number of part files (documents are spread over them by id)")
)

const version = "0.1.0-beam"

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(int, []byte), error](&processFn{})
	register.Emitter2[int, []byte]()
	register.DoFn4x1[context.Context, int, func(*[]byte) bool, func([]byte), error](&writePartFn{})
	register.Iter1[[]byte]()
	register.Emitter1[[]byte]()
	register.DoFn3x1[context.Context, int, func(*[]byte) bool, error](&writeSnapshotFn{})
}

// processFn turns one input file into its documents (one, or one per JSONL
// line), each keyed by the part it goes to.
type processFn struct {
	Base     string // the part of the glob before any wildcard: doc ids are relative to it
	MaxBytes int64
	Parts    int
	seg      *pipeline.Segmenter
}

// Setup loads the segmenter once per worker process.
func (fn *processFn) Setup() error {
	seg, err := pipeline.LoadSegmenter()
	fn.seg = seg
	return err
}

func (fn *processFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(int, []byte)) error {
	p := f.Metadata.Path
	in := pipeline.Input{Path: p, DocID: docID(fn.Base, p), Kind: kindOf(p)}
	var docs []pipeline.Document
	switch {
	case fn.MaxBytes > 0 && f.Metadata.Size > fn.MaxBytes && in.Kind != pipeline.KindJSONL:
		docs = append(docs, pipeline.Document{Input: in, Bytes: f.Metadata.Size, Status: pipeline.StatusSkipped,
			Error: fmt.Sprintf("%d bytes, over --max-bytes %d", f.Metadata.Size, fn.MaxBytes)})
	default:
		data, err := f.Read(ctx)
		if err != nil {
			docs = append(docs, pipeline.Document{Input: in, Status: pipeline.StatusError, Error: err.Error()})
			break
		}
		if in.Kind != pipeline.KindJSONL {
			docs = append(docs, pipeline.Process(fn.seg, in, data))
			break
		}
		lines, raws := pipeline.SplitJSONL(in, data)
		for i, line := range lines {
			if line.Err != "" {
				docs = append(docs, pipeline.Document{Input: line, Status: pipeline.StatusError, Error: line.Err})
				continue
			}
			docs = append(docs, pipeline.Process(fn.seg, line, raws[i]))
		}
	}
	for _, d := range docs {
		b, err := json.Marshal(d)
		if err != nil {
			return err
		}
		h := fnv.New32a()
		h.Write([]byte(d.DocID))
		emit(int(h.Sum32()%uint32(max(fn.Parts, 1))), b)
	}
	return nil
}

// writePartFn writes the documents of one key as one part, sorted by id.
type writePartFn struct {
	Output, Format string
}

func (fn *writePartFn) ProcessElement(ctx context.Context, key int, docs func(*[]byte) bool, emit func([]byte)) error {
	var all []pipeline.Document
	var b []byte
	for docs(&b) {
		var d pipeline.Document
		if err := json.Unmarshal(b, &d); err != nil {
			return err
		}
		all = append(all, d)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].DocID < all[j].DocID })
	var part dataset.Part
	err := staged(ctx, fn.Output, func(dir string) ([]string, error) {
		if !isRemote(fn.Output) { // into the staging directory the last step publishes
			dir = filepath.Join(dir, beamStage)
		}
		p, err := pipeline.WritePart(dir, fn.Format, version, all)
		part = p
		ext := schema.Ext(fn.Format)
		return []string{"figures/" + p.Name + ext, "documents/" + p.Name + ext}, err
	})
	if err != nil {
		return err
	}
	out, err := json.Marshal(part)
	if err != nil {
		return err
	}
	emit(out)
	return nil
}

// writeSnapshotFn switches the dataset to the parts written, last.
type writeSnapshotFn struct {
	Output, Format string
}

func (fn *writeSnapshotFn) ProcessElement(ctx context.Context, _ int, parts func(*[]byte) bool) error {
	var all []dataset.Part
	var b []byte
	for parts(&b) {
		var p dataset.Part
		if err := json.Unmarshal(b, &p); err != nil {
			return err
		}
		all = append(all, p)
	}
	sum := dataset.SummaryOf(all)
	sum.Processed = sum.Documents
	m := &dataset.Manifest{SchemaVersion: schema.Version, ZhmetricsVersion: version, Format: fn.Format,
		CreatedAt: time.Now().UTC().Truncate(time.Second), Summary: sum}
	if !isRemote(fn.Output) {
		release, err := dataset.Lock(fn.Output)
		if err != nil {
			return err
		}
		defer release()
		prev, err := dataset.Open(fn.Output)
		if err != nil {
			return err
		}
		return dataset.Publish(fn.Output, filepath.Join(fn.Output, beamStage), prev, m, all, dataset.DefaultRetention)
	}
	return staged(ctx, fn.Output, func(dir string) ([]string, error) {
		return []string{dataset.ManifestName}, dataset.WriteFlat(dir, m, all)
	})
}

// beamStage is where the Beam workers write parts into a local output, until
// the last step publishes them as a snapshot (see package dataset).
const beamStage = ".staging/beam"

// isRemote reports whether a path names a Beam filesystem other than the
// local one (gs://bucket/out, memfs://out).
func isRemote(p string) bool { return strings.Contains(p, "://") }

// staged runs write on the output directory itself when it is local (files
// are written atomically there), or on a local staging directory whose files
// it then publishes to the output's Beam filesystem. On object stores an
// object appears whole when it is closed, and the manifest is written last,
// so readers see the previous snapshot or the new one.
func staged(ctx context.Context, output string, write func(dir string) ([]string, error)) error {
	if !isRemote(output) {
		_, err := write(output)
		return err
	}
	dir, err := os.MkdirTemp("", "zhmetrics-beam-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	files, err := write(dir)
	if err != nil {
		return err
	}
	return publish(ctx, dir, output, files)
}

// publish copies files (paths relative to dir) to the output on its Beam filesystem.
func publish(ctx context.Context, dir, output string, files []string) error {
	fs, err := filesystem.New(ctx, output)
	if err != nil {
		return err
	}
	defer fs.Close()
	for _, rel := range files {
		data, err := os.ReadFile(filepath.Join(dir, rel))
		if err != nil {
			return err
		}
		if err := filesystem.Write(ctx, fs, strings.TrimSuffix(output, "/")+"/"+rel, data); err != nil {
			return fmt.Errorf("publishing %s: %w", rel, err)
		}
	}
	return nil
}

// globBase is the directory part of a glob before its first wildcard.
func globBase(glob string) string {
	i := strings.IndexAny(glob, "*?[")
	if i < 0 {
		return path.Dir(glob)
	}
	return path.Dir(glob[:i] + "x")
}

func docID(base, p string) string {
	if rel, err := filepath.Rel(base, p); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return path.Base(p)
}

func kindOf(p string) string {
	if k, ok := pipeline.Extensions[strings.ToLower(path.Ext(p))]; ok {
		return k
	}
	return pipeline.KindText
}

func main() {
	flag.Parse()
	beam.Init()
	if *format != schema.Parquet && *format != schema.Arrow {
		log.Fatalf("unknown --format %q", *format)
	}
	p, s := beam.NewPipelineWithRoot()
	var docs []beam.PCollection
	for _, glob := range strings.Split(*input, ",") {
		glob = strings.TrimSpace(glob)
		files := fileio.ReadMatches(s, fileio.MatchFiles(s, glob, fileio.MatchEmptyAllow()))
		docs = append(docs, beam.ParDo(s, &processFn{Base: globBase(glob), MaxBytes: *maxBytes, Parts: *buckets}, files))
	}
	keyed := beam.Flatten(s, docs...)
	parts := beam.ParDo(s, &writePartFn{Output: *output, Format: *format}, beam.GroupByKey(s, keyed))
	one := beam.AddFixedKey(s, parts)
	beam.ParDo0(s, &writeSnapshotFn{Output: *output, Format: *format}, beam.GroupByKey(s, one))
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("zhmetrics-beam: %v", err)
	}
}
