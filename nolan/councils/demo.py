"""Demonstration councils, fictional members and one user per role for ``nolan demo``.

The councils and their codes are real (seed texts 000, 001, 003); every person is fictional
and marked so on every page.
"""

import datetime as dt
import secrets

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.text import slugify

from nolan.councils import services
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


# Why each demo record exists, in its history, beside who wrote it.
REASON = "Demo data"


@transaction.atomic
def load_demo_councils() -> dict[str, str]:
    """Create or refresh the demo councils and people; return each demo user's new password.

    The people come before the members: every member, term, committee and seat is saved
    through the councils' services as the council's demo Monitoring Officer, as the other
    apps' demos act, so the history of each says who added it and why.
    """
    councils = {}
    for slug, name, code, colour in COUNCILS:
        councils[slug] = _council(slug, name, code, colour, principal=None)
    slug, name, code, colour = PARISH
    councils[slug] = _council(slug, name, code, colour, principal=councils["welwyn-hatfield"])

    passwords = {}
    users = {}
    for username, kind, council_slug, _member_name in USERS:
        users[username] = _user(username, kind, passwords, _elsewhere(councils[council_slug]))
        _role(users[username], councils[council_slug], kind)

    for slug, people in MEMBERS.items():
        council = councils[slug]
        by = officer_of(council)
        committees = [_committee(by, council, name, kind) for name, kind in COMMITTEES[slug]]
        if council.tier == Council.Tier.PARISH:
            _remove_unmet_committees(by, council, keep=committees)
        for index, (name, ward, party, cabinet_role) in enumerate(people):
            member = _member(
                by,
                council,
                name=name,
                ward=ward,
                party=party,
                cabinet_role=cabinet_role,
                fictional=True,
            )
            if not member.terms.filter(start=ELECTION_DAY[slug]).exists():
                began = Term.Began.ELECTED if index else Term.Began.RE_ELECTED
                term = Term(member=member, start=ELECTION_DAY[slug], began=began)
                services.save_term(by, term, fields=(), reason=REASON)
            for committee in committees[: 2 if index % 2 else 4]:
                if not committee.memberships.filter(member=member).exists():
                    seat = CommitteeMembership(
                        committee=committee, member=member, start=ELECTION_DAY[slug]
                    )
                    services.save_membership(by, seat, fields=(), reason=REASON)

    for username, _kind, council_slug, member_name in USERS:
        if member_name:
            council = councils[council_slug]
            for member in council.members.filter(name=member_name).exclude(user=users[username]):
                member.user = users[username]
                services.save_member(officer_of(council), member, fields=["user"], reason=REASON)
    return passwords


def officer_of(council: Council):
    """The demo officer who acts for ``council`` in the services: its Monitoring Officer,
    or its principal's for a parish, as the back office would let them."""
    for owner in filter(None, (council, council.principal)):
        role = owner.roles.filter(kind=Role.Kind.MONITORING_OFFICER).order_by("pk").first()
        if role is not None:
            return role.user
    return None


def _council(slug, name, code, colour, principal):
    # Left direct: the councils come first, before anyone acts for them, and adding a
    # council or setting its tier and principal is a system administrator's alone
    # (``services.save_council``); the demo has none. The reason is still recorded.
    values = {
        "name": name,
        "code_slug": code,
        "brand_colour": colour,
        "principal": principal,
        "tier": Council.Tier.PARISH if principal else Council.Tier.PRINCIPAL,
    }
    council = Council.objects.filter(slug=slug).first() or Council(slug=slug)
    changed = [f for f, v in values.items() if council.pk is None or getattr(council, f) != v]
    for field in changed:
        setattr(council, field, values[field])
    if changed:
        services.stamp(council, None, REASON)
        council.save()
    return council


def _elsewhere(council: Council) -> str:
    """The council named after a demo officer's role when it is not Welwyn Hatfield (or its
    parish), the council the demo walks through: Bexley's Monitoring Officer investigates a
    Welwyn Hatfield complaint, and its history must not read as if Welwyn Hatfield's did."""
    home = council.principal or council
    return "" if home.slug == "welwyn-hatfield" else council.name


def _user(username: str, kind: str, passwords: dict[str, str], elsewhere: str = ""):
    # Left direct: accounts have no service of their own (only ``give_member_account``, which
    # e-mails a member a link rather than setting a password); the demo prints each password.
    user, _ = get_user_model().objects.get_or_create(username=username)
    user.is_staff = kind in (Role.Kind.MONITORING_OFFICER, Role.Kind.DEPUTY)
    user.first_name = f"Demo {Role.Kind(kind).label}" + (f", {elsewhere}" if elsewhere else "")
    passwords[username] = secrets.token_urlsafe(12)
    user.set_password(passwords[username])
    user.save()
    if user.is_staff:
        _grant_back_office(user)
    return user


def _role(user, council: Council, kind: str) -> None:
    """Granted by the council's officer; a council's first officer has no one to grant it."""
    if Role.objects.filter(user=user, council=council, kind=kind).exists():
        return
    role = Role(user=user, council=council, kind=kind)
    by = officer_of(council)
    if by is None:
        # Left direct: bootstrap, the council's first officer, with no one yet to act.
        services.stamp(role, None, REASON)
        role.save()
    else:
        services.grant_role(by, role, reason=REASON)


def _committee(by, council: Council, name: str, kind: str) -> Committee:
    committee = council.committees.filter(slug=slugify(name)).first()
    if committee is None:
        committee = Committee(council=council, slug=slugify(name), name=name, kind=kind)
        services.save_committee(by, committee, fields=(), reason=REASON)
    return committee


def _remove_unmet_committees(by, council: Council, keep: list[Committee]) -> None:
    """A demo loaded before the parish's committees came from this data had given it a
    principal council's four: take away those that never met.

    Left direct: no service deletes a committee, as no officer may (the back office deletes
    nothing but a revoked role); this undoes only the demo's own mistake. Each is stamped
    so that its history, where kept, says who and why.
    """
    unmet = council.committees.exclude(pk__in=[c.pk for c in keep]).filter(meetings__isnull=True)
    for committee in unmet:
        services.stamp(committee, by, f"{REASON}: a parish council has no such committee")
        committee.delete()


def _member(by, council: Council, **values) -> Member:
    """Add the member, or bring a changed one back to the demo's values."""
    member = council.members.filter(slug=slugify(values["name"])).first()
    adding = member is None
    if member is None:
        member = Member(council=council, slug=slugify(values["name"]))
    changed = [f for f, v in values.items() if adding or getattr(member, f) != v]
    for field in changed:
        setattr(member, field, values[field])
    if changed:
        services.save_member(by, member, fields=changed, reason=REASON)
    return member


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
