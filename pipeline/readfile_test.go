package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ReadInput opens a file once and reads it whole, as os.ReadFile does but
// with fewer system calls (readPath): the same bytes for every size (empty,
// one byte, around the sizes of a read), the same errors, and a file over
// --max-bytes is skipped with its size, not read.
func TestReadInputReadsWhatReadFileReads(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []int{0, 1, 511, 512, 513, 4096, 100_000} {
		path := filepath.Join(dir, "doc.txt")
		want := []byte(strings.Repeat("中", n/3+1)[:n])
		require.NoError(t, os.WriteFile(path, want, 0o644))
		got, skip, err := ReadInput(Input{Path: path, Kind: KindText}, 0)
		require.NoError(t, err)
		assert.Empty(t, skip)
		assert.Equal(t, want, got, "%d bytes", n)
		if n > 1 {
			got, skip, err = ReadInput(Input{Path: path, Kind: KindText}, int64(n-1))
			require.NoError(t, err)
			assert.Nil(t, got)
			assert.Contains(t, skip, "over --max-bytes", "%d bytes", n)
		}
	}
	missing := filepath.Join(dir, "missing.txt")
	_, _, err := ReadInput(Input{Path: missing, Kind: KindText}, 0)
	assert.ErrorIs(t, err, os.ErrNotExist)
	_, want := os.ReadFile(missing)
	assert.EqualError(t, err, want.Error(), "os.ReadFile's error")
	// A directory opens but cannot be read: os.ReadFile's error too.
	_, _, err = ReadInput(Input{Path: dir, Kind: KindText}, 0)
	_, want = os.ReadFile(dir)
	require.Error(t, want)
	assert.EqualError(t, err, want.Error())
}

// A regular file is read in one read, ended by a short read; a file whose
// size says nothing of its content (a /proc file reports 0 and gives a page
// a read) and a FIFO are still read to their end.
func TestReadInputReadsFilesWithoutSize(t *testing.T) {
	// /proc files report size 0; kallsyms is megabytes, given a page a read
	for _, p := range []string{"/proc/self/mountinfo", "/proc/kallsyms"} {
		want, err := os.ReadFile(p)
		if err != nil || len(want) == 0 {
			continue // not on this machine
		}
		got, skip, err := ReadInput(Input{Path: p, Kind: KindText}, 0)
		require.NoError(t, err)
		assert.Empty(t, skip)
		assert.Equal(t, len(want), len(got), "%s read whole", p)
	}

	fifo := filepath.Join(t.TempDir(), "fifo")
	require.NoError(t, syscall.Mkfifo(fifo, 0o644))
	text := strings.Repeat("一二三", 30_000)
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		for i := 0; i < len(text); i += 1000 { // many short writes
			f.WriteString(text[i:min(i+1000, len(text))])
		}
		f.Close()
	}()
	got, _, err := ReadInput(Input{Path: fifo, Kind: KindText}, 0)
	require.NoError(t, err)
	assert.Equal(t, text, string(got))
}
