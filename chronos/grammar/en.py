"""English temporal grammar: lexicons and patterns as data.

Each lexicon maps a surface form (lower case) to a normalized value. Each pattern is a regular
expression written with ``{MACRO}`` placeholders; a macro expands to a named group whose
alternatives are the lexicon's keys, longest first. The named groups of a match *are* its
meaning: ``month``, ``day``, ``year``, ``rel``, ``num``, ``unit``, ``dir``, ``mod`` ... are read by
:mod:`chronos.tagger` and turned into a value by :mod:`chronos.resolve`. Adding a spelling of a
month, a holiday or a unit is a one-line change to a table below.

>>> MONTHS["sept"], UNITS["fortnight"]
(9, ('W', 2))
"""

from __future__ import annotations

__all__ = [
    "MONTHS", "WEEKDAYS", "NUMBERS", "ORDINALS", "UNITS", "SEASONS", "PARTS_OF_DAY", "HOLIDAYS", "INDEPENDENCE_DAYS", "NAMED_DAYS", "MOVABLE_HOLIDAYS", "MOVED_HOLIDAYS", "LUNAR_NEW_YEARS", "LUNAR_NEW_YEAR_NAMES", "EASTER_HOLIDAYS", "HEBREW_HOLIDAYS",
    "RELATIONS", "ANAPHORIC_RELATIONS", "DIRECTIONS", "MODS", "REFS", "DAY_REFS", "PART_RELATIONS", "SET_WORDS", "FREQUENCIES", "TIME_ZONES", "DECADE_WORDS", "YEAR_TENS", "SMALL_NUMBERS",
    "ABBREVIATED", "CASE_SENSITIVE", "AWARD_NOUNS", "DEADLINE_WORDS", "RESCHEDULE_VERBS", "PAST_DAY_EVENTS", "PAST_INCIDENTS", "SCHEDULED_EVENTS", "HABITUAL_WORDS", "REPORT_NOUNS", "CONTRACT_WORDS", "BACKGROUND_WORDS", "TO_NOT_VERBS", "ASPECT_VERBS", "PLAN_VERBS", "FOR_PLAN_VERBS", "MONTH_PREPOSITIONS", "LEFT_CONTEXT", "ADJECTIVE_DETERMINERS", "DURATION_ADJECTIVES", "QUANTITY_NOUNS", "SEASON_THINGS", "YEAR_PREPOSITIONS", "LABEL_NOUNS", "CALENDAR_WORDS", "COMPLEMENT_VERBS", "GAME_WORDS", "DATE_NAMED_GROUPS", "HOLIDAY_THINGS",
    "NEWSPAPER_AFTER_WEEKDAY", "NEWSPAPER_BEFORE_ON", "MACROS", "RULES", "NEGATIVE",
]

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tues": 2, "tue": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thurs": 4, "thu": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
}

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "a dozen": 12, "dozen": 12,
    "a couple of": 2, "a couple": 2, "couple of": 2, "half a": 0.5, "a half": 0.5,
    "one and a half": 1.5, "half an": 0.5, "half": 0.5, "a quarter": 0.25, "a quarter of a": 0.25, "a quarter of an": 0.25, "three-quarters of an": 0.75, "two and a half": 2.5, "one-and-a-half": 1.5, "two-and-a-half": 2.5,
    # vague amounts: the value is X (P<X>Y)
    "several": None, "a few": None, "few": None, "many": None, "some": None, "numerous": None,
    "a number of": None, "a series of": None,
}

#: day-of-month ordinals and quarter/half ordinals
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "last": 4,
}

#: unit word -> (TIMEX3 unit letter, multiplier). T-units (H, MIN, S) are times.
UNITS = {
    "second": ("S", 1), "seconds": ("S", 1), "minute": ("MIN", 1), "minutes": ("MIN", 1),
    "hour": ("H", 1), "hours": ("H", 1), "day": ("D", 1), "days": ("D", 1),
    "week": ("W", 1), "weeks": ("W", 1), "fortnight": ("W", 2), "fortnights": ("W", 2),
    "month": ("M", 1), "months": ("M", 1), "quarter": ("Q", 1), "quarters": ("Q", 1),
    "year": ("Y", 1), "years": ("Y", 1), "decade": ("DE", 1), "decades": ("DE", 1),
    "century": ("CE", 1), "centuries": ("CE", 1), "weekend": ("WE", 1), "weekends": ("WE", 1),
    "millennium": ("ML", 1), "millennia": ("ML", 1), "half-hour": ("MIN", 30), "half hour": ("MIN", 30),
}

SEASONS = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

#: nouns after a season that make it part of a name, not a date: "spring rolls", "winter wheat"
SEASON_THINGS = (
    "roll", "rolls", "onion", "onions", "water", "waters", "chicken", "wheat", "squash", "coat", "coats",
    "tires", "tyres", "games", "olympics", "olympic", "paralympics", "solstice", "equinox", "time",
    "mattress", "mattresses", "garden", "gardens", "palace", "street", "fashion", "collection",
    "storm", "storms", "weather", "camp", "camps", "break", "advisory", "warning", "warnings",
    "home", "homes", "house", "houses", "cottage", "residence", "intern", "interns", "internship", "internships",
    "crop", "crops", "armyworm", "armyworms", "barley", "oats", "canola", "rye", "kit", "kits", "tent", "tents",
    "clothes", "clothing", "uniform", "uniforms", "gear", "festival",
)

#: part of day -> TIMEX3 part-of-day code
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "T12:00", "noon": "T12:00", "midnight": "T24:00",
}

#: holiday -> (month, day) for fixed dates
HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year's": (1, 1), "valentine's day": (2, 14),
    "st. patrick's day": (3, 17), "halloween": (10, 31),
    "veterans day": (11, 11), "christmas eve": (12, 24), "christmas day": (12, 25),
    "christmas": (12, 25), "boxing day": (12, 26), "bastille day": (7, 14),
    "st patrick's day": (3, 17), "juneteenth": (6, 19), "canada day": (7, 1),
    "remembrance day": (11, 11), "armistice day": (11, 11), "anzac day": (4, 25),
    "australia day": (1, 26), "guy fawkes night": (11, 5), "bonfire night": (11, 5),
    "hogmanay": (12, 31), "the fourth of july": (7, 4), "fourth of july": (7, 4),
    "world refugee day": (6, 20), "human rights day": (12, 10),
    "world aids day": (12, 1), "earth day": (4, 22),
    "may day": (5, 1), "inauguration day": (1, 20), "waitangi day": (2, 6), "tax day": (4, 15), "orthodox christmas": (1, 7), "orthodox christmas day": (1, 7), "cinco de mayo": (5, 5),
    # the usual day of the northern solstices and equinoxes
    "summer solstice": (6, 21), "winter solstice": (12, 21), "spring equinox": (3, 20), "vernal equinox": (3, 20),
    "autumn equinox": (9, 22), "autumnal equinox": (9, 22), "fall equinox": (9, 22),
}

#: a country or its people named in the sentence -> the day of its "Independence Day"; with none,
#: the United States' (the "" row)
INDEPENDENCE_DAYS = {
    "": (7, 4),
    "india": (8, 15), "indian": (8, 15), "pakistan": (8, 14), "pakistani": (8, 14), "mexico": (9, 16), "mexican": (9, 16),
    "brazil": (9, 7), "brazilian": (9, 7), "peru": (7, 28), "peruvian": (7, 28), "ukraine": (8, 24), "ukrainian": (8, 24),
    "kazakhstan": (12, 16), "indonesia": (8, 17), "indonesian": (8, 17), "philippines": (6, 12), "philippine": (6, 12),
    "nigeria": (10, 1), "nigerian": (10, 1), "ghana": (3, 6), "kenya": (12, 12), "kenyan": (12, 12),
    "argentina": (7, 9), "argentine": (7, 9), "chile": (9, 18), "chilean": (9, 18), "colombia": (7, 20),
    "venezuela": (7, 5), "venezuelan": (7, 5), "algeria": (7, 5), "algerian": (7, 5), "belarus": (7, 3),
    "finland": (12, 6), "finnish": (12, 6), "poland": (11, 11), "polish": (11, 11), "vietnam": (9, 2),
    "south korea": (8, 15), "bangladesh": (3, 26), "sri lanka": (2, 4), "malaysia": (8, 31), "georgia": (5, 26),
}

#: days named for what happened on them -> their date: "since 9/11", "the Sept. 11 attacks"
NAMED_DAYS = {"9/11": "2001-09-11", "sept. 11": "2001-09-11", "september 11": "2001-09-11", "11 september": "2001-09-11"}  # but 9/11 before "attacks"

#: holidays on a weekday of a month -> (month, ISO weekday, nth (-1: last), earliest day of month)
MOVABLE_HOLIDAYS = {
    "thanksgiving": (11, 4, 4, 1), "thanksgiving day": (11, 4, 4, 1), "labor day": (9, 1, 1, 1),
    "memorial day": (5, 1, -1, 1), "mother's day": (5, 7, 2, 1), "father's day": (6, 7, 3, 1),
    "martin luther king day": (1, 1, 3, 1), "martin luther king jr. day": (1, 1, 3, 1), "presidents' day": (2, 1, 3, 1), "presidents day": (2, 1, 3, 1),
    "columbus day": (10, 1, 2, 1), "election day": (11, 2, 1, 2),
    "remembrance sunday": (11, 7, 2, 1), "victoria day": (5, 1, 1, 18), "super tuesday": (3, 2, 1, 1), "melbourne cup day": (11, 2, 1, 1),
    "black friday": (11, 5, 1, 23), "cyber monday": (11, 1, 1, 26),  # the days after Thanksgiving
    "patriots' day": (4, 1, 3, 1), "patriots day": (4, 1, 3, 1),  # Massachusetts and Maine: the Boston Marathon's day
}

#: years in which a movable holiday fell elsewhere than its rule says -> (month, day)
MOVED_HOLIDAYS = {
    "super tuesday": {1988: (3, 8), 1992: (3, 10), 1996: (3, 12), 2008: (2, 5)},
}

#: the first day of the Chinese (lunar) year, by Gregorian year -> (month, day); its holidays below.
#: Outside these years its day is not known ("Chinese New Year 1985": 1985-XX-XX)
LUNAR_NEW_YEARS = {
    1990: (1, 27), 1991: (2, 15), 1992: (2, 4), 1993: (1, 23), 1994: (2, 10), 1995: (1, 31), 1996: (2, 19),
    1997: (2, 7), 1998: (1, 28), 1999: (2, 16), 2000: (2, 5), 2001: (1, 24), 2002: (2, 12), 2003: (2, 1),
    2004: (1, 22), 2005: (2, 9), 2006: (1, 29), 2007: (2, 18), 2008: (2, 7), 2009: (1, 26), 2010: (2, 14),
    2011: (2, 3), 2012: (1, 23), 2013: (2, 10), 2014: (1, 31), 2015: (2, 19), 2016: (2, 8), 2017: (1, 28),
    2018: (2, 16), 2019: (2, 5), 2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10),
    2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3),
}
LUNAR_NEW_YEAR_NAMES = {
    "lunar new year": 0, "chinese new year": 0, "spring festival": 0, "lunar new year's eve": -1, "chinese new year's eve": -1,
}  # -> days from the new year

#: holidays relative to (Gregorian) Easter Sunday -> offset in days
EASTER_HOLIDAYS = {
    "easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1, "palm sunday": -7,
    "ash wednesday": -46, "pentecost": 49, "pentecost sunday": 49, "whit sunday": 49, "whitsun": 49,
    "shrove tuesday": -47, "mardi gras": -47, "maundy thursday": -3, "holy thursday": -3,
    "holy saturday": -1, "easter eve": -1, "ascension day": 39,
}

#: Jewish holidays -> days from Rosh Hashanah in the autumn of the same Gregorian year (Passover is
#: always 163 days before it); None: Hanukkah (25 Kislev, which depends on the year's length)
HEBREW_HOLIDAYS = {
    "rosh hashanah": 0, "rosh hashana": 0, "yom kippur": 9, "sukkot": 14, "passover": -163, "pesach": -163,
    "shavuot": -113, "purim": -193, "hanukkah": None, "chanukah": None, "hanukah": None,
}

