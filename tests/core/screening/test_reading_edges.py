"""How the engine reads the edges of a post: who "you" is in a reply, which roles name one
person, a negative said twice, symbols written for letters, e-mail addresses, and words
that close a post.

Each post was written for this file; each test failed before the change it guards. The
lexicon's YAML, too, is read at its edges: a key given twice is refused.
"""

import pytest

from nolan.core.screening.lexicon import load_yaml
from nolan.core.screening.model import Account, CapacityValue, Post

from .conftest import categories, rule_ids


def test_a_post_that_ends_on_a_preposition_is_read(wh):
    # "the landlord of" at the very end once raised IndexError instead of a result.
    assert wh.screen(Post("Has anyone had any joy getting hold of the landlord of")) is not None


def test_you_in_a_reply_is_the_person_replied_to(wh):
    text = "@DaveGrimesWGC you pocketed the fun day takings and everyone on the estate knows"
    assert "allegation.named" in rule_ids(wh, text)


def test_you_in_a_reply_to_an_officers_handle_is_that_officer(wh):
    text = "@DavidLindqvist_WHBC six months on the Handside plans. Your failure, nobody else's."
    assert "officer_impartiality" in categories(wh, text)


def test_a_role_held_by_one_person_identifies_them(wh):
    assert "allegation.named" in rule_ids(
        wh, "Our former Leader fiddled his expenses for a decade."
    )
    assert "allegation.named" in rule_ids(
        wh, "The Red Lion landlord launders money through the pub."
    )


def test_a_negative_said_twice_is_emphasis_not_a_denial(wh):
    text = "Bush Hall Farm isn't going ahead, not on my watch."
    assert "closed_mind.matter" in rule_ids(wh, text)


def test_symbols_written_for_letters_are_read_as_letters(wh):
    assert "slur" in rule_ids(wh, "Cllr Hussain is a typical P@ki, lies through his teeth.")


def test_the_parts_of_an_email_address_are_not_words(wh):
    text = "Residents can write to the hagley.action@example.org group about the park."
    assert categories(wh, text) == set()


def test_an_exempt_items_keyword_beside_a_refusal_is_not_a_leak(wh):
    text = (
        "Brookfield Homes are sponsoring the Christmas lights this year. "
        "(Nothing to do with the depot, which I can't comment on.)"
    )
    assert "confidentiality" not in categories(wh, text)


def test_a_disclaimers_own_words_do_not_make_council_business(wh):
    text = "Personal page, no council stuff: great quiz night at the rugby club raising £400."
    result = wh.screen(Post(text, account=Account.PERSONAL))
    assert result.capacity.value is CapacityValue.PRIVATE


def test_replying_to_a_councillors_handle_from_a_personal_account_may_engage_the_code(wh):
    text = "@CllrBenHarcourt you're a spineless little weasel and your own benches know it."
    result = wh.screen(Post(text, account=Account.PERSONAL))
    assert result.capacity.value is not CapacityValue.PRIVATE
    assert "respect" in {f.category.value for f in result.findings}


# Each post below was a false alarm of the rules before the change named in its test. They
# assert on rule ids, not categories: the learned second signal may add a finding of its own.
LEAKS = {"confidential.disclosed", "confidential.exempt_item_details"}


def test_leverage_the_author_refuses_is_not_leverage(wh):
    text = "Sorry, I cannot get anybody moved up the waiting list, and no councillor should."
    assert "leverage.position" not in rule_ids(wh, text)
    assert "leverage.position" in rule_ids(wh, "I'll get you moved up the waiting list.")


def test_queer_meaning_strange_before_a_smell_or_noise_is_not_a_slur(wh):
    text = "There's been a queer noise from the pumping station all week, so I've chased it up."
    assert "slur" not in rule_ids(wh, text)
    assert "slur" in rule_ids(wh, "He's a queer and shouldn't be a councillor.")


def test_an_officer_dealing_with_a_case_is_not_accused_of_dealing(wh):
    text = "The planning officer dealing with the Mill Lane appeal has sent residents an update."
    assert "officer.dishonesty" not in rule_ids(wh, text)
    caught = "The planning officer was caught dealing at the school."
    assert "officer.dishonesty" in rule_ids(wh, caught)


