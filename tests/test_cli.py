"""The command line: chronos FILE --dct DATE [--format table|json|timeml] [--timeline] [--plot OUT]."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import chronos
from chronos.cli import main

from test_api import SAMPLE, SAMPLE_TIMELINE

ROOT = Path(__file__).resolve().parents[1]
DCT = "2017-03-17"


def run(capsys, *argv):
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def table_rows(out, columns):
    """The rows of a table printed by the CLI (header dropped), cut where the header's columns start."""
    header, *rows = out.rstrip("\n").split("\n")
    names = header.split()
    assert len(names) == columns
    cuts = [header.index(f" {name} ") + 1 for name in names[1:-1]] + [header.rindex(" " + names[-1]) + 1]
    return [[row[a:b].strip() for a, b in zip([0, *cuts], [*cuts, None])] for row in rows]


def assert_one_line_error(status, out, err, *quoted):
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("chronos: error: ")
    assert "Traceback" not in err
    for text in quoted:
        assert text in err


# -- output formats -------------------------------------------------------------------------------


def test_table(capsys, sample_path, sample_text):
    status, out, err = run(capsys, sample_path, "--dct", DCT)
    assert (status, err) == (0, "")
    rows = table_rows(out, 5)
    assert [(text, value) for _, _, _, value, text in rows] == SAMPLE
    assert all(sample_text[int(s):int(e)] == text for s, e, _, _, text in rows)
    assert {kind for _, _, kind, _, _ in rows} == {"DATE"}


def test_stdin(capsys, monkeypatch, sample_path):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(sample_path.read_bytes())))
    _, from_stdin, _ = run(capsys, "-", "--dct", DCT)
    _, from_file, _ = run(capsys, sample_path, "--dct", DCT)
    assert from_stdin == from_file


def test_dct_in_words(capsys, sample_path):
    _, out, _ = run(capsys, sample_path, "--dct", "March 17, 2017")
    assert [(text, value) for _, _, _, value, text in table_rows(out, 5)] == SAMPLE


def test_json(capsys, sample_path, sample_text):
    status, out, _ = run(capsys, sample_path, "--dct", DCT, "--format", "json")
    records = json.loads(out)
    assert status == 0
    assert [(r["text"], r["value"], r["type"]) for r in records] == [(t, v, "DATE") for t, v in SAMPLE]
    assert all(sample_text[r["start"]:r["end"]] == r["text"] for r in records)


def test_timeline_table(capsys, sample_path):
    status, out, _ = run(capsys, sample_path, "--dct", DCT, "--timeline")
    assert status == 0
    assert [row[0] for row in table_rows(out, 3)] == SAMPLE_TIMELINE
    assert table_rows(out, 3)[0][1] == "November 2013"


def test_timeline_json(capsys, sample_path):
    _, out, _ = run(capsys, sample_path, "--dct", DCT, "--timeline", "--format", "json")
    records = json.loads(out)
    assert [r["value"] for r in records] == SAMPLE_TIMELINE
    assert all(r["label"] for r in records)


def test_timeml_round_trips(capsys, sample_path, sample_text):
    from chronos.timeml import read_timeml

    status, out, _ = run(capsys, sample_path, "--dct", DCT, "--format", "timeml")
    assert status == 0
    assert '<TIMEX3 tid="t1" type="DATE" value="2017-03-17">March 17</TIMEX3>' in out
    doc = read_timeml(out)
    assert doc.text == sample_text
    assert doc.dct.date().isoformat() == DCT
    assert [(t.text, t.value) for t in doc.timexes] == SAMPLE


def test_plot(capsys, tmp_path, sample_path):
    target = tmp_path / "kurils.png"
    status, out, _ = run(capsys, sample_path, "--dct", DCT, "--plot", target)
    assert status == 0 and out
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("anchor", ["auto", "news", "narrative"])
def test_anchor(capsys, sample_path, anchor):
    status, out, _ = run(capsys, sample_path, "--dct", DCT, "--anchor", anchor)
    assert status == 0
    values = [row[3] for row in table_rows(out, 5)]
    assert values == [e.value for e in chronos.extract(sample_path.read_text("utf-8"), DCT, anchor=anchor)]


