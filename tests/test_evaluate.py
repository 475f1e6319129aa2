"""TempEval-3 Task A scoring: matching, arithmetic, corpus runs and the command line."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

import chronos
from chronos import ChronosError, TimeExpression as T
from chronos.evaluate import Scores, align, evaluate_corpus, main, score_documents
from chronos.timeml import read_timeml, write_timeml

ROOT = Path(__file__).parents[1]

# gold: "last week" (found as "week"), "Monday" (found, wrong value), "1998" (missed);
# predicted also "today" (spurious)
TEXT = "last week it fell; Monday it rose; in 1998 and today."
GOLD = [T("last week", 0, 9, "DATE", "2017-W10"), T("Monday", 19, 25, "DATE", "2017-03-13"),
        T("1998", 38, 42, "DATE", "1998")]
PRED = [T("week", 5, 9, "DATE", "2017-W10"), T("Monday", 19, 25, "DATE", "2017-03-20"),
        T("today", 47, 52, "DATE", "2017-03-17")]


def test_scores_by_hand():
    s = score_documents([(GOLD, PRED)])
    assert (s.docs, s.gold, s.predicted) == (1, 3, 3)
    assert (s.strict_matches, s.relaxed_matches, s.value_matches, s.type_matches) == (1, 2, 1, 2)
    assert (s.strict_precision, s.strict_recall) == pytest.approx((1 / 3, 1 / 3))
    assert (s.relaxed_precision, s.relaxed_recall, s.relaxed_f1) == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert (s.value_f1, s.type_f1) == pytest.approx((1 / 3, 2 / 3))
    assert (s.value_accuracy, s.type_accuracy) == (0.5, 1.0)


def test_attribute_f1_is_relaxed_f1_times_accuracy():
    gold = GOLD + [T("now", 60, 63, "DATE", "PRESENT_REF")]
    pred = PRED + [T("now", 60, 63, "DURATION", "PRESENT_REF")]
    s = score_documents([(gold, pred)])
    assert (s.gold, s.predicted, s.relaxed_matches) == (4, 4, 3)
    assert s.value_f1 == pytest.approx(s.relaxed_f1 * 2 / 3)
    assert s.type_f1 == pytest.approx(s.relaxed_f1 * 2 / 3)


def test_precision_and_recall_differ_when_counts_differ():
    s = score_documents([(GOLD[:1], PRED)])  # one gold, three predictions
    assert (s.relaxed_precision, s.relaxed_recall, s.strict_recall) == pytest.approx((1 / 3, 1.0, 0.0))
    assert s.relaxed_f1 == pytest.approx(0.5)


def test_micro_average_over_documents():
    s = score_documents([(GOLD, PRED), (GOLD[:1], GOLD[:1]), ([], [])])
    assert (s.docs, s.gold, s.predicted, s.strict_matches, s.relaxed_matches) == (3, 4, 4, 2, 3)
    assert s.strict_f1 == pytest.approx(0.5)


def test_nothing_to_score_gives_zeros():
    s = score_documents([([], [])])
    assert (s.strict_f1, s.relaxed_precision, s.value_f1, s.docs_per_second) == (0.0, 0.0, 0.0, 0.0)


def test_matching_is_one_to_one_and_prefers_larger_overlap():
    gold = [T("March", 0, 5, "DATE", "2017-03"), T("20 to 22", 6, 14, "DATE", "2017-03-20")]
    pred = [T("March 20", 0, 8, "DATE", "2017-03-20")]  # overlaps 5 with the first, 2 with the second
    assert align(gold, pred) == [(gold[0], pred[0]), (gold[1], None)]
    s = score_documents([(gold, pred)])
    assert (s.relaxed_matches, s.strict_matches, s.value_matches) == (1, 0, 0)


def test_identical_span_is_matched_before_a_larger_one():
    gold = [T("March 20", 0, 8, "DATE", "2017-03-20")]
    pred = [T("March 20 2017", 0, 13, "DATE", "2017-03-20"), T("March 20", 0, 8, "DATE", "2017-03-20")]
    assert align(gold, pred) == [(gold[0], pred[1]), (None, pred[0])]
    assert score_documents([(gold, pred)]).strict_matches == 1


def test_scores_add_up():
    a = score_documents([(GOLD, PRED)], name="a")
    b = score_documents([(GOLD[:1], GOLD[:1])], name="b")
    total = a + b
    assert (total.docs, total.gold, total.predicted, total.strict_matches) == (2, 4, 4, 2)
    assert total == score_documents([(GOLD, PRED), (GOLD[:1], GOLD[:1])], name="a+b")


def test_row_lines_up_with_header():
    s = score_documents([(GOLD, PRED)], name="TimeBank")
    header, row = Scores.header(), s.row()
    assert len(header.split()) == len(row.split()) == 12
    assert row.split()[:6] == ["TimeBank", "1", "3", "0.333", "0.333", "0.333"]
    assert len(header) == len(row)


@pytest.fixture
def corpus(tmp_path):
    """Two folders of gold TimeML: news/ (two documents) and wire/ (one)."""
    (tmp_path / "news").mkdir()
    (tmp_path / "wire").mkdir()
    write_timeml(tmp_path / "news" / "a.tml", TEXT, GOLD, dct="2017-03-17", docid="A1")
    write_timeml(tmp_path / "news" / "b.tml", "Nothing here.", [], dct="2017-03-18", docid="B1")
    write_timeml(tmp_path / "wire" / "c.tml", "It was 1998.", [T("1998", 7, 11, "DATE", "1998")],
                 dct="1998-05-01", docid="C1")
    return tmp_path


def fake_tagger(text, dct):
    """PRED on TEXT, the year on other texts; checks it gets the gold dct."""
    assert isinstance(dct, dt.datetime)
    if text == TEXT:
        return list(PRED)
    return [T(text[7:11], 7, 11, "DATE", text[7:11])] if text.startswith("It was") else []


def test_evaluate_corpus_with_a_custom_tagger(corpus):
    s = evaluate_corpus([corpus / "news", corpus / "wire" / "c.tml"], fake_tagger, name="both")
    assert (s.name, s.docs, s.gold, s.predicted, s.strict_matches, s.relaxed_matches) == ("both", 3, 4, 4, 2, 3)
    assert s.chars == len(TEXT) + len("Nothing here.") + len("It was 1998.")


def test_evaluate_corpus_passes_gold_text_and_dct(corpus):
    seen = []
    evaluate_corpus([corpus / "news" / "a.tml"], lambda text, dct: seen.append((text, dct)) or [])
    assert seen == [(TEXT, dt.datetime(2017, 3, 17))]


def test_tagger_with_wrong_offsets_is_reported(corpus):
    def off_by_one(text, dct):
        return [T(text[1:5], 0, 4, "DATE", "1998")]

    with pytest.raises(ChronosError, match="a.tml"):
        evaluate_corpus([corpus / "news" / "a.tml"], off_by_one)


def test_cli_table_has_a_row_per_folder_and_overall(corpus, capsys):
    assert main([str(corpus)], tagger=fake_tagger) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == Scores.header()
    assert [line.split()[:3] for line in lines[1:]] == [["news", "2", "3"], ["wire", "1", "1"], ["overall", "3", "4"]]
    assert lines[3].split()[3:11] == ["0.500", "0.500", "0.500", "0.750", "0.750", "0.750", "0.500", "0.750"]


def test_cli_errors_lists_missed_spurious_and_wrong_values(corpus, capsys):
    assert main([str(corpus / "news"), "--errors"], tagger=fake_tagger) == 0
    out = capsys.readouterr().out
    errors = [line.split("\t") for line in out.splitlines() if "\t" in line]
    assert [e[:4] for e in errors] == [
        ["SPAN", "A1", "gold 'last week' DATE 2017-W10", "pred 'week' DATE 2017-W10"],
        ["VALUE", "A1", "gold 'Monday' DATE 2017-03-13", "pred 'Monday' DATE 2017-03-20"],
        ["MISSED", "A1", "gold '1998' DATE 1998", "pred -"],
        ["SPURIOUS", "A1", "gold -", "pred 'today' DATE 2017-03-17"],
    ]
    assert all(e[4] == TEXT for e in errors)


def test_cli_json(corpus, capsys):
    assert main([str(corpus / "wire"), "--json", "--errors"], tagger=fake_tagger) == 0
    report = json.loads(capsys.readouterr().out)
    (wire,) = report["corpora"]
    assert (wire["name"], wire["gold"], wire["strict_f1"], wire["value_f1"]) == ("wire", 1, 1.0, 1.0)
    assert report["errors"] == []


def test_cli_bad_path(tmp_path, capsys):
    assert main([str(tmp_path / "missing")]) == 2
    assert "missing" in capsys.readouterr().err
    assert main([str(tmp_path)]) == 2
    assert "no .tml files" in capsys.readouterr().err


def test_cli_bad_tagger(corpus, capsys):
    assert main([str(corpus), "--tagger", "chronos:no_such_tagger"]) == 2
    assert "no_such_tagger" in capsys.readouterr().err


def test_cli_tagger_option(corpus, capsys):
    assert main([str(corpus / "wire"), "--tagger", "chronos:extract", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["corpora"][0]["docs"] == 1


def test_module_runs_chronos_from_the_shell(corpus):
    """``python -m chronos.evaluate`` scores chronos itself: rows for gold counts, scores in range."""
    result = subprocess.run([sys.executable, "-m", "chronos.evaluate", str(corpus), "--json"],
                            capture_output=True, text=True, cwd=ROOT, check=True)
    rows = json.loads(result.stdout)["corpora"]
    assert [(r["name"], r["docs"], r["gold"]) for r in rows] == [("news", 2, 3), ("wire", 1, 1), ("overall", 3, 4)]
    expected = sum(len(chronos.extract(read_timeml(f).text, read_timeml(f).dct)) for f in sorted(corpus.rglob("*.tml")))
    assert rows[-1]["predicted"] == expected
    assert all(0.0 <= r[k] <= 1.0 for r in rows for k in ("strict_f1", "relaxed_f1", "value_f1", "type_f1"))
