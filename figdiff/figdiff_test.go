package figdiff

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/schema"
)

func fv(v float64) *float64 { return &v }

func TestFigures(t *testing.T) {
	old := []schema.FigureRow{
		{DocID: "a", Start: 0, End: 3, Surface: "3万人", Value: fv(30000), Unit: "人"},
		{DocID: "a", Start: 10, End: 13, Surface: "3万人", Value: fv(30000), Unit: "人"},
		{DocID: "a", Start: 20, End: 22, Surface: "5%", Value: fv(5), Unit: "%", Metric: "增速"},
		{DocID: "b", Start: 0, End: 2, Surface: "7家", Value: fv(7), Unit: "家"},
	}
	new := []schema.FigureRow{
		{DocID: "a", Start: 0, End: 3, Surface: "3万人", Value: fv(30000), Unit: "人"},
		{DocID: "a", Start: 20, End: 22, Surface: "5%", Value: fv(5), Unit: "%", Metric: "经济增速"},
		{DocID: "b", Start: 0, End: 2, Surface: "7家", Value: fv(7), Unit: "家"},
		{DocID: "b", Start: 5, End: 8, Surface: "12亩", Value: fv(12), Unit: "亩"},
	}
	changes := Figures(old, new)
	require.Len(t, changes, 3)
	// The second 3万人 of a is paired by occurrence: the first one stays, the
	// second is removed, even though the remaining one has the same offsets.
	assert.Equal(t, "removed", changes[0].Kind)
	assert.Equal(t, 2, changes[0].N)
	assert.Equal(t, int32(10), changes[0].OldRow.Start)
	assert.Nil(t, changes[0].NewRow)
	assert.Equal(t, "changed", changes[1].Kind)
	assert.Equal(t, []string{"metric"}, changes[1].Fields)
	assert.Equal(t, "增速", changes[1].OldRow.Metric)
	assert.Equal(t, "经济增速", changes[1].NewRow.Metric)
	assert.Equal(t, "added", changes[2].Kind)
	assert.Equal(t, "b", changes[2].Doc)
	s := Summarize(changes, len(old), len(new))
	assert.Equal(t, Summary{Old: 4, New: 4, Added: 1, Removed: 1, Changed: 1}, s)
	assert.Equal(t, "figures: old 4, new 4; added 1, removed 1, changed 1", s.String())
}
