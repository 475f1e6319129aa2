"""Sentences, clauses and tense cues, with character offsets (placeholder, being rewritten)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property
from typing import Optional

__all__ = ["Document"]

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n\s*\n")


class Document:
    """A text with its sentence boundaries, computed once."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        spans, start = [], 0
        for m in _SENTENCE_END.finditer(self.text):
            spans.append((start, m.start()))
            start = m.end()
        spans.append((start, len(self.text)))
        return spans

    def sentence_at(self, pos: int) -> tuple[int, int]:
        starts = [s for s, _ in self.sentences]
        return self.sentences[max(0, bisect_right(starts, pos) - 1)]

    def tense_at(self, start: int, end: int) -> Optional[str]:
        return None

    def label_for(self, start: int, end: int) -> str:
        s, e = self.sentence_at(start)
        return self.text[s:e].strip()[:80]
