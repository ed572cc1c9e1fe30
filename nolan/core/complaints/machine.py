"""The complaint workflow as an explicit state machine: every step allowed or refused by code.

Where each rule comes from (seed 000 Appendix C, the CSPL 2019 best practices):

- Anonymous complaints are refused unless the Monitoring Officer records a compelling public
  interest (issue 10; best practice 6's public interest test applies to every allegation).
- The member is told of the complaint and invited to comment before the assessment decision
  (best practice 10's published process; the issue's "tell the member and invite comments").
- The initial assessment records two tests: jurisdiction (a serving member, acting as a
  councillor, the code in force; protocol 2.2 leaves capacity to the Monitoring Officer) and
  the council's public interest test (best practice 6).
- The Independent Person's view is recorded before any decision to investigate and before a
  dismissal (best practice 8; Localism Act 2011 s.28(7)); the case cannot pass either point
  without it. The same holds at the hearing (s.28(7)) and before closing on an
  investigator's finding of no breach.
- Referral to the police is for a possible offence under s.34 (a DPI not registered or
  declared); the case is suspended and its clock stops, as it does while the Monitoring
  Officer waits for information.
- Where the Monitoring Officer has a conflict, another authority's officer investigates
  (best practice 13).
- The hearing panel excludes anyone who took part in the assessment (issue 10, step 5).
- Only sanctions lawful in England (``sanctions``); a decision notice (best practice 9) is
  published before the case closes, and a case with a sanction not yet complied with (code
  paragraph 8.4) stays open.

``step`` takes a ``Case`` (plain data the app builds from its rows) and returns the changed
``Case``, or raises ``ComplaintRefused``; the app stores the result and logs the step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

from nolan.core.complaints.errors import ComplaintRefused
from nolan.core.complaints.sanctions import check_sanctions


class State(StrEnum):
    RECEIVED = "received"
    ASSESSMENT = "assessment"
    INFORMAL_RESOLUTION = "informal-resolution"
    INVESTIGATION = "investigation"
    DRAFT_REPORT = "draft-report"
    FINAL_REPORT = "final-report"
    HEARING = "hearing"
    DECIDED = "decided"
    CLOSED = "closed"
    REFUSED = "refused"


FINISHED = frozenset({State.CLOSED, State.REFUSED})


class Outcome(StrEnum):
    """What the initial assessment decides (issue 10, step 3)."""

    NO_FURTHER_ACTION = "no-further-action"
    INFORMAL_RESOLUTION = "informal-resolution"
    INVESTIGATE = "investigate"
    REFER_TO_POLICE = "refer-to-police"


class PauseReason(StrEnum):
    """Why a case's clock is stopped."""

    POLICE = "police"
    INFORMATION = "information"


class Party(StrEnum):
    COMPLAINANT = "complainant"
    MEMBER = "member"


class Action(StrEnum):
    RECORD_ANONYMITY_PUBLIC_INTEREST = "record-anonymity-public-interest"
    REFUSE_ANONYMOUS = "refuse-anonymous"
    ACKNOWLEDGE = "acknowledge"
    NOTIFY_MEMBER = "notify-member"
    RECORD_JURISDICTION = "record-jurisdiction"
    RECORD_PUBLIC_INTEREST = "record-public-interest"
    RECORD_IP_VIEW = "record-ip-view"
    DECIDE_ASSESSMENT = "decide-assessment"
    RESOLVE_INFORMALLY = "resolve-informally"
    ESCALATE = "escalate"
    APPOINT_INVESTIGATOR = "appoint-investigator"
    TELL_PARTIES = "tell-parties"
    ISSUE_DRAFT_REPORT = "issue-draft-report"
    RECORD_COMMENTS = "record-comments"
    ISSUE_FINAL_REPORT = "issue-final-report"
    REFER_TO_HEARING = "refer-to-hearing"
    CLOSE_NO_BREACH = "close-no-breach"
    RECORD_DECISION = "record-decision"
    PUBLISH_NOTICE = "publish-notice"
    CLOSE = "close"
    PAUSE = "pause"
    RESUME = "resume"


