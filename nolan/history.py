"""A record's history as the back office shows it to a person (issue 11).

django-simple-history keeps every version of a record with who saved it and why: an
officer's typed reason ("by-election result"), or, for the registers' and meetings' named
services, the service's action (``register_interest``, ``grant_dispensation``). The stored
rows stay as they are; this module is the one place that names each action ("Interest
registered") and writes each value as a person reads it: a date as "1 December 2026",
pence as pounds, a choice by its label, true and false as Yes and No, nothing as "not set".
"""

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from django.apps import apps
from django.db import models
from django.utils.html import conditional_escape
from django.utils.text import capfirst
from simple_history.models import DeletedObject, HistoricalChanges, ModelChange
from simple_history.template_utils import HistoricalRecordContextHelper

from nolan.core.dates import date_time, long_date
from nolan.registers.templatetags.registers import pounds


class Action(models.TextChoices):
    """What a named service did, as its history row stores it and as a person reads it.

    The values are the reasons already stored in the records' history: never change one.
    """

    REGISTER_INTEREST = "register_interest", "Interest registered"
    CHANGE_INTEREST = "change_interest", "Interest corrected or updated"
    END_INTEREST = "end_interest", "Interest ended"
    RECOMPUTE_DUE_DATES = (
        "recompute_due_dates",
        "Deadline worked out again after a term or the council's code changed",
    )
    REQUEST_SENSITIVE = "request_sensitive", "Asked to withhold it as a sensitive interest"
    DECIDE_SENSITIVE = "decide_sensitive", "Decision on withholding it as a sensitive interest"
    REGISTER_GIFT = "register_gift", "Gift or hospitality registered"
    CHANGE_GIFT = "change_gift", "Gift or hospitality corrected"
    QUERY_GIFT = "query_gift", "Queried by the Monitoring Officer"
    ANSWER_GIFT_QUERY = "answer_gift_query", "Query answered by the member"
    ACCEPT_GIFT = "accept_gift", "Reviewed by the Monitoring Officer, with no query"
    NIL_RETURN = "nil-return", "Nil return made"
    ANNUAL_CONFIRMATION = "annual", "Register confirmed as complete and up to date"
    # Meetings and dispensations (``nolan.meetings.services``).
    SCHEDULE_MEETING = "schedule_meeting", "Meeting scheduled"
    ADD_AGENDA_ITEM = "add_item", "Agenda item added"
    IMPORT_AGENDA = "import_agenda", "Agenda item imported"
    RECORD_DECLARATION = "record_declaration", "Interest declared at a meeting"
    PUBLISH_DECLARATIONS = "publish_declarations", "Declarations published"
    APPLY_FOR_DISPENSATION = "apply_for_dispensation", "Dispensation applied for"
    GRANT_DISPENSATION = "grant_dispensation", "Dispensation granted"
    REFUSE_DISPENSATION = "refuse_dispensation", "Dispensation refused"
    DISMISS_PROMPT = (
        "dismiss_prompt",
        "Agenda item said by the member not to relate to the interest",
    )
    WITHDRAW_DISMISSAL = (
        "withdraw_dismissal",
        "Member took back their answer that the item does not relate to the interest",
    )
    # Councillors' accounts (``nolan.councils.services.give_member_account``).
    GIVE_ACCOUNT = "give_account", "Account given to the member by the Monitoring Officer"
    # "Check a post" (``nolan.screening.services``): the councillor's own kept checks.
    KEEP_CHECK = "keep_check", "Check of a draft post kept"
    DELETE_CHECK = "delete_check", "Kept check deleted by the person who kept it"


# simple_history's kinds of version, in the back office's words.
KINDS = {"+": "Added", "~": "Changed", "-": "Deleted"}
NOT_SET = "not set"
NOT_RECORDED = "Not recorded"


def person(user) -> str:
    """A user as a page names them: their full name, else their username."""
    if user is None:
        return NOT_RECORDED
    return user.get_full_name() or user.get_username()


def what_happened(record) -> str:
    """A service's action by its label; otherwise whether the record was added or changed."""
    reason = record.history_change_reason or ""
    if reason in Action.values:
        return Action(reason).label
    return KINDS.get(record.history_type, "Changed")


def reason_given(record) -> str:
    """The reason an officer typed, or nothing where the row names a service's action."""
    reason = record.history_change_reason or ""
    return "" if reason in Action.values else reason


def shown(field: models.Field, value: Any) -> str:
    """``value`` of ``field`` as a person reads it."""
    if field.choices:
        labels = {str(key): label for key, label in field.flatchoices}
        if value is not None and str(value) in labels:
            return str(labels[str(value)])
    if value is None or value == "" or value == []:
        return NOT_SET
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, dt.datetime):
        return date_time(value)
    if isinstance(value, dt.date):
        return long_date(value)
    if isinstance(value, DeletedObject):
        return f"a {value.model._meta.verbose_name} since deleted"
    if isinstance(value, models.Model) and hasattr(value, "get_username"):
        return person(value)
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if field.name.endswith("_pence") and isinstance(value, int):
        return pounds(value)
    return str(value)


def field_label(model: type[models.Model], name: str) -> str:
    return capfirst(model._meta.get_field(name).verbose_name)


class PlainHistory(HistoricalRecordContextHelper):
    """simple_history's list of what changed, in words: each field by its label (``label``,
    by default the model's), each value as ``shown`` writes it, and the fields in ``hidden``
    left out."""

    def __init__(
        self,
        model: type[models.Model],
        record,
        *,
        label: Callable[[str], str] | None = None,
        hidden: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(model, record)
        self.label = label or (lambda name: field_label(model, name))
        self.hidden = hidden

    def context_for_delta_changes(self, delta) -> list[dict[str, Any]]:
        shown_changes = [c for c in delta.changes if c.field not in self.hidden]
        return super().context_for_delta_changes(dataclasses.replace(delta, changes=shown_changes))

    def format_delta_change(self, change: ModelChange) -> ModelChange:
        field = self.model._meta.get_field(change.field)
        old, new = shown(field, change.old), shown(field, change.new)
        old, new = self.get_obj_diff_display().common_shorten_repr(old, new)
        return dataclasses.replace(
            change,
            field=self.label(change.field),
            old=conditional_escape(old),
            new=conditional_escape(new),
        )


def version_permissions():
    """The permissions Django made for simple_history's tables of earlier versions ("Can
    change historical role"). They grant nothing: the back office shows a record's history
    to whoever may see the record (``SIMPLE_HISTORY_ENFORCE_HISTORY_MODEL_PERMISSIONS`` is
    off), and an earlier version can only be read. So no page offers them."""
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

    kept = [m for m in apps.get_models() if issubclass(m, HistoricalChanges)]
    types = ContentType.objects.get_for_models(*kept, for_concrete_models=False).values()
    return Permission.objects.filter(content_type__in=types)
