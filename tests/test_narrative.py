"""Narrative anchoring: relative expressions follow the story, not the publication date."""

import chronos

HISTORY = (
    "In March 1917 the tsar abdicated. That summer the offensive in Galicia failed. "
    "The following year the war ended for Russia. In November the armistice was signed."
)


def test_history_paragraph_without_dct_follows_the_story():
    found = [(e.text, e.value) for e in chronos.extract(HISTORY)]
    assert found == [
        ("March 1917", "1917-03"),
        ("That summer", "1917-SU"),
        ("The following year", "1918"),
        ("November", "1918-11"),
    ]


def test_narrative_mode_ignores_the_publication_date_for_relative_expressions():
    found = [(e.text, e.value) for e in chronos.extract(HISTORY, dct="2017-03-17", anchor="narrative")]
    assert found[1:] == [("That summer", "1917-SU"), ("The following year", "1918"), ("November", "1918-11")]


def test_news_mode_resolves_deictic_expressions_against_the_dct():
    text = "In March 1917 the tsar abdicated. Last year historians met in Moscow."
    assert [e.value for e in chronos.extract(text, dct="2017-03-17", anchor="news")] == ["1917-03", "2016"]
