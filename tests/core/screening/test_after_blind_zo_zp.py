"""Misses of round thirty-one's blind sets, zo and zp (scored once, then studied: fit, not
evidence), mended by class. Every sentence is new. Rules alone (``signal=None``) but where
the learned signal's finding is the false alarm."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        # A committee member who will not comment on the merits yet, in text-speak too.
        "The Bush Hall Farm application comes to planning next month. I sit on the "
        "committee, so no comment on the merits until I've read every objection.",
        "asked again re bush hall farm - im on planning so cant say which way i'll go, hvnt "
        "made my mind up yet",
        # What the administration said in public, told again to dispute it.
        "We were told the new car park charges would raise £400k. The council's own figures "
        "say half that.",
    ],
)
def test_open_minds_and_public_claims_are_clean(rules, text):
    assert categories(rules, text) == set()


def test_the_learned_signal_does_not_overrule_an_open_mind(wh):
    text = (
        "The Moulsham Vaults licence comes to the sub-committee in March. I'm on it, so no "
        "comment on the merits, and I'll hear everyone who wants to speak."
    )
    assert "predetermination" not in categories(wh, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "I'm yet to meet one honest Traveller family, and I've lived here forty years.",
            "discrimination",
        ),
        (
            "Cllr Rees got the chair because she has the best legs in the chamber, let's be "
            "honest.",
            "bullying",
        ),
        (
            "Cllr Dunn will need someone to tell him what day of the week it is before he "
            "chairs anything.",
            "discrimination",
        ),
        (
            "Cllr Patel says she's expecting. How exactly is she going to chair licensing?",
            "discrimination",
        ),
    ],
)
def test_contempt_in_forms_the_rules_missed(rules, text, category):
    assert category in categories(rules, text)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "David Lindqvist, the flooding on Hollybush Lane again: this is on you personally.",
            {"officer_impartiality"},
        ),
        (
            "david lindqvist gave the bin contract to his brother's firm. Everyone at the depot "
            "knows.",
            {"officer_impartiality", "defamation"},
        ),
    ],
)
def test_officers_blamed_or_said_to_favour_family(rules, text, wanted):
    assert wanted <= categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "If that's the best the Lib Dems can offer, no wonder they came third.",
        "David Lindqvist, the planning award is yours. This is on you and your team, well done.",
        "David Lindqvist thanked his son's firm for the skips, and declared it first.",
        "I've asked the Monitoring Officer whether Cllr Grey should have declared her "
        "husband's firm at planning.",
    ],
)
def test_a_party_s_best_and_a_question_about_a_councillor_are_no_officer_finding(rules, text):
    assert "officer_impartiality" not in categories(rules, text)


def test_coming_for_wrongdoers_with_the_law_is_no_threat(rules):
    lawful = "Fly-tippers on Coopers Green Lane: we're coming for you, with fines."
    assert categories(rules, lawful) == set()
    assert "bullying" in categories(rules, "Cllr Bell, we're coming for you. Watch your back.")


def test_a_crime_as_a_problem_in_a_reply_is_no_allegation_against_the_handle(rules):
    # The handle, before the reply's own first word, is whom the author answers.
    text = "@HatfieldNewsDesk Yes, drug dealing round the bus station is a problem."
    assert not categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        # The handle as the subject, or the crime said right after it.
        "@MarkDaviesHat is dealing drugs round the town centre, it's a problem.",
        "@MarkDaviesHat dealing drugs round the bus station again, it's a problem.",
    ],
)
def test_the_handle_accused_is_still_found(rules, text):
    assert "defamation" in categories(rules, text)
