"""Loading each council's code: parameters, citations, categories and clear errors on bad data."""

from __future__ import annotations

import pytest

from nolan.core.codes import (
    CodeDataError,
    Document,
    Kind,
    UnknownCode,
    UnknownProvision,
    available_codes,
    data_dir,
    load_code,
    loader,
)
from nolan.core.codes.amend import read

from .datacopy import add_st_albans
from .datacopy import edit as _edit

# Discovered from the data, so adding a council needs no edit here.
SLUGS = available_codes()
TABLE_1 = {
    "employment",
    "sponsorship",
    "contracts",
    "land",
    "licences",
    "corporate-tenancies",
    "securities",
}
TABLE_2 = {"appointed-body", "public-body", "charity", "influence-body"}


def test_every_folder_with_a_code_is_available_in_order():
    folders = sorted(p.parent.name for p in loader.DATA_ROOT.glob("*/code.yaml"))
    assert available_codes() == tuple(folders)
    assert {"lga-2020", "welwyn-hatfield", "bexley", "chelmsford"} <= set(folders)


def test_unknown_slug_is_refused_listing_the_valid_ones():
    with pytest.raises(UnknownCode) as raised:
        load_code("barchester")
    assert raised.value.slug == "barchester"
    assert raised.value.valid == SLUGS
    with pytest.raises(UnknownCode):
        data_dir("barchester")


def test_data_dir_is_the_councils_own_folder_holding_its_code():
    assert (data_dir("bexley") / "code.yaml").is_file()


def test_loading_is_cached():
    assert load_code("bexley") is load_code("bexley")


@pytest.mark.parametrize(("slug", "pence"), [("welwyn-hatfield", 5000), ("bexley", 10000)])
def test_gift_threshold_is_each_councils_own_in_pence(slug, pence):
    assert load_code(slug).parameters.gift_threshold_pence == pence


def test_chelmsford_and_the_lga_model_register_gifts_from_fifty_pounds():
    assert load_code("chelmsford").parameters.gift_threshold_pence == 5000
    assert load_code("lga-2020").parameters.gift_threshold_pence == 5000


@pytest.mark.parametrize("slug", SLUGS)
def test_periods_and_securities_test_are_typed_values(slug):
    parameters = load_code(slug).parameters
    assert parameters.gift_registration_days == 28
    assert parameters.interest_registration_days == 28
    assert parameters.change_notification_days == 28
    assert parameters.securities_nominal_value_pence == 2_500_000
    assert parameters.securities_share_fraction == (1, 100)


def test_registration_triggers_follow_each_councils_appendix_b():
    assert load_code("welwyn-hatfield").parameters.registration_triggers == (
        "adoption",
        "election",
        "appointment",
    )
    assert load_code("bexley").parameters.registration_triggers == (
        "membership",
        "re-election",
        "re-appointment",
    )


@pytest.mark.parametrize("slug", SLUGS)
def test_every_provision_key_is_unique_within_a_code(slug):
    keys = [p.key for p in load_code(slug).provisions]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("slug", SLUGS)
def test_table_1_has_the_seven_dpi_subjects_and_table_2_the_four_bodies(slug):
    code = load_code(slug)
    assert {c.key for c in code.categories(1)} == TABLE_1
    assert {c.key for c in code.categories(2)} == TABLE_2
    for category in code.interest_categories:
        assert code.has_provision(category.provision_key)


def _friend_in_appendix_b(slug: str) -> set[str]:
    return {
        p.key
        for p in load_code(slug).provisions_in(Document.CODE)
        if p.appendix == "Appendix B" and "friend" in p.text
    }


def _own_amendments_naming_a_friend(slug: str) -> set[str]:
    """The Appendix B paragraphs whose text the council's own code.yaml writes with a friend."""
    own = read(data_dir(slug) / "code.yaml", "code.schema.json").get("amendments", ())
    return {
        a["key"]
        for a in own
        if a["key"].startswith("appendix-b.") and "friend" in a.get("text", "")
    }


@pytest.mark.parametrize("new_council", [False, True], ids=["as-is", "with-a-new-council"])
def test_only_welwyn_hatfields_declaration_rules_mention_a_friend(data_copy, new_council):
    if new_council:
        add_st_albans(data_copy)
    # The model's Appendix B names no friend; Welwyn Hatfield's paragraph 8 adds one.
    assert _friend_in_appendix_b("lga-2020") == set()
    assert _friend_in_appendix_b("welwyn-hatfield") == {"appendix-b.affects"}
    assert load_code("welwyn-hatfield").provision("appendix-b.affects").number == "8"
    # No other council's rules mention one unless its own amendments write it there (found
    # from each council's data, so adding a council needs no edit here).
    for slug in available_codes():
        assert _friend_in_appendix_b(slug) == _own_amendments_naming_a_friend(slug), slug


def test_chelmsford_has_adopted_the_lga_model_code_unchanged():
    chelmsford, model = load_code("chelmsford"), load_code("lga-2020")
    assert chelmsford.base == "lga-2020"
    assert chelmsford.provisions_in(Document.CODE) == model.provisions_in(Document.CODE)
    assert chelmsford.parameters == model.parameters
    assert chelmsford.interest_categories == model.interest_categories
    assert any("adopted the LGA Model Code" in note for note in chelmsford.notes)


