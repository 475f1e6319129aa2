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


def news(text, dct):
    return [(e.text, e.value) for e in chronos.extract(text, dct=dct)]


def test_a_news_story_told_from_a_day_long_past_follows_that_story():
    text = ("The summer of 1974 was the hottest anyone could remember. On the evening of Aug. 9, the sisters "
            "walked to a Dairy Queen. In September, a hunter found a sandal. By Christmas, the search had ended.")
    assert news(text, "2014-08-22") == [
        ("The summer of 1974", "1974-SU"), ("the evening of Aug. 9", "1974-08-09TEV"),
        ("September", "1974-09"), ("Christmas", "1974-12-25")]


def test_a_past_perfect_in_a_story_looks_back_from_its_date():
    text = "On the night of Oct. 17, 2007, the mine flooded. The strike had begun in June."
    assert news(text, "2009-11-05")[1] == ("June", "2007-06")


def test_a_date_named_in_passing_starts_no_story():
    # TBAQ: "charged in the Dec. 21, 1988, bombing of Pan Am ... Gadhafi agreed in April" is April 1999
    text = ("Two agents were charged in the Dec. 21, 1988, bombing of Pan Am Flight 103. They were removed "
            "from the list after Gadhafi agreed in April to hand them over.")
    assert news(text, "1999-06-07")[1] == ("April", "1999-04")


def test_a_year_alone_is_background_for_a_later_month():
    text = "The company was bought in 1987. In September, it announced plans to expand."
    assert news(text, "1989-10-30")[1] == ("September", "1989-09")


def test_the_next_year_in_a_past_clause_follows_the_story():
    text = "She vanished on July 4, 1994. The next year, they charged her husband. Over the next year, the firm will grow."
    assert news(text, "2017-06-14")[1:] == [("The next year", "1995"), ("the next year", "2018")]


def test_a_holiday_days_away_is_the_one_meant_whatever_the_tense():
    assert news("Lawmakers then left town for the Memorial Day recess.", "2001-05-26") == [
        ("Memorial Day", "2001-05-28")]


def test_midnight_before_which_something_happened_is_the_one_just_past():
    assert news("Dole conceded shortly before midnight.", "1996-11-06") == [("midnight", "1996-11-05T24:00")]
    assert news("The ceasefire was extended until midnight.", "1996-11-06") == [("midnight", "1996-11-06T24:00")]


def value_of(text, dct, expression):
    return next(e.value for e in chronos.extract(text, dct=dct) if e.text == expression)


def test_a_date_after_since_does_not_become_the_day_under_discussion():
    text = ("The ECB made its biggest injection since the days after the September 11, 2001 attacks. "
            "The Fed added funds during the morning in New York.")
    assert value_of(text, "2007-08-10", "the morning") == "2007-08-10TMO"


def test_a_baseline_of_a_comparison_does_not_become_the_day_under_discussion():
    text = ("The Dow fell 3 percent on Thursday, down 37 percent from Wednesday's close. "
            "The exchange cancelled trades executed between 2:40 p.m. and 3 p.m.")
    assert value_of(text, "2010-05-07", "2:40 p.m.") == "2010-05-06T14:40"
