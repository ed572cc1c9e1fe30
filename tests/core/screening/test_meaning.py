"""Issue 9: the engine judges what a post means, so each kind of breach is caught in words
its rules do not list, and lawful speech that shares the words is left alone.

Every post here was written for this file, by kind, after the rules; each asserts the
stable rule id a councillor's finding carries. They are regression tests, not evidence:
the blind figures in docs/screening.md are the evidence.
"""

from datetime import UTC, datetime

import pytest

from nolan.core.screening.jsonio import InputError, parse_post, result_to_json
from nolan.core.screening.model import Account, Post

from .conftest import categories, rule_ids


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Somebody needs to put Cllr Grant in hospital", "threat.individual"),
        ("I hope the Lib Dems all drown", "threat.party"),
        ("Real shame nobody's torched his office yet", "threat.individual"),
        ("Hang every last Tory from a lamppost", "threat.party"),
        (
            "keep it up @parkwatcher and see what happens. I know which road you live on",
            "threat.phrase",
        ),
        ("David Lindqvist should be shot for that report", "threat.officer"),
        # Threats to an officer's name or job.
        (
            "Change the recommendation by Friday, Sarah, or I'll be raising her name at every "
            "meeting until May.",
            "threat.phrase_officer",
        ),
        (
            "Made a note of every officer who ignored me. I'll remember them.",
            "threat.phrase_officer",
        ),
        # Veiled: an example of what happened to someone else, an offer to do it.
        ("The last bloke who mouthed off round here needed new teeth.", "threat.phrase"),
        ("Cllr Mead could do with a clatsh round the ear. Happy to oblige.", "threat.phrase"),
        ("I hope his van gets crushed with him still in it", "threat.individual"),
        # A pronoun with its verb contracted is still the person ("he'll").
        (
            "If Cllr Platt shows up at the club again, he'll be leaving in an ambulance.",
            "threat.individual",
        ),
    ],
)
def test_threats_and_wishes_of_violence_are_bullying(wh, text, rule):
    assert rule in rule_ids(wh, text)
    assert "bullying" in categories(wh, text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("I can't stand Muslims", "hatred.group"),
        ("I find gay men disgusting", "hatred.group"),
        ("Travellers belong in a zoo", "dehumanise.group"),
        ("1mm1grants are a plague on this town", "dehumanise.group"),
        ("Immigrants are v e r m i n", "dehumanise.group"),
        ("Immigrants are v e r m 1 n", "dehumanise.group"),
        ("I hate the m*sl1ms round here", "hatred.group"),
        ("I hate the j*ws round here", "hatred.group"),
        ("The new bar is full of t r @ n n i e s", "slur"),
        ("Asylum seekers are vermni", "dehumanise.group"),
        ("Why are all Roma thieves?", "attribute.group"),
        # People known by their work, named for a characteristic ("Polish builders").
        ("I've met lots of Polish builders. Every one of them a thief.", "attribute.group"),
        ("Every Muslim in this town will regret coming here.", "threat.phrase_group"),
        (
            "Lived by that site for years and never met one decent Roma. Not one.",
            "merit.denied_group",
        ),
        ("The Traveller camp is a festering sore on this village.", "dehumanise.group"),
        (
            "Shame about the rain. Hope the gay lot crawl back into their closets.",
            "exclusion.group",
        ),
        # A welcome refused is no praise; "zero" denies as "no" does; "no one ... ever".
        ("Muslims are not welcome on this estate and never will be.", "exclusion.group"),
        ("I have zero respect for Hindus.", "distrust.group"),
        ("No gay man has ever done anything useful for this borough.", "merit.denied_group"),
        ("Nothing disgusts me more than trans people.", "hatred.group"),
        ("I'll make sure no Roma sets foot in the market.", "exclusion.group"),
        ("We're going to hunt down every Muslim on the estate.", "threat.group"),
        # One member of a group, and "he" after it, is threatened for who he is.
        ("Any gay bloke who comes near my house will get his head kicked in.", "threat.group"),
        # Tropes and uses: what a group runs, is good for, or costs.
        ("Everyone knows the Jews run the banks.", "attribute.group"),
        ("Disabled people are a waste of council money.", "attribute.group"),
        ("Wherever Romanians go, crime follows.", "insinuation.group"),
        # "Too many" a few words before the people; outrage is no denial.
        ("Far too many bloody immigrants round here.", "exclusion.group"),
        ("I can't believe the council lets these Roma vermin camp on the rec.", "dehumanise.group"),
        # Insults with no rude word: no one takes them seriously, a walking disaster.
        (
            "Cllr Reid, nobody takes you seriously, least of all your own group.",
            "insult.named_near",
        ),
        ("Cllr Okafor is a walking disaster and everyone knows it.", "insult.named_near"),
        ("I've worked with loads of Somalis. Never met one I'd trust", "distrust.group"),
        ("I have no respect for any trans person", "hatred.group"),
        ("#SendThemHome the hotel is full of migrants", "exclusion.group"),
        ("Typical woman, can't make a decision.", "stereotype"),
        ("Cllr Ahmed is only on the committee because he ticks the diversity box", "tokenism"),
    ],
)
def test_contempt_for_a_protected_group_is_discrimination_in_any_form(wh, text, rule):
    assert rule in rule_ids(wh, text, account=Account.OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        'Someone sprayed "Pakis out" on the mosque wall. Vile racism and it has been reported.',
        "Someone replied to my Eid post with 'm*zzies out'. Reported and blocked.",
        "Got an email today calling me a dirty immigrant. This is the abuse women face.",
        "Off to the chippy for faggots and peas",
        "The drainage dyke behind Marsh Lane has flooded again",
        "It's simply not true that Travellers leave a mess",
        "I'd never say all immigrants are lazy, and nobody should",
        "The cuts will kill pensioners this winter",
        "Gypsies and Travellers are protected by the Equality Act; hate crime is taken seriously.",
        'A group chat described asylum seekers as "a swarm". I have reported it.',
        "I back the motion to adopt a definition of anti-Muslim hatred.",
        "Had a right paddy in the car park after someone dinged my door.",
        "Queer Herts runs an LGBTQ+ drop-in at the library. Proud to support them.",
        # Hate disowned through the verb that would say it; a word talked about, not used.
        "Nobody should ever call a disabled child a burden.",
        "You will never hear me say that Muslims are dangerous.",
        "The word 'retard' has no place in our schools.",
        "It is wrong to say disabled people are lazy.",
        "I don't think gay people are disgusting at all.",
        "If you call Muslims animals you will be reported.",
        # Praise that compares; fear of cuts; "he" in the next sentence is the man charged.
        "Never met a more decent family than the Ahmeds, a credit to our Muslim community.",
        "Disabled residents are scared of what's coming with these cuts.",
        "A Muslim man has been charged with the murder. He is a monster.",
        # "Too many" of what follows, which is no one.
        "Two dads, one deaf spaniel and far too many houseplants. Happy anniversary!",
        # The author's own news beside a colour's name, which is no one's.
        "Thirty weeks pregnant and the nursery is finally painted in 'Pebble Grey'.",
        # Plants and what floats on water.
        "The scum on the pond is algae; Himalayan balsam is swarming the river banks.",
    ],
)
def test_counter_speech_homonyms_and_refutation_are_not_flagged(wh, text):
    assert categories(wh, text, account=Account.OFFICIAL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Dunn calls travellers rats, and he's right.",
        "Someone called the travellers rats. Spot on.",
    ],
)
def test_abuse_reported_and_agreed_with_is_the_authors_own(wh, text):
    assert "dehumanise.group" in rule_ids(wh, text, account=Account.OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "david lindqvist has sat on this application for months",  # lower case
        "DAVID LINDQVIST HAS SAT ON THIS APPLICATION FOR MONTHS",
        "Sarah's report is a total whitewash",  # first name
        "@dlindqvist_whbc you've made a complete mess of the Bush Hall Farm case",  # handle
        "the planning officer on this case clearly hasn't a clue",  # role
        "the case oficer on this one clearly hasn't a clue",  # role, misspelt
        "Priya, think very carefully before you publish that report. I know your manager.",
        # Belittled in words no rule has: the model's disrespect, aimed at an officer.
        "Three months on the kiosk lease. Sarah, love, maybe property's a bit technical for you. "
        "Stick to the tea and biscuits.",
    ],
)
def test_officers_are_recognised_in_any_case_by_first_name_handle_or_role(wh, text):
    assert "officer_impartiality" in categories(wh, text)


