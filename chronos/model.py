"""Value classes: what chronos finds and returns.

All are immutable attrs classes, so they hash, compare and can be shared between threads.

>>> from datetime import datetime
>>> iv = Interval(datetime(2016, 12, 1), datetime(2017, 1, 1), Granularity.MONTH)
>>> expr = TimeExpression("last December", 10, 23, "DATE", "2016-12", interval=iv)
>>> expr.value, expr.interval.granularity.name
('2016-12', 'MONTH')
"""

from __future__ import annotations

import datetime as _dt
import enum
from typing import Optional

from attrs import field, frozen
from attrs.validators import in_, instance_of, optional

__all__ = [
    "Granularity",
    "Interval",
    "TimeExpression",
    "Reference",
    "Event",
    "TIMEX_TYPES",
    "TIMEX_MODS",
    "REFERENCE_SOURCES",
]

#: The four TIMEX3 types.
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")

#: TIMEX3 ``mod`` values (TimeML 1.2.1).
TIMEX_MODS = (
    "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
    "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX",
)

#: How the reference time (document creation time) was obtained.
REFERENCE_SOURCES = ("given", "dateline", "inferred", "none")


class Granularity(enum.IntEnum):
    """How precise a date is; a smaller number is coarser.

    >>> Granularity.YEAR < Granularity.DAY
    True
    """

    MILLENNIUM = 0
    CENTURY = 1
    DECADE = 2
    YEAR = 3
    HALF = 4
    QUARTER = 5
    SEASON = 6
    MONTH = 7
    WEEK = 8
    DAY = 9
    PART_OF_DAY = 10
    HOUR = 11
    MINUTE = 12
    SECOND = 13


@frozen
class Interval:
    """A half-open stretch of time ``[begin, end)`` and the granularity it was named at.

    >>> from datetime import datetime
    >>> year = Interval(datetime(2016, 1, 1), datetime(2017, 1, 1), Granularity.YEAR)
    >>> datetime(2016, 7, 4) in year, datetime(2017, 1, 1) in year
    (True, False)
    """

    begin: _dt.datetime
    end: _dt.datetime
    granularity: Granularity = field(converter=Granularity)

    def __attrs_post_init__(self) -> None:
        # checked in one pass, like TimeExpression (one is built for every date found)
        for name in ("begin", "end"):
            if not isinstance(getattr(self, name), _dt.datetime):
                raise TypeError(f"Interval.{name} must be a datetime, not {getattr(self, name)!r}")
        if self.end <= self.begin:
            raise ValueError(f"interval end {self.end!r} must be after its begin {self.begin!r}")

    def __contains__(self, moment: object) -> bool:
        if isinstance(moment, _dt.datetime):
            return self.begin <= moment < self.end
        if isinstance(moment, _dt.date):
            return self.begin <= _dt.datetime(moment.year, moment.month, moment.day) < self.end
        return False

    @property
    def duration(self) -> _dt.timedelta:
        """``end - begin``."""
        return self.end - self.begin


