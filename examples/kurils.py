"""The chronology of a TASS article of 17 March 2017 on the Kuril Islands, printed and drawn.

Run from anywhere, with chronos installed (``pip install -e .``) or from the repository root
with ``PYTHONPATH=.``::

    python examples/kurils.py                       # writes kurils.png in the current directory
    python examples/kurils.py docs/img/kurils.png   # the picture in docs/plotting.md
"""

import sys
from pathlib import Path

import chronos

ARTICLE = Path(__file__).resolve().parent / "data" / "tass_kurils_2017-03-17.txt"
DCT = "2017-03-17"
TITLE = "Russia and Japan, 2+2 talks on the Kurils: TASS, 17 March 2017"


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path("kurils.png")
    timeline = chronos.timeline(ARTICLE.read_text(encoding="utf-8"), dct=DCT)
    for event in timeline:
        print(f"{event.when.value:<12} {event.when.text!r:<18} {event.label}")
    timeline.save(out, title=TITLE)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
