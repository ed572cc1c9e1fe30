"""How the page cuts a draft into highlighted pieces, including overlapping findings."""

from nolan.core.screening.model import Category, Finding, Severity
from nolan.screening.presentation import segments


def finding(start: int, end: int, category=Category.RESPECT) -> Finding:
    return Finding(category, Severity.HIGH, "test.rule", (), start, end, "", "", "")


def test_text_without_findings_is_one_unmarked_piece():
    assert [(s.text, s.numbers) for s in segments("All fine here.", ())] == [("All fine here.", ())]


def test_each_finding_is_marked_and_numbered_where_it_ends():
    text = "Aaa bbb ccc ddd"
    pieces = segments(text, (finding(4, 7), finding(12, 15)))
    assert "".join(s.text for s in pieces) == text
    assert [(s.text, s.numbers, s.ends) for s in pieces] == [
        ("Aaa ", (), ()),
        ("bbb", (1,), (1,)),
        (" ccc ", (), ()),
        ("ddd", (2,), (2,)),
    ]


def test_overlapping_findings_mark_the_shared_words_with_both_numbers():
    text = "Jane Smith made a mess"
    pieces = segments(text, (finding(0, 10), finding(5, 22, Category.OFFICER_IMPARTIALITY)))
    assert "".join(s.text for s in pieces) == text
    assert [(s.text, s.numbers, s.ends) for s in pieces] == [
        ("Jane ", (1,), ()),
        ("Smith", (1, 2), (1,)),
        (" made a mess", (2,), (2,)),
    ]
