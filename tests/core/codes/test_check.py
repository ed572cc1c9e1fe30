"""``nolan check_codes``: each kind of broken code data is named with its stable code.

Every test breaks a copy of the real data (``data_copy``) the way a person editing it
might, and asserts on the problem's code and council, never on its wording.
"""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from nolan.core.codes import available_codes, load_code
from nolan.core.codes.check import PROBLEMS, check, check_all
from nolan.core.screening import citations

from .datacopy import add_st_albans, clear_caches, edit


def _codes(problems, slug=None):
    return {(p.code, p.slug) for p in problems if slug is None or p.slug == slug}


def test_the_real_data_has_no_problem():
    assert check_all() == []


def test_a_threshold_raised_in_the_data_but_not_in_the_text_is_a_mismatch(data_copy):
    # Welwyn Hatfield raises its threshold to £75 but paragraph 10.2 still says £50.
    edit(
        data_copy / "welwyn-hatfield" / "code.yaml",
        "parameters:\n",
        "parameters:\n  gift_threshold_pounds: 75\n",
    )
    problems = check("welwyn-hatfield")
    assert [(p.code, p.where) for p in problems] == [
        ("parameter-mismatch", "parameters.gift_threshold_pounds")
    ]


def test_a_threshold_changed_in_both_the_data_and_the_text_passes(data_copy):
    path = data_copy / "welwyn-hatfield" / "code.yaml"
    edit(path, "parameters:\n", "parameters:\n  gift_threshold_pounds: 75\n")
    edit(
        path,
        "amendments:\n",
        "amendments:\n  - op: replace\n    key: code.gifts.register\n    text: I register"
        " with the Monitoring Officer any gift or hospitality with an estimated value of at"
        " least £75 within 28 days of its receipt.\n",
    )
    assert check("welwyn-hatfield") == []
    assert load_code("welwyn-hatfield").parameters.gift_threshold_pence == 7500


@pytest.mark.parametrize(
    ("parameter", "value", "where"),
    [
        ("gift_registration_days", "21", "parameters.gift_registration_days"),
        ("interest_registration_days", "14", "parameters.interest_registration_days"),
        ("change_notification_days", "30", "parameters.change_notification_days"),
        ("registration_triggers", "[adoption, election]", "parameters.registration_triggers"),
        ("securities_nominal_value_pounds", "50000", "parameters.securities_nominal_value_pounds"),
        ("securities_share_fraction", "[1, 50]", "parameters.securities_share_fraction"),
    ],
)
def test_each_parameter_is_compared_with_its_paragraph(data_copy, parameter, value, where):
    edit(
        data_copy / "bexley" / "code.yaml",
        "parameters:\n",
        f"parameters:\n  {parameter}: {value}\n",
    )
    assert [(p.code, p.where) for p in check("bexley")] == [("parameter-mismatch", where)]


def test_a_paragraph_a_parameter_is_read_from_may_not_be_deleted(data_copy):
    edit(
        data_copy / "chelmsford" / "code.yaml",
        "amendments: []",
        "amendments:\n  - op: delete\n    key: code.gifts.register",
    )
    problems = check("chelmsford")
    assert {(p.code, p.where) for p in problems} == {
        ("parameter-source-missing", "parameters.gift_threshold_pounds")
    }


def test_a_screening_citation_to_a_missing_paragraph_is_unresolved(data_copy):
    edit(data_copy / "bexley" / "screening.yaml", "smp.4-3]", "smp.4-33]")
    problems = check("bexley")
    assert _codes(problems) == {("citation-unresolved", "bexley")}
    assert problems[0].where == "screening.yaml citations.bullying.protocol"


def test_a_rule_citation_to_a_missing_paragraph_is_unresolved(data_copy):
    edit(
        data_copy / "welwyn-hatfield" / "screening.yaml",
        "key: resources.council_account_political, protocol: [smp.3-2-j]",
        "key: resources.council_account_political, protocol: [smp.3-2-z]",
    )
    problems = check("welwyn-hatfield")
    assert [(p.code, p.where) for p in problems] == [
        (
            "citation-unresolved",
            "screening.yaml citations.resources.council_account_political.protocol",
        )
    ]


