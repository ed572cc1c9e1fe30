"""The one amendment shape the code, declaration and screening data share (issue 11)."""

import json

import pytest

from nolan.core.codes import CodeDataError
from nolan.core.codes.amend import DATA_ROOT, amend

BASE = [{"key": "a", "text": "A"}, {"key": "b", "text": "B"}]


def test_replace_changes_only_the_fields_given():
    amended = amend(BASE, [{"op": "replace", "key": "a", "text": "A2"}], "x/file.yaml")
    assert amended == [{"key": "a", "text": "A2"}, {"key": "b", "text": "B"}]


def test_delete_drops_the_entry():
    assert amend(BASE, [{"op": "delete", "key": "a"}], "x/file.yaml") == [BASE[1]]


def test_insert_places_the_entry_after_its_anchor_or_at_the_end():
    after_a = amend(BASE, [{"op": "insert", "key": "c", "after": "a", "text": "C"}], "x/f")
    assert [item["key"] for item in after_a] == ["a", "c", "b"]
    at_end = amend(BASE, [{"op": "insert", "key": "c", "text": "C"}], "x/f")
    assert at_end[-1] == {"key": "c", "text": "C"}


def test_the_base_is_left_as_it_was():
    amend(BASE, [{"op": "replace", "key": "a", "text": "A2"}], "x/f")
    assert BASE[0] == {"key": "a", "text": "A"}


@pytest.mark.parametrize(
    ("amendment", "place"),
    [
        ({"op": "replace", "key": "z", "text": "Z"}, "amendments[1].key"),
        ({"op": "delete", "key": "z"}, "amendments[1].key"),
        ({"op": "insert", "key": "a", "text": "A again"}, "amendments[1].key"),
        ({"op": "insert", "key": "c", "after": "z", "text": "C"}, "amendments[1].after"),
    ],
)
def test_an_amendment_the_base_cannot_take_names_its_place(amendment, place):
    first = {"op": "replace", "key": "b", "text": "B2"}
    with pytest.raises(CodeDataError) as raised:
        amend(BASE, [first, amendment], "x/file.yaml")
    assert (raised.value.file, raised.value.path) == ("x/file.yaml", place)


@pytest.mark.parametrize(
    ("amendment", "item"),
    [("provision_amendment", "provision"), ("category_amendment", "category")],
)
def test_a_code_insert_takes_exactly_the_fields_of_what_it_inserts(amendment, item):
    defs = json.loads((DATA_ROOT / "code.schema.json").read_text(encoding="utf-8"))["$defs"]
    [insert] = [v for v in defs[amendment]["oneOf"] if v["properties"]["op"] == {"const": "insert"}]
    assert set(insert["properties"]) - {"op", "after"} == set(defs[item]["properties"])
    assert set(insert["required"]) - {"op", "after"} == set(defs[item]["required"])