#: spoken years: "nineteen ninety-six", "the year two thousand"
YEAR_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
SMALL_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")

#: relation words before a unit, month, weekday or season -> offset
RELATIONS = {
    "last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1, "the prior": -1, "this past": -1,
    "this coming": 1,
    "next": 1, "coming": 1, "following": 1, "upcoming": 1, "the coming": 1, "the next": 1,
    "this": 0, "current": 0, "the current": 0, "present": 0, "that": 0,
    "the same": 0, "that same": 0, "the previous": -1, "the following": 1, "the last": -1,
    "the preceding": -1,
    "the past": -1, "the latest": -1,
}

#: relation words that point to the last time mentioned, not to the document date
ANAPHORIC_RELATIONS = frozenset({
    "that", "the same", "that same", "previous", "the previous", "following", "the following",
    "preceding", "the preceding", "prior", "the prior",
})

#: direction words after an amount -> sign; "before"/"after" relate to another event
DIRECTIONS = {
    "ago": -1, "earlier": -1, "before": -1, "back": -1, "previously": -1,
    "later": 1, "after": 1, "from now": 1, "from today": 1, "from": 1, "hence": 1, "afterward": 1, "afterwards": 1,
}

MODS = {
    "early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START",
    "the beginning": "START", "the start": "START", "the end": "END", "the middle": "MID",
    "the end of": "END", "late": "END", "later": "END", "the middle of": "MID", "mid": "MID",
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "nearly": "APPROX", "almost": "APPROX", "some": "APPROX", "close to": "APPROX",
    "more than": "MORE_THAN", "upwards of": "MORE_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "nearly all of": "APPROX", "at least": "EQUAL_OR_MORE", "no more than": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "no less than": "EQUAL_OR_MORE",
    "over": "MORE_THAN", "just over": "MORE_THAN", "a little over": "MORE_THAN", "a bit over": "MORE_THAN", "well over": "MORE_THAN",
    "just under": "LESS_THAN", "a little under": "LESS_THAN", "slightly more than": "MORE_THAN",
    "a little more than": "MORE_THAN", "slightly less than": "LESS_THAN", "a little less than": "LESS_THAN",
}
#: the modifiers of a point in time: a date is early, late or about, never "more than"
POINT_MODS = {words: mod for words, mod in MODS.items() if mod in ("START", "END", "MID", "APPROX")}

#: words that are time expressions on their own -> TIMEX3 value
REFS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "presently": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "the present": "PRESENT_REF", "at the moment": "PRESENT_REF", "at present": "PRESENT_REF",
    "the present day": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "moments ago": "PAST_REF", "a short time ago": "PAST_REF",
    "a little while ago": "PAST_REF", "a while ago": "PAST_REF", "formerly": "PAST_REF", "the past": "PAST_REF",
    "more recently": "PAST_REF", "most recently": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF", "a later date": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF",
}

#: words naming a day relative to the reference day -> offset in days
DAY_REFS = {
    "today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "the day before yesterday": -2,
    "the day after tomorrow": 2, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "last night": -1, "yesterday morning": -1,
}

#: words before "morning", "night"... -> (day offset, relative to the last time mentioned?)
PART_RELATIONS = {
    "this": (0, False), "last": (-1, False), "tomorrow": (1, False), "yesterday": (-1, False),
    "that": (0, True), "the next": (1, True), "the following": (1, True), "the previous": (-1, True),
    "the same": (0, True), "that same": (0, True),
}

#: words for how many times a set recurs -> count ("twice a year": freq 2X)
FREQUENCIES = {"once": 1, "twice": 2, "thrice": 3}

#: time zones written after a clock time ("1400 GMT", "10:15 BST"); matched in capitals only
TIME_ZONES = frozenset({
    "GMT", "UTC", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT",
    "BST", "WET", "CET", "CEST", "EET", "EEST", "MSK", "IST", "PKT", "ICT", "WIB", "HKT", "SGT",
    "JST", "KST", "AEST", "AEDT", "NZST", "NZDT", "HST", "HDT", "AKST", "AKDT", "AST", "ADT", "NST", "NDT",
    "AWST", "ACST", "ACDT", "NZT", "MYT", "PHT", "WAT", "CAT", "EAT", "SAST",
})

#: adverbs and "every/each" forms that make a SET -> (unit letter, amount)
SET_WORDS = {
    "daily": ("D", 1), "weekly": ("W", 1), "monthly": ("M", 1), "yearly": ("Y", 1),
    "hourly": ("H", 1), "nightly": ("D", 1), "annually": ("Y", 1),
    "biweekly": ("W", 2), "fortnightly": ("W", 2), "bimonthly": ("M", 2), "biannually": ("Y", 0.5), "semiannually": ("M", 6),
    "semi-annually": ("M", 6), "biennially": ("Y", 2), "triennially": ("Y", 3), "bi-weekly": ("W", 2),
}

DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}

#: words before a date that say nothing of past or future ("until March 6", "by Dec. 15"): the
#: resolver then takes the nearest occurrence, whatever the tense of the clause
DEADLINE_WORDS = frozenset({"until", "till", "through", "by", "before", "ahead of", "due"})

#: nouns of kin: a month named in apposition to one is a person ("his wife of 51 years, June,",
#: "Her daughters, April and May, survive her")
KINSHIP_NOUNS = (
    "wife", "husband", "daughter", "daughters", "son", "sons", "sister", "sisters", "brother", "brothers",
    "mother", "father", "granddaughter", "granddaughters", "grandson", "grandsons", "niece", "nephew",
    "widow", "widower", "partner", "fiancee", "fiancée", "aunt", "cousin", "twin", "twins", "children",
)

#: nouns of a step before an event, after the event's year: "The 2014 World Cup draw takes place
#: in December" is this year's December, not 2014's (the year names the event, not the step)
PREPARATORY_NOUNS = frozenset({"draw", "qualifying", "qualifiers", "qualifier", "bid", "bids", "tickets", "ticket", "model", "budget", "selection", "trials"})

#: events held on a day set beforehand: after "for", a weekday's one is ahead whatever the tense
#: ("qualified for Tuesday's 1,500m final", "The Lakers were preparing on Sunday for Thursday's game")
SCHEDULED_EVENTS = (
    "final", "finals", "semifinal", "semifinals", "semi-final", "semi-finals", "game", "match", "race", "opener",
    "showdown", "clash", "debate", "summit", "hearing", "runoff", "primary", "ceremony", "inauguration", "parade",
)

#: nouns of what an event leaves behind: a date in "the minutes of its July 30-31 meeting", "in
#: the wake of the March 11 disaster" is past, whatever the tense of the clause
AFTERMATH_NOUNS = ("minutes", "transcript", "transcripts", "aftermath", "wake")

#: verbs of an end, right before a date without a preposition, schedule it ahead whatever the
#: clause's tense ("a holiday that began on Dec. 30 and ends Monday"); elsewhere they end other
#: things too ("The deal ends three weeks of uncertainty")
END_VERBS = frozenset({"ends", "closes", "concludes", "finishes", "wraps up"})

#: verbs that make a day into something, when the day is their object ("declared Friday a
#: national day of mourning", "named Sunday as a day of prayer"): the day is ahead
DECLARE_VERBS = frozenset({"declared", "declares", "declare", "named", "names", "designated", "designates", "proclaimed", "proclaims"})

#: verbs that move a date: after one of them in its clause, the date after "to" is the new date,
#: read like a deadline: ahead unless the clause is past, then the nearest ("The IRS extended the
#: deadline to May 17", "delayed the vote to January", "pushes the deadline to Oct. 15")
RESCHEDULE_VERBS = (
    "extend", "delay", "postpone", "move", "push", "defer", "reschedule", "adjourn", "bring forward", "brought forward",
)

#: adverbs of a habit: in a present clause with one, a month, season or weekday is any year's
#: ("Prices typically peak in August" is XXXX-08, "Summer is usually slow" XXXX-SU)
HABITUAL_WORDS = frozenset({
    "usually", "typically", "traditionally", "normally", "generally", "customarily", "routinely",
    "often", "always", "invariably",
})

#: reports of a period: the month they are named by ("December jobs report", "sales for July")
#: is the nearest one, even for a release still to come ("The employment report for December is
#: due on Friday", "Analysts expect December sales to be strong"), or the last one in a past clause
REPORT_NOUNS = (
    "results", "earnings", "profit", "profits", "loss", "losses", "revenue", "revenues", "sales",
    "net income", "report", "data", "figures", "numbers", "statistics", "inflation", "payrolls",
    "gdp", "output", "pmi", "cpi", "reading", "price index", "deficit", "surplus", "orders", "starts",
    "payroll", "employment", "unemployment", "jobless rate",
)

#: incidents named by their date, which have happened: "charges stemming from a Nov. 12 shooting",
#: "charged in the September killing"
PAST_INCIDENTS = (
    "shooting", "shootings", "killing", "killings", "slaying", "stabbing", "murder", "robbery", "attack", "attacks",
    "bombing", "explosion", "blast", "crash", "fire", "collision", "derailment", "quake", "earthquake", "assault",
    "kidnapping", "massacre", "riot", "riots", "raid", "arson", "disappearance", "accident", "spill", "collapse",
    "shipwreck", "break-in", "burglary", "carjacking", "rampage", "ambush", "coup", "crackdown",
)

#: events of a day named by its possessive: "Friday's plunge" was, "Thursday's trade report"
#: is as the clause says; the incidents too ("Monday's attack")
PAST_DAY_EVENTS = (
    "plunge", "drop", "selloff", "sell-off", "decline", "fall", "rally", "surge", "session", "trading", "close", "closing",
    "win", "loss", "defeat", "victory", "draw", "rout",  # a game's result: "after Sunday's 5-0 win"
) + PAST_INCIDENTS

#: words after a month that make it a futures contract's month, the current or a coming one:
#: "Brent crude for November delivery", "December corn climbed", "the May contract"
CONTRACT_WORDS = (
    "delivery", "contract", "contracts", "futures", "crude", "brent", "wti", "oil", "corn", "wheat", "soybeans",
    "soybean", "gold", "silver", "copper", "natural gas", "gasoline", "heating oil", "cotton", "sugar", "coffee",
    "cocoa", "cattle", "hogs", "options",
)

#: words before a date that make it background, not the time under discussion: "the lowest level
#: since 2009", "the airline, founded in 1998," do not anchor a following "two days later"
BACKGROUND_WORDS = frozenset({
    "since", "founded in", "founded on", "born in", "born on", "established in",
})

#: lower-case words after "to" that are not verbs ("sentenced to death in May"). Any other one
#: starts an infinitive, whose date a past-tense verb does not place: "agreed to buy the unit in
#: February", "subpoenaed him to testify on Feb. 10" may be ahead, so the nearest occurrence is taken
TO_NOT_VERBS = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "some", "all", "each", "every", "any", "other", "another", "both", "many", "more",
    "most", "about", "around", "nearly", "almost", "over", "under", "only", "just", "date",
    "death", "power", "court", "prison", "jail", "office", "school", "work", "market", "bed",
    "trial", "war", "sea", "town", "church", "college", "hospital", "light", "mind", "him",
    "them", "me", "us", "you", "it", "what", "which", "whom", "where", "when", "one", "two",
})

#: verbs after which an infinitive happens when they do, not later: a past one keeps its clause
#: past ("Sales began to fall in February", "failed to pay in March")
ASPECT_VERBS = frozenset({
    "began", "begun", "started", "continued", "ceased", "stopped", "failed", "managed", "tried", "attempted",
    "used", "seemed", "appeared", "happened", "proved", "refused", "rushed", "hurried",
})

#: verbs that direct someone to do a thing: a past one does not make a deadline after "until"
#: past ("gave the defense until Monday to file", "ordered the plant closed until Friday")
DIRECTIVE_VERBS = frozenset({
    "ordered", "told", "asked", "urged", "instructed", "directed", "summoned", "required", "gave",
    "given", "allowed", "invited", "advised", "warned",
})

