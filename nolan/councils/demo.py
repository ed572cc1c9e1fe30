"""Demonstration councils, fictional members and one user per role for ``nolan demo``.

The councils and their codes are real (seed texts 000, 001, 003); every person is fictional
and marked so on every page.
"""

import datetime as dt
import secrets

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.text import slugify

from nolan.councils.models import Committee, CommitteeMembership, Council, Member, Role, Term

COUNCILS = [
    # slug, name, code, colour (white text on it meets WCAG AA contrast)
    ("welwyn-hatfield", "Welwyn Hatfield Borough Council", "welwyn-hatfield", "#00625e"),
    ("bexley", "London Borough of Bexley", "bexley", "#5a2d82"),
    ("chelmsford", "Chelmsford City Council", "chelmsford", "#004b87"),
]
PARISH = ("northaw-cuffley", "Northaw and Cuffley Parish Council", "lga-2020", "#2e5e1e")

ELECTION_DAY = {
    "welwyn-hatfield": dt.date(2024, 5, 2),
    "bexley": dt.date(2022, 5, 5),
    "chelmsford": dt.date(2023, 5, 4),
    "northaw-cuffley": dt.date(2023, 5, 4),
}

MEMBERS = {
    "welwyn-hatfield": [
        ("Alex Fairweather", "Haldens", "Independent", "Executive Member for Planning"),
        ("Bridget Osei", "Handside", "Green", ""),
        ("Callum Hartley", "Hatfield Central", "Liberal Democrat", ""),
        ("Deepa Raman", "Peartree", "Labour", ""),
        ("Edmund Pryce", "Brookmans Park and Little Heath", "Conservative", ""),
        ("Fern Lockwood", "Welham Green and Hatfield South", "Conservative", ""),
    ],
    "bexley": [
        ("Gareth Ambrose", "Crayford", "Conservative", "Cabinet Member for Places"),
        ("Hannah Kowalski", "Erith", "Labour", ""),
        ("Isaac Mensah", "Sidcup", "Conservative", ""),
        ("Jess Thornbury", "Belvedere", "Labour", ""),
    ],
    "chelmsford": [
        ("Kieran Walsh", "Moulsham Lodge", "Liberal Democrat", ""),
        ("Leonie Farrant", "Writtle", "Conservative", ""),
        ("Marcus Ellery", "Marconi", "Independent", ""),
    ],
    "northaw-cuffley": [
        ("Nora Blackwood", "Cuffley", "", ""),
        ("Oliver Penhale", "Northaw", "", ""),
    ],
}

# Each council's committees, the first two of which every other member sits on. A principal
# council has a cabinet and a licensing committee; a parish has neither
# (``services.PRINCIPAL_ONLY``): Northaw and Cuffley's full council meets, and its planning
# committee answers the borough's consultations on applications.
PRINCIPAL_COMMITTEES = [
    ("Planning Committee", Committee.Kind.PLANNING),
    ("Licensing Committee", Committee.Kind.LICENSING),
    ("Cabinet", Committee.Kind.CABINET),
    ("Standards Committee", Committee.Kind.STANDARDS),
]
COMMITTEES = {
    "welwyn-hatfield": PRINCIPAL_COMMITTEES,
    "bexley": PRINCIPAL_COMMITTEES,
    "chelmsford": PRINCIPAL_COMMITTEES,
    "northaw-cuffley": [
        ("Planning Committee", Committee.Kind.PLANNING),
        ("Full Council", Committee.Kind.FULL_COUNCIL),
    ],
}

