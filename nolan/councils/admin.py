"""The Monitoring Officer's back office for councils, members and users' roles.

Monitoring Officers are staff users; each sees only the councils they act for (their own
and its parishes), so one Nolan can serve several authorities.
"""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from nolan.councils.models import Committee, CommitteeMembership, Council, Member, Role, Term
from nolan.councils.roles import OFFICER_KINDS, councils_for


class CouncilScopedAdmin(SimpleHistoryAdmin):
    """Limits a non-superuser to records of the councils they act for as an officer."""

    council_path = "council"

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        return queryset.filter(
            **{f"{self.council_path}__in": councils_for(request.user, OFFICER_KINDS)}
        )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.related_model is Council and not request.user.is_superuser:
            kwargs["queryset"] = councils_for(request.user, OFFICER_KINDS)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class TermInline(admin.TabularInline):
    model = Term
    extra = 0


class MembershipInline(admin.TabularInline):
    model = CommitteeMembership
    extra = 0
    autocomplete_fields = ["committee"]


@admin.register(Council)
class CouncilAdmin(CouncilScopedAdmin):
    council_path = "pk"
    list_display = ["name", "tier", "principal", "code_slug"]
    list_filter = ["tier"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Member)
class MemberAdmin(CouncilScopedAdmin):
    list_display = ["name", "council", "kind", "party", "ward", "fictional"]
    list_filter = ["council", "kind", "party"]
    search_fields = ["name", "ward"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [TermInline, MembershipInline]


@admin.register(Committee)
class CommitteeAdmin(CouncilScopedAdmin):
    list_display = ["name", "council", "kind"]
    list_filter = ["council", "kind"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Role)
class RoleAdmin(CouncilScopedAdmin):
    list_display = ["user", "council", "kind"]
    list_filter = ["council", "kind"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
