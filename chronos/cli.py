"""The command line: ``chronos FILE --dct 2017-03-17`` (or ``python -m chronos``).

Prints the time expressions of FILE (``-`` reads standard input) as a table, JSON or TimeML,
or with ``--timeline`` the dated events in time order; ``--plot out.png`` also draws the
chronology. A file that cannot be read, text that is not UTF-8 or a ``--dct`` that is not a date
give a one-line message on standard error and exit status 2.

>>> main(["--version"])
chronos ...
0
>>> main(["no-such-file.txt"])
2
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Optional

from . import __version__
from .api import ANCHORS, analyze
from .errors import ChronosError
from .model import Reference, TimeExpression
from .reference import parse_date
from .timeline import Timeline, build_timeline, expression_record

__all__ = ["main", "FORMATS"]

#: Values accepted by ``--format``.
FORMATS = ("table", "json", "timeml")


class _Failure(Exception):
    """A problem with the user's input: reported in one line, exit status 2."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="chronos",
        description="Find the time expressions of a news text and put its events in time order.",
        epilog="example: chronos article.txt --dct 2017-03-17 --timeline --plot article.png",
    )
    parser.add_argument("file", metavar="FILE", help="UTF-8 text file to read, or - for standard input")
    parser.add_argument("--dct", metavar="DATE",
                        help="document creation time, e.g. 2017-03-17 or 'March 17, 2017' "
                             "(default: the text's dateline, if any)")
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    parser.add_argument("--timeline", action="store_true",
                        help="print the dated events (value, expression, label) in time order")
    parser.add_argument("--plot", metavar="OUT.png", help="also draw the timeline to this PNG, SVG or PDF file")
    parser.add_argument("--anchor", choices=ANCHORS, default="auto",
                        help="resolve relative dates against the dct (news), the last date mentioned "
                             "(narrative) or pick per document (auto, the default)")
    parser.add_argument("--version", action="version", version=f"chronos {__version__}")
    return parser


def _shown(name: str) -> str:
    """How error messages name the input."""
    return "<stdin>" if name == "-" else name


def _read(name: str) -> str:
    """The text of ``name`` (``-``: standard input) decoded as UTF-8; a leading BOM is dropped."""
    shown = _shown(name)
    try:
        if name == "-":
            if sys.stdin is None:
                raise OSError("there is no standard input")
            data = sys.stdin.buffer.read()
        else:
            data = Path(name).read_bytes()
    except OSError as exc:
        raise _Failure(f"cannot read {shown!r}: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _Failure(
            f"{shown!r} is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}): convert it to UTF-8"
        ) from None


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Left-aligned columns; the last one is not padded."""
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header) - 1)]
    return "\n".join(
        "  ".join([*(cell.ljust(w) for cell, w in zip(row, widths)), row[-1]]).rstrip() for row in [header, *rows]
    )


def _expression_table(expressions: Sequence[TimeExpression]) -> str:
    rows = [(str(e.start), str(e.end), e.type, e.value, _one_line(e.text)) for e in expressions]
    return _table(("start", "end", "type", "value", "text"), rows)


def _event_table(timeline: Timeline) -> str:
    rows = [(e.when.value, _one_line(e.when.text), _one_line(e.label)) for e in timeline]
    return _table(("value", "expression", "label"), rows)


def _run(args: argparse.Namespace) -> None:
    dct = None
    if args.dct is not None:
        try:
            dct = parse_date(args.dct)
        except ChronosError as exc:
            raise _Failure(f"--dct: {exc}") from None
    text = _read(args.file)
    doc, reference, expressions = analyze(text, dct, anchor=args.anchor)
    if dct is None:
        print(f"chronos: {describe_reference(reference, text)}", file=sys.stderr)
    timeline = build_timeline(doc, expressions, reference) if args.timeline or args.plot else None

    if args.format == "timeml":
        from .timeml import to_timeml  # imported only when asked for

        try:
            output = to_timeml(text, expressions, dct=reference.date).rstrip("\n")
        except ChronosError as exc:
            raise _Failure(f"cannot write {_shown(args.file)!r} as TimeML: {exc}") from None
    elif args.format == "json":
        records = timeline.to_records() if args.timeline else [expression_record(e) for e in expressions]
        output = json.dumps(records, ensure_ascii=False, indent=2)
    else:
        output = _event_table(timeline) if args.timeline else _expression_table(expressions)

    if args.plot:  # before printing: a failure prints nothing but the error
        try:
            timeline.save(args.plot)
        except (OSError, ValueError) as exc:
            raise _Failure(f"cannot write the plot {args.plot!r}: {exc}") from None
    print(output)


def describe_reference(reference: Reference, text: str) -> str:
    """One line saying which document date relative expressions were resolved against, and why.

    >>> describe_reference(Reference.none(), "")
    'no --dct and no dateline: relative dates keep unknown parts (XXXX-12); pass --dct to resolve them'
    """
    evidence = f" {text[reference.span[0]:reference.span[1]].strip()!r}" if reference.span else ""
    if reference.date is not None:
        how = "read from the dateline" if reference.source == "dateline" else "year inferred from the text, dateline"
        return f"no --dct: document date {reference.date.date().isoformat()} {how}{evidence}"
    if reference.source == "dateline":
        return f"no --dct: the dateline{evidence} has no year and the text does not fix one; pass --dct"
    return "no --dct and no dateline: relative dates keep unknown parts (XXXX-12); pass --dct to resolve them"


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status.

    0 on success, 2 for a usage error or input that cannot be read (with a one-line message on
    standard error).
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
        if args.timeline and args.format == "timeml":
            parser.error("--timeline cannot be combined with --format timeml")
    except SystemExit as exc:  # --help, --version or a usage error: argparse has printed it
        return exc.code if isinstance(exc.code, int) else 2
    try:
        _run(args)
    except _Failure as exc:
        print(f"chronos: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader went away (chronos ... | head): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
