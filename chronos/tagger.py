"""The engine that applies a grammar: find candidate spans, keep the longest, read their meaning.

The grammar (:mod:`chronos.grammar.en`) is compiled once, at first use, into one regular
expression per rule. :func:`tag` finds the rules' trigger words and first words in one scan of the
text, matches each rule only where it may start near its triggers (see ``_candidates``), vetoes
candidates that a negative rule matches, keeps the longest non-overlapping candidates (earlier
rule first on ties) and turns each match's named groups into a :class:`~chronos.meaning.Meaning`
(:mod:`chronos.meaning`): an *underspecified* value that the resolver completes with the
reference time and tense.

>>> [(m.text, m.meaning.month, m.meaning.year) for m in tag("It was held in November 2013.")]
[('November 2013', 11, 2013)]
"""

from __future__ import annotations

import re
import string
from collections import defaultdict
from functools import lru_cache
from itertools import groupby, repeat
from operator import attrgetter
from typing import Any, Callable, Iterable, Optional

from attrs import evolve, frozen

from .grammar import en, en_cues
from .meaning import FOLD_TO_ASCII, Meaning, acceptable, read_meaning

__all__ = ["Meaning", "Mention", "tag"]

# characters that may not touch a time expression on the left ("G20", "2+2", "$1998", "13/13/2013")
_LEFT_BOUNDARY = r"(?<![\w+$£€#/@&])(?<![\d][.,:])"
_RIGHT_BOUNDARY = r"(?![\w+@&])(?![.,][0-9])(?!-(?!(?:%s|era|set|style)\b)[^\W\d_])"  # %s: a month or weekday ("April-June"; "1920s-era")


@frozen
class Mention:
    """A candidate time expression: where it is and what it means."""

    start: int
    end: int
    text: str
    meaning: Meaning


def _alternation(keys: Any) -> str:
    r"""The keys as one regular expression shaped as a trie: ``jan(?:uary|\.?)|...``.

    It matches what the longest-first list of the keys would match, in the same order (the keys
    that match at one place are prefixes of one another), but the regex engine tries a few first
    letters instead of every key.
    """
    dotted = en.ABBREVIATED
    return _trie(sorted(keys), 0, lambda char: r"\s+" if char == " " else re.escape(char), lambda key: r"\.?" if key in dotted else "")


def _trie(keys: list[str], depth: int, char: Callable[[str], str], end: Callable[[str], str]) -> str:
    """The sorted ``keys``, which share their first ``depth`` characters, from ``depth`` on; each
    character as ``char`` writes it and ``end(key)`` after each key."""
    if not keys:
        return "(?!)"
    branches = [
        char(first) + _trie(list(group), depth + 1, char, end)
        for first, group in groupby((k for k in keys if len(k) > depth), key=lambda k: k[depth])
    ]
    if len(keys[0]) == depth:  # a key ends here: tried after the longer keys
        branches.append(end(keys[0]))
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


_PLAIN_ALTERNATIONS = {
    "NUMBERS_ALT": en.NUMBERS, "PARTREL_ALT": en.PART_RELATIONS, "TDAY_ALT": en.DAY_REFS, "SMALLNUM_ALT": en.SMALL_NUMBERS,
}


def _expand(pattern: str) -> str:
    def macro(m: "re.Match[str]") -> str:
        name = m.group(1)
        if name in _PLAIN_ALTERNATIONS:  # a table's words without a named group
            return _alternation(_PLAIN_ALTERNATIONS[name])
        if name == "YEARWORD_ALT":
            ones = "|".join(en.SMALL_NUMBERS[:9])
            return f"(?:{'|'.join(en.YEAR_TENS)})(?:-(?:{ones}))?|{_alternation(en.SMALL_NUMBERS[9:])}|oh-(?:{ones})"
        group, lexicon, extra = en.MACROS[name]
        body = _alternation(lexicon) + ")" + extra if lexicon is not None else extra + ")"
        return f"(?P<{group}>" + _expand(body) if "{" in body else f"(?P<{group}>" + body

    expanded = re.sub(r"\{([A-Z][A-Z0-9_]*)\}", macro, pattern)
    return expanded.replace(" ", r"\s+").replace(r"\s+?", r"\s?").replace(r"\s+*", r"\s*")


