"""chronos on the TempEval-3 training corpora (TimeBank + AQUAINT): the accuracy targets.

Reads the gold TimeML from ``../shared/corpora/tbaq`` beside the repository; skipped when it is
absent. The targets are above HeidelTime's published figures on the same data
(strict .841, relaxed .921, value .774, type .880).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chronos.evaluate import evaluate_corpus

TBAQ = Path(__file__).parents[1].parent / "shared" / "corpora" / "tbaq"

TARGETS = {"relaxed_f1": 0.93, "strict_f1": 0.86, "value_f1": 0.88, "type_f1": 0.90}

#: HeidelTime 2.2.1 on the same 256 documents: the floor chronos must stay above
HEIDELTIME = {"relaxed_f1": 0.921, "strict_f1": 0.841, "value_f1": 0.774, "type_f1": 0.880}

#: targets not reached yet (measured: value .811); kept visible as expected failures
NOT_YET = {"value_f1"}


@pytest.fixture(scope="module")
def tbaq_scores():
    if not TBAQ.is_dir():
        pytest.skip(f"gold corpora not present at {TBAQ}")
    return evaluate_corpus([TBAQ / "TimeBank", TBAQ / "AQUAINT"], name="TBAQ")


def test_scores_every_gold_timex(tbaq_scores):
    assert (tbaq_scores.docs, tbaq_scores.gold) == (256, 1822)


@pytest.mark.parametrize("metric", sorted(HEIDELTIME))
def test_beats_heideltime(tbaq_scores, metric):
    score = getattr(tbaq_scores, metric)
    assert score > HEIDELTIME[metric], f"{metric} {score:.3f} <= HeidelTime {HEIDELTIME[metric]} ({tbaq_scores.row()})"


@pytest.mark.parametrize(
    "metric",
    [
        pytest.param(m, marks=pytest.mark.xfail(reason="target of issue 3 not reached yet", strict=False))
        if m in NOT_YET
        else m
        for m in sorted(TARGETS)
    ],
)
def test_meets_target(tbaq_scores, metric):
    score = getattr(tbaq_scores, metric)
    assert score >= TARGETS[metric], f"{metric} {score:.3f} < target {TARGETS[metric]} ({tbaq_scores.row()})"
