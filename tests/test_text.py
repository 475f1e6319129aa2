"""chronos.text: sentences, clauses, tense and labels, with character offsets."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronos import ChronosError
from chronos.grammar import en_cues
from chronos.text import TENSES, Document


def sentences(text):
    doc = Document(text)
    return [text[s:e] for s, e in doc.sentences]


def span(text, expression):
    start = text.index(expression)
    return start, start + len(expression)


# --- sentences ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Mr. Smith met Dr. Jones at 10 a.m. Tuesday. They talked.",
     ["Mr. Smith met Dr. Jones at 10 a.m. Tuesday. ", "They talked."]),
    ("The U.S. economy grew 3.5 percent in Jan. and Feb. last year. It slowed in Sept. 2016.",
     ["The U.S. economy grew 3.5 percent in Jan. and Feb. last year. ", "It slowed in Sept. 2016."]),
    ("Shares of Apple Inc. rose. Microsoft Corp. fell at 2 p.m. Friday.",
     ["Shares of Apple Inc. rose. ", "Microsoft Corp. fell at 2 p.m. Friday."]),
    ("He lives on Main St. in Boston. No. 10 Downing St. is the address.",
     ["He lives on Main St. in Boston. ", "No. 10 Downing St. is the address."]),
    ("President George W. Bush said so. He left.", ["President George W. Bush said so. ", "He left."]),
    ("The meeting was held in the U.S. The talks ended.", ["The meeting was held in the U.S. ", "The talks ended."]),
    ("It was the U.S. Congress that voted.", ["It was the U.S. Congress that voted."]),
    ("The talks ended at 5 p.m. The ministers left.", ["The talks ended at 5 p.m. ", "The ministers left."]),
    ('He said, "We will win." Then he left.', ['He said, "We will win." ', "Then he left."]),
    ('"Why?" he asked. "Because!" Nobody answered.', ['"Why?" he asked. ', '"Because!" ', "Nobody answered."]),
    ("He was born in 1950. In 1970 he moved.", ["He was born in 1950. ", "In 1970 he moved."]),
    ("She left Maryland. ``To the people of Kenya,'' she said.",
     ["She left Maryland. ", "``To the people of Kenya,'' she said."]),
    ("The vote, held Oct. 3, passed. (Mr. Lavrov said so.) Then he left.",
     ["The vote, held Oct. 3, passed. ", "(Mr. Lavrov said so.) ", "Then he left."]),
    ("MOSCOW, March 17. /TASS/. The issue may be raised.", ["MOSCOW, March 17. /TASS/. ", "The issue may be raised."]),
    ("NEW YORK (Reuters) - Stocks fell on Monday. Bonds rose.", ["NEW YORK (Reuters) - Stocks fell on Monday. ", "Bonds rose."]),
    ("A headline without a period\nThe body starts here.", ["A headline without a period\n", "The body starts here."]),
    ("First paragraph without an end\n\nsecond paragraph.", ["First paragraph without an end\n\n", "second paragraph."]),
    ("Diplomats of the two countries held talks in the\ncapital on Monday, and both sides agreed that\n"
     "consultations on the southern Kuril Islands\nMoscow controls would resume in the spring.\nNext",
     ["Diplomats of the two countries held talks in the\ncapital on Monday, and both sides agreed that\n"
      "consultations on the southern Kuril Islands\nMoscow controls would resume in the spring.\n", "Next"]),
    ("Talks end on the\nSunday before the vote.", ["Talks end on the\nSunday before the vote."]),
    ("\n\n  Leading space. Trailing space.  \n", ["\n\n  Leading space. ", "Trailing space.  \n"]),
    ("", [""]),
])
def test_sentence_boundaries(text, expected):
    assert sentences(text) == expected


def test_sample_article_sentences(sample_text):
    found = [s.strip() for s in sentences(sample_text)]
    assert found[:7] == [
        "All news",
        "Russia and Japan may discuss military division deployment to Kurils at 2+2 talks",
        "Moscow may also outline its vision on solving the problems on the Korean Peninsula by peaceful means",
        "Bastion coastal defence missile system (right) Yuri Smityuk/TASS",
        "Bastion coastal defence missile system (right)",
        "© Yuri Smityuk/TASS",
        "MOSCOW, March 17. /TASS/.",
    ]
    assert found[-5:] == [
        "Tokyo will host a meeting between the Russian and Japanese foreign and defense ministers on March 20 "
        "in the 2+2 format.",
        "The agreement on this was reached at the talks between Russian and Japanese top diplomats, Sergey Lavrov "
        "and Fumio Kishida, on the sidelines of the G20 ministerial meeting in Germany’s Bonn in February.",
        "A previous similar meeting was held in November 2013.",
        "After that, the meetings were suspended due to the crisis in Ukraine and Tokyo’s move to join the Western "
        "sanctions imposed on Russia.",
        "The decision to resume the 2+2 consultations was made as a result of Russian President Vladimir Putin’s "
        "visit to Japan last December.",
    ]
    assert '"If Tokyo has questions about this, then I think they may be discussed during the upcoming 2+2 talks," ' \
        "Morgulov said." in found
    assert len(found) == 24


def test_sentence_at_finds_the_sentence_of_any_position():
    text = "It rained. Talks resume on March 20."
    doc = Document(text)
    assert doc.sentence_at(0) == (0, 11)
    assert doc.sentence_at(10) == (0, 11)  # the space after a sentence belongs to it
    assert doc.sentence_at(11) == (11, 36)
    assert doc.sentence_at(len(text)) == (11, 36)


def test_sentences_are_computed_once():
    doc = Document("One. Two.")
    assert doc.sentences is doc.sentences


# --- clauses --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, inside, clause", [
    ("Peskov said that the talks will resume on March 20.", "March", "that the talks will resume on March 20."),
    ("Peskov said that the talks will resume on March 20.", "Peskov", "Peskov said "),
    ("The plan failed; talks resumed in May.", "May", "talks resumed in May."),
    ("The talks, which were held in 2013, will resume next week.", "2013", "which were held in 2013, "),
    ("The talks, which were held in 2013, will resume next week.", "next", "will resume next week."),
    ("Talks resume on March 20 in Tokyo, Morgulov said.", "March", "Talks resume on March 20 in Tokyo, "),
    ("It was founded, but this should not affect talks in May.", "May", "but this should not affect talks in May."),
])
def test_clause_at(text, inside, clause):
    doc = Document(text)
    start, end = doc.clause_at(text.index(inside))
    assert text[start:end] == clause


# --- tense ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expression, tense", [
    # reported speech: the nearer cue wins over "said"
    ("Moscow may also outline its vision on solving the problems of the Korean Peninsula by peaceful means at "
     "the meeting due to be held on March 20 in Tokyo, Morgulov said.", "March 20", "future"),
    ("Tokyo will host a meeting between the Russian and Japanese foreign and defense ministers on March 20 in "
     "the 2+2 format.", "March 20", "future"),
    ("A previous similar meeting was held in November 2013.", "November 2013", "past"),
    ("The agreement on this was reached at the talks between Russian and Japanese top diplomats, Sergey Lavrov "
     "and Fumio Kishida, on the sidelines of the G20 ministerial meeting in Germany’s Bonn in February.",
     "February", "past"),
    ("In 2015, the Tor-M2U anti-missile systems were put on combat duty there.", "2015", "past"),
    ("Last year, Russia deployed its Bastion and Bal coastal missile systems.", "Last year", "past"),
    ("Moscow is currently mulling over the establishment of a naval base.", "currently", "present"),
    ("In November 2016, Dmitry Peskov said that the deployment was well founded.", "November 2016", "past"),
    ("The minister said on Monday that the talks will resume.", "Monday", "past"),
    ("The minister said the talks will resume on Monday.", "Monday", "future"),
    ("The talks, which were held in 2013, will resume next week.", "2013", "past"),
    ("The issue is expected to be discussed on Friday.", "Friday", "future"),
    ("Putin is to visit Japan in December.", "December", "future"),
    ("The summit is scheduled for June.", "June", "future"),
    ("The upcoming talks on March 20 will be important.", "March 20", "future"),
    ("We'll meet on Friday.", "Friday", "future"),
    ("They didn't meet in May.", "May", "past"),
    ("Russia has deployed missiles since 2016.", "2016", "past"),
    ("Moscow is seriously concerned about the drills in March.", "March", "present"),  # "-ed" after "is"
    ("The decision was well founded in 2016.", "2016", "past"),
    ("It currently holds 4.2 million shares.", "currently", "present"),
    ("The meetings were suspended due to the crisis in 2014.", "2014", "past"),  # a cause, not a plan
    ("The delay was due to the weather in March.", "March", "past"),
    ("The embassy next to the bank was bombed Friday.", "Friday", "past"),
    ("A court Thursday refused to order a hearing, but he will remain.", "Thursday", "past"),
    ("The Tigers might have won in 2015.", "2015", "past"),
    ("He said he would visit Tokyo on March 20.", "March 20", "future"),
    ("Talks were held in May, two weeks ago.", "May", "past"),
    ("Talks resume on March 20.", "March 20", "future"),
    ("March 20.", "March 20", None),
    # "expected" after a noun, and verbs of expecting, point ahead; "as expected" does not
    ("Studies are under way, with results expected in October.", "October", "future"),
    ("Economists expect another cut in June.", "June", "future"),
    ("Profit rose more than expected in May.", "May", "past"),
    # a cue after an article or possessive is a noun ("its plans", "another cut")
    ("The company filed its plans in April.", "April", "past"),
    ("Another cut in June is possible, analysts say.", "June", "future"),
    ("Another cut in June worries analysts.", "June", None),
    ("Another cut in June is likely.", "June", "future"),
    # a participle after "unless" or "if" is a condition
    ("The pact will lapse at the end of the year unless renewed.", "the end of the year", "future"),
    # an aside after the subject keeps its tense to itself
    ("Obama, who was elected in November, takes office Jan. 20.", "Jan. 20", "future"),  # a present that schedules
    ("Obama, who was elected in November, takes office Jan. 20.", "November", "past"),
    ("The measure, approved in late September, runs out Monday.", "Monday", "future"),
    ("Democrats, who take control of the House on Jan. 3, have said they will act.", "Jan. 3", None),
    ("He succeeds Taylor, who stepped down as chairman, president and chief executive in March.", "March", "past"),
])
def test_tense_at(text, expression, tense):
    assert Document(text).tense_at(*span(text, expression)) == tense


def test_tense_ignores_cues_inside_the_expression():
    text = "The report came out two weeks ago. It will be updated next week."
    doc = Document(text)
    assert doc.tense_at(*span(text, "two weeks ago")) == "past"
    assert doc.tense_at(*span(text, "next week")) == "future"


def test_tense_of_the_sample_article(sample_text):
    doc = Document(sample_text)
    march_20 = [m.start() for m in re.finditer("March 20", sample_text)]
    assert [doc.tense_at(s, s + 8) for s in march_20] == ["future", "future"]
    assert doc.tense_at(*span(sample_text, "last December")) == "past"


# --- labels ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expression, label", [
    ("In 2015, the Tor-M2U anti-missile systems were put on combat duty there.", "2015",
     "Tor-M2U anti-missile systems were put on combat duty there"),
    ("A previous similar meeting was held in November 2013.", "November 2013", "previous similar meeting was held"),
    ("Last year, Russia deployed its Bastion and Bal coastal missile systems to the southern Kuril Islands of "
     "Iturup and Kunashir.", "Last year", "Russia deployed its Bastion and Bal coastal missile systems"),
    ("Moscow may also outline its vision on solving the problems of the Korean Peninsula by peaceful means at "
     "the meeting due to be held on March 20 in Tokyo, Morgulov said.", "March 20", "meeting due to be held in Tokyo"),
    ("The decision to resume the 2+2 consultations was made as a result of Russian President Vladimir Putin’s "
     "visit to Japan last December.", "last December",
     "decision was made as a result of Russian President Vladimir Putin’s visit"),
    ("In November 2016, Russian Presidential Spokesman, Dmitry Peskov, said that the deployment of Russia’s "
     "missile systems to the Kuril Islands was well founded.", "November 2016",
     "Dmitry Peskov said that the deployment of Russia’s missile systems"),
    ("The talks, which were held in 2013, will resume next week.", "2013", "talks which were held"),
    ("The talks, which were held in 2013, will resume next week.", "next week", "will resume"),
    ("Talks resume on March 20.", "March 20", "Talks resume"),
    ("After that, the meetings were suspended in 2014.", "2014", "meetings were suspended"),
    ('"The upcoming talks will provide a good opportunity," he said on Monday.', "Monday", "he said"),
])
def test_label_for(text, expression, label):
    assert Document(text).label_for(*span(text, expression)) == label


def test_label_falls_back_to_the_sentence_or_the_expression():
    assert Document("In 2015.").label_for(3, 7) == "2015"
    text = "MOSCOW, March 17. /TASS/. Talks were held."
    assert Document(text).label_for(*span(text, "March 17")) == "MOSCOW, /TASS/"


# --- errors ---------------------------------------------------------------------------------------
def test_errors_name_the_bad_input():
    with pytest.raises(TypeError, match="bytes"):
        Document(b"It rained.")
    doc = Document("It rained.")
    with pytest.raises(TypeError, match="str"):
        doc.sentence_at("3")
    with pytest.raises(ChronosError, match="-1"):
        doc.sentence_at(-1)
    with pytest.raises(ChronosError, match="11"):
        doc.clause_at(11)
    with pytest.raises(ChronosError, match=r"\(5, 2\)"):
        doc.tense_at(5, 2)
    with pytest.raises(ChronosError, match="empty"):
        doc.label_for(3, 3)


# --- the lexicon ----------------------------------------------------------------------------------
def test_cue_tables_are_lower_case_and_do_not_overlap():
    tables = [en_cues.FUTURE_CUES, en_cues.PAST_CUES, en_cues.PRESENT_CUES, en_cues.NOT_CUES]
    for table in tables:
        assert all(cue == cue.lower().strip() and "’" not in cue for cue in table)
    for i, a in enumerate(tables):
        for b in tables[i + 1:]:
            assert not set(a) & set(b)
    assert all(a.endswith(".") for a in en_cues.ABBREVIATIONS + en_cues.TITLE_ABBREVIATIONS)


# --- properties and robustness --------------------------------------------------------------------
PIECES = list("aAbZ .,;:!?\"'()\n\t-—’…") + ["U.S.", "Mr.", " was ", " will ", " said ", " that ", " which ", "ed "]
NEWSY = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
ANY = st.text(alphabet=st.characters(blacklist_categories=()))


@settings(max_examples=300, deadline=None)
@given(st.one_of(NEWSY, ANY), st.data())
def test_sentences_partition_any_text(text, data):
    doc = Document(text)
    spans = doc.sentences
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(s < e for s, e in spans) or spans == [(0, 0)]
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    pos = data.draw(st.integers(0, len(text)))
    s, e = doc.sentence_at(pos)
    cs, ce = doc.clause_at(pos)
    assert s <= cs <= pos <= ce <= e and (cs < ce or s == e)
    end = data.draw(st.integers(pos, len(text)))
    assert doc.tense_at(pos, end) in TENSES + (None,)
    if end > pos:
        label = doc.label_for(pos, end)
        assert 0 < len(label) <= en_cues.LABEL_MAX_CHARS
        assert all(word in text for word in re.findall(r"\w+", label))


@pytest.mark.parametrize("text", ["a." * 500000, "\n" * 100000, "A. " * 300000, "was held in " * 90000,
                                  '"' * 1000000, "x\n" * 300000])
def test_large_adversarial_texts_complete(text):
    doc = Document(text)
    spans = doc.sentences
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    middle = len(text) // 2
    assert doc.tense_at(middle, middle + 3) in TENSES + (None,)
    assert doc.label_for(middle, middle + 3)