@dataclass(frozen=True)
class Case:
    """What the rules need to know about one complaint; every field has its unstarted value."""

    state: State = State.RECEIVED
    paused: PauseReason | None = None
    anonymous: bool = False
    anonymity_public_interest: bool = False
    dpi_alleged: bool = False
    member_notified: bool = False
    jurisdiction: bool | None = None
    public_interest: bool | None = None
    ip_view_assessment: bool = False
    ip_view_report: bool = False
    ip_view_hearing: bool = False
    assessors: frozenset[str] = frozenset()
    investigator: bool = False
    parties_told: bool = False
    comments_due: date | None = None
    commented: frozenset[Party] = frozenset()
    breach_found: bool | None = None
    notice_published: bool = False
    sanctions: tuple[str, ...] = ()
    sanctions_outstanding: int = 0


@dataclass(frozen=True)
class Given:
    """What a step is told by whoever takes it (each action reads the fields it needs)."""

    by: str = ""
    passed: bool | None = None
    outcome: Outcome | None = None
    withhold_identity: bool = False
    withhold_reason: str = ""
    conflict: bool = False
    external: bool = False
    party: Party | None = None
    comments_due: date | None = None
    breach: bool | None = None
    today: date | None = None
    panel: frozenset[str] = field(default_factory=frozenset)
    sanctions: tuple[str, ...] = ()
    reason: PauseReason | None = None


def _refuse(code: str, message: str) -> ComplaintRefused:
    return ComplaintRefused(code, message)


# Either anonymity step on a named complaint; no page offers them (``allowed_actions``), so
# this reaches only a caller that asks anyway.
NOT_ANONYMOUS = "This complaint is not anonymous: the complainant gave their name."


def _assessed_by(case: Case, by: str) -> frozenset[str]:
    return case.assessors | {by} if by else case.assessors


def _record_anonymity_public_interest(case: Case, given: Given) -> Case:
    if not case.anonymous:
        raise _refuse("not-anonymous", NOT_ANONYMOUS)
    return replace(case, anonymity_public_interest=True)


def _refuse_anonymous(case: Case, given: Given) -> Case:
    if not case.anonymous:
        raise _refuse("not-anonymous", NOT_ANONYMOUS)
    if case.anonymity_public_interest:
        raise _refuse(
            "anonymity-public-interest-recorded",
            "a compelling public interest in this anonymous complaint has been recorded",
        )
    return replace(case, state=State.REFUSED)


def _acknowledge(case: Case, given: Given) -> Case:
    if case.anonymous and not case.anonymity_public_interest:
        raise _refuse(
            "anonymous",
            "an anonymous complaint is taken up only where a compelling public interest is "
            "recorded",
        )
    return replace(case, state=State.ASSESSMENT)


def _notify_member(case: Case, given: Given) -> Case:
    if case.member_notified:
        raise _refuse("already-notified", "the member has already been told")
    if given.withhold_identity and not given.withhold_reason.strip():
        raise _refuse("withholding-needs-reason", "say why the complainant's identity is withheld")
    return replace(case, member_notified=True)


def _passed(given: Given) -> bool:
    if given.passed is None:
        raise _refuse("test-unanswered", "say whether the test is met")
    return given.passed


def _record_jurisdiction(case: Case, given: Given) -> Case:
    return replace(case, jurisdiction=_passed(given), assessors=_assessed_by(case, given.by))


def _record_public_interest(case: Case, given: Given) -> Case:
    return replace(case, public_interest=_passed(given), assessors=_assessed_by(case, given.by))


# At which states the Independent Person's view is due, and which flag records it.
_IP_POINTS: dict[State, str] = {
    State.ASSESSMENT: "ip_view_assessment",
    State.INFORMAL_RESOLUTION: "ip_view_assessment",
    State.FINAL_REPORT: "ip_view_report",
    State.HEARING: "ip_view_hearing",
}


