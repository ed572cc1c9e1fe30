"""Before a meeting: which items may touch which of a member's registered interests.

Reads the register (``nolan.registers``) and the agenda, hands plain data to the matcher
(``nolan.core.matching``) and tells the question flow (``nolan.core.advisor.questions``) what
Nolan already knows. Table 1 entries are treated as Disclosable Pecuniary Interests and
Table 2 entries as Other Registerable Interests, each as the council's code data files
them (``Code.interest_categories``). A withheld (sensitive) entry is still matched for its
own member, who must still declare that they have an interest (Localism Act 2011 s.32).
A prompt the member has said is not related (``PromptDismissal``) carries that answer, so
their page sets it apart and the meeting's page shows it to the clerk and officers; an
answer the member took back no longer sets the prompt apart, but the meeting's page still
shows that it was given and withdrawn.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone

from nolan.core.advisor import Interest
from nolan.core.advisor.questions import Known
from nolan.core.codes import Code
from nolan.core.matching.entries import registered_interest
from nolan.core.matching.matcher import match
from nolan.core.matching.model import Item, Reason, RegisteredInterest
from nolan.councils.models import Committee, Council, Member
from nolan.councils.places import place_names
from nolan.meetings.models import AgendaItem, Dispensation, Meeting, PromptDismissal, lines
from nolan.registers.models import InterestEntry

# Why an item may touch an entry, said to the member ("you") on their own prompts, or of
# the member to the clerk and Monitoring Officer on the meeting's page.
REASON_LABELS = {
    Reason.NAME: "an organisation or body {who} registered is named",
    Reason.ACRONYM: "an organisation {who} registered is named by its initials",
    Reason.NAME_WORD: "part of the name of an organisation {who} registered appears",
    Reason.POSTCODE: "the postcode of land {who} registered appears",
    Reason.ADDRESS: "the street or property named in an address {who} registered appears",
    Reason.WARD: "it concerns the ward {whose} registered land is in",
    Reason.REFERENCE: "the reference number of a contract or licence {who} registered appears",
}


@dataclass(frozen=True)
class Prompt:
    """One item that may touch one of a member's register entries."""

    meeting: Meeting
    item: AgendaItem
    entry: InterestEntry
    reasons: tuple[Reason, ...]
    dismissal: PromptDismissal | None = None
    withdrawn: tuple[PromptDismissal, ...] = ()

    @property
    def reason_labels(self) -> list[str]:
        """Why, as the member reads it of their own entry."""
        return [REASON_LABELS[r].format(who="you", whose="your") for r in self.reasons]

    @property
    def reason_labels_for_officers(self) -> list[str]:
        """Why, as the clerk or Monitoring Officer reads it of the member's entry."""
        labels = (REASON_LABELS[r] for r in self.reasons)
        return [label.format(who="the member", whose="the member's") for label in labels]


def as_matchable(entry: InterestEntry) -> RegisteredInterest | None:
    """The entry's names and addresses for matching; None if it names nothing matchable."""
    return registered_interest(
        str(entry.pk),
        str(entry.member_id),
        names=(entry.employer, entry.counterparty, entry.securities_body, entry.body_name),
        addresses=(entry.land_address, entry.land_description),
        details=entry.details,
    )


def council_places(council: Council) -> tuple[str, ...]:
    """The council's own name and the place names of its area: not evidence (issue 11)."""
    return (council.name, *place_names(council.slug))


def as_item(item: AgendaItem) -> Item:
    return Item(
        key=str(item.pk),
        title=item.title,
        description=item.description,
        wards=lines(item.wards),
        organisations=lines(item.organisations),
        addresses=lines(item.addresses),
    )


def pairs(item: AgendaItem, entry: InterestEntry) -> bool:
    """Whether the matcher pairs ``item`` with ``entry``: a prompt exists only for such a pair."""
    interest = as_matchable(entry)
    if interest is None:
        return False
    found = match([interest], [as_item(item)], council_places(item.meeting.committee.council))
    return next(found, None) is not None


