"""The public pages of each council's code, protocol and changes from the LGA model."""

import pytest
from django.contrib.auth.models import Permission
from django.utils.html import escape

from nolan.core.codes import available_codes, data_dir, load_code
from nolan.core.codes.model import Document
from nolan.councils import services
from nolan.councils.models import CodeConfirmation
from tests.factories import CouncilFactory, RoleFactory, UserFactory


@pytest.mark.django_db
@pytest.mark.parametrize("slug", available_codes())
def test_code_page_shows_every_paragraph_with_its_own_number_and_anchor(client, slug):
    html = client.get(f"/codes/{slug}/").content.decode()
    for provision in load_code(slug).provisions_in(Document.CODE):
        assert f'id="{provision.anchor}"' in html
        assert f'href="#{provision.anchor}"' in html
        assert f">{provision.number}</a>" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "slug", [s for s in available_codes() if (data_dir(s) / "protocol.yaml").exists()]
)
def test_protocol_page_shows_every_paragraph(client, slug):
    html = client.get(f"/codes/{slug}/social-media/").content.decode()
    provisions = load_code(slug).provisions_in(Document.PROTOCOL)
    assert provisions
    for provision in provisions:
        assert f'id="{provision.anchor}"' in html


@pytest.mark.django_db
def test_gift_threshold_paragraph_differs_between_councils(client):
    welwyn = client.get("/codes/welwyn-hatfield/").content.decode()
    bexley = client.get("/codes/bexley/").content.decode()
    assert "at least £50 within 28 days" in welwyn
    assert "at least £100 within 28 days" in bexley


@pytest.mark.django_db
def test_changes_page_marks_welwyn_hatfields_friend_as_inserted(client):
    html = client.get("/codes/welwyn-hatfield/changes/").content.decode()
    assert '<ins class="nolan-ins">' in html
    assert "friend" in html.split('<ins class="nolan-ins">', 1)[1]


@pytest.mark.django_db
def test_unknown_code_is_not_found(client):
    assert client.get("/codes/atlantis/").status_code == 404
    assert client.get("/codes/lga-2020/social-media/").status_code == 404
    assert client.get("/codes/lga-2020/changes/").status_code == 404


PUBLIC_PAGES = [
    "/",
    "/sign-in/",
    "/councils/welwyn-hatfield/",
    "/codes/welwyn-hatfield/",
    "/codes/welwyn-hatfield/social-media/",
    "/codes/welwyn-hatfield/changes/",
    "/codes/bexley/",
    "/codes/bexley/social-media/",
    "/codes/chelmsford/social-media/",
]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_code_pages_have_no_serious_accessibility_violations(axe_violations, path):
    from nolan.demo import load_demo

    load_demo()
    assert axe_violations(path) == []


@pytest.mark.django_db
@pytest.mark.parametrize("slug", available_codes())
def test_every_code_page_says_where_its_text_comes_from(client, slug):
    code = load_code(slug)
    html = client.get(f"/codes/{slug}/").content.decode()
    assert 'id="about-this-code"' in html
    assert escape(code.provenance.source) in html
    assert escape(code.provenance.version) in html
    for assumption in code.provenance.assumptions:
        assert f'id="assumption-{assumption.about}"' in html
    assert "seed" not in html.lower()  # Nolan's own file names are not a source to a reader


@pytest.mark.django_db
def test_the_model_page_names_the_published_version_with_its_dates(client):
    html = client.get("/codes/lga-2020/").content.decode()
    assert "updated 19 January and 17 May 2021" in html


@pytest.mark.django_db
def test_the_model_page_lists_the_texts_it_was_compared_against_with_links(client):
    html = client.get("/codes/lga-2020/").content.decode()
    assert 'id="texts-compared"' in html
    for source in load_code("lga-2020").provenance.sources:
        assert escape(source.title) in html
        if source.url:
            assert f'href="{escape(source.url)}"' in html
    assert 'id="assumption-appendix-b-wording"' in html
    assert "Wording of Appendix B paragraphs 8 to 10 and Tables 1 and 2" in html


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["welwyn-hatfield", "bexley", "chelmsford"])
def test_an_adopting_councils_page_names_the_model_once_with_its_publisher_and_dates(client, slug):
    """The "Based on" row gives the model's title, publisher and dates once each, not the title
    twice ("Model Councillor Code of Conduct 2020: Model Councillor Code of Conduct 2020,
    approved December 2020...", found walking the demo)."""
    html = client.get(f"/codes/{slug}/").content.decode()
    start = html.index('id="provenance-base"')
    row = html[start : html.index("</div>", start)]
    assert 'href="/codes/lga-2020/"' in row
    assert row.count("Model Councillor Code of Conduct 2020") == 1
    assert row.count("Local Government Association") == 1
    assert "approved December 2020, updated 19 January and 17 May 2021" in row


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["welwyn-hatfield", "bexley"])
def test_an_adoption_date_no_source_gives_is_said_to_await_the_monitoring_officer(client, slug):
    """Welwyn Hatfield's and Bexley's texts give no adoption date: the page says plainly
    that the Monitoring Officer has not confirmed it, not "Not known" tagged "Assumed"."""
    council = CouncilFactory(slug=slug)
    html = client.get(f"/codes/{slug}/").content.decode()
    row = _assumption_row(html, "adopted")
    assert f"Not yet confirmed by {escape(council.name)}'s Monitoring Officer" in row
    assert "Not known" not in row and "Assumed" not in row
    assert "Not known" not in html


