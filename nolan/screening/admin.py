"""Back office for the officers and elections that screening checks posts against.

Saved through ``save_officer`` and ``save_election``. Kept checks are not here: a
councillor's drafts are theirs alone (issue 5).
"""

from django.contrib import admin

from nolan.councils.admin import CouncilScopedAdmin
from nolan.screening import services
from nolan.screening.models import Election, Officer


@admin.register(Officer)
class OfficerAdmin(CouncilScopedAdmin):
    list_display = ["name", "role", "council"]
    list_filter = [("council", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "role"]
    save_service = staticmethod(services.save_officer)


@admin.register(Election)
class ElectionAdmin(CouncilScopedAdmin):
    list_display = ["council", "poll_date", "pre_election_from"]
    list_filter = [("council", admin.RelatedOnlyFieldListFilter)]
    save_service = staticmethod(services.save_election)
