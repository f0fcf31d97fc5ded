//go:build duckdb

package integration

import (
	"database/sql"
	"github.com/zhmetrics/zhmetrics/dataset"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/ipc"
	_ "github.com/duckdb/duckdb-go/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/pipeline"
	"github.com/zhmetrics/zhmetrics/schema"
)

func buildDataset(t *testing.T, format string) (string, dataset.Summary) {
	t.Helper()
	out := t.TempDir()
	sum, err := pipeline.Run(pipeline.Options{Inputs: []string{"../seeds", "../testdata/inputs"}, OutDir: out,
		Format: format, Version: "integration"})
	require.NoError(t, err)
	return out, sum
}

func openDuckDB(t *testing.T) *sql.DB {
	t.Helper()
	db, err := sql.Open("duckdb", "")
	require.NoError(t, err)
	t.Cleanup(func() { db.Close() })
	return db
}

// DuckDB reads the Parquet dataset as a whole, with real column types.
func TestDuckDBReadsDataset(t *testing.T) {
	out, sum := buildDataset(t, schema.Parquet)
	db := openDuckDB(t)
	figs := "read_parquet('" + filepath.Join(out, "figures", "*.parquet") + "')"
	docs := "read_parquet('" + filepath.Join(out, "documents", "*.parquet") + "')"

	describe := func(from string) map[string]string {
		rows, err := db.Query("DESCRIBE SELECT * FROM " + from)
		require.NoError(t, err)
		defer rows.Close()
		cols, err := rows.Columns()
		require.NoError(t, err)
		types := map[string]string{}
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			require.NoError(t, rows.Scan(ptrs...))
			types[vals[0].(string)] = vals[1].(string)
		}
		return types
	}
	ft := describe(figs)
	assert.Equal(t, "DOUBLE", ft["value"])
	assert.Equal(t, "DOUBLE", ft["low"])
	assert.Equal(t, "DOUBLE", ft["base_value"])
	assert.Equal(t, "INTEGER", ft["start"])
	assert.Equal(t, "VARCHAR", ft["unit"], "dictionary strings read as VARCHAR")
	assert.Equal(t, "VARCHAR", ft["metric"])
	assert.Equal(t, "DATE", ft["period_start"], "period interval: DATE, nullable")
	assert.Equal(t, "DATE", ft["period_end"])
	assert.Len(t, ft, len(schema.FigureColumns))
	dt := describe(docs)
	assert.Equal(t, "DATE", dt["date"])
	assert.True(t, strings.HasPrefix(dt["processed_at"], "TIMESTAMP"), dt["processed_at"])
	assert.Equal(t, "BIGINT", dt["bytes"])

	var n int
	require.NoError(t, db.QueryRow("SELECT count(*) FROM "+figs).Scan(&n))
	assert.Equal(t, sum.Figures, n)

	// A known row, figures joined to documents.
	var value float64
	var unit, qual, metric, title string
	var date time.Time
	require.NoError(t, db.QueryRow(`SELECT f.value, f.unit, f.qualifier, f.metric, d.title, d.date
		FROM `+figs+` f JOIN `+docs+` d USING (doc_id) WHERE f.surface = '8.58亿元'`).Scan(&value, &unit, &qual, &metric, &title, &date))
	assert.Equal(t, 858000000.0, value)
	assert.Equal(t, "元", unit)
	assert.Equal(t, "approx", qual)
	assert.Equal(t, "累计投资金额", metric)
	assert.Contains(t, title, "南沙区改革创新典型案例")
	assert.Equal(t, "2025-01-17", date.Format(time.DateOnly))

	// A figure's period and its interval; 截至 has no start (NULL).
	var period string
	var pStart, pEnd sql.NullTime
	require.NoError(t, db.QueryRow(`SELECT period, period_start, period_end FROM `+figs+`
		WHERE surface = '65个' AND doc_id LIKE '002_%'`).Scan(&period, &pStart, &pEnd))
	assert.Equal(t, "截至2024年11月", period)
	assert.False(t, pStart.Valid, "截至: open start")
	assert.Equal(t, "2024-11-30", pEnd.Time.Format(time.DateOnly))
	require.NoError(t, db.QueryRow(`SELECT period_start, period_end FROM `+figs+`
		WHERE surface = '80416个'`).Scan(&pStart, &pEnd))
	assert.Equal(t, "2024-01-01", pStart.Time.Format(time.DateOnly))
	assert.Equal(t, "2024-12-31", pEnd.Time.Format(time.DateOnly))

	// Ranges, nulls and failed documents come through.
	var low, high float64
	require.NoError(t, db.QueryRow("SELECT low, high FROM "+figs+" WHERE surface = '1天到2天'").Scan(&low, &high))
	assert.Equal(t, []float64{1, 2}, []float64{low, high})
	var failed int
	require.NoError(t, db.QueryRow("SELECT count(*) FROM "+docs+" WHERE status = 'error'").Scan(&failed))
	assert.Equal(t, sum.Failed, failed)
	// An empty string in a dictionary column is found by an equality filter,
	// which DuckDB checks against the row groups' statistics first (their min
	// once left "" out, and this found no row).
	for _, col := range []string{"base_unit", "compare", "period", "unit_written"} {
		var eq, byLength int
		require.NoError(t, db.QueryRow("SELECT count(*) FROM "+figs+" WHERE "+col+" = ''").Scan(&eq))
		require.NoError(t, db.QueryRow("SELECT count(*) FROM "+figs+" WHERE length("+col+") = 0").Scan(&byLength))
		assert.Equal(t, byLength, eq, "rows with an empty %s", col)
		if col == "base_unit" {
			assert.Greater(t, eq, 0)
		}
	}
	var meta string
	require.NoError(t, db.QueryRow("SELECT decode(value) FROM parquet_kv_metadata('"+filepath.Join(out, "figures", "*.parquet")+"') WHERE decode(key) = 'zhmetrics.schema_version'").Scan(&meta))
	assert.Equal(t, schema.Version, meta)
}

