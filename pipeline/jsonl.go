package pipeline

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// jsonlDoc is one line of a JSONL corpus.
type jsonlDoc struct {
	ID    json.RawMessage `json:"id"`
	Text  *string         `json:"text"`
	Title string          `json:"title"`
	Date  string          `json:"date"`
	URL   string          `json:"url"`
}

// jsonlUTF8 gives a JSONL line as UTF-8, and the encoding it was in: UTF-8
// (a byte order mark at the start of the file is not part of line 1, see
// Expand) or GB18030, which a corpus written on a Chinese Windows often is.
// JSON's own decoder would turn GB18030 bytes into U+FFFD without a word.
func jsonlUTF8(line []byte) ([]byte, string, error) {
	line = bytes.TrimPrefix(line, utf8BOM)
	if utf8.Valid(line) {
		return line, EncUTF8, nil
	}
	s, err := simplifiedchinese.GB18030.NewDecoder().Bytes(line)
	if err != nil || !looksChinese(string(s)) {
		bad, first := invalidUTF8(line)
		return nil, "", &DecodeError{Reason: fmt.Sprintf("neither UTF-8 nor GB18030 (%d bad byte(s))", bad), Offset: first}
	}
	return s, EncGB18030, nil
}

var utf8BOM = []byte{0xef, 0xbb, 0xbf}

// parseJSONLine reads one JSONL line: id (string or number) and text are required.
func parseJSONLine(raw []byte) (id string, d jsonlDoc, err error) {
	line, _, err := jsonlUTF8(raw)
	if err != nil {
		return "", d, err
	}
	if err := json.Unmarshal(line, &d); err != nil {
		return "", d, fmt.Errorf("not a JSON object: %v", err)
	}
	var s string
	var n json.Number
	switch {
	case len(d.ID) == 0 || string(d.ID) == "null":
		return "", d, errors.New(`no "id"`)
	case json.Unmarshal(d.ID, &s) == nil:
		id = s
	case json.Unmarshal(d.ID, &n) == nil:
		id = n.String()
	default:
		return "", d, errors.New(`"id" is neither a string nor a number`)
	}
	if strings.TrimSpace(id) == "" {
		return "", d, errors.New(`empty "id"`)
	}
	if d.Text == nil {
		return id, d, errors.New(`no "text"`)
	}
	return id, d, nil
}

// Expand replaces each JSONL file by its documents, one a line; other inputs
// pass through. A line that is no document (bad JSON, no id or text, an id
// used twice) becomes an input with Err set, so it is reported, not lost.
func Expand(inputs []Input) ([]Input, error) {
	if !slices.ContainsFunc(inputs, expands) {
		// Nothing to expand: the list as it is (a corpus of thousands of
		// files is not copied), without room to grow.
		return slices.Clip(inputs), nil
	}
	var out []Input
	for _, in := range inputs {
		if !expands(in) {
			out = append(out, in)
			continue
		}
		if in.Data != nil { // a pipe, read once
			docs, lines := SplitJSONL(in, in.Data)
			for i := range docs {
				docs[i].Data = lines[i]
			}
			out = append(out, docs...)
			continue
		}
		docs, err := expandJSONL(in)
		if err != nil {
			return nil, err
		}
		out = append(out, docs...)
	}
	// A run keeps the list to its end: no room left over from growing it.
	if cap(out) > len(out) {
		out = append(make([]Input, 0, len(out)), out...)
	}
	return out, nil
}

// expands reports whether Expand replaces in by its documents: a JSONL file
// that was found and is read.
func expands(in Input) bool { return in.Kind == KindJSONL && in.Err == "" && in.Skip == "" }

// jsonlInput names the document on one line of a JSONL file, or says why the
// line is none. seen maps the ids met so far to their lines.
func jsonlInput(file, doc Input, line []byte, seen map[string]int) Input {
	n := doc.Line
	id, _, err := parseJSONLine(line)
	switch {
	case err != nil:
		doc.Err = fmt.Sprintf("line %d: %v", n, err)
	case seen[id] > 0:
		doc.Err = fmt.Sprintf("line %d: id %q already used on line %d", n, id, seen[id])
	default:
		seen[id] = n
	}
	doc.DocID = file.DocID + "#" + id
	if id == "" || seen[id] != n {
		doc.DocID = fmt.Sprintf("%s#line%d", file.DocID, n)
	}
	return doc
}

// SplitJSONL is Expand for a JSONL file already in memory (as a Beam worker
// reads it): the documents of its lines and each line's bytes.
func SplitJSONL(file Input, data []byte) ([]Input, [][]byte) {
	var docs []Input
	var lines [][]byte
	seen := map[string]int{}
	var offset int64
	for n := 1; len(data) > 0; n++ {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line = data[:i+1]
		}
		data = data[len(line):]
		if n == 1 && bytes.HasPrefix(line, utf8BOM) {
			line, offset = line[len(utf8BOM):], int64(len(utf8BOM))
		}
		doc := Input{Path: file.Path, Kind: KindJSONL, Offset: offset, Length: int64(len(line)), Line: n}
		offset += int64(len(line))
		if strings.TrimSpace(string(line)) != "" {
			docs = append(docs, jsonlInput(file, doc, line, seen))
			lines = append(lines, line)
		}
	}
	return docs, lines
}

// maxLine bounds one JSONL line.
const maxLine = 256 << 20

func expandJSONL(in Input) ([]Input, error) {
	f, err := os.Open(in.Path)
	if err != nil {
		return nil, fmt.Errorf("input %s: %w", in.Path, err)
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	var out []Input
	seen := map[string]int{}
	var offset int64
	for n := 1; ; n++ {
		line, err := r.ReadSlice('\n')
		for errors.Is(err, bufio.ErrBufferFull) && len(line) < maxLine {
			line = append([]byte(nil), line...)
			var more []byte
			more, err = r.ReadSlice('\n')
			line = append(line, more...)
		}
		if len(line) == 0 && err == io.EOF {
			break
		}
		if err != nil && err != io.EOF {
			return nil, fmt.Errorf("input %s: line %d: %w", in.Path, n, err)
		}
		if n == 1 && bytes.HasPrefix(line, utf8BOM) { // the file's byte order mark: not part of the line
			offset += int64(len(utf8BOM))
			line = line[len(utf8BOM):]
		}
		doc := Input{Path: in.Path, Kind: KindJSONL, Offset: offset, Length: int64(len(line)), Line: n}
		offset += int64(len(line))
		if strings.TrimSpace(string(line)) != "" {
			out = append(out, jsonlInput(in, doc, line, seen))
		}
		if err == io.EOF {
			break
		}
	}
	return out, nil
}
