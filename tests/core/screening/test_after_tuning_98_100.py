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
        "Gay lives don't count for anything round here.",
        "Trans lives don't matter to me at all.",
        "Travellers are morally rotten and always will be.",
        "Women should be stripped of the vote, the lot of them.",
        "Pregnant staff ought to be sacked on the spot.",
        "Refugees should go straight back on the boats.",
        # The people of a trade or faces seen, of a group.
        "Muslim landlords round here are leeches, the lot of them.",
        "All these Black faces on the high street now make me want to puke.",
        # A member's title ends at its clause: the group after the colon is what is spoken of.
        "Straight talk from a Welwyn councillor: immigrants are spongers.",
        "No woman deserves a seat on cabinet.",
        # A letter left out of a group's word, in a short word.
        "Wmen are useless at running anything.",
        # Swindling and dealing said of a whole group.
        "Romanian families moved in next door. They'll fleece the whole street, you watch.",
        "A Somali family took the flat above the chemist and made it a drug den overnight.",
        "Deaf people are a waste of NHS money.",
        # Tuning 101: one menial use and nothing else, a contagion, people with an illness.
        "Somalis are handy for minicabs, that's all they're good for.",
        "Gypsies are a contagion on every town they stop in.",
        "People with schizophrenia are dangerous, every last one of them.",
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
        # What the next one to cross the author gets.
        "The next bloke who mouths off at me gets a slap.",
        # A threat to one of a group near the author's family is no household hyperbole.
        "Any Traveller who comes near my grandkids, I'll put him in hospital.",
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
        "I have never regarded refugees as a burden, whatever the papers say.",
        # A trade, whole: no one person picked out.
        "Letting agents are parasites, the fees they charge tenants.",
        # "No" counts the people after it as none, past their words.
        "No Gypsy family is vermin, whatever the comments under the Echo's post say.",
        # The post shared is ugly; the families it is about are not insulted.
        "Sharing what's being said about Sikh families here. It's ugly and I've reported it.",
        # A drug den raided, a thrill got, a card given: no group, no threat.
        "Police raided a drug den on Hall Grove last night; well done to the team.",
        "She gets a kick out of winding up the opposition at full council.",
        # People who feel it about something else, or what befell them, felt at.
        "Pensioners can't bear the cold in those flats without the heating fixed.",
        "The attack on the Jewish family in Welling fills me with rage.",
        "Asian shopkeepers have been hit hardest by the rates rise, and it's disgusting.",
        # Counter-speech: a verdict on words quoted, or on abuse reported just before.
        "'Muslims are taking over' is a lie, and reading it under that post made me feel sick.",
        "A man on the 610 called my neighbour's son a 'dirty immigrant'. Vile. I reported it.",
        # Names and acronyms one letter from a word of scorn are themselves.
        "Our BAME staff network met today; Tash and Raed led it.",
        # A verdict on a situation, not on the people in it.
        "Not one woman was shortlisted for the planning role, which is a disgrace.",
        "What happened to the asylum seekers at the hotel fills me with revulsion.",
        "Young people are sick of being blamed for everything.",
        # A councillor's ward walked, not a hospital's.
        "I met the new tenants on a ward walk on Tuesday; they're very welcome here.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # A demand made of people before harm "befalls" anyone is a threat.
        "Tell that planning officer to back off before somebody gets hurt.",
        "Those Gypsies had better move on before someone gets hurt, and I mean that.",
        # "No," answers; the people after it are not counted as none.
        "No, Muslims are all terrorists, look it up.",
        # Feelers who are the author, not the people.
        "Travellers are the people I detest most on this earth.",
        "Gay people disgust me.",
        # A reviewer's probes of the first version: a remedy word aimed at people, a group's
        # hatred of a people or a country, what befell them approved of, a verdict added
        # to a quote, scorn of a denial, a disguise of a group's word only.
        "Sort the Travellers out before someone gets hurt.",
        "Muslims hate our way of life and always will.",
        "The attack on the synagogue makes me sick, they missed.",
        "The way Travellers live is disgusting.",
        "It's disgusting how many Muslims live here now.",
        "'Immigrants are scroungers' - and liars too.",
        "No Romanian is a thief? Pull the other one.",
        "I don't consider it hate to say immigrants are vermin.",
    ],
)
def test_these_are_still_caught(rules, text):
    assert categories(rules, text) != set()


def test_harm_still_promised_to_a_person_named_in_the_sentence(rules):
    # "someone will get hurt" said to a named person is not a danger warned of.
    text = "Carry on like that, Cllr Dean, and someone will get hurt."
    assert "bullying" in categories(rules, text)


def test_a_post_shared_to_have_it_reported_is_not_endorsed(rules):
    text = (
        'Please report this if you see it.\n\n>> "Deaf people are workshy scroungers, all of them."'
    )
    assert categories(rules, text, shared=True) == set()
