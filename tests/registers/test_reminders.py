"""``nolan send_reminders`` e-mails members as their register deadlines approach."""

import datetime as dt

import pytest
from django.core import mail
from django.core.management import call_command

from tests.factories import TermFactory
from tests.registers.factories import councillor, interest

pytestmark = pytest.mark.django_db


def elected_days_ago(days):
    member = councillor(term=None)
    TermFactory(member=member, start=dt.date.today() - dt.timedelta(days=days))
    return member


def test_a_new_councillor_is_reminded_a_week_and_a_day_before_the_deadline(settings):
    settings.SITE_URL = "https://standards.example.gov.uk"
    week, day, neither = elected_days_ago(21), elected_days_ago(27), elected_days_ago(10)
    call_command("send_reminders")
    assert sorted(m.to[0] for m in mail.outbox) == sorted([week.email, day.email])
    assert neither.email not in [m.to[0] for m in mail.outbox]
    assert "\nhttps://standards.example.gov.uk/councils/" in mail.outbox[0].body
    assert "/register/manage/" in mail.outbox[0].body


def test_a_councillor_who_has_registered_gets_no_initial_reminder():
    member = elected_days_ago(21)
    interest(member, today=dt.date.today())
    call_command("send_reminders")
    assert mail.outbox == []


def test_the_reminder_days_can_be_chosen():
    member = elected_days_ago(18)
    call_command("send_reminders", "--days-before", "10")
    assert [m.to for m in mail.outbox] == [[member.email]]


def test_overdue_duties_are_not_re_sent_as_reminders():
    elected_days_ago(40)
    call_command("send_reminders")
    assert mail.outbox == []