@pytest.mark.parametrize(
    "text",
    [
        "I asked the officer for the figures and she sent them the same day",
        "The officer report recommends approval; I disagree and will argue the case at committee",
        "Thank you to the officers who kept the bins running in the snow",
    ],
)
def test_neutral_mentions_of_officers_raise_nothing(wh, text):
    assert categories(wh, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "I'm not voting for Bush Hall Farm, end of",
        "Why would I read the report on the Red Lion? That pub's finished",
        "Bush Hall Farm: the developer could offer a new school and my hand still wouldn't go up",
    ],
)
def test_a_closed_mind_on_a_pending_matter_is_caught_in_paraphrase(wh, text):
    assert "closed_mind.matter" in rule_ids(wh, text)


@pytest.mark.parametrize(
    "text",
    [
        "I have real concerns about Bush Hall Farm but I'll listen to the debate",
        "As ward councillor I'll be speaking against Bush Hall Farm; I don't sit on planning",
    ],
)
def test_predisposition_and_ward_advocacy_are_lawful(wh, text):
    assert categories(wh, text) == set()


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Funny how the Red Lion wants its licence renewed, seeing as I sit on licensing",
            "leverage.position",
        ),
        (
            "Had a word with the parking team and the ticket magically disappeared",
            "leverage.position",
        ),
        ("Another perk of the job: parked free in the town hall bay all week", "perk.position"),
        (
            "I used the council's database of residents to send out our Labour newsletter",
            "resources.party",
        ),
    ],
)
def test_use_of_position_and_council_resources_without_stock_phrases(wh, text, rule):
    assert rule in rule_ids(wh, text)


