package pipeline

import (
	"bytes"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/zhmetrics/zhmetrics/dataset"
)

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
}

// Faults 5 and 7: odd inputs are one row each with a reason, or followed, or
// read once; the run goes on.
func TestDiscoverOddInputs(t *testing.T) {
	dir := t.TempDir()
	outside := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), "营收8.58亿元。")
	writeFile(t, filepath.Join(outside, "linked.txt"), "投资约3亿元。")
	writeFile(t, filepath.Join(outside, "sub", "deep.txt"), "新增企业12家。")
	require.NoError(t, os.Symlink(filepath.Join(outside, "linked.txt"), filepath.Join(dir, "link.txt")))
	require.NoError(t, os.Symlink(filepath.Join(outside, "sub"), filepath.Join(dir, "linkdir")))
	require.NoError(t, os.Symlink("..", filepath.Join(dir, "linkdir2")))            // a loop: back to dir
	require.NoError(t, os.Symlink("missing.txt", filepath.Join(dir, "broken.txt"))) // broken
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "fifo.txt"), 0o644))
	namedFIFO := filepath.Join(outside, "named.fifo")
	require.NoError(t, syscall.Mkfifo(namedFIFO, 0o644))
	locked := filepath.Join(dir, "locked")
	writeFile(t, filepath.Join(locked, "x.txt"), "x")
	require.NoError(t, os.Chmod(locked, 0))
	t.Cleanup(func() { os.Chmod(locked, 0o755) })
	if os.Geteuid() == 0 { // root lists every directory: make this one fail as it would for a user
		readDir = func(p string) ([]os.DirEntry, error) {
			if p == locked {
				return nil, &os.PathError{Op: "open", Path: p, Err: syscall.EACCES}
			}
			return os.ReadDir(p)
		}
		t.Cleanup(func() { readDir = os.ReadDir })
	}

	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	got, err := DiscoverLog([]string{dir, filepath.Join(dir, "a.txt"), namedFIFO}, log)
	require.NoError(t, err)
	byID := map[string]Input{}
	var ids []string
	for _, in := range got {
		byID[in.DocID] = in
		ids = append(ids, in.DocID)
	}
	t.Log(ids)
	assert.Equal(t, "", byID["a.txt"].Err)
	assert.Equal(t, filepath.Join(outside, "linked.txt"), mustReal(t, byID["link.txt"].Path), "a link to a file is followed")
	assert.Contains(t, byID, "linkdir/deep.txt", "a link to a directory is followed")
	assert.Contains(t, byID["broken.txt"].Err, "broken symbolic link")
	assert.Contains(t, byID["fifo.txt"].Skip, "named pipe")
	assert.Contains(t, byID["named.fifo"].Skip, "named pipe")
	assert.Contains(t, logs.String(), "symbolic link loop")
	assert.Contains(t, logs.String(), "the same file named twice")
	n := 0
	for _, in := range got {
		if filepath.Base(in.Path) == "a.txt" {
			n++
		}
	}
	assert.Equal(t, 1, n, "a.txt named twice is read once")
	assert.Contains(t, byID["locked/"].Err, "cannot list directory")

	// The run goes on: every odd input is one row with its reason.
	out := t.TempDir()
	sum, err := Run(Options{Inputs: []string{dir, namedFIFO}, OutDir: out, Version: "test"})
	require.NoError(t, err)
	assert.Equal(t, 2, sum.Skipped, "two named pipes")
	docs, err := dataset.ReadDocuments(out)
	require.NoError(t, err)
	status := map[string]string{}
	for _, d := range docs {
		status[d.DocID] = d.Status + ": " + d.Error
	}
	assert.Equal(t, "ok: ", status["link.txt"])
	assert.Equal(t, "ok: ", status["linkdir/deep.txt"])
	assert.Contains(t, status["broken.txt"], "error: broken symbolic link")
	assert.Contains(t, status["locked/"], "error: cannot list directory")
}

func mustReal(t *testing.T, p string) string {
	r, err := filepath.EvalSymlinks(p)
	require.NoError(t, err)
	return r
}

// Fault 7: a pipe named on the command line (what `run <(cat f)` passes) is read once.
func TestRunPipeArgument(t *testing.T) {
	r, w, err := os.Pipe()
	require.NoError(t, err)
	defer r.Close()
	go func() {
		w.WriteString("营收8.58亿元，增长5%。")
		w.Close()
	}()
	out := t.TempDir()
	sum, err := Run(Options{Inputs: []string{fmt.Sprintf("/dev/fd/%d", r.Fd())}, OutDir: out, Version: "test"})
	require.NoError(t, err)
	assert.Equal(t, 1, sum.OK)
	assert.Equal(t, 2, sum.Figures)
}