# --- finding candidates ---------------------------------------------------------------------
# Every match of a rule contains one of its trigger words and begins with one of its *first
# tokens* (a word, a number or a character), which :func:`_openings` reads off the rule's
# regular expression together with the tokens that may come next. One scan of the text finds
# the tokens, each with the token after it; a rule is then matched only where one of its first
# tokens, followed by a token that may follow it there, stands at most _WINDOW characters
# before one of its triggers. Rules with the same triggers form a *family*; the rules of a
# family that may begin at one place are matched there by one regex (a *scanner*). Skipping
# the other places changes nothing: no match of a rule begins there.

_STOP_WORDS = frozenset({"the", "a", "an", "of", "in", "at", "as", "to", "so", "that", "this", "more", "most", "is"})
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_WINDOW = 60  # characters from the start of a match to a trigger word in it
_NUMBER = "0"  # the first token of a match that begins with a digit
# lower case for ASCII letters and for the letters that match them when case is ignored (İ ı ſ K)
_FOLD = {**str.maketrans(string.ascii_uppercase, string.ascii_lowercase), **FOLD_TO_ASCII}
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
# what a pattern may hold in capitals without reading case: escapes ("\\W"), group names
_CASELESS_PARTS = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")


def _reads_case(pattern: str) -> bool:
    """Whether a pattern distinguishes case: a case-sensitive part ("(?-i:May)") or a capital."""
    return "(?-i:" in pattern or any(c.isupper() for c in _CASELESS_PARTS.sub("", pattern))


class _Scanner:
    """A regex that matches where one of some rules matches, and ``(group, rule index)`` for
    each: the regex of several rules matches empty and group ``k`` holds the match of the
    ``k``-th rule; a lone rule is its own regex (group 0). ``lowered`` is the same regex for
    lower-case ASCII text, matched case-sensitively (faster), or None when a rule reads case."""

    __slots__ = ("regex", "groups", "lone", "lowered")

    def __init__(self, regex: Any, groups: tuple[tuple[int, int], ...], lowered: Any = None) -> None:
        self.regex = regex
        self.groups = groups
        self.lone = groups[0][1] if groups[0][0] == 0 else None  # the rule, if it is alone
        self.lowered = lowered


#: the scanners to try where a token stands, by family, for each token that may follow it (and
#: for any other, or none), and the families the token triggers
_Token = tuple[dict[str, tuple[tuple[int, _Scanner], ...]], tuple[tuple[int, _Scanner], ...], frozenset[int]]


@frozen
class _Grammar:
    rules: list[tuple[str, str, "re.Pattern[str]"]]  # (name, type, regex) in grammar order
    vetoes: list[Optional[Callable[[str, int], Any]]]  # by rule: a match of its negative patterns
    finder: "re.Pattern[str]"  # in folded text: a non-letter, then a token and the token after it
    words: dict[str, _Token]
    numbers: tuple[_Token, _Token]  # a number; a four-digit number from 1000 to 2099
    unlisted: dict[int, tuple[int, ...]]  # family -> its rules whose first tokens are unknown
    families: int  # how many


def _trigger_words(item: str) -> set[str]:
    """The words one of which a match of a trigger item contains: the item, or for a lexicon
    the longest word of each key (stop words do not count)."""
    if item in ("DIGIT", "YEAR4"):
        return set()
    macro = en.MACROS.get(item)
    if macro is None or macro[1] is None:
        return {item}
    words = set()
    for key in macro[1]:
        content = [w for w in _TOKEN.findall(key.lower()) if w not in _STOP_WORDS and not w.isdigit()]
        if content:
            words.add(max(content, key=lambda w: (len(w), w)))
    return words


