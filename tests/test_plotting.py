"""The chronology figure: chronos.plot, Timeline.plot/save, and the notebook reprs."""

import datetime as dt
import io
import os
import random
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402  (only to check that chronos leaves it alone)
import pytest  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.dates import date2num  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from PIL import Image  # noqa: E402

import chronos  # noqa: E402
from chronos import Event, Granularity, Interval, Reference, TimeExpression, Timeline  # noqa: E402
from chronos.plotting import draw, figure, timeline_html, timeline_png  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DCT = dt.datetime(2017, 3, 17)
G = Granularity


# ---------------------------------------------------------------------------------------------
# synthetic timelines


def period(value: str) -> tuple[dt.datetime, dt.datetime, Granularity]:
    """The interval of a YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD value."""
    year, *rest = value.split("-")
    y = int(year)
    if not rest:
        return dt.datetime(y, 1, 1), dt.datetime(y + 1, 1, 1), G.YEAR
    if rest[0].startswith("Q"):
        q = int(rest[0][1])
        end = dt.datetime(y + 1, 1, 1) if q == 4 else dt.datetime(y, 3 * q + 1, 1)
        return dt.datetime(y, 3 * q - 2, 1), end, G.QUARTER
    m = int(rest[0])
    if len(rest) == 1:
        return dt.datetime(y, m, 1), dt.datetime(y + m // 12, m % 12 + 1, 1), G.MONTH
    day = dt.datetime(y, m, int(rest[1]))
    return day, day + dt.timedelta(days=1), G.DAY


def event(value: str, label: str, mod: str = None, interval: bool = True) -> Event:
    begin, end, granularity = period(value)
    expr = TimeExpression(value, 0, len(value), "DATE", value, mod,
                          Interval(begin, end, granularity) if interval else None)
    return Event(expr, f"{label}.", label)


def make(events, dct=DCT) -> Timeline:
    return Timeline(events, Reference.given(dct) if dct else Reference.none())


def kurils() -> Timeline:
    """The events the sample article should give."""
    return make([
        event("2013-11", "A previous similar meeting was held"),
        event("2015", "the Tor-M2U anti-missile systems were put on combat duty there"),
        event("2016", "Russia deployed its Bastion and Bal coastal missile systems"),
        event("2016-11", "Dmitry Peskov said that the deployment was well founded"),
        event("2016-12", "Putin's visit to Japan"),
        event("2017-02", "The agreement on this was reached"),
        event("2017-03-17", "Morgulov said in an interview"),
        event("2017-03-17", "Moscow is mulling over the establishment of a naval base"),
        event("2017-03-20", "Moscow may outline its vision at the meeting"),
        event("2017-03-20", "Tokyo will host a meeting of foreign and defense ministers"),
    ])


WORDS = "talks meeting missile deployment treaty visit summit sanctions drills base islands ministers".split()


def many(n: int = 60, seed: int = 7) -> Timeline:
    rng = random.Random(seed)
    events = []
    for _ in range(n):
        year = rng.choice([2015, 2016, 2016, 2017])
        month = rng.randint(1, 12 if year < 2017 else 4)
        kind = rng.random()
        if kind < 0.15:
            value = str(year)
        elif kind < 0.5:
            value = f"{year}-{month:02d}"
        else:
            value = f"{year}-{month:02d}-{rng.randint(1, 28):02d}"
        label = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 8)))
        events.append(event(value, label, rng.choice([None] * 5 + ["APPROX", "BEFORE", "END"])))
    events.sort(key=lambda e: (e.begin, e.when.interval.granularity))
    return make(events)


def centuries() -> Timeline:
    """Events clustered at both ends of a century."""
    return make([
        event("1914", "the First World War began"),
        event("1914-08", "Germany declared war on Russia"),
        event("2016", "Russia deployed missiles"),
        event("2016-12", "Putin visited Japan"),
        event("2017-03-17", "Morgulov said"),
        event("2017-03-20", "talks in Tokyo"),
    ])


# ---------------------------------------------------------------------------------------------
# reading a drawn figure back


def panels(ax):
    return [ax] + list(ax.child_axes)


def artists(ax, kind):
    """The chronos artists of one kind (label, span, point, stem), by event index."""
    found = {}
    for panel in panels(ax):
        for artist in panel.get_children():
            gid = artist.get_gid() or ""
            if gid.startswith(f"chronos-{kind}-"):
                found[int(gid.rsplit("-", 1)[1])] = artist
    return found


