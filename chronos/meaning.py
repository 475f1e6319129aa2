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
from typing import Any, Optional

from attrs import frozen

from .grammar import en

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
    fiscal: bool = False
    year_ago: bool = False
    vague: bool = False
    span: Optional[str] = None
    every: bool = False
    calendar_unit: Optional[str] = None
    same_period: bool = False
    holiday: Optional[str] = None


def _lex(lexicon: dict[str, Any], surface: str) -> Any:
    key = re.sub(r"\s+", " ", surface.lower()).rstrip(".")
    return lexicon.get(key)


def _number(surface: str) -> Optional[float]:
    s = re.sub(r"\s+", " ", surface.lower())
    if s.endswith(" and a half"):
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


_CASE_GROUPS = ("month", "weekday", "season")
_UNIT_GROUPS = ("unit", "dunit", "dunit2", "vunit", "tunit", "rateunit", "clockword")


def _mid_sentence(text: str, pos: int) -> bool:
    """Whether a word at ``pos`` follows other words of its sentence (so its capital is a name's)."""
    before = text[max(0, pos - 40):pos].rstrip(" \t\"'“‘(")
    return bool(before) and before[-1] not in ".!?:\n"


@lru_cache(maxsize=None)
def _left_context(name: str) -> "Optional[re.Pattern[str]]":
    pattern = en.LEFT_CONTEXT.get(name)
    return re.compile(pattern, re.IGNORECASE) if pattern is not None else None


def acceptable(name: str, groups: dict[str, Optional[str]], text: str, start: int) -> bool:
    """Lexical checks that patterns cannot express: case-sensitive words, quantities."""
    for g in _CASE_GROUPS:
        surface = groups.get(g)
        if surface and surface.lower().rstrip(".") in en.CASE_SENSITIVE and not surface[0].isupper() and not (g == "season" and name != "season"):
            return False
    weekday = groups.get("weekday")
    if name == "rel_weekday" and weekday and len(weekday.rstrip(".")) <= 4 and not weekday.endswith("."):
        return False  # "Sun", "Wed" alone are names more often than days ("that Sun")
    for g in _UNIT_GROUPS:
        surface = groups.get(g)
        if surface and surface[0].isupper() and _mid_sentence(text, text.find(surface, start)):
            return False  # a capitalized unit inside a sentence is a title: "60 Minutes", "High Noon"
    context = _left_context(name)
    if context is not None and not context.search(text, max(0, start - 30), start):
        return False
    if name == "month":
        surface = groups["month"] or ""
        if surface.rstrip(".").lower() in en.CASE_SENSITIVE and groups.get("mod") is None:
            # a bare "May"/"March" is a month after a preposition, not as a sentence-initial verb
            before = text[max(0, start - 12):start].lower().split()
            if not before or before[-1] not in en.MONTH_PREPOSITIONS:
                return False
        if surface.endswith(".") is False and len(surface.rstrip(".")) <= 3 and surface.lower() not in ("may",):
            return False  # bare abbreviations ("Jan", "Dec") alone are too ambiguous
    if name == "year" and groups.get("fiscal") is None and groups.get("mod") is None:
        after = text[start:start + 40].split()
        if len(after) > 1:
            nxt = after[1].lower().strip(".,;:)\"'")
            if nxt in en.QUANTITY_NOUNS or after[1] in ("%",):
                return False
    return True


