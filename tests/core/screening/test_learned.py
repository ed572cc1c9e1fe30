"""The learned second signal: what it may add, how it explains itself, and what it is
trained on (nolan/core/screening/learned.py, corpus/train.py)."""

import importlib.util
import json
from dataclasses import replace
from pathlib import Path

import pytest

from nolan.core.codes import load_code
from nolan.core.screening import admission, learned
from nolan.core.screening.cli import load_context
from nolan.core.screening.engine import Screener
from nolan.core.screening.jsonio import parse_post
from nolan.core.screening.model import Account, CapacityValue, Category, Post, Severity

CORPUS = Path(__file__).resolve().parents[3] / "corpus"
# A veiled threat in words no rule has: the rules alone find nothing in it. (The example
# used until the twenty-seventh session, "... might want to find a different route home
# ...", fell to 0.68 after the retrain on tuning 94 and 95, below the threshold: what the
# signal misses is measured on the blind sets, not here.)
VEILED = "Cllr Ahmed would be wise to vary his route home after the ward meeting."


def _train_module():
    spec = importlib.util.spec_from_file_location("train", CORPUS / "train.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def wh_context():
    return load_context(CORPUS / "context" / "welwyn-hatfield.json")


def test_the_shipped_model_was_trained_on_the_corpus_as_it_is():
    train = _train_module()
    expected = {str(p.relative_to(CORPUS)): train.digest(p) for p in train.training_files()}
    assert learned.signal().trained_on == expected, "retrain: .venv/bin/python corpus/train.py"


def test_the_blind_sets_still_to_be_scored_were_never_trained_on():
    train = _train_module()
    assert train.UNSCORED
    assert all((CORPUS / name).exists() for name in train.UNSCORED)
    assert not set(learned.signal().trained_on) & train.UNSCORED


def test_a_veiled_threat_the_rules_miss_is_found_by_the_signal_at_medium(wh_context):
    code = load_code("welwyn-hatfield")
    post = Post(VEILED, account=Account.OFFICIAL)
    assert not Screener(code, wh_context, signal=None).screen(post).findings

    findings = Screener(code, wh_context).screen(post).findings
    [finding] = [f for f in findings if f.category.value == "bullying"]
    assert finding.rule == "learned.bullying"
    assert finding.severity is Severity.MEDIUM
    assert finding.quote == VEILED[:-1]  # the sentence, as the councillor wrote it
    assert "model trained on posts labelled by hand" in finding.explanation
    citations = Screener(code, wh_context).citations
    assert finding.paragraphs == citations.for_finding(finding.category, finding.rule)
    assert finding.paragraphs  # the council's own paragraphs, as for a rule's finding


def test_on_a_private_post_the_signal_says_if_the_code_applies_and_drops_a_level(wh_context):
    text = (
        "Great night at the darts club. Gary Platt wants to be very careful who he winds up there."
    )
    result = Screener(load_code("welwyn-hatfield"), wh_context).screen(
        Post(text, account=Account.PERSONAL)
    )
    assert result.capacity.value is CapacityValue.PRIVATE
    [finding] = result.findings
    assert finding.rule == "learned.bullying"
    assert finding.severity is Severity.LOW
    assert finding.explanation.startswith("If the code applies to this post: this sentence")


def test_the_signal_never_makes_a_high_finding_or_an_empty_quote_on_any_labelled_post():
    screeners: dict[str, Screener] = {}
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            slug = row["council"]
            if slug not in screeners:
                screeners[slug] = Screener(
                    load_code(slug), load_context(CORPUS / "context" / f"{slug}.json")
                )
            fields = {
                k: row[k] for k in ("id", "text", "posted_at", "account", "shared") if k in row
            }
            for finding in screeners[slug].screen(parse_post(fields)[1]).findings:
                if finding.rule.startswith("learned."):
                    assert finding.severity is not Severity.HIGH, row["id"]
                    assert finding.quote.strip(), row["id"]


def _always(categories=tuple(learned.Category), sure: float = 1.4) -> learned.Signal:
    """A signal that thinks every category likely (0.8 by default): what stands is what the
    reading admits. Below ``admission._UNAIMED_AT``, where the model may stand without a
    target; ``sure`` is the log-odds."""
    return learned.Signal.of(
        {},
        categories=categories,
        intercepts=tuple(sure for _ in categories),
        add_at=0.7,
        trained_on={},
        posts=0,
    )


def _learned(text: str, wh_context, sure: float = 1.4) -> set[str]:
    screener = Screener(load_code("welwyn-hatfield"), wh_context, signal=_always(sure=sure))
    findings = screener.screen(Post(text, account=Account.OFFICIAL)).findings
    return {f.category.value for f in findings if f.rule.startswith("learned.")}


def test_a_model_all_but_certain_needs_no_target_the_reading_found(wh_context):
    # The reading has no word for "Thamesview" alone or "families from overseas".
    text = "Thamesview forged the flood risk assessment for their scheme."
    assert "defamation" not in _learned(text, wh_context)
    assert "defamation" in _learned(text, wh_context, sure=3.0)  # 0.95
    asked = "Why do we keep housing families from overseas when local lads can't get a flat?"
    assert "discrimination" in _learned(asked, wh_context, sure=3.0)
    # ... but not over a group word the reading took in its ordinary sense
    breakfast = "The café's full English breakfast is back. Hundreds of them sold already."
    assert "discrimination" not in _learned(breakfast, wh_context, sure=3.0)


def test_a_leak_without_words_of_secrecy_needs_a_model_all_but_certain(wh_context):
    text = "A-q-u-a-p-l-e-x after 1.1 mil of our money for the leisure centre. Say no more."
    assert "confidentiality" not in _learned(text, wh_context, sure=2.0)  # 0.88
    assert "confidentiality" in _learned(text, wh_context, sure=3.0)  # 0.95


def test_a_member_who_says_they_keep_an_open_mind_is_not_predetermined_by_the_signal(wh_context):
    named = "The Red Lion licence comes to my sub-committee next week."
    assert "predetermination" in _learned(named, wh_context)
    open_mind = named + " I'll keep an open mind and hear all the evidence."
    assert "predetermination" not in _learned(open_mind, wh_context)


def test_the_signal_finds_council_resources_misused_only_for_a_purpose(wh_context):
    notice = "Garden waste collections pause over Christmas; check the council website."
    assert "council_resources" not in _learned(notice, wh_context, sure=2.5)
    party = "Labour leaflets are in the members' room, grab a bundle for the campaign."
    assert "council_resources" in _learned(party, wh_context, sure=2.5)
    # private ends are a purpose too (LGA code 7)
    private = "The depot lent me a Transit at the weekend to move our eldest into her new flat."
    assert "council_resources" in _learned(private, wh_context, sure=2.5)


def test_scare_quotes_do_not_make_a_sentence_a_quotation_but_a_quotation_does(wh_context):
    scare = "Cllr Briggs has been running his 'charity' out of the ward budget for years."
    assert "respect" in _learned(scare, wh_context)
    quoted = "Someone wrote 'Cllr Briggs is a useless waste of space' under my post."
    assert "respect" not in _learned(quoted, wh_context)


def test_a_secret_told_to_the_author_is_still_passed_on(wh_context):
    text = "A senior officer told me in confidence that the Chief Executive is leaving."
    assert "confidentiality" in _learned(text, wh_context)


def test_a_group_named_by_its_adjective_is_who_a_pronoun_after_it_means(wh_context):
    named = "The asylum hotel is full again. Hundreds of them, multiplying."
    assert "discrimination" in _learned(named, wh_context)
    unnamed = "The hotel is full again. Hundreds of them, multiplying."
    assert "discrimination" not in _learned(unnamed, wh_context)


def test_words_of_condemnation_do_not_excuse_blaming_an_officer(wh_context):
    text = "The chief planning officer has let us down again, recommending approval against us."
    assert "officer_impartiality" in _learned(text, wh_context)


def test_an_officer_named_just_before_is_whom_he_or_she_means(wh_context):
    """The model's bullying in the second sentence is at the officer the first names."""
    screener = Screener(load_code("welwyn-hatfield"), wh_context, signal=None)

    def at_officer(text: str) -> bool:
        seen = screener.read(Post(text))
        weighed = learned.Weighed(Category.BULLYING, 0.9, 1, 0.9, 0.9, ())
        return admission.about_an_officer(weighed, seen.toks, seen.reading.targets)

    assert at_officer("Priya Raman has until Friday. Then she'll find out what a bad week is.")
    assert not at_officer("Priya Raman has until Friday. Then Cllr Hale will find out, won't he.")
    assert not at_officer("Priya Raman has until Friday. Then we'll find out what a bad week is.")


def test_a_group_adjective_in_its_ordinary_sense_names_no_group(wh_context):
    text = "The café's full English breakfast is back. Hundreds of them sold already."
    assert "discrimination" not in _learned(text, wh_context)


def test_a_notice_that_a_committee_will_hear_a_matter_shows_no_ones_mind(wh_context):
    notice = "The Red Lion licence comes to the licensing sub-committee next week."
    assert "predetermination" not in _learned(notice, wh_context)


def test_declining_to_say_more_in_the_next_sentence_discloses_nothing(wh_context):
    declined = "The restructure was a Part 2 item. No, I won't be telling you who is affected."
    assert "confidentiality" not in _learned(declined, wh_context)
    teased = "The restructure was a Part 2 item. I can't say much, but twelve jobs are going."
    screener = Screener(load_code("welwyn-hatfield"), wh_context, signal=_always())
    found = screener.screen(Post(teased, account=Account.OFFICIAL)).findings
    assert "confidentiality" in {f.category.value for f in found}


def test_a_negator_that_does_not_govern_the_group_does_not_defend_it(wh_context):
    """Contempt said as a negated positive is still contempt ("never met one who ..."); only
    a negator on the group itself ("No Muslims should fear ...") denies something of it."""
    negated_positive = "Never met a Romanian landlord yet who ran an honest house."
    assert "discrimination" in _learned(negated_positive, wh_context)
    defended = "No Muslims should fear walking home in Hatfield."
    assert "discrimination" not in _learned(defended, wh_context)


def test_personal_data_needs_someone_it_is_about(wh_context):
    play_area = "The play area at Moneyhole Lane is lovely."
    named = "Mrs Okoro of Moneyhole Lane is struggling."
    assert "personal_data" not in _learned(play_area, wh_context, sure=2.5)
    assert "personal_data" in _learned(named, wh_context, sure=2.5)


def test_the_models_reading_is_put_in_words_not_a_percentage(wh_context):
    """'Gives it a 100% chance' claimed a precision the model does not have (walk, issue 11)."""
    text = "The Red Lion licence comes to my sub-committee next week."
    for sure, words in ((3.0, "rates it very likely"), (1.4, "rates it likely")):
        screener = Screener(load_code("welwyn-hatfield"), wh_context, signal=_always(sure=sure))
        findings = [
            f
            for f in screener.screen(Post(text, account=Account.OFFICIAL)).findings
            if f.rule.startswith("learned.")
        ]
        assert findings
        assert all(words in f.explanation and "%" not in f.explanation for f in findings)


def test_a_post_read_as_private_life_cannot_use_the_position(wh_context):
    text = "Sunday roast at the Plough with the grandchildren. The apple crumble was heavenly."
    # a capacity model sure the post is private life, as the shipped one is of such posts
    private_life = learned.Signal.of(
        {},
        categories=tuple(CapacityValue),
        intercepts=tuple(5.0 if c is CapacityValue.PRIVATE else 0.0 for c in CapacityValue),
        add_at=0.0,
        trained_on={},
        posts=0,
    )
    signal = replace(_always(sure=2.5), capacity=private_life)
    screener = Screener(load_code("welwyn-hatfield"), wh_context, signal=signal)
    official = screener.screen(Post(text, account=Account.OFFICIAL))
    assert "use_of_position" in {f.category.value for f in official.findings}
    private = screener.screen(Post(text, account=Account.PERSONAL))
    assert private.capacity.value is CapacityValue.PRIVATE
    assert "use_of_position" not in {f.category.value for f in private.findings}


def test_a_disclaimer_taken_back_with_just_saying_reports_no_one(wh_context):
    taken_back = (
        "I'm not saying every Polish builder is a cowboy. I'm just saying I've never met one who "
        "wasn't."
    )
    assert "discrimination" in _learned(taken_back, wh_context)
    disclaimed = "I'm not saying Polish builders are cowboys. I'm saying the contract needs checks."
    assert "discrimination" not in _learned(disclaimed, wh_context)


def test_the_signal_may_find_a_breach_of_election_law_the_campaigning_rules_do_not_read(
    wh_context,
):
    shown = "Here's my ballot paper, cross firmly next to my own name 📸"
    assert "election" in _learned(shown, wh_context, sure=2.5)  # 0.92: learned._ADD_AT_LEAST


def test_homes_and_estates_are_not_an_application_the_group_is_part_of(wh_context):
    homes = "Why do we keep building flats for people who got here five minutes ago?"
    assert "discrimination" in _learned(homes, wh_context, sure=3.0)
    estate = "The Roma families on the Larkswood estate are the ones emptying the shops."
    assert "discrimination" in _learned(estate, wh_context, sure=3.0)
    # ... as a site the group names is: the reading sets the model aside there
    site = "Why do we keep approving the Gypsy and Traveller site at Coopers Green?"
    assert "discrimination" not in _learned(site, wh_context, sure=3.0)


def test_a_disclaimer_the_author_goes_on_past_does_not_defend_the_group(wh_context):
    # (in words the rule disclaimer.group does not read)
    text = "I've no problem with the disabled, but half the Blue Badge lot walk fine to the pub."
    assert "discrimination" in _learned(text, wh_context, sure=3.0)
    defended = "I've nothing against the disabled and never will have."
    assert "discrimination" not in _learned(defended, wh_context, sure=3.0)


def test_a_tag_question_denies_nothing_of_the_group(wh_context):
    text = "Those Travellers always turn up in force, don't they."
    assert "discrimination" in _learned(text, wh_context, sure=3.0)
    denied = "The meeting heard that no Travellers were involved in the fly-tipping."
    assert "discrimination" not in _learned(denied, wh_context, sure=3.0)


def test_a_refusal_the_author_goes_past_with_but_declines_nothing(wh_context):
    """A refusal followed by "but" in its sentence teases what it withholds."""
    teased = (
        "Can't say what was decided in the private session tonight, but if I ran the Hatfield "
        "leisure centre I'd be worried."
    )
    assert "confidentiality" in _learned(teased, wh_context)
    declined = "Can't say what was decided in the private session tonight. It'll be published."
    assert "confidentiality" not in _learned(declined, wh_context)


def test_a_word_in_a_places_name_does_not_set_the_model_aside(wh_context):
    """The reading leaves "crook" in "Crook Log" out as part of a name; that says nothing of
    whether the sentence alleges a crime."""
    text = "Riverside bribed their way into the Crook Log depot deal, everyone knows it."
    assert "defamation" in _learned(text, wh_context, sure=3.0)


def test_a_member_who_declared_and_stood_aside_is_not_predetermined(wh_context):
    named = "The Red Lion licence comes to my sub-committee next week."
    declared = named + " I declared an interest and withdrew from the panel."
    assert "predetermination" not in _learned(declared, wh_context)


def test_only_an_application_the_group_names_sets_the_model_aside(wh_context):
    """A site named for the group ("the Traveller site consultation", "a site for the Muslim
    community") is what the sentence is about; a site further from the group's word is not
    ("whenever a site is approved for Travellers, the burglaries start")."""
    near = "Whenever a site is approved for Travellers, the burglaries start within a month."
    assert "discrimination" in _learned(near, wh_context, sure=3.0)
    named = "The Traveller site consultation at Coopers Green closes on Friday."
    assert "discrimination" not in _learned(named, wh_context, sure=3.0)
    after = "Committee will consider a site for the Muslim community's new centre next month."
    assert "discrimination" not in _learned(after, wh_context, sure=3.0)


def test_the_words_shown_as_weighing_most_are_what_is_said_not_whom(wh_context):
    """A member's name weighs for the model (it stands for "a politician"), but the
    explanation shows the words said of them."""
    k = tuple(Category).index(Category.BULLYING)
    signal = learned.Signal.of(
        {"w:<politician>": [(k, 3.0)], "w:sort": [(k, 1.0)]},
        categories=tuple(Category),
        intercepts=tuple(-1.0 for _ in Category),
        add_at=0.7,
        trained_on={},
        posts=0,
    )
    post = Post("Someone should sort Cllr Hartley out before Thursday.", account=Account.OFFICIAL)
    screener = Screener(load_code("welwyn-hatfield"), wh_context, signal=signal)
    [finding] = [f for f in screener.screen(post).findings if f.rule == "learned.bullying"]
    assert "'sort'" in finding.explanation
    assert "Hartley" not in finding.explanation and "Cllr" not in finding.explanation


def test_a_made_up_mind_denied_keeps_an_open_mind(wh_context):
    # "made up my mind" is a closed mind's words; inside "haven't made up my mind" it is not.
    named = "The Red Lion licence comes to my sub-committee next week."
    assert "predetermination" in _learned(named, wh_context)
    assert "predetermination" not in _learned(named + " I haven't made up my mind.", wh_context)


def test_in_a_post_in_capitals_two_capitalised_words_are_no_ones_name(wh_context):
    shouted = "POTHOLE ON MILL LANE FIXED AT LAST. TOOK NINE WEEKS."
    assert "personal_data" not in _learned(shouted, wh_context, sure=2.5)
    named = "Pothole on Mill Lane fixed at last. Mary Dunn waited nine weeks."
    assert "personal_data" in _learned(named, wh_context, sure=2.5)


def test_on_a_private_post_a_finding_aimed_at_no_one_the_reading_found_is_dropped(wh_context):
    contempt = learned.Signal.of(
        {},
        categories=tuple(Category),
        intercepts=tuple(3.0 if c is Category.DISCRIMINATION else -9.0 for c in Category),
        add_at=0.7,
        trained_on={},
        posts=0,
    )
    screener = Screener(load_code("welwyn-hatfield"), wh_context, signal=contempt)
    unaimed = "Back from a week on the Gower. Walked every beach and ate far too many cakes."
    result = screener.screen(Post(unaimed, account=Account.PERSONAL))
    assert result.capacity.value is CapacityValue.PRIVATE
    assert not any(f.rule == "learned.discrimination" for f in result.findings)
    # on a post that is not private life, the same guess stands (0.95, ``_UNAIMED_AT``)
    official = screener.screen(Post(unaimed, account=Account.OFFICIAL))
    assert any(f.rule == "learned.discrimination" for f in official.findings)
    # ... and on a private post, one aimed at a group the reading found stands
    aimed = "Met a lot of Travellers on the campsite at Rhossili."
    result = screener.screen(Post(aimed, account=Account.PERSONAL))
    assert result.capacity.value is CapacityValue.PRIVATE
    assert any(f.rule == "learned.discrimination" for f in result.findings)


def test_a_member_who_will_judge_on_the_facts_and_then_decide_is_not_predetermined(wh_context):
    named = "The Red Lion licence comes to my sub-committee next week."
    fair = named + " I'll judge it on its own facts at the hearing and then decide."
    assert "predetermination" not in _learned(fair, wh_context)


def test_praise_the_sentence_goes_past_with_but_does_not_defend_the_group(wh_context):
    past = "The hotel was lovely, but you can always tell when they've hired people from abroad."
    assert "discrimination" in _learned(past, wh_context)
    praised = "Lovely to meet so many families from abroad at the Hatfield fair."
    assert "discrimination" not in _learned(praised, wh_context)


def test_words_inside_the_name_of_a_group_say_nothing_of_how_it_is_said(wh_context):
    """The word "fighting" in "men of fighting age" names whom the sentence is about; it does not
    condemn what the sentence says of them, as "fighting racism" would."""
    text = "How many of the families at that hotel are actually men of fighting age?"
    assert "discrimination" in _learned(text, wh_context, sure=3.0)
    condemned = "We are fighting the lies told about the families at that hotel."
    assert "discrimination" not in _learned(condemned, wh_context, sure=3.0)


def test_a_pending_matter_sets_the_model_aside_only_beside_the_group(wh_context):
    """A matter in the context names what a group's words next to it are about ("Travellers
    object to Bush Hall Farm"); further off, the sentence says something of the group."""
    far = (
        "How many of the 120 homes at Bush Hall Farm will go to local families, and how many "
        "to people who got here five minutes ago?"
    )
    assert "discrimination" in _learned(far, wh_context, sure=3.0)
    beside = "Travellers object to Bush Hall Farm, and the hearing is on Tuesday."
    assert "discrimination" not in _learned(beside, wh_context, sure=3.0)


def test_a_courts_outcome_is_public_record_not_private_details(wh_context):
    private = "Dean Platt, 41, of Hatfield, spends every night at the Red Lion."
    assert "personal_data" in _learned(private, wh_context, sure=3.0)
    reported = "Dean Platt, 41, of Hatfield, was jailed for four years at St Albans Crown Court."
    assert "personal_data" not in _learned(reported, wh_context, sure=3.0)


def test_naming_a_group_by_its_lexicon_class_alone_is_no_contempt(wh_context):
    """A model that has learned that posts naming a group are often contempt ("t:group")
    does not flag a member who says they belong to one: without whom the sentence names,
    it says nothing of them. What is said of the group still counts."""
    k = tuple(Category).index(Category.DISCRIMINATION)
    signal = learned.Signal.of(
        {"t:group": [(k, 3.0)], "t:group_adjective": [(k, 2.0)], "w:everywhere": [(k, 4.0)]},
        categories=tuple(Category),
        intercepts=tuple(-1.0 for _ in Category),
        add_at=0.7,
        trained_on={},
        posts=0,
    )
    screener = Screener(load_code("welwyn-hatfield"), wh_context, signal=signal)

    def flagged(text: str) -> bool:
        findings = screener.screen(Post(text, account=Account.OFFICIAL)).findings
        return any(f.rule == "learned.discrimination" for f in findings)

    assert not flagged("I am a gay man and I have served on this council for years.")
    assert flagged("Gay men are everywhere these days.")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "I had the parks team tidy up outside my house before the party on Saturday.",
            "use_of_position",
        ),
        ("Here's my ballot paper, cross firmly next to my own name 📸", "election"),
        ("Mrs Okoro of Moneyhole Lane is struggling.", "personal_data"),
        (
            "Labour leaflets are in the members' room, grab a bundle for the campaign.",
            "council_resources",
        ),
    ],
)
def test_the_model_must_be_surer_of_what_turns_on_a_fact_the_rules_read(wh_context, text, category):
    # Whose kit, whose details, which account, what perk: at 0.8 the model's guess is
    # more often the topic than the breach (learned._ADD_AT_LEAST); at 0.92 it is put to
    # the member.
    assert category not in _learned(text, wh_context)
    assert category in _learned(text, wh_context, sure=2.5)