#: past verbs of planning -> the words one of which must follow them (None: any): the date
#: after one, like a date after an infinitive, is of the plan and may be ahead, so the nearest
#: occurrence is taken ("unions called for a march on May 1", "setting up a May 5 runoff")
PLAN_VERBS = {
    "called": frozenset({"for", "a", "an"}), "scheduled": None, "planned": None, "slated": None,
    "setting": frozenset({"up"}), "set": frozenset({"up"}), "warned": frozenset({"of"}),  # "warned of heavy rain on Thursday"
}
#: verbs that plan what they name for a date after "for" or "date of": "set sentencing for July 11", "convened a
#: meeting for Saturday", "set a hearing for Tuesday" (not "convened a meeting on Saturday", "set a record on Saturday")
FOR_PLAN_VERBS = frozenset({"set", "sets", "convened", "convenes", "called", "calls", "scheduled", "fixed", "booked"})

#: words after which a bare "May" or "March" is the month ("in May", "since March")
MONTH_PREPOSITIONS = frozenset({
    "in", "into", "throughout", "between", "since", "until", "by", "of", "during", "through", "before", "after", "from", "to", "and",
    "or", "mid", "early", "late", "last", "next", "this", "end", "till", "for", "as", "a", "the",
    "its", "their", "his", "her", "our",
})

#: rules that only apply after certain words: "$2 million a year" is a rate (a SET), while
#: "within a year" is a duration. (rule, regex that must match the text just before)
LEFT_CONTEXT = {
    # the second day of "March 3-5", "April 24 and 25": after a month and day
    "range_day": r"\b(?:%s)\.?\s+[0-3]?[0-9](?:st|nd|rd|th)?\s*(?:-|and|to|or|through)\s*$" % "|".join(MONTHS),
    # the second month of "April-June": in the year of the first
    "range_month": r"\b(?:%s)\.?-$" % "|".join(MONTHS),
    "rate": r"(?:\d|\d(?:m|bn|tn|k)|%|\b(?:million|billion|trillion|thousand|hundred|dozen|percent|yen|yuan|rupees|euros|pounds|times|once|twice|shares|units|flights|seats|barrels|tons|cents|dollars|pence|hours|days|miles|people|calls|visits|trips)|(?:\b\d[\d,.]*(?: (?:million|billion|trillion|thousand))?(?: of)?|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundreds of|thousands of|millions of|dozens of|several|many)(?: [a-z-]+ of)?)(?: [a-z-]+)?? [a-z-]+s|\bone(?: [a-z-]+)?? [a-z-]+|\b[a-z-]+s of [a-z-]+(?: [a-z-]+)?|\bhalf an hour)(?:,? or (?:more|less))?\s*$",  # "200 aid trucks a day", "$2,000 or more a month", "two shifts a day", "one free checkup a year"
}

#: adjectives between a number and its plural unit: "four long years", "after three tense days"
DURATION_ADJECTIVES = (
    "long", "short", "tense", "hard", "tough", "difficult", "grueling", "gruelling", "agonizing", "anxious",
    "bloody", "busy", "brief", "painful", "turbulent", "chaotic", "frantic", "dramatic", "eventful",
)

#: determiners left out of a hyphenated time adjective: "the 14-day strike" -> "14-day"
ADJECTIVE_DETERMINERS = ("the", "a", "an", "first", "last", "final", "only", "next", "another", "further", "second", "third", "previous", "following")  # "the first two-day closure", "the Fed's next two-day meeting" -> "two-day"

#: abbreviations that may carry a period ("Jan.", "Sept.", "Thurs.")
ABBREVIATED = frozenset(
    k for k in (*MONTHS, *WEEKDAYS) if len(k) <= 5 and k not in ("march", "april", "june", "july", "may")
)

#: words that are dates only when capitalized ("May", "March") or in a date pattern
CASE_SENSITIVE = frozenset({
    "may", "march", "august", "mar", "sun", "sat", "wed", "jan", "jun", "jul", "aug", "sep", "oct", "dec", "nov",
    "feb", "apr", "fall", "mon", "fri", "thu", "tue",
})

#: a four-digit number followed by one of these is a quantity, not a year ("2000 soldiers",
#: "about 1500 people"), unless one of YEAR_PREPOSITIONS stands before it ("in 2016 people voted")
QUANTITY_NOUNS = frozenset({
    "percent", "people", "soldiers", "troops", "votes", "workers", "employees", "jobs", "members",
    "dollars", "shares", "units", "tons", "miles", "feet", "meters", "kilometers", "pounds",
    "cars", "homes", "acres", "barrels", "points", "copies", "students", "residents",
    "protesters", "demonstrators", "civilians", "children", "refugees", "migrants", "patients",
    "cases", "deaths", "passengers", "visitors", "police", "officers", "families", "households",
    "block", "mg", "milligrams", "grams", "kg", "kilograms", "rpm", "yen", "euros", "calories",
    "words", "horsepower", "hp", "mph", "degrees", "yards", "contracts", "metres", "kilometres",
    "liters", "litres", "teachers", "doctors", "nurses", "flights", "beds", "seats",
    "tonnes", "kilos", "head", "sheep", "cattle", "cows", "pigs", "bags", "boxes", "bushels", "bales",
    "hectares", "gallons", "ounces", "cubic", "square", "megawatts", "mw", "troy",
    "millimetres", "millimeters", "mm", "centimetres", "centimeters", "cm", "inches",
})
#: titles "... of the year", which name no year: "album of the year", "coach of the year"
AWARD_NOUNS = ("album", "song", "record", "player", "coach", "manager", "person", "man", "woman", "entertainer",
               "artist", "rookie", "team", "book", "car", "word", "athlete", "driver", "sportsman", "sportswoman", "employee")
YEAR_PREPOSITIONS = frozenset({"in", "since", "during", "until", "till"})

#: nouns before a number that make it a label, not a year: "room 1204", "Flight 1549"
LABEL_NOUNS = (
    "room", "rooms", "flight", "route", "highway", "interstate", "page", "pages", "section",
    "chapter", "article", "resolution", "no.", "number", "apartment", "suite", "gate", "platform",
    "bus", "model", "exit", "pier", "unit", "ward", "precinct", "district", "bill", "amendment",
    "hb", "sb", "ab", "ld", "h.r.", "u.s.c.", "proposition", "prop.", "sections", "form", "forms",
    "regulation", "directive", "windows", "office", "server", "tsv",
)

#: words that make a bare "the second half" or "the fourth quarter" near them a period of a game,
#: not of a year: "added the second goal early in the second half"
GAME_WORDS = (
    "touchdown", "touchdowns", "halftime", "half-time", "overtime", "inning", "innings", "kickoff",
    "quarterback", "rebounds", "free throw", "field goal", "goalkeeper", "equaliser", "equalizer", "opening goal",
    "first goal", "second goal", "winning goal", "minutes left", "seconds left", "left to play", "left in the",
    "3-pointer", "three-pointer", "pointers", "trailed by", "free kick", "penalty kick", "wicket", "batsman", "not out",
    "scored in the", "goals in the", "goal in the", "points in the", "scored early", "scored late", "scored twice",
    "yards", "outscored", "comeback", "scored three", "touchdown", "rushing", "threw for",
    "scored a", "a goal", "struck twice", "ran the", "marathon", "laps", "fumbled", "fumbles", "stoppage time",
    "injury time", "halfway", "conceded", "interception", "sacked", "power play",
)

#: nouns after a holiday that make it a thing, not a day: "Christmas trees", "Easter eggs"
HOLIDAY_THINGS = (
    "agreement", "accords?", "rising", "uprising", "offensive", "massacre", "islands?", "act", "trees?", "cards?", "carols?", "lights", "decorations?", "ornaments?", "songs?", "music", "movies?", "films?",
    "eggs?", "bunny", "truce", "tsunami", "rising", "spirit", "stories", "story", "markets?", "puddings?", "crackers?",
    "resolutions?", "honours", "honors", "seals", "spectacular", "presents?", "gifts?", "costumes?", "candy", "stockings?",
)

#: nouns after a date that make it the name of a group: "the March 14 alliance", "the April 6 Youth Movement"
DATE_NAMED_GROUPS = ("movement", "alliance", "coalition", "brigade", "brigades", "revolution", "front")

#: verbs after which "that" opens a clause: "said that Monday ..." is not "that Monday"
COMPLEMENT_VERBS = (
    "said", "says", "say", "warned", "warns", "warn", "announced", "reported", "noted", "added", "believe",
    "believes", "expect", "expects", "hope", "hopes", "think", "thinks", "know", "knows", "learned",
    "revealed", "confirmed", "stated", "argued", "insisted", "claimed", "predicted", "feared",
)

#: newspaper titles with a weekday in them: "The Sunday Times", "The Mail on Sunday"
NEWSPAPER_AFTER_WEEKDAY = ("Times", "Telegraph", "Express", "Mirror", "People", "Post", "Herald", "Tribune", "Star", "Mail")
NEWSPAPER_BEFORE_ON = ("Mail", "Sun", "Independent", "Express", "Mirror", "Telegraph", "Observer", "Herald")

#: capitalized words that may stand just before a year inside a sentence ("Christmas 2016",
#: "Fiscal 1998"); after any other one the number belongs to a name ("the Russell 2000 index")
CALENDAR_WORDS = frozenset({
    *MONTHS, *WEEKDAYS, *SEASONS, "christmas", "easter", "thanksgiving", "day", "eve", "fiscal",
    "calendar", "year",
})

# ---------------------------------------------------------------------------------------------
# Macros: {NAME} in a pattern becomes a named group over the lexicon (longest first), or the
# given regular expression. Pattern text is matched case-insensitively.

_DAY_NUM = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR_NUM = r"(?:1[0-9]{3}|20[0-9]{2})"
_NUM_WORD = r"(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?: 1/2)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)\b|{NUMBERS_ALT})(?:[ -]and[ -]a[ -]half)?"

# a modifier word is a preposition before a determiner ("talked about that weekend"); "over" is
# "more than" only after "for", "of"... ("for over 200 days", not "spread over two days")
_MOD_GUARD = (r"(?!(?:(?<=about)|(?<=under)|(?<=over)|(?<=close\sto)) (?:the|that|this|those|these|his|her|its|their|our|my|your|last|next)\b)"
              r"(?!(?<=over)(?<!\bfor\sover)(?<!\bof\sover)(?<!\bwith\sover)(?<!\bafter\sover)(?<!\bto\sover)(?<!\bjust\sover)(?<!\blittle\sover)(?<!\bbit\sover)(?<!\bwell\sover))")

MACROS = {
    "MONTH": ("month", MONTHS, ""),
    "WEEKDAY": ("weekday", WEEKDAYS, ""),
    "SEASON": ("season", SEASONS, ""),
    "PART": ("part", PARTS_OF_DAY, ""),
    "REL": ("rel", RELATIONS, ""),
    "DIR": ("dir", DIRECTIONS, ""),
    "MOD": ("mod", MODS, _MOD_GUARD),
    "POINT_MOD": ("mod", POINT_MODS, _MOD_GUARD),
    "UNIT": ("unit", UNITS, ""),
    "REF": ("ref", REFS, ""),
    "DAYREF": ("dayref", DAY_REFS, ""),
    "SETWORD": ("setword", SET_WORDS, ""),
    "HOLIDAY": ("holiday", {**HOLIDAYS, **MOVABLE_HOLIDAYS, **EASTER_HOLIDAYS, **HEBREW_HOLIDAYS, **LUNAR_NEW_YEAR_NAMES,
                            "independence day": None}, ""),
    "ORD": ("ord", ORDINALS, ""),
    "DECWORD": ("decword", DECADE_WORDS, ""),
    # plain regular expressions
    "DAY": ("day", None, _DAY_NUM),
    # the same in day-month order after a weekday and a clock time: "5pm on Wednesday 28 August"
    "DMDAY": ("dmday", None, _DAY_NUM),
    "DMMONTH": ("dmmonth", MONTHS, ""),
    "YEAR": ("year", None, _YEAR_NUM),
    "YY": ("yy", None, r"'[0-9]{2}"),
    "NUM": ("num", None, _NUM_WORD),
    "NUM2": ("num2", None, _NUM_WORD),  # the second amount of "three years and four months"
    "UNIT2": ("unit2", UNITS, ""),
    "NUM3": ("num3", None, _NUM_WORD),  # and a third: "two hours, one minute and 39 seconds"
    "UNIT3": ("unit3", UNITS, ""),
    "HOUR": ("hour", None, r"(?:1[0-2]|0?[1-9])"),
    "HOUR24": ("hour", None, r"(?:[01]?[0-9]|2[0-3])"),
    "MINUTE": ("minute", None, r"[0-5][0-9]"),
    "AMPM": ("ampm", None, r"(?:a\.m\.?|p\.m\.?|am\b|pm\b|o'clock)"),
    "ZONE": ("zone", None, "(?-i:%s)" % "|".join(sorted(TIME_ZONES, key=len, reverse=True))),
}

