"""Sentences, clauses, tense cues and event labels of a text, with character offsets.

A :class:`Document` splits its text once into sentences that partition it (each sentence keeps
the white space after it), and analyses a sentence the first time it is asked about. The English
it knows is in :mod:`chronos.grammar.en_cues`; this module is the engine. Everything is linear in
the length of the text.

>>> doc = Document("A previous similar meeting was held in November 2013. Tokyo will host talks on March 20.")
>>> doc.sentences
[(0, 54), (54, 88)]
>>> doc.tense_at(39, 52), doc.tense_at(79, 87)
('past', 'future')
>>> doc.label_for(39, 52)
'previous similar meeting was held'
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_left, bisect_right
from functools import cached_property
from itertools import accumulate
from typing import Optional

from attrs import frozen

from .errors import ChronosError
from .grammar import en_cues as _cues

__all__ = ["Document", "TENSES"]

#: The values :meth:`Document.tense_at` returns, besides ``None``.
TENSES = ("past", "present", "future")


def _words(*tables: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for table in tables for w in table)


def _phrase_table() -> dict[tuple[str, ...], str]:
    table: dict[tuple[str, ...], str] = {}
    for tense, cues in (("future", _cues.FUTURE_CUES), ("past", _cues.PAST_CUES), ("present", _cues.PRESENT_CUES),
                        ("", _cues.NOT_CUES)):
        for cue in cues:
            table[tuple(cue.split())] = tense
    return table


_PHRASES = _phrase_table()  # words -> tense; "" for phrases that are not cues
_PHRASE_STARTS = frozenset(key[0] for key in _PHRASES)
_PHRASE_SIZES = {w: sorted({len(k) for k in _PHRASES if k[0] == w}, reverse=True) for w in _PHRASE_STARTS}
_SUFFIXES = _cues.CUE_SUFFIXES
_TITLES = frozenset(_cues.TITLE_ABBREVIATIONS)
_ABBREVIATIONS = frozenset(_cues.ABBREVIATIONS)
_STARTERS = frozenset(_cues.SENTENCE_STARTERS)
_CONTINUATION = frozenset(_cues.LINE_CONTINUATION_WORDS)
_IRREGULAR = frozenset(_cues.IRREGULAR_PAST)
_AUX = frozenset(_cues.AUXILIARIES)
_PERFECT = frozenset(_cues.PERFECT_AUXILIARIES)
_ADVERBS = frozenset(_cues.GROUP_ADVERBS)
_ED_NOT_PAST = frozenset(_cues.ED_NOT_PAST)
_EED_PAST = frozenset(_cues.EED_PAST)
_SUBJECTS = frozenset(_cues.SINGULAR_SUBJECTS)
_S_NOT_VERBS = frozenset(_cues.S_NOT_VERBS)
_ADJECTIVE_BEFORE = _words(_cues.DETERMINERS, _cues.POSSESSIVES, _cues.PREPOSITIONS)
_SUBORDINATORS = frozenset(_cues.SUBORDINATORS)
_COMMA_SUBORDINATORS = frozenset(_cues.COMMA_SUBORDINATORS)
_OPENERS = frozenset(_cues.CLAUSE_OPENERS)
_REPORTING = frozenset(_cues.REPORTING_VERBS)
_RELATIVES = frozenset(_cues.RELATIVE_PRONOUNS)
_CAUSE_FOLLOWERS = _words(_cues.DETERMINERS, _cues.POSSESSIVES)
_TRIM = frozenset(_cues.LABEL_TRIM_WORDS)
_LEAD = frozenset(_cues.EXPRESSION_LEAD_WORDS)
_PHRASE_END = _words(_cues.PREPOSITIONS, _cues.CONJUNCTIONS, _cues.SUBORDINATORS, _cues.COMMA_SUBORDINATORS)
_CUT_BEFORE = _words(_cues.PREPOSITIONS, ("which", "who", "that", "where", "when", "while", "because"))
_MAY_CUE = _PHRASE_STARTS | _IRREGULAR  # besides words in -s and -ed and with an apostrophe
_MAY_OPEN_CLAUSE = _SUBORDINATORS | _COMMA_SUBORDINATORS | {"that", "and", "or"}
_MAX = _cues.LABEL_MAX_CHARS
_WINDOW = 3 * _MAX  # labels look this far around the expression, in a long clause
_CLOSING = _cues.CLOSING_PUNCTUATION
_OPENING = _cues.OPENING_PUNCTUATION

# sentence breaks: a blank line (with the white space after it), a line break, terminal punctuation
# (each alternative starts with its own character, which lets the regex engine skip to them fast)
_BREAK = re.compile(r"\n[^\S\n]*\n\s*|\n" + "".join(
    rf"|{re.escape(c)}[.!?…]*(?=[{re.escape(_CLOSING)}]{{0,8}}\s)" for c in ".!?…"))  # not "3.5", "U.S.-Japan"
_SPACES = re.compile(r"\s*")
_NON_SPACE = re.compile(r"\S")
_INITIALS = re.compile(r"[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]")
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_WORD_SPLIT = re.compile("(" + _WORD.pattern + ")")
_CONTINUED_LINE = re.compile(r"[^\W\d_][^\S\n]*\n[^\S\n]*[a-z]")
_CLAUSE_MARK = re.compile(r"[;:](?=\s)|\s(?:--|[-–—])(?=\s)|—|[\"“”«»()]|``|''")
_QUOTES = re.compile(r"[\"“”«»]|``|''")
_WHITE = re.compile(r"\s+")
_SPACE_BEFORE_MARK = re.compile(r" ([,.;:!?%])")
_REPEATED_MARKS = re.compile(r"[,;:](?: ?[,;:.])+")
_EDGE = " ,.;:!?-–—'\"“”‘’«»([{*•·|"


@frozen
class _Cue:
    """A tense cue: the words ``first..last`` (token indices) at ``[start, end)``."""

    start: int
    end: int
    tense: str
    first: int


@frozen(eq=False)
class _Sentence:
    """One sentence's words, tense cues and clause boundaries."""

    start: int
    end: int
    starts: list[int]
    ends: list[int]
    words: list[str]  # lower case, straight apostrophes
    capitalized: list[bool]
    cues: list[_Cue]
    cue_starts: list[int]
    clause_starts: list[int]  # starts of the clauses after the first