def test_cabinet_member_rule_is_bexleys_paragraph_5_and_absent_from_welwyn_hatfield():
    assert load_code("bexley").provision("appendix-b.cabinet-dpi").number == "5"
    assert load_code("lga-2020").provision("appendix-b.cabinet-dpi").number == "5"
    assert not load_code("welwyn-hatfield").has_provision("appendix-b.cabinet-dpi")


def test_bexley_capacity_test_is_misuse_of_position_or_a_reasonable_member_of_the_public():
    text = load_code("bexley").provision("code.application.capacity").text
    assert "misuse your position" in text and "reasonable member of the public" in text
    assert "misuse" not in load_code("welwyn-hatfield").provision("code.application.capacity").text


@pytest.mark.parametrize(
    ("slug", "key", "citation"),
    [
        ("welwyn-hatfield", "code.impartiality.1", "Councillor Code of Conduct, paragraph 3.1"),
        ("bexley", "appendix-b.cabinet-dpi", "Members' Code of Conduct, Appendix B, paragraph 5"),
        ("welwyn-hatfield", "smp.3-2-e", "Social Media Protocol, paragraph 3.2(e)"),
        (
            "welwyn-hatfield",
            "code.respect.guidance",
            "Councillor Code of Conduct, paragraph 1 guidance",
        ),
        (
            "bexley",
            "smp.golden-dont-4",
            "Social Media Policy for Councillors, Golden Rules, Don't 4",
        ),
        (
            "chelmsford",
            "smp.bias-and-predetermination",
            "Social Media Protocol for Councillors, Bias and predetermination",
        ),
        (
            "bexley",
            "appendix-b.register",
            "Members' Code of Conduct, Appendix B, Registering interests",
        ),
    ],
)
def test_citations_use_the_councils_own_document_title_and_numbering(slug, key, citation):
    assert load_code(slug).cite(key) == citation


def test_asking_for_a_provision_the_code_lacks_names_the_key_and_the_code():
    with pytest.raises(UnknownProvision) as raised:
        load_code("welwyn-hatfield").provision("appendix-b.executive-decision")
    assert (raised.value.key, raised.value.slug) == (
        "appendix-b.executive-decision",
        "welwyn-hatfield",
    )


def test_provisions_in_keeps_each_document_apart_in_the_councils_order():
    code = load_code("welwyn-hatfield")
    protocol = code.provisions_in("protocol")
    assert protocol[0].number == "1.1" and protocol[-1].number == "7.3(i)"
    assert all(p.document is Document.PROTOCOL for p in protocol)
    assert code.provisions_in(Document.CODE)[-1].key == "appendix-c.review"


def test_protocol_kinds_follow_the_text():
    code = load_code("welwyn-hatfield")
    assert code.provision("smp.3-1-a").kind is Kind.GOOD_PRACTICE
    assert code.provision("smp.3-2-e").kind is Kind.MUST_NOT


def test_lga_model_has_no_protocol():
    code = load_code("lga-2020")
    assert code.protocol_title == "" and code.provisions_in(Document.PROTOCOL) == ()


def test_a_malformed_value_is_rejected_naming_the_file_and_the_path(data_copy):
    _edit(
        data_copy / "bexley" / "code.yaml",
        "gift_threshold_pounds: 100",
        "gift_threshold_pounds: lots",
    )
    with pytest.raises(CodeDataError) as raised:
        load_code("bexley")
    assert raised.value.file == "bexley/code.yaml"
    assert raised.value.path == "parameters.gift_threshold_pounds"
    assert "bexley/code.yaml" in str(raised.value)


def test_an_unknown_kind_in_a_protocol_is_rejected(data_copy):
    _edit(data_copy / "welwyn-hatfield" / "protocol.yaml", "kind: must_not", "kind: forbidden")
    with pytest.raises(CodeDataError) as raised:
        load_code("welwyn-hatfield")
    assert raised.value.file == "welwyn-hatfield/protocol.yaml"
    assert raised.value.path.startswith("provisions[") and raised.value.path.endswith("].kind")


def test_an_amendment_to_a_provision_the_base_lacks_is_rejected(data_copy):
    _edit(
        data_copy / "bexley" / "code.yaml", "key: code.joint-statement", "key: code.joint-statment"
    )
    with pytest.raises(CodeDataError) as raised:
        load_code("bexley")
    assert (raised.value.file, raised.value.path) == ("bexley/code.yaml", "amendments[0].key")


def test_a_key_used_twice_is_rejected(data_copy):
    _edit(data_copy / "lga-2020" / "code.yaml", "key: code.respect.2", "key: code.respect.1")
    with pytest.raises(CodeDataError) as raised:
        load_code("lga-2020")
    assert "code.respect.1" in raised.value.problem


