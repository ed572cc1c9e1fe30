"""``Provision.summary``: what a paragraph is about, standing on its own beside its citation
(issue 11), as the complaint form and the complaint statistics name paragraphs."""

import pytest

from nolan.core.codes import load_code
from nolan.core.codes.model import Document, Kind, Provision


def provision(text: str, title: str = "", section: str = "4. Confidentiality") -> Provision:
    return Provision(
        key="k",
        document=Document.CODE,
        number="4.1",
        section=section,
        kind=Kind.MUST_NOT,
        text=text,
        title=title,
    )


def test_a_lead_in_to_a_list_is_named_by_its_sections_heading():
    lead_in = provision("I do not disclose information:\n- a. given to me in confidence")
    assert lead_in.summary == "Confidentiality"
    no_colon = provision(
        "Where a matter arises which affects\n- a. you", section="Appendix B: Declaring interests"
    )
    assert no_colon.summary == "Declaring interests"


def test_the_rest_of_another_paragraphs_sentence_is_named_by_its_heading():
    assert provision("have attended appropriate meetings").summary == "Confidentiality"


def test_a_paragraph_is_named_by_its_title_or_its_whole_first_sentence():
    assert provision("Libel – legal action may be taken.", title="Libel").summary == "Libel"
    text = "Members should comply with guidance (e.g. Polling stations). They should ask:\n- a. x"
    assert provision(text).summary == "Members should comply with guidance (e.g. Polling stations)."
    assert provision("I do not bully any person.").summary == "I do not bully any person."
    assert provision("Complying with equality laws").summary == "Complying with equality laws"


@pytest.mark.parametrize("slug", ["lga-2020", "welwyn-hatfield", "bexley", "chelmsford"])
def test_no_paragraph_a_complainant_may_name_is_summarised_by_a_fragment(slug):
    for p in load_code(slug).provisions:
        if p.kind in (Kind.OBLIGATION, Kind.MUST_NOT):
            assert p.summary and not p.summary.endswith((":", "–", "-", "(e.g.")), p.key
            assert not p.summary[:1].islower(), p.key
