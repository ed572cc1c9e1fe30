"""What matching blind 34 taught (fit, after its one score): a trading name the details give
after several words of what the company runs ("runs local bus services as 'Mimram
Travel'"), and a former name given with the year it changed before it ("until 2025 known
as ...")."""

from matching_cases import BEXLEY, WELWYN_HATFIELD, reasons

COACHES = {
    "places": WELWYN_HATFIELD,
    "names": ["Lea Valley Coaches Ltd"],
    "details": "Driver, Lea Valley Coaches Ltd, which runs school bus services as 'Lea Link'.",
}
LETTINGS = {
    "places": BEXLEY,
    "names": ["Welling Homes Ltd"],
    "details": "Lettings negotiator, Welling Homes Ltd (until 2024 known as Blendon Lettings Ltd).",
}


def test_a_trading_name_after_what_the_company_runs():
    assert reasons("School transport", "Awards the Ladbrooke route to Lea Link.", **COACHES)
    assert not reasons("School transport", "Awards the Ladbrooke route to Arriva.", **COACHES)


def test_a_former_name_with_the_year_it_changed():
    assert reasons("HMO licensing", "Civil penalties against Blendon Lettings.", **LETTINGS)
    assert not reasons("HMO licensing", "Civil penalties against Sidcup Lets.", **LETTINGS)
