"""Capacity signals, each council's own paragraphs, sharing, and the screening data."""

import pytest

from nolan.core.codes import available_codes, load_code
from nolan.core.screening.capacity import weighed
from nolan.core.screening.citations import ScreeningDataError, resolve
from nolan.core.screening.engine import Screener, rule_ids, screen
from nolan.core.screening.model import Account, Capacity, CapacityValue, Post
from tests.core.screening.conftest import WH_CONTEXT


def capacity(screener, text, account=None):
    return screener.screen(Post(text, account=account)).capacity


def test_a_post_from_the_official_account_is_official(wh):
    assert capacity(wh, "Lovely sunset tonight.", Account.OFFICIAL).value == "official"


def test_a_personal_account_post_with_no_council_link_is_private(wh):
    result = capacity(wh, "Lovely sunset over the allotments tonight.", Account.PERSONAL)
    assert result.value == "private"
    assert "no_council_link" in result.reasons


def test_a_personal_account_post_about_council_business_is_official(wh):
    text = "As your ward councillor I raised the bin collections at cabinet last night."
    result = capacity(wh, text, Account.PERSONAL)
    assert result.value == "official"
    assert "presents_as_councillor" in result.reasons


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Proud to be a councillor in a borough that turned out like this.",
            "presents_as_councillor",
        ),
        (
            "To whoever abused my colleague Cllr Dean under my last post: reported.",
            "presents_as_councillor",
        ),
        (
            "gr8 turnout at the brook clean-up 2day, ty all frm ur local cllrs",
            "presents_as_councillor",
        ),
        (
            "Budget night: the cabinet's cuts to grass cutting are a 'green initiative'. I "
            "voted against the budget.",
            "council_business",
        ),
        # Tuning 71 (fit): the member's side of the council, or the seat itself.
        (
            "Proud of what our administration has done on the Howlands play park.",
            "presents_as_councillor",
        ),
        (
            "Best bit of being on the council? Meeting the Brownies who planted the bulbs.",
            "presents_as_councillor",
        ),
    ],
)
def test_a_post_that_speaks_as_a_councillor_in_these_words_is_official(rules, text, reason):
    """Round sixteen's capacity misreads (blind ff and gg, spent): the rules alone."""
    result = capacity(rules, text, Account.PERSONAL)
    assert result.value == "official"
    assert reason in result.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Great turnout at the Hatfield hustings. Promoted by J. Kay, 1 High St, Hatfield.",
        "Another year of excuses from this administration. Enough.",
        # The services a councillor speaks for.
        "Libraries closures vote tonight: three branches and 41 staffed hours gone.",
        "Six months waiting for the housing team to fix Mrs K's damp. Still nothing.",
    ],
)
def test_comment_on_the_council_in_anyones_words_may_engage_the_code(text):
    """The rules alone: from a personal account, talk of the council's work that does not
    present the author as a councillor is neither private nor settled."""
    rules = Screener(load_code("welwyn-hatfield"), WH_CONTEXT, signal=None)
    result = capacity(rules, text, Account.PERSONAL)
    assert result.value == "unclear"
    assert "council_topic" in result.reasons


def test_the_model_reads_a_personal_post_as_a_whole_and_says_so(wh):
    """Public comment with no council word is not private life; private life is."""
    comment = capacity(
        wh, "The Home Secretary's asylum plan is cruel and will fail.", Account.PERSONAL
    )
    assert comment.value == "unclear"
    assert "public_comment" in comment.reasons and "no_council_link" not in comment.reasons
    weekend = capacity(
        wh, "Took the kids to the library, then cake. Perfect Saturday.", Account.PERSONAL
    )
    assert weekend.value == "private"
    assert "private_life" in weekend.reasons


def _reads(value, by=2.0):
    """Scores that favour ``value`` over the other capacities by ``by``."""
    return {v: by if v is value else 0.0 for v in CapacityValue}


def test_the_model_settles_capacity_only_where_the_post_does_not_say_it_outright():
    said = Capacity(CapacityValue.OFFICIAL, ("personal_account", "presents_as_councillor"))
    assert weighed(said, _reads(CapacityValue.PRIVATE)) == said
    topic = Capacity(CapacityValue.UNCLEAR, ("personal_account", "council_topic"))
    assert weighed(topic, _reads(CapacityValue.OFFICIAL)) == Capacity(
        CapacityValue.OFFICIAL, ("personal_account", "council_topic", "reads_as_councillor")
    )
    quiet = Capacity(CapacityValue.PRIVATE, ("personal_account", "no_council_link"))
    assert weighed(quiet, _reads(CapacityValue.UNCLEAR)) == Capacity(
        CapacityValue.UNCLEAR, ("personal_account", "public_comment")
    )
    assert weighed(quiet, _reads(CapacityValue.UNCLEAR, by=0.2)) == quiet  # not sure enough


