"""Throughput of chronos.extract against dateparser's search_dates, and a linearity check.

Runs both on the same gold TimeML documents (TimeBank + AQUAINT by default), each with the
document's gold creation time: ``chronos.extract(text, dct)`` against
``search_dates(text, languages=["en"], settings={"RELATIVE_BASE": dct})``. Each first runs once,
untimed, over all the documents (both compile their patterns lazily, as they meet new kinds of
text), then is timed over them at least ``--repeat`` times, and more while the runs add up to
under two seconds (as ``timeit`` sizes its loops: a run of a fraction of a second is easily
disturbed by the machine, a run of seconds averages that out); the fastest run counts, for both
alike.
Prints documents and characters per second, the chronos/dateparser ratio on the same documents,
and the span scores each gets (from one more run, through the evaluator). Then times chronos on
the whole corpus text concatenated once and ``--scale`` times: a time ratio close to the scale
means chronos runs in linear time.

    python benchmarks/throughput.py                       # all of ../shared/corpora/tbaq
    python benchmarks/throughput.py --limit 60            # dateparser on the first 60 documents
    python benchmarks/throughput.py --limit 50 --scale 5 --repeat 1
    python benchmarks/throughput.py path/to/corpus/ doc.tml

``dateparser_tagger`` also lets the evaluator score dateparser from the repository root:
``python -m chronos.evaluate ../shared/corpora/tbaq --tagger benchmarks.throughput:dateparser_tagger``.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Callable, Optional

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # benchmark this working copy

import chronos  # noqa: E402
from chronos import TimeExpression  # noqa: E402
from chronos.evaluate import Scores, corpora, evaluate_corpus  # noqa: E402
from chronos.timeml import TimeMLDocument, read_timeml  # noqa: E402

TBAQ = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "tbaq"


def dateparser_tagger(text: str, dct: object) -> list[TimeExpression]:
    """dateparser's ``search_dates`` as a tagger: every hit a DATE (TIME when it has a time of day)."""
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": dct} if dct is not None else {}
    found = search_dates(text, languages=["en"], settings=settings) or []
    expressions, cursor = [], 0
    for phrase, moment in found:
        start = text.find(phrase, cursor)
        if start < 0:  # dateparser may return a phrase it rewrote; then it has no span
            continue
        cursor = start + len(phrase)
        timed = (moment.hour, moment.minute, moment.second) != (0, 0, 0)
        value = moment.strftime("%Y-%m-%dT%H:%M") if timed else moment.strftime("%Y-%m-%d")
        expressions.append(TimeExpression(phrase, start, cursor, "TIME" if timed else "DATE", value))
    return expressions


def _search_dates(text: str, dct: object) -> object:
    """The call the throughput of chronos is measured against."""
    from dateparser.search import search_dates

    return search_dates(text, languages=["en"], settings={"RELATIVE_BASE": dct} if dct is not None else {})


def _best_time(run: Callable[[], object], budget: float = 1.0, most: int = 5, least: int = 1) -> tuple[float, int]:
    """The fastest of several runs, and their number: at least ``least``, more while they add up
    to under ``budget`` s (at most ``most``)."""
    times: list[float] = []
    while len(times) < least or (sum(times) < budget and len(times) < most):
        gc.collect()  # each run starts from a clean heap
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times), len(times)


def _throughput(function: Callable[[str, object], object], docs: Sequence[TimeMLDocument], repeat: int) -> tuple[float, int]:
    """Characters per second of ``function(text, dct)`` over ``docs`` and the number of timed runs:
    the fastest of at least ``repeat`` runs (more, up to 25, while they add up to under 2 s), after
    one untimed run (a warm-up: lazy compilation is a one-off cost)."""
    for doc in docs:
        function(doc.text, doc.dct)
    seconds, runs = _best_time(lambda: [function(doc.text, doc.dct) for doc in docs], 2.0, max(repeat, 25), repeat)
    return sum(len(doc.text) for doc in docs) / seconds, runs


def _line(label: str, s: Scores, chars_per_second: float) -> str:
    return (f"{label:<26}{s.docs:>6}{s.chars:>10,}{s.chars / chars_per_second:>10.2f}"
            f"{s.docs * chars_per_second / s.chars:>10.1f}{chars_per_second:>12,.0f}"
            f"{s.strict_f1:>10.3f}{s.relaxed_f1:>10.3f}{s.value_f1:>10.3f}")


def _linearity(files: Sequence[Path], scale: int) -> str:
    docs = [read_timeml(file) for file in files]
    text = "\n\n".join(doc.text for doc in docs)
    dct = next((doc.dct for doc in docs if doc.dct is not None), None)
    timings = []
    for times in (1, scale):
        big = "\n\n".join([text] * times)
        timings.append((len(big), _best_time(lambda: chronos.extract(big, dct), least=2)[0]))
    (n1, t1), (nk, tk) = timings
    return (f"linearity: 1x {n1:,} chars in {t1:.2f} s ({n1 / t1:,.0f} chars/s); "
            f"{scale}x {nk:,} chars in {tk:.2f} s ({nk / tk:,.0f} chars/s); "
            f"time ratio {tk / t1:.2f} ({scale} = linear)")


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", default=[TBAQ], help=".tml files or folders (default: %(default)s)")
    parser.add_argument("--limit", type=int, default=None, metavar="N",
                        help="run dateparser on the first N documents only (it is slow)")
    parser.add_argument("--scale", type=int, default=10, help="the linearity check's long text: SCALE copies")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each tagger at least (more while under 2 s); the fastest counts")
    args = parser.parse_args(argv)

    files = [file for group in corpora(args.paths).values() for file in group]
    subset = files[: args.limit] if args.limit else files
    docs = [read_timeml(file) for file in files]
    some = docs[: len(subset)]

    ours_all, all_runs = _throughput(chronos.extract, docs, args.repeat)
    ours, our_runs = _throughput(chronos.extract, some, args.repeat) if subset != files else (ours_all, all_runs)
    theirs, their_runs = _throughput(_search_dates, some, args.repeat)
    scores_all = evaluate_corpus(files, chronos.extract)
    scores = evaluate_corpus(subset, chronos.extract) if subset != files else scores_all
    scores_theirs = evaluate_corpus(subset, dateparser_tagger)

    print(f"{'tagger':<26}{'docs':>6}{'chars':>10}{'seconds':>10}{'docs/s':>10}{'chars/s':>12}"
          f"{'strict-F1':>10}{'relax-F1':>10}{'value-F1':>10}")
    print(_line("chronos", scores_all, ours_all))
    if subset != files:
        print(_line(f"chronos (first {len(subset)})", scores, ours))
    print(_line(f"dateparser (first {len(subset)})" if subset != files else "dateparser", scores_theirs, theirs))
    print(f"throughput chronos/dateparser (chars/s on the same {len(subset)} documents, "
          f"fastest of {our_runs} and {their_runs} runs): {ours / theirs:.1f}x")
    print(_linearity(files, args.scale))
    return 0


if __name__ == "__main__":
    sys.exit(main())
