"""Sentences, clauses, tense cues and event labels of a text, with character offsets.

A :class:`Document` splits its text into sentences that partition it (each sentence keeps the
white space after it). Asked about a position, it finds the sentence around it by reading the text
near it only, and analyses that sentence (words, tense cues, clauses) the first time. The English
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
import string
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterator
from functools import cached_property
from itertools import accumulate, compress
from typing import Optional

from attrs import define

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
_MODALS = frozenset(_cues.MODALS)
_ADVERBS = frozenset(_cues.GROUP_ADVERBS)
_ED_NOT_PAST = frozenset(_cues.ED_NOT_PAST)
_EED_PAST = frozenset(_cues.EED_PAST)
_HYPHEN_VERB_PREFIXES = frozenset(_cues.HYPHEN_VERB_PREFIXES)
_SUBJECTS = frozenset(_cues.SINGULAR_SUBJECTS)
_S_NOT_VERBS = frozenset(_cues.S_NOT_VERBS)
_ADJECTIVE_BEFORE = _words(_cues.DETERMINERS, _cues.POSSESSIVES, _cues.PREPOSITIONS)
_PREPOSITIONS = frozenset(_cues.PREPOSITIONS)
_FLOATING = frozenset(_cues.FLOATING_QUANTIFIERS)
_DATE_PREPOSITIONS = frozenset(_cues.DATE_PREPOSITIONS)
_PRONOUNS = frozenset(_cues.SUBJECT_PRONOUNS)
_FLOATING_AFTER = frozenset(_cues.PLURAL_PRONOUNS)
_NOUN_BEFORE = _words(("the", "a", "an", "another", "every"), _cues.POSSESSIVES)  # not pronouns: "this was"
_NOUN_LIKE_PAST = frozenset(_cues.NOUN_LIKE_PAST)
_NOUN_CUES = frozenset(_cues.NOUN_CUES)
_SCHEDULE_PHRASE_HEADS = frozenset(_cues.SCHEDULE_PHRASE_HEADS)
_REDUCED = frozenset(_cues.REDUCED_CLAUSE_OPENERS)
_REDUCED_NEXT = frozenset(_cues.REDUCED_HABIT_WORDS)
_NAMING = frozenset(_cues.NAMING_PARTICIPLES)
_SUBORDINATORS = frozenset(_cues.SUBORDINATORS)
_COMMA_SUBORDINATORS = frozenset(_cues.COMMA_SUBORDINATORS)
_OPENERS = frozenset(_cues.CLAUSE_OPENERS)
_REPORTING = frozenset(_cues.REPORTING_VERBS)
_RELATIVES = frozenset(_cues.RELATIVE_PRONOUNS)
# after "that" and a participle, a word that makes "that" a relative pronoun ("the shutdown that
# ended in January", "the company that bought it"), not a determiner ("that proposed merger")
_RELATIVE_VERB_NEXT = _words(_cues.PREPOSITIONS, _cues.DETERMINERS, _cues.POSSESSIVES, _cues.SUBJECT_PRONOUNS, ("him", "them", "us", "me"))
_CAUSE_FOLLOWERS = _words(_cues.DETERMINERS, _cues.POSSESSIVES)
_TRIM = frozenset(_cues.LABEL_TRIM_WORDS)
_LEAD = frozenset(_cues.EXPRESSION_LEAD_WORDS)
_PHRASE_END = _words(_cues.PREPOSITIONS, _cues.CONJUNCTIONS, _cues.SUBORDINATORS, _cues.COMMA_SUBORDINATORS)
_CUT_BEFORE = _words(_cues.PREPOSITIONS, ("which", "who", "that", "where", "when", "while", "because"))
_MAY_OPEN_CLAUSE = _SUBORDINATORS | _COMMA_SUBORDINATORS | {"that", "and", "or"}
_MAX = _cues.LABEL_MAX_CHARS
_WINDOW = 3 * _MAX  # labels look this far around the expression, in a long clause
_CLOSING = _cues.CLOSING_PUNCTUATION
_OPENING = _cues.OPENING_PUNCTUATION
#: what may follow the verb of a closing attribution: "..., the club confirmed on Sunday."
_ATTRIBUTION_TAIL = re.compile(r"(?:on|in|at|late|early|last|this|yesterday|today|tonight|earlier|later)\b[^,;:]*", re.IGNORECASE)

# sentence breaks: a blank line (with the white space after it), a line break, terminal punctuation
# followed by white space, maybe with closing punctuation between: not "3.5", "U.S.-Japan". The
# group after the punctuation is the opening punctuation of the next sentence (each alternative
# starts with its own character, which lets the regex engine skip to them fast).
_BREAK = re.compile(r"\n[^\S\n]*\n\s*|\n" + "".join(
    rf"|{re.escape(c)}[.!?…]*(?=[{re.escape(_CLOSING)}]{{0,8}}\s+([{re.escape(_OPENING)}]{{0,4}}))" for c in ".!?…"))
# a character no break candidate contains or skips: not white space, terminal or closing punctuation
_SAFE = re.compile(rf"[^\s.!?…{re.escape(_CLOSING)}]")
_REACH = 128  # sentences are looked for from this far before a position, and further back as needed
# the last letter, and the last two letters, of a token that may be an abbreviation or an initial
# ("Mr.", "Sept.", "U.S.", "W."): initials end in a letter after a period or after no letter
_ABBREVIATION_ENDS = frozenset(string.ascii_letters) | {a[-2] for a in _TITLES | _ABBREVIATIONS}
_ABBREVIATION_TAILS = frozenset(a[-3:-1] for a in _TITLES | _ABBREVIATIONS if len(a) >= 3)
_SPACES = re.compile(r"\s*")
_NON_SPACE = re.compile(r"\S")
_INITIALS = re.compile(r"[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]")
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_WORD_SPLIT = re.compile("(" + _WORD.pattern + ")")
_LOWER_ASCII_WORD_SPLIT = re.compile(r"([a-z]+(?:['\-][a-z]+)*)")  # the same on lower-case ASCII, faster
_CONTINUED_LINE = re.compile(r"[^\W\d_][^\S\n]*\n[^\S\n]*[a-z]")
# clause marks: ";" or ":" before white space, a dash ("--", "-", "–") between white space (the
# space before it is checked by the engine), "—", quotes, brackets (each alternative starts with its
# own character, which lets the regex engine skip to them fast)
_CLAUSE_MARK = re.compile(r";(?=\s)|:(?=\s)|—|--(?=\s)|-(?=\s)|–(?=\s)|\"|“|”|«|»|\(|\)|``|''")
_QUOTES = re.compile(r"[\"“”«»]|``|''")
_WHITE = re.compile(r"\s+")
_SPACE_BEFORE_MARK = re.compile(r" ([,.;:!?%])")
_REPEATED_MARKS = re.compile(r"[,;:](?: ?[,;:.])+")
_EDGE = " ,.;:!?-–—'\"“”‘’«»([{*•·|"


@define(eq=False)
class _Sentence:
    """One sentence's words, tense cues and clause boundaries (found when first asked for).

    Cue ``c`` is the words ``cue_firsts[c]..`` (token indices) at ``[cue_starts[c], cue_ends[c])``.
    """

    text: str  # the whole text
    start: int
    end: int
    starts: list[int]
    ends: list[int]
    words: list[str]  # lower case, straight apostrophes
    gaps: list[str]  # gaps[k]: the text before word k
    kinds: list[_Kind]  # what each word may be (see _kind)
    candidates: list[int]  # the words that may be a cue or open a clause
    cue_starts: list[int]
    cue_ends: list[int]
    cue_tenses: list[str]
    cue_firsts: list[int]

    @cached_property
    def word_set(self) -> frozenset[str]:
        return frozenset(self.words)

    @cached_property
    def asides(self) -> list[tuple[int, int]]:
        """The asides after the subject, from a comma to the next one: a relative clause or a
        participle before a preposition, before any cue of the sentence ("Obama, who was elected
        in November, takes office Jan. 20"; "The measure, approved in September, runs out
        Monday"); and a relative clause with "that" anywhere, to the next comma ("a repeat of the
        shutdown that ended in January"). Their cues tell nothing of the rest of the sentence."""
        found = []
        words, gaps, first_cue = self.words, self.gaps, self.cue_firsts[0] if self.cue_firsts else len(self.words)
        for k in self.candidates:
            if words[k] == "that" and _relative_that(k, words, gaps):
                # a relative clause with "that", anywhere: "the shutdown that ended in January"
                # (not the Tuesday of "play at Boston on Tuesday ..., the team that beat them")
                comma = _next_comma(self.text, self.ends[k], self.end)
                found.append((self.starts[k], comma if comma >= 0 else self.end))
                continue
            if k > first_cue:
                continue
            if "," in gaps[k] and (words[k] in _RELATIVES or (
                    self.kinds[k][1] == "past" and k + 1 < len(words) and words[k + 1] in _PREPOSITIONS  # type: ignore[index]
                    and words[k] not in _REPORTING and gaps[k].strip() == ",")):  # not "Woods, 43, closed with a 70"
                comma = _next_comma(self.text, self.ends[k], self.end)
                found.append((self.starts[k], comma if comma >= 0 else self.end))
        return found

    @cached_property
    def clause_starts(self) -> list[int]:
        """The starts of the clauses after the first."""
        return _clause_starts(self.text, self.start, self.end, self.starts, self.ends, self.words, self.gaps,
                              self.kinds, self.candidates)


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
        self._lines = _LineShape(text)
        # the sentences asked about, found in the text around them (see _find_sentence): their
        # starts in order, their ends and their analyses by start
        self._found: list[int] = []
        self._ends: dict[int, int] = {}
        self._analysed: dict[int, _Sentence] = {}

    def __repr__(self) -> str:
        head = self.text[:40] + ("..." if len(self.text) > 40 else "")
        return f"Document({head!r}, {len(self.sentences)} sentences)"

    # --- sentences and clauses ------------------------------------------------------------------
    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """The ``(start, end)`` of each sentence, in order, covering the whole text."""
        bounds = [0, *_sentence_starts(self.text, 0, len(self.text), self._lines), len(self.text)]
        return list(zip(bounds, bounds[1:]))

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence containing the character at ``pos`` (``len(text)`` gives the last one).

        >>> Document("It rained. Talks resume on March 20.").sentence_at(20)
        (11, 36)
        """
        return self._locate(self._position("pos", pos))

    def clause_at(self, pos: int) -> tuple[int, int]:
        """The clause containing ``pos``: a part of its sentence cut at ``;``, dashes, quotes,
        brackets, subordinating conjunctions, "that" after a verb of saying, and a trailing
        ", X said".

        >>> doc = Document("Peskov said that the talks will resume on March 20.")
        >>> start, end = doc.clause_at(40)
        >>> doc.text[start:end]
        'that the talks will resume on March 20.'
        """
        pos = self._position("pos", pos)
        return _clause(self._sentence(pos), pos)

    def words_at(self, pos: int) -> frozenset[str]:
        """The words (lower case) of the sentence containing ``pos``.

        >>> sorted(Document("Prices usually peak in May. It rained.").words_at(0))
        ['in', 'may', 'peak', 'prices', 'usually']
        """
        return self._sentence(self._position("pos", pos)).word_set

    def in_aside(self, pos: int) -> bool:
        """Whether ``pos`` is in an aside (see ``_Sentence.asides``): a relative clause or a
        participle phrase between commas ("The company, founded in 1962, reported ...").

        >>> text = "The company, founded in 1962, reported a loss in August."
        >>> Document(text).in_aside(text.index("1962")), Document(text).in_aside(text.index("August"))
        (True, False)
        """
        return self.aside_at(pos) is not None

    def aside_at(self, pos: int) -> Optional[tuple[int, int]]:
        """The aside (see :meth:`in_aside`) that ``pos`` is in, or None.

        >>> text = "Moon, who took office on May 10, convened a meeting at 11 a.m."
        >>> Document(text).aside_at(text.index("May")), Document(text).aside_at(text.index("11"))
        ((6, 31), None)
        """
        pos = self._position("pos", pos)
        return next(((lo, hi) for lo, hi in self._sentence(pos).asides if lo <= pos < hi), None)

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
        tenses = sentence.cue_tenses
        if not tenses:
            return None
        outside: frozenset[int] = frozenset()
        for lo, hi in sentence.asides:  # in an aside, its cues only; outside, none of theirs
            if lo <= start < hi:
                cue = self._attached_cue(sentence, start, end, (lo, hi))
                return None if cue is None else tenses[cue]
            outside |= {c for c, at in enumerate(sentence.cue_starts) if lo <= at < hi}
        if len(set(tenses)) > 1:  # the cues disagree: the clause's decides, if it has one
            cue = self._attached_cue(sentence, start, end, _clause(sentence, start), outside)
            if cue is not None:
                return tenses[cue]
        # else the sentence's (the clause's cue is one of the sentence's cues before or after the
        # expression: when they all agree, the clause need not be found)
        cue = self._attached_cue(sentence, start, end, (sentence.start, sentence.end), outside)
        if cue is None or self._attribution(sentence, end, cue):
            return None
        return tenses[cue]

    def _attribution(self, sentence: _Sentence, end: int, cue: int) -> bool:
        """Whether cue ``cue`` only attributes what comes before it, after a comma, at the end of
        the sentence: "The council meets Thursday, the mayor said." (its tense is not the clause's)."""
        cue_start, cue_end = sentence.cue_starts[cue], sentence.cue_ends[cue]
        if not (cue_start >= end and self.text[cue_start:cue_end].lower() in _REPORTING and "," in self.text[end:cue_start]):
            return False
        rest = self.text[cue_end:sentence.end].strip(" .\"'”’)\n")  # nothing, or where and when it was said
        return not rest or _ATTRIBUTION_TAIL.fullmatch(rest) is not None

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
        region = _clause(sentence, start)
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

    def _locate(self, pos: int) -> tuple[int, int]:
        """The start and end of the sentence containing ``pos``."""
        i = bisect_right(self._found, pos) - 1
        if i >= 0:
            start = self._found[i]
            end = self._ends[start]
            if pos < end or end == len(self.text):
                return start, end
        start, end = _find_sentence(self.text, pos, self._lines)
        if start not in self._ends:
            self._ends[start] = end
            insort(self._found, start)
        return start, end

    def _sentence(self, pos: int) -> _Sentence:
        start, end = self._locate(pos)
        sentence = self._analysed.get(start)
        if sentence is None:
            sentence = self._analysed[start] = _analyse(self.text, start, end)
        return sentence

    def _attached_cue(self, sentence: _Sentence, start: int, end: int, region: tuple[int, int],
                      skip: frozenset[int] = frozenset()) -> Optional[int]:
        """The cue nearest before ``[start, end)`` within ``region``, else the nearest after (cues
        in ``skip`` do not count); a cue right after the expression beats one that is words away
        before it ("the court Thursday refused")."""
        cue_starts, cue_ends, lo, hi = sentence.cue_starts, sentence.cue_ends, region[0], region[1]
        before = after = None
        i = bisect_right(cue_starts, start) - 1
        while i >= 0 and cue_starts[i] >= lo:
            if cue_ends[i] <= start and i not in skip:
                before = i
                break
            i -= 1
        i = bisect_left(cue_starts, end)
        while i in skip:
            i += 1
        if i < len(cue_starts) and cue_starts[i] < hi:
            after = i
        if before is None or (after is not None and _adjacent(self.text, end, cue_starts[after])
                              and not _adjacent(self.text, cue_ends[before], start)
                              and not _PREPOSITION_GAP.fullmatch(self.text, cue_ends[before], start)):
            return after  # "the court Thursday refused", but "regulations issued in May take effect"
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

    def _around_verb(self, sentence: _Sentence, segments: list[tuple[int, int]], cue: int,
                     lo: int, start: int, end: int) -> list[tuple[int, int]]:
        """For a long clause: the noun phrase before a subordinate verb ("meeting due to be held"),
        or the head of the subject before the main verb ("decision was made")."""
        cue_starts, cue_ends = sentence.cue_starts, sentence.cue_ends
        first, cue_start = sentence.cue_firsts[cue], cue_starts[cue]
        i = bisect_left(cue_starts, lo)
        while i < len(cue_starts) and start < cue_ends[i] and cue_starts[i] < end:
            i += 1  # a cue inside the expression
        if i < len(cue_starts) and cue != i:
            return _clip(segments, self._noun_phrase_before(sentence, first, lo, start, end))
        if len(self._compose([(a, min(b, cue_start)) for a, b in segments])) <= _MAX // 2:
            return segments
        verb = _clip(segments, cue_start)
        name = self._noun_phrase_before(sentence, first, lo, start, end, gap=" ,")
        names = range(bisect_left(sentence.starts, name), first)
        if names and self.text[sentence.ends[names[-1]]:cue_start].strip() == "," \
                and all(_capitalized(self.text[sentence.starts[k]:sentence.ends[k]]) for k in names):  # "Spokesman, Dmitry Peskov, said"
            return [(name, sentence.ends[names[-1]])] + verb
        head: list[int] = []
        k = bisect_left(sentence.starts, lo)
        while k < first and len(head) < 5:
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


def _clause(sentence: _Sentence, pos: int) -> tuple[int, int]:
    """The clause of ``sentence`` containing ``pos``."""
    starts = sentence.clause_starts
    i = bisect_right(starts, pos)
    return starts[i - 1] if i else sentence.start, starts[i] if i < len(starts) else sentence.end


_PREPOSITION_GAP = re.compile(r"\s+(?:in|on|at|during)\s+(?:the\s+)?")  # between a verb and its date


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
def _sentence_starts(text: str, begin: int, stop: int, lines: _LineShape) -> Iterator[int]:
    """The sentence starts after ``begin`` (0 or a :data:`_SAFE` character), in order, that the
    breaks :data:`_BREAK` proposes before ``stop`` make: each proposal gets a closer look."""
    n = len(text)
    last = begin
    for m in _BREAK.finditer(text, begin):
        i, j = m.span()
        if i >= stop:
            return
        if m.lastindex:  # terminal punctuation text[i:j], white space, text[p:q] opening punctuation
            p, q = m.span(m.lastindex)
            if q == n or text[q].islower():
                continue
            if not (text[q].isalnum() or "\n" in text[j:p]):
                continue  # "March 17. /TASS/."
            if j - i == 1 and text[i] == "." and _may_abbreviate(text, i):
                token = text[max(0, i - 40):i].rsplit(None, 1)[-1].lstrip(_OPENING) + "."
                if token in _TITLES:
                    continue  # "Mr. Putin"
                if token in _ABBREVIATIONS or _INITIALS.fullmatch(token, 0, len(token) - 1):
                    word = _WORD.match(text, q)  # "in the U.S. The talks"
                    if word is None or word.group() not in _STARTERS:
                        continue
        elif j - i > 1:
            p = j  # a blank line
        else:
            p = _line_break(text, i, lines)
            if p is None:
                continue
        # a sentence has a non-space character (at its start, unless it is the first)
        if last < p < n and (not text[last].isspace() or _NON_SPACE.search(text, last, p)):
            yield p
            last = p


def _find_sentence(text: str, pos: int, lines: _LineShape) -> tuple[int, int]:
    """The sentence containing ``pos``, found in the text around it.

    A scan for breaks may begin at a :data:`_SAFE` character instead of the start of the text: no
    proposal of :data:`_BREAK` contains one, and one before it makes no break after it, so the scan
    finds the breaks after it that a scan from the start finds (and a sentence after it has it).
    """
    begin = _safe_before(text, pos + 1, _REACH)
    start, end = None, len(text)
    for p in _sentence_starts(text, begin, len(text), lines):  # the end: the first break after pos
        if p > pos:
            end = p
            break
        start = p
    reach = _REACH
    while start is None and begin > 0:  # the start: the last break before `begin`, further back
        reach *= 2
        earlier = _safe_before(text, begin, reach)
        for start in _sentence_starts(text, earlier, begin, lines):
            pass
        begin = earlier
    return 0 if start is None else start, end


def _safe_before(text: str, pos: int, reach: int) -> int:
    """0, or the first :data:`_SAFE` character at most ``reach`` (or, if there is none, twice as
    far and so on) before ``pos``."""
    while pos - reach > 0:
        safe = _SAFE.search(text, pos - reach, pos)
        if safe is not None:
            return safe.start()
        reach *= 2
    return 0


def _may_abbreviate(text: str, i: int) -> bool:
    """Whether the word before the period at ``i`` may be an abbreviation or an initial: it ends
    like one of the tables' ("Mr", "Sept", "U.S", "W"); a quick test before the exact one."""
    if i < 2 or text[i - 1] not in _ABBREVIATION_ENDS:
        return i == 1 and text[0] in _ABBREVIATION_ENDS
    return not text[i - 2].isalpha() or text[i - 2:i] in _ABBREVIATION_TAILS


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
    chunk = text[start:end]
    if chunk.isascii():  # the same words, in lower case: ASCII letters are A-Z and a-z
        pieces = _LOWER_ASCII_WORD_SPLIT.split(chunk.lower())
        words = pieces[1::2]
    else:
        pieces = _WORD_SPLIT.split(chunk)
        words = "\0".join(pieces[1::2]).lower().replace("’", "'").split("\0") if len(pieces) > 1 else []
    # pieces: white space and punctuation, word, ..., word, white space and punctuation; words k
    # and k + 1 are "joined" when only white space stands between them (gaps[k + 1].isspace())
    n = len(words)
    offsets = list(accumulate(map(len, pieces), initial=start))
    starts, ends = offsets[1:2 * n:2], offsets[2::2]
    gaps = pieces[0::2]  # gaps[k]: the text before word k
    kinds = list(map(_KINDS.__getitem__, words))
    candidates = list(compress(range(n), kinds))  # the words that may be a cue or open a clause
    cues = _find_cues(text, starts, ends, words, gaps, kinds, candidates)
    return _Sentence(text, start, end, starts, ends, words, gaps, kinds, candidates, *cues)


def _capitalized(word: str) -> bool:
    """Whether a word (as written) looks like a name: "Putin", not "NATO", "I'm" or "talks"."""
    return word[0].isupper() and not word.isupper() and not word.startswith(("I'", "I’"))


def _is_participle(word: str) -> bool:
    if word in _IRREGULAR:
        return True
    return (len(word) >= 4 and word.endswith("ed") and word not in _ED_NOT_PAST
            and ("-" not in word or word.count("-") == 1 and word.partition("-")[0] in _HYPHEN_VERB_PREFIXES)
            and (not word.endswith("eed") or word in _EED_PAST))


def _is_third_person(word: str) -> bool:
    return len(word) >= 3 and word[-1] == "s" and word[-2] not in "su'i" and word not in _S_NOT_VERBS


_AFTER_SUBJECT = "after a subject"  # the shape tense of a verb in -s: "present" after a singular subject


def _shape_tense(word: str) -> Optional[str]:
    """The tense a (lower case) word marks on its own: a contracted ending ("we'll"), a
    participle, or a verb in -s (:data:`_AFTER_SUBJECT`)."""
    suffix = next((s for s in _SUFFIXES if word.endswith(s) and len(word) > len(s)), "") if "'" in word else ""
    if suffix:
        return _SUFFIXES[suffix]
    if _is_participle(word):
        return "past"
    if _is_third_person(word):
        return _AFTER_SUBJECT
    return None


_Kind = Optional[tuple[list[int], Optional[str], bool]]


def _kind(word: str) -> _Kind:
    """What a (lower case) word may be: the sizes of the phrases it starts (longest first), its
    shape tense, and whether it may open a clause; None when it is none of these (most words)."""
    sizes, tense, opens = _PHRASE_SIZES.get(word, []), _shape_tense(word), word in _MAY_OPEN_CLAUSE
    return (sizes, tense, opens) if sizes or tense is not None or opens else None


class _Memo(dict):  # type: ignore[type-arg]
    """``memo[word]`` is ``function(word)``, computed once per word (texts repeat their words) and
    remembered for at most ``size`` words; ``map(memo.__getitem__, words)`` runs in C."""

    def __init__(self, function: Callable[[str], _Kind], size: int = 50_000) -> None:
        super().__init__()
        self.function, self.size = function, size

    def __missing__(self, word: str) -> _Kind:
        if len(self) >= self.size:
            self.clear()
        value = self[word] = self.function(word)
        return value


_KINDS = _Memo(_kind)


def _causal(text: str, starts: list[int], ends: list[int], words: list[str], i: int, size: int) -> bool:
    """Whether ``words[i:i + size]`` holds the "due" of "due to the crisis" (a cause, not a plan)."""
    for k in range(i, min(i + size, len(words) - 2)):
        if words[k] == "due" and words[k + 1] == "to" and (
                words[k + 2] in _CAUSE_FOLLOWERS or _capitalized(text[starts[k + 2]:ends[k + 2]])):
            return True
    return False


def _previous(k: int, words: list[str], gaps: list[str]) -> str:
    """The word before ``k`` in the same verb group, skipping adverbs ('' if none)."""
    for _ in range(3):
        if k == 0 or not gaps[k].isspace():
            return ""
        k -= 1
        if words[k] not in _ADVERBS and not words[k].endswith("ly"):
            return words[k]
    return ""


def _relative_that(k: int, words: list[str], gaps: list[str]) -> bool:
    """Whether word ``k``, "that", is a relative pronoun before its verb, a participle followed
    by a preposition, determiner or pronoun ("the shutdown that ended in January", "the team
    that beat them"), not a determiner ("that proposed merger")."""
    return (k + 2 < len(words) and gaps[k + 1].isspace() and gaps[k + 2].isspace() and _is_participle(words[k + 1])
            and words[k + 2] in _RELATIVE_VERB_NEXT)


def _after_modifiers(k: int, words: list[str], gaps: list[str], kinds: list[_Kind], most: int) -> bool:
    """Whether word ``k`` follows a determiner and at most ``most`` modifiers (the first no cue),
    in one phrase: "a rate cut", "the five-year austerity plan" (not "which the government hit")."""
    for det in range(k - 2, k - 2 - most, -1):
        if det < 0 or not all(map(str.isspace, gaps[det + 1:k + 1])) or (det == k - 3 and kinds[k - 2] is not None):
            return False
        if words[det] in _NOUN_BEFORE:
            return det == 0 or words[det - 1] not in _RELATIVES
    return False


def _opens(gap: str) -> bool:
    """Whether the text between two words starts a new phrase (a quote, a colon, a dash)."""
    return any(c in _OPENING or c in ":;—" for c in gap)


def _find_cues(text: str, starts: list[int], ends: list[int], words: list[str], gaps: list[str],
               kinds: list[_Kind], candidates: list[int]) -> tuple[list[int], list[int], list[str], list[int]]:
    """The tense cues of a sentence, as the lists ``cue_starts, cue_ends, cue_tenses, cue_firsts``."""
    cue_starts: list[int] = []
    cue_ends: list[int] = []
    tenses: list[str] = []
    firsts: list[int] = []
    n = len(words)
    free = 0  # the first word not taken by a phrase
    for i in candidates:
        if i < free:
            continue
        sizes, tense, _ = kinds[i]
        for size in sizes:  # the longest phrase that is there and not cut
            phrase = tuple(words[i:i + size]) if size <= n - i else None
            found = _PHRASES.get(phrase)
            if found is not None and all(map(str.isspace, gaps[i + 1:i + size])) \
                    and not ("due" in phrase and _causal(text, starts, ends, words, i, size)):
                tense = found
                break
        else:  # no phrase: the word's shape decides (a cheap test first: no subject just before)
            size = 1
            if tense is _AFTER_SUBJECT:
                tense = ("present" if not _SUBJECTS.isdisjoint(words[max(0, i - 3):i])
                         and _previous(i, words, gaps) in _SUBJECTS else None)
        if not tense:
            free = i + size  # no cue, or words that only look like one ("next to")
            continue
        if i > 0 and _capitalized(text[starts[i]:ends[i]]) and not _opens(gaps[i]):
            continue  # a name: "May", "United"
        word = words[i]
        if word == "am" and gaps[i].rstrip()[-1:].isdigit():
            continue  # a clock's a.m.: "open from 7:00 am to 10:00 pm"
        if size > 1 and ((before := _previous(i, words, gaps)) in _NOUN_BEFORE or (before in _AUX and words[i] in _SCHEDULE_PHRASE_HEADS)):
            continue  # a noun phrase: "the plans to build a dam", "at the open on Monday"; a state: "The border was open on Thursday"
        if size == 1:
            before = _previous(i, words, gaps)
            if before == "may" and text.endswith("May", 0, starts[i] - 1) and not _opens(gaps[i - 1]):
                before = ""  # the month, not the modal: "Rain in May caused flooding"
            # "the company's proposed sale", "November's starts" (not "Sotheby's sold the painting")
            possessive = before.endswith(("'s", "’s")) and not (i + 1 < n and gaps[i + 1].isspace() and (
                words[i + 1] in _CAUSE_FOLLOWERS or text[starts[i + 1]].isupper()))
            if before in _AUX or ((possessive or before in _ADJECTIVE_BEFORE) and _is_participle(word)
                                  and not (before in _FLOATING and i >= 2 and (words[i - 2] in _FLOATING_AFTER or words[i - 2].endswith("s")))
                                  and not (before == "that" and _relative_that(i - 1, words, gaps))):
                continue  # part of a verb group, an infinitive or an adjective (not after "they both", "the teams all", not "the shutdown that ended in January")
            if (possessive or before in _NOUN_BEFORE) and (tense != "future" or word in _NOUN_CUES):
                continue  # a noun: "another cut", "its plans"
            # modifiers a noun may have here: a past form one ("a rate cut"), a plan two (not "plans to", "the offer runs")
            # (a sentence's "The storm hit on Monday" is its subject and verb)
            most = (int(not (i == 2 and words[0] == "the")) if word in _NOUN_LIKE_PAST
                    else 2 if word in _NOUN_CUES and not word.endswith("s") and words[i + 1:i + 2] != ["to"] else 0)
            if (most and _after_modifiers(i, words, gaps, kinds, most)
                    and (i + 1 == n or words[i + 1] in _PREPOSITIONS or not gaps[i + 1].isspace())):
                continue  # a noun after a modifier: "its year-end forecast on Dec. 11", "a rate cut in March", "the five-year austerity plan by 155 votes" (not "the offer runs through")
            if before in _REDUCED and _is_participle(word):
                continue  # a condition: "unless renewed", "if approved"
            if (i >= 2 and words[i - 2] in _MODALS and before not in _AUX and gaps[i].isspace() and gaps[i - 1].isspace()
                    and text[starts[i - 1]].islower() and text[starts[i - 2]].islower() and _is_participle(word)):  # not "Its May sales rose"
                continue  # an adjective after a verb: "will tour damaged areas", "to inspect flooded homes"
            if tense == "past" and "," in gaps[i] and i + 1 < n and (
                    word in _NAMING and (words[i + 1] == "as" or text[starts[i + 1]].isupper())
                    or _is_participle(word) and words[i + 1] in _REDUCED_NEXT):
                continue  # a reduced relative clause: "The summit, held every other year, ends on Sunday", "on Feb. 5, dubbed Super Tuesday"
            if word in _PERFECT:
                k = i + 1
                while k < n and gaps[k].isspace() and (words[k] in _ADVERBS or words[k].endswith("ly")):
                    k += 1
                if k < n and gaps[k].isspace() and _is_participle(words[k]):
                    tense = "past"
        cue_starts.append(starts[i])
        cue_ends.append(ends[i + size - 1])
        tenses.append(tense)
        firsts.append(i)
        free = i + size
    return cue_starts, cue_ends, tenses, firsts


def _next_comma(text: str, start: int, end: int) -> int:
    """The first comma in ``text[start:end]`` that is punctuation, not a digit group's ("40,000"); -1 if none."""
    comma = text.find(",", start, end)
    while comma > 0 and text[comma - 1].isdigit() and text[comma + 1:comma + 2].isdigit():
        comma = text.find(",", comma + 1, end)
    return comma


def _clause_starts(text: str, start: int, end: int, starts: list[int], ends: list[int], words: list[str],
                   gaps: list[str], kinds: list[_Kind], candidates: list[int]) -> list[int]:
    bounds = set()
    for m in _CLAUSE_MARK.finditer(text, start, end):
        mark = m.group()
        if mark[0] in "-–" and (m.start() == start or not text[m.start() - 1].isspace()):
            continue  # a hyphen, not a dash
        bounds.add(_SPACES.match(text, m.end()).end() if mark[0] in ";:—" or mark[-1] in "-–—" else m.start())
    n = len(words)
    for k in candidates:
        if not kinds[k][2]:
            continue  # cannot open a clause
        word = words[k]
        comma = "," in gaps[k]
        if word in _SUBORDINATORS or (comma and word in _COMMA_SUBORDINATORS):
            bounds.add(starts[k])
            if comma and word in _RELATIVES:  # ", which was held in 2013, will ..."
                after = _next_comma(text, ends[k], end)
                if after >= 0:
                    bounds.add(_SPACES.match(text, after + 1).end())
        elif word == "that" and k + 1 < n and gaps[k + 1].isspace() and (
                (k and gaps[k].isspace() and words[k - 1] in _REPORTING)
                or words[k + 1] in _OPENERS or _capitalized(text[starts[k + 1]:ends[k + 1]])):
            bounds.add(starts[k])
        elif comma and word in ("and", "or") and k + 1 < n and words[k + 1] in _OPENERS:
            bounds.add(starts[k])
        elif word in ("and", "but") and k + 2 < n and words[k + 1] in _DATE_PREPOSITIONS and not _PRONOUNS.isdisjoint(words[k + 2:k + 6]):
            bounds.add(starts[k])  # a clause that opens with its date: "and on Saturday they will renew their vows"
    tail = text.rfind(",", start, end)
    if tail >= 0:
        k = bisect_left(starts, tail)
        if 0 < n - k <= 6 and any(w in _REPORTING for w in words[k:]) and not text[ends[-1]:end].strip().strip(_EDGE):
            bounds.add(starts[k])
    return sorted(b for b in bounds if start < b < end)