def _record_ip_view(case: Case, given: Given) -> Case:
    flag = _IP_POINTS[case.state]
    changes: dict[str, Any] = {flag: True}
    if case.state == State.ASSESSMENT:
        changes["assessors"] = _assessed_by(case, given.by)
    return replace(case, **changes)


def ip_view_awaited(case: Case) -> bool:
    """Whether the case stands at a point where the Independent Person's view is taken (the
    assessment, the final report, the hearing) and none is recorded for that point yet.

    Nolan has no separate step by which the Monitoring Officer asks for the view: the rules
    take it at these points, so a case there without one is what awaits the Independent
    Person. Reads only the state and the ``ip_view_*`` flags.
    """
    flag = _IP_POINTS.get(case.state)
    return flag is not None and not getattr(case, flag)


def _require_ip(case: Case, flag: str) -> None:
    if not getattr(case, flag):
        raise _refuse(
            "ip-view-required",
            "The council's procedure asks for the Independent Person's view before this "
            "decision (CSPL best practice 8): record their view first.",
        )


def _require_investigable(case: Case) -> None:
    if case.public_interest is None:
        raise _refuse("public-interest-not-recorded", "Record the public interest test first.")
    if not case.public_interest:
        raise _refuse(
            "fails-public-interest", "the complaint did not meet the public interest test"
        )
    _require_ip(case, "ip_view_assessment")


def _decide_assessment(case: Case, given: Given) -> Case:
    if given.outcome is None:
        raise _refuse("outcome-required", "choose the outcome of the assessment")
    if not case.member_notified:
        raise _refuse(
            "member-not-notified",
            "Tell the councillor about the complaint and invite their comments before deciding.",
        )
    if case.jurisdiction is None:
        raise _refuse(
            "jurisdiction-not-recorded",
            "Record the jurisdiction test first: whether the code applies.",
        )
    by = _assessed_by(case, given.by)
    if given.outcome == Outcome.NO_FURTHER_ACTION:
        _require_ip(case, "ip_view_assessment")
        return replace(case, state=State.CLOSED, assessors=by)
    if not case.jurisdiction:
        raise _refuse(
            "no-jurisdiction", "the code does not apply: the only outcome is no further action"
        )
    if given.outcome == Outcome.REFER_TO_POLICE:
        if not case.dpi_alleged:
            raise _refuse(
                "not-a-dpi-matter",
                "only a possible offence about disclosable pecuniary interests goes to the police",
            )
        return replace(case, paused=PauseReason.POLICE, assessors=by)
    if given.outcome == Outcome.INFORMAL_RESOLUTION:
        return replace(case, state=State.INFORMAL_RESOLUTION, assessors=by)
    _require_investigable(case)
    return replace(case, state=State.INVESTIGATION, assessors=by)


def _resolve_informally(case: Case, given: Given) -> Case:
    return replace(case, state=State.CLOSED)


def _escalate(case: Case, given: Given) -> Case:
    _require_investigable(case)
    return replace(case, state=State.INVESTIGATION)


def _appoint_investigator(case: Case, given: Given) -> Case:
    if case.investigator:
        raise _refuse("investigator-already-appointed", "an investigator is already appointed")
    if given.conflict and not given.external:
        raise _refuse(
            "conflict-needs-external-investigator",
            "with a conflict of interest, appoint another authority's officer (best practice 13)",
        )
    return replace(case, investigator=True)


def _tell_parties(case: Case, given: Given) -> Case:
    if not case.investigator:
        raise _refuse("no-investigator", "Appoint the investigator first.")
    return replace(case, parties_told=True)


def _issue_draft_report(case: Case, given: Given) -> Case:
    if not case.investigator:
        raise _refuse("no-investigator", "Appoint the investigator first.")
    if not case.parties_told:
        raise _refuse(
            "parties-not-told",
            "Tell both parties which paragraphs of the code the complaint is about first.",
        )
    if given.comments_due is None:
        raise _refuse("comments-due-required", "say by when the parties may comment")
    return replace(case, state=State.DRAFT_REPORT, comments_due=given.comments_due)


