"""Errors of the rules mended by class (tuning 46-47 and the spent blind r-u, issue 9),
fourth round.

1. a verdict on what was said or written ("the replies under my post have been vile") judges
   the words, not the people they are about;
2. hatred as the subject of its clause ("Hate has no home here") is named, not felt;
3. "... and they are welcome here" says more of them: only "..., and they are" agrees with
   words reported before it;
4. "vote for" after who votes ("whatever party you vote for", "I won't vote for") tells how
   someone votes; it asks for no votes;
5. a road that names a public place after it ("at the Station Road recycling centre") is no
   one's home;
6. a member's own number, labelled as theirs ("Councillor mobile:"), and details shared
   "w/" someone's permission;
7. leaving the chamber for an item is standing aside;
8. "this old [word]" reclaimed by the speaker;
9. a decision the council has published ("in the published cabinet minutes", "Council
   publishes ... decision");
10. a refusal followed by what the member will do ("but I'll be pushing for ...") says no
    more;
11. a dyke that is an earthwork, a special school that is a school;
12. hyperbole about the author's own household ("told my husband I'd kill him if ...");
13. "sulking" is behaviour, not an insult.

People in everyday roles ("the ref", "the plumber") are people: an insult aimed at one is
aimed at a person; "blind as a bat" of a referee is a football idiom, not mockery of a
disability; "a deck chair" and strangling "whoever picked that back four" are no threats.

Treating and the secrecy of the ballot in more words (after blind v and w, spent): food or
drink "on me" a few words after it, or "gets a pint", for whoever shows they voted; a
photograph of a marked ballot paper; whom the voter in the next booth chose.

Where someone is found at home (after blind v and w, spent): "on your doorstep at 22 ...", "the
Harrisons from No. 12 ..." make a numbered address someone's home.

Threats of harm foretold ("he'll be leaving in an ambulance", "someone will shut your mouth
for you", "nice house you've got there") are threats.

An insult to an officer is disrespect as well as an attack on their impartiality (LGA model
code 1.2: members treat the authority's employees with respect).

Every sentence is new; each class has a breach look-alike that must still be caught. Rules
alone (``signal=None``), so the learned signal hides nothing.
"""

import pytest

from .conftest import categories