# ---------------------------------------------------------------------------------------------
# Rules: (name, TIMEX3 type, triggers, pattern). Patterns are written in lower case (they match
# either case); only a "(?-i:...)" part reads case, and the engine runs the rules without one on
# lower-cased text. Triggers are the words one of which every match contains: a lexicon's name
# (MONTH, UNIT...) for any of its words, DIGIT for a number, or literal lower-case words; YEAR4
# for a four-digit number from 1000 to 2099. The engine only looks for a rule near its triggers,
# which keeps tagging fast. Named groups from the macros carry the meaning; a few extra groups are
# literal markers: ``fiscal``, ``quarter`` (1-4 or ordinal), ``half``, ``decade``, ``century``,
# ``every``, ``each``, ``anchor`` ("that", "the same"), ``yearago``.
# The longest match wins; on equal length, the earlier rule.

_MOD_PRE = r"(?:{POINT_MOD}[- ])?"  # a date is early, late or about, never "more than" ("2,000 more than last year")
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
# a relation word, but not the "that" after a verb of saying: "said that Monday ..." is "Monday"
_NOT_COMPLEMENT = r"(?:(?!that\b)|%s)" % "".join(r"(?<!\b%s\s)" % verb for verb in COMPLEMENT_VERBS)
_REL_PRE = r"(?:" + _NOT_COMPLEMENT + r"{REL} )?"
# "last" after these is the verb: "expected to last six weeks" (the duration is "six weeks")
_LAST_NOT_VERB = "".join(r"(?<!\b%s\s)" % word for word in ("to", "will", "would", "could", "may", "might", "can", "should", "must", "not", "and", "usually", "typically", "often", "generally")) + r"(?<![a-z][a-rt-z]s\s)last"  # "Visas last 90 days"
# after a clock time: its zone, "local time" or a place's time ("9 a.m. New York time")
_ZONE_AFTER = r"(?: {ZONE}| local time| (?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?) time| (?-i:(?:Eastern|Central|Mountain|Pacific)\b(?! [A-Z])))?"  # "8 p.m. Pacific"
_ON_DAY = r"(?:,? (?:on )?(?:{WEEKDAY}(?!['’]s\b)(?: (?P<onpart>morning|afternoon|evening|night)\b)?(?:,? (?:{MONTH} {DAY}|(?:the )?{DMDAY} (?:of )?{DMMONTH})(?:,? {YEAR})?)?|(?P<tday>{TDAY_ALT})))?"  # after a clock time: "on Friday", "today", "on Thursday, May 5"
# a day of the month in words: "January twentieth", "the twenty-first of May"
_DAY_WORD = r"(?P<dayword>%s)" % "|".join(sorted((k for k in ORDINALS if not k[0].isdigit() and k != "last"), key=len, reverse=True))
# words before a 24-hour time without a zone that make it one ("at 14:02", "until 10:00")
_CLOCK24_BEFORE = ("at", "by", "about", "around", "until", "till", "before", "after", "from", "since", "between", "departs", "arrives", "leaves")
# a 24-hour time next to another: "between 07:30 and 18:30", "08:33-10:33 EDT"
_CLOCK24_PAIR = (r"|(?<=[0-2][0-9]:[0-5][0-9]\sand\s[0-2][0-9]:[0-5][0-9])|(?<=[0-2][0-9]:[0-5][0-9]\sto\s[0-2][0-9]:[0-5][0-9])"
                 r"|(?<=[0-2][0-9]:[0-5][0-9][-–][0-2][0-9]:[0-5][0-9])|(?=[-–][0-2][0-9]:[0-5][0-9])")
_QUARTER = r"(?:(?P<quarter>first|second|third|fourth|final|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter|q(?P<qnum>[1-4]))"
_QUARTER_OF = _QUARTER.replace("|final|", "|final|last|")  # "the last quarter of 2022" is its fourth; "the last quarter" the one before

# a second bare unit: "weeks or even months", "days, if not weeks"
_AFTER_A_UNIT = "|".join(r"(?<=\b%s%s)" % (unit, link) for unit in ("hours", "days", "weeks", "months", "years", "decades")
                         for link in (r"\sor\s", r"\sor\seven\s", r",\sor\seven\s", r",\sif\snot\s", r",\spossibly\s", r",\seven\s",
                                      r",\snot\s", r"\snot\s", r"\srather\sthan\s", r",\smaybe\s", r",\sperhaps\s", r",\sit\scould\sbe\s"))
# after "the 14th": not a noun or a name ("the 14th inmate", "the 2nd Division", "Friday the 25th Bond film")
_NTH_NOT_ORDINAL = r"(?-i:(?! [A-Z])(?! (?!(?:at|in|on|to|when|after|before|as|but|with|for|from|was|is|were|will|would|until|through|since|by|that|which|while|so|if|because|the|a|an|he|she|they|it|we)\b)[a-z]))"

# the era after a century: "the 5th century B.C." (BC04), "the second century AD"
_ERA = r"(?:,? (?:(?P<bcc>(?-i:B\.C\.|BCE|BC))|(?-i:A\.D\.|AD|CE))(?!\w))?"
_CENTURY_ORDINALS = sorted((w for w, n in ORDINALS.items() if (w.isalpha() or "-" in w) and n <= 21 and w != "last"), key=len, reverse=True)

