"""The examples the issue names: the generic classifier's two failures, and the demo."""

from nolan.core.screening.model import Account, Post

from .conftest import categories


def test_idiotic_parking_policy_is_lawful_criticism_and_not_flagged(wh):
    assert categories(wh, "this idiotic parking policy is a bloody shambles") == set()


def test_go_back_to_where_he_came_from_is_flagged_as_discrimination(wh):
    result = wh.screen(Post("Cllr Ahmed should go back to where he came from"))
    [finding] = result.findings
    assert finding.category == "discrimination"
    assert finding.severity == "high"
    assert finding.quote == "go back to where he came from"
    assert finding.rule == "exclusion.individual"


def test_demo_draft_blaming_named_officer_and_leaking_bidder_gets_both_findings(wh):
    draft = (
        "The Campus West depot fiasco is entirely down to Sarah Okafor, who decided to sell "
        "it off behind our backs. And guess what: the preferred bidder is Brookfield Homes."
    )
    result = wh.screen(Post(draft, account=Account.OFFICIAL))
    found = {f.category.value: f for f in result.findings}
    assert set(found) == {"officer_impartiality", "confidentiality"}
    assert "Sarah Okafor" in found["officer_impartiality"].quote
    assert found["confidentiality"].quote == "Brookfield Homes"
    assert "smp.7-3-d" in {p.key for p in found["officer_impartiality"].paragraphs}
    assert "Social Media Protocol, paragraph 7.3(d)" in {
        p.citation for p in found["officer_impartiality"].paragraphs
    }
    assert "Social Media Protocol, paragraph 3.2(i)" in {
        p.citation for p in found["confidentiality"].paragraphs
    }
    assert result.capacity.value == "official"


def test_demo_rewrite_passes(wh):
    rewrite = (
        "I am disappointed by the decision to sell the Campus West depot, and I will be "
        "asking the portfolio holder to explain it at the next scrutiny committee."
    )
    assert wh.screen(Post(rewrite, account=Account.OFFICIAL)).findings == ()
