// Package dataset is the table format of zhmetrics: a directory of Parquet or
// Arrow IPC parts, the manifest that names the current snapshot, how a
// snapshot is written and published, and the lock that keeps runs apart.
package dataset

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// The layout of a dataset directory, and how a snapshot is published, are
// described in publish.go.
// ManifestName is the manifest of a snapshot.
const ManifestName = "manifest.json"

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
	Tables           map[string][]string `json:"tables"` // table → files, relative to the snapshot directory (and to the dataset directory through its links)
	Parts            []Part              `json:"parts"`
	Summary          Summary             `json:"summary"`
}

// Part is a group of documents written together: one file per table.
type Part struct {
	Name      string        `json:"name"`
	Documents []ManifestDoc `json:"documents"`
	Files     []PartFile    `json:"files,omitempty"` // absent in manifests written before 0.2: not verified
}

// PartFile is one file of a part as written: what verification checks.
type PartFile struct {
	Table  string `json:"table"`
	Path   string `json:"path"` // relative to the snapshot directory
	Bytes  int64  `json:"bytes"`
	SHA256 string `json:"sha256"`
	Rows   int    `json:"rows"`
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

// ReadManifest reads dir/manifest.json, the manifest of the current snapshot;
// a missing manifest is an empty dataset. Readers that then open the files it
// names should use Open, which pins the snapshot.
func ReadManifest(dir string) (*Manifest, error) {
	return readManifestFile(filepath.Join(dir, ManifestName))
}

func readManifestFile(path string) (*Manifest, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &m, nil
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
