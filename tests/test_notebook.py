"""examples/kurils.ipynb runs from top to bottom and shows the timeline table and the figure."""

import base64
import io
import os
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "examples" / "kurils.ipynb"


@pytest.fixture(scope="module")
def executed():
    """The notebook after running it with the python3 kernel in examples/, chronos from this tree."""
    env = os.environ.copy()
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    os.environ["MPLBACKEND"] = "Agg"
    try:
        nb = nbformat.read(NOTEBOOK, as_version=4)
        nbclient.NotebookClient(
            nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
        ).execute()
    finally:
        os.environ.clear()
        os.environ.update(env)
    return nb


def outputs(nb, mime):
    return [out["data"][mime] for cell in nb.cells if cell.cell_type == "code"
            for out in cell.get("outputs", []) if mime in out.get("data", {})]


def test_no_cell_fails(executed):
    assert not [out for cell in executed.cells if cell.cell_type == "code"
                for out in cell.get("outputs", []) if out["output_type"] == "error"]


def test_it_shows_the_timeline_table(executed, sample_text):
    import chronos

    tables = [html for html in outputs(executed, "text/html") if html.startswith('<table class="chronos-timeline">')]
    assert tables
    expected = chronos.timeline(sample_text, dct="2017-03-17")
    assert tables[0] == expected._repr_html_()
    assert tables[0].count("<tr>") == len(expected) + 1


def test_it_shows_the_figures(executed):
    from PIL import Image

    images = [Image.open(io.BytesIO(base64.b64decode(png))) for png in outputs(executed, "image/png")]
    assert len(images) >= 3  # the timeline's own PNG, the pyplot Axes, the broken axis
    assert all(image.format == "PNG" and image.size[0] >= 700 for image in images)