// Fault 6: JSONL in GB18030 or with a byte order mark is read right; a bad
// line is recorded with its size.
func TestJSONLEncodings(t *testing.T) {
	dir := t.TempDir()
	gbk, err := simplifiedchinese.GB18030.NewEncoder().String(`{"id": "g", "text": "营收8.58亿元。"}` + "\n")
	require.NoError(t, err)
	writeFile(t, filepath.Join(dir, "gbk.jsonl"), gbk)
	writeFile(t, filepath.Join(dir, "bom.jsonl"), "\ufeff"+`{"id": "b", "text": "投资约3亿元。"}`+"\n"+`{"id": "bad", "text": 12`+"\n")
	out := t.TempDir()
	sum, err := Run(Options{Inputs: []string{dir}, OutDir: out, Version: "test"})
	require.NoError(t, err)
	assert.Equal(t, 2, sum.OK)
	assert.Equal(t, 1, sum.Failed)
	docs, err := dataset.ReadDocuments(out)
	require.NoError(t, err)
	for _, d := range docs {
		switch d.DocID {
		case "gbk.jsonl#g":
			assert.Equal(t, "ok", d.Status)
			assert.Equal(t, EncGB18030, d.Encoding)
		case "bom.jsonl#b":
			assert.Equal(t, "ok", d.Status)
		case "bom.jsonl#line2":
			assert.Equal(t, "error", d.Status)
			assert.Equal(t, int64(len(`{"id": "bad", "text": 12`)+1), d.Bytes)
		default:
			t.Errorf("unexpected document %s", d.DocID)
		}
	}
	figs, err := dataset.ReadFigures(out)
	require.NoError(t, err)
	surfaces := map[string]string{}
	for _, f := range figs {
		surfaces[f.DocID] = f.Surface
	}
	assert.Equal(t, "8.58亿元", surfaces["gbk.jsonl#g"])
	assert.Equal(t, "3亿元", surfaces["bom.jsonl#b"])
}

// canonicalPath resolves directories once each: it must give what
// filepath.EvalSymlinks and filepath.Abs give, for plain files, links to
// files, files under linked directories, relative paths and paths with "..",
// and fail where they fail.
func TestCanonicalPathIsEvalSymlinks(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "d", "a.txt"), "a")
	writeFile(t, filepath.Join(root, "d", "sub", "b.txt"), "b")
	writeFile(t, filepath.Join(root, "other", "c.txt"), "c")
	require.NoError(t, os.Symlink(filepath.Join(root, "other"), filepath.Join(root, "d", "linkdir")))
	require.NoError(t, os.Symlink("../other/c.txt", filepath.Join(root, "d", "linkfile.txt")))
	require.NoError(t, os.Symlink("linkdir", filepath.Join(root, "d", "linklink")))
	require.NoError(t, os.Symlink("missing.txt", filepath.Join(root, "d", "broken.txt")))
	t.Chdir(filepath.Join(root, "d"))
	paths := []string{
		filepath.Join(root, "d", "a.txt"), "a.txt", "./a.txt", "sub/b.txt", "sub/../a.txt",
		"linkdir/c.txt", "linklink/c.txt", "linkdir/../d/a.txt", "linkfile.txt",
		filepath.Join(root, "d", "linkdir", "c.txt"), "broken.txt", "missing.txt", "sub/missing.txt",
		"sub", "sub/", "sub/.", "sub/..", "linkdir/..", ".", "..", "/", "/tmp",
	}
	dirs := map[string]string{}
	for round := 0; round < 2; round++ { // the second round reads the directories from the cache
		for _, p := range paths {
			want, wantErr := filepath.EvalSymlinks(p)
			if wantErr == nil {
				want, wantErr = filepath.Abs(want)
			}
			got, err := canonicalPath(p, dirs)
			if wantErr != nil {
				assert.Error(t, err, p)
				continue
			}
			require.NoError(t, err, p)
			assert.Equal(t, want, got, p)
			// A path whose last component is no link (as a directory
			// lists it) resolves through its directory alone, to the same.
			if fi, err := os.Lstat(p); err == nil && fi.Mode()&os.ModeSymlink == 0 {
				got, err := canonicalDir(p, dirs)
				require.NoError(t, err, p)
				assert.Equal(t, want, got, p)
			}
		}
	}
	assert.Equal(t, filepath.Join(root, "other", "c.txt"), mustCanonical(t, "linklink/c.txt", dirs))
}

