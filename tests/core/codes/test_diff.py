"""How each council's code differs from the LGA Model Code 2020, as tracked changes."""

from __future__ import annotations

from nolan.core.codes import Op, Status, diff_from_base, load_code, word_diff


def _change(slug, key):
    return next(c for c in diff_from_base(load_code(slug)) if c.key == key)


def test_welwyn_hatfield_adds_a_friend_to_declaration_paragraph_8():
    change = _change("welwyn-hatfield", "appendix-b.affects")
    assert change.status is Status.CHANGED
    assert (change.base_number, change.number) == ("8", "8")
    inserted = " ".join(text for op, text in change.segments if op is Op.INSERT)
    assert "friend" in inserted
    assert "friend" not in change.base_text


def test_bexley_registers_gifts_from_one_hundred_pounds_not_fifty():
    change = _change("bexley", "code.gifts.register")
    assert change.status is Status.CHANGED
    assert (Op.DELETE, " £50") in change.segments
    assert (Op.INSERT, " £100") in change.segments


def test_welwyn_hatfield_removes_the_cabinet_and_executive_decision_paragraphs():
    for key, number in (("appendix-b.cabinet-dpi", "5"), ("appendix-b.executive-decision", "10")):
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


def test_bexley_keeps_the_updated_models_appendix_b_but_for_paragraph_6():
    # The LGA later revised paragraph 6 (SALC extract, 2024); Bexley keeps its earlier words.
    appendix_b = [c for c in diff_from_base(load_code("bexley")) if c.key.startswith("appendix-b.")]
    assert len(appendix_b) == 13
    changed = {c.key for c in appendix_b if c.status is not Status.UNCHANGED}
    assert changed == {"appendix-b.ori-directly-relates"}
    assert {c.number for c in appendix_b if c.key == "appendix-b.ori-directly-relates"} == {"6"}


def test_welwyn_hatfield_numbers_the_december_2020_registration_paragraph_1():
    change = _change("welwyn-hatfield", "appendix-b.register")
    assert (change.base_number, change.number) == ("Registering interests", "1")
    assert "being adopted by the local authority" in change.text


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
