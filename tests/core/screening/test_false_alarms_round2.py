"""False alarms of the rules, mended by class (tuning 41-43, issue 9), second round.

Each class is mended in the mechanism, not the phrase:

1. a misspelling one edit from an ordinary English word is that word, not a lexicon word
   two edits away ("chnged" is "changed", not "hanged");
2. pests and the service that deals with them, and threat phrases in their everyday senses
   (canvassing every door, a pothole outside someone's house, a repair that needs sorting,
   choking on one's tea at a figure), are homonyms with their ordinary contexts;
3. abuse described as what someone made ("monkey noises aimed at ...") and condemned by a
   verdict after it is counter-speech;
4. a request whose verb is left out ("... who asked me to:") consents;
5. a paper said to be public now, with what it is about between ("the decision on the
   depot sale is now public");
6. a place an exempt item is named after is also just a place: words of disclosure must be
   near it (its sentence or the next), not anywhere in the post;
7. a conviction or a ban told as a court's or a regulator's outcome is public record, not a
   private detail.

Every sentence is new; each class has a breach look-alike that must still be caught. Rules
alone (``signal=None``), so the learned signal hides nothing.
"""

import pytest

from .conftest import categories

CLEAN = [
    # 1. typos of ordinary words
    "Cllr Patel's comany sponsors the Hatfield fun run again this year. Thank you!",
    "Mrs Ahmed tells me the avrage wait for a housing repair in her block is now six weeks.",
    "Jim Barker wanted me to pass on his cncern about the speed of lorries on Hollybush Lane.",
    # 2. ordinary senses
    "A note for Ryde Avenue residents: vermin control visit on Monday. Please don't leave "
    "bags out.",
    "Yes, I know where you live now: I've knocked on every door on Hollybush Lane for the bus "
    "survey!",
    "A resident on Ryde Avenue reported the crater outside her house in May. Filled at last.",
    "Mr Cole's kitchen ceiling has leaked since August. Housing, this needs sorting.",
    # 3. abuse described, then condemned
    "The monkey noises made at Hatfield Town's winger by a few men in the away end were "
    "disgraceful. The club has done the right thing.",
    # 4. consent with the verb left out
    "Posting this for Mr and Mrs Adebayo, who asked me to: their son, who is autistic, has "
    "waited a year for a school place in Hatfield.",
    # 5. public now
    "The outcome of the Campus West depot sale is now public: Brookfield Homes paid £4.2m. "
    "I voted against it.",
    # 6. a place, not the item
    "I won't be going to the fireworks this year. My advice surgery is at Campus West on "
    "Saturday morning, drop in.",
    # 7. public record
    "Gary Holt, the Hatfield landlord convicted in March of letting unsafe flats, has now been "
    "banned from letting homes for four years. Good.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_posts_of_each_class_pass(rules, text):
    assert categories(rules, text) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # 1. a disguise with no ordinary word nearer is still read
        ("Cllr Dunn is a usless idoit and everyone knows it.", "respect"),
        # 2. the hostile sense without the ordinary context
        (
            "Hollybush Lane residents are vermin and the council should treat them like it.",
            "respect",
        ),
        ("These Travellers are vermin and somebody should call pest control.", "discrimination"),
        ("I know where you live, Cllr Dunn, and I'll be round on Saturday.", "bullying"),
        # 3. said of people, not described and condemned
        ("The Black lads at the bus station make monkey noises all day.", "discrimination"),
        (
            "Monkey noises from that lot at the mosque again tonight. Disgraceful how many of "
            "them there are.",
            "discrimination",
        ),
        # 4. asked for help, not to share
        (
            "Mr and Mrs Adebayo asked me to chase their school appeal: their son, who is "
            "autistic, was excluded again this week.",
            "personal_data",
        ),
        # 5. public later is not public now
        (
            "The decision on the Campus West depot will be public next month, but Brookfield "
            "Homes paid £4.2m.",
            "confidentiality",
        ),
        # 6. the place with words of disclosure beside it, or the item named in full
        ("Campus West: the buyer is paying well over the odds, I hear.", "confidentiality"),
        (
            "The Campus West depot was on tonight's private agenda.\nLovely walk home.\nThe "
            "buyer is going to build flats.",
            "confidentiality",
        ),
        # 7. a record told privately
        (
            "Gary Holt has a previous conviction for assault and has just moved into 14 "
            "Hollybush Lane.",
            "personal_data",
        ),
    ],
)
def test_breach_look_alikes_are_still_caught(rules, text, category):
    assert category in categories(rules, text)
