"""Forms for members' and the Monitoring Officer's register pages, in GOV.UK Frontend patterns.

Forms only parse what was typed (dates as day, month and year, in the GOV.UK date input of
``nolan.forms.DateField``; money in pounds, held in pence) and refuse text longer than its
column (``nolan.limits``); every rule is checked by ``nolan.registers.services``, whose errors
the views put back on the form against the field they name.
"""

import re
import secrets
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from django import forms

from nolan.core.codes.model import Code
from nolan.core.dates import NOT_A_REAL_DATE
from nolan.core.errors import Refused
from nolan.core.gifts import MAX_VALUE_PENCE
from nolan.forms import DateField
from nolan.limits import text_field
from nolan.registers import publication, services
from nolan.registers.models import Gift, InterestEntry
from nolan.registers.services import field_name

YES_NO = [("yes", "Yes"), ("no", "No")]


def _text(model, name: str, **kwargs) -> forms.CharField:
    """A text field whose refusals name it as the pages do ("the land's address")."""
    return text_field(model, name, called=field_name(name), **kwargs)


def _required(message: str) -> dict[str, str]:
    """Error messages saying what to give, for the error summary, where Django's own
    "This field is required." would not say which field it is about."""
    return {"required": message}


def _date(name: str, **kwargs) -> DateField:
    """A date in the GOV.UK date input, whose errors name it as the services' refusals do
    ("The date the interest started must be a real date")."""
    return DateField(called=field_name(name), **kwargs)


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


# The details each kind of interest asks for, by the LGA's stable category keys (Table 1 of
# the 2012 Regulations); any Table 2 body asks for its name and the member's role in it. They
# include every field the code's ``InterestCategory.requires`` names (a test checks it for
# every council's code). The form shows only the chosen category's
# fields (issue 11), and the fields every interest has (``COMMON_FIELDS``) after them.
SECTION_FIELDS = {
    "employment": ("employer", "position"),
    "sponsorship": ("body_name",),
    "contracts": ("counterparty",),
    "land": ("land_address", "land_description"),
    "licences": ("land_address", "land_description"),
    "corporate-tenancies": ("body_name", "land_address"),
    "securities": ("securities_body", "securities_test_met"),
}
TABLE_2_FIELDS = ("body_name", "position")
COMMON_FIELDS = ("whose", "details", "start", "became_aware")
TABLE_NAMES = {1: "Disclosable pecuniary interest", 2: "Other registerable interest"}


@dataclass(frozen=True)
class Section:
    """One category's choice on the form and the fields it reveals."""

    key: str
    subject: str
    table_name: str
    fields: list
    chosen: bool