CLEAN = [
    # 1. a verdict on the words
    "Some of the messages about the Gurdwara's open day have been vile. I went, and it was lovely.",
    "The comments under the story about Muslim families moving to Hatfield were disgusting.",
    # 2. hatred named
    "Muslim families have lived in Hatfield for decades. Hate has no home here.",
    # 3. they are welcome
    "To whoever called refugees 'vermin' on my page: no. These are families, and they are "
    "welcome here.",
    # 4. how someone votes
    "Whatever party you vote for in May, please register by the deadline.",
    "I won't vote for any party that scraps free school meals. That's my line.",
    # 5. a public place
    "FREE BULKY WASTE DROP-OFF THIS SATURDAY 9AM-1PM AT THE BIRCHALL ROAD REUSE AND "
    "RECYCLING CENTRE. BRING PROOF OF ADDRESS. NO TRADE WASTE.",
    # 6. the member's own number; permission given
    "How to reach me.\nCouncillor mobile: 07700 900123\nSurgeries every second Saturday.",
    "Shared w/ Maureen's permission: Maureen (07700 900456) is organising the Peartree "
    "litter pick.",
    # 7. standing aside
    "I left the chamber for the Red Lion item as my son works behind the bar there. No comment.",
    # 8. reclaimed
    "Forty years ago this old queer got the keys to a flat in Hatfield. Still here, still happy.",
    # 9. published
    "The Campus West depot sale is in the published cabinet minutes now: Brookfield Homes, £4.2m.",
    "Shared from the Welwyn Hatfield Times: 'Council publishes depot decision: Brookfield "
    "Homes to buy Campus West depot for £4.2m'",
    # 10. what the member will do
    "Cabinet takes the Campus West depot disposal in private on Thursday because it involves "
    "commercial terms. I won't be commenting on the detail until the report is published, but "
    "I'll be pressing for all of it to be made public.",
    # 11. ordinary senses
    "Found an old dyke and bank boundary marked on the map near Essendon today. Brilliant "
    "bit of history.",
    "Our MP cut SEND transport, then turned up for photos at the special school open day.",
    # 12. household hyperbole
    "Told my daughter I'd murder her if she borrowed my charger again. Charger gone. Again.",
    # 13. behaviour
    "The cat is back! Found sulking in the neighbour's shed after two days.",
    # an idiom of the terraces; a reference number
    "Watched the replay. That referee should never be near a pitch again. Blind as a bat.",
    "Planning ref 6/2026/0412/MAJ comes to committee next week; the ref is on the agenda.",
    # a football team's selection
    "Relegated again. I'd happily strangle whoever picked that back four. Season ticket renewed.",
    # no vote in return; a colour in the garden; how to vote
    "Free tea and cake at the Ayot village hall coffee morning on Saturday, all welcome.",
    "Went Green on the allotment this year: no more slug pellets.",
    "Polling stations open 7am to 10pm on Thursday. Take your polling card if you have it.",
    # after blind v and w (spent): birds at a feeder; "[n] years a [word]" of oneself; a sale
    # "now that it's public"
    "Spotted a pair of great tits and a nuthatch in Sherrardspark Wood today. Flask of tea, bliss.",
    "Thirty years a dyke in Hatfield and this was the best Pride picnic yet.",
    "Now that it's public: the Campus West depot goes to Brookfield Homes for £4.2m.",
    # harm that happened
    "Gran slipped on the ice and left in an ambulance, but she's home now and fine.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_posts_of_each_class_pass(rules, text):
    assert categories(rules, text) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # 1. the people themselves, or their words as theirs
        ("Muslims who post comments are vile.", "discrimination"),
        # 2. hatred felt
        ("Travellers? I hate the lot of them.", "discrimination"),
        # 3. reported, then agreed
        ("Cllr Dunn calls refugees vermin, and they are.", "discrimination"),
        # 4. votes asked for, without an imprint
        ("Vote for me on Thursday and I'll fix the potholes.", "election"),
        # 5. a home next to a sensitive detail
        ("Mrs Gale at 4 Cole Green Lane is on benefits and in rent arrears.", "personal_data"),
        # 6. a resident's number without consent
        ("Ring Maureen on 07700 900456 and tell her what you think of her bins.", "personal_data"),
        # 8. a slur at someone else
        ("Look at this queer running the Pride stall, disgusting.", "discrimination"),
        # 9. not yet published
        (
            "The Campus West depot is going to Brookfield Homes for £4.2m. Not published yet, "
            "you heard it here first.",
            "confidentiality",
        ),
        # 10. a refusal, then the secret
        (
            "The Campus West depot goes to cabinet in private on Tuesday. I can't say much, but "
            "I'll tell you the buyer is Brookfield Homes at £4.2m.",
            "confidentiality",
        ),
        # 11. the slur
        ("Look at that dyke from the planning committee.", "discrimination"),
        # 12. a threat to someone outside the household
        ("Cllr Reeve, I'll kill you if you vote for that scheme.", "bullying"),
        # treating and the secrecy of the ballot
        (
            "Anyone who shows me their polling card tomorrow gets a pint at the Eight Bells on me.",
            "election",
        ),
        (
            "Sausage rolls on us at the Oaklands hall for anyone who's voted for the team!",
            "election",
        ),
        (
            "Show me your 'I voted' sticker at the Cricketers tonight and the drinks are on me.",
            "election",
        ),
        (
            "Just voted in Handside, here's a snap of my ballot paper with the X for the team.",
            "election",
        ),
        ("At the polling station the chap in the next booth went Reform, I saw it.", "election"),
        # someone's home
        (
            "I'll be on your doorstep at 22 Bush Hall Lane every day until you answer.",
            "personal_data",
        ),
        (
            "The Pattersons from No. 7 Birchwood Avenue told me they're voting Green.",
            "personal_data",
        ),
        # the words in their other sense
        ("Cllr Reeve has nice tits, shame about her politics.", "bullying"),
        # a person in an everyday role
        ("The ref at the Hatfield Town match today was an absolute clown.", "respect"),
        ("Our plumber is a useless moron, three weeks and still no boiler.", "respect"),
        # the words in their violent sense
        ("Someone should deck Cllr Gage.", "bullying"),
        ("I'd happily strangle Cllr Gage.", "bullying"),
        # harm foretold
        (
            "Cllr Reeve, keep lying about our estate and someone will shut your mouth for you.",
            "bullying",
        ),
        ("Keep it up, Dave, and they'll be scraping you off the pavement.", "bullying"),
        ("@HatfieldDave nice house you've got there. Be a shame.", "bullying"),
        # officers are owed respect
        ("Sarah Okafor is a useless clown.", "respect"),
        ("Sarah Okafor is a useless clown.", "officer_impartiality"),
    ],
)
def test_breach_look_alikes_are_still_caught(rules, text, category):
    assert category in categories(rules, text)


def test_an_insult_with_a_deck_chair_in_it_is_no_threat(rules):
    found = categories(rules, "Cllr Gage should resign, he's got the brains of a deck chair.")
    assert "respect" in found
    assert "bullying" not in found
