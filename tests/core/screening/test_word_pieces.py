"""What the learned signal knows of words beyond the labelled posts (meaning.py): a word is
spelt in the sentence model's pieces as its own tokenizer spells it, and a post adds the
mean of its pieces' weights, so a word no labelled post used still counts."""

import math

import pytest

from nolan.core.screening import learned
from nolan.core.screening.meaning import Meaning, pieces
from nolan.core.screening.model import Category


@pytest.fixture(scope="module")
def vocabulary():
    meaning = learned.signal().meaning
    assert meaning is not None, "the shipped model carries each piece's weights"
    return meaning.vocabulary


def _spelt(word, vocabulary):
    names = {i: p for p, i in vocabulary.items()}
    return [names[i] for i in pieces(word, vocabulary)]


def test_a_word_is_spelt_in_pieces_longest_first_as_bert_spells_it(vocabulary):
    # What Hugging Face's tokenizers library gives for all-MiniLM-L6-v2's tokenizer (the
    # same on 13,370 words of the corpus when the vectors were made).
    assert _spelt("unaffable", vocabulary) == ["una", "##ffa", "##ble"]
    assert _spelt("Councillor", vocabulary) == ["councillor"]
    assert _spelt("don't", vocabulary) == ["don", "'", "t"]
    assert _spelt("£12", vocabulary) == ["£1", "##2"]  # a currency sign is not punctuation
    assert _spelt("v3rmin", vocabulary) == ["v", "##3", "##rmin"]
    assert _spelt("café", vocabulary) == ["cafe"]  # accents dropped


def test_what_cannot_be_spelt_in_pieces_adds_nothing(vocabulary):
    assert pieces("🤡", vocabulary) == []
    assert pieces("x" * 101, vocabulary) == []  # not a word


def test_a_post_adds_the_mean_of_its_pieces_and_names_add_nothing():
    meaning = Meaning(vocabulary={"vile": 0, "the": 1}, values=[4.0, 0.0, 0.0, 2.0], width=2)
    words = [("the", 0), ("<officer>", 0), ("vile", 1), ("vile", 1)]
    # three pieces in all: "the" once, "vile" twice; the officer's symbol has none
    assert meaning.post(words) == [8 / 3, 2 / 3]
    assert meaning.sentences(words) == {0: ([0.0, 2.0], 1), 1: ([8.0, 0.0], 2)}
    assert meaning.post([("<officer>", 0)]) == []


def test_the_signal_weighs_a_post_by_what_its_words_mean_and_quotes_that_sentence():
    meaning = Meaning(vocabulary={"vile": 0, "lovely": 1}, values=[3.0, -1.0], width=1)
    signal = learned.Signal.of(
        {},  # no word, pair or class weighs anything: only what the words mean
        categories=(Category.RESPECT,),
        intercepts=(0.0,),
        add_at=0.6,
        trained_on={},
        posts=0,
        meaning=meaning,
    )
    seen = learned.Seen(
        words=(("lovely", 0), ("day", 0), ("he", 1), ("is", 1), ("vile", 1)), context=()
    )
    # two pieces in the post: (-1 + 3) / 2
    assert signal.probabilities(seen)[Category.RESPECT] == pytest.approx(1 / (1 + math.exp(-1)))
    weighed = signal.weigh(Category.RESPECT, 0.73, seen)
    assert weighed.sentence == 1  # "he is vile", not "lovely day"
    # alone, the sentence is a post of one piece: 3
    assert weighed.alone == pytest.approx(1 / (1 + math.exp(-3)))
