"""The reference time: the date that relative expressions ("last year") are resolved against.

The caller's ``dct`` wins; without one, chronos reads the document's date from a dateline at
the top of the text, inferring a missing year from the text when it can (see :func:`establish`
and docs/reference-time.md).

>>> parse_date("March 17, 2017")
datetime.datetime(2017, 3, 17, 0, 0)
>>> find_dateline("MOSCOW, March 17. /TASS/. Talks were held.")
Dateline(start=0, end=16, year=None, month=3, day=17, weekday=None, time=None)
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Optional, Union

from attrs import field, frozen

from .errors import DateError
from .grammar import en_datelines as _lex
from .grammar.en import MONTHS, WEEKDAYS
from .model import Granularity, Interval, Reference
from .resolve import after_background_word, resolve
from .tagger import Mention, tag
from .text import Document

__all__ = ["parse_date", "establish", "find_dateline", "infer_year", "Dateline", "Evidence"]

DateLike = Union[_dt.date, _dt.datetime, str]

_DATEPARSER_SETTINGS = {
    # a dct must name a whole day: never fill a missing day or year from today's date
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_LOCALE_DATE_ORDER": True,
    # no "relative-time" parser: "today" or "3 days ago" would silently depend on the clock
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
}


def parse_date(value: DateLike) -> _dt.datetime:
    """Read a document date: a ``date``, a ``datetime`` or a string naming a whole day.

    Strings are tried as ISO 8601 first, then with dateparser ("March 17, 2017",
    "17 March 2017"). Time-zone-aware datetimes are kept as their wall-clock time.

    >>> parse_date("2017-03-17T10:15:00")
    datetime.datetime(2017, 3, 17, 10, 15)
    >>> parse_date("2017")
    Traceback (most recent call last):
    ...
    chronos.errors.DateError: cannot read the document date '2017': give a date such as '2017-03-17' or 'March 17, 2017'
    """
    if isinstance(value, _dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, _dt.date):
        return _dt.datetime(value.year, value.month, value.day)
    if not isinstance(value, str):
        raise TypeError(
            f"dct must be a datetime.date, datetime.datetime or str, not {type(value).__name__}: {value!r}"
        )
    stripped = value.strip()
    try:
        return _dt.datetime.fromisoformat(stripped.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        pass
    parsed = None
    if stripped and len(stripped) < 200:
        import dateparser  # imported lazily: it costs about a second at import time

        try:
            parsed = dateparser.parse(stripped, languages=["en"], settings=_DATEPARSER_SETTINGS)
        except (ValueError, OverflowError):  # dateparser raises these for out-of-range fields
            parsed = None
    if parsed is None:
        raise DateError(
            f"cannot read the document date {value!r}: give a date such as '2017-03-17' or 'March 17, 2017'"
        )
    return parsed.replace(tzinfo=None)


#: One explicit date the text mentions and the tense of its clause ("past", "present",
#: "future" or None): the evidence :func:`infer_year` weighs.
Evidence = tuple[Interval, Optional[str]]


@frozen
class Dateline:
    """A date read from the top of a text: ``text[start:end]`` is the evidence.

    ``year`` is ``None`` for a dateline without one ("MOSCOW, March 17."); ``weekday`` is the ISO
    weekday (1 = Monday) the dateline names, if any; ``time`` the clock time, if any.
    """

    start: int
    end: int
    year: Optional[int]
    month: int
    day: int
    weekday: Optional[int] = None
    time: Optional[_dt.time] = None
    #: ``DAY``, or ``HOUR``/``MINUTE``/``SECOND`` as precise as the time the dateline gives
    granularity: Granularity = field(default=Granularity.DAY, converter=Granularity, repr=False)

    def in_year(self, year: int) -> _dt.datetime:
        """The dateline's moment in ``year`` (raises ValueError for February 29 in other years)."""
        return _dt.datetime.combine(_dt.date(year, self.month, self.day), self.time or _dt.time())


@lru_cache(maxsize=None)
def _line_patterns() -> tuple[tuple[str, "re.Pattern[str]"], ...]:
    return tuple(
        (name, re.compile(_lex.expand(_lex.LINE.replace("{DATE}", form)), re.MULTILINE))
        for name, form in _lex.DATE_FORMS
    )


_CLOCK = re.compile(r"(\d{1,2})(?::(\d\d)(?::(\d\d)(?:\.(\d{1,9}))?)?)?\s*(?:([ap])\.?m)?", re.IGNORECASE)


