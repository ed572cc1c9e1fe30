"""A finding cites the paragraphs its kind of post touches, and no others (issue 11).

An election finding about a missing imprint must not cite council resources (code 7.2)
or declaring campaign spending (Welwyn Hatfield protocol 5.1); abuse and threats cite
Welwyn Hatfield's protocol 3.2(g), "Post malicious or obscene communications".
"""

from nolan.core.codes import load_code
from nolan.core.screening.engine import Screener
from nolan.core.screening.model import Account, Post


def _findings(slug, text, account=Account.PERSONAL):
    return Screener(load_code(slug)).screen(Post(text, account=account)).findings


def _keys(finding):
    return {p.key for p in finding.paragraphs}


def test_a_missing_imprint_cites_the_law_and_election_guidance_not_resources_or_spending():
    [finding] = [
        f
        for f in _findings("welwyn-hatfield", "Vote Labour on 2 May! Every vote counts.")
        if f.rule == "election.missing_imprint"
    ]
    assert _keys(finding) == {"code.general-principles", "smp.5-2"}


def test_every_council_cites_no_resources_paragraph_for_a_missing_imprint():
    for slug in ("lga-2020", "bexley", "chelmsford"):
        [finding] = [
            f
            for f in _findings(slug, "Vote Labour on 2 May! Every vote counts.")
            if f.rule == "election.missing_imprint"
        ]
        assert "code.resources.2" not in _keys(finding), slug


def test_abuse_cites_welwyn_hatfields_ban_on_malicious_or_obscene_posts():
    findings = _findings("welwyn-hatfield", "Cllr Jones is a scumbag.")
    assert findings and all("smp.3-2-g" in _keys(f) for f in findings)
