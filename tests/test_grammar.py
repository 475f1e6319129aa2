"""The English grammar, end to end: chronos.extract on news-like sentences, one table per category.

Each row is ``(id, sentence, expected)`` or ``(id, sentence, expected, dct)``; ``expected`` lists
*every* time expression of the sentence in text order as ``(text, type, value)`` or
``(text, type, value, mod)`` (``mod`` is ``None`` when left out). The document date is
:data:`DCT` (Friday 2017-03-17, ISO week 2017-W11) unless the row gives its own.

The expectations follow the TimeML 1.2.1 / TIMEX3 conventions: the span includes determiners and
modifiers ("the", "early", "about", "last") and excludes prepositions ("in", "on", "since",
"from"); decades are three digits ("199"), centuries two ("19"); parts of the day are TIME values
(``2017-03-17TMO``); a month, weekday, season or quarter without a year is the nearest one in the
direction of the clause's tense; ranges are two expressions, one per end point.
"""

import pytest

import chronos

DCT = "2017-03-17"  # a Friday, in ISO week 2017-W11

# -- full, partial and numeric dates ---------------------------------------------------------------

DATES = [
    ("month-day-future", "Talks on a peace treaty will resume on March 20.",
     [("March 20", "DATE", "2017-03-20")]),
    ("month-day-reported-future", "Lavrov said the talks would resume on March 20.",
     [("March 20", "DATE", "2017-03-20")]),
    ("month-day-past", "The envoy arrived in Tokyo on March 10.",
     [("March 10", "DATE", "2017-03-10")]),
    ("month-day-past-previous-year", "The fishing boat was seized on December 5.",
     [("December 5", "DATE", "2016-12-05")]),
    ("abbr-month-day-future", "The new terminal is due to open on Nov. 5.",
     [("Nov. 5", "DATE", "2017-11-05")]),
    ("month-ordinal-day-past", "The treaty was ratified on March 3rd.",
     [("March 3rd", "DATE", "2017-03-03")]),
    ("abbr-month-day-year", "The accord was signed on Jan. 8, 1998, in Geneva.",
     [("Jan. 8, 1998", "DATE", "1998-01-08")]),
    ("month-day-year", "The port was closed on September 11, 2001.",
     [("September 11, 2001", "DATE", "2001-09-11")]),
    ("day-month-year", "Presidential elections will be held on 7 May 2017.",
     [("7 May 2017", "DATE", "2017-05-07")]),
    ("day-month-future", "The summit will open on 20 March.",
     [("20 March", "DATE", "2017-03-20")]),
    ("weekday-month-day-year", "The ministry issued the statement on Wednesday, March 15, 2017.",
     [("Wednesday, March 15, 2017", "DATE", "2017-03-15")]),
    ("weekday-month-day", "Talks will resume on Monday, March 20.",
     [("Monday, March 20", "DATE", "2017-03-20")]),
    ("us-numeric", "The decree is dated 03/17/2017.",
     [("03/17/2017", "DATE", "2017-03-17")]),
    ("day-first-numeric", "The order was registered on 17/03/2017.",
     [("17/03/2017", "DATE", "2017-03-17")]),
    ("dotted-numeric", "The document, signed 17.03.2017, was published online.",
     [("17.03.2017", "DATE", "2017-03-17")]),
    ("iso", "The report was released 2017-03-17 by the ministry.",
     [("2017-03-17", "DATE", "2017-03-17")]),
    ("ordinal-day-of-month", "The ceasefire is due to take effect on the 20th.",
     [("the 20th", "DATE", "2017-03-20")]),
    ("two-dates", "The vessel left port on March 2 and returned on March 9.",
     [("March 2", "DATE", "2017-03-02"), ("March 9", "DATE", "2017-03-09")]),
]

# -- months, with and without a year ----------------------------------------------------------------

