"""Declaration rules are validated on load: bad data names its file and the place in it."""

import json
import shutil
from pathlib import Path

import pytest

from nolan.core.advisor import rules
from nolan.core.advisor.ambiguities import Ambiguity
from nolan.core.advisor.situation import Flag, Interest, Relation
from nolan.core.codes import CodeDataError, available_codes, data_dir, load_code
from nolan.core.codes.amend import DATA_ROOT


@pytest.fixture
def data(tmp_path, monkeypatch):
    """A data folder holding the real LGA base rules; tests write the council's file."""
    (tmp_path / "lga-2020").mkdir()
    shutil.copy(data_dir("lga-2020") / rules.FILE_NAME, tmp_path / "lga-2020")
    (tmp_path / "welwyn-hatfield").mkdir()
    monkeypatch.setattr(rules, "data_dir", lambda slug: tmp_path / slug)
    return tmp_path


def write(folder: Path, text: str) -> None:
    (folder / "welwyn-hatfield" / rules.FILE_NAME).write_text(text, encoding="utf-8")


def load_error(data: Path, text: str) -> CodeDataError:
    write(data, text)
    with pytest.raises(CodeDataError) as caught:
        rules.load_rules(load_code("welwyn-hatfield"))
    return caught.value


def test_every_councils_rules_load_in_paragraph_order():
    for slug in available_codes():
        code = load_code(slug)
        numbers = [int(code.provision(rule.provision).number) for rule in rules.load_rules(code)]
        assert numbers == sorted(numbers), slug


def test_rule_citing_a_paragraph_the_council_lacks_is_rejected(data):
    # Welwyn Hatfield's code has no Cabinet-member paragraph, so inheriting it unamended fails.
    error = load_error(data, "base: lga-2020\namendments: []\n")
    assert error.path == "rules.cabinet-dpi.provision"


def test_unknown_field_in_an_amendment_is_rejected(data):
    error = load_error(
        data, "base: lga-2020\namendments:\n  - op: replace\n    key: affects\n    colour: red\n"
    )
    assert error.path == "amendments[0]"


def test_unknown_interest_is_rejected(data):
    text = (
        "base: lga-2020\namendments:\n  - op: replace\n    key: affects\n"
        "    covers: {affects: [cousin]}\n"
    )
    assert load_error(data, text).path == "amendments[0].covers.affects[0]"


def test_deleting_a_rule_the_base_lacks_is_rejected(data):
    error = load_error(data, "base: lga-2020\namendments:\n  - op: delete\n    key: no-such-rule\n")
    assert error.path == "amendments[0].key"


INSERT = (
    "  - {op: insert, key: KEY, provision: appendix-b.affects, covers: {affects: [friend]},"
    " verb: disclose, participation: full, leave_room: false, dispensation_lifts: false}\n"
)
WITHOUT_WH_PARAGRAPHS = (
    "base: lga-2020\namendments:\n"
    "  - {op: delete, key: cabinet-dpi}\n  - {op: delete, key: executive-decision}\n"
)


def test_inserting_a_rule_the_base_has_is_rejected(data):
    error = load_error(data, WITHOUT_WH_PARAGRAPHS + INSERT.replace("KEY", "affects"))
    assert error.path == "amendments[2].key"


def test_inserted_rule_is_added(data):
    write(data, WITHOUT_WH_PARAGRAPHS + INSERT.replace("KEY", "friends"))
    added = [r for r in rules.load_rules(load_code("welwyn-hatfield")) if r.key == "friends"]
    assert [rule.provision for rule in added] == ["appendix-b.affects"]


def test_inserted_rule_missing_required_fields_is_rejected(data):
    text = WITHOUT_WH_PARAGRAPHS + "  - {op: insert, key: extra, provision: appendix-b.affects}\n"
    error = load_error(data, text)
    assert (error.file, error.path) == ("welwyn-hatfield/declarations.yaml", "amendments[2]")


def test_base_rule_with_a_bad_field_names_the_base_file(data):
    path = data / "lga-2020" / rules.FILE_NAME
    path.write_text(path.read_text(encoding="utf-8").replace("verb: disclose", "verb: shout", 1))
    error = load_error(data, WITHOUT_WH_PARAGRAPHS)
    assert (error.file, error.path) == (
        "lga-2020/declarations.yaml",
        "rules.dpi-directly-relates.verb",
    )


def test_a_base_that_does_not_exist_is_named(data):
    error = load_error(data, "base: lga-2012\namendments: []\n")
    assert (error.file, error.path) == ("welwyn-hatfield/declarations.yaml", "base")


def test_missing_rules_file_is_reported(data):
    with pytest.raises(CodeDataError) as caught:
        rules.load_rules(load_code("welwyn-hatfield"))
    assert caught.value.problem == "file is missing"


def test_file_with_both_rules_and_a_base_is_rejected(data):
    error = load_error(data, "base: lga-2020\namendments: []\nrules: {}\n")
    assert error.path == ""


@pytest.mark.parametrize(
    ("definition", "enum"),
    [
        ("relation", Relation),
        ("interests", Interest),
        ("ambiguity", Ambiguity),
        ("when", Flag),
        ("verb", rules.Verb),
        ("participation", rules.Participation),
        ("sensitive", rules.Sensitive),
    ],
)
def test_the_schema_allows_exactly_the_values_the_advisor_knows(definition, enum):
    """A value added to one and not the other would be refused on load, or crash on use."""
    schema = json.loads((DATA_ROOT / rules.SCHEMA).read_text(encoding="utf-8"))
    allowed = schema["$defs"][definition]
    allowed = allowed.get("items", allowed)
    assert allowed["enum"] == [member.value for member in enum]
