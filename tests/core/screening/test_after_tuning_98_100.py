"""Misses of the rules in tunings 98 to 100 (each scored once, then studied: fit, not
evidence), mended by class: rights, respect, a home or a sound mind denied to a whole group;
revulsion and rage felt at people; lives and views said not to count; votes, jobs and places
taken away; harm promised in plain words. And their false alarms: a show stolen, a danger
warned of, a group not thought of as thieves, animals at a horse fair, a trade insulted as a
whole. Every sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Asylum seekers don't deserve a roof over their heads in this town.",
        "Not a single lesbian I've met deserves respect.",
        "There is not one trans person in this town who is sane.",
        "Muslims fill me with rage, every last one.",
        "Honestly, disabled people repulse me.",
        "Gay lives don't matter to me at all.",
        "Older people's views don't count for anything any more.",
        "Travellers are morally rotten and always will be.",
        "Women should be stripped of the vote, the lot of them.",
        "Pregnant staff ought to be sacked on the spot.",
        "Refugees should go straight back on the boats.",
        # The people of a trade or faces seen, of a group.
        "Muslim landlords round here are leeches, the lot of them.",
        "All these Black faces on the high street now just depress me.",
        # A member's title ends at its clause: the group after the colon is what is spoken of.
        "Straight talk from a Welwyn councillor: immigrants are spongers.",
        "No woman deserves a seat on cabinet.",
    ],
)
def test_contempt_for_a_group_in_these_words(rules, text):
    assert "discrimination" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Any Jew who comes round here, I'll put him in hospital.",
        "Travellers on the rec need to be taught a lesson.",
        "I'll be round the mosque with a bat on Friday.",
    ],
)
def test_harm_promised_in_plain_words(rules, text):
    assert "bullying" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        # A show stolen, not a theft.
        "The Bangladeshi dance troupe stole the show at the Campus West gala.",
        # A danger warned of, not a threat.
        "Fix the potholes on Cllr Dean's road before somebody gets badly hurt.",
        # Not thinking of a group as something is not saying it.
        "I have never seen refugees as a burden, whatever the papers say.",
        # Animals kept and shown, not people called animals.
        "The Travellers' way with the ponies at the horse fair was a joy to watch.",
        # A trade, whole: no one person picked out.
        "Letting agents are parasites, the fees they charge tenants.",
        # "No" counts the people after it as none, past their words.
        "No Gypsy family is vermin, whatever the comments under the Echo's post say.",
        # The post shared is ugly; the families it is about are not insulted.
        "Sharing what's being said about Sikh families here. It's ugly and I've reported it.",
        # A councillor's ward walked, not a hospital's.
        "I met the new tenants on a ward walk on Tuesday; they're very welcome here.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()


def test_harm_still_promised_to_a_person_named_in_the_sentence(rules):
    # "someone will get hurt" said to a named person is not a danger warned of.
    text = "Carry on like that, Cllr Dean, and someone will get hurt."
    assert "bullying" in categories(rules, text)


def test_a_post_shared_to_have_it_reported_is_not_endorsed(rules):
    text = (
        'Please report this if you see it.\n\n>> "Deaf people are workshy scroungers, all of them."'
    )
    assert categories(rules, text, shared=True) == set()
