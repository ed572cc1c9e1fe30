"""Where each case stands on its council's clock: the step now due, its age, what is overdue.

Read from rows already loaded (the dashboard prefetches every case's pauses, hearing and
notice), so showing a thousand cases costs the same few queries as showing one.
"""

from dataclasses import dataclass
from datetime import date

from nolan.complaints.models import Complaint
from nolan.core.complaints import Outcome, Pause, State, Timescales, case_age, stage_clock
from nolan.core.complaints.clock import Stage, StageClock

# The path a case takes, for "stage n of 7" at a glance.
PATH = [
    State.RECEIVED,
    State.ASSESSMENT,
    State.INVESTIGATION,
    State.DRAFT_REPORT,
    State.FINAL_REPORT,
    State.HEARING,
    State.DECIDED,
]
STATE_NAMES = {
    State.RECEIVED: "Received",
    State.ASSESSMENT: "Initial assessment",
    State.INFORMAL_RESOLUTION: "Informal resolution",
    State.INVESTIGATION: "Investigation",
    State.DRAFT_REPORT: "Draft report with the parties",
    State.FINAL_REPORT: "Final report",
    State.HEARING: "Hearing",
    State.DECIDED: "Decided: sanctions and notice",
    State.CLOSED: "Closed",
    State.REFUSED: "Refused",
}


@dataclass(frozen=True)
class Progress:
    state: State
    name: str
    step: int
    steps: int
    age: int
    clock: StageClock | None
    paused: str
    # How a finished case ended ("Closed at assessment"), shown instead of a stage counter.
    ended: str = ""

    @property
    def overdue(self) -> bool:
        return bool(self.clock and self.clock.overdue)


def pauses_of(complaint: Complaint) -> list[Pause]:
    return [Pause(p.start, p.end) for p in complaint.pauses.all()]


def due_step(complaint: Complaint) -> tuple[Stage, date] | None:
    """The step the case waits for and the day its clock started, or None if none is timed."""
    state = State(complaint.state)
    if state == State.RECEIVED:
        return Stage.ACKNOWLEDGE, complaint.received_on
    if state == State.ASSESSMENT:
        if complaint.member_notified_on is None:
            return Stage.NOTIFY_MEMBER, complaint.received_on
        return Stage.ASSESS, complaint.received_on
    if state == State.INVESTIGATION:
        return Stage.INVESTIGATE, complaint.investigator_appointed_on or complaint.assessed_on
    if state == State.DRAFT_REPORT:
        return Stage.COMMENT_ON_DRAFT, complaint.draft_issued_on
    if state in (State.FINAL_REPORT, State.HEARING):
        return Stage.HEAR, complaint.final_report_on
    if state == State.DECIDED and not hasattr(complaint, "decision_notice"):
        return Stage.DECISION_NOTICE, complaint.hearing.held_on
    return None


def ending(complaint: Complaint) -> str:
    """Where a finished case stopped, in words; "" while it is open."""
    if complaint.state == State.REFUSED:
        return "Refused as anonymous"
    if complaint.state != State.CLOSED:
        return ""
    if hasattr(complaint, "hearing"):
        return "Closed after the hearing"
    if complaint.final_report_on is not None:
        return "Closed after the investigation: no breach found"
    if complaint.outcome == Outcome.INFORMAL_RESOLUTION:
        return "Closed by informal resolution"
    return "Closed at assessment"


def progress(complaint: Complaint, timescales: Timescales, today: date) -> Progress:
    state = State(complaint.state)
    pauses = pauses_of(complaint)
    timed = due_step(complaint)
    clock = None
    if timed is not None and timed[1] is not None:
        clock = stage_clock(timed[0], timed[1], today, timescales, pauses)
    return Progress(
        state=state,
        name=STATE_NAMES[state],
        step=PATH.index(state) + 1 if state in PATH else PATH.index(State.ASSESSMENT) + 1,
        steps=len(PATH),
        age=case_age(complaint.received_on, complaint.closed_on or today, pauses),
        clock=clock,
        paused=complaint.get_paused_display() if complaint.paused else "",
        ended=ending(complaint),
    )
