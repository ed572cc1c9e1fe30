"""Breaches in words the rules had not met, and lawful posts beside them (issue 9).

Each test names a kind: a negated positive, a superlative jibe, a Welsh insult, an
everyday person as a target, a wish carried by the words themselves, a closed mind "as
far as I'm concerned", a perk of office, a trading name after a place; and lawful posts:
counter-speech whose verdict is a sentence of its own, place names, news, refusals and a
member off the committee. New words for each kind, never a post from a labelled set.
"""

import pytest

from nolan.core.screening.lexicon import Lexicon
from nolan.core.screening.model import Account

from .conftest import categories, rule_ids

OFFICIAL = {"account": "official"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # "no" is a negator: a negated positive about a group is contempt.
        ("Honestly, no respect at all for any Muslims who move here.", "discrimination"),
        # Superlatives of the same jibes.
        ("Cllr Doyle, you are the stupidest man ever elected in Hatfield.", "respect"),
        # A Welsh insult.
        ("Cllr Evans is a twpsyn and always has been.", "respect"),
        # People in everyday roles are people.
        ("My mother-in-law is a nasty piece of work, as the whole of Welwyn knows.", "respect"),
        # Words that wish harm themselves, with no "should" before them.
        ("Travellers deserve to suffer for what they did to that field.", "discrimination"),
        ("Death to immigrants.", "discrimination"),
        # Words run together with a capital are a name, unless they run hate and a group.
        ("Ihatemuslims.", "discrimination"),
        ("Someone ought to teach Cllr Doyle a lesson.", "bullying"),
        # "As far as I'm concerned" is no open mind.
        (
            "I sit on planning and the Bush Hall Farm scheme is dead in the water as far as "
            "I'm concerned.",
            "predetermination",
        ),
        # Disgust felt in the body, a group placed elsewhere, a group's supposed nature.
        (
            "Met the new Polish family next door. Honestly, they make my skin crawl.",
            "discrimination",
        ),
        (
            "Anyone in a wheelchair belongs in a care home, not on the bus at rush hour.",
            "discrimination",
        ),
        ("Jewish families only ever look after their own in this town.", "discrimination"),
        # Veiled threats.
        ("Cllr Lacey wants to watch herself walking to her car after that vote.", "bullying"),
        (
            "To the troll in the Sidcup group: I know your kids go to St Mary's. Think on that.",
            "bullying",
        ),
        # Comparisons and sarcastic praise that mock a person's mind.
        ("Cllr Royle has the brains of a traffic cone and none of its charm.", "respect"),
        ("Cllr Royle worked out which way up the agenda goes. Stop the presses.", "respect"),
        ("Whoever keeps parking across my drive: I hope your brakes fail on the hill.", "bullying"),
        # A named resident's health.
        (
            "Mrs Joan Pike of Peartree has asthma and is struggling in that damp flat.",
            "personal_data",
        ),
        # A sexual remark is harassment: bullying, and related to sex.
        ("Cllr Brooks looked very fetching at the reception, if you catch my drift.", "bullying"),
        # A perk of office in other words.
        (
            "Being on licensing has its perks, the Red Lion never charges me for a pint.",
            "use_of_position",
        ),
    ],
)
def test_new_words_of_known_kinds_are_caught(wh, text, category):
    assert category in categories(wh, text, **OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "Someone sprayed 'Muslims out' on the church wall last night. Disgusting. Police informed.",
        "No Muslims should fear walking home in Hatfield.",
        "I'm concerned about the traffic on Bush Hall Lane and will listen to all the evidence.",
    ],
)
def test_counter_speech_negation_and_an_open_mind_stay_clean(wh, text):
    assert categories(wh, text, **OFFICIAL) == set()


