"""Back office for the officers and elections that screening checks posts against.

Kept checks are not here: a councillor's drafts are theirs alone (issue 5).
"""

from django.contrib import admin

from nolan.councils.admin import CouncilScopedAdmin
from nolan.screening.models import Election, Officer


@admin.register(Officer)
class OfficerAdmin(CouncilScopedAdmin):
    list_display = ["name", "role", "council"]
    list_filter = ["council"]
    search_fields = ["name", "role"]


@admin.register(Election)
class ElectionAdmin(CouncilScopedAdmin):
    list_display = ["council", "poll_date", "pre_election_from"]
    list_filter = ["council"]
