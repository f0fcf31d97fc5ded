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
	var odd []ManifestDoc
	for i, s := range oddStrings {
		odd = append(odd, ManifestDoc{DocID: s, Path: "in/" + s, SHA256: s, Bytes: int64(i), Status: s, Figures: i})
	}
	ms = append(ms, Manifest{SchemaVersion: "3", Format: "parquet", Extractor: "\u2028",
		Parts: []Part{{Name: "odd", Documents: odd, Files: []PartFile{{Table: "documents", Path: "documents/odd.parquet"}}}, {Name: "nil"}, {Name: "empty", Documents: []ManifestDoc{}}}})
	for _, m := range ms {
		want, err := json.MarshalIndent(&m, "", "  ")
		require.NoError(t, err)
		var got bytes.Buffer
		require.NoError(t, encodeManifest(&got, &m))
		assert.Equal(t, string(append(want, '\n')), got.String())
	}
}

// Strings as encoding/json must escape them: quotes, backslashes, HTML's
// <>&, control characters (those with a short escape and the others), DEL,
// bytes that are not UTF-8, U+2028 and U+2029, Chinese, emoji.
var oddStrings = []string{"", "a.txt", `b "q".txt`, `c\d`, "<&>", "x\x00y\x01\x1f", "\b\f\n\r\t", "\x7f",
	"\xff\xfe", "营收\xe8\x90", "\u2028\u2029", "报告/二〇二五.txt", "😀#line3", "a\u2027b\u202a", "\xed\xa0\x80", "é"}

// appendPart writes a part as json.MarshalIndent does, for parts with no
// documents (nil and empty), no files, and every field holding odd strings
// and numbers (zero, negative, large).
func TestAppendPartIsMarshalIndent(t *testing.T) {
	var parts []Part
	parts = append(parts, Part{}, Part{Name: "p", Documents: []ManifestDoc{}}, Part{Name: "q", Files: []PartFile{}})
	for i, s := range oddStrings {
		n := int64(i) * 1e15
		parts = append(parts, Part{Name: s,
			Documents: []ManifestDoc{
				{DocID: s, Path: "in/" + s, SHA256: "ab12" + s, Bytes: n, Status: s, Figures: -i},
				{DocID: "d", Path: "p", SHA256: "unreadable: " + s, Bytes: -n, Status: StatusError, Figures: i << 40},
			},
			Files: []PartFile{{Table: s, Path: s + "/part.parquet", Bytes: n + 1, SHA256: s, Rows: i}, {}}})
	}
	for _, p := range parts {
		want, err := json.MarshalIndent(&p, "    ", "  ")
		require.NoError(t, err)
		assert.Equal(t, string(want), string(appendPart([]byte("x"), &p)[1:]), "%+q", p.Name)
	}
	for _, s := range oddStrings {
		want, err := json.Marshal(s)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(appendJSONString(nil, s)), "%+q", s)
	}
}

// FuzzAppendJSONString: any string, as encoding/json quotes it.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range oddStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, err := json.Marshal(s)
		require.NoError(t, err)
		require.Equal(t, string(want), string(appendJSONString(nil, s)))
	})
}
