"""What the public may see of the registers: the only bridge from rows to public output.

Every public page, download and API response is built from ``PublicInterest`` and
``PublicGift`` values made here, so the s.32 rule is applied in one place: an interest
that is sensitive (agreed, or awaiting the Monitoring Officer's decision) appears only as
"an interest whose details are withheld" (Localism Act 2011 s.32; Appendix B paras 3-4
of seeds 000 and 001), with no category, dates or details, on every past version too.
Whether an interest is the member's or their partner's is not published (issue 3).
"""

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from django.utils import timezone

from nolan.core.codes.model import Code
from nolan.core.dates import long_date
from nolan.core.errors import Refused
from nolan.councils.models import Council, Member
from nolan.registers.models import SUMMARY_ORDER, WITHHELD, Gift, InterestEntry, in_force

WITHHELD_TEXT = (
    "The member has an interest whose details are withheld under section 32 of the "
    "Localism Act 2011."
)
DETAIL_FIELDS = (
    "employer",
    "position",
    "land_address",
    "land_description",
    "counterparty",
    "securities_body",
    "body_name",
    "details",
)
# The fields whose changes the public "what changed" view shows, with their labels.
CHANGE_LABELS = {
    "category": "Category",
    "employer": "Employer",
    "position": "Role or position",
    "land_address": "Address",
    "land_description": "Description of land",
    "counterparty": "Contract with",
    "securities_body": "Body whose securities are held",
    "body_name": "Body",
    "details": "Details",
    "start": "Start date",
    "end": "End date",
}


@dataclass(frozen=True)
class PublicInterest:
    identifier: str
    member_identifier: str
    member_name: str
    member_slug: str
    withheld: bool
    table: int | None = None
    category: str = ""
    category_subject: str = ""
    start: date | None = None
    end: date | None = None
    registered_on: date | None = None
    details: dict[str, str] = field(default_factory=dict)

    @property
    def summary(self) -> str:
        if self.withheld:
            return WITHHELD_TEXT
        return "; ".join(self.details[n] for n in SUMMARY_ORDER if self.details.get(n))


@dataclass(frozen=True)
class PublicGift:
    identifier: str
    member_identifier: str
    member_name: str
    member_slug: str
    donor_name: str
    donor_kind: str
    donor_company_number: str
    donor_charity_number: str
    description: str
    occasion: str
    value_pence: int
    received_on: date
    accepted: bool
    above_threshold: bool
    registered_on: date

    @property
    def value_gbp(self) -> str:
        """The value in pounds with two decimals ("65.00"): a spreadsheet reads the pence
        column's 6500 as six and a half thousand."""
        whole, part = divmod(self.value_pence, 100)
        return f"{whole}.{part:02d}"


def member_identifier(member_id: int) -> str:
    return f"member-{member_id}"


def _local_date(moment: datetime) -> date:
    return timezone.localtime(moment).date()


def public_interest(
    entry: InterestEntry, member: Member, code: Code, withheld: bool
) -> PublicInterest:
    """The public face of one entry; ``withheld`` hides everything but the member's name."""
    who = {
        "identifier": f"interest-{entry.pk}",
        "member_identifier": member_identifier(member.pk),
        "member_name": member.name,
        "member_slug": member.slug,
    }
    if withheld or entry.sensitivity in WITHHELD:
        return PublicInterest(**who, withheld=True)
    category = code.category(entry.category)
    return PublicInterest(
        **who,
        withheld=False,
        table=category.table if category else None,
        category=entry.category,
        category_subject=category.subject if category else entry.category,
        start=entry.start,
        end=entry.end,
        registered_on=_local_date(entry.registered_at),
        details={name: getattr(entry, name) for name in DETAIL_FIELDS},
    )


def withheld_ids(entries: Iterable[int]) -> set[int]:
    """Entries sensitive *now*; their past versions are withheld too."""
    return set(
        InterestEntry.objects.filter(pk__in=list(entries), sensitivity__in=WITHHELD).values_list(
            "pk", flat=True
        )
    )


# The day the Localism Act 2011's registers began: the Relevant Authorities (Disclosable
# Pecuniary Interests) Regulations 2012 came into force on 1 July 2012. No register "as it
# stood" before then is one of these.
REGISTERS_BEGAN = date(2012, 7, 1)
# The example the date box's hint and its error both give.
DATE_EXAMPLE = "2025-03-01"


