"""pyarrow, pandas, polars and DuckDB (Python) read the dataset of `make run`.

Every column's expected type comes from `zhmetrics schema --json`; the
explicit asserts below pin the columns analysts rely on most.
"""
import datetime
import math
import re

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pytest

from conftest import ROOT, arrow_type

TABLES = ["figures", "documents"]


def dataset(out_dir, table):
    return ds.dataset(out_dir / table, format="parquet")


@pytest.mark.parametrize("table", TABLES)
def test_pyarrow_types_match_schema(out_dir, schema_json, table):
    d = dataset(out_dir, table)
    cols = schema_json["tables"][table]
    assert d.schema.names == [c["name"] for c in cols]
    for c in cols:
        f = d.schema.field(c["name"])
        assert f.type == arrow_type(c), c["name"]
        assert f.nullable == c["nullable"], c["name"]
    t = d.to_table()
    assert t.num_rows > 0
    for c in cols:
        if not c["nullable"]:
            assert t.column(c["name"]).null_count == 0, c["name"]


def test_pyarrow_explicit_types(out_dir):
    f = dataset(out_dir, "figures").schema
    d = dataset(out_dir, "documents").schema
    assert f.field("value").type == pa.float64()
    assert f.field("value").nullable
    for name in ["doc_id", "unit", "dimension", "qualifier", "change", "period"]:
        assert f.field(name).type == pa.dictionary(pa.int32(), pa.string()), name
    assert f.field("metric").type == pa.string()
    assert d.field("date").type == pa.date32()
    assert d.field("processed_at").type == pa.timestamp("us", tz="UTC")
    for name in ["period_start", "period_end"]:  # schema version 2 on
        if name in f.names:
            assert f.field(name).type == pa.date32() and f.field(name).nullable, name


@pytest.mark.parametrize("table", TABLES)
def test_pyarrow_schema_metadata(out_dir, schema_json, zhmetrics_version, table):
    keys = schema_json["metadata_keys"]
    for frag in dataset(out_dir, table).get_fragments():
        meta = frag.physical_schema.metadata
        assert meta[keys["schema_version"].encode()].decode() == schema_json["schema_version"]
        assert meta[keys["version"].encode()].decode() == zhmetrics_version
        assert meta[keys["table"].encode()].decode() == table


def test_pyarrow_values(out_dir):
    figs = dataset(out_dir, "figures").to_table()
    docs = dataset(out_dir, "documents").to_table()
    # Every figure's document is in documents; per-document counts agree.
    counts = figs.group_by("doc_id").aggregate([("doc_id", "count")]).to_pylist()
    by_doc = {r["doc_id"]: r["doc_id_count"] for r in counts}
    for r in docs.to_pylist():
        assert by_doc.get(r["doc_id"], 0) == r["figures"], r["doc_id"]
        assert r["processed_at"].tzinfo is not None
        assert r["date"] is None or isinstance(r["date"], datetime.date)
    # A percent figure is a percent: 0.3% is 0.3, not 0.003.
    pct = figs.filter(pc.equal(figs["unit"].cast(pa.string()), "%"))
    assert pct.num_rows > 0
    for r in pct.select(["surface", "value"]).to_pylist():
        m = re.match(r"([0-9.]+)%$", r["surface"])
        if m and r["value"] is not None:
            assert math.isclose(r["value"], float(m.group(1))), r


def _pandas_kind(col):
    return {
        "float64": lambda dt: dt == "float64",
        "int32": lambda dt: dt == "int32",
        "int64": lambda dt: dt == "int64",
        "utf8": pd.api.types.is_string_dtype,
        "dictionary": lambda dt: isinstance(dt, pd.CategoricalDtype),
        "date32": lambda dt: dt == object,  # datetime.date values, checked below
        "timestamp": lambda dt: isinstance(dt, pd.DatetimeTZDtype) and str(dt.tz) == col.get("tz") and dt.unit == col.get("unit"),
    }[col["type"]]


