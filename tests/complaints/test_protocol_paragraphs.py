"""The Monitoring Officer names the social media protocol's paragraphs too (issue 11).

A complaint about a post is often about the council's social media protocol, but the
hearing's decision offered only the code's duties and prohibitions and the protocol's, not the
protocol's good practice (Welwyn Hatfield's 3.1(a) to (t), Bexley's Golden Rules "Do"), in
one list. The picker now offers every paragraph a complaint may be about
(``nolan.core.complaints.paragraphs``) under its document, as the council numbers it; the
case stores the paragraph's stable key, and the published decision notice links each
paragraph to its anchor on the council's code or protocol page.
"""

import dataclasses
import re

import pytest
from django.urls import reverse

from nolan.complaints import services
from nolan.complaints.models import Hearing
from nolan.councils.models import Council, Role
from tests.complaints.factories import complaint, investigated, officer
from tests.factories import CouncilFactory, MemberFactory


def words(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def picker(page):
    """The decision form's paragraphs as a reader meets them: each document's heading (the
    fieldset's legend) with the labels of its checkboxes, and each checkbox's value."""
    form = re.search(r'(?s)<form[^>]*action="[^"]*/decision/"[^>]*>(.*?)</form>', page)
    assert form, "no decision form on the page"
    groups = {}
    for legend, body in re.findall(
        r'(?s)<fieldset class="govuk-fieldset govuk-!-margin-bottom-4">\s*<legend[^>]*>(.*?)'
        r"</legend>(.*?)</fieldset>",
        form.group(1),
    ):
        boxes = re.findall(
            r'(?s)name="decision-provisions" type="checkbox" value="([^"]+)">\s*<label[^>]*>'
            r"(.*?)</label>",
            body,
        )
        groups[words(legend)] = {value: words(label) for value, label in boxes}
    return groups


def at_hearing(council):
    """A case of ``council`` referred to a hearing, with its Monitoring Officer."""
    mo = officer(council)
    ip = officer(council, Role.Kind.INDEPENDENT_PERSON)
    member = MemberFactory(council=council)
    elsewhere = "bexley" if council.slug == "chelmsford" else "chelmsford"
    investigator = officer(CouncilFactory(slug=elsewhere))
    case = investigated(complaint(member), mo, ip, investigator)
    services.refer_to_hearing(case, mo)
    services.record_ip_view(case, ip, view="A breach")
    return case, mo


def decide(client, case, provisions):
    url = reverse("complaint-step-take", args=[case.council.slug, case.reference, "decision"])
    return client.post(
        url,
        {
            "decision-held_on_0": "1",
            "decision-held_on_1": "5",
            "decision-held_on_2": "2025",
            "decision-panel": [MemberFactory(council=case.council).pk],
            "decision-breach": "yes",
            "decision-provisions": provisions,
            "decision-findings": "Posted a photograph of a resident's child",
            "decision-reasoning": "The protocol asks members to mind others' privacy",
        },
    )


@pytest.mark.django_db
def test_the_picker_offers_welwyn_hatfields_protocol_paragraphs_under_the_protocol(client):
    case, mo = at_hearing(CouncilFactory(slug="welwyn-hatfield"))
    client.force_login(mo)
    groups = picker(client.get(case.get_absolute_url()).content.decode())
    assert list(groups) == ["Councillor Code of Conduct", "Social Media Protocol"]
    protocol = groups["Social Media Protocol"]
    for letter in "abcdefghijklmnopqrst":
        assert f"smp.3-1-{letter}" in protocol
    assert protocol["smp.3-1-g"].startswith("Social Media Protocol, paragraph 3.1(g): Pay ")
    assert protocol["smp.3-2-b"].startswith("Social Media Protocol, paragraph 3.2(b): Bully ")
    assert protocol["smp.7-3-d"].startswith("Social Media Protocol, paragraph 7.3(d): ")
    code = groups["Councillor Code of Conduct"]
    assert code["code.respect.2"].startswith("Councillor Code of Conduct, paragraph 1.2: ")
    # Nothing to act on in either list: no introduction, definition or guidance, and none of
    # the CSPL's best practice for authorities (the code's Appendix C).
    assert "smp.1-1" not in protocol and "code.respect.guidance" not in code
    assert "appendix-c.best-practice-1" not in code


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("slug", "key", "label"),
    [
        ("bexley", "smp.golden-do-9", "Social Media Policy for Councillors, Golden Rules, Do 9: "),
        ("bexley", "smp.4-3", "Social Media Policy for Councillors, paragraph 4, bullet 3: "),
        (
            "chelmsford",
            "smp.good-practice-2",
            "Social Media Protocol for Councillors, Social media good practice, bullet 2: ",
        ),
    ],
)
def test_the_picker_offers_each_councils_own_protocol(client, slug, key, label):
    case, mo = at_hearing(CouncilFactory(slug=slug))
    client.force_login(mo)
    groups = picker(client.get(case.get_absolute_url()).content.decode())
    protocol = groups[Council.objects.get(slug=slug).code.protocol_title]
    assert protocol[key].startswith(label)


