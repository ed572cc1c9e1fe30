"""Back office for meetings and dispensations, scoped to the councils an officer acts for.

Meetings and agenda items may be edited here; declarations and dispensation decisions are
read-only because they must go through ``nolan.meetings.services`` (sensitive interests,
the four-year limit), which the clerk's and Monitoring Officer's pages call.
"""

from django.contrib import admin

from nolan.councils.admin import CouncilScopedAdmin
from nolan.meetings.models import AgendaItem, Declaration, Dispensation, Meeting


class AgendaItemInline(admin.StackedInline):
    model = AgendaItem
    extra = 0


@admin.register(Meeting)
class MeetingAdmin(CouncilScopedAdmin):
    council_path = "committee__council"
    list_display = ["committee", "starts", "venue", "declarations_published"]
    list_filter = ["committee__council", "committee"]
    date_hierarchy = "starts"
    inlines = [AgendaItemInline]


class ReadOnlyAdmin(CouncilScopedAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Declaration)
class DeclarationAdmin(ReadOnlyAdmin):
    council_path = "meeting__committee__council"
    list_display = ["meeting", "item", "member", "kind", "sensitive", "left_room"]
    list_filter = ["meeting__committee__council", "kind", "sensitive"]
    exclude = ["nature"]
    readonly_fields = ["recorded_text"]


@admin.register(Dispensation)
class DispensationAdmin(ReadOnlyAdmin):
    council_path = "member__council"
    list_display = ["member", "ground", "status", "start", "end"]
    list_filter = ["member__council", "status", "ground"]