MONTHS = [
    ("month-year", "A previous round of talks was held in November 2013.",
     [("November 2013", "DATE", "2013-11")]),
    ("month-of-year", "The base was completed in September of 2015.",
     [("September of 2015", "DATE", "2015-09")]),
    ("abbr-month-year", "Inflation peaked in Dec. 2015.",
     [("Dec. 2015", "DATE", "2015-12")]),
    ("last-month-name", "Putin visited Japan last December.",
     [("last December", "DATE", "2016-12")]),
    ("next-month-name", "A follow-up visit is planned for next January.",
     [("next January", "DATE", "2018-01")]),
    ("month-past", "Exports fell in February.",
     [("February", "DATE", "2017-02")]),
    ("month-past-previous-year", "The plant opened in October.",
     [("October", "DATE", "2016-10")]),
    ("month-future", "The plant will open in June.",
     [("June", "DATE", "2017-06")]),
    ("may-capitalized-future", "Parliament will vote on the bill in May.",
     [("May", "DATE", "2017-05")]),
    ("this-month", "The deal is expected to be signed this month.",
     [("this month", "DATE", "2017-03")]),
    ("month-next-year", "The elections are scheduled for October next year.",
     [("October next year", "DATE", "2018-10")]),
    ("month-past-across-new-year", "The deal was struck in December.",
     [("December", "DATE", "2016-12")], "2017-01-05"),
    # an infinitive after a past verb leaves the date open: the nearest occurrence
    ("infinitive-after-past-nearest", "The company agreed to sell the unit in April.",
     [("April", "DATE", "2017-04")]),
    ("infinitive-day-nearest", "The committee subpoenaed him to testify on March 30.",
     [("March 30", "DATE", "2017-03-30")]),
    ("past-verb-after-infinitive", "He went there to study and graduated in December.",
     [("December", "DATE", "2016-12")]),
    ("to-noun-is-not-infinitive", "He was sentenced to death in May.",
     [("May", "DATE", "2016-05")]),
]

# -- years, decades, centuries ----------------------------------------------------------------------

YEARS = [
    ("year", "Russia deployed the missiles in 2015.",
     [("2015", "DATE", "2015")]),
    ("year-since", "Sanctions have been in place since 2014.",
     [("2014", "DATE", "2014")]),
    ("year-prenominal", "Observers criticized the 2016 election.",
     [("2016", "DATE", "2016")]),
    ("the-year-n", "The ministry aims to finish the project by the year 2020.",
     [("the year 2020", "DATE", "2020")]),
    ("two-years", "Output rose in 2015 and again in 2016.",
     [("2015", "DATE", "2015"), ("2016", "DATE", "2016")]),
    ("decade", "The islands' economy collapsed in the 1990s.",
     [("the 1990s", "DATE", "199")]),
    ("decade-apostrophe", "Such visits were common in the '90s.",
     [("the '90s", "DATE", "199")]),
    ("century-20th", "The border was drawn in the 20th century.",
     [("the 20th century", "DATE", "19")]),
    ("century-21st", "It is the worst crisis of the 21st century.",
     [("the 21st century", "DATE", "20")]),
    ("century-word", "The dispute dates back to the nineteenth century.",
     [("the nineteenth century", "DATE", "18")]),
    ("hundreds-are-a-century", "The port was founded in the mid-1800s.",
     [("the mid-1800s", "DATE", "18", "MID")]),
]

# -- seasons ---------------------------------------------------------------------------------------

SEASONS = [
    ("end-is-a-verb", "The talks are expected to end this summer.",
     [("this summer", "DATE", "2017-SU")]),
    ("in-the-fall", "The rebels retreated in the fall.",
     [("the fall", "DATE", "2016-FA")]),
    ("last-summer", "The frigate visited the port last summer.",
     [("last summer", "DATE", "2016-SU")]),
    ("this-spring", "Joint patrols will start this spring.",
     [("this spring", "DATE", "2017-SP")]),
    ("this-summer", "The ministers will meet again this summer.",
     [("this summer", "DATE", "2017-SU")]),
    ("last-fall", "Talks broke down last fall.",
     [("last fall", "DATE", "2016-FA")]),
    ("the-season-of-year", "The island was flooded in the summer of 2014.",
     [("the summer of 2014", "DATE", "2014-SU")]),
    ("season-year", "The facility opened in autumn 2015.",
     [("autumn 2015", "DATE", "2015-FA")]),
    ("the-season-future", "Construction will begin in the spring.",
     [("the spring", "DATE", "2017-SP")]),
]

# -- quarters, halves, fiscal years -----------------------------------------------------------------

QUARTERS = [
    ("h1-year", "Profit fell in H1 2016.",
     [("H1 2016", "DATE", "2016-H1")]),
    ("quarter-past", "Net profit fell 5 percent in the third quarter.",
     [("the third quarter", "DATE", "2016-Q3")]),
    ("quarter-future", "The company expects sales to recover in the third quarter.",
     [("the third quarter", "DATE", "2017-Q3")]),
    ("q-abbreviation", "Q3 revenue was $2 billion.",
     [("Q3", "DATE", "2016-Q3")]),
    ("quarter-adjective", "The bank reported third-quarter earnings on Tuesday.",
     [("third-quarter", "DATE", "2016-Q3"), ("Tuesday", "DATE", "2017-03-14")]),
    ("quarter-of-year", "Exports rose in the fourth quarter of 2016.",
     [("the fourth quarter of 2016", "DATE", "2016-Q4")]),
    ("last-quarter", "Output shrank last quarter.",
     [("last quarter", "DATE", "2016-Q4")]),
    ("this-quarter", "Growth is expected to slow this quarter.",
     [("this quarter", "DATE", "2017-Q1")]),
    ("latest-period-is-the-last-quarter", "Sales in the latest period were flat.",
     [("the latest period", "DATE", "2016-Q4")]),
    ("fiscal-year", "The carrier lost money in fiscal 1998.",
     [("fiscal 1998", "DATE", "1998")]),
    ("the-fiscal-year", "The carrier expects lower earnings for the fiscal year.",
     [("the fiscal year", "DATE", "2017")]),
    ("first-half-of-year", "Arms sales doubled in the first half of 2016.",
     [("the first half of 2016", "DATE", "2016-H1")]),
    ("second-half-of-this-year", "The pipeline will be completed in the second half of this year.",
     [("the second half of this year", "DATE", "2017-H2")]),
    ("first-half-of-next-year", "The plant will start production in the first half of next year.",
     [("the first half of next year", "DATE", "2018-H1")]),
]

