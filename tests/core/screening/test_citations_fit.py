"""A finding cites the paragraphs its kind of post touches, and no others (issue 11).

An election finding about a missing imprint must not cite council resources (code 7.2)
or declaring campaign spending (Welwyn Hatfield protocol 5.1); council publicity in the
pre-election period does rest on council resources (code 7.2, WH protocol 3.2(j)); threats
and abuse cite Welwyn Hatfield's protocol 3.2(g), "Post malicious or obscene
communications", and a rude word does not. Each case names, per council, what the
finding of one rule must cite and what it must not.
"""

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from nolan.core.codes import load_code
from nolan.core.screening import engine
from nolan.core.screening.citations import ScreeningDataError, entries, resolve
from nolan.core.screening.engine import Screener
from nolan.core.screening.model import Account, Category, Context, Election, Post

_IN_PERIOD = datetime(2026, 4, 1, 10, 0, tzinfo=UTC)
_CONTEXT = Context(elections=(Election(date(2026, 5, 7), date(2026, 3, 20)),))

IMPRINT = ("Vote Labour on 7 May! Every vote counts.", None, None)
PUBLICITY = (
    "Polling stations open 7am to 10pm. Cllr Smith says every vote counts.",
    Account.COUNCIL,
    _IN_PERIOD,
)
COUNCIL_ACCOUNT = (
    "Well done to our Labour administration for the new park.",
    Account.COUNCIL,
    None,
)
PRINTERS = ("I printed our campaign leaflets on the council printers.", None, None)
THREAT = ("I'll smash your face in, Cllr Jones.", None, None)
ABUSE = ("Cllr Jones is a scumbag.", None, None)
INSULT = ("Cllr Jones is a halfwit.", None, None)
SLUR = ("Cllr Jones is a paki", None, None)

# Paragraphs about council resources and elections, by council, that a finding may not
# cite unless it is what the post touches.
RESOURCES = {
    "lga-2020": {"code.resources.1", "code.resources.2"},
    "bexley": {"code.resources.1", "code.resources.2", "smp.golden-dont-3", "smp.golden-dont-6"},
    "chelmsford": {"code.resources.1", "code.resources.2", "smp.bad-practice-3"},
    "welwyn-hatfield": {"code.resources.1", "code.resources.2", "smp.3-2-j", "smp.5-1"},
}

CASES = [
    # A missing imprint: the law (general principles) and WH's election guidance, nothing
    # on council resources or campaign spending.
    *(
        (slug, IMPRINT, "election.missing_imprint", cites, RESOURCES[slug])
        for slug, cites in [
            ("lga-2020", {"code.general-principles"}),
            ("bexley", {"code.general-principles"}),
            ("chelmsford", {"code.general-principles"}),
            ("welwyn-hatfield", {"code.general-principles", "smp.5-2"}),
        ]
    ),
    # The council's own account featuring a councillor in the pre-election period: code
    # 7.2 and each council's paragraph on its own voice and accounts.
    ("lga-2020", PUBLICITY, "election.council_publicity_in_period", {"code.resources.2"}, set()),
    (
        "bexley",
        PUBLICITY,
        "election.council_publicity_in_period",
        {"code.resources.2", "smp.golden-dont-3", "smp.golden-dont-6"},
        set(),
    ),
    (
        "chelmsford",
        PUBLICITY,
        "election.council_publicity_in_period",
        {"code.resources.2", "smp.bad-practice-3"},
        set(),
    ),
    (
        "welwyn-hatfield",
        PUBLICITY,
        "election.council_publicity_in_period",
        {"code.resources.2", "smp.3-2-j"},
        {"smp.5-1"},
    ),
    # Party politics on the council's account: council resources and the account rules.
    (
        "bexley",
        COUNCIL_ACCOUNT,
        "resources.council_account_political",
        {"code.resources.1", "code.resources.2", "smp.golden-dont-3", "smp.golden-dont-6"},
        set(),
    ),
    (
        "chelmsford",
        COUNCIL_ACCOUNT,
        "resources.council_account_political",
        {"code.resources.2", "smp.bad-practice-3"},
        set(),
    ),
    (
        "welwyn-hatfield",
        COUNCIL_ACCOUNT,
        "resources.council_account_political",
        {"code.resources.2", "smp.3-2-j"},
        set(),
    ),
    # Council printers for a campaign: code 7, not the paragraphs about the council's
    # social media accounts or its voice, nor Bexley's rule about blogs.
    *(
        (slug, PRINTERS, "resources.party", {"code.resources.1", "code.resources.2"}, others)
        for slug, others in [
            ("bexley", {"smp.golden-dont-3", "smp.golden-dont-6"}),
            ("chelmsford", {"smp.bad-practice-3"}),
            ("welwyn-hatfield", {"smp.3-2-j"}),
        ]
    ),
    ("chelmsford", PRINTERS, "resources.party", {"smp.capacity-4"}, set()),
    # Welwyn Hatfield 3.2(g), malicious or obscene posts: threats, abuse and slurs, not a
    # rude word; and no council cites another council's paragraphs.
    ("welwyn-hatfield", THREAT, "threat.individual", {"smp.3-2-b", "smp.3-2-g"}, set()),
    ("welwyn-hatfield", ABUSE, "abuse.individual", {"smp.3-1-j", "smp.3-2-g"}, set()),
    ("welwyn-hatfield", SLUR, "slur", {"code.bullying.3", "smp.3-1-q", "smp.3-2-g"}, set()),
    ("welwyn-hatfield", INSULT, "insult.named_near", {"smp.3-1-j"}, {"smp.3-2-g"}),
    ("bexley", THREAT, "threat.individual", {"smp.4-3"}, {"smp.3-2-g"}),
    ("chelmsford", ABUSE, "abuse.individual", {"smp.relevant-1"}, {"smp.3-2-g"}),
]


