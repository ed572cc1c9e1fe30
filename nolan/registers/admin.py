"""The Monitoring Officer's back office for the registers: read, import, never delete.

Rows are read-only here: adding and changing go through the register pages and
``nolan.registers.services`` (one write path), and nothing on a published register is
ever deleted. Imports from a council's spreadsheet also go through the services, checked
and imported in the background (``nolan.registers.import_admin``). Each officer sees only
the councils they act for.
"""

from django.contrib import admin

from nolan.councils.admin import CouncilScopedAdmin
from nolan.registers.import_admin import BackgroundImportMixin
from nolan.registers.imports import GiftResource, InterestResource
from nolan.registers.models import Gift, InterestEntry, RegisterConfirmation, RegisterImport


class ReadOnlyRegisterAdmin(CouncilScopedAdmin):
    council_path = "member__council"

    def get_readonly_fields(self, request, obj=None):
        return [f.name for f in self.model._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ImportingRegisterAdmin(BackgroundImportMixin, ReadOnlyRegisterAdmin):
    def get_import_resource_kwargs(self, request, **kwargs):
        return {**super().get_import_resource_kwargs(request, **kwargs), "user": request.user}


@admin.register(InterestEntry)
class InterestEntryAdmin(ImportingRegisterAdmin):
    resource_classes = [InterestResource]
    import_register = RegisterImport.Register.INTERESTS
    list_display = ["member", "category", "start", "end", "sensitivity", "registered_late"]
    list_filter = [
        ("member__council", admin.RelatedOnlyFieldListFilter),
        "category",
        "sensitivity",
        "registered_late",
    ]
    search_fields = ["member__name"]


@admin.register(Gift)
class GiftAdmin(ImportingRegisterAdmin):
    resource_classes = [GiftResource]
    import_register = RegisterImport.Register.GIFTS
    list_display = ["member", "donor_name", "value_pence", "received_on", "accepted", "review"]
    list_filter = [
        ("member__council", admin.RelatedOnlyFieldListFilter),
        "review",
        "accepted",
        "registered_late",
    ]
    search_fields = ["member__name", "donor_name"]


@admin.register(RegisterConfirmation)
class RegisterConfirmationAdmin(ReadOnlyRegisterAdmin):
    list_display = ["member", "kind", "made_at"]
    list_filter = [("member__council", admin.RelatedOnlyFieldListFilter), "kind"]