def read_meaning(name: str, type_: str, g: dict[str, Optional[str]]) -> Optional[Meaning]:
    f: dict[str, Any] = {}
    if g.get("year"):
        f["year"] = int(g["year"]) if len(g["year"]) == 4 else _two_digit_year(g["year"])
    if g.get("ycent"):
        f["year"] = (19 if g["ycent"].lower() == "nineteen" else 20) * 100 + int(_number(g["yword"].lower().replace("oh-", "")) or 0)
    if g.get("ythousand"):
        f["year"] = 2000 + int(_number(g["yword2"]) or 0) if g.get("yword2") else 2000
    if g.get("yy"):
        f["year"] = _two_digit_year(g["yy"][1:])
    if g.get("yy2") and g.get("prevyear"):
        year = int(g["prevyear"][:2] + g["yy2"])
        f["year"] = year + 100 if year < int(g["prevyear"]) else year
    if g.get("month"):
        f["month"] = _lex(en.MONTHS, g["month"])
    if g.get("mm"):
        f["month"] = int(g["mm"])
    if g.get("day"):
        f["day"] = int(re.sub(r"\D", "", g["day"]))
    if g.get("dd"):
        f["day"] = int(g["dd"])
    if g.get("weekday"):
        f["weekday"] = _lex(en.WEEKDAYS, g["weekday"])
    if g.get("season"):
        f["season"] = _lex(en.SEASONS, g["season"])
    if g.get("holiday"):
        fixed = _lex(en.HOLIDAYS, g["holiday"])
        if fixed is not None:
            f["month"], f["day"] = fixed
        else:
            f["holiday"] = re.sub(r"\s+", " ", g["holiday"].lower())
    if g.get("quarter"):
        f["quarter"] = _lex(en.ORDINALS, g["quarter"])
    if g.get("qnum"):
        f["quarter"] = int(g["qnum"])
    if g.get("qword"):
        f["calendar_unit"] = "Q"
    if g.get("qend"):  # "the quarter ended Sept. 30": the quarter that ends on that day
        month, _, day = g["qend"].rpartition(" ")
        f["month"], f["day"] = _lex(en.MONTHS, month), int(day)
        if f["month"] is None:
            return None
    if g.get("half"):
        f["half"] = 2 if g["half"].lower() in ("second", "last") else 1
    if g.get("decade"):
        f["decade"] = int(g["decade"][:3])
    if g.get("decyy"):
        f["decade"] = 190 + int(g["decyy"][0]) if g["decyy"][0] != "0" else 200
    if g.get("decword"):
        f["decade"] = 190 + _lex(en.DECADE_WORDS, g["decword"])
    if g.get("century"):
        f["century"] = int(g["century"]) - 1
    if g.get("centord"):
        f["century"] = _lex(en.ORDINALS, g["centord"]) - 1
    if g.get("hour"):
        hour = int(g["hour"])
        ampm = (g.get("ampm") or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        f["hour"] = hour
        f["minute"] = int(g["minute"]) if g.get("minute") else None
    if g.get("clockword"):
        f["part"] = _lex(en.PARTS_OF_DAY, g["clockword"])
    if g.get("pof"):
        f["part"] = _lex(en.PARTS_OF_DAY, g["pof"])
    if g.get("tday"):
        f["dayref"] = _lex(en.DAY_REFS, g["tday"])
    if g.get("dayref"):
        f["dayref"] = _lex(en.DAY_REFS, g["dayref"])
        last_word = g["dayref"].lower().split()[-1]
        part = en.PARTS_OF_DAY.get("night" if last_word == "tonight" else last_word)
        if part is not None:
            f["part"] = part
    if g.get("thispart"):
        f["dayref"], f["anchored"] = _lex(en.PART_RELATIONS, g["thispart"])
    if g.get("ref"):
        f["ref"] = _lex(en.REFS, g["ref"])
    if g.get("rel"):
        f["rel"] = _lex(en.RELATIONS, g["rel"])
        if re.sub(r"\s+", " ", g["rel"].lower()) in en.ANAPHORIC_RELATIONS:
            f["anchored"] = True
    if g.get("this_year"):
        f["rel"] = {"this": 0, "last": -1, "next": 1}[g["this_year"].lower()]
        f["calendar_unit"] = "Y"
    if g.get("mod"):
        f["mod"] = _lex(en.MODS, g["mod"].rstrip("- "))
    if g.get("mod_late"):
        f["mod"] = "END" if g["mod_late"].lower().startswith("late") else "START"
    if g.get("fiscal"):
        f["fiscal"] = "fiscal" in g["fiscal"].lower()
    if g.get("num"):
        amount = _number(g["num"])
        f["amount"] = amount
        if amount is None:
            f["vague"] = True
    if g.get("unit"):
        letter, mult = _lex(en.UNITS, g["unit"])
        f["unit"] = letter
        if f.get("amount") is not None:
            f["amount"] = f["amount"] * mult
        elif not f.get("vague"):
            f["amount"] = mult
    if g.get("ago"):
        f["direction"] = -1
    if g.get("dir"):
        f["direction"] = _lex(en.DIRECTIONS, g["dir"])
        f["anchored"] = g["dir"].lower() not in ("ago",)
    for key in ("dunit", "dunit2", "tunit"):
        if g.get(key):
            f["calendar_unit"] = _lex(en.UNITS, g[key])[0]
    if g.get("theperiod"):
        f["rel"], f["anchored"] = 0, True  # "the year": the one under discussion
    if g.get("theunit"):
        f["unit"], f["amount"] = f["calendar_unit"], 1
    if g.get("earlier"):
        f["mod"] = "START" if g["earlier"].lower() == "earlier" else "END"
        f["rel"] = 0
    if g.get("anchorword"):
        f["anchored"] = True
        f["mod"] = "START" if g["anchorword"].lower() == "earlier" else "END"
    if g.get("vague"):
        f["vague"] = True
        f["span"] = g["vague"].lower()
    if g.get("vunit"):
        f["unit"] = _lex(en.UNITS, g["vunit"])[0]
    if g.get("bare2"):
        g = {**g, "bare": g["bare2"]}
    if g.get("bare"):
        f["unit"], f["vague"] = _lex(en.UNITS, g["bare"])[0], True
    if g.get("span") or g.get("span2"):
        f["span"] = (g.get("span") or g.get("span2") or "").lower()
    if g.get("more"):
        f["span"] = f.get("span") or "more"
    if g.get("period") and not g.get("yearago"):
        f["same_period"] = True  # "the 1988 quarter": the quarter under discussion, in 1988
    if g.get("yearago"):
        f["year_ago"] = True
        f["calendar_unit"] = "Q" if g.get("period") and "quarter" in g["period"].lower() else None
        if g.get("period") and g["period"].lower() == "period":
            f["calendar_unit"] = "P"
    if g.get("weekend"):
        f["calendar_unit"] = "WE"
        f.setdefault("rel", 0)
    if g.get("rateunit"):
        f["unit"], f["amount"] = _lex(en.UNITS, g["rateunit"])
    if g.get("setword"):
        f["unit"], f["amount"] = _lex(en.SET_WORDS, g["setword"])
    if g.get("every"):
        f["every"] = True
    if g.get("plural_wd"):
        f["weekday"] = _lex(en.WEEKDAYS, g["plural_wd"][:-1])
        f["every"] = True
    if any(v is None and k in ("month", "weekday", "season", "quarter") for k, v in f.items()):
        return None
    return Meaning(type_, name, **f)