# -- weekdays, resolved by tense --------------------------------------------------------------------

WEEKDAYS = [
    ("said-on-tuesday", "The foreign ministry said on Tuesday that the talks had stalled.",
     [("Tuesday", "DATE", "2017-03-14")]),
    ("will-meet-on-tuesday", "The two ministers will meet on Tuesday.",
     [("Tuesday", "DATE", "2017-03-21")]),
    ("reported-future", "Officials said the ship would dock on Tuesday.",
     [("Tuesday", "DATE", "2017-03-21")]),
    ("friday-is-the-dct", "The minister said on Friday that no deal was near.",
     [("Friday", "DATE", "2017-03-17")]),
    ("thursday-past", "Rebels attacked the town on Thursday.",
     [("Thursday", "DATE", "2017-03-16")]),
    ("saturday-past", "Protests erupted on Saturday.",
     [("Saturday", "DATE", "2017-03-11")]),
    ("sunday-future", "Voters will go to the polls on Sunday.",
     [("Sunday", "DATE", "2017-03-19")]),
    ("last-monday", "The envoy arrived last Monday.",
     [("last Monday", "DATE", "2017-03-13")]),
    ("next-wednesday", "The vote is scheduled for next Wednesday.",
     [("next Wednesday", "DATE", "2017-03-22")]),
    ("weekday-night-past", "Shelling resumed on Wednesday night.",
     [("Wednesday night", "TIME", "2017-03-15TNI")]),
    ("weekday-morning-future", "The delegations will hold talks on Monday morning.",
     [("Monday morning", "TIME", "2017-03-20TMO")]),
    ("friday-before-a-monday-dct", "The minister said on Friday that no deal was near.",
     [("Friday", "DATE", "2017-03-17")], "2017-03-20"),
]

# -- days, weeks, months and years relative to the dct ---------------------------------------------

RELATIVE = [
    ("years-from-now", "Two years from now, the base will be complete.",
     [("Two years from now", "DATE", "2019")]),
    ("a-decade-from-now", "A decade from now, the city will look different.",
     [("A decade from now", "DATE", "2027")]),
    ("week-of-a-day", "The vote is scheduled for the week of March 27.",
     [("the week of March 27", "DATE", "2017-W13")]),
    ("yesterday", "The ministry confirmed the report yesterday.",
     [("yesterday", "DATE", "2017-03-16")]),
    ("today", "Parliament votes on the bill today.",
     [("today", "DATE", "2017-03-17")]),
    ("tomorrow", "The delegation will leave tomorrow.",
     [("tomorrow", "DATE", "2017-03-18")]),
    ("day-before-yesterday", "The ship docked the day before yesterday.",
     [("the day before yesterday", "DATE", "2017-03-15")]),
    ("last-week", "Fighting intensified last week.",
     [("last week", "DATE", "2017-W10")]),
    ("this-week", "A decision is expected this week.",
     [("this week", "DATE", "2017-W11")]),
    ("next-week", "The envoy will return next week.",
     [("next week", "DATE", "2017-W12")]),
    ("last-weekend", "Thousands rallied last weekend.",
     [("last weekend", "DATE", "2017-W10-WE")]),
    ("this-weekend", "More protests are planned this weekend.",
     [("this weekend", "DATE", "2017-W11-WE")]),
    ("last-month", "Unemployment rose last month.",
     [("last month", "DATE", "2017-02")]),
    ("next-month", "The talks will resume next month.",
     [("next month", "DATE", "2017-04")]),
    ("this-year", "The economy is expected to grow this year.",
     [("this year", "DATE", "2017")]),
    ("last-year-capitalized", "Last year, Russia deployed coastal missile systems.",
     [("Last year", "DATE", "2016")]),
    ("next-year", "Elections are due next year.",
     [("next year", "DATE", "2018")]),
    ("years-ago", "The base was built two years ago.",
     [("two years ago", "DATE", "2015")]),
    ("months-ago", "The law was passed two months ago.",
     [("two months ago", "DATE", "2017-01")]),
    ("days-ago", "The ship left port three days ago.",
     [("three days ago", "DATE", "2017-03-14")]),
    ("a-year-earlier", "Exports rose 8 percent from a year earlier.",
     [("a year earlier", "DATE", "2016")]),
    ("the-past-n-months", "Prices have doubled over the past three months.",
     [("the past three months", "DURATION", "P3M")]),
    ("recent-years", "Tourism on the islands has grown in recent years.",
     [("recent years", "DATE", "PAST_REF")]),
    ("last-year-then-month", "Last year the plant closed, and in January it reopened.",
     [("Last year", "DATE", "2016"), ("January", "DATE", "2017-01")]),
    ("yesterday-across-month", "The ministry confirmed the report yesterday.",
     [("yesterday", "DATE", "2017-02-28")], "2017-03-01"),
    ("next-week-across-year", "The envoy will return next week.",
     [("next week", "DATE", "2017-W01")], "2016-12-30"),
    ("last-week-across-year", "Fighting intensified last week.",
     [("last week", "DATE", "2016-W52")], "2017-01-04"),
]

