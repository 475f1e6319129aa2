"""A loose bound on adversarial input, so that super-linear regressions fail the tests.

The inputs (0.1-1 MB each) come from benchmarks/scaling.py, which also measures the real
numbers; the bound is tens of times what a linear tagger needs, so only a blow-up trips it.
"""

import importlib.util
import time
from pathlib import Path

import pytest

import chronos

_spec = importlib.util.spec_from_file_location(
    "scaling_benchmark", Path(__file__).resolve().parents[1] / "benchmarks" / "scaling.py"
)
scaling = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scaling)

ADVERSARIAL = scaling.adversarial_inputs()
SECONDS = 20


@pytest.mark.parametrize("name", list(ADVERSARIAL))
@pytest.mark.parametrize("call", [chronos.extract, chronos.timeline], ids=["extract", "timeline"])
def test_adversarial_input_stays_fast(call, name):
    text = ADVERSARIAL[name]
    start = time.perf_counter()
    found = call(text, dct="2017-03-17")
    took = time.perf_counter() - start
    assert took < SECONDS, f"{call.__name__} took {took:.1f} s on {name} ({len(text) / 1e6:.2f} MB)"
    assert all(text[e.start:e.end] == e.text for e in (found if call is chronos.extract else [e.when for e in found]))
