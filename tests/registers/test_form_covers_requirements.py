"""Each category's section of the register form offers every field the code requires."""

import pytest

from nolan.core.codes import available_codes, load_code
from nolan.registers.forms import COMMON_FIELDS, SECTION_FIELDS, TABLE_2_FIELDS


@pytest.mark.parametrize("slug", available_codes())
def test_the_form_offers_at_least_one_field_of_each_required_group(slug):
    for category in load_code(slug).interest_categories:
        section = SECTION_FIELDS.get(category.key, TABLE_2_FIELDS if category.table == 2 else ())
        offered = set(section) | set(COMMON_FIELDS)
        for group in category.requires:
            assert offered & set(group), (slug, category.key, group)
