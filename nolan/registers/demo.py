"""Demo register entries for ``nolan demo``, written through the services like real ones.

Each demo member has interests of their own, of the kinds a councillor in that area would
register: a job or business, a home, a charity, a seat on a public body (issue 11). Every
entry is registered on a past day of the member's term, as the service records it, so the
register "as it stood on" a day since the election lists them. Each council also shows one
late registration (a new interest registered 40 days after the member learned of it, past
the code's 28), one agreed sensitive interest (s.32), small gifts from one donor that add up
past the threshold, and one member with nothing registered, whom the Monitoring Officer's
page shows as late.

The members are fictional. Their firms, addresses and gift donors are invented, set in
each council's real towns and streets; the public bodies and large employers (an NHS
trust, a university, a neighbouring borough) are real ones a councillor there might work
for or be appointed to. Running it again adds nothing to a member who already has entries.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from nolan.councils.demo import officer_of
from nolan.councils.models import Council, Member
from nolan.registers import services


@dataclass(frozen=True)
class Entry:
    """One interest, dated in days from the member taking office.

    ``started`` is when the interest began (negative: before the election); it is
    registered ``registered`` days after taking office, or, for one that began during the
    term, ``registered`` days after it began. ``late`` marks the one registered past the
    deadline.
    """

    category: str
    fields: dict = field(default_factory=dict)
    started: int = -1000
    registered: int = 10
    late: bool = False


def _entry(category: str, started: int = -1000, registered: int = 10, **fields) -> Entry:
    return Entry(category, fields, started, registered)


# By council, then member. Each council's last member (in ``councils.demo.MEMBERS``) has
# nothing here: they have registered nothing.
REGISTERS: dict[str, dict[str, list[Entry]]] = {
    "welwyn-hatfield": {
        "Alex Fairweather": [
            _entry(
                "employment",
                -3200,
                employer="Fairweather & Lyle Chartered Surveyors LLP",
                position="Partner",
            ),
            _entry(
                "securities",
                -1900,
                securities_body="Mimram Valley Builders' Merchants Ltd",
                securities_test_met=True,
            ),
            _entry("public-body", 45, 12, body_name="Hertfordshire Police and Crime Panel"),
        ],
        "Bridget Osei": [
            _entry(
                "employment",
                -2400,
                employer="University of Hertfordshire",
                position="Lecturer in environmental science",
            ),
            _entry(
                "land",
                -2900,
                land_address="14 Guessens Road, Welwyn Garden City",
                land_description="Home, jointly owned",
            ),
            _entry("charity", -800, body_name="Sherrardspark Wood Volunteers", position="Trustee"),
            Entry(
                "influence-body",
                {"body_name": "Welwyn Garden City Cycle Forum", "position": "Chair"},
                started=230,
                registered=40,
                late=True,
            ),
        ],
        "Callum Hartley": [
            _entry(
                "employment",
                -1500,
                employer="Comet Way Dental Care Ltd",
                position="Practice manager",
            ),
            _entry(
                "land",
                -600,
                land_address="Flat 6, 27 Endymion Road, Hatfield",
                land_description="Home (leasehold flat)",
            ),
            _entry("influence-body", -3000, body_name="Liberal Democrats", position="Member"),
        ],
        "Deepa Raman": [
            _entry(
                "employment",
                -4100,
                employer="East and North Hertfordshire NHS Trust",
                position="Staff nurse",
            ),
            _entry(
                "land",
                -5200,
                land_address="9 Ludwick Way, Welwyn Garden City",
                land_description="Home",
            ),
            _entry("influence-body", -4000, body_name="UNISON", position="Member"),
        ],
        "Edmund Pryce": [
            _entry(
                "employment",
                -9000,
                employer="Pryce Brothers Farming Partnership",
                position="Partner",
            ),
            _entry(
                "land",
                -9000,
                land_address="Arable land at Bell Bar, North Mymms",
                land_description="About 40 acres, farmed by the partnership",
            ),
            _entry("charity", -2000, body_name="North Mymms Youth Project", position="Trustee"),
        ],
    },
    "bexley": {
        "Gareth Ambrose": [
            _entry("employment", -2700, employer="Darent Valley Freight Ltd", position="Director"),
            _entry(
                "land",
                -6000,
                land_address="31 Iron Mill Lane, Crayford",
                land_description="Home",
            ),
            _entry(
                "appointed-body", 60, 9, body_name="Bexley Heritage Trust", position="Board member"
            ),
        ],
        "Hannah Kowalski": [
            _entry(
                "employment",
                -3000,
                employer="Royal Borough of Greenwich",
                position="Social worker",
            ),
            _entry(
                "land",
                -1800,
                land_address="17 Pier Road, Erith",
                land_description="Home",
            ),
            Entry(
                "charity",
                {"body_name": "Friends of Franks Park", "position": "Secretary"},
                started=300,
                registered=40,
                late=True,
            ),
        ],
        "Isaac Mensah": [
            _entry(
                "employment",
                -5000,
                employer="Mensah Pharmacy Ltd",
                position="Pharmacist and director",
            ),
            _entry(
                "land",
                -4300,
                land_address="58 Station Road, Sidcup",
                land_description="Shop let to Mensah Pharmacy Ltd; flat above let",
            ),
            _entry("charity", -1200, body_name="Sidcup Community Food Bank", position="Trustee"),
        ],
    },
    "chelmsford": {
        "Kieran Walsh": [
            _entry(
                "employment",
                -2200,
                employer="Anglia Ruskin University",
                position="Laboratory technician",
            ),
            _entry(
                "land",
                -1400,
                land_address="12 Gloucester Avenue, Moulsham Lodge, Chelmsford",
                land_description="Home",
            ),
            _entry("charity", -900, body_name="Chelmer Canal Trust", position="Volunteer director"),
        ],
        "Leonie Farrant": [
            _entry(
                "employment",
                -3500,
                employer="Lordship Road Livery Stables Ltd",
                position="Director",
            ),
            _entry(
                "land",
                -3500,
                land_address="Paddocks off Lordship Road, Writtle",
                land_description="Grazing land, about six acres",
            ),
            _entry("public-body", -1500, body_name="Writtle Parish Council", position="Councillor"),
            Entry(
                "securities",
                {"securities_body": "Chelmer Farm Machinery plc", "securities_test_met": True},
                started=150,
                registered=40,
                late=True,
            ),
        ],
    },
    "northaw-cuffley": {
        "Nora Blackwood": [
            _entry(
                "employment",
                -2000,
                employer="Blackwood Landscape Design",
                position="Landscape designer (self-employed)",
            ),
            _entry(
                "land",
                -7000,
                land_address="6 Tolmers Road, Cuffley",
                land_description="Home",
            ),
            _entry("charity", -3000, body_name="Northaw Great Wood Volunteers", position="Member"),
        ],
    },
}

# By council: (donor, kind, what it was, value in pence, occasion). The first two come from
# one donor and add up past each council's threshold though each is below it.
GIFTS: dict[str, list[tuple[str, str, str, int, str]]] = {
    "welwyn-hatfield": [
        (
            "Mardley Hill Construction Ltd",
            "organisation",
            "Dinner at the Hertfordshire Building Awards",
            6500,
            "Shortlisted council housing scheme",
        ),
        (
            "Mardley Hill Construction Ltd",
            "organisation",
            "Two tickets to a charity concert at the Campus West theatre",
            4000,
            "Mayor's charity appeal",
        ),
        (
            "Digswell Rotary Club",
            "organisation",
            "Lunch after a school prize-giving",
            2500,
            "Presenting the prizes",
        ),
    ],
    "bexley": [
        (
            "Belvedere Civil Engineering Ltd",
            "organisation",
            "Dinner at the South East London Construction Awards",
            6500,
            "Riverside regeneration scheme shortlisted",
        ),
        (
            "Belvedere Civil Engineering Ltd",
            "organisation",
            "Hospitality box at a Welling United match",
            4000,
            "Community day",
        ),
        (
            "Bexleyheath Business Improvement District",
            "organisation",
            "Lunch at the Broadway traders' annual meeting",
            2500,
            "Speaking on the parking review",
        ),
    ],
    "chelmsford": [
        (
            "Springfield Developments (Essex) Ltd",
            "organisation",
            "Dinner at the Essex Property Awards",
            6500,
            "Judging panel",
        ),
        (
            "Springfield Developments (Essex) Ltd",
            "organisation",
            "Tickets to the Chelmsford Cathedral festival concert",
            4000,
            "Civic invitation",
        ),
        (
            "Moulsham Street Traders' Association",
            "organisation",
            "Christmas lunch",
            2500,
            "Switching on the street's lights",
        ),
    ],
    "northaw-cuffley": [
        (
            "Cuffley Village Hall Trust",
            "organisation",
            "Supper at the hall's reopening",
            2500,
            "Opening the refurbished hall",
        ),
    ],
}

# By council: the one sensitive interest (s.32) the first member asked to withhold.
SENSITIVE: dict[str, tuple[str, str, str]] = {
    "welwyn-hatfield": (
        "The Old Forge, Brickwall Close, Ayot St Peter",
        "Second home, let to a tenant",
        "A former tenant has threatened the member and their family at this address",
    ),
    "bexley": (
        "Flat 2, 9 Lesney Park Road, Erith",
        "Flat let to a relative",
        "The occupier has been harassed by people looking for the member",
    ),
    "chelmsford": (
        "4 Vicarage Lane, Great Baddow",
        "Second home",
        "The member has received threats naming this address",
    ),
    "northaw-cuffley": (
        "Rose Cottage, Coopers Lane, Northaw",
        "Holiday let",
        "Visitors have been intimidated by people looking for the member",
    ),
}


@transaction.atomic
def load_demo_registers(councils: Iterable[Council]) -> None:
    """Create demo register entries for the members of ``councils``."""
    today = timezone.localdate()
    for council in councils:
        officer = officer_of(council)
        registers = REGISTERS.get(council.slug, {})
        members = list(Member.objects.filter(council=council).prefetch_related("terms"))
        for index, member in enumerate(members):
            actor = member.user or officer
            if actor is None or member.interests.exists() or member.name not in registers:
                continue
            _member_entries(member, actor, registers[member.name], today)
            if index == 0:
                _gifts(member, actor, GIFTS.get(council.slug, []), today)
        if officer and members and council.slug in SENSITIVE:
            _sensitive(members[0], members[0].user or officer, officer, SENSITIVE[council.slug])


def _member_entries(member: Member, actor, entries: list[Entry], today: date) -> None:
    took_office = member.current_term.start
    for entry in entries:
        started = took_office + timedelta(days=entry.started)
        # Held on taking office: registered soon after. Begun since: registered after it began.
        since = max(started, took_office)
        services.register_interest(
            member,
            actor,
            category=entry.category,
            start=started,
            became_aware=since if entry.late else None,
            today=min(since + timedelta(days=entry.registered), today),
            **entry.fields,
        )
    # The annual confirmation, made a week after each anniversary of taking office.
    confirmed = took_office + timedelta(days=372)
    while confirmed < today:
        services.confirm_register(member, actor, today=confirmed)
        confirmed += timedelta(days=365)


def _gifts(member: Member, actor, gifts, today: date) -> None:
    took_office = member.current_term.start
    for offset, (donor, kind, description, value, occasion) in enumerate(gifts):
        received = max(took_office, today - timedelta(days=20 + 60 * offset))
        services.register_gift(
            member,
            actor,
            donor_name=donor,
            donor_kind=kind,
            description=description,
            value_pence=value,
            received_on=received,
            occasion=occasion,
            today=min(received + timedelta(days=7), today),
        )


def _sensitive(member: Member, actor, officer, sensitive: tuple[str, str, str]) -> None:
    if member.interests.filter(sensitivity__in=["requested", "agreed"]).exists():
        return
    address, description, reasons = sensitive
    took_office = member.current_term.start
    entry = services.register_interest(
        member,
        actor,
        category="land",
        land_address=address,
        land_description=description,
        start=took_office - timedelta(days=1500),
        today=took_office + timedelta(days=10),
    )
    services.request_sensitive(entry, actor, reasons=reasons)
    services.decide_sensitive(
        entry,
        officer,
        agree=True,
        reasons="The police incident report was seen; the risk is real",
        review_on=timezone.localdate() + timedelta(days=365),
    )
