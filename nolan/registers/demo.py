"""Fictional register entries for ``nolan demo``, written through the services like real ones.

Each demo council gets interests and gifts for most of its members, including one late
registration, one agreed sensitive interest (s.32), small gifts from one donor that add up
past the threshold, and one member with nothing registered so the Monitoring Officer's
page shows someone late. Every name, employer, address and donor here is invented.
Running it again adds nothing to a member who already has entries.
"""

from collections.abc import Iterable
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from nolan.councils.models import Council, Member, Role
from nolan.councils.roles import OFFICER_KINDS
from nolan.registers import services

INTERESTS = [
    {"category": "employment", "employer": "Brightwater Garden Centre Ltd", "position": "Manager"},
    {"category": "land", "land_address": "12 Orchard Row (fictional)", "land_description": "Home"},
    {"category": "charity", "body_name": "Friends of the Fictional Park"},
    {
        "category": "securities",
        "securities_body": "Imaginary Housing plc",
        "securities_test_met": True,
    },
    {"category": "public-body", "body_name": "Example Valley Internal Drainage Board"},
]
GIFTS = [
    ("Northgate Construction Ltd", "organisation", "Dinner at the annual builders' awards", 6500),
    ("Northgate Construction Ltd", "organisation", "Tickets to a charity concert", 4000),
    ("Harbour Rotary Club", "organisation", "Lunch after a school prize-giving", 2500),
]


def _officer(council: Council):
    acting_for = council.principal or council
    role = Role.objects.filter(council=acting_for, kind__in=OFFICER_KINDS).first()
    return role.user if role else None


@transaction.atomic
def load_demo_registers(councils: Iterable[Council]) -> None:
    """Create demo register entries for the members of ``councils`` (all fictional)."""
    today = timezone.localdate()
    for council in councils:
        officer = _officer(council)
        members = list(Member.objects.filter(council=council).prefetch_related("terms"))
        for index, member in enumerate(members):
            actor = member.user or officer
            if actor is None or index == len(members) - 1 or member.interests.exists():
                continue  # the last member has registered nothing: the officer sees them late
            _member_entries(member, actor, index, today)
        if officer and members and len(members) > 1:
            _sensitive(members[0], members[0].user or officer, officer, today)


def _member_entries(member: Member, actor, index: int, today) -> None:
    term_start = member.current_term.start
    late = index == 1
    # Most members registered ten days after taking office; one is 12 days late with a new one.
    registered_on = today if late else term_start + timedelta(days=10)
    for fields in INTERESTS[index % 2 :: 2]:
        services.register_interest(
            member,
            actor,
            start=term_start - timedelta(days=400),
            became_aware=today - timedelta(days=40) if late else None,
            today=registered_on,
            **fields,
        )
    services.confirm_register(member, actor, today=today - timedelta(days=30))
    if index == 0:
        for offset, (donor, kind, description, value) in enumerate(GIFTS):
            services.register_gift(
                member,
                actor,
                donor_name=donor,
                donor_kind=kind,
                description=description,
                value_pence=value,
                received_on=max(term_start, today - timedelta(days=20 + 60 * offset)),
                occasion="Civic engagement (fictional)",
            )


def _sensitive(member: Member, actor, officer, today) -> None:
    if member.interests.filter(sensitivity__in=["requested", "agreed"]).exists():
        return
    entry = services.register_interest(
        member,
        actor,
        category="land",
        land_address="The Old Forge, Hidden Lane (fictional)",
        land_description="Second home",
    )
    services.request_sensitive(entry, actor, reasons="Harassment by a former tenant (fictional)")
    services.decide_sensitive(
        entry,
        officer,
        agree=True,
        reasons="Police report seen (fictional)",
        review_on=today + timedelta(days=365),
    )
