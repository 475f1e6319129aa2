"""The public API: chronos.extract and chronos.timeline on the sample article, and bad input."""

import datetime as dt
import json

import pytest

import chronos
from chronos import Granularity

DCT = "2017-03-17"

#: The sample article's time expressions, in text order: (text, value).
SAMPLE = [
    ("March 17", "2017-03-17"),
    ("Last year", "2016"),
    ("2015", "2015"),
    ("currently", "PRESENT_REF"),
    ("November 2016", "2016-11"),
    ("March 20", "2017-03-20"),
    ("March 20", "2017-03-20"),
    ("February", "2017-02"),
    ("November 2013", "2013-11"),
    ("last December", "2016-12"),
]

#: The sample article's timeline values, in time order.
SAMPLE_TIMELINE = [
    "2013-11", "2015", "2016", "2016-11", "2016-12", "2017-02", "2017-03-17", "PRESENT_REF",
    "2017-03-20", "2017-03-20",
]


def expected_starts(text, phrases):
    """Where each phrase occurs, searching on from the end of the one before."""
    starts, pos = [], 0
    for phrase in phrases:
        pos = text.index(phrase, pos)
        starts.append(pos)
        pos += len(phrase)
    return starts


# -- the sample article ---------------------------------------------------------------------------


def test_sample_expressions(sample_text):
    found = chronos.extract(sample_text, dct=DCT)
    assert [(e.text, e.value) for e in found] == SAMPLE
    assert {e.type for e in found} == {"DATE"}
    assert all(sample_text[e.start:e.end] == e.text for e in found)
    assert [e.start for e in found] == expected_starts(sample_text, [t for t, _ in SAMPLE])


@pytest.mark.parametrize(
    "text, begin, end, granularity",
    [
        ("Last year", dt.datetime(2016, 1, 1), dt.datetime(2017, 1, 1), Granularity.YEAR),
        ("last December", dt.datetime(2016, 12, 1), dt.datetime(2017, 1, 1), Granularity.MONTH),
        ("March 20", dt.datetime(2017, 3, 20), dt.datetime(2017, 3, 21), Granularity.DAY),
        # "currently" is PRESENT_REF, and as an interval the day of the article
        ("currently", dt.datetime(2017, 3, 17), dt.datetime(2017, 3, 18), Granularity.DAY),
    ],
)
def test_sample_intervals(sample_text, text, begin, end, granularity):
    expr = next(e for e in chronos.extract(sample_text, dct=DCT) if e.text == text)
    assert (expr.interval.begin, expr.interval.end, expr.granularity) == (begin, end, granularity)


def test_sample_timeline(sample_text):
    tl = chronos.timeline(sample_text, dct=DCT)
    assert [e.when.value for e in tl] == SAMPLE_TIMELINE
    # the documented order: by begin, coarser granularity first on ties, then text order
    keys = [(e.begin, e.when.granularity, e.when.start) for e in tl]
    assert keys == sorted(keys)
    # "March 17" (the dateline) and "currently" tie on begin and granularity: text order decides
    assert [e.when.text for e in tl][6:8] == ["March 17", "currently"]
    assert tl.dct == dt.datetime(2017, 3, 17)


def test_sample_events_carry_their_sentence(sample_text):
    for event in chronos.timeline(sample_text, dct=DCT):
        assert event.when.text in event.sentence
        assert event.sentence in sample_text
        assert event.label and len(event.label) <= 80


@pytest.mark.parametrize(
    "dct",
    [
        dt.date(2017, 3, 17),
        dt.datetime(2017, 3, 17),
        dt.datetime(2017, 3, 17, 10, 15),
        "2017-03-17",
        "2017-03-17T10:15:00",
        "March 17, 2017",
        "17 March 2017",
    ],
)
def test_dct_forms_agree(sample_text, dct):
    assert [(e.text, e.value) for e in chronos.extract(sample_text, dct=dct)] == SAMPLE


# -- bad input ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [b"March 20", bytearray(b"March 20")])
def test_bytes_text_says_decode(text):
    with pytest.raises(TypeError, match="decode"):
        chronos.extract(text, dct=DCT)


@pytest.mark.parametrize("text, name", [(2017, "int"), (None, "NoneType"), (["March 20"], "list")])
def test_text_of_wrong_type(text, name):
    with pytest.raises(TypeError, match=name):
        chronos.extract(text, dct=DCT)
    with pytest.raises(TypeError, match=name):
        chronos.timeline(text, dct=DCT)