@frozen
class TimeExpression:
    """A time expression found in a text, with its TIMEX3 normalization.

    ``text[start:end] == expr.text`` for the text it was found in. ``value`` is the TIMEX3 value
    (``2016-12``, ``PRESENT_REF``, ``P5Y``, ``XXXX-WXX-1``); ``interval`` is the concrete stretch
    of time a DATE or TIME denotes when it could be resolved, else ``None``.

    >>> import chronos
    >>> [e.value for e in chronos.extract("In November 2013 it was held.")]
    ['2013-11']
    """

    text: str
    start: int
    end: int
    type: str
    value: str
    mod: Optional[str] = None
    interval: Optional[Interval] = None
    freq: Optional[str] = field(default=None, kw_only=True)
    quant: Optional[str] = field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        # every field checked in one pass (one is built for every expression found; attrs
        # validators, one call per field, cost twice the construction)
        if not (isinstance(self.text, str) and isinstance(self.value, str)
                and isinstance(self.start, int) and isinstance(self.end, int)):
            for name, kind, article in (("text", str, "a"), ("value", str, "a"), ("start", int, "an"), ("end", int, "an")):
                if not isinstance(getattr(self, name), kind):
                    raise TypeError(f"TimeExpression.{name} must be {article} {kind.__name__}, not {getattr(self, name)!r}")
        if self.start < 0 or self.end - self.start != len(self.text):
            raise ValueError(f"span {self.start}:{self.end} does not fit the text {self.text!r} ({len(self.text)} characters)")
        if self.type not in TIMEX_TYPES:
            raise ValueError(f"TimeExpression.type must be one of {TIMEX_TYPES}, not {self.type!r}")
        if self.mod is not None and self.mod not in TIMEX_MODS:
            raise ValueError(f"TimeExpression.mod must be None or one of {TIMEX_MODS}, not {self.mod!r}")
        if self.interval is not None and not isinstance(self.interval, Interval):
            raise TypeError(f"TimeExpression.interval must be an Interval or None, not {self.interval!r}")

    @property
    def granularity(self) -> Optional[Granularity]:
        """The interval's granularity, or ``None`` when there is no interval."""
        return self.interval.granularity if self.interval is not None else None


@frozen
class Reference:
    """The time that relative expressions are resolved against (the document creation time).

    ``source`` says where it came from: ``given`` (the caller's ``dct``), ``dateline`` (read from
    the text), ``inferred`` (a dateline without a year, the year inferred from the text), or
    ``none``. ``span`` is the evidence in the text (start, end), if any. With an unknown year
    (dateline without year, no inference possible) ``date`` is ``None`` and ``month``/``day``
    keep what the dateline said.

    >>> Reference.none().source
    'none'
    """

    date: Optional[_dt.datetime] = field(default=None, validator=optional(instance_of(_dt.datetime)))
    granularity: Optional[Granularity] = field(default=None)
    source: str = field(default="none", validator=in_(REFERENCE_SOURCES))
    span: Optional[tuple[int, int]] = field(default=None)
    month: Optional[int] = field(default=None)
    day: Optional[int] = field(default=None)

    @classmethod
    def none(cls) -> "Reference":
        """No reference time: relative expressions stay underspecified."""
        return cls()

    @classmethod
    def given(cls, date: _dt.datetime) -> "Reference":
        """The caller's document date."""
        return cls(date, Granularity.DAY, "given", None, date.month, date.day)


@frozen
class Event:
    """One dated thing that happened (or will): the time expression and the text around it.

    ``sentence`` is the sentence the expression occurs in, ``label`` a short phrase (at most about
    80 characters, in the text's own words) saying what happened.

    >>> import chronos
    >>> ev = chronos.timeline("A previous meeting was held in November 2013.", dct="2017-03-17")[0]
    >>> ev.when.value, ev.label
    ('2013-11', 'previous meeting was held')
    """

    when: TimeExpression = field(validator=instance_of(TimeExpression))
    sentence: str = field(validator=instance_of(str))
    label: str = field(validator=instance_of(str))

    @property
    def begin(self) -> Optional[_dt.datetime]:
        """Start of the expression's interval."""
        return self.when.interval.begin if self.when.interval else None

    @property
    def end(self) -> Optional[_dt.datetime]:
        """End (exclusive) of the expression's interval."""
        return self.when.interval.end if self.when.interval else None

    def __str__(self) -> str:
        return f"{self.when.value:<12} {self.when.text!r:<22} {self.label}"

    def __repr__(self) -> str:
        """What the event says, in one line: value (with its mod), expression and label.

        >>> import chronos
        >>> chronos.timeline("A previous meeting was held in November 2013.", dct="2017-03-17")[0]
        Event(value='2013-11', text='November 2013', label='previous meeting was held')
        """
        mod = f", mod={self.when.mod!r}" if self.when.mod else ""
        return f"Event(value={self.when.value!r}{mod}, text={self.when.text!r}, label={self.label!r})"

    def _repr_html_(self) -> str:
        """A one-row HTML table (what a notebook shows)."""
        from .plotting import events_html

        return events_html([self])
