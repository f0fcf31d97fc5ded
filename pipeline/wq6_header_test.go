package pipeline

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A header line holding a day of eight digits standing alone (20250101,
// (20250101), 20250101-20250131) dates the document, as the time
// normaliser reads it; eight digits inside a code or an amount
// (编号20250101, 20250101元, 备案号：粤B2-20050252) do not. findDate and its
// reference agree on each.
func TestEightDigitHeaderDateWq6(t *testing.T) {
	d := func(y, m, day int) time.Time { return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC) }
	for _, c := range []struct {
		line string
		want time.Time
	}{
		{"20250101", d(2025, 1, 1)},
		{"（20250101）", d(2025, 1, 1)},
		{"20250101-20250131，月报", d(2025, 1, 1)},
		{"编号20250101", time.Time{}},
		{"编号：20250101", time.Time{}},
		{"20250101元", time.Time{}},
		{"备案号：粤B2-20050252", time.Time{}},
		{"20250230", time.Time{}},
		{"202501011", time.Time{}},
	} {
		require.Equal(t, findDateRef(c.line), findDate(c.line), "findDate(%q)", c.line)
		assert.Equal(t, c.want, findDate(c.line), "findDate(%q)", c.line)
		assert.Equal(t, c.want, ParseHeader("Title: 周报\n"+c.line+"\n正文").Date, "ParseHeader(%q)", c.line)
	}
	assert.Equal(t, d(2025, 1, 1), ParseHeader("Title: 周报\nDate: 20250101\n正文").Date, "a Date field of eight digits")
}
