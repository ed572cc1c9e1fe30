"""Forms for the clerk's meeting pages, the member's dispensation application and their
answer that a prompt is not related to them (or their taking that answer back).

They only check shape; the rules live in ``nolan.meetings.services``, whose error codes
the views attach to the field named in the error. Every date is the GOV.UK date input
(``nolan.forms.DateField``), named as the services' refusals name it; a meeting's times of
day are text boxes beside its date.
"""

import datetime as dt

from django import forms
from django.utils import timezone

from nolan.core.dates import long_date
from nolan.councils.models import Member
from nolan.forms import DateField
from nolan.limits import text_field
from nolan.meetings.models import AgendaItem, Declaration, Dispensation, Meeting, PromptDismissal
from nolan.meetings.services import FIELD_LABELS
from nolan.registers.models import InterestEntry


def said(required: str, invalid_choice: str = "") -> dict[str, str]:
    """A field's errors in words that name it (issue 7 of the demo walk): Django's own
    ("This field is required.", "Select a valid choice.") say neither which field nor what
    to do."""
    return {"required": required, "invalid_choice": invalid_choice or required}


class CommitteeChoiceField(forms.ModelChoiceField):
    """Committees by name alone: the page is already the council's own."""

    def label_from_instance(self, committee):
        return committee.name


# A time of day as a clerk types it: 19:30 or 19.30.
TIME_FORMATS = ["%H:%M", "%H.%M"]


