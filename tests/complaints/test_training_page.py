"""The training page: who attended code of conduct training when, and who is overdue."""

import datetime as dt

from django.urls import reverse
from freezegun import freeze_time

from nolan.complaints.models import TrainingRecord


def page(council):
    return reverse("complaint-training", args=[council.slug])


@freeze_time("2025-03-01")
def test_a_member_without_training_six_months_after_election_is_overdue(client, member, mo):
    client.force_login(mo)
    response = client.get(page(member.council))  # elected 2 May 2024: due 2 November 2024
    (row,) = response.context["rows"]
    assert (row[0], row[2].code) == (member, "overdue")
    response = client.post(
        page(member.council),
        {
            "member": member.pk,
            "course": "Code of conduct",
            "attended_on_0": "20",
            "attended_on_1": "2",
            "attended_on_2": "2025",
        },
    )
    assert response.status_code == 302
    (row,) = client.get(page(member.council)).context["rows"]
    assert (row[1], row[2].code, row[2].due) == (dt.date(2025, 2, 20), "due", dt.date(2029, 2, 20))
    assert TrainingRecord.objects.get().recorded_by == mo


@freeze_time("2025-03-01")
def test_a_future_training_date_is_refused_with_the_answers_kept(client, member, mo):
    client.force_login(mo)
    response = client.post(
        page(member.council),
        {
            "member": member.pk,
            "course": "Induction",
            "attended_on_0": "1",
            "attended_on_1": "4",
            "attended_on_2": "2025",
        },
    )
    assert response.status_code == 400 and "attended_on" in response.context["form"].errors
    shown = response.content.decode()
    assert 'value="Induction"' in shown
    # The service's refusal in the GOV.UK date input's words, naming the date as the form
    # does (issue 11; it said "the date cannot be in the future").
    message = "The date attended must be today or in the past"
    assert f'<a href="#id_attended_on_0">{message}</a>' in shown
    assert f'<span class="govuk-visually-hidden">Error:</span> {message}</p>' in shown
    assert not TrainingRecord.objects.exists()
