package pipeline

import (
	"sync"
	"testing"
	"unicode/utf8"
)

var (
	fuzzSeg     *Segmenter
	fuzzSegOnce sync.Once
)

// FuzzProcess: whatever the bytes, Process returns (never panics: a panic
// would be recorded as an error, which this target rejects too), and every
// figure it reports lies inside the text with its surface there.
// CI runs it for a fixed number of inputs: make test (-fuzztime=Nx).
func FuzzProcess(f *testing.F) {
	for _, s := range []string{"营收8.58亿元，增长5%。", "约3亿元", "1,234.5万吨\n\n标题：x", "\xef\xbb\xbf增长3.2个和1.5个百分点",
		"二〇二四年三月增长一倍", "-5%~10%", "{\"id\":1,\"text\":\"12家\"}", "\xff\xfe1\x002\x00", "4530亿元" + string(make([]byte, 3))} {
		f.Add([]byte(s), false)
	}
	f.Add([]byte(`{"id": "a", "text": "投资约3亿元。"}`), true)
	// Loaded before fuzzing: an input that takes over 10 s counts as a hang.
	fuzzSegOnce.Do(func() {
		var err error
		if fuzzSeg, err = LoadSegmenter(); err != nil {
			f.Fatal(err)
		}
	})
	f.Fuzz(func(t *testing.T, raw []byte, jsonl bool) {
		in := Input{DocID: "f.txt", Kind: KindText}
		if jsonl {
			in.Kind = KindJSONL
		}
		doc := Process(fuzzSeg, in, raw)
		if doc.Status == StatusError && len(doc.Error) > 6 && doc.Error[:6] == "panic " {
			t.Fatalf("panic: %s", doc.Error)
		}
		if doc.Status != StatusOK || in.Kind != KindText {
			return
		}
		text, _, err := Decode(raw)
		if err != nil {
			t.Fatalf("status ok but the bytes do not decode: %v", err)
		}
		rs := []rune(text)
		for _, fig := range doc.Figures {
			if fig.Start < 0 || fig.End > len(rs) || fig.Start >= fig.End {
				t.Fatalf("figure %q at %d-%d outside a text of %d runes", fig.Surface, fig.Start, fig.End, len(rs))
			}
			if string(rs[fig.Start:fig.End]) != fig.Surface || !utf8.ValidString(fig.Surface) {
				t.Fatalf("surface %q is not the text at %d-%d (%q)", fig.Surface, fig.Start, fig.End, string(rs[fig.Start:fig.End]))
			}
		}
	})
}
