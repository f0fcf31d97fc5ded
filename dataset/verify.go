package dataset

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/zhmetrics/zhmetrics/schema"
)

// CheckPart checks a part's files against what the manifest recorded of them:
// size and SHA-256. A part of a manifest older than the checksums is only
// checked to exist.
func CheckPart(snapDir, format string, p Part) error {
	if len(p.Files) == 0 {
		for _, t := range Tables {
			if _, err := os.Stat(filepath.Join(snapDir, t, p.Name+schema.Ext(format))); err != nil {
				return err
			}
		}
		return nil
	}
	for _, f := range p.Files {
		path := filepath.Join(snapDir, filepath.FromSlash(f.Path))
		st, err := os.Stat(path)
		if err != nil {
			return err
		}
		if st.Size() != f.Bytes {
			return fmt.Errorf("%s: %d bytes, the manifest says %d", f.Path, st.Size(), f.Bytes)
		}
		sum, err := fileSHA256(path)
		if err != nil {
			return err
		}
		if sum != f.SHA256 {
			return fmt.Errorf("%s: SHA-256 %s, the manifest says %s", f.Path, sum, f.SHA256)
		}
	}
	return nil
}

func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Verify checks the current snapshot of the dataset in dir: every part's
// files as recorded (size, SHA-256), readable, with the rows recorded; the
// documents table has exactly the manifest's documents, each with as many
// figure rows as recorded; no other file is visible under figures/ or
// documents/. It returns the problems found (none: the dataset is sound); an
// error means dir is no dataset.
func Verify(dir string) (problems []string, err error) {
	snap, err := Open(dir)
	if err != nil {
		return nil, err
	}
	if snap == nil {
		return nil, fmt.Errorf("%s: no %s: not a zhmetrics dataset", dir, ManifestName)
	}
	m := snap.Manifest
	ext := schema.Ext(m.Format)
	named := map[string]bool{}
	docs, figs := 0, 0
	for _, p := range m.Parts {
		if err := CheckPart(snap.Dir, m.Format, p); err != nil {
			problems = append(problems, fmt.Sprintf("part %s: %v", p.Name, err))
			continue
		}
		rows := map[string]int{}
		for _, f := range p.Files {
			rows[f.Table] = f.Rows
		}
		want := map[string]ManifestDoc{}
		for _, d := range p.Documents {
			want[d.DocID] = d
		}
		docRows, err := schema.NewDocuments("").ReadFile(snap.Path("documents/" + p.Name + ext))
		if err != nil {
			problems = append(problems, fmt.Sprintf("part %s: documents: %v", p.Name, err))
			continue
		}
		figRows, err := schema.NewFigures("").ReadFile(snap.Path("figures/" + p.Name + ext))
		if err != nil {
			problems = append(problems, fmt.Sprintf("part %s: figures: %v", p.Name, err))
			continue
		}
		if n, ok := rows["documents"]; ok && n != len(docRows) {
			problems = append(problems, fmt.Sprintf("part %s: %d document rows, the manifest says %d", p.Name, len(docRows), n))
		}
		if n, ok := rows["figures"]; ok && n != len(figRows) {
			problems = append(problems, fmt.Sprintf("part %s: %d figure rows, the manifest says %d", p.Name, len(figRows), n))
		}
		perDoc := map[string]int{}
		for _, r := range figRows {
			perDoc[r.DocID]++
		}
		seen := map[string]bool{}
		for _, r := range docRows {
			d, ok := want[r.DocID]
			switch {
			case !ok:
				problems = append(problems, fmt.Sprintf("part %s: document %s is not in the manifest", p.Name, r.DocID))
			case seen[r.DocID]:
				problems = append(problems, fmt.Sprintf("part %s: document %s twice", p.Name, r.DocID))
			case int(r.Figures) != d.Figures || perDoc[r.DocID] != d.Figures:
				problems = append(problems, fmt.Sprintf("part %s: document %s: %d figure rows, its row says %d, the manifest %d",
					p.Name, r.DocID, perDoc[r.DocID], r.Figures, d.Figures))
			}
			seen[r.DocID] = true
		}
		for id := range want {
			if !seen[id] {
				problems = append(problems, fmt.Sprintf("part %s: document %s has no row", p.Name, id))
			}
		}
		docs += len(docRows)
		figs += len(figRows)
	}
	for _, files := range m.Tables {
		for _, f := range files {
			named[f] = true
		}
	}
	for _, t := range Tables {
		entries, err := os.ReadDir(filepath.Join(dir, t))
		if err != nil {
			problems = append(problems, fmt.Sprintf("%s/: %v", t, err))
			continue
		}
		for _, e := range entries {
			if !named[t+"/"+e.Name()] && (strings.HasSuffix(e.Name(), ".parquet") || strings.HasSuffix(e.Name(), ".arrow")) {
				problems = append(problems, fmt.Sprintf("%s/%s: visible to readers but not in the manifest", t, e.Name()))
			}
		}
	}
	if len(problems) == 0 && (docs != m.Summary.Documents || figs != m.Summary.Figures) {
		problems = append(problems, fmt.Sprintf("%d documents and %d figures, the manifest's summary says %d and %d",
			docs, figs, m.Summary.Documents, m.Summary.Figures))
	}
	return problems, nil
}
