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


def narrative(text):
    return [(e.text, e.type, e.value) for e in chronos.extract(text)]


def test_a_later_month_moves_the_story_forward():
    assert narrative("In March 1915 the fleet attacked. In December the army withdrew.") == [
        ("March 1915", "DATE", "1915-03"), ("December", "DATE", "1915-12")]
    assert narrative("The Red Army reached Berlin in April 1945, and Germany surrendered on 8 May.") == [
        ("April 1945", "DATE", "1945-04"), ("8 May", "DATE", "1945-05-08")]


def test_a_weekday_moves_the_story_forward():
    assert narrative("On 5 June 1944 the invasion was postponed. On Friday the weather cleared.") == [
        ("5 June 1944", "DATE", "1944-06-05"), ("Friday", "DATE", "1944-06-09")]


def test_a_time_on_a_day_known_only_by_its_month():
    assert narrative("In May 1941 the plan changed. At 3:15 a.m. the guns opened fire. That evening, tanks moved.") == [
        ("May 1941", "DATE", "1941-05"), ("3:15 a.m.", "TIME", "1941-05-XXT03:15"), ("That evening", "TIME", "1941-05-XXTEV")]


def test_month_of_that_year_and_of_the_following_year():
    assert narrative("Luther wrote in 1517. In March of the following year he was summoned.") == [
        ("1517", "DATE", "1517"), ("March of the following year", "DATE", "1518-03")]
    assert narrative("The strike began in 1953. Stalin had died in March of that year.") == [
        ("1953", "DATE", "1953"), ("March of that year", "DATE", "1953-03")]


def test_the_following_season_after_a_year():
    assert narrative("He was exiled in 1814. He returned the following spring.") == [
        ("1814", "DATE", "1814"), ("the following spring", "DATE", "1815-SP")]


def test_a_background_year_anchors_when_nothing_finer_is_under_discussion():
    assert narrative("The Third Republic, established in 1870, adopted the holiday a decade later.") == [
        ("1870", "DATE", "1870"), ("a decade later", "DATE", "1880")]


def test_years_of_the_era():
    assert narrative("Caesar crossed the Rubicon in 49 BC and died in 44 BC. Augustus died in AD 14.") == [
        ("49 BC", "DATE", "BC0049"), ("44 BC", "DATE", "BC0044"), ("AD 14", "DATE", "0014")]


def test_the_winter_of_two_years_and_the_night_of_a_day():
    assert narrative("During the winter of 1941-42 the front held.") == [("the winter of 1941-42", "DATE", "1941-WI")]
    assert narrative("The ship sank on the night of 14 April 1912.") == [("the night of 14 April 1912", "TIME", "1912-04-14TNI")]


def test_the_determiner_of_a_modified_decade_stays():
    assert narrative("In the mid-1950s the economy grew.") == [("the mid-1950s", "DATE", "195")]