class InterestForm(OneSubmissionForm):
    """Register or change an interest: choose its category, then give that category's details.

    With JavaScript the chosen category's fields appear beneath it (the GOV.UK conditional
    reveal); without it the form comes in two steps, choosing a category being the first
    ("Continue" posts ``choose``). Only the chosen category's fields are read: the others are
    disabled, so a browser does not send them, and ``values`` leaves them out.

    ``own`` says the member is registering their own interest: the form then speaks to them
    ("You", "Your partner", each category's ``own_subject``); to an officer or clerk acting
    for the member it speaks of "the member".
    """

    category = forms.ChoiceField(
        label="What kind of interest is it?",
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what kind of interest it is"},
    )
    whose = forms.ChoiceField(
        label="Whose interest is it?",
        choices=InterestEntry.Whose.choices,
        widget=forms.RadioSelect,
        initial=InterestEntry.Whose.MEMBER,
        help_text="Disclosable pecuniary interests cover your partner's interests too. "
        "The public register does not say whose interest it is.",
        error_messages=_required("Select whose interest it is"),
    )
    employer = _text(InterestEntry, "employer", label="Employer, firm or business", required=False)
    position = _text(InterestEntry, "position", label="Role, office or trade", required=False)
    land_address = _text(
        InterestEntry, "land_address", label="Address of the land or property", required=False
    )
    land_description = _text(
        InterestEntry, "land_description", label="Description of the land", required=False
    )
    counterparty = _text(
        InterestEntry, "counterparty", label="Who the contract is with", required=False
    )
    securities_body = _text(
        InterestEntry, "securities_body", label="Body whose securities are held", required=False
    )
    securities_test_met = forms.ChoiceField(
        label="Do the securities exceed the code's value or share-capital test?",
        choices=YES_NO,
        widget=forms.RadioSelect,
        required=False,
    )
    body_name = _text(InterestEntry, "body_name", label="Name of the body", required=False)
    details = _text(
        InterestEntry, "details", label="Other details", widget=forms.Textarea, required=False
    )
    start = _date(
        "start",
        label="When did the interest start?",
        required=False,
        help_text="For example, 27 3 2024",
    )
    became_aware = _date(
        "became_aware",
        label="When did you become aware of it?",
        required=False,
        help_text="Leave blank if you held it when your term began.",
    )

    def __init__(
        self,
        *args,
        code: Code,
        own: bool,
        change: bool = False,
        category: str = "",
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.code = code
        self.own = own
        self.change = change
        if own:
            self.fields["whose"].choices = [
                (InterestEntry.Whose.MEMBER, "You"),
                (InterestEntry.Whose.PARTNER, "Your partner"),
            ]
        else:
            self.fields["whose"].help_text = (
                "Disclosable pecuniary interests cover the member's partner's interests too. "
                "The public register does not say whose interest it is."
            )
            self.fields["became_aware"].label = "When did the member become aware of it?"
            self.fields["became_aware"].called = services.became_aware_name(own=False)
            self.fields[
                "became_aware"
            ].help_text = "Leave blank if they held it when their term began."
        parameters = code.parameters
        numerator, denominator = parameters.securities_share_fraction
        self.fields["securities_test_met"].help_text = (
            f"Over £{parameters.securities_nominal_value_pence // 100:,} nominal value, or over "
            f"{numerator}/{denominator} of the body's issued share capital."
        )
        self.fields["category"].choices = [
            (c.key, c.own_subject if own else c.subject) for c in code.interest_categories
        ]
        self.tables = {c.key: c.table for c in code.interest_categories}
        if change:
            # Changing an entry twice leaves it as changing it once: no token needed.
            del self.fields["category"], self.fields["submission_token"]
            self.token_missing = False
        else:
            category = (self.data if self.is_bound else self.initial).get("category", "")
        self.chosen = category if category in self.tables else ""

    @classmethod
    def next_step(cls, data, code: Code, own: bool) -> "InterestForm":
        """After "Continue" (the first step, without JavaScript): the form with the chosen
        category's fields open, or asking for a category if none was chosen."""
        chosen = cls(data, code=code, own=own).chosen
        if chosen:
            return cls(code=code, own=own, initial={"category": chosen})
        only_the_category_missing = {
            "whose": InterestEntry.Whose.MEMBER,
            "submission_token": secrets.token_urlsafe(32),
        }
        form = cls(only_the_category_missing, code=code, own=own)
        form.is_valid()
        return form

    def section_fields(self, category: str) -> tuple[str, ...]:
        if category in SECTION_FIELDS:
            return SECTION_FIELDS[category]
        return TABLE_2_FIELDS if self.tables.get(category) == 2 else ()

    def sections(self) -> list[Section]:
        """Each category with its fields: the chosen one's carry what was typed and its errors;
        the others are blank copies with ids of their own, for the reveal to show."""
        result = []
        for key, subject in self.fields["category"].choices if not self.change else []:
            chosen = key == self.chosen
            form = (
                self
                if chosen
                else InterestForm(code=self.code, own=self.own, auto_id=f"id_{key}-%s")
            )
            fields = [form[name] for name in self.section_fields(key)]
            table_name = TABLE_NAMES[self.tables[key]]
            result.append(Section(key, subject, table_name, fields, chosen))
        return result

    @property
    def chosen_subject(self) -> str:
        category = self.code.category(self.chosen)
        if category is None:
            return ""
        return category.own_subject if self.own else category.subject

    def chosen_fields(self) -> list:
        return [self[name] for name in self.section_fields(self.chosen)]

    def common_fields(self) -> list:
        return [self[name] for name in COMMON_FIELDS]

    def values(self) -> dict:
        """What the services take: the chosen category's details and the common fields."""
        shown = {*self.section_fields(self.chosen), *COMMON_FIELDS, "submission_token"}
        data = {
            name: value
            for name, value in self.cleaned_data.items()
            if name in shown or name == "category"
        }
        if "securities_test_met" in data:
            data["securities_test_met"] = {"yes": True, "no": False}.get(
                data["securities_test_met"]
            )
        return data


class EndInterestForm(forms.Form):
    end = _date("end", label="When did the interest end?")


class SensitiveRequestForm(forms.Form):
    reasons = _text(
        InterestEntry,
        "sensitivity_reasons",
        label="Why could publishing this interest lead to violence or intimidation?",
        widget=forms.Textarea,
        help_text="The Monitoring Officer decides. Until then, the details are not published.",
        error_messages=_required(
            "Enter why publishing this interest could lead to violence or intimidation"
        ),
    )


class GiftForm(OneSubmissionForm):
    donor_name = _text(
        Gift,
        "donor_name",
        label="Who offered it?",
        error_messages=_required("Enter who offered it"),
    )
    donor_kind = forms.ChoiceField(
        label="Was it a person or an organisation?",
        choices=Gift.DonorKind.choices,
        widget=forms.RadioSelect,
        error_messages=_required("Select whether it was a person or an organisation"),
    )
    donor_company_number = _text(
        Gift,
        "donor_company_number",
        label="Company number, if any",
        help_text="As Companies House gives it, like 01234567 or SC123456",
        required=False,
    )
    donor_charity_number = _text(
        Gift,
        "donor_charity_number",
        label="Charity number, if any",
        help_text="As the charity regulator gives it, like 1089464 or SC012345",
        required=False,
    )
    description = _text(
        Gift,
        "description",
        label="What was the gift or hospitality?",
        error_messages=_required("Enter what the gift or hospitality was"),
    )
    occasion = _text(Gift, "occasion", label="What was the occasion?", required=False)
    value = forms.CharField(
        label="Estimated value in pounds",
        help_text="For example, 75 or 75.50",
        max_length=30,
        error_messages={
            "max_length": "Enter the value in pounds, like 75 or 75.50",
            "required": "Enter its estimated value in pounds",
        },
    )
    received_on = _date("received_on", label="When was it received or offered?")
    accepted = forms.ChoiceField(
        label="Did you accept it?",
        choices=[("yes", "Accepted"), ("no", "Refused")],
        widget=forms.RadioSelect,
        error_messages=_required("Select whether you accepted it"),
    )

    def __init__(self, *args, change: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if change:
            # Correcting a gift twice leaves it as correcting it once: no token needed.
            del self.fields["submission_token"]
            self.token_missing = False

    @classmethod
    def of(cls, gift: Gift, data=None) -> "GiftForm":
        """The form to correct ``gift``, filled in with what is registered."""
        initial = {name: getattr(gift, name) for name in services.GIFT_FIELDS}
        whole, part = divmod(gift.value_pence, 100)
        initial["value"] = f"{whole}.{part:02d}" if part else str(whole)
        initial["accepted"] = "yes" if gift.accepted else "no"
        return cls(data, change=True, initial=initial)

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
        error_messages=_required("Select your decision"),
    )
    reasons = _text(
        InterestEntry,
        "sensitivity_decision",
        label="Reasons",
        widget=forms.Textarea,
        error_messages=_required("Enter the reasons for your decision"),
    )
    review_on = _date(
        "review_on", label="Review date", required=False, help_text="Needed when you agree."
    )


class AnswerQueryForm(forms.Form):
    text = _text(
        Gift,
        "query_answer",
        label="Your answer to the Monitoring Officer",
        widget=forms.Textarea,
        error_messages=_required("Enter your answer"),
    )


class QueryGiftForm(forms.Form):
    text = _text(
        Gift,
        "query_text",
        label="What do you want to ask the member?",
        widget=forms.Textarea,
        error_messages=_required("Enter what you want to ask the member"),
    )


# The public register's "as it stood on" date: the GOV.UK date input, whose boxes are sent
# as on_0 (day), on_1 (month) and on_2 (year). Links, downloads and the API keep the date as
# ?on=YYYY-MM-DD (``publication.as_of``), which a page reads into the same boxes.
AS_OF_BOXES = ("on_0", "on_1", "on_2")
_AS_OF_LINK = re.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})")
_EXAMPLE = date.fromisoformat(publication.DATE_EXAMPLE)
AS_OF_EXAMPLE = f"{_EXAMPLE.day} {_EXAMPLE.month} {_EXAMPLE.year}"


