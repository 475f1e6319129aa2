"""The two calls most users need: :func:`extract` and :func:`timeline`."""

from __future__ import annotations

from typing import Union

from . import reference as _reference
from .errors import ChronosError
from .model import Reference, TimeExpression
from .resolve import resolve
from .tagger import tag
from .text import Document
from .timeline import Timeline, build_timeline

__all__ = ["extract", "timeline", "ANCHORS"]

#: Values accepted by ``anchor=``.
ANCHORS = ("auto", "news", "narrative")


def _check(text: object, anchor: str) -> str:
    if isinstance(text, (bytes, bytearray)):
        raise TypeError(
            f"text must be str, not {type(text).__name__}: decode it first, e.g. data.decode('utf-8')"
        )
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if anchor not in ANCHORS:
        raise ChronosError(f"anchor must be one of {', '.join(map(repr, ANCHORS))}, not {anchor!r}")
    return text


def analyze(text: str, dct: object = None, *, anchor: str = "auto") -> tuple[Document, Reference, list[TimeExpression]]:
    """Run the whole pipeline; return the document, its reference time and the expressions."""
    text = _check(text, anchor)
    doc = Document(text)
    mentions = tag(text)
    ref = _reference.establish(doc, dct, mentions=mentions)  # type: ignore[arg-type]
    expressions = resolve(doc, mentions, ref, anchor=anchor)
    return doc, ref, expressions


def extract(text: str, dct: Union[_reference.DateLike, None] = None, *, anchor: str = "auto") -> list[TimeExpression]:
    """Find the time expressions of ``text``, normalized against ``dct``, in text order.

    ``dct`` (the document creation time) is a ``date``, ``datetime``, ISO string or any date
    string dateparser reads. Without it chronos looks for a dateline in the text; if there is
    none, relative expressions keep underspecified values (``XXXX-12``): today's date is never
    used. ``anchor`` is ``"news"`` (relative to the dct), ``"narrative"`` (relative to the last
    date the text mentioned) or ``"auto"``.

    >>> import chronos
    >>> [(e.text, e.value) for e in chronos.extract("Putin visited Japan last December.", dct="2017-03-17")]
    [('last December', '2016-12')]
    >>> [(e.text, e.value) for e in chronos.extract("Putin visited Japan last December.")]
    [('last December', 'XXXX-12')]
    """
    return analyze(text, dct, anchor=anchor)[2]


def timeline(text: str, dct: Union[_reference.DateLike, None] = None, *, anchor: str = "auto") -> Timeline:
    """The dated events of ``text`` as a :class:`Timeline`, in time order.

    One :class:`Event` per DATE or TIME expression that resolves to an interval; durations and
    sets are not events.

    >>> import chronos
    >>> tl = chronos.timeline("Talks resume on March 20. A meeting was held in November 2013.", dct="2017-03-17")
    >>> [(e.when.value, e.label) for e in tl]
    [('2013-11', 'meeting was held'), ('2017-03-20', 'Talks resume')]
    """
    doc, ref, expressions = analyze(text, dct, anchor=anchor)
    return build_timeline(doc, expressions, ref)
