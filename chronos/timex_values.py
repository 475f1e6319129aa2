"""TIMEX3 values <-> concrete intervals, and the calendar arithmetic the resolver needs.

>>> interval_of("2016-12").begin, interval_of("2016-12").end
(datetime.datetime(2016, 12, 1, 0, 0), datetime.datetime(2017, 1, 1, 0, 0))
>>> interval_of("2017-Q1").granularity.name, interval_of("XXXX-12") is None
('QUARTER', True)
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from functools import lru_cache
from typing import Optional

from .model import Granularity, Interval

__all__ = ["interval_of", "add_months", "format_duration", "join_durations", "easter", "rosh_hashanah", "nth_weekday", "SEASON_MONTHS"]

#: season code -> (first month, months long); winter starts in December of the named year
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

_PART_HOURS = {"MO": (6, 12), "MI": (11, 13), "AF": (12, 18), "EV": (18, 22), "NI": (20, 30), "DT": (8, 18)}

_VALUE = re.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|W(?P<w>\d{2})(?P<we>-WE)?|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?"
    r"(?:T(?:(?P<hh>\d{2})(?::(?P<mi>\d{2}))?|(?P<part>MO|MI|AF|EV|NI|DT)))?$"
    r"|(?P<dec>\d{3})$|(?P<cen>\d{2})$"
)


def add_months(day: _dt.date, months: int) -> _dt.date:
    """``day`` moved by whole months, clamped to the month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise OverflowError(year)
    return _dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _dt_of(day: _dt.date, hour: int = 0) -> _dt.datetime:
    return _dt.datetime(day.year, day.month, day.day) + _dt.timedelta(hours=hour)


@lru_cache(maxsize=4096)  # intervals are immutable values: sharing them is safe across threads
def interval_of(value: str) -> Optional[Interval]:
    """The interval a fully specified TIMEX3 date or time value denotes, else ``None``."""
    m = _VALUE.match(value)
    if not m:
        return None
    try:
        return _interval(m)
    except (ValueError, OverflowError):
        return None


def _interval(m: "re.Match[str]") -> Optional[Interval]:
    if m["cen"]:
        c = int(m["cen"])
        return Interval(_dt.datetime(max(1, c * 100), 1, 1), _dt.datetime(c * 100 + 100, 1, 1), Granularity.CENTURY)
    if m["dec"]:
        d = int(m["dec"])
        return Interval(_dt.datetime(max(1, d * 10), 1, 1), _dt.datetime(d * 10 + 10, 1, 1), Granularity.DECADE)
    year = int(m["y"])
    if year < 1:
        return None
    start = _dt.date(year, 1, 1)
    if m["m"]:
        start = _dt.date(year, int(m["m"]), int(m["d"] or 1))
        if m["d"]:
            if m["part"]:
                lo, hi = _PART_HOURS[m["part"]]
                return Interval(_dt_of(start, lo), _dt_of(start, hi), Granularity.PART_OF_DAY)
            if m["hh"]:
                hour = int(m["hh"])
                begin = _dt_of(start, hour) + _dt.timedelta(minutes=int(m["mi"] or 0))
                if m["mi"]:
                    return Interval(begin, begin + _dt.timedelta(minutes=1), Granularity.MINUTE)
                return Interval(begin, begin + _dt.timedelta(hours=1), Granularity.HOUR)
            return Interval(_dt_of(start), _dt_of(start + _dt.timedelta(days=1)), Granularity.DAY)
        return Interval(_dt_of(start), _dt_of(add_months(start, 1)), Granularity.MONTH)
    if m["w"]:
        monday = _dt.date.fromisocalendar(year, int(m["w"]), 1)
        if m["we"]:
            sat = monday + _dt.timedelta(days=5)
            return Interval(_dt_of(sat), _dt_of(sat + _dt.timedelta(days=2)), Granularity.DAY)
        return Interval(_dt_of(monday), _dt_of(monday + _dt.timedelta(days=7)), Granularity.WEEK)
    if m["q"]:
        first = _dt.date(year, 3 * int(m["q"]) - 2, 1)
        return Interval(_dt_of(first), _dt_of(add_months(first, 3)), Granularity.QUARTER)
    if m["h"]:
        first = _dt.date(year, 6 * int(m["h"]) - 5, 1)
        return Interval(_dt_of(first), _dt_of(add_months(first, 6)), Granularity.HALF)
    if m["s"]:
        first = _dt.date(year, SEASON_MONTHS[m["s"]], 1)
        return Interval(_dt_of(first), _dt_of(add_months(first, 3)), Granularity.SEASON)
    return Interval(_dt_of(start), _dt_of(_dt.date(year + 1, 1, 1)) if year < 9999 else _dt.datetime.max, Granularity.YEAR)


