package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// maxBinaryBytes is issue 17's bound on bin/zhmetrics: under 30 MB.
const maxBinaryBytes = 30_000_000

// The binary `make build` makes is under 30 MB: built here with the
// Makefile's own command (make -n build), into a temporary directory.
func TestBinarySize(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("no make")
	}
	bin := filepath.Join(t.TempDir(), "zhmetrics")
	dry := exec.Command("make", "-s", "-n", "build", "BIN="+bin)
	dry.Dir = filepath.Join("..", "..")
	script, err := dry.Output()
	require.NoError(t, err)
	require.True(t, strings.HasPrefix(strings.TrimSpace(string(script)), "go build "), "make build runs %q", script)
	build := exec.Command("sh", "-c", string(script))
	build.Dir = dry.Dir
	out, err := build.CombinedOutput()
	require.NoError(t, err, string(out))
	st, err := os.Stat(bin)
	require.NoError(t, err)
	assert.Less(t, st.Size(), int64(maxBinaryBytes), "%s: %.1f MB, over 30 MB", strings.TrimSpace(string(script)), float64(st.Size())/1e6)
}
