package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seedRecords are the sentences of the seed documents without their ending
// marks, and, when bare, without clause marks either.
func seedRecords(t *testing.T, bare bool) []string {
	files, err := filepath.Glob("../seeds/*.txt")
	require.NoError(t, err)
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		text := string(b)
		for _, sp := range Sentences(text) {
			r := []rune(text)[sp.Start:sp.End]
			s := strings.TrimRight(string(r), "。！？；!?;…”\"’)）")
			if bare {
				s = strings.NewReplacer("，", "", ",", "", "、", "", "：", "", ":", "", "；", "", " ", "").Replace(s)
			}
			// A record ending in a numeral would join the next one's unit across the space.
			if rs := []rune(s); len(rs) > 0 && !isNumeralRune(rs[len(rs)-1]) && !strings.ContainsAny(s, "\n") {
				out = append(out, s)
			}
		}
	}
	require.Greater(t, len(out), 100)
	return out
}

// figureKeys are what the sentence rules find of each figure: span, value,
// unit, qualifier. Metric and change are decided by the document-level
// attachment stage, which reads paragraphs and clause chains, so they may
// differ where a line break makes a new paragraph.
func figureKeys(figs []Figure) []string {
	var out []string
	for _, f := range figs {
		out = append(out, fmt.Sprintf("%d-%d %s value=%v low=%v high=%v unit=%s qual=%s", f.Start, f.End, f.Surface,
			deref(f.Value), deref(f.Low), deref(f.High), f.Unit, f.Qualifier))
	}
	return out
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// Fault 4: a line far longer than MaxSentenceRunes with no sentence end is
// cut only where no figure is: every figure is the same as in the same text
// with line breaks between its records.
func TestLongLinesKeepFigures(t *testing.T) {
	seg, err := LoadSegmenter()
	require.NoError(t, err)
	recs := seedRecords(t, false)
	long := strings.Join(recs, " ")
	broken := strings.Join(recs, "\n") // the same runes, one record a line
	require.Greater(t, len([]rune(long)), 20*MaxSentenceRunes)
	nl, figsLong := ExtractText(seg, long, Meta{})
	nb, figsBroken := ExtractText(seg, broken, Meta{})
	require.Greater(t, nb, nl, "the long line is one sentence cut in pieces")
	assert.Equal(t, figureKeys(figsBroken), figureKeys(figsLong))
	t.Logf("%d runes, %d figures", len([]rune(long)), len(figsLong))
}

// Without spaces or clause marks, the cuts still fall outside every figure:
// the figures are those of the same line left uncut.
func TestLongBareLinesKeepFigures(t *testing.T) {
	seg, err := LoadSegmenter()
	require.NoError(t, err)
	long := strings.Join(seedRecords(t, true), "")
	n := len([]rune(long))
	if n > 40*MaxSentenceRunes {
		long = string([]rune(long)[:40*MaxSentenceRunes])
	}
	_, cut := ExtractText(seg, long, Meta{})
	maxSentence = n + 1
	defer func() { maxSentence = MaxSentenceRunes }()
	_, whole := ExtractText(seg, long, Meta{})
	assert.Equal(t, figureKeys(whole), figureKeys(cut))
	t.Logf("%d runes, %d figures", len([]rune(long)), len(cut))
}
