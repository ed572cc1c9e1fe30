"""Contempt and threats in forms the nineteenth session found the reading blind to, each
with the ordinary post it must still pass (issue 9; sentences invented here, rules alone):
an oath inside a phrase or starred out, cruelty named by its act, the author's own "will
hurt", worth or belonging denied to a whole group, and the old named by nearness to
death."""

import pytest

from .conftest import categories, rule_ids


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # an oath adds heat, not another meaning
        ("Travellers are a fucking disgrace to this borough.", "insult.group"),
        ("Muslims are a bloody disgrace.", "insult.group"),
        # the usual starring of an oath is the oath
        ("F*** all immigrants.", "hatred.group"),
        ("muslims f**k off back home", "exclusion.group"),
        # cruelty named by its act
        ("I'm going to torture the next gay couple I see on Parkway.", "threat.group"),
        ("Muslims in Hatfield deserve to have their throats slit.", "threat.group"),
        ("Trans women deserve to be raped.", "threat.group"),
        # the author's own "will hurt" is a threat, not a policy's effect
        ("I will hurt any Traveller who parks up on the common.", "threat.group"),
        # worth or belonging denied to a whole group
        ("Black people are not intelligent, simple as.", "distrust.group"),
        ("Muslims will never be part of our society.", "distrust.group"),
        ("Disabled people aren't worth anything to this town.", "distrust.group"),
        # the old named by their nearness to death
        ("Planning committee is full of coffin dodgers again.", "slur"),
        # a degree adverb inside a phrase is heat too
        ("Travellers contribute absolutely nothing to Hatfield.", "attribute.group"),
        ("Women are utterly a disgrace on that committee.", "insult.group"),
        ("Women just aren't capable of chairing planning.", "distrust.group"),
        # "they" opening a sentence goes on about the last sentence's subject
        (
            "Travellers came to full council tonight. They're sick in the head, all of them.",
            "attribute.group",
        ),
        # a sentence written without spaces
        ("Muslimsarefilthandeveryoneknowsit", "dehumanise.group"),
        # an oath at people, "is getting" as a promise
        ("F*** Travellers who park on the common.", "hatred.group"),
        ("Any Traveller who parks on my drive is getting a slap.", "threat.group"),
        # a group at the head of a relative clause is still what the words are about
        ("Muslims who pray in the park are scum.", "dehumanise.group"),
        # the worst slur as it is usually starred out
        ("Far too many n*****s on the Ryde estate now.", "slur"),
        # the noun after "are" says what the group is, not whom else it is about
        ("Travellers are shit neighbours, always have been.", "insult.group"),
        ("Muslims are good for one thing and it isn't running a council.", "attribute.group"),
        ("Women should stay out of politics, full stop.", "attribute.group"),
        ("Immigrants breed like dogs.", "dehumanise.group"),
        # two letters side by side swapped, in the hostile word or the group
        ("Travellers are scmu.", "dehumanise.group"),
        ("Black poeple are vermin.", "dehumanise.group"),
        # a surname is not a word of a phrase with its letters swapped ("Aske" is no "sake")
        ("Well done Trevor Aske, the intellect of a damp flannel as ever.", "insult.named_near"),
        # "I" run into the hostile word, or spaced out with it
        ("Ihate Travellers.", "hatred.group"),
        ("I h a t e Travellers.", "hatred.group"),
        # worthless things, disgust
        ("Travellers are trash.", "insult.group"),
        ("Gay people are gross.", "hatred.group"),
        # an officer by the head of a service, with a place described after a preposition
        ("The head of parking is an idiot.", "officer.insult"),
        ("The parking manager at the civic offices is a total idiot.", "officer.insult"),
        # a name that opens with "I" is a name ("Ivan" is no "I van")
        ("Ivan Petrov is a waste of oxygen.", "abuse.individual"),
        # a name is not a disguise of a hostile word ("Allsop" is no "wallop")
        ("Mike Allsop is a waste of oxygen.", "abuse.individual"),
    ],
)
def test_contempt_and_threats_in_these_forms_are_caught(rules, text, rule):
    assert rule in rule_ids(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "F*** this weather, the fete is off.",
        "The councils have done fuck all for disabled residents on Howlands.",
        "Raising the rent will hurt pensioners on fixed incomes.",
        "Fields of oilseed rape all the way from Essendon to Welwyn.",
        "Labour face a massacre at the polls in May.",
        "Residents need a hospital they can actually reach by bus.",
        "Women are still not paid equally in this council.",
        "It's not smart to cut the bus for disabled residents.",
        # an exclamation is aimed at no one
        "Fuck me, the Muslim community raised £20k for the hospice!",
        # a word reclaimed by those it was used against
        "Been called a poof since school. Now I'm a married poof with a mortgage. Life's good.",
        "Hatfield is getting a new fire station at last.",
        # waste is rubbish
        "Litter and rubbish on Parkway again; the crews are doing their best.",
        # a negator reaches past the words that compare what it denies
        "Travellers are not any more likely to be thieves than anyone else in Hatfield.",
        # a slur told as what the graffiti read
        "The graffiti on the Birchwood footbridge is gone. It read 'N***** out'. Thanks to the "
        "team who cleaned it.",
        # the people a relative clause names in passing are not what the words are about
        "Fraudsters who prey on pensioners are the scum of the earth.",
    ],
)
def test_the_ordinary_posts_beside_them_are_clean(rules, text):
    assert categories(rules, text) == set()