@pytest.mark.parametrize(
    "text",
    [
        # A place's name holds no accusation, and a capitalised word run together is a name.
        "The manager of Crook Log Sports Centre asks me to share the bookings line: 020 8300 0001.",
        "The reopened play area at Moneyhole Lane park is lovely, well done all.",
        # A name never runs on into the next sentence.
        "Another week, more fly-tipping by the garages on Howlands. Someone needs to get a "
        "grip of this.",
        # What a refusal withholds, and what is joined to it.
        "Cabinet took the leisure contract in private session. I won't comment on names or "
        "figures until the decision is published.",
        # A threat's words as news.
        "Car keyed on Halfway Street overnight. Footage has gone to the police.",
        # A member not on the committee may campaign.
        "I'm not on licensing, so I'll say it: the Red Lion has caused misery and I've asked "
        "the sub-committee to refuse. It's their decision.",
    ],
)
def test_places_news_refusals_and_members_off_the_committee_stay_clean(wh, text):
    assert categories(wh, text, **OFFICIAL) == set()


@pytest.mark.parametrize(
    "text",
    [
        # "won't" is not "won": no bidder is named.
        "Cabinet went into closed session on the Campus West depot disposal. I can't say "
        "anything about it until the decision is published, and I won't.",
        # Mending is not rigging.
        "Thanks to Dan at Handside Roofing, who fixed the guttering on the community hall.",
        # "It's vile" is said of what was done, after it was reported.
        "Someone daubed 'go home' on Cllr Shah's poster in Peartree. It's vile and it has "
        "been reported to the police.",
        "The depot viability report is on the council website. It's dense, but worth a read "
        "if you care about the numbers.",
    ],
)
def test_words_said_of_it_refusals_and_repairs_stay_clean(wh, text):
    assert categories(wh, text, **OFFICIAL) == set()


@pytest.mark.parametrize(
    "text",
    [
        # Hostile words that describe what was said, not the people it was about.
        "There's been a vile comment online about the Hatfield mosque. Our Muslim neighbours "
        "have every right to worship in peace.",
        # An insult that qualifies a policy is said of the policy.
        "@WHTories your 'plan' for the town centre is waffle and a photo of a hanging basket. "
        "Pathetic policy, and you know it.",
        # A resident whose handle starts with an officer's first name is not that officer.
        "@SarahInHatfield I think you're wrong about the cycle lane on Bridge Road, and the "
        "accident data backs me up.",
        # Ordinary senses.
        "Found Dad's old tranny radio in the loft; new batteries and it still picks up Radio 2.",
        "Found the chink in the greenhouse glass that lets the frost in.",
        "Our whippet bitch Tilly came second in her class at the Danson dog show.",
        # Cones are not cons; a result one thinks unfair is not a theft.
        "Six weeks of cones on Bridge Road and not a worker in sight. Affinity Water, sort it.",
        "Biscuit came third in Waggiest Tail at the Danson dog show. Robbed, frankly.",
        # A costume, and the cat's catch.
        "My nephew is the dinosaur on the Scouts float, please wave at him!",
        "The cat has brought in another frog, that's three this week.",
        # What is kept confidential is not disclosed by naming it.
        "The depot was an exempt item, so the buyer and terms are confidential until the "
        "decision notice is published.",
        # Refusing to endorse a post is not contempt for those it attacked.
        "No, I won't 'like' a post calling Muslims invaders. It's poison.",
        "Ten miles done for the hospice run, sponsor link in bio if anyone fancies it.",
        "Someone sprayed 'immigrants out' on the underpass overnight. Vile, and it has no "
        "place in our town. Reported to the police.",
    ],
)
def test_descriptions_policies_residents_and_ordinary_senses_stay_clean(wh, text):
    assert categories(wh, text, **OFFICIAL) == set()


def test_an_officer_by_first_name_and_initial_in_a_handle_is_still_the_officer(wh):
    text = "@WHBC_SarahO you're useless, the garages report is a joke."
    assert "officer_impartiality" in categories(wh, text, **OFFICIAL)


def test_a_pending_matter_named_anywhere_is_what_a_closed_mind_is_about(wh):
    text = (
        "Red Lion licence 🍺❌ I'm on the licensing panel next week. Save your breath, it's "
        "a no from me."
    )
    assert "predetermination" in categories(wh, text, **OFFICIAL)