def boxes(ax):
    """Label, tick-label and other text extents of a drawn figure, in display pixels."""
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    labels = {i: t.get_window_extent(renderer) for i, t in artists(ax, "label").items()}
    ticks = []
    for panel in panels(ax):
        texts = list(panel.xaxis.get_majorticklabels()) + [panel.xaxis.get_offset_text()]
        ticks += [t.get_window_extent(renderer) for t in texts if t.get_visible() and t.get_text()]
    others = [t.get_window_extent(renderer) for p in panels(ax) for t in p.texts
              if (t.get_gid() or "").startswith("chronos-dct")]
    others += [p.title.get_window_extent(renderer) for p in panels(ax) if p.get_title(loc="left")]
    return labels, ticks, others


def overlap(a, b) -> bool:
    return min(a.x1, b.x1) - max(a.x0, b.x0) > 0 and min(a.y1, b.y1) - max(a.y0, b.y0) > 0


def assert_readable(ax):
    labels, ticks, others = boxes(ax)
    assert labels
    for (i, a), (j, b) in combinations(labels.items(), 2):
        assert not overlap(a, b), f"labels {i} and {j} overlap"
    for i, a in labels.items():
        assert not any(overlap(a, t) for t in ticks), f"label {i} overlaps a tick label"
        assert not any(overlap(a, t) for t in others), f"label {i} overlaps the title or article date"
        assert ax.figure.bbox.x0 <= a.x0 and a.x1 <= ax.figure.bbox.x1, f"label {i} leaves the figure"
        assert ax.bbox.y0 < a.y0 and a.y1 < ax.bbox.y1, f"label {i} crosses the date axis or the top"


# ---------------------------------------------------------------------------------------------
# the picture


@pytest.mark.parametrize("timeline", [kurils(), many(), centuries()], ids=["kurils", "60 events", "1914-2017"])
def test_labels_overlap_neither_each_other_nor_the_axis(timeline):
    assert_readable(draw(timeline, title="A chronology"))


def test_labels_of_the_sample_do_not_overlap(sample_text):
    ax = chronos.plot(sample_text, dct="2017-03-17", title="Kurils")
    assert len(artists(ax, "label")) == len(chronos.timeline(sample_text, dct="2017-03-17"))
    assert_readable(ax)


def test_labels_do_not_cover_other_events():
    ax = draw(many())
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    glyphs = {i: a.get_window_extent(renderer) for kind in ("span", "point") for i, a in artists(ax, kind).items()}
    for i, text in artists(ax, "label").items():
        box = text.get_window_extent(renderer)
        assert not [j for j, g in glyphs.items() if j != i and overlap(box, g)], f"label {i} covers a glyph"


def test_every_event_has_its_label_and_value():
    tl = kurils()
    texts = {i: t.get_text() for i, t in artists(draw(tl), "label").items()}
    assert sorted(texts) == list(range(len(tl)))
    for i, e in enumerate(tl):
        assert texts[i].startswith(e.when.value + "  ")
        assert texts[i][len(e.when.value) + 2:].rstrip("…") in e.label


def test_spans_cover_their_periods_and_days_are_points():
    tl = make([event("2015", "a year"), event("2016-Q2", "a quarter"), event("2016-11", "a month"),
               event("2016-12-01", "a day"), event("2017-03-20", "a later day")])
    ax = draw(tl, breaks=False)
    spans, points, stems = artists(ax, "span"), artists(ax, "point"), artists(ax, "stem")
    assert sorted(spans) == [0, 1, 2] and sorted(points) == sorted(stems) == [3, 4]
    for i, rect in spans.items():
        e = tl[i]
        assert rect.get_x() == pytest.approx(date2num(e.begin))
        assert rect.get_x() + rect.get_width() == pytest.approx(date2num(e.end))
    for i, line in points.items():
        assert list(line.get_xdata()) == pytest.approx([date2num(tl[i].begin)])
        assert stems[i].get_segments()[0][0][1] == 0  # the stem starts on the axis


def test_year_2016_is_a_year_long_bar():
    rect = artists(draw(make([event("2016", "last year")])), "span")[0]
    assert (rect.get_x(), rect.get_x() + rect.get_width()) == pytest.approx(
        (date2num(dt.datetime(2016, 1, 1)), date2num(dt.datetime(2017, 1, 1))))


def test_article_date_line_and_label():
    ax = draw(kurils())
    lines = [line for p in panels(ax) for line in p.lines if line.get_gid() == "chronos-dct"]
    assert len(lines) == 1
    assert list(lines[0].get_xdata()) == pytest.approx([date2num(DCT)] * 2)
    label = [t for p in panels(ax) for t in p.texts if t.get_gid() == "chronos-dct-label"]
    assert [t.get_text() for t in label] == ["article date 17 Mar 2017"]


def test_no_article_date_no_line():
    ax = draw(make(kurils().events, dct=None))
    assert not [line for p in panels(ax) for line in p.lines if line.get_gid() == "chronos-dct"]