class MeetingForm(forms.Form):
    committee = CommitteeChoiceField(
        queryset=None,
        empty_label="Choose a committee",
        error_messages=said(
            "Choose the committee that is meeting", "Choose one of this council's committees"
        ),
    )
    day = DateField(
        called="the date of the meeting",
        label="Date of the meeting",
        help_text="For example, 3 12 2026",
    )
    starts = forms.TimeField(
        label="Start time",
        help_text="For example, 19:30",
        input_formats=TIME_FORMATS,
        error_messages={
            "required": "Enter the time the meeting starts, like 19:30",
            "invalid": "Enter the time the meeting starts as a time of day, like 19:30",
        },
    )
    ends = forms.TimeField(
        required=False,
        label="Expected to finish at (optional)",
        help_text="For example, 22:00. If you leave it empty, Nolan takes the meeting to last "
        "three hours when it warns councillors about posting during it.",
        input_formats=TIME_FORMATS,
        error_messages={"invalid": "Enter a time of day, like 22:00"},
    )
    venue = text_field(
        Meeting,
        "venue",
        error_messages={"required": "Enter where the meeting is held"},
    )
    public_may_speak = forms.BooleanField(
        required=False, initial=True, label="Members of the public may speak at this meeting"
    )

    def __init__(self, *args, committees, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["committee"].queryset = committees

    def clean(self):
        """The start and finishing times are on the meeting's date, in the council's time
        zone: what ``services.schedule_meeting`` takes as ``starts`` and ``ends``."""
        data = super().clean()
        day = data.pop("day", None)
        if day is not None:
            for name in ("starts", "ends"):
                if data.get(name) is not None:
                    data[name] = timezone.make_aware(dt.datetime.combine(day, data[name]))
        return data


class ItemForm(forms.Form):
    number = text_field(
        AgendaItem,
        "number",
        called="the item number",
        label="Item number",
        help_text="As the agenda prints it, for example 3, 5a or 7.1",
        error_messages={"required": "Enter the item number, as the agenda prints it"},
    )
    title = text_field(
        AgendaItem, "title", called="the title", error_messages={"required": "Enter the title"}
    )
    description = text_field(
        AgendaItem, "description", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    wards = text_field(AgendaItem, "wards", required=False, help_text="Separate wards with ;")
    organisations = text_field(
        AgendaItem, "organisations", required=False, help_text="Separate organisations with ;"
    )
    addresses = text_field(
        AgendaItem,
        "addresses",
        required=False,
        help_text="Addresses, sites or land, with postcodes; separate with ;",
    )
    kind = forms.ChoiceField(
        choices=AgendaItem.Kind.choices,
        initial=AgendaItem.Kind.OTHER,
        label="Kind of item",
        error_messages=said("Choose the kind of item"),
    )
    exempt_paragraph = forms.TypedChoiceField(
        required=False,
        coerce=int,
        empty_value=None,
        label="Exempt under Schedule 12A to the Local Government Act 1972",
        choices=[("", "Not exempt"), *AgendaItem.ExemptParagraph.choices],
        error_messages=said("Choose a paragraph of Schedule 12A, or Not exempt"),
    )


class ImportForm(forms.Form):
    file = forms.FileField(
        label="Agenda file",
        help_text="CSV with a header row, or a JSON list of items",
        error_messages={
            "required": "Choose the agenda file",
            "missing": "Choose the agenda file",
            "invalid": "Choose the agenda file again: it did not arrive",
            "empty": "The agenda file you chose is empty",
        },
    )


class EntryChoiceField(forms.ModelChoiceField):
    """Register entries labelled as the register shows them, without the details of a
    withheld (sensitive) one: the day it was registered tells two such entries apart."""

    def label_from_instance(self, entry):
        if entry.is_withheld:
            registered = long_date(entry.registered_at)
            return f"{entry.member.name}: a sensitive interest registered {registered}"
        return f"{entry.member.name}: {entry.category_subject}, {entry.summary}"


class DeclarationForm(forms.Form):
    item = forms.ModelChoiceField(
        queryset=None,
        empty_label="Choose an item",
        error_messages=said(
            "Choose the item the interest was declared on", "Choose an item on this agenda"
        ),
    )
    member = forms.ModelChoiceField(
        queryset=None,
        empty_label="Choose a member",
        error_messages=said(
            "Choose the member who declared the interest", "Choose a member of this council"
        ),
    )
    kind = forms.ChoiceField(
        choices=Declaration.Kind.choices,
        label="Kind of interest",
        error_messages=said("Choose the kind of interest"),
    )
    interest_entry = EntryChoiceField(
        queryset=None,
        required=False,
        label="Register entry",
        empty_label="Not on the register",
        error_messages=said("Choose one of the member's register entries, or Not on the register"),
    )
    sensitive = forms.BooleanField(
        required=False, label="Sensitive interest: record only that the member has an interest"
    )
    nature = text_field(
        Declaration,
        "nature",
        required=False,
        label="Nature of the interest",
        help_text="What the interest is, as the member declared it. Leave it empty for a "
        "sensitive interest, or where you chose the interest's register entry above.",
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    left_room = forms.BooleanField(required=False, label="The member left the room")
    dispensation = forms.ModelChoiceField(
        queryset=None,
        required=False,
        label="Dispensation relied on",
        empty_label="None",
        error_messages=said("Choose a dispensation in force on the day of the meeting, or None"),
    )

    def __init__(self, *args, meeting, members, dispensations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["item"].queryset = meeting.items.all()
        self.fields["member"].queryset = members
        self.fields["dispensation"].queryset = dispensations
        self.fields["interest_entry"].queryset = (
            InterestEntry.objects.filter(member__in=members)
            .current(timezone.localdate(meeting.starts))
            .select_related("member")
            .order_by("member__name", "category", "pk")
        )


class DispensationApplicationForm(forms.Form):
    ground = forms.ChoiceField(
        choices=Dispensation.Ground.choices,
        widget=forms.RadioSelect,
        label="Ground (Localism Act 2011 section 33(2))",
        error_messages=said("Choose the ground you apply on"),
    )
    matters = text_field(
        Dispensation,
        "matters",
        called="the matters",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Say which matters the dispensation is for"},
    )
    case = text_field(
        Dispensation,
        "case",
        label="Why you need it",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class DispensationDecisionForm(forms.Form):
    grant = forms.TypedChoiceField(
        choices=[("yes", "Grant"), ("no", "Refuse")],
        coerce=lambda v: v == "yes",
        widget=forms.RadioSelect,
        label="Decision",
        error_messages=said("Choose whether to grant or refuse the dispensation"),
    )
    decided_by = forms.ChoiceField(
        choices=Dispensation.DecidedBy.choices,
        label="Decided by",
        error_messages=said(
            "Choose who decided: the standards committee or the Monitoring Officer"
        ),
    )
    decided_on = DateField(
        called=FIELD_LABELS["decided_on"],
        label="Date of decision",
        help_text="For example, 3 12 2026",
    )
    # Needed only for a grant, which the service checks.
    start = DateField(
        called=FIELD_LABELS["start"],
        label="Start date (if granted)",
        required=False,
        help_text="For example, 3 12 2026",
    )
    end = DateField(
        called=FIELD_LABELS["end"],
        label="End date (if granted)",
        required=False,
        help_text="At most four years after the start, for example 2 12 2030",
    )
    reasons = text_field(
        Dispensation,
        "reasons",
        called="the reasons",
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Give the reasons for the decision"},
    )


class DismissPromptForm(forms.Form):
    note = text_field(
        PromptDismissal,
        "note",
        called="why it is not related",
        required=False,
        label="Why is it not related? (optional)",
        help_text="For example, 'a different Home Farm: mine is in Kimpton'. The clerk and "
        "the Monitoring Officer will see this.",
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class WithdrawDismissalForm(forms.Form):
    note = text_field(
        PromptDismissal,
        "withdrawal_note",
        called="why it may be related",
        required=False,
        label="Why may it be related after all? (optional)",
        help_text="The clerk and the Monitoring Officer will see this.",
        widget=forms.Textarea(attrs={"rows": 3}),
    )


def member_choices(council):
    return Member.objects.filter(council=council).order_by("name")
