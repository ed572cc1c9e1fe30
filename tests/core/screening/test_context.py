"""The context feeds the rules: officers, exempt items and pending matters, at any size."""

from datetime import date

import pytest

from nolan.core.codes import load_code
from nolan.core.screening.engine import Screener
from nolan.core.screening.model import (
    Account,
    Context,
    ExemptItem,
    MatterKind,
    Officer,
    PendingMatter,
    Post,
)


def screener(**context) -> Screener:
    return Screener(load_code("bexley"), Context(**context))


def categories(s: Screener, text: str) -> set[str]:
    return {f.category.value for f in s.screen(Post(text)).findings}


def test_an_officer_in_a_large_context_is_still_recognised():
    officers = tuple(Officer(f"Alex{i} Morgan{i}", "Manager") for i in range(2000))
    s = screener(officers=(*officers, Officer("Gareth Lyle", "Head of Parking")))
    assert "officer_impartiality" in categories(s, "The permit chaos is Gareth Lyle's fault.")
    assert categories(s, "Thanks to Gareth Lyle for the parking briefing.") == set()


def test_a_bare_figure_of_an_exempt_item_counts_only_next_to_a_word_of_its_title():
    s = screener(exempt_items=(ExemptItem("Sale of the Crook Log depot", ("£6.8m",)),))
    assert "confidentiality" in categories(s, "The depot is going for £6.8m. Scandalous.")
    assert categories(s, "The government gave Bexley £6.8m for new cycle lanes.") == set()


def test_an_exempt_items_title_alone_is_not_a_leak():
    s = screener(exempt_items=(ExemptItem("Sale of the Crook Log depot", ("Thamesview",)),))
    assert (
        categories(s, "The Crook Log depot sale is on the agenda. Ask for it in public!") == set()
    )


def test_a_matter_is_recognised_by_its_distinctive_name_not_by_its_town():
    matter = PendingMatter(
        "24/01234/FUL",
        "Redevelopment of the Broadway car park, Bexleyheath",
        MatterKind.PLANNING,
        date(2026, 12, 3),
    )
    s = screener(pending_matters=(matter,))
    named = s.screen(Post("My mind is made up on the Broadway car park scheme."))
    assert {f.category.value for f in named.findings} == {"predetermination"}
    assert "council_matter_named" in named.capacity.reasons
    town = s.screen(Post("Lovely morning in Bexleyheath.", account=Account.PERSONAL))
    assert "council_matter_named" not in town.capacity.reasons
    assert town.capacity.value != "official"


def test_ones_own_council_tax_bill_is_no_council_business():
    rules = Screener(load_code("bexley"), Context(), signal=None)
    result = rules.screen(Post("The council tax bill landed. Ouch.", account=Account.PERSONAL))
    assert result.capacity.value == "private"


@pytest.mark.parametrize(
    "text",
    [
        "Chased highways again about the potholes on Bridge Road for residents.",
        "Great to see the new bins rolled out in my ward this week",
        "Attending planning committee tonight, long agenda",
    ],
)
def test_council_business_the_author_takes_part_in_is_official_from_a_personal_account(text):
    """Issue 9: capacity weighs the content, not only the account."""
    result = screener().screen(Post(text, account=Account.PERSONAL))
    assert result.capacity.value == "official"
    assert {"council_business", "presents_as_councillor"} & set(result.capacity.reasons)
