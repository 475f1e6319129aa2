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
from functools import lru_cache
from itertools import groupby
from typing import Any, Callable, Optional

from attrs import frozen

from .grammar import en
from .meaning import Meaning, acceptable, read_meaning

__all__ = ["Meaning", "Mention", "tag"]

# characters that may not touch a time expression on the left ("G20", "2+2", "$1998", "13/13/2013")
_LEFT_BOUNDARY = r"(?<![\w+$£€#/@&])(?<![\d][.,:])"
_RIGHT_BOUNDARY = r"(?![\w+@&])(?![.,][0-9])(?!-[^\W\d_])"


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
    return _trie(sorted(keys), 0, en.ABBREVIATED, lambda char: r"\s+" if char == " " else re.escape(char))


def _trie(keys: list[str], depth: int, dotted: Any, char: Callable[[str], str]) -> str:
    """The sorted ``keys``, which share their first ``depth`` characters, from ``depth`` on."""
    if not keys:
        return "(?!)"
    branches = [
        char(first) + _trie(list(group), depth + 1, dotted, char)
        for first, group in groupby((k for k in keys if len(k) > depth), key=lambda k: k[depth])
    ]
    if len(keys[0]) == depth:  # a key ends here: tried after the longer keys
        branches.append(r"\.?" if keys[0] in dotted else "")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


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

    expanded = re.sub(r"\{([A-Z][A-Z0-9_]*)\}", macro, pattern)
    return expanded.replace(" ", r"\s+").replace(r"\s+?", r"\s?").replace(r"\s+*", r"\s*")


# --- finding candidates ---------------------------------------------------------------------
# Every match of a rule contains one of its trigger words and begins with one of its *first
# tokens* (a word, a number or a character), which :func:`_first_tokens` reads off the rule's
# regular expression. One scan of the text finds both kinds of tokens; a rule is then matched
# only where one of its first tokens stands at most _WINDOW characters before one of its
# triggers. Rules with the same triggers form a *family*, matched at one place by one regex.

_STOP_WORDS = frozenset({"the", "a", "an", "of", "in", "at", "as", "to", "so", "that", "this", "more", "most", "is"})
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_WINDOW = 60  # characters from the start of a match to a trigger word in it
_NUMBER = "0"  # the first token of a match that begins with a digit
# lower case for ASCII letters and for the letters that match them when case is ignored (İ ı ſ K)
_FOLD = str.maketrans({**{c: c.lower() for c in string.ascii_uppercase}, **dict(zip("\u0130\u0131\u017f\u212a", "iisk"))})
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")

#: a regex that tells which of some rules match at one place, and (group, rule index) for each
_Scanner = tuple[Any, tuple[tuple[int, int], ...]]
#: the rules a token may start, by family, and the families it triggers
_Token = tuple[dict[int, _Scanner], frozenset[int]]


@frozen
class _Grammar:
    rules: list[tuple[str, str, "re.Pattern[str]"]]  # (name, type, regex) in grammar order
    vetoes: dict[str, list["re.Pattern[str]"]]  # rule name -> the negative patterns for it
    finder: "re.Pattern[str]"  # in folded text: a non-letter, then a token of ``words`` or a number
    words: dict[str, _Token]
    numbers: tuple[_Token, _Token]  # a number; a four-digit number from 1000 to 2099
    unlisted: dict[int, tuple[int, ...]]  # family -> its rules whose first tokens are unknown


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
    rules, bodies, keys, firsts = [], [], [], []
    for name, type_, trigger, pattern in en.RULES:
        body = "(?:" + _expand(pattern) + ")"
        rules.append((name, type_, re.compile(_LEFT_BOUNDARY + body + _RIGHT_BOUNDARY, re.IGNORECASE)))
        bodies.append(body + _RIGHT_BOUNDARY)
        items = trigger.split()
        words = frozenset(w for item in items for w in _trigger_words(item))
        keys.append((words, "DIGIT" in items, "DIGIT" in items or "YEAR4" in items))
        firsts.append(_first_tokens(body))
    families = [tuple(i for i, k in enumerate(keys) if k == key) for key in dict.fromkeys(keys)]
    scanners: dict[tuple[int, ...], _Scanner] = {}

    def starting(token: str) -> dict[int, _Scanner]:
        found = {}
        for family, members in enumerate(families):
            able = tuple(i for i in members if firsts[i] is not None and token in firsts[i])  # type: ignore[operator]
            if able:
                if able not in scanners:
                    scanners[able] = _scanner(able, rules, bodies)
                found[family] = scanners[able]
        return found

    def triggered(fires: Callable[[tuple[frozenset[str], bool, bool]], bool]) -> frozenset[int]:
        return frozenset(f for f, members in enumerate(families) if fires(keys[members[0]]))

    tokens = {t for f in firsts for t in f or ()} | {w for k in keys for w in k[0]}
    words = {t: (starting(t), triggered(lambda k: t in k[0])) for t in tokens if t != _NUMBER}
    numbers = ((starting(_NUMBER), triggered(lambda k: k[1])), (starting(_NUMBER), triggered(lambda k: k[2])))
    letters = sorted(t for t in words if t.isalpha())
    others = "".join("|" + re.escape(t) for t in sorted(words) if not t.isalpha())
    # the token is looked at, not taken, so that it may stand before the next one ("'90s")
    finder = re.compile(r"[^a-z](?=((?<!\d)\d+|" + _trie(letters, 0, (), re.escape) + r"(?![^\W\d_])" + others + "))")
    vetoes = {name: [re.compile(_expand(p), re.IGNORECASE) for scope, p in en.NEGATIVE
                     if name in scope.split() or "*" in scope.split()] for name, _, _ in rules}
    unlisted = {f: tuple(i for i in members if firsts[i] is None) for f, members in enumerate(families)}
    return _Grammar(rules, vetoes, finder, words, numbers, {f: r for f, r in unlisted.items() if r})