def test_a_file_that_is_not_yaml_is_rejected(data_copy):
    (data_copy / "chelmsford" / "code.yaml").write_text("slug: [unclosed\n", encoding="utf-8")
    with pytest.raises(CodeDataError) as raised:
        load_code("chelmsford")
    assert raised.value.file == "chelmsford/code.yaml"


def test_a_file_whose_slug_disagrees_with_its_folder_is_rejected(data_copy):
    _edit(data_copy / "chelmsford" / "code.yaml", "slug: chelmsford", "slug: colchester")
    with pytest.raises(CodeDataError) as raised:
        load_code("chelmsford")
    assert raised.value.path == "slug"


def test_a_council_file_may_not_also_copy_the_base_provisions(data_copy):
    path = data_copy / "chelmsford" / "code.yaml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "provisions:\n  - {key: code.x, number: '1', section: s, kind: guidance, text: t}\n",
        encoding="utf-8",
    )
    with pytest.raises(CodeDataError) as raised:
        load_code("chelmsford")
    assert raised.value.file == "chelmsford/code.yaml"


@pytest.mark.parametrize("slug", SLUGS)
def test_every_interest_category_says_what_an_entry_must_give(slug):
    code = load_code(slug)
    assert all(category.requires for category in code.interest_categories)
    land = code.category("land")
    assert land.unmet({"land_address": " "}) == ("land_address", "land_description")
    assert land.unmet({"land_description": "Field behind the church"}) is None
    assert code.category("charity").unmet({}) == ("body_name",)


def test_the_lga_base_names_each_text_it_was_compared_against():
    # Issue 11: the LGA's own document could not be had, so the base says which adopting
    # councils' texts settled it, where they are published and when, and what each settled.
    sources = load_code("lga-2020").provenance.sources
    assert len(sources) >= 5
    for source in sources:
        assert source.title and source.compared
        assert not source.url or source.url.startswith("https://")
    urls = {s.url for s in sources}
    assert (
        "https://westdevon.gov.uk/comments-and-complaints/councillors-code-conduct/"
        "appendix-b-registering-interests"
    ) in urls


def test_the_lga_base_says_what_of_appendix_b_is_still_assumed():
    # The SALC extract of the LGA model (docs/lga-base-sources.md) settled the numbering and
    # paragraph 5; paragraph 10 and paragraphs 8 to 10 and the tables' wording stay assumed.
    provenance = load_code("lga-2020").provenance
    executive = provenance.assumption("appendix-b-executive-paragraphs")
    assert executive is not None and "Paragraph 10" in executive.value
    assert "Paragraph 5" not in executive.value
    wording = provenance.assumption("appendix-b-wording")
    assert wording is not None and "paragraphs 8 to 10 and Tables 1 and 2" in wording.value
    notes = " ".join(load_code("lga-2020").notes)
    assert "numbers the DPI, Cabinet, Other Registerable Interests" in notes
    assert "square brackets" in notes


def test_the_base_has_the_revised_paragraph_6_and_bexley_keeps_its_own_words():
    revised = "directly relates to the financial interest or wellbeing of one of your Other"
    earlier = "directly relates to one of your Other Registerable Interests (as set out in Table 2)"
    base = load_code("lga-2020").provision("appendix-b.ori-directly-relates")
    bexley = load_code("bexley").provision("appendix-b.ori-directly-relates")
    assert revised in base.text and earlier not in base.text
    assert earlier in bexley.text and "wellbeing" not in bexley.text
    assert base.number == bexley.number == "6"
    assert revised in load_code("chelmsford").provision("appendix-b.ori-directly-relates").text


def test_the_introduction_says_fit_for_purpose_as_the_published_copies_print_it():
    # Spelthorne's and Redcar and Cleveland's copies print a hyphen after "fit"; Welwyn
    # Hatfield's own text has none, and keeps its own.
    assert "fit-for-purpose" in load_code("lga-2020").provision("code.introduction").text
    assert "fit-for-purpose" in load_code("chelmsford").provision("code.introduction").text
    assert "fit for-purpose" in load_code("welwyn-hatfield").provision("code.introduction").text


def test_appendix_b_tables_are_the_models_unless_the_council_amends_them():
    model = {t.number: t for t, _ in load_code("welwyn-hatfield").tables()}
    assert (model[1].subject_heading, model[1].description_heading) == ("Subject", "Description")
    assert model[2].title == "Other Registerable Interests"
    assert [n[:12] for n in model[1].notes] == ["* 'director'", "* 'securitie"]
    bexley = {t.number: t for t, _ in load_code("bexley").tables()}
    assert bexley[1].subject_heading == "Interest"
    assert bexley[1].notes == model[1].notes
    assert bexley[2].title == "Other Registrable Interests"
    assert bexley[2].introduction.startswith("You have a personal interest")


def test_a_table_amendment_to_a_table_the_base_lacks_is_rejected(data_copy):
    _edit(
        data_copy / "bexley" / "code.yaml",
        "    key: table-2\n",
        "    key: table-3\n",
    )
    with pytest.raises(CodeDataError) as refused:
        load_code("bexley")
    assert refused.value.path.startswith("table_amendments[1]")
