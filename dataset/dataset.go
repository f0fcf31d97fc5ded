// Package dataset is the table format of zhmetrics: a directory of Parquet or
// Arrow IPC parts, the manifest that names the current snapshot, how a
// snapshot is written and published, and the lock that keeps runs apart.
package dataset

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/zhmetrics/zhmetrics/schema"
)

// A dataset directory holds:
//
//	manifest.json            the current snapshot: its files, documents and the last run's summary
//	figures/part-*.parquet   the figures table, one file per part
//	documents/part-*.parquet the documents table, one file per part
//
// Every file is written under a temporary name in its directory, fsynced and
// renamed; the manifest is switched last, so a crash leaves the previous
// snapshot whole. Files no manifest names (left by a crash) are removed by the
// next run.
const (
	ManifestName = "manifest.json"
	LockName     = ".lock"
	tmpSuffix    = ".tmp"
)

// Tables are the tables of a dataset, one directory each.
var Tables = []string{"figures", "documents"}

// Document statuses (the pipeline's, as the manifest records them).
const (
	StatusOK      = "ok"
	StatusError   = "error"
	StatusSkipped = "skipped"
)

// Manifest describes one snapshot of a dataset.
type Manifest struct {
	SchemaVersion    string              `json:"schema_version"`
	ZhmetricsVersion string              `json:"zhmetrics_version"`
	Format           string              `json:"format"`
	Extractor        string              `json:"extractor,omitempty"` // fingerprint of the build that extracted the figures
	CreatedAt        time.Time           `json:"created_at"`
	Tables           map[string][]string `json:"tables"` // table → files, relative to the dataset
	Parts            []Part              `json:"parts"`
	Summary          Summary             `json:"summary"`
}

// Part is a group of documents written together: one file per table.
type Part struct {
	Name      string        `json:"name"`
	Documents []ManifestDoc `json:"documents"`
}

// ManifestDoc is what the manifest keeps of a document to decide, next run,
// whether it changed.
type ManifestDoc struct {
	DocID   string `json:"doc_id"`
	Path    string `json:"path"`
	SHA256  string `json:"sha256"`
	Bytes   int64  `json:"bytes"`
	Status  string `json:"status"`
	Figures int    `json:"figures"`
}

// Summary is what a run reports at the end.
type Summary struct {
	Documents  int     `json:"documents"`
	OK         int     `json:"ok"`
	Failed     int     `json:"failed"`
	Skipped    int     `json:"skipped"`
	Processed  int     `json:"processed"` // documents read this run (the rest carried over)
	Carried    int     `json:"carried"`
	Removed    int     `json:"removed"` // documents of the previous snapshot no longer among the inputs
	Figures    int     `json:"figures"`
	MB         float64 `json:"mb"` // MB of input read this run
	Seconds    float64 `json:"seconds"`
	FilesAdded int     `json:"files_added"`
}

func (s Summary) String() string {
	return fmt.Sprintf("documents %d: ok %d, failed %d, skipped %d (processed %d, carried over %d, removed %d); figures %d; %.2f MB in %.2f s",
		s.Documents, s.OK, s.Failed, s.Skipped, s.Processed, s.Carried, s.Removed, s.Figures, s.MB, s.Seconds)
}

// ReadManifest reads dir/manifest.json; a missing manifest is an empty dataset.
func ReadManifest(dir string) (*Manifest, error) {
	b, err := os.ReadFile(filepath.Join(dir, ManifestName))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, ManifestName), err)
	}
	return &m, nil
}

// writeManifest switches the dataset to a new snapshot, atomically.
func writeManifest(dir string, m *Manifest) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return WriteFileAtomic(filepath.Join(dir, ManifestName), func(w io.Writer) error {
		_, err := w.Write(append(b, '\n'))
		return err
	})
}