@pytest.mark.django_db
def test_a_protocol_paragraph_picked_is_stored_by_key_and_linked_on_the_notice(client):
    case, mo = at_hearing(CouncilFactory(slug="welwyn-hatfield"))
    client.force_login(mo)
    decide(client, case, ["code.respect.1", "smp.3-1-g"])
    assert Hearing.objects.get(complaint=case).provisions_breached == [
        "code.respect.1",
        "smp.3-1-g",
    ]
    services.publish_notice(case, mo, facts="The councillor posted a photograph.")
    notice = client.get(reverse("decision-notice", args=[case.council.slug, case.reference]))
    page = notice.content.decode()
    protocol_page = reverse("protocol", args=["welwyn-hatfield"])
    link = f'<a class="govuk-link" href="{protocol_page}#smp-3-1-g">'
    assert f"{link}Social Media Protocol, paragraph 3.1(g)</a>: Pay attention" in page
    code_page = reverse("code", args=["welwyn-hatfield"])
    code_link = f'href="{code_page}#code-respect-1">'
    assert f"{code_link}Councillor Code of Conduct, paragraph 1.1</a>" in page
    # The anchor is there to land on: the protocol's own page shows each of its paragraphs.
    assert 'id="smp-3-1-g"' in client.get(protocol_page).content.decode()


@pytest.mark.django_db
def test_the_notice_cites_the_protocol_as_numbered_now(client, monkeypatch):
    """The case keeps the paragraph's key, not its number: a protocol renumbered after the
    decision is cited on the notice by its new number, linked to the same paragraph."""
    case, mo = at_hearing(CouncilFactory(slug="welwyn-hatfield"))
    client.force_login(mo)
    decide(client, case, ["smp.3-1-g"])
    services.publish_notice(case, mo, facts="The councillor posted a photograph.")
    real = Council.code

    def renumbered(council):
        code = real.fget(council)
        provisions = tuple(
            dataclasses.replace(p, number="4.1(g)") if p.key == "smp.3-1-g" else p
            for p in code.provisions
        )
        return dataclasses.replace(code, provisions=provisions)

    monkeypatch.setattr(Council, "code", property(renumbered))
    page = client.get(reverse("decision-notice", args=[case.council.slug, case.reference]))
    assert '#smp-3-1-g">Social Media Protocol, paragraph 4.1(g)</a>' in page.content.decode()


@pytest.mark.django_db
def test_an_officer_of_another_council_can_neither_see_nor_pick_its_paragraphs(client):
    case, _ = at_hearing(CouncilFactory(slug="welwyn-hatfield"))
    bexley_case, bexley_mo = at_hearing(CouncilFactory(slug="bexley"))
    client.force_login(bexley_mo)
    # Their own case offers their council's protocol, never Welwyn Hatfield's paragraphs.
    own = picker(client.get(bexley_case.get_absolute_url()).content.decode())
    assert "smp.3-1-g" not in {key for group in own.values() for key in group}
    assert "Social Media Protocol" not in own
    # Welwyn Hatfield's case is not theirs to see or decide.
    response = client.get(case.get_absolute_url())
    assert response.status_code == 403
    assert "paragraph 3.1(g)" not in response.content.decode()
    assert decide(client, case, ["smp.3-1-g"]).status_code == 403
    assert not Hearing.objects.filter(complaint=case).exists()


@pytest.mark.django_db
def test_a_paragraph_of_another_councils_protocol_is_refused(client):
    case, mo = at_hearing(CouncilFactory(slug="welwyn-hatfield"))
    client.force_login(mo)
    response = decide(client, case, ["smp.golden-dont-4"])  # Bexley's Golden Rules
    failed = next(f for s, f in response.context["forms"] if s.slug == "decision")
    assert [e.code for e in failed.errors.as_data()["provisions"]] == ["invalid_choice"]
    assert not Hearing.objects.filter(complaint=case).exists()
    # The service refuses it too, for callers without the form.
    with pytest.raises(services.ComplaintError) as refused:
        services.record_decision(
            case,
            mo,
            held_on=case.received_on,
            panel=[MemberFactory(council=case.council)],
            breach=True,
            provisions_breached=["smp.golden-dont-4"],
            findings="f",
            reasoning="r",
            sanctions=[],
        )
    assert refused.value.code == "unknown-paragraph"