def _number(amount: float) -> str:
    """Digits, never an exponent: ``2.5``, ``233333333333.3`` (TIMEX3 has no ``e+11``)."""
    if float(amount).is_integer():
        return str(int(amount))
    digits = repr(round(float(amount), 6))
    return f"{amount:.6f}".rstrip("0") if "e" in digits else digits


_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}


def format_duration(amount: Optional[float], unit: str) -> str:
    """A TIMEX3 duration: ``format_duration(5, "Y") == "P5Y"``; ``None`` amount gives ``PXY``.

    >>> format_duration(2.5, "Y"), format_duration(24, "H"), format_duration(None, "W"), format_duration(2, "DE")
    ('P2Y6M', 'PT24H', 'PXW', 'P20Y')
    """
    if unit == "DE":
        unit, amount = "Y", None if amount is None else amount * 10
    elif unit == "CE":
        unit, amount = "Y", None if amount is None else amount * 100
    elif unit == "ML":
        unit, amount = "Y", None if amount is None else amount * 1000
    elif unit == "WE":
        unit, amount = "D", None if amount is None else amount * 2
    time_unit = unit in ("H", "MIN", "S")
    letter = "M" if unit == "MIN" else unit
    prefix = "PT" if time_unit else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    whole, frac = divmod(float(amount), 1)
    if frac and unit in _SMALLER:
        small, factor = _SMALLER[unit]
        rest = frac * factor
        if float(rest).is_integer():
            small_letter = "M" if small == "MIN" else small
            if whole == 0:
                return format_duration(rest, small)
            if small in ("H", "MIN", "S") and not time_unit:
                return f"P{int(whole)}{letter}T{int(rest)}{small_letter}"
            return f"{prefix}{int(whole)}{letter}{int(rest)}{small_letter}"
    return f"{prefix}{_number(amount)}{letter}"


def join_durations(first: str, second: str) -> Optional[str]:
    """One duration of two, the larger unit first; ``None`` when they do not join so.

    >>> join_durations("P3Y", "P4M"), join_durations("PT24H", "PT39M"), join_durations("P2D", "PT5H")
    ('P3Y4M', 'PT24H39M', 'P2DT5H')
    >>> join_durations("P4M", "P3Y") is None
    True
    """
    date1, _, time1 = first[1:].partition("T")
    date2, _, time2 = second[1:].partition("T")
    letters = [c for c in date1 + date2 if c.isalpha()] + [c.lower() for c in time1 + time2 if c.isalpha()]
    order = "YMWDhms"
    if "X" in first + second or len(set(letters)) < len(letters) or letters != sorted(letters, key=order.index):
        return None
    return "P" + date1 + date2 + ("T" + time1 + time2 if time1 or time2 else "")


def easter(year: int) -> _dt.date:
    """Gregorian Easter Sunday (the anonymous Gregorian computus).

    >>> easter(2000), easter(2017)
    (datetime.date(2000, 4, 23), datetime.date(2017, 4, 16))
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return _dt.date(year, month, day + 1)


def rosh_hashanah(year: int) -> _dt.date:
    """The first day of the Hebrew year that begins in the autumn of Gregorian ``year`` (1 Tishrei),
    by the arithmetic of the fixed Hebrew calendar (molad of Tishrei and its postponements).

    >>> rosh_hashanah(2019), rosh_hashanah(2021), rosh_hashanah(2024)
    (datetime.date(2019, 9, 30), datetime.date(2021, 9, 7), datetime.date(2024, 10, 3))
    """
    def elapsed(hebrew_year: int) -> int:  # days from the epoch to the molad of Tishrei, postponed
        months = (235 * hebrew_year - 234) // 19
        days = 29 * months + (12084 + 13753 * months) // 25920
        return days + 1 if (3 * (days + 1)) % 7 < 3 else days

    hebrew_year = year + 3761
    before, this, after = elapsed(hebrew_year - 1), elapsed(hebrew_year), elapsed(hebrew_year + 1)
    correction = 2 if after - this == 356 else 1 if this - before == 382 else 0
    return _dt.date.fromordinal(_HEBREW_EPOCH + this + correction)


_HEBREW_EPOCH = -1373427  # the proleptic Gregorian ordinal of 1 Tishrei, year 1, less one day


def nth_weekday(year: int, month: int, weekday: int, n: int, earliest: int = 1) -> _dt.date:
    """The ``n``-th ISO ``weekday`` (1 = Monday) of a month on or after day ``earliest``; ``n=-1``
    for the last one.

    >>> nth_weekday(1999, 11, 4, 4), nth_weekday(1998, 11, 2, 1, earliest=2), nth_weekday(2017, 5, 1, -1)
    (datetime.date(1999, 11, 25), datetime.date(1998, 11, 3), datetime.date(2017, 5, 29))
    """
    if n < 0:
        last = _dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - _dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    first = _dt.date(year, month, earliest)
    return first + _dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