def test_an_emoji_before_a_capital_ends_a_sentence(rules):
    text = (
        "Congratulations to Cllr Tutt on finally finding the Civic Offices 👏 Maybe next year "
        "he'll find his brain too."
    )
    assert "respect" in categories(rules, text, **OFFICIAL)


def test_a_verdict_standing_alone_is_about_the_person_the_sentence_before_named(rules):
    text = "Sarah Okafor is hiding from residents again. Gutless."
    assert "officer_impartiality" in categories(rules, text, **OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "Garage said no MOT slots this week. Mentioned I'm on the licensing committee and "
        "hey, Thursday at nine.",
        "Rang the leisure centre, reminded them I chair the committee that sets their budget, "
        "and the hall is ours for free.",
    ],
)
def test_naming_the_office_to_get_something_is_use_of_position_to_the_rules(rules, text):
    assert "use_of_position" in categories(rules, text, **OFFICIAL)


def test_a_trading_name_after_a_place_is_a_company(wh):
    text = "Sidcup Motors clock the mileage on every car they sell."
    assert "defamation" in categories(wh, text, **OFFICIAL)


def test_own_words_of_contempt_after_a_quote_are_still_caught(wh):
    assert "discrimination" in categories(wh, "Muslims out. Disgusting people.", **OFFICIAL)


def test_a_lexicon_entry_yaml_reads_as_true_or_false_is_refused():
    data = {
        "targets": {},
        "said": {},
        "modes": {"homonym": {}, "negator": ["not", False]},
    }
    with pytest.raises(ValueError, match="quote it"):
        Lexicon(data)


@pytest.mark.parametrize(
    "text",
    [
        "Borrowed a council van at the weekend to move my daughter into her new flat.",
        "Held my consultancy client meeting in the members' room this morning. Free coffee.",
        "Pricing up jobs for my decorating business on council headed paper these days.",
    ],
)
def test_council_resources_turned_to_private_ends_are_caught(wh, text):
    assert "resources.private" in rule_ids(wh, text, account=Account.OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "Got the council's comms team to film my campaign video in the council chamber.",
        "Lovely to have the council's photographer at our branch AGM. Pictures for the party site.",
        "Perk of the job: got the council's IT helpdesk to fix my son's laptop for free.",
        "got the tree works on my own garden fast tracked, one email from my council account.",
    ],
)
def test_council_resources_named_by_what_they_make_or_serve_are_caught(wh, text):
    """A purpose named by what it produces ("campaign video") is still the purpose."""
    assert rule_ids(wh, text, account=Account.OFFICIAL) & {"resources.party", "resources.private"}


def test_council_kit_kept_to_council_work_beside_ones_own_is_not_a_misuse(wh):
    text = (
        "Council iPad is for council papers only, so tonight's party branch notes are going on "
        "my own laptop."
    )
    assert "council_resources" not in categories(wh, text, account=Account.OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "My husband coaches the juniors, so I've declared that and officers will decide any bid "
        "from the club. My locality fund is open until 30 November.",
        "I use the members' room for casework only, never for my business.",
    ],
)
def test_declared_or_refused_private_use_is_not(wh, text):
    assert "council_resources" not in categories(wh, text, account=Account.OFFICIAL)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "At the postal vote opening today. Won't say much, but Haldens is looking very good "
            "for us.",
            "election.ballot_secrecy",
        ),
        ("At the count: the Peartree boxes are breaking 70-30 our way!", "election.ballot_secrecy"),
        (
            "Free breakfast at the Red Lion for everyone who shows me their polling card.",
            "election.treating",
        ),
    ],
)
def test_ballot_secrecy_and_treating_are_election_findings(wh, text, rule):
    assert rule in rule_ids(wh, text, account=Account.PERSONAL)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to the staff at the count and the polling stations. Whoever you voted for, thank "
        "you for voting.",
        "Free ice creams at the fun day on Saturday, all welcome.",
        "Polling stations are open 7am to 10pm; postal votes can be handed in at any of them.",
    ],
)
def test_the_count_and_free_food_alone_are_not(wh, text):
    assert "election" not in categories(wh, text, account=Account.PERSONAL)


