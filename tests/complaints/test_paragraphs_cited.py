"""Complaint pages and e-mails cite the council's own paragraphs (issue 11): a member told of
a complaint reads the duties to cooperate and not to intimidate as their council's code
numbers them, linked to the code page; the training page cites its paragraph the same way.
Councils number their codes differently, so these tests renumber a code and look for the
new numbers."""

import dataclasses

import pytest
from django.core import mail
from django.urls import reverse

from nolan.complaints import services
from nolan.complaints.models import Arrangements
from nolan.councils.models import Council, Role
from tests.complaints.factories import complaint, officer
from tests.factories import MemberFactory

RENUMBERED = {"code.compliance.1": "11.1", "code.compliance.2": "11.2", "code.compliance.3": "11.3"}


@pytest.fixture
def renumbered(monkeypatch):
    """Every council's code with its complying paragraphs numbered 11.x, not the model's 8.x."""
    real = Council.code

    def code(council):
        original = real.fget(council)
        provisions = tuple(
            dataclasses.replace(p, number=RENUMBERED[p.key]) if p.key in RENUMBERED else p
            for p in original.provisions
        )
        return dataclasses.replace(original, provisions=provisions)

    monkeypatch.setattr(Council, "code", property(code))


def told(council, mo):
    councillor = officer(council, Role.Kind.COUNCILLOR)
    member = MemberFactory(council=council, user=councillor, email="member@example.org")
    case = complaint(member)
    services.acknowledge(case, mo)
    services.notify_member(case, mo)
    return councillor


def test_the_member_reads_their_councils_own_paragraphs_with_links(client, council, mo, renumbered):
    councillor = told(council, mo)
    client.force_login(councillor)
    page = client.get(reverse("complaints-about-me")).content.decode()
    code = reverse("code", args=[council.code_slug])
    assert f'href="{code}#code-compliance-2">Councillor Code of Conduct, paragraph 11.2</a>' in page
    assert f'href="{code}#code-compliance-3">Councillor Code of Conduct, paragraph 11.3</a>' in page
    assert "8.2" not in page and "8.3" not in page


def test_the_e_mail_telling_the_member_cites_their_councils_own_paragraphs(council, mo, renumbered):
    told(council, mo)
    (sent,) = [m for m in mail.outbox if m.to == ["member@example.org"]]
    assert "paragraph 11.2" in sent.body and "paragraph 11.3" in sent.body
    assert "8.2" not in sent.body and "8.3" not in sent.body


def test_the_training_page_cites_the_councils_own_training_paragraph(
    client, council, mo, renumbered
):
    client.force_login(mo)
    page = client.get(reverse("complaint-training", args=[council.slug])).content.decode()
    code = reverse("code", args=[council.code_slug])
    assert f'href="{code}#code-compliance-1">Councillor Code of Conduct, paragraph 11.1</a>' in page


def test_the_training_setting_names_no_paragraph_number():
    help_text = Arrangements._meta.get_field("training_within_months").help_text
    assert "the code's training paragraph" in help_text and "8.1" not in help_text
