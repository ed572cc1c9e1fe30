"""Posting while a council meeting the context lists is sitting (issue 11).

Bexley Social Media Policy 5 (seed 001): phones and other devices are not permitted during
council meetings except to read the agenda and papers. Welwyn Hatfield's protocol 3.1(i)
and Chelmsford's "Things to be wary of" bullet 3 say the same more softly. Only the post's
time can show it, so the rule needs the meetings in the context.
"""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from nolan.core import boundedjson
from nolan.core.codes import load_code
from nolan.core.screening.engine import Screener
from nolan.core.screening.jsonio import InputError, parse_context
from nolan.core.screening.model import Account, Context, Meeting, Post

UK = ZoneInfo("Europe/London")
RULE = "meeting.posted_during"
PLANNING = Meeting(
    "Planning Committee",
    datetime(2026, 3, 12, 19, 30, tzinfo=UK),
    datetime(2026, 3, 12, 21, 45, tzinfo=UK),
)
DURING = datetime(2026, 3, 12, 20, 10, tzinfo=UK)
TEXT = "Lively debate on the Broadway car park scheme tonight."


def screen(slug: str, posted_at: datetime | None, *meetings: Meeting, **post):
    screener = Screener(load_code(slug), Context(meetings=meetings))
    return screener.screen(Post(TEXT, posted_at=posted_at, **post))


def meeting_findings(result):
    return [f for f in result.findings if f.rule == RULE]


@pytest.mark.parametrize(
    ("slug", "own"),
    [
        ("bexley", "smp.5"),
        ("welwyn-hatfield", "smp.3-1-i"),
        ("chelmsford", "smp.wary-3"),
    ],
)
def test_a_post_during_a_listed_meeting_cites_the_councils_paragraph_on_meetings(slug, own):
    [finding] = meeting_findings(screen(slug, DURING, PLANNING))
    assert (finding.category.value, finding.severity.value) == ("respect", "medium")
    assert own in {p.key for p in finding.paragraphs}
    assert "Planning Committee" in finding.explanation


def test_bexleys_finding_names_its_policy_paragraph_5():
    [finding] = meeting_findings(screen("bexley", DURING, PLANNING))
    assert "Social Media Policy for Councillors, paragraph 5" in {
        p.citation for p in finding.paragraphs
    }


def test_only_a_finding_of_the_meeting_rule_cites_bexleys_paragraph_5():
    insult = Screener(load_code("bexley")).screen(Post("Cllr Jones is a halfwit."))
    assert insult.findings
    assert all("smp.5" not in {p.key for p in f.paragraphs} for f in insult.findings)


@pytest.mark.parametrize(
    "posted_at",
    [
        PLANNING.starts - timedelta(minutes=1),
        PLANNING.ends,  # as the chair closes the meeting
        PLANNING.ends + timedelta(minutes=1),
        datetime(2026, 3, 13, 20, 10, tzinfo=UK),  # the same time the next day
    ],
)
def test_a_post_before_or_after_the_meeting_is_not_flagged(posted_at):
    assert meeting_findings(screen("bexley", posted_at, PLANNING)) == []


def test_the_first_minute_of_the_meeting_counts():
    assert meeting_findings(screen("bexley", PLANNING.starts, PLANNING))


def test_without_meetings_in_the_context_there_is_no_finding():
    assert meeting_findings(screen("bexley", DURING)) == []


def test_a_post_without_a_time_is_not_flagged():
    assert meeting_findings(screen("bexley", None, PLANNING)) == []


def test_the_councils_own_account_run_by_officers_is_not_flagged():
    assert meeting_findings(screen("bexley", DURING, PLANNING, account=Account.COUNCIL)) == []


def test_times_in_another_offset_are_compared_as_instants():
    # 20:10 British Summer Time is 19:10 UTC.
    summer = Meeting(
        "Cabinet",
        datetime(2026, 6, 9, 19, 0, tzinfo=UK),
        datetime(2026, 6, 9, 21, 0, tzinfo=UK),
    )
    assert meeting_findings(screen("bexley", datetime(2026, 6, 9, 18, 10, tzinfo=UTC), summer))
    assert not meeting_findings(screen("bexley", datetime(2026, 6, 9, 17, 50, tzinfo=UTC), summer))


def test_the_meeting_finding_does_not_hide_what_the_words_breach():
    screener = Screener(load_code("bexley"), Context(meetings=(PLANNING,)))
    result = screener.screen(Post("Cllr Jones is a halfwit.", posted_at=DURING))
    rules = {f.rule for f in result.findings}
    assert RULE in rules
    assert rules - {RULE}, "the insult is still reported beside the meeting finding"


def test_a_long_meeting_is_found_among_many_short_ones():
    day = datetime(2026, 1, 5, 9, 0, tzinfo=UK)
    short = tuple(
        Meeting(f"Sub-committee {i}", day + timedelta(days=i), day + timedelta(days=i, hours=1))
        for i in range(1000)
    )
    inquiry = Meeting(
        "Full Council budget meeting",
        day + timedelta(days=500, hours=-2),
        day + timedelta(days=500, hours=10),
    )
    at = day + timedelta(days=500, hours=3)  # after sub-committee 500 closed
    [finding] = meeting_findings(screen("bexley", at, *short, inquiry))
    assert "Full Council budget meeting" in finding.explanation
    assert meeting_findings(screen("bexley", day + timedelta(days=500, minutes=30), *short))
    assert not meeting_findings(screen("bexley", day + timedelta(days=500, hours=3), *short))


def test_a_meeting_needs_aware_times_and_an_end_after_its_start():
    with pytest.raises(ValueError, match="timezone-aware"):
        Meeting("Cabinet", datetime(2026, 3, 12, 19, 0), PLANNING.ends)
    with pytest.raises(ValueError, match="end after"):
        Meeting("Cabinet", PLANNING.ends, PLANNING.starts)


def test_meetings_are_read_from_the_context_file():
    context = parse_context(
        boundedjson.loads(
            '{"meetings": [{"title": "Planning Committee", '
            '"starts": "2026-03-12T19:30:00+00:00", "ends": "2026-03-12T21:45:00Z"}]}',
            10_000,
        )
    )
    assert context.meetings == (PLANNING,)


@pytest.mark.parametrize(
    ("meeting", "code", "field"),
    [
        (
            {"title": "Cabinet", "starts": "2026-03-12T19:30:00", "ends": "2026-03-12T21:00:00Z"},
            "naive-datetime",
            "meetings[0].starts",
        ),
        (
            {"title": "Cabinet", "starts": "2026-03-12T19:30:00Z", "ends": "2026-03-12"},
            "bad-datetime",
            "meetings[0].ends",
        ),
        (
            {"title": "Cabinet", "starts": "2026-03-12T19:30:00Z"},
            "bad-datetime",
            "meetings[0].ends",
        ),
        (
            {"title": "Cabinet", "starts": "2026-03-12T21:00:00Z", "ends": "2026-03-12T19:30:00Z"},
            "bad-meeting",
            "meetings[0]",
        ),
        (
            {"starts": "2026-03-12T19:30:00Z", "ends": "2026-03-12T21:00:00Z"},
            "bad-title",
            "meetings[0].title",
        ),
    ],
)
def test_a_bad_meeting_in_the_context_file_is_refused_naming_the_field(meeting, code, field):
    with pytest.raises(InputError) as refused:
        parse_context({"meetings": [meeting]})
    assert refused.value.code == code
    assert str(refused.value).startswith(field)
