"""The one amendment shape the code, declaration and screening data share (issue 11)."""

import json

import pytest

from nolan.core.advisor import rules
from nolan.core.codes import CodeDataError, load_code
from nolan.core.codes.amend import DATA_ROOT, amend
from nolan.core.screening import citations

from .datacopy import edit

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
    ("schema", "amendment", "item"),
    [
        ("code.schema.json", "provision_amendment", "provision"),
        ("code.schema.json", "category_amendment", "category"),
        ("declarations.schema.json", "amendment", "rule"),
    ],
)
def test_an_insert_takes_exactly_the_fields_of_what_it_inserts(schema, amendment, item):
    defs = json.loads((DATA_ROOT / schema).read_text(encoding="utf-8"))["$defs"]
    [insert] = [
        branch["then"]
        for branch in defs[amendment]["allOf"]
        if branch["if"]["properties"]["op"] == {"const": "insert"}
    ]
    own = {"op", "after", "key"}
    assert set(insert["properties"]) - own == set(defs[item]["properties"]) - own
    assert set(insert["required"]) - own == set(defs[item]["required"]) - own


# For each format: the line its amendments start on in Chelmsford's file, a key its base
# has, and how it is loaded.
FORMATS = {
    "code.yaml": ("amendments: []\n", "code.gifts.register", load_code),
    "declarations.yaml": (
        "amendments: []\n",
        "affects",
        lambda slug: rules.load_rules(load_code(slug)),
    ),
    "screening.yaml": ("amendments:\n", "election", citations.entries),
}


@pytest.mark.parametrize("name", FORMATS)
@pytest.mark.parametrize(
    ("amendment", "place"),
    [
        ("{op: shout, key: KEY}", "amendments[0].op"),
        ("{key: KEY}", "amendments[0]"),
        ("{op: replace, key: KEY}", "amendments[0]"),
        ("{op: replace, key: KEY, colour: red}", "amendments[0]"),
        ("{op: delete, key: KEY, after: KEY}", "amendments[0]"),
        ("{op: delete, key: nothing}", "amendments[0].key"),
    ],
    ids=["unknown-op", "no-op", "replace-nothing", "unknown-field", "delete-with-fields", "absent"],
)
def test_every_format_refuses_a_bad_amendment_at_its_place(data_copy, name, amendment, place):
    """Codes, declaration rules and screening citations share one amendment shape."""
    empty, key, load = FORMATS[name]
    edit(
        data_copy / "chelmsford" / name,
        empty,
        f"amendments:\n  - {amendment.replace('KEY', key)}\n",
    )
    with pytest.raises(CodeDataError) as raised:
        load("chelmsford")
    assert (raised.value.file, raised.value.path) == (f"chelmsford/{name}", place)
