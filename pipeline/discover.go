package pipeline

import (
	"cmp"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
)

// Input is one document to read: where it is and the id it gets.
type Input struct {
	Path  string // file system path
	DocID string // path relative to the input argument (a file argument: its base name), with '/'; a JSONL document: file#id
	Kind  string // KindText, KindHTML or KindJSONL

	// For a document that is one line of a JSONL file: where the line is.
	Offset, Length int64
	Line           int
	Err            string // why this input is no document: a JSONL line that is bad JSON, a directory that cannot be listed, …
	Skip           string // why this input is not read: a named pipe, a device

	// Data holds the bytes of an input that can be read only once (standard
	// input, a pipe such as <(cat f)): read when discovered, not again.
	Data []byte `json:"-"`

	// listed: its directory listed it as a regular file, no symbolic link
	// (the entry's type, which reading the directory gives for free), so
	// the same-file check need not look the file up again to know it is
	// not a link (an Lstat a file: a sixth of a second on 45,000 files).
	listed bool
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

// Stdin is the input argument that names standard input.
const Stdin = "-"

// Discover is DiscoverLog without a logger.
func Discover(args []string) ([]Input, error) { return DiscoverLog(args, nil) }

// DiscoverLog lists the documents under the given files and directories:
// directories recursively (hidden entries skipped), files with a known
// extension, in a stable order (by DocID). A file named on the command line is
// read whatever its extension (as text unless it is .html or .jsonl). Expand
// turns JSONL files into their documents.
//
// Symbolic links inside the directories are followed, to files and to
// directories, with loop detection: a link back to a directory being walked
// is skipped with a warning. Inputs that are no documents become one input
// each with the reason, and the run goes on: a directory that cannot be
// listed, a broken link (Err); a named pipe, a device or a socket (Skip, never
// opened: opening a FIFO would wait for a writer). Standard input is read only
// when named "-"; pipes named on the command line (/dev/fd/N, as
// `run <(cat f)` gives) are read once, when discovered. The same file named
// twice (or a folder and a file in it, or through a link) is read once: the
// first name counts, a warning names the others. An argument that does not
// exist is an error.
func DiscoverLog(args []string, log *slog.Logger) ([]Input, error) {
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	var out []Input
	seen := map[string]bool{}
	// addAll adds inputs to out: an id already taken becomes the path, the
	// kind is that of the extension unless given. The first directory's
	// inputs become out itself (no copy: an Input is a hundred bytes, a
	// corpus thousands of them).
	addAll := func(ins ...Input) {
		n := len(out)
		if n == 0 {
			out = ins
		} else {
			out = append(out, ins...)
		}
		for i := n; i < len(out); i++ {
			in := &out[i]
			if seen[in.DocID] {
				in.DocID = filepath.ToSlash(filepath.Clean(in.Path))
			}
			seen[in.DocID] = true
			if in.Kind == "" {
				in.Kind = kindOf(in.Path)
			}
		}
	}
	add := func(in Input) { addAll(in) }
	for _, arg := range args {
		if arg == Stdin {
			data, err := io.ReadAll(os.Stdin)
			in := Input{Path: Stdin, DocID: "stdin", Kind: KindText, Data: data}
			if err != nil {
				in.Err = "reading standard input: " + err.Error()
			}
			add(in)
			continue
		}
		if _, err := os.Lstat(arg); err != nil {
			return nil, fmt.Errorf("input %s: %w", arg, err)
		}
		st, err := os.Stat(arg)
		if err != nil {
			add(Input{Path: arg, DocID: filepath.Base(arg), Err: "broken symbolic link: " + err.Error()})
			continue
		}
		switch {
		case st.IsDir():
			w := walker{root: arg, log: log}
			w.walk(arg, ".", map[fileID]bool{idOf(st): true})
			found := w.inputs()
			sort.Slice(found, func(i, j int) bool { return found[i].DocID < found[j].DocID })
			addAll(found...)
		case st.Mode().IsRegular():
			add(Input{Path: arg, DocID: filepath.Base(arg)})
		case isPipeArg(arg, st):
			in := Input{Path: arg, DocID: filepath.Base(arg), Kind: kindOf(arg)}
			in.Data, err = os.ReadFile(arg)
			if err != nil {
				in.Err = err.Error()
			}
			add(in)
		default:
			add(Input{Path: arg, DocID: filepath.Base(arg), Skip: notRead(st.Mode())})
		}
	}
	return dedupe(out, log), nil
}

// isPipeArg reports whether a command-line argument is a pipe the shell
// opened for us (process substitution: /dev/fd/N), which has a writer and is
// read once; a FIFO elsewhere is a named pipe, not read.
func isPipeArg(arg string, st os.FileInfo) bool {
	if st.Mode()&(os.ModeNamedPipe|os.ModeSocket) == 0 {
		return false
	}
	return strings.HasPrefix(arg, "/dev/fd/") || strings.HasPrefix(arg, "/proc/self/fd/") || arg == "/dev/stdin"
}

func notRead(m os.FileMode) string {
	switch {
	case m&os.ModeNamedPipe != 0:
		return "named pipe (FIFO): not read (give - for standard input)"
	case m&os.ModeDevice != 0:
		return "device: not read"
	case m&os.ModeSocket != 0:
		return "socket: not read"
	}
	return "not a regular file: not read"
}

// readDir is os.ReadDir; tests swap it.
var readDir = os.ReadDir

type fileID struct{ dev, ino uint64 }

func idOf(st os.FileInfo) fileID {
	if s, ok := st.Sys().(*syscall.Stat_t); ok {
		return fileID{uint64(s.Dev), uint64(s.Ino)}
	}
	return fileID{}
}

type walker struct {
	root string
	log  *slog.Logger
	// The inputs found, in chunks of walkChunk: one slice grown to hold a
	// corpus's inputs is copied four times over (append grows a large slice
	// by a quarter), a hundred bytes an input.
	found [][]Input
}

const walkChunk = 1024

func (w *walker) add(in Input) {
	if n := len(w.found); n == 0 || len(w.found[n-1]) == walkChunk {
		w.found = append(w.found, make([]Input, 0, walkChunk))
	}
	last := &w.found[len(w.found)-1]
	*last = append(*last, in)
}

// inputs is what the walk found, in one slice.
func (w *walker) inputs() []Input {
	n := 0
	for _, c := range w.found {
		n += len(c)
	}
	out := make([]Input, 0, n)
	for _, c := range w.found {
		out = append(out, c...)
	}
	w.found = nil
	return out
}

func (w *walker) id(path string) string {
	rel, err := filepath.Rel(w.root, path)
	if err != nil {
		rel = path
	}
	rel = filepath.ToSlash(rel)
	if strings.HasSuffix(path, rel) {
		return path[len(path)-len(rel):] // the same text, held once: a run keeps both for every document
	}
	return rel
}

// entry is the path and the id (w.id) of the entry name of a directory
// whose path, cleaned, is dir and whose id is rel ("." for the root): what
// filepath.Join and w.id give, without cleaning the whole path again nor
// computing it relative to the root, for every file. A name a directory
// lists is one element, never "." or "..", without a separator.
func (w *walker) entry(dir, rel, name string) (path, id string) {
	switch dir {
	case ".":
		path = name
	case string(filepath.Separator):
		path = dir + name
	default:
		path = dir + string(filepath.Separator) + name
	}
	n := len(name)
	if rel != "." {
		n += len(rel) + 1
	}
	if id = path[len(path)-n:]; filepath.Separator == '/' && (rel == "." || id[:len(rel)] == rel) {
		return path, id // the same text, held once: a run keeps both for every document
	}
	return path, w.id(path)
}

// walk lists dir, whose id is rel; ancestors are the directories being
// walked (loop detection).
func (w *walker) walk(dir, rel string, ancestors map[fileID]bool) {
	entries, err := readDir(dir)
	if err != nil {
		w.add(Input{Path: dir, DocID: w.id(dir) + "/", Kind: KindText, Err: "cannot list directory: " + err.Error()})
	}
	clean := filepath.Clean(dir)
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		path, id := w.entry(clean, rel, name)
		_, known := Extensions[strings.ToLower(filepath.Ext(name))]
		mode := e.Type()
		var st os.FileInfo
		if mode.IsDir() || mode&os.ModeSymlink != 0 {
			if st, err = os.Stat(path); err != nil {
				if known || mode.IsDir() {
					w.add(Input{Path: path, DocID: id, Err: "broken symbolic link: " + err.Error()})
				}
				continue
			}
			mode = st.Mode().Type()
		}
		switch {
		case mode.IsDir():
			fid := idOf(st)
			if ancestors[fid] {
				w.log.Warn("symbolic link loop: not followed", "path", path)
				continue
			}
			ancestors[fid] = true
			w.walk(path, id, ancestors)
			delete(ancestors, fid)
		case !known:
		case mode.IsRegular():
			w.add(Input{Path: path, DocID: id, listed: st == nil})
		default:
			w.add(Input{Path: path, DocID: id, Skip: notRead(mode)})
		}
	}
}

