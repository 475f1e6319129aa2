"""TimeML 1.2.1 input and output: read gold annotated documents, write chronos's findings.

:func:`read_timeml` turns a ``.tml`` file (or a TimeML string) into a :class:`TimeMLDocument`
whose ``timexes`` carry character offsets into its plain ``text``; :func:`to_timeml` writes
expressions back as inline ``TIMEX3`` tags, so the two round-trip.

>>> from chronos import TimeExpression
>>> xml = to_timeml("Talks resume on March 20.", [TimeExpression("March 20", 16, 24, "DATE", "2017-03-20")],
...                 dct="2017-03-17", docid="tass-1")
>>> doc = read_timeml(xml)
>>> doc.docid, doc.dct.date().isoformat(), [(t.text, t.value) for t in doc.timexes]
('tass-1', '2017-03-17', [('March 20', '2017-03-20')])
>>> doc.text[16:24]
'March 20'
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Optional, Union

from attrs import field, frozen

from .errors import ChronosError
from .model import TimeExpression

__all__ = ["TimeMLDocument", "read_timeml", "to_timeml", "write_timeml"]

#: TIMEX3 attributes that are kept in ``TimeMLDocument.attributes`` besides type/value/mod.
RAW_ATTRIBUTES = ("tid", "anchorTimeID", "beginPoint", "endPoint", "freq", "quant",
                  "temporalFunction", "functionInDocument")

_HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    ' xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n'
)

# characters XML 1.0 cannot carry at all, even as character references
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _frozen_attributes(rows: Iterable[Mapping[str, str]]) -> tuple[Mapping[str, str], ...]:
    return tuple(MappingProxyType(dict(row)) for row in rows)


@frozen
class TimeMLDocument:
    """One TimeML document: its id, creation time, plain text and gold time expressions.

    ``timexes`` are the non-empty ``TIMEX3`` of ``<TEXT>`` in text order, with offsets into
    ``text`` (``text[t.start:t.end] == t.text``) and no ``interval``. ``attributes[i]`` holds
    the raw attributes of ``timexes[i]`` (``tid``, ``anchorTimeID``, ``beginPoint``, ...).
    ``dct_value`` is the creation time's TIMEX3 value as written; ``dct`` that value as a
    ``datetime`` (``None`` when the document has none or it names no whole day).

    >>> doc = read_timeml('<TimeML><TEXT>It was <TIMEX3 tid="t1" type="DATE" value="1998">last year'
    ...                   '</TIMEX3>.</TEXT></TimeML>')
    >>> doc.text, doc.timexes[0].start, doc.attributes[0]["tid"], doc.dct
    ('It was last year.', 7, 't1', None)
    """

    docid: Optional[str]
    dct: Optional[_dt.datetime]
    text: str
    timexes: tuple[TimeExpression, ...] = field(converter=tuple)
    attributes: tuple[Mapping[str, str], ...] = field(
        default=(), converter=_frozen_attributes, eq=False, repr=False
    )
    dct_value: Optional[str] = field(default=None, kw_only=True)


def _parse_dct(value: Optional[str]) -> Optional[_dt.datetime]:
    if not value:
        return None
    try:
        return _dt.datetime.fromisoformat(value)
    except ValueError:
        return None


def _load(source: Union[str, os.PathLike, bytes]) -> tuple[ET.Element, str]:
    """The root element and a name for messages."""
    if isinstance(source, (bytes, bytearray)):
        data, name = bytes(source), "TimeML bytes"
    elif isinstance(source, str) and source.lstrip().startswith("<"):
        data, name = source, "TimeML string " + repr(source[:60] + ("..." if len(source) > 60 else ""))
    elif isinstance(source, (str, os.PathLike)):
        path = Path(source)
        name = repr(str(path))
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ChronosError(f"cannot read TimeML file {name}: {exc.strerror or exc}") from None
    else:
        raise TypeError(
            f"read_timeml needs a path or a TimeML string, not {type(source).__name__}: {source!r}"
        )
    try:
        return ET.fromstring(data), name
    except ET.ParseError as exc:
        raise ChronosError(f"{name} is not well-formed XML: {exc}") from None


def _expression(el: ET.Element, text: str, start: int, end: int, name: str) -> TimeExpression:
    def get(key: str) -> Optional[str]:
        return el.get(key) or None

    try:
        return TimeExpression(
            text[start:end], start, end, el.get("type", ""), el.get("value", ""), get("mod"),
            freq=get("freq"), quant=get("quant"),
        )
    except (TypeError, ValueError) as exc:
        raise ChronosError(f"{name}: bad TIMEX3 {el.get('tid', '')!r} {text[start:end]!r}: {exc}") from None


def read_timeml(source: Union[str, os.PathLike, bytes]) -> TimeMLDocument:
    """Read a TimeML document from a path, or from a string that starts with ``<``.

    The text is that of the ``<TEXT>`` element with every tag removed and entities unescaped;
    offsets count characters of that text. Empty (non-consuming) ``TIMEX3`` are left out.
    Raises :class:`chronos.ChronosError` for unreadable files, bad XML or a missing ``<TEXT>``.

    >>> read_timeml("<TimeML><DOCID>d1</DOCID></TimeML>")
    Traceback (most recent call last):
    ...
    chronos.errors.ChronosError: TimeML string '<TimeML><DOCID>d1</DOCID></TimeML>' has no <TEXT> element
    """
    root, name = _load(source)
    body = root if root.tag == "TEXT" else root.find(".//TEXT")
    if body is None:
        raise ChronosError(f"{name} has no <TEXT> element")

    parts: list[str] = []
    length = 0
    spans: list[tuple[int, int, ET.Element]] = []

    def walk(el: ET.Element) -> None:
        nonlocal length
        if el.text:
            parts.append(el.text)
            length += len(el.text)
        for child in el:
            start = length
            walk(child)
            if child.tag == "TIMEX3" and length > start:
                spans.append((start, length, child))
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)

    walk(body)
    text = "".join(parts)
    spans.sort(key=lambda span: (span[0], -span[1]))
    timexes = tuple(_expression(el, text, start, end, name) for start, end, el in spans)
    raw = tuple({k: v for k, v in el.attrib.items() if k in RAW_ATTRIBUTES} for _, _, el in spans)

    dct_el = next(
        (el for el in root.iter("TIMEX3") if el.get("functionInDocument") == "CREATION_TIME"), None
    )
    dct_value = dct_el.get("value") if dct_el is not None else None
    docid_el = root.find("DOCID")
    docid = (docid_el.text or "").strip() if docid_el is not None else ""
    return TimeMLDocument(docid or None, _parse_dct(dct_value), text, timexes, raw, dct_value=dct_value)


def _escape(text: str, what: str) -> str:
    bad = _NOT_XML.search(text)
    if bad:
        raise ChronosError(f"{what} has a character XML cannot hold ({bad.group()!r} at {bad.start()})")
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#13;"))


def _attributes(pairs: Iterable[tuple[str, Optional[str]]]) -> str:
    out = []
    for key, value in pairs:
        if value is None:
            continue
        escaped = (_escape(value, f"attribute {key}={value!r}").replace('"', "&quot;")
                   .replace("\t", "&#9;").replace("\n", "&#10;"))
        out.append(f' {key}="{escaped}"')
    return "".join(out)


def _dct_value(dct: _dt.datetime) -> str:
    if dct.time() == _dt.time(0):
        return dct.date().isoformat()
    return dct.isoformat(timespec="microseconds" if dct.microsecond else "seconds")


def to_timeml(text: str, expressions: Iterable[TimeExpression], dct: object = None,
              docid: Optional[str] = None) -> str:
    """``text`` with ``expressions`` as inline TIMEX3 tags, as a TimeML 1.2.1 document string.

    ``dct`` (a date, datetime or date string) becomes the ``CREATION_TIME`` timex ``t0``; the
    expressions get ids ``t1``, ``t2``, ... in text order. Expressions must not overlap and
    must sit where they say (``text[e.start:e.end] == e.text``), else :class:`ChronosError`.

    >>> from chronos import TimeExpression
    >>> print(to_timeml("A & B, 1998.", [TimeExpression("1998", 7, 11, "DATE", "1998")]))
    <?xml version="1.0" encoding="UTF-8"?>
    <TimeML ...>
    <TEXT>A &amp; B, <TIMEX3 tid="t1" type="DATE" value="1998">1998</TIMEX3>.</TEXT>
    </TimeML>
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    expressions = list(expressions)
    for expr in expressions:
        if not isinstance(expr, TimeExpression):
            raise TypeError(f"to_timeml() takes chronos.TimeExpression objects, not {type(expr).__name__}: {expr!r}")
    ordered = sorted(expressions, key=lambda e: (e.start, e.end))
    out = [_HEADER]
    if docid is not None:
        out.append(f"<DOCID>{_escape(str(docid), 'docid')}</DOCID>\n")
    if dct is not None:
        from .reference import parse_date

        value = _dct_value(parse_date(dct))  # type: ignore[arg-type]
        out.append(f'<DCT><TIMEX3 tid="t0" type="{"TIME" if "T" in value else "DATE"}" value="{value}"'
                   f' temporalFunction="false" functionInDocument="CREATION_TIME">{value}</TIMEX3></DCT>\n')
    out.append("<TEXT>")
    pos = 0
    for n, expr in enumerate(ordered, 1):
        if not isinstance(expr, TimeExpression):
            raise TypeError(f"expressions must be TimeExpression, not {type(expr).__name__}: {expr!r}")
        if text[expr.start:expr.end] != expr.text:
            raise ChronosError(
                f"expression {expr.text!r} at {expr.start}:{expr.end} does not match the text there"
                f" ({text[expr.start:expr.end]!r})"
            )
        if expr.start < pos:
            raise ChronosError(f"expression {expr.text!r} at {expr.start}:{expr.end} overlaps the one before it")
        attrs = _attributes([("tid", f"t{n}"), ("type", expr.type), ("value", expr.value),
                             ("mod", expr.mod), ("freq", expr.freq), ("quant", expr.quant)])
        out.append(_escape(text[pos:expr.start], "text"))
        out.append(f"<TIMEX3{attrs}>{_escape(expr.text, 'text')}</TIMEX3>")
        pos = expr.end
    out.append(_escape(text[pos:], "text"))
    out.append("</TEXT>\n</TimeML>\n")
    return "".join(out)


def write_timeml(path: Union[str, os.PathLike], text: str, expressions: Iterable[TimeExpression],
                 dct: object = None, docid: Optional[str] = None) -> Path:
    """Write :func:`to_timeml` to ``path`` (UTF-8) and return the path.

    >>> write_timeml("out.tml", "It rained in 1998.", [])  # doctest: +SKIP
    PosixPath('out.tml')
    """
    path = Path(path)
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(to_timeml(text, expressions, dct, docid))
    return path
