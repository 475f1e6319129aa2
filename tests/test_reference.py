"""chronos.reference: the document date from the caller, a dateline, or inferred from the text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

import chronos
from chronos import DateError, Granularity, Interval, Reference
from chronos.reference import establish, find_dateline, infer_year, parse_date
from chronos.text import Document

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "tbaq"


def day(y: int, m: int, d: int) -> dt.datetime:
    return dt.datetime(y, m, d)


def month(y: int, m: int) -> Interval:
    end = day(y + 1, 1, 1) if m == 12 else day(y, m + 1, 1)
    return Interval(day(y, m, 1), end, Granularity.MONTH)


def year(y: int) -> Interval:
    return Interval(day(y, 1, 1), day(y + 1, 1, 1), Granularity.YEAR)


# --- datelines --------------------------------------------------------------------------------

# (text, evidence, year, month, day, weekday, time); a time gives the granularity it names
DATED = [
    ("Jan. 8, 1998", "Jan. 8, 1998", 1998, 1, 8, None, None),
    ("March 17, 2017 10:15 GMT", "March 17, 2017 10:15 GMT", 2017, 3, 17, None, dt.time(10, 15)),
    ("Published: March 17, 2017", "Published: March 17, 2017", 2017, 3, 17, None, None),
    ("Updated 17 March 2017", "Updated 17 March 2017", 2017, 3, 17, None, None),
    ("2017-03-17T10:15:00Z", "2017-03-17T10:15:00Z", 2017, 3, 17, None, dt.time(10, 15)),
    ("2017-03-17 10:15:30.5+03:00", "2017-03-17 10:15:30.5+03:00", 2017, 3, 17, None, dt.time(10, 15, 30, 500000)),
    ("2017/03/17", "2017/03/17", 2017, 3, 17, None, None),
    ("17/03/2017", "17/03/2017", 2017, 3, 17, None, None),
    ("03/17/2017", "03/17/2017", 2017, 3, 17, None, None),
    ("Friday, March 17, 2017", "Friday, March 17, 2017", 2017, 3, 17, 5, None),
    ("Posted on 17th of March, 2017 at 9:05 pm", "Posted on 17th of March, 2017 at 9:05 pm", 2017, 3, 17, None, dt.time(21, 5)),
    ("By Ann Lee | Updated 10:15 a.m. ET, Fri March 17, 2017", "Updated 10:15 a.m. ET, Fri March 17, 2017", 2017, 3, 17, 5, dt.time(10, 15)),
    ("NEW YORK, Jan. 8, 1998 (Reuters) - Shares fell.", "NEW YORK, Jan. 8, 1998", 1998, 1, 8, None, None),
]

YEARLESS = [
    ("MOSCOW, March 17. /TASS/. The issue of deploying", "MOSCOW, March 17", 3, 17, None),
    ("NEW YORK, Jan 8 (Reuters) - Stocks rose.", "NEW YORK, Jan 8", 1, 8, None),
    ("WASHINGTON, August 8 (Xinhua) --", "WASHINGTON, August 8", 8, 8, None),
    ("NAIROBI, Kenya, Aug. 7 (AP) _ Bombs exploded.", "NAIROBI, Kenya, Aug. 7", 8, 7, None),
    ("ST. PETERSBURG, Russia, 17 March (Reuters) -", "ST. PETERSBURG, Russia, 17 March", 3, 17, None),
    ("Tuesday, March 17", "Tuesday, March 17", 3, 17, 2),
    ("FRIDAY, MARCH 17", "FRIDAY, MARCH 17", 3, 17, 5),
    ("February 29", "February 29", 2, 29, None),
]

NOT_DATELINES = [
    "WASHINGTON (AP) -- Talks were held on March 17, 2017.",
    "March 20 talks to focus on Kurils",  # a headline that starts with a date
    "March 17, 2017 was a cold day.",
    "03/04/2017",  # March 4 or April 3: ambiguous
    "13/13/2013", "00/03/2017", "17/32/2017",  # no month or day
    "February 29, 2017",  # no such day
    "The report, published on March 17, 2016, found nothing.",  # a label inside a sentence
    "Tokyo will host a meeting on March 20.",
    "",
]


@pytest.mark.parametrize("text, evidence, y, m, d, weekday, time", DATED)
def test_dated_datelines(text, evidence, y, m, d, weekday, time):
    found = find_dateline(text)
    assert (found.year, found.month, found.day, found.weekday, found.time) == (y, m, d, weekday, time)
    assert text[found.start:found.end] == evidence


@pytest.mark.parametrize("text, evidence, m, d, weekday", YEARLESS)
def test_yearless_datelines(text, evidence, m, d, weekday):
    found = find_dateline(text)
    assert (found.year, found.month, found.day, found.weekday) == (None, m, d, weekday)
    assert text[found.start:found.end] == evidence


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_not_datelines(text):
    assert find_dateline(text) is None


def test_dateline_after_boilerplate_and_captions(sample_text):
    found = find_dateline(sample_text)
    assert sample_text[found.start:found.end] == "MOSCOW, March 17"


@pytest.mark.parametrize("text, granularity", [
    ("Jan. 8, 1998", Granularity.DAY),
    ("Jan. 8, 1998 10 a.m.", Granularity.HOUR),
    ("Jan. 8, 1998 10:00 a.m.", Granularity.MINUTE),
    ("1998-01-08T10:00:00Z", Granularity.SECOND),
])
def test_dateline_granularity(text, granularity):
    assert find_dateline(text).granularity == granularity


def test_dates_far_below_the_top_are_not_datelines():
    lines = [f"Line {i} of the story." for i in range(8)]
    assert find_dateline("\n".join(lines[:7] + ["Published: March 17, 2017"])) is not None
    assert find_dateline("\n".join(lines + ["Published: March 17, 2017"])) is None
    padding = "A long opening paragraph without dates. " * 16  # over 600 characters on one line
    assert find_dateline(padding + "\nPublished: March 17, 2017") is None
    # blank lines and page furniture do not count as lines
    furniture = "All news\n\nShare\n© Photo agency\n\n" * 3
    assert find_dateline(furniture + "\n".join(lines[:7]) + "\nPublished: March 17, 2017") is not None


def test_find_dateline_rejects_bytes():
    with pytest.raises(TypeError, match="bytes"):
        find_dateline(b"Jan. 8, 1998")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("March 17, 2017 Friday MOSCOW (AP) -- :/.\n\t0123456789")), max_size=300))
def test_find_dateline_never_crashes_and_spans_fit(text):
    found = find_dateline(text)
    if found is not None:
        assert 0 <= found.start < found.end <= len(text)
        assert dt.date(found.year or 2000, found.month, found.day)


def test_pathological_inputs():
    for text in ("A" * 100_000, ", " * 50_000, "MOSCOW, " * 20_000, "1/" * 50_000, "\n" * 100_000,
                 "March " * 20_000, "Published: " * 10_000):
        assert find_dateline(text) is None


# --- year inference ---------------------------------------------------------------------------


def test_infer_year_sample_evidence():
    # "In 2015 ... were put", "In November 2016 ... said", "held in November 2013"
    evidence = [(year(2015), "past"), (month(2016, 11), "past"), (month(2013, 11), "past")]
    assert infer_year(3, 17, evidence) == 2017


def test_infer_year_takes_the_latest_past_year_when_consistent():
    assert infer_year(3, 17, [(month(2017, 1), "past"), (year(2010), "past")]) == 2017
    assert infer_year(12, 30, [(month(2016, 11), "past")]) == 2016


def test_disagreeing_evidence_gives_no_year():
    # a past-tense "in December 2018" and a future-tense "in January 2017"
    assert infer_year(3, 17, [(month(2018, 12), "past"), (month(2017, 1), "future")]) is None


def test_future_evidence_constrains():
    # past November 2016 alone allows 2017; "will be held in January 2017" rules 2017 out
    assert infer_year(3, 17, [(month(2016, 11), "past")]) == 2017
    assert infer_year(3, 17, [(month(2016, 11), "past"), (month(2017, 1), "future")]) is None
    assert infer_year(3, 17, [(month(2016, 11), "past"), (month(2017, 4), "future")]) == 2017


def test_no_past_tense_evidence_gives_no_year():
    assert infer_year(3, 17, []) is None
    assert infer_year(3, 17, [(year(2016), None), (year(2016), "present")]) is None
    assert infer_year(3, 17, [(month(2018, 5), "future")]) is None


def test_weekday_alone_fixes_nothing():
    # Friday, March 17: 1995, 2000, 2006, 2017, 2023, 2028, ...
    assert infer_year(3, 17, [], weekday=5) is None
    # a year named without tense: 2006 and 2017 are both within 10 years of 2012
    assert infer_year(3, 17, [(year(2012), None)], weekday=5) is None


def test_weekday_picks_the_single_year_in_the_window():
    # Tuesday, March 17: 2009, 2015, 2020 (and 1998, 2026, ...). Named 2013, must be after May 2013
    # and before 2017 (future): only 2015.
    evidence = [(month(2013, 5), "past"), (year(2017), "future")]
    assert infer_year(3, 17, evidence, weekday=2) == 2015
    # the weekday also filters the L, L+1 rule: past November 2016 and Friday -> 2017 ...
    assert infer_year(3, 17, [(month(2016, 11), "past")], weekday=5) == 2017
    # ... and a Tuesday March 17 is neither 2016 nor 2017
    assert infer_year(3, 17, [(month(2016, 11), "past")], weekday=2) is None
    # named 2012 and 2016, before December 2016: of 2006 and 2017 (within 10 years) only 2006
    assert infer_year(3, 17, [(year(2012), None), (month(2016, 11), "future")], weekday=5) == 2006


def test_february_29_needs_a_leap_year():
    assert infer_year(2, 29, [(month(2015, 3), "past")]) == 2016
    assert infer_year(2, 29, [(month(2014, 3), "past")]) is None


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 12), st.integers(1, 31),
    st.lists(st.tuples(st.integers(1990, 2030), st.integers(1, 12), st.sampled_from(["past", "future", "present", None])), max_size=6),
    st.one_of(st.none(), st.integers(1, 7)),
)
def test_inferred_year_satisfies_all_evidence(m, d, raw, weekday):
    evidence = [(month(y, mm), tense) for y, mm, tense in raw]
    found = infer_year(m, d, evidence, weekday)
    if found is None:
        return
    moment = dt.datetime(found, m, d)
    assert weekday is None or moment.isoweekday() == weekday
    assert all(iv.begin <= moment for iv, t in evidence if t == "past")
    assert all(iv.end > moment for iv, t in evidence if t == "future")
    past_years = [iv.begin.year for iv, t in evidence if t == "past"]
    if past_years and max(past_years) <= found <= max(past_years) + 1:
        assert not any(  # the smallest such year
            y < found and _consistent(y, m, d, evidence, weekday) for y in range(max(past_years), found)
        )


def _consistent(y, m, d, evidence, weekday):
    try:
        moment = dt.datetime(y, m, d)
    except ValueError:
        return False
    return ((weekday is None or moment.isoweekday() == weekday)
            and all(iv.begin <= moment for iv, t in evidence if t == "past")
            and all(iv.end > moment for iv, t in evidence if t == "future"))


# --- establish --------------------------------------------------------------------------------


def test_given_dct_wins():
    ref = establish(Document("Published: March 17, 2016\nText."), "2017-03-17")
    assert ref == Reference.given(dt.datetime(2017, 3, 17))


def test_dateline_with_year():
    text = "Published: March 17, 2017 10:15 GMT\nTalks were held."
    ref = establish(Document(text), None)
    assert (ref.date, ref.source, ref.granularity) == (dt.datetime(2017, 3, 17, 10, 15), "dateline", Granularity.MINUTE)
    assert text[ref.span[0]:ref.span[1]] == "Published: March 17, 2017 10:15 GMT"
    assert (ref.month, ref.day) == (3, 17)
    assert establish(Document("Jan. 8, 1998\nText."), None).granularity == Granularity.DAY


def test_yearless_dateline_without_evidence_keeps_month_and_day():
    ref = establish(Document("MOSCOW, March 17. /TASS/. Talks will resume on March 20."), None)
    assert ref == Reference(None, Granularity.DAY, "dateline", (0, 16), 3, 17)


def test_no_dateline_is_none():
    assert establish(Document("WASHINGTON (AP) -- Talks were held."), None) == Reference.none()
    assert establish(Document(""), None) == Reference.none()


def test_bad_dct():
    with pytest.raises(DateError, match="'the day after never'"):
        establish(Document("x"), "the day after never")
    with pytest.raises(TypeError, match="int"):
        establish(Document("x"), 20170317)


@pytest.mark.parametrize("words", ["today", "yesterday", "3 days ago", "now"])
def test_parse_date_never_reads_the_clock(words):
    with pytest.raises(DateError, match=repr(words)):
        parse_date(words)


def test_sample_without_dct_infers_the_year(sample_text):
    doc = Document(sample_text)
    ref = establish(doc, None)
    assert (ref.date, ref.source) == (dt.datetime(2017, 3, 17), "inferred")
    assert sample_text[ref.span[0]:ref.span[1]] == "MOSCOW, March 17"


def test_sample_without_dct_gives_the_same_values(sample_text):
    with_dct = [(e.start, e.value) for e in chronos.extract(sample_text, dct="2017-03-17")]
    without = [(e.start, e.value) for e in chronos.extract(sample_text)]
    assert without == with_dct
    assert not any(value.startswith("X") for _, value in without)


def test_timeline_exposes_the_reference(sample_text):
    assert chronos.timeline(sample_text).reference.source == "inferred"
    assert chronos.timeline(sample_text, dct="2017-03-17").reference.source == "given"
    assert chronos.timeline("WASHINGTON (AP) -- Talks were held.").reference == Reference.none()


def test_contradicting_years_give_no_inference():
    text = ("MOSCOW, March 17. /TASS/. The talks were held in December 2018. "
            "The summit will take place in January 2017.")
    ref = establish(Document(text), None)
    assert (ref.date, ref.source, ref.month, ref.day) == (None, "dateline", 3, 17)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_establish_never_crashes(text):
    ref = establish(Document(text), None)
    assert ref.source in ("dateline", "inferred", "none")


# --- corpus -----------------------------------------------------------------------------------


@pytest.mark.skipif(not CORPORA.is_dir(), reason="TBAQ corpus not present")
def test_tbaq_datelines():
    """Xinhua (XIE) stories open with "CITY, Month D (Xinhua) --"; AP, NYT, WSJ ones name no date."""
    from chronos.timeml import read_timeml

    for path in sorted(CORPORA.glob("*/*.tml")):
        gold = read_timeml(path)
        found = find_dateline(gold.text)
        assert (found is not None) == path.name.startswith("XIE"), path.name
        if found is not None:  # the story's local date: the creation time's day or the day before
            named = dt.date(gold.dct.year, found.month, found.day)
            assert 0 <= (gold.dct.date() - named).days <= 1, path.name


def test_a_date_after_since_is_no_evidence_for_the_year():
    text = "LONDON, Nov 15 (Reuters) - England won its first title since 1966, the team said on Tuesday."
    ref = establish(Document(text), None)
    assert (ref.source, ref.date, ref.month, ref.day) == ("dateline", None, 11, 15)
    dated = "LONDON, Nov 15 (Reuters) - England won its first title since 1966, after a loss in March 2013."
    assert establish(Document(dated), None).date == dt.datetime(2013, 11, 15)


def test_infer_year_at_the_end_of_the_calendar():
    last_year = Interval(dt.datetime(9999, 1, 1), dt.datetime(9999, 12, 31), Granularity.YEAR)
    assert infer_year(12, 31, [(last_year, "past")]) is None  # Dec. 31, 9999 has no next day
    assert chronos.extract("Dec. 31 - Records from AD 9999 were found.") is not None
