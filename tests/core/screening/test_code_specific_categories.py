"""Breaches with no rude word: officers, leaks, personal data, closed minds, elections."""

import pytest

from nolan.core.screening.model import Account, Post

from .conftest import at, categories


def test_blaming_a_named_officer_for_a_decision_is_flagged_high(wh):
    findings = wh.screen(
        Post("The library closure is all David Lindqvist's fault. Useless.")
    ).findings
    by_category = {f.category: f.severity for f in findings}
    assert by_category["officer_impartiality"] == "high"


def test_blaming_an_officer_by_role_is_flagged(wh):
    assert "officer_impartiality" in categories(
        wh, "The planning officer should be sacked for this mess."
    )


def test_disagreeing_with_an_officer_recommendation_is_not_flagged(wh):
    text = "I disagree with the officer recommendation and will say so at committee."
    assert categories(wh, text) == set()


def test_thanking_a_named_officer_is_not_flagged(wh):
    text = "Thanks to Sarah Okafor and her team, who decided to reopen the depot on Saturdays."
    assert categories(wh, text) == set()


def test_telling_officers_to_change_their_recommendation_compromises_impartiality(wh):
    text = "I have told officers to change their recommendation before Thursday."
    assert "officer_impartiality" in categories(wh, text)


def test_an_exempt_items_keyword_is_a_confidentiality_breach(wh):
    assert "confidentiality" in categories(wh, "Word is the depot is going for £4.2m.")


def test_reporting_what_was_said_in_closed_session_is_a_confidentiality_breach(wh):
    text = "In the confidential session last night we were told the pool will close in May."
    assert "confidentiality" in categories(wh, text)


def test_saying_you_cannot_discuss_the_closed_session_is_not_a_leak(wh):
    text = "I can't tell you what was said in the exempt session, but I will push for openness."
    assert categories(wh, text) == set()


def test_reporting_an_ordinary_meeting_with_officers_is_not_a_leak(wh):
    text = (
        "Useful meeting with the signals team today: they will fix the traffic lights on "
        "Hills Road next week."
    )
    assert categories(wh, text) == set()


def test_a_private_residents_mobile_number_is_personal_data(wh):
    text = "Mrs Kaur on Elm Close is furious, ring her on 07700 900123 if you can help."
    [finding] = wh.screen(Post(text)).findings
    assert (finding.category, finding.severity) == ("personal_data", "high")
    assert finding.quote == "07700 900123"


def test_a_residents_home_address_is_personal_data(wh):
    text = "The man who keeps dumping rubbish lives at 14 Mill Road, Hatfield."
    assert "personal_data" in categories(wh, text)


def test_a_contractors_public_contact_details_are_not_personal_data(wh):
    text = (
        "Streetlight out? Report it to Balfour Beatty on 0800 123 4567 or visit their depot "
        "at Unit 4, Hatfield Business Park, 12 Mosquito Way."
    )
    assert categories(wh, text) == set()


def test_a_councillors_own_number_is_not_personal_data(wh):
    assert categories(wh, "Any problems, call me on 07700 900456.") == set()


def test_naming_a_resident_with_their_debts_is_personal_data(wh):
    text = "Mr Hughes came to my surgery about his rent arrears again."
    assert "personal_data" in categories(wh, text)


def test_a_closed_mind_on_a_pending_planning_application_is_predetermination(wh):
    text = "My mind is made up: Bush Hall Farm will be refused, whatever the officers say."
    findings = wh.screen(Post(text, posted_at=at("2026-11-01T09:00:00"))).findings
    assert {(f.category, f.severity) for f in findings} == {("predetermination", "high")}
    assert all("smp.4-1" in {p.key for p in f.paragraphs} for f in findings)


def test_concerns_about_a_pending_application_are_lawful_predisposition(wh):
    text = (
        "I have serious concerns about the Bush Hall Farm application and will listen to "
        "residents and the evidence before the committee decides."
    )
    assert categories(wh, text) == set()