def meeting_members(meeting: Meeting) -> Iterable[Member]:
    """Who sits at the meeting: every member at full council, else the committee's members."""
    day = timezone.localdate(meeting.starts)
    committee = meeting.committee
    if committee.kind == Committee.Kind.FULL_COUNCIL:
        return Member.objects.filter(council=committee.council).current(day)
    return Member.objects.filter(
        Q(memberships__end__isnull=True) | Q(memberships__end__gte=day),
        memberships__committee=committee,
        memberships__start__lte=day,
    ).distinct()


def upcoming_meetings(member: Member, now: dt.datetime) -> list[Meeting]:
    meetings = (
        Meeting.objects.for_council(member.council)
        .upcoming(now)
        .select_related("committee", "committee__council")
    )
    return [m for m in meetings if member in meeting_members(m)]


def _prompts(
    meetings: Iterable[Meeting], entries: Iterable[InterestEntry], council: Council
) -> list[Prompt]:
    by_key = {str(e.pk): e for e in entries}
    interests = [i for e in by_key.values() if (i := as_matchable(e)) is not None]
    places = council_places(council)
    found_in = []
    for meeting in meetings:
        items = {str(i.pk): i for i in meeting.items.all()}
        for found in match(interests, [as_item(i) for i in items.values()], places):
            found_in.append((meeting, items[found.item.key], by_key[found.interest.key], found))
    answered: dict[tuple[int, int], PromptDismissal] = {}
    withdrawn: dict[tuple[int, int], list[PromptDismissal]] = defaultdict(list)
    for d in PromptDismissal.objects.filter(
        item__in=[item for _, item, _, _ in found_in],
        entry__in=[entry for _, _, entry, _ in found_in],
    ).select_related("dismissed_by", "withdrawn_by"):
        if d.withdrawn_at is None:
            answered[(d.item_id, d.entry_id)] = d
        else:
            withdrawn[(d.item_id, d.entry_id)].append(d)
    return [
        Prompt(
            meeting,
            item,
            entry,
            found.reasons,
            answered.get((item.pk, entry.pk)),
            tuple(withdrawn[(item.pk, entry.pk)]),
        )
        for meeting, item, entry, found in found_in
    ]


def prompts_for(member: Member, now: dt.datetime) -> list[Prompt]:
    """Every item of the member's upcoming meetings that may touch their current interests."""
    entries = InterestEntry.objects.filter(member=member).current(timezone.localdate(now))
    return _prompts(upcoming_meetings(member, now), entries, member.council)


def meeting_prompts(meeting: Meeting) -> list[Prompt]:
    """For the clerk: every item of ``meeting`` that may touch a sitting member's interests."""
    entries = (
        InterestEntry.objects.filter(member__in=list(meeting_members(meeting)))
        .current(timezone.localdate(meeting.starts))
        .select_related("member")
    )
    return _prompts([meeting], entries, meeting.committee.council)


def interest_kind(code: Code, entry: InterestEntry) -> Interest:
    """A Table 1 category is a DPI, anything else an Other Registerable Interest."""
    tables = {c.key: c.table for c in code.interest_categories}
    return Interest.DPI if tables.get(entry.category) == 1 else Interest.ORI


def dispensations_in_force(member: Member, meeting: Meeting):
    return Dispensation.objects.filter(member=member).in_force(timezone.localdate(meeting.starts))


def known_facts(code: Code, member: Member, item: AgendaItem, entry: InterestEntry) -> Known:
    return Known(
        interest=interest_kind(code, entry),
        public_may_speak=item.public_speaking,
        sensitive=entry.is_withheld,
        cabinet_executive=item.kind == AgendaItem.Kind.EXECUTIVE and bool(member.cabinet_role),
        has_dispensation=dispensations_in_force(member, item.meeting).exists(),
    )
