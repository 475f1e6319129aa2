"""Check TIMEX3 ``value`` strings against the value grammar of TimeML 1.2.1.

Points in time (DATE, TIME) are ISO 8601 calendar dates at any precision, with ``X`` for an
unknown digit, and the TimeML extensions; lengths of time (DURATION) are ISO 8601 durations with
``X`` for an unknown number; a SET uses either grammar (``P1W``, ``XXXX-WXX-1``).

=============================  ==============================================================
point values                   ``2017``, ``2017-03``, ``2017-03-17``, ``XXXX-12``, ``XXXX-XX-17``
decade, century, millennium    ``199X`` or ``199``, ``19XX`` or ``19``, ``1``
weeks, weekends, week days     ``2017-W11``, ``2017-W11-5``, ``2017-W11-WE``, ``XXXX-WXX-1``
seasons, quarters, halves      ``2017-SP`` (``SU`` ``FA`` ``WI``), ``2017-Q1`` .. ``Q4``, ``2017-H1``
times, parts of the day        ``2017-03-17T10``, ``T10:15``, ``T10:15:30``, ``TMO`` (``MI`` ``AF`` ``EV`` ``NI`` ``DT``)
years before the common era   ``BC0044``, ``BC0049-01`` (the ``BC`` prefix of TIMEX2, kept by taggers for TIMEX3)
references                     ``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``
durations                      ``P5Y``, ``P2W``, ``P1.5Y``, ``PT24H``, ``P1DT2H``, ``PXY``, ``PXD``
=============================  ==============================================================

Durations also take the TimeML units ``Q`` (quarter), ``E`` (decade), ``C`` (century) and
``L`` (millennium). Fields are range-checked: month 01-12, a day that exists in its month
(``2017-02-30`` is invalid, ``XXXX-02-29`` is fine), ISO week 01-53 (53 only in years that have
it), hour 00-24 (24 only as ``T24`` or ``T24:00``), minute and second 00-59.

>>> is_valid_value("2016-12"), is_valid_value("2017-02-30"), is_valid_value("P1DT2H", "DURATION")
(True, False, True)
>>> check_value("2017-13")
Traceback (most recent call last):
...
chronos.errors.ChronosError: invalid TIMEX3 value '2017-13': month 13 is not in 01-12
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from typing import Optional

from .errors import ChronosError
from .model import TIMEX_TYPES

__all__ = ["is_valid_value", "check_value", "REFERENCE_VALUES"]

#: The three TimeML values that stand for a vague past, present or future.
REFERENCE_VALUES = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")

_YEAR = r"(?P<year>\d{4}|\d{3}X|\d{2}XX|\dXXX|XXXX)"

#: The shapes of the date part of a point value; the named fields are range-checked afterwards.
_DATE = re.compile(
    rf"""\d{{1,3}}                                          # millennium, century, decade
      | {_YEAR}(?:
            -(?P<month>\d\d|XX)(?:-(?P<day>\d\d|XX))?
          | -W(?P<week>\d\d|XX)(?:-WE|-(?P<weekday>[1-7]))?
          | -(?:SP|SU|FA|WI|Q[1-4X]|H[12X])
        )?""",
    re.VERBOSE | re.ASCII,
)
#: The time of day after the ``T`` (only after a day: ``2017-03-17T10:15``, ``XXXX-WXX-1TNI``).
_TIME = re.compile(
    r"(?P<hour>\d\d)(?::(?P<minute>\d\d)(?::(?P<second>\d\d)(?:\.\d+)?)?)?(?:Z|[+-]\d\d(?::?\d\d)?)?"
    r"|MO|MI|AF|EV|NI|DT",
    re.ASCII,
)

#: Duration units in the order they must appear, largest first.
_DATE_UNITS = "LCEYQMWD"
_TIME_UNITS = "HMS"
_DURATION = re.compile(
    r"P(?P<date>(?:(?:\d+(?:\.\d+)?|X)[A-Z])*)(?:T(?P<time>(?:(?:\d+(?:\.\d+)?|X)[A-Z])+))?", re.ASCII
)
_COMPONENT = re.compile(r"(\d+(?:\.\d+)?|X)([A-Z])", re.ASCII)

#: Inclusive ranges of the fields of a point value.
_RANGES = {
    "month": (1, 12),
    "day": (1, 31),
    "week": (1, 53),
    "hour": (0, 24),
    "minute": (0, 59),
    "second": (0, 59),
}


def _duration_problem(value: str) -> Optional[str]:
    match = _DURATION.fullmatch(value)
    if match is None or value in ("P", "PT") or value.endswith("T"):
        return "not a duration such as 'P5Y', 'P1DT2H' or 'PXD'"
    components = []
    for part, units in ((match["date"], _DATE_UNITS), (match["time"] or "", _TIME_UNITS)):
        last = -1
        for number, unit in _COMPONENT.findall(part):
            if unit not in _DATE_UNITS + _TIME_UNITS:
                return f"unknown duration unit {unit!r}"
            if unit not in units:
                where = "after 'T'" if units is _TIME_UNITS else "before 'T'"
                return f"unit {unit!r} cannot stand {where}"
            if units.index(unit) <= last:
                return f"unit {unit!r} is repeated or out of order"
            last = units.index(unit)
            components.append(number)
    if any("." in number for number in components[:-1]):
        return "only the last component of a duration may have a fraction"
    return None


def _point_problem(value: str) -> Optional[str]:
    if value in REFERENCE_VALUES:
        return None
    date, has_time, time = value.partition("T")
    date_match = _DATE.fullmatch(date[2:] if date.startswith("BC") and date[2:3].isdigit() else date)
    time_match = _TIME.fullmatch(time) if has_time else None
    if date_match is None or (has_time and time_match is None):
        return "not a date, week, season, quarter or time such as '2017-03-17' or 'XXXX-WXX-1'"
    fields = {k: v for m in (date_match, time_match) if m for k, v in m.groupdict().items() if v}
    if has_time and "day" not in fields and "weekday" not in fields:
        return "a time of day must follow a day such as '2017-03-17' or 'XXXX-WXX-1'"
    for name, (low, high) in _RANGES.items():
        text = fields.get(name, "X")
        if "X" not in text and not low <= int(text) <= high:
            return f"{name} {text} is not in {low:02d}-{high:02d}"
    year, month, day = fields.get("year", "X"), fields.get("month", "X"), fields.get("day", "X")
    if "X" not in month + day:
        # a year not fully known may be a leap year
        if int(day) > calendar.monthrange(2000 if "X" in year else int(year), int(month))[1]:
            return f"day {day} does not exist in month {month}" + (f" of {year}" if "X" not in year else "")
    if fields.get("week") == "53" and "X" not in year:
        try:
            _dt.date.fromisocalendar(int(year), 53, 1)
        except ValueError:
            return f"year {year} has no ISO week 53"
    if fields.get("hour") == "24" and int(fields.get("minute", 0)) + int(fields.get("second", 0)) > 0:
        return "hour 24 is only valid as 24:00"
    return None


def _problem(value: object, type: Optional[str]) -> Optional[str]:
    if not isinstance(value, str):
        raise TypeError(f"a TIMEX3 value must be str, not {value.__class__.__name__}")
    if type is not None and type not in TIMEX_TYPES:
        raise ChronosError(f"type must be one of {', '.join(TIMEX_TYPES)} or None, not {type!r}")
    is_duration = value.startswith("P") and value not in REFERENCE_VALUES
    if type == "DURATION" and not is_duration:
        return "a DURATION value must be a duration such as 'P5Y'"
    if type in ("DATE", "TIME") and is_duration:
        return f"a {type} value must be a point in time, not a duration"
    if type == "SET" and value in REFERENCE_VALUES:
        return "a SET value must be a duration or a date such as 'P1W' or 'XXXX-WXX-1'"
    return _duration_problem(value) if is_duration else _point_problem(value)


def is_valid_value(value: str, type: Optional[str] = None) -> bool:
    """Whether ``value`` is a well-formed TIMEX3 value (for a TIMEX3 of ``type``, if given).

    ``type`` is ``"DATE"``, ``"TIME"`` (point values), ``"DURATION"`` (durations), ``"SET"``
    (either) or ``None`` (any).

    >>> [is_valid_value(v) for v in ("XXXX-WXX-1", "2017-W11-WE", "199X", "PRESENT_REF", "2017-02-29")]
    [True, True, True, True, False]
    >>> is_valid_value("P1W", "SET"), is_valid_value("P1W", "DATE")
    (True, False)
    """
    return _problem(value, type) is None


def check_value(value: str, type: Optional[str] = None) -> str:
    """Return ``value`` if it is a well-formed TIMEX3 value, else raise :class:`chronos.ChronosError`.

    The message quotes the value and says what is wrong with it.

    >>> check_value("XXXX-12")
    'XXXX-12'
    >>> check_value("P1M2Y")
    Traceback (most recent call last):
    ...
    chronos.errors.ChronosError: invalid TIMEX3 value 'P1M2Y': unit 'Y' is repeated or out of order
    """
    problem = _problem(value, type)
    if problem is not None:
        raise ChronosError(f"invalid TIMEX3 value {value!r}: {problem}")
    return value
