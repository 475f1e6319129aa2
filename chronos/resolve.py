"""Resolution: an underspecified :class:`~chronos.meaning.Meaning` + reference time + tense
-> a TIMEX3 value and interval.

Anchoring rules (``anchor=``; docs/reference-time.md says more):

* Deictic expressions ("last year", "two weeks ago", "yesterday", a bare "March 20") are resolved
  against the document creation time in ``"news"`` mode, and against the most recent date the
  text mentioned in ``"narrative"`` mode.
* Anaphoric expressions ("a year earlier", "two days later", "that year", "later that month",
  "the year-ago quarter") always resolve against the most recent date mentioned before them,
  falling back to the document date; comparisons ("up from $5 a year ago" after "the third
  quarter") restate the period under discussion and do not become the new topic.
* ``"auto"`` is ``"news"`` when a document date is known, and ``"narrative"`` when it is not.
* A month, weekday, season, quarter or holiday without a year takes the nearest occurrence in the
  direction the clause's tense says (past: at or before the reference, future: at or after);
  without a tense cue, and after "until" or "by", the nearest one.

>>> from chronos.tagger import tag
>>> from chronos.text import Document
>>> from chronos.model import Reference
>>> import datetime
>>> text = "Tokyo will host a meeting on March 20. It was agreed in February."
>>> ref = Reference.given(datetime.datetime(2017, 3, 17))
>>> [e.value for e in resolve(Document(text), tag(text), ref)]
['2017-03-20', '2017-02']
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import cached_property
from typing import Callable, Optional, Sequence

from attrs import evolve

from .grammar.en import (ABBREVIATED, ASPECT_VERBS, PLAN_VERBS, FOR_PLAN_VERBS, BACKGROUND_WORDS, AFTERMATH_NOUNS, CONTRACT_WORDS, DEADLINE_WORDS, DECLARE_VERBS, DIRECTIVE_VERBS, EASTER_HOLIDAYS, END_VERBS, PREPARATORY_NOUNS, PAST_DAY_EVENTS, PAST_INCIDENTS, SCHEDULED_EVENTS, HABITUAL_WORDS, HEBREW_HOLIDAYS, INDEPENDENCE_DAYS,
                         MONTHS, MOVABLE_HOLIDAYS, MOVED_HOLIDAYS, LUNAR_NEW_YEARS, LUNAR_NEW_YEAR_NAMES, REPORT_NOUNS, RESCHEDULE_VERBS, TO_NOT_VERBS)
from .grammar.en_cues import PAST_CUES, POSSESSIVES, PREPOSITIONS, RELATIVE_PRONOUNS
from .model import Granularity, Interval, Reference, TimeExpression
from .meaning import Meaning, names_a_contract
from .tagger import Mention
from .text import Document, _is_participle
from .timex_values import SEASON_MONTHS, add_months, easter, format_duration, interval_of, join_durations, nth_weekday, rosh_hashanah

__all__ = ["resolve"]


_UNIT_GRANULARITY = {
    "ML": Granularity.MILLENNIUM, "CE": Granularity.CENTURY, "DE": Granularity.DECADE, "Y": Granularity.YEAR,
    "H2": Granularity.HALF, "Q": Granularity.QUARTER, "SEASON": Granularity.SEASON, "M": Granularity.MONTH,
    "W": Granularity.WEEK, "WE": Granularity.WEEK, "D": Granularity.DAY, "H": Granularity.HOUR,
    "MIN": Granularity.MINUTE, "S": Granularity.SECOND,
}


def _fmt_day(day: _dt.date) -> str:
    return day.isoformat()[:10]  # YYYY-MM-DD, the year padded to four digits


def _week(day: _dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _quarter_of(day: _dt.date) -> int:
    return (day.month - 1) // 3 + 1


def _season_of(day: _dt.date) -> tuple[int, str]:
    if day.month == 12:
        return day.year, "WI"
    if day.month <= 2:
        return day.year - 1, "WI"
    return day.year, {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(day.month, "FA")


#: calendar units named by the day they contain: "the quarter ended Sept. 30", "the week of March 6"
_CONTAINING = {"Q": Granularity.QUARTER, "W": Granularity.WEEK, "WE": Granularity.WEEK}


def _value_at(day: _dt.date, granularity: Granularity) -> str:
    """The TIMEX3 value naming the unit of ``granularity`` that contains ``day``."""
    if granularity <= Granularity.CENTURY:
        return f"{day.year // 100:02d}"
    if granularity == Granularity.DECADE:
        return f"{day.year // 10:03d}"
    if granularity == Granularity.YEAR:
        return f"{day.year:04d}"
    if granularity == Granularity.HALF:
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if granularity == Granularity.QUARTER:
        return f"{day.year:04d}-Q{_quarter_of(day)}"
    if granularity == Granularity.SEASON:
        year, code = _season_of(day)
        return f"{year:04d}-{code}"
    if granularity == Granularity.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == Granularity.WEEK:
        return _week(day)
    return _fmt_day(day)


def _shift(day: _dt.date, unit: str, amount: float) -> _dt.date:
    n = int(amount)
    if unit == "Y":
        return add_months(day, 12 * n)
    if unit == "DE":
        return add_months(day, 120 * n)
    if unit == "CE":
        return add_months(day, 1200 * n)
    if unit == "Q":
        return add_months(day, 3 * n)
    if unit == "M":
        return add_months(day, n)
    if unit in ("W", "WE"):
        return day + _dt.timedelta(weeks=n)
    if unit == "D":
        return day + _dt.timedelta(days=n)
    return day


_WORD = re.compile(r"[^\W\d_]+(?:'[a-z]+)?|\d+")  # words and numbers ("fell to 4.9 percent")
_PAST_WORDS = frozenset(cue for cue in PAST_CUES if " " not in cue)
_BACKGROUND_TAILS = tuple(lead + words[1:] + " " for words in BACKGROUND_WORDS for lead in (" " + words[0], " " + words[0].upper()))
_EVENT_YEAR = re.compile(r" (?!(?:and|or|to|in|on|at|of|for|by|with|from|as|that|which|was|were|is|are)\b)[^\W\d_]")  # "the 2014 tournament"
#: how precise "(in the) hours/days/weeks before X" can be: a day, a month; longer units a year
_BESIDE_PRECISION = {"H": Granularity.DAY, "MIN": Granularity.DAY, "D": Granularity.MONTH, "W": Granularity.MONTH}
_RANGE_WORDS = frozenset({"to", "through", "until", "till", "-", "–", "and"})  # "and" after "between"
_RANGE_LINKS = frozenset({"to", "through", "until", "till", "-", "–"})
_WEEKDAY_LINKS = frozenset({"and", "or", "to", "through", "until", "till", "-", "–", "", "and on", "or on", "to on"})
_RELATIVE_REACH = 60  # characters before a year searched for a relative pronoun
_IN_RELATIVE_CLAUSE = re.compile(r"\b(?:%s|that)\b(?:[^,.;:!?]|[.,](?=[0-9]))*$" % "|".join(RELATIVE_PRONOUNS), re.IGNORECASE)  # "which peaked at $64.50 in"
_INFINITIVE_REACH = 80  # characters before the expression searched for "to" + verb
_SINCE = (" since ", " Since ", "\nsince ", "\nSince ")
_SINCE_PHRASE = re.compile(r"\bsince (?:the|a|an|his|her|its|their|[a-z]+ing) [^,.;:!?()\"]*$", re.IGNORECASE)  # "since the days after ...", "since hitting a record on July 11"
_SINCE_REACH = 40  # characters before a date searched for the "since" of its phrase
_PAST_DAY_EVENT = re.compile(r"['’]s (?:[\w-]+ ){0,2}?(?:%s)\b(?! ceremon)" % "|".join(PAST_DAY_EVENTS), re.IGNORECASE)  # not "Sunday's closing ceremony"
_BASELINE = re.compile(r"(?:\b(?:up|down|rising|falling) from (?:[^.;:!?]|\.(?=\d)){1,40}? (?:on|in)|\bcompared (?:with|to) [$€£]?[\d,.]+%?(?: [a-z%]+)? (?:on|in)|(?:\b(?:the|its|their|a|previous|prior)|['’]s) clos(?:e|ing)(?: price| level)? on|\bclosing (?:price|level) on) $", re.IGNORECASE)  # not "will close on Friday"
_BASELINE_REACH = 60
_AHEAD_OF_EVENT = re.compile(r"\bahead\s+of\s+(?:[\w'-]+\s+){1,3}?(?:on|in)\s+$", re.IGNORECASE)  # "ahead of elections on January 8"
_AFTERMATH = re.compile(r"\b(?:%s) of (?:the|its|their|his|her|a|last) $" % "|".join(AFTERMATH_NOUNS), re.IGNORECASE)
_PREPOSITIONS = frozenset(PREPOSITIONS)
_WOULD = re.compile(r"\bwould\b", re.IGNORECASE)  # a future in the past
_FUTURE_IN_PAST = re.compile(r"\b(?:was|were|would|had)\b", re.IGNORECASE)
_RELATIVE_WORD = re.compile(r"(?:%s)\b" % "|".join(RELATIVE_PRONOUNS), re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r",\s*(?:%s)\b" % "|".join(RELATIVE_PRONOUNS), re.IGNORECASE)  # a quick test before an aside is looked for
_ASIDE_REACH = 200
_COMPARED_WITH = re.compile(r"\b(?:from|than|over|with|versus|vs\.?)\s+(?:the\s+|its\s+)?$", re.IGNORECASE)  # a baseline follows
_NOT_A_NOUN_AFTER = re.compile(r"\s*(?:[^\w\s]|$|(?:in|of|at|on|when|and|or|that|after|before|like|with|during|about|around|to|this|last|for|since)\b)", re.IGNORECASE)
_QUARTER_REACH = 300  # how far back a quarter named stays the one "the quarter" refers to, past other dates
_SUBJECT_OF_FUTURE = re.compile(r"\s+(?:will|would|shall|is going to|is to)\s+(?!have\b)", re.IGNORECASE)  # "said Wednesday would be a holiday"
_MADE_INTO = re.compile(r"\s+(?:as\s+)?(?:a|an)\s", re.IGNORECASE)  # "declared Friday a day of mourning"
_COMPARED_FROM = re.compile(r"(?:\bup|\bdown|percent|%|\bpoints?|\bcents?|\bhigher|\blower|\bcompared) (?:from|than|with) $", re.IGNORECASE)  # "up from Friday's close"
_REPORTED_ON = re.compile(r"\b(?:said|announced|reported|confirmed|told \w+)(?: on)? $")  # "police said Monday"
_PAST_PERFECT = re.compile(r"\bhad\b", re.IGNORECASE)  # anywhere in a clause ("By March, the WHO had declared")
_HAD = re.compile(r"\b[Hh]ad\b[^,;:.]{0,30}$")
_CONTINUED_DAYS = 120  # a day and month this soon after a full date named just before goes on from it
_STORY_YEARS = 2  # a date this many years before the document's starts a story told in the past
_PERFECT = re.compile(r"\b(?:has|have)\b", re.IGNORECASE)  # the present perfect: up to now
# numeric dates that can only be read one way, and dates in words in either order (see day_first)
_DAY_FIRST_NUMERIC = re.compile(r"(?<![\d/])(?:1[3-9]|2[0-9]|3[01])/(?:0?[1-9]|1[0-2])/(?:[0-9]{4}|[0-9]{2})(?![\d/])")
_MONTH_FIRST_NUMERIC = re.compile(r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2[0-9]|3[01])/(?:[0-9]{4}|[0-9]{2})(?![\d/])")
_FULL_MONTHS = "|".join(m.capitalize() for m in MONTHS if m not in ABBREVIATED and m != "may")  # not "May", a name too
_DAY_MONTH_WORDS = re.compile(r"\b(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)? (?:%s)\b" % _FULL_MONTHS)
_MONTH_DAY_WORDS = re.compile(r"\b(?:%s) (?:3[01]|[12][0-9]|0?[1-9])\b" % _FULL_MONTHS)
_PLURAL_NOUN = re.compile(r"[a-z]+[^su's]s$")  # no verb after "to": "spoke to reporters" (not "to discuss", "to focus")
# a comparison before "a year ago/earlier": "rose 5% from a year ago", "than a year earlier", "$4.1 billion a year ago"
_COMPARISON = re.compile(r"\b(?:from|than|compared|versus|vs|over|against|with)\b|[\d%$€£]", re.IGNORECASE)
_COMPARISON_REACH = 40
_STORY_UNITS = ("Y", "DE", "CE")  # "the year", "the decade", "the century" of a story (see of_the_story)
_STORY_LEAD = 8  # ... when at most this many characters of its sentence come before it ("On the")
_REPORT_WORDS = "|".join(w.replace(" ", r"\s+") for w in REPORT_NOUNS)
_RESULTS = re.compile(r"[\w\s,-]{0,30}?\b(?:%s)\b" % _REPORT_WORDS, re.IGNORECASE)  # after a quarter
_REPORT_OF = re.compile(r"(?:'s)?(?: (?!(?:and|or|but|to|in|of|for|with|as|at|by|on|is|are|was|were|will)\b)[\w-]+){0,2}? (?:%s)\b"
                        % _REPORT_WORDS, re.IGNORECASE)  # right after a month: "July inflation figures"
_REPORT_FOR = re.compile(r"\b(?:%s) (?:for|on) $" % _REPORT_WORDS, re.IGNORECASE)  # before it
_BESIDE_RULES = frozenset({"units_beside", "units_later"})  # "days after the attack", "hours later"
_MONTHS_IN = {"Y": 12, "DE": 120, "CE": 1200}  # units whose fractions are whole months
_STAMP_AFTER = re.compile(r"[ \t]*(?:[:–—]|--?)[ \t]|[ \t]*(?:\r?\n|$)")  # "Feb. 12: ...", "0940 GMT - ...", a year on its own line
_STAMP_BEFORE = " \t*•·-–—0123456789.)"  # bullets and numbers before a stamp on its line ("1. Jan. 7 - ...")
_STAMP_LEAD = 8  # at most this many of them
_FISCAL = re.compile(r"fiscal|\bFY", re.IGNORECASE)
_WHEN = re.compile(r",? when\b")  # "since 1989, when a December freeze ...": the year of the clause after it
_HABITUAL = re.compile(r"\b(?:%s)\b" % "|".join(sorted(HABITUAL_WORDS)))  # in lower-case text
_YEAR_REACH = 300  # at most this many characters from a year to a month it dates

_YEAR_SPECIFIED = re.compile(r",\s+(?:in|on|during)\s+(?:[A-Z][a-z]+\.?(?:\s+\d{1,2})?,?\s+(?:and|or)\s+)?")  # "last year, in January and "
_JOINED_CLAUSE = re.compile(r", (?:and|but|while|whereas) |;")  # "Last year the plant closed, and in January ..."
_SET_TO_CLOCK = re.compile(r",?\s+(?:at|from|by|until)\s+")  # "every Friday at noon"
_COUNTRY = re.compile(r"\b(?:%s)\b" % "|".join(sorted(filter(None, INDEPENDENCE_DAYS), key=len, reverse=True)), re.IGNORECASE)
_DIRECTION_TAIL = re.compile(r"\s+(?:later|earlier|ago|before|after)$", re.IGNORECASE)
_UNTIL = frozenset({"until", "till", "through"})
_COPULA_AT = re.compile(r"\b(?:is|are) (?:at|in) (?:the )?[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3},? (?:on )?$")  # "is at Wembley on"
_UNIT_OF = re.compile(r" (?:after|before|of|when|that|in which|following)\b")  # "the week after Pearl Harbor": no week of its own
_SCHEDULED = re.compile(r"['’]s (?:[\w,.-]+ ){0,2}?(?:%s)\b" % "|".join(SCHEDULED_EVENTS))  # "Tuesday's 1,500m final"
_INCIDENT = re.compile(r" (?:[a-z]+ )?(?:%s)\b" % "|".join(PAST_INCIDENTS))  # "the Sept. 11 attacks", "a Nov. 12 drive-by shooting"
_AFTER_PREPOSITION = re.compile(r"\b(?:after|since|before|during|of|following|amid|for)\s+(?:the\s+)?$", re.IGNORECASE)
_TWELVE_HOUR = re.compile(r"(?<![0-9])(?:[1-9]|1[01]):[0-5][0-9]$")  # "7:30", not "07:30" nor "7:30 GMT"
_EVENING = re.compile(r"\b(?:this evening|tonight|this afternoon|in the evening|in the afternoon|evening|night)\b", re.IGNORECASE)
_BEFORE_NOUN = frozenset(("the", *POSSESSIVES))  # before a date that names a noun: "ahead of its Oct. 22 release"
_FROM_ON = frozenset({"beginning", "starting"})  # words that start a change at a date
_STATE_TO = _UNTIL | {"since", "beyond"}  # before a time a state goes on up to
#: verbs of a state that went on until a time, and periods that end at one ("the 12 months
#: through March"): after them, in a past clause, "until"/"through" looks back
_LASTED = re.compile(r"\b(?:lasted|continued|stayed|remained|ran|waited|persisted|dragged on|went on|restored|months|weeks|days|years)\b[^,;.]*$", re.IGNORECASE)
#: a verb that moves a date, earlier in the clause of a date after "to" (see RESCHEDULE_VERBS)
_RESCHEDULED = re.compile(r"\b(?:%s)(?:s|es|ed|d|ing)?\b[^,;.:]*$" % "|".join(
    RESCHEDULE_VERBS), re.IGNORECASE)
_ACTIVE_PLAN = re.compile(r"\b(?:%s)\b" % "|".join(sorted({w for w, after in PLAN_VERBS.items() if after is not None} | FOR_PLAN_VERBS)), re.IGNORECASE)  # a quick test
_DIRECTED = re.compile(r"\b(?:%s)\b(?=[^,;:]*\b(?:until|till)\s+$)" % "|".join(sorted(DIRECTIVE_VERBS)), re.IGNORECASE)  # "gave the defense until"
_NOT_ACTIVE_PLAN = frozenset({"was", "were", "been", "had", "a", "an"}) | _BEFORE_NOUN  # "were scheduled", "their scheduled close"
_EVENING_HOUR = 18  # a time from this hour on is in the evening
_NEXT_DAY = re.compile(r",?\s+(?:the\s+)?(?:next|following)\s+(?:day|morning)\b", re.IGNORECASE)  # "until 1 a.m. the next day"
_OLD_DAYS = 7  # a day longer before the document date is no day for a clock time ...
_OLD_DAY_SENTENCES = 2  # ... more than this many sentences after it
_RECENT_DAYS = 2  # a day this near before the document date is still under discussion after a future one
_NEAR_DAYS = 7  # a holiday this near the reference is the one meant, whatever the tense
_AHEAD_REACH = 40  # characters from a clock time to a day named after it
_SENTENCE_MARKS = (". ", ";", "!", "?", "\n")
_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _pick(
    candidates: list[_dt.date], ref: _dt.date, tense: Optional[str], strict: bool = False, default: Optional[str] = "past",
    near: Optional[_dt.date] = None,
) -> _dt.date:
    """The candidate nearest to ``ref`` in the direction the tense says; when the tense is unknown
    the ``default`` direction (``None``: either way); either way for the present tense, nearest
    to ``near`` if given."""
    if tense is None:
        tense = default
    if tense == "past":
        before = [c for c in candidates if (c < ref if strict else c <= ref)]
        if before:
            return max(before)
    elif tense == "future":
        after = [c for c in candidates if (c > ref if strict else c >= ref)]
        if after:
            return min(after)
    ref = near or ref
    return min(candidates, key=lambda c: (abs((c - ref).days), c > ref))


class _Resolver:
    """Resolves the mentions of one document in order, remembering the last date mentioned."""

    def __init__(self, doc: Document, reference: Reference, anchor: str) -> None:
        self.doc = doc
        self.dct = reference.date.date() if reference.date is not None else None
        self.narrative = anchor == "narrative" or (anchor == "auto" and self.dct is None)
        self.last: Optional[tuple[_dt.date, Granularity]] = None  # most recent date mentioned
        self.last_mention: Optional[Mention] = None  # where it was mentioned
        self.last_end: Optional[_dt.date] = None  # the day after it ends
        self.previous_time: Optional[int] = None  # where the previous expression ended, if a time of day
        self.today_named = False  # whether the document's day was named as a weekday or "today" ("on Thursday", "this morning")
        self.upcoming: Sequence[Mention] = ()  # the next mentions after the one being resolved
        self.last_day: Optional[tuple[_dt.date, Optional[_dt.datetime]]] = None  # the last day mentioned, and its time
        self.past_day: Optional[tuple[_dt.date, Optional[_dt.datetime]]] = None  # ... the last one not after the dct
        self.last_day_at = 0  # where the last day was mentioned
        self.last_evening = False  # whether it was its evening or night
        self.aside_day: Optional[tuple[_dt.date, tuple[int, int]]] = None  # the last day named in a relative clause, and the clause
        self.year_named: Optional[tuple[int, Mention]] = None  # the last year named as such ("in 1998")
        self.previous_set: Optional[int] = None  # where the previous expression ended, if a set
        self.previous_weekly: Optional[int] = None  # ... if a set of a weekday ("every Tuesday")
        self.last_weekend = False  # whether the last date mentioned is a weekend
        self.last_stamp: Optional[_dt.date] = None  # the (first day of the) last date that opened a line of a list
        self.last_quarter: Optional[tuple[_dt.date, int]] = None  # the last quarter mentioned, and where it ended
        self.continued_at = -1  # where the last date that went on from a full date is (see continues)

    # --- the time a deictic or anaphoric expression is relative to ----------------------------
    def deictic(self) -> Optional[_dt.date]:
        if self.narrative and self.last is not None:
            return self.last[0]
        return self.dct

    @property
    def last_time(self) -> Optional[_dt.datetime]:
        """The hour and minute of the date under discussion, when it named them."""
        return self.last_day[1] if self.last is not None and self.last_day is not None and self.last[1] >= Granularity.DAY else None

    def story(self, mention: Mention) -> Optional[_dt.date]:
        """The date under discussion when a news story tells of a season, month or day two or
        more years before its date, named at the start of its sentence or, with its year, in
        the sentence: in a past clause after it, a month, day, season or holiday without a year is
        read as in a narrative ("The summer of 1974 was hot. On the evening of Aug. 9 ... In
        September ...", "in early January 1979, and on Jan. 16 the shah flew out"). A year
        alone, or a date named in passing ("charged in the Dec. 21, 1988, bombing"), is
        background."""
        if self.narrative or self.last is None or self.dct is None or mention.meaning.rel is not None:
            return None
        day, granularity = self.last
        if granularity <= Granularity.YEAR:
            return None
        if day.year > self.dct.year - _STORY_YEARS:
            return day if self.continues(mention) else None
        start = self.last_mention.start  # type: ignore[union-attr]
        sentence = self.doc.sentence_at(start)
        if len(self.doc.text[sentence[0]:start].strip()) > _STORY_LEAD and not (
                sentence[0] <= mention.start < sentence[1] and self.last_mention.meaning.year is not None  # type: ignore[union-attr]
                and _IN_RELATIVE_CLAUSE.search(self.doc.text, max(0, start - _RELATIVE_REACH), start) is None):
            # not "The stock, which peaked in June 1999, was delisted on July 1"
            return day if self.continues(mention) else None
        return day if self.doc.tense_at(mention.start, mention.end) == "past" else None

    def continues(self, mention: Mention) -> bool:
        """Whether a day and month without a year, in a past clause, goes on from a full date named
        with its year in its sentence or the one before, a few months before it and before the
        document date ("The rig exploded on 20 April 2010 and sank on 22 April", written in 2011)."""
        m, last = mention.meaning, self.last_mention
        assert last is not None and self.last is not None and self.dct is not None
        if m.month is None or m.year is not None or m.rel is not None or last.meaning.day is None or (
                last.meaning.year is None and last.start != self.continued_at) or (m.day is None and last.meaning.year is None):
            return False  # "sank on 22 April" after "exploded on 20 April 2010", or after "on 21 April" that went on from it
        day = self.last[0]
        try:
            later = _dt.date(day.year, m.month, m.day or 1)  # a month: "arrived on June 3, 1962. In August she found a job"
        except ValueError:
            return False
        if m.day is None and later.month == day.month:
            return False
        named_in = self.doc.sentence_at(last.start)
        if self.doc.text[named_in[1]:self.doc.sentence_at(mention.start)[0]].strip():
            return False  # only in its sentence or the next
        if (0 < (later - day).days <= _CONTINUED_DAYS and later < self.dct
                and _IN_RELATIVE_CLAUSE.search(self.doc.text, max(0, last.start - _RELATIVE_REACH), last.start) is None
                and self.doc.tense_at(mention.start, mention.end) == "past"):
            self.continued_at = mention.start
            return True
        return False

    def anaphoric(self) -> Optional[tuple[_dt.date, Optional[Granularity]]]:
        if self.last is not None:
            return self.last
        return (self.dct, None) if self.dct is not None else None

    def tense(self, mention: Mention, infinitive: bool = True) -> Optional[str]:
        """The tense of the mention's clause. Without ``infinitive`` a past clause stays past
        where an infinitive before the expression makes it present (see :meth:`pick`)."""
        before = self.doc.text[max(0, mention.start - 16):mention.start].lower().split()
        if before[-1:] in (["a"], ["an"], ["the"]) and _INCIDENT.match(self.doc.text, mention.end):
            return "past"  # an incident named by its date: "stemming from a Nov. 12 shooting"
        if before[-1:] == ["for"] and mention.meaning.weekday is not None and _SCHEDULED.match(self.doc.text, mention.end):
            return "future"  # "qualified for Tuesday's 1,500m final"
        if before and before[-1] in _BEFORE_NOUN:  # "ahead of the Dec. 12 vote", "ahead of its Oct. 22 release"
            before.pop()
        if before[-2:] == ["at", "least"]:  # "until at least the end of June"
            del before[-2:]
        if "recently" in before[-3:]:
            return "past"  # "performed there over the next five decades, most recently in May"
        if before[-3:] in (["to", "go", "before"], ["to", "go", "until"]):
            return "future"  # a countdown: "With four days to go before Tuesday's election"
        if before and (before[-1] in END_VERBS or " ".join(before[-2:]) in END_VERBS):
            return "future"  # "a holiday that began on Dec. 30 and ends Monday"
        if _AFTERMATH.search(self.doc.text, max(0, mention.start - 30), mention.start):
            return "past"  # "will release the minutes of its July 30-31 meeting", "in the wake of the March 11 disaster"
        if before and before[-1] in DECLARE_VERBS and _MADE_INTO.match(self.doc.text, mention.end):
            return "future"  # "Italy declared Friday a national day of mourning"
        if _SUBJECT_OF_FUTURE.match(self.doc.text, mention.end) and not (before and before[-1] in _PREPOSITIONS):
            return "future"  # the subject of a clause ahead: "The government said Wednesday would be a public holiday"
        if before[-2:-1] == ["due"] and before[-1] in ("on", "in", "for") or _AHEAD_OF_EVENT.search(self.doc.text, max(0, mention.start - 40), mention.start):
            # an event still ahead when it was named, whatever the clause: "assassinated two weeks before
            # elections due on January 8", "campaigned ahead of elections on January 8"
            return "future" if self.doc.tense_at(mention.start, mention.end) == "future" else "present"
        if before and (before[-1] in DEADLINE_WORDS or " ".join(before[-2:]) in DEADLINE_WORDS or before[-1] == "to" and _RESCHEDULED.search(
                self.doc.text, max(0, mention.start - _INFINITIVE_REACH), mention.start)):
            # a deadline: ahead in a future clause ("will decide by Monday") and after a present
            # state; back after a past one; else the nearest occurrence ("the ceasefire was
            # extended until March 6")
            tense = self.doc.tense_at(mention.start, mention.end)
            if tense == "future" or (tense == "present" and before[-1] in _UNTIL) or (before[-1] == "to" and not self._past_perfect(mention)):
                return "future"  # "is closed until Friday", "in effect through Friday", "pushes the deadline to Oct. 15"
            if tense == "past" and before[-1] in _UNTIL and (
                    _DIRECTED.search(self.doc.text, self.doc.clause_at(mention.start)[0], mention.start)
                    or _RESCHEDULED.search(self.doc.text, max(0, mention.start - _INFINITIVE_REACH), mention.start) and self._after_infinitive(mention)):
                return "future"  # "gave the defense until Monday", "asked the court to delay the hearing until Wednesday"
            if tense == "past" and before[-1] in _UNTIL and _LASTED.search(
                    self.doc.text, max(0, mention.start - _INFINITIVE_REACH), mention.start):
                return "past"  # "the outage lasted until Sunday", "sales in the 12 months through March"
            if tense == "past" and before[-1] == "by" and _PAST_PERFECT.search(self.doc.text, *self.doc.clause_at(mention.start)):
                return "past"  # "By March, the WHO had declared a pandemic"
            if tense != "past" and before[-1] == "by":
                return "future"  # "We need a clear signal by Monday"
            if tense != "past" and before[-2:] in (["days", "before"], ["hours", "before"], ["weeks", "before"], ["ahead", "of"]):
                if mention.meaning.weekday is not None and self.doc.text.startswith(("'s", "’s"), mention.end):
                    return "future"  # "The report comes four days before Tuesday's congressional elections"
            return "present"
        if self._since(mention):
            return "past"  # "the first increase since March", "since taking office in January": never ahead
        if before and before[-1] in _FROM_ON and mention.meaning.weekday is None and self._tense_of_word_before(mention) == "past":
            return "present"  # a change decided in the past from a date on, either side: "raised pay beginning July 1" (a weekday is the coming one)
        if _BASELINE.search(self.doc.text, max(0, mention.start - _BASELINE_REACH), mention.start):
            return "past"  # a baseline: "on London's streets tonight, up from 6,000 on Monday", "down from 85% in October", "more than its closing price on Friday"
        if before[-1:] == ["on"]:
            before.pop()
        if before[-1:] in (["is"], ["are"]) or before[-2:-1] in (["is"], ["are"]) and _is_participle(before[-1]):
            # a schedule: "The funeral is Monday", "The election is on Nov. 8", "The quarter-finals
            # are played on Tuesday"
            return "future"
        if _COPULA_AT.search(self.doc.text, max(0, mention.start - 50), mention.start):
            return "future"  # a schedule with its place: "The final is at Wembley on Saturday"
        tense = self.doc.tense_at(mention.start, mention.end)
        if tense == "past" and infinitive and self._after_infinitive(mention):
            return "present"  # "agreed to buy it in February": the nearest February
        return tense

    def background(self, mention: Mention, granularity: Granularity) -> bool:
        """Whether the expression is background that does not become the time under discussion: a
        date coarser than that one, after a word of :data:`BACKGROUND_WORDS` ("since 2009"), or a
        year while a day or month is under discussion, named in a relative clause or after "of"
        ("a plant that opened in 2010", "the floods of 1998")."""
        text, start = self.doc.text, mention.start
        if self._since(mention):
            # the start of a state that goes on: "monitoring systems since Thursday", "its biggest
            # operation since the days after the September 11, 2001 attacks"
            return True
        if text.startswith(("'s ", "’s "), mention.end) and _COMPARED_FROM.search(text, max(0, start - 20), start):
            return True  # a baseline: "down 37 percent from Wednesday's close"
        if self.last is None or granularity >= self.last[1]:
            return False  # only a coarser date than the one under discussion may be background
        if after_background_word(text, start):
            return True
        if granularity > Granularity.YEAR or not Granularity.MONTH <= self.last[1] <= Granularity.DAY:
            return False
        if (text.endswith("the ", 0, start) and _EVENT_YEAR.match(text, mention.end) and mention.text.isdigit()
                and int(mention.text) < self.last[0].year):
            return True  # an earlier event named by its year: "convicted Tuesday in the 1993 strangling"
        return text.endswith(" of ", 0, start) or _IN_RELATIVE_CLAUSE.search(
            text, max(0, start - _RELATIVE_REACH), start) is not None

    def of_the_story(self, m: Meaning, mention: Mention, unit: str) -> bool:
        """Whether "the year", "the decade" (not "this ...") in a past clause is the one of the date
        under discussion, an earlier one than the document's ("In 2007 ... By the end of the
        decade, it had swallowed the market")."""
        if m.rel is not None or unit not in _STORY_UNITS or self.last is None or self.dct is None:
            return False
        granularity = _UNIT_GRANULARITY[unit]
        if (self.last[1] > Granularity.DAY or self.last[0].year > self.dct.year - _STORY_YEARS
                or _value_at(self.last[0], granularity) == _value_at(self.dct, granularity)):
            return False
        words = mention.text.lower().split()
        before = self.doc.text[max(0, mention.start - 10):mention.start].lower().split()
        if "the" not in words or "this" in words or before[-1:] and before[-1] in _STATE_TO:
            return False  # "Since the beginning of the year", "through the end of the year": up to now
        lo, hi = self.doc.clause_at(mention.start)
        return self.doc.tense_at(mention.start, mention.end) == "past" and not _PERFECT.search(self.doc.text, lo, hi)

    @cached_property
    def day_first(self) -> bool:
        """Whether the text writes its numeric dates day first: one is ("19/6/2019") and none is
        month first ("6/19/2019"), or it writes dates in words day first ("4 June") and never
        month first ("June 4")."""
        text = self.doc.text
        if _MONTH_FIRST_NUMERIC.search(text):
            return False
        return _DAY_FIRST_NUMERIC.search(text) is not None or (
            _DAY_MONTH_WORDS.search(text) is not None and _MONTH_DAY_WORDS.search(text) is None)

    def aside(self, m: Meaning, interval: Interval) -> bool:
        """Whether "today" (or "tonight") is said aside in a story of long ago: the story's
        date stays under discussion ("on Dec. 7, 1941. Some survivors are still alive today. The
        next day, Congress declared war"), but not after a bare year ("its best year in 1986. Markets were calm today")."""
        return (m.dayref == 0 and self.dct is not None and self.last is not None and self.last[1] >= Granularity.MONTH
                and self.last[0].year <= self.dct.year - _STORY_YEARS and interval.begin.date() == self.dct)

    def said_on(self, mention: Mention, ref: _dt.date) -> Optional[_dt.date]:
        """The past date a future in the past is told from, named earlier in the sentence: "In
        January, the company said it would open the plant in March" (March after that January)."""
        last = self.last_mention
        if (last is None or self.last is None or self.last[1] < Granularity.MONTH or self.last[0] >= ref
                or last.start < self.doc.sentence_at(mention.start)[0]):
            return None
        if not _WOULD.search(self.doc.text, last.end, mention.start) or self.doc.aside_at(last.start) is not None:
            return None  # not told from a date in an aside: "Guardiola, who joined the club in June last year, said his team would ..."
        return self.last[0]

    def conversion(self, mention: Mention) -> bool:
        """Whether a clock time only restates the one before it in brackets, in another zone: "at 3
        a.m. local time (2300 GMT Tuesday), and a second wave struck two hours later" counts from 3 a.m."""
        return (mention.meaning.hour is not None and self.previous_time is not None
                and self.doc.text[self.previous_time:mention.start].strip() == "(")

    def reported_on(self, mention: Mention) -> bool:
        """Whether a weekday or "yesterday" only dates the report of an event already under
        discussion, after a verb of saying ("robbed at 2:15 a.m. Sunday, police said Monday. He
        died before 3 a.m."): the event's day stays under discussion."""
        m = mention.meaning
        return ((m.weekday is not None or m.dayref is not None) and m.hour is None and m.part is None
                and _REPORTED_ON.search(self.doc.text, max(0, mention.start - 20), mention.start) is not None)

    def _tense_of_word_before(self, mention: Mention) -> Optional[str]:
        """The tense at the word just before the expression, as if it were the expression: the
        verb its phrase hangs from ("raised pay" before "beginning July 1")."""
        window = self.doc.text[max(0, mention.start - 16):mention.start]
        end = mention.start - (len(window) - len(window.rstrip()))
        return self.doc.tense_at(end - len(window.split()[-1]), end)

    def _since(self, mention: Mention) -> bool:
        """Whether the expression is in a phrase of "since" ("the lowest since Nov. 22", "since
        taking office in January")."""
        text, start = self.doc.text, mention.start
        return text.endswith(_SINCE, 0, start) or (text.find("ince ", max(0, start - _SINCE_REACH), start) >= 0
                                                   and _SINCE_PHRASE.search(text, max(0, start - _SINCE_REACH), start) is not None)

    def _past_perfect(self, mention: Mention) -> bool:
        """Whether "had" stands a few words before the mention, in its phrase ("had begun in June")."""
        return _HAD.search(self.doc.text, max(0, mention.start - 40), mention.start) is not None

    def _after_infinitive(self, mention: Mention) -> Optional[str]:
        """What stands between the clause's past verb and the expression and makes it no past
        date: ``"infinitive"``, ``"plan"`` (a verb of planning) or ``"active plan"`` (one with its
        own subject: "Protesters have called for a strike on Friday"); None if nothing does."""
        lo = max(self.doc.clause_at(mention.start)[0], mention.start - _INFINITIVE_REACH)
        words = _WORD.findall(self.doc.text, lo, mention.start)
        for_date = [w.lower() for w in words[-2:]] in (["date", "of"], ["date", "for"]) or bool(words) and words[-1].lower() == "for"
        for k in range(len(words) - 2, -1, -1):
            word, following = words[k], words[k + 1]
            if word.lower() == "to" and following.islower() and following not in TO_NOT_VERBS and not _PLURAL_NOUN.match(following):
                # "agreed to cut output from April 1": "cut" is no past here
                return "infinitive" if k == 0 or words[k - 1].lower() not in ASPECT_VERBS else None
            if word in PLAN_VERBS and (PLAN_VERBS[word] is None or following in PLAN_VERBS[word]):  # type: ignore[operator]
                # "called for a march on May 1", "setting up a May 5 runoff" (a plan reported as past
                # may be past: "The talks were scheduled to end on Friday evening")
                active = PLAN_VERBS[word] is not None and not (k and words[k - 1].lower() in _NOT_ACTIVE_PLAN)  # not "a service planned for Saturday"
                return "active plan" if active else "plan"
            if for_date and word in FOR_PLAN_VERBS:  # "set sentencing for July 11", "convened a meeting for Saturday", "set a trial date of May 3"
                return "plan" if k and words[k - 1].lower() in _NOT_ACTIVE_PLAN else "active plan"
            if (following.lower() in _PAST_WORDS or following.endswith("ed")) and word.lower() not in ("be", "been"):
                return None  # a past verb nearer than any infinitive (not a passive one: "to be published on Thursday")
        return None

    def pick(self, candidates: list[_dt.date], ref: _dt.date, mention: Mention, default: Optional[str] = "past",
             story: bool = False, near: Optional[_dt.date] = None) -> _dt.date:
        """The candidate the tense of the mention's clause points to (see :func:`_pick`). When
        the reference itself is a candidate every tense picks it, and the clause is not read;
        when the past and the present pick the same one, the words before the expression are
        not looked at for an infinitive."""
        if ref in candidates:
            return ref
        if self.last is not None and (self.narrative or story):
            # a narrative moves forward from the date under discussion, whatever its (past) tense:
            # "In March 1915 the fleet attacked. In December the army withdrew." is 1915-12; a
            # past perfect looks back from it ("The strike had begun in June")
            return _pick(candidates, ref, "past" if self._past_perfect(mention) else "future")
        tense = self.tense(mention, infinitive=False)
        if tense == "future" and (said := self.said_on(mention, ref)) is not None:
            return _pick(candidates, said, "future", near=near)  # "In January, the company said it would open the plant in March"
        chosen = _pick(candidates, ref, tense, default=default, near=near)
        if tense == "past":
            present = _pick(candidates, ref, "present", near=near)
            weekday = mention.meaning.weekday is not None and _ACTIVE_PLAN.search(
                self.doc.text, max(0, mention.start - _INFINITIVE_REACH), mention.start) is not None
            if (present != chosen or weekday) and not self._since(mention) and (after := self._after_infinitive(mention)):
                if after == "active plan" and weekday:
                    return _pick(candidates, ref, "future", near=near)  # a plan's day is ahead: "Protesters have called for a strike on Friday"
                return present
        return chosen

    # --- main entry ---------------------------------------------------------------------------
    def resolve(self, mention: Mention) -> Optional[TimeExpression]:
        m = mention.meaning
        self.comparison = False  # set when the value restates the topic period ("a year ago")
        try:
            if m.type == "DURATION":
                result = self.duration(m)
            elif m.type == "SET":
                result = self.set_(m)
            else:
                result = self.date(m, mention)
        except (ValueError, OverflowError):
            return None
        if result is None:
            return None
        type_, value, mod = result[0], result[1], result[2]
        interval = None
        if type_ in ("DATE", "TIME"):
            if value == "PRESENT_REF" and self.dct is not None:
                interval = interval_of(_fmt_day(self.dct))
            else:
                interval = interval_of(value)
            if interval is not None and Granularity.YEAR <= interval.granularity <= Granularity.DAY and self.stamp(mention):
                self.last_stamp = interval.begin.date()
            if interval is not None and interval.granularity == Granularity.YEAR and type_ == "DATE" and self.names_a_year(mention):
                self.year_named = (interval.begin.year, mention)  # a year ("in 1998", "Last year"), for a month later in its sentence
            if (interval is not None and m.rule != "ref" and not m.year_ago and not self.comparison and not self.conversion(mention)
                    and not self.background(mention, interval.granularity) and not self.aside(m, interval)
                    and not (self.last is not None and self.last[1] >= Granularity.DAY and self.reported_on(mention))):
                day, granularity = interval.begin.date(), interval.granularity
                if value.endswith("T24:00"):  # midnight ends its day: what follows is still on it
                    day -= _dt.timedelta(days=1)
                self.last_weekend = value.endswith("-WE")
                if self.last_weekend:  # a weekend is no day to put a time on
                    granularity = Granularity.WEEK
                self.last = (day, granularity)
                self.last_end = interval.end.date()
                if granularity == Granularity.QUARTER and not _COMPARED_WITH.search(self.doc.text, max(0, mention.start - 20), mention.start):
                    self.last_quarter = (day, mention.end)  # the quarter reported on, not a baseline ("fell 3% from the third quarter")
                if granularity >= Granularity.DAY and m.month is None and day == self.dct:
                    self.today_named = True
                aside = (self.doc.aside_at(mention.start) if granularity >= Granularity.DAY and m.hour is None
                         and _RELATIVE_BEFORE.search(self.doc.text, max(0, mention.start - _ASIDE_REACH), mention.start) else None)
                if aside is not None and _RELATIVE_WORD.match(self.doc.text, aside[0]):
                    # a day in a relative clause, for a time in it only: "Moon, who took office on May 10, convened a meeting at 11 a.m."
                    self.aside_day = (day, aside)
                elif granularity >= Granularity.DAY:
                    self.last_day = (day, interval.begin if granularity >= Granularity.HOUR else None)
                    self.last_day_at = mention.start
                    self.last_evening = value.endswith(("TEV", "TNI")) or m.rule == "overnight" or (
                        granularity >= Granularity.HOUR and interval.begin.hour >= _EVENING_HOUR)
                    if self.dct is None or day <= self.dct:
                        self.past_day = self.last_day
                self.last_mention = mention
        self.previous_time = mention.end if type_ == "TIME" else None
        freq = m.freq if type_ == "SET" else None
        self.previous_set = mention.end if type_ == "SET" else None
        self.previous_weekly = mention.end if type_ == "SET" and value.startswith("XXXX-WXX-") else None
        text, start, end = mention.text, mention.start, mention.end
        if type_ == "DURATION" and m.direction is not None and (cut := _DIRECTION_TAIL.search(text)):
            text, end = text[:cut.start()], end - (len(text) - cut.start())  # "an hour later" is "an hour"
        if m.weekday is not None and m.rel is None and type_ != "SET" and self.indefinite(mention):
            text, start = self.doc.text[start - 2:end], start - 2  # "on a Saturday": its article too
        return TimeExpression(text, start, end, type_, value, mod, interval, freq=freq)

    # --- durations and sets -------------------------------------------------------------------
    def duration(self, m: Meaning) -> Optional[tuple[str, str, Optional[str]]]:
        unit = m.unit or m.calendar_unit or "Y"
        amount = None if m.vague else m.amount
        value = format_duration(amount, unit)
        for more in m.more:  # "three years and four months": P3Y4M
            value = join_durations(value, format_duration(*more))  # type: ignore[arg-type]
            if value is None:
                return None
        return "DURATION", value, m.mod

    def set_(self, m: Meaning) -> tuple[str, str, Optional[str]]:
        part = "T" + m.part if m.part is not None and not m.part.startswith("T") else ""
        if m.weekday is not None:
            return "SET", f"XXXX-WXX-{m.weekday}{part}", None  # "every Sunday morning": XXXX-WXX-7TMO
        if part:
            return "SET", f"XXXX-XX-XX{part}", None  # "every night"
        if m.unit == "WE" or m.calendar_unit == "WE":  # "every weekend", "on weekends"
            return "SET", "XXXX-WXX-WE", None
        if m.month is not None:  # "every March", "every Christmas"
            if m.day is not None:
                _dt.date(2000, m.month, m.day)  # raises ValueError for "every November 31"
            return "SET", f"XXXX-{m.month:02d}" + (f"-{m.day:02d}" if m.day is not None else ""), None
        if m.holiday == "independence day":  # "every Independence Day": the United States' unless told
            return "SET", "XXXX-%02d-%02d" % INDEPENDENCE_DAYS[""], None
        if m.holiday is not None:  # "every Thanksgiving": its month, when it has one
            return "SET", f"XXXX-{MOVABLE_HOLIDAYS[m.holiday][0]:02d}" if m.holiday in MOVABLE_HOLIDAYS else "XXXX-XX", None
        if m.season is not None:
            return "SET", f"XXXX-{m.season}", None
        amount = None if m.vague else m.amount if m.amount is not None else 1  # "every few years": PXY
        return "SET", format_duration(amount, m.unit or "D"), None

    # --- dates and times ----------------------------------------------------------------------
    def date(self, m: Meaning, mention: Mention) -> Optional[tuple[str, str, Optional[str]]]:
        if m.ref is not None:
            if m.rule == "named_day" and self.dct is not None and _fmt_day(self.dct) < m.ref:  # "9/11" before 2001
                named = _dt.date.fromisoformat(m.ref)
                return "DATE", self.month_day(evolve(m, ref=None, month=named.month, day=named.day), mention), m.mod
            return "DATE", m.ref, m.mod
        if m.on is not None or m.rule in ("ago_on", "from_day"):
            return self.anniversary(m)
        if m.hour is not None or (m.part is not None and (m.part.startswith("T") or m.month is not None or (m.weekday is None and m.dayref is None))):
            return self.clock(m, mention)
        if m.dayref is not None:
            return self.dayref(m)
        if m.century is not None:
            return "DATE", f"{m.century:02d}", m.mod
        if m.decade is not None:
            return "DATE", f"{m.decade:03d}", m.mod
        if m.holiday is not None:
            return self.holiday(m, mention)
        if m.rule in ("week_of_month", "weekend_of_month", "day_of_month", "nth_weekday_of_month") and m.nth is not None and (m.month is not None or m.rel is not None):
            return "DATE", self.in_month(m, mention), m.mod
        if m.nth is not None and m.weekday is not None and m.month is not None:  # "the first Monday in October"
            return self.yearly(m, mention, lambda year: nth_weekday(year, m.month, m.weekday, m.nth))  # type: ignore[arg-type]
        if m.calendar_unit in _CONTAINING and m.month is not None and m.day is not None:
            # "the quarter ended Sept. 30", "the week of March 6": the period containing that day
            plain = evolve(m, calendar_unit=None)
            day = self.with_year(plain, m.year) if m.year is not None else self.month_day(plain, mention)
            value = _value_at(_dt.date.fromisoformat(day), _CONTAINING[m.calendar_unit])
            return "DATE", value + ("-WE" if m.calendar_unit == "WE" else ""), m.mod
        if m.rule == "us_numeric" and m.day is not None and m.day <= 12 and self.day_first:
            m = evolve(m, month=m.day, day=m.month)  # "3/6/2019" where the text writes "19/6/2019" or "4 June"
        if m.year is not None and (m.day is None or m.month is not None):  # not "16, 2016" in "Dec. 15-16, 2016"
            if m.same_period and self.last is not None and Granularity.HALF <= self.last[1] <= Granularity.MONTH:
                return "DATE", _value_at(self.last[0].replace(year=m.year, day=1), self.last[1]), m.mod
            return "DATE", self.with_year(m, m.year), m.mod
        if m.direction is not None or m.year_ago:
            return self.relative(m, mention)
        if m.month is not None:
            return "DATE", self.month_day(m, mention), m.mod
        if m.day is not None:
            return self.day_of_month(m, mention)
        if m.weekday is not None:
            return self.weekday(m, mention)
        if m.season is not None:
            return "DATE", self.season(m, mention), m.mod
        if m.quarter is not None or m.calendar_unit == "Q":
            return "DATE", self.quarter(m, mention), m.mod
        if m.half is not None:
            return "DATE", self.half(m, mention), m.mod
        if m.calendar_unit is not None:
            return self.calendar(m, mention)
        if m.vague and m.unit is not None:
            return self.vague(m)
        return None

    def holiday(self, m: Meaning, mention: Mention) -> tuple[str, str, Optional[str]]:
        """A holiday, or its weekend: "the Labor Day weekend" is the one it ends or begins. A
        country named in the sentence gives "Independence Day" its day ("Indian", "Peru's")."""
        assert m.holiday is not None
        country = _COUNTRY.search(self.doc.text, *self.doc.sentence_at(mention.start)) if m.holiday == "independence day" else None
        of = country.group().lower() if country is not None else ""
        result = self.yearly(m, mention, lambda year: _holiday_date(m.holiday, year, of))  # type: ignore[arg-type]
        if m.calendar_unit != "WE" or not _FULL_DAY.match(result[1]):
            return result
        day = _dt.date.fromisoformat(result[1])
        saturday = day + _dt.timedelta(days=(5 - day.weekday()) if day.weekday() >= 3 else -(day.weekday() + 2))
        return "DATE", _week(saturday) + "-WE", result[2]

    def in_month(self, m: Meaning, mention: Mention) -> str:
        """ "the last day of January": its first or last day. "the last weekend of April": the
        weekend of its last Saturday. "the last week of May": an ISO
        week, the one holding the month's 4th day (as ISO's first week of a year holds its 4th)
        and the ones after it, or its fourth-to-last day."""
        assert m.nth is not None
        if m.month is None and m.rel:  # "the first day of next month"
            anchor = self.deictic()
            anchor = add_months(anchor, m.rel) if anchor is not None else None
            month = f"{anchor.year:04d}-{anchor.month:02d}" if anchor is not None else "XXXX-XX"
        elif m.month is None:  # "the last day of the month": the month under discussion, or this one
            anchor = self.last[0] if self.last is not None and self.last[1] >= Granularity.MONTH else self.deictic()
            month = f"{anchor.year:04d}-{anchor.month:02d}" if anchor is not None else "XXXX-XX"
        elif m.year is not None:
            month = self.with_year(m, m.year)
        else:
            month = self.month_day(evolve(m, nth=None), mention)
        if month.startswith("X"):
            return month
        first = _dt.date.fromisoformat(month + "-01")
        if m.rule == "day_of_month":
            return _fmt_day(first if m.nth == 1 else add_months(first, 1) - _dt.timedelta(days=1))
        if m.weekday is not None:  # "the first Monday of next month"
            return _fmt_day(nth_weekday(first.year, first.month, m.weekday, m.nth))
        if m.rule == "weekend_of_month":  # the week of its Saturday: the n-th or the last in the month
            last = add_months(first, 1) - _dt.timedelta(days=1)
            saturday = (first + _dt.timedelta(days=(6 - first.isoweekday()) % 7 + 7 * (m.nth - 1)) if m.nth > 0
                        else last - _dt.timedelta(days=(last.isoweekday() - 6) % 7))
            return _week(saturday) + "-WE"
        if m.nth > 0:
            return _week(first + _dt.timedelta(days=3 + 7 * (m.nth - 1)))
        return _week(add_months(first, 1) - _dt.timedelta(days=4))

    def anniversary(self, m: Meaning) -> tuple[str, str, Optional[str]]:
        """ "Thirty years ago today", "Ten years ago this month", "Fifty years ago Saturday", "this
        day in 1969": the day (week, month) of the document date, or the nearest such weekday,
        that many years back, or in that year."""
        base = self.deictic()
        granularity = {"this week": Granularity.WEEK, "this month": Granularity.MONTH}.get(m.on or "", Granularity.DAY)
        if base is None:
            return "DATE", "XXXX" if m.year is None else f"{m.year:04d}", m.mod
        if m.on in ("yesterday", "tomorrow"):
            base += _dt.timedelta(days=-1 if m.on == "yesterday" else 1)
        elif m.weekday is not None:  # the nearest one, either way; the coming one for a date ahead ("a week from Tuesday")
            ahead = (m.weekday - base.isoweekday()) % 7
            base += _dt.timedelta(days=ahead if ahead <= 3 or (m.direction or 0) > 0 else ahead - 7)
        sign = m.direction or -1  # "ago", or ahead: "two weeks from today"
        if m.year is not None:
            target = add_months(base, 12 * (m.year - base.year))
        elif m.unit in _MONTHS_IN:
            target = add_months(base, sign * round((m.amount or 1) * _MONTHS_IN[m.unit]))
        else:  # "three weeks ago today"
            target = _shift(base, m.unit or "Y", sign * (m.amount or 1))
        return "DATE", _value_at(target, granularity), m.mod

    def with_year(self, m: Meaning, year: int) -> str:
        if m.quarter is not None:
            return f"{year:04d}-Q{m.quarter}"
        if m.half is not None:
            return f"{year:04d}-H{m.half}"
        if m.season is not None:
            return f"{year:04d}-{m.season}"
        if m.month is not None:
            if m.day is not None:
                return _fmt_day(_dt.date(year, m.month, m.day))
            return f"{year:04d}-{m.month:02d}"
        return f"{year:04d}"

    def month_day(self, m: Meaning, mention: Mention) -> str:
        assert m.month is not None
        if m.day is not None:
            _dt.date(2000, m.month, m.day)  # raises ValueError for "February 30"
        story = self.story(mention)
        base = story or self.deictic()
        if base is None:
            return f"XXXX-{m.month:02d}" + (f"-{m.day:02d}" if m.day is not None else "")
        if m.calendar_unit == "Y" and m.rel is not None:  # "January this year", "March of that year"
            year = self.last[0].year if m.anchored and self.last is not None else base.year
            return self.with_year(m, year + m.rel)
        if m.anchored and m.rel and self.last is not None:  # "the following January"
            return self.with_year(m, self.beside_last(lambda y: _dt.date(y, m.month, 1), m.rel))  # type: ignore[arg-type]
        if self.last is not None and self.last[1] == Granularity.YEAR and (
                m.anchored or self.narrative or m.rel is None and self.names_the_event(mention) and not self.contradicts(m, mention)):
            # "The following year ... In November"; "The 2014 tournament runs from June 12" (not
            # "The 2019 model went on sale last May", "the 2007 Camry, on sale since March")
            return self.with_year(m, self.last[0].year)
        if self.last is not None and m.anchored:
            return self.with_year(m, self.last[0].year)
        if m.rel is None and story is None and (year := self.year_of_sentence(mention)) is not None:
            return self.with_year(m, year)  # "In 1998, prices fell to $10 in December"
        if m.rel is None and story is None and (year := self.range_year(m, mention)) is not None:
            return self.with_year(m, year)
        if m.rel is None and self.last_stamp is not None and self.stamp(mention):
            return self.with_year(m, self.stamp_year(m))
        # compared month by month: "extended to Nov. 20" written on Nov. 2 is this November's
        candidates = [_dt.date(y, m.month, 1) for y in (base.year - 1, base.year, base.year + 1) if _dt.MINYEAR <= y <= _dt.MAXYEAR]
        base = base.replace(day=1)
        if m.rel is not None and m.rel != 0:
            tense = "past" if m.rel < 0 else "future"
            chosen = _pick(candidates, base, tense, strict=True)
        elif m.rel == 0:
            chosen = next(c for c in candidates if c.year == base.year)
        elif m.day is None and story is None and self.reports_on(mention):
            # of the past in a past clause ("profit for April-June rose"), else the nearest ("the
            # December jobs report is due on Friday", "expect December sales to be strong")
            chosen = _pick(candidates, base, "past" if self.tense(mention) == "past" else "present")
        elif m.day is None and names_a_contract(self.doc.text, mention.end, mention.start):
            chosen = _pick(candidates, base, "future")  # "Brent crude for November delivery rose"
        else:  # the first line of a list of dated entries, with no tense, is of the past
            default = "past" if self.stamp(mention) else None
            chosen = self.pick(candidates, base, mention, default=default, story=story is not None)
            if story is None and chosen != base and self.habitual(mention):
                return f"XXXX-{m.month:02d}" + (f"-{m.day:02d}" if m.day is not None else "")  # "Prices typically peak in August"
        year = chosen.year
        if m.weekday is not None and m.day is not None and _valid(year, m.month, m.day) \
                and _dt.date(year, m.month, m.day).isoweekday() != m.weekday:
            # the weekday names the year: "On Saturday, April 29, Pearse surrendered" (1916)
            year = next((y for y in self.weekday_years(mention, year) if _valid(y, m.month, m.day)
                         and _dt.date(y, m.month, m.day).isoweekday() == m.weekday), year)
        if m.day is not None and not _valid(year, m.month, m.day):  # Feb. 29: the leap year that way
            step = 1 if chosen > base else -1
            year = next((y for y in range(year + step, year + 9 * step, step) if _valid(y, m.month, m.day)), 0)
            if not year:
                raise ValueError(f"no {m.month}/{m.day} near {chosen.year}")
        return self.with_year(m, year)

    def weekday_years(self, mention: Mention, year: int) -> list[int]:
        """The years a day whose weekday does not fit ``year`` may be in: the year under
        discussion, a year before or after ``year`` the way the clause's tense points."""
        tense = self.tense(mention)
        years = [self.last[0].year] if self.last is not None else []
        return years + ([year - 1, year + 1] if tense != "future" else [year + 1, year - 1])

    def range_year(self, m: Meaning, mention: Mention) -> Optional[int]:
        """The year of a month or day without one at an end of a range, from its other end: the
        end is not before the start ("from June 12, 2014 to July 13", "from October to March"),
        the start not after the end ("January-March 2016", "Dec. 28-Jan. 3, 2016")."""
        assert m.month is not None
        text, here = self.doc.text, (m.month, m.day or 0)
        last = self.last_mention
        year = None
        if self.last is not None and last is not None and last.meaning.month is not None \
                and Granularity.MONTH <= self.last[1] <= Granularity.DAY and self.links(last.start, last.end, mention.start):
            start = self.last[0]
            year = start.year + (here < (start.month, start.day if self.last[1] == Granularity.DAY else 0))
        following = self.upcoming[0] if self.upcoming else None
        if year is None and following is not None and (self.links(mention.start, mention.end, following.start) or self.doc.text[
                mention.end:following.start].strip().lower() in ("or", "and")):  # "in July or August of 2014"
            f = following.meaning
            if f.year is not None and f.month is not None and f.rel is None and f.type == "DATE":
                year = f.year - (here > (f.month, f.day or 0))
            elif f.month is not None and f.calendar_unit == "Y" and f.rel is not None and not f.anchored and (base := self.deictic()) is not None:
                year = base.year + f.rel - (here > (f.month, f.day or 0))  # "between January and June last year"
        return year if year is not None and _dt.MINYEAR <= year <= _dt.MAXYEAR else None

    def links(self, start: int, end: int, following: int) -> bool:
        """Whether the expression at ``[start, end)`` and the next one, at ``following``, are the
        ends of a range: "to", "through", "until" or a dash between them, or "and" after "between"."""
        gap = self.doc.text[end:following].strip().lower()
        if gap == "and":
            return self.doc.text[max(0, start - 8):start].lower().endswith("between ")
        return gap in _RANGE_WORDS

    def after_weekday(self, m: Meaning, mention: Mention) -> Optional[_dt.date]:
        """The first such day after the weekday just named, when the two are joined ("will be
        played on Tuesday and Wednesday", "from Monday to Thursday")."""
        last = self.last_mention
        if (last is None or self.last is None or self.last[1] < Granularity.DAY or last.meaning.weekday is None
                or last.meaning.month is not None):
            return None
        link = self.doc.text[last.end:mention.start].strip(" ,").lower()
        if link not in _WEEKDAY_LINKS or (link in ("and", "or", "", "and on", "or on") and m.weekday <= last.meaning.weekday):  # type: ignore[operator]
            return None  # a list out of order: "statements made Friday and Thursday"
        day = self.last[0]
        return day + _dt.timedelta(days=(m.weekday - day.isoweekday()) % 7 or 7)  # type: ignore[operator]

    def range_end(self, mention: Mention) -> Optional[_dt.date]:
        """The day of the weekday that ends a range this one begins ("from Thursday until
        Friday", "Monday to Wednesday"), as it reads on its own; None if there is none."""
        following = self.upcoming[0] if self.upcoming else None
        if (following is None or following.meaning.weekday is None or following.meaning.rel is not None
                or self.doc.text[mention.end:following.start].strip().lower() not in _RANGE_LINKS):
            return None
        return self.day_of(following)

    def indefinite(self, mention: Mention) -> bool:
        """Whether a weekday after "a" is no one day: "married on a Saturday in August 1936", "It
        was a Sunday like any other" (not "attended a Sunday night memorial service")."""
        text = self.doc.text
        return text.endswith(" a ", 0, mention.start) and (
            text.endswith(" on a ", 0, mention.start) or _NOT_A_NOUN_AFTER.match(text, mention.end) is not None)

    def holiday_after(self, m: Meaning, mention: Mention) -> Optional[_dt.date]:
        """The day of a holiday named in apposition right after a weekday ("on Sunday, New
        Year's Eve"), if it is that weekday."""
        following = self.upcoming[0] if self.upcoming else None
        if following is None or following.meaning.rule != "holiday" or self.doc.text[mention.end:following.start] != ", ":
            return None
        day = self.day_of(following)
        return day if day is not None and day.isoweekday() == m.weekday else None

    def day_of(self, mention: Mention) -> Optional[_dt.date]:
        """The day another mention names, read as it reads on its own; None if it names no one day."""
        result = self.date(mention.meaning, mention)
        value = result[1] if result is not None else ""
        return _dt.date.fromisoformat(value[:10]) if _FULL_DAY.match(value) else None

    def habitual(self, mention: Mention) -> bool:
        """Whether the expression is in a clause of the present (or of no tense) that tells of a
        habit: one of :data:`HABITUAL_WORDS` in it ("Prices typically peak in August"). Asked
        once the clause's tense was read (a month, weekday or season other than the current one)."""
        if HABITUAL_WORDS.isdisjoint(self.doc.words_at(mention.start)):
            return False  # most sentences have none
        lo, hi = self.doc.clause_at(mention.start)
        return _HABITUAL.search(self.doc.text[lo:hi].lower()) is not None and self.doc.tense_at(mention.start, mention.end) in ("present", None)

    def stamp(self, mention: Mention) -> bool:
        """Whether the expression opens a line of a list of dated entries, a separator after it
        ("Feb. 12: Skilling succeeds Lay", "0940 GMT - Schools ...") or alone on its line ("2001")."""
        text, start = self.doc.text, mention.start
        line = text.rfind("\n", max(0, start - _STAMP_LEAD), start) + 1  # 0: no line break just before
        if line == 0 and start > _STAMP_LEAD:
            return False
        return text[line:start].strip(_STAMP_BEFORE) == "" and _STAMP_AFTER.match(text, mention.end) is not None

    def stamp_year(self, m: Meaning) -> int:
        """The year of a line of a list of dated entries that names none, after one that did
        (whatever the tense: timelines write the present): the document's year if that is not
        before the previous entry nor after the document date ("Nov. 25, 2018 - EU leaders
        endorse the deal. / Jan. 15 - Parliament rejects it.", written in 2019), else the first
        after the previous entry ("Nov. 25, 2018 - ... / Dec. 10 - ...")."""
        assert self.last_stamp is not None and m.month is not None
        previous, here = self.last_stamp, (m.month, m.day or 1)
        if self.dct is not None and (previous.year, previous.month, previous.day) <= (self.dct.year, *here) <= (
                self.dct.year, self.dct.month, self.dct.day):
            return self.dct.year
        return previous.year + (here < (previous.month, previous.day))

    def names_a_year(self, mention: Mention) -> bool:
        """Whether a year expression names the calendar year of its sentence: not a fiscal year
        ("FY2020 appropriations must be enacted by Sept. 30") nor a possessive ("Next year's
        budget will be presented in October")."""
        return _FISCAL.search(mention.text) is None and not self.doc.text.startswith(("'s", "’s"), mention.end)

    def year_of_sentence(self, mention: Mention) -> Optional[int]:
        """The year named before the mention in its sentence, when it opens the sentence ("In
        1998, prices fell to $10 in December", "Last year, ... on June 10") or a "when" clause
        after it ("the worst since 1989, when a December freeze ..."), and no clause joined by
        "and" or "but" comes between ("Last year the plant closed, and in January it reopened")."""
        if self.year_named is None:
            return None
        year, named = self.year_named
        text = self.doc.text
        if named.end > mention.start or mention.start - named.end > _YEAR_REACH or _JOINED_CLAUSE.search(text, named.end, mention.start):
            return None
        sentence_start = self.doc.sentence_at(named.start)
        if sentence_start != self.doc.sentence_at(mention.start):
            return None
        if _WHEN.match(text, named.end) or text[sentence_start[0]:named.start].strip().lower() in ("in", ""):
            return year
        if _YEAR_SPECIFIED.fullmatch(text, named.end, mention.start):
            return year  # "two nuclear tests last year, in January and September"
        if (self.dct is not None and year <= self.dct.year - _STORY_YEARS and text.endswith("in ", 0, named.start)
                and not self.doc.in_aside(named.start) and "," not in text[named.end:mention.start]
                and self.doc.tense_at(mention.start, mention.end) == "past"):
            return year  # "She arrived in 1962 and found a job in August"
        return None

    def reports_on(self, mention: Mention) -> bool:
        """Whether the expression names the period of a report ("July inflation figures", "the
        employment report for December"): see :data:`REPORT_NOUNS`."""
        text = self.doc.text
        return _REPORT_OF.match(text, mention.end) is not None or _REPORT_FOR.search(text, max(0, mention.start - 30), mention.start) is not None

    def names_the_event(self, mention: Mention) -> bool:
        """Whether the year under discussion names the event of the mention's sentence, before
        a noun ("The 2014 tournament runs from June 12", "the 2012 Olympics opened on July 27")."""
        assert self.last_mention is not None
        start, end = self.last_mention.start, self.last_mention.end
        text = self.doc.text
        if _AFTER_PREPOSITION.search(text, max(0, start - 12), start):
            return False  # the year of another event: "The scheme, set up after the 2015 crisis, expires on Dec. 31"
        named = text[start:start + 4].lower() == "the " or (  # "the 2013 fiscal year"
            (text[max(0, start - 4):start].lower() == "the " or text[max(0, start - 3):start] in ("'s ", "’s ")) and _EVENT_YEAR.match(text, end) is not None)  # "the festival's 2002 edition"
        if not named or self.doc.sentence_at(start) != self.doc.sentence_at(mention.start):
            return False
        following = _WORD.findall(text, end, min(len(text), end + 30))[:3]
        return PREPARATORY_NOUNS.isdisjoint(w.lower() for w in following)  # not "The 2014 World Cup draw takes place in December"

    def contradicts(self, m: Meaning, mention: Mention) -> bool:
        """Whether the month in the year under discussion is after the document date while the
        clause is past ("Sales of the 2007 Camry, on sale since March", written in 2006)."""
        assert self.last is not None and m.month is not None
        return (self.dct is not None and (self.last[0].year, m.month) > (self.dct.year, self.dct.month)
                and self.tense(mention) == "past")

    def beside_last(self, start_in: Callable[[int], _dt.date], rel: int) -> int:
        """The year of the first period after (``rel`` > 0) or before the period under discussion,
        given the period's start in a year: "the following January" after September 2016 is
        2017's, "the following spring" after 1814 is 1815's."""
        assert self.last is not None
        day, granularity = self.last
        topic = interval_of(_value_at(day, granularity))
        edge = day if topic is None else (topic.end.date() if rel > 0 else topic.begin.date())
        candidates = [start_in(y) for y in (day.year - 1, day.year, day.year + 1, day.year + 2)]
        return _pick(candidates, edge, "past" if rel < 0 else "future", strict=rel < 0).year

    def day_of_month(self, m: Meaning, mention: Mention) -> Optional[tuple[str, str, Optional[str]]]:
        """ "the 20th": that day of the month nearest the reference, as the tense says."""
        assert m.day is not None
        if m.anchored and self.last is not None and self.last[1] == Granularity.DAY:
            return "DATE", _fmt_day(self.last[0].replace(day=m.day)), m.mod  # "March 3-5"
        if (m.weekday is None and self.last is not None and self.last_mention is not None
                and self.last[1] == Granularity.MONTH and _valid(self.last[0].year, self.last[0].month, m.day)
                and self.doc.sentence_at(self.last_mention.start) == self.doc.sentence_at(mention.start)):
            # the month its sentence named: "fled in August 1961, days before the border was sealed on the 13th"
            return "DATE", _fmt_day(self.last[0].replace(day=m.day)), m.mod
        base = self.deictic()
        if base is None:
            return "DATE", f"XXXX-XX-{m.day:02d}", m.mod
        # "Monday the 13th": a month in which the 13th is a Monday (one is at most 14 months away)
        months = [add_months(base.replace(day=1), k) for k in (range(-14, 15) if m.weekday is not None else (-1, 0, 1))]
        candidates = [_dt.date(d.year, d.month, m.day) for d in months if _valid(d.year, d.month, m.day)]
        if m.weekday is not None:
            candidates = [c for c in candidates if c.isoweekday() == m.weekday] or candidates
        if not candidates:
            return None
        return "DATE", _fmt_day(self.pick(candidates, base, mention, default=None)), m.mod

    def weekday(self, m: Meaning, mention: Mention) -> tuple[str, str, Optional[str]]:
        assert m.weekday is not None
        base = self.deictic()
        suffix = f"T{m.part}" if m.part else ""
        type_ = "TIME" if m.part else "DATE"
        if base is None or (m.rel is None and self.indefinite(mention)):
            return type_, f"XXXX-WXX-{m.weekday}{suffix}", m.mod
        if self.previous_weekly is not None and m.rel is None and self.doc.text[self.previous_weekly:mention.start].strip(" ,") in ("and", "or"):
            return "SET", f"XXXX-WXX-{m.weekday}{suffix}", None  # "every Tuesday and Friday"
        if m.anchored and self.last is not None:
            base = self.last[0]
        if m.rule == "wd_week" and m.amount is not None:  # "Tuesday week": a week (fortnight) after the coming Tuesday
            coming = base + _dt.timedelta(days=(m.weekday - base.isoweekday()) % 7 or 7)
            return type_, _fmt_day(coming + _dt.timedelta(weeks=m.amount)) + suffix, m.mod
        monday = base - _dt.timedelta(days=base.weekday())
        this_week = monday + _dt.timedelta(days=m.weekday - 1)
        candidates = [this_week - _dt.timedelta(days=7), this_week, this_week + _dt.timedelta(days=7)]
        if m.calendar_unit == "W" and m.rel is not None:  # "Friday next week"
            day = this_week + _dt.timedelta(weeks=m.rel)
        elif m.rel is None and m.hour is not None and self.stamp(mention):
            day = _pick(candidates, base, "past")  # an entry of a live report: "2320 GMT Friday - Hollande declares ..."
        elif m.rel is None and _PAST_DAY_EVENT.match(self.doc.text, mention.end):
            day = _pick(candidates, base, "past")  # "The SEC is examining Friday's plunge"
        elif m.rel is None and (named := self.holiday_after(m, mention)) in candidates:
            day = named  # "play at Crystal Palace on Sunday, New Year's Eve"
        elif m.rel is None:  # a line of a timeline with no tense is of the past ("- Monday: Russia proposes ...")
            day = self.pick(candidates, base, mention, default="past" if self.stamp(mention) else "future")
            if day != base and self.habitual(mention):
                return type_, f"XXXX-WXX-{m.weekday}{suffix}", m.mod  # "The market is usually busiest on Saturday"
            following = self.after_weekday(m, mention)
            if following is not None and self.last is not None and day < self.last[0]:
                day = following  # "will be played on Tuesday and Wednesday": not before the first
            elif (end := self.range_end(mention)) is not None and (end - day).days > 6:
                day = max((c for c in candidates if c < end), default=day)  # "a warning from 4 p.m. Thursday until midday Friday"
        elif m.rel < 0:
            day = max(c for c in candidates if c < base)
        elif m.rel > 0:
            day = min(c for c in candidates if c > base)
            if (day - base).days == 1 and mention.text[:5].lower() == "next ":
                day += _dt.timedelta(weeks=1)  # "next Wednesday", said on a Tuesday, is not tomorrow
        else:
            day = this_week
        return type_, _fmt_day(day) + suffix, m.mod

    def season(self, m: Meaning, mention: Mention) -> str:
        assert m.season is not None
        story = self.story(mention)
        base = story or self.deictic()
        if base is None:
            return f"XXXX-{m.season}"
        if m.calendar_unit == "Y" and m.rel is not None:  # "the spring of last year"
            return f"{base.year + m.rel:04d}-{m.season}"
        if m.anchored and m.rel and self.last is not None:  # "the following spring"
            return f"{self.beside_last(lambda y: _dt.date(y, SEASON_MONTHS[m.season], 1), m.rel):04d}-{m.season}"  # type: ignore[index]
        if m.anchored and self.last is not None:
            return f"{self.last[0].year:04d}-{m.season}"
        candidates = [_dt.date(y, SEASON_MONTHS[m.season], 1) for y in range(base.year - 2, base.year + 2)]
        current = _dt.date(*(_season_start(base)))
        if m.rel is not None and m.rel != 0:
            chosen = _pick(candidates, current, "past" if m.rel < 0 else "future", strict=True)
        elif m.rel == 0:  # "this summer": the one we are in, else this year's
            chosen = current if current in candidates else _dt.date(base.year, SEASON_MONTHS[m.season], 1)
        else:
            # either way, the season nearest the day: in May, the coming fall, not the last
            chosen = self.pick(candidates, current, mention, default=None, story=story is not None, near=base)
            if story is None and chosen != current and self.habitual(mention):
                return f"XXXX-{m.season}"  # "Summer is usually a slow period"
        return f"{chosen.year:04d}-{m.season}"

    def quarter(self, m: Meaning, mention: Mention) -> str:
        base = self.deictic()
        if m.quarter is None:  # "the quarter", "last quarter", "this quarter", "that quarter"
            if (m.rel is None or m.anchored) and self.last_quarter is not None and (
                    self.last[1] == Granularity.QUARTER or mention.start - self.last_quarter[1] <= _QUARTER_REACH):  # type: ignore[index]
                # "the previous quarter": the quarter last named, past a day it was reported on
                return _value_at(add_months(self.last_quarter[0], 3 * (m.rel or 0)), Granularity.QUARTER)
            if base is None:
                return "XXXX-QX"
            rel = -1 if m.rel is None else m.rel
            return _value_at(add_months(base, 3 * rel), Granularity.QUARTER)
        if base is None:
            return f"XXXX-Q{m.quarter}"
        if m.calendar_unit == "Y" and m.rel is not None:  # "next year's first quarter"
            return f"{base.year + m.rel:04d}-Q{m.quarter}"
        if m.rel:  # "last first quarter" is last year's when this year's has not ended
            current = _quarter_of(base)
            crosses = m.quarter >= current if m.rel < 0 else m.quarter <= current
            return f"{base.year + (m.rel if crosses else 0):04d}-Q{m.quarter}"
        year = base.year
        if m.quarter > _quarter_of(base) and (self.tense(mention) == "past" or (
                m.quarter == 4 and _quarter_of(base) == 1 and _RESULTS.match(self.doc.text, mention.end))):  # the clause is read only then
            # (a fourth quarter's results reported early in the next year: "will report fourth-quarter results")
            year -= 1
        elif (m.quarter < _quarter_of(base) - (0 if m.mod else 1)) and self.tense(mention) == "future":
            # "will close by the end of the first quarter" written in May: next year's (but the
            # quarter just ended is still to be reported: "expects to report third-quarter results")
            year += 1
        return f"{year:04d}-Q{m.quarter}"

    def half(self, m: Meaning, mention: Mention) -> str:
        base = self.deictic()
        if base is None:
            return f"XXXX-H{m.half}"
        year = base.year + (m.rel or 0)
        if m.rel is None and m.half is not None and " of " not in mention.text:
            # a bare half, like a quarter: the tense tells which year's ("of the year" is this one)
            current = 1 if base.month <= 6 else 2
            month = base.month - 6 * (current - 1)  # of the current half, 1-6
            if (m.half > current or m.half == current and month == 1) and self.tense(mention) == "past":
                year -= 1  # "profit rose in the second half", written in March; "In the first half, sales rose", in January
            elif (m.half < current or m.half == current and month == 6) and self.tense(mention) == "future":
                year += 1  # "Stocks may rally in the second half", written in late December
        return f"{year:04d}-H{m.half}"

    def calendar(self, m: Meaning, mention: Mention) -> Optional[tuple[str, str, Optional[str]]]:
        """ "last year", "this week", "the next day", "that month", "earlier this year"."""
        unit = m.calendar_unit
        assert unit is not None
        granularity = _UNIT_GRANULARITY.get(unit, Granularity.DAY)
        story = False  # whether the unit is the one of a story ("By the end of the decade, it had ...")
        if m.anchored or (m.rel == 1 and self.last is not None and mention.text[:9].lower() == "the next "
                          and self.tense(mention) == "past"):
            # "the next year" in a past clause is the year after the one under discussion
            anchor = self.anaphoric()
            if anchor is None:
                return None
            base = anchor[0]
            if (m.rule == "the_unit" and not self.narrative and self.dct is not None and anchor[1] is not None
                    and anchor[1] < Granularity.WEEK <= granularity and base > self.dct and not _UNIT_OF.match(self.doc.text, mention.end)):
                base = self.dct  # "The FTSE ended the week lower" after "before the new year": no week of a year to come
            elif anchor[1] is not None and anchor[1] < granularity and anchor[1] in (Granularity.YEAR, Granularity.MONTH):
                # "that day" after "in October 1998": the day is not known, only its month
                known = _value_at(base, anchor[1])
                missing = {Granularity.MONTH: "-XX", Granularity.WEEK: "-WXX", Granularity.DAY: "-XX-XX"}
                if anchor[1] == Granularity.MONTH and granularity == Granularity.DAY:
                    return "DATE", known + "-XX", m.mod
                if anchor[1] == Granularity.YEAR and granularity in missing:
                    return "DATE", known + missing[granularity], m.mod
        else:
            base = self.deictic()
            story = self.of_the_story(m, mention, unit)
            if story and self.last is not None:
                base = self.last[0]  # "In 1995 the firm was small. By the end of the year, it had doubled."
        if unit == "Y" and m.rel and self.last is not None and m.same_period:
            topic_day, topic = self.last
            if Granularity.HALF <= topic <= Granularity.MONTH:  # the period under discussion, a year off
                self.comparison = True
                return "DATE", _value_at(add_months(topic_day, 12 * m.rel), topic), m.mod
        if base is None:
            rel = m.rel or 0
            if unit == "Y":
                return "DATE", "XXXX", m.mod
            return None if rel else ("DATE", "PRESENT_REF", m.mod)
        rel = m.rel if m.rel is not None else 0
        if m.rule == "new_year":  # the year about to begin in its second half, else the one begun
            rel = int(base.month > 6)
        if unit == "WE":
            return "DATE", self.weekend(m, base, mention), m.mod
        if m.rel is None and not m.anchored and m.mod in ("START", "END") and not story:
            rel = self.edge(m.mod, _value_at(base, granularity), base, mention)
        target = _shift(base, unit, rel)
        return "DATE", _value_at(target, granularity), m.mod

    def edge(self, mod: str, period: str, base: _dt.date, mention: Mention) -> int:
        """Which period "the end of the year" / "year-end" / "the start of the month" means: the
        current one, or the one before when the clause is past and the current one's end (its
        last sixth) has not begun, or the one after when the clause is future and its start
        (its first sixth) is over."""
        interval = interval_of(period)
        if interval is None:
            return 0
        through = (_dt.datetime(base.year, base.month, base.day) - interval.begin) / (interval.end - interval.begin)
        if mod == "END" and through < 5 / 6 and self.tense(mention) == "past":
            return -1
        if mod == "START" and through > 1 / 6 and self.tense(mention) == "future":
            return 1
        return 0

    def yearly(self, m: Meaning, mention: Mention, day_in: Callable[[int], _dt.date]) -> tuple[str, str, Optional[str]]:
        """A day that comes once a year, ``day_in(year)`` (a movable holiday, "the first Monday
        in October"), in the year given or nearest the reference."""
        story = self.story(mention)
        base = story or self.deictic()
        if m.year is not None:
            try:
                return "DATE", _fmt_day(day_in(m.year)), m.mod
            except ValueError:  # a day of a table that does not reach that year: "Chinese New Year 1985"
                return "DATE", f"{m.year:04d}-XX-XX", m.mod
        if base is None:
            return "DATE", "XXXX-XX-XX", m.mod
        candidates = []
        for year in (base.year - 1, base.year, base.year + 1):
            try:
                candidates.append(day_in(year))
            except (ValueError, OverflowError):  # beyond year 1 or 9999: the other years still count
                pass
        if not candidates:
            return "DATE", "XXXX-XX-XX", m.mod
        near = [c for c in candidates if abs((c - base).days) <= _NEAR_DAYS]
        if m.rel:
            day = _pick(candidates, base, "past" if m.rel < 0 else "future", strict=True)
        elif near and not (near[0] > base and self.doc.text.endswith("on ", 0, mention.start) and self.tense(mention) == "past"):
            day = near[0]  # a holiday days away is the one meant, whatever the tense ("left for the Memorial Day recess"),
            # unless it is the day of a past event ("He was arrested on Thanksgiving", a week before it)
        else:
            day = self.pick(candidates, base, mention, default=None, story=story is not None)
        return "DATE", _fmt_day(day), m.mod

    def weekend(self, m: Meaning, base: _dt.date, mention: Mention) -> str:
        """ "the weekend" nearest the reference as the tense says; "last/next weekend"."""
        saturday = base - _dt.timedelta(days=base.weekday()) + _dt.timedelta(days=5)
        candidates = [saturday + _dt.timedelta(weeks=k) for k in (-1, 0, 1)]
        if m.rel:  # "last weekend" on a Sunday is the one before this one
            chosen = _pick(candidates, min(base, saturday), "past" if m.rel < 0 else "future", strict=True)
        elif base.weekday() >= 5 or m.anchored or (m.rel == 0 and base.weekday() >= 3):
            chosen = saturday  # on a weekend day, "this weekend" is the one we are in; late in the week, the coming one
            # whatever the clause ("This weekend's fixtures were called off", on a Friday)
        else:  # "this weekend" on a weekday: the coming one unless the clause is past
            chosen = self.pick(candidates, base, mention, default="future" if m.rel == 0 else "past")
        return _week(chosen) + "-WE"

    def relative(self, m: Meaning, mention: Mention) -> Optional[tuple[str, str, Optional[str]]]:
        """ "two years ago", "a year earlier", "three days later", "the year-ago quarter"."""
        if m.year_ago:
            anchor = self.anaphoric()
            if anchor is None:
                return "DATE", "XXXX", m.mod
            base, gran = anchor
            if m.calendar_unit == "Q":
                gran = Granularity.QUARTER
            elif m.calendar_unit == "P" or (gran is not None and Granularity.QUARTER <= gran <= Granularity.MONTH):
                # "the year-earlier period": the period under discussion a year before (a half, a quarter, a month)
                gran = gran if gran is not None and Granularity.HALF <= gran <= Granularity.MONTH else Granularity.QUARTER
            else:
                gran = Granularity.YEAR
            return "DATE", _value_at(add_months(base, -12), gran), m.mod
        unit = m.unit or "Y"
        if m.rule in _BESIDE_RULES and self.last is not None and not (m.rule == "units_beside" and unit in ("H", "MIN")):
            # "(in the) weeks before the shooting": around the time under discussion, as precise
            # as such a stretch allows (hours: its day; days, weeks: its month; longer: its year)
            return "DATE", _value_at(self.last[0], min(self.last[1], _BESIDE_PRECISION.get(unit, Granularity.YEAR))), m.mod
        if m.rule in _BESIDE_RULES:  # no time under discussion, or hours: "landed minutes after takeoff" is a stretch
            return "DURATION", format_duration(None, unit), m.mod
        if m.vague and m.anchored and m.direction is not None:
            return "DURATION", format_duration(None, unit), m.mod  # "A few days later": the stretch, as "Three hours later"
        if m.vague or m.amount is None:
            return _past_or_future(m)
        topic = self.last[1] if self.last is not None else None
        period = topic is not None and (Granularity.HALF <= topic <= Granularity.SEASON or (topic == Granularity.MONTH and m.amount == 1))
        if (unit == "Y" and m.amount == 1 and period and self.last is not None
                and (self.dct is None or self.dct.year - 1 <= self.last[0].year <= self.dct.year and self.last[0] <= self.dct)
                and _COMPARISON.search(self.doc.text, max(0, mention.start - _COMPARISON_REACH), mention.start)):
            # "profit rose from $5 a year ago/earlier" after "in the third quarter": the same
            # period one year before (not one still to come: "The payments expire in March.
            # Sales were up 5% from a year ago."; nor one of background: "It was last this low
            # in January 1970. Earnings were 3.6 percent higher than a year ago.")
            anchor: Optional[tuple[_dt.date, Optional[Granularity]]] = self.last
            self.comparison = True
        elif (m.anchored and unit in ("D", "W", "H", "MIN") and topic is not None and Granularity.HALF <= topic <= Granularity.SEASON
              and self.last_day is not None and self.last_mention is not None
              and self.doc.sentence_at(self.last_day_at) == self.doc.sentence_at(self.last_mention.start)):
            anchor = (self.last_day[0], Granularity.DAY)  # the day its quarter was named on: "began on Oct. 16, when it reported a third-quarter loss. Three weeks later"
        elif m.anchored and not (unit in ("D", "H", "MIN") and topic is not None and Granularity.HALF <= topic <= Granularity.SEASON):
            anchor = self.anaphoric()
            if (anchor is not None and self.dct is not None and self.past_day is not None and anchor[0] > self.dct
                    and m.direction == -1 and self.doc.tense_at(mention.start, mention.end) == "past"):
                anchor = (self.past_day[0], Granularity.DAY)  # not from a day ahead: "will be sworn in on Jan. 4 ... up from 52 percent four years earlier"
        else:  # ago, or a day counted from a quarter ("Profit rose in the second quarter. Shares fell a day earlier.")
            base = self.deictic()
            anchor = (base, None) if base is not None else None
        if unit in ("H", "MIN") and m.anchored and self.last_time is not None and float(m.amount).is_integer():
            # "About 16 minutes later", after "at 2:43 p.m.": a time of day
            moment = self.last_time + _dt.timedelta(minutes=(m.direction or -1) * m.amount * (60 if unit == "H" else 1))
            return "TIME", f"{_fmt_day(moment.date())}T{moment.hour:02d}:{moment.minute:02d}", m.mod
        if unit in ("H", "MIN") and not m.anchored and m.direction == -1 and anchor is not None and float(m.amount).is_integer():
            # "Forty-eight hours ago": the day it was, counted back from the document's
            moment = _dt.datetime.combine(anchor[0], _dt.time(12)) - _dt.timedelta(minutes=m.amount * (60 if unit == "H" else 1))
            return "DATE", _fmt_day(moment.date()), m.mod
        if unit in ("H", "MIN", "S"):  # "an hour later" with no time of day to count from: the stretch
            return "DURATION", format_duration(m.amount, unit), m.mod
        amount, shift_unit = m.amount, unit
        if not float(amount).is_integer() and unit in _MONTHS_IN:  # "half a century ago": 600 months
            amount, shift_unit = amount * _MONTHS_IN[unit], "M"
        if anchor is None or not float(amount).is_integer():
            return _past_or_future(m)  # no calendar date for "1.5 days ago"
        base, anchor_gran = anchor
        # a year at least: "a decade ago" is the year ten years back, not the previous decade
        granularity = max(_UNIT_GRANULARITY.get(unit, Granularity.DAY), Granularity.YEAR)
        try:
            target = _shift(base, shift_unit, (m.direction or -1) * amount)
        except (ValueError, OverflowError):  # before year 1: "3000 years ago"
            return _past_or_future(m)
        if (m.anchored and self.last is None and self.dct is not None and target > self.dct
                and self.doc.tense_at(mention.start, mention.end) == "past"):
            return "DURATION", format_duration(m.amount, unit), m.mod  # no date to count from: "Two weeks later, the rebels took the capital"
        if anchor_gran is not None and anchor_gran <= Granularity.DAY and not (unit in ("Y", "DE", "CE") and amount >= 2):
            # as precise as the anchor: "a year earlier" than Sept. 30 is a day, and "three
            # months later" than "in 2018" is only a year: its month is not known ("Two years
            # later", after February 1996, is 1998: a count of years is told in years)
            granularity = anchor_gran
        if m.unit == "WE":
            return "DATE", _week(target) + "-WE", m.mod
        return "DATE", _value_at(target, granularity), m.mod

    def unknown_day(self) -> Optional[str]:
        """The day under discussion when only its month or year is known: ``1941-05-XX``."""
        if self.last is None or self.last[1] not in (Granularity.MONTH, Granularity.YEAR):
            return None
        return _value_at(self.last[0], self.last[1]) + ("-XX" if self.last[1] == Granularity.MONTH else "-XX-XX")

    def dayref(self, m: Meaning) -> tuple[str, str, Optional[str]]:
        assert m.dayref is not None
        day_topic = self.last is not None and self.last[1] >= Granularity.DAY
        part = m.part if m.part and not m.part.startswith("T") else None
        partial = self.unknown_day() if m.anchored and not day_topic else None
        if partial is not None:  # "that evening" after "in May 1941": 1941-05-XXTEV
            return ("TIME", f"{partial}T{part}", m.mod) if part else ("DATE", partial, m.mod)
        if m.anchored and day_topic:  # "that morning", "the next morning"
            base: Optional[_dt.date] = self.last[0]  # type: ignore[index]
        elif self.narrative and not day_topic:
            base = self.dct  # "yesterday" after "in 1917" is not 1916-12-31
        else:
            base = self.deictic()
        if base is None:
            return ("TIME" if part else "DATE"), "XXXX-XX-XX" + (f"T{part}" if part else ""), m.mod
        day = base + _dt.timedelta(days=m.dayref)
        if part:
            return "TIME", f"{_fmt_day(day)}T{part}", m.mod
        return "DATE", _fmt_day(day), m.mod

    def clock(self, m: Meaning, mention: Mention) -> tuple[str, str, Optional[str]]:
        if m.month is not None and m.day is not None and m.year is not None:
            day_value = self.with_year(m, m.year)
        elif m.month is not None and m.day is not None:
            day_value = self.month_day(evolve(m, hour=None, minute=None), mention)
        elif m.weekday is not None:
            _, day_value, _ = self.weekday(evolve(m, part=None), mention)
        elif m.dayref is not None:
            _, day_value, _ = self.dayref(evolve(m, part=None))
        elif m.holiday is not None:  # "Thanksgiving night"
            _, day_value, _ = self.holiday(evolve(m, part=None), mention)
        elif self.recurring(mention):
            day_value = "XXXX-XX-XX"  # "every Friday at noon", "7 a.m. daily": no one day
        elif self.dct is not None and not self.narrative and self.stamp(mention):
            day_value = _fmt_day(self.dct)  # an entry of a live report: "0940 GMT - Schools will ..."
        elif (ahead := self.day_ahead(mention)) is not None:
            day_value = ahead
        else:  # "at 10 p.m.": on the day under discussion, else the reference day
            base = self.clock_topic(m, mention)
            day_topic = base is not None
            partial = None if day_topic or not self.narrative else self.unknown_day()
            if base is None:
                base = self.deictic()
            if base is not None and (not day_topic or base == self.dct and m.rule == "overnight") and (
                    m.part == "T24:00" or m.rule == "overnight" or (m.rule == "the_part_of_day" and m.part == "NI")):
                # "took effect at midnight", "conceded before midnight", "worked overnight": the
                # midnight or night just past ("before" is no deadline here; "extended until
                # midnight" is tonight's)
                lead = self.doc.text[max(0, mention.start - 8):mention.start].lower().split()[-1:]
                not_deadline = lead in (["before"], ["after"]) or m.rule in ("overnight", "the_part_of_day")  # no deadline, whatever the word before
                tense = self.doc.tense_at(mention.start, mention.end) if not_deadline else self.tense(mention)
                if tense == "past":
                    base -= _dt.timedelta(days=1)
            day_value = partial or (_fmt_day(base) if base is not None else "XXXX-XX-XX")
        if m.hour is not None:
            if m.hour > 24 or (m.hour == 24 and m.minute):
                raise ValueError(m.hour)  # no "25:00", no "24:40"
            time = f"T{m.hour + 12 * self.afternoon(m, mention):02d}:{m.minute or 0:02d}"
        else:
            time = m.part or ""
        if time and not time.startswith("T"):
            time = "T" + time  # a part of a day: "the evening of March 3"
        if time == "T24:00" and day_value[:1] != "X" and self.doc.text.endswith("after ", max(0, mention.start - 6), mention.start) \
                and (m.weekday is not None or m.day is not None):
            time = "T00:00"  # the midnight a named day begins with: "lifted out shortly after midnight Wednesday"
        return "TIME", day_value + time, m.mod

    def afternoon(self, m: Meaning, mention: Mention) -> bool:
        """Whether a time written without "a.m."/"p.m." on a 12-hour clock ("around 7:30") is in the
        afternoon or evening: its sentence speaks of the evening ("this evening, probably around
        7:30"), or a time after noon, or a later morning time, came just before it ("begins at 3:13
        p.m. ... ends around 4:29", "arrived at 11:15 a.m. and left at 4:20")."""
        if m.rule != "clock24" or not 1 <= m.hour <= 11 or not _TWELVE_HOUR.search(mention.text):  # type: ignore[operator]
            return False
        sentence = self.doc.sentence_at(mention.start)
        if _EVENING.search(self.doc.text, sentence[0], sentence[1]):
            return True
        before = self.last_time
        if before is None or self.last_mention is None or mention.start - self.last_mention.end > _AHEAD_REACH * 4:
            return False
        # after a time after noon, or later than a morning time ("arrived at 11:15 a.m. and left at 4:20")
        return m.hour + 12 >= before.hour >= 12 or m.hour < before.hour < 12  # type: ignore[operator]

    def recurring(self, mention: Mention) -> bool:
        """Whether a clock time belongs to a set next to it: "every Friday at noon", "daily at 5
        p.m.", "10 p.m. nightly"."""
        text = self.doc.text
        if self.previous_set is not None and _SET_TO_CLOCK.fullmatch(text, self.previous_set, mention.start):
            return True
        following = self.upcoming[0] if self.upcoming else None
        return (following is not None and following.meaning.type == "SET"
                and text[mention.end:following.start].strip(" ,") == ""
                and not (mention.text.endswith(".") and text[following.start].isupper()))  # "at 6 p.m. Every night ..."

    def clock_topic(self, m: Meaning, mention: Mention) -> Optional[_dt.date]:
        """The day a clock time that names none is on: the day under discussion (the one before
        a weekend named since: "filed early Monday, after talks collapsed over the weekend. The
        filing, made at 1:45 a.m."), but not a day ahead in a past clause ("the fiscal year ends
        Sept. 30. Obama told reporters at 12:30 p.m."); after midnight, the new day ("ended at
        midnight ... left shortly after 12:30 a.m.")."""
        if self.aside_day is not None and self.aside_day[1][0] <= mention.start < self.aside_day[1][1]:
            return self.aside_day[0]  # "The justices, who will hear arguments Monday at 2 p.m., acted"
        if self.last is None or self.last_day is None:
            return None
        past = None  # whether the clause is past, once read
        if self.dct is not None and self.last_day[0] > self.dct:
            past = self.doc.tense_at(mention.start, mention.end) == "past"
        if self.last[1] < Granularity.DAY and not self.last_weekend and not self.coarse_aside(mention, self.past_day if past else self.last_day):
            return None  # "In March, the plane crashed at 3 p.m.": a day in March
        day, time = self.last_day
        if self.dct is not None and not self.narrative and (self.dct - day).days > _OLD_DAYS:
            start = mention.start
            for _ in range(_OLD_DAY_SENTENCES + 1):
                start = self.doc.sentence_at(max(0, start - 1))[0]
            if self.last_day_at < start:
                return None  # a day long past, named sentences before: "approved the articles on Dec. 19 ... At 2:30 p.m., Clinton appeared" (today)
        if (self.dct is not None and day < self.dct and self.doc.tense_at(mention.start, mention.end) == "future"
                and not _FUTURE_IN_PAST.search(self.doc.text, self.doc.clause_at(mention.start)[0], mention.start)):
            # no time ahead on a day past: "The final, originally scheduled for Sunday afternoon, will start
            # at 4 p.m." (but "The flight left at 12:41 a.m. and was due to land at 6:30 a.m.")
            return None
        if self.dct is not None and day > self.dct and past:
            # the day before it, if recent: "elected on Sunday ... will take office on Jan. 1.
            # Results came after polls closed at 5 p.m." is Sunday's
            if self.past_day is None or (self.dct - self.past_day[0]).days > _RECENT_DAYS:
                return None
            day, time = self.past_day
        if m.hour is not None and m.hour < 12 and time is not None and (time.hour, time.minute) == (0, 0) and time.date() > day:
            return time.date()
        if (self.last_evening and (m.hour is not None and m.hour < 12 or m.part == "T12:00") and self.dct is not None and day < self.dct
                and not self.afternoon(m, mention) and not self.doc.text.endswith("(", 0, mention.start)
                and not _NEXT_DAY.match(self.doc.text, mention.end)):
            return day + _dt.timedelta(days=1)  # the morning after: "Aftershocks continued overnight, including one at 4:07 a.m.", "before noon"
        return day

    def coarse_aside(self, mention: Mention, last_day: Optional[tuple[_dt.date, Optional[_dt.datetime]]]) -> bool:
        """Whether the month or year mentioned last is background that leaves the day under
        discussion (``last_day``) as it was: it is before that day, in an earlier sentence, and the day is a
        recent one, in a story that is not today's. "Clinton won on Tuesday. He declared victory
        four years ago. Dole conceded at 10:45 p.m." is Tuesday's; not after a month ahead ("...
        by the conference in October. He told reporters at 8:15 a.m."), an old day ("clinched the
        title on April 22. Ferguson had said in December ... at 9:30 a.m.") or in a story of today
        ("soared on Thursday ... the price set on Wednesday night ... since May 2012 ... closed at
        4 p.m.")."""
        return (self.last is not None and last_day is not None and self.last_mention is not None and self.last_end is not None
                and self.last_end <= last_day[0] and self.last_mention.start < self.doc.sentence_at(mention.start)[0]
                and not (self.dct is not None and not self.narrative
                         and (self.today_named or not 0 <= (self.dct - last_day[0]).days <= _OLD_DAYS)))

    def day_ahead(self, mention: Mention) -> Optional[str]:
        """The day named just after a clock time without one, in its sentence: "at 3 p.m. (1900
        GMT) on Wednesday", "polls open at 7 a.m. and close at 10 p.m. on Thursday"."""
        text, end = self.doc.text, mention.end
        for following in self.upcoming:
            gap = text[end:following.start]
            if (len(gap) > _AHEAD_REACH or any(mark in gap for mark in _SENTENCE_MARKS)
                    or self.doc.sentence_at(following.start) != self.doc.sentence_at(mention.start)):
                return None
            f = following.meaning
            if f.hour is not None and "(" in gap and ")" not in gap:
                end = following.end  # a time in brackets, maybe in another zone: "05:46 (20:46 GMT Monday)"
                continue
            if f.weekday is not None or f.dayref is not None or (f.month is not None and f.day is not None):
                if f.hour is None and gap.strip(" ,()").lower() not in ("", "on"):
                    return None  # a date further on dates its own event
                day = self.day_of(following)
                return _fmt_day(day) if day is not None else None
            if f.hour is None:
                return None
            end = following.end  # another clock time: "3 p.m. New York time (1900 GMT) on Wednesday"
        return None

    def vague(self, m: Meaning) -> tuple[str, str, Optional[str]]:
        past = m.span in ("recent", "the past", "past")
        if past and m.unit == "Y":
            return "DATE", "PAST_REF", m.mod
        return "DURATION", format_duration(None, m.unit or "Y"), m.mod


def after_background_word(text: str, start: int) -> bool:
    """Whether one of :data:`BACKGROUND_WORDS` ends just before ``start`` ("since 2009")."""
    return text.endswith(_BACKGROUND_TAILS, 0, start)


def _past_or_future(m: Meaning) -> tuple[str, str, Optional[str]]:
    """ "years ago", "an hour later": a direction without a date that can be named."""
    return "DATE", "PAST_REF" if (m.direction or -1) < 0 else "FUTURE_REF", m.mod


def _holiday_date(name: str, year: int, country: str = "") -> _dt.date:
    """The day of holiday ``name`` in ``year``; ``country``'s Independence Day (a key of
    :data:`INDEPENDENCE_DAYS`)."""
    if name == "independence day":
        return _dt.date(year, *INDEPENDENCE_DAYS[country])
    if name in EASTER_HOLIDAYS:
        return easter(year) + _dt.timedelta(days=EASTER_HOLIDAYS[name])
    if name in HEBREW_HOLIDAYS:
        new_year, offset = rosh_hashanah(year), HEBREW_HOLIDAYS[name]
        if offset is None:  # 25 Kislev: after Tishrei (30 days) and Cheshvan (30 days in a "complete" year)
            cheshvan = 30 if (rosh_hashanah(year + 1) - new_year).days in (355, 385) else 29
            offset = 30 + cheshvan + 24
        return new_year + _dt.timedelta(days=offset)
    if name in LUNAR_NEW_YEAR_NAMES:
        if year not in LUNAR_NEW_YEARS:
            raise ValueError(f"no lunar new year known for {year}")  # as for a day beyond year 9999
        return _dt.date(year, *LUNAR_NEW_YEARS[year]) + _dt.timedelta(days=LUNAR_NEW_YEAR_NAMES[name])
    moved = MOVED_HOLIDAYS.get(name, {}).get(year)  # "Super Tuesday" 2008 was on Feb. 5
    return _dt.date(year, *moved) if moved is not None else nth_weekday(year, *MOVABLE_HOLIDAYS[name])


def _valid(year: int, month: int, day: int) -> bool:
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _season_start(day: _dt.date) -> tuple[int, int, int]:
    year, code = _season_of(day)
    return year, SEASON_MONTHS[code], 1


def resolve(doc: Document, mentions: Sequence[Mention], reference: Reference, anchor: str = "auto") -> list[TimeExpression]:
    """Resolve the mentions of one document, in text order, against ``reference``."""
    resolver = _Resolver(doc, reference, anchor)
    out = []
    for i, mention in enumerate(mentions):
        resolver.upcoming = mentions[i + 1:i + 3]
        expr = resolver.resolve(mention)
        if expr is not None:
            out.append(expr)
    return out