// Files a directory lists as regular are not looked up again to know they
// are no links (listed): the same file reached through a linked directory,
// through a link to it, or named on the command line is still read once,
// under its first name.
func TestDiscoverSameFileListedTwice(t *testing.T) {
	dir := t.TempDir()
	outside := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), "a")
	writeFile(t, filepath.Join(outside, "sub", "deep.txt"), "d")
	writeFile(t, filepath.Join(outside, "z.txt"), "z")
	require.NoError(t, os.Symlink(filepath.Join(outside, "sub"), filepath.Join(dir, "linkdir")))
	require.NoError(t, os.Symlink(filepath.Join(outside, "z.txt"), filepath.Join(dir, "b.txt")))
	require.NoError(t, os.Symlink("a.txt", filepath.Join(dir, "c.txt")))

	var logs bytes.Buffer
	got, err := DiscoverLog([]string{dir, outside, filepath.Join(dir, "a.txt"), filepath.Join(outside, "sub", "..", "z.txt")},
		slog.New(slog.NewTextHandler(&logs, nil)))
	require.NoError(t, err)
	var ids []string
	listed := map[string]bool{}
	for _, in := range got {
		ids = append(ids, in.DocID)
		listed[in.DocID] = in.listed
	}
	assert.Equal(t, []string{"a.txt", "b.txt", "linkdir/deep.txt"}, ids, "c.txt is a.txt, sub/deep.txt is linkdir/deep.txt, z.txt is b.txt")
	assert.Equal(t, map[string]bool{"a.txt": true, "b.txt": false, "linkdir/deep.txt": true}, listed)
	assert.Equal(t, 5, strings.Count(logs.String(), "the same file named twice"), "c.txt, sub/deep.txt, z.txt and the two arguments")
}

func mustCanonical(t *testing.T, p string, dirs map[string]string) string {
	r, err := canonicalPath(p, dirs)
	require.NoError(t, err)
	return r
}

// The walk names every file as filepath.Join of the argument and its id,
// and its id as its path relative to the argument, however the argument is
// written: relative, absolute, with a trailing slash, "." or "..", through
// a linked directory.
func TestDiscoverPathsAndIDs(t *testing.T) {
	root := t.TempDir()
	for _, f := range []string{"a.txt", "d/b.txt", "d/e/c.md", "d/e/f/g.html", "z.txt"} {
		writeFile(t, filepath.Join(root, "top", f), "x")
	}
	require.NoError(t, os.Symlink(filepath.Join(root, "top", "d", "e"), filepath.Join(root, "top", "linked")))
	t.Chdir(filepath.Join(root, "top", "d"))
	for _, arg := range []string{filepath.Join(root, "top"), filepath.Join(root, "top") + "/", "..", "../", ".", "./", "e", "./e/",
		"../d/../d", "../linked", "../linked/", filepath.Join(root, "top", "linked", "f")} {
		got, err := Discover([]string{arg})
		require.NoError(t, err)
		require.NotEmpty(t, got, arg)
		for _, in := range got {
			rel, err := filepath.Rel(arg, in.Path)
			require.NoError(t, err)
			assert.Equal(t, filepath.ToSlash(rel), in.DocID, "%s: id of %s", arg, in.Path)
			assert.Equal(t, filepath.Join(arg, filepath.FromSlash(in.DocID)), in.Path, "%s: path of %s", arg, in.DocID)
			require.True(t, strings.HasSuffix(in.Path, in.DocID))
			assert.Equal(t, unsafe.Add(unsafe.Pointer(unsafe.StringData(in.Path)), len(in.Path)-len(in.DocID)),
				unsafe.Pointer(unsafe.StringData(in.DocID)), "%s: the id is the end of the path's text, not a copy", arg)
		}
	}
	got, err := Discover([]string{".."})
	require.NoError(t, err)
	var ids []string
	for _, in := range got {
		ids = append(ids, in.DocID)
	}
	assert.Equal(t, []string{"a.txt", "d/b.txt", "d/e/c.md", "d/e/f/g.html", "z.txt"}, ids, "linked/ is d/e/: read once")
}
