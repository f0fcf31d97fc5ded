package pipeline

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/dataset"
)

// A first run does not hash its inputs before processing (sizeInputs): the
// SHA-256 it records is the one each worker computes from what it read. The
// next run carries documents over by the sums hashInputs computes, so the two
// must agree for every kind of input: text, HTML, GBK, a BOM, JSONL lines,
// binary and truncated files, bad JSONL lines.
func TestFirstRunSumsAreThoseTheNextRunCompares(t *testing.T) {
	in := t.TempDir()
	entries, err := os.ReadDir("../testdata/inputs")
	require.NoError(t, err)
	for _, e := range entries {
		if e.Name() == "longline.txt" {
			continue // streamed: its own path, covered by the stream tests
		}
		b, err := os.ReadFile(filepath.Join("../testdata/inputs", e.Name()))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(in, e.Name()), b, 0o644))
	}
	out := t.TempDir()
	first := runSeeds(t, out, Options{Inputs: []string{in}, Workers: 2})
	require.Zero(t, first.Carried)

	snap, err := dataset.Open(out)
	require.NoError(t, err)
	recorded := map[string]string{}
	for _, p := range snap.Manifest.Parts {
		for _, d := range p.Documents {
			recorded[d.DocID] = d.SHA256
		}
	}
	files, err := Discover([]string{in})
	require.NoError(t, err)
	inputs, err := Expand(files)
	require.NoError(t, err)
	sums := hashInputs(inputs, 1)
	sizes := sizeInputs(inputs, 1)
	readable := 0
	for i, input := range inputs {
		sha, ok := recorded[input.DocID]
		require.True(t, ok, "%s is in the manifest", input.DocID)
		assert.Equal(t, sums[i].bytes, sizes[i].bytes, "%s: size", input.DocID)
		// A document that is no document (a bad JSONL line) or that could not
		// be read records no sum, as before, and is looked at again.
		if len(sha) == 64 {
			assert.Equal(t, sums[i].String(), sha, "%s: the sum the first run recorded", input.DocID)
			readable++
		}
	}
	require.Greater(t, readable, 5)

	second := runSeeds(t, out, Options{Inputs: []string{in}, Workers: 2})
	assert.Equal(t, readable, second.Carried, "every readable document is carried over")
	assert.Equal(t, len(inputs)-readable, second.Processed)
}

// hashInputs and sizeInputs give, on several goroutines, what they give on
// one, in input order: for more inputs than a chunk, of different sizes,
// with inputs that are no files (a bad JSONL line, a missing file, a pipe's
// data, a skipped device) among them.
func TestHashAndSizeInputsOnSeveralGoroutines(t *testing.T) {
	dir := t.TempDir()
	for i := range 700 {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("d%02d", i%7), fmt.Sprintf("f%03d.txt", i)), strings.Repeat("营收8.58亿元。", i%40))
	}
	writeFile(t, filepath.Join(dir, "lines.jsonl"), `{"id": "a", "text": "投资约3亿元。"}`+"\n"+`{"id": "b", "text": 12`+"\n")
	files, err := Discover([]string{dir})
	require.NoError(t, err)
	files = append(files, Input{Path: filepath.Join(dir, "gone.txt"), DocID: "gone.txt", Kind: KindText},
		Input{Path: "-", DocID: "stdin", Kind: KindText, Data: []byte("增长5%。")},
		Input{Path: "/dev/null", DocID: "null", Kind: KindText, Skip: "device: not read"})
	inputs, err := Expand(files)
	require.NoError(t, err)
	require.Len(t, inputs, 705)

	sums, sizes := hashInputs(inputs, 1), sizeInputs(inputs, 1)
	for i, in := range inputs {
		assert.Equal(t, sums[i].bytes, sizes[i].bytes, in.DocID)
		if in.Path == filepath.Join(dir, "gone.txt") || in.Skip != "" {
			assert.Contains(t, sums[i].String(), "unreadable: ", in.DocID)
			assert.Contains(t, sizes[i].String(), "unreadable: ", in.DocID)
		}
	}
	want, err := os.ReadFile(filepath.Join(dir, "d03", "f031.txt"))
	require.NoError(t, err)
	for i, in := range inputs {
		if in.DocID == "d03/f031.txt" {
			assert.Equal(t, fmt.Sprintf("%x", sha256.Sum256(want)), sums[i].String())
			assert.Equal(t, int64(len(want)), sizes[i].bytes)
		}
	}
	for _, workers := range []int{2, 3, 8} {
		assert.Equal(t, sums, hashInputs(inputs, workers), "hashInputs, %d workers", workers)
		assert.Equal(t, sizes, sizeInputs(inputs, workers), "sizeInputs, %d workers", workers)
	}
}

// eachInput calls the function once for every index, whatever the number of
// goroutines and the chunk, and makes one function a goroutine.
func TestEachInputCallsEveryIndexOnce(t *testing.T) {
	for _, n := range []int{0, 1, 5, 255, 256, 257, 1000} {
		for _, workers := range []int{1, 2, 4} {
			for _, chunk := range []int{1, 16, 256} {
				calls := make([]atomic.Int32, n)
				var made atomic.Int32
				eachInput(n, workers, chunk, func() func(int) {
					made.Add(1)
					return func(i int) { calls[i].Add(1) }
				})
				for i := range calls {
					require.Equal(t, int32(1), calls[i].Load(), "n %d workers %d chunk %d: index %d", n, workers, chunk, i)
				}
				assert.LessOrEqual(t, int(made.Load()), max(1, min(workers, runtime.GOMAXPROCS(0))))
			}
		}
	}
}

// Options.ExtractorOf gives the fingerprint when Extractor is empty: it is
// recorded in the manifest, and a changed one processes every document again.
func TestRunExtractorOf(t *testing.T) {
	out := t.TempDir()
	first := runSeeds(t, out, Options{ExtractorOf: func() string { return "build-a" }})
	require.Positive(t, first.Processed)
	m, err := dataset.ReadManifest(out)
	require.NoError(t, err)
	assert.Equal(t, "build-a", m.Extractor)

	same := runSeeds(t, out, Options{ExtractorOf: func() string { return "build-a" }})
	assert.Equal(t, first.Documents, same.Carried)
	assert.Zero(t, same.Processed)

	other := runSeeds(t, out, Options{ExtractorOf: func() string { return "build-b" }})
	assert.Equal(t, first.Documents, other.Processed)
	m, err = dataset.ReadManifest(out)
	require.NoError(t, err)
	assert.Equal(t, "build-b", m.Extractor)

	given := runSeeds(t, out, Options{Extractor: "build-b", ExtractorOf: func() string { panic("Extractor is given") }})
	assert.Equal(t, first.Documents, given.Carried)
}
