"""Forms for members' and the Monitoring Officer's register pages, in GOV.UK Frontend patterns.

Forms only parse what was typed (dates as day, month and year; money in pounds, held in
pence) and refuse text longer than its column (``nolan.limits``); every rule is checked by
``nolan.registers.services``, whose errors the views put back on the form against the field
they name.
"""

import re
import secrets
from datetime import date
from decimal import Decimal, InvalidOperation

from django import forms

from nolan.core.codes.model import Code
from nolan.core.gifts import MAX_VALUE_PENCE
from nolan.limits import text_field
from nolan.registers.models import Gift, InterestEntry

YES_NO = [("yes", "Yes"), ("no", "No")]


class DatePartsWidget(forms.MultiWidget):
    """The GOV.UK date input: three text boxes for day, month and year."""

    template_name = "registers/widgets/date.html"

    def __init__(self) -> None:
        numeric = {"inputmode": "numeric"}
        super().__init__(
            [forms.TextInput(numeric), forms.TextInput(numeric), forms.TextInput(numeric)]
        )

    def decompress(self, value):
        return [value.day, value.month, value.year] if value else [None, None, None]


class DateField(forms.MultiValueField):
    widget = DatePartsWidget

    def __init__(self, **kwargs) -> None:
        parts = (forms.CharField(), forms.CharField(), forms.CharField())
        super().__init__(parts, require_all_fields=False, **kwargs)

    def compress(self, data_list):
        if not data_list or not any(data_list):
            return None
        if not all(data_list):
            raise forms.ValidationError("Enter a day, month and year", code="incomplete-date")
        try:
            return date(*(int(part) for part in reversed(data_list)))
        except (ValueError, OverflowError):
            raise forms.ValidationError("Enter a real date", code="invalid-date") from None


def pence(text: str) -> int:
    """ "£1,234.50" -> 123450; a clear error for anything else."""
    cleaned = re.sub(r"[£,\s]", "", text)
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        amount = Decimal("NaN")
    if not amount.is_finite():
        raise forms.ValidationError(
            "Enter the value in pounds, like 75 or 75.50", code="invalid-value"
        )
    if amount < 0:
        raise forms.ValidationError("Enter a value of £0 or more", code="negative-value")
    if amount * 100 > MAX_VALUE_PENCE:
        raise forms.ValidationError(
            f"Enter a value of £{MAX_VALUE_PENCE // 100:,} or less", code="value-too-large"
        )
    if amount != amount.quantize(Decimal("0.01")):
        raise forms.ValidationError("Enter the value to the nearest penny", code="invalid-value")
    return int(amount * 100)


class OneSubmissionForm(forms.Form):
    """A form that registers something once, however often the same page is posted.

    Each form shown carries a new one-time token in a hidden field, which the services keep
    with what they register: a browser or client that retries the POST (after a dropped
    connection, say) sends the same token and gets the entry already registered back. A
    form posted without a token is refused once, and shown again with one.
    """

    TOKEN = re.compile(r"[A-Za-z0-9_-]{20,64}")

    submission_token = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.token_missing = self.is_bound and not self.TOKEN.fullmatch(
            self.data.get("submission_token", "")
        )
        if self.token_missing:
            self.data = self.data.copy()
            self.data["submission_token"] = secrets.token_urlsafe(32)
        elif not self.is_bound:
            self.initial["submission_token"] = secrets.token_urlsafe(32)

    def clean(self):
        cleaned = super().clean()
        if self.token_missing:
            raise forms.ValidationError(
                "This form had expired. Check the details and submit it again.",
                code="expired-form",
            )
        return cleaned


