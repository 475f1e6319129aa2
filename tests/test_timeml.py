"""TimeML reading and writing: exact offsets, round trips, clear errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chronos import ChronosError, TimeExpression
from chronos.timeml import TimeMLDocument, read_timeml, to_timeml, write_timeml

CORPORA = Path(__file__).parents[1].parent / "shared" / "corpora"

SAMPLE = """<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>APW19980807.0261</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">19980807</TIMEX3></DCT>
<TITLE>Bombs &amp; embassies</TITLE>
<TEXT>
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07" temporalFunction="true" anchorTimeID="t0">Friday</TIMEX3> it <EVENT eid="e2" class="OCCURRENCE">grew</EVENT> <TIMEX3 tid="t2" type="DURATION" value="P3Y" mod="MORE_THAN">more than <EVENT eid="e9" class="STATE">three</EVENT> years</TIMEX3> <SIGNAL sid="s1">after</SIGNAL> <TIMEX3 tid="t3" type="DATE" value="1995"></TIMEX3>the <TIMEX3 tid="t4" type="SET" value="P1W" freq="1X" quant="EVERY">weekly</TIMEX3> &lt;review&gt;.
</TEXT>
</TimeML>
"""


def test_reads_text_without_tags_and_entities_unescaped():
    doc = read_timeml(SAMPLE)
    assert doc.text == "\nAT&T said Friday it grew more than three years after the weekly <review>.\n"
    assert doc.docid == "APW19980807.0261"


def test_reads_dct_from_outside_text():
    doc = read_timeml(SAMPLE)
    assert doc.dct == dt.datetime(1998, 8, 7)
    assert doc.dct_value == "1998-08-07"
    assert "19980807" not in doc.text and "Bombs" not in doc.text


def test_offsets_are_exact_even_around_nested_tags():
    doc = read_timeml(SAMPLE)
    assert [(t.text, t.start, t.end) for t in doc.timexes] == [
        ("Friday", 11, 17), ("more than three years", 26, 47), ("weekly", 58, 64),
    ]
    assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes)


def test_reads_attributes():
    doc = read_timeml(SAMPLE)
    friday, years, weekly = doc.timexes
    assert (friday.type, friday.value, friday.mod, friday.interval) == ("DATE", "1998-08-07", None, None)
    assert (years.type, years.value, years.mod) == ("DURATION", "P3Y", "MORE_THAN")
    assert (weekly.type, weekly.freq, weekly.quant) == ("SET", "1X", "EVERY")
    assert doc.attributes[0]["anchorTimeID"] == "t0"
    assert [a["tid"] for a in doc.attributes] == ["t1", "t2", "t4"]


def test_empty_timex_is_left_out():
    doc = read_timeml(SAMPLE)
    assert "t3" not in [a["tid"] for a in doc.attributes]


def test_reads_a_path(tmp_path):
    path = tmp_path / "doc.tml"
    path.write_text(SAMPLE, encoding="utf-8")
    assert read_timeml(path) == read_timeml(str(path)) == read_timeml(SAMPLE)


def test_document_without_dct():
    doc = read_timeml('<TimeML><TEXT>In <TIMEX3 tid="t1" type="DATE" value="1998">1998</TIMEX3>.</TEXT></TimeML>')
    assert (doc.dct, doc.dct_value, doc.docid) == (None, None, None)
    assert doc.timexes == (TimeExpression("1998", 3, 7, "DATE", "1998"),)


def test_dct_with_a_time_of_day():
    doc = read_timeml('<TimeML><DCT><TIMEX3 tid="t0" type="TIME" value="1998-02-13T14:39" '
                      'functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>x</TEXT></TimeML>')
    assert doc.dct == dt.datetime(1998, 2, 13, 14, 39)


@pytest.mark.parametrize("source, message", [
    ("<TimeML><TEXT>unclosed</TimeML>", "is not well-formed XML"),
    ("<TimeML><DOCID>x</DOCID></TimeML>", "has no <TEXT> element"),
    ('<TimeML><TEXT><TIMEX3 tid="t7" type="WHEN" value="1998">1998</TIMEX3></TEXT></TimeML>', "'t7'"),
])
def test_bad_documents_raise_chronos_error(source, message):
    with pytest.raises(ChronosError, match=message):
        read_timeml(source)


def test_missing_file_names_the_path(tmp_path):
    missing = tmp_path / "nope.tml"
    with pytest.raises(ChronosError, match="nope.tml"):
        read_timeml(missing)


def test_wrong_type_is_a_type_error():
    with pytest.raises(TypeError, match="int"):
        read_timeml(42)  # type: ignore[arg-type]


TEXT = 'Talks on "A & B" <resume> on March 20, 2017; they met weekly for more than three years.'
EXPRESSIONS = [
    TimeExpression("March 20, 2017", 29, 43, "DATE", "2017-03-20"),
    TimeExpression("weekly", 54, 60, "SET", "P1W", freq="1X", quant="EVERY"),
    TimeExpression("more than three years", 65, 86, "DURATION", "P3Y", "MORE_THAN"),
]


def test_round_trip_gives_back_text_and_expressions():
    xml = to_timeml(TEXT, EXPRESSIONS, dct="2017-03-17", docid="d&1")
    doc = read_timeml(xml)
    assert doc == TimeMLDocument("d&1", dt.datetime(2017, 3, 17), TEXT, EXPRESSIONS, dct_value="2017-03-17")


def test_written_timeml_uses_timeml_tags():
    xml = to_timeml(TEXT, EXPRESSIONS[:1], dct=dt.date(2017, 3, 17))
    assert ('<DCT><TIMEX3 tid="t0" type="DATE" value="2017-03-17" temporalFunction="false" '
            'functionInDocument="CREATION_TIME">2017-03-17</TIMEX3></DCT>') in xml
    assert ('<TEXT>Talks on "A &amp; B" &lt;resume&gt; on '
            '<TIMEX3 tid="t1" type="DATE" value="2017-03-20">March 20, 2017</TIMEX3>;') in xml


def test_round_trip_drops_intervals_only():
    from chronos import Granularity, Interval

    iv = Interval(dt.datetime(2017, 3, 20), dt.datetime(2017, 3, 21), Granularity.DAY)
    expr = TimeExpression("March 20", 3, 11, "DATE", "2017-03-20", interval=iv)
    (back,) = read_timeml(to_timeml("On March 20.", [expr])).timexes
    assert back == TimeExpression("March 20", 3, 11, "DATE", "2017-03-20")


def test_round_trip_keeps_carriage_returns_and_time_of_day():
    text = "Line one\r\nat 10:15 today\r"
    expr = TimeExpression("10:15 today", 13, 24, "TIME", "2017-03-17T10:15")
    doc = read_timeml(to_timeml(text, [expr], dct=dt.datetime(2017, 3, 17, 10, 15)))
    assert (doc.text, doc.timexes, doc.dct) == (text, (expr,), dt.datetime(2017, 3, 17, 10, 15))


def test_expressions_are_written_in_text_order():
    doc = read_timeml(to_timeml(TEXT, EXPRESSIONS[::-1]))
    assert doc.timexes == tuple(EXPRESSIONS)
    assert [a["tid"] for a in doc.attributes] == ["t1", "t2", "t3"]


def test_overlapping_expressions_are_refused():
    overlapping = [EXPRESSIONS[0], TimeExpression("2017", 39, 43, "DATE", "2017")]
    with pytest.raises(ChronosError, match="overlaps"):
        to_timeml(TEXT, overlapping)


def test_expression_not_in_text_is_refused():
    with pytest.raises(ChronosError, match="'March 21'"):
        to_timeml(TEXT, [TimeExpression("March 21", 29, 37, "DATE", "2017-03-21")])


def test_character_xml_cannot_hold_is_refused():
    with pytest.raises(ChronosError, match="XML cannot hold"):
        to_timeml("page\x0cbreak", [])


def test_write_timeml(tmp_path):
    path = write_timeml(tmp_path / "out.tml", TEXT, EXPRESSIONS, dct="2017-03-17", docid="d1")
    doc = read_timeml(path)
    assert (doc.text, doc.timexes, doc.docid) == (TEXT, tuple(EXPRESSIONS), "d1")


# text made of characters XML can hold (tab, newline, carriage return and printable ones)
xml_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff") | st.sampled_from("\t\n\r<>&\"'"),
    max_size=60,
)


@given(xml_text, st.lists(st.integers(0, 60), max_size=8))
def test_round_trip_property(text, cuts):
    bounds = sorted({min(c, len(text)) for c in cuts})
    spans = [(a, b) for a, b in zip(bounds[::2], bounds[1::2]) if b > a]
    expressions = [TimeExpression(text[a:b], a, b, "DATE", f"{1990 + i}") for i, (a, b) in enumerate(spans)]
    doc = read_timeml(to_timeml(text, expressions))
    assert doc.text == text
    assert doc.timexes == tuple(expressions)


@pytest.mark.skipif(not (CORPORA / "tbaq").is_dir(), reason="gold corpora not present")
def test_reads_every_tbaq_file():
    files = sorted((CORPORA / "tbaq").rglob("*.tml"))
    assert len(files) == 256
    count = 0
    for file in files:
        doc = read_timeml(file)
        assert doc.dct is not None, file
        assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes), file
        count += len(doc.timexes)
    assert count > 1800


def test_to_timeml_names_a_wrong_expression_type():
    with pytest.raises(TypeError, match="TimeExpression.*dict"):
        to_timeml("On March 20.", [{}])