@lru_cache(maxsize=None)
def _compiled() -> _Grammar:
    rules, bodies, keys, openings = [], [], [], []
    right = _RIGHT_BOUNDARY % _alternation({**en.MONTHS, **en.WEEKDAYS})
    for name, type_, trigger, pattern in en.RULES:
        body = "(?:" + _expand(pattern) + ")"
        rules.append((name, type_, re.compile(_LEFT_BOUNDARY + body + right, re.IGNORECASE)))
        bodies.append(body + right)
        items = trigger.split()
        words = frozenset(w for item in items for w in _trigger_words(item))
        keys.append((words, "DIGIT" in items, "DIGIT" in items or "YEAR4" in items))
        openings.append(_openings(body))
    families = [tuple(i for i, k in enumerate(keys) if k == key) for key in dict.fromkeys(keys)]
    scanners: dict[tuple[int, ...], _Scanner] = {}

    def token(first: str, fired: frozenset[int]) -> _Token:
        starts = [(family, tuple(i for i in members if first in (openings[i] or ()))) for family, members in enumerate(families)]
        starts = [(family, members) for family, members in starts if members]

        def then(second: Optional[str]) -> tuple[tuple[int, _Scanner], ...]:
            """The scanners of the rules whose matches may begin with ``first`` then ``second``."""
            found = []
            for family, members in starts:
                able = tuple(i for i in members if openings[i][first] is None or second in openings[i][first])  # type: ignore[index,operator]
                if able:
                    if able not in scanners:
                        scanners[able] = _scanner(able, rules, bodies)
                    found.append((family, scanners[able]))
            return tuple(found)

        seconds = {second for _, members in starts for i in members for second in openings[i][first] or ()}  # type: ignore[index]
        by_second = {second: then(second) for second in seconds}
        if _NUMBER in by_second:  # the finder reads one digit of a number
            by_second.update(dict.fromkeys(string.digits, by_second[_NUMBER]))
        return by_second, then(None), fired

    def triggered(fires: Callable[[tuple[frozenset[str], bool, bool]], bool]) -> frozenset[int]:
        return frozenset(f for f, members in enumerate(families) if fires(keys[members[0]]))

    tokens = {t for o in openings for t in o or ()} | {w for k in keys for w in k[0]}
    words = {t: token(t, triggered(lambda k: t in k[0])) for t in tokens if t != _NUMBER}
    numbers = (token(_NUMBER, triggered(lambda k: k[1])), token(_NUMBER, triggered(lambda k: k[2])))

    @lru_cache(maxsize=None)
    def before(then: frozenset[str]) -> str:
        """A lookahead for one of the tokens ``then``, past punctuation."""
        return (r"(?=[^a-z\d]*(?:" + _trie(sorted(t for t in then if t.isalpha()), 0, re.escape, lambda _: "")
                + r"(?![a-z])" + (r"|\d" if _NUMBER in then else "") + "))")

    def where(first: str) -> str:
        """Where the finder reports ``first``: anywhere if it triggers rules or may begin one
        whatever follows it, else only before a token that may follow it."""
        by_second, other, fired = words[first]
        return "" if fired or other else before(frozenset(by_second))

    letters = _trie(sorted(t for t in words if t.isalpha()), 0, re.escape, where)
    others = "".join("|" + re.escape(t) + where(t) for t in sorted(words) if not t.isalpha())
    # The token (group 1) is looked at, not taken, so that it may stand before the next one
    # ("'90s"); then the next word or digit (group 2; group 3 for a digit other than 0-9), past
    # punctuation. Group 4 is empty where a match may begin, by the left boundary of every rule.
    # A number is "a digit not after a digit": beginning with a digit, that alternative is
    # skipped at once where there is none (a lookbehind first would be tried at every non-letter).
    finder = re.compile(r"[^a-z](?=(\d(?<!\d\d)\d*|" + letters + r"(?![^\W\d_])" + others
                        + r")(?:[^a-z\d]*(?:([a-z]+|[0-9])|(\d)))?)(?:" + _LEFT_BOUNDARY + "())?")
    vetoes = [_veto([_expand(p) for scope, p in en.NEGATIVE if name in scope.split() or "*" in scope.split()])
              for name, _, _ in rules]
    unlisted = {f: tuple(i for i in members if openings[i] is None) for f, members in enumerate(families)}
    words = {t: entry for t, entry in words.items() if not t[0].isdigit()}  # a token of digits is a number
    return _Grammar(rules, vetoes, finder, words, numbers, {f: r for f, r in unlisted.items() if r}, len(families))


def _veto(patterns: list[str]) -> Optional[Callable[[str, int], Any]]:
    """A match of any of ``patterns`` (case-insensitive) at a place: one alternation when they
    have no groups, else each in turn; None when there are none."""
    if not patterns:
        return None
    regexes = [re.compile(p, re.IGNORECASE) for p in patterns]
    if len(regexes) == 1:
        return regexes[0].match
    if all(regex.groups == 0 for regex in regexes):
        try:
            return re.compile("|".join("(?:" + p + ")" for p in patterns), re.IGNORECASE).match
        except re.error:  # a global inline flag, for one
            pass
    return lambda text, pos: any(regex.match(text, pos) for regex in regexes)