def _scanner(members: tuple[int, ...], rules: list[tuple[str, str, "re.Pattern[str]"]], bodies: list[str]) -> _Scanner:
    """A regex that matches (empty) where one of ``members`` matches; group ``k`` holds the
    match of the ``k``-th (a lone rule is its own regex)."""
    if len(members) == 1:
        return rules[members[0]][2], ((0, members[0]),)
    tries = "".join("(?=(" + _NAMED_GROUP.sub("(?:", bodies[i]) + "))?" for i in members)
    fail = "(?!)"
    for group in range(len(members), 0, -1):
        fail = f"(?({group})|{fail})"
    return _Lazy(_LEFT_BOUNDARY + tries + fail), tuple(enumerate(members, 1))


class _Lazy:
    """A case-insensitive regex compiled when first used (most texts need few of them)."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern

    def match(self, text: str, pos: int) -> "Optional[re.Match[str]]":
        self.match = re.compile(self.pattern, re.IGNORECASE).match  # type: ignore[method-assign]
        return self.match(text, pos)


def _candidates(text: str, grammar: _Grammar) -> list[tuple[int, int, int, str, str, "Optional[re.Match[str]]"]]:
    """Every rule's matches near its triggers, as ``(start, -length, rule index, name, type,
    match or None)``; like ``finditer``, a rule's matches do not overlap."""
    plain = text.isascii()
    folded = " " + (text.lower() if plain else text.translate(_FOLD))
    words, numbers = grammar.words, grammar.numbers
    starts: list[int] = []  # where a rule may start, and (in ``ables``) which
    ables: list[dict[int, _Scanner]] = []
    first = 0  # the first start within reach of the current trigger
    done: dict[int, int] = {}  # family -> the starts seen when it was last triggered
    tries: dict[int, tuple[list[int], list[_Scanner]]] = {}  # family -> starts to try it at, and how
    windows: dict[int, list[tuple[int, int]]] = {}  # family -> stretches, for rules without first tokens
    for at, token in [(m.start(), m.group(1)) for m in grammar.finder.finditer(folded)]:
        if not plain and folded[at].isalpha():
            continue  # a word that only ends like one: "émay"
        if token[0].isdigit():
            able, fired = numbers[len(token) == 4 and "1000" <= token <= "2099"]
        else:
            able, fired = words[token]
        if able:
            starts.append(at)
            ables.append(able)
        if not fired:
            continue
        reach = at - _WINDOW
        while first < len(starts) and starts[first] < reach:
            first += 1
        for family in fired:
            new = max(first, done.get(family, 0))
            if new < len(starts):
                positions, scanners = tries.setdefault(family, ([], []))
                for start, able in zip(starts[new:], ables[new:]):
                    if family in able:
                        positions.append(start)
                        scanners.append(able[family])
            done[family] = len(starts)
        for family in fired.intersection(grammar.unlisted):
            stretches = windows.setdefault(family, [])
            lo, hi = max(0, reach), min(len(text), at + len(token) + _WINDOW)
            if stretches and lo <= stretches[-1][1]:
                stretches[-1] = (stretches[-1][0], hi)
            else:
                stretches.append((lo, hi))
    found = []
    resume: dict[int, int] = {}  # rule -> where its next match may start
    rules = grammar.rules
    for positions, scanners in tries.values():
        for start, (regex, groups) in zip(positions, scanners):
            m = regex.match(text, start)
            if m is None:
                continue
            for group, order in groups:
                end = m.end(group)
                if end > start >= resume.get(order, 0):
                    resume[order] = end
                    name, type_, _ = rules[order]
                    found.append((start, start - end, order, name, type_, m if group == 0 else None))
    for family, stretches in windows.items():
        for order in grammar.unlisted[family]:
            name, type_, regex = rules[order]
            seen = -1
            for lo, hi in stretches:
                for windowed in regex.finditer(text, lo, hi):
                    # match again on the whole text: a window edge must not cut or end a match
                    m = regex.match(text, windowed.start())
                    if m is not None and m.end() > m.start() > seen:
                        seen = m.start()
                        found.append((m.start(), m.start() - m.end(), order, name, type_, m))
    return found


