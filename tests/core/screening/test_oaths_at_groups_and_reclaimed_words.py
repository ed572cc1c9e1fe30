"""What tuning 74 found the rules missing or wrongly finding (issue 9, kinds 2 and 3; fit, not
evidence), each mended by class: an oath straight before people, or a term of abuse after
what they are ("Fucking gypsies", "Black bastards"); negations written without apostrophes
("arent capable"); worth denied in so many words ("have contributed nothing"); a group
asked why it is always tied to crime or something bad (``generalisation.asked_crime``,
``generalisation.asked_attribute``); hatred as what the author "can't stomach"; threats left
to others or "the hard way"; a reply's opening handle is whom the post answers, not who
feels what follows; and, kept clean, a slur the author uses of themselves anywhere in the
post, or followed by "myself", a slur reported and then judged ("that word is vile"), and
slurs' other senses (a van, a cigarette). Every sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Fucking Romanians have wrecked the bus shelter on Parkway again.", {"discrimination"}),
        ("Polish bastards nicking all the jobs at the depot.", {"discrimination"}),
        ("muslims arent capable of running a fair election, simple as", {"discrimination"}),
        ("Travellers have contributed nothing to this town in fifty years.", {"discrimination"}),
        (
            "Somalis on the Ryde estate better keep their heads down or they'll find out the "
            "hard way.",
            {"bullying"},
        ),
        ("@HatfieldNews the Roma on that site have contributed nothing.", {"discrimination"}),
        ("Nothing against Pakis myself, but the shop is a tip.", {"discrimination"}),
        ("Muslims who post these videos are vile.", {"discrimination"}),
        ("Why are Albanians always behind every car wash scam in town?", {"discrimination"}),
        ("Why are Somalis always so lazy at the job centre?", {"discrimination"}),
        ("I can't stomach the Bulgarians on Elm Drive.", {"discrimination"}),
        ("Welwyn used to be English. Look at it now.", {"discrimination"}),
    ],
)
def test_these_are_found(rules, text, wanted):
    assert wanted <= categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "So fucking proud of our Muslim neighbours who fed the whole street at Eid.",
        "Bloody Tories have cut the 301 bus again.",
        "Queers on Wheels are leading the Pride ride and this old queer is on the tandem!",
        "I was a frightened queer teenager myself in 1985. Proud to open the youth club today.",
        "I don't care what the officers say about the weather: the fete goes ahead.",
        "Welsh cattle prices are up at Builth market.",
        "Lads at the rec were calling a deaf girl a 'spaz'. I told them that word is vile.",
        "Transit's back at the garage. The old tranny's on its last legs.",
        "Popped out for a fag at half time and missed the only goal.",
        "I don't dislike Poles. I dislike being told what to think about them.",
        "Why are disabled residents always last in line for adapted council homes?",
        "Why are Travellers always blamed for every burglary in the village?",
    ],
)
def test_these_are_clean(rules, text):
    assert "discrimination" not in categories(rules, text)
