"""Lists of dated entries: timelines, key-date boxes and live reports, whose lines open with a date
or a clock time and a separator ("Jan. 15 - ...", "Feb. 12: ...", "0940 GMT - ...")."""

import chronos


def values(text, dct):
    return [(e.text, e.value) for e in chronos.extract(text, dct=dct)]


def test_a_timeline_line_without_a_year_is_of_the_document_year_after_the_previous_line():
    text = ("BRUSSELS (Reuters) - Key events since the referendum:\n\n"
            "June 23, 2016 - Britain votes to leave the EU.\n"
            "Nov. 25, 2018 - EU leaders endorse the divorce deal.\n"
            "Jan. 15 - Parliament rejects the deal by 230 votes.\n"
            "March 21 - EU leaders agree to postpone Brexit.\n")
    assert values(text, "2019-10-28")[-4:] == [
        ("June 23, 2016", "2016-06-23"), ("Nov. 25, 2018", "2018-11-25"), ("Jan. 15", "2019-01-15"), ("March 21", "2019-03-21")]


def test_a_timeline_line_goes_forward_from_the_previous_one_when_the_document_year_is_ahead():
    text = "Nov. 25, 2018 - EU leaders endorse the deal.\nDec. 10 - The vote in parliament is delayed.\n"
    assert values(text, "2019-10-28") == [("Nov. 25, 2018", "2018-11-25"), ("Dec. 10", "2018-12-10")]


def test_a_year_on_its_own_line_heads_the_dates_below_it():
    text = ("HOUSTON (Reuters) - Key events:\n\n1985: Two pipeline companies merge to form Enron.\n\n2001\n"
            "Feb. 12: Skilling succeeds Lay as chief executive.\nDec. 2: Enron files for bankruptcy.\n")
    assert values(text, "2001-12-03") == [("1985", "1985"), ("2001", "2001"), ("Feb. 12", "2001-02-12"), ("Dec. 2", "2001-12-02")]


def test_the_first_line_of_a_list_without_a_tense_is_of_the_past():
    text = "Notable deaths this year:\nJANUARY - Dolores Vance, 46, a singer whose band topped the charts, died on Jan. 15.\n"
    assert values(text, "2018-12-31") == [("this year", "2018"), ("JANUARY", "2018-01"), ("Jan. 15", "2018-01-15")]


def test_entries_of_a_live_report_are_on_the_document_date():
    text = ("PARIS (AFP) - Paris attacks: live report. All times GMT.\n\n"
            "1420 GMT - The group claims responsibility for the attacks.\n\n"
            "0940 GMT - Schools and museums will remain closed on Saturday, the first closure since 1961.\n\n"
            "2320 GMT Friday - Hollande declares a state of emergency.\n")
    assert values(text, "2015-11-14") == [
        ("1420 GMT", "2015-11-14T14:20"), ("0940 GMT", "2015-11-14T09:40"), ("Saturday", "2015-11-14"),
        ("1961", "1961"), ("2320 GMT Friday", "2015-11-13T23:20")]


def test_a_weekday_heading_a_line_follows_the_tense_of_its_line():
    assert values("Monday: Talks resume in Geneva.", "2019-05-09") == [("Monday", "2019-05-13")]