def test_a_sensitive_detail_of_hundreds_of_people_is_a_statistic(wh):
    text = "@HatfieldTenants 300 households in rent arrears since the cuts. Not good enough."
    assert "personal.sensitive" not in rule_ids(wh, text)
    assert "personal.sensitive" in rule_ids(wh, "@HatfieldTenants Mrs Jones is in rent arrears.")


def test_asking_for_a_part_2_item_to_be_published_does_not_disclose_it(wh):
    text = (
        "Cabinet took the Campus West depot in Part 2 tonight. "
        "I've pressed for the papers to be published once the deal is signed."
    )
    assert not rule_ids(wh, text) & LEAKS
    leak = "Cabinet took the Campus West depot in Part 2 tonight: the deal is signed."
    assert "confidential.exempt_item_details" in rule_ids(wh, leak)


def test_glasses_one_wears_are_not_glassing(wh):
    text = "Cllr Brown must have left his glasses at home, he misread every figure."
    assert "threat.individual" not in rule_ids(wh, text)


def test_a_crime_spoken_of_as_a_local_problem_accuses_nobody(wh):
    text = (
        "Drug dealing in the Howlands underpass is a growing problem. "
        "I'm meeting Inspector Rhys Cole on Friday."
    )
    assert "allegation.named" not in rule_ids(wh, text)
    assert "allegation.named" in rule_ids(
        wh, "Rhys Cole is drug dealing in the Howlands underpass."
    )


def test_consent_given_in_the_persons_name_covers_their_details(wh):
    text = (
        "Posting with Mr Okafor's consent: he's 84, lives alone on Birchwood and would "
        "welcome a call from a befriender."
    )
    assert "personal.sensitive" not in rule_ids(wh, text)
    assert "personal.sensitive" in rule_ids(wh, "Mr Okafor is 84 and lives alone on Birchwood.")


def test_working_in_care_homes_is_not_mockery_of_age(wh):
    text = "Mrs Costa and her Romanian neighbours are working in our care homes."
    assert "mockery.individual" not in rule_ids(wh, text)
    assert "mockery.individual" in rule_ids(
        wh, "Cllr Reid should be in a care home, not the chamber."
    )


def test_declining_to_discuss_a_closed_session_is_not_a_leak(wh):
    text = (
        "Cabinet went into closed session for the depot item, so I can't discuss it. "
        "The minutes will be published in the usual way."
    )
    assert not rule_ids(wh, text) & LEAKS


def test_what_a_refusal_withholds_is_not_disclosed(wh):
    text = (
        "That was an exempt item, so I can't share the valuation. "
        "What I can tell you is it goes back to Cabinet in March."
    )
    assert not rule_ids(wh, text) & LEAKS


def test_knowing_that_people_feel_something_is_not_a_threat(wh):
    text = "I know people are angry about the bin changes, and I've asked for a review."
    assert "threat.phrase" not in rule_ids(wh, text)
    assert "threat.phrase" in rule_ids(wh, "I know people. Drop the complaint.")


def test_the_members_own_ward_mobile_is_not_someone_elses_number(wh):
    text = "Free most evenings: text my ward mobile 07700 900123."
    assert "personal.unattributed_mobile" not in rule_ids(wh, text)


def test_a_repair_job_number_is_not_pressure_on_an_officers_job(wh):
    text = "Still waiting on a boiler repair? Send me your job number and I'll chase it."
    assert "officer.pressure" not in rule_ids(wh, text)
    assert "officer.pressure" in rule_ids(wh, "Change your report or you'll lose your job.")


def test_end_of_closes_a_mind_only_where_it_closes_the_clause(wh):
    text = "Building control visit the Bush Hall Farm site at the end of June."
    assert "closed_mind.matter" not in rule_ids(wh, text)
    assert "closed_mind.matter" in rule_ids(wh, "Bush Hall Farm isn't going through, end of.")


def test_a_key_given_twice_in_the_lexicons_yaml_is_refused(tmp_path):
    """YAML keeps the second of two equal keys silently; a homonym's contexts were lost so."""
    twice = tmp_path / "lexicon.yaml"
    twice.write_text("homonym:\n  deaf: [bsl]\n  deaf: [club]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="'deaf' is given twice"):
        load_yaml(twice)


def test_dem_with_a_capital_is_the_party_not_text_speak_for_them(wh):
    # "Lib Dem" was read as "lib them", which hid the party from every rule.
    assert "threat.party" in rule_ids(wh, "Every Lib Dem in this borough should be shot.")