RULES = [
    # a day named for what happened on it (before the date rules: it wins a tie with "the 11 September")
    ("named_day", "DATE", "DIGIT attacks", r"(?:the (?=11 ))?(?P<named>9/11(?![\d/])|(?:(?:sept?\.?|september) 11|11 september)(?= (?:terror |terrorist )?attacks\b))"),
    # --- full dates --------------------------------------------------------------------------
    ("iso_datetime", "TIME", "YEAR4", r"(?P<year>[12][0-9]{3})-(?P<mm>[01][0-9])-(?P<dd>[0-3][0-9])t(?P<hour>[0-2][0-9]):(?P<minute>[0-5][0-9])"),
    ("iso_date", "DATE", "YEAR4", r"(?P<year>[12][0-9]{3})-(?P<mm>[01][0-9])-(?P<dd>[0-3][0-9])"),
    ("us_numeric", "DATE", "DIGIT", r"(?P<mm>1[0-2]|0?[1-9])/(?P<dd>3[01]|[12][0-9]|0?[1-9])/(?P<year>[12][0-9]{3}|[0-9]{2})"),
    ("day_first_numeric", "DATE", "YEAR4", r"(?P<dd>3[01]|2[0-9]|1[3-9])/(?P<mm>1[0-2]|0?[1-9])/(?P<year>[12][0-9]{3})"),
    ("eu_numeric", "DATE", "YEAR4", r"(?P<dd>3[01]|[12][0-9]|0?[1-9])\.(?P<mm>1[0-2]|0?[1-9])\.(?P<year>[12][0-9]{3})"),
    ("wd_month_day_year", "DATE", "YEAR4", _MOD_PRE + r"(?:{WEEKDAY},? )?{MONTH} {DAY},? {YEAR}"),
    ("wd_day_month_year", "DATE", "MONTH", r"(?:{WEEKDAY},? )?(?:the )?{DAY} (?:of )?{MONTH},? {YEAR}"),
    ("wd_month_day", "DATE", "MONTH", r"(?:(?:next|last|this|this coming) )?{WEEKDAY},? {MONTH} (?:{DAY}|" + _DAY_WORD + ")"),
    ("wd_week", "DATE", "WEEKDAY", r"{WEEKDAY} (?P<wdweeks>week|fortnight)(?![\w-])"),  # British: "Tuesday week", the Tuesday after next
    ("wd_rel_week", "DATE", "WEEKDAY", r"{WEEKDAY},? (?P<weekrel>next|last|this) week"),  # "Friday next week"
    ("wd_rel_after", "DATE", "WEEKDAY", r"{WEEKDAY} (?=(?:last|next)\b){REL}(?=\s*(?:[.,;:!?)]|$))"),  # "on Thursday last", "Friday next"
    ("month_day_range_year", "DATE", "MONTH", r"{MONTH} {DAY}(?=[-–](?:3[01]|[12][0-9]|0?[1-9]),? {YEAR})"),
    ("month_day", "DATE", "MONTH", _MOD_PRE + _REL_PRE + r"{MONTH} {DAY}(?![0-9]|:\d)"),
    # "the 14th" is a day unless a noun or a name follows ("the 14th inmate", "the 2nd Division")
    ("the_nth", "DATE", "DIGIT", r"the (?P<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)" + _NTH_NOT_ORDINAL),
    # the first day of a day-first range: "on 21-22 March", "between 23 and 26 May"
    ("range_first_day", "DATE", "DIGIT", r"{DAY}(?=(?:[-–]| and | to )(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)? {MONTH}(?:,? {YEAR})?(?![\w-]))"),
    ("wd_day_month", "DATE", "MONTH", r"{WEEKDAY},? (?:the )?{DAY} (?:of )?{MONTH}"),
    ("day_month_rel_year", "DATE", "MONTH", r"(?:the )?{DAY} (?:of )?{MONTH},? (?P<this_year>this|last|next) year"),
    # "the 6th of March", "the 6th March", but "The 6th March celebration": the determiner is the noun's
    ("day_month", "DATE", "MONTH", r"(?:the (?=[0-9]{1,2}(?:st|nd|rd|th)? (?:of |(?:%s)(?:\.|(?![.\w]))%s)))?{DAY} (?:of )?{MONTH}"
     % ("|".join(sorted(MONTHS, key=len, reverse=True)), _NTH_NOT_ORDINAL)),
    ("month_day_word", "DATE", "MONTH", r"{MONTH} " + _DAY_WORD + r"(?![- ](?:quarter|half|reading|round|time|term)\b)(?:,? {YEAR})?"),
    ("day_word_month", "DATE", "MONTH", r"the " + _DAY_WORD + r" of {MONTH}(?:,? {YEAR})?"),
    ("nth_weekday", "DATE", "WEEKDAY", r"the (?P<nth>first|second|third|fourth|last) {WEEKDAY} (?:in|of) {MONTH}(?:,? {YEAR})?"),
    ("nth_weekday_of_month", "DATE", "WEEKDAY", r"the (?P<nth>first|second|third|fourth|last) {WEEKDAY} (?:in|of) (?:(?P<thismonth>the|this) month|(?P<nextmonth>next|last) month)"),  # "the first Monday of next month"
    ("day_of_month", "DATE", "day", r"the (?P<nth>first|last|final) day (?:in|of) (?:{MONTH}(?:,? {YEAR})?|(?P<thismonth>the|this) month|(?P<nextmonth>next|last) month)"),  # "the last day of January", "the first day of next month"
    ("week_of_month", "DATE", "week", r"the (?P<nth>first|second|third|fourth|last|final) (?:full )?week (?:in|of) {MONTH}(?:,? {YEAR})?"),
    ("weekend_of_month", "DATE", "weekend", r"the (?P<nth>first|second|third|fourth|last|final) weekend (?:in|of) {MONTH}(?:,? {YEAR})?"),  # "the last weekend of April"
    ("wd_the_nth", "DATE", "WEEKDAY", r"{WEEKDAY},? the (?P<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)" + _NTH_NOT_ORDINAL),
    ("month_year", "DATE", "MONTH", _MOD_PRE + r"(?:the month of )?{MONTH},? (?:of )?{YEAR}"),
    ("the_month_of", "DATE", "MONTH", r"the month of {MONTH}"),  # not "the month" and a month
    ("month_yy", "DATE", "MONTH", r"{MONTH} {YY}"),
    ("rel_month", "DATE", "MONTH", _MOD_PRE + _NOT_COMPLEMENT + r"{REL} {MONTH}"),
    ("month_of_that_year", "DATE", "MONTH", _MOD_PRE + r"{MONTH}(?: {DAY})?,?(?: of)? (?P<ofyear>that|the same|the following|the next|the previous|the preceding) year"),
    ("day_month_of_that_year", "DATE", "MONTH", r"(?:the )?{DAY} (?:of )?{MONTH},?(?: of)? (?P<ofyear>that|the same|the following|the next|the previous|the preceding) year"),
    ("month_rel_year", "DATE", "MONTH", _MOD_PRE + r"{MONTH}(?: {DAY})?,?(?: of)? (?P<this_year>this|last|next) year"),
    ("range_month", "DATE", "MONTH", r"(?<=-){MONTH}"),
    ("month", "DATE", "MONTH", r"(?!about\s|under\s)" + _MOD_PRE + r"{MONTH}"),  # not "Asked about March", "Under May, the party lost"
    ("range_day", "DATE", "DIGIT", r"(?:(?<=[0-9]-)|(?<=[0-9]\sand\s)|(?<=[0-9]\sto\s)|(?<=[0-9]\sor\s)|(?<=[0-9]\sthrough\s))(?P<rday>[0-3]?[0-9])(?![0-9])(?:,? {YEAR})?"),
    ("week_of", "DATE", "week weekend", r"the (?P<dunit>week|weekend) of {MONTH} {DAY}(?:,? {YEAR})?"),
    # "the week ended Aug. 9": the week, and the day on its own (as "the quarter ended Sept. 30")
    ("week_ended", "DATE", "week", r"the (?P<dunit>week)(?= (?:that )?(?:ended|ending|ends) {MONTH} {DAY}(?:,? {YEAR})?)"),
    # "the first days of January", "the final weeks of 2019": the start or end of the period
    ("part_of_month", "DATE", "days weeks", r"the (?P<edgemod>first|opening|last|final|closing) (?:few |two |three )?(?:days|weeks) of {MONTH}(?:,? {YEAR})?"),
    ("part_of_year", "DATE", "days weeks", r"the (?P<edgemod>first|opening|last|final|closing) (?:few |two |three )?(?:days|weeks|months) of {YEAR}"),
    ("part_of_date", "TIME", "morning afternoon evening night", r"the (?P<pof>morning|afternoon|evening|night) of (?:{WEEKDAY},? )?{MONTH} {DAY}(?:,? {YEAR})?"),
    ("part_of_day_month", "TIME", "morning afternoon evening night", r"the (?P<pof>morning|afternoon|evening|night) of (?:{WEEKDAY},? )?(?:the )?{DAY} (?:of )?{MONTH}(?:,? {YEAR})?"),
    ("part_of_weekday", "TIME", "morning afternoon evening night", r"the (?P<pof>morning|afternoon|evening|night) of {WEEKDAY}"),
    ("holiday_year", "DATE", "YEAR4", r"{HOLIDAY}(?:,| in| of)? {YEAR}"),
    ("holiday", "DATE", "HOLIDAY", r"(?:{REL} )?{HOLIDAY}(?: (?P<pof>morning|afternoon|evening|night)(?![\w-]))?"),  # "Christmas morning"
    ("holiday_weekend", "DATE", "HOLIDAY", r"(?:the |{REL} )?{HOLIDAY}(?P<hweekend> (?:holiday )?weekend)(?: of {YEAR})?"),  # "the Memorial Day weekend"
    # --- years, decades, centuries ----------------------------------------------------------
    # wire style "1230 GMT", "0600 local time" (before "year": a tie with it is a time)
    # ... "0117GMT", and military "at 1400 hours" (after a preposition: "1000 hours" alone is a duration)
    # hurricane-advisory style "500 PM CDT", "1100 AM EDT"
    ("clock_advisory", "TIME", "DIGIT", r"(?P<hour>1[0-2]|[1-9])(?P<minute>[0-5][0-9]) (?P<ampm>(?-i:AM|PM)) {ZONE}" + _ON_DAY),
    ("clock_hhmm", "TIME", "DIGIT", r"(?:{MOD} )?(?P<hour>[01][0-9]|2[0-3])(?P<minute>[0-5][0-9])(?: ?{ZONE}| local time|hrs\b|(?:"
     + "|".join(r"(?<=\b%s\s[0-2][0-9][0-5][0-9])" % word for word in _CLOCK24_BEFORE + ("till", "to")) + r"|(?<=\b0[0-9][0-5][0-9])) (?:hours|hrs)\b)" + _ON_DAY),  # "at 1500 hours", "0530 hours"
    ("year", "DATE", "YEAR4", _MOD_PRE + r"(?:(?P<fiscal>fiscal|fiscal year|financial year|the fiscal year|the financial year|calendar|the year|the full year|model year) )?{YEAR}(?!s)"),
    # years after 2099 only after a preposition ("by 2100"): else they are amounts
    ("far_year", "DATE", "DIGIT", r"(?:(?<=\bby\s)|(?<=\bin\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bthrough\s))(?P<year>2[1-9][0-9]{2})(?![0-9])"),
    # "in '94", "the summer of '69"
    ("yy_year", "DATE", "DIGIT", r"(?:(?:the )?{SEASON} of |(?<=\bin\s)|(?<=\bof\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bfrom\s)|(?<=\bto\s)|(?<=[0-9],\s)|(?<=[0-9]\sand\s)|(?<=\bthe\s)(?='[0-9]{2} (?:election|elections|race|campaign|season|olympics|games|world cup|war|crash|riots|floods|championship|title|draft|budget|census|vote)\b)){YY}(?![0-9]|s\b)"),  # "the '92 election"
    ("year_fiscal", "DATE", "YEAR4", r"(?:the )?{YEAR} (?P<fiscal>fiscal|financial) year"),
    ("spelled_year", "DATE", "seventeen eighteen nineteen twenty thousand", r"(?:(?:the )?{SEASON} of |{MONTH},? )?(?:(?P<ycent>seventeen|eighteen|nineteen|twenty)[- ](?P<yword>{YEARWORD_ALT})|(?P<ythousand>the year two thousand(?:(?: and)? (?P<yword2>{SMALLNUM_ALT}))?))"),
    ("range_end_yy", "DATE", "DIGIT", r"(?<=(?P<prevyear>[12][0-9]{3})[-–/])(?P<yy2>[0-9]{2})(?![0-9])"),
    ("fiscal_yy", "DATE", "DIGIT", r"fiscal {YY}"),
    ("fiscal_abbr", "DATE", "fy", r"(?P<fiscal>(?-i:FY)) ?'?(?P<year>[12][0-9]{3}|[0-9]{2})"),
    # years of the era: "44 BC", "753 B.C.", "AD 14"
    ("bc_year", "DATE", "DIGIT", _MOD_PRE + r"(?P<bcyear>[1-9][0-9]{0,3}) (?-i:B\.C\.|BCE|BC)(?!\w)"),
    ("ad_year", "DATE", "DIGIT", r"(?-i:AD|A\.D\.) (?P<adyear>[1-9][0-9]{0,3})(?![0-9])|(?P<adyear2>[1-9][0-9]{0,3}) (?-i:AD|A\.D\.|CE)(?!\w)"),
    ("decade", "DATE", "YEAR4", r"(?:the )?" + _MOD_PRE + r"(?:(?P<hundreds>1[0-9])00|(?P<decade>1[0-9]{2}0|20[0-9]0))'?s"),
    ("decade_yy", "DATE", "DIGIT", r"(?:the )?" + _MOD_PRE + r"'(?P<decyy>[0-9]0)s"),
    ("decade_word", "DATE", "DECWORD", _MOD_PRE + r"the {DECWORD}"),
    ("century", "DATE", "century", r"(?:the )?" + _MOD_PRE + r"(?:the )?(?P<century>[12][0-9]|[1-9])(?:st|nd|rd|th)[- ]century(?-i:(?! Fox\b))" + _ERA),
    # "the 18th and 19th centuries": the first of two
    ("century_and", "DATE", "centuries", r"(?:the )?(?P<century>[12][0-9]|[1-9])(?:st|nd|rd|th)(?= and (?:the )?[12]?[0-9](?:st|nd|rd|th) centuries\b)"),
    ("centuries", "DATE", "centuries", r"(?:(?<=[0-9]st\sand\s)|(?<=[0-9]nd\sand\s)|(?<=[0-9]rd\sand\s)|(?<=[0-9]th\sand\s))(?P<century>[12][0-9]|[1-9])(?:st|nd|rd|th) centuries\b"),
    ("mid_century", "DATE", "century", r"(?P<mod>mid)-(?P<dunit>century)(?! (?:modern|design|furniture|house|home|architecture)\b)"),
    ("century_word", "DATE", "century", _MOD_PRE + r"the (?P<centord>%s)[- ]century" % "|".join(_CENTURY_ORDINALS) + _ERA),
    # --- quarters, halves, seasons -----------------------------------------------------------
    ("quarter_year", "DATE", "YEAR4", _MOD_PRE + r"(?:the )?" + _QUARTER_OF + r"(?: of| in)? (?:fiscal )?{YEAR}"),
    ("quarter_rel_year", "DATE", "year", _MOD_PRE + r"(?:the )?" + _QUARTER_OF + r" of (?P<this_year>this|last|next) year"),
    ("year_period", "DATE", "YEAR4", r"the {YEAR} (?P<period>quarter|period|fiscal quarter)"),
    ("period_rel_year", "DATE", "year", r"the (?:corresponding|same|comparable|year-earlier) (?P<period>period|quarter|month) (?P<this_year>last|this|next) year"),
    ("rel_years_period", "DATE", "year", r"(?P<this_year>last|this|next) year's (?P<period>period|quarter)"),
    ("rel_year_quarter", "DATE", "quarter", r"(?P<this_year>this|last|next) year's " + _QUARTER),
    ("year_quarter", "DATE", "YEAR4", r"(?:the )?{YEAR} " + _QUARTER),
    ("quarter_q_year", "DATE", "YEAR4", r"(?P<qnum>[1-4])Q ?{YEAR}"),  # "2Q 2025"
    ("rel_quarter", "DATE", "quarter q", _MOD_PRE + r"(?:the )?(?:{REL} |(?P<fiscal>fiscal) )?" + _QUARTER),
    ("quarter_ended", "DATE", "quarter", r"the (?:fiscal )?(?P<qword>quarter)(?= (?:that )?(?:ended|ending|ends) (?P<qend>[a-z]{3,9}\.? [0-9]{1,2})\b)"),
    ("month_quarter", "DATE", "quarter", r"the {MONTH} (?P<monthquarter>quarter)(?: of {YEAR})?"),  # "the December quarter": Q4
    ("month_range_quarter", "DATE", "quarter period", r"the (?P<qrange>(?:%s)\.?[-–](?:%s)\.?) (?:quarter|period)(?: of {YEAR})?" % (_MONTH_ALT, _MONTH_ALT)),  # "the April-June quarter": Q2
    ("quarter_rel", "DATE", "quarter period", r"(?:{REL}|the) (?P<qword>quarter|(?<=latest\s)period(?! of))"),
    ("half_abbr", "DATE", "h", r"(?P<hnum>h[12])(?:(?: of)? (?:fiscal )?{YEAR}|(?:(?<=\bin\sh[12])|(?<=\bby\sh[12]))(?![\w-]))"),  # "H2 2019", "in H2"
    ("half_year", "DATE", "half", _MOD_PRE + r"the (?P<half>first|second|last) half(?: of {YEAR}| of (?P<this_year>this|last|next) year| of the year)?"),
    ("half_adjective", "DATE", "half", r"(?P<half>first|second)-half(?= [a-z])(?! (?:goals?|strikes?|penalty|penalties|header|hat-trick|tries|try|touchdowns?|equali[sz]er|red card|substitute|brace|stoppage|injury time|display|performance|onslaught|pressure)\b)"),  # not "two first-half goals"
    ("half_month", "DATE", "half", r"the (?P<half>first|second|last) half of {MONTH}(?:,? {YEAR})?"),
    ("season_year", "DATE", "SEASON", _MOD_PRE + r"(?:the )?{SEASON} (?:of )?{YEAR}(?:[-–/][0-9]{2}(?![0-9]))?"),  # "the winter of 1941-42"
    ("season_rel_year", "DATE", "SEASON", _MOD_PRE + r"the {SEASON} of (?P<this_year>this|last|next) year"),  # "the spring of last year"
    ("rel_season", "DATE", "SEASON", _MOD_PRE + r"{REL} {SEASON}"),
    ("mod_season", "DATE", "SEASON", r"(?P<mod>early|late|mid)[- ]{SEASON}"),
    ("season", "DATE", "SEASON", r"the " + _MOD_PRE + r"{SEASON}(?! of)"),
    ("end_of_season", "DATE", "SEASON", r"(?P<mod>the end|the beginning|the start|the middle) of the {SEASON}(?! of)"),
    ("bare_season", "DATE", "SEASON", r"(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bcome\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bsince\s)|(?<=\bduring\s)|(?<=\bthrough\s)"
     r"|(?<=\bspring\sand\s)|(?<=\bsummer\sand\s)|(?<=\bwinter\sand\s)|(?<=\bspring\sor\s)|(?<=\bsummer\sor\s)|(?<=\bwinter\sor\s)){SEASON}(?! of\b)"),
    ("lone_season", "DATE", "summer winter autumn", r"(?=summer|winter|autumn){SEASON}(?! of\b)"),  # "Summer is a slow period", "a hot, dry summer"
    ("season_term", "DATE", "SEASON", r"(?:the |this |next |last )?" + _REL_PRE + r"{SEASON} (?:semester|term|quarter)\b"),  # "the fall semester"
    # --- relative ----------------------------------------------------------------------------
    # an anniversary: "Thirty years ago today", "Ten years ago this month", "Fifty years ago Saturday"
    ("ago_on", "DATE", "ago", r"(?:{MOD} )?(?:{NUM}[ -])?{UNIT}(?P<andhalf> and a half)? (?P<ago>ago) (?:(?P<on>today|tonight|yesterday|this week|this month)|{WEEKDAY})\b"),
    ("this_day_in", "DATE", "day", r"(?P<on>this day|this date) in {YEAR}"),  # "On this day in 1969"
    ("ago", "DATE", "ago", r"(?:{MOD} )?(?:{NUM}[ -])?{UNIT}(?P<andhalf> and a half)? (?P<ago>ago)"),
    # ... "before" with no event after it is "earlier": "up 30 percent from a year before."
    ("earlier_later", "DATE", "earlier later now today before", r"(?:{MOD} )?{NUM} {UNIT} (?P<dir>earlier|later|before(?=\s*[.,;:)]|\s*$)|from now|from (?P<on>today))"),
    ("earlier_later_unit", "DATE", "earlier later now today before", r"(?P<num>a|an|one) {UNIT} (?P<dir>earlier|later|before(?=\s*[.,;:)]|\s*$)|from now|from (?P<on>today))"),  # "a week from today": a day
    ("from_day", "DATE", "from", r"(?:{MOD} )?{NUM} {UNIT} (?P<dir>from) (?:(?P<on>tomorrow)|{WEEKDAY})\b"),  # "two weeks from tomorrow", "a week from Tuesday"
    # anaphoric: "the year before", "the day after"; "the next day" (not tomorrow: the day after the one under discussion)
    ("unit_before", "DATE", "UNIT", r"the (?P<dunit>day|week|month|year) (?P<beforeafter>before|after)(?=\s*[.,;:)]|\s*$)"),
    ("before_last", "DATE", "last", r"the (?P<dunit>year|month|week) before (?P<beforelast>last)"),  # two back
    ("after_next", "DATE", "next", r"the (?P<dunit>year|month|week) after (?P<afternext>next)(?! (?:year|month|week|weekend|decade|quarter|[a-z]+day)\b)"),  # two ahead
    ("next_day", "DATE", "day", r"the (?P<beforeafter>next) (?P<dunit>day)(?!s)"),
    # "over the past decade" is a stretch of ten years (a DATE "in the last decade")
    ("span_unit", "DURATION", "decade century", r"(?:(?<=\bover\s)|(?<=\bduring\s)|(?<=\bthroughout\s)|(?<=\bfor\s)|(?<=\bwithin\s))(?P<theunit>the) (?P<span>past|last|next|coming) (?P<tunit>decade|century)"),
    # "in the new year": the coming one, late in a year (not the holiday, "New Year")
    ("new_year", "DATE", "year", _MOD_PRE + r"(?-i:the new (?P<dunit>year))(?!'s)"),
    ("rel_unit", "DATE", "UNIT", _MOD_PRE + r"(?:the )?{REL} (?:fiscal |financial )?(?P<dunit>year|month|week|weekend|decade|century|quarter|day)(?!s)"),
    ("rel_fiscal", "DATE", "fiscal", r"(?:the )?(?P<rel>current|next|last|previous|this|coming) (?P<fiscalyear>fiscal)(?=\s*[,.;:)]|\s*$| (?:and|or|ending|ended|starting|beginning|to|through|in|from|as|at|on|when|while|is|was|will|would|has|had)\b)"),  # Indian English: "the current fiscal"
    # "the year ahead", "the year just ended"
    ("unit_ahead", "DATE", "ahead ended past", r"the (?P<dunit>year|month|week|decade|quarter) (?P<ahead>ahead|just (?:ended|past|gone))\b"),
    ("rel_fortnight", "DURATION", "fortnight hour", r"(?:the )?(?P<span>past|last|previous|next|coming) (?P<longunit>fortnight|hour)\b(?! of)"),  # "over the past fortnight": P2W; "for the next hour"
    ("year_ago_period", "DATE", "year previous", r"the (?:comparable )?(?P<yearago>year-ago|year-earlier|year earlier|previous year's) (?P<period>quarter|period|third quarter|second quarter|first quarter|fourth quarter|month)"),
    ("year_ago", "DATE", "ago earlier", r"(?P<yearago>year-ago|year-earlier)"),
    ("unit_rel", "DATE", "earlier later", r"(?P<earlier>earlier|later) (?:this|that) (?P<dunit>year|month|week|day)"),
    ("later_that", "DATE", "earlier later", r"(?P<anchorword>later|earlier) that (?P<dunit>year|month|week|day)"),  # parts of a day: part_of_day
    # Reuters style "end-March", "start-2019"
    ("end_dash_month", "DATE", "MONTH", r"(?P<mod_late>end|start)-{MONTH}(?: {YEAR})?"),
    ("end_dash_year", "DATE", "YEAR4", r"(?P<mod_late>end|start)-{YEAR}"),
    ("end_of", "DATE", "end beginning start middle", r"(?P<mod>the end|the beginning|the start|the middle) of (?:(?:the|this) (?:calendar (?=year))?(?P<dunit>year|month|week|decade|century|quarter)|{REL} (?P<dunit2>year|month|week|decade|century|quarter))"),
    ("year_end", "DATE", "end", r"(?P<dunit>year|month|quarter)(?:[- ]|'s )(?P<yearend>end)(?![- ]\w)"),  # "by month-end"
    ("mid_year", "DATE", "year midyear", r"(?P<mod>mid)-?(?P<dunit>year)(?![- ]\w)"),  # "by mid-year", "at midyear"
    ("mid_week", "DATE", "week midweek", r"(?P<mod>mid)-?(?P<dunit>week)(?=\s*(?:[.,;:)]|$)|\s+(?:and|or|to|as|after|before|when|while|with|on|in|at|the|a|an|amid|despite|but)\b)"),  # "halted by mid-week"
    ("month_dash_end", "DATE", "MONTH", r"{MONTH}-(?P<mod_late>end)(?: {YEAR})?(?![- ]\w)"),  # "by December-end"
    ("year_dash_end", "DATE", "YEAR4", r"{YEAR}-(?P<mod_late>end)(?![- ]\w)"),  # "by 2022-end"
    ("recent_units", "DATE", "UNIT", r"(?P<vague>recent|the past|past|coming|the coming|the next) (?P<vunit>years|months|weeks|days|decades|quarters)"),
    ("dayref", "DATE", "DAYREF", r"(?:(?P<mod_late>late|early|later|earlier) )?{DAYREF}"),
    ("rel_weekday", "DATE", "WEEKDAY", r"(?:(?P<mod_late>late|early|earlier|later) )?" + _REL_PRE + r"{WEEKDAY}(?: (?P<pof>morning|afternoon|evening|night))?"),
    ("ref", "DATE", "REF", r"{REF}"),
    # --- times -------------------------------------------------------------------------------
    ("clock", "TIME", "DIGIT", r"(?:{MOD} )?{HOUR}(?:[:.]{MINUTE})? ?{AMPM}" + _ZONE_AFTER + _ON_DAY),
    # spoken: "eight p.m. Wednesday", "seven o'clock"
    ("clock_tonight", "TIME", "tonight evening night morning afternoon", r"(?:{MOD} )?{HOUR}(?:[:.]{MINUTE}|(?<=\bat\s[0-9])|(?<=\bat\s[0-9][0-9])) (?:(?P<tday>tonight|this evening|last night|this morning|this afternoon)|(?P<tday2>tomorrow|yesterday) (?P<onpart>morning|afternoon|evening|night))"),  # "7:30 tonight", "at 10 this morning", "at 7:30 tomorrow morning"
    ("clock_word", "TIME", "m am pm clock", r"(?:{MOD} )?(?P<hourword>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?{AMPM}" + _ZONE_AFTER + _ON_DAY),
    ("clock_part", "TIME", "DIGIT", r"(?:{MOD} )?{HOUR}(?:[:.]{MINUTE})? (?:o'clock )?(?:in the |at (?=night))(?P<ampm>morning|afternoon|evening|night)"),  # "11 at night"
    # 24-hour clock: with a zone, before "local time", or two-digit after "at" ("at 14:02")
    # (a dot for the colon only before a zone: "08.14 BST")
    ("clock24", "TIME", "DIGIT", r"(?:{MOD} )?{HOUR24}[:.]{MINUTE}(?: {ZONE}| local time| hrs\b| hours\b|" + "|".join(r"(?<=\b%s\s[0-2][0-9]:[0-5][0-9])|(?<=\b%s\s[1-9]:[0-5][0-9])" % (word, word) for word in _CLOCK24_BEFORE) + _CLOCK24_PAIR + r")" + _ON_DAY),
    # four digits for a time: after "at", "by", "until" with a leading zero ("Polls open at 0700"), or before
    # the same time in another zone ("at 1730 (1530 GMT)")
    ("clock_military", "TIME", "DIGIT", r"(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bfrom\s)|(?<=\bafter\s)|(?<=\bbefore\s))(?P<hour>0[0-9])(?P<minute>[0-5][0-9])(?![\d,:%-])(?![.,]\d)(?! (?:GMT|UTC|hours|hrs|local|points|percent)\b)" + _ON_DAY),
    ("clock_military", "TIME", "DIGIT", r"(?P<hour>[01][0-9]|2[0-3])(?P<minute>[0-5][0-9])(?= \((?:[01][0-9]|2[0-3])[0-5][0-9] (?:GMT|UTC)\))"),
    ("noon", "TIME", "noon midnight midday", r"(?:{MOD} )?(?P<clockword>noon|midnight|midday)(?: {ZONE}| local time)?" + _ON_DAY),
    ("noon_date", "TIME", "noon midnight midday", r"(?:{MOD} )?(?P<clockword>noon|midnight|midday),? on {MONTH} {DAY}(?:,? {YEAR})?(?![-–][0-9])"),  # "midnight on Dec. 31"
    # "worked overnight", "overnight losses": the night just past in a past clause (not "the overnight rate")
    ("overnight", "TIME", "overnight", r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?P<pof>overnight)(?![\w-])(?! (?:rates?|stays?|bags?|trains?|flights?|shifts?|trading|sessions?|lending|repos?|loans?|deposits?|index|success|tenders?|call|services?|auctions?|interbank|money|funds|sensation|stars?|delivery|camps?|shipping)\b)"),
    ("the_part_of_day", "TIME", "morning afternoon evening night", r"(?:(?<=\bmuch\sof\s)|(?<=\bmost\sof\s)|(?<=\brest\sof\s)|(?<=\bspent\s)|(?<=\bin\s)|(?<=\bduring\s)|(?<=\bby\s)|(?<=\bthrough\s)|(?<=\bthroughout\s)|(?<=\buntil\s)|(?<=\binto\s)|(?<=\bsince\s))the (?:(?P<mod_late>early|late) )?(?P<pof>morning|afternoon|evening|night)(?! of\b)"),
    ("mod_part_of_day", "TIME", "morning afternoon evening", r"(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bsince\s)|(?<=\bfrom\s))(?P<mod_late>early|late) (?P<pof>morning|afternoon|evening)(?!-)"),
    ("session_part", "TIME", "morning afternoon", r"(?:the |(?<=\bin\s)|(?<=\bduring\s))(?:(?P<mod_late>early|late) )?(?P<pof>morning|afternoon)(?= (?:trade|trading|session|deals|dealings)\b)"),  # "in afternoon trade"
    ("mid_part", "TIME", "morning afternoon", r"(?P<mod>mid)[- ]?(?P<pof>morning|afternoon)(?: (?P<tday>today|yesterday|tomorrow))?"),
    ("part_of_day", "TIME", "morning afternoon evening night", r"(?:(?P<mod_late>late|early|later|earlier) )?(?P<thispart>{PARTREL_ALT}) (?P<pof>morning|afternoon|evening|night)"),
    ("part_before", "TIME", "morning afternoon evening night", r"the (?P<pof>morning|afternoon|evening|night) (?P<partbefore>before|after)(?=\s*[.,;:)]|\s*$)"),  # "the night before."
    ("clock_date", "TIME", "DIGIT", r"(?:{MOD} )?{HOUR}(?:[:.]{MINUTE})? ?{AMPM}(?: {ZONE}| (?-i:[A-Z][A-Za-z]+) time)?,? (?:on )?{MONTH} {DAY}(?:,? {YEAR})?"),  # "11 p.m. UK time on March 29"
    ("clock_day_month", "TIME", "DIGIT", r"(?:{MOD} )?{HOUR}(?:[:.]{MINUTE})? ?{AMPM}(?: {ZONE}| (?-i:[A-Z][A-Za-z]+) time)?,? (?:on )?(?:the )?{DAY} (?:of )?{MONTH}(?:,? {YEAR})?"),  # "11.30pm on 4 January"
    # --- durations ---------------------------------------------------------------------------
    ("rate", "SET", "UNIT", r"(?P<every>a|an|per) (?P<rateunit>year|month|week|day|hour|quarter|minute|second)(?!-)"),
    ("duration", "DURATION", "UNIT", r"(?:{MOD} )?(?:the (?:(?P<span>past|last|next|first|previous|coming|final|following|latest) )?|(?P<span2>past|" + _LAST_NOT_VERB + r"|next|first|another|a further) )?{NUM}(?:[- ](?P<more>more|additional|extra|straight|consecutive|full))?(?: (?:trading|business|working|school|single|calendar(?= days\b)|Earth(?= (?:days|years)\b)))?(?: (?:%s)(?= [a-z]+s\b))? ?[- ]{UNIT}(?P<andhalf> and a half)?(?:-long)?(?P<ormore>,? or (?:more|longer|less|fewer)\b(?! than))?(?!-old| old)" % "|".join(DURATION_ADJECTIVES)),  # "90 days or more"
    # "three years and four months" is one duration, P3Y4M
    # ... "two hours, one minute and 39 seconds", "4 minutes 14 seconds" (a race time)
    ("duration_and", "DURATION", "UNIT", r"(?:{MOD} )?{NUM} {UNIT}(?:,? and | (?=[0-9])|, (?=[\w-]+ [\w-]+,? and )|, (?=[0-9])){NUM2} {UNIT2}(?:(?:,? and | (?=[0-9])|, (?=[0-9])){NUM3} {UNIT3})?(?!-old| old)"),
    ("weekend", "DATE", "weekend", r"(?P<weekend>(?:{REL}|the) weekend)"),
    ("duration_vague", "DURATION", "UNIT", r"(?:the (?P<span>past|last|next|coming) )?(?P<vague>several|a few|few|many|some|recent|the coming) (?P<vunit>years|months|weeks|days|decades|hours|minutes|quarters|centuries)"),
    ("duration_plural", "DURATION", "UNIT", r"(?:(?<=\bjust\s)|(?<=\bonly\s)|(?<=\bmere\s))(?P<bare4>years|months|weeks|days|decades|hours)\b|(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bwithin\s)|(?<=\bafter\s))(?P<bare>years|months|weeks|days|decades|centuries)(?! (?:ago|gone|past)\b)|(?:(?<=\bfor\s)|(?<=\bwithin\s)|(?<=\btake\s)|(?<=\btook\s)|(?<=\btakes\s)|(?<=\blasted\s)|(?<=\bwaited\s)|(?<=\bspent\s)|(?<=\bspend\s)|(?<=\bback\s)|(?<=\bwait\s)|(?<=\bwaited\s)|(?<=\bwaiting\s)|(?<=\blasting\s)|(?<=\bneed\s)|(?<=\bneeded\s)|(?<=\ba\smatter\sof\s)|(?<=\bcould\sbe\s)|(?<=\bwill\slast\s)|(?<=\bmay\slast\s)|(?<=\bcould\slast\s)|(?<=\bmight\slast\s)|(?<=\bto\slast\s)|" + _AFTER_A_UNIT + r")(?P<bare3>days|hours|minutes|seconds|weeks|months|years|decades)|(?P<bare2>years|months|weeks|decades)(?= of (?!the\b|a\b|an\b)[a-z])|(?<=\band\s)(?P<bare5>days|weeks|months|years)(?= to (?!the\b|a\b|an\b)[a-z])"),  # "take weeks to recede and months to restore"
    # "in the weeks before the shooting", "days after the attack": the stretch next to an event
    ("units_beside", "DATE", "UNIT", r"(?P<vunit>hours|minutes|days|weeks|months|years)(?= (?P<beside>after|before)\b)"),
    ("units_later", "DATE", "later earlier", r"(?P<vunit>hours|minutes|days|weeks|months|years|decades) (?P<beside>later|earlier)"),  # "Hours later, ..."
    ("duration_long", "DURATION", "UNIT", r"(?P<bare>years|months|weeks|decades|days|hours)-long|(?P<longunit>year|month|week|day|decade|century|hour|minute)-long"),
    ("duration_long_word", "DURATION", "weeklong monthlong yearlong daylong", r"(?P<longunit>week|month|year|day)long"),
    ("first_units", "DURATION", "UNIT", r"the (?!early hours)(?P<vague>first|early|final) (?P<vunit>hours|days|weeks|months|years)"),
    ("units_ahead", "DURATION", "UNIT", r"the (?:coming )?(?P<vunit>days|weeks|months|years) ahead"),
    ("period_ended", "DURATION", "UNIT", r"(?P<theunit>the) (?:fiscal )?(?P<tunit>year|month|week)(?= (?:that )?(?:ended|ending|ends|to)\b)"),
    ("the_unit", "DATE", "UNIT", r"(?P<theperiod>the) (?:full |whole |entire |same |fiscal )?(?P<dunit>year|month|week|decade)(?!-)"),
    ("duration_the_unit", "DURATION", "UNIT", r"(?P<theunit>a|an|another|a further) (?:full |whole |entire )?(?P<tunit>year|month|decade|century|hour|minute|day|week)(?:-long)?"),
    # --- sets --------------------------------------------------------------------------------
    ("set_word", "SET", "SETWORD", r"{SETWORD}"),
    # a frequency: "twice a year", "three times a week", "twice daily" (TIMEX3 freq 2X, 3X)
    ("set_freq", "SET", "UNIT SETWORD", r"(?P<freq>once|twice|thrice|(?:{NUM}|multiple) times) (?:(?:a|an|per) (?P<rateunit>year|month|week|day|hour|decade|century)|{SETWORD})"),
    ("set_every", "SET", "every each per", r"(?P<every>every|each|per) (?:(?P<other>other) |(?:{NUM}) )?(?:{UNIT}|{WEEKDAY}(?: (?P<pof>morning|afternoon|evening|night))?|{MONTH}(?: {DAY}(?![0-9]))?|{SEASON}|{HOLIDAY}|(?P<setpart>morning|afternoon|evening|night))"),
    ("set_weekends", "SET", "weekends", r"(?:(?<=\bon\s)|(?<=\bopen\s)|(?<=\bduring\s))(?P<weekend>weekends)"),  # "free on weekends"
    ("set_weekday_parts", "SET", "WEEKDAY", r"{WEEKDAY} (?P<pof>morning|afternoon|evening|night)s\b"),  # "played Thursday nights"
    ("set_weekdays", "SET", "mondays tuesdays wednesdays thursdays fridays saturdays sundays", r"(?P<plural_wd>mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)"),
]

