"""Exceptions raised by chronos.

Every error a user can trigger is a :class:`ChronosError` (a :class:`ValueError`), or a plain
:class:`TypeError` for an argument of the wrong type, and its message quotes the bad input.

>>> import chronos
>>> try:
...     chronos.extract("It rained.", dct="the day after never")
... except chronos.DateError as exc:
...     print(exc)
cannot read the document date 'the day after never': give a date such as '2017-03-17' or 'March 17, 2017'
"""

from __future__ import annotations

__all__ = ["ChronosError", "DateError"]


class ChronosError(ValueError):
    """Base class of chronos's own errors; catch it, or ``ValueError``."""


class DateError(ChronosError):
    """A date given to chronos (such as ``dct``) cannot be read or is out of range."""
