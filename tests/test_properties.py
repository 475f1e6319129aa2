"""Properties of chronos.extract on any text: it never fails, and what it returns is well formed.

For every text, with or without a dct: no exception; each expression sits where it says
(``text[start:end] == expr.text``), is not empty and has no surrounding whitespace; expressions are
in text order and do not overlap; every value is a valid TIMEX3 value for its type; a second
call gives the same result, whatever was extracted in between.
"""

import datetime as dt
import os
import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import chronos
from chronos.tagger import _compiled, _sre, _sre_parse
from chronos.timex import is_valid_value

RULE_SAMPLES = int(os.environ.get("RULE_SAMPLES", 15))  # texts per rule in test_text_shaped_like_a_rule

#: Pieces that look like parts of dates, numbers or tricky neighbours of dates.
FRAGMENTS = [
    "March", "December", "Monday", "spring", "20", "17", "1", "0", "5", "30", "99", "1998", "2017",
    "19", "10000", "last", "next", "this", "week", "weeks", "year", "years", "month", "day", "days",
    "decade", "century", "quarter", "ago", "later", "since", "until", "in", "on", "at", "the", "of",
    "early", "mid-", "late", "first", "two", "today", "yesterday", "tomorrow", "now", "currently",
    "recently", "p.m.", "a.m.", "noon", "'s", "2+2", "G20", "-", "/", ":", ".", ",", "'", " ", " ",
    " ", "\n", "th",
]

#: Typographic characters news text is full of, and characters that are more than one code unit.
UNICODE_FRAGMENTS = [
    "\u00a0", "\u2009", "\u202f", "\u2013", "\u2014", "\u201c", "\u201d", "\u2018", "\u2019",
    "\uff12", "\uff10", "\uff11", "\uff17", "\u0301", "\U0001f642", "\u00e9", "\u0660",
]

DCTS = st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))

#: Any text at all: control characters, NUL, lone surrogates included.
ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=200)

DATE_LIKE_TEXT = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)

MIXED_TEXT = st.lists(st.sampled_from(FRAGMENTS + UNICODE_FRAGMENTS), max_size=40).map("".join)

