"""The engine that applies a grammar: find candidate spans, keep the longest, read their meaning.

The grammar (:mod:`chronos.grammar.en`) is compiled once, at first use, into one regular
expression per rule. :func:`tag` scans the text with each, vetoes candidates that a negative rule
matches, keeps the longest non-overlapping candidates (earlier rule first on ties) and turns each
match's named groups into a :class:`Meaning`: an *underspecified* value that the resolver completes
with the reference time and tense.

>>> [(m.text, m.meaning.month, m.meaning.year) for m in tag("It was held in November 2013.")]
[('November 2013', 11, 2013)]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Optional

from attrs import frozen

from .grammar import en

__all__ = ["Meaning", "Mention", "tag"]

# characters that may not touch a time expression on the left ("G20", "2+2", "$1998", "13/13/2013")
_LEFT_BOUNDARY = r"(?<![\w+$£€#/@&])(?<![\d][.,:])"
_RIGHT_BOUNDARY = r"(?![\w+@&])(?![.,][0-9])(?!-[^\W\d_])"


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


@frozen
class Mention:
    """A candidate time expression: where it is and what it means."""

    start: int
    end: int
    text: str
    meaning: Meaning


def _alternation(keys: Any) -> str:
    ordered = sorted(keys, key=lambda k: (-len(k), k))
    return "|".join(re.escape(k).replace(r"\ ", r"\s+") + (r"\.?" if k in en.ABBREVIATED else "") for k in ordered)


def _expand(pattern: str) -> str:
    def macro(m: "re.Match[str]") -> str:
        name = m.group(1)
        if name == "NUMBERS_ALT":
            return _alternation(en.NUMBERS)
        if name == "PARTREL_ALT":
            return _alternation(en.PART_RELATIONS)
        if name == "SMALLNUM_ALT":
            return _alternation(en.SMALL_NUMBERS)
        if name == "YEARWORD_ALT":
            ones = "|".join(en.SMALL_NUMBERS[:9])
            return f"(?:{'|'.join(en.YEAR_TENS)})(?:-(?:{ones}))?|{_alternation(en.SMALL_NUMBERS[9:])}|oh-(?:{ones})"
        group, lexicon, extra = en.MACROS[name]
        body = _alternation(lexicon) + ")" + extra if lexicon is not None else extra + ")"
        return f"(?P<{group}>" + _expand(body) if "{" in body else f"(?P<{group}>" + body

    expanded = re.sub(r"\{([A-Z_]+)\}", macro, pattern)
    return expanded.replace(" ", r"\s+").replace(r"\s+?", r"\s?").replace(r"\s+*", r"\s*")


_STOP_WORDS = frozenset({"the", "a", "an", "of", "in", "at", "as", "to", "so", "that", "this", "more", "most", "is"})
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_WINDOW = 60  # characters a match may reach beyond its trigger word


@frozen
class _Grammar:
    rules: list[tuple[str, str, "re.Pattern[str]"]]
    negatives: list[tuple[frozenset[str], "re.Pattern[str]"]]
    triggers: dict[str, frozenset[int]]  # lower-case word -> indices of the rules it triggers
    digit_rules: frozenset[int]  # rules triggered by any number
    year_rules: frozenset[int]  # rules triggered by a four-digit number from 1000 to 2099


_NUMBER_TRIGGERS = ("DIGIT", "YEAR4")


def _trigger_words(item: str) -> set[str]:
    if item in _NUMBER_TRIGGERS:
        return set()
    macro = en.MACROS.get(item)
    if macro is None or macro[1] is None:
        return {item}
    words = set()
    for key in macro[1]:
        words.update(w for w in _TOKEN.findall(key.lower()) if w not in _STOP_WORDS and not w.isdigit())
    return words


@lru_cache(maxsize=None)
def _compiled() -> _Grammar:
    rules = []
    triggers: dict[str, set[int]] = {}
    numbers: dict[str, set[int]] = {"DIGIT": set(), "YEAR4": set()}
    for index, (name, type_, trigger, pattern) in enumerate(en.RULES):
        regex = re.compile(_LEFT_BOUNDARY + "(?:" + _expand(pattern) + ")" + _RIGHT_BOUNDARY, re.IGNORECASE)
        rules.append((name, type_, regex))
        for item in trigger.split():
            if item in numbers:
                numbers[item].add(index)
            for word in _trigger_words(item):
                triggers.setdefault(word, set()).add(index)
    negatives = [
        (frozenset(scope.split()), re.compile(_expand(pattern), re.IGNORECASE)) for scope, pattern in en.NEGATIVE
    ]
    frozen_triggers = {w: frozenset(r) for w, r in triggers.items()}
    return _Grammar(rules, negatives, frozen_triggers, frozenset(numbers["DIGIT"]), frozenset(numbers["DIGIT"] | numbers["YEAR4"]))


def _windows(text: str, grammar: _Grammar) -> dict[int, list[tuple[int, int]]]:
    """For each rule, the merged stretches of text around its trigger words."""
    spans: dict[int, list[tuple[int, int]]] = {}
    n = len(text)
    for token in _TOKEN.finditer(text):
        word = token.group()
        if word[0].isdigit():
            rules = grammar.year_rules if len(word) == 4 and "1000" <= word <= "2099" else grammar.digit_rules
        else:
            rules = grammar.triggers.get(word.lower())
        if not rules:
            continue
        lo, hi = max(0, token.start() - _WINDOW), min(n, token.end() + _WINDOW)
        for rule in rules:
            stretches = spans.setdefault(rule, [])
            if stretches and lo <= stretches[-1][1]:
                stretches[-1] = (stretches[-1][0], hi)
            else:
                stretches.append((lo, hi))
    return spans


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


def _acceptable(name: str, groups: dict[str, Optional[str]], text: str, start: int) -> bool:
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


def _meaning(name: str, type_: str, g: dict[str, Optional[str]]) -> Optional[Meaning]:
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


_ADJECTIVE_DETERMINER = re.compile(r"(?:%s)\s+(?=\S+-\S+$)" % "|".join(en.ADJECTIVE_DETERMINERS), re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+[a-z]")


def _without_determiner(text: str, start: int, end: int) -> int:
    """Where the expression starts once a determiner of the noun it modifies is left out: in "the
    14-day strike" the time expression is "14-day", the determiner belongs to "strike"."""
    if _NOUN_AFTER.match(text, end):
        det = _ADJECTIVE_DETERMINER.match(text[start:end])
        if det:
            return start + det.end()
    return start