@pytest.mark.django_db
def test_an_adoption_date_nolan_does_not_know_cannot_be_confirmed():
    """Confirming "Not known" would show a date nobody gave as confirmed: the data is
    corrected with the date instead."""
    council = CouncilFactory(slug="welwyn-hatfield", code_slug="welwyn-hatfield")
    officer = RoleFactory(council=council, user=UserFactory(is_staff=True)).user
    with pytest.raises(services.CouncilsError) as refused:
        services.confirm_assumption(
            officer, CodeConfirmation(council=council, about="adopted"), reason="yes"
        )
    assert refused.value.code == "nothing-to-confirm"
    assert not CodeConfirmation.objects.exists()


@pytest.mark.django_db
def test_the_models_page_names_the_parish_that_uses_it(client):
    """A parish that adopted the model is sent to the model's page from its own: the page
    says the parish uses it."""
    parish = CouncilFactory(
        slug="northaw-cuffley",
        name="Northaw and Cuffley Parish Council",
        principal=CouncilFactory(slug="welwyn-hatfield"),
    )
    html = client.get("/codes/lga-2020/").content.decode()
    start = html.index('id="provenance-used-by"')
    row = html[start : html.index("</div>", start)]
    assert f'href="/councils/{parish.slug}/"' in row and parish.name in row
    assert 'id="provenance-used-by"' not in client.get("/codes/bexley/").content.decode()


def _assumption_row(html, about):
    start = html.index(f'id="assumption-{about}"')
    return html[start : html.index("</div>", start)]


@pytest.fixture
def chelmsford():
    council = CouncilFactory(slug="chelmsford", name="Chelmsford City Council")
    officer = RoleFactory(council=council, user=UserFactory(is_staff=True)).user
    return council, officer


@pytest.mark.django_db
def test_chelmsfords_gift_threshold_is_shown_as_assumed_until_confirmed(client, chelmsford):
    council, officer = chelmsford
    row = _assumption_row(
        client.get("/codes/chelmsford/").content.decode(), "gift_threshold_pounds"
    )
    assert "£50" in row and "Assumed" in row and "Confirmed" not in row

    services.confirm_assumption(
        officer,
        CodeConfirmation(council=council, about="gift_threshold_pounds"),
        reason="Checked against the constitution, part 5",
    )
    row = _assumption_row(
        client.get("/codes/chelmsford/").content.decode(), "gift_threshold_pounds"
    )
    assert "Confirmed" in row and "Checked against the constitution, part 5" in row
    assert "Assumed" not in row
    other = _assumption_row(client.get("/codes/chelmsford/").content.decode(), "adopted")
    assert "Assumed" in other


def _version_row(client):
    html = client.get("/codes/chelmsford/").content.decode()
    start = html.index('id="provenance-version"')
    return html[start : html.index("</div>", start)]


@pytest.mark.django_db
def test_chelmsfords_version_says_what_its_report_says_and_shows_the_rest_as_assumed(
    client, chelmsford
):
    """Seed 003 says only that Chelmsford adopted "the LGA Model Code of Conduct": which
    version (the LGA's updates of January and May 2021, its later paragraph 6) is assumed."""
    council, officer = chelmsford
    stated, _, assumed = _version_row(client).partition("govuk-tag")
    assert "LGA Model Code of Conduct, as the Council adopted it" in stated
    assert "2021" not in stated  # no update of the model is stated as fact
    assert "Assumed" in assumed and "17 May 2021" in assumed
    assert 'href="#assumption-version"' in assumed

    services.confirm_assumption(
        officer,
        CodeConfirmation(council=council, about="version"),
        reason="Council minutes, 2021: the model as updated in May 2021",
    )
    confirmed = _version_row(client)
    assert "Confirmed" in confirmed and "Assumed" not in confirmed


