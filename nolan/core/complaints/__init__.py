"""Code-of-conduct complaints as plain rules: the workflow, the working-day clock, sanctions.

No Django here: the app ``nolan.complaints`` maps its rows to these dataclasses, asks the
machine whether a step is allowed, and stores what comes back. Every refusal is a
``ComplaintRefused`` with a stable ``code``.
"""

from nolan.core.complaints.clock import Pause, Stage, StageClock, Timescales, case_age, stage_clock
from nolan.core.complaints.errors import ComplaintRefused
from nolan.core.complaints.machine import (
    Action,
    Case,
    Outcome,
    PauseReason,
    State,
    allowed_actions,
    step,
)
from nolan.core.complaints.sanctions import (
    ENGLISH_SANCTIONS,
    REFUSED_SANCTIONS,
    Sanction,
    check_sanctions,
    sanction_complied,
)

__all__ = [
    "ENGLISH_SANCTIONS",
    "REFUSED_SANCTIONS",
    "Action",
    "Case",
    "ComplaintRefused",
    "Outcome",
    "Pause",
    "PauseReason",
    "Sanction",
    "Stage",
    "StageClock",
    "State",
    "Timescales",
    "allowed_actions",
    "case_age",
    "check_sanctions",
    "sanction_complied",
    "stage_clock",
    "step",
]