def test_future_and_approximate_events_look_different():
    tl = make([event("2016", "past"), event("2016-06", "approximately", "APPROX"), event("2018", "next year"),
               event("2016-05-01", "a past day"), event("2016-07-01", "an approximate day", "APPROX"),
               event("2017-03-20", "a future day")])
    ax = draw(tl, breaks=False)
    spans, points = artists(ax, "span"), artists(ax, "point")
    past, soft, future = spans[0], spans[1], spans[2]
    assert past.get_hatch() is None and future.get_hatch()
    assert past.get_edgecolor() != future.get_edgecolor()
    assert past.get_linestyle() == "-" and soft.get_linestyle() == "--"
    assert soft.get_facecolor()[3] < past.get_facecolor()[3]
    assert points[3].get_color() != points[5].get_color()
    assert points[3].get_marker() != points[5].get_marker()
    assert points[4].get_markerfacecolor() == "white" != points[3].get_markerfacecolor()


def test_legend_names_what_is_drawn():
    legend = draw(make([event("2016", "past"), event("2018", "next year", "AFTER")])).get_legend()
    assert [t.get_text() for t in legend.get_texts()] == [
        "before the article date", "after the article date", "approximate / open-ended", "article date"]
    assert draw(kurils(), legend=False).get_legend() is None


def test_broken_axis_keeps_both_ends_readable():
    tl = centuries()
    ax = draw(tl)
    assert len(ax.child_axes) == 2 and not ax.axison
    early, late = ax.child_axes
    assert early.get_xlim()[1] < date2num(dt.datetime(1920, 1, 1))
    assert late.get_xlim()[0] > date2num(dt.datetime(2015, 1, 1))
    assert late.get_xlim()[0] <= date2num(DCT) <= late.get_xlim()[1]
    for i, rect in artists(ax, "span").items():
        lo, hi = rect.axes.get_xlim()
        assert lo <= rect.get_x() and rect.get_x() + rect.get_width() <= hi
        assert (rect.axes is early) == (tl[i].begin.year == 1914)
    # each panel gets a real date axis, not one tick per century
    assert len(early.xaxis.get_majorticklocs()) >= 2 and len(late.xaxis.get_majorticklocs()) >= 3
    assert_readable(ax)


def test_no_break_without_a_long_gap_or_when_asked():
    assert draw(kurils()).child_axes == []
    assert draw(centuries(), breaks=False).child_axes == []


def test_events_without_interval_are_skipped():
    tl = make([event("2016", "kept"), event("2015", "no interval", interval=False)])
    assert sorted(artists(draw(tl), "label")) == [0]


@pytest.mark.parametrize("events", [[], [event("2015", "undated", interval=False)]], ids=["none", "no interval"])
def test_nothing_to_draw(events, tmp_path):
    ax = draw(make(events), title="Nothing")
    assert [t.get_text() for t in ax.texts] == ["no dated events (article date 2017-03-17)"]
    make(events).save(tmp_path / "empty.png")
    assert Image.open(tmp_path / "empty.png").size[0] == 1500


def test_three_events():
    ax = draw(make([event("2013-11", "held"), event("2016", "deployed"), event("2017-03-20", "talks")]))
    assert len(artists(ax, "label")) == 3
    assert_readable(ax)


def test_height_grows_with_the_rows():
    small, big = figure(kurils()[:3]), figure(many())
    assert small.get_figwidth() == big.get_figwidth() == 10
    assert big.get_figheight() > 2 * small.get_figheight()


def test_labels_are_cut_to_max_label():
    tl = make([event("2015", "word " * 30)])
    text = artists(draw(tl, max_label=20), "label")[0].get_text()
    assert text.endswith("…") and len(text) <= len("2015  ") + 20


def test_mods_and_present_ref_in_labels():
    now = TimeExpression("currently", 0, 9, "DATE", "PRESENT_REF", None, Interval(DCT, DCT + dt.timedelta(1), G.DAY))
    tl = make([event("2016", "about then", "APPROX"), Event(now, "It is mulled.", "mulled")])
    texts = {i: t.get_text() for i, t in artists(draw(tl), "label").items()}
    assert texts == {0: "~2016  about then", 1: "now  mulled"}


def test_title():
    assert draw(kurils(), title="Kurils").get_title(loc="left") == "Kurils"
    assert draw(kurils()).get_title(loc="left") == ""


# ---------------------------------------------------------------------------------------------
# given Axes, chronos.plot, errors


