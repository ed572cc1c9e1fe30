"""JSON from outside is parsed only when small and shallow enough to be data."""

import json

import pytest

from nolan.core.boundedjson import MAX_DEPTH, JSONRefused, deeper_than, loads


def nested(levels: int) -> str:
    return "[" * levels + "]" * levels


def test_json_nested_to_the_limit_is_parsed_and_one_level_more_is_refused():
    assert loads(nested(MAX_DEPTH), 1000) is not None
    with pytest.raises(JSONRefused) as error:
        loads(nested(MAX_DEPTH + 1), 1000)
    assert error.value.code == "too-deep"


def test_a_hundred_thousand_brackets_are_refused_without_recursing():
    with pytest.raises(JSONRefused) as error:
        loads(nested(100_000) + "{" * 100_000, 1_000_000)
    assert error.value.code == "too-deep"


def test_brackets_inside_strings_do_not_count_as_nesting():
    text = json.dumps({"text": "[" * 100 + '\\"{{{' + "{" * 100})
    assert not deeper_than(text, 2)
    assert loads(text, 1000)["text"].startswith("[[[")


def test_text_over_the_callers_limit_is_refused_unparsed():
    with pytest.raises(JSONRefused) as error:
        loads('"' + "x" * 99 + '"', 100)
    assert error.value.code == "too-large"
    assert loads('"' + "x" * 98 + '"', 100) == "x" * 98


def test_text_that_is_not_json_still_raises_the_json_error():
    with pytest.raises(json.JSONDecodeError):
        loads("{not json", 100)
