"""The reference time: the date that relative expressions ("last year") are resolved against.

The caller's ``dct`` wins; without one, chronos looks for a dateline in the text (see
:func:`establish`).

>>> parse_date("March 17, 2017")
datetime.datetime(2017, 3, 17, 0, 0)
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Union

from .errors import DateError
from .model import Reference

if TYPE_CHECKING:
    from .text import Document

__all__ = ["parse_date", "establish"]

DateLike = Union[_dt.date, _dt.datetime, str]

_DATEPARSER_SETTINGS = {
    # a dct must name a whole day: never fill a missing day or year from today's date
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_LOCALE_DATE_ORDER": True,
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


def establish(doc: "Document", dct: Union[DateLike, None]) -> Reference:
    """The reference for a document: the caller's ``dct`` if given, else what the text says.

    >>> from chronos.text import Document
    >>> establish(Document("Anything."), "2017-03-17").source
    'given'
    """
    if dct is not None:
        return Reference.given(parse_date(dct))
    return Reference.none()
