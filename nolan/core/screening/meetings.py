"""Posting while a council meeting is sitting.

Bexley Social Media Policy paragraph 5 (seed 001, "Social Media and Council Meetings"):
"Use of social media during a meeting can give the impression that a Councillor is not
concentrating on the business in hand, as well as potentially causing disruption to the
meeting. For this reason, the use of mobile phones or other handheld electronic devices is
not permitted during Council meetings", other than to read the agenda and papers. Welwyn
Hatfield's protocol 3.1(i) (seed 000 Appendix E, 004) asks members to "use social media
sparingly and discreetly at meetings, considering the impression this presents to
others", and Chelmsford's (seed 003, "Things to be wary of", bullet 3) warns that updating
on a meeting "may lead to people forming the impression you are not concentrating on the
business in hand".

The category is respect. The paragraph's own reasons are the impression of not attending
to the business in hand and disruption of the meeting: a failure of courtesy towards the
meeting, the other members, the officers advising it and the public attending, which is
what the code's respect paragraphs (1.1, 1.2, "politeness and courtesy in behaviour") are
about. It is not confidentiality: the paragraph says nothing of what is posted, and a leak
from an exempt item is found by ``confidentiality`` whenever it is posted.

The words of a post cannot show it was sent from the meeting room, only its time can, so
the rule needs the meetings the council lists in the context (``Context.meetings``) and a
post with ``posted_at``. It is medium, a real risk rather than a likely breach: the context
does not say whether the author sits on the meeting's committee or attended it. The
council's own corporate account is left alone, since officers run it and paragraph 5 is
about councillors. The finding quotes nothing (its span is empty): it is about when the
post was sent, so it neither highlights the councillor's words nor hides a finding about
them.
"""

from __future__ import annotations

from datetime import datetime

from nolan.core.dates import long_date, time_of_day
from nolan.core.screening.hit import Hit
from nolan.core.screening.model import Account, Category, Meeting, Severity
from nolan.core.screening.prepared import PreparedContext, PreparedPost

RULE = "meeting.posted_during"


def _when(meeting: Meeting) -> str:
    """'Planning Committee' (12 March 2026, 7:30pm to 9:45pm), in UK time."""
    starts, ends = meeting.starts, meeting.ends
    return f"'{meeting.title}' ({long_date(starts)}, {time_of_day(starts)} to {time_of_day(ends)})"


def detect(post: PreparedPost, ctx: PreparedContext) -> list[Hit]:
    posted: datetime | None = post.post.posted_at
    if posted is None or post.post.account is Account.COUNCIL:
        return []
    meeting = ctx.meeting_at(posted)
    if meeting is None:
        return []
    return [
        Hit(
            Category.RESPECT,
            Severity.MEDIUM,
            0,
            0,
            RULE,
            f"This post's time falls during the council meeting {_when(meeting)}. If you "
            "are at the meeting, using your phone for social media can look as if you are not "
            "paying attention to the business, and can disrupt the meeting; your council "
            "may allow phones in meetings only to read the agenda and papers.",
            "If you are at the meeting, post after it has closed. If you are not at it, you "
            "can ignore this.",
        )
    ]
