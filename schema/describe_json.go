package schema

import (
	"encoding/json"
	"fmt"

	"github.com/apache/arrow-go/v18/arrow"
)

// JSONColumn is one column in `zhmetrics schema --json`: the Arrow type as a
// small structure another language can rebuild (the Python round-trip tests
// build pyarrow types from it and compare them with what each reader sees).
type JSONColumn struct {
	Name     string `json:"name"`
	Type     string `json:"type"`             // int32, int64, float64, utf8, date32, timestamp, dictionary
	Unit     string `json:"unit,omitempty"`   // timestamp: s, ms, us, ns
	TZ       string `json:"tz,omitempty"`     // timestamp: time zone
	Index    string `json:"index,omitempty"`  // dictionary: index type
	Values   string `json:"values,omitempty"` // dictionary: value type
	Nullable bool   `json:"nullable"`
	Doc      string `json:"doc"`
}

// JSONSchema is the whole of `zhmetrics schema --json`.
type JSONSchema struct {
	SchemaVersion string                  `json:"schema_version"`
	Metadata      map[string]string       `json:"metadata_keys"`
	Tables        map[string][]JSONColumn `json:"tables"`
}

// DescribeJSON gives both tables' columns with their Arrow types as JSON.
func DescribeJSON() ([]byte, error) {
	s := JSONSchema{
		SchemaVersion: Version,
		Metadata:      map[string]string{"schema_version": MetaSchemaVersion, "version": MetaVersion, "table": MetaTable},
		Tables:        map[string][]JSONColumn{},
	}
	var err error
	if s.Tables["figures"], err = jsonColumns(FigureColumns); err != nil {
		return nil, err
	}
	if s.Tables["documents"], err = jsonColumns(DocumentColumns); err != nil {
		return nil, err
	}
	return json.MarshalIndent(s, "", "  ")
}

func jsonColumns[R any](cols []Column[R]) ([]JSONColumn, error) {
	out := make([]JSONColumn, 0, len(cols))
	for _, c := range cols {
		j := JSONColumn{Name: c.Name, Nullable: c.Nullable, Doc: c.Doc}
		switch t := c.Type.(type) {
		case *arrow.DictionaryType:
			j.Type, j.Index, j.Values = "dictionary", t.IndexType.Name(), t.ValueType.Name()
		case *arrow.TimestampType:
			j.Type, j.Unit, j.TZ = "timestamp", t.Unit.String(), t.TimeZone
		default:
			j.Type = t.Name()
		}
		switch j.Type {
		case "int32", "int64", "float64", "utf8", "date32", "timestamp", "dictionary":
		default:
			return nil, fmt.Errorf("column %s: type %s has no JSON description", c.Name, c.Type)
		}
		out = append(out, j)
	}
	return out, nil
}