def as_of(value: str | None, today: date | None = None) -> date | None:
    """The day a register is asked for "as it stood on" (``?on=``); None (not asked) for today.

    The one reading of that date, for the pages, the CSV and JSON downloads and the API
    alike: anything but a real date written YYYY-MM-DD (``bad-date``), or a day still to
    come (``future-date``), or one before the registers began (``too-early``), is refused in
    plain words, never quietly read as today.
    """
    if value is None:
        return None
    today = today or timezone.localdate()
    try:
        if not re.fullmatch("[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            raise ValueError(value)
        day = date.fromisoformat(value)
    except ValueError:
        raise Refused(
            "bad-date",
            f"Enter a real date written year-month-day, for example {DATE_EXAMPLE}",
            "on",
        ) from None
    if day < REGISTERS_BEGAN:
        raise Refused(
            "too-early",
            f"Enter a date on or after {long_date(REGISTERS_BEGAN)}, when registers under the "
            "Localism Act 2011 began",
            "on",
        )
    if day > today:
        raise Refused(
            "future-date",
            "Enter today's date or a date in the past: the register shows only what has "
            "been registered so far",
            "on",
        )
    return day


def serving(council: Council, on: date | None = None):
    """The members in office on ``on`` (default today), by name: whose register is published."""
    return council.members.current(on).order_by("name")


def register(
    council: Council, on: date | None = None, members: Sequence[Member] | None = None
) -> list[PublicInterest]:
    """The register of interests as it stands, or as it stood at the end of ``on``.

    It lists ``members``, by default the members serving that day (``serving``), so the page,
    the CSV and JSON files and the API all list the same people. Past versions come from the
    history; an entry withheld now is withheld in every version, even one from before the
    request was made.
    """
    today = timezone.localdate()
    members_by_pk = {m.pk: m for m in (serving(council, on) if members is None else members)}
    if on is None or on >= today:
        # Members come from ``members``; joining them into each row would only cost time.
        rows = list(
            InterestEntry.objects.filter(member__in=list(members_by_pk))
            .current(today)
            .order_by("member__name", "category", "pk")
        )
        hidden = {e.pk for e in rows if e.sensitivity in WITHHELD}
    else:
        as_of = timezone.make_aware(datetime.combine(on, datetime.max.time()))
        rows = list(
            InterestEntry.history.as_of(as_of)
            .filter(member_id__in=list(members_by_pk))
            .filter(in_force(on))
        )
        hidden = withheld_ids(e.pk for e in rows)
        rows.sort(key=lambda e: (members_by_pk[e.member_id].name, e.category, e.pk))
    code = council.code
    return [public_interest(e, members_by_pk[e.member_id], code, e.pk in hidden) for e in rows]


def by_member(interests: Iterable[PublicInterest]) -> dict[str, list[PublicInterest]]:
    grouped: dict[str, list[PublicInterest]] = defaultdict(list)
    for interest in interests:
        grouped[interest.member_slug].append(interest)
    return grouped


def register_by_member(
    council: Council, on: date | None = None, members: Sequence[Member] | None = None
) -> list[tuple[Member, list[PublicInterest]]]:
    """Each member ``register`` lists, by name, with their interests: an empty list for a
    member with nothing registered (a nil return, or a registration still overdue), who is
    listed all the same, so the page and every download name the same members (issue 11)."""
    members = list(serving(council, on) if members is None else members)
    grouped = by_member(register(council, on=on, members=members))
    return [(member, grouped.get(member.slug, [])) for member in members]


@dataclass(frozen=True)
class Change:
    """One public change to a member's register, from its history."""

    when: datetime
    identifier: str
    kind: str
    withheld: bool
    fields: tuple[tuple[str, str, str], ...] = ()


def _shown(record, name: str, code: Code) -> str:
    """A field of a history record as the public reads it: a category by its subject."""
    value = getattr(record, name)
    if value is None:
        return ""
    if isinstance(value, date):
        return long_date(value)
    if name == "category":
        category = code.category(value)
        return category.subject if category else value
    return str(value)


def changes(member: Member) -> list[Change]:
    """What changed between versions of ``member``'s register, newest first.

    Only public fields count; a version that changed only private ones (sensitivity
    requests, deadlines) is not listed. Withheld entries show that something changed.
    """
    records = list(InterestEntry.history.filter(member_id=member.pk).order_by("id", "history_date"))
    hidden = withheld_ids({r.id for r in records})
    code = member.council.code
    result: list[Change] = []
    previous: dict[int, object] = {}
    for record in records:
        before = previous.get(record.id)
        previous[record.id] = record
        identifier = f"interest-{record.id}"
        if before is None:
            kind = "added"
            diffs = tuple(
                (label, "", _shown(record, name, code))
                for name, label in CHANGE_LABELS.items()
                if getattr(record, name) not in (None, "")
            )
        else:
            diffs = tuple(
                (label, _shown(before, name, code), _shown(record, name, code))
                for name, label in CHANGE_LABELS.items()
                if getattr(before, name) != getattr(record, name)
            )
            if not diffs:
                continue
            kind = "ended" if before.end is None and record.end is not None else "changed"
        withheld = record.id in hidden
        result.append(
            Change(record.history_date, identifier, kind, withheld, () if withheld else diffs)
        )
    result.sort(key=lambda c: c.when, reverse=True)
    return result


def public_gift(gift: Gift) -> PublicGift:
    return PublicGift(
        identifier=f"gift-{gift.pk}",
        member_identifier=member_identifier(gift.member_id),
        member_name=gift.member.name,
        member_slug=gift.member.slug,
        donor_name=gift.donor_name,
        donor_kind=gift.donor_kind,
        donor_company_number=gift.donor_company_number,
        donor_charity_number=gift.donor_charity_number,
        description=gift.description,
        occasion=gift.occasion,
        value_pence=gift.value_pence,
        received_on=gift.received_on,
        accepted=gift.accepted,
        above_threshold=gift.required,
        registered_on=_local_date(gift.registered_at),
    )


def gifts(council: Council, member: Member | None = None) -> Iterator[PublicGift]:
    """The gifts and hospitality register, newest first, streamed from the database."""
    queryset = Gift.objects.for_council(council).published()
    if member is not None:
        queryset = queryset.filter(member=member)
    return (public_gift(g) for g in queryset.iterator(chunk_size=2000))
