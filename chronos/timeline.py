"""Events and the :class:`Timeline`: dated expressions put in time order.

>>> import chronos
>>> tl = chronos.timeline("It was built in 1998. It opened in March 2001.", dct="2017-03-17")
>>> [e.when.value for e in tl]
['1998', '2001-03']
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator, Sequence
from typing import Any, Optional, Union, overload

from attrs import field, frozen

from .errors import DateError
from .model import Event, Reference, TimeExpression
from .text import Document
from .timex_values import interval_of

__all__ = ["Timeline", "build_timeline"]


def _bound(value: Union[_dt.date, _dt.datetime, str]) -> _dt.datetime:
    """A bound of :meth:`Timeline.between`: a date, a datetime, or a string that is a TIMEX3
    value ("2016", "2016-12", "2017-Q1": its start) or a date dateparser reads."""
    if isinstance(value, str):
        interval = interval_of(value.strip())
        if interval is not None:
            return interval.begin
    elif not isinstance(value, (_dt.date, _dt.datetime)):
        raise TypeError(f"between(): a bound must be a date, datetime or str, not {type(value).__name__}: {value!r}")
    from .reference import parse_date

    try:
        return parse_date(value)
    except DateError:
        raise DateError(
            f"between(): cannot read the bound {value!r}: give a date such as '2017-03-17' or a value such as '2016-12'"
        ) from None


def _order_key(indexed: tuple[int, Event]) -> tuple[_dt.datetime, int, int]:
    index, event = indexed
    interval = event.when.interval
    assert interval is not None
    return (interval.begin, int(interval.granularity), event.when.start)


@frozen
class Timeline(Sequence[Event]):
    """An immutable, time-ordered sequence of :class:`Event`.

    Ordered by the interval's begin, coarser granularity first on ties, then text order.
    Indexing gives an :class:`Event`, slicing a :class:`Timeline`.

    >>> import chronos
    >>> tl = chronos.timeline("Talks resume on March 20. They broke off in 2013.", dct="2017-03-17")
    >>> [e.when.text for e in tl], len(tl[:1])
    (['2013', 'March 20'], 1)
    """

    events: tuple[Event, ...] = field(converter=tuple)
    reference: Reference = field(factory=Reference.none)

    def __len__(self) -> int:
        return len(self.events)

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)

    @overload
    def __getitem__(self, index: int) -> Event: ...

    @overload
    def __getitem__(self, index: slice) -> "Timeline": ...

    def __getitem__(self, index: Union[int, slice]) -> Union[Event, "Timeline"]:
        if isinstance(index, slice):
            return Timeline(self.events[index], self.reference)
        return self.events[index]

    @property
    def dct(self) -> Optional[_dt.datetime]:
        """The reference date the timeline was resolved against, if known."""
        return self.reference.date

    def between(
        self,
        start: Union[_dt.date, _dt.datetime, str, None] = None,
        end: Union[_dt.date, _dt.datetime, str, None] = None,
    ) -> "Timeline":
        """The events whose interval overlaps ``[start, end)``; ``None`` leaves a side open.

        >>> import chronos
        >>> tl = chronos.timeline("It was built in 1998. It opened in March 2001.", dct="2017-03-17")
        >>> [e.when.value for e in tl.between("2000-01-01", "2010-01-01")]
        ['2001-03']
        >>> [e.when.value for e in tl.between("1998", "1999")]
        ['1998']
        """
        lo = _bound(start) if start is not None else None
        hi = _bound(end) if end is not None else None
        if lo is not None and hi is not None and hi < lo:
            raise ValueError(f"between(): end {end!r} is before start {start!r}")
        kept = [
            e
            for e in self.events
            if e.when.interval is not None
            and (hi is None or e.when.interval.begin < hi)
            and (lo is None or e.when.interval.end > lo)
        ]
        return Timeline(kept, self.reference)

    def to_records(self) -> list[dict[str, Any]]:
        """A JSON-ready list of dicts, one per event.

        >>> import chronos
        >>> chronos.timeline("It opened in March 2001.", dct="2017-03-17").to_records()[0]["value"]
        '2001-03'
        """
        return [event_record(e) for e in self.events]

    def plot(self, ax: Any = None, **options: Any) -> Any:
        """Draw the chronology on ``ax`` (a new Figure's Axes if None) and return the Axes.

        The options (``title``, ``fontsize``, ``max_label``, ``breaks``, ``legend``, ``width``)
        are those of :func:`chronos.plotting.draw`.

        >>> import chronos
        >>> ax = chronos.timeline("It opened in March 2001.", dct="2017-03-17").plot(title="Opening")
        >>> ax.get_title(loc="left")
        'Opening'
        """
        from .plotting import draw

        return draw(self, ax=ax, **options)

    def save(self, path: Any, dpi: float = 150, **options: Any) -> None:
        """Write the chronology as PNG, SVG or PDF (by the suffix of ``path``), without pyplot.

        The options are those of :func:`chronos.plotting.figure`; another suffix is a
        :class:`~chronos.ChronosError`.

        >>> import chronos
        >>> chronos.timeline("It opened in March 2001.", dct="2017-03-17").save("opening.png")  # doctest: +SKIP
        """
        from .plotting import save

        save(self, path, dpi=dpi, **options)

    def __repr__(self) -> str:
        head = f"Timeline({len(self)} events"
        if self.reference.date is not None:
            head += f", dct={self.reference.date.date().isoformat()} ({self.reference.source})"
        lines = [head + ")"]
        lines += [f"  {e}" for e in self.events]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        """The events as an HTML table (what a notebook shows)."""
        from .plotting import timeline_html

        return timeline_html(self)

    def _repr_png_(self) -> bytes:
        """The chronology figure as PNG bytes."""
        from .plotting import timeline_png

        return timeline_png(self)


def expression_record(expr: TimeExpression) -> dict[str, Any]:
    """A JSON-ready dict for one :class:`TimeExpression`."""
    interval = expr.interval
    return {
        "text": expr.text,
        "start": expr.start,
        "end": expr.end,
        "type": expr.type,
        "value": expr.value,
        "mod": expr.mod,
        "begin": interval.begin.isoformat() if interval else None,
        "end_time": interval.end.isoformat() if interval else None,
        "granularity": interval.granularity.name.lower() if interval else None,
    }


def event_record(event: Event) -> dict[str, Any]:
    """A JSON-ready dict for one :class:`Event`."""
    record = expression_record(event.when)
    record["label"] = event.label
    record["sentence"] = event.sentence
    return record


#: the label of the date in a dateline
DATELINE_LABEL = "report filed (dateline)"

#: a run-on "sentence" (no punctuation for pages) is cut to this many characters around the expression
MAX_SENTENCE = 600


def _sentence(doc: Document, expr: TimeExpression) -> str:
    start, end = doc.sentence_at(expr.start)
    if end - start > MAX_SENTENCE:
        half = (MAX_SENTENCE - len(expr.text)) // 2
        start, end = max(start, expr.start - half), min(end, expr.end + half)
    return doc.text[start:end].strip()


def build_timeline(doc: Document, expressions: Sequence[TimeExpression], reference: Reference) -> Timeline:
    """One :class:`Event` per expression that has an interval, in time order."""
    from .reference import find_dateline

    dateline = find_dateline(doc.text)
    events = []
    for expr in expressions:
        if expr.interval is None or expr.type not in ("DATE", "TIME"):
            continue
        if dateline is not None and dateline.start <= expr.start < dateline.end:
            label = DATELINE_LABEL  # "MOSCOW, March 17. /TASS/." says when the report was filed
        else:
            label = doc.label_for(expr.start, expr.end)
        events.append(Event(expr, _sentence(doc, expr), label))
    ordered = [e for _, e in sorted(enumerate(events), key=_order_key)]
    return Timeline(ordered, reference)