# -- PRESENT_REF, PAST_REF, FUTURE_REF -------------------------------------------------------------

REFS = [
    ("now", "The island is now home to a new garrison.",
     [("now", "DATE", "PRESENT_REF")]),
    ("currently", "Russia currently has about 3,500 troops on the islands.",
     [("currently", "DATE", "PRESENT_REF")]),
    ("nowadays", "Nowadays the port handles mostly fish.",
     [("Nowadays", "DATE", "PRESENT_REF")]),
    ("these-days", "Few tourists visit the islands these days.",
     [("these days", "DATE", "PRESENT_REF")]),
    ("recently", "The talks have recently stalled.",
     [("recently", "DATE", "PAST_REF")]),
    ("formerly", "The base, formerly a Soviet airfield, was modernized.",
     [("formerly", "DATE", "PAST_REF")]),
    ("the-past", "Such visits were rare in the past.",
     [("the past", "DATE", "PAST_REF")]),
    ("the-future", "Japan hopes to sign a peace treaty in the future.",
     [("the future", "DATE", "FUTURE_REF")]),
    ("the-near-future", "The ministers will meet in the near future.",
     [("the near future", "DATE", "FUTURE_REF")]),
    # "soon" is left alone: TBAQ annotates it in only 4 of its 17 uses
    ("soon", "A decision is expected soon.", []),
]

# -- times of day -----------------------------------------------------------------------------------

TIMES = [
    ("pm-sentence-final", "The session opened at 3 p.m.",
     [("3 p.m.", "TIME", "2017-03-17T15:00")]),
    ("am-with-minutes", "The quake struck at 10:30 a.m. near the coast.",
     [("10:30 a.m.", "TIME", "2017-03-17T10:30")]),
    ("am-and-pm", "Polls open at 8 a.m. and close at 8 p.m.",
     [("8 a.m.", "TIME", "2017-03-17T08:00"), ("8 p.m.", "TIME", "2017-03-17T20:00")]),
    ("clock-weekday", "The vote will be held at 3 p.m. Tuesday.",
     [("3 p.m. Tuesday", "TIME", "2017-03-21T15:00")]),
    ("oclock", "The museum opens at 10 o'clock.",
     [("10 o'clock", "TIME", "2017-03-17T10:00")]),
    ("clock-us-zone", "The deal was announced at 9:30 a.m. ET.",
     [("9:30 a.m. ET", "TIME", "2017-03-17T09:30")]),
    ("part-of-a-date", "The summit ended on the evening of March 3.",
     [("the evening of March 3", "TIME", "2017-03-03TEV")]),
    ("part-of-a-full-date", "The attack came on the morning of Sept. 11, 2001.",
     [("the morning of Sept. 11, 2001", "TIME", "2001-09-11TMO")]),
    ("noon", "The leaders will meet at noon.",
     [("noon", "TIME", "2017-03-17T12:00")]),
    ("midnight", "The curfew will begin at midnight.",
     [("midnight", "TIME", "2017-03-17T24:00")]),
    ("this-morning", "The minister arrived in Moscow this morning.",
     [("this morning", "TIME", "2017-03-17TMO")]),
    ("this-afternoon", "The results will be announced this afternoon.",
     [("this afternoon", "TIME", "2017-03-17TAF")]),
    ("this-evening", "The president will speak this evening.",
     [("this evening", "TIME", "2017-03-17TEV")]),
    ("tonight", "The president will address the nation tonight.",
     [("tonight", "TIME", "2017-03-17TNI")]),
    ("last-night", "Two explosions were heard last night.",
     [("last night", "TIME", "2017-03-16TNI")]),
    ("tomorrow-morning", "The convoy will leave tomorrow morning.",
     [("tomorrow morning", "TIME", "2017-03-18TMO")]),
    ("yesterday-afternoon", "The fire broke out yesterday afternoon.",
     [("yesterday afternoon", "TIME", "2017-03-16TAF")]),
]

