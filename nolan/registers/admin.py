"""The Monitoring Officer's back office for the registers: read, import, never delete.

Rows are read-only here: adding and changing go through the register pages and
``nolan.registers.services`` (one write path), and nothing on a published register is
ever deleted. Imports from a council's spreadsheet also go through the services, checked
and imported in the background (``nolan.registers.import_admin``). Each officer sees only
the councils they act for.
"""

from django.contrib import admin

from nolan.councils.admin import CouncilScopedAdmin
from nolan.councils.models import Council
from nolan.registers.import_admin import BackgroundImportMixin
from nolan.registers.imports import GiftResource, InterestResource
from nolan.registers.models import Gift, InterestEntry, RegisterConfirmation, RegisterImport
from nolan.registers.templatetags.registers import pounds


class ReadOnlyRegisterAdmin(CouncilScopedAdmin):
    council_path = "member__council"
    # Columns shown in words instead (``shown_as``), or not at all (``hidden``): an officer
    # reads "Land and property" and "£65", not the data key "land" or 6500 pence.
    shown_as: dict[str, str] = {}
    hidden: tuple[str, ...] = ()

    def get_readonly_fields(self, request, obj=None):
        return [
            self.shown_as.get(f.name, f.name)
            for f in self.model._meta.fields
            if f.name not in self.hidden
        ]

    def get_fields(self, request, obj=None):
        return self.get_readonly_fields(request, obj)

    def history_label(self, name: str) -> str:
        if name in self.shown_as:
            return getattr(self, self.shown_as[name]).short_description
        return super().history_label(name)

    def history_value(self, version, field) -> str:
        if field.name in self.shown_as:
            return str(getattr(self, self.shown_as[field.name])(version))
        return super().history_value(version, field)

    def get_historical_record_context_helper(self, request, historical_record):
        helper = super().get_historical_record_context_helper(request, historical_record)
        helper.hidden |= frozenset(self.hidden)
        return helper

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ImportingRegisterAdmin(BackgroundImportMixin, ReadOnlyRegisterAdmin):
    def get_import_resource_kwargs(self, request, **kwargs):
        return {**super().get_import_resource_kwargs(request, **kwargs), "user": request.user}


class CategoryFilter(admin.SimpleListFilter):
    """Interest categories by the name the council's code gives them, not their data key."""

    title = "category"
    parameter_name = "category"

    def lookups(self, request, model_admin):
        names: dict[str, str] = {}
        pairs = set(model_admin.get_queryset(request).values_list("member__council", "category"))
        councils = Council.objects.in_bulk({council for council, _ in pairs})
        # Each council's code through ``Council.code``, the one way to it (issue 11).
        for council, key in sorted(pairs, key=lambda p: (councils[p[0]].code_slug, p[1])):
            category = councils[council].code.category(key)
            names.setdefault(key, category.subject if category else key)
        return sorted(names.items(), key=lambda item: item[1])

    def queryset(self, request, queryset):
        return queryset.filter(category=self.value()) if self.value() else queryset


@admin.register(InterestEntry)
class InterestEntryAdmin(ImportingRegisterAdmin):
    resource_classes = [InterestResource]
    import_register = RegisterImport.Register.INTERESTS
    list_display = ["member", "category_name", "start", "end", "sensitivity", "registered_late"]
    list_filter = [
        ("member__council", admin.RelatedOnlyFieldListFilter),
        CategoryFilter,
        "sensitivity",
        "registered_late",
    ]
    search_fields = ["member__name"]
    shown_as = {"category": "category_name"}
    hidden = ("submission_token",)

    @admin.display(description="Category", ordering="category")
    def category_name(self, entry):
        return entry.category_subject


@admin.register(Gift)
class GiftAdmin(ImportingRegisterAdmin):
    resource_classes = [GiftResource]
    import_register = RegisterImport.Register.GIFTS
    list_display = ["member", "donor_name", "value", "received_on", "accepted", "review"]
    shown_as = {"value_pence": "value"}
    hidden = ("submission_token",)

    @admin.display(description="Estimated value", ordering="value_pence")
    def value(self, gift):
        return pounds(gift.value_pence)

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