// WriteFileAtomic writes a file under a temporary name in the same directory,
// fsyncs it, renames it into place and fsyncs the directory.
func WriteFileAtomic(path string, write func(io.Writer) error) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*"+tmpSuffix)
	if err != nil {
		return err
	}
	tmp := f.Name()
	fail := func(err error) error {
		f.Close()
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", path, err)
	}
	// Hide f's Close: writers such as Parquet's close what they are given.
	if err := write(struct{ io.Writer }{f}); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := f.Chmod(0o644); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		return fail(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return syncDir(dir)
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// ErrLocked means another run holds the dataset.
var ErrLocked = errors.New("another zhmetrics run is writing this dataset")

// Lock takes an exclusive lock on dir/.lock. The kernel drops the lock
// when the process ends, even by SIGKILL, so a crash never leaves it stale.
func Lock(dir string) (release func(), err error) {
	f, err := os.OpenFile(filepath.Join(dir, LockName), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		holder, _ := io.ReadAll(f)
		f.Close()
		return nil, fmt.Errorf("%w: %s is locked by %s", ErrLocked, dir, strings.TrimSpace(string(holder)))
	}
	f.Truncate(0)
	fmt.Fprintf(f, "pid %d since %s\n", os.Getpid(), time.Now().UTC().Format(time.RFC3339))
	return func() { f.Truncate(0); f.Close() }, nil
}

// RemoveStrays deletes files in the table directories that the manifest does
// not name: temporaries and parts of a run that died before its manifest.
func RemoveStrays(dir string, m *Manifest, tables []string) error {
	keep := map[string]bool{}
	if m != nil {
		for _, files := range m.Tables {
			for _, f := range files {
				keep[filepath.ToSlash(f)] = true
			}
		}
	}
	for _, t := range tables {
		entries, err := os.ReadDir(filepath.Join(dir, t))
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return err
		}
		for _, e := range entries {
			rel := t + "/" + e.Name()
			if !e.IsDir() && !keep[rel] && (strings.HasPrefix(e.Name(), "part-") || strings.HasSuffix(e.Name(), tmpSuffix)) {
				if err := os.Remove(filepath.Join(dir, t, e.Name())); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// tableFiles lists, for each table, the files of the parts, in part order.
func tableFiles(parts []Part, tables []string, ext string) map[string][]string {
	out := map[string][]string{}
	for _, t := range tables {
		for _, p := range parts {
			out[t] = append(out[t], t+"/"+p.Name+ext)
		}
	}
	return out
}

func sortParts(parts []Part) {
	sort.Slice(parts, func(i, j int) bool { return parts[i].Documents[0].DocID < parts[j].Documents[0].DocID })
}

// IsDataset reports whether dir holds a zhmetrics dataset (a manifest).
func IsDataset(dir string) bool {
	st, err := os.Stat(filepath.Join(dir, ManifestName))
	return err == nil && st.Mode().IsRegular()
}

// ReadFigures reads the figures table of a dataset's current snapshot.
func ReadFigures(dir string) ([]schema.FigureRow, error) {
	return readTable(dir, schema.NewFigures(""))
}

// ReadDocuments reads the documents table of a dataset's current snapshot.
func ReadDocuments(dir string) ([]schema.DocumentRow, error) {
	return readTable(dir, schema.NewDocuments(""))
}

// readTable reads every file the manifest names for one table.
func readTable[R any](dir string, t *schema.Table[R]) ([]R, error) {
	m, err := ReadManifest(dir)
	if err != nil {
		return nil, err
	}
	if m == nil {
		return nil, fmt.Errorf("%s: no %s: not a zhmetrics dataset", dir, ManifestName)
	}
	var rows []R
	for _, f := range m.Tables[t.Name] {
		r, err := t.ReadFile(filepath.Join(dir, f))
		if err != nil {
			return nil, err
		}
		rows = append(rows, r...)
	}
	return rows, nil
}

// WriteSnapshot switches the dataset in dir to the given parts: it writes the
// manifest atomically, then removes the files no part names. extractor is the
// fingerprint of the build that extracted the figures ("" when unknown).
func WriteSnapshot(dir, format, version, extractor string, parts []Part, sum Summary) error {
	sortParts(parts)
	m := &Manifest{SchemaVersion: schema.Version, ZhmetricsVersion: version, Format: format, Extractor: extractor,
		CreatedAt: time.Now().UTC().Truncate(time.Second), Tables: tableFiles(parts, Tables, schema.Ext(format)), Parts: parts, Summary: sum}
	if err := writeManifest(dir, m); err != nil {
		return err
	}
	return RemoveStrays(dir, m, Tables)
}

// SummaryOf counts the documents and figures of parts.
func SummaryOf(parts []Part) Summary {
	var sum Summary
	for _, p := range parts {
		for _, d := range p.Documents {
			sum.Documents++
			sum.Figures += d.Figures
			switch d.Status {
			case StatusOK:
				sum.OK++
			case StatusSkipped:
				sum.Skipped++
			default:
				sum.Failed++
			}
		}
	}
	return sum
}

// WriteRows writes a part of the dataset in dir from its rows: its figures
// file, then its documents file, each atomically. The part's name is a hash of
// its documents' ids and contents, so the same batch always gets the same name.
// The manifest is not touched: see WriteSnapshot.
func WriteRows(dir, format, version string, mdocs []ManifestDoc, figRows []schema.FigureRow, docRows []schema.DocumentRow) (Part, error) {
	h := sha256.New()
	for _, d := range mdocs {
		fmt.Fprintf(h, "%s\x00%s\x00", d.DocID, d.SHA256)
	}
	fmt.Fprintf(h, "%s\x00%s", format, schema.Version)
	p := Part{Name: "part-" + hex.EncodeToString(h.Sum(nil))[:16], Documents: mdocs}
	ext := schema.Ext(format)
	figs, documents := schema.NewFigures(version), schema.NewDocuments(version)
	for _, t := range Tables {
		if err := os.MkdirAll(filepath.Join(dir, t), 0o755); err != nil {
			return Part{}, err
		}
	}
	if err := WriteFileAtomic(filepath.Join(dir, "figures", p.Name+ext), func(w io.Writer) error {
		return figs.Write(w, format, figRows)
	}); err != nil {
		return Part{}, err
	}
	if err := WriteFileAtomic(filepath.Join(dir, "documents", p.Name+ext), func(w io.Writer) error {
		return documents.Write(w, format, docRows)
	}); err != nil {
		return Part{}, err
	}
	return p, nil
}

// CarryOver rewrites the documents of an old part that are still there and
// unchanged as a part of their own, from the old part's rows: they are not
// processed again. It returns no part when none of them is left.
func CarryOver(dir, format, version string, old Part, current map[string]ManifestDoc) (Part, bool, error) {
	keep := map[string]bool{}
	var mdocs []ManifestDoc
	for _, d := range old.Documents {
		if c, ok := current[d.DocID]; ok && c.SHA256 == d.SHA256 && c.Path == d.Path {
			keep[d.DocID] = true
			mdocs = append(mdocs, d)
		}
	}
	if len(mdocs) == 0 {
		return Part{}, false, nil
	}
	ext := schema.Ext(format)
	figs, err := schema.NewFigures(version).ReadFile(filepath.Join(dir, "figures", old.Name+ext))
	if err != nil {
		return Part{}, false, err
	}
	docs, err := schema.NewDocuments(version).ReadFile(filepath.Join(dir, "documents", old.Name+ext))
	if err != nil {
		return Part{}, false, err
	}
	figs = slices.DeleteFunc(figs, func(r schema.FigureRow) bool { return !keep[r.DocID] })
	docs = slices.DeleteFunc(docs, func(r schema.DocumentRow) bool { return !keep[r.DocID] })
	p, err := WriteRows(dir, format, version, mdocs, figs, docs)
	return p, err == nil, err
}
