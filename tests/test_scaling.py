"""A loose bound on adversarial input, so that super-linear regressions fail the tests.

The inputs (0.1-1 MB each) come from benchmarks/scaling.py, which also measures the real
numbers; the bound is many times what a linear tagger needs, so only a blow-up trips it. Each
case runs in its own process with a memory cap, so that a blow-up in memory fails the test
instead of taking the machine down.
"""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from scaling import adversarial_inputs  # noqa: E402

SECONDS = 20
MEMORY = 2 * 1024**3

CHILD = textwrap.dedent(
    """
    import json, sys, time
    try:
        import resource
        resource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))
    except (ImportError, ValueError, OSError):
        pass  # no memory cap on this platform
    sys.path.insert(0, {benchmarks!r})
    import chronos
    from scaling import adversarial_inputs
    text = adversarial_inputs()[{name!r}]
    chronos.{call}("Warm-up on March 20, 2017.", dct="2017-03-17")
    start = time.perf_counter()
    found = chronos.{call}(text, dct="2017-03-17")
    seconds = time.perf_counter() - start
    spans = [e.when if hasattr(e, "when") else e for e in found]
    assert all(text[e.start:e.end] == e.text for e in spans)
    print(json.dumps({{"seconds": seconds, "found": len(found)}}))
    """
)


@pytest.mark.parametrize("name", list(adversarial_inputs()))
@pytest.mark.parametrize("call", ["extract", "timeline"])
def test_adversarial_input_stays_fast(call, name):
    script = CHILD.format(memory=MEMORY, benchmarks=str(ROOT / "benchmarks"), name=name, call=call)
    try:
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT,
                              timeout=6 * SECONDS)
    except subprocess.TimeoutExpired:
        pytest.fail(f"chronos.{call} on {name} ran for over {6 * SECONDS} s")
    assert done.returncode == 0, f"chronos.{call} on {name} failed:\n{done.stderr[-2000:]}"
    seconds = json.loads(done.stdout)["seconds"]
    assert seconds < SECONDS, f"chronos.{call} took {seconds:.1f} s on {name}"
