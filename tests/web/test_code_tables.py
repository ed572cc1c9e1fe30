"""Appendix B's Table 1 and Table 2 are printed with every code that has them (issue 11).

Appendix B's paragraphs send the reader to "Table 1" (Disclosable Pecuniary Interests) and
"Table 2" (Other Registerable Interests); the code page shows both from the code's own
data, in the council's words, with an anchor for each table and row, and links each
paragraph's "Table 1" to it.
"""

import re

import pytest
from django.utils.html import escape

from nolan.core.codes import available_codes, load_code

pytestmark = pytest.mark.django_db


def _page(client, slug: str) -> str:
    return client.get(f"/codes/{slug}/").content.decode()


def _table(html: str, anchor: str) -> str:
    start = html.index(f'id="{anchor}"')
    return html[start : html.index("</section>", start)]


@pytest.mark.parametrize("slug", available_codes())
def test_each_table_is_printed_with_its_rows_descriptions_and_notes(client, slug):
    code = load_code(slug)
    html = _page(client, slug)
    assert [t.number for t, _ in code.tables()] == [1, 2]
    for table, rows in code.tables():
        shown = _table(html, table.anchor)
        assert escape(table.heading) in shown
        for category in rows:
            assert f'id="{table.row_anchor(category)}"' in shown
            assert escape(category.description) in shown
        for note in table.notes:
            assert escape(note) in shown


@pytest.mark.parametrize("slug", available_codes())
def test_the_contents_and_every_paragraph_naming_a_table_link_to_it(client, slug):
    html = _page(client, slug)
    start = html.index('id="contents-heading"')
    contents = html[start : html.index("</nav>", start)]
    for number in (1, 2):
        assert f'href="#table-{number}"' in contents
    register = html[html.index('id="appendix-b-register"') :]
    register = register[: register.index("</div>")]
    assert re.search(r'<a class="govuk-link" href="#table-1">Table 1</a>', register)
    assert re.search(r'<a class="govuk-link" href="#table-2">Table 2</a>', register)


def test_table_1_lists_the_seven_subjects_with_their_descriptions(client):
    shown = _table(_page(client, "welwyn-hatfield"), "table-1")
    assert ">Subject</th>" in shown and ">Description</th>" in shown
    assert "Any beneficial interest in land which is within the area of the council." in shown
    assert len(re.findall(r'<tr class="govuk-table__row" id="table-1-', shown)) == 7
    assert "&#x27;securities&#x27; means shares, debentures" in shown


def test_bexley_prints_its_tables_in_its_own_words(client):
    html = _page(client, "bexley")
    table_1 = _table(html, "table-1")
    assert ">Interest</th>" in table_1 and ">Prescribed description</th>" in table_1
    assert "Any unpaid directorships." in table_1
    table_2 = _table(html, "table-2")
    assert "Table 2: Other Registrable Interests" in table_2
    assert "You have a personal interest in any business of your authority" in table_2
    assert "any body directed to charitable purposes" in table_2


def test_the_tables_follow_appendix_b_and_come_before_appendix_c(client):
    html = _page(client, "welwyn-hatfield")
    last_b = html.index('id="appendix-b-affects-test"')
    assert last_b < html.index('id="table-1"') < html.index('id="table-2"')
    assert html.index('id="table-2"') < html.index('id="appendix-c-introduction"')


def test_the_social_media_protocol_page_prints_no_table(client):
    html = client.get("/codes/welwyn-hatfield/social-media/").content.decode()
    assert 'id="table-1"' not in html