def test_version(capsys):
    status, out, _ = run(capsys, "--version")
    assert (status, out) == (0, f"chronos {chronos.__version__}\n")


def test_no_expressions(capsys, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("Nothing happened here.\n", encoding="utf-8")
    status, out, _ = run(capsys, path, "--dct", DCT)
    assert status == 0 and table_rows(out, 5) == []
    _, out, _ = run(capsys, path, "--format", "json")
    assert json.loads(out) == []


def test_offsets_count_characters_of_the_file_as_written(capsys, tmp_path):
    # a BOM is dropped, CRLF line ends are kept, non-ASCII characters count as one
    text = "Talks \u2013 in Tokyo\u2019s\r\nsummit \u2014 resume on March 20.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    _, out, _ = run(capsys, path, "--dct", DCT, "--format", "json")
    records = json.loads(out)
    assert [(r["text"], r["value"]) for r in records] == [("March 20", "2017-03-20")]
    assert text[records[0]["start"]:records[0]["end"]] == "March 20"


# -- errors: one line on stderr, exit status 2 ----------------------------------------------------


def test_missing_file(capsys, tmp_path):
    missing = tmp_path / "no-such-article.txt"
    assert_one_line_error(*run(capsys, missing, "--dct", DCT), str(missing), "No such file")


def test_directory(capsys, tmp_path):
    assert_one_line_error(*run(capsys, tmp_path), str(tmp_path))


def test_not_utf8(capsys, tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Talks resume on March 20 in Malm\u00f6.".encode("latin-1"))
    assert_one_line_error(*run(capsys, path, "--dct", DCT), str(path), "UTF-8", "0xf6")


def test_not_utf8_stdin(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"March 20\xff")))
    assert_one_line_error(*run(capsys, "-"), "<stdin>", "UTF-8")


@pytest.mark.parametrize("dct", ["2017-13-45", "not a date", "2017"])
def test_bad_dct(capsys, sample_path, dct):
    assert_one_line_error(*run(capsys, sample_path, "--dct", dct), "--dct", repr(dct))


@pytest.mark.parametrize("target", ["missing-dir/out.png", "out.gif"])
def test_unwritable_plot(capsys, tmp_path, sample_path, target):
    target = tmp_path / target
    assert_one_line_error(*run(capsys, sample_path, "--dct", DCT, "--plot", target), str(target))
    assert not target.exists()


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["FILE", "--format", "xml"],
        ["FILE", "--anchor", "bogus"],
        ["FILE", "--timeline", "--format", "timeml"],
        ["FILE", "--no-such-option"],
    ],
)
def test_usage_errors(capsys, argv, sample_path):
    argv = [str(sample_path) if a == "FILE" else a for a in argv]
    status, out, err = run(capsys, *argv)
    assert status == 2 and out == ""
    assert "usage: chronos" in err and "Traceback" not in err


# -- as a program ---------------------------------------------------------------------------------


def python_m_chronos(*argv, stdin=b""):
    return subprocess.run(
        [sys.executable, "-m", "chronos", *map(str, argv)], input=stdin, capture_output=True, cwd=ROOT, timeout=120
    )


def test_python_m_chronos(sample_path):
    done = python_m_chronos("-", "--dct", DCT, "--format", "json", stdin=sample_path.read_bytes())
    assert done.returncode == 0, done.stderr
    assert [(r["text"], r["value"]) for r in json.loads(done.stdout)] == SAMPLE


def test_python_m_chronos_error(tmp_path):
    done = python_m_chronos(tmp_path / "missing.txt")
    assert done.returncode == 2
    assert done.stdout == b""
    assert done.stderr.decode().count("\n") == 1 and b"missing.txt" in done.stderr


def test_without_dct_says_which_date_it_used(capsys, sample_path):
    status, out, err = run(capsys, sample_path)
    assert status == 0
    assert "2017-03-17" in err and "inferred" in err and "MOSCOW, March 17" in err
    assert "2016-12" in out  # "last December", resolved against the inferred date


def test_without_dct_or_dateline_says_dates_stay_unresolved(capsys, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Putin visited Japan last December.", encoding="utf-8")
    status, out, err = run(capsys, str(article))
    assert status == 0 and "XXXX-12" in out
    assert "no dateline" in err and "--dct" in err
