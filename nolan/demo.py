"""The demonstration data behind ``nolan demo``: every app's fictional records in one go.

Each app keeps its own demo loader beside its models; this module only says in which order
they run: registers and meetings need the members and users that the councils demo creates.
"""

from django.db import transaction

from nolan.accounts.demo import load_demo_two_factor
from nolan.complaints.demo import load_demo_complaints
from nolan.councils.demo import load_demo_councils
from nolan.councils.models import Council
from nolan.meetings.demo import load_demo_meetings
from nolan.registers.demo import load_demo_registers
from nolan.screening.demo import load_demo_screening


@transaction.atomic
def load_demo() -> dict[str, str]:
    """Create or refresh all demo data; return each demo user's new password."""
    passwords = load_demo_councils()
    load_demo_two_factor()
    councils = Council.objects.all()
    load_demo_registers(councils)
    load_demo_meetings(councils)
    load_demo_screening(councils)
    load_demo_complaints(councils)
    return passwords