@pytest.mark.parametrize("table", TABLES)
def test_pandas(out_dir, schema_json, table):
    df = pd.read_parquet(out_dir / table)
    cols = schema_json["tables"][table]
    assert list(df.columns) == [c["name"] for c in cols]
    for c in cols:
        if c["type"] in ("int32", "int64") and c["nullable"]:
            continue  # pandas widens a nullable int column with nulls
        assert _pandas_kind(c)(df[c["name"]].dtype), (c["name"], df[c["name"]].dtype)
        if c["type"] == "date32":
            assert all(v is None or isinstance(v, datetime.date) for v in df[c["name"]]), c["name"]


def test_pandas_explicit(out_dir):
    figs = pd.read_parquet(out_dir / "figures")
    docs = pd.read_parquet(out_dir / "documents")
    assert figs["value"].dtype == "float64"
    assert isinstance(figs["unit"].dtype, pd.CategoricalDtype)
    assert isinstance(figs["dimension"].dtype, pd.CategoricalDtype)
    assert docs["processed_at"].dtype == pd.DatetimeTZDtype("us", "UTC")
    assert "currency" in set(figs["dimension"].cat.categories)


_POLARS = {
    "int32": pl.Int32, "int64": pl.Int64, "float64": pl.Float64, "utf8": pl.String, "date32": pl.Date,
    "dictionary": pl.Categorical,
}


def _polars_type(col):
    if col["type"] == "timestamp":
        return pl.Datetime(time_unit=col["unit"], time_zone=col["tz"])
    return _POLARS[col["type"]]


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("how", ["read", "scan"])
def test_polars(out_dir, schema_json, table, how):
    glob = str(out_dir / table / "*.parquet")
    df = pl.read_parquet(glob) if how == "read" else pl.scan_parquet(glob).collect()
    cols = schema_json["tables"][table]
    assert df.columns == [c["name"] for c in cols]
    for c in cols:
        assert df.schema[c["name"]] == _polars_type(c), (c["name"], df.schema[c["name"]])
    assert df.height == pd.read_parquet(out_dir / table).shape[0]


def test_polars_explicit(out_dir):
    lf = pl.scan_parquet(str(out_dir / "figures" / "*.parquet"))
    s = lf.collect_schema()
    assert s["value"] == pl.Float64 and s["unit"] == pl.Categorical
    d = pl.scan_parquet(str(out_dir / "documents" / "*.parquet")).collect_schema()
    assert d["date"] == pl.Date and d["processed_at"] == pl.Datetime("us", "UTC")
    top = lf.filter(pl.col("dimension") == "currency").select(pl.col("value").max()).collect().item()
    assert top == largest_currency(out_dir)[0]


def largest_currency(out_dir):
    """The largest currency figure, computed with pyarrow alone: (value, surface)."""
    t = dataset(out_dir, "figures").to_table(columns=["dimension", "value", "surface"])
    t = t.filter(pc.equal(t["dimension"].cast(pa.string()), "currency"))
    t = t.filter(pc.is_valid(t["value"]))
    i = pc.index(t["value"], pc.max(t["value"])).as_py()
    return t["value"][i].as_py(), t["surface"][i].as_py()


def sql_statements(path):
    text = "\n".join(l for l in path.read_text(encoding="utf-8").splitlines() if not l.lstrip().startswith("--"))
    return [s.strip() for s in text.split(";") if s.strip()]


def test_duckdb_runs_examples_queries(out_dir, monkeypatch):
    monkeypatch.chdir(out_dir.parent)  # queries.sql reads out/… relative to the repository root
    stmts = sql_statements(ROOT / "examples" / "queries.sql")
    assert len(stmts) >= 5
    con = duckdb.connect()
    results = [con.sql(s).fetchall() for s in stmts]
    # 1. the largest currency figures per document: its best row is the largest overall.
    cols = con.sql(stmts[0]).columns
    first = results[0]
    assert first, "query 1 returned no rows"
    value = max(r[cols.index("value")] for r in first)
    assert value == largest_currency(out_dir)[0]
    # 3. dimensions and units: counts add up to the figures table.
    assert sum(r[2] for r in results[2]) == dataset(out_dir, "figures").count_rows()
    # DuckDB sees the same types.
    types = {r[0]: r[1] for r in con.sql("DESCRIBE SELECT * FROM read_parquet('out/documents/*.parquet')").fetchall()}
    assert types["date"] == "DATE" and types["processed_at"] == "TIMESTAMP WITH TIME ZONE"