#: contexts that veto a candidate: (rule name or "*", regex that must match the text around it)
NEGATIVE = [
    ("year", "(?i:" + "|".join(r"(?<=\b%s\s)" % word.replace(".", r"\.") for word in LABEL_NOUNS) + ")"),  # "room 1204"
    # (rules it applies to, "*" for all; regex matched case-insensitively at the candidate's start)
    ("duration set_every", r"an? second\b"),  # "a second time": an ordinal, not a unit
    ("duration", r"last an? "),  # "will last a week": the verb
    ("duration duration_the_unit", r"an? day of (?:national )?(?:mourning|celebration|action|reckoning|prayer|rage|protest|protests|remembrance|fasting|reflection|solidarity|rest)\b"),  # a day named for what it is: "declared Friday a day of mourning"
    ("duration_plural", r"(?<=[a-z]-)"),  # compounds: "5 million person-years", "light-years"
    ("duration", r"(?:[a-z]+ ){0,2}?one-day (?:internationals?|cricket|series|matches|match|games?|format|side|squad|cup)\b"),  # cricket's formats
    ("duration", r"(?<=[0-9]{4}-)"),  # the end of a range of years: "the 2023-24 school year"
    ("duration", r"(?:\w+ )?(?:one|two|three)-quarters?\b"),  # fractions: "three-quarters of"
    ("duration duration_the_unit", r"(?:\w+\s+){0,2}?an?\s+quarter\s+of\b(?!\s+an?\s+(?:century|hour)\b)"),  # a fraction: "(about) a quarter of the beds"
    ("duration", r"an?\s+quarter\s+(?:to|past|after)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|[0-9])"),  # a clock: "at a quarter to eight"
    ("duration", r"an?\s+quarter[- ](?:point|percentage)\b|(?<=\bby\s)an?\s+quarter\b(?![- ]century)"),  # "a quarter point", "fell by a quarter"
    ("set_every", r"every (?:single )?(?:minute|second|moment|day|hour) of (?:it|that|this)\b|(?<=\bworth\s)every\b"),  # "every minute of it", "worth every second"
    ("duration", r"one day at a time\b"),  # the idiom
    ("earlier_later earlier_later_unit", r"(?:(?<=\btwice\s)|(?<=\bonce\s)|(?<=\btimes\s))an?\s|an?\s+\w+\s+from\s+now\s+on\b"),  # a rate: "twice a year from now on"
    ("duration_and", r"[\w-]+ [\w-]+,? and an? second (?!(?:later|earlier|ago|before|after)\b)[a-z]"),  # an ordinal: "in a decade, and a second downturn looms"
    ("duration", r"[a-z0-9]+ (?:minute|hour|day|week|month|year)-long [a-z]+s\b"),  # a count of things: "four week-long sessions"
    ("ref", r"the past (?=[0-9]|(?:{SMALLNUM_ALT}|few|several|couple of) (?!{SEASON}s?\b)[a-z])"),  # "eight of the past 10 series", "the past three elections"
    ("dayref", r"(?-i:(?<=\bUSA\s)Today|Today(?= programme\b)|Tonight(?= Show\b))"),  # the newspaper, the BBC's programme, the talk show
    ("rate set_every duration duration_the_unit", "(?:%s)(?:per|an|a)\\b" % "|".join(r"(?<=\b%s%s\s)" % (unit, bracket) for unit in ("miles", "kilometres", "kilometers", "km", "feet", "meters", "metres") for bracket in ("", r"\)"))),  # speeds: "80 miles per hour", "315 kilometres (195 miles) an hour"
    ("set_word", r"hourly(?= (?:workers?|employees?|wages?|pay|rates?|staff|jobs?)\b)"),  # "hourly workers"
    # a newspaper: "Britain's best-selling daily, endorsed", "The weekly, founded in 1843", "the daily said"
    ("set_word", r"(?:(?<=\bthe\s)|(?<=\ba\s)|(?<=-selling\s)|(?<='s\s)|(?<=\bbusiness\s)|(?<=\bfinancial\s)|(?<=\btabloid\s)|(?<=\bnational\s))"
     r"(?:daily|weekly)(?=\s*[,;:)]| (?:in|on|at|for|of|and|has|had|is|was|said|says|reported|reports|published|quoted|cited)\b)"),
    # halves of a game: "seven minutes into the second half", "the first half of the season"
    ("half_year", r"(?<=\binto\s)the(?! (?:first|second) half of (?:the year|this year|next year|[0-9]{4}))|the (?:first|second) half(?= of (?:the |a |this |last )?(?:season|game|match|race|contest|campaign|final|semifinal|trading|play|session)\b)"),
    ("year", r"(?:(?<=\btopped\s)|(?<=\babove\s)|(?<=\bbelow\s)|(?:(?<=\bfell\sto\s)|(?<=\brose\sto\s)|(?<=\bdropped\sto\s)|(?<=\bclimbed\sto\s))(?=[0-9]))(?!\d+\s+levels?\b)"),  # index levels: "topped 1000", not "below 1990 levels"
    ("rel_weekday", "(?-i:Sunday(?= (?:%s)\\b)|%s)" % ("|".join(NEWSPAPER_AFTER_WEEKDAY), "|".join(r"(?<=\b%s\son\s)Sunday" % w for w in NEWSPAPER_BEFORE_ON))),
    ("holiday holiday_year rel_weekday season lone_season bare_season", r"(?-i:(?<=\bMr\.\s)|(?<=\bMrs\.\s)|(?<=\bMs\.\s)|(?<=\bDr\.\s)|(?<=\bMr\s)|(?<=\bMrs\s)|(?<=\bMs\s)|(?<=\bDr\s)"
     r"|(?<=\bChief\s)|(?<=\bPastor\s)|(?<=\bAlhaji\s)|(?<=\bPrince\s)|(?<=\bSenator\s)|(?<=\bGovernor\s)|(?<=-elect\s))"),  # "Mr. Christmas", "Mr Sunday Dare"
    # a holiday naming something else: "the Good Friday Agreement", "the Easter Rising", "Christmas trees",
    # "post-Christmas sales"; another calendar's holiday: "Lunar New Year's Eve", "Jewish New Year"
    ("holiday", r"{HOLIDAY}(?= (?:%s)\b)" % "|".join(HOLIDAY_THINGS)),
    ("rel_weekday", r"(?-i:(?<=\bGood\s)Friday|(?<=\bHoly\s)(?:Thursday|Saturday)|(?<=\bMaundy\s)Thursday|(?<=\bShrove\s)Tuesday"
     r"|(?<=\bAsh\s)Wednesday|(?<=\bPalm\s)Sunday|(?<=\bBloody\s)Sunday|(?<=\bBlack\s)Monday|(?<=\bBlack\s)Wednesday|(?<=\bCyber\s)Monday|(?<=\bSuper\s)Tuesday|(?<=\bSheffield\s)Wednesday|(?<=\bNews\s)Sunday)"),  # "the Good Friday Agreement" is no Friday; a football club
    ("holiday holiday_year", r"(?:%s)" % "|".join(r"(?<=\b%s[\s-])" % w for w in ("post", "pre", "lunar", "chinese", "jewish", "islamic", "persian", "hindu", "vietnamese", "julian"))),
    ("year", r"(?-i:(?<=[A-Z]-))|(?<=\bat\s)(?<!\blook\sat\s)(?<!\bback\sat\s)(?=[0-9])|(?<=[^0-9][0-9]{3}-)"),  # "Case No. 2003-CF-1174", "the index closed at 2000" (not "a look back at 2019"), "call 800-829-1040"
    ("year", r"[0-9]{4} (?-i:Committee|Club|Group|Society)\b"),  # "the 1922 Committee"
    ("year", r"[0-9]{4} (?-i:[A-Z]{1,3}[0-9])"),  # an asteroid's or a comet's designation: "2012 DA14", "1997 XF11"
    ("year", r"[0-9]{4}/(?:[0-9]{3}|[0-9]{5,})(?![0-9])"),  # a numbered act: "Regulation (EU) 2016/679" (not "2019/2020")
    ("rel_weekday", r"(?<=\bthe\s)sun\b"),  # the star, the newspaper: "to orbit the Sun."
    ("duration duration_the_unit", r"an? day goes by\b"),  # the idiom: "Not a day goes by"
    ("year", r"[0-9]{4} (?:[A-Z][a-z]+ )?(?-i:Avenue|Street|St\.|Road|Boulevard|Blvd|Lane|Drive|Place|Way)\b"),  # addresses
    ("month", r"(?<!\bin\s)(?<!\bsince\s)(?<!\bby\s)(?<!\buntil\s)(?<!\bof\s)(?<!\bfrom\s)(?-i:May|March)(?= (?:be|have|not|also|well|still|only|never|need|want|take|make|get|go|come|seek|try|lead|help|use|see|say|do|cause|affect|become|result|prove|include|allow|soon)\b)"),
    ("season rel_season", r"(?<!\bin\s)(?<!\bduring\s)(?<!\buntil\s)(?<!\bby\s)(?<!\bthrough\s)(?<!\bthroughout\s)(?<!\bover\s)the (?:fall|spring) (?:of|in|from|into|to) (?![0-9])"),  # a drop, a jump (not "in the spring to approve")
    ("range_end_yy", r"(?<=\bNo\.\s[0-9]{4}-)|(?<=\bNo\s[0-9]{4}-)"),  # numbers: "Decree No. 2016-20"
    ("holiday holiday_year", r"yom kippur war\b"),  # a war named by its day
    ("season mod_season", r"(?:the\s+)?mid-autumn festival\b"),  # a festival
    ("month", r"(?-i:(?<=\bBlack\s)September)\b"),  # a group
    ("month", r"(?-i:March(?= (?:for|on|of|against) (?:the )?[A-Z]| Madness\b))"),  # events: "the March for Science", "the March on Washington", "March Madness"
    ("noon", r"(?<=\bhigh\s)noon"),
    # a capitalized season before a capitalized word is a name: "the Summer Olympics", "Spring Valley", "Fall River"
    ("season season_year rel_season bare_season lone_season season_term set_every",
     r"(?:(?:the|every|each|next|last|this|that|past)\s+)*(?-i:Summer|Winter|Spring|Fall|Autumn)\s+(?-i:[A-Z][a-z])"),
    ("lone_season", r"(?-i:(?<=[a-z,;]\s)[A-Z])|(?<=\bsouthern\s)|(?<=\bnorthern\s)"),  # a name inside a sentence: "Donna Summer"; the other hemisphere's
    # things named after a season: "spring rolls", "winter wheat"
    ("season lone_season bare_season season_year rel_season", r"(?:(?:the|this|next|last)\s+)?{SEASON}(?=[\s-](?:%s)\b)" % "|".join(SEASON_THINGS)),
    ("season bare_season", r"(?:(?<=\bArab\s)|(?<=\bPrague\s))(?-i:Spring)"),  # events, not seasons
    ("holiday", r"spring\s+festival\s+of\b"),  # a festival of the arts, not the Chinese new year
    ("the_nth", r"the\s+\d{1,2}(?:st|nd|rd|th)\s+to\s+(?-i:(?!the\b|mid|late|early|end\b|next\b)[a-z])"),  # a count: "the 24th to hit the Philippines this year"
    ("rel_quarter quarter_rel rel_unit", r"(?:the\s+)?(?:\w+\s+)?quarter\s+of\s+an?\s+hour\b"),  # 15 minutes: "in the last quarter of an hour"
    ("duration duration_the_unit", r"an?\s+hour\b(?<=\bquarter\sof\san\shour)"),  # ... and not an hour
    ("rel_quarter", r"(?:the\s+)?\w+\s+quarter\s+in\s+a\s+row\b"),  # a count: "the fourth quarter in a row"
    ("earlier_later earlier_later_unit units_later", r"(?:\S+\s+){1,4}?(?:earlier|later)\s+than\b"),  # "five hours later than scheduled"  # the idiom: "high noon comes today"
    ("rel_weekday", r"sunday (?:school|best)\b"),  # "taught Sunday school", "her Sunday best"
    ("rel_weekday", r"(?:sunday|saturday) (?:edition|editions|supplement|magazine)\b"),  # "The Journal's Sunday edition": any Sunday's
    ("decade", r"[0-9]{4}['’]s\b"),  # a year's, without "the": "since 2010's 'Rivers'" (not "the 1990's")
    ("the_unit rel_unit", r"(?:%s)the year\b" % "|".join(r"(?<=\b%s\sof\s)" % noun for noun in AWARD_NOUNS)),  # "album of the year"
    ("rel_unit", r"(?:(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s)|(?<=\bmy\s)|(?<=\byour\s)|(?<=\bour\s)|(?<=\bits\s))last (?:day|week|weekend)\b"),  # "His last day at the plant was June 30"
    ("rate set_every", r"(?:per|a) (?:second|minute)\b"),  # physical rates: "60 frames per second"
    ("rate", r"(?:%s)an? (?:day|week|month|year) of\b" % "|".join(r"(?<=\b%s\s)" % w for w in ("is", "was", "remains", "remained", "be", "became", "becomes"))),  # "May 29 remains a day of mourning"
    # names of movements after their date: "the March 14 alliance", "The 26th of July Movement"
    ("month_day day_month the_nth month day_month_of_that_year month_day_word", r"(?:the\s+)?(?:(?:%s)\.?\s+(?:[0-9]{1,2}|(?-i:[A-Z][a-z]+))|[0-9]{1,2}(?:st|nd|rd|th)?\s+of\s+(?:%s))(?:\s+(?-i:[A-Z][a-z]+)){0,4}\s+(?:%s)\b"
     % ("|".join(MONTHS), "|".join(MONTHS), "|".join(DATE_NAMED_GROUPS))),
    ("ref", r"now(?:,)? that\b"),
    ("ref", r"(?<=\bas\s)recently(?=\s+as\b)"),  # "as recently as last year": the year is the expression
    ("ref", r"once (?:again|more|a|an|the|it|they|he|she|we|you|i|in|upon)\b"),
    ("ref", r"the present (?!day\b|time\b)"),
    ("rel_unit", r"(?:the )?present day\b"),  # "the present day" is now, not today
    ("rel_unit", r"the (?:last|first|final) (?:day|week|month|year) of\b"),  # "the last week of the campaign": not last week
    ("ref", r"(?:current|recent)(?= (?:account|accounts|affairs|events|issue|situation|crisis|law|rules?|system|members?)\b)"),
    ("ref", r"(?:earlier|later) (?:than|in|on|at|this|that|the|today|yesterday)\b"),
    ("ref", r"future (?:of|generations?|contracts?|prices?|markets?|trading|delivery)\b"),
    ("ref", r"futures\b"),
]
