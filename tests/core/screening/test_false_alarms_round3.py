"""Errors of the rules mended by class (tuning 44-45, issue 9), third round.

1. a slur reclaimed by the speaker naming themselves ("us ...", "as a ...", "I'm a ...") aims
   contempt at no one;
2. a word of hatred named after an article ("the hate online about them is disgraceful") is
   hatred spoken of, not felt;
3. idioms with violent or warning words: "would it kill the council to ...", "you'll
   regret it if you don't try ...", a new driver's "you have been warned";
4. intimidation by knowing where someone lives or saying they cannot get away ("I know your
   address", "he can't hide", "tick tock") is a threat;
5. "[people] have no business in [a role]" denies a group a place;
6. a group named in another spelling ("Travelers", "gipsies") is the group;
7. worth denied to a whole group ("never met a ... worth listening to", "not one ... is to be
   trusted") is contempt for it, as respect and trust denied are;
8. a hint at an exempt item's secret beside a refusal or a closed session ("can't say, but
   let's just say ...", "starts with a B", "draw your own conclusions") discloses it; the
   refusal alone does not;
9. after blind t and u (spent): an award or a sale said to be public now ("Now public:",
   "Now the ... sale is public"); residents asking how a committee member will vote, who
   will not say until they have heard the evidence; faggots for Sunday dinner; a heart (or a
   sofa) stolen by a new pet;
10. a festival or place of worship stands for the people who keep it ("after the Eid
   gathering: these people don't integrate");
11. "!" written for "i" inside a word ("k!ll", "g!ppos") is the word; "Great meeting!Thanks"
   stays two.

Every sentence is new; each class has a breach look-alike that must still be caught. Rules
alone (``signal=None``), so the learned signal hides nothing.
"""

import pytest

from .conftest import categories

CLEAN = [
    # 1. reclaimed by the speaker
    "Forty years of Pride marches and us old dykes still bring the best sandwiches.",
    "As a queer woman who grew up in Hatfield, I'm glad the library stocks these books.",
    "I'm a spastic, says my sister, every time I drop a plate. Cerebral palsy has its moments.",
    "Thirty years on I call myself a dyke with pride, and so do half my book club.",
    "Me and the other queers from the Hatfield choir sang at Pride on Saturday.",
    # other people's contempt, answered or asked about
    "Anyone who calls disabled people scroungers should be ashamed of themselves.",
    'Someone painted "gays out" on the bus shelter. Homophobic filth; the police have it.',
    # a claim the author will not make; a record to remember
    "I'm not going to pretend the planning officers are biased. They're doing their job.",
    "Our MP voted against the hospital funding. That's a record worth remembering.",
    "Why do people still think asylum seekers are criminals? They aren't, and never were.",
    # 2. hatred named
    "All this hate online about asylum seekers helps nobody in Welwyn.",
    # 3. idioms
    "Would it kill the borough council to empty the bins on time for once?",
    "Would it kill Cllr Dunn to answer an email?",
    "You'll regret it if you don't try the scones at the Mill Green open day.",
    "My son passed his driving test today. Roads of Welwyn, you have been warned!",
    # 7. worth denied to no group, or denied twice
    "Not one of the reports on this agenda is worth listening to, frankly.",
    "I've never met a Polish builder in Hatfield who wasn't worth trusting.",
    # 8. a refusal with no hint
    "I can't say anything about the Campus West depot until the decision is published.",
    "The Campus West depot was discussed in private session tonight. That's all I'll say.",
    # 9. after blind t and u
    "Now public: the Campus West depot sale went to Brookfield Homes for £4.2m. I voted no.",
    "Now the Campus West depot award is public, my view: Brookfield Homes got a bargain at £4.2m.",
    "Plenty of you want to know how I'll vote on the Bush Hall Farm application. As a "
    "committee member I won't say until I've heard all the evidence.",
    "Sunday roast at ours with faggots for the little ones.",
    "Meet Pepper, our new rescue pup, already stolen the sofa and my heart.",
    # 11. an exclamation mark between words
    "Great meeting in Hatfield tonight!Thanks to everyone who came.",
    # 10. a festival, kindly
    "Lovely Eid gathering in Stanborough Park today, thank you to everyone who tidied up.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_posts_of_each_class_pass(rules, text):
    assert categories(rules, text) == set()


def test_a_threat_shared_to_expose_it_is_not_the_authors_threat(rules):
    shared = 'Shared: "Cllr Hale better watch his back walking home."'
    exposed = (
        f"This is a threat and it has been reported. No councillor should get this.\n\n{shared}"
    )
    assert categories(rules, exposed, shared=True) == set()
    assert "bullying" in categories(rules, f"Couldn't agree more.\n\n{shared}", shared=True)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # 1. aimed at others, not oneself
        ("Those dykes from the pride stall should be kept away from the school.", "discrimination"),
        # 2. hatred felt
        ("I hate Muslims and I don't care who knows it.", "discrimination"),
        # 3. a wish to kill, not an idiom
        ("Somebody should kill Cllr Dunn before the budget vote.", "bullying"),
        # 4. intimidation
        ("Cllr Dunn, I know your address and I know your car. Sleep well.", "bullying"),
        ("Third week of asking Cllr Dunn about the pool. He can't hide forever.", "bullying"),
        ("Answer my email by Friday, Cllr Dunn. Tick tock.", "bullying"),
        # 5. a place denied
        ("Women have no business chairing the planning committee.", "discrimination"),
        # 6. another spelling
        ("Travelers are vermin and should be moved on from Hatfield.", "discrimination"),
        # 7. worth denied
        ("I've never met a Muslim councillor worth listening to.", "discrimination"),
        ("Not one Traveller I have met in twenty years is to be trusted.", "discrimination"),
        # 8. a hint
        ("Cannot comment on the Campus West depot. Nudge nudge, say no more.", "confidentiality"),
        # 9. a closed mind, and a theft, stated
        (
            "As a planning committee member, you all know how I'll vote on the Bush Hall Farm "
            "application.",
            "predetermination",
        ),
        (
            "Not allowed to discuss the Campus West depot. Watch for cranes next spring and "
            "draw your own conclusions.",
            "confidentiality",
        ),
    ],
)
def test_breach_look_alikes_are_still_caught(rules, text, category):
    assert category in categories(rules, text)
