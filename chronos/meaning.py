"""Reading a match: the lexical checks a pattern cannot express, and the :class:`Meaning` that a
match's named groups carry.

A meaning is *underspecified*: "last December" is month 12 with relation -1; the resolver
(:mod:`chronos.resolve`) completes it with the reference time and tense. The group names are
those of the macros in :mod:`chronos.grammar.en` (``month``, ``day``, ``year``, ``rel``, ``num``,
``unit``, ``dir``, ``mod`` ...).

>>> m = read_meaning("rel_month", "DATE", {"rel": "last", "month": "December"})
>>> (m.month, m.rel)
(12, -1)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable, Optional

from attrs import frozen

from .grammar import en
from .grammar.en_cues import OPENING_PUNCTUATION as _OPENING

__all__ = ["Meaning", "acceptable", "read_meaning"]


@frozen
class Meaning:
    """What a matched expression says, before the reference time is known.

    Absent fields are ``None``. ``rel`` is a relation word's offset (last -1, this 0, next 1);
    ``amount``/``unit`` an amount of a TIMEX3 unit (``Y``, ``M``, ``W``, ``D``, ``Q``, ``H``...),
    ``amount`` ``None`` with a unit meaning "unspecified amount" (``PXY``); ``direction`` the
    sign of "ago"/"later"; ``anchored`` marks words relative to the last mentioned time
    ("earlier", "later", "that").
    """

    type: str
    rule: str
    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    weekday: Optional[int] = None
    season: Optional[str] = None
    quarter: Optional[int] = None
    half: Optional[int] = None
    decade: Optional[int] = None
    century: Optional[int] = None
    hour: Optional[int] = None
    minute: Optional[int] = None
    part: Optional[str] = None
    dayref: Optional[int] = None
    ref: Optional[str] = None
    rel: Optional[int] = None
    unit: Optional[str] = None
    amount: Optional[float] = None
    direction: Optional[int] = None
    anchored: bool = False
    mod: Optional[str] = None
    year_ago: bool = False
    vague: bool = False
    span: Optional[str] = None
    calendar_unit: Optional[str] = None
    same_period: bool = False
    holiday: Optional[str] = None
    freq: Optional[str] = None  # of a set: "twice a year" is 2X
    more: tuple[tuple[float, str], ...] = ()  # further amounts and units: "three years and four months"
    nth: Optional[int] = None  # which weekday of a month: "the first Monday in October" (-1: the last)
    on: Optional[str] = None  # the day of an anniversary: "today" in "30 years ago today", "this day in 1969"


_WHITE = re.compile(r"\s+")


#: letters that match ASCII ones when case is ignored but do not lower-case to them ("dayſ")
FOLD_TO_ASCII = str.maketrans("\u0130\u0131\u017f\u212a", "iisk")


def _lex(lexicon: dict[str, Any], surface: str) -> Any:
    key = _WHITE.sub(" ", surface.translate(FOLD_TO_ASCII).lower()).rstrip(".")
    return lexicon.get(key)


def _number(surface: str) -> Optional[float]:
    s = re.sub(r"\s+", " ", surface.lower())
    if s.endswith((" and a half", "-and-a-half")):
        whole = _number(s[: -len(" and a half")])
        return None if whole is None else whole + 0.5
    s = re.sub(r"^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) ", r"\1-", s)
    if s in en.NUMBERS:
        return en.NUMBERS[s]
    if "-" in s:
        tens, _, ones = s.partition("-")
        if tens in en.NUMBERS and ones in en.NUMBERS:
            return en.NUMBERS[tens] + en.NUMBERS[ones]
    s = s.replace(",", "")
    half = s.endswith(" 1/2")
    if half:
        s = s[:-4]
    try:
        value = float(s)
    except ValueError:
        return None
    return value + 0.5 if half else value


def _two_digit_year(digits: str) -> int:
    yy = int(digits)
    return 1900 + yy if yy >= 30 else 2000 + yy


_CASE_GROUPS = ("month", "weekday", "season", "dmmonth")
_UNIT_GROUPS = ("unit", "dunit", "dunit2", "vunit", "tunit", "rateunit", "clockword", "setword", "pof")


def _mid_sentence(text: str, pos: int) -> bool:
    """Whether a word at ``pos`` follows other words of its sentence (so its capital is a name's)."""
    before = text[max(0, pos - 40):pos].rstrip(" \t\"'“‘(")
    if before.endswith(("-", "—", "–")) and before.rstrip("-—–")[-1:] in ("", " "):
        return False  # a dash after a dateline opens the story: "DALLAS (AP) -- In 1963, ..."
    return bool(before) and before[-1] not in ".!?:\n"


def _after_name(text: str, pos: int) -> bool:
    """Whether a capitalized word inside a sentence, not a calendar word, stands just before ``pos``."""
    if pos < 3 or text[pos - 1] != " " or not text[pos - 2].islower():
        return False
    space = text.rfind(" ", max(0, pos - 30), pos - 1)
    word = text[space + 1:pos - 1]
    return (space >= 0 and word.isalpha() and word.istitle() and word.lower() not in en.CALENDAR_WORDS
            and word.lower() not in en.MONTH_PREPOSITIONS and _mid_sentence(text, space + 1))


#: a word of sports near a bare half or quarter (see :data:`chronos.grammar.en.GAME_WORDS`)
_SEPT = re.compile(r"^sept?\.? ")  # "Sept 11", "Sep. 11" as the table writes it: "sept. 11"
_GAME = tuple(" " + w for w in en.GAME_WORDS)
_GAME_REACH = 150  # characters each side
_KIN_APPOSITION = re.compile(r"\b(?:%s)(?: of \d+ years)?,? (?:[A-Z][a-z]+,? (?:and )?)?$" % "|".join(en.KINSHIP_NOUNS))
_KIN_REACH = 40
_AFTER_ARTICLE_ADJECTIVE = re.compile(r"\b(?:the|a|an)\s+[a-z]+\s+$")
_CONTRACT_FOR = re.compile(r"\b(?:%s)\s+for\s+$" % "|".join(w.replace(" ", r"\s+") for w in en.CONTRACT_WORDS if w not in ("delivery", "contract", "contracts")), re.IGNORECASE)
_CONTRACT_REACH = 20
_CONTRACT = re.compile(r"(?: [\w-]+)? (?:%s)\b" % "|".join(w.replace(" ", r"\s+") for w in en.CONTRACT_WORDS), re.IGNORECASE)
_MONTH_SUBJECT = re.compile(r" (?:was|has|had|is|saw|brought|will be|contract|contracts|futures|delivery|(?:home |housing |retail |new-home |existing-home )?(?:%s))\b|(?<=March)'s\b|(?<=May)'s (?=[a-z0-9])"
                            % "|".join(w for w in en.REPORT_NOUNS if " " not in w))  # or a futures month, a report's: "March's jobs report", "May sales fell"
# a person named May in the text ("Theresa May", "Mrs May"), after which a bare "May" is her
# unless a time word comes before it and no verb after it ("in May", not "Since May became leader")
_PERSON_MAY = re.compile(r"\b(?:Theresa|Mrs\.?|Ms\.?|Prime Minister|Premier) May\b")
_MAY_TIME_WORDS = frozenset({"in", "during", "early", "late", "mid", "last", "next", "this", "until", "till", "by", "since", "from", "through", "before", "after"})
_VERB_AFTER = re.compile(r" (?:[a-z]+ed|was|were|has|had|is|are|said|says|told|became|won|lost|will|would|could|can|did|does|wants)\b")
_NAME_PREPOSITIONS = en.MONTH_PREPOSITIONS - {"and", "or", "of", "the", "a", "its", "their", "his", "her", "our"}  # "in June Parliament voted", not "Tom and April Jones", "its May Department Stores deal"


def names_a_contract(text: str, end: int, start: Optional[int] = None) -> bool:
    """Whether a month ending at ``end`` (and beginning at ``start``, if given) names a futures
    contract: "November delivery", "The January Brent contract", "U.S. crude for April" (see
    :data:`chronos.grammar.en.CONTRACT_WORDS`)."""
    return _CONTRACT.match(text, end) is not None or (
        start is not None and _CONTRACT_FOR.search(text, max(0, start - _CONTRACT_REACH), start) is not None)


def _near_game_words(text: str, pos: int) -> bool:
    """Whether a word of :data:`chronos.grammar.en.GAME_WORDS` stands near ``pos`` (a substring
    test: a regex of many words is slow to search)."""
    lo = max(0, pos - _GAME_REACH)
    window = " " + text[lo:pos + _GAME_REACH].lower()
    if lo > 0:  # not the end of a word cut by the window ("col|lapsed" is no "laps")
        window = window[window.find(" ", 1):]
    return any(word in window for word in _GAME)


def _before_name(text: str, end: int) -> bool:
    """Whether a capitalized word that is no calendar word follows ``end`` ("April Jones")."""
    if text[end:end + 1] != " " or not text[end + 1:end + 2].isupper():
        return False
    word = text[end + 1:end + 16].split(None, 1)[0].strip(".,;:'\"")
    return word.isalpha() and word.istitle() and word.lower() not in en.CALENDAR_WORDS


def _names_person_may(text: str, pos: int) -> bool:
    """Whether the text names a person May ("Theresa May", "Mrs May") before ``pos`` or just after."""
    ends = _person_may_ends(text)
    return bool(ends) and ends[0] <= pos + 200


@lru_cache(maxsize=8)  # a text's hash is computed once: each later call costs a lookup
def _person_may_ends(text: str) -> tuple[int, ...]:
    return tuple(m.end() for m in _PERSON_MAY.finditer(text))


def _abbreviation_alone(text: str, start: int, surface: str, prepositions: Any) -> bool:
    """Whether an abbreviation without its period ("Aug", "Sat") stands after one of
    ``prepositions`` and before a comma or a semicolon: a date ("than in Aug, the ABS said")."""
    at = text.find(surface, start) + len(surface)
    return text[at:at + 1] in (",", ";") and _after_preposition(text, start, prepositions)


def _after_capital(text: str, pos: int) -> bool:
    """Whether the word before ``pos`` is capitalized and no calendar word or preposition
    ("Fredric March", "Rep. Andy March")."""
    before = text[max(0, pos - 20):pos].split()
    word = before[-1].rstrip(".,") if before else ""
    return word.istitle() and word.lower() not in en.CALENDAR_WORDS and word.lower() not in en.MONTH_PREPOSITIONS


def _after_preposition(text: str, pos: int, words: frozenset[str] = en.MONTH_PREPOSITIONS) -> bool:
    """Whether the word before ``pos`` is one of ``words``: one after which "May" or "fall" is a
    date ("in"), by default."""
    before = text[max(0, pos - 12):pos].lower().split()
    return bool(before) and before[-1].lstrip(_OPENING) in words  # '"In March, sales rose," he said'


@lru_cache(maxsize=None)
def _left_context(name: str) -> "Optional[re.Pattern[str]]":
    pattern = en.LEFT_CONTEXT.get(name)
    return re.compile(pattern, re.IGNORECASE) if pattern is not None else None


def acceptable(name: str, groups: dict[str, Optional[str]], text: str, start: int) -> bool:
    """Lexical checks that patterns cannot express: case-sensitive words, quantities."""
    for g in _CASE_GROUPS:
        surface = groups.get(g)
        if surface and surface.lower().rstrip(".") in en.CASE_SENSITIVE and not surface[0].isupper():
            if g == "season" and (name != "season" or _after_preposition(text, start)):
                continue  # "last fall", "in the fall"
            return False
    weekday = groups.get("weekday")
    if name == "rel_weekday" and weekday and len(weekday.rstrip(".")) <= 4 and not weekday.endswith(".") \
            and not _abbreviation_alone(text, start, weekday, ("on",)):
        return False  # "Sun", "Wed" alone are names more often than days ("that Sun"), not "on Sat, police said"
    for g in _UNIT_GROUPS:
        surface = groups.get(g)
        if surface and surface[0].isupper() and _mid_sentence(text, text.find(surface, start)):
            return False  # a capitalized unit inside a sentence is a title: "60 Minutes", "High Noon"
    context = _left_context(name)
    if context is not None and not context.search(text, max(0, start - 30), start):
        return False
    if name == "month" and groups.get("mod") is None and _KIN_APPOSITION.search(text, max(0, start - _KIN_REACH), start):
        return False  # a name: "his wife of 51 years, June,", "Her daughters, April and May,", "their daughter April"
    if name == "month":
        surface = groups["month"] or ""
        if surface.rstrip(".").lower() in en.CASE_SENSITIVE and groups.get("mod") is None:
            # a bare "May"/"March" is a month after a preposition, not as a sentence-initial verb,
            # unless a verb follows it ("May was the wettest month")
            if (not _after_preposition(text, start) and text[start - 1:start] != "-"  # "January-March"
                    and not (surface == "March" and _mid_sentence(text, start) and not _after_capital(text, start))  # "covering March to May", not "Rep. Andy March"
                    and not _AFTER_ARTICLE_ADJECTIVE.search(text, max(0, start - 30), start)  # "the wettest May"
                    and not _MONTH_SUBJECT.match(text, start + len(surface))):
                return False
        if surface == "May" and groups.get("mod") is None and _names_person_may(text, start) \
                and (not _after_preposition(text, start, _MAY_TIME_WORDS) or _VERB_AFTER.match(text, start + 3)):
            return False  # the politician of a text that names her: "May has survived", "a blow for May"
        if (not surface.endswith(".") and len(surface) <= 3 and surface.lower() != "may"
                and not _abbreviation_alone(text, start, surface, en.MONTH_PREPOSITIONS)):
            return False  # bare abbreviations ("Jan", "Dec") alone are too ambiguous, not "than in Aug, the ABS said"
        if (groups.get("mod") is None and _before_name(text, start + len(surface)) and not _after_preposition(text, start, _NAME_PREPOSITIONS)
                and not names_a_contract(text, start + len(surface))):
            return False  # a first name or a company: "April Jones", "June Lorrain", "March Networks"
    if (name == "rel_quarter" and groups.get("rel") is None and groups.get("fiscal") is None
            or name == "half_year" and groups.get("year") is None and groups.get("this_year") is None or name == "half_adjective") \
            and _near_game_words(text, start):
        return False  # a period of a game: "The Chiefs scored with 1:52 left in the fourth quarter"
    if name == "year" and groups.get("mod") is None and groups.get("fiscal") is None and _after_name(text, start):
        return False  # "the Russell 2000 index", "Windows 2000"
    number = groups.get("year") or groups.get("rday")
    mod = _lex(en.MODS, groups["mod"]) if groups.get("mod") else None
    if (name == "far_year" or name in ("year", "range_day") and number and groups.get("fiscal") is None
            and mod not in ("START", "MID", "END") and not _after_preposition(text, start, en.YEAR_PREPOSITIONS)):
        # the word after the number: "(about) 2000 people" is a quantity; after "nearly", "more
        # than" any plural is ("Nearly 1800 teachers"), where "the 1998 elections" is a year
        at = text.find(number, start) + len(number)
        after = text[at:at + 30].split(maxsplit=1)
        if after:
            word = after[0].strip(".,;:)\"'")
            nxt = word.lower()
            if (nxt in en.QUANTITY_NOUNS and not (word[:1].isupper() and word[1:].islower())) or nxt == "%" or (  # not "the 1986 People Power revolt"
                    mod is not None and word.islower() and len(word) > 3 and word.endswith("s") and not word.endswith("ss")):
                return False
    return True


_NON_DIGIT = re.compile(r"\D")


def _year(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["year"] = int(v) if len(v) == 4 else _two_digit_year(v)


_CENTURY_WORDS = {"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}


def _ycent(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["year"] = _CENTURY_WORDS[v.lower()] * 100 + int(_number(g["yword"].lower().replace("oh-", "")) or 0)  # type: ignore[union-attr]


def _ythousand(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["year"] = 2000 + int(_number(g["yword2"]) or 0) if g.get("yword2") else 2000  # type: ignore[arg-type]


def _yy2(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    if g.get("prevyear"):
        year = int(g["prevyear"][:2] + v)  # type: ignore[index]
        f["year"] = year + 100 if year < int(g["prevyear"]) else year  # type: ignore[arg-type]


def _holiday(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    fixed = _lex(en.HOLIDAYS, v)
    if fixed is not None:
        f["month"], f["day"] = fixed
    else:
        f["holiday"] = _WHITE.sub(" ", v.lower())


def _qend(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> Optional[bool]:
    """"the quarter ended Sept. 30": the quarter that ends on that day"""
    month, _, day = v.rpartition(" ")
    f["month"], f["day"] = _lex(en.MONTHS, month), int(day)
    return True if f["month"] is None else None  # True: no meaning


def _hour(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    hour = int(v)
    ampm = (g.get("ampm") or "").lower()
    pm = ampm.startswith(("p", "afternoon", "evening")) or (  # "3 p.m.", "3 in the afternoon", "9 o'clock tonight", "7:30 tonight"
        ampm in ("o'clock", "") and _WHITE.sub(" ", (g.get("tday") or "").lower()) in ("tonight", "last night", "this evening", "this afternoon"))
    onpart = (g.get("onpart") or "").lower()  # "8:40 Friday night"
    pm = pm or ampm == "night" and hour >= 6 or ampm == "" and (onpart in ("afternoon", "evening") or onpart == "night" and hour >= 6)
    if pm and hour < 12:
        hour += 12
    elif ampm.startswith(("a", "morning")) and hour == 12:  # "12 a.m." is midnight
        hour = 0
    f["hour"] = hour
    f["minute"] = int(g["minute"]) if g.get("minute") else None  # type: ignore[arg-type]


def _hour_word(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    _hour(f, g, str(en.NUMBERS[v.lower()]))  # "eight p.m."


def _dayref(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["dayref"] = _lex(en.DAY_REFS, v)
    last_word = v.lower().split()[-1]
    part = en.PARTS_OF_DAY.get("night" if last_word == "tonight" else last_word)
    if part is not None:
        f["part"] = part


def _thispart(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["dayref"], f["anchored"] = _lex(en.PART_RELATIONS, v)


def _partbefore(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["dayref"], f["anchored"] = (-1 if v.lower() == "before" else 1), True  # "the night before": of the day before the one under discussion


def _rel(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["rel"] = _lex(en.RELATIONS, v)
    if _WHITE.sub(" ", v.lower()) in en.ANAPHORIC_RELATIONS:
        f["anchored"] = True


def _rel_of(unit: str) -> Any:
    """The step for "this/last/next" + ``unit``: "May last year", "Friday next week"."""
    def step(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
        f["rel"], f["calendar_unit"] = _lex(en.RELATIONS, v), unit
    return step


def _of_year(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    # "March of that year", "in May of the following year": the year under discussion, or next to it
    f["rel"] = _lex(en.RELATIONS, v)
    f["calendar_unit"], f["anchored"] = "Y", True


def _num(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    amount = _number(v)
    f["amount"] = amount
    if amount is None:
        f["vague"] = True


#: rules that match the second end of a range ("5" in "March 3-5", "June" in "April-June"): it
#: is in the month or year just named
_RANGE_ENDS = frozenset({"range_day", "range_month"})
_PLURAL_UNITS = frozenset(word for word in en.UNITS if word.endswith("s") or word == "millennia")


def _unit(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    letter, mult = _lex(en.UNITS, v)
    f["unit"] = letter
    if v.lower() in _PLURAL_UNITS and (g.get("num") or "").lower() in ("a", "an"):
        f["amount"], f["vague"] = None, True  # "a months-long campaign"
    elif f.get("amount") is not None:
        f["amount"] = f["amount"] * mult
    elif g.get("num") is None and v.lower() in _PLURAL_UNITS:
        f["vague"] = True  # "years ago": some years
    elif not f.get("vague"):
        f["amount"] = mult


def _dir(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["direction"] = _lex(en.DIRECTIONS, v)
    f["anchored"] = " ".join(v.lower().split()) not in ("ago", "from now")


def _calendar_unit(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["calendar_unit"] = _lex(en.UNITS, v)[0]


def _before_after(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["rel"], f["anchored"] = (-1 if v.lower() == "before" else 1), True  # "the year before"
    f["calendar_unit"] = _lex(en.UNITS, g["dunit"])[0]  # type: ignore[index]


def _theperiod(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["rel"], f["anchored"] = 0, True  # "the year": the one under discussion


def _theunit(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["unit"], f["amount"] = f["calendar_unit"], 1


def _earlier(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["mod"] = "START" if v.lower() == "earlier" else "END"
    f["rel"] = 0


def _anchorword(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["anchored"] = True
    f["mod"] = "START" if v.lower() == "earlier" else "END"


def _vague(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["vague"] = True
    f["span"] = v.lower()


def _bare(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["unit"], f["vague"] = _lex(en.UNITS, v)[0], True


def _span(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["span"] = (g.get("span") or g.get("span2") or "").lower()


def _more(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["span"] = f.get("span") or "more"


def _period(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    if not g.get("yearago"):
        f["same_period"] = True  # "the 1988 quarter": the quarter under discussion, in 1988


def _yearago(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["year_ago"] = True
    period = g.get("period")
    f["calendar_unit"] = "Q" if period and "quarter" in period.lower() else None
    if period and period.lower() == "period":
        f["calendar_unit"] = "P"


def _weekend(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["calendar_unit"] = "WE"  # "the weekend" has no relation word; "this weekend" has rel 0


def _set(key: str, read: Any) -> Any:
    def step(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
        f[key] = read(v)
    return step


def _set_pair(keys: tuple[str, str], lexicon: dict[str, Any]) -> Any:
    def step(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
        f[keys[0]], f[keys[1]] = _lex(lexicon, v)
    return step


def _beside(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["direction"] = -1 if v.lower() in ("before", "earlier") else 1
    f["anchored"], f["vague"] = True, True


def _month_quarter(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["quarter"] = (f.pop("month") - 1) // 3 + 1  # the quarter that month is in


def _half(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    second = v.lower() in ("second", "last")
    if g.get("month"):  # "the second half of May": late May
        f["mod"] = "END" if second else "START"
    else:
        f["half"] = 2 if second else 1


def _freq(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> Optional[bool]:
    times = _lex(en.FREQUENCIES, v)
    count = _WHITE.sub(" ", v.rsplit(None, 1)[0].lower())
    if count == "multiple" or count in en.NUMBERS and en.NUMBERS[count] is None:
        f.pop("vague", None)
        return None  # "several times a day": a set of days, of no known frequency
    if times is None:
        times = _number(v.rsplit(None, 1)[0])  # "three times"
    if times is None or not float(times).is_integer():
        return True  # no meaning
    f["freq"] = f"{int(times)}X"
    return None


def _range_day(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["day"] = int(v)  # "5" in "March 3-5"


def _and_a_half(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["amount"] = (f.get("amount") or 0) + 0.5  # "a year and a half"


_UNIT_ORDER = ("ML", "CE", "DE", "Y", "Q", "M", "W", "WE", "D", "H", "MIN", "S")  # larger first


def _next_unit(number: str, previous: str) -> Callable[[dict[str, Any], dict[str, Optional[str]], str], Optional[bool]]:
    """A step for a further amount (group ``number``) and its unit: "and four months" after
    "three years", "14 seconds" after "4 minutes"; units must get smaller than the unit before
    (group ``previous``)."""
    def step(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> Optional[bool]:
        amount = _number(g[number] or "")
        letter, mult = _lex(en.UNITS, v)
        last = _lex(en.UNITS, g[previous] or "")  # as written: weeks are days once added to
        last = last[0] if last else None
        if (amount is None or f.get("amount") is None or last is None or _UNIT_ORDER.index(letter) <= _UNIT_ORDER.index(last)
                or not float(f["amount"]).is_integer()):
            return True  # no meaning: "two years and some months", "four months and three years", "2.5 years and a day"
        # ISO weeks go with no other unit: "two weeks and a day" is P15D, "a year and two weeks" P1Y14D
        if f["unit"] == "W" and not f.get("more"):
            f["unit"], f["amount"] = "D", f["amount"] * 7
        amount *= mult
        if letter == "W":
            letter, amount = "D", amount * 7
        if f["unit"] == letter == "D" and not f.get("more"):
            f["amount"] += amount
        elif letter == "D" and f.get("more") and f["more"][-1][1] == "D":
            f["more"] = (*f["more"][:-1], (f["more"][-1][0] + amount, "D"))
        else:
            f["more"] = (*f.get("more", ()), (amount, letter))
        return None
    return step


def _quarter_range(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> Optional[bool]:
    """ "April-June" (a quarter's months): that quarter; other months are no quarter."""
    first, last = (_lex(en.MONTHS, month.strip(".")) for month in re.split("[-–]", v))
    if first is None or last is None or first % 3 != 1 or last != first + 2:
        return True
    f["quarter"] = (first + 2) // 3
    return None


def _bc_century(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["ref"] = "BC%02d" % f.pop("century")  # "the 5th century B.C.": BC04, its years 499-400 BC


def _plural_wd(f: dict[str, Any], g: dict[str, Optional[str]], v: str) -> None:
    f["weekday"] = _lex(en.WEEKDAYS, v[:-1])


_MONTH_STEP = _set("month", lambda v: _lex(en.MONTHS, v))
_DAY_STEP = _set("day", lambda v: int(_NON_DIGIT.sub("", v)))

# group name -> what it adds to the meaning, in the order they apply (a later one overrides)
_STEPS: dict[str, Any] = {
    "year": _year,
    "ycent": _ycent,
    "ythousand": _ythousand,
    "yy": _set("year", lambda v: _two_digit_year(v[1:])),
    "yy2": _yy2,
    "month": _MONTH_STEP,
    "mm": _set("month", int),
    "day": _DAY_STEP,
    "dd": _set("day", int),
    "edgemod": _set("mod", lambda v: "START" if v.lower() in ("first", "opening") else "END"),
    "ahead": _set("rel", lambda v: 1 if v.lower() == "ahead" else -1),  # "the year ahead", "the year just ended"
    "wdweeks": _set("amount", lambda v: 2 if v.lower() == "fortnight" else 1),
    "dmday": _DAY_STEP,  # in day-month order after a weekday: "5pm on Wednesday 28 August"
    "dmmonth": _MONTH_STEP,
    "dayword": _set("day", lambda v: _lex(en.ORDINALS, v)),  # "January twentieth"
    "rday": _range_day,
    "weekday": _set("weekday", lambda v: _lex(en.WEEKDAYS, v)),
    "season": _set("season", lambda v: _lex(en.SEASONS, v)),
    "holiday": _holiday,
    "quarter": _set("quarter", lambda v: 4 if v.lower() == "final" else _lex(en.ORDINALS, v)),
    "qnum": _set("quarter", int),
    "qword": _set("calendar_unit", lambda v: "Q"),
    "qend": _qend,
    "half": _half,
    "decade": _set("decade", lambda v: int(v[:3])),
    "decyy": _set("decade", lambda v: 190 + int(v[0]) if v[0] != "0" else 200),
    "decword": _set("decade", lambda v: 190 + _lex(en.DECADE_WORDS, v)),
    "century": _set("century", lambda v: int(v) - 1),
    "hundreds": _set("century", int),
    "centord": _set("century", lambda v: _lex(en.ORDINALS, v) - 1),
    "bcc": _bc_century,
    "thismonth": _set("rel", lambda v: 0),  # "the last day of the month": this month's
    "nextmonth": _set("rel", lambda v: _lex(en.RELATIONS, v)),  # "the first day of next month"
    "hour": _hour,
    "hourword": _hour_word,
    "clockword": _set("part", lambda v: _lex(en.PARTS_OF_DAY, v)),
    "pof": _set("part", lambda v: _lex(en.PARTS_OF_DAY, v)),
    "tday": _set("dayref", lambda v: _lex(en.DAY_REFS, v)),
    "tday2": _set("dayref", lambda v: _lex(en.DAY_REFS, v)),  # "at 7:30 tomorrow morning"
    "dayref": _dayref,
    "thispart": _thispart,
    "partbefore": _partbefore,
    "ref": _set("ref", lambda v: _lex(en.REFS, v)),
    "rel": _rel,
    "this_year": _rel_of("Y"),
    "ofyear": _of_year,
    "weekrel": _rel_of("W"),
    "bcyear": _set("ref", lambda v: f"BC{int(v):04d}"),  # a value of its own: BC0044
    "adyear": _set("year", int),
    "adyear2": _set("year", int),  # "79 AD" (where "adyear" is "AD 79")
    "mod": _set("mod", lambda v: _lex(en.MODS, v.rstrip("- "))),
    "mod_late": _set("mod", lambda v: "END" if v.lower().startswith(("late", "end")) else "START"),
    "yearend": _set("mod", lambda v: "END"),
    "ormore": _set("mod", lambda v: "EQUAL_OR_MORE" if v.rstrip().endswith(("more", "longer")) else "EQUAL_OR_LESS"),
    "num": _num,
    "unit": _unit,
    "ago": _set("direction", lambda v: -1),
    "dir": _dir,
    "dunit": _calendar_unit,
    "fiscalyear": _set("calendar_unit", lambda v: "Y"),  # "the current fiscal": its year
    "dunit2": _calendar_unit,
    "tunit": _calendar_unit,
    "theperiod": _theperiod,
    "theunit": _theunit,
    "earlier": _earlier,
    "anchorword": _anchorword,
    "beforeafter": _before_after,
    "beforelast": _set("rel", lambda v: -2),  # "the year before last"
    "afternext": _set("rel", lambda v: 2),  # "the week after next"
    "nth": _set("nth", lambda v: -1 if v.lower() in ("last", "final") else _lex(en.ORDINALS, v)),
    "vague": _vague,
    "vunit": _set("unit", lambda v: _lex(en.UNITS, v)[0]),
    "bare2": _bare,
    "bare": _bare,
    "bare3": _bare,
    "bare4": _bare,  # "just months to agree a deal"
    "bare5": _bare,
    "beside": _beside,
    "monthquarter": _month_quarter,
    "qrange": _quarter_range,
    "longunit": _set_pair(("unit", "amount"), en.UNITS),
    "setpart": _set("part", lambda v: _lex(en.PARTS_OF_DAY, v)),
    "span": _span,
    "span2": _span,
    "more": _more,
    "period": _period,
    "yearago": _yearago,
    "weekend": _weekend,
    "rateunit": _set_pair(("unit", "amount"), en.UNITS),
    "setword": _set_pair(("unit", "amount"), en.SET_WORDS),
    "plural_wd": _plural_wd,
    "hnum": _set("half", lambda v: int(v[1])),
    "other": _set("amount", lambda v: 2),  # "every other week"
    "andhalf": _and_a_half,
    "on": _set("on", lambda v: _WHITE.sub(" ", v.lower())),
    "hweekend": _set("calendar_unit", lambda v: "WE"),
    "named": _set("ref", lambda v: en.NAMED_DAYS.get(_SEPT.sub("sept. ", _WHITE.sub(" ", v.lower())))),
    "freq": _freq,
    "unit2": _next_unit("num2", "unit"),
    "unit3": _next_unit("num3", "unit2"),
}
_ORDER = {name: i for i, name in enumerate(_STEPS)}


def read_meaning(name: str, type_: str, g: dict[str, Optional[str]]) -> Optional[Meaning]:
    """The :class:`Meaning` of a match of rule ``name`` with named groups ``g``; ``None`` when a
    word is not in its lexicon."""
    return _read_meaning(name, type_, tuple(g.items()))


@lru_cache(maxsize=20_000)  # news repeats its expressions ("Friday", "last year"): read each once
def _read_meaning(name: str, type_: str, items: tuple[tuple[str, Optional[str]], ...]) -> Optional[Meaning]:
    g = dict(items)
    f: dict[str, Any] = {}
    for key in sorted([k for k, v in g.items() if v and k in _ORDER], key=_ORDER.__getitem__):
        if _STEPS[key](f, g, g[key]):
            return None
    if any(v is None and k in ("month", "weekday", "season", "quarter") for k, v in f.items()):
        return None
    if name in _RANGE_ENDS:
        f["anchored"] = True
    return Meaning(type_, name, **f)
