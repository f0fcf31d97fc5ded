//go:build beam

package main

import (
	"context"
	"github.com/zhmetrics/zhmetrics/dataset"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/pipeline"
)

// The Beam pipeline, run with the prism runner, produces exactly the figures
// and documents of `zhmetrics run` on the same inputs, checked with
// `zhmetrics diff`. Run by make test (go test -tags beam ./cmd/zhmetrics-beam/).
func TestBeamSameAsRun(t *testing.T) {
	tmp := t.TempDir()
	beamBin, zhBin := filepath.Join(tmp, "zhmetrics-beam"), filepath.Join(tmp, "zhmetrics")
	for bin, pkg := range map[string]string{beamBin: ".", zhBin: "../zhmetrics"} {
		out, err := exec.Command("go", "build", "-o", bin, pkg).CombinedOutput()
		require.NoError(t, err, string(out))
	}
	beamOut, runOut := filepath.Join(tmp, "out-beam"), filepath.Join(tmp, "out")
	out, err := exec.Command(beamBin, "--input", "../../seeds/*,../../testdata/inputs/*", "--output", beamOut, "--runner=prism").CombinedOutput()
	require.NoError(t, err, string(out))
	out, err = exec.Command(zhBin, "run", "-q", "-o", runOut, "../../seeds", "../../testdata/inputs").CombinedOutput()
	var exit *exec.ExitError
	if err != nil {
		require.ErrorAs(t, err, &exit, string(out))
		require.Equal(t, 1, exit.ExitCode(), "some testdata inputs fail on purpose: %s", out)
	}

	// Same figures: zhmetrics diff exits 0.
	out, err = exec.Command(zhBin, "diff", runOut, beamOut).CombinedOutput()
	require.NoError(t, err, "zhmetrics diff found differences:\n%s", out)
	assert.Contains(t, string(out), "added 0, removed 0, changed 0")

	// Same documents, with the same statuses; same layout.
	want, err := dataset.ReadDocuments(runOut)
	require.NoError(t, err)
	got, err := dataset.ReadDocuments(beamOut)
	require.NoError(t, err)
	byID := map[string]string{}
	for _, d := range want {
		byID[d.DocID] = d.Status + " " + d.Error
	}
	require.Len(t, got, len(want))
	for _, d := range got {
		assert.Equal(t, byID[d.DocID], d.Status+" "+d.Error, d.DocID)
	}
	m, err := dataset.ReadManifest(beamOut)
	require.NoError(t, err)
	assert.NotEmpty(t, m.Tables["figures"])
	for _, f := range m.Tables["figures"] {
		_, err := os.Stat(filepath.Join(beamOut, f))
		assert.NoError(t, err)
	}
}

// An output on another Beam filesystem (here memfs://, as gs:// on Dataflow)
// is written through that filesystem: parts, then the manifest.
func TestStagedPublishesToBeamFilesystem(t *testing.T) {
	ctx := context.Background()
	seg, err := pipeline.LoadSegmenter()
	require.NoError(t, err)
	doc := pipeline.Process(seg, pipeline.Input{DocID: "a.txt", Kind: pipeline.KindText}, []byte("营收8.58亿元，增长5%。"))
	var part dataset.Part
	require.NoError(t, staged(ctx, "memfs://out", func(dir string) ([]string, error) {
		p, err := pipeline.WritePart(dir, "parquet", version, []pipeline.Document{doc})
		part = p
		return []string{"figures/" + p.Name + ".parquet", "documents/" + p.Name + ".parquet"}, err
	}))
	require.NoError(t, staged(ctx, "memfs://out", func(dir string) ([]string, error) {
		m := &dataset.Manifest{Format: "parquet", Summary: dataset.SummaryOf([]dataset.Part{part})}
		return []string{dataset.ManifestName}, dataset.WriteFlat(dir, m, []dataset.Part{part})
	}))
	fs, err := filesystem.New(ctx, "memfs://out")
	require.NoError(t, err)
	defer fs.Close()
	parts, err := fs.List(ctx, "memfs://out/*/*")
	require.NoError(t, err)
	assert.ElementsMatch(t, []string{"memfs://out/figures/" + part.Name + ".parquet", "memfs://out/documents/" + part.Name + ".parquet"}, parts)
	manifest, err := filesystem.Read(ctx, fs, "memfs://out/manifest.json")
	require.NoError(t, err)
	assert.Contains(t, string(manifest), part.Name)
	pq, err := filesystem.Read(ctx, fs, "memfs://out/figures/"+part.Name+".parquet")
	require.NoError(t, err)
	assert.Equal(t, "PAR1", string(pq[:4]), "a Parquet file")
}