def test_a_citation_for_a_rule_that_does_not_exist_is_named(data_copy):
    # A misspelt id would never match a finding, so the paragraph would silently never
    # be cited.
    edit(
        data_copy / "lga-2020" / "screening.yaml",
        "  election.council_publicity_in_period:",
        "  election.council_publicity_in_purdah:",
    )
    assert _codes(check("lga-2020")) == {("rule-unknown", "lga-2020")}
    assert [p.where for p in check("lga-2020")] == [
        "screening.yaml citations.election.council_publicity_in_purdah"
    ]


@pytest.mark.parametrize("rule", ["threat.individual", "personal.home_address"])
def test_rules_of_the_table_and_of_the_context_may_be_cited(data_copy, rule):
    edit(
        data_copy / "bexley" / "screening.yaml",
        "amendments:\n",
        f"amendments:\n  - {{op: insert, key: {rule}, protocol: [smp.4-3]}}\n",
    )
    assert check("bexley") == []


def test_a_declaration_rule_citing_a_missing_paragraph_is_unresolved(data_copy):
    edit(
        data_copy / "lga-2020" / "declarations.yaml",
        "provision: appendix-b.affects\n",
        "provision: appendix-b.effects\n",
    )
    # Every council that extends the model inherits the broken rule.
    assert _codes(check_all()) == {("citation-unresolved", slug) for slug in available_codes()}


def test_an_interest_category_governed_by_a_missing_paragraph_is_unresolved(data_copy):
    edit(
        data_copy / "bexley" / "code.yaml",
        "category_amendments:\n",
        "category_amendments:\n"
        "  - op: replace\n    key: land\n    provision_key: appendix-b.land\n",
    )
    assert _codes(check("bexley")) == {("citation-unresolved", "bexley")}


@pytest.mark.parametrize("new_council", [False, True], ids=["as-is", "with-a-new-council"])
def test_a_category_left_without_a_paragraph_is_uncited(data_copy, new_council):
    if new_council:
        add_st_albans(data_copy)
    # The councils that cite for an election finding only what the model cites: found from
    # the data before it is broken, so a new council needs no edit here.
    model = citations.entries("lga-2020")["election"]
    inherit = {s for s in available_codes() if citations.entries(s).get("election") == model}
    # Welwyn Hatfield adds its protocol section 5, so it still cites something.
    assert "lga-2020" in inherit and "welwyn-hatfield" not in inherit
    edit(
        data_copy / "lga-2020" / "screening.yaml",
        "election: {code: [code.general-principles]}",
        "election: {}",
    )
    clear_caches()
    problems = check_all()
    assert _codes(problems) == {("category-uncited", slug) for slug in inherit}


def test_a_paragraph_naming_a_table_the_code_does_not_print_is_named(data_copy):
    edit(
        data_copy / "bexley" / "code.yaml",
        "amendments:\n",
        "amendments:\n  - op: replace\n    key: appendix-b.keep-up-to-date\n"
        "    text: Register the interests in Table 3 within 28 days.\n",
    )
    problems = check("bexley")
    assert [(p.code, p.where) for p in problems] == [
        ("table-missing", "paragraph 'appendix-b.keep-up-to-date'")
    ]


def test_a_table_with_rows_but_nothing_printed_around_them_is_named(data_copy):
    edit(
        data_copy / "lga-2020" / "code.yaml",
        "  - key: table-2\n    title: Other Registerable Interests\n",
        "",
    )
    edit(data_copy / "bexley" / "code.yaml", "table_amendments:", "old_table_amendments:")
    problems = check("welwyn-hatfield")
    assert {p.code for p in problems} == {"table-missing"}
    assert "interest category 'charity'" in {p.where for p in problems}


def test_a_code_that_cannot_be_loaded_is_invalid(data_copy):
    (data_copy / "chelmsford" / "code.yaml").write_text("slug: [unclosed\n", encoding="utf-8")
    assert _codes(check("chelmsford")) == {("code-invalid", "chelmsford")}


def test_malformed_declaration_rules_are_invalid(data_copy):
    edit(data_copy / "bexley" / "declarations.yaml", "amendments: []", "amendments: [{op: shout}]")
    assert _codes(check("bexley")) == {("declarations-invalid", "bexley")}


def test_malformed_screening_citations_are_invalid(data_copy):
    edit(data_copy / "bexley" / "screening.yaml", "amendments:", "amendmints:")
    assert _codes(check("bexley")) == {("screening-invalid", "bexley")}


