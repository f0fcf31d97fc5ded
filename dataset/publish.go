package dataset

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/zhmetrics/zhmetrics/schema"
)

// How a snapshot is published.
//
// A dataset directory holds:
//
//	current -> .snapshots/00000007        the published snapshot: the one link a run switches
//	manifest.json -> current/manifest.json
//	figures -> current/figures            figures/part-*.parquet: the figures table
//	documents -> current/documents        documents/part-*.parquet: the documents table
//	.snapshots/00000007/                  manifest.json, figures/, documents/ of snapshot 7
//	.snapshots/00000006/                  the previous snapshot, kept for the grace period
//	.staging/<run>/                       a run's new parts until it publishes them
//	.lock                                 held by the run writing the dataset
//
// A run writes its new parts into .staging/<run>/ (hidden: no reader's glob
// of figures/*.parquet sees them), hard-links the parts it keeps from the
// current snapshot beside them, writes the manifest there last, renames the
// staging directory to .snapshots/<next> and then switches the `current`
// link with one rename(2) — the commit. A reader that goes through
// figures/, documents/ or manifest.json sees the old snapshot or the new one,
// never a mix, never a part that no manifest names. This is the snapshot
// directory variant of the staging-directory commit protocols (Hive/Spark's
// _temporary + _SUCCESS, Delta Lake's and Iceberg's log/metadata pointer
// switched last): here the pointer is a symbolic link.
//
// Snapshots that are no longer current are kept for a grace period (see
// Retention) so a reader that pinned one (Open, or readlink of current) can
// finish reading it. A crash before the switch leaves the previous snapshot
// current; what the crashed run left in .staging or .snapshots is removed by
// the next run.
const (
	snapshotsDir = ".snapshots"
	stagingDir   = ".staging"
	CurrentLink  = "current"
)

// Retention says how long snapshots that are no longer current are kept: a
// snapshot is removed when it is neither among the last Snapshots snapshots
// nor replaced less than For ago.
type Retention struct {
	Snapshots int
	For       time.Duration
}

// DefaultRetention keeps the current and the previous snapshot, and every
// snapshot replaced in the last 10 minutes.
var DefaultRetention = Retention{Snapshots: 2, For: 10 * time.Minute}

// Snapshot is one published snapshot, pinned: Dir is its own directory, so
// its files stay the same while later runs publish others.
type Snapshot struct {
	Dir      string
	Manifest *Manifest
}

// Path is the path of a file of the snapshot (as the manifest names it).
func (s *Snapshot) Path(rel string) string { return filepath.Join(s.Dir, filepath.FromSlash(rel)) }

