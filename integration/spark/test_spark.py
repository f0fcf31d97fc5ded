"""Spark (pyspark, local[2]) reads the dataset of `make run`: the column types
follow `zhmetrics schema --json`, and README's first query runs.

Run by `make spark-check` (its own venv, .venv-spark/; needs Java 17).
"""
import json
import os
import pathlib
import subprocess

import pytest
from pyspark.sql import SparkSession
from pyspark.sql import types as T

ROOT = pathlib.Path(__file__).resolve().parents[2]
ZHMETRICS = os.environ.get("ZHMETRICS", str(ROOT / "bin" / "zhmetrics"))
OUT = pathlib.Path(os.environ.get("ZHMETRICS_OUT", ROOT / "out"))

SPARK_TYPE = {
    "int32": T.IntegerType(), "int64": T.LongType(), "float64": T.DoubleType(), "utf8": T.StringType(),
    "dictionary": T.StringType(),  # Spark has no dictionary type: the values as strings
    "date32": T.DateType(),
    "timestamp": T.TimestampType(),  # instants (Parquet isAdjustedToUTC), not TimestampNTZType
}


@pytest.fixture(scope="module")
def spark():
    s = (SparkSession.builder.master("local[2]").appName("zhmetrics-spark-check")
         .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
         .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.session.timeZone", "UTC")
         .getOrCreate())
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def schema_json():
    return json.loads(subprocess.run([ZHMETRICS, "schema", "--json"], capture_output=True, text=True, check=True).stdout)


@pytest.mark.parametrize("table", ["figures", "documents"])
def test_types_match_schema(spark, schema_json, table):
    df = spark.read.parquet(str(OUT / table))
    cols = schema_json["tables"][table]
    assert df.columns == [c["name"] for c in cols]
    for c in cols:
        assert df.schema[c["name"]].dataType == SPARK_TYPE[c["type"]], c["name"]
    assert df.count() > 0


def test_explicit_types(spark):
    f = spark.read.parquet(str(OUT / "figures")).schema
    d = spark.read.parquet(str(OUT / "documents")).schema
    assert f["value"].dataType == T.DoubleType()
    assert f["unit"].dataType == T.StringType() and f["dimension"].dataType == T.StringType()
    assert d["date"].dataType == T.DateType()
    assert d["processed_at"].dataType == T.TimestampType()
    for name in ("period_start", "period_end"):  # schema version 2 on
        if name in f.names:
            assert f[name].dataType == T.DateType(), name


def test_readme_first_query(spark):
    spark.read.parquet(str(OUT / "figures")).createOrReplaceTempView("figures")
    spark.read.parquet(str(OUT / "documents")).createOrReplaceTempView("documents")
    rows = spark.sql("""
        SELECT d.title, f.surface, f.value, f.unit, f.qualifier, f.metric
        FROM figures f JOIN documents d USING (doc_id)
        WHERE f.dimension = 'currency' ORDER BY f.value DESC LIMIT 5
    """).collect()
    # The reference: the figures of seeds/ (what `make run` wrote) extracted afresh by the Go command, as JSONL.
    res = subprocess.run([ZHMETRICS, "extract", "--format", "jsonl", str(ROOT / "seeds")],
                         capture_output=True, text=True, check=True)
    money = sorted((json.loads(l) for l in res.stdout.splitlines() if l.strip()),
                   key=lambda r: -(r["value"] if r["value"] is not None else float("-inf")))
    money = [r for r in money if r["dimension"] == "currency" and r["value"] is not None]
    assert len(rows) == min(5, len(money)) and rows
    assert [r["value"] for r in rows] == [r["value"] for r in money[:len(rows)]]
    assert rows[0]["surface"] == money[0]["surface"]
    assert all(r["unit"] for r in rows)


def test_dates_and_timestamps(spark):
    d = spark.read.parquet(str(OUT / "documents"))
    r = d.selectExpr("min(processed_at) AS t", "count(date) AS dated").first()
    assert r["t"] is not None and r["t"].year >= 2024
    assert r["dated"] >= 1
