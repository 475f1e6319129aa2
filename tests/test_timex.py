"""chronos.timex: the TIMEX3 value grammar of TimeML 1.2.1."""

import re
from pathlib import Path

import pytest

import chronos
from chronos.timex import check_value, is_valid_value

VALID_POINTS = [
    # dates at every precision, with X placeholders
    "2017", "2017-03", "2017-03-17", "XXXX", "XXXX-12", "XXXX-XX-17", "XXXX-XX-XX", "2017-XX-XX",
    "1998-10-XX", "199X-XX-XX", "2016-02-29", "2000-02-29", "XXXX-02-29", "0001-01-01", "9999-12-31",
    # decades, centuries, millennia
    "199X", "199", "19XX", "19", "10", "1",
    # ISO weeks, weekdays, weekends
    "2017-W11", "2017-W01", "2015-W53", "2020-W53", "2017-W11-5", "2017-W11-7", "XXXX-WXX-1",
    "XXXX-WXX-7", "2017-WXX", "2017-W11-WE", "XXXX-WXX-WE",
    # seasons, quarters, halves
    "2017-SP", "2017-SU", "2017-FA", "2017-WI", "XXXX-SU", "2017-Q1", "2017-Q4", "1989-QX",
    "XXXX-Q2", "2017-H1", "2017-H2",
    # times and parts of the day
    "2017-03-17T10", "2017-03-17T10:15", "2017-03-17T10:15:30", "2017-03-17T10:15:30.5",
    "2017-03-17T00:00", "2017-03-17T24:00", "2017-03-17T24", "2017-03-17T23:59:59",
    "2017-03-17T10:15Z", "2017-03-17T10:15+03:00", "2017-03-17TMO", "2017-03-17TMI",
    "2017-03-17TAF", "2017-03-17TEV", "2017-03-17TNI", "2017-03-17TDT", "XXXX-XX-XXTNI",
    "XXXX-WXX-2TNI", "XXXX-WXX-1T09:00",
    # vague references
    "PRESENT_REF", "PAST_REF", "FUTURE_REF",
]

VALID_DURATIONS = [
    "P5Y", "P2W", "P1D", "P3M", "PT24H", "PT1M", "PT30S", "P1DT2H", "P2Y6M", "PT5H30M",
    "PT1M30S", "P1Y2M3DT4H5M6S", "PXY", "PXM", "PXW", "PXD", "PTXH", "P1.5Y", "PT0.5H",
    "P1Y2.5M", "P1Q", "PXQ", "P1E", "PXC", "P2L", "P100Y", "P18M", "P0D", "P52W",
]

INVALID = [
    # not TIMEX3 at all
    "", " ", "2017 ", " 2017", "today", "March 2017", "2017/03/17", "17-03-2017", "20170317",
    "present_ref", "NOW", "PRESENT", "XXXX-XX-XX-XX", "2017-", "2017--03", "-2017",
    "12345", "2017-3", "2017-03-7", "2017-003-17", "X017", "1X17", "2017-1X",
    # digits other than ASCII
    "\uff12\uff10\uff11\uff17", "\u0662\u0660\u0661\u0667-03", "P\uff15Y", "2017-03-17T1\uff10",
    # out of range
    "2017-00", "2017-13", "2017-03-00", "2017-03-32", "2017-02-29", "2017-02-30", "2100-02-29",
    "XXXX-02-30", "XXXX-04-31", "2017-06-31", "2017-W00", "2017-W54", "2017-W53", "2017-W11-0",
    "2017-W11-8", "2017-Q0", "2017-Q5", "2017-H3", "2017-03-17T25:00", "2017-03-17T24:30",
    "2017-03-17T10:60", "2017-03-17T10:15:61", "2017-03-17T99",
    # misplaced parts
    "2017-AU", "2017-SPR", "2017-W11-WD", "2017-W1", "2017-WE", "2017-03T10:00", "2017T10:00",
    "2017-03-17T", "2017-03-17TXX", "2017-03-17TMORNING", "T10:00", "TMO", "2017-SPT10:00",
    "2017-03-17 10:15",
    # malformed durations
    "P", "PT", "P1", "P1YT", "PY", "P1H", "PT1D", "PT1Y", "P1M2Y", "P1Y1Y", "PT1S1M",
    "P1.5Y2M", "P-1Y", "P1,5Y", "PXX", "P1Z", "p1y", "P 1Y", "P1.Y", "P.5Y", "PT1H2H",
]


