"""Misses of round thirty's blind sets, zq and zr (scored once, then studied: fit, not
evidence), mended by class: abuse received, shared and passed to the police; a medical term
that holds a slur's word; a report the council agreed to publish; "made up" for delighted; a
chat offered; tickets offered for votes (treating). Every sentence is new. Rules alone
(``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        # Abuse received, shared so people can see it, and passed to the police.
        "What lands in a councillor's inbox. This has gone to the police.\n\n\"Dunmore, you "
        'should be hanged for this, traitor."',
        # A medical term.
        "Cake sale at the library on Friday for the spastic paraplegia support group.",
        # Published: the council agreed to, or did, in full.
        "Now the council has agreed to publish the depot report, residents can see Brookfield "
        "Homes offered £4.2m.",
        # Delighted.
        "Huge thanks to Sarah Okafor's team for reopening the paddling pool. The kids were "
        "made up.",
        # A chat offered.
        "Our PCSO will be outside the Co-op on Friday if you want a word about the bike thefts.",
    ],
)
def test_clean_posts_that_looked_like_breaches(rules, text):
    assert categories(rules, text, shared=text.startswith("What lands")) == set()


def test_tickets_offered_for_a_vote_are_treating(rules):
    text = "Free tickets to Saturday's match for anyone in Hatfield who promises me their vote."
    assert "election" in categories(rules, text)


def test_a_refusal_to_publish_still_leaks(rules):
    text = (
        "The cabinet hasn't agreed to publish the depot report, and the sale to Brookfield "
        "Homes for £4.2m is a scandal."
    )
    assert "confidentiality" in categories(rules, text)
