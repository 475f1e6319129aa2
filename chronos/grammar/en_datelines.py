"""English datelines and timestamps: where a news text states its own date, as data.

A dateline is looked for only at the top of a text: in the lines that start within the first
:data:`HEAD_CHARS` characters, at most :data:`HEAD_LINES` of them, not counting blank lines and
page furniture (:data:`BOILERPLATE`). In such a line, a date counts when it

* opens the line, after an optional place ("MOSCOW, March 17. /TASS/."), or
* follows a label (:data:`LABELS`: "Published: March 17, 2017", "By Ann Lee | Updated 17 March 2017"),

optionally after a weekday ("Friday, March 17, 2017") and followed by a time ("10:15 GMT"), and
the date must end the line or be followed by punctuation ("(Reuters)", ". /TASS/.", "--"), so
"March 20 talks to focus on Kurils" is a headline, not a dateline.

Each form in :data:`DATE_FORMS` is a regular expression written with ``{MACRO}`` placeholders
(:data:`MACROS`); months and weekdays come from :mod:`chronos.grammar.en`.

>>> import re
>>> form = dict(DATE_FORMS)["month_day_year"]
>>> re.fullmatch(expand(form), "Jan. 8, 1998").group("month", "day", "year")
('Jan', '8', '1998')
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from chronos.grammar.en import MONTHS, WEEKDAYS

__all__ = [
    "HEAD_CHARS", "HEAD_LINES", "BOILERPLATE", "BOILERPLATE_PREFIXES", "LABELS", "TIME_ZONES",
    "MACROS", "DATE_FORMS", "LINE", "YEAR_RANGE", "WEEKDAY_WINDOW", "RECENT_YEARS", "expand",
]

#: A dateline line must start within this many characters of the top of the text ...
HEAD_CHARS = 600
#: ... and be one of this many first lines (blank lines and boilerplate not counted).
HEAD_LINES = 8

#: Whole lines that are page furniture, compared in lower case without surrounding punctuation.
BOILERPLATE = frozenset({
    "all news", "news", "latest news", "breaking news", "top stories", "home", "menu", "search",
    "share", "share this", "share this article", "print", "email", "e-mail", "comments",
    "advertisement", "sponsored", "skip to content", "skip to main content", "read more",
    "more", "subscribe", "sign in", "log in", "follow us", "related", "related news", "video",
    "photo", "photos", "live", "world", "politics", "business", "economy", "sport", "sports",
    "opinion", "analysis", "culture", "science", "technology", "society", "military",
})

#: Line beginnings (lower case) that mark credits and furniture.
BOILERPLATE_PREFIXES = (
    "©", "(c) ", "copyright", "photo:", "photo by", "photos:", "image:", "image by", "file photo",
    "credit:", "source:", "advertisement", "share on", "follow us",
)

#: Words that introduce a timestamp; matched Capitalized or in CAPITALS only, so that
#: "the report, published on March 17, 2016" in a sentence is no timestamp.
LABELS = (
    "published", "first published", "updated", "last updated", "posted", "last modified",
    "modified", "date", "dated", "released", "issued", "filed", "created",
)

#: Time-zone names that may follow a time ("10:15 GMT"); the time is kept as wall-clock time.
TIME_ZONES = (
    "GMT", "UTC", "Z", "ET", "CT", "MT", "PT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST",
    "PDT", "BST", "CET", "CEST", "EET", "EEST", "MSK", "IST", "JST", "KST", "HKT", "SGT",
    "AEST", "AEDT",
)


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation over ``words``, longest first (so "sept" wins over "sep")."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _label_alternation(labels: tuple[str, ...]) -> str:
    forms = {variant for label in labels for variant in (label.capitalize(), label.upper())}
    return _alternation(forms)


def _time(name: str) -> str:
    """A clock time ("10:15", "10:15:30 GMT", "10 a.m.", "22:05+03:00") as the named group ``name``."""
    zones = _alternation(TIME_ZONES)
    return (
        rf"(?P<{name}>(?:[01]?[0-9]|2[0-3])"
        r"(?::[0-5][0-9](?::[0-5][0-9])?(?:[ \t]*(?i:[ap]\.?m\b\.?))?|[ \t]*(?i:[ap]\.?m\b\.?))"
        rf"(?:[ \t]*(?:{zones})\b(?:[+-][0-9]{{1,2}}(?::?[0-9]{{2}})?)?|[ \t]*[+-][0-9]{{2}}:?[0-9]{{2}})?)"
    )


#: ``{NAME}`` in a pattern below becomes this regular expression.
MACROS = {
    "MONTH": rf"(?P<month>(?i:{_alternation(MONTHS)}))\b\.?",
    "WEEKDAY": rf"(?P<weekday>(?i:{_alternation(WEEKDAYS)}))\b\.?",
    "NOT_WEEKDAY": rf"(?!(?i:{_alternation(WEEKDAYS)})\b)",
    "DAY": r"(?P<day>3[01]|[12][0-9]|0?[1-9])(?i:st|nd|rd|th)?(?![0-9])",
    "YEAR": r"(?P<year>[12][0-9]{3})(?![0-9])",
    "NO_YEAR": r"(?![ \t]*,?[ \t]*[12][0-9]{3}(?![0-9]))",
    "TIME": _time("time"),
    "TIME_BEFORE": _time("time_before"),
    "PLACE": r"(?P<place>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}(?:[ \t]*,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)?)?)",
    "LABEL": rf"(?P<label>{_label_alternation(LABELS)})",
}

#: The date forms, tried in this order (forms with a year first); named groups carry the meaning.
#: ``iso`` has its own time; ``numeric`` (d/m/yyyy or m/d/yyyy) counts only when unambiguous.
DATE_FORMS = [
    ("iso", r"(?P<year>[12][0-9]{3})-(?P<mm>0[1-9]|1[0-2])-(?P<dd>0[1-9]|[12][0-9]|3[01])"
            r"(?:[T ](?P<isotime>(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\.[0-9]{1,9})?)?)"
            r"(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?(?![0-9])"),
    ("year_month_day", r"(?P<year>[12][0-9]{3})(?P<sep>[/.])(?P<mm>0?[1-9]|1[0-2])(?P=sep)(?P<dd>0?[1-9]|[12][0-9]|3[01])(?![0-9])"),
    ("numeric", r"(?P<n1>[0-9]{1,2})(?P<sep>[/.-])(?P<n2>[0-9]{1,2})(?P=sep){YEAR}"),
    ("month_day_year", r"{MONTH}[ \t]*{DAY}(?:[ \t]*,[ \t]*|[ \t]+){YEAR}"),
    ("day_month_year", r"{DAY}[ \t]+(?:of[ \t]+)?{MONTH}(?:[ \t]*,[ \t]*|[ \t]+){YEAR}"),
    ("month_day", r"{MONTH}[ \t]*{DAY}(?!:){NO_YEAR}"),
    ("day_month", r"{DAY}[ \t]+(?:of[ \t]+)?{MONTH}{NO_YEAR}"),
]

#: The whole line around a date form (``{DATE}``): where it may start and what must follow it.
LINE = (
    r"(?:^[ \t]*(?:{NOT_WEEKDAY}{PLACE}[ \t]*,[ \t]*)?"                       # opens the line, maybe after a place
    r"|(?:^|[|·•—–,]|[ \t]-)[ \t]*{LABEL}[ \t]*:?[ \t]*(?:on[ \t]+)?"          # or follows a label
    r"(?:{TIME_BEFORE}[ \t]*,?[ \t]*)?)"                                               # "Updated 10:15 GMT, March 17"
    r"(?:{WEEKDAY}[ \t]*,?[ \t]*)?"
    r"{DATE}"
    r"(?:[ \t]*,?[ \t]*(?:at[ \t]+|[|/–—-][ \t]*)?{TIME})?"                    # "March 17, 2017 10:15 GMT"
    r"(?=[ \t]*(?:$|[^\w \t]|(?:by|By|BY)\b))"                                  # end of line or punctuation
)

#: Years a weekday is checked against when it is the only evidence of the year.
YEAR_RANGE = (1900, 2100)
#: A weekday fixes the year only within this many years of a year the text names.
WEEKDAY_WINDOW = 10
#: A yearless dateline's year is at most this many years after the latest past-tense year.
RECENT_YEARS = 1


def expand(pattern: str) -> str:
    """``pattern`` with each ``{MACRO}`` replaced by its regular expression.

    >>> expand("{YEAR}")
    '(?P<year>[12][0-9]{3})(?![0-9])'
    """
    return re.sub(r"\{([A-Z_]+)\}", lambda m: MACROS[m.group(1)], pattern)
