package schema

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDescribeJSON(t *testing.T) {
	b, err := DescribeJSON()
	require.NoError(t, err)
	var s JSONSchema
	require.NoError(t, json.Unmarshal(b, &s))
	assert.Equal(t, Version, s.SchemaVersion)
	assert.Equal(t, MetaSchemaVersion, s.Metadata["schema_version"])
	require.Len(t, s.Tables["figures"], len(FigureColumns))
	require.Len(t, s.Tables["documents"], len(DocumentColumns))
	byName := map[string]JSONColumn{}
	for _, c := range append(s.Tables["figures"], s.Tables["documents"]...) {
		byName[c.Name] = c
	}
	assert.Equal(t, JSONColumn{Name: "value", Type: "float64", Nullable: true, Doc: byName["value"].Doc}, byName["value"])
	assert.Equal(t, "dictionary", byName["unit"].Type)
	assert.Equal(t, "int32", byName["unit"].Index)
	assert.Equal(t, "utf8", byName["unit"].Values)
	assert.Equal(t, "date32", byName["date"].Type)
	assert.True(t, byName["date"].Nullable)
	assert.Equal(t, JSONColumn{Name: "processed_at", Type: "timestamp", Unit: "us", TZ: "UTC", Doc: byName["processed_at"].Doc}, byName["processed_at"])
}
