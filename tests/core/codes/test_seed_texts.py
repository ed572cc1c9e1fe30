"""Every numbered paragraph of each council's seed text is in its loaded code, word for word.

The seeds are the councils' own published texts (see /work/shared/seeds/README.md). The
checks run in both directions: each paragraph the seed numbers is present with that number
and opening words, and each provision's full text appears in the seed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nolan.core.codes import Code, Document, Provision, load_code

from .seedtext import (
    BEXLEY,
    CHELMSFORD,
    SEEDS,
    WELWYN_HATFIELD_CODE,
    WELWYN_HATFIELD_PROTOCOL,
    SeedParagraph,
    appendix_b_paragraphs,
    bullets_under,
    normalise,
    numbered_paragraphs,
    protocol_paragraphs,
    read,
    region,
    without_tracked_deletions,
)

SHARED_SEEDS = Path(__file__).resolve().parents[3] / ".." / "shared" / "seeds"


def _numbered(code: Code, document: Document, number: str, appendix: str = "") -> Provision:
    matches = [
        p for p in code.provisions_in(document) if p.number == number and p.appendix == appendix
    ]
    assert len(matches) == 1, f"{code.slug} {document} {appendix} {number}: {len(matches)} found"
    return matches[0]


def _assert_opens(code: Code, document: Document, found: list[SeedParagraph], appendix=""):
    assert found, "the seed parser found no paragraphs"
    for paragraph in found:
        provision = _numbered(code, document, paragraph.number, appendix)
        assert normalise(provision.text).startswith(normalise(paragraph.opening)), (
            f"{code.slug} {appendix} {paragraph.number}: {provision.text[:80]!r} does not open "
            f"with {paragraph.opening[:80]!r}"
        )


@pytest.mark.parametrize("name", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_fixture_seeds_are_byte_for_byte_copies_of_the_shared_seeds(name):
    if not SHARED_SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present on this machine")
    assert (SEEDS / name).read_bytes() == (SHARED_SEEDS / name).read_bytes()


def test_all_five_seed_files_are_in_the_fixtures():
    assert len(list(SEEDS.glob("*.txt"))) == 5


def test_welwyn_hatfield_numbered_code_paragraphs_are_all_present():
    seed = region(
        read(WELWYN_HATFIELD_CODE),
        "Standards of councillor conduct",
        "Appendix A – The Seven Principles of Public Life",
    )
    found = numbered_paragraphs(seed)
    assert [p.number for p in found][-3:] == ["10.2", "10.3", "11.1"]
    _assert_opens(load_code("welwyn-hatfield"), Document.CODE, found)


def test_welwyn_hatfield_appendix_b_paragraphs_are_all_present():
    seed = region(
        read(WELWYN_HATFIELD_CODE), "Appendix B", "Table 1: Disclosable Pecuniary Interests"
    )
    found = appendix_b_paragraphs(seed)
    assert [p.number for p in found] == ["2", "3", "4", "5", "6", "7", "8", "9"]
    _assert_opens(load_code("welwyn-hatfield"), Document.CODE, found, "Appendix B")


@pytest.mark.parametrize(
    "seed",
    [
        region(read(WELWYN_HATFIELD_CODE), "Appendix E"),
        read(WELWYN_HATFIELD_PROTOCOL),
    ],
    ids=["000-appendix-e", "004"],
)
def test_welwyn_hatfield_protocol_paragraphs_and_lettered_items_are_all_present(seed):
    found = protocol_paragraphs(seed)
    numbers = [p.number for p in found]
    assert "3.2(e)" in numbers and "3.1(t)" in numbers and numbers[-1] == "7.3(i)"
    code = load_code("welwyn-hatfield")
    _assert_opens(code, Document.PROTOCOL, found)
    numbered = {p.number for p in code.provisions_in(Document.PROTOCOL) if p.number[0].isdigit()}
    assert numbered - set(numbers) == {"4 guidance"}


@pytest.mark.parametrize(
    ("slug", "document", "seed_name"),
    [
        ("welwyn-hatfield", Document.CODE, WELWYN_HATFIELD_CODE),
        ("welwyn-hatfield", Document.PROTOCOL, WELWYN_HATFIELD_CODE),
        ("welwyn-hatfield", Document.PROTOCOL, WELWYN_HATFIELD_PROTOCOL),
        ("bexley", Document.CODE, BEXLEY),
        ("bexley", Document.PROTOCOL, BEXLEY),
        ("chelmsford", Document.PROTOCOL, CHELMSFORD),
    ],
)
def test_every_provision_text_appears_in_the_councils_seed(slug, document, seed_name):
    seed = normalise(without_tracked_deletions(read(seed_name)))
    provisions = load_code(slug).provisions_in(document)
    assert provisions
    missing = [p.key for p in provisions if normalise(p.text) not in seed]
    assert missing == []


def test_bexley_numbered_code_paragraphs_are_all_present():
    seed = region(read(BEXLEY), "Standards of councillor conduct", "Appendices")
    found = numbered_paragraphs(seed)
    assert [p.number for p in found][-3:] == ["10.1", "10.2", "10.3"]
    _assert_opens(load_code("bexley"), Document.CODE, found)


def test_bexley_appendix_b_paragraphs_run_one_to_ten():
    seed = region(
        read(BEXLEY), "Appendix B Registering interests", "Table 1: Disclosable Pecuniary Interests"
    )
    found = appendix_b_paragraphs(seed)
    assert [p.number for p in found] == [str(n) for n in range(1, 11)]
    _assert_opens(load_code("bexley"), Document.CODE, found, "Appendix B")


def test_bexley_policy_sections_and_golden_rules_are_all_present():
    seed = read(BEXLEY)
    policy = region(seed, "Appendix C Social Media Policy for Councillors", "Appendix")
    headings = [line for line in policy.splitlines() if line[:1].isdigit()]
    assert len(headings) == 6
    code = load_code("bexley")
    for heading in headings:
        number, title = heading.split(". ", 1)
        assert _numbered(code, Document.PROTOCOL, number).section == heading
    for label, start, stop in (("Do", "Do:", "Don't:"), ("Don't", "Don't:", None)):
        bullets = bullets_under(seed, start, stop)
        assert len(bullets) >= 7
        _assert_opens(
            code,
            Document.PROTOCOL,
            [SeedParagraph(f"Golden Rules, {label} {k}", b) for k, b in enumerate(bullets, 1)],
        )


CHELMSFORD_HEADINGS = [
    "Purpose of this protocol",
    "What is social media?",
    "Social media and elected members",
    "Benefits of using social media",
    "Social media good practice",
    "Social media bad practice",
    "Things to be wary of when using social media",
    "Legal issues and social media",
    "Social media and the Members' Code of Conduct",
    "Relevant elements of the Members' Code of Conduct",
    "More information",
]


def test_chelmsford_protocol_keeps_every_heading_and_bullet_of_the_2023_text():
    seed = without_tracked_deletions(read(CHELMSFORD))
    code = load_code("chelmsford")
    protocol = code.provisions_in(Document.PROTOCOL)
    assert list(dict.fromkeys(p.section for p in protocol)) == CHELMSFORD_HEADINGS
    for heading, stop in zip(CHELMSFORD_HEADINGS, CHELMSFORD_HEADINGS[1:], strict=False):
        bullets = bullets_under(seed, heading, stop)
        if heading == "Legal issues and social media":
            titles = [normalise(b) for b in bullets]
            assert titles == ["Libel", "Copyright", "Data protection", "Bias and predetermination"]
            for title in titles:
                assert _numbered(code, Document.PROTOCOL, title).title == title
            continue
        expected = [SeedParagraph(f"{heading}, bullet {k}", b) for k, b in enumerate(bullets, 1)]
        labelled = [p for p in protocol if p.section == heading and ", bullet " in p.number]
        assert len(labelled) == len(expected), heading
        if expected:
            _assert_opens(code, Document.PROTOCOL, expected)


def test_chelmsford_protocol_drops_the_text_struck_out_in_the_2023_review():
    protocol = " ".join(p.text for p in load_code("chelmsford").provisions_in(Document.PROTOCOL))
    assert "you should expect it to be published by others" not in protocol
    assert "either the Communications Team or" not in protocol
    assert "quasi-judicial discussions" in protocol
