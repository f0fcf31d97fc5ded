// Package integration holds tests that read zhmetrics datasets with real
// engines. They need the build tag duckdb (the DuckDB driver is a cgo build):
//
//	go test -tags duckdb ./integration/
package integration