# -- durations --------------------------------------------------------------------------------------

DURATIONS = [
    ("and-a-half", "The project took a year and a half.",
     [("a year and a half", "DURATION", "P1Y6M")]),
    ("years", "He spent five years in prison.",
     [("five years", "DURATION", "P5Y")]),
    ("hours", "The strike lasted 24 hours.",
     [("24 hours", "DURATION", "PT24H")]),
    ("a-decade", "The conflict has dragged on for a decade.",
     [("a decade", "DURATION", "P10Y")]),
    ("decades", "The dispute has lasted two decades.",
     [("two decades", "DURATION", "P20Y")]),
    ("weeks", "The blockade lasted two weeks.",
     [("two weeks", "DURATION", "P2W")]),
    ("a-week", "The exercise will last a week.",
     [("a week", "DURATION", "P1W")]),
    ("days", "Rescuers searched for three days.",
     [("three days", "DURATION", "P3D")]),
    ("months-digits", "The negotiations took 18 months.",
     [("18 months", "DURATION", "P18M")]),
    ("minutes", "The meeting lasted 90 minutes.",
     [("90 minutes", "DURATION", "PT90M")]),
    ("half-an-hour", "The two leaders spoke for half an hour.",
     [("half an hour", "DURATION", "PT30M")]),
    ("adjective-month", "The parties agreed on a six-month truce.",
     [("six-month", "DURATION", "P6M")]),
    ("adjective-hour", "A 48-hour ceasefire took effect.",
     [("48-hour", "DURATION", "PT48H")]),
    ("adjective-year", "The government unveiled a 10-year plan.",
     [("10-year", "DURATION", "P10Y")]),
    ("vague-years", "The negotiations took several years.",
     [("several years", "DURATION", "PXY")]),
    ("the-next-n-years", "Investment will double over the next two years.",
     [("the next two years", "DURATION", "P2Y")]),
    ("the-past-n-days", "Five ships have arrived in the past 10 days.",
     [("the past 10 days", "DURATION", "P10D")]),
]

# -- sets (regular recurrences) ---------------------------------------------------------------------

SETS = [
    ("every-other-week", "The committee meets every other week.",
     [("every other week", "SET", "P2W")]),
    ("every-monday", "The council meets every Monday.",
     [("every Monday", "SET", "XXXX-WXX-1")]),
    ("each-thursday", "Relatives gather outside the prison each Thursday.",
     [("each Thursday", "SET", "XXXX-WXX-4")]),
    ("weekly", "The ministry publishes the figures weekly.",
     [("weekly", "SET", "P1W")]),
    ("daily", "Ferries run daily between the islands.",
     [("daily", "SET", "P1D")]),
    ("monthly", "The central bank reviews rates monthly.",
     [("monthly", "SET", "P1M")]),
    ("annually", "The festival is held annually.",
     [("annually", "SET", "P1Y")]),
    ("hourly", "Buses leave hourly.",
     [("hourly", "SET", "PT1H")]),
    ("every-day", "Patrols are conducted every day.",
     [("every day", "SET", "P1D")]),
    ("every-year", "Thousands of tourists visit every year.",
     [("every year", "SET", "P1Y")]),
    ("each-month", "The index is updated each month.",
     [("each month", "SET", "P1M")]),
    ("every-two-weeks", "The committee meets every two weeks.",
     [("every two weeks", "SET", "P2W")]),
    ("every-summer", "The ship visits the islands every summer.",
     [("every summer", "SET", "XXXX-SU")]),
    ("each-july", "The fleet holds exercises each July.",
     [("each July", "SET", "XXXX-07")]),
]

# -- modifiers (TIMEX3 mod) -------------------------------------------------------------------------

