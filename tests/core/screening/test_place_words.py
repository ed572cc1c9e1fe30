"""A council's place names are its data, not the engine's (issue 11).

"Welwyn Hatfield is a disgrace" is about the borough, not a person called Welwyn Hatfield;
the words that say so ("welwyn", "hatfield") are Welwyn Hatfield's ``place_words`` in the
screening.yaml beside its code, not a list of every council's towns in the engine.
"""

import pytest

from nolan.core.codes import available_codes, load_code
from nolan.core.codes.check import check
from nolan.core.screening import targets
from nolan.core.screening.citations import place_words
from nolan.core.screening.engine import Screener
from nolan.core.screening.model import Account, Post
from nolan.core.screening.targets import Aim
from tests.core.codes.datacopy import clear_caches, data_copy, edit  # noqa: F401 - a fixture

ABOUT_THE_BOROUGH = "Welwyn Hatfield is a disgrace and a laughing stock."


def people(slug: str, text: str) -> list[tuple[int, int]]:
    """Where ``slug``'s screener finds a named person in ``text``."""
    read = Screener(load_code(slug), signal=None).read(Post(text, account=Account.PERSONAL))
    return [(t.first, t.last) for t in read.reading.targets if t.aim is Aim.PERSON and t.named]


def test_the_engine_names_no_councils_place():
    for slug in available_codes():
        assert not place_words(slug) & targets._NOT_NAMES, slug


def test_each_council_with_an_area_has_its_place_words():
    assert place_words("welwyn-hatfield") >= {"welwyn", "hatfield", "hertfordshire"}
    assert place_words("bexley") >= {"bexley", "sidcup"}
    assert place_words("chelmsford") >= {"chelmsford", "essex"}
    assert place_words("lga-2020") == frozenset()  # the model has no area


def test_a_place_of_the_councils_area_is_no_person():
    assert people("welwyn-hatfield", ABOUT_THE_BOROUGH) == []


def test_the_place_words_come_from_the_councils_data(data_copy):  # noqa: F811
    """Bexley's data names no Welwyn: there, two capitalised words are a person, until
    its data says they are a place."""
    assert people("bexley", ABOUT_THE_BOROUGH) == [(0, 1)]
    edit(
        data_copy / "bexley" / "screening.yaml",
        "place_words: [",
        "place_words: [welwyn, hatfield, ",
    )
    clear_caches()
    assert people("bexley", ABOUT_THE_BOROUGH) == []


@pytest.mark.parametrize("word", ["Sidcup", "sidcup high"])
def test_a_place_word_that_is_not_one_lower_case_word_is_invalid(data_copy, word):  # noqa: F811
    edit(data_copy / "bexley" / "screening.yaml", "place_words: [", f"place_words: [{word}, ")
    assert {p.code for p in check("bexley")} == {"screening-invalid"}
