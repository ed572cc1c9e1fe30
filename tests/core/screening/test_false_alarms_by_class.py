"""False alarms of the rules on clean posts, mended by class (blind p and q, issue 9).

Each class is mended in the mechanism, not the phrase: a verdict on quoted words that an
utterance carries ("Vile '...' stickers"), a thread's count at the start of a line, a
feeling about what people are called, jokes as utterances; a paper said to be public in
any words, a time a secret is kept to, a closed session named in a post that cites what is
published; completion ("before the ... is finished") and a made-up mind denied; a vote ask
reported of a party, breakfast in bed, "@" written for "a", a place named in lower case,
"this is a disgrace". Every sentence is new; each class has a breach look-alike that must
still be caught. Rules alone (``signal=None``), so the learned signal hides nothing.
"""

import pytest

from .conftest import categories

CLEAN = [
    # counter-speech
    "Vile 'no Travellers here' stickers on the lamp posts along the Ryde. Photographed and "
    "reported to the removals team.",
    "1/2 A flyer went through doors in Panshanger claiming Muslims are 'a plague on the "
    "town'.\n2/2 It's vile. I've handed it to the police.",
    "I'm sick of reading Muslim neighbours described as 'invaders' on the community page. "
    "It is wrong and it stops here.",
    "A man at the bus stop was telling 'retard' jokes about my constituent's son. Reported to "
    "the police.",
    # confidentiality
    "Now the Cabinet papers are public I can tell you Brookfield Homes paid £4.2m for the "
    "Campus West depot. Poor value, in my view.",
    "The minutes were published last week. In closed session I voted against selling the "
    "depot, and I'd do it again.",
    "It's a private item until the sale closes, and I'm not able to share any details yet.",
    # closed minds where none is
    "Why are the new flats at Bush Hall Farm being marketed before the play area is finished?",
    "I sit on planning and I haven't made my mind up about Bush Hall Farm. I'll listen to the "
    "objectors and to whatever the applicant brings to the meeting.",
    # one each
    "1/2 Hollybush Lane: I'm your ward councillor and I'll be at the residents' meeting on "
    "Thursday.\n2/2 Bring your questions about the bins.",
    "the lib dems ignored this town for years n now they want ur vote?? no thanks",
    "Birthday treat: breakfast in bed, then lunch with Auntie Joan at the Chequers. Spoilt!",
    "These new b1n ch@rges are a total sc@m and Cabinet should be @shamed.",
    "Fraud around Oldings Corner station is on the rise. I've asked the police for more patrols.",
    "The Chancellor cut our grant again. Whoever you voted for, this is a disgrace.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_posts_of_each_class_pass(rules, text):
    assert categories(rules, text) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Vile Travellers left the field in a state again.", "discrimination"),
        (
            "1/2 Another Traveller camp on the green.\n2/2 Vermin, the lot of them.",
            "discrimination",
        ),
        ("I'm sick of Muslim neighbours taking over the community page.", "discrimination"),
        ("Here's a retard joke for Cllr Dunn, since he never gets them.", "discrimination"),
        (
            "Once the Cabinet papers are public I'll say more, but Brookfield Homes paid £4.2m for "
            "the Campus West depot.",
            "confidentiality",
        ),
        (
            "In closed session I voted against selling the depot to the preferred bidder. The "
            "minutes won't say so.",
            "confidentiality",
        ),
        ("It's a private item, but I can reveal the buyer is paying £3m.", "confidentiality"),
        ("I sit on the committee and the Bush Hall Farm scheme is finished.", "predetermination"),
        (
            "I'm on the committee and Bush Hall Farm is getting refused, whatever the applicant "
            "says.",
            "predetermination",
        ),
        (
            "Mrs Green lives at 12 Hollybush Lane and is behind on her rent arrears.",
            "personal_data",
        ),
        ("Vote Lib Dem on Thursday, we want your vote!", "election"),
        ("Saw Cllr Patel at the count. Bet she's fun in bed.", "bullying"),
        ("@DaveWHBC is running a scam on his tenants.", "defamation"),
        ("Dave Harris has been dealing drugs from his flat for years.", "defamation"),
        ("Cllr Ahmed, you are a disgrace.", "respect"),
    ],
)
def test_breach_look_alikes_are_still_caught(rules, text, category):
    assert category in categories(rules, text)
