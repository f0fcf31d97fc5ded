package dataset

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/zhmetrics/zhmetrics/schema"
)

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

// readTable reads every file the manifest names for one table, from the
// snapshot pinned when reading starts.
func readTable[R any](dir string, t *schema.Table[R]) ([]R, error) {
	snap, err := Open(dir)
	if err != nil {
		return nil, err
	}
	if snap == nil {
		return nil, fmt.Errorf("%s: no %s: not a zhmetrics dataset", dir, ManifestName)
	}
	var rows []R
	for _, f := range snap.Manifest.Tables[t.Name] {
		r, err := t.ReadFile(snap.Path(f))
		if err != nil {
			return nil, err
		}
		rows = append(rows, r...)
	}
	return rows, nil
}
