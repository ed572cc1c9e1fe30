"""Residents' details the council holds for its own work, turned to canvassing, are council
resources and the residents' personal data (docs/screening-brief.md, settled in the
eighteenth session): both are found, with each category's own paragraphs. Sentences
invented here; rules alone."""

import pytest

from .conftest import categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "Borrowed the casework spreadsheet from the members' office for our leaflet round.",
        "The council tax addresses for Handside are on the table at campaign HQ tonight.",
        "We'll email everyone who complained about the bins with our focus leaflet.",
        "used the emails from the hatfield road resurfacing consultation for our party survey lol",
        "Our canvassers knocked on every door the parks team shared the addresses for.",
    ],
)
def test_a_council_list_used_for_campaigning_is_resources_and_personal_data(rules, text):
    assert "resources.residents_data" in rule_ids(rules, text)
    assert {"council_resources", "personal_data"} <= categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Residents who complained about the bins will all get a reply from me this week.",
        "We never use casework for campaigning, and we never will.",
        "Our leaflets go to every door in Handside; the register is public for that.",
        "The council system is down again, so casework replies will be slow this week.",
    ],
)
def test_casework_without_campaigning_or_campaigning_without_a_council_list_is_not(rules, text):
    assert "resources.residents_data" not in rule_ids(rules, text)