def _findings(slug, post, rule):
    """The findings of ``rule``: two for council publicity in the period, an election
    finding and a council resources one, each of which must cite what the rule touches."""
    text, account, posted_at = post
    result = Screener(load_code(slug), _CONTEXT).screen(
        Post(text, account=account, posted_at=posted_at)
    )
    found = [f for f in result.findings if f.rule == rule]
    assert found
    return found


@pytest.mark.parametrize(
    ("slug", "post", "rule", "cites", "not_cites"),
    CASES,
    ids=[f"{c[0]}-{c[2]}" for c in CASES],
)
def test_a_finding_cites_what_its_rule_touches_and_not_what_it_does_not(
    slug, post, rule, cites, not_cites
):
    for finding in _findings(slug, post, rule):
        keys = {p.key for p in finding.paragraphs}
        assert cites <= keys, finding.category
        assert not keys & (not_cites - cites), finding.category


def test_a_findings_paragraphs_are_in_the_order_the_code_has_them():
    election, resources = sorted(
        _findings("welwyn-hatfield", PUBLICITY, "election.council_publicity_in_period"),
        key=lambda f: f.category is not Category.ELECTION,
    )
    keys = [p.key for p in election.paragraphs]
    assert keys == ["code.general-principles", "code.resources.2", "smp.3-2-j", "smp.5-2"]
    assert resources.category is Category.COUNCIL_RESOURCES


def test_every_context_rule_id_the_engine_lists_is_one_a_context_rule_reports():
    """``engine.CONTEXT_RULE_IDS`` is what screening.yaml may cite by; it must not drift."""
    folder = Path(engine.__file__).parent
    said = set()
    for rule in engine.CONTEXT_RULES:
        source = (folder / f"{rule.__module__.rsplit('.', 1)[1]}.py").read_text(encoding="utf-8")
        said |= set(
            re.findall(r'"((?:confidential|personal|election|resources|meeting)\.[a-z_]+)"', source)
        )
    assert said == engine.CONTEXT_RULE_IDS


def test_a_citation_of_a_rule_that_does_not_exist_is_refused():
    misspelt = {**entries("bexley"), "threat.indvidual": {"protocol": ("smp.4-3",)}}
    with pytest.raises(ScreeningDataError, match="threat.indvidual"):
        resolve(load_code("bexley"), misspelt, engine.rule_ids())


def test_a_protocol_paragraph_listed_as_a_code_paragraph_is_refused():
    wrong = {**entries("bexley"), "bullying": {"code": ("smp.4-3",)}}
    with pytest.raises(ScreeningDataError, match="smp.4-3"):
        resolve(load_code("bexley"), wrong, engine.rule_ids())