@pytest.mark.parametrize("name", ["declarations.yaml", "screening.yaml"])
def test_a_council_without_its_rules_files_is_named(data_copy, name):
    (data_copy / "chelmsford" / name).unlink()
    assert _codes(check("chelmsford")) == {("file-missing", "chelmsford")}


def test_a_code_that_does_not_say_which_version_it_is_lacks_provenance(data_copy):
    path = data_copy / "bexley" / "code.yaml"
    text = path.read_text(encoding="utf-8")
    version = next(line for line in text.splitlines() if line.startswith("version:"))
    edit(path, version + "\n", "")
    assert _codes(check("bexley")) == {("provenance-missing", "bexley")}


def test_an_adopting_council_must_say_when_it_adopted_or_that_it_is_assumed(data_copy):
    path = data_copy / "welwyn-hatfield" / "code.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("assumptions:\n")
    path.write_text(text[:start] + text[text.index("notes:\n") :], encoding="utf-8")
    assert _codes(check("welwyn-hatfield")) == {("provenance-missing", "welwyn-hatfield")}


def test_every_problem_code_is_documented():
    assert set(PROBLEMS) == {
        "code-invalid",
        "file-missing",
        "declarations-invalid",
        "screening-invalid",
        "citation-unresolved",
        "category-uncited",
        "rule-unknown",
        "parameter-source-missing",
        "parameter-mismatch",
        "provenance-missing",
        "table-missing",
    }


def test_a_council_that_adopted_the_model_with_changes_needs_only_data_files(data_copy):
    """St Albans (invented) adopts the model with a £75 threshold: three files, no code."""
    add_st_albans(data_copy)
    assert "st-albans" in available_codes()
    assert check_all() == []
    assert load_code("st-albans").provenance.adopted.isoformat() == "2022-05-26"


def test_the_command_names_each_problem_and_fails(data_copy, capsys):
    edit(
        data_copy / "welwyn-hatfield" / "code.yaml",
        "parameters:\n",
        "parameters:\n  gift_threshold_pounds: 75\n",
    )
    edit(data_copy / "bexley" / "screening.yaml", "smp.4-3]", "smp.4-33]")
    with pytest.raises(CommandError, match="2 problem"):
        call_command("check_codes")
    err = capsys.readouterr().err
    assert "welwyn-hatfield: parameter-mismatch" in err
    assert "bexley: citation-unresolved" in err


def test_the_command_passes_on_the_real_data(capsys):
    call_command("check_codes")
    assert "consistent" in capsys.readouterr().out


def test_the_command_refuses_an_unknown_code():
    with pytest.raises(CommandError, match="barchester"):
        call_command("check_codes", "barchester")


def test_a_paragraph_the_pages_quote_may_not_be_deleted(data_copy):
    edit(
        data_copy / "chelmsford" / "code.yaml",
        "amendments: []",
        "amendments:\n  - op: delete\n    key: appendix-b.sensitive-interest",
    )
    problems = check("chelmsford")
    assert [(p.code, p.where) for p in problems] == [
        ("citation-unresolved", "quoted by the register's page for asking to withhold an interest")
    ]


def test_the_command_names_a_broken_declarations_file_and_the_place_in_it(data_copy, capsys):
    edit(
        data_copy / "bexley" / "declarations.yaml",
        "amendments: []",
        "amendments:\n  - {op: replace, key: affects, verb: shout}",
    )
    with pytest.raises(CommandError, match="1 problem"):
        call_command("check_codes")
    err = capsys.readouterr().err
    assert "bexley: declarations-invalid: bexley/declarations.yaml amendments[0].verb:" in err


def test_a_fault_in_the_base_declarations_is_named_in_the_base_file(data_copy):
    edit(data_copy / "lga-2020" / "declarations.yaml", "verb: disclose", "verb: shout")
    problems = check_all()
    assert {(p.code, p.where) for p in problems} == {
        ("declarations-invalid", "lga-2020/declarations.yaml rules.dpi-directly-relates.verb")
    }
    assert {p.slug for p in problems} == set(available_codes())


@pytest.mark.parametrize("name", ["declarations.yaml", "screening.yaml"])
def test_rules_amending_a_base_that_does_not_exist_are_invalid(data_copy, name):
    edit(data_copy / "bexley" / name, "base: lga-2020", "base: lga-2012")
    assert [p.code for p in check("bexley")] == [
        "declarations-invalid" if name == "declarations.yaml" else "screening-invalid"
    ]
