package dataset

import (
	"strconv"
	"unicode/utf8"
)

// appendPart appends p as json.MarshalIndent(p, "    ", "  ") writes it (a
// part as encodeManifest places it in the manifest), byte for byte, without
// reflection: the manifest of a large run has a part a few hundred
// documents, six fields each, and encoding/json took a tenth of a second
// for 45,000 documents, on the run's last, serial step.
// TestAppendPartIsMarshalIndent holds it to encoding/json.
func appendPart(b []byte, p *Part) []byte {
	b = append(b, "{\n      \"name\": "...)
	b = appendJSONString(b, p.Name)
	b = append(b, ",\n      \"documents\": "...)
	switch {
	case p.Documents == nil:
		b = append(b, "null"...)
	case len(p.Documents) == 0:
		b = append(b, "[]"...)
	default:
		b = append(b, '[')
		for i := range p.Documents {
			d := &p.Documents[i]
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, "\n        {\n          \"doc_id\": "...)
			b = appendJSONString(b, d.DocID)
			b = append(b, ",\n          \"path\": "...)
			b = appendJSONString(b, d.Path)
			b = append(b, ",\n          \"sha256\": "...)
			b = appendJSONString(b, d.SHA256)
			b = append(b, ",\n          \"bytes\": "...)
			b = strconv.AppendInt(b, d.Bytes, 10)
			b = append(b, ",\n          \"status\": "...)
			b = appendJSONString(b, d.Status)
			b = append(b, ",\n          \"figures\": "...)
			b = strconv.AppendInt(b, int64(d.Figures), 10)
			b = append(b, "\n        }"...)
		}
		b = append(b, "\n      ]"...)
	}
	if len(p.Files) > 0 { // omitempty
		b = append(b, ",\n      \"files\": ["...)
		for i := range p.Files {
			f := &p.Files[i]
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, "\n        {\n          \"table\": "...)
			b = appendJSONString(b, f.Table)
			b = append(b, ",\n          \"path\": "...)
			b = appendJSONString(b, f.Path)
			b = append(b, ",\n          \"bytes\": "...)
			b = strconv.AppendInt(b, f.Bytes, 10)
			b = append(b, ",\n          \"sha256\": "...)
			b = appendJSONString(b, f.SHA256)
			b = append(b, ",\n          \"rows\": "...)
			b = strconv.AppendInt(b, int64(f.Rows), 10)
			b = append(b, "\n        }"...)
		}
		b = append(b, "\n      ]"...)
	}
	return append(b, "\n    }"...)
}

// appendJSONString appends s quoted as encoding/json writes a string:
// HTML's <, > and & escaped, control characters as \n, \t… or \u00XX, bytes
// that are not UTF-8 as \ufffd, and U+2028 and U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
