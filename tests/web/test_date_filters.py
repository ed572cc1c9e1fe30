"""Every template writes dates with the one set of filters, loaded for all of them."""

import datetime as dt

import pytest
from django.core import mail
from django.core.management import call_command
from django.template import Context, Template

from tests.factories import TermFactory
from tests.registers.factories import councillor


def render(source: str, **values) -> str:
    return Template(source).render(Context(values))


def test_the_filters_need_no_load_and_leave_nothing_as_nothing():
    moment = dt.datetime(2026, 12, 1, 19, 30, tzinfo=dt.UTC)
    assert render("{{ d|long_date }}", d=dt.date(2026, 12, 1)) == "1 December 2026"
    assert render("{{ m|date_time }}", m=moment) == "1 December 2026 at 7:30pm"
    assert render("{{ m|time_of_day }}", m=moment) == "7:30pm"
    assert render('{{ d|long_date|default:"Never" }}', d=None) == "Never"


@pytest.mark.django_db
def test_a_reminder_e_mail_writes_its_deadline_as_pages_do():
    member = councillor(term=None)
    TermFactory(member=member, start=dt.date.today() - dt.timedelta(days=21))
    call_command("send_reminders")
    due = dt.date.today() + dt.timedelta(days=7)
    expected = f"Register your interests by {due.day} {due:%B} {due.year}"
    assert [m.subject for m in mail.outbox] == [expected]
    assert expected in mail.outbox[0].body