def _record_comments(case: Case, given: Given) -> Case:
    if given.party is None:
        raise _refuse("party-required", "say whose comments these are")
    if given.party in case.commented:
        raise _refuse("already-commented", "this party's comments are already recorded")
    return replace(case, commented=case.commented | {given.party})


def _issue_final_report(case: Case, given: Given) -> Case:
    if given.breach is None:
        raise _refuse("conclusion-required", "state the conclusion on breach")
    everyone = case.commented >= set(Party)
    if given.today is None or case.comments_due is None:
        raise _refuse("today-required", "the date of the final report is needed")
    if given.today <= case.comments_due and not everyone:
        raise _refuse(
            "comment-period-open",
            "the parties may still comment on the draft report",
        )
    return replace(case, state=State.FINAL_REPORT, breach_found=given.breach)


def _refer_to_hearing(case: Case, given: Given) -> Case:
    return replace(case, state=State.HEARING)


def _close_no_breach(case: Case, given: Given) -> Case:
    if case.breach_found:
        raise _refuse(
            "breach-found-needs-hearing", "the investigator found a breach: it goes to a hearing"
        )
    _require_ip(case, "ip_view_report")
    return replace(case, state=State.CLOSED)


def _record_decision(case: Case, given: Given) -> Case:
    if not given.panel:
        raise _refuse("panel-required", "record who sat on the hearing panel")
    if given.panel & case.assessors:
        raise _refuse(
            "panel-took-part-in-assessment",
            "nobody who took part in the assessment may sit on the panel",
        )
    if given.breach is None:
        raise _refuse("finding-required", "state whether the code was breached")
    _require_ip(case, "ip_view_hearing")
    if given.sanctions and not given.breach:
        raise _refuse("sanction-without-breach", "a sanction follows only a finding of breach")
    check_sanctions(given.sanctions)
    return replace(
        case,
        state=State.DECIDED,
        breach_found=given.breach,
        sanctions=tuple(given.sanctions),
        sanctions_outstanding=len(given.sanctions),
    )


def _publish_notice(case: Case, given: Given) -> Case:
    if case.notice_published:
        raise _refuse("notice-already-published", "the decision notice is already published")
    return replace(case, notice_published=True)


def _close(case: Case, given: Given) -> Case:
    if not case.notice_published:
        raise _refuse("notice-not-published", "Publish the decision notice first.")
    if case.sanctions_outstanding:
        raise _refuse(
            "sanctions-outstanding", "a sanction has not yet been complied with (code 8.4)"
        )
    return replace(case, state=State.CLOSED)


def _pause(case: Case, given: Given) -> Case:
    if given.reason != PauseReason.INFORMATION:
        raise _refuse(
            "pause-reason",
            "a case waits for information here; a police referral is an assessment outcome",
        )
    return replace(case, paused=PauseReason.INFORMATION)


def _resume(case: Case, given: Given) -> Case:
    if case.paused is None:
        raise _refuse("not-paused", "the case is not suspended")
    return replace(case, paused=None)


Rule = Callable[[Case, Given], Case]
_OPEN = frozenset(State) - FINISHED - {State.RECEIVED}

