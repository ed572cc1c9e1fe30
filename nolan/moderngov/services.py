"""The one write path for a council's Modern.gov address (the sync writes through the
councils' and meetings' own services, ``nolan.moderngov.sync``)."""

from collections.abc import Sequence

from django.db import transaction

from nolan.councils.services import save_scoped
from nolan.moderngov.models import Source


@transaction.atomic
def save_source(by, source: Source, *, fields: Sequence[str], reason: str) -> Source:
    """Set or change where a council's Modern.gov is, for an officer of that council."""
    return save_scoped(by, source, council_of=lambda s: s.council, fields=fields, reason=reason)
