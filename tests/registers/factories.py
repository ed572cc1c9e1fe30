"""Register rows made through the services, as the pages make them."""

import datetime as dt

from nolan.councils.models import Role
from nolan.registers import services
from tests.factories import CouncilFactory, MemberFactory, RoleFactory, UserFactory

TODAY = dt.date(2025, 3, 1)
SECRET = "ZEBRA-7731-WITHHELD"


def councillor(council=None, **kwargs):
    """A member with a user account and a councillor role, elected 2 May 2024."""
    council = council or CouncilFactory()
    user = UserFactory()
    RoleFactory(user=user, council=council, kind=Role.Kind.COUNCILLOR)
    return MemberFactory(council=council, user=user, email=f"{user.username}@example.org", **kwargs)


def officer(council, kind=Role.Kind.MONITORING_OFFICER):
    user = UserFactory()
    RoleFactory(user=user, council=council, kind=kind)
    return user


def interest(member, category="employment", today=TODAY, **fields):
    if category == "employment" and not fields:
        fields = {"employer": "Hatfield Bakery Ltd", "position": "Baker"}
    return services.register_interest(member, member.user, category=category, today=today, **fields)


def sensitive_interest(member, officer_user, today=TODAY):
    """An agreed sensitive interest whose every field carries ``SECRET``."""
    entry = services.register_interest(
        member,
        member.user,
        category="land",
        land_address=f"1 {SECRET} Road",
        land_description=f"House {SECRET}",
        details=f"Details {SECRET}",
        today=today,
    )
    services.request_sensitive(entry, member.user, reasons=f"Threats {SECRET}")
    return services.decide_sensitive(
        entry,
        officer_user,
        agree=True,
        reasons=f"Agreed {SECRET}",
        review_on=today + dt.timedelta(days=365),
        today=today,
    )


def gift(member, value_pence=7500, received_on=dt.date(2025, 2, 1), today=TODAY, **kwargs):
    values = {
        "donor_name": "Acme Builders Ltd",
        "donor_kind": "organisation",
        "description": "Dinner at the annual awards",
        "occasion": "Civic awards",
        **kwargs,
    }
    return services.register_gift(
        member, member.user, value_pence=value_pence, received_on=received_on, today=today, **values
    )