def test_a_made_up_mind_about_party_politics_is_not_predetermination(wh):
    assert categories(wh, "My mind is made up: this government has to go.") == set()


def test_a_closed_mind_after_the_decision_date_is_not_predetermination(wh):
    text = "My mind was made up long ago and I have already decided: Bush Hall Farm was wrong."
    assert categories(wh, text, posted_at=at("2027-01-05T09:00:00")) == set()


def test_vote_for_me_without_an_imprint_is_an_election_finding(wh):
    assert "election" in categories(wh, "Vote for me on 6 May to keep our library open!")


def test_vote_for_me_with_an_imprint_is_not_flagged(wh):
    text = (
        "Vote Green on 6 May! Promoted by J Smith on behalf of the Green Party, "
        "1 High St, AL10 0AA."
    )
    assert categories(wh, text) == set()


def test_campaigning_on_a_local_issue_on_a_personal_account_is_not_flagged(wh):
    text = "Sign our petition to save the Hatfield swimming pool. Labour will fight for it."
    assert (
        categories(wh, text, account=Account.PERSONAL, posted_at=at("2026-10-01T10:00:00")) == set()
    )


def test_the_council_account_featuring_a_councillor_in_the_pre_election_period_is_flagged(wh):
    text = "Cllr Fisher opened the new play area in Panshanger today."
    found = categories(wh, text, account=Account.COUNCIL, posted_at=at("2027-04-10T10:00:00"))
    assert "election" in found


def test_the_council_account_featuring_a_councillor_outside_the_period_is_fine(wh):
    text = "Cllr Fisher opened the new play area in Panshanger today."
    assert (
        categories(wh, text, account=Account.COUNCIL, posted_at=at("2026-09-10T10:00:00")) == set()
    )


def test_party_politics_on_the_council_account_misuses_council_resources(wh):
    text = "Only the Conservatives can be trusted with the borough's finances."
    assert "council_resources" in categories(wh, text, account=Account.COUNCIL)


def test_printing_campaign_leaflets_on_the_council_printer_misuses_resources(wh):
    text = "Printed our campaign leaflets on the council printers last night, thanks team!"
    assert "council_resources" in categories(wh, text)


def test_promising_to_get_an_application_approved_is_use_of_position(wh):
    text = (
        "As your councillor I will make sure your planning application is approved, leave it to me."
    )
    assert "use_of_position" in categories(wh, text)


def test_helping_a_resident_through_the_normal_process_is_not_use_of_position(wh):
    text = "As your councillor I have reported the broken streetlight and chased highways."
    assert categories(wh, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Our lovely new bins arrived today. Collection day is Tuesday.",
        "Congratulations to Hatfield Town FC on promotion!",
        "Road closure on the A1000 this weekend for resurfacing, plan ahead.",
    ],
)
def test_everyday_posts_are_clean(wh, text):
    assert categories(wh, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Polling stations are open 7am to 10pm on 6 May; here's how to vote.",
        "Green bin collections resume on Monday across the borough.",
        "The statement of persons nominated for the election is now published.",
    ],
)
def test_election_administration_on_the_council_account_in_the_period_is_fine(wh, text):
    assert (
        categories(wh, text, account=Account.COUNCIL, posted_at=at("2027-04-10T10:00:00")) == set()
    )


def test_asking_for_votes_in_a_community_award_is_not_election_material(wh):
    assert categories(wh, "Vote for Stanborough Park in the People's Choice award!") == set()


def test_a_veiled_warning_to_a_named_councillor_is_bullying(wh):
    text = "Cllr Murray should be very careful what she says next."
    assert "bullying" in categories(wh, text)


def test_general_advice_to_be_careful_online_is_not_bullying(wh):
    text = "Be careful what you say online about the election, misinformation spreads fast."
    assert categories(wh, text) == set()