def test_a_candidate_asking_for_votes_is_public_comment_unless_the_post_says_councillor(wh):
    """Anyone may stand: treating voters is an election finding, not the role; the model
    does not overrule that reading; standing as the sitting councillor is official."""
    text = "Polling day! Show me your polling card at the Cherry Tree and the first pint's on me."
    treat = wh.screen(Post(text, account=Account.PERSONAL))
    assert "election" in {f.category.value for f in treat.findings}
    assert treat.capacity.value == "unclear"
    assert "campaigning" in treat.capacity.reasons
    assert weighed(treat.capacity, _reads(CapacityValue.OFFICIAL)) == treat.capacity
    said = capacity(
        wh, "Vote for me on 6 May: I've been your councillor for four years.", Account.PERSONAL
    )
    assert said.value == "official" and "presents_as_councillor" in said.reasons


def test_a_trip_to_the_library_stays_private(wh):
    text = "Took the kids to the library this morning, then cake. Perfect Saturday."
    assert capacity(wh, text, Account.PERSONAL).value == "private"


def test_a_disclaimer_does_not_settle_capacity_when_the_post_is_council_business(wh):
    text = "Views my own. I voted against the budget at full council tonight."
    result = capacity(wh, text, Account.PERSONAL)
    assert result.value == "official"
    assert "disclaimer_not_decisive" in result.reasons


def test_with_no_account_and_no_signal_capacity_is_unclear(wh):
    assert capacity(wh, "What a game at the stadium.").value == "unclear"


def test_findings_cite_each_councils_own_protocol(wh, bexley):
    text = "Cllr Jones is a scumbag."
    [wh_finding] = wh.screen(Post(text)).findings
    [bexley_finding] = bexley.screen(Post(text)).findings
    wh_citations = {p.citation for p in wh_finding.paragraphs}
    bexley_citations = {p.citation for p in bexley_finding.paragraphs}
    assert "Social Media Protocol, paragraph 3.1(j)" in wh_citations
    assert "Social Media Policy for Councillors, paragraph 4, bullet 1" in bexley_citations
    assert not wh_citations & bexley_citations


def test_a_shared_post_also_cites_the_sharing_paragraph(wh):
    [finding] = wh.screen(Post("Cllr Jones is a scumbag.", shared=True)).findings
    assert "smp.3-1-t" in {p.key for p in finding.paragraphs}


def test_an_unshared_post_does_not_cite_the_sharing_paragraph(wh):
    [finding] = wh.screen(Post("Cllr Jones is a scumbag.")).findings
    assert "smp.3-1-t" not in {p.key for p in finding.paragraphs}


@pytest.mark.parametrize("slug", available_codes())
def test_every_council_cites_at_least_one_paragraph_for_every_category(slug):
    Screener(load_code(slug))


def test_screening_data_naming_a_paragraph_the_code_lacks_is_rejected():
    code = load_code("bexley")
    with pytest.raises(ScreeningDataError, match="smp.7-3-d"):
        resolve(code, {"respect": {"protocol": ("smp.7-3-d",)}}, rule_ids())


def test_screening_data_with_a_category_without_paragraphs_is_rejected():
    with pytest.raises(ScreeningDataError, match="bullying"):
        resolve(load_code("bexley"), {"respect": {"code": ("code.respect.1",)}}, rule_ids())


def test_naive_posted_at_is_refused():
    from datetime import datetime

    with pytest.raises(ValueError, match="timezone"):
        Post("hello", posted_at=datetime(2026, 5, 1, 9, 0))


def test_screen_function_matches_screener():
    code = load_code("welwyn-hatfield")
    post = Post("Cllr Jones is a scumbag.")
    assert screen(post, code) == Screener(code).screen(post)


def test_rudeness_in_private_life_is_outside_the_code_but_a_threat_is_still_reported(wh):
    # Whoever dented the car is no one the member deals with as a councillor: an insult
    # there is not a code matter. A wish of violence is reported whoever says it.
    rude = "To whoever dented my bumper at the garden centre: you absolute clown."
    result = wh.screen(Post(rude, account=Account.PERSONAL))
    assert result.capacity.value == "private"
    assert result.findings == ()
    threat = "To whoever dented my bumper at the garden centre: I hope someone breaks your legs."
    result = wh.screen(Post(threat, account=Account.PERSONAL))
    assert result.capacity.value == "private"
    assert {f.category.value for f in result.findings} == {"bullying"}