class AsOfForm(forms.Form):
    on = DateField(
        called="the date",
        label="See the register as it stood on a past date",
        required=False,
        help_text=f"For example, {AS_OF_EXAMPLE}",
    )

    def __init__(self, *args, unreadable: bool = False, **kwargs) -> None:
        # Ids as the page's error summary and hint expect them: "on", "on-hint", "on_0".
        super().__init__(*args, auto_id="%s", **kwargs)
        self.unreadable = unreadable

    def clean_on(self):
        if self.unreadable:
            raise self.fields["on"].refusal(NOT_A_REAL_DATE)
        day = self.cleaned_data["on"]
        if day is None:
            return None
        try:
            # The same range as every other reading of the date: not to come, not too early.
            return publication.as_of(day.isoformat())
        except Refused as refusal:
            raise forms.ValidationError(refusal.message, code=refusal.code) from None


def as_of_form(query) -> tuple[AsOfForm, bool]:
    """A register page's date boxes from its address, and whether they were typed in.

    What was typed in the boxes is read as typed; a ?on= date from a link is read into the
    boxes, so that one written wrongly is corrected where the reader sees it. Nothing given,
    or the boxes left empty, is the register as it stands today.
    """
    if any(box in query for box in AS_OF_BOXES):
        return AsOfForm(query), True
    link = query.get("on", "").strip()
    if not link:
        return AsOfForm(), False
    written = _AS_OF_LINK.fullmatch(link)
    year, month, day = written.groups() if written else ("", "", "")
    # 1 3 2025, as the boxes ask for it, not 01 03 2025.
    boxes = (day.lstrip("0") or day, month.lstrip("0") or month, year)
    return AsOfForm(dict(zip(AS_OF_BOXES, boxes, strict=True)), unreadable=not written), False
