package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/zhmetrics/zhmetrics/dataset"
	"github.com/zhmetrics/zhmetrics/schema"
)

// Options of a batch run.
type Options struct {
	Inputs     []string // files and directories
	OutDir     string
	Format     string // schema.Parquet or schema.Arrow
	Workers    int    // documents processed in parallel; 0 means the number of CPUs
	MaxBytes   int64  // larger files are skipped; 0 means no limit
	Full       bool   // process every document, not only new and changed ones
	BatchDocs  int    // documents per part file (memory is bounded by one batch)
	BatchBytes int64  // input bytes per part file
	Version    string // zhmetrics version, stamped into files and manifest
	Extractor  string // fingerprint of the extractor (see ExtractorFingerprint); a change reprocesses every document
	Logger     *slog.Logger
	Progress   Progress // nil: no progress display
}

// Progress is told how far a run is: documents and bytes done of the total.
type Progress interface {
	Start(docs int, bytes int64)
	Done(docs int, bytes int64)
	Finish()
}

// Defaults for a batch.
const (
	DefaultBatchDocs  = 500
	DefaultBatchBytes = 16 << 20
)

// Run processes the inputs into the dataset at opts.OutDir: new and changed
// documents are processed, unchanged ones carried over, vanished ones dropped.
// It returns the summary; an error means the run did not complete (the previous
// snapshot is intact).
func Run(opts Options) (dataset.Summary, error) {
	t0 := time.Now()
	opts.setDefaults()
	log := opts.Logger
	if err := os.MkdirAll(opts.OutDir, 0o755); err != nil {
		return dataset.Summary{}, err
	}
	release, err := dataset.Lock(opts.OutDir)
	if err != nil {
		return dataset.Summary{}, err
	}
	defer release()
	prev, err := dataset.ReadManifest(opts.OutDir)
	if err != nil {
		return dataset.Summary{}, err
	}
	if err := dataset.RemoveStrays(opts.OutDir, prev, dataset.Tables); err != nil {
		return dataset.Summary{}, err
	}
	for _, t := range dataset.Tables {
		if err := os.MkdirAll(filepath.Join(opts.OutDir, t), 0o755); err != nil {
			return dataset.Summary{}, err
		}
	}
	files, err := Discover(opts.Inputs)
	if err != nil {
		return dataset.Summary{}, err
	}
	inputs, err := Expand(files)
	if err != nil {
		return dataset.Summary{}, err
	}
	current, err := hashInputs(inputs)
	if err != nil {
		return dataset.Summary{}, err
	}

	// Keep the parts whose documents are all still there, unchanged; of the
	// other parts, carry the unchanged documents over into parts of their own.
	var kept []dataset.Part
	carried := map[string]bool{}
	if prev != nil && !opts.Full && prev.Extractor != opts.Extractor {
		log.Info("the extractor changed since the last run: every document is processed again")
	}
	if prev != nil && !opts.Full && prev.Format == opts.Format && prev.SchemaVersion == schema.Version && prev.Extractor == opts.Extractor {
		for _, p := range prev.Parts {
			if !partUnchanged(p, current) {
				np, ok, err := dataset.CarryOver(opts.OutDir, opts.Format, opts.Version, p, current)
				if err != nil {
					log.Warn("cannot carry a part over; its documents are processed again", "part", p.Name, "err", err)
					continue
				}
				if !ok {
					continue
				}
				p = np
			}
			kept = append(kept, p)
			for _, d := range p.Documents {
				carried[d.DocID] = true
			}
		}
	}
	var todo []Input
	var todoBytes int64
	for _, in := range inputs {
		if !carried[in.DocID] {
			todo = append(todo, in)
			todoBytes += current[in.DocID].Bytes
		}
	}
	sum := dataset.Summary{Carried: len(carried)}
	if prev != nil {
		for _, p := range prev.Parts {
			for _, d := range p.Documents {
				if _, ok := current[d.DocID]; !ok {
					sum.Removed++
				}
			}
		}
	}
	log.Info("run", "inputs", len(inputs), "to_process", len(todo), "carried_over", len(carried), "removed", sum.Removed, "out", opts.OutDir)

	// Process the rest in batches, one part each.
	var seg *Segmenter
	if len(todo) > 0 {
		if seg, err = LoadSegmenter(); err != nil {
			return dataset.Summary{}, fmt.Errorf("loading the segmenter: %w", err)
		}
	}
	if opts.Progress != nil {
		opts.Progress.Start(len(todo), todoBytes)
		defer opts.Progress.Finish()
	}
	// Batches are processed by the workers while the previous one is being
	// written: memory holds at most two batches.
	type written struct {
		part dataset.Part
		err  error
	}
	toWrite := make(chan []Document, 1)
	done := make(chan written)
	go func() {
		for docs := range toWrite {
			p, err := writePart(opts, docs)
			done <- written{p, err}
		}
		close(done)
	}()
	var added []dataset.Part
	var writeErr error
	pending := 0
	collect := func() {
		w := <-done
		pending--
		if w.err != nil && writeErr == nil {
			writeErr = w.err
		}
		added = append(added, w.part)
	}
	for start := 0; start < len(todo) && writeErr == nil; {
		end, size := start, int64(0)
		for end < len(todo) && end-start < opts.BatchDocs && (end == start || size+current[todo[end].DocID].Bytes <= opts.BatchBytes) {
			size += current[todo[end].DocID].Bytes
			end++
		}
		docs := processBatch(seg, todo[start:end], opts)
		for _, d := range docs {
			if d.Status != StatusOK {
				log.Warn("document "+d.Status, "doc", d.DocID, "path", d.Path, "reason", d.Error)
			}
		}
		if pending > 0 {
			collect()
		}
		toWrite <- docs
		pending++
		sum.MB += float64(size) / 1e6
		start = end
	}
	for pending > 0 {
		collect()
	}
	close(toWrite)
	if writeErr != nil {
		return dataset.Summary{}, writeErr
	}

	parts := append(kept, added...)
	counts := dataset.SummaryOf(parts)
	sum.Documents, sum.Figures, sum.OK, sum.Skipped, sum.Failed = counts.Documents, counts.Figures, counts.OK, counts.Skipped, counts.Failed
	sum.Processed, sum.FilesAdded = len(todo), len(added)*len(dataset.Tables)
	changed := len(added) > 0 || prev == nil || !sameParts(kept, prev.Parts)
	if changed {
		sum.Seconds = time.Since(t0).Seconds()
		if err := dataset.WriteSnapshot(opts.OutDir, opts.Format, opts.Version, opts.Extractor, parts, sum); err != nil {
			return dataset.Summary{}, err
		}
	}
	sum.Seconds = time.Since(t0).Seconds()
	return sum, nil
}

