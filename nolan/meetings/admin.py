"""Back office for meetings and dispensations, scoped to the councils an officer acts for.

Meetings and agenda items are changed here through ``save_meeting`` and
``save_agenda_item``; a meeting may be set only for its council's committees.
Declarations and dispensation decisions are read-only because they must go through
``nolan.meetings.services`` (sensitive interests, the four-year limit), which the clerk's
and Monitoring Officer's pages call.
"""

from django.contrib import admin

from nolan.councils.admin import CouncilScopedAdmin, ScopedInline
from nolan.meetings import services
from nolan.meetings.models import AgendaItem, Declaration, Dispensation, Meeting


class AgendaItemInline(ScopedInline, admin.StackedInline):
    model = AgendaItem
    save_service = staticmethod(services.save_agenda_item)


@admin.register(Meeting)
class MeetingAdmin(CouncilScopedAdmin):
    council_path = "committee__council"
    list_display = ["committee", "starts", "venue", "declarations_published"]
    list_filter = [("committee__council", admin.RelatedOnlyFieldListFilter)]
    date_hierarchy = "starts"
    inlines = [AgendaItemInline]
    readonly_fields = ["declarations_published"]
    save_service = staticmethod(services.save_meeting)


@admin.register(Declaration)
class DeclarationAdmin(CouncilScopedAdmin):
    council_path = "meeting__committee__council"
    list_display = ["meeting", "item", "member", "kind", "sensitive", "left_room"]
    list_filter = ["kind", "sensitive"]
    exclude = ["nature"]
    readonly_fields = ["recorded_text"]


@admin.register(Dispensation)
class DispensationAdmin(CouncilScopedAdmin):
    council_path = "member__council"
    list_display = ["member", "ground", "status", "start", "end"]
    list_filter = ["status", "ground"]