def _scanner(members: tuple[int, ...], rules: list[tuple[str, str, "re.Pattern[str]"]], bodies: list[str]) -> _Scanner:
    """The scanner of the rules ``members`` (see :class:`_Scanner`)."""
    caseless = not any(_reads_case(bodies[i]) for i in members)
    if len(members) == 1:
        lowered = _Lazy(_LEFT_BOUNDARY + bodies[members[0]], 0) if caseless else None
        return _Scanner(rules[members[0]][2], ((0, members[0]),), lowered)
    # each rule an optional lookahead, written as a branch: the regex engine runs that faster than "?"
    tries = "".join("(?:(?=(" + _NAMED_GROUP.sub("(?:", bodies[i]) + "))|)" for i in members)
    fail = "(?!)"
    for group in range(len(members), 0, -1):
        fail = f"(?({group})|{fail})"
    pattern = _LEFT_BOUNDARY + tries + fail
    return _Scanner(_Lazy(pattern), tuple(enumerate(members, 1)), _Lazy(pattern, 0) if caseless else None)


class _Lazy:
    """A regex (case-insensitive unless ``flags`` say otherwise) compiled when first used (most
    texts need few of them)."""

    def __init__(self, pattern: str, flags: int = re.IGNORECASE) -> None:
        self.pattern, self.flags = pattern, flags

    def match(self, text: str, pos: int) -> "Optional[re.Match[str]]":
        self.match = re.compile(self.pattern, self.flags).match  # type: ignore[method-assign]
        return self.match(text, pos)


#: a candidate: (-length, start, rule index, its match or None), in the order of preference
_Candidate = tuple[int, int, int, "Optional[re.Match[str]]"]


def _candidates(text: str, grammar: _Grammar) -> list[_Candidate]:
    """Every rule's matches near its triggers (see :data:`_Candidate`); like ``finditer``, a
    rule's matches do not overlap."""
    plain = text.isascii()
    folded = " " + (text.lower() if plain else text.translate(_FOLD))
    hits = list(grammar.finder.finditer(folded))
    if not plain:  # a word that only ends like one ("émay") is no token
        hits = [m for m in hits if not folded[m.start()].isalpha()]
    # Walk the tokens backwards, knowing where the next trigger of each family is: a token that
    # may start rules of a family (given the token after it) is a place to try them if that
    # trigger is within _WINDOW. (A hit's position in the folded text, where it begins with the
    # character before its token, is the token's position in the text.)
    words, numbers, unlisted, window = grammar.words, grammar.numbers, grammar.unlisted, _WINDOW
    horizon = far = len(folded) + window + 1  # where the next trigger of any family is
    nearest = [far] * grammar.families  # by family: where its next trigger is
    tries: defaultdict[_Scanner, list[int]] = defaultdict(list)  # scanner -> where to try it
    reached = []  # (family, trigger position, trigger length) for rules without first tokens
    lookup = words.get
    for m in reversed(hits):
        token, second, digit, boundary = m.groups()
        at = m.start()
        entry = lookup(token)
        if entry is None:  # a number
            entry = numbers[len(token) == 4 and "1000" <= token <= "2099"]
        by_second, other, fired = entry
        if fired:
            horizon = at
            for family in fired:
                nearest[family] = at
            if unlisted:
                reached.extend((family, at, len(token)) for family in fired.intersection(unlisted))
        elif at + window < horizon:
            continue  # no trigger near
        if boundary is None:
            continue  # no match begins here
        limit = at + window
        for family, scanner in by_second.get(second or (digit and _NUMBER), other):
            if nearest[family] <= limit:
                tries[scanner].append(at)
    # Match: (rule, start, end, match or None) for each rule that matches where it was tried,
    # then, rule by rule in text order, drop the matches that overlap the previous one.
    # A scanner whose rules do not read case runs on the lower-case text, case-sensitively; a
    # lone rule's match is then read again, in the text, only if it is chosen.
    matched = []
    lowered = folded[1:] if plain else None
    for scanner, positions in tries.items():
        if lowered is not None and scanner.lowered is not None:
            matches = filter(None, map(scanner.lowered.match, repeat(lowered), positions))
            keep = False
        else:
            matches = filter(None, map(scanner.regex.match, repeat(text), positions))
            keep = True
        if scanner.lone is not None:  # a rule's own regex: keep its match (read in the text)
            order = scanner.lone
            matched += [(order, start, end, m if keep else None) for m in matches if (start := m.start()) < (end := m.end())]
            continue
        for m in matches:
            start = m.start()
            for group, order in scanner.groups:
                end = m.end(group)
                if end > start:
                    matched.append((order, start, end, None))
    matched.sort()
    found: list[_Candidate] = []
    rule, resume = -1, 0  # the rule at hand, where its next match may start
    for order, start, end, m in matched:
        if order != rule:
            rule, resume = order, 0
        if start >= resume:
            resume = end
            found.append((start - end, start, order, m))
    if reached:
        found.extend(_unlisted_matches(text, grammar, reversed(reached)))
    return found