def test_an_allegation_stated_as_fact_is_flagged_but_a_question_to_the_proper_process_is_not(wh):
    assert "allegation.named" in rule_ids(wh, "Dave Harris has been stealing from the food bank")
    asked = (
        "Has the developer paid for Cllr Young's holiday? I've referred it to the Monitoring "
        "Officer."
    )
    assert categories(wh, asked) == set()
    assert categories(wh, "Theft from cars is up 20% in Hatfield, lock your doors") == set()


def test_an_exempt_item_mentioned_properly_is_not_a_leak(wh):
    for text in (
        "I left the room for the depot item as the rules require",
        "That's all I'm allowed to say about the Campus West depot for now",
    ):
        assert "confidentiality" not in categories(wh, text)


def test_personal_details_shared_with_stated_consent_are_not_a_breach(wh):
    with_consent = (
        "Mrs Lee asked me to share her number, 07700 900123, for anyone who found her cat"
    )
    without = "Mrs Lee's number is 07700 900123, give her a ring and tell her what you think"
    assert "personal_data" not in categories(wh, with_consent)
    assert "personal_data" in categories(wh, without)


@pytest.mark.parametrize(
    "text",
    [
        "The Tories should be\nshot",
        "David Lindqvist should\nbe shot",
        "I hate\nMuslims",
    ],
)
def test_a_line_break_inside_a_phrase_keeps_the_finding(wh, text):
    assert categories(wh, text), text


def test_on_a_private_post_findings_say_if_the_code_applies_at_lower_severity(wh):
    text = "My idiot of a brother-in-law Dave Harris has been stealing from Mum's purse again"
    result = wh.screen(Post(text, account=Account.PERSONAL))
    assert result.capacity.value == "private"
    [finding] = [f for f in result.findings if f.rule == "allegation.named"]
    assert finding.severity == "medium"
    assert finding.explanation.startswith("If the code applies to this post:")
    official = wh.screen(Post(text, account=Account.OFFICIAL))
    assert {f.severity.value for f in official.findings if f.rule == "allegation.named"} == {"high"}


def test_the_rule_id_reaches_the_json(wh):
    result = wh.screen(Post("I can't stand Muslims"))
    assert [f["rule"] for f in result_to_json(1, result)["findings"]] == ["hatred.group"]


def test_posted_at_takes_a_bare_date_as_that_day_in_uk_time():
    _, post = parse_post({"id": 1, "text": "x", "posted_at": "2027-03-28"})
    assert post.posted_at is not None
    assert post.posted_at.date().isoformat() == "2027-03-28"
    assert post.posted_at.astimezone(UTC).date().isoformat() == "2027-03-28"
    _, post = parse_post({"id": 1, "text": "x", "posted_at": "2027-03-28T09:00:00+01:00"})
    assert post.posted_at == datetime(2027, 3, 28, 8, tzinfo=UTC)
    for bad in ("2027-02-30", "28/03/2027", "2027-03-28T09:00:00"):
        with pytest.raises(InputError):
            parse_post({"id": 1, "text": "x", "posted_at": bad})


def test_a_stammer_written_out_to_mock_a_member_belittles_them_for_who_they_are(wh):
    text = "Cllr Ames t-t-t-tried to read his own motion tonight. Riveting."
    found = rule_ids(wh, text)
    assert "mockery.individual" in found
    assert {"discrimination", "respect"} <= categories(wh, text)


def test_hyphenated_letters_that_are_not_a_stammer_are_nothing(wh):
    assert not categories(wh, "The A-Z guide, the x-ray unit and the T-junction are open.")


def test_a_roads_name_is_not_the_people_it_was_named_for(wh):
    text = "The bins on Travellers Lane are overflowing and full of rats again."
    assert categories(wh, text, account=Account.OFFICIAL) == set()


def test_go_back_to_your_cave_is_rude_but_not_racist(wh):
    text = "@CllrHarris go back to your cave and stop embarrassing the ward."
    assert "discrimination" not in categories(wh, text, account=Account.OFFICIAL)