@pytest.mark.parametrize(
    "text",
    [
        "Heard a man in the market tell a woman in a headscarf to 'go home'. A few of us stepped "
        "in.",
        "The speaker before me described asylum seekers as 'parasites'. People fleeing war are "
        "not parasites.",
        "The 'Pakis out' stickers by the station are vile. I peeled them off and reported them.",
        "Someone left comments calling Travellers 'rats'. Dim diolch. Not on my page.",
    ],
)
def test_abuse_reported_in_short_quotations_is_not_the_authors(wh, text):
    assert not categories(wh, text, account=Account.OFFICIAL) & {"discrimination", "respect"}


@pytest.mark.parametrize(
    "text",
    [
        "@ChelmsfordTruth No. Disabled people are not a burden. My sister has MS and works.",
    ],
)
def test_a_sensitive_word_naming_a_kind_of_people_is_nobodys_personal_data(wh, text):
    assert "personal_data" not in categories(wh, text, account=Account.OFFICIAL)


def test_a_sensitive_word_about_ones_own_family_member_still_is(wh):
    text = "Write to Mrs Patel at 14 Elm Road: her disabled son needs the blue badge back."
    assert "personal_data" in categories(wh, text, account=Account.OFFICIAL)


def test_saying_an_item_was_exempt_and_declining_to_say_more_discloses_nothing(wh):
    text = (
        "yes, the depot sale was a part 2 item.\nno, i won't be telling you who bid. that's the "
        "law."
    )
    assert "confidential.disclosed" not in rule_ids(wh, text, account=Account.OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "In the chip shop queue a man told a woman to go back where she came from. I told him "
        "that is not how we speak to neighbours here.",
        "Horrible comments on our Pride post today: 'perverts', 'deviants'. Deleted, reported.",
        "Someone has stuck 'Migrants not welcome' stickers on lampposts in Sidcup. Reported.",
        "Leaflets saying 'n0 m0re trav3llers' went through doors in Erith. Reported as hate "
        "material.",
    ],
)
def test_abuse_seen_and_reported_is_not_the_authors(wh, text):
    assert not categories(wh, text, account=Account.OFFICIAL) & {"discrimination", "bullying"}


@pytest.mark.parametrize(
    "text",
    [
        "My sister is deaf and taught me patience. I'll ask for more BSL at council events.",
        "The parks team have fixed the broken gate at King George V Fields.",
        "Shared with Ray's OK: Ray has just finished his chemo and thanks the bowls club.",
        "Any questions about the newsletter, you know where I am.",
        "Pat would love her neighbours to pop round to the church hall for tea on Sunday.",
    ],
)
def test_everyday_words_that_other_rules_share_are_left_alone(wh, text):
    assert not categories(wh, text, account=Account.OFFICIAL)


def test_a_football_managers_sacking_is_no_attack_on_an_officer(wh):
    text = "0-3 at home. The left back was hopeless and the manager should be sacked by Monday."
    assert "officer_impartiality" not in categories(wh, text, account=Account.PERSONAL)
    assert "officer_impartiality" in categories(
        wh, "The planning manager should be sacked for this report.", account=Account.OFFICIAL
    )


def test_a_decimal_point_ends_no_sentence(rules):
    """'£6.8m' must not cut the sentence that says the decision is published from the sale."""
    text = (
        "The sale of the Campus West depot has completed. The site has been sold to Brookfield "
        "Homes for £4.2m, with receipts going to the capital programme. The decision notice is "
        "now published on our website."
    )
    assert not categories(rules, text, account=Account.COUNCIL)


@pytest.mark.parametrize(
    "text",
    [
        "Tonight cabinet considered the disposal of the Campus West depot. It was an exempt item, "
        "so I can't share the details.",
        "People keep asking who is buying the Campus West depot. I honestly can't tell you while "
        "negotiations continue.",
        "Now the council has announced publicly that Brookfield Homes is buying the Campus West "
        "depot, here is what it means for the allotments next door.",
    ],
)
def test_naming_an_exempt_item_while_declining_to_say_more_or_after_it_is_public_leaks_nothing(
    rules, text
):
    assert "confidentiality" not in categories(rules, text, account=Account.OFFICIAL)