def test_draws_on_the_given_axes_and_fits_its_height():
    fig = Figure(figsize=(8, 3.2))
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    assert kurils().plot(ax=ax) is ax
    assert fig.get_size_inches() == pytest.approx((8, 3.2))  # the caller's figure keeps its size
    labels, _, _ = boxes(ax)
    for (i, a), (j, b) in combinations(labels.items(), 2):
        assert not overlap(a, b), f"labels {i} and {j} overlap"
    legend = ax.get_legend().get_window_extent(fig.canvas.get_renderer())
    assert not any(overlap(legend, b) for b in labels.values())


def test_plot_reads_text():
    text = "In 2015, the systems were put on combat duty."
    ax = chronos.plot(text, dct="2017-03-17", title="Kurils")
    (only,) = chronos.timeline(text, dct="2017-03-17")
    assert [t.get_text() for t in artists(ax, "label").values()] == [f"2015  {only.label}"]
    assert ax.get_title(loc="left") == "Kurils"


def test_plot_errors():
    with pytest.raises(TypeError, match="int"):
        chronos.plot(42)
    with pytest.raises(chronos.ChronosError, match="dct="):
        chronos.plot(kurils(), dct="2017-03-17")
    with pytest.raises(TypeError, match="str"):
        kurils().plot(ax="not an axes")
    with pytest.raises(TypeError, match="unexpected keyword"):
        kurils().plot(colour="red")


# ---------------------------------------------------------------------------------------------
# files


@pytest.mark.parametrize("dpi", [50, 100, 150])
def test_png_has_the_pixel_size_of_its_dpi(tmp_path, dpi):
    path = tmp_path / "kurils.png"
    kurils().save(path, dpi=dpi, title="Kurils")
    width, height = figure(kurils(), dpi=dpi, title="Kurils").get_size_inches()
    image = Image.open(path)
    image.load()
    assert image.format == "PNG"
    assert image.size[0] == 10 * dpi
    assert abs(image.size[1] - height * dpi) <= 1


@pytest.mark.parametrize("suffix, magic", [(".svg", b"<?xml"), (".pdf", b"%PDF"), (".PNG", b"\x89PNG")])
def test_save_formats(tmp_path, suffix, magic):
    path = tmp_path / f"kurils{suffix}"
    kurils().save(str(path))
    assert path.read_bytes().startswith(magic)
    assert plt.get_fignums() == []


def test_svg_names_the_parts(tmp_path):
    path = tmp_path / "kurils.svg"
    kurils().save(path)
    svg = path.read_text(encoding="utf-8")
    assert 'id="chronos-span-0"' in svg and 'id="chronos-dct"' in svg


@pytest.mark.parametrize("name", ["kurils.gif", "kurils", "kurils.png.bak"])
def test_save_refuses_other_suffixes(tmp_path, name):
    with pytest.raises(ValueError, match="cannot save a chronology as") as info:
        kurils().save(tmp_path / name)
    assert repr(Path(name).suffix) in str(info.value)
    assert not (tmp_path / name).exists()


def test_save_to_a_missing_directory_is_an_oserror(tmp_path):
    with pytest.raises(OSError):
        kurils().save(tmp_path / "missing" / "kurils.png")


def test_pyplot_is_never_imported(tmp_path, sample_path):
    code = (
        "import sys, chronos\n"
        f"tl = chronos.timeline(open({str(sample_path)!r}, encoding='utf-8').read(), dct='2017-03-17')\n"
        f"tl.save({str(tmp_path / 'k.svg')!r}); tl.plot(); tl._repr_png_()\n"
        "print('matplotlib.pyplot' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "MPLBACKEND": "Agg"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


# ---------------------------------------------------------------------------------------------
# notebook display


def test_repr_png_is_the_figure():
    data = timeline_png(kurils(), dpi=80)
    assert kurils()._repr_png_()[:8] == data[:8] == b"\x89PNG\r\n\x1a\n"
    assert Image.open(io.BytesIO(data)).size[0] == 800


def test_repr_html_is_an_escaped_table():
    tl = make([event("2016", "missiles <script>alert(1)</script> & more"), event("2018", "later", "AFTER"),
               event("2015", "no interval", interval=False)])
    html = tl._repr_html_()
    assert html == timeline_html(tl)
    assert html.startswith('<table class="chronos-timeline">') and html.endswith("</table>")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html
    assert html.count("<tr>") == 4  # the head and the three events, dated or not
    assert "<td><code>2018</code> <small>AFTER</small></td><td>future</td>" in html
    assert "article date 2017-03-17 (given)" in html


def test_event_repr():
    ev = event("2016", "Russia deployed missiles", "APPROX")
    assert repr(ev) == "Event(value='2016', mod='APPROX', text='2016', label='Russia deployed missiles')"
    assert "<td>Russia deployed missiles</td>" not in ev._repr_html_()  # the label cell has a tooltip
    assert ">Russia deployed missiles</td>" in ev._repr_html_()