MODIFIERS = [
    ("year-end", "The company expects to complete the sale by year-end.",
     [("year-end", "DATE", "2017", "END")]),
    ("years-end", "New rules should be in place by year's end.",
     [("year's end", "DATE", "2017", "END")]),
    ("about-duration", "The talks stalled for about five years.",
     [("about five years", "DURATION", "P5Y", "APPROX")]),
    ("more-than-duration", "The dispute has lasted more than three years.",
     [("more than three years", "DURATION", "P3Y", "MORE_THAN")]),
    ("more-than-a-decade", "The airfield has been abandoned for more than a decade.",
     [("more than a decade", "DURATION", "P10Y", "MORE_THAN")]),
    ("less-than-duration", "The truce held for less than two weeks.",
     [("less than two weeks", "DURATION", "P2W", "LESS_THAN")]),
    ("at-least-duration", "The crew will stay at least 30 days.",
     [("at least 30 days", "DURATION", "P30D", "EQUAL_OR_MORE")]),
    ("early-year", "The base was built in early 1998.",
     [("early 1998", "DATE", "1998", "START")]),
    ("mid-year", "The project stalled in mid-2015.",
     [("mid-2015", "DATE", "2015", "MID")]),
    ("late-last-year", "The missiles were deployed late last year.",
     [("late last year", "DATE", "2016", "END")]),
    ("the-beginning-of-year", "Prices rose at the beginning of 2016.",
     [("the beginning of 2016", "DATE", "2016", "START")]),
    ("the-end-of-the-year", "The bridge will be finished by the end of the year.",
     [("the end of the year", "DATE", "2017", "END")]),
    ("earlier-this-year", "Exports slumped earlier this year.",
     [("earlier this year", "DATE", "2017", "START")]),
    ("earlier-this-month", "The envoy visited Tokyo earlier this month.",
     [("earlier this month", "DATE", "2017-03", "START")]),
    ("the-middle-of-next-month", "The report will be published in the middle of next month.",
     [("the middle of next month", "DATE", "2017-04", "MID")]),
    ("late-month-past", "The trawler sank in late November.",
     [("late November", "DATE", "2016-11", "END")]),
    ("late-month-future", "The deal will be signed in late April.",
     [("late April", "DATE", "2017-04", "END")]),
    ("early-next-week", "A decision is expected early next week.",
     [("early next week", "DATE", "2017-W12", "START")]),
    ("early-weekday-past", "Shelling began early Tuesday.",
     [("early Tuesday", "DATE", "2017-03-14", "START")]),
    ("early-season-future", "Work on the bridge will resume in early spring.",
     [("early spring", "DATE", "2017-SP", "START")]),
    ("the-early-decade", "The economy collapsed in the early 1990s.",
     [("the early 1990s", "DATE", "199", "START")]),
    ("about-years-ago", "The plant closed about two years ago.",
     [("about two years ago", "DATE", "2015", "APPROX")]),
    ("around-clock-time", "The blast occurred around 7 p.m.",
     [("around 7 p.m.", "TIME", "2017-03-17T19:00", "APPROX")]),
]

# -- ranges: one expression per end point -----------------------------------------------------------

RANGES = [
    ("month-day-range", "The conference runs March 23-25.",
     [("March 23", "DATE", "2017-03-23"), ("25", "DATE", "2017-03-25")]),
    ("month-day-and-day", "A summit will be held on April 24 and 25.",
     [("April 24", "DATE", "2017-04-24"), ("25", "DATE", "2017-04-25")]),
    ("count-after-a-date", "On March 3 and 5 votes were cast.",
     [("March 3", "DATE", "2017-03-03")]),
    ("from-month-to-month", "The exhibition will run from March to May.",
     [("March", "DATE", "2017-03"), ("May", "DATE", "2017-05")]),
    ("from-date-to-date", "The border was closed from March 2 to March 9.",
     [("March 2", "DATE", "2017-03-02"), ("March 9", "DATE", "2017-03-09")]),
    ("from-weekday-to-weekday", "The drills will last from Monday to Wednesday.",
     [("Monday", "DATE", "2017-03-20"), ("Wednesday", "DATE", "2017-03-22")]),
    ("from-year-to-year", "He led the region from 1998 to 2001.",
     [("1998", "DATE", "1998"), ("2001", "DATE", "2001")]),
    ("between-years", "Prices fell between 2010 and 2014.",
     [("2010", "DATE", "2010"), ("2014", "DATE", "2014")]),
    ("hyphen-full-years", "The 1998-1999 season was the worst on record.",
     [("1998", "DATE", "1998"), ("1999", "DATE", "1999")]),
    ("hyphen-short-year", "Lawmakers cut the 1998-99 budget.",
     [("1998", "DATE", "1998"), ("99", "DATE", "1999")]),
]

# -- several categories in one sentence -------------------------------------------------------------

MIXED = [
    ("weekday-and-month", "On Tuesday, the ministry said exports fell 3 percent in February.",
     [("Tuesday", "DATE", "2017-03-14"), ("February", "DATE", "2017-02")]),
    ("month-year-and-next-month", "The talks, last held in November 2013, will resume next month.",
     [("November 2013", "DATE", "2013-11"), ("next month", "DATE", "2017-04")]),
    ("now-and-duration", "The garrison now numbers 3,500 troops, up from 2,000 two years ago.",
     [("now", "DATE", "PRESENT_REF"), ("two years ago", "DATE", "2015")]),
    ("future-then-said-past", "Lavrov will visit Tokyo next week, the ministry said on Thursday.",
     [("next week", "DATE", "2017-W12"), ("Thursday", "DATE", "2017-03-16")]),
]

