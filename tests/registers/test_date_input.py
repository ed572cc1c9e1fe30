"""Every date typed on the register forms is the GOV.UK date input (day, month and year boxes,
``nolan.forms.DateField``), refused in the words of the GOV.UK Design System's date input
guidance, naming the date as the page does: in the error summary, linked to the first box
the error is about (the month box when only the month is missing), and beside the boxes,
which keep what was typed (issue 11, "pages in plain words"). A partly typed date gave
Django's "Enter a complete value." before."""

import datetime as dt
import html
import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.urls import reverse
from django.utils import timezone

from nolan.registers import services
from nolan.registers.models import Gift, InterestEntry
from tests.registers.factories import gift, interest, officer
from tests.registers.test_pages import one_time, url
from tests.registers.test_plain_words import visible_text

pytestmark = pytest.mark.django_db


@dataclass(frozen=True)
class DateOnAForm:
    """A date box on one of the register forms: who fills it in, where, with what else."""

    field: str
    called: str  # how its errors name it
    by_officer: bool
    path: Callable
    data: dict
    saved: Callable  # the date the form saved, read back


def _requested(member):
    entry = interest(member)
    services.request_sensitive(entry, member.user, reasons="Threats")
    return entry


_GIFT = {
    "donor_name": "Acme Builders Ltd",
    "donor_kind": "organisation",
    "description": "Lunch",
    "value": "30",
    "accepted": "yes",
}
_INTEREST = {"category": "employment", "whose": "member", "employer": "Hatfield Bakery Ltd"}

FORMS = {
    "gift": DateOnAForm(
        "received_on",
        "The date it was received or offered",
        False,
        lambda m: url("register-add-gift", m),
        _GIFT,
        lambda m: Gift.objects.get(member=m).received_on,
    ),
    "gift-corrected": DateOnAForm(
        "received_on",
        "The date it was received or offered",
        False,
        lambda m: url("register-change-gift", m, gift(m).pk),
        _GIFT,
        lambda m: Gift.objects.get(member=m).received_on,
    ),
    "interest-start": DateOnAForm(
        "start",
        "The date the interest started",
        False,
        lambda m: url("register-add-interest", m),
        _INTEREST,
        lambda m: InterestEntry.objects.get(member=m).start,
    ),
    "interest-aware": DateOnAForm(
        "became_aware",
        "The date you became aware of it",
        False,
        lambda m: url("register-add-interest", m),
        _INTEREST,
        lambda m: InterestEntry.objects.get(member=m).became_aware,
    ),
    "interest-aware-for-the-member": DateOnAForm(
        "became_aware",
        "The date the member became aware of it",
        True,
        lambda m: url("register-add-interest", m),
        _INTEREST,
        lambda m: InterestEntry.objects.get(member=m).became_aware,
    ),
    "interest-end": DateOnAForm(
        "end",
        "The date the interest ended",
        False,
        lambda m: url("register-end-interest", m, interest(m).pk),
        {},
        lambda m: InterestEntry.objects.get(member=m).end,
    ),
    "sensitive-review": DateOnAForm(
        "review_on",
        "The review date",
        True,
        lambda m: reverse("register-decide-sensitive", args=[m.council.slug, _requested(m).pk]),
        {"decision": "agree", "reasons": "Risk shown"},
        lambda m: InterestEntry.objects.get(member=m).sensitivity_review_on,
    ),
}
# Where a date still to come makes no sense (the review date must be one).
PAST_DATES = [name for name, form in FORMS.items() if form.field != "review_on"]


def _post(client, member, form: DateOnAForm, boxes: tuple):
    client.force_login(officer(member.council) if form.by_officer else member.user)
    path = form.path(member)
    typed = {f"{form.field}_{i}": part for i, part in enumerate(boxes)}
    return client.post(path, {**form.data, **typed, **one_time()})


def _highlighted(page: str, field: str) -> list[bool]:
    """Whether each of the date's day, month and year boxes is highlighted as in error."""
    boxes = [re.search(rf'<input class="([^"]*)" id="id_{field}_{i}"', page) for i in range(3)]
    assert all(boxes), field
    return ["govuk-input--error" in box[1] for box in boxes if box]


def _typed(page: str, field: str) -> tuple[str, ...]:
    return tuple(re.findall(rf'name="{field}_[012]" [^>]*value="([^"]*)"', page))