class InterestForm(OneSubmissionForm):
    category = forms.ChoiceField(label="Category")
    whose = forms.ChoiceField(
        label="Whose interest is it?",
        choices=InterestEntry.Whose.choices,
        widget=forms.RadioSelect,
        initial=InterestEntry.Whose.MEMBER,
        help_text="Disclosable pecuniary interests cover your partner's interests too. "
        "The public register does not say whose interest it is.",
    )
    employer = text_field(
        InterestEntry, "employer", label="Employer, firm or business", required=False
    )
    position = text_field(InterestEntry, "position", label="Role, office or trade", required=False)
    land_address = text_field(
        InterestEntry, "land_address", label="Address of the land or property", required=False
    )
    land_description = text_field(
        InterestEntry, "land_description", label="Description of the land", required=False
    )
    counterparty = text_field(
        InterestEntry, "counterparty", label="Who the contract is with", required=False
    )
    securities_body = text_field(
        InterestEntry, "securities_body", label="Body whose securities are held", required=False
    )
    securities_test_met = forms.ChoiceField(
        label="Do the securities exceed the code's value or share-capital test?",
        choices=YES_NO,
        widget=forms.RadioSelect,
        required=False,
    )
    body_name = text_field(InterestEntry, "body_name", label="Name of the body", required=False)
    details = text_field(
        InterestEntry, "details", label="Other details", widget=forms.Textarea, required=False
    )
    start = DateField(
        label="When did the interest start?", required=False, help_text="For example, 27 3 2024"
    )
    became_aware = DateField(
        label="When did you become aware of it?",
        required=False,
        help_text="Leave blank if you held it when your term began.",
    )

    def __init__(self, *args, code: Code, change: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        parameters = code.parameters
        numerator, denominator = parameters.securities_share_fraction
        self.fields["securities_test_met"].help_text = (
            f"Over £{parameters.securities_nominal_value_pence // 100:,} nominal value, or over "
            f"{numerator}/{denominator} of the body's issued share capital."
        )
        table_names = {1: "Disclosable pecuniary interest", 2: "Other registerable interest"}
        self.fields["category"].choices = [
            (c.key, f"{table_names[c.table]}: {c.subject}") for c in code.interest_categories
        ]
        if change:
            # Changing an entry twice leaves it as changing it once: no token needed.
            del self.fields["category"], self.fields["submission_token"]
            self.token_missing = False

    def values(self) -> dict:
        data = dict(self.cleaned_data)
        answer = data.pop("securities_test_met", "")
        data["securities_test_met"] = {"yes": True, "no": False}.get(answer)
        return data


class EndInterestForm(forms.Form):
    end = DateField(label="When did the interest end?")


class SensitiveRequestForm(forms.Form):
    reasons = text_field(
        InterestEntry,
        "sensitivity_reasons",
        label="Why could publishing this interest lead to violence or intimidation?",
        widget=forms.Textarea,
        help_text="The Monitoring Officer decides. Until then, the details are not published.",
    )


class GiftForm(OneSubmissionForm):
    donor_name = text_field(Gift, "donor_name", label="Who offered it?")
    donor_kind = forms.ChoiceField(
        label="Was it a person or an organisation?",
        choices=Gift.DonorKind.choices,
        widget=forms.RadioSelect,
    )
    donor_company_number = text_field(
        Gift, "donor_company_number", label="Company number, if any", required=False
    )
    donor_charity_number = text_field(
        Gift, "donor_charity_number", label="Charity number, if any", required=False
    )
    description = text_field(Gift, "description", label="What was the gift or hospitality?")
    occasion = text_field(Gift, "occasion", label="What was the occasion?", required=False)
    value = forms.CharField(
        label="Estimated value in pounds",
        help_text="For example, 75 or 75.50",
        max_length=30,
        error_messages={"max_length": "Enter the value in pounds, like 75 or 75.50"},
    )
    received_on = DateField(label="When was it received or offered?")
    accepted = forms.ChoiceField(
        label="Did you accept it?",
        choices=[("yes", "Accepted"), ("no", "Refused")],
        widget=forms.RadioSelect,
    )

    def clean_value(self) -> int:
        return pence(self.cleaned_data["value"])

    def values(self) -> dict:
        data = dict(self.cleaned_data)
        data["value_pence"] = data.pop("value")
        data["accepted"] = data["accepted"] == "yes"
        return data


class DecideSensitiveForm(forms.Form):
    decision = forms.ChoiceField(
        label="Your decision",
        choices=[
            ("agree", "Agree: withhold the details"),
            ("refuse", "Refuse: publish the details"),
        ],
        widget=forms.RadioSelect,
    )
    reasons = text_field(
        InterestEntry, "sensitivity_decision", label="Reasons", widget=forms.Textarea
    )
    review_on = DateField(label="Review date", required=False, help_text="Needed when you agree.")


class AnswerQueryForm(forms.Form):
    text = text_field(
        Gift, "query_answer", label="Your answer to the Monitoring Officer", widget=forms.Textarea
    )


class QueryGiftForm(forms.Form):
    text = text_field(
        Gift, "query_text", label="What do you want to ask the member?", widget=forms.Textarea
    )