# -- holidays, spoken years, rates, deadlines, anaphora -----------------------------------------------

MORE = [
    ("thanksgiving", "Stores were packed on Thanksgiving Day.",
     [("Thanksgiving Day", "DATE", "2016-11-24")]),
    ("last-thanksgiving", "He was shot the day before last Thanksgiving.",
     [("last Thanksgiving", "DATE", "2016-11-24")]),
    ("easter-year", "The ceasefire held over Easter 2000.",
     [("Easter 2000", "DATE", "2000-04-23")]),
    ("election-day-future", "Voters will go to the polls on Election Day.",
     [("Election Day", "DATE", "2017-11-07")]),
    ("spoken-year", "The plant was built in nineteen seventy-nine.",
     [("nineteen seventy-nine", "DATE", "1979")]),
    ("spoken-month-year", "Prices peaked in January nineteen ninety-seven.",
     [("January nineteen ninety-seven", "DATE", "1997-01")]),
    ("year-two-thousand", "The goal is to halve unemployment by the year two thousand.",
     [("the year two thousand", "DATE", "2000")]),
    ("rate-is-a-set", "The cuts will save $2 million a year.",
     [("a year", "SET", "P1Y")]),
    ("within-a-year", "The base will be finished within a year.",
     [("a year", "DURATION", "P1Y")]),
    ("deadline-until", "The court extended the deadline until Nov. 9.",
     [("Nov. 9", "DATE", "2016-11-09")], "2016-11-02"),
    ("deadline-by", "The deal was expected to be completed by Dec. 15.",
     [("Dec. 15", "DATE", "2016-12-15")], "2016-11-02"),
    ("same-quarter-other-year", "Profit rose in the third quarter. In the 2016 quarter it had fallen.",
     [("the third quarter", "DATE", "2017-Q3"), ("the 2016 quarter", "DATE", "2016-Q3")], "2017-10-30"),
    ("next-years-quarter", "The unit could be spun off as early as next year's first quarter.",
     [("next year's first quarter", "DATE", "2018-Q1")]),
    ("comparison-does-not-chain", "Net rose in the third quarter from a year ago. Sales were flat a year ago.",
     [("the third quarter", "DATE", "2017-Q3"), ("a year ago", "DATE", "2016-Q3"), ("a year ago", "DATE", "2016-Q3")],
     "2017-10-30"),
    ("that-day-unknown-day", "He arrived in October 1998. That day it rained.",
     [("October 1998", "DATE", "1998-10"), ("That day", "DATE", "1998-10-XX")]),
    ("the-year-anaphoric", "Sales for the full year rose 13%.",
     [("the full year", "DATE", "2017")]),
    ("the-year-ended", "Net income for the year ended Sept. 30 fell.",
     [("the year", "DURATION", "P1Y"), ("Sept. 30", "DATE", "2016-09-30")]),
    ("the-week-after-a-year", "Sales rose in 2016. For the week, the index dropped.",
     [("2016", "DATE", "2016"), ("the week", "DATE", "2016-WXX")]),
    ("adjective-leaves-determiner", "The 14-day strike ended.",
     [("14-day", "DURATION", "P14D")]),
    ("corresponding-period", "Net rose in the third quarter. Results for the corresponding period last year were restated.",
     [("the third quarter", "DATE", "2017-Q3"), ("the corresponding period last year", "DATE", "2016-Q3")], "2017-10-30"),
    ("clock-on-the-day-discussed", "The bomb went off on Monday. It exploded at 10:35 a.m.",
     [("Monday", "DATE", "2017-03-13"), ("10:35 a.m.", "TIME", "2017-03-13T10:35")]),
    ("within-weeks", "Troops will arrive within weeks.", [("weeks", "DURATION", "PXW")]),
    ("months-of", "The merger follows months of talks.", [("months", "DURATION", "PXM")]),
    ("clock-on-weekday", "Polls will close at 8 p.m. on Sunday.",
     [("8 p.m. on Sunday", "TIME", "2017-03-19T20:00")]),
    ("weekday-no-tense-nearest", "Talks with the rebels resume Monday.",
     [("Monday", "DATE", "2017-03-20")]),
    ("clock-24h", "The talks began at 14:30 GMT.",
     [("14:30 GMT", "TIME", "2017-03-17T14:30")]),
    ("quarter-ended", "Sales rose in the quarter ended Sept. 30.",
     [("the quarter", "DATE", "2017-Q3"), ("Sept. 30", "DATE", "2017-09-30")], "2017-10-26"),
    ("weekend-past", "Officials met over the weekend.",
     [("the weekend", "DATE", "2017-W10-WE")], "2017-03-15"),
    ("weekend-future", "Officials will meet over the weekend.",
     [("the weekend", "DATE", "2017-W11-WE")], "2017-03-15"),
]