def _unlisted_matches(text: str, grammar: _Grammar, reached: Iterable[tuple[int, int, int]]) -> list[_Candidate]:
    """The matches of the rules whose first tokens are unknown, around the triggers ``reached``
    (family, position, length) of their families, in text order."""
    windows: dict[int, list[tuple[int, int]]] = {}  # family -> stretches of text
    for family, at, length in reached:
        stretches = windows.setdefault(family, [])
        lo, hi = max(0, at - _WINDOW), min(len(text), at + length + _WINDOW)
        if stretches and lo <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], hi)
        else:
            stretches.append((lo, hi))
    found: list[_Candidate] = []
    for family, stretches in windows.items():
        for order in grammar.unlisted[family]:
            regex = grammar.rules[order][2]
            seen = -1
            for lo, hi in stretches:
                for windowed in regex.finditer(text, lo, hi):
                    # match again on the whole text: a window edge must not cut or end a match
                    m = regex.match(text, windowed.start())
                    if m is not None and m.end() > m.start() > seen:
                        seen = m.start()
                        found.append((m.start() - m.end(), m.start(), order, m))
    return found


# --- first tokens -----------------------------------------------------------------------------
# Read off the parsed regular expression (the standard library's parser is private: anything
# unexpected means "unknown", and the rule is then scanned for near its triggers instead): the
# first token of each match and, past spaces and punctuation, the token that may follow it.
try:
    from re import _constants as _sre, _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python < 3.11
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]


class _Unknown(Exception):
    pass


#: a sequence of parsed items as a linked list (item, rest), so that sequences share their rests
_Seq = Optional[tuple[Any, Any]]
_REPEATED = object()  # an item: the repetitions left after one (another one ends the first token)
#: a first token, what is left of the pattern after it, and whether it is a number that may go on
_Start = tuple[str, _Seq, bool]


def _seq(items: Any, rest: _Seq = None) -> _Seq:
    for item in reversed(list(items)):
        rest = (item, rest)
    return rest


def _repeated(av: Any, rest: _Seq) -> _Seq:
    least, most, body = av
    return (_REPEATED, (max(least - 1, 0), most if most == _sre.MAXREPEAT else most - 1, body)), rest


def _first_tokens(pattern: str) -> Optional[frozenset[str]]:
    """The first tokens of the matches of ``pattern`` (case-insensitive): their first word in
    lower case, ``"0"`` for a number, or their first character; None if they cannot be listed.

    >>> sorted(_first_tokens(r"(?:the )?(?:last|next)\\s+(?:week|year)|\\d+ days"))
    ['0', 'last', 'next', 'the']
    """
    openings = _openings(pattern)
    return None if openings is None else frozenset(openings)


