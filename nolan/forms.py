"""What every form of Nolan's shares: the GOV.UK date input (``DateField``), and showing the
services' refusals on a form.

Dates are refused in the GOV.UK Design System's words for the date input, naming the date as
the page does (issue 11, "pages in plain words"); the rules that read the boxes are
``nolan.core.dates.date_fault``'s.
"""

from collections.abc import Mapping
from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.forms.boundfield import BoundField

from nolan.core.dates import ALL_BOXES, DATE_BOXES, DateFault, date_fault
from nolan.core.errors import Refused


def refuse_on_form(
    form: forms.BaseForm, error: Refused, names: Mapping[str, str] | None = None
) -> None:
    """Show a service's refusal on ``form``: beside the field it names if the form has that
    field, otherwise above the form. ``names`` maps a service's field to the form's where
    they differ. The stable code travels with it for tests and scripts, never in the text."""
    name = (names or {}).get(error.field, error.field)
    form.add_error(
        name if name in form.fields else None, ValidationError(error.message, code=error.code)
    )


# How wide each of the date input's boxes is, in characters: day, month and year.
BOX_WIDTHS = (2, 2, 4)


class DatePartsWidget(forms.MultiWidget):
    """The GOV.UK date input: three text boxes for day, month and year. Its template is the
    registers app's, as Django's form renderer reads only the apps' templates."""

    template_name = "registers/widgets/date.html"
    # The attribute by which the bound field tells the widget which boxes to highlight.
    AT_FAULT = "boxes_at_fault"

    def __init__(self) -> None:
        super().__init__([forms.TextInput(), forms.TextInput(), forms.TextInput()])

    def decompress(self, value):
        return [value.day, value.month, value.year] if value else [None, None, None]

    def get_context(self, name, value, attrs):
        attrs = dict(attrs or {})
        at_fault = attrs.pop(self.AT_FAULT, ())
        context = super().get_context(name, value, attrs)
        boxes = zip(context["widget"]["subwidgets"], DATE_BOXES, BOX_WIDTHS, strict=True)
        for i, (box, called, width) in enumerate(boxes):
            box.update(label=called.capitalize(), width=width, at_fault=i in at_fault)
        return context


class DateBoundField(BoundField):
    """A date on a page: with an error, the boxes the error is about are highlighted, and the
    error summary links to the first of them."""

    @property
    def boxes_at_fault(self) -> tuple[int, ...]:
        # An error that is not about the boxes' numbers (nothing typed, or a date the rules
        # refuse, such as one still to come) is about the whole date.
        fault = date_fault(self.value() or ()) if self.form.is_bound else None
        return fault.boxes if fault else ALL_BOXES

    @property
    def first_box_in_error(self) -> str:
        """The id of the first box the error is about (the month box when only the month is
        missing), where the GOV.UK date input's guidance says the error summary links."""
        return f"{self.auto_id}_{self.boxes_at_fault[0]}"

    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        if self.errors:
            attrs[DatePartsWidget.AT_FAULT] = self.boxes_at_fault
        return attrs


class DateField(forms.MultiValueField):
    """A date a person types, in the GOV.UK date input (day, month and year boxes), refused in
    the words of the GOV.UK Design System's date input guidance, which name the date as
    ``called`` ("the date the interest started"): "Enter the date the interest started", "The
    date the interest started must include a month", "... must be a real date". It only reads
    the date: whether it may be in the future, or before some other, is for the rules behind
    the form to say, in the same words ("... must be today or in the past").
    """

    widget = DatePartsWidget
    bound_field_class = DateBoundField

    def __init__(self, *, called: str, **kwargs) -> None:
        self.called = called
        messages = {"required": f"Enter {called}", **kwargs.pop("error_messages", {})}
        # Each box may be empty: ``compress`` says which are missing, not "Enter a complete
        # value." for each.
        parts = (forms.CharField(required=False) for _ in DATE_BOXES)
        super().__init__(tuple(parts), require_all_fields=False, error_messages=messages, **kwargs)

    def refusal(self, fault: DateFault) -> ValidationError:
        return ValidationError(fault.message(self.called), code=fault.code)

    def compress(self, data_list):
        if not data_list or not any(data_list):
            return None
        fault = date_fault(data_list)
        if fault is not None:
            raise self.refusal(fault)
        day, month, year = (int(part) for part in data_list)
        return date(year, month, day)
