package devtexts

import (
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	texts, bytes, err := Read("../..")
	if err != nil {
		t.Fatal(err)
	}
	if len(texts) < 17 { // twelve real excerpts and five seeds
		t.Fatalf("%d texts, want at least 17", len(texts))
	}
	var n int64
	for _, s := range texts {
		n += int64(len(s))
	}
	if n != bytes {
		t.Fatalf("bytes %d, texts hold %d", bytes, n)
	}
	if !strings.ContainsRune(texts[0], '年') {
		t.Fatalf("the first text is not Chinese text: %.40q", texts[0])
	}
	if _, _, err := Read(t.TempDir()); err == nil {
		t.Fatal("no error for a root without texts")
	}
}