def _openings(pattern: str) -> Optional[dict[str, Optional[frozenset[str]]]]:
    """The first tokens of the matches of ``pattern`` (see :func:`_first_tokens`), each with
    the tokens that may come next, spaces and punctuation skipped (None when any may, or the
    match may end there); None if the first tokens cannot be listed.

    >>> sorted((first, sorted(then)) for first, then in _openings(r"(?:the )?(?:last|next) (?:week|year)").items())
    [('last', ['week', 'year']), ('next', ['week', 'year']), ('the', ['last', 'next'])]
    >>> _openings(r"[0-9]+(?:th)?")
    {'0': None}
    """
    try:
        starts = _firsts(_seq(_sre_parse.parse(pattern, re.IGNORECASE)), "")
    except (_Unknown, RecursionError):
        return None
    except Exception:  # noqa: BLE001 - a private parser: never let it break tagging
        return None
    openings: dict[str, Optional[frozenset[str]]] = {}
    seen: dict[tuple[int, str, bool], Any] = {}
    for token, rest, number in starts:
        try:
            then = _seconds(rest, "", number, seen)
        except Exception:  # noqa: BLE001 - RecursionError...: anything may follow
            then = None
        known = openings.get(token, frozenset())
        openings[token] = None if then is None or known is None else known | then
    return openings


def _firsts(seq: _Seq, word: str) -> list[_Start]:
    """The first tokens of the sequence ``seq`` when ``word`` (letters) is already matched."""
    if seq is None:
        if word:
            return [(word, None, False)]
        raise _Unknown  # an empty match, or a word that may go on
    (op, av), rest = seq
    if op is _sre.LITERAL:
        return _after(chr(av), rest, word)
    if op is _sre.IN:
        if word and not any(_may_be_letter(o, a) for o, a in av):
            return [(word, seq, False)]
        found: list[_Start] = []
        for char in _class_chars(av):
            found += _after(char, rest, word)
        return found
    if op is _sre.BRANCH:
        return [start for branch in av[1] for start in _firsts(_seq(branch, rest), word)]
    if op is _sre.SUBPATTERN:
        return _firsts(_seq(av[-1], rest), word)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        least, most, body = av
        found = _firsts(rest, word) if least == 0 else []
        return found + _firsts(_seq(body, rest if most == 1 else _repeated(av, rest)), word)
    if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
        return _firsts(rest, word)
    raise _Unknown


def _after(char: str, rest: _Seq, word: str) -> list[_Start]:
    char = char.translate(_FOLD)
    if char.isascii() and char.isalpha():
        return _firsts(rest, word + char)
    if char.isalpha() or len(word) > 40:
        raise _Unknown
    if word:
        return [(word, ((_sre.LITERAL, ord(char)), rest), False)]
    return [(_NUMBER, rest, True)] if char.isdigit() else [(char, rest, False)]


def _seconds(seq: _Seq, word: str, number: bool, seen: dict[tuple[int, str, bool], Any]) -> Optional[frozenset[str]]:
    """The tokens that may come first in the sequence ``seq``, spaces and punctuation skipped,
    when ``word`` (letters) is already matched or when a number that may go on (``number``) is;
    None when they cannot be listed or the match may end first (then anything may follow).
    ``seen`` keeps the answers by sequence (and the sequence, so that its id is not reused)."""
    key = (id(seq), word, number)
    if key not in seen:
        seen[key] = (seq, _seconds_of(seq, word, number, seen))
    return seen[key][1]  # type: ignore[no-any-return]


def _seconds_of(seq: _Seq, word: str, number: bool, seen: dict[tuple[int, str, bool], Any]) -> Optional[frozenset[str]]:
    if seq is None:
        return frozenset({word}) if word else None
    (op, av), rest = seq
    if op is _sre.LITERAL:
        return _next(chr(av), rest, word, number, seen)
    if op is _sre.IN:
        if word and not any(_may_be_letter(o, a) for o, a in av):
            return frozenset({word})
        if _kind(op, av) == "space":
            return _seconds(rest, "", False, seen)
        try:
            chars = _class_chars(av)
        except _Unknown:
            return None
        return _union(_next(char, rest, word, number, seen) for char in chars)
    if op is _sre.BRANCH:
        return _union(_seconds(_seq(branch, rest), word, number, seen) for branch in av[1])
    if op is _sre.SUBPATTERN:
        return _seconds(_seq(av[-1], rest), word, number, seen)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _REPEATED):
        least, most, body = av
        found = [_seconds(rest, word, number, seen)] if least == 0 else []
        if most == 0:
            return _union(found)
        kind = _kind(*body[0]) if len(body) == 1 else None
        if not word and (kind == "space" or (kind == "digit" and number)):
            # a run of spaces or punctuation, or more digits of the number: one is as good as many
            return _union(found + [_seconds((body[0], rest), "", number, seen)])
        return _union(found + [_seconds(_seq(body, rest if most == 1 else _repeated(av, rest)), word, number, seen)])
    if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
        return _seconds(rest, word, number, seen)
    return None


