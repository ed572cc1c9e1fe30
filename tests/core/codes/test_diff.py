"""How each council's code differs from the LGA Model Code 2020, as tracked changes."""

from __future__ import annotations

from nolan.core.codes import Op, Status, diff_from_base, load_code, word_diff


def _change(slug, key):
    return next(c for c in diff_from_base(load_code(slug)) if c.key == key)


def test_welwyn_hatfield_adds_a_friend_to_declaration_paragraph_8():
    change = _change("welwyn-hatfield", "appendix-b.affects")
    assert change.status is Status.CHANGED
    assert (change.base_number, change.number) == ("9", "8")
    inserted = " ".join(text for op, text in change.segments if op is Op.INSERT)
    assert "friend" in inserted
    assert "friend" not in change.base_text


def test_bexley_registers_gifts_from_one_hundred_pounds_not_fifty():
    change = _change("bexley", "code.gifts.register")
    assert change.status is Status.CHANGED
    assert (Op.DELETE, " £50") in change.segments
    assert (Op.INSERT, " £100") in change.segments


def test_welwyn_hatfield_removes_the_cabinet_and_executive_decision_paragraphs():
    for key, number in (("appendix-b.cabinet-dpi", "6"), ("appendix-b.executive-decision", "11")):
        change = _change("welwyn-hatfield", key)
        assert change.status is Status.REMOVED
        assert (change.base_number, change.number, change.text) == (number, None, None)


def test_a_removed_paragraph_is_listed_where_it_stood_in_the_model():
    keys = [c.key for c in diff_from_base(load_code("welwyn-hatfield"))]
    position = keys.index("appendix-b.cabinet-dpi")
    assert keys[position - 1 : position + 2] == [
        "appendix-b.dpi-directly-relates",
        "appendix-b.cabinet-dpi",
        "appendix-b.ori-directly-relates",
    ]


def test_welwyn_hatfield_adds_its_social_media_paragraph_11_1():
    change = _change("welwyn-hatfield", "code.social-media.1")
    assert change.status is Status.ADDED
    assert (change.base_number, change.number) == (None, "11.1")


def test_bexley_renumbers_the_cabinet_rule_without_changing_its_words():
    change = _change("bexley", "appendix-b.cabinet-dpi")
    assert change.status is Status.CHANGED
    assert (change.base_number, change.number) == ("6", "5")
    assert change.base_text == change.text


def test_chelmsford_differs_from_the_model_nowhere():
    changes = diff_from_base(load_code("chelmsford"))
    assert changes and {c.status for c in changes} == {Status.UNCHANGED}


def test_unchanged_paragraphs_are_one_equal_segment():
    change = _change("welwyn-hatfield", "code.respect.1")
    assert change.status is Status.UNCHANGED
    assert change.segments == ((Op.EQUAL, change.text),)


def test_word_diff_rebuilds_both_texts():
    before, after = "I register and disclose my interests.", "I register and declare my interests."
    segments = word_diff(before, after)
    assert "".join(t for op, t in segments if op is not Op.INSERT) == before
    assert "".join(t for op, t in segments if op is not Op.DELETE) == after
