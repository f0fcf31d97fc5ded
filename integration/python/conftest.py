"""Shared fixtures of the Python round-trip tests (make pytest, part of make test).

They read the dataset that `make run` wrote (out/, or $ZHMETRICS_OUT) and take
the expected column types from the project's own schema description,
`zhmetrics schema --json` ($ZHMETRICS, default bin/zhmetrics), so a column added
to schema/ is checked here without editing these tests.
"""
import json
import os
import pathlib
import subprocess

import pyarrow as pa
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


def zhmetrics_bin():
    return os.environ.get("ZHMETRICS", str(ROOT / "bin" / "zhmetrics"))


@pytest.fixture(scope="session")
def out_dir():
    out = pathlib.Path(os.environ.get("ZHMETRICS_OUT", ROOT / "out"))
    if not (out / "manifest.json").exists():
        pytest.fail(f"{out} has no dataset: run `make run` first (make pytest does)")
    return out


@pytest.fixture(scope="session")
def schema_json():
    res = subprocess.run([zhmetrics_bin(), "schema", "--json"], capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


@pytest.fixture(scope="session")
def zhmetrics_version():
    # "zhmetrics 0.1.0 (schema 1)"
    res = subprocess.run([zhmetrics_bin(), "version"], capture_output=True, text=True, check=True)
    return res.stdout.split()[1]


_SIMPLE = {"int32": pa.int32(), "int64": pa.int64(), "float64": pa.float64(), "utf8": pa.string(), "date32": pa.date32()}


def arrow_type(col):
    """The pyarrow type of one column of `zhmetrics schema --json`."""
    t = col["type"]
    if t in _SIMPLE:
        return _SIMPLE[t]
    if t == "timestamp":
        return pa.timestamp(col["unit"], tz=col["tz"] or None)
    if t == "dictionary":
        return pa.dictionary(_SIMPLE[col["index"]], _SIMPLE[col["values"]])
    raise AssertionError(f"column {col['name']}: unknown type {t} in zhmetrics schema --json")