def _clock(text: Optional[str]) -> tuple[Optional[_dt.time], Granularity]:
    """The wall-clock time of "10:15", "10:15:30 GMT", "10 a.m." (a time zone is dropped)."""
    m = _CLOCK.match(text) if text else None
    if m is None:
        return None, Granularity.DAY
    hour, minute, second = int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)
    microsecond = int((m.group(4) or "0")[:6].ljust(6, "0"))
    if m.group(5):
        if not 1 <= hour <= 12:
            return None, Granularity.DAY
        hour = hour % 12 + (12 if m.group(5).lower() == "p" else 0)
    precision = Granularity.SECOND if m.group(3) else Granularity.MINUTE if m.group(2) else Granularity.HOUR
    return _dt.time(hour, minute, second, microsecond), precision


def _month_day(form: str, m: "re.Match[str]") -> Optional[tuple[int, int]]:
    """(month, day) of a match, or None when a numeric date is ambiguous ("03/04/2017")."""
    if form == "numeric":
        first, second = int(m.group("n1")), int(m.group("n2"))
        if not (1 <= first <= 31 and 1 <= second <= 31):
            return None
        if second <= 12 and (first > 12 or first == second):
            return second, first  # 17/03/2017: day first (or it does not matter: 03/03/2017)
        if first <= 12 < second:
            return first, second  # 03/17/2017: month first
        return None  # 03/04/2017: ambiguous; 13/13/2013: no date
    if form in ("iso", "year_month_day"):
        return int(m.group("mm")), int(m.group("dd"))
    return MONTHS[m.group("month").lower()], int(m.group("day"))


def _read(form: str, m: "re.Match[str]") -> Optional[Dateline]:
    """The :class:`Dateline` a line match names, or None if it is no real date."""
    month_day = _month_day(form, m)
    if month_day is None:
        return None
    month, day = month_day
    year = int(m.group("year")) if "year" in m.re.groupindex and m.group("year") else None
    if day > calendar.monthrange(year if year is not None else 2000, month)[1]:  # 2000: Feb 29 may exist
        return None
    groups = m.groupdict()
    time, granularity = _clock(groups.get("isotime") or groups.get("time") or groups.get("time_before"))
    weekday = WEEKDAYS[groups["weekday"].lower()] if groups.get("weekday") else None
    start = m.start(_first_group(m))
    while m.string[start] in " \t":
        start += 1
    return Dateline(start, m.end(), year, month, day, weekday, time, granularity)


def _first_group(m: "re.Match[str]") -> Union[int, str]:
    """The group the evidence starts with: the label or place if any, else the whole match."""
    for name in ("label", "place"):
        if m.group(name) is not None:
            return name
    return 0