# Each action: the states it may be taken from, and the rule that checks and applies it.
TRANSITIONS: dict[Action, tuple[frozenset[State], Rule]] = {
    Action.RECORD_ANONYMITY_PUBLIC_INTEREST: (
        frozenset({State.RECEIVED}),
        _record_anonymity_public_interest,
    ),
    Action.REFUSE_ANONYMOUS: (frozenset({State.RECEIVED}), _refuse_anonymous),
    Action.ACKNOWLEDGE: (frozenset({State.RECEIVED}), _acknowledge),
    Action.NOTIFY_MEMBER: (frozenset({State.ASSESSMENT}), _notify_member),
    Action.RECORD_JURISDICTION: (frozenset({State.ASSESSMENT}), _record_jurisdiction),
    Action.RECORD_PUBLIC_INTEREST: (frozenset({State.ASSESSMENT}), _record_public_interest),
    Action.RECORD_IP_VIEW: (frozenset(_IP_POINTS), _record_ip_view),
    Action.DECIDE_ASSESSMENT: (frozenset({State.ASSESSMENT}), _decide_assessment),
    Action.RESOLVE_INFORMALLY: (frozenset({State.INFORMAL_RESOLUTION}), _resolve_informally),
    Action.ESCALATE: (frozenset({State.INFORMAL_RESOLUTION}), _escalate),
    Action.APPOINT_INVESTIGATOR: (frozenset({State.INVESTIGATION}), _appoint_investigator),
    Action.TELL_PARTIES: (frozenset({State.INVESTIGATION}), _tell_parties),
    Action.ISSUE_DRAFT_REPORT: (frozenset({State.INVESTIGATION}), _issue_draft_report),
    Action.RECORD_COMMENTS: (frozenset({State.DRAFT_REPORT}), _record_comments),
    Action.ISSUE_FINAL_REPORT: (frozenset({State.DRAFT_REPORT}), _issue_final_report),
    Action.REFER_TO_HEARING: (frozenset({State.FINAL_REPORT}), _refer_to_hearing),
    Action.CLOSE_NO_BREACH: (frozenset({State.FINAL_REPORT}), _close_no_breach),
    Action.RECORD_DECISION: (frozenset({State.HEARING}), _record_decision),
    Action.PUBLISH_NOTICE: (frozenset({State.DECIDED}), _publish_notice),
    Action.CLOSE: (frozenset({State.DECIDED}), _close),
    Action.PAUSE: (_OPEN - {State.DECIDED}, _pause),
    Action.RESUME: (_OPEN, _resume),
}

# The states at which the Independent Person's view is taken.
IP_VIEW_STATES = frozenset(_IP_POINTS)

# What may still be done while the clock is stopped.
_WHILE_PAUSED = frozenset({Action.RESUME, Action.RECORD_IP_VIEW})


def step(case: Case, action: Action, **given: Any) -> Case:
    """The case after ``action``, or ``ComplaintRefused`` saying why it may not be taken."""
    if case.state in FINISHED:
        raise _refuse("case-finished", f"the case is {case.state.value}: nothing more happens")
    states, rule = TRANSITIONS[action]
    if case.state not in states:
        raise _refuse(
            "wrong-state", f"{action.value} cannot be done while the case is {case.state.value}"
        )
    if action == Action.PAUSE and case.paused is not None:
        raise _refuse("already-paused", "the case is already suspended")
    if case.paused is not None and action not in _WHILE_PAUSED:
        raise _refuse(
            "case-paused",
            "The case is on hold: take it off hold first.",
        )
    return rule(case, Given(**given))


_ANONYMITY_ACTIONS = frozenset({Action.RECORD_ANONYMITY_PUBLIC_INTEREST, Action.REFUSE_ANONYMOUS})

# Steps taken once, which their own rules refuse once the case shows them taken: each with
# what the case records of it.
_DONE: dict[Action, Callable[[Case], bool]] = {
    Action.NOTIFY_MEMBER: lambda case: case.member_notified,
    Action.REFUSE_ANONYMOUS: lambda case: case.anonymity_public_interest,
    Action.APPOINT_INVESTIGATOR: lambda case: case.investigator,
    Action.RECORD_COMMENTS: lambda case: case.commented >= set(Party),
    Action.PUBLISH_NOTICE: lambda case: case.notice_published,
}


def allowed_actions(case: Case) -> list[Action]:
    """The actions open from the case's state (their own checks may still refuse them).

    Actions the case alone always refuses are left out, so no page offers them: resuming a
    case that is not on hold, the anonymity steps for a complaint whose complainant gave
    their name, and a step taken once that has been (telling the member, say).
    """
    if case.state in FINISHED:
        return []
    return [
        action
        for action, (states, _) in TRANSITIONS.items()
        if case.state in states
        and (case.paused is None or action in _WHILE_PAUSED)
        and not (action == Action.RESUME and case.paused is None)
        and (case.anonymous or action not in _ANONYMITY_ACTIONS)
        and not (action in _DONE and _DONE[action](case))
    ]
