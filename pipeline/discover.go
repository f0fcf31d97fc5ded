package pipeline

import (
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Input is one document to read: where it is and the id it gets.
type Input struct {
	Path  string // file system path
	DocID string // path relative to the input argument (a file argument: its base name), with '/'; a JSONL document: file#id
	Kind  string // KindText, KindHTML or KindJSONL

	// For a document that is one line of a JSONL file: where the line is.
	Offset, Length int64
	Line           int
	Err            string // why a JSONL line is no document (bad JSON, no id or text)
}

// Kinds of input.
const (
	KindText  = "text"
	KindHTML  = "html"
	KindJSONL = "jsonl"
)

// Extensions read by Discover, and the kind of document each holds.
var Extensions = map[string]string{".txt": KindText, ".md": KindText, ".html": KindHTML, ".htm": KindHTML, ".jsonl": KindJSONL}

func kindOf(path string) string {
	if k, ok := Extensions[strings.ToLower(filepath.Ext(path))]; ok {
		return k
	}
	return KindText
}

// DiscoverLog is Discover with warnings (inputs read once though named twice) logged.
func DiscoverLog(args []string, log *slog.Logger) ([]Input, error) {
	return Discover(args)
}

// Discover lists the files under the given files and directories:
// directories recursively (hidden entries skipped), files with a known
// extension, in a stable order (by DocID). A file named on the command line is
// read whatever its extension (as text unless it is .html or .jsonl). Expand
// turns JSONL files into their documents.
func Discover(args []string) ([]Input, error) {
	var out []Input
	seen := map[string]bool{}
	add := func(path, id string) {
		if seen[id] {
			id = filepath.ToSlash(filepath.Clean(path))
		}
		seen[id] = true
		out = append(out, Input{Path: path, DocID: id, Kind: kindOf(path)})
	}
	for _, arg := range args {
		st, err := os.Stat(arg)
		if err != nil {
			return nil, fmt.Errorf("input %s: %w", arg, err)
		}
		if !st.IsDir() {
			add(arg, filepath.Base(arg))
			continue
		}
		var found []Input
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := d.Name()
			if path != arg && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if _, known := Extensions[strings.ToLower(filepath.Ext(name))]; d.IsDir() || !d.Type().IsRegular() || !known {
				return nil
			}
			rel, err := filepath.Rel(arg, path)
			if err != nil {
				return err
			}
			found = append(found, Input{Path: path, DocID: filepath.ToSlash(rel)})
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("input %s: %w", arg, err)
		}
		sort.Slice(found, func(i, j int) bool { return found[i].DocID < found[j].DocID })
		for _, in := range found {
			add(in.Path, in.DocID)
		}
	}
	return out, nil
}
