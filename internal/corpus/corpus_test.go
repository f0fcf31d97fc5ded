package corpus

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGenerateDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	o := Options{Bytes: 200_000, DocBytes: 4000, Seed: 7, SeedDocs: "../../seeds"}
	o.Dir = a
	fa, na, err := Generate(o)
	require.NoError(t, err)
	o.Dir = b
	fb, nb, err := Generate(o)
	require.NoError(t, err)
	assert.Equal(t, fa, fb)
	assert.Equal(t, na, nb)
	assert.GreaterOrEqual(t, na, int64(200_000))
	x, err := os.ReadFile(filepath.Join(a, "000", "doc-000003.txt"))
	require.NoError(t, err)
	y, err := os.ReadFile(filepath.Join(b, "000", "doc-000003.txt"))
	require.NoError(t, err)
	assert.Equal(t, x, y)
	assert.Contains(t, string(x), "Title: ")
}