# username, role, council slug, member name (for councillors)
USERS = [
    ("mo", Role.Kind.MONITORING_OFFICER, "welwyn-hatfield", None),
    ("deputy", Role.Kind.DEPUTY, "welwyn-hatfield", None),
    ("ip", Role.Kind.INDEPENDENT_PERSON, "welwyn-hatfield", None),
    ("clerk", Role.Kind.CLERK, "northaw-cuffley", None),
    ("councillor", Role.Kind.COUNCILLOR, "welwyn-hatfield", "Alex Fairweather"),
    ("bexley-mo", Role.Kind.MONITORING_OFFICER, "bexley", None),
    ("bexley-councillor", Role.Kind.COUNCILLOR, "bexley", "Gareth Ambrose"),
    # Keeps Chelmsford's members' registers, none of whom has an account (issue 11).
    ("chelmsford-mo", Role.Kind.MONITORING_OFFICER, "chelmsford", None),
]


@transaction.atomic
def load_demo_councils() -> dict[str, str]:
    """Create or refresh the demo councils and people; return each demo user's new password."""
    councils = {}
    for slug, name, code, colour in COUNCILS:
        councils[slug] = _council(slug, name, code, colour, principal=None)
    slug, name, code, colour = PARISH
    councils[slug] = _council(slug, name, code, colour, principal=councils["welwyn-hatfield"])

    for slug, people in MEMBERS.items():
        council = councils[slug]
        committees = [_committee(council, name, kind) for name, kind in COMMITTEES[slug]]
        if council.tier == Council.Tier.PARISH:
            # A demo loaded before the parish's committees came from this data had given it
            # a principal council's four: take away those that never met.
            council.committees.exclude(pk__in=[c.pk for c in committees]).filter(
                meetings__isnull=True
            ).delete()
        for index, (name, ward, party, cabinet_role) in enumerate(people):
            member, _ = Member.objects.update_or_create(
                council=council,
                slug=slugify(name),
                defaults={
                    "name": name,
                    "ward": ward,
                    "party": party,
                    "cabinet_role": cabinet_role,
                    "fictional": True,
                },
            )
            Term.objects.get_or_create(
                member=member,
                start=ELECTION_DAY[slug],
                defaults={"began": Term.Began.ELECTED if index else Term.Began.RE_ELECTED},
            )
            for committee in committees[: 2 if index % 2 else 4]:
                CommitteeMembership.objects.get_or_create(
                    committee=committee, member=member, defaults={"start": ELECTION_DAY[slug]}
                )

    passwords = {}
    User = get_user_model()
    for username, kind, council_slug, member_name in USERS:
        user, _ = User.objects.get_or_create(username=username)
        user.is_staff = kind in (Role.Kind.MONITORING_OFFICER, Role.Kind.DEPUTY)
        user.first_name = f"Demo {Role.Kind(kind).label}"
        passwords[username] = secrets.token_urlsafe(12)
        user.set_password(passwords[username])
        user.save()
        if user.is_staff:
            _grant_back_office(user)
        Role.objects.get_or_create(user=user, council=councils[council_slug], kind=kind)
        if member_name:
            Member.objects.filter(council=councils[council_slug], name=member_name).update(
                user=user
            )
    return passwords


def _council(slug, name, code, colour, principal):
    council, _ = Council.objects.update_or_create(
        slug=slug,
        defaults={
            "name": name,
            "code_slug": code,
            "brand_colour": colour,
            "principal": principal,
            "tier": Council.Tier.PARISH if principal else Council.Tier.PRINCIPAL,
        },
    )
    return council


def _committee(council, name, kind):
    committee, _ = Committee.objects.get_or_create(
        council=council, slug=slugify(name), defaults={"name": name, "kind": kind}
    )
    return committee


def _grant_back_office(user) -> None:
    """Monitoring Officers manage their councils' records in the back office."""
    from django.contrib.auth.models import Group, Permission

    from nolan import history

    group, _ = Group.objects.get_or_create(name="Monitoring officers")
    group.permissions.set(
        Permission.objects.filter(
            content_type__app_label__in=[
                "councils",
                "registers",
                "meetings",
                "screening",
                "moderngov",
            ]
        ).exclude(pk__in=history.version_permissions())
    )
    user.groups.add(group)
