package pipeline

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/schema"
)

// A PartWriter that has written parts writes the next one as a fresh
// WritePart does (same figures file, byte for byte), and keeps none of the
// documents' rows between parts.
func TestPartWriterReusesRoomOnly(t *testing.T) {
	seg, err := LoadSegmenter()
	require.NoError(t, err)
	inputs, err := Discover([]string{"../seeds", "../testdata/gold/real"})
	require.NoError(t, err)
	var docs []Document
	for _, in := range inputs {
		raw, _, err := ReadInput(in, 0)
		require.NoError(t, err)
		docs = append(docs, Process(seg, in, raw))
	}
	require.Greater(t, len(docs), 6)
	// Parts of different sizes, largest first, so later parts reuse rows and
	// date slabs longer than they need.
	batches := [][]Document{docs[:len(docs)/2], docs[len(docs)/2 : len(docs)/2+2], docs[len(docs)/2+2:]}
	var pw PartWriter
	for i, b := range batches {
		reused, fresh := t.TempDir(), t.TempDir()
		p, err := pw.Write(reused, "parquet", "test", b)
		require.NoError(t, err)
		q, err := WritePart(fresh, "parquet", "test", b)
		require.NoError(t, err)
		require.Equal(t, q.Files[0].Path, p.Files[0].Path)
		a, err := os.ReadFile(filepath.Join(reused, p.Files[0].Path))
		require.NoError(t, err)
		want, err := os.ReadFile(filepath.Join(fresh, q.Files[0].Path))
		require.NoError(t, err)
		assert.Equal(t, want, a, "part %d: figures file", i)
		assert.Equal(t, q.Files[0].SHA256, p.Files[0].SHA256)
		assert.Equal(t, q.Documents, p.Documents)
		// Nothing of the documents is held: every row slot is zero.
		for _, r := range pw.figRows[:cap(pw.figRows)] {
			require.Equal(t, schema.FigureRow{}, r)
		}
		for _, r := range pw.docRows[:cap(pw.docRows)] {
			require.Equal(t, schema.DocumentRow{}, r)
		}
	}
	assert.Positive(t, cap(pw.figRows), "the rows' room is kept")
}
