"""Sanctions an English council may impose after a finding of breach, and when each is met.

The Localism Act 2011 gave English councils no power to suspend or disqualify a member or
to stop their allowances; what remains (GUIDE.md section 1, following the CSPL 2019 report)
is the list in ``ENGLISH_SANCTIONS``. Anything else is refused with a stable code, the
three that councils most often ask about with their own reason.

Compliance follows code paragraph 8.4 ("I comply with any sanction imposed on me"): a
training sanction is met when the member's training is recorded on or after the decision
(code 8.1, the same record as the council's training register); a sanction limited in time
(withdrawn facilities, exclusion from premises) when its period has ended; any other when
the Monitoring Officer records that it has been carried out.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum

from nolan.core.complaints.errors import ComplaintRefused


class Sanction(StrEnum):
    PUBLISH_FINDING = "publish-finding"
    REPORT_TO_COUNCIL = "report-to-council"
    CENSURE = "censure"
    REMOVE_FROM_COMMITTEES = "recommend-removal-from-committees"
    REMOVE_FROM_OUTSIDE_APPOINTMENTS = "recommend-removal-from-outside-appointments"
    TRAINING = "training"
    WITHDRAW_FACILITIES = "withdraw-facilities"
    EXCLUDE_FROM_PREMISES = "exclude-from-premises"


ENGLISH_SANCTIONS = frozenset(Sanction)

# Sanctions the law in England does not allow, with the stable code each is refused with.
REFUSED_SANCTIONS = {
    "suspension": "suspension-not-lawful",
    "disqualification": "disqualification-not-lawful",
    "loss-of-allowances": "loss-of-allowances-not-lawful",
}

# Sanctions that last for a period the decision sets; met when the period has run.
TIME_LIMITED = frozenset({Sanction.WITHDRAW_FACILITIES, Sanction.EXCLUDE_FROM_PREMISES})


def check_sanctions(kinds: Iterable[str]) -> tuple[Sanction, ...]:
    """The sanctions as known values; refuses any an English council cannot impose."""
    checked: list[Sanction] = []
    for kind in kinds:
        if kind in REFUSED_SANCTIONS:
            raise ComplaintRefused(
                REFUSED_SANCTIONS[kind],
                f"councils in England cannot impose {kind.replace('-', ' ')} (Localism Act 2011)",
            )
        try:
            sanction = Sanction(kind)
        except ValueError:
            raise ComplaintRefused(
                "unknown-sanction", f"{kind!r} is not a sanction councils in England may impose"
            ) from None
        if sanction in checked:
            raise ComplaintRefused("duplicate-sanction", f"{kind} is listed twice")
        checked.append(sanction)
    return tuple(checked)


def sanction_complied(
    kind: Sanction,
    *,
    decided_on: date,
    today: date,
    done_on: date | None = None,
    until: date | None = None,
    trained_on: Iterable[date] = (),
) -> bool:
    """Whether the member has complied with one sanction, as of ``today``."""
    if kind == Sanction.TRAINING:
        return any(decided_on <= day <= today for day in trained_on)
    if kind in TIME_LIMITED:
        return until is not None and until < today
    return done_on is not None and done_on <= today
