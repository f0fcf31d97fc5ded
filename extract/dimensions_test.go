package extract

import (
	"strings"
	"testing"

	"github.com/zhmetrics/zhmetrics/schema"
)

// Every dimension a unit of units.tsv gives a figure is named in the
// documented schema's dimension column (README's table is checked against
// that documentation by TestReadmeSchema). ° alone is an angle and never a
// figure.
func TestUnitDimensionsDocumented(t *testing.T) {
	var doc string
	for _, c := range schema.NewFigures("test").Columns {
		if c.Name == "dimension" {
			doc = c.Doc
		}
	}
	if doc == "" {
		t.Fatal("no dimension column")
	}
	named := map[string]bool{}
	for _, w := range strings.FieldsFunc(doc, func(r rune) bool { return r == ',' || r == ' ' || r == '(' }) {
		named[w] = true
	}
	for _, u := range DefaultUnits().All() {
		if u.Dimension == "angle" {
			continue
		}
		if !named[u.Dimension] {
			t.Errorf("unit %s: dimension %q is not in the schema's documentation of the dimension column", u.Surface, u.Dimension)
		}
	}
}
