"""Reading Modern.gov's answers: the recorded shapes, and every way an answer can be wrong."""

import datetime as dt
from pathlib import Path

import pytest

from nolan.core.moderngov import feed

DATA = Path(__file__).resolve().parents[2] / "moderngov" / "data"


def read(name: str) -> bytes:
    return (DATA / name).read_bytes()


def test_councillors_come_with_ward_party_email_and_terms_and_without_their_title():
    councillors = {c.id: c for c in feed.parse_councillors(read("GetCouncillorsByWard.xml"))}
    assert set(councillors) == {"1101", "1102", "1103", "1104"}
    ashdown = councillors["1101"]
    assert ashdown.name == "Rowan Ashdown"
    assert (ashdown.ward, ashdown.party) == ("Haldens", "Liberal Democrat")
    assert ashdown.email == "cllr.r.ashdown@example.gov.uk"
    assert ashdown.terms == (feed.TermOfOffice(dt.date(2023, 5, 4), None),)
    assert councillors["1103"].name == "Tomasz Whitcombe"  # "Cllr" is a title too
    lanchester = councillors["1102"]
    assert lanchester.terms[0] == feed.TermOfOffice(dt.date(2019, 5, 2), dt.date(2023, 5, 4))
    # No work e-mail: the one given with the home address; the home address itself never.
    assert lanchester.email == "priya.lanchester@example.org"
    assert "Mill Lane" not in repr(lanchester) and "07000" not in repr(lanchester)


def test_committees_say_who_sits_where_published_and_which_have_expired():
    committees = {c.id: c for c in feed.parse_committees(read("GetCommittees.xml"))}
    assert committees["182"].title == "Development Management Committee"
    assert [(s.member_id, s.role) for s in committees["182"].seats] == [
        ("1102", "Chairman"),
        ("1104", "Vice-Chairman"),
        ("1103", "Committee Member"),
    ]
    assert committees["190"].seats is None  # not published, which is not "nobody"
    assert committees["95"].expired and not committees["182"].expired


def test_meetings_have_their_committee_date_time_and_status():
    meetings = feed.parse_meetings(read("GetMeetings-182.xml"))
    assert [(m.id, m.committee_id, m.date, m.time) for m in meetings] == [
        ("5501", "182", dt.date(2027, 1, 14), dt.time(19, 30)),
        ("5502", "182", dt.date(2027, 1, 28), dt.time(19, 30)),
    ]
    assert meetings[1].cancelled and not meetings[0].cancelled
    assert feed.parse_meetings(read("GetMeetings-190.xml")) == ()


def test_an_agenda_has_numbered_items_as_plain_text_with_exempt_paragraphs():
    agenda = feed.parse_agenda(read("GetMeeting-5510.xml"))
    assert agenda.location.startswith("Council Chamber, Campus East")
    items = {i.number: i for i in agenda.items}
    assert list(items) == ["1", "2", "3", "4"]
    assert items["3"].restricted and items["3"].exempt_paragraph == 3
    assert "<p>" not in items["3"].text and "Schedule 12A" in items["3"].text
    assert items["4"].restricted and items["4"].exempt_paragraph is None
    assert not items["2"].restricted and items["2"].exempt_paragraph is None
    planning = feed.parse_agenda(read("GetMeeting-5501.xml")).items
    assert "AL6 9LW" in planning[2].text
    assert planning[1].text == "To note declarations of members' interests."


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"  \r\n", "empty"),
        (read("GetCouncillorsByWard.xml")[:900], "malformed"),
        (b"<html><body>Server Error in '/' Application.</body></html>", "unexpected-answer"),
        (b"<councillorsbyward><wards><ward></councillorsbyward>", "malformed"),
        (b"not xml at all", "malformed"),
        (
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
            b"<councillorsbyward><wards>&b;</wards></councillorsbyward>",
            "forbidden-xml",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE councillorsbyward [<!ELEMENT wards ANY>]>'
            b"<councillorsbyward><wards/></councillorsbyward>",
            "forbidden-xml",
        ),
        (b"<councillorsbyward></councillorsbyward>", "missing-field"),
        (
            b"<councillorsbyward><wards><ward><councillors><councillor>"
            b"<fullusername>Councillor A</fullusername></councillor></councillors></ward>"
            b"</wards></councillorsbyward>",
            "missing-field",
        ),
        (
            b"<councillorsbyward><wards><ward><councillors><councillor><councillorid>1"
            b"</councillorid><fullusername>A B</fullusername><termsofoffice><termofoffice>"
            b"<startdate>31/02/2024</startdate></termofoffice></termsofoffice></councillor>"
            b"</councillors></ward></wards></councillorsbyward>",
            "bad-date",
        ),
    ],
)
def test_an_answer_that_is_not_the_calls_answer_is_refused_with_a_code(data, code):
    with pytest.raises(feed.FeedError) as refused:
        feed.parse_councillors(data)
    assert refused.value.code == code


def test_a_truncated_agenda_is_refused():
    with pytest.raises(feed.FeedError) as refused:
        feed.parse_agenda(read("GetMeeting-5501.xml")[:-40])
    assert refused.value.code == "malformed"


def test_an_answer_in_the_service_namespace_is_read_the_same():
    data = read("GetCommittees.xml").replace(
        b"<committees>", b'<committees xmlns="http://moderngov.co.uk/namespaces">'
    )
    assert len(feed.parse_committees(data)) == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10.00 am", dt.time(10, 0)),
        ("2.00 pm", dt.time(14, 0)),
        ("7.30pm", dt.time(19, 30)),
        ("12.15 pm", dt.time(12, 15)),
        ("12.00 am", dt.time(0, 0)),
        ("2 pm", dt.time(14, 0)),
        ("19:00", dt.time(19, 0)),
        ("", None),
        ("after the AGM", None),
        ("13.00 pm", None),
    ],
)
def test_meeting_times_are_read_as_clerks_write_them(text, expected):
    assert feed.parse_time(text) == expected


@pytest.mark.parametrize(
    ("texts", "paragraph"),
    [
        (("exempt under paragraph 3 of Part 1 of Schedule 12A",), 3),
        (("", "", "Paragraph 1"), 1),
        (("Appendix B: paragraph 5 of the protocol",), None),  # not Schedule 12A
        (("Schedule 12A, paragraph 9",), None),  # there are seven paragraphs
        (("",), None),
    ],
)
def test_the_schedule_12a_paragraph_is_read_only_where_an_item_cites_one(texts, paragraph):
    assert feed.exempt_paragraph(*texts) == paragraph
