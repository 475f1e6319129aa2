"""Score a tagger against gold TimeML, as TempEval-3 Task A does.

A predicted expression matches a gold one *strictly* when the spans are identical and
*relaxed* when they overlap; matching is one to one (identical spans first, then the largest
overlap). Precision, recall and F1 are micro-averaged over a corpus. The ``value`` and
``type`` F1 count a relaxed match as a hit only when that attribute equals gold's, which is
relaxed F1 times the attribute's accuracy on matched pairs.

>>> from chronos import TimeExpression as T
>>> gold = [T("last week", 0, 9, "DATE", "2017-W10"), T("Monday", 20, 26, "DATE", "2017-03-13")]
>>> pred = [T("week", 5, 9, "DATE", "2017-W10"), T("Monday", 20, 26, "DATE", "2017-03-20")]
>>> s = score_documents([(gold, pred)])
>>> s.strict_f1, s.relaxed_f1, s.value_f1, s.type_f1
(0.5, 1.0, 0.5, 1.0)

From the shell: ``python -m chronos.evaluate CORPUS_DIR... [--errors] [--json]``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Callable, Optional, Union

from attrs import asdict, evolve, field, frozen

from .api import extract
from .errors import ChronosError
from .model import TimeExpression
from .text import Document
from .timeml import TimeMLDocument, read_timeml

__all__ = [
    "Scores", "Tagger", "TaggedDocument", "align", "score_documents", "evaluate_corpus", "tag_corpus",
    "find_errors", "corpora", "main",
]

#: A tagger: ``(text, dct) -> expressions``; ``dct`` is a ``datetime`` or ``None``.
Tagger = Callable[[str, object], Sequence[TimeExpression]]

Pair = tuple[Optional[TimeExpression], Optional[TimeExpression]]


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def _f1(tp: int, gold: int, predicted: int) -> float:
    return _ratio(2 * tp, gold + predicted)


@frozen
class Scores:
    """Counts for one corpus, and the TempEval-3 scores computed from them.

    The ``*_matches`` are true-positive counts: spans identical, spans overlapping, and
    overlapping with the right value or type. ``seconds`` is the time the tagger took on the
    ``chars`` characters of the ``docs`` texts. Scores add up (micro-average): ``a + b``.

    >>> s = Scores("demo", docs=2, gold=4, predicted=5, strict_matches=3, relaxed_matches=4,
    ...            value_matches=3, type_matches=4)
    >>> s.strict_precision, s.relaxed_recall, round(s.value_f1, 3)
    (0.6, 1.0, 0.667)
    """

    name: str
    docs: int = 0
    gold: int = 0
    predicted: int = 0
    strict_matches: int = 0
    relaxed_matches: int = 0
    value_matches: int = 0
    type_matches: int = 0
    seconds: float = 0.0
    chars: int = 0

    strict_precision = property(lambda self: _ratio(self.strict_matches, self.predicted))
    strict_recall = property(lambda self: _ratio(self.strict_matches, self.gold))
    strict_f1 = property(lambda self: _f1(self.strict_matches, self.gold, self.predicted))
    relaxed_precision = property(lambda self: _ratio(self.relaxed_matches, self.predicted))
    relaxed_recall = property(lambda self: _ratio(self.relaxed_matches, self.gold))
    relaxed_f1 = property(lambda self: _f1(self.relaxed_matches, self.gold, self.predicted))
    value_f1 = property(lambda self: _f1(self.value_matches, self.gold, self.predicted))
    type_f1 = property(lambda self: _f1(self.type_matches, self.gold, self.predicted))
    value_accuracy = property(lambda self: _ratio(self.value_matches, self.relaxed_matches))
    type_accuracy = property(lambda self: _ratio(self.type_matches, self.relaxed_matches))
    docs_per_second = property(lambda self: _ratio(self.docs, self.seconds))
    chars_per_second = property(lambda self: _ratio(self.chars, self.seconds))

    #: The columns of :meth:`row`, and their headers.
    COLUMNS = (
        ("corpus", "name"), ("docs", "docs"), ("gold", "gold"),
        ("strict-P", "strict_precision"), ("strict-R", "strict_recall"), ("strict-F1", "strict_f1"),
        ("relax-P", "relaxed_precision"), ("relax-R", "relaxed_recall"), ("relax-F1", "relaxed_f1"),
        ("value-F1", "value_f1"), ("type-F1", "type_f1"), ("docs/s", "docs_per_second"),
    )

    def __add__(self, other: "Scores") -> "Scores":
        if not isinstance(other, Scores):
            return NotImplemented
        counts = {k: v + getattr(other, k) for k, v in asdict(self).items() if k != "name"}
        return Scores(f"{self.name}+{other.name}", **counts)

    @staticmethod
    def header() -> str:
        """The column titles of :meth:`row`."""
        return f"{'corpus':<14}" + "".join(f"{title:>10}" for title, _ in Scores.COLUMNS[1:])

    def row(self) -> str:
        """One line of the score table (three decimals, as in the TempEval-3 papers).

        >>> print(Scores.header()); print(Scores("demo", 1, 4, 4, 2, 4, 3, 4).row())
        corpus              docs      gold  strict-P  strict-R strict-F1   relax-P   relax-R  relax-F1  value-F1   type-F1    docs/s
        demo                   1         4     0.500     0.500     0.500     1.000     1.000     1.000     0.750     1.000       0.0
        """
        cells = [f"{self.name:<14}"]
        for _title, attribute in self.COLUMNS[1:]:
            value = getattr(self, attribute)
            cells.append(f"{value:>10}" if isinstance(value, int) else
                         f"{value:>10.1f}" if attribute == "docs_per_second" else f"{value:>10.3f}")
        return "".join(cells)

    def as_dict(self) -> dict[str, Union[str, int, float]]:
        """Counts and scores, for JSON."""
        scores = ("strict_precision", "strict_recall", "strict_f1", "relaxed_precision", "relaxed_recall",
                  "relaxed_f1", "value_f1", "type_f1", "value_accuracy", "type_accuracy",
                  "docs_per_second", "chars_per_second")
        return {**asdict(self), **{attr: getattr(self, attr) for attr in scores}}


def _overlap(a: TimeExpression, b: TimeExpression) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def align(gold: Sequence[TimeExpression], predicted: Sequence[TimeExpression]) -> list[Pair]:
    """Match predictions to gold one to one: ``(gold, pred)`` pairs, ``(gold, None)`` for a
    missed one, ``(None, pred)`` for a spurious one, in text order.

    Identical spans are matched first, then overlapping ones by decreasing overlap.

    >>> from chronos import TimeExpression as T
    >>> g = [T("March 20", 0, 8, "DATE", "2017-03-20")]
    >>> p = [T("March", 0, 5, "DATE", "2017-03"), T("20", 6, 8, "DATE", "XX20"), T("now", 10, 13, "DATE", "PRESENT_REF")]
    >>> [(a and a.text, b and b.text) for a, b in align(g, p)]
    [('March 20', 'March'), (None, '20'), (None, 'now')]
    """
    candidates = sorted(
        ((not (g.start == p.start and g.end == p.end), -_overlap(g, p), g.start, p.start, i, j)
         for i, g in enumerate(gold) for j, p in enumerate(predicted) if _overlap(g, p) > 0)
    )
    gold_to_pred: dict[int, int] = {}
    taken: set[int] = set()
    for *_, i, j in candidates:
        if i not in gold_to_pred and j not in taken:
            gold_to_pred[i] = j
            taken.add(j)
    pairs: list[Pair] = [(g, predicted[gold_to_pred[i]] if i in gold_to_pred else None)
                         for i, g in enumerate(gold)]
    pairs += [(None, p) for j, p in enumerate(predicted) if j not in taken]
    return sorted(pairs, key=lambda pair: _position(pair))


def _position(pair: Pair) -> tuple[int, int]:
    g, p = pair
    first = g if g is not None else p
    assert first is not None
    return (first.start, 0 if g is not None else 1)


def score_documents(pairs: Iterable[tuple[Sequence[TimeExpression], Sequence[TimeExpression]]],
                    *, name: str = "corpus", seconds: float = 0.0) -> Scores:
    """Micro-averaged scores over ``(gold, predicted)`` expression lists, one pair per document.

    >>> from chronos import TimeExpression as T
    >>> s = score_documents([([T("1998", 0, 4, "DATE", "1998")], [])])
    >>> s.gold, s.predicted, s.relaxed_recall, s.relaxed_precision
    (1, 0, 0.0, 0.0)
    """
    docs = gold_n = pred_n = strict = relaxed = value = type_ = 0
    for gold, predicted in pairs:
        docs += 1
        gold_n += len(gold)
        pred_n += len(predicted)
        for g, p in align(gold, predicted):
            if g is None or p is None:
                continue
            relaxed += 1
            strict += (g.start, g.end) == (p.start, p.end)
            value += g.value == p.value
            type_ += g.type == p.type
    return Scores(name, docs, gold_n, pred_n, strict, relaxed, value, type_, seconds)


def _tml_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(path.rglob("*.tml"))
    if path.is_file():
        return [path]
    raise ChronosError(f"no such file or directory: {str(path)!r}")


def corpora(paths: Iterable[Union[str, os.PathLike]]) -> dict[str, list[Path]]:
    """Group ``.tml`` files into corpora: a file's corpus is the name of its folder.

    A directory stands for all the ``.tml`` files under it, so ``tbaq/`` gives the corpora
    ``TimeBank`` and ``AQUAINT``.
    """
    groups: dict[str, list[Path]] = {}
    for path in paths:
        files = _tml_files(Path(path))
        if not files:
            raise ChronosError(f"no .tml files in {str(path)!r}")
        for file in files:
            group = groups.setdefault(file.resolve().parent.name or str(file.parent), [])
            if file not in group:
                group.append(file)
    return groups


@frozen
class TaggedDocument:
    """A gold document and what a tagger found in its text."""

    gold: TimeMLDocument
    predicted: tuple[TimeExpression, ...] = field(converter=tuple)
    seconds: float = 0.0


def _predict(doc: TimeMLDocument, tagger: Tagger, name: str) -> tuple[list[TimeExpression], float]:
    started = time.perf_counter()
    try:
        found = list(tagger(doc.text, doc.dct))
    except Exception as exc:  # a tagger bug: keep its traceback, say which document
        raise RuntimeError(f"the tagger failed on {name}: {type(exc).__name__}: {exc}") from exc
    seconds = time.perf_counter() - started
    for expr in found:
        if not isinstance(expr, TimeExpression):
            raise TypeError(f"the tagger must return TimeExpression objects, not {type(expr).__name__}")
        if doc.text[expr.start:expr.end] != expr.text:
            raise ChronosError(
                f"the tagger returned {expr.text!r} at {expr.start}:{expr.end} in {name},"
                f" where the text is {doc.text[expr.start:expr.end]!r}"
            )
    return found, seconds


def tag_corpus(files: Iterable[Union[str, os.PathLike]], tagger: Tagger = extract) -> Iterator[TaggedDocument]:
    """Read each TimeML file and run ``tagger`` on its text with its gold creation time."""
    for file in files:
        doc = read_timeml(file)
        predicted, seconds = _predict(doc, tagger, repr(str(file)))
        yield TaggedDocument(doc, predicted, seconds)


def _score_tagged(tagged: Sequence[TaggedDocument], name: str) -> Scores:
    scores = score_documents(((t.gold.timexes, t.predicted) for t in tagged), name=name)
    return evolve(scores, seconds=sum(t.seconds for t in tagged), chars=sum(len(t.gold.text) for t in tagged))


def evaluate_corpus(paths: Iterable[Union[str, os.PathLike]], tagger: Tagger = extract,
                    *, name: str = "corpus") -> Scores:
    """Score ``tagger`` (default :func:`chronos.extract`) on TimeML files or directories as one corpus.

    The tagger is called as ``tagger(text, dct)`` with the gold text and creation time
    (a ``datetime``, or ``None`` when the document has none).
    """
    files = [file for path in paths for file in _tml_files(Path(path))]
    return _score_tagged(list(tag_corpus(files, tagger)), name)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def find_errors(tagged: TaggedDocument) -> list[dict[str, object]]:
    """The document's missed, spurious, mis-spanned and wrongly normalized expressions.

    Each error is a dict with ``kind`` (``MISSED``, ``SPURIOUS``, ``SPAN``, ``VALUE``,
    ``TYPE``; a pair can be both ``VALUE`` and ``TYPE``, listed once as ``VALUE+TYPE``),
    ``docid``, ``start``, ``gold`` and ``predicted`` (text, type, value, or ``None``) and
    the ``sentence``.
    """
    doc = Document(tagged.gold.text)
    errors: list[dict[str, object]] = []
    for g, p in align(tagged.gold.timexes, tagged.predicted):
        kinds = []
        if p is None:
            kinds.append("MISSED")
        elif g is None:
            kinds.append("SPURIOUS")
        else:
            if g.value != p.value:
                kinds.append("VALUE")
            if g.type != p.type:
                kinds.append("TYPE")
            if not kinds and (g.start, g.end) != (p.start, p.end):
                kinds.append("SPAN")
        if not kinds:
            continue
        first = g if g is not None else p
        assert first is not None
        s, e = doc.sentence_at(first.start)
        errors.append({
            "kind": "+".join(kinds),
            "docid": tagged.gold.docid,
            "start": first.start,
            "gold": None if g is None else {"text": g.text, "type": g.type, "value": g.value},
            "predicted": None if p is None else {"text": p.text, "type": p.type, "value": p.value},
            "sentence": _one_line(tagged.gold.text[s:e]),
        })
    return errors


def _error_line(error: dict[str, object]) -> str:
    def side(label: str, d: object) -> str:
        if not isinstance(d, dict):
            return f"{label} -"
        return f"{label} {d['text']!r} {d['type']} {d['value']}"

    return "\t".join([str(error["kind"]), str(error["docid"]), side("gold", error["gold"]),
                      side("pred", error["predicted"]), str(error["sentence"])])


def _load_tagger(spec: str) -> Tagger:
    module_name, _, attribute = spec.partition(":")
    try:
        tagger = getattr(importlib.import_module(module_name), attribute)
    except (ImportError, AttributeError, ValueError) as exc:
        raise ChronosError(f"cannot load the tagger {spec!r}: {exc}") from None
    if not callable(tagger):
        raise ChronosError(f"the tagger {spec!r} is not callable")
    return tagger  # type: ignore[no-any-return]


def main(argv: Optional[Sequence[str]] = None, *, tagger: Optional[Tagger] = None) -> int:
    """``python -m chronos.evaluate PATH... [--errors] [--json] [--tagger MODULE:NAME]``.

    Prints the score table (one row per corpus, and an ``overall`` row when there are
    several); returns the exit status. ``tagger`` overrides ``--tagger`` and the default
    :func:`chronos.extract`.
    """
    parser = argparse.ArgumentParser(
        prog="python -m chronos.evaluate",
        description="Score chronos against gold TimeML (TempEval-3 Task A: strict/relaxed span "
                    "P/R/F1, value and type F1). Each folder of .tml files is one corpus.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help=".tml files or directories")
    parser.add_argument("--errors", action="store_true",
                        help="also list missed, spurious, mis-spanned and wrongly normalized expressions, "
                             "one tab-separated line each: KIND docid gold pred sentence")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--tagger", metavar="MODULE:NAME",
                        help="score another tagger: a callable (text, dct) -> list of TimeExpression")
    args = parser.parse_args(argv)

    try:
        if tagger is None:
            tagger = _load_tagger(args.tagger) if args.tagger else extract
        groups = corpora(args.paths)
        results = {name: list(tag_corpus(files, tagger)) for name, files in groups.items()}
    except ChronosError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    table = [_score_tagged(tagged, name) for name, tagged in results.items()]
    if len(table) > 1:
        overall = sum(table[1:], table[0])
        table.append(evolve(overall, name="overall"))
    errors = [e for tagged in results.values() for t in tagged for e in find_errors(t)] if args.errors else []

    if args.json:
        report: dict[str, object] = {"corpora": [s.as_dict() for s in table]}
        if args.errors:
            report["errors"] = errors
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    print(Scores.header())
    for scores in table:
        print(scores.row())
    if args.errors:
        print()
        for error in errors:
            print(_error_line(error))
    return 0


if __name__ == "__main__":
    sys.exit(main())
