"""Execute examples/figures.ipynb headless (nbclient, this venv's ipykernel).

    python integration/python/nbrun.py [OUT.ipynb]

writes the executed notebook, outputs included, to OUT.ipynb (default: the
notebook itself, as `make notebook` does). The notebook runs in examples/, so
it reads ../out, the dataset of `make run`.
"""
import pathlib
import sys

import nbformat
from nbclient import NotebookClient

ROOT = pathlib.Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "examples" / "figures.ipynb"


def execute(src=NOTEBOOK):
    nb = nbformat.read(src, as_version=4)
    for c in nb.cells:
        c.metadata.pop("execution", None)  # no timings: a rerun on the same data changes nothing
    # allow_errors: keep going so every error cell is reported (the test fails on any).
    NotebookClient(nb, timeout=300, kernel_name="python3", allow_errors=True, record_timing=False, coalesce_streams=True,
                   resources={"metadata": {"path": str(src.parent)}}).execute()
    return nb


def errors(nb):
    """The error outputs of an executed notebook: (cell index, ename, evalue)."""
    return [(i, o.get("ename"), o.get("evalue"))
            for i, c in enumerate(nb.cells) if c.cell_type == "code"
            for o in c.get("outputs", []) if o.get("output_type") == "error"]


def stdout(nb):
    return "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code"
                   for o in c.get("outputs", []) if o.get("output_type") == "stream" and o.get("name") == "stdout")


if __name__ == "__main__":
    dst = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else NOTEBOOK
    nb = execute()
    nbformat.write(nb, dst)
    errs = errors(nb)
    for e in errs:
        print("error in cell %d: %s: %s" % e, file=sys.stderr)
    sys.exit(1 if errs else 0)
