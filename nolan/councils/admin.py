"""The Monitoring Officer's back office for councils, members and users' roles.

Who may see it: staff users who are Monitoring Officers or deputies, each for the councils
they act for (their own and its parishes); superusers for all. Every view the admin and
its libraries add, history included, is narrowed to those councils, and every form
offers only their records. Nothing here writes on its own: saving calls the named service
for the record (``save_service``), which checks the officer again, runs in a transaction
and records who and why; a record without a service is read-only. History is read-only
too: an earlier version is shown to read, with no form (no revert), and nothing is deleted
except a revoked role. History reads in words:
each service's action by its label, each field by its label and each value as a person
reads it (``nolan.history``), never a stored key or a Python value.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import models
from django.db.models import Q
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from simple_history.admin import SimpleHistoryAdmin

from nolan import history
from nolan.core.codes import ASSUMPTION_LABELS
from nolan.core.errors import Refused
from nolan.councils import services
from nolan.councils.models import (
    CodeConfirmation,
    Committee,
    CommitteeMembership,
    Council,
    Member,
    Role,
    Term,
)
from nolan.councils.roles import OFFICER_KINDS, councils_for


class ReasonForm(forms.ModelForm):
    """Every change in the back office says why; the reason goes into the record's history."""

    change_reason = forms.CharField(
        label="Reason for this change",
        max_length=100,
        help_text="Recorded in the history with your name, e.g. “by-election result”.",
    )


def officer_councils(request):
    return councils_for(request.user, OFFICER_KINDS)


def scoped_choices(request, model):
    """The records of ``model`` an officer may pick in a form, or None for no limit."""
    if request.user.is_superuser:
        return None
    councils = officer_councils(request)
    if model is Council:
        return councils
    if model is get_user_model():
        # Users of the officer's councils, and new accounts not yet given any role.
        return model.objects.filter(
            Q(roles__council__in=councils) | Q(roles__isnull=True)
        ).distinct()
    path = getattr(admin.site._registry.get(model), "council_path", None)
    if path is None:
        return None
    return model._default_manager.filter(**{f"{path}__in": councils})