def _next(char: str, rest: _Seq, word: str, number: bool, seen: dict[tuple[int, str, bool], Any]) -> Optional[frozenset[str]]:
    char = char.translate(_FOLD)
    if char.isascii() and char.isalpha():
        return _seconds(rest, word + char, False, seen) if len(word) <= 40 else None
    if char.isalpha():
        return None
    if word:
        return frozenset({word})
    if char.isdigit():
        return _seconds(rest, "", True, seen) if number else frozenset({_NUMBER})
    return _seconds(rest, "", False, seen)  # a space or a punctuation mark: skipped, it ends a number


def _union(sets: Iterable[Optional[frozenset[str]]]) -> Optional[frozenset[str]]:
    """The union of token sets, None (any token) if one is None."""
    found: frozenset[str] = frozenset()
    for tokens in sets:
        if tokens is None:
            return None
        found |= tokens
    return found


def _kind(op: Any, av: Any) -> Optional[str]:
    """``"space"`` if the one-character item matches neither letters nor digits, ``"digit"`` if
    it matches only digits, else None."""
    members = [(op, av)] if op is _sre.LITERAL else av if op is _sre.IN else None
    if members is None:
        return None
    if not any(_may_be_letter(o, a) or _may_be_digit(o, a) for o, a in members):
        return "space"
    if all(_is_digit(o, a) for o, a in members):
        return "digit"
    return None


def _class_chars(av: list[Any]) -> set[str]:
    """The characters of a small class, folded (``[jJ]`` is ``{"j"}``)."""
    chars = set()
    for op, arg in av:
        if op is _sre.LITERAL:
            chars.add(chr(arg).translate(_FOLD))
        elif op is _sre.RANGE and arg[1] - arg[0] < 64:
            chars.update(chr(c).translate(_FOLD) for c in range(arg[0], arg[1] + 1))
        elif op is _sre.CATEGORY and arg in (_sre.CATEGORY_DIGIT, _sre.CATEGORY_UNI_DIGIT):
            chars.add("0")
        else:
            raise _Unknown
    return chars


def _may_be(op: Any, arg: Any, test: Callable[[str], bool], never: tuple[Any, ...]) -> bool:
    """Whether the one-character item ``(op, arg)`` may match a character that passes ``test``
    (a category in ``never`` matches none)."""
    if op is _sre.LITERAL:
        return test(chr(arg))
    if op is _sre.RANGE:
        return any(test(chr(c)) for c in range(arg[0], min(arg[1], 0x2FF) + 1)) or arg[1] > 0x2FF
    if op is _sre.CATEGORY:
        return arg not in never
    return True


_NEVER_LETTER = (_sre.CATEGORY_DIGIT, _sre.CATEGORY_UNI_DIGIT, _sre.CATEGORY_SPACE,
                 _sre.CATEGORY_UNI_SPACE, _sre.CATEGORY_NOT_WORD, _sre.CATEGORY_UNI_NOT_WORD)
_NEVER_DIGIT = (_sre.CATEGORY_NOT_DIGIT, _sre.CATEGORY_UNI_NOT_DIGIT, _sre.CATEGORY_SPACE,
                _sre.CATEGORY_UNI_SPACE, _sre.CATEGORY_NOT_WORD, _sre.CATEGORY_UNI_NOT_WORD)


def _may_be_letter(op: Any, arg: Any) -> bool:
    return _may_be(op, arg, str.isalpha, _NEVER_LETTER)


def _may_be_digit(op: Any, arg: Any) -> bool:
    return _may_be(op, arg, str.isdigit, _NEVER_DIGIT)


def _is_digit(op: Any, arg: Any) -> bool:
    if op is _sre.LITERAL:
        return "0" <= chr(arg) <= "9"
    if op is _sre.RANGE:
        return ord("0") <= arg[0] <= arg[1] <= ord("9")
    return op is _sre.CATEGORY and arg in (_sre.CATEGORY_DIGIT, _sre.CATEGORY_UNI_DIGIT)


