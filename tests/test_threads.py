"""chronos.extract and chronos.timeline are safe to call from many threads at once."""

import datetime as dt
import json
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import chronos

ROOT = Path(__file__).resolve().parents[1]

SNIPPETS = [
    "Putin visited Japan last December.",
    "Talks resume on March 20. A meeting was held in November 2013.",
    "The plant closed two weeks ago and will reopen next year.",
    "Sales rose 5% in the third quarter of 1998, the company said on Monday.",
    "He has lived there since 1990 and meets them every week.",
    "Nothing to see here.",
]
DCTS = [None, "2017-03-17", dt.date(1998, 10, 25), dt.datetime(2000, 1, 1, 12, 30)]


def tasks(sample_text):
    """(text, dct) pairs: every snippet with every dct, and the sample article, a few times over."""
    pairs = [(text, dct) for text in SNIPPETS + [sample_text] for dct in DCTS]
    return pairs * 4


def run_all(pairs, threads):
    def work(pair):
        text, dct = pair
        return chronos.extract(text, dct=dct), list(chronos.timeline(text, dct=dct))

    if threads == 1:
        return [work(pair) for pair in pairs]
    with ThreadPoolExecutor(max_workers=threads) as pool:
        return list(pool.map(work, pairs))


def test_threads_agree_with_serial(sample_text):
    pairs = tasks(sample_text)
    serial = run_all(pairs, 1)
    assert any(found for found, _ in serial)  # else there is nothing to compare
    assert run_all(pairs, 8) == serial


def test_threads_agree_from_a_cold_start(sample_path):
    # in a fresh interpreter, so that lazily built tables are built while 8 threads race for them
    script = textwrap.dedent(
        f"""
        import json, threading
        from concurrent.futures import ThreadPoolExecutor
        import chronos
        text = open({str(sample_path)!r}, encoding="utf-8").read()
        barrier = threading.Barrier(8)
        def work(_):
            barrier.wait()
            return [(e.when.text, e.when.start, e.when.value) for e in chronos.timeline(text, dct="2017-03-17")]
        with ThreadPoolExecutor(max_workers=8) as pool:
            results = list(pool.map(work, range(8)))
        assert all(r == results[0] for r in results), results
        print(json.dumps(results[0]))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    serial = chronos.timeline(sample_path.read_text("utf-8"), dct="2017-03-17")
    assert json.loads(done.stdout) == [[e.when.text, e.when.start, e.when.value] for e in serial]
    assert len(serial) > 0
