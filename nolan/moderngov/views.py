"""The Monitoring Officer's record of Modern.gov syncs: when, what changed, what failed.

Who may see it: the council's Monitoring Officer and deputies (and a principal authority's
for its parishes), as every officer page (``nolan.access.role_required``).
"""

from django.shortcuts import get_object_or_404, render

from nolan.access import role_required
from nolan.councils.models import Council
from nolan.councils.roles import OFFICER_KINDS
from nolan.moderngov.models import Source

# Enough runs to see a week of daily syncs and the manual runs between them.
RUNS_SHOWN = 20


@role_required(*OFFICER_KINDS)
def sync_log(request, council):
    council = get_object_or_404(Council, slug=council)
    return render(
        request,
        "moderngov/sync_log.html",
        {
            "council": council,
            "source": Source.objects.filter(council=council).first(),
            "runs": council.moderngov_runs.all()[:RUNS_SHOWN],
        },
    )