// dedupe keeps the first of inputs that are the same file (by real path).
func dedupe(inputs []Input, log *slog.Logger) []Input {
	first := map[string]string{}
	dirs := map[string]string{}
	out := inputs[:0]
	for _, in := range inputs {
		if in.Err == "" && in.Skip == "" && in.Data == nil {
			resolve := canonicalPath
			if in.listed {
				resolve = canonicalDir
			}
			if real, err := resolve(in.Path, dirs); err == nil {
				if f, ok := first[real]; ok {
					log.Warn("the same file named twice: read once", "path", in.Path, "first", f)
					continue
				}
				first[real] = in.Path
			}
		}
		out = append(out, in)
	}
	return out
}

// canonicalPath is filepath.EvalSymlinks then filepath.Abs of a file's path,
// with the directories resolved once each (dirs caches them): EvalSymlinks
// checks every component of the path, five system calls a file in a corpus
// four levels deep, for thousands of files in the same few directories. The
// file itself is checked (one Lstat) and, if it is a link, resolved whole.
func canonicalPath(path string, dirs map[string]string) (string, error) {
	fi, err := os.Lstat(path)
	if err != nil {
		return "", err
	}
	if fi.Mode()&os.ModeSymlink != 0 {
		real, err := filepath.EvalSymlinks(path)
		if err != nil {
			return "", err
		}
		return filepath.Abs(real)
	}
	return canonicalDir(path, dirs)
}

// canonicalDir is canonicalPath of a path whose last component is known to
// be no symbolic link: its directory resolved (once, through dirs) and the
// name joined to it.
func canonicalDir(path string, dirs map[string]string) (string, error) {
	dir, base := filepath.Split(path)
	real, ok := dirs[dir]
	if !ok {
		var err error
		if real, err = filepath.EvalSymlinks(cmp.Or(dir, ".")); err != nil {
			return "", err
		}
		if real, err = filepath.Abs(real); err != nil {
			return "", err
		}
		dirs[dir] = real
	}
	if base == "" || base == "." || base == ".." || strings.HasSuffix(real, string(filepath.Separator)) {
		return filepath.Join(real, base), nil
	}
	return real + string(filepath.Separator) + base, nil // what Join gives: real is clean, base one plain name
}