def test_declining_to_say_and_then_saying_it_is_a_leak(rules):
    text = "Can't say too much, but the Campus West depot is going to Brookfield Homes for £4.2m."
    assert "confidentiality" in categories(rules, text, account=Account.OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "Darts final tonight: I'm going to kill my brother-in-law at darts.",
        "Watch your back, Steve: tennis semi-final on Saturday and I've had a lesson.",
        "'Gypos out' sprayed across the underpass overnight. Reported, and gone by lunchtime.",
        "Apply for a postal vote for the 7 May elections by 5pm on 17 April.",
        "Pam has given me written permission to share that she uses a wheelchair after her stroke.",
    ],
)
def test_games_halloween_graffiti_reported_and_consent_given_are_not_breaches(wh, text):
    assert not categories(wh, text, account=Account.OFFICIAL)


def test_a_halloween_warning_is_no_threat(rules):
    # The rules alone: the model retrained in the fourteenth session rates this sentence
    # disrespectful ("sweets" and "Halloween" weigh towards it), a false alarm it keeps
    # (docs/screening.md, "Known gaps").
    text = "Zombie costume on for Halloween. Trick-or-treaters, you have been warned (sweets too)."
    assert not categories(rules, text, account=Account.OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "It was a Part 2 item and I won't be discussing figures, on here or anywhere else.",
        "Now that the council has published the decision, I'm pleased the Campus West depot sale "
        "to Brookfield Homes comes with 40% affordable housing.",
        "The Rotary's Santa sleigh went round the Roe Green estate last night and raised £1,800 "
        "for the food bank.",
    ],
)
def test_declined_published_and_given_to_charity_are_not_breaches(rules, text):
    assert not categories(rules, text, account=Account.OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "My satnav has the personality of a prison officer. Three laps of Crayford.",
        "The cabinet member needs to get a grip of the waste contract.",
        "Horticultural fleece will retard frost damage on the broad beans.",
        "Dad still sneaks a fag behind the shed thinking Mum doesn't know.",
        "It's in Part 2 for now. When the award is published I'll set out my view in full.",
        "Booked the civic offices meeting room for a ward surgery, open to all, no party stuff.",
    ],
)
def test_words_in_their_everyday_sense_and_lawful_uses_stay_clean(rules, text):
    assert not categories(rules, text, account=Account.OFFICIAL)


def test_telling_an_officer_to_get_a_grip_still_blames_them(rules):
    text = "Sarah in Property needs to get a grip. Two years and the depot is still empty."
    assert "officer_impartiality" in categories(rules, text, account=Account.OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "Our Maine Coon has claimed the whole sofa again.",
        "You can still see where the old slag heaps from the ironworks met the river.",
        "Ruth messaged me asking me to share this, and she's happy to be named: her mum has "
        "dementia and has waited five weeks for a care package.",
        "We're in the pre-election period, so I won't be sharing party material or asking "
        "council staff to promote anything of mine.",
    ],
)
def test_pets_heritage_consent_and_keeping_to_the_rules_stay_clean(rules, text):
    assert not categories(rules, text, account=Account.OFFICIAL)


def test_a_negator_in_someone_elses_quoted_words_does_not_deny_the_authors(rules):
    text = (
        "Apparently it's 'not appropriate' to have my council-funded support officer draft my "
        "party conference speech."
    )
    assert "council_resources" in categories(rules, text, account=Account.OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to the council's design team for knocking up our Conservative group card in work "
        "time.",
        "The council's translation service has translated our party manifesto into Polish.",
        "Moving day for our eldest! Borrowed one of the council's parks vans for the afternoon.",
    ],
)
def test_council_teams_and_kit_named_in_new_words_for_party_or_private_ends(rules, text):
    assert rule_ids(rules, text, account=Account.OFFICIAL) & {
        "resources.party",
        "resources.private",
    }
