package schema

import (
	"fmt"
	"strings"

	"github.com/apache/arrow-go/v18/arrow"
)

// Describe prints both tables' columns with their types and meaning, as
// plain text or as Markdown tables.
func Describe(version string, markdown bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "zhmetrics dataset schema, version %s\n\n", Version)
	describe(&b, "figures", "one row per figure", FigureColumns, markdown)
	b.WriteString("\n")
	describe(&b, "documents", "one row per input document", DocumentColumns, markdown)
	return b.String()
}

func describe[R any](b *strings.Builder, name, what string, cols []Column[R], markdown bool) {
	if markdown {
		fmt.Fprintf(b, "### %s (%s)\n\n| column | type | null | meaning |\n|---|---|---|---|\n", name, what)
	} else {
		fmt.Fprintf(b, "%s: %s\n", name, what)
	}
	for _, c := range cols {
		null := ""
		if c.Nullable {
			null = "yes"
		}
		if markdown {
			fmt.Fprintf(b, "| `%s` | %s | %s | %s |\n", c.Name, TypeName(c.Type), null, c.Doc)
		} else {
			fmt.Fprintf(b, "  %-15s %-26s %-4s %s\n", c.Name, TypeName(c.Type), null, c.Doc)
		}
	}
}

// TypeName names an Arrow type the way an analyst reads it.
func TypeName(t arrow.DataType) string {
	switch t := t.(type) {
	case *arrow.DictionaryType:
		return "string (dictionary)"
	case *arrow.TimestampType:
		return "timestamp[µs, " + t.TimeZone + "]"
	case *arrow.Date32Type:
		return "date"
	case *arrow.Float64Type:
		return "double"
	}
	return t.String()
}
