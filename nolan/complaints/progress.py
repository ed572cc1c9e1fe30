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


# Each final outcome as the complainant, the member and the statistics read it. A case has
# one once it is refused or closed, or once a hearing has decided it; until then it has none,
# whatever the assessment decided on the way (an investigation, a police referral).
REFUSED_ANONYMOUS = "Refused as anonymous"
NO_FURTHER_ACTION = "No further action"
RESOLVED_INFORMALLY = "Resolved informally"
NO_BREACH_INVESTIGATED = "No breach found by the investigation"
BREACH_AT_HEARING = "Breach found at a hearing"
NO_BREACH_AT_HEARING = "No breach found at a hearing"
FINAL_OUTCOMES = (
    BREACH_AT_HEARING,
    NO_BREACH_AT_HEARING,
    NO_BREACH_INVESTIGATED,
    RESOLVED_INFORMALLY,
    NO_FURTHER_ACTION,
    REFUSED_ANONYMOUS,
)


def final_outcome(complaint: Complaint) -> str:
    """How the case ended, one of ``FINAL_OUTCOMES``; "" while it has no outcome yet. Reads
    the case and its hearing only (the statistics load both for every case at once)."""
    state = State(complaint.state)
    if state == State.REFUSED:
        return REFUSED_ANONYMOUS
    if hasattr(complaint, "hearing"):
        return BREACH_AT_HEARING if complaint.hearing.breach else NO_BREACH_AT_HEARING
    if state != State.CLOSED:
        return ""
    if complaint.final_report_on is not None:
        return NO_BREACH_INVESTIGATED
    if complaint.outcome == Outcome.INFORMAL_RESOLUTION:
        return RESOLVED_INFORMALLY
    return NO_FURTHER_ACTION


# The step whose note holds the Monitoring Officer's reasons for each outcome that has no
# field of its own for them.
_REASONS_LOGGED = {
    NO_BREACH_INVESTIGATED: "close-no-breach",
    RESOLVED_INFORMALLY: "resolve-informally",
}


def outcome_reasons(complaint: Complaint) -> str:
    """The reasons given for the final outcome, as the parties are told them: the hearing's,
    the Monitoring Officer's at the assessment, or the note of the step that closed the case
    (how it was resolved, why it closed after the investigation)."""
    ended = final_outcome(complaint)
    if ended in (BREACH_AT_HEARING, NO_BREACH_AT_HEARING):
        return complaint.hearing.reasoning
    if ended == NO_FURTHER_ACTION:
        return complaint.outcome_reasons
    if ended == REFUSED_ANONYMOUS:
        return (
            "The complainant gave no name, and an anonymous complaint is taken up only where "
            "there is a compelling public interest in doing so."
        )
    action = _REASONS_LOGGED.get(ended)
    if action is None:
        return ""
    entry = complaint.log.filter(action=action).order_by("-at", "-id").first()
    return entry.note if entry else ""


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
