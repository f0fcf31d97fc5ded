package dataset

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// encodeManifest writes a part at a time; the bytes must be those of
// json.MarshalIndent and a newline, whatever the manifest holds.
func TestEncodeManifestIsMarshalIndent(t *testing.T) {
	docs := func(ids ...string) []ManifestDoc {
		var out []ManifestDoc
		for i, id := range ids {
			out = append(out, ManifestDoc{DocID: id, Path: "in/" + id, SHA256: "ab12", Bytes: int64(100 * i), Status: StatusOK, Figures: i})
		}
		return out
	}
	ms := []Manifest{
		{SchemaVersion: "3", Format: "parquet"},
		{SchemaVersion: "3", Format: "parquet", Parts: []Part{}},
		{SchemaVersion: "3", ZhmetricsVersion: "0.1.0", Format: "arrow", Extractor: "x<y>&z",
			CreatedAt: time.Date(2026, 12, 2, 4, 0, 0, 0, time.UTC),
			Tables:    map[string][]string{"figures": {"figures/part-a.parquet"}, "documents": {"documents/part-a.parquet"}},
			Parts: []Part{
				{Name: "part-a", Documents: docs("a.txt", "b \"q\".txt", "c<&>.txt")},
				{Name: "part-b", Documents: docs("d.jsonl#1"), Files: []PartFile{{Table: "figures", Path: "figures/part-b.parquet", Bytes: 9, SHA256: "ff", Rows: 2}}},
				{Name: "part-c"},
			},
			Summary: Summary{Documents: 4, OK: 4, Figures: 6, MB: 1.5, Seconds: 0.25}},
	}
	for _, m := range ms {
		want, err := json.MarshalIndent(&m, "", "  ")
		require.NoError(t, err)
		var got bytes.Buffer
		require.NoError(t, encodeManifest(&got, &m))
		assert.Equal(t, string(append(want, '\n')), got.String())
	}
}
