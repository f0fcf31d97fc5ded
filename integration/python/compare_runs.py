"""Compare two datasets written by two zhmetrics builds from the same inputs.

    python compare_runs.py OLD_DIR NEW_DIR

Every table reads back the same through pyarrow (types, nullability,
schema metadata, values), pandas, polars and DuckDB (values and types);
processed_at, the time of the run, is left out. Used to check a change of
the Parquet writer (encodings, statistics, compression) against the
previous build: the files' bytes may differ, what readers get may not.
"""
import glob
import os
import sys

import duckdb
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

TABLES = ["figures", "documents"]
SKIP = {"processed_at"}


def files(root, table):
    out = sorted(glob.glob(os.path.join(root, ".snapshots", "*", table, "*.parquet")))
    assert out, f"no {table} parts under {root}"
    return out


def compare(old, new):
    for table in TABLES:
        fo, fn = files(old, table), files(new, table)
        assert [os.path.basename(f) for f in fo] == [os.path.basename(f) for f in fn], table
        rows = 0
        for a, b in zip(fo, fn):
            ta, tb = pq.read_table(a), pq.read_table(b)
            assert ta.schema.equals(tb.schema, check_metadata=True), (a, ta.schema, tb.schema)
            keep = [c for c in ta.column_names if c not in SKIP]
            assert ta.select(keep).equals(tb.select(keep)), (a, "pyarrow values")
            pa_, pb = ta.select(keep).to_pandas(), tb.select(keep).to_pandas()
            assert list(pa_.dtypes) == list(pb.dtypes), (a, "pandas dtypes")
            assert pa_.equals(pb), (a, "pandas values")
            la, lb = pl.read_parquet(a).select(keep), pl.read_parquet(b).select(keep)
            assert la.schema == lb.schema, (a, "polars schema")
            assert la.equals(lb), (a, "polars values")
            sel = ", ".join(f'"{c}"' for c in keep)
            qa = duckdb.sql(f"SELECT {sel} FROM read_parquet('{a}')")
            qb = duckdb.sql(f"SELECT {sel} FROM read_parquet('{b}')")
            assert qa.types == qb.types, (a, "duckdb types")
            assert qa.fetchall() == qb.fetchall(), (a, "duckdb values")
            rows += ta.num_rows
        print(f"{table}: {len(fo)} files, {rows} rows read the same (pyarrow, pandas, polars, duckdb); "
              f"bytes {sum(os.path.getsize(f) for f in fo)} -> {sum(os.path.getsize(f) for f in fn)}")


if __name__ == "__main__":
    compare(sys.argv[1], sys.argv[2])
