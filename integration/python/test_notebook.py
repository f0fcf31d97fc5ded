"""examples/figures.ipynb runs headless against the dataset of `make run`,
with no error cell, and prints what the dataset holds."""
import re

import nbformat
import pytest

import nbrun
from test_roundtrip import dataset, largest_currency


@pytest.fixture(scope="module")
def executed(out_dir):
    if out_dir.resolve() != (nbrun.ROOT / "out").resolve():
        pytest.skip("the notebook reads ../out; ZHMETRICS_OUT points elsewhere")
    return nbrun.execute()


def test_notebook_has_no_error_cell(executed):
    assert nbrun.errors(executed) == []
    for c in executed.cells:
        if c.cell_type == "code":
            assert c.outputs, "a code cell printed nothing:\n" + c.source


def test_notebook_prints_the_dataset(executed, out_dir):
    text = nbrun.stdout(executed)
    m = re.search(r"figures: (\d+), documents: (\d+)", text)
    assert m, text
    assert int(m.group(1)) == dataset(out_dir, "figures").count_rows()
    assert int(m.group(2)) == dataset(out_dir, "documents").count_rows()
    assert re.search(r"value\s+float64", text)
    assert re.search(r"unit\s+category", text)
    value, surface = largest_currency(out_dir)
    m = re.search(r"largest currency figure: (\S+) = (\d+) 元", text)
    assert m, text
    assert (m.group(1), int(m.group(2))) == (surface, round(value))
    m = re.search(r"figures with a time: (\d+) of (\d+)", text)
    assert m and int(m.group(2)) == dataset(out_dir, "figures").count_rows() and int(m.group(1)) > 0, text


def test_stored_notebook_has_its_outputs():
    """The notebook in the repository is stored executed (make notebook), with no error."""
    nb = nbformat.read(nbrun.NOTEBOOK, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.outputs and c.execution_count for c in code), "run `make notebook` and commit examples/figures.ipynb"
    assert nbrun.errors(nb) == []