class ScopedFormMixin:
    """Foreign-key choices narrowed to the officer's councils, in admins and inlines."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        choices = scoped_choices(request, db_field.related_model)
        if choices is not None:
            kwargs["queryset"] = choices
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class CouncilScopedAdmin(ScopedFormMixin, SimpleHistoryAdmin):
    """Limits a non-superuser to records of the councils they act for as an officer."""

    council_path = "council"
    form = ReasonForm
    # The named service that saves this record: service(by, obj, fields=..., reason=...).
    save_service = None
    object_history_list_template = "admin/history_list.html"
    object_history_form_template = "admin/history_version.html"
    # Shown by name in that template; simple_history sets each on every version listed.
    history_list_display = ["what_happened", "who", "reason_given"]

    def what_happened(self, record) -> str:
        return history.what_happened(record)

    def who(self, record) -> str:
        return history.person(record.history_user)

    def reason_given(self, record) -> str:
        return history.reason_given(record)

    def history_label(self, name: str) -> str:
        """A field as the history names it; an admin that shows it otherwise says so."""
        return history.field_label(self.model, name)

    def get_historical_record_context_helper(self, request, historical_record):
        return history.PlainHistory(
            self.model,
            historical_record,
            label=self.history_label,
            # What the admin's form leaves out, its history leaves out too.
            hidden=frozenset(self.exclude or ()),
        )

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        return queryset.filter(**{f"{self.council_path}__in": officer_councils(request)})

    def _in_scope_or_404(self, request, object_id) -> None:
        if request.user.is_superuser:
            return
        try:
            found = self.get_queryset(request).filter(pk=object_id).exists()
        except (ValueError, ValidationError):  # "/admin/.../abc/history/": not an id at all
            found = False
        if not found:
            raise Http404

    def get_form(self, request, obj=None, change=False, **kwargs):
        if self.save_service is None:  # read-only: no reason to give
            kwargs.setdefault("form", forms.ModelForm)
        return super().get_form(request, obj, change, **kwargs)

    def has_add_permission(self, request):
        return self.save_service is not None and super().has_add_permission(request)

    def has_change_permission(self, request, obj=None):
        return self.save_service is not None and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return False

    def history_view(self, request, object_id, extra_context=None):
        self._in_scope_or_404(request, object_id)
        if not hasattr(self.model._meta, "simple_history_manager_attribute"):
            raise Http404  # a record kept without history has none to show
        return super().history_view(request, object_id, extra_context)

    def history_value(self, version: models.Model, field: models.Field) -> str:
        """``field`` of an earlier version as a person reads it."""
        try:
            value = getattr(version, field.name)
        except ObjectDoesNotExist:  # a record it pointed to has since been deleted
            return f"a {field.related_model._meta.verbose_name} since deleted"
        return history.shown(field, value)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """An earlier version, to read only: no form and no button, because restoring it
        would bypass the services (simple_history's own page is an editable form)."""
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET"])
        self._in_scope_or_404(request, object_id)
        opts = self.model._meta
        manager = getattr(opts, "simple_history_manager_attribute", None)
        if manager is None:  # a record kept without history has no versions
            raise Http404
        versions = getattr(self.model, manager).model
        try:
            record = get_object_or_404(
                versions, **{opts.pk.attname: object_id, "history_id": version_id}
            )
        except (ValueError, ValidationError):  # ".../history/abc/": not a version at all
            raise Http404 from None
        version = record.instance
        if not self.has_view_history_or_change_history_permission(request, version):
            raise PermissionDenied
        helper = self.get_historical_record_context_helper(request, record)
        fields = [
            (helper.label(field.name), self.history_value(version, field))
            for field in opts.concrete_fields
            if not field.primary_key and field.name not in helper.hidden
        ]
        context = {
            **self.admin_site.each_context(request),
            "title": f"Earlier version of {version}",
            "opts": opts,
            "object_id": object_id,
            "original": version,
            "record": record,
            "what_happened": history.what_happened(record),
            "who": history.person(record.history_user),
            "reason_given": history.reason_given(record),
            "fields": fields,
            "history_url": reverse(
                f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_history",
                args=[object_id],
            ),
            **(extra_context or {}),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.object_history_form_template, context)

    def revert_disabled(self, request, obj=None):
        return True

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except Refused as error:  # any app's service refusal, e.g. a meeting's MeetingsError
            self.message_user(request, f"Not saved: {error.message}", messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())

    def save_model(self, request, obj, form, change):
        self.save_service(
            request.user,
            obj,
            fields=form.changed_data,
            reason=form.cleaned_data["change_reason"],
        )

    def save_related(self, request, form, formsets, change):
        """Inline rows are saved one by one through their own services."""
        reason = form.cleaned_data["change_reason"]
        for formset in formsets:
            inline = next(i for i in self.inlines if i.model is formset.model)
            # What the admin's change message reads; filled as each row is saved.
            formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
            for inline_form in formset.forms:
                if not inline_form.has_changed() or inline_form in formset.deleted_forms:
                    continue
                row = inline_form.save(commit=False)
                setattr(row, formset.fk.name, formset.instance)
                adding = row.pk is None
                inline.save_service(
                    request.user, row, fields=inline_form.changed_data, reason=reason
                )
                if adding:
                    formset.new_objects.append(row)
                else:
                    formset.changed_objects.append((row, inline_form.changed_data))


class ScopedInline(ScopedFormMixin):
    """An inline whose rows are saved through ``save_service`` and never deleted."""

    extra = 0
    can_delete = False
    save_service = None


class TermInline(ScopedInline, admin.TabularInline):
    model = Term
    save_service = staticmethod(services.save_term)


class MembershipInline(ScopedInline, admin.TabularInline):
    model = CommitteeMembership
    autocomplete_fields = ["committee"]
    save_service = staticmethod(services.save_membership)


@admin.register(Council)
class CouncilAdmin(CouncilScopedAdmin):
    council_path = "pk"
    list_display = ["name", "tier", "principal", "code_slug"]
    list_filter = ["tier"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    save_service = staticmethod(services.save_council)

    def get_readonly_fields(self, request, obj=None):
        if request.user.is_superuser:
            return ()
        return sorted(services.COUNCIL_STRUCTURE)

    def get_prepopulated_fields(self, request, obj=None):
        return self.prepopulated_fields if request.user.is_superuser else {}

    def has_add_permission(self, request):
        return request.user.is_superuser


@admin.register(Member)
class MemberAdmin(CouncilScopedAdmin):
    list_display = ["name", "council", "kind", "party", "ward", "fictional"]
    list_filter = [("council", admin.RelatedOnlyFieldListFilter), "kind", "party"]
    search_fields = ["name", "ward"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [TermInline, MembershipInline]
    save_service = staticmethod(services.save_member)


@admin.register(Committee)
class CommitteeAdmin(CouncilScopedAdmin):
    list_display = ["name", "council", "kind"]
    list_filter = [("council", admin.RelatedOnlyFieldListFilter), "kind"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    save_service = staticmethod(services.save_committee)


@admin.register(Role)
class RoleAdmin(CouncilScopedAdmin):
    """Roles are granted and revoked, never edited: moving one is how a takeover starts."""

    list_display = ["user", "council", "kind"]
    list_filter = [("council", admin.RelatedOnlyFieldListFilter), "kind"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]

    @staticmethod
    def save_service(by, role, *, fields, reason):
        return services.grant_role(by, role, reason=reason)

    def has_change_permission(self, request, obj=None):
        return obj is None and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_change_permission(request, None)

    def delete_model(self, request, obj):
        services.revoke_role(request.user, obj, reason="revoked in the back office")

    def delete_queryset(self, request, queryset):
        for role in queryset:
            self.delete_model(request, role)


class ConfirmationForm(ReasonForm):
    """Which assumption of the council's code the Monitoring Officer confirms, and why."""

    about = forms.ChoiceField(
        label="What you confirm",
        choices=list(ASSUMPTION_LABELS.items()),
        help_text="The council's code page lists what Nolan assumed about its code.",
    )

    class Meta:
        model = CodeConfirmation
        fields = ["council", "about"]


@admin.register(CodeConfirmation)
class CodeConfirmationAdmin(CouncilScopedAdmin):
    """Confirming what Nolan assumed about a council's code (such as Chelmsford's gift
    threshold). Confirmations are added, never edited or deleted."""

    form = ConfirmationForm
    list_display = ["council", "what", "value", "confirmed_by", "confirmed_at", "reason"]
    list_filter = [("council", admin.RelatedOnlyFieldListFilter)]

    @staticmethod
    def save_service(by, confirmation, *, fields, reason):
        return services.confirm_assumption(by, confirmation, reason=reason)

    @admin.display(description="What was assumed")
    def what(self, obj):
        return ASSUMPTION_LABELS.get(obj.about, obj.about)

    def has_change_permission(self, request, obj=None):
        return obj is None and super().has_change_permission(request, obj)