def tag(text: str) -> list[Mention]:
    """Find the time expressions of ``text`` (unresolved), in text order, not overlapping.

    >>> [m.text for m in tag("The G20 met on March 20, after the 2+2 talks last December.")]
    ['March 20', 'last December']
    """
    grammar = _compiled()
    candidates: list[tuple[int, int, int, str, str, "re.Match[str]"]] = []
    for order, stretches in _windows(text, grammar).items():
        name, type_, regex = grammar.rules[order]
        seen = -1
        for lo, hi in stretches:
            for windowed in regex.finditer(text, lo, hi):
                # match again on the whole text: a window edge must not cut or end a match
                m = regex.match(text, windowed.start())
                if m is None or m.end() <= m.start() or m.start() <= seen:
                    continue
                seen = m.start()
                candidates.append((m.start(), -(m.end() - m.start()), order, name, type_, m))
    candidates.sort(key=lambda c: (c[1], c[0], c[2]))  # longest first, then leftmost, then rule order
    taken: list[tuple[int, int]] = []
    chosen: list[Mention] = []
    occupied = bytearray(len(text) + 1)
    for start, neglen, _order, name, type_, m in candidates:
        end = start - neglen
        if any(occupied[start:end]):
            continue
        if any((name in scope or "*" in scope) and neg.match(text, start) for scope, neg in grammar.negatives):
            continue
        groups = m.groupdict()
        if not _acceptable(name, groups, text, start):
            continue
        meaning = _meaning(name, type_, groups)
        if meaning is None:
            continue
        occupied[start:end] = b"\x01" * (end - start)
        taken.append((start, end))
        start = _without_determiner(text, start, end)
        chosen.append(Mention(start, end, text[start:end], meaning))
    chosen.sort(key=lambda mention: mention.start)
    return chosen