@pytest.mark.django_db
def test_a_confirmation_of_an_older_value_does_not_count(client, chelmsford):
    council, officer = chelmsford
    CodeConfirmation.objects.create(
        council=council,
        about="gift_threshold_pounds",
        value="£25",
        reason="an older assumption",
        confirmed_by=officer,
    )
    row = _assumption_row(
        client.get("/codes/chelmsford/").content.decode(), "gift_threshold_pounds"
    )
    assert "Assumed" in row


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("about", "reason", "code"),
    [
        ("gift_threshold_pounds", "  ", "reason-required"),
        ("securities_share_fraction", "checked", "not-assumed"),
    ],
)
def test_a_confirmation_needs_a_reason_and_something_assumed(chelmsford, about, reason, code):
    council, officer = chelmsford
    with pytest.raises(services.CouncilsError) as refused:
        services.confirm_assumption(
            officer, CodeConfirmation(council=council, about=about), reason=reason
        )
    assert refused.value.code == code
    assert not CodeConfirmation.objects.exists()


@pytest.mark.django_db
def test_an_assumption_is_confirmed_once(chelmsford):
    council, officer = chelmsford
    confirm = CodeConfirmation(council=council, about="adopted")
    services.confirm_assumption(officer, confirm, reason="minutes of 2021")
    with pytest.raises(services.CouncilsError) as refused:
        services.confirm_assumption(
            officer, CodeConfirmation(council=council, about="adopted"), reason="again"
        )
    assert refused.value.code == "already-confirmed"


@pytest.mark.django_db
def test_only_the_councils_own_officer_may_confirm(chelmsford):
    council, _ = chelmsford
    bexley_officer = RoleFactory(council=CouncilFactory(slug="bexley")).user
    with pytest.raises(services.CouncilsError) as refused:
        services.confirm_assumption(
            bexley_officer,
            CodeConfirmation(council=council, about="gift_threshold_pounds"),
            reason="looks right",
        )
    assert refused.value.code == "not-allowed"


@pytest.mark.django_db
def test_the_back_office_confirms_through_the_service_recording_who_and_why(client, chelmsford):
    council, officer = chelmsford
    officer.user_permissions.add(
        *Permission.objects.filter(codename__in=["add_codeconfirmation", "view_codeconfirmation"])
    )
    client.force_login(officer)
    response = client.post(
        "/admin/councils/codeconfirmation/add/",
        {"council": council.pk, "about": "gift_threshold_pounds", "change_reason": "constitution"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    confirmation = CodeConfirmation.objects.get()
    assert (confirmation.value, confirmation.reason, confirmation.confirmed_by) == (
        "£50",
        "constitution",
        officer,
    )
    assert confirmation.history.get().history_change_reason == "constitution"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("slug", "anchors", "absent"),
    [
        (
            "welwyn-hatfield",
            ["appendix-a-selflessness", "appendix-a-leadership", "appendix-c-best-practice-15"],
            [],
        ),
        ("bexley", ["appendix-a-integrity"], ["appendix-c-best-practice-1"]),
    ],
)
def test_appendices_a_and_c_are_shown_with_the_code_with_anchors(client, slug, anchors, absent):
    html = client.get(f"/codes/{slug}/").content.decode()
    for anchor in anchors:
        assert f'id="{anchor}"' in html and f'href="#{anchor}"' in html
    for anchor in absent:
        assert f'id="{anchor}"' not in html


@pytest.mark.django_db
def test_welwyn_hatfields_appendix_c_lists_the_fifteen_best_practices(client):
    code = load_code("welwyn-hatfield")
    practices = [p for p in code.provisions if p.key.startswith("appendix-c.best-practice-")]
    assert [p.number for p in practices] == [f"Best practice {n}" for n in range(1, 16)]
    html = client.get("/codes/welwyn-hatfield/").content.decode()
    assert "Appendix C: The Committee on Standards in Public Life" in html


@pytest.mark.django_db
def test_the_back_office_form_names_each_assumption_in_words(client, chelmsford):
    council, officer = chelmsford
    officer.user_permissions.add(
        *Permission.objects.filter(codename__in=["add_codeconfirmation", "view_codeconfirmation"])
    )
    client.force_login(officer)
    html = client.get("/admin/councils/codeconfirmation/add/").content.decode()
    assert ">Value of gifts and hospitality to register</option>" in html
    assert ">gift_threshold_pounds<" not in html


@pytest.mark.django_db
def test_only_a_code_that_amends_a_base_links_to_how_it_differs(client):
    """The social media protocol is no version of the LGA model, so its page does not offer
    the code's changes from it as its own (issue 11); the code's page still does."""
    link = 'href="/codes/welwyn-hatfield/changes/"'
    code = client.get("/codes/welwyn-hatfield/").content.decode()
    assert link in code
    assert "See how this code differs from the Model Councillor Code of Conduct 2020" in code
    assert link not in client.get("/codes/welwyn-hatfield/social-media/").content.decode()
    assert "/changes/" not in client.get("/codes/lga-2020/").content.decode()
