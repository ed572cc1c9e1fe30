"""Which councils a user may act for, and in what role.

A principal authority's Monitoring Officer (and deputy, and Independent Person) also acts
for the parish and town councils in its area (CSPL best practice 12); a clerk acts only for
their own parish.
"""

from collections.abc import Iterable

from django.db.models import F, Q, QuerySet

from nolan.councils.models import Council, Role

OFFICER_KINDS = (
    Role.Kind.MONITORING_OFFICER,
    Role.Kind.DEPUTY,
)
# Roles whose authority extends from a principal authority to its parishes.
_CASCADING = {Role.Kind.MONITORING_OFFICER, Role.Kind.DEPUTY, Role.Kind.INDEPENDENT_PERSON}


def councils_for(user, kinds: Iterable[str]) -> QuerySet[Council]:
    """Every council where ``user`` holds one of ``kinds``, parishes included where due."""
    if not user.is_authenticated:
        return Council.objects.none()
    kinds = list(kinds)
    held = Role.objects.filter(user=user, kind__in=kinds)
    cascading = [k for k in kinds if k in _CASCADING]
    # Principal authorities before their parishes, so that an officer of a borough and its
    # parishes finds the borough first on their home page and by default on "Check a post"
    # (the demo listed Northaw and Cuffley before Welwyn Hatfield, by name).
    return (
        Council.objects.filter(
            Q(roles__in=held) | Q(principal__roles__in=held.filter(kind__in=cascading))
        )
        .distinct()
        .order_by(F("principal").asc(nulls_first=True), "name")
    )


def has_role(user, kinds: Iterable[str], council_slug: str | None = None) -> bool:
    councils = councils_for(user, kinds)
    if council_slug is not None:
        councils = councils.filter(slug=council_slug)
    return councils.exists()
