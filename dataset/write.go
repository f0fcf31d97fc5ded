package dataset

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/zhmetrics/zhmetrics/schema"
)

const tmpSuffix = ".tmp"

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
	// Buffered: the Parquet writer writes each page header, page and column
	// chunk's metadata apart, a system call each. The buffer also hides f's
	// Close: writers such as Parquet's close what they are given.
	bw := fileBuffers.Get().(*bufio.Writer)
	bw.Reset(f)
	defer func() {
		bw.Reset(nil)
		fileBuffers.Put(bw)
	}()
	if err := write(bw); err != nil {
		return fail(err)
	}
	if err := bw.Flush(); err != nil {
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

// fileBuffers are WriteFileAtomic's write buffers, kept between files.
var fileBuffers = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, 64<<10) }}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// countingHash is a writer that hashes and counts what goes through it.
type countingHash struct {
	w io.Writer
	h hash.Hash
	n int64
}

func (c *countingHash) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.h.Write(p[:n])
	c.n += int64(n)
	return n, err
}

// writeTableFile writes one file of a part and returns what the manifest
// records of it: size, SHA-256 and rows.
func writeTableFile[R any](dir, table, name, format string, t *schema.Table[R], rows []R) (PartFile, error) {
	rel := table + "/" + name + schema.Ext(format)
	pf := PartFile{Table: table, Path: rel, Rows: len(rows)}
	err := WriteFileAtomic(filepath.Join(dir, rel), func(w io.Writer) error {
		c := &countingHash{w: w, h: sha256.New()}
		if err := t.Write(c, format, rows); err != nil {
			return err
		}
		pf.Bytes, pf.SHA256 = c.n, hex.EncodeToString(c.h.Sum(nil))
		return nil
	})
	return pf, err
}

// PartName is the name of the part holding these documents: a hash of their
// ids and contents, so the same batch always gets the same name.
func PartName(format string, mdocs []ManifestDoc) string {
	h := sha256.New()
	for _, d := range mdocs {
		fmt.Fprintf(h, "%s\x00%s\x00", d.DocID, d.SHA256)
	}
	fmt.Fprintf(h, "%s\x00%s", format, schema.Version)
	return "part-" + hex.EncodeToString(h.Sum(nil))[:16]
}

// WriteRows writes a part into dir (a staging directory, see Stage) from its
// rows: its figures file, then its documents file, each atomically, with
// their sizes and checksums recorded in the part. The manifest is not touched.
func WriteRows(dir, format, version string, mdocs []ManifestDoc, figRows []schema.FigureRow, docRows []schema.DocumentRow) (Part, error) {
	p := Part{Name: PartName(format, mdocs), Documents: mdocs}
	for _, t := range Tables {
		if err := os.MkdirAll(filepath.Join(dir, t), 0o755); err != nil {
			return Part{}, err
		}
	}
	ff, err := writeTableFile(dir, "figures", p.Name, format, schema.NewFigures(version), figRows)
	if err != nil {
		return Part{}, err
	}
	df, err := writeTableFile(dir, "documents", p.Name, format, schema.NewDocuments(version), docRows)
	if err != nil {
		return Part{}, err
	}
	p.Files = []PartFile{ff, df}
	return p, nil
}

// Carry is a document of an old part carried into the new snapshot: From is
// its id in the old part, To what it is now (its id and path may have
// changed: the cache is keyed by content).
type Carry struct {
	From string
	To   ManifestDoc
}

// CarryOver writes a new part into stage from the rows of an old part of the
// snapshot in src, for the documents carried: their rows are copied (with
// their new id and path), not processed again.
func CarryOver(src, stage, format, version string, old Part, carries []Carry) (Part, error) {
	figs, err := schema.NewFigures(version).ReadFile(filepath.Join(src, "figures", old.Name+schema.Ext(format)))
	if err != nil {
		return Part{}, err
	}
	docs, err := schema.NewDocuments(version).ReadFile(filepath.Join(src, "documents", old.Name+schema.Ext(format)))
	if err != nil {
		return Part{}, err
	}
	figsOf := map[string][]schema.FigureRow{}
	for _, r := range figs {
		figsOf[r.DocID] = append(figsOf[r.DocID], r)
	}
	docOf := map[string]schema.DocumentRow{}
	for _, r := range docs {
		docOf[r.DocID] = r
	}
	var mdocs []ManifestDoc
	var nf []schema.FigureRow
	var nd []schema.DocumentRow
	for _, c := range carries {
		d, ok := docOf[c.From]
		if !ok {
			return Part{}, fmt.Errorf("part %s has no row for document %s", old.Name, c.From)
		}
		d.DocID, d.Path = c.To.DocID, filepath.ToSlash(c.To.Path)
		nd = append(nd, d)
		for _, r := range figsOf[c.From] {
			r.DocID = c.To.DocID
			nf = append(nf, r)
		}
		mdocs = append(mdocs, c.To)
	}
	return WriteRows(stage, format, version, mdocs, nf, nd)
}

// StreamedGroupRows is the row group size of a streamed document's figures:
// a sixteenth of the usual (4,096 rows), so the rows and the encoded pages
// waiting to be written stay few (scripts/memory.sh: 94 MB with a quarter,
// 71 MB with a sixteenth, for a 41 MB document whose seeds run peaks at 38 MB).
const StreamedGroupRows = schema.RowGroupRows / 16

// WriteStreamed writes into dir a part of one document whose figure rows are
// produced while the file is written (a document too large to hold in
// memory): fill adds rows with add, which writes each full row group at once,
// and returns at the end the document's manifest entry and row. If fill fails
// nothing is left in dir.
func WriteStreamed(dir, format, version string, fill func(add func([]schema.FigureRow) error) (ManifestDoc, schema.DocumentRow, error)) (Part, error) {
	for _, t := range Tables {
		if err := os.MkdirAll(filepath.Join(dir, t), 0o755); err != nil {
			return Part{}, err
		}
	}
	tmp := filepath.Join(dir, "figures", ".streaming-"+fmt.Sprint(os.Getpid())+tmpSuffix)
	pf := PartFile{Table: "figures"}
	var md ManifestDoc
	var dr schema.DocumentRow
	err := WriteFileAtomic(tmp, func(w io.Writer) error {
		c := &countingHash{w: w, h: sha256.New()}
		rw, err := schema.NewFigures(version).NewWriter(c, format)
		if err != nil {
			return err
		}
		rw.GroupRows = StreamedGroupRows
		md, dr, err = fill(func(rows []schema.FigureRow) error {
			pf.Rows += len(rows)
			return rw.Append(rows)
		})
		if err != nil {
			return err
		}
		if err := rw.Close(); err != nil {
			return err
		}
		pf.Bytes, pf.SHA256 = c.n, hex.EncodeToString(c.h.Sum(nil))
		return nil
	})
	if err != nil {
		os.Remove(tmp)
		return Part{}, err
	}
	p := Part{Name: PartName(format, []ManifestDoc{md}), Documents: []ManifestDoc{md}}
	pf.Path = "figures/" + p.Name + schema.Ext(format)
	if err := os.Rename(tmp, filepath.Join(dir, filepath.FromSlash(pf.Path))); err != nil {
		os.Remove(tmp)
		return Part{}, err
	}
	df, err := writeTableFile(dir, "documents", p.Name, format, schema.NewDocuments(version), []schema.DocumentRow{dr})
	if err != nil {
		return Part{}, err
	}
	p.Files = []PartFile{pf, df}
	return p, nil
}
