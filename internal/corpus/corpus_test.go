package corpus

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGenerateDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	o := Options{Bytes: 200_000, DocBytes: 4000, Seed: 7, SeedDocs: "../../seeds"}
	o.Dir = a
	fa, na, err := Generate(o)
	require.NoError(t, err)
	o.Dir = b
	fb, nb, err := Generate(o)
	require.NoError(t, err)
	assert.Equal(t, fa, fb)
	assert.Equal(t, na, nb)
	assert.GreaterOrEqual(t, na, int64(200_000))
	x, err := os.ReadFile(filepath.Join(a, "000", "doc-000003.txt"))
	require.NoError(t, err)
	y, err := os.ReadFile(filepath.Join(b, "000", "doc-000003.txt"))
	require.NoError(t, err)
	assert.Equal(t, x, y)
	assert.Contains(t, string(x), "Title: ")
}

func TestGenerateRealVariesNumbersKeepsDates(t *testing.T) {
	src := "Title: 南沙区2024年上半年\nDate: 2024-07-20\n\n2024年1-6月，全区实现地区生产总值1235.6亿元，同比增长4.2%，第3季度新设企业240家。\n发布时间:2025-01-06 10:30\n"
	dir := t.TempDir()
	files, n, err := GenerateReal(Options{Dir: dir, Bytes: 3000, Seed: 1}, []Doc{{Text: src, Ext: ".html"}})
	require.NoError(t, err)
	assert.GreaterOrEqual(t, n, int64(3000))
	assert.Equal(t, int64(files), (n+int64(len(src))-1)/int64(len(src)))
	a, err := os.ReadFile(filepath.Join(dir, "000", "doc-000000.html"))
	require.NoError(t, err)
	b, err := os.ReadFile(filepath.Join(dir, "000", "doc-000001.html"))
	require.NoError(t, err)
	assert.NotEqual(t, string(a), string(b), "copies differ")
	for _, doc := range []string{string(a), string(b)} {
		assert.Contains(t, doc, "Title: 南沙区2024年上半年\nDate: 2024-07-20\n\n2024年1-6月，全区实现地区生产总值")
		assert.Contains(t, doc, "第3季度新设企业")
		assert.Contains(t, doc, "发布时间:2025-01-06 10:30\n")
		assert.NotContains(t, doc, "1235.6亿元")
		assert.Regexp(t, `生产总值\d{1,4}\.\d亿元，同比增长\d\.\d%`, doc)
	}
	_, _, err = GenerateReal(Options{Dir: dir, Bytes: 10}, nil)
	assert.Error(t, err)
}