// Open pins the current snapshot of the dataset in dir; it returns nil (no
// error) when dir has no snapshot. A dataset written before snapshot
// directories (manifest.json and the table directories in dir itself) opens
// as its one snapshot.
func Open(dir string) (*Snapshot, error) {
	target, err := os.Readlink(filepath.Join(dir, CurrentLink))
	if err == nil {
		sd := target
		if !filepath.IsAbs(sd) {
			sd = filepath.Join(dir, target)
		}
		m, err := readManifestFile(filepath.Join(sd, ManifestName))
		if err != nil {
			return nil, err
		}
		if m == nil {
			return nil, fmt.Errorf("%s: the current snapshot %s has no %s", dir, target, ManifestName)
		}
		return &Snapshot{Dir: sd, Manifest: m}, nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	m, err := ReadManifest(dir)
	if err != nil || m == nil {
		return nil, err
	}
	return &Snapshot{Dir: dir, Manifest: m}, nil
}

// Stage creates an empty staging directory for a run's parts.
func Stage(dir, run string) (string, error) {
	st := filepath.Join(dir, stagingDir, run)
	if err := os.RemoveAll(st); err != nil {
		return "", err
	}
	for _, t := range Tables {
		if err := os.MkdirAll(filepath.Join(st, t), 0o755); err != nil {
			return "", err
		}
	}
	return st, nil
}

// Clean removes what runs that died (or were stopped) left: staging
// directories, snapshot directories newer than the current one (renamed but
// never switched to) and, in a dataset of the old flat layout, parts no
// manifest names. Call it holding the lock.
func Clean(dir string) error {
	if err := os.RemoveAll(filepath.Join(dir, stagingDir)); err != nil {
		return err
	}
	cur := currentSeq(dir)
	seqs, err := snapshotSeqs(dir)
	if err != nil {
		return err
	}
	for _, s := range seqs {
		if s > cur {
			if err := os.RemoveAll(snapshotPath(dir, s)); err != nil {
				return err
			}
		}
	}
	if st, err := os.Lstat(filepath.Join(dir, "figures")); err == nil && st.IsDir() {
		m, err := ReadManifest(dir)
		if err != nil {
			return err
		}
		return removeStrays(dir, m)
	}
	return nil
}

// Publish makes the parts the dataset's current snapshot: parts not in the
// staging directory are hard-linked from prev, the manifest m (its Parts,
// Tables are filled in here) is written into the staging directory, which
// becomes .snapshots/<next>, and the current link is switched to it. Then
// snapshots past the retention are removed.
func Publish(dir, stage string, prev *Snapshot, m *Manifest, parts []Part, keep Retention) error {
	sortParts(parts)
	m.Parts = parts
	m.Tables = tableFiles(parts, Tables, schema.Ext(m.Format))
	for _, files := range m.Tables {
		for _, f := range files {
			dst := filepath.Join(stage, filepath.FromSlash(f))
			if _, err := os.Stat(dst); err == nil {
				continue
			}
			if prev == nil {
				return fmt.Errorf("publishing: %s is neither staged nor in a previous snapshot", f)
			}
			if err := linkOrCopy(prev.Path(f), dst); err != nil {
				return fmt.Errorf("publishing: %w", err)
			}
		}
	}
	if err := removeStrays(stage, m); err != nil { // what a dead writer left in a reused staging directory
		return err
	}
	for _, t := range Tables {
		if err := syncDir(filepath.Join(stage, t)); err != nil {
			return err
		}
	}
	if err := writeManifest(stage, m); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(dir, snapshotsDir), 0o755); err != nil {
		return err
	}
	seqs, err := snapshotSeqs(dir)
	if err != nil {
		return err
	}
	next := 1
	if len(seqs) > 0 {
		next = seqs[len(seqs)-1] + 1
	}
	if err := os.Rename(stage, snapshotPath(dir, next)); err != nil {
		return err
	}
	if err := syncDir(filepath.Join(dir, snapshotsDir)); err != nil {
		return err
	}
	// The commit: one rename of a link over the current one.
	if err := replaceWithLink(dir, CurrentLink, filepath.Join(snapshotsDir, seqName(next))); err != nil {
		return err
	}
	if err := linkTables(dir); err != nil {
		return err
	}
	return Expire(dir, keep, time.Now())
}

// replaceWithLink atomically makes dir/name a symbolic link to target.
func replaceWithLink(dir, name, target string) error {
	tmp := filepath.Join(dir, "."+name+".link"+tmpSuffix)
	os.Remove(tmp)
	if err := os.Symlink(target, tmp); err != nil {
		return err
	}
	if err := os.Rename(tmp, filepath.Join(dir, name)); err != nil {
		os.Remove(tmp)
		return err
	}
	return syncDir(dir)
}

// linkTables makes manifest.json, figures and documents links through
// current. A dataset of the old flat layout is moved once: its table
// directories and manifest go to .snapshots/00000000 (kept for the grace
// period like any old snapshot).
func linkTables(dir string) error {
	for _, name := range append([]string{ManifestName}, Tables...) {
		p := filepath.Join(dir, name)
		st, err := os.Lstat(p)
		if err == nil && st.Mode()&os.ModeSymlink != 0 {
			continue
		}
		if err == nil && st.IsDir() { // old layout: move the directory out of the way first
			old := snapshotPath(dir, 0)
			if err := os.MkdirAll(old, 0o755); err != nil {
				return err
			}
			if err := os.Rename(p, filepath.Join(old, name)); err != nil {
				return err
			}
		} else if err == nil && name == ManifestName {
			old := snapshotPath(dir, 0)
			if err := os.MkdirAll(old, 0o755); err != nil {
				return err
			}
			if err := linkOrCopy(p, filepath.Join(old, name)); err != nil {
				return err
			}
		}
		if err := replaceWithLink(dir, name, filepath.Join(CurrentLink, name)); err != nil {
			return err
		}
	}
	return nil
}

// Expire removes the snapshots past the retention (never the current one).
func Expire(dir string, keep Retention, now time.Time) error {
	seqs, err := snapshotSeqs(dir)
	if err != nil {
		return err
	}
	cur := currentSeq(dir)
	for i, s := range seqs {
		if s >= cur || len(seqs)-i <= keep.Snapshots {
			continue
		}
		// Replaced when the next snapshot was written.
		st, err := os.Stat(filepath.Join(snapshotPath(dir, seqs[i+1]), ManifestName))
		if err == nil && now.Sub(st.ModTime()) < keep.For {
			continue
		}
		if err := os.RemoveAll(snapshotPath(dir, s)); err != nil {
			return err
		}
	}
	return nil
}