def _head_lines(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of the lines a dateline may be on: near the top, furniture skipped.

    A line is cut at ``2 * HEAD_CHARS`` characters (a dateline is short), which bounds the work.
    """
    counted, start, limit = 0, 0, 2 * _lex.HEAD_CHARS
    while start < len(text) and start < _lex.HEAD_CHARS and counted < _lex.HEAD_LINES:
        end = text.find("\n", start, start + limit)
        end = min(len(text), start + limit) if end < 0 else end
        line = text[start:end].strip()
        if line and not _is_boilerplate(line):
            counted += 1
            yield start, end
        start = end + 1


def _is_boilerplate(line: str) -> bool:
    lowered = line.lower()
    return lowered.strip(" \t.:;|·•-–—") in _lex.BOILERPLATE or lowered.startswith(_lex.BOILERPLATE_PREFIXES)


def find_dateline(text: str) -> Optional[Dateline]:
    r"""The dateline or timestamp at the top of ``text``, if there is one.

    See :mod:`chronos.grammar.en_datelines` for where and in which forms a date counts.

    >>> find_dateline("Published: Friday, March 17, 2017 10:15 GMT\nTalks were held.")
    Dateline(start=0, end=43, year=2017, month=3, day=17, weekday=5, time=datetime.time(10, 15))
    >>> find_dateline("WASHINGTON (AP) -- Talks were held on March 17, 2017.") is None
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    patterns = _line_patterns()
    for start, end in _head_lines(text):
        for form, pattern in patterns:
            for m in pattern.finditer(text, start, end):
                found = _read(form, m)
                if found is not None:
                    return found
    return None


def _years_mentioned(mentions: Iterable[Evidence]) -> list[int]:
    return [iv.begin.year for iv, _ in mentions if iv.granularity >= Granularity.YEAR]


def infer_year(month: int, day: int, mentions: Iterable[Evidence], weekday: Optional[int] = None) -> Optional[int]:
    """The year of a yearless dateline (``month``/``day``), when the text's explicit dates fix it.

    ``mentions`` are the explicit dates of the text with the tense of their clause. A year Y is
    *consistent* when month/day exists in Y, the dateline's ``weekday`` (ISO, 1 = Monday) if any
    falls on it, every past-tense mention begins on or before that day and every future-tense
    one ends after it. The answer is the smallest consistent Y among L and L + 1, where L is the
    latest year named in a past-tense mention; else, with a weekday, the only consistent year
    within 10 years of a year the text names; else None (no guessing).

    >>> from datetime import datetime as d
    >>> nov_2016 = Interval(d(2016, 11, 1), d(2016, 12, 1), Granularity.MONTH)
    >>> infer_year(3, 17, [(nov_2016, "past")])
    2017
    >>> infer_year(3, 17, [(nov_2016, "future")]) is None
    True
    """
    mentions = list(mentions)
    past = [iv for iv, tense in mentions if tense == "past"]
    future = [iv for iv, tense in mentions if tense == "future"]

    def consistent(year: int) -> bool:
        try:
            day_start = _dt.datetime(year, month, day)
            day_end = day_start + _dt.timedelta(days=1)
        except (ValueError, OverflowError):  # no such day; the last day of year 9999
            return False
        return (
            (weekday is None or day_start.isoweekday() == weekday)
            and all(iv.begin < day_end for iv in past)
            and all(iv.end > day_start for iv in future)
        )

    past_years = _years_mentioned((iv, "past") for iv in past)
    if past_years:
        latest = max(past_years)
        for year in range(latest, latest + _lex.RECENT_YEARS + 1):
            if consistent(year):
                return year
    if weekday is not None:
        named = _years_mentioned(mentions)
        low, high = _lex.YEAR_RANGE
        candidates = [
            y for y in range(low, high + 1)
            if consistent(y) and (not named or any(abs(y - n) <= _lex.WEEKDAY_WINDOW for n in named))
        ]
        if len(candidates) == 1:
            return candidates[0]
    return None


def _mentions(doc: Document, dateline: Dateline, mentions: Optional[Sequence[Mention]] = None) -> list[Evidence]:
    """The text's explicit dates (those that resolve without a reference) and their tense."""
    found = []
    for expr in resolve(doc, tag(doc.text) if mentions is None else mentions, Reference.none(), anchor="news"):
        if expr.interval is None or expr.type not in ("DATE", "TIME") or not expr.value[:4].isdigit():
            continue
        if expr.start < dateline.end and expr.end > dateline.start:
            continue  # the dateline itself
        if after_background_word(doc.text, expr.start):
            continue  # "the first win since 1966" says nothing of when the text was written
        found.append((expr.interval, doc.tense_at(expr.start, expr.end)))
    return found


def establish(doc: Document, dct: Union[DateLike, None], *, mentions: Optional[Sequence[Mention]] = None) -> Reference:
    """The reference for a document: the caller's ``dct`` if given, else what the text says.

    Without ``dct``: a dated dateline gives source ``"dateline"``; a yearless one gives
    ``"inferred"`` when :func:`infer_year` finds the year, else a reference with ``date=None``
    and only ``month``/``day``; no dateline gives :meth:`Reference.none`. ``mentions`` are the
    text's tagged expressions (:func:`chronos.tagger.tag`), if the caller has them already.

    >>> from chronos.text import Document
    >>> establish(Document("Anything."), "2017-03-17").source
    'given'
    >>> ref = establish(Document("NEW YORK, Jan. 8, 1998 (Reuters) - Shares fell."), None)
    >>> ref.date, ref.source, ref.span
    (datetime.datetime(1998, 1, 8, 0, 0), 'dateline', (0, 22))
    """
    if dct is not None:
        return Reference.given(parse_date(dct))
    dateline = find_dateline(doc.text)
    if dateline is None:
        return Reference.none()
    span = (dateline.start, dateline.end)
    if dateline.year is not None:
        return Reference(dateline.in_year(dateline.year), dateline.granularity, "dateline", span,
                         dateline.month, dateline.day)
    year = infer_year(dateline.month, dateline.day, _mentions(doc, dateline, mentions), dateline.weekday)
    if year is None:
        return Reference(None, dateline.granularity, "dateline", span, dateline.month, dateline.day)
    return Reference(dateline.in_year(year), dateline.granularity, "inferred", span, dateline.month, dateline.day)
