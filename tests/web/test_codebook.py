"""The public pages of each council's code, protocol and changes from the LGA model."""

import pytest

from nolan.core.codes import available_codes, data_dir, load_code
from nolan.core.codes.model import Document


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
