"""The chronology figure and the notebook display of a :class:`~chronos.Timeline`.

Day and time events are markers on stems, months, seasons, years (and coarser) are bars over
the whole period; the article date is a labelled vertical line; events after it are orange and
hatched, approximate or open-ended ones (any TIMEX3 ``mod``) are paler with dashed outlines.
Labels are packed in rows so that none overlaps another label, a bar or a marker (a marker's
stem passes behind a label only when no row avoids it). A date axis with long empty stretches (an
article of 2017 recalling 1914) is broken into panels. docs/plotting.md explains the picture.

matplotlib is imported only when a figure is drawn, and never ``matplotlib.pyplot``: saving a
chronology leaves pyplot's figure list alone.

>>> import chronos
>>> tl = chronos.timeline("Talks resume on March 20. A meeting was held in 2015.", dct="2017-03-17")
>>> ax = chronos.plot(tl, title="Talks")
>>> ax.get_title(loc="left"), [a.get_gid() for a in ax.patches]
('Talks', ['chronos-span-0'])
>>> tl.save("talks.svg")  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as _dt
import html
import io
import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Optional, Union

from attrs import define, field

from .errors import ChronosError
from .model import Event, Granularity, TimeExpression
from .timeline import Timeline

if TYPE_CHECKING:  # matplotlib is imported lazily: it takes most of a second
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "plot", "draw", "figure", "save", "timeline_html", "events_html", "timeline_png",
    "FORMATS", "MOD_MARKS", "VALUE_WORDS", "COLORS",
]

#: File suffixes :func:`save` writes.
FORMATS = ("png", "svg", "pdf")

#: How a TIMEX3 ``mod`` is written before the value in a label.
MOD_MARKS = {
    "APPROX": "~", "BEFORE": "before ", "ON_OR_BEFORE": "by ", "AFTER": "after ",
    "ON_OR_AFTER": "from ", "LESS_THAN": "<", "MORE_THAN": ">", "EQUAL_OR_LESS": "≤",
    "EQUAL_OR_MORE": "≥", "START": "early ", "MID": "mid-", "END": "late ",
}

#: Values that are not dates, written as words in labels.
VALUE_WORDS = {"PRESENT_REF": "now", "PAST_REF": "the past", "FUTURE_REF": "the future"}

#: Colours by an event's place relative to the article date ("undated": no article date known).
COLORS = {
    "past": "#2b6cb0",
    "present": "#2f855a",
    "future": "#dd6b20",
    "undated": "#2b6cb0",
    "dct": "#c53030",
    "text": "#1a202c",
    "axis": "#4a5568",
}

_LEGEND = {
    "past": "before the article date",
    "present": "around the article date",
    "future": "after the article date",
    "undated": "event",
}
_MARKERS = {"past": "o", "present": "s", "future": "D", "undated": "o"}

# Layout, in inches unless said otherwise.
_WIDTH = 10.0
_PITCH = 2.6  # row pitch, in font sizes
_PAD, _GAP, _HALF = 0.45, 0.9, 0.42  # glyph to label, between items, half a marker: in font sizes
_LEFT, _RIGHT = 0.3, 0.3
_TOP_TITLE, _TOP_DCT, _TOP_BARE = 0.32, 0.3, 0.1
_BOTTOM_AXIS = 0.6
_PANEL_GAP = 0.3
_MIN_FONT = 5.0

# Broken axis: a gap splits the date axis when it is longer than this share of the range it
# lies in (so the events on both sides would be squeezed into a quarter of the axis) and longer
# than _BREAK_MIN_GAP; at most _MAX_PANELS panels.
_BREAK_SHARE = 0.75
_BREAK_MIN_GAP = _dt.timedelta(days=365)
_MAX_PANELS = 4

# Behind labels beside a glyph: stems and the article-date line pass under it.
_LABEL_BOX = {"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.8}

TimelineLike = Union[Timeline, str]


# ---------------------------------------------------------------------------------------------
# public functions


def plot(
    timeline_or_text: TimelineLike, dct: Any = None, ax: Optional["Axes"] = None, **options: Any
) -> "Axes":
    """Draw a chronology in one call: a :class:`~chronos.Timeline`, or a text and its ``dct``.

    Draws on ``ax`` (a new Figure's Axes if None) and returns the Axes; ``options`` are those of
    :func:`draw`.

    >>> import chronos
    >>> ax = chronos.plot("Talks resume on March 20.", dct="2017-03-17", title="Talks")
    >>> [t.get_text() for t in ax.texts if (t.get_gid() or "").startswith("chronos-label")]
    ['2017-03-20  Talks resume']
    """
    if isinstance(timeline_or_text, str):
        from .api import timeline as _timeline

        timeline_or_text = _timeline(timeline_or_text, dct)
    elif isinstance(timeline_or_text, Timeline):
        if dct is not None:
            raise ChronosError(
                f"dct={dct!r} is only used with a text: this Timeline was already resolved "
                f"(against {timeline_or_text.dct})"
            )
    else:
        raise TypeError(f"plot() needs a chronos.Timeline or a str, not {type(timeline_or_text).__name__}")
    return draw(timeline_or_text, ax=ax, **options)


def draw(
    timeline: Timeline,
    ax: Optional["Axes"] = None,
    *,
    title: Optional[str] = None,
    fontsize: float = 9.0,
    max_label: int = 60,
    breaks: bool = True,
    legend: bool = True,
    width: float = _WIDTH,
) -> "Axes":
    """Draw ``timeline`` on ``ax`` and return the Axes.

    Without ``ax``, a new :class:`matplotlib.figure.Figure` (not a pyplot one) ``width`` inches
    wide, as tall as the rows of labels need. With ``ax``, the chronology fills it: its x axis
    becomes a date axis, its y axis the rows, and the font shrinks (down to 5 pt) if the rows
    would not fit its height. Options:

    ``title``
        drawn at the top left;
    ``fontsize``
        of the labels, in points;
    ``max_label``
        characters of :attr:`Event.label` kept (longer ones end with "…"; a label is also cut
        where there is no room for it);
    ``breaks``
        split the date axis into panels at long empty stretches (see docs/plotting.md);
    ``legend``
        draw the legend: under the axis in a figure chronos makes, in a band at the top of a
        given ``ax``;
    ``width``
        of the new figure, in inches (not used with ``ax``).

    Events without an interval are skipped; with none left the figure says so.

    >>> import chronos
    >>> ax = chronos.timeline("It opened in February 2017.", dct="2017-03-17").plot()
    >>> ax.patches[0].get_gid(), float(ax.figure.get_figwidth())
    ('chronos-span-0', 10.0)
    """
    if not isinstance(timeline, Timeline):
        raise TypeError(f"draw() needs a chronos.Timeline, not {type(timeline).__name__}")
    if ax is None:
        return figure(timeline, title=title, fontsize=fontsize, max_label=max_label, breaks=breaks,
                      legend=legend, width=width).axes[0]
    from matplotlib.axes import Axes

    if not isinstance(ax, Axes):
        raise TypeError(f"ax must be a matplotlib Axes, not {type(ax).__name__}")
    _Chart(timeline, ax, title, fontsize, max_label, breaks, legend).draw(fit_height=True)
    return ax


def figure(
    timeline: Timeline,
    *,
    dpi: float = 100.0,
    width: float = _WIDTH,
    title: Optional[str] = None,
    fontsize: float = 9.0,
    max_label: int = 60,
    breaks: bool = True,
    legend: bool = True,
) -> "Figure":
    """A new :class:`matplotlib.figure.Figure` of ``timeline``, ``width`` inches wide.

    Its height grows with the number of label rows. The other options are those of :func:`draw`.

    >>> import chronos
    >>> fig = figure(chronos.timeline("It opened in March 2001.", dct="2017-03-17"), dpi=50)
    >>> float(fig.get_figwidth()), float(fig.dpi)
    (10.0, 50.0)
    """
    if not isinstance(timeline, Timeline):
        raise TypeError(f"figure() needs a chronos.Timeline, not {type(timeline).__name__}")
    if not width > 2:
        raise ChronosError(f"width must be more than 2 inches, not {width!r}")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    top = _TOP_BARE + (_TOP_DCT if timeline.dct is not None else 0) + (_TOP_TITLE if title else 0)
    bottom = _BOTTOM_AXIS
    fig = Figure(figsize=(width, 4.0), dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((_LEFT / width, 0.3, 1 - (_LEFT + _RIGHT) / width, 0.5))
    rows = _Chart(timeline, ax, title, fontsize, max_label, breaks, legend).draw(fit_height=False)
    if ax.get_legend() is not None:
        bottom = _BOTTOM_AXIS + ax.get_legend().get_window_extent(_renderer(fig)).height / dpi + 0.12
    body = (max(rows, 2) + 0.3) * _PITCH * fontsize / 72
    height = top + body + bottom
    fig.set_size_inches(width, height)
    ax.set_position((_LEFT / width, bottom / height, 1 - (_LEFT + _RIGHT) / width, body / height))
    return fig


def save(timeline: Timeline, path: Union[str, "os.PathLike[str]"], dpi: float = 150.0, **options: Any) -> None:
    """Write the chronology to ``path`` as PNG, SVG or PDF, chosen by its suffix.

    ``options`` are those of :func:`figure`. pyplot is not used, so no figure is left open.

    >>> import chronos
    >>> save(chronos.timeline("It opened in March 2001.", dct="2017-03-17"), "out.gif")
    Traceback (most recent call last):
    ...
    chronos.errors.ChronosError: cannot save a chronology as '.gif' ('out.gif'): use a .png, .svg or .pdf file name
    """
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"path must be a str or os.PathLike, not {type(path).__name__}")
    suffix = os.path.splitext(os.fspath(path))[1]
    kind = suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise ChronosError(
            f"cannot save a chronology as {suffix!r} ({os.fspath(path)!r}): use a .png, .svg or .pdf file name"
        )
    figure(timeline, dpi=dpi, **options).savefig(path, format=kind, dpi=dpi)


def timeline_png(timeline: Timeline, dpi: float = 100.0, **options: Any) -> bytes:
    """The chronology as PNG bytes (what a notebook shows for a :class:`~chronos.Timeline`).

    >>> import chronos
    >>> timeline_png(chronos.timeline("It opened in March 2001.", dct="2017-03-17"))[:4]
    b'\\x89PNG'
    """
    buffer = io.BytesIO()
    figure(timeline, dpi=dpi, **options).savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def timeline_html(timeline: Timeline) -> str:
    """An HTML table of the events: date, place relative to the article date, expression, label.

    Every text is escaped; the sentence is the label's tooltip.

    >>> import chronos
    >>> print(timeline_html(chronos.timeline("<b>It</b> opened in March 2001.", dct="2017-03-17")))
    <table class="chronos-timeline">
    <caption>1 event; article date 2017-03-17 (given)</caption>
    <thead><tr><th>#</th><th>value</th><th>when</th><th>expression</th><th>label</th></tr></thead>
    <tbody>
    <tr><td>1</td><td><code>2001-03</code></td><td>past</td><td>March 2001</td><td title="&lt;b&gt;It&lt;/b&gt; opened in March 2001.">&lt;b&gt;It&lt;/b&gt; opened</td></tr>
    </tbody>
    </table>
    """
    if not isinstance(timeline, Timeline):
        raise TypeError(f"timeline_html() needs a chronos.Timeline, not {type(timeline).__name__}")
    count = f"{len(timeline)} event{'' if len(timeline) == 1 else 's'}"
    if timeline.dct is not None:
        caption = f"{count}; article date {timeline.dct.date().isoformat()} ({timeline.reference.source})"
    else:
        caption = f"{count}; no article date"
    return events_html(timeline, caption=caption, dct=timeline.dct)


def events_html(
    events: Iterable[Event], caption: Optional[str] = None, dct: Optional[_dt.datetime] = None
) -> str:
    """An HTML table of ``events``: TIMEX3 value (and mod), expression, label.

    With ``dct``, a "when" column says past, present (the period holds the dct) or future.

    >>> import chronos
    >>> ev = chronos.timeline("It opened in March 2001.", dct="2017-03-17")[0]
    >>> print(events_html([ev]))
    <table class="chronos-timeline">
    <thead><tr><th>#</th><th>value</th><th>expression</th><th>label</th></tr></thead>
    <tbody>
    <tr><td>1</td><td><code>2001-03</code></td><td>March 2001</td><td title="It opened in March 2001.">It opened</td></tr>
    </tbody>
    </table>
    """
    esc = html.escape
    head = ["#", "value"] + (["when"] if dct is not None else []) + ["expression", "label"]
    lines = ['<table class="chronos-timeline">']
    if caption is not None:
        lines.append(f"<caption>{esc(caption)}</caption>")
    lines.append("<thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in head) + "</tr></thead>")
    lines.append("<tbody>")
    for number, event in enumerate(events, 1):
        expr = event.when
        mod = f" <small>{esc(expr.mod)}</small>" if expr.mod else ""
        cells = [str(number), f"<code>{esc(expr.value)}</code>{mod}"]
        if dct is not None:
            cells.append(_tense(expr, dct) if expr.interval is not None else "")
        cells.append(esc(expr.text))
        label = f'<td title="{esc(event.sentence)}">{esc(event.label)}</td>'
        lines.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + label + "</tr>")
    lines += ["</tbody>", "</table>"]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# what to draw


def _tense(expr: TimeExpression, dct: Optional[_dt.datetime]) -> str:
    """past, present (the interval holds the article date) or future; undated without a dct."""
    interval = expr.interval
    assert interval is not None
    if dct is None:
        return "undated"
    if interval.end <= dct:
        return "past"
    return "future" if interval.begin > dct else "present"


def _when_text(expr: TimeExpression) -> str:
    """The value as a label shows it: ``~2016``, ``early 2017``, ``now``."""
    return MOD_MARKS.get(expr.mod or "", "") + VALUE_WORDS.get(expr.value, expr.value)


def _shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    if limit < 2:
        return "…"[:limit]
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"


@define
class _Item:
    """One event on the chart and where its pieces go (horizontal places in display pixels)."""

    index: int
    event: Event
    panel: int
    tense: str
    soft: bool
    bar: bool
    when: str
    label: str
    shown: str = ""
    side: str = "right"
    spans: list[tuple[float, float, str]] = field(factory=list)
    stem: Optional[float] = None
    row: int = 0

    @property
    def left(self) -> float:
        return min(x0 for x0, _, _ in self.spans)


_Span = tuple[_dt.datetime, _dt.datetime]


def _groups(intervals: Sequence[_Span], breaks: bool) -> list[_Span]:
    """The date ranges of the panels: one, or more where long empty stretches break the axis.

    A stretch with nothing in it is cut out when it is longer than three quarters of the range it
    lies in and longer than a year; the longest such stretch goes first, up to four panels.

    >>> d = _dt.datetime
    >>> _groups([(d(1914, 1, 1), d(1915, 1, 1)), (d(2016, 1, 1), d(2017, 1, 1)), (d(2017, 3, 17), d(2017, 3, 17))], True)
    [(datetime.datetime(1914, 1, 1, 0, 0), datetime.datetime(1915, 1, 1, 0, 0)), (datetime.datetime(2016, 1, 1, 0, 0), datetime.datetime(2017, 3, 17, 0, 0))]
    """
    clusters: list[list[_dt.datetime]] = []
    for begin, end in sorted(intervals):
        if clusters and begin <= clusters[-1][1]:
            clusters[-1][1] = max(clusters[-1][1], end)
        else:
            clusters.append([begin, end])
    groups = [clusters]
    while breaks and len(groups) < _MAX_PANELS:
        best = None
        for g, group in enumerate(groups):
            span = group[-1][1] - group[0][0]
            for i in range(len(group) - 1):
                gap = group[i + 1][0] - group[i][1]
                if gap > _BREAK_SHARE * span and gap > _BREAK_MIN_GAP and (best is None or gap > best[0]):
                    best = (gap, g, i)
        if best is None:
            break
        _, g, i = best
        groups[g: g + 1] = [groups[g][: i + 1], groups[g][i + 1:]]
    return [(group[0][0], group[-1][1]) for group in groups]


def _limits(begin: _dt.datetime, end: _dt.datetime, finest: Granularity) -> tuple[_dt.datetime, _dt.datetime]:
    """The x range of a panel showing ``[begin, end]``: padded, and at least a week (a day for times)."""
    least = _dt.timedelta(days=1 if finest > Granularity.DAY else 7)
    span = end - begin
    if span < least:
        middle = begin + span / 2
        begin, end, span = middle - least / 2, middle + least / 2, least
    pad = span * 0.04
    return max(begin, _dt.datetime.min + pad) - pad, min(end, _dt.datetime.max - pad) + pad


# ---------------------------------------------------------------------------------------------
# drawing


class _Chart:
    """Draws one timeline on one Axes (split into panels when the axis is broken)."""

    def __init__(self, timeline: Timeline, ax: "Axes", title: Optional[str], fontsize: float,
                 max_label: int, breaks: bool, legend: bool) -> None:
        if not fontsize > 0:
            raise ChronosError(f"fontsize must be a positive number of points, not {fontsize!r}")
        if not isinstance(max_label, int) or max_label < 1:
            raise ChronosError(f"max_label must be a positive int, not {max_label!r}")
        self.timeline, self.ax, self.title = timeline, ax, title
        self.fontsize, self.max_label, self.breaks, self.legend = float(fontsize), max_label, breaks, legend
        self.dct = timeline.dct
        self.fig = ax.figure
        self.dpi = self.fig.dpi
        self.panels: list["Axes"] = []

    # -- entry point --------------------------------------------------------------------------

    def draw(self, fit_height: bool) -> int:
        """Draw everything; return the number of label rows."""
        dated = [(i, e) for i, e in enumerate(self.timeline) if e.when.interval is not None]
        self._title()
        if not dated:
            self._empty()
            return 1
        ranges = self._panels(dated)
        items = self._items(dated, ranges)
        fontsize = self.fontsize
        # in a given Axes the legend is a band at the top (else it goes under the axis): about
        # 0.75 row a line; drawn now to count its lines, again below at the final font size
        band = 0.75 * self._legend(items, fontsize, inside=True) + 0.4 if fit_height and self.legend else 0.0
        for _ in range(4):  # with a given Axes, shrink the font until the rows fit its height
            rows = self._layout(items, fontsize)
            room = self.ax.bbox.height / (max(rows, 2) + 0.3 + band)
            wanted = _PITCH * fontsize * self.dpi / 72
            if not fit_height or room >= wanted or fontsize <= _MIN_FONT:
                break
            fontsize = max(_MIN_FONT, fontsize * room / wanted * 0.97)
        self._render(items, rows, fontsize)
        if self.legend:
            self._legend(items, fontsize, inside=fit_height)
            if fit_height:  # raise the top of the rows' range to make room for the legend band
                legend = self.ax.get_legend().get_window_extent(_renderer(self.fig))
                share = legend.height / max(self.ax.bbox.height, 1.0)
                for panel in self.panels:
                    panel.set_ylim(0, panel.get_ylim()[1] / max(1 - share, 0.2))
        return rows

    # -- structure ----------------------------------------------------------------------------

    def _title(self) -> None:
        if self.title:
            pad = 1.5 * self.fontsize + 8 if self.dct is not None else 6
            self.ax.set_title(self.title, loc="left", pad=pad, fontsize=self.fontsize * 1.35,
                              color=COLORS["text"], fontweight="bold")

    def _empty(self) -> None:
        ax = self.ax
        ax.set_axis_off()
        message = "no dated events"
        if self.dct is not None:
            message += f" (article date {self.dct.date().isoformat()})"
        ax.text(0.5, 0.5, message, transform=ax.transAxes, ha="center", va="center",
                fontsize=self.fontsize * 1.2, color=COLORS["axis"], gid="chronos-empty")

    def _panels(self, dated: list[tuple[int, Event]]) -> list[tuple[float, float]]:
        """Create the panels; return each one's x range (date numbers)."""
        from matplotlib.dates import date2num

        spans = [(e.begin, e.end) for _, e in dated]
        if self.dct is not None:
            spans.append((self.dct, self.dct))
        groups = _groups(spans, self.breaks)
        finest = max(e.when.interval.granularity for _, e in dated)
        limits = [_limits(lo, hi, finest) for lo, hi in groups]
        ax = self.ax
        if len(groups) == 1:
            self.panels = [ax]
        else:
            counts = [sum(1 for _, e in dated if lo <= e.begin <= hi) for lo, hi in groups]
            weights = [max(n / len(dated), 0.3 if n else 0.12) for n in counts]
            gap = _PANEL_GAP * self.dpi / max(ax.bbox.width, 1.0)
            share = (1 - gap * (len(groups) - 1)) / sum(weights)
            x = 0.0
            for weight in weights:
                self.panels.append(ax.inset_axes((x, 0, weight * share, 1)))
                x += weight * share + gap
            ax.set_axis_off()
        ranges = []
        for p, (lo, hi) in enumerate(limits):
            panel = self.panels[p]
            ranges.append((float(date2num(lo)), float(date2num(hi))))
            self._axis(panel, ranges[-1], left=p > 0, right=p < len(limits) - 1)
        return ranges

    def _axis(self, panel: "Axes", limits: tuple[float, float], left: bool, right: bool) -> None:
        from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, DateFormatter, date2num, num2date
        from matplotlib.ticker import FixedLocator

        panel.set_xlim(*limits)
        inches = panel.bbox.width / self.dpi
        locator = AutoDateLocator(minticks=2, maxticks=max(3, int(inches / 0.75)))
        panel.xaxis.set_major_locator(locator)
        panel.xaxis.set_major_formatter(ConciseDateFormatter(locator))
        if len(panel.xaxis.get_majorticklocs()) < 2:  # a narrow panel (the dct alone): tick its middle day
            middle = num2date(sum(limits) / 2).replace(hour=0, minute=0, second=0, microsecond=0)
            panel.xaxis.set_major_locator(FixedLocator([date2num(middle)]))
            panel.xaxis.set_major_formatter(DateFormatter("%Y-%m-%d"))
        panel.yaxis.set_visible(False)
        for side in ("left", "right", "top"):
            panel.spines[side].set_visible(False)
        panel.spines["bottom"].set_color(COLORS["axis"])
        panel.tick_params(axis="x", colors=COLORS["axis"], labelsize=self.fontsize)
        panel.xaxis.get_offset_text().set_fontsize(self.fontsize)
        panel.patch.set_alpha(0)
        panel.grid(axis="x", color="#e2e8f0", linewidth=0.8)
        panel.set_axisbelow(True)
        for x, flag in ((0, left), (1, right)):  # the break marks: // on the axis line
            if flag:
                panel.plot([x], [0], transform=panel.transAxes, marker=[(-1, -1.6), (1, 1.6)],
                           markersize=7, linestyle="none", color=COLORS["axis"], mew=1.2, clip_on=False)

    def _items(self, dated: list[tuple[int, Event]], ranges: list[tuple[float, float]]) -> list[_Item]:
        from matplotlib.dates import date2num

        items = []
        for index, event in dated:
            begin = float(date2num(event.begin))
            panel = next(p for p, (lo, hi) in enumerate(ranges) if lo <= begin <= hi)
            items.append(_Item(
                index=index, event=event, panel=panel, tense=_tense(event.when, self.dct),
                soft=event.when.mod is not None, bar=event.when.interval.granularity <= Granularity.WEEK,
                when=_when_text(event.when), label=_shorten(event.label, self.max_label),
            ))
        return items

    # -- layout -------------------------------------------------------------------------------

    def _layout(self, items: list[_Item], fontsize: float) -> int:
        """Place every label beside its glyph and pack the items in rows; return the row count."""
        from matplotlib.dates import date2num
        from matplotlib.text import Text

        px = self.dpi / 72  # pixels per point
        pad, gap, half = _PAD * fontsize * px, _GAP * fontsize * px, _HALF * fontsize * px
        renderer = _renderer(self.fig)
        probe = Text(fontsize=fontsize)
        probe.set_figure(self.fig)

        def width(text: str) -> float:
            probe.set_text(text)
            return probe.get_window_extent(renderer).width

        # a label stays in its panel and off the article-date line if it can; else it may cross
        # the line, or reach over a break into the next panel
        p0, p1 = self.ax.bbox.x0, self.ax.bbox.x1
        walls = [p0, p1]
        walls_clean = walls + [x for panel in self.panels for x in (panel.bbox.x0, panel.bbox.x1)]
        if self.dct is not None:
            rule = self._x(float(date2num(self.dct)))
            walls_clean += [rule - gap / 2, rule + gap / 2]
        marks = [self._x(float(date2num(it.event.begin)), self.panels[it.panel]) for it in items if not it.bar]
        for item in items:
            panel = self.panels[item.panel]
            begin = self._x(float(date2num(item.event.begin)), panel)
            if item.bar:
                g0, g1 = begin, self._x(float(date2num(item.event.end)), panel)
            else:
                g0, g1 = begin - half, begin + half

            def room(side: str, walls: list[float]) -> float:
                if side == "inside":
                    end = min((w for w in walls if w > g0 + pad), default=p1)
                    return min(g1, end) - g0 - 2 * pad if item.bar else -1.0
                if side == "right":
                    return min((w for w in walls if w >= g1 + pad), default=p1) - g1 - pad
                return g0 - pad - max((w for w in walls if w <= g0 - pad), default=p0)

            def extent(side: str, w: float) -> tuple[float, float]:
                if side == "left":
                    return g0 - pad - w, g0 - pad
                return (g0 + pad, g0 + pad + w) if side == "inside" else (g1 + pad, g1 + pad + w)

            def crossings(side: str) -> int:  # other markers' stems the label would hide
                a, b = extent(side, need)
                return sum(1 for x in marks if a - gap < x < b + gap and not g0 <= x <= g1)

            item.shown = _join(item.when, item.label)
            need = width(item.shown)
            order = ("inside", "right", "left") if item.bar else ("right", "left")
            # a side with room that keeps clear of the article-date line, else one that crosses it;
            # of those, the one over fewest other markers (whose stems it would hide), in order
            fitting = next(([s for s in order if room(s, ws) >= need] for ws in (walls_clean, walls)
                            if any(room(s, ws) >= need for s in order)), [])
            side = min(fitting, key=lambda s: (crossings(s), order.index(s))) if fitting else None
            if side is None:  # cut the label where it has most room, clear of the line if that is enough
                short = width(_join(item.when, item.label[:12]))
                ws = walls_clean if max(room(s, walls_clean) for s in order) >= short else walls
                side = max(order, key=lambda s: room(s, ws))
                item.shown = _fit(item.when, item.label, room(side, ws), width)
                need = width(item.shown)
            item.side = side
            label = extent(side, need)
            item.spans = [(g0, g1, "bar" if item.bar else "mark")]
            if item.shown:
                item.spans.append((label[0], label[1], "label"))
            item.stem = None if item.bar else begin
        return _pack(items, gap)

    def _panel_of(self, x: float) -> int:
        for p, panel in enumerate(self.panels):
            lo, hi = panel.get_xlim()
            if lo <= x <= hi:
                return p
        return 0

    def _x(self, x: float, panel: Optional["Axes"] = None) -> float:
        panel = panel if panel is not None else self.panels[self._panel_of(x)]
        return float(panel.transData.transform((x, 0))[0])

    # -- artists ------------------------------------------------------------------------------

    def _render(self, items: list[_Item], rows: int, fontsize: float) -> None:
        from matplotlib.colors import to_rgba
        from matplotlib.dates import date2num
        from matplotlib.patches import Rectangle

        top = max(rows, 2) + 0.3
        for panel in self.panels:
            panel.set_ylim(0, top)
        pad_pt = _PAD * fontsize
        for item in items:
            panel = self.panels[item.panel]
            color = COLORS[item.tense]
            y = item.row + 0.7
            begin = float(date2num(item.event.begin))
            style = "--" if item.soft else "-"
            if item.bar:
                end = float(date2num(item.event.end))
                face = to_rgba(color, 0.14 if item.soft else 0.3)
                edge = to_rgba(color, 0.6 if item.soft else 1.0)  # also the colour of the hatching
                panel.add_patch(Rectangle(
                    (begin, y - 0.25), end - begin, 0.5, facecolor=face, edgecolor=edge,
                    linewidth=1.1, linestyle=style, hatch="////" if item.tense == "future" else None,
                    gid=f"chronos-span-{item.index}", zorder=2,
                ))
                anchor = end if item.side == "right" else begin
            else:
                panel.vlines(begin, 0, y, colors=color, linewidth=1.0, linestyles=style,
                             alpha=0.6 if item.soft else 0.9, gid=f"chronos-stem-{item.index}", zorder=1)
                panel.plot([begin], [y], marker=_MARKERS[item.tense], markersize=2 * _HALF * fontsize,
                           color=color, markerfacecolor="white" if item.soft else color,
                           markeredgewidth=1.2, linestyle="none", gid=f"chronos-point-{item.index}", zorder=3)
                anchor = begin
            if not item.shown:
                continue
            offset = {"left": -pad_pt, "right": pad_pt, "inside": pad_pt}[item.side]
            if not item.bar:
                offset += _HALF * fontsize * (1 if item.side == "right" else -1)
            panel.annotate(
                item.shown, xy=(anchor, y), xytext=(offset, 0), textcoords="offset points",
                ha="right" if item.side == "left" else "left", va="center", fontsize=fontsize,
                color=COLORS["text"], alpha=0.8 if item.soft else 1.0, annotation_clip=False,
                gid=f"chronos-label-{item.index}", zorder=4,
                bbox=None if item.side == "inside" and item.tense != "future" else _LABEL_BOX,
            )
        if self.dct is not None:
            self._dct(fontsize)

    def _dct(self, fontsize: float) -> None:
        from matplotlib.dates import date2num

        x = float(date2num(self.dct))
        panel = self.panels[self._panel_of(x)]
        if not panel.get_xlim()[0] <= x <= panel.get_xlim()[1]:
            return
        color = COLORS["dct"]
        panel.axvline(x, color=color, linewidth=1.3, gid="chronos-dct", zorder=1.5)
        panel.plot([x], [1], marker="v", markersize=0.8 * fontsize, color=color,
                   transform=panel.get_xaxis_transform(), clip_on=False, zorder=5)
        share = (self._x(x, panel) - self.ax.bbox.x0) / max(self.ax.bbox.width, 1.0)
        ha = "right" if share > 0.8 else "left" if share < 0.2 else "center"
        panel.annotate(
            f"article date {self.dct:%d %b %Y}", xy=(x, 1), xycoords=panel.get_xaxis_transform(),
            xytext=(0, 0.9 * fontsize), textcoords="offset points", ha=ha, va="bottom",
            fontsize=fontsize, color=color, annotation_clip=False, gid="chronos-dct-label",
        )

    def _legend(self, items: list[_Item], fontsize: float, inside: bool) -> int:
        """Draw the legend (in a band at the top if ``inside``, else under the axis); return its lines."""
        from math import ceil

        from matplotlib.colors import to_rgba
        from matplotlib.legend_handler import HandlerTuple
        from matplotlib.lines import Line2D
        from matplotlib.patches import Patch
        from matplotlib.transforms import ScaledTranslation

        def key(group: list[_Item], color: str, alpha: float, style: str, marker: str, face: str) -> tuple:
            """A bar and/or a marker, as the group's events are drawn."""
            parts: list[Any] = []
            if any(item.bar for item in group):
                parts.append(Patch(facecolor=to_rgba(color, alpha), edgecolor=color, linestyle=style,
                                   hatch="////" if group[0].tense == "future" and style == "-" else None))
            if not all(item.bar for item in group):
                parts.append(Line2D([], [], color=color, marker=marker, markerfacecolor=face, linestyle="none",
                                    markersize=0.8 * fontsize, markeredgewidth=1.2))
            return tuple(parts)

        handles, names = [], []
        for tense in ("past", "present", "future", "undated"):
            group = [item for item in items if item.tense == tense]
            if group:
                color = COLORS[tense]
                handles.append(key(group, color, 0.3, "-", _MARKERS[tense], color))
                names.append(_LEGEND[tense])
        soft = [item for item in items if item.soft]
        if soft:
            handles.append(key(soft, COLORS["axis"], 0.14, "--", "o", "white"))
            names.append("approximate / open-ended")
        if self.dct is not None:
            handles.append(Line2D([], [], color=COLORS["dct"], linewidth=1.3))
            names.append("article date")
        if inside:
            where: dict[str, Any] = {"loc": "upper center", "bbox_to_anchor": (0.5, 1), "frameon": True,
                                     "facecolor": "white", "edgecolor": "none", "framealpha": 0.9}
        else:
            shift = ScaledTranslation(0, -(_BOTTOM_AXIS - 0.08), self.fig.dpi_scale_trans)
            where = {"loc": "upper center", "bbox_to_anchor": (0.5, 0),
                     "bbox_transform": self.ax.transAxes + shift, "frameon": False}
        renderer = _renderer(self.fig)
        for lines in range(1, len(handles) + 1):  # as few lines as fit the width
            legend = self.ax.legend(handles, names, ncol=ceil(len(handles) / lines), fontsize=fontsize,
                                    handlelength=2.2, columnspacing=1.2, borderaxespad=0.2,
                                    handler_map={tuple: HandlerTuple(ndivide=None, pad=0.5)}, **where)
            if legend.get_window_extent(renderer).width <= self.ax.bbox.width:
                break
        legend.set_gid("chronos-legend")
        return lines


def _join(when: str, label: str) -> str:
    """A label as drawn: ``2016-12  visit to Japan``."""
    return f"{when}  {label}" if label else when


def _fit(when: str, label: str, room: float, width: Any) -> str:
    """The label with the longest cut of ``label`` whose ``width`` fits ``room`` pixels.

    Only the date when even a two-character cut does not fit; '' when the date does not fit.
    """
    lo, hi = 0, len(label)
    while lo < hi:  # the longest cut that fits
        mid = (lo + hi + 1) // 2
        if width(_join(when, _shorten(label, mid))) <= room:
            lo = mid
        else:
            hi = mid - 1
    if lo > 1:
        return _join(when, _shorten(label, lo))
    return when if width(when) <= room else ""


def _pack(items: list[_Item], gap: float) -> int:
    """Greedy first-fit: each item, by its left edge, goes to the lowest row where its glyph and
    label overlap nothing; among those rows, the lowest where no stem (a marker's line down to
    the axis) crosses a label or bar is preferred. Return the number of rows."""
    rows: list[list[tuple[float, float, str]]] = []
    stems: list[list[float]] = []  # per row, the stems passing through it

    def hits(spans: list[tuple[float, float, str]], x0: float, x1: float) -> bool:
        return any(a < x1 + gap and x0 < b + gap for a, b, _ in spans)

    for item in sorted(items, key=lambda it: (it.left, it.index)):
        fits = [r for r in range(len(rows)) if not any(hits(rows[r], a, b) for a, b, _ in item.spans)]

        def clean(row: int) -> bool:
            covered = [(a, b) for a, b, kind in item.spans if kind != "mark"]
            if any(a - gap < x < b + gap for x in stems[row] for a, b in covered):
                return False
            return item.stem is None or not any(
                a - gap < item.stem < b + gap for r in range(row) for a, b, kind in rows[r] if kind != "mark"
            )

        row = next((r for r in fits if clean(r)), fits[0] if fits else len(rows))
        if row == len(rows):
            rows.append([])
            stems.append([])
        rows[row].extend(item.spans)
        if item.stem is not None:
            for r in range(row):
                stems[r].append(item.stem)
        item.row = row
    return len(rows)


def _renderer(fig: "Figure") -> Any:
    """The renderer that measures text as the figure will draw it."""
    canvas = fig.canvas
    if hasattr(canvas, "get_renderer"):
        return canvas.get_renderer()
    return fig._get_renderer()  # matplotlib >= 3.6; pyplot-free for any canvas

