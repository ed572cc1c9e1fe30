"""A member who works in a trade the council licenses (a hackney carriage or private hire
driver, a scrap metal dealer) is asked about an item that sets that trade's fares, fees or
policy: the table of fares is the member's own earnings, whatever name the register gives.
Not an item about one operator's licence (a rival's review), another trade's fees, or a
room's "private hire" tariff; nor a member who only had a gift from a firm in the trade."""

import pytest
from matching_cases import BEXLEY, reasons

DRIVER = {"details": "Self-employed hackney carriage driver licensed by the council."}
PRIVATE_HIRE = {"names": ["Crook Log Cars Ltd"], "details": "Private hire driver for the firm."}
DEALER = {"details": "Licensed scrap metal dealer, trading from my own yard."}
GIFT = {"names": ["Crook Log Cars Ltd"], "details": "Hospitality from a private hire firm."}


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        (DRIVER, "Taxi tariff review", "New maximum fares for hackney carriages from April."),
        (PRIVATE_HIRE, "Licensing fees 2027/28", "Fees for private hire driver licences rise 4%."),
        (DRIVER, "Hackney carriage and private hire policy", "A revised policy for the trade."),
        (DEALER, "Scrap metal licence fees", "Site and collector licence fees for next year."),
    ],
)
def test_an_item_setting_the_member_s_trade_s_fares_or_fees_is_asked_about(
    entry, title, description
):
    assert reasons(title, description, places=BEXLEY, **entry)


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        (DRIVER, "Private hire operator licence: Falcon Cars Ltd", "Review after complaints."),
        (DRIVER, "Street trading fees", "Pitch fees for the Broadway market."),
        (DRIVER, "Hall Place room hire charges", "A new tariff for weddings and private hire."),
        (GIFT, "Taxi and private hire licensing policy", "A revised policy for all drivers."),
    ],
)
def test_another_operator_another_trade_or_a_gift_from_the_trade_is_not(entry, title, description):
    assert reasons(title, description, places=BEXLEY, **entry) == set()
