package pipeline

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/internal/t2sgen"
)

// The embedded table is what `go generate ./pipeline` makes of OpenCC's t2s.
func TestT2STableGenerated(t *testing.T) {
	want, err := t2sgen.TSV()
	require.NoError(t, err)
	assert.True(t, want == t2sTSV, "data/t2s.tsv differs from OpenCC's t2s: run go generate ./pipeline")
	table, err := t2s()
	require.NoError(t, err)
	for from, to := range map[rune]rune{'億': '亿', '個': '个', '點': '点', '於': '于', '亿': '亿', 'a': 'a'} {
		got, _ := table.lookup(from)
		assert.Equal(t, string(to), string(got), string(from))
	}
}

func TestParseT2SRejectsBadLines(t *testing.T) {
	for _, bad := range []string{"億亿\n", "億\t亿元\n", "a\tb\n", "億\t\n"} {
		_, err := parseT2S(bad)
		assert.Error(t, err, "%q", bad)
	}
	table, err := parseT2S("# comment\n\n億\t亿\n")
	require.NoError(t, err)
	got, ok := table.lookup('億')
	assert.True(t, ok)
	assert.Equal(t, '亿', got)
}
