"""The data model: a TimeExpression or Interval that cannot be right is refused at construction."""

import datetime as dt

import attrs
import pytest

from chronos.model import Granularity, Interval, TimeExpression

YEAR = Interval(dt.datetime(2016, 1, 1), dt.datetime(2017, 1, 1), Granularity.YEAR)


def test_a_valid_expression():
    expr = TimeExpression("last year", 10, 19, "DATE", "2016", "END", YEAR, freq=None)
    assert (expr.text, expr.granularity, expr.mod) == ("last year", Granularity.YEAR, "END")


@pytest.mark.parametrize("args, error, message", [
    (("x", "0", 1, "DATE", "1"), TypeError, "TimeExpression.start must be an int, not '0'"),
    ((None, 0, 1, "DATE", "1"), TypeError, "TimeExpression.text must be a str"),
    (("x", 0, 1, "DATE", 2016), TypeError, "TimeExpression.value must be a str"),
    (("x", 0, 2, "DATE", "1"), ValueError, "span 0:2 does not fit the text 'x'"),
    (("x", -1, 0, "DATE", "1"), ValueError, "span -1:0"),
    (("x", 0, 1, "DAY", "1"), ValueError, "TimeExpression.type must be one of"),
    (("x", 0, 1, "DATE", "1", "SOON"), ValueError, "TimeExpression.mod must be None or one of"),
    (("x", 0, 1, "DATE", "1", None, "2016"), TypeError, "TimeExpression.interval must be an Interval or None"),
])
def test_a_bad_expression_is_refused_with_the_field_named(args, error, message):
    with pytest.raises(error, match=message.replace("(", r"\(")):
        TimeExpression(*args)


def test_evolve_checks_again():
    expr = TimeExpression("2016", 0, 4, "DATE", "2016")
    with pytest.raises(ValueError, match="does not fit"):
        attrs.evolve(expr, end=9)


def test_an_interval_must_end_after_it_begins():
    with pytest.raises(ValueError):
        Interval(dt.datetime(2017, 1, 1), dt.datetime(2016, 1, 1), Granularity.YEAR)


def test_an_interval_needs_datetimes():
    with pytest.raises(TypeError, match="Interval.begin must be a datetime"):
        Interval(dt.date(2016, 1, 1), dt.datetime(2017, 1, 1), Granularity.YEAR)
