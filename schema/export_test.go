package schema

import "testing"

// For the tests of package schema_test, which may import the pipeline:
// arrow-go's writer (the oracle) and the writer's own, on one table.

func OracleWrite[R any](t testing.TB, tb *Table[R], rows []R, group int) []byte {
	return oracleWrite(t, tb, rows, group)
}
