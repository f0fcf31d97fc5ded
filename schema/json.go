package schema

import (
	"bytes"
	"encoding/json"
)

// AppendJSON appends r as one JSON object to dst: first the fields of
// lead (key, value pairs), then every column of cols that has a JSON view,
// by column name and in column order, so that `zhmetrics extract --format
// jsonl` follows the table's schema (dates as "YYYY-MM-DD" or null).
// HTML characters are not escaped.
func AppendJSON[R any](dst []byte, cols []Column[R], r *R, lead ...any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	dst = append(dst, '{')
	n := 0
	field := func(k string, v any) error {
		buf.Reset()
		if err := enc.Encode(v); err != nil {
			return err
		}
		if n > 0 {
			dst = append(dst, ',')
		}
		n++
		key, _ := json.Marshal(k)
		dst = append(dst, key...)
		dst = append(dst, ':')
		dst = append(dst, bytes.TrimRight(buf.Bytes(), "\n")...)
		return nil
	}
	for i := 0; i+1 < len(lead); i += 2 {
		if err := field(lead[i].(string), lead[i+1]); err != nil {
			return nil, err
		}
	}
	for _, c := range cols {
		if c.value == nil {
			continue
		}
		if err := field(c.Name, c.value(r)); err != nil {
			return nil, err
		}
	}
	return append(dst, '}'), nil
}