// Every statement of examples/queries.sql runs against a dataset.
func TestExamplesSQL(t *testing.T) {
	out, _ := buildDataset(t, schema.Parquet)
	db := openDuckDB(t)
	b, err := os.ReadFile("../examples/queries.sql")
	require.NoError(t, err)
	sqlText := strings.ReplaceAll(string(b), "'out/", "'"+out+"/")
	var stmts []string
	for _, s := range strings.Split(sqlText, ";") {
		lines := []string{}
		for _, l := range strings.Split(s, "\n") {
			if !strings.HasPrefix(strings.TrimSpace(l), "--") {
				lines = append(lines, l)
			}
		}
		if q := strings.TrimSpace(strings.Join(lines, "\n")); q != "" {
			stmts = append(stmts, q)
		}
	}
	require.Len(t, stmts, 5)
	for i, q := range stmts {
		rows, err := db.Query(q)
		require.NoError(t, err, "statement %d", i+1)
		n := 0
		for rows.Next() {
			n++
		}
		require.NoError(t, rows.Err())
		rows.Close()
		assert.Greater(t, n, 0, "statement %d returns rows", i+1)
	}
}

// The Arrow IPC output reads back with Arrow's own reader, with the same types.
func TestArrowIPCReadsBack(t *testing.T) {
	out, sum := buildDataset(t, schema.Arrow)
	m, err := dataset.ReadManifest(out)
	require.NoError(t, err)
	rows := 0
	for _, f := range m.Tables["figures"] {
		file, err := os.Open(filepath.Join(out, f))
		require.NoError(t, err)
		r, err := ipc.NewFileReader(file)
		require.NoError(t, err)
		sch := r.Schema()
		assert.Equal(t, arrow.FLOAT64, sch.Field(sch.FieldIndices("value")[0]).Type.ID())
		assert.Equal(t, arrow.DICTIONARY, sch.Field(sch.FieldIndices("unit")[0]).Type.ID())
		v, _ := sch.Metadata().GetValue(schema.MetaSchemaVersion)
		assert.Equal(t, schema.Version, v)
		for i := 0; i < r.NumRecords(); i++ {
			rec, err := r.RecordBatch(i)
			require.NoError(t, err)
			rows += int(rec.NumRows())
		}
		r.Close()
		file.Close()
	}
	assert.Equal(t, sum.Figures, rows)
}