func sameParts(a, b []dataset.Part) bool {
	if len(a) != len(b) {
		return false
	}
	names := map[string]bool{}
	for _, p := range b {
		names[p.Name] = true
	}
	for _, p := range a {
		if !names[p.Name] {
			return false
		}
	}
	return true
}

// ExtractorFingerprint identifies the code and data that extract figures: a
// hash of the running executable (the rules, the unit table and the word
// lists are built into it). Runs of a different build process every document
// again instead of carrying over figures the old rules found.
func ExtractorFingerprint() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

func (o *Options) setDefaults() {
	if o.Format == "" {
		o.Format = schema.Parquet
	}
	if o.Workers <= 0 {
		o.Workers = runtime.NumCPU()
	}
	if o.BatchDocs <= 0 {
		o.BatchDocs = DefaultBatchDocs
	}
	if o.BatchBytes <= 0 {
		o.BatchBytes = DefaultBatchBytes
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
}

// hashInputs reads every input's SHA-256 and size, streaming.
func hashInputs(inputs []Input) (map[string]dataset.ManifestDoc, error) {
	out := make(map[string]dataset.ManifestDoc, len(inputs))
	for _, in := range inputs {
		d := dataset.ManifestDoc{DocID: in.DocID, Path: in.Path}
		f, err := os.Open(in.Path)
		if err == nil {
			h := sha256.New()
			if in.Kind == KindJSONL {
				d.Bytes, err = io.Copy(h, io.NewSectionReader(f, in.Offset, in.Length))
			} else {
				d.Bytes, err = io.Copy(h, f)
			}
			f.Close()
			d.SHA256 = hex.EncodeToString(h.Sum(nil))
		}
		if err != nil {
			d.SHA256 = "unreadable: " + err.Error() // never equal to a hash: processed again next run
		}
		out[in.DocID] = d
	}
	return out, nil
}

func partUnchanged(p dataset.Part, current map[string]dataset.ManifestDoc) bool {
	for _, d := range p.Documents {
		c, ok := current[d.DocID]
		if !ok || c.SHA256 != d.SHA256 || c.Path != d.Path {
			return false
		}
	}
	return len(p.Documents) > 0
}

// processBatch processes documents with opts.Workers goroutines; the result
// is in input order whatever the number of workers.
func processBatch(seg *Segmenter, batch []Input, opts Options) []Document {
	docs := make([]Document, len(batch))
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	for w := 0; w < min(opts.Workers, len(batch)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				docs[i] = ReadAndProcess(seg, batch[i], opts.MaxBytes)
				if opts.Progress != nil {
					mu.Lock()
					opts.Progress.Done(1, docs[i].Bytes)
					mu.Unlock()
				}
			}
		}()
	}
	for i := range batch {
		next <- i
	}
	close(next)
	wg.Wait()
	return docs
}

