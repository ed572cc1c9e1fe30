"""Whether a gift or hospitality must be registered, and when several add up.

Code paragraph 10.2 (seed 000: "at least £50"; seed 001: "at least £100") sets each
council's threshold, read from ``Parameters.gift_threshold_pence``; 10.3 requires refused
offers of *significant* gifts to be registered too. Neither code defines "significant", so
Nolan treats a refused offer as significant at the same threshold. Gifts below the
threshold may be registered voluntarily (issue 3).

Several gifts from the same donor within twelve months that add up to the threshold draw
a warning (issue 3): no code sets this window, so it is Nolan's practice and lives here as
``AGGREGATION_MONTHS``. Two gifts are from the same donor when both give a company or charity
number and the numbers agree, or, where either gives none, when their names agree with case
and spacing ignored: a donor named on one form and numbered on the next is still one donor.

A company number is as Companies House writes it: eight characters, digits or two letters
and six digits (``SC123456``), a shorter run of digits read with the zeros Companies House
puts in front. A charity number is as the regulators write it: the Charity Commission's six
or seven digits (a linked charity's with ``-1``), OSCR's ``SC`` and six digits, or the
Charity Commission for Northern Ireland's ``NIC`` and six digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from nolan.core.codes.model import Parameters

AGGREGATION_MONTHS = 12
# The largest value Nolan records, £10 million: far above any gift or hospitality a councillor
# could be offered, so a larger figure is a typing slip; and inside the 32-bit integer column
# PostgreSQL keeps it in, which refuses anything over £21,474,836.47.
MAX_VALUE_PENCE = 1_000_000_000


class Reason(StrEnum):
    """Why a gift is (or is not) on the register: stable codes the pages and API show."""

    AT_THRESHOLD = "at-or-above-threshold"
    REFUSED_SIGNIFICANT = "refused-significant"
    VOLUNTARY = "below-threshold-voluntary"


class GiftWarning(StrEnum):
    SAME_DONOR_AGGREGATE = "same-donor-aggregate"


class GiftRuleError(ValueError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class GiftFacts:
    donor_name: str
    value_pence: int
    received: date
    accepted: bool = True
    donor_number: str = ""

    def __post_init__(self) -> None:
        if self.value_pence < 0:
            raise GiftRuleError("negative-value", "The value must be £0 or more")
        if self.value_pence > MAX_VALUE_PENCE:
            raise GiftRuleError(
                "value-too-large", f"The value must be £{MAX_VALUE_PENCE // 100:,} or less"
            )
        if not self.donor_name.strip() and not self.donor_number.strip():
            raise GiftRuleError("missing-donor", "Give the name or number of who offered it")


@dataclass(frozen=True)
class Assessment:
    required: bool
    reason: Reason
    provision_key: str
    warnings: tuple[GiftWarning, ...]
    donor_total_pence: int


_COMPANY_NUMBER = re.compile(r"[A-Z]{2}[0-9]{6}|[0-9]{1,8}")
_CHARITY_NUMBER = re.compile(r"[0-9]{6,7}(?:-[0-9]{1,2})?|SC[0-9]{6}|NIC[0-9]{6}")


def _compact(text: str) -> str:
    return "".join(text.split()).upper()


def company_number(text: str) -> str | None:
    """``text`` as Companies House writes a company number, or None if it is not one."""
    number = _compact(text)
    if not _COMPANY_NUMBER.fullmatch(number):
        return None
    return number.zfill(8)


def charity_number(text: str) -> str | None:
    """``text`` as a charity regulator writes a charity number, or None if it is not one."""
    number = _compact(text)
    return number if _CHARITY_NUMBER.fullmatch(number) else None


def same_donor(one: GiftFacts, other: GiftFacts) -> bool:
    """Whether two gifts come from the same donor: by number where both give one, otherwise
    by name."""
    if one.donor_number.strip() and other.donor_number.strip():
        return _compact(one.donor_number) == _compact(other.donor_number)
    return " ".join(one.donor_name.split()).casefold() == (
        " ".join(other.donor_name.split()).casefold()
    )


def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier, clamped to the month's end."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")


def same_donor_within_window(gift: GiftFacts, others: Iterable[GiftFacts]) -> list[GiftFacts]:
    """``others`` from the same donor received in the twelve months up to ``gift``'s date.

    The window opens the day after the same date a year earlier, so a gift received exactly
    twelve months before falls outside it.
    """
    opens = months_before(gift.received, AGGREGATION_MONTHS)
    return [
        other
        for other in others
        if same_donor(other, gift) and opens < other.received <= gift.received
    ]


def assess(
    gift: GiftFacts, parameters: Parameters, earlier: Iterable[GiftFacts] = ()
) -> Assessment:
    """Whether ``gift`` must be registered under this council's code, and any warning.

    ``earlier`` are the member's other gifts (accepted ones count towards the total);
    the gift itself must not be among them.
    """
    threshold = parameters.gift_threshold_pence
    required = gift.value_pence >= threshold
    if gift.accepted:
        reason = Reason.AT_THRESHOLD if required else Reason.VOLUNTARY
        provision = "code.gifts.register"
    else:
        reason = Reason.REFUSED_SIGNIFICANT if required else Reason.VOLUNTARY
        provision = "code.gifts.register-refused"
    warnings: tuple[GiftWarning, ...] = ()
    total = gift.value_pence if gift.accepted else 0
    if gift.accepted:
        related = [g for g in same_donor_within_window(gift, earlier) if g.accepted]
        total += sum(g.value_pence for g in related)
        if (
            related
            and total >= threshold
            and any(g.value_pence < threshold for g in [gift, *related])
        ):
            warnings = (GiftWarning.SAME_DONOR_AGGREGATE,)
    return Assessment(required, reason, provision, warnings, total)


def assess_in_any_window(
    gift: GiftFacts, parameters: Parameters, others: Iterable[GiftFacts] = ()
) -> Assessment:
    """As ``assess``, with the same-donor warning also where a later gift's twelve months
    take this one in, so that every gift of a set that adds up to the threshold carries it,
    not only the last (the officer saw "Same donor: £105" on a £65 gift and nothing on the
    £40 one before it). The total is the largest such window's.

    ``others`` are the member's other gifts, earlier and later; the gift itself must not be
    among them.
    """
    others = list(others)
    own = assess(gift, parameters, others)
    if own.warnings or not gift.accepted:
        return own
    widest: Assessment | None = None
    for index, later in enumerate(others):
        takes_this_in = (
            later.accepted
            and same_donor(later, gift)
            and months_before(later.received, AGGREGATION_MONTHS) < gift.received
            and gift.received <= later.received
        )
        if not takes_this_in:
            continue
        theirs = assess(later, parameters, [gift, *others[:index], *others[index + 1 :]])
        if theirs.warnings and (
            widest is None or theirs.donor_total_pence > widest.donor_total_pence
        ):
            widest = theirs
    if widest is None:
        return own
    return replace(own, warnings=widest.warnings, donor_total_pence=widest.donor_total_pence)