def assert_refused(response, form: DateOnAForm, message: str, first_box: int = 0) -> str:
    """``message`` is what the person reads: first in the error summary, as a link to the
    first box in error (the day box when the whole date is), then above the boxes."""
    assert response.status_code == 400
    page = response.content.decode()
    summary = page.split('class="govuk-error-summary"', 1)[1].split("</ul>", 1)[0]
    assert f'<a href="#id_{form.field}_{first_box}">{html.escape(message)}</a>' in summary
    assert f'id="id_{form.field}_{first_box}"' in page
    beside = re.search(
        rf'<p id="id_{form.field}-error" class="govuk-error-message">(.*?)</p>', page
    )
    assert beside and html.unescape(re.sub("<[^>]+>", "", beside[1])).split() == [
        "Error:",
        *message.split(),
    ]
    assert "complete value" not in visible_text(response)
    return page


@pytest.mark.parametrize("name", FORMS)
@pytest.mark.parametrize(
    ("boxes", "missing", "highlighted"),
    [
        (("1", "", "2025"), "a month", [False, True, False]),
        (("", "", "2025"), "a day and month", [True, True, False]),
        (("14", "3", ""), "a year", [False, False, True]),
    ],
)
def test_a_partly_typed_date_says_what_it_must_include(
    client, member, name, boxes, missing, highlighted
):
    form = FORMS[name]
    response = _post(client, member, form, boxes)
    first_box = highlighted.index(True)
    page = assert_refused(response, form, f"{form.called} must include {missing}", first_box)
    assert _highlighted(page, form.field) == highlighted
    assert _typed(page, form.field) == boxes
    assert not response.context["form"].is_valid()


@pytest.mark.parametrize("name", FORMS)
@pytest.mark.parametrize(
    ("boxes", "highlighted"),
    [
        (("31", "2", "2025"), [True, False, False]),
        (("1", "13", "2025"), [False, True, False]),
        (("1", "March", "2025"), [False, True, False]),
        (("32", "13", "2025"), [True, True, True]),
    ],
)
def test_numbers_that_make_no_date_must_be_a_real_date(client, member, name, boxes, highlighted):
    form = FORMS[name]
    page = assert_refused(
        _post(client, member, form, boxes),
        form,
        f"{form.called} must be a real date",
        highlighted.index(True),
    )
    assert _highlighted(page, form.field) == highlighted


@pytest.mark.parametrize("name", FORMS)
def test_a_two_figure_year_is_refused_naming_the_date(client, member, name):
    form = FORMS[name]
    page = assert_refused(
        _post(client, member, form, ("1", "3", "25")),
        form,
        f"The year in {form.called[:1].lower()}{form.called[1:]} must include 4 numbers",
        first_box=2,
    )
    assert _highlighted(page, form.field) == [False, False, True]


@pytest.mark.parametrize("name", PAST_DATES)
def test_a_date_still_to_come_must_be_today_or_in_the_past(client, member, name):
    form = FORMS[name]
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    boxes = (str(tomorrow.day), str(tomorrow.month), str(tomorrow.year))
    page = assert_refused(
        _post(client, member, form, boxes), form, f"{form.called} must be today or in the past"
    )
    # A date the rules refuse is wrong as a whole.
    assert _highlighted(page, form.field) == [True, True, True]


def test_a_review_date_must_be_in_the_future(client, member):
    form = FORMS["sensitive-review"]
    today = timezone.localdate()
    boxes = (str(today.day), str(today.month), str(today.year))
    assert_refused(
        _post(client, member, form, boxes), form, "The review date must be in the future"
    )


@pytest.mark.parametrize("name", FORMS)
def test_a_full_date_still_saves(client, member, name):
    form = FORMS[name]
    today = timezone.localdate()
    day = today + dt.timedelta(days=365) if form.field == "review_on" else today
    response = _post(client, member, form, (f" {day.day} ", f"0{day.month}", str(day.year)))
    assert response.status_code == 302, response.context["form"].errors
    assert form.saved(member) == day


def test_a_date_left_out_is_asked_for_by_name(client, member):
    form = FORMS["gift"]
    assert_refused(
        _post(client, member, form, ("", "", "")), form, "Enter the date it was received or offered"
    )


def test_the_registers_as_it_stood_on_date_is_the_same_date_input(client, member):
    """The public register's "as it stood on" filter is the same field, in the same words."""
    path = reverse("register-council", args=[member.council.slug])
    response = client.get(path, {"on_0": "1", "on_1": "", "on_2": "2025"})
    assert response.status_code == 400
    page = response.content.decode()
    assert '<a href="#on_1">The date must include a month</a>' in page
    assert '<p id="on-error" class="govuk-error-message">' in page
    boxes = [re.search(rf'<input class="([^"]*)" id="on_{i}"', page) for i in range(3)]
    assert ["govuk-input--error" in box[1] for box in boxes if box] == [False, True, False]