@pytest.mark.parametrize("dct", ["not a date", "2017-13-45", "2017", "", "March 2017", "today", "3 days ago"])
def test_unreadable_dct(dct):
    with pytest.raises(chronos.DateError) as info:
        chronos.extract("Talks resume on March 20.", dct=dct)
    assert isinstance(info.value, ValueError)
    assert repr(dct) in str(info.value)


@pytest.mark.parametrize("dct", [3.5, 20170317, ["2017-03-17"]])
def test_dct_of_wrong_type(dct):
    with pytest.raises(TypeError, match=type(dct).__name__):
        chronos.extract("Talks resume on March 20.", dct=dct)


def test_unknown_anchor():
    with pytest.raises(ValueError, match="'bogus'"):
        chronos.extract("Talks resume on March 20.", dct=DCT, anchor="bogus")


@pytest.mark.parametrize("anchor", ["auto", "news", "narrative"])
def test_known_anchors(anchor):
    assert [e.value for e in chronos.extract("Talks resume on March 20.", dct=DCT, anchor=anchor)] == ["2017-03-20"]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\t \r\n"])
def test_empty_text(text):
    assert chronos.extract(text, dct=DCT) == []
    assert chronos.extract(text) == []
    assert len(chronos.timeline(text, dct=DCT)) == 0


def test_without_dct_values_stay_underspecified():
    assert [(e.text, e.value) for e in chronos.extract("Putin visited Japan last December.")] == [
        ("last December", "XXXX-12")
    ]


def test_without_dct_today_is_never_used(sample_text):
    this_year = str(dt.date.today().year)
    assert this_year not in sample_text  # else the check below proves nothing
    assert all(this_year not in e.value for e in chronos.extract(sample_text))


# -- the Timeline sequence ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_timeline(sample_text):
    return chronos.timeline(sample_text, dct=DCT)


def test_timeline_is_a_sequence(sample_timeline):
    tl = sample_timeline
    assert len(tl) == len(SAMPLE_TIMELINE) == len(list(tl))
    assert isinstance(tl[0], chronos.Event) and tl[0].when.value == "2013-11"
    assert tl[-1].when.value == "2017-03-20"
    head = tl[:3]
    assert isinstance(head, chronos.Timeline)
    assert [e.when.value for e in head] == SAMPLE_TIMELINE[:3]
    assert [e.when.value for e in tl[::-1]] == SAMPLE_TIMELINE[::-1]
    with pytest.raises(IndexError):
        tl[len(tl)]


@pytest.mark.parametrize(
    "start, end, values",
    [
        ("2016-01-01", "2017-01-01", ["2016", "2016-11", "2016-12"]),
        (dt.date(2017, 3, 18), None, ["2017-03-20", "2017-03-20"]),
        (None, dt.datetime(2015, 1, 1), ["2013-11"]),
        ("March 17, 2017", "2017-03-18", ["2017-03-17", "PRESENT_REF"]),
        (None, None, SAMPLE_TIMELINE),
    ],
)
def test_timeline_between(sample_timeline, start, end, values):
    part = sample_timeline.between(start, end)
    assert isinstance(part, chronos.Timeline)
    assert [e.when.value for e in part] == values


def test_timeline_between_bad_bounds(sample_timeline):
    with pytest.raises(ValueError, match="before"):
        sample_timeline.between("2017-01-01", "2016-01-01")
    with pytest.raises(chronos.DateError, match="'soon'"):
        sample_timeline.between("soon")


def test_timeline_records_are_json(sample_timeline):
    records = sample_timeline.to_records()
    assert json.loads(json.dumps(records)) == records
    assert [r["value"] for r in records] == SAMPLE_TIMELINE
    assert {"text", "start", "end", "type", "value", "label", "sentence"} <= set(records[0])


def test_values_are_immutable(sample_timeline):
    with pytest.raises(AttributeError):
        sample_timeline[0].when.value = "1999"


def test_between_takes_timex_values_and_names_a_bad_bound():
    tl = chronos.timeline("It was built in 1998. It opened in March 2001.", dct=DCT)
    assert [e.when.value for e in tl.between("1998", "1999")] == ["1998"]
    assert [e.when.value for e in tl.between("2001-03")] == ["2001-03"]
    with pytest.raises(chronos.DateError, match="between.*'soon'"):
        tl.between("soon")
    with pytest.raises(TypeError, match="between.*float"):
        tl.between(3.5)


def test_bad_anchor_is_a_chronos_error():
    with pytest.raises(chronos.ChronosError, match="'bogus'"):
        chronos.extract("In 1998.", anchor="bogus")


def test_the_dateline_event_says_it_is_the_filing_date(sample_text):
    (event,) = [e for e in chronos.timeline(sample_text, dct=DCT) if e.when.text == "March 17"]
    assert event.label == "report filed (dateline)"
