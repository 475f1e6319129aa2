"""How the time of chronos.extract grows with the input, on news text and on adversarial text.

Times ``chronos.extract`` (and ``chronos.timeline``) on the sample article repeated 1, 10 and
100 times, and on inputs built to provoke super-linear behaviour (100,000 repetitions of
``"1 "``, ``"March "`` or ``"last "``, a 1 MB line of digits, 100,000 newlines ...). Prints the
size, the best of ``--repeat`` runs in seconds, seconds per MB and the number of expressions, and
the 10x/1x and 100x/10x time ratios of the news text: about 10 when time is linear.

    python -m benchmarks.scaling              # from the repository root; everything, best of 3
    python -m benchmarks.scaling --repeat 1   # quicker

``tests/test_scaling.py`` runs the adversarial inputs of :func:`adversarial_inputs` with a loose
time bound, so that a super-linear regression fails the tests.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Callable, Optional

import chronos

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "data" / "tass_kurils_2017-03-17.txt"
DCT = "2017-03-17"


def news_inputs(text: Optional[str] = None) -> dict[str, str]:
    """The sample article repeated 1, 10 and 100 times."""
    text = SAMPLE.read_text(encoding="utf-8") if text is None else text
    return {f"news x{n}": "\n\n".join([text] * n) for n in (1, 10, 100)}


def adversarial_inputs() -> dict[str, str]:
    """Inputs of 0.1-1 MB that are dense in dates, almost-dates, numbers or line breaks."""
    return {
        '"1 " x 100k': "1 " * 100_000,
        '"March " x 100k': "March " * 100_000,
        '"last " x 100k': "last " * 100_000,
        '"March 20, 2017. " x 12.5k': "March 20, 2017. " * 12_500,
        '"2+2 G20 1998-99 " x 12.5k': "2+2 G20 1998-99 " * 12_500,
        "1 MB line of digits": "1234567890" * 100_000,
        "100k newlines": "\n" * 100_000,
    }


def best_time(function: Callable[[str], object], text: str, repeat: int) -> tuple[float, object]:
    """The shortest of ``repeat`` wall-clock times of ``function(text)``, and its last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function(text)
        best = min(best, time.perf_counter() - start)
    return best, result


def extract(text: str) -> list:
    return chronos.extract(text, dct=DCT)


def timeline(text: str) -> chronos.Timeline:
    return chronos.timeline(text, dct=DCT)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per input; the best is kept (default 3)")
    args = parser.parse_args(argv)

    extract("Warm-up on March 20, 2017.")  # builds the grammar once, outside the timings
    print(f"{'input':<28} {'MB':>6} {'extract s':>10} {'s/MB':>7} {'timeline s':>11} {'found':>7}")
    seconds = {}
    for name, text in {**news_inputs(), **adversarial_inputs()}.items():
        mb = len(text.encode("utf-8")) / 1e6
        took, found = best_time(extract, text, args.repeat)
        took_timeline, _ = best_time(timeline, text, args.repeat)
        seconds[name] = took
        print(f"{name:<28} {mb:>6.3f} {took:>10.3f} {took / mb:>7.2f} {took_timeline:>11.3f} {len(found):>7}")
        sys.stdout.flush()
    print(f"news 10x/1x time ratio:   {seconds['news x10'] / seconds['news x1']:.1f} (linear: 10)")
    print(f"news 100x/10x time ratio: {seconds['news x100'] / seconds['news x10']:.1f} (linear: 10)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