func seqName(n int) string { return fmt.Sprintf("%08d", n) }

func snapshotPath(dir string, n int) string { return filepath.Join(dir, snapshotsDir, seqName(n)) }

// snapshotSeqs lists the snapshot directories' numbers, ascending.
func snapshotSeqs(dir string) ([]int, error) {
	entries, err := os.ReadDir(filepath.Join(dir, snapshotsDir))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []int
	for _, e := range entries {
		if n, err := strconv.Atoi(e.Name()); err == nil && e.IsDir() {
			out = append(out, n)
		}
	}
	sort.Ints(out)
	return out, nil
}

// currentSeq is the number of the current snapshot; -1 when there is none
// (all snapshot directories then belong to runs that never switched).
func currentSeq(dir string) int {
	target, err := os.Readlink(filepath.Join(dir, CurrentLink))
	if err != nil {
		if _, err := os.Stat(filepath.Join(dir, ManifestName)); err == nil {
			return 0 // old flat layout
		}
		return -1
	}
	n, err := strconv.Atoi(filepath.Base(target))
	if err != nil {
		return -1
	}
	return n
}

func linkOrCopy(src, dst string) error {
	if err := os.Link(src, dst); err == nil {
		return nil
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	return WriteFileAtomic(dst, func(w io.Writer) error {
		_, err := io.Copy(w, in)
		return err
	})
}

// writeManifest writes dir/manifest.json atomically.
func writeManifest(dir string, m *Manifest) error {
	return WriteFileAtomic(filepath.Join(dir, ManifestName), func(w io.Writer) error {
		return encodeManifest(w, m)
	})
}

// partsKey is how json.MarshalIndent writes an empty parts list.
const partsKey = "\n  \"parts\": []"

// encodeManifest writes m as json.MarshalIndent(m, "", "  ") and a newline,
// byte for byte, one part at a time: the manifest of a large run (a line per
// document field) is never held in memory whole, nor twice (compact, then
// indented).
func encodeManifest(w io.Writer, m *Manifest) error {
	if len(m.Parts) == 0 {
		b, err := json.MarshalIndent(m, "", "  ")
		if err != nil {
			return err
		}
		_, err = w.Write(append(b, '\n'))
		return err
	}
	head := *m
	head.Parts = []Part{}
	b, err := json.MarshalIndent(&head, "", "  ")
	if err != nil {
		return err
	}
	i := bytes.Index(b, []byte(partsKey))
	if i < 0 || bytes.Count(b, []byte(partsKey)) != 1 {
		return fmt.Errorf("manifest: no single parts key in %q", b)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.Write(b[:i+len(partsKey)-1]) // up to [
	var pb []byte
	for k := range m.Parts {
		if k > 0 {
			bw.WriteString(",")
		}
		bw.WriteString("\n    ")
		pb = appendPart(pb[:0], &m.Parts[k]) // json.MarshalIndent(&m.Parts[k], "    ", "  ")
		bw.Write(pb)
	}
	bw.WriteString("\n  ]")
	bw.Write(b[i+len(partsKey):])
	bw.WriteString("\n")
	return bw.Flush()
}

// WriteFlat writes a manifest for parts written in dir itself (the flat
// layout without snapshot directories): what the Beam writer publishes to an
// object store, where the manifest object is written last.
func WriteFlat(dir string, m *Manifest, parts []Part) error {
	sortParts(parts)
	m.Parts = parts
	m.Tables = tableFiles(parts, Tables, schema.Ext(m.Format))
	return writeManifest(dir, m)
}

// removeStrays deletes files in the table directories of a flat dataset that
// the manifest does not name: temporaries and parts of a run that died.
func removeStrays(dir string, m *Manifest) error {
	keep := map[string]bool{}
	if m != nil {
		for _, files := range m.Tables {
			for _, f := range files {
				keep[filepath.ToSlash(f)] = true
			}
		}
	}
	for _, t := range Tables {
		entries, err := os.ReadDir(filepath.Join(dir, t))
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return err
		}
		for _, e := range entries {
			rel := t + "/" + e.Name()
			if !e.IsDir() && !keep[rel] && (strings.HasPrefix(e.Name(), "part-") || strings.HasPrefix(e.Name(), ".") && strings.HasSuffix(e.Name(), tmpSuffix)) {
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