# --- first tokens -----------------------------------------------------------------------------
# Read off the parsed regular expression (the standard library's parser is private: anything
# unexpected means "unknown", and the rule is then scanned for near its triggers instead).
try:
    from re import _constants as _sre, _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python < 3.11
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]


class _Unknown(Exception):
    pass


_AFTER_REPEAT = (None, None)  # what follows one repetition: another one, or the rest


def _first_tokens(pattern: str) -> Optional[frozenset[str]]:
    """The first tokens of the matches of ``pattern`` (case-insensitive): their first word in
    lower case, ``"0"`` for a number, or their first character; None if they cannot be listed.

    >>> sorted(_first_tokens(r"(?:the )?(?:last|next)\\s+(?:week|year)|\\d+ days"))
    ['0', 'last', 'next', 'the']
    """
    try:
        return frozenset(_firsts(list(_sre_parse.parse(pattern, re.IGNORECASE)), ""))
    except (_Unknown, RecursionError):
        return None
    except Exception:  # noqa: BLE001 - a private parser: never let it break tagging
        return None


def _firsts(items: list[Any], word: str) -> set[str]:
    """The first tokens of the sequence ``items`` when ``word`` (letters) is already matched."""
    if not items:
        if word:
            return {word}
        raise _Unknown  # an empty match, or a word that may go on
    (op, av), rest = items[0], items[1:]
    if op is _sre.LITERAL:
        return _after(chr(av), rest, word)
    if op is _sre.IN:
        if word and not any(_may_be_letter(o, a) for o, a in av):
            return {word}
        found: set[str] = set()
        for char in _class_chars(av):
            found |= _after(char, rest, word)
        return found
    if op is _sre.BRANCH:
        return set().union(*(_firsts(list(branch) + rest, word) for branch in av[1]))
    if op is _sre.SUBPATTERN:
        return _firsts(list(av[-1]) + rest, word)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        least, most, body = av
        found = _firsts(rest, word) if least == 0 else set()
        return found | _firsts(list(body) + (rest if most == 1 else [_AFTER_REPEAT]), word)
    if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
        return _firsts(rest, word)
    raise _Unknown


def _after(char: str, rest: list[Any], word: str) -> set[str]:
    char = char.translate(_FOLD)
    if char.isascii() and char.isalpha():
        return _firsts(rest, word + char)
    if char.isalpha() or len(word) > 40:
        raise _Unknown
    if word:
        return {word}
    return {_NUMBER} if char.isdigit() else {char}


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


def _may_be_letter(op: Any, arg: Any) -> bool:
    if op is _sre.LITERAL:
        return chr(arg).isalpha()
    if op is _sre.RANGE:
        return any(chr(c).isalpha() for c in range(arg[0], min(arg[1], 0x2FF) + 1)) or arg[1] > 0x2FF
    if op is _sre.CATEGORY:
        return arg not in (_sre.CATEGORY_DIGIT, _sre.CATEGORY_UNI_DIGIT, _sre.CATEGORY_SPACE,
                           _sre.CATEGORY_UNI_SPACE, _sre.CATEGORY_NOT_WORD, _sre.CATEGORY_UNI_NOT_WORD)
    return True


#: typography matched as its plain form, one character for one so that offsets stay those of the
#: text: full-width digits, dashes, non-breaking and thin spaces, curly apostrophes
_MATCH_FORM = str.maketrans({
    **{chr(0xFF10 + d): str(d) for d in range(10)},
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u2002": " ", "\u2003": " ",
    "\u2019": "'", "\u2018": "'", "\u02bc": "'",
})

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
    original, text = text, text.translate(_MATCH_FORM)  # same length: offsets carry over
    grammar = _compiled()
    candidates = _candidates(text, grammar)
    candidates.sort(key=lambda c: (c[1], c[0], c[2]))  # longest first, then leftmost, then rule order
    chosen: list[Mention] = []
    occupied = bytearray(len(text) + 1)
    for start, neglen, order, name, type_, m in candidates:
        end = start - neglen
        if any(occupied[start:end]):
            continue
        if any(veto.match(text, start) for veto in grammar.vetoes[name]):
            continue
        groups = (m or grammar.rules[order][2].match(text, start)).groupdict()  # type: ignore[union-attr]
        if not acceptable(name, groups, text, start):
            continue
        meaning = read_meaning(name, type_, groups)
        if meaning is None:
            continue
        occupied[start:end] = b"\x01" * (end - start)
        start = _without_determiner(text, start, end)
        chosen.append(Mention(start, end, original[start:end], meaning))
    chosen.sort(key=lambda mention: mention.start)
    return chosen