def examples(n):
    """Hypothesis settings: ``n`` examples, no per-example deadline (timing is for benchmarks/)."""
    return settings(max_examples=n, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_well_formed(text, dct):
    """Extract from ``text`` and check every property of the result; return it."""
    found = chronos.extract(text, dct=dct)
    previous_end = 0
    for expr in found:
        assert 0 <= expr.start < expr.end <= len(text), expr
        assert text[expr.start:expr.end] == expr.text, expr
        assert expr.text == expr.text.strip(), expr
        assert expr.start >= previous_end, f"{expr} overlaps or precedes the expression before it"
        previous_end = expr.end
        assert is_valid_value(expr.value, expr.type), expr
    assert chronos.extract(text, dct=dct) == found
    return found


@examples(600)
@given(ANY_TEXT, DCTS)
def test_any_text(text, dct):
    check_well_formed(text, dct)


@examples(1500)
@given(DATE_LIKE_TEXT, DCTS)
def test_date_like_text(text, dct):
    check_well_formed(text, dct)


@examples(600)
@given(MIXED_TEXT, DCTS)
def test_typographic_text(text, dct):
    check_well_formed(text, dct)


@examples(300)
@given(DATE_LIKE_TEXT, DATE_LIKE_TEXT, DCTS)
def test_calls_are_independent(a, b, dct):
    a_then_b = chronos.extract(a, dct=dct), chronos.extract(b, dct=dct)
    b_then_a = chronos.extract(b, dct=dct), chronos.extract(a, dct=dct)
    assert a_then_b == b_then_a[::-1]


@examples(300)
@given(DATE_LIKE_TEXT, st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
def test_timeline_is_ordered(text, dct):
    tl = chronos.timeline(text, dct=dct)
    keys = [(e.begin, e.when.granularity, e.when.start) for e in tl]
    assert keys == sorted(keys)
    assert all(e.when in chronos.extract(text, dct=dct) for e in tl)


ODD_DATES = [
    "February 30, 2017", "February 29, 2017", "April 31", "32 March", "March 0", "the 45th",
    "the 0th of March", "year 0", "the year 0000", "99999", "13/13/2013", "00/00/0000",
    "31/04/2017", "2017-02-30", "2017-13-01", "0000-00-00", "25:61", "at 99:99 p.m.", "Q5 2017",
    "week 54 of 2017", "the 20000s", "year 10000", "in 9999", "9999 years ago",
    "10000 years from now", "100000 days later", "the 1st century BC", "1998-99", "1998/99",
    "'98", "the '90s", "March 1998-2018", "2+2", "G20", "4/20", "10-4", "24/7", "9/11", "1-2-3",
]


@pytest.mark.parametrize("text", ODD_DATES)
@pytest.mark.parametrize("dct", [None, dt.date(2017, 3, 17), dt.date(1, 1, 1), dt.date(9999, 12, 31)])
def test_odd_dates(text, dct):
    check_well_formed(f"It happened {text}.", dct)
    check_well_formed(text, dct)


@pytest.mark.parametrize(
    "text",
    ["last year", "next year", "yesterday", "tomorrow", "last week", "next month", "in 5000 years",
     "the next decade", "last century", "this weekend", "tonight", "two weeks ago", "currently"],
)
@pytest.mark.parametrize("dct", [dt.date(1, 1, 1), dt.datetime(9999, 12, 31, 23, 59)])
def test_relative_dates_at_the_ends_of_the_calendar(text, dct):
    check_well_formed(f"It happened {text}.", dct)


UNICODE_CASES = [
    ("\u201cMarch 20\u201d", "March 20"),
    ("\u2018March 20\u2019", "March 20"),
    ("\U0001f642\U0001f642 March 20", "March 20"),
    ("Caf\u00e9\u0301 on March 20", "March 20"),
    ("\u00a0\u2009\u202fMarch 20", "March 20"),
    ("\u2014March 20\u2014", "March 20"),
]


@pytest.mark.parametrize("text, expected", UNICODE_CASES)
def test_offsets_count_code_points(text, expected):
    found = check_well_formed(text, dt.date(2017, 3, 17))
    assert [(e.text, e.start, e.value) for e in found] == [(expected, text.index(expected), "2017-03-20")]


@pytest.mark.parametrize(
    "text",
    ["March\u00a020", "March\u200920", "March\u202f20", "1998\u201399", "1998\u201499", "March 3\u20135",
     "March 3\u2014March 5", "\uff12\uff10\uff11\uff17", "March \uff12\uff10", "\u0662\u0660\u0661\u0667",
     "March 20\u0301", "M\u0430rch 20", "Mar\u00adch 20", "March\u200b20", "\ufeffMarch 20"],
)
@pytest.mark.parametrize("dct", [None, dt.date(2017, 3, 17)])
def test_typographic_variants(text, dct):
    check_well_formed(f"Talks resume {text}, officials said.", dct)


def _sample(items, rnd):
    """A random string shaped like the parsed regex ``items`` (lookarounds left out): what the
    rules of the grammar are written to match, in every combination of their words."""
    out = []
    for op, av in items:
        if op is _sre.LITERAL:
            out.append(chr(av))
        elif op in (_sre.NOT_LITERAL, _sre.ANY):
            out.append(" ")
        elif op is _sre.IN:
            choices = []
            for kind, arg in av:
                if kind is _sre.LITERAL:
                    choices.append(chr(arg))
                elif kind is _sre.RANGE:
                    choices.append(chr(rnd.randint(arg[0], min(arg[1], arg[0] + 40))))
                elif kind is _sre.CATEGORY:
                    choices.append({_sre.CATEGORY_DIGIT: "7", _sre.CATEGORY_SPACE: " ", _sre.CATEGORY_WORD: "a"}.get(arg, " "))
            out.append(rnd.choice(choices) if choices and av[0][0] is not _sre.NEGATE else " ")
        elif op is _sre.BRANCH:
            out.append(_sample(rnd.choice(av[1]), rnd))
        elif op is _sre.SUBPATTERN:
            out.append(_sample(av[-1], rnd))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            least, most, body = av
            out.extend(_sample(body, rnd) for _ in range(rnd.randint(least, min(most, least + 2))))
    return "".join(out)


@pytest.mark.parametrize("name, regex", [pytest.param(name, regex, id=name) for name, _, regex in _compiled().rules])
def test_text_shaped_like_a_rule(name, regex):
    """Text built from each rule's own pattern, word by word, alone and in a sentence, never
    makes extract fail ("later that evening" once did: a rule listed a word its reader lacked).
    ``RULE_SAMPLES=3000`` in the environment tries many more texts (about 11 minutes)."""
    rnd = random.Random(name)
    parsed = _sre_parse.parse(regex.pattern, re.IGNORECASE)
    for _ in range(RULE_SAMPLES):
        piece = _sample(parsed, rnd)
        piece = piece.title() if rnd.random() < 0.3 else piece
        for text in (piece, f"Officials said on Monday that {piece} they will meet."):
            for dct in (None, "2017-03-17"):
                check_well_formed(text, dct)