#: typography matched as its plain form, one character for one so that offsets stay those of the
#: text: full-width digits, dashes, non-breaking and thin spaces, curly apostrophes
_MATCH_FORM = str.maketrans({
    **{chr(0xFF10 + d): str(d) for d in range(10)},
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u2002": " ", "\u2003": " ",
    "\u2019": "'", "\u2018": "'", "\u02bc": "'",
})

# not before a modifier ("the mid-1950s", "the late-19th century": the determiner is the period's)
_ADJECTIVE_DETERMINER = re.compile(r"(?:[^-]*\s)?(?:%s)\s+(?!(?:mid|early|late)-)(?=\S+-\S+$)" % "|".join(en.ADJECTIVE_DETERMINERS), re.IGNORECASE)
_DETERMINER = re.compile(r"(?:%s)\s+" % "|".join(en.ADJECTIVE_DETERMINERS), re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?!of\b)[^\W\d_]")  # "the 14-day strike", "The 10-year Treasury yield" (not "the first half-hour of trading")


_COMPLEMENTIZER = re.compile(r"that\s+", re.IGNORECASE)
_AFTER_REPORTING = re.compile(r"\b(?:%s)\s+$" % "|".join(en_cues.REPORTING_VERBS), re.IGNORECASE)

_QUOTE_OPEN = frozenset("\"'“‘")
_QUOTE_CLOSE = frozenset("\"'”’")


def _quoted_word(text: str, start: int, end: int) -> bool:
    """Whether the candidate is one word in quotes: a title, the song 'Yesterday', the film "1917"."""
    return (start > 0 and text[start - 1] in _QUOTE_OPEN and " " not in text[start:end]
            and (text[end:end + 1] in _QUOTE_CLOSE or text[end:end + 1] in ",." and text[end + 1:end + 2] in _QUOTE_CLOSE))  # '"2012," the film'


def _begins_compound(text: str, end: int) -> bool:
    """Whether the expression ending at ``end`` begins a compound word: "The 1960s-set drama"."""
    return text.startswith("-", end) and text[end + 1:end + 2].isalpha()


def _without_determiner(text: str, start: int, end: int) -> int:
    """Where the expression starts once a determiner of the noun it modifies is left out: in "the
    14-day strike" the time expression is "14-day", the determiner belongs to "strike", and so do
    the words before it ("Under the three-year plan", "at the end of the two-year course")."""
    if _begins_compound(text, end):  # "The 1960s-set drama": the determiner is the drama's
        det = _DETERMINER.match(text, start, end)
        return det.end() if det else start
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
    original = text
    if not text.isascii():
        text = text.translate(_MATCH_FORM)  # same length: offsets carry over
    grammar = _compiled()
    rules, vetoes = grammar.rules, grammar.vetoes
    candidates = _candidates(text, grammar)
    candidates.sort()  # longest first, then leftmost, then rule order
    chosen: list[Mention] = []
    occupied = bytearray(len(text) + 1)
    for neglen, start, order, m in candidates:
        end = start - neglen
        if occupied.find(1, start, end) >= 0:
            continue
        veto = vetoes[order]
        if veto is not None and veto(text, start):
            continue
        name, type_, regex = rules[order]
        if (that := _COMPLEMENTIZER.match(text, start)) and _AFTER_REPORTING.search(text, max(0, start - 20), start):
            # "warned that Christmas gatherings ...": "that" opens the clause, it is no "that Christmas"
            without = regex.match(text, that.end())
            if without is not None and without.end() == end:
                m, start = without, without.start()
        groups = (m or regex.match(text, start)).groupdict()  # type: ignore[union-attr]
        if not acceptable(name, groups, text, start) or _quoted_word(text, start, end):
            continue
        meaning = read_meaning(name, type_, groups)
        if meaning is None:
            continue
        occupied[start:end] = b"\x01" * (end - start)
        if text.find("-", start, end) >= 0 or _begins_compound(text, end):  # "the 14-day strike", "The 1960s-set drama"
            adjective = _without_determiner(text, start, end)
            if adjective > start and meaning.mod is not None:
                meaning = evolve(meaning, mod=None)  # the modifier was of the noun's phrase
            start = adjective
        chosen.append(Mention(start, end, original[start:end], meaning))  # type: ignore[arg-type]
    chosen.sort(key=attrgetter("start"))
    return chosen