# -- typography of real news: matched as the plain form, spans in the text as written ----------------

TYPOGRAPHY = [
    # letters that match ASCII ones when case is ignored: "ſ" (long s), Kelvin sign "K"
    ("long-s", "The talks ended 2 day\u017f ago.",
     [("2 day\u017f ago", "DATE", "2017-03-15")]),
    ("full-width-digits", "Exports peaked in \uff12\uff10\uff11\uff16.",
     [("\uff12\uff10\uff11\uff16", "DATE", "2016")]),
    ("en-dash-range", "The 1998\u201399 budget passed.",
     [("1998", "DATE", "1998"), ("99", "DATE", "1999")]),
    ("no-break-space", "The talks resume on March\u00a020.",
     [("March\u00a020", "DATE", "2017-03-20")]),
    ("curly-apostrophe-decade", "Prices fell in the \u201990s.",
     [("the \u201990s", "DATE", "199")]),
    ("non-breaking-hyphen", "The 14\u2011day strike ended.",
     [("14\u2011day", "DURATION", "P14D")]),
]

# -- hard negatives: no time expression at all ------------------------------------------------------

NEGATIVES = [
    ("two-plus-two-talks", "Russia and Japan held 2+2 talks in Tokyo."),
    ("g20-summit", "Leaders gathered for the G20 summit in Hamburg."),
    ("tor-m2u", "The army deployed Tor-M2U systems on the island."),
    ("forthcoming", "Officials prepared for the forthcoming meeting."),
    ("upcoming", "The upcoming talks will focus on fishing rights."),
    ("after-that", "After that, the delegation left for Moscow."),
    ("you-may-go", '"You may go," the judge told the defendant.'),
    ("they-march-on", "They march on the capital with banners."),
    ("the-march", "Thousands joined the march in the capital."),
    ("theresa-may", "Theresa May said the bill would pass."),
    ("the-sun-rose", "The sun rose over the harbor."),
    ("fall-of-the-wall", "Gorbachev played a role in the fall of the Berlin Wall."),
    ("a-second-time", "The team won the title for a second time."),
    ("second-world-war", "Veterans of the Second World War attended the ceremony."),
    ("2000-soldiers", "The ministry sent 2000 soldiers to the border."),
    ("1998-votes", "The measure passed with 1,998 votes."),
    ("street-number", "Protesters gathered outside 1600 Pennsylvania Avenue."),
    ("score", "Japan beat Russia 3-2 in the final."),
    ("f-16", "The air force bought F-16 jets."),
    ("boeing-747", "A Boeing 747 landed safely."),
    ("age", "A 10-year-old boy was injured."),
    ("survived-the-fall", "The climber survived the fall."),
    ("h1-visa", "He applied for an H1 visa."),
    ("latest-period-of", "The latest period of unrest began after the vote."),
    ("sun-microsystems", "Sun Microsystems announced a new server."),
    ("tv-show", "Gonzalez said on CBS's \"60 Minutes\" that he would stay."),
    ("tv-show-this-week", "Baker, speaking on ABC's \"This Week,\" defended the plan."),
    ("high-noon", "The poster showed Gary Cooper in High Noon."),
    ("that-sun", "He said that Sun would recover."),
]

TABLES = {
    "dates": DATES,
    "months": MONTHS,
    "years": YEARS,
    "seasons": SEASONS,
    "quarters": QUARTERS,
    "weekdays": WEEKDAYS,
    "relative": RELATIVE,
    "refs": REFS,
    "times": TIMES,
    "durations": DURATIONS,
    "sets": SETS,
    "modifiers": MODIFIERS,
    "ranges": RANGES,
    "mixed": MIXED,
    "more": MORE,
    "typography": TYPOGRAPHY,
}


def _params():
    for category, table in TABLES.items():
        for ident, sentence, expected, *dct in table:
            rows = [(*row, None)[:4] for row in expected]
            yield pytest.param(sentence, rows, dct[0] if dct else DCT, id=f"{category}/{ident}")


def found(sentence, dct):
    """What chronos.extract returns, as (text, type, value, mod), checking every span on the way."""
    expressions = chronos.extract(sentence, dct=dct)
    for e in expressions:
        assert sentence[e.start:e.end] == e.text
    return [(e.text, e.type, e.value, e.mod) for e in expressions]


@pytest.mark.parametrize("sentence, expected, dct", list(_params()))
def test_expressions(sentence, expected, dct):
    assert found(sentence, dct) == expected


@pytest.mark.parametrize("sentence", [pytest.param(s, id=f"negative/{i}") for i, s in NEGATIVES])
def test_no_time_expression(sentence):
    assert found(sentence, DCT) == []