@pytest.mark.parametrize("value", VALID_POINTS + VALID_DURATIONS)
def test_valid_values(value):
    assert is_valid_value(value)
    assert check_value(value) == value


@pytest.mark.parametrize("value", INVALID)
def test_invalid_values(value):
    assert not is_valid_value(value)
    with pytest.raises(chronos.ChronosError, match=re.escape(repr(value))):
        check_value(value)


@pytest.mark.parametrize("value", VALID_POINTS)
def test_points_are_dates_and_times_not_durations(value):
    assert is_valid_value(value, "DATE") and is_valid_value(value, "TIME")
    assert not is_valid_value(value, "DURATION")


@pytest.mark.parametrize("value", VALID_DURATIONS)
def test_durations_are_not_dates(value):
    assert is_valid_value(value, "DURATION")
    assert not is_valid_value(value, "DATE") and not is_valid_value(value, "TIME")


@pytest.mark.parametrize("value", ["P1W", "P1D", "PT1H", "XXXX-WXX-1", "XXXX-XX-XX", "XXXX-12", "XXXX-WXX-2TNI"])
def test_set_values_are_durations_or_dates(value):
    assert is_valid_value(value, "SET")


@pytest.mark.parametrize("value", ["PRESENT_REF", "PAST_REF", "2017-13", "P1M1Y"])
def test_invalid_set_values(value):
    assert not is_valid_value(value, "SET")


@pytest.mark.parametrize(
    "value, reason",
    [
        ("2017-13", "month 13 is not in 01-12"),
        ("2017-02-30", "day 30 does not exist in month 02 of 2017"),
        ("2017-W53", "year 2017 has no ISO week 53"),
        ("2017-03-17T24:30", "hour 24 is only valid as 24:00"),
        ("P1Y1Y", "unit 'Y' is repeated or out of order"),
        ("PT1D", "unit 'D' cannot stand after 'T'"),
        ("P1.5Y2M", "only the last component of a duration may have a fraction"),
    ],
)
def test_check_value_says_what_is_wrong(value, reason):
    with pytest.raises(chronos.ChronosError) as info:
        check_value(value)
    assert str(info.value) == f"invalid TIMEX3 value {value!r}: {reason}"
    assert isinstance(info.value, ValueError)


def test_type_must_match(value="2017-03-17"):
    with pytest.raises(chronos.ChronosError, match="DURATION"):
        check_value(value, "DURATION")
    assert check_value(value, "DATE") == value


@pytest.mark.parametrize("bad", [None, 2017, b"2017"])
def test_value_of_wrong_type(bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        is_valid_value(bad)


def test_unknown_timex_type():
    with pytest.raises(chronos.ChronosError, match="'EVENT'"):
        is_valid_value("2017", "EVENT")


CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "tbaq"

#: Gold values that break the TimeML 1.2.1 grammar (one-digit ISO weeks, a duration without unit).
GOLD_ANNOTATION_ERRORS = {"2000-W2", "2000-W6", "2000-W7", "2000-W8", "PXX"}


@pytest.mark.skipif(not CORPORA.is_dir(), reason="gold TimeML corpora not available")
def test_gold_corpus_values_are_valid():
    values = {
        m for f in CORPORA.glob("*/*.tml")
        for m in re.findall(r'<TIMEX3[^>]*\bvalue="([^"]*)"', f.read_text(encoding="utf-8"))
    }
    assert len(values) > 500
    assert {v for v in values if not is_valid_value(v)} == GOLD_ANNOTATION_ERRORS


@pytest.mark.parametrize("value", ["BC0044", "BC0753", "BC0049-01"])
def test_years_before_the_common_era(value):
    assert is_valid_value(value, "DATE")


@pytest.mark.parametrize("value", ["BC", "BCXX-01", "BC-0044"])
def test_malformed_years_before_the_common_era(value):
    assert not is_valid_value(value)
