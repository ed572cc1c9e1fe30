"""The complaint form's list of paragraphs can be read and told apart (walk item 15).

The walk found 52 checkboxes in one list; "Social Media Protocol, paragraph 4.1(a)", "(b)" and
"(c)" all read "Planning, Licensing or other quasi-judicial decision making" (each only
finishes 4.1's sentence); Appendix B paragraphs 8 and 9 both read "Declaring interests"; 4.1
and 7.2 showed their section's heading, not what they ask; and the check page joined the
choices with ".;".
"""

import re

from django.urls import reverse

from tests.complaints.test_form import answer, fill, step, words


def labels(page):
    return [words(c) for c in re.findall(r"(?s)<label[^>]*>(.*?)</label>", page)]


def test_no_two_paragraphs_read_the_same(client, member):
    council = member.council
    fill(client, council, member)
    page = client.get(step(council, "paragraphs")).content.decode()
    said = [label.split(": ", 1)[1] for label in labels(page)]
    assert len(said) == len(set(said))
    for heading in ("Confidentiality and access to information", "Declaring interests"):
        assert heading not in said


def test_paragraphs_that_stand_for_others_are_not_offered(client, member):
    council = member.council
    fill(client, council, member)
    page = client.get(step(council, "paragraphs")).content.decode()
    cited = [label.split(": ", 1)[0] for label in labels(page)]
    assert "Social Media Protocol, paragraph 4.1" in cited
    for finishing in ("4.1(a)", "4.1(b)", "4.1(c)"):
        assert f"Social Media Protocol, paragraph {finishing}" not in cited
    assert "Social Media Protocol, paragraph 3.2" not in cited  # "Members must not:"
    assert "Social Media Protocol, paragraph 3.2(a)" in cited


def test_the_paragraphs_are_grouped_by_their_sections(client, member):
    council = member.council
    fill(client, council, member)
    page = client.get(step(council, "paragraphs")).content.decode()
    legends = [words(c) for c in re.findall(r"(?s)<legend[^>]*>(.*?)</legend>", page)]
    assert "Councillor Code of Conduct: Respect" in legends
    assert "Social Media Protocol: Operation of this protocol by Members" in legends
    assert len(legends) < len(labels(page)) / 2


def test_the_check_page_lists_each_part_on_its_own_line(client, member):
    council = member.council
    fill(client, council, member)
    answer(client, council, "paragraphs", {"paragraphs": ["code.respect.1", "code.respect.2"]})
    page = client.get(reverse("complaint-check", args=[council.slug])).content.decode()
    assert ".;" not in page
    assert "with respect.<br>Councillor Code of Conduct, paragraph 1.2" in page