func writePart(opts Options, docs []Document) (dataset.Part, error) {
	return WritePart(opts.OutDir, opts.Format, opts.Version, docs)
}

// WritePart writes one batch of documents as a part of the dataset in dir:
// its figures file, then its documents file, each atomically. The part's name
// is a hash of its documents' ids and contents, so the same batch always gets
// the same name. The manifest is not touched: see WriteSnapshot.
func WritePart(dir, format, version string, docs []Document) (dataset.Part, error) {
	nfigs := 0
	for _, d := range docs {
		nfigs += len(d.Figures)
	}
	mdocs := make([]dataset.ManifestDoc, 0, len(docs))
	figRows := make([]schema.FigureRow, 0, nfigs)
	docRows := make([]schema.DocumentRow, 0, len(docs))
	now := time.Now().UTC()
	for _, d := range docs {
		mdocs = append(mdocs, dataset.ManifestDoc{DocID: d.DocID, Path: d.Path, SHA256: d.SHA256, Bytes: d.Bytes,
			Status: d.Status, Figures: len(d.Figures)})
		figRows = append(figRows, FigureRows(d)...)
		docRows = append(docRows, DocumentRow(d, now))
	}
	return dataset.WriteRows(dir, format, version, mdocs, figRows, docRows)
}

// FigureRows turns a document's figures into rows of the figures table.
func FigureRows(d Document) []schema.FigureRow {
	rows := make([]schema.FigureRow, len(d.Figures))
	for i, f := range d.Figures {
		rows[i] = schema.FigureRow{DocID: d.DocID, SentenceIndex: int32(f.SentenceIndex), Start: int32(f.Start), End: int32(f.End),
			Surface: f.Surface, Value: f.Value, Low: f.Low, High: f.High, Unit: f.Unit, UnitWritten: f.UnitWritten,
			Dimension: f.Dimension, BaseValue: f.BaseValue, BaseUnit: f.BaseUnit, Qualifier: f.Qualifier, Change: f.Change,
			Compare: f.Compare, Metric: f.Metric, Period: f.Period, Sentence: f.Sentence}
	}
	return rows
}

// DocumentRow turns a document into its row of the documents table.
func DocumentRow(d Document, processedAt time.Time) schema.DocumentRow {
	r := schema.DocumentRow{DocID: d.DocID, Path: filepath.ToSlash(d.Path), SHA256: d.SHA256, Bytes: d.Bytes, Encoding: d.Encoding,
		Title: d.Meta.Title, URL: d.Meta.URL, Sentences: int32(d.Sentences), Figures: int32(len(d.Figures)),
		Status: d.Status, Error: d.Error, ProcessedAt: processedAt}
	if !d.Meta.Date.IsZero() {
		t := d.Meta.Date
		r.Date = &t
	}
	return r
}
