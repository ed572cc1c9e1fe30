"""What a finding tells a councillor is about their post, not the rule's own examples.

The comments in rules.yaml quote example posts; a row's explanation once did too ("This
insult follows a named person ("Cllr X ... Absolute halfwit.")"), and "Check a post" showed
it as if it were about the member's own words.
"""

import pytest

from nolan.core.screening import table


@pytest.mark.parametrize("row", table.rows(), ids=lambda row: row.id)
def test_no_explanation_or_suggestion_quotes_an_example_post(row):
    for text in (row.explanation, row.suggestion):
        assert '("' not in text, row.id
        assert "Cllr X" not in text, row.id
