"""The public complaint form's questions, one per page (GOV.UK "question pages" pattern).

Each form only parses what was typed; ``nolan.complaints.services.submit_complaint`` checks
every answer again when the complaint is sent, and its errors are shown on the check page.
"""

from django import forms
from django.utils import timezone

from nolan.complaints.models import Complaint
from nolan.complaints.services import (
    HAPPENED_ON,
    ComplaintError,
    check_happened_on,
    looks_like_phone_number,
)
from nolan.forms import DateField
from nolan.limits import text_field

YES_NO = [("yes", "Yes"), ("no", "No")]


class CapacityForm(forms.Form):
    acting = forms.ChoiceField(
        label="Was the councillor acting as a councillor?",
        choices=Complaint.Capacity.choices,
        widget=forms.RadioSelect,
        help_text="For example: at a council meeting, on council business, or posting from an "
        "account that presents them as a councillor. A disclaimer does not settle it.",
        error_messages={"required": "Select whether the councillor was acting as a councillor"},
    )


class MemberForm(forms.Form):
    member = forms.ChoiceField(
        label="Which councillor is your complaint about?",
        error_messages={
            "required": "Select the councillor",
            "invalid_choice": "Select the councillor",
        },
    )

    def __init__(self, *args, members, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["member"].choices = [
            ("", "Choose a councillor"),
            *((m.slug, m.name) for m in members),
        ]


class WhoForm(forms.Form):
    """A parish clerk's complaint about a councillor comes from the chair or the parish
    council as a whole (best practice 11)."""

    who = forms.ChoiceField(
        label="Who is making this complaint?",
        choices=[
            ("individual", "I am making it myself"),
            ("parish-council", "I am the chair, making it for the parish council"),
            ("clerk", "I am the parish clerk"),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": "Select who is making the complaint"},
    )


class NameForm(forms.Form):
    give_name = forms.ChoiceField(
        label="Will you give your name?",
        choices=YES_NO,
        widget=forms.RadioSelect,
        help_text="Complaints without a name are not usually taken up: the Monitoring Officer "
        "does so only where there is a compelling public interest.",
        error_messages={"required": "Select whether you will give your name"},
    )


class ContactForm(forms.Form):
    name = text_field(Complaint, "complainant_name", called="your full name", label="Full name")
    email = forms.EmailField(
        label="Email address",
        max_length=254,
        error_messages={"invalid": "Enter an email address like name@example.com"},
    )
    phone = text_field(
        Complaint,
        "complainant_phone",
        label="Phone number (optional)",
        required=False,
        help_text="For international numbers include the country code",
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["name"].error_messages["required"] = "Enter your full name"
        self.fields["email"].error_messages["required"] = "Enter your email address"

    def clean_phone(self) -> str:
        phone = self.cleaned_data["phone"].strip()
        if phone and not looks_like_phone_number(phone):
            raise forms.ValidationError(
                "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192",
                code="bad-phone",
            )
        return phone


class WhatForm(forms.Form):
    what_happened = text_field(
        Complaint,
        "what_happened",
        label="What happened?",
        widget=forms.Textarea,
        help_text="Say what the councillor said or did, and who it affected.",
    )
    where = text_field(
        Complaint,
        "where",
        called="where it happened",
        label="Where did it happen? (optional)",
        required=False,
        help_text="A meeting, a place, or the address of a social media post.",
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["what_happened"].error_messages["required"] = "Say what happened"


class WhenForm(forms.Form):
    happened_on = DateField(
        called=HAPPENED_ON,
        label="When did it happen?",
        help_text="For example, 27 3 2025",
    )

    def clean_happened_on(self):
        """The service's own check of the date, asked on this page."""
        day = self.cleaned_data["happened_on"]
        try:
            check_happened_on(day, timezone.localdate())
        except ComplaintError as refused:
            raise forms.ValidationError(refused.message, code=refused.code) from None
        return day


class GroupedBoundField(forms.BoundField):
    @property
    def groups(self) -> list[tuple[str, list]]:
        """Each group's heading and its checkboxes, in the choices' order."""
        boxes = iter(self)
        return [(heading, [next(boxes) for _ in group]) for heading, group in self.field.choices]


class ParagraphsField(forms.MultipleChoiceField):
    """Checkboxes for a council's paragraphs, whose choices come under headings
    (``[(heading, [(key, label), ...]), ...]``): the page shows a fieldset for each heading
    (``GroupedBoundField.groups``), so that a long code and protocol can be scanned a part at a
    time. Each value is the paragraph's stable key."""

    widget = forms.CheckboxSelectMultiple
    bound_field_class = GroupedBoundField


class ParagraphsForm(forms.Form):
    """The paragraphs a complainant may name, under their sections' headings
    (``services.paragraph_groups``)."""

    paragraphs = ParagraphsField(
        label="Which parts of the code do you think were broken? (optional)",
        required=False,
        help_text="Select all that apply. The Monitoring Officer decides which apply.",
        error_messages={"invalid_choice": "Select the parts of the code from the list"},
    )

    def __init__(self, *args, groups, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["paragraphs"].choices = groups