class Document:
    """A text with its sentences, clauses, tense cues and event labels.

    ``sentences`` partition the text: the first starts at 0, each ends where the next begins
    (the white space after a sentence belongs to it), the last ends at ``len(text)``.

    >>> doc = Document("MOSCOW, March 17. /TASS/. Mr. Lavrov met the U.S. envoy. He left.")
    >>> [doc.text[s:e] for s, e in doc.sentences]
    ['MOSCOW, March 17. /TASS/. ', 'Mr. Lavrov met the U.S. envoy. ', 'He left.']
    """

    def __init__(self, text: str) -> None:
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        self.text = text
        self._analysed: dict[int, _Sentence] = {}

    def __repr__(self) -> str:
        head = self.text[:40] + ("..." if len(self.text) > 40 else "")
        return f"Document({head!r}, {len(self.sentences)} sentences)"

    # --- sentences and clauses ------------------------------------------------------------------
    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """The ``(start, end)`` of each sentence, in order, covering the whole text."""
        return _split_sentences(self.text)

    @cached_property
    def _starts(self) -> list[int]:
        return [start for start, _ in self.sentences]

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence containing the character at ``pos`` (``len(text)`` gives the last one).

        >>> Document("It rained. Talks resume on March 20.").sentence_at(20)
        (11, 36)
        """
        pos = self._position("pos", pos)
        return self.sentences[bisect_right(self._starts, pos) - 1]

    def clause_at(self, pos: int) -> tuple[int, int]:
        """The clause containing ``pos``: a part of its sentence cut at ``;``, dashes, quotes,
        brackets, subordinating conjunctions, "that" after a verb of saying, and a trailing
        ", X said".

        >>> doc = Document("Peskov said that the talks will resume on March 20.")
        >>> start, end = doc.clause_at(40)
        >>> doc.text[start:end]
        'that the talks will resume on March 20.'
        """
        sentence = self._sentence(self._position("pos", pos))
        i = bisect_right(sentence.clause_starts, pos)
        start = sentence.clause_starts[i - 1] if i else sentence.start
        end = sentence.clause_starts[i] if i < len(sentence.clause_starts) else sentence.end
        return start, end

    # --- tense ----------------------------------------------------------------------------------
    def tense_at(self, start: int, end: int) -> Optional[str]:
        """The tense of the clause governing the expression at ``[start, end)``: ``"past"``,
        ``"present"``, ``"future"`` or ``None`` when nothing tells.

        The verb cue nearest before the expression in its clause decides, else the nearest after
        it; when the clause has none, the sentence's. Cues inside the expression do not count.

        >>> text = "Morgulov said talks are due to be held on March 20. In 2015, missiles were put there."
        >>> doc = Document(text)
        >>> doc.tense_at(text.index("March"), text.index("March") + 8), doc.tense_at(55, 59)
        ('future', 'past')
        """
        start, end = self._span(start, end)
        sentence = self._sentence(start)
        cue = self._attached_cue(sentence, start, end, self.clause_at(start))
        if cue is None:
            cue = self._attached_cue(sentence, start, end, (sentence.start, sentence.end))
        return cue.tense if cue is not None else None

    # --- labels ---------------------------------------------------------------------------------
    def label_for(self, start: int, end: int) -> str:
        """A short phrase (at most 80 characters, in the text's words) saying what happened at
        the expression ``[start, end)``: its clause without the expression, connectives and
        leading determiners. Never empty.

        >>> text = ("Last year, Russia deployed its Bastion and Bal coastal missile systems "
        ...         "to the southern Kuril Islands.")
        >>> Document(text).label_for(0, 9)
        'Russia deployed its Bastion and Bal coastal missile systems'
        """
        start, end = self._span(start, end)
        if start == end:
            raise ChronosError(f"label_for({start}, {end}): the expression is empty")
        sentence = self._sentence(start)
        region = self.clause_at(start)
        cue = self._attached_cue(sentence, start, end, region)
        if cue is None:
            region = (sentence.start, sentence.end)
            cue = self._attached_cue(sentence, start, end, region)
        else:
            region = self._extend_reported(sentence, region)
        lo, hi = max(region[0], start - _WINDOW), min(region[1], end + _WINDOW)
        segments = [(lo, self._lead_start(sentence, start, lo)), (end, hi)]
        k = bisect_left(sentence.starts, lo)
        if k < len(sentence.words) and sentence.words[k] in _RELATIVES and sentence.starts[k] < start:
            noun = self._noun_phrase_before(sentence, k, sentence.start, start, end, gap=" ,")
            if noun < sentence.starts[k]:  # "talks, which were held" -> "talks were held"
                segments.insert(0, (noun, self.text.rfind(",", noun, sentence.starts[k])))
        label = self._compose(segments)
        if len(label) > _MAX and cue is not None:
            label = self._compose(self._around_verb(sentence, segments, cue, lo, start, end))
        label = _shorten(label)
        if not label:
            label = _shorten(self._compose([(sentence.start, min(sentence.end, sentence.start + 400))]))
        return label or self.text[start:end].strip()[:_MAX] or self.text[start:end][:_MAX]

    # --- internals ------------------------------------------------------------------------------
    def _position(self, name: str, value: int) -> int:
        try:
            value = operator.index(value)
        except TypeError:
            raise TypeError(f"{name} must be int, not {type(value).__name__}") from None
        if not 0 <= value <= len(self.text):
            raise ChronosError(f"{name} {value!r} is outside the text (0..{len(self.text)})")
        return value

    def _span(self, start: int, end: int) -> tuple[int, int]:
        start, end = self._position("start", start), self._position("end", end)
        if end < start:
            raise ChronosError(f"span ({start}, {end}) ends before it starts")
        return start, end

    def _sentence(self, pos: int) -> _Sentence:
        index = bisect_right(self._starts, pos) - 1
        sentence = self._analysed.get(index)
        if sentence is None:
            sentence = self._analysed[index] = _analyse(self.text, *self.sentences[index])
        return sentence

    def _attached_cue(self, sentence: _Sentence, start: int, end: int, region: tuple[int, int]) -> Optional[_Cue]:
        """The cue nearest before ``[start, end)`` within ``region``, else the nearest after; a cue
        right after the expression beats one that is words away before it ("the court Thursday
        refused")."""
        cues, lo, hi = sentence.cues, region[0], region[1]
        before = after = None
        i = bisect_right(sentence.cue_starts, start) - 1
        while i >= 0 and cues[i].start >= lo:
            if cues[i].end <= start:
                before = cues[i]
                break
            i -= 1
        i = bisect_left(sentence.cue_starts, end)
        if i < len(cues) and cues[i].start < hi:
            after = cues[i]
        if before is None or (after is not None and _adjacent(self.text, end, after.start)
                              and not _adjacent(self.text, before.end, start)):
            return after
        return before

    def _extend_reported(self, sentence: _Sentence, region: tuple[int, int]) -> tuple[int, int]:
        """A clause ending in a verb of saying takes in the clause it reports."""
        starts = sentence.clause_starts
        i = bisect_left(starts, region[1])
        if i >= len(starts) or starts[i] != region[1]:
            return region
        k = bisect_left(sentence.starts, region[1])
        before = sentence.words[k - 1] if k > 0 and sentence.starts[k - 1] >= region[0] else ""
        following = sentence.words[k] if k < len(sentence.words) else ""
        if before in _REPORTING or following == "that":
            return region[0], starts[i + 1] if i + 1 < len(starts) else sentence.end
        return region

    def _lead_start(self, sentence: _Sentence, start: int, lo: int) -> int:
        """Where the words leading into the expression ("was held in", "as early as") begin."""
        k = bisect_left(sentence.starts, start) - 1
        cut, taken = start, 0
        while k >= 0 and taken < 3 and sentence.starts[k] >= lo and sentence.words[k] in _LEAD:
            if not self.text[sentence.ends[k]:cut].isspace():
                break
            cut, k, taken = sentence.starts[k], k - 1, taken + 1
        return cut

    def _around_verb(self, sentence: _Sentence, segments: list[tuple[int, int]], cue: _Cue,
                     lo: int, start: int, end: int) -> list[tuple[int, int]]:
        """For a long clause: the noun phrase before a subordinate verb ("meeting due to be held"),
        or the head of the subject before the main verb ("decision was made")."""
        i = bisect_left(sentence.cue_starts, lo)
        while i < len(sentence.cues) and start < sentence.cues[i].end and sentence.cues[i].start < end:
            i += 1  # a cue inside the expression
        if i < len(sentence.cues) and cue is not sentence.cues[i]:
            return _clip(segments, self._noun_phrase_before(sentence, cue.first, lo, start, end))
        if len(self._compose([(a, min(b, cue.start)) for a, b in segments])) <= _MAX // 2:
            return segments
        verb = _clip(segments, cue.start)
        name = self._noun_phrase_before(sentence, cue.first, lo, start, end, gap=" ,")
        names = range(bisect_left(sentence.starts, name), cue.first)
        if names and self.text[sentence.ends[names[-1]]:cue.start].strip() == "," \
                and all(sentence.capitalized[k] for k in names):  # "Spokesman, Dmitry Peskov, said"
            return [(name, sentence.ends[names[-1]])] + verb
        head: list[int] = []
        k = bisect_left(sentence.starts, lo)
        while k < cue.first and len(head) < 5:
            inside = start < sentence.ends[k] and sentence.starts[k] < end
            if not head and (inside or sentence.words[k] in _TRIM):
                k += 1
                continue
            apart = bool(head) and not self.text[sentence.ends[head[-1]]:sentence.starts[k]].isspace()
            if inside or apart or sentence.words[k] in _PHRASE_END:
                break
            head.append(k)
            k += 1
        if not head:
            return verb
        return [(sentence.starts[head[0]], sentence.ends[head[-1]])] + verb

    def _noun_phrase_before(self, sentence: _Sentence, k: int, lo: int, start: int, end: int,
                            gap: Optional[str] = None) -> int:
        """Where the (up to 4) words before word ``k`` that name a thing begin: they stop at a
        preposition, a conjunction, punctuation or the expression; ``gap`` is the characters
        that may stand between them and word ``k`` (white space by default)."""
        begin = sentence.starts[k]
        i = k - 1
        while i >= 0 and k - i <= 4 and sentence.starts[i] >= lo and sentence.words[i] not in _PHRASE_END \
                and not self.text[sentence.ends[i]:begin].strip(gap if i == k - 1 else None) \
                and not (start < sentence.ends[i] and sentence.starts[i] < end):
            begin, i = sentence.starts[i], i - 1
        return begin

    def _compose(self, segments: list[tuple[int, int]]) -> str:
        text = " ".join(self.text[a:b] for a, b in segments if a < b)
        text = _WHITE.sub(" ", _QUOTES.sub(" ", text)).strip()
        text = _SPACE_BEFORE_MARK.sub(r"\1", text)
        return _REPEATED_MARKS.sub(lambda m: m.group()[0], text)


def _adjacent(text: str, a: int, b: int) -> bool:
    """Whether only white space stands between ``a`` and ``b``."""
    return b - a < 20 and text[a:b].strip() == ""


def _clip(segments: list[tuple[int, int]], begin: int) -> list[tuple[int, int]]:
    return [(max(a, begin), b) for a, b in segments if b > begin]


def _trim(label: str) -> str:
    """Drop edge punctuation and edge connectives, prepositions and determiners."""
    while True:
        before = label
        label = label.strip(_EDGE)
        if label.endswith((")", "]")) and label.count("(") + label.count("[") < label.count(")") + label.count("]"):
            label = label[:-1]
        head, _, rest = label.partition(" ")
        if rest and head.lower().strip(_EDGE) in _TRIM:
            label = rest
        rest, _, tail = label.rpartition(" ")
        if rest and tail.lower().strip(_EDGE) in _TRIM:
            label = rest
        if label == before:
            return label


def _shorten(label: str) -> str:
    """Trim, then cut to :data:`~chronos.grammar.en_cues.LABEL_MAX_CHARS` at a word boundary,
    backing off to a preposition or comma in the second half."""
    label = _trim(label)
    if len(label) <= _MAX:
        return label
    cut = label.rfind(" ", 0, _MAX + 1)
    if cut <= 0:
        return label[:_MAX]
    label = label[:cut]
    i = len(label)
    while i > _MAX // 2:
        i = max(label.rfind(" ", 0, i), label.rfind(",", 0, i))
        if i >= _MAX // 2 and (label[i] == "," or label[i + 1:].partition(" ")[0].lower() in _CUT_BEFORE):
            label = label[:i]
            break
    return _trim(label)


# --- sentence splitting ---------------------------------------------------------------------------
def _split_sentences(text: str) -> list[tuple[int, int]]:
    n = len(text)
    splits: list[int] = []
    last = 0
    lines = _LineShape(text)
    for m in _BREAK.finditer(text):
        if m.group()[0] != "\n":
            p = _period_break(text, m.start(), m.end())
        elif m.end() - m.start() > 1:
            p = m.end()  # a blank line
        else:
            p = _line_break(text, m.start(), lines)
        if p is not None and last < p < n and _NON_SPACE.search(text, last, p):
            splits.append(p)
            last = p
    bounds = [0] + splits + [n]
    return list(zip(bounds, bounds[1:]))


def _period_break(text: str, i: int, j: int) -> Optional[int]:
    """Where the next sentence starts after the terminal punctuation ``text[i:j]``, if it does."""
    n = len(text)
    k = j
    while k < n and k - j < 8 and text[k] in _CLOSING:
        k += 1
    if k < n and not text[k].isspace():
        return None  # "3.5", "U.S.-Japan"
    p = _SPACES.match(text, k).end()
    q = p
    while q < n and q - p < 4 and text[q] in _OPENING:
        q += 1
    if q >= n or text[q].islower():
        return None
    if not (text[q].isalnum() or "\n" in text[k:p]):
        return None  # "March 17. /TASS/."
    if text[i:j] != ".":
        return p
    b = i
    while b > 0 and i - b < 40 and not text[b - 1].isspace():
        b -= 1
    token = text[b:i].lstrip(_OPENING)
    if token + "." in _TITLES:
        return None
    if token + "." in _ABBREVIATIONS or _INITIALS.fullmatch(token):
        word = _WORD.match(text, q)
        return p if word is not None and word.group() in _STARTERS else None
    return p


class _LineShape:
    """Whether a text is hard-wrapped (lines that continue in lower case), and its longest line."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def wrapped(self) -> bool:
        found = _CONTINUED_LINE.finditer(self.text)
        return next(found, None) is not None and next(found, None) is not None

    @cached_property
    def longest(self) -> int:
        return max(len(line) for line in self.text.split("\n"))


def _line_break(text: str, nl: int, lines: _LineShape) -> Optional[int]:
    """A single line break ends a sentence when the line before has no terminal punctuation and
    the next line starts with a capital or a symbol (headlines, captions)."""
    n = len(text)
    k = nl
    while k > 0 and text[k - 1] != "\n" and text[k - 1].isspace():
        k -= 1
    if k == 0 or text[k - 1] == "\n":
        return None
    end = k
    while end > 0 and k - end < 4 and text[end - 1] in _CLOSING:
        end -= 1
    if end > 0 and text[end - 1] in ".!?…":
        return None  # the punctuation decides
    if text[k - 1] in ",;:-–—/&+(":
        return None
    p = nl + 1
    while p < n and text[p] != "\n" and text[p].isspace():
        p += 1
    if p >= n or text[p] == "\n" or text[p].islower() or text[p].isdigit() or text[p] in ",;:.)]}%":
        return None
    b = k
    while b > 0 and k - b < 30 and not text[b - 1].isspace():
        b -= 1
    if text[b:k].strip(_EDGE).lower() in _CONTINUATION:
        return None
    if lines.wrapped:
        line_start = text.rfind("\n", 0, nl) + 1
        if nl - line_start >= 0.6 * lines.longest:
            return None
    return p


# --- one sentence: words, cues, clauses -----------------------------------------------------------
def _analyse(text: str, start: int, end: int) -> _Sentence:
    pieces = _WORD_SPLIT.split(text[start:end])  # white space and punctuation, word, ..., word, punctuation
    raw = pieces[1::2]
    n = len(raw)
    offsets = list(accumulate(map(len, pieces), initial=start))
    starts, ends = offsets[1:2 * n:2], offsets[2::2]
    words = "\0".join(raw).lower().replace("’", "'").split("\0") if raw else []
    capitalized = [w[0].isupper() and not w.isupper() and not w.startswith(("I'", "I’")) for w in raw]
    gaps = pieces[0::2]  # gaps[k]: the text before word k
    joined = [gap.isspace() for gap in gaps[1:n]]
    cues = _find_cues(text, starts, ends, words, capitalized, joined)
    clauses = _clause_starts(text, start, end, starts, ends, words, capitalized, joined, gaps)
    return _Sentence(start, end, starts, ends, words, capitalized, cues, [c.start for c in cues], clauses)


def _is_participle(word: str) -> bool:
    if word in _IRREGULAR:
        return True
    return (len(word) >= 4 and word.endswith("ed") and "-" not in word and word not in _ED_NOT_PAST
            and (not word.endswith("eed") or word in _EED_PAST))


def _is_third_person(word: str) -> bool:
    return len(word) >= 3 and word[-1] == "s" and word[-2] not in "su'i" and word not in _S_NOT_VERBS


def _causal(words: list[str], capitalized: list[bool], i: int, size: int) -> bool:
    """Whether ``words[i:i + size]`` holds the "due" of "due to the crisis" (a cause, not a plan)."""
    for k in range(i, min(i + size, len(words) - 2)):
        if words[k] == "due" and words[k + 1] == "to" and (words[k + 2] in _CAUSE_FOLLOWERS or capitalized[k + 2]):
            return True
    return False


def _previous(k: int, words: list[str], joined: list[bool]) -> str:
    """The word before ``k`` in the same verb group, skipping adverbs ('' if none)."""
    for _ in range(3):
        if k == 0 or not joined[k - 1]:
            return ""
        k -= 1
        if words[k] not in _ADVERBS and not words[k].endswith("ly"):
            return words[k]
    return ""


def _opens(gap: str) -> bool:
    """Whether the text between two words starts a new phrase (a quote, a colon, a dash)."""
    return any(c in _OPENING or c in ":;—" for c in gap)


def _find_cues(text: str, starts: list[int], ends: list[int], words: list[str],
               capitalized: list[bool], joined: list[bool]) -> list[_Cue]:
    cues: list[_Cue] = []
    n = len(words)
    free = 0  # the first word not taken by a phrase
    # only these words can start a cue or a phrase; the others are passed over one by one
    for i in [k for k, w in enumerate(words) if w in _MAY_CUE or w[-1] == "s" or w.endswith("ed") or "'" in w]:
        if i < free:
            continue
        size, tense, word = 1, None, words[i]
        for size in _PHRASE_SIZES.get(word, ()):  # the longest phrase that is there and not cut
            found = _PHRASES.get(tuple(words[i:i + size])) if size <= n - i else None
            if found is not None and all(joined[i:i + size - 1]) and not _causal(words, capitalized, i, size):
                tense = found
                break
        if tense is None:
            size = 1
            suffix = next((s for s in _SUFFIXES if word.endswith(s) and len(word) > len(s)), "") if "'" in word else ""
            if suffix:
                tense = _SUFFIXES[suffix]
            elif _is_participle(word):
                tense = "past"
            elif _is_third_person(word) and _previous(i, words, joined) in _SUBJECTS:
                tense = "present"
        if not tense:
            free = i + size  # no cue, or words that only look like one ("next to")
            continue
        if capitalized[i] and i > 0 and not _opens(text[ends[i - 1]:starts[i]]):
            continue  # a name: "May", "United"
        if size == 1:
            before = _previous(i, words, joined)
            if before in _AUX or (before in _ADJECTIVE_BEFORE and _is_participle(word)):
                continue  # part of a verb group, an infinitive or an adjective
            if word in _PERFECT:
                k = i + 1
                while k < n and joined[k - 1] and (words[k] in _ADVERBS or words[k].endswith("ly")):
                    k += 1
                if k < n and joined[k - 1] and _is_participle(words[k]):
                    tense = "past"
        cues.append(_Cue(starts[i], ends[i + size - 1], tense, i))
        free = i + size
    return cues


def _clause_starts(text: str, start: int, end: int, starts: list[int], ends: list[int], words: list[str],
                   capitalized: list[bool], joined: list[bool], gaps: list[str]) -> list[int]:
    bounds = set()
    for m in _CLAUSE_MARK.finditer(text, start, end):
        mark = m.group()
        bounds.add(_SPACES.match(text, m.end()).end() if mark[0] in ";:—" or mark[-1] in "-–—" else m.start())
    n = len(words)
    for k in [k for k, w in enumerate(words) if w in _MAY_OPEN_CLAUSE]:
        word = words[k]
        comma = "," in gaps[k]
        if word in _SUBORDINATORS or (comma and word in _COMMA_SUBORDINATORS):
            bounds.add(starts[k])
            if comma and word in _RELATIVES:  # ", which was held in 2013, will ..."
                after = text.find(",", ends[k], end)
                if after >= 0:
                    bounds.add(_SPACES.match(text, after + 1).end())
        elif word == "that" and k + 1 < n and joined[k] and (
                (k and joined[k - 1] and words[k - 1] in _REPORTING)
                or words[k + 1] in _OPENERS or capitalized[k + 1]):
            bounds.add(starts[k])
        elif comma and word in ("and", "or") and k + 1 < n and words[k + 1] in _OPENERS:
            bounds.add(starts[k])
    tail = text.rfind(",", start, end)
    if tail >= 0:
        k = bisect_left(starts, tail)
        if 0 < n - k <= 6 and any(w in _REPORTING for w in words[k:]) and not text[ends[-1]:end].strip().strip(_EDGE):
            bounds.add(starts[k])
    return sorted(b for b in bounds if start < b < end)
