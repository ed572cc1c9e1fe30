"""Every transition of the complaint workflow, and every refusal by its stable code."""

from dataclasses import replace
from datetime import date

import pytest

from nolan.core.complaints import Action, Case, ComplaintRefused, Outcome, PauseReason, State
from nolan.core.complaints.machine import FINISHED, TRANSITIONS, Party, allowed_actions, step

MO = "mo"
IP = "ip"


def refused(case, action, code, **given):
    with pytest.raises(ComplaintRefused) as raised:
        step(case, action, **given)
    assert raised.value.code == code
    return raised.value


def assessed(**overrides):
    """A case in assessment with both tests passed, the member told and the IP's view in."""
    case = step(Case(), Action.ACKNOWLEDGE)
    case = step(case, Action.NOTIFY_MEMBER)
    case = step(case, Action.RECORD_JURISDICTION, passed=True, by=MO)
    case = step(case, Action.RECORD_PUBLIC_INTEREST, passed=True, by=MO)
    case = step(case, Action.RECORD_IP_VIEW, by=IP)
    return replace(case, **overrides)


def refused_decision(code, outcome, **lacking):
    """The assessment decision ``outcome`` is refused with ``code`` for a case ``lacking``
    one of the steps that must come first."""
    return refused(assessed(**lacking), Action.DECIDE_ASSESSMENT, code, outcome=outcome)


def investigating():
    return step(assessed(), Action.DECIDE_ASSESSMENT, outcome=Outcome.INVESTIGATE, by=MO)


def drafted(comments_due=date(2025, 3, 14)):
    case = step(investigating(), Action.APPOINT_INVESTIGATOR)
    case = step(case, Action.TELL_PARTIES)
    return step(case, Action.ISSUE_DRAFT_REPORT, comments_due=comments_due)


def reported(breach=True):
    case = drafted()
    return step(case, Action.ISSUE_FINAL_REPORT, breach=breach, today=date(2025, 3, 17))


def at_hearing():
    return step(step(reported(), Action.REFER_TO_HEARING), Action.RECORD_IP_VIEW)


def decided(sanctions=("censure", "training")):
    return step(
        at_hearing(),
        Action.RECORD_DECISION,
        panel=frozenset({"c1", "c2", "c3"}),
        breach=True,
        sanctions=sanctions,
    )


# One case in each state, reached through the machine itself.
def in_state(state):
    return {
        State.RECEIVED: lambda: Case(),
        State.ASSESSMENT: lambda: step(Case(), Action.ACKNOWLEDGE),
        State.INFORMAL_RESOLUTION: lambda: step(
            assessed(), Action.DECIDE_ASSESSMENT, outcome=Outcome.INFORMAL_RESOLUTION
        ),
        State.INVESTIGATION: investigating,
        State.DRAFT_REPORT: drafted,
        State.FINAL_REPORT: reported,
        State.HEARING: at_hearing,
        State.DECIDED: decided,
        State.CLOSED: lambda: step(
            assessed(), Action.DECIDE_ASSESSMENT, outcome="no-further-action"
        ),
        State.REFUSED: lambda: step(Case(anonymous=True), Action.REFUSE_ANONYMOUS),
    }[state]()


@pytest.mark.parametrize("state", list(State))
def test_every_state_is_reachable_through_the_machine(state):
    assert in_state(state).state == state


def test_the_whole_path_from_complaint_to_closed_case_with_sanctions_complied():
    case = decided()
    assert case.state == State.DECIDED and case.sanctions_outstanding == 2
    case = step(case, Action.PUBLISH_NOTICE)
    case = step(replace(case, sanctions_outstanding=0), Action.CLOSE)
    assert case.state == State.CLOSED


WRONG_STATE = [
    (action, state)
    for action, (states, _) in TRANSITIONS.items()
    for state in State
    if state not in states and state not in FINISHED
]


@pytest.mark.parametrize(("action", "state"), WRONG_STATE, ids=[f"{a}@{s}" for a, s in WRONG_STATE])
def test_an_action_from_the_wrong_state_is_refused(action, state):
    refused(in_state(state), action, "wrong-state")


@pytest.mark.parametrize("state", sorted(FINISHED))
@pytest.mark.parametrize("action", list(Action))
def test_nothing_happens_to_a_finished_case(state, action):
    refused(in_state(state), action, "case-finished")
    assert allowed_actions(in_state(state)) == []


def test_allowed_actions_are_those_from_the_current_state():
    assert set(allowed_actions(Case(anonymous=True))) == {
        Action.RECORD_ANONYMITY_PUBLIC_INTEREST,
        Action.REFUSE_ANONYMOUS,
        Action.ACKNOWLEDGE,
    }
    paused = replace(investigating(), paused=PauseReason.INFORMATION)
    assert allowed_actions(paused) == [Action.RESUME]
    assert Action.RESUME not in allowed_actions(investigating())
    assert Action.PAUSE in allowed_actions(investigating())


@pytest.mark.parametrize(
    ("action", "taken"),
    [
        (Action.NOTIFY_MEMBER, step(step(Case(), Action.ACKNOWLEDGE), Action.NOTIFY_MEMBER)),
        (
            Action.REFUSE_ANONYMOUS,
            step(Case(anonymous=True), Action.RECORD_ANONYMITY_PUBLIC_INTEREST),
        ),
        (Action.APPOINT_INVESTIGATOR, replace(Case(state=State.INVESTIGATION), investigator=True)),
        (
            Action.RECORD_COMMENTS,
            replace(Case(state=State.DRAFT_REPORT), commented=frozenset(Party)),
        ),
        (Action.PUBLISH_NOTICE, replace(Case(state=State.DECIDED), notice_published=True)),
    ],
)
def test_a_step_taken_once_is_not_offered_again(action, taken):
    """Walk item 24: "Tell the member and invite comments" was still offered once done, and
    taking it again was refused only then."""
    assert action not in allowed_actions(taken)
    with pytest.raises(ComplaintRefused):
        step(taken, action, party=Party.MEMBER)


# --- Anonymity ---------------------------------------------------------------------------


def test_an_anonymous_complaint_cannot_be_taken_up_without_a_public_interest():
    refused(Case(anonymous=True), Action.ACKNOWLEDGE, "anonymous")


def test_an_anonymous_complaint_with_a_recorded_public_interest_is_taken_up():
    case = step(Case(anonymous=True), Action.RECORD_ANONYMITY_PUBLIC_INTEREST)
    assert step(case, Action.ACKNOWLEDGE).state == State.ASSESSMENT


def test_an_anonymous_complaint_is_refused():
    assert step(Case(anonymous=True), Action.REFUSE_ANONYMOUS).state == State.REFUSED


def test_a_named_complaint_is_not_refused_as_anonymous():
    refused(Case(), Action.REFUSE_ANONYMOUS, "not-anonymous")
    refused(Case(), Action.RECORD_ANONYMITY_PUBLIC_INTEREST, "not-anonymous")
    assert allowed_actions(Case()) == [Action.ACKNOWLEDGE]


def test_an_anonymous_complaint_with_a_public_interest_cannot_then_be_refused():
    case = step(Case(anonymous=True), Action.RECORD_ANONYMITY_PUBLIC_INTEREST)
    refused(case, Action.REFUSE_ANONYMOUS, "anonymity-public-interest-recorded")


# --- Notification and the two tests ------------------------------------------------------


def test_the_member_is_told_once():
    case = step(step(Case(), Action.ACKNOWLEDGE), Action.NOTIFY_MEMBER)
    refused(case, Action.NOTIFY_MEMBER, "already-notified")


def test_withholding_the_complainants_identity_needs_a_reason():
    case = step(Case(), Action.ACKNOWLEDGE)
    refused(case, Action.NOTIFY_MEMBER, "withholding-needs-reason", withhold_identity=True)
    told = step(case, Action.NOTIFY_MEMBER, withhold_identity=True, withhold_reason="Fear")
    assert told.member_notified


@pytest.mark.parametrize("action", [Action.RECORD_JURISDICTION, Action.RECORD_PUBLIC_INTEREST])
def test_a_test_must_be_answered(action):
    refused(step(Case(), Action.ACKNOWLEDGE), action, "test-unanswered")


def test_those_who_assess_are_remembered():
    assert assessed().assessors == {MO, IP}


def test_the_outcome_must_be_chosen():
    refused(assessed(), Action.DECIDE_ASSESSMENT, "outcome-required")


def test_the_member_is_told_before_the_assessment_is_decided():
    refused_decision("member-not-notified", Outcome.INFORMAL_RESOLUTION, member_notified=False)


def test_jurisdiction_is_recorded_before_the_assessment_is_decided():
    refused_decision("jurisdiction-not-recorded", Outcome.NO_FURTHER_ACTION, jurisdiction=None)


@pytest.mark.parametrize(
    "outcome", [Outcome.INFORMAL_RESOLUTION, Outcome.INVESTIGATE, Outcome.REFER_TO_POLICE]
)
def test_without_jurisdiction_the_only_outcome_is_no_further_action(outcome):
    case = assessed(jurisdiction=False, dpi_alleged=True)
    refused(case, Action.DECIDE_ASSESSMENT, "no-jurisdiction", outcome=outcome)
    closed = step(case, Action.DECIDE_ASSESSMENT, outcome=Outcome.NO_FURTHER_ACTION)
    assert closed.state == State.CLOSED


# --- The Independent Person's gates (best practice 8) -------------------------------------


def test_no_investigation_without_the_independent_persons_view():
    refused_decision("ip-view-required", Outcome.INVESTIGATE, ip_view_assessment=False)


def test_no_dismissal_without_the_independent_persons_view():
    refused_decision("ip-view-required", Outcome.NO_FURTHER_ACTION, ip_view_assessment=False)


def test_informal_resolution_needs_no_independent_persons_view():
    case = step(
        assessed(ip_view_assessment=False),
        Action.DECIDE_ASSESSMENT,
        outcome=Outcome.INFORMAL_RESOLUTION,
    )
    assert case.state == State.INFORMAL_RESOLUTION
    assert step(case, Action.RESOLVE_INFORMALLY).state == State.CLOSED


def test_escalating_an_informal_resolution_to_investigation_passes_the_same_gate():
    case = step(
        assessed(ip_view_assessment=False),
        Action.DECIDE_ASSESSMENT,
        outcome=Outcome.INFORMAL_RESOLUTION,
    )
    refused(case, Action.ESCALATE, "ip-view-required")
    case = step(case, Action.RECORD_IP_VIEW)
    assert step(case, Action.ESCALATE).state == State.INVESTIGATION


def test_the_public_interest_test_is_recorded_and_met_before_investigating():
    refused_decision("public-interest-not-recorded", Outcome.INVESTIGATE, public_interest=None)
    refused_decision("fails-public-interest", Outcome.INVESTIGATE, public_interest=False)


# --- Suspension --------------------------------------------------------------------------


def test_referral_to_the_police_suspends_the_case():
    case = step(assessed(dpi_alleged=True), Action.DECIDE_ASSESSMENT, outcome="refer-to-police")
    assert (case.state, case.paused) == (State.ASSESSMENT, PauseReason.POLICE)
    refused(case, Action.DECIDE_ASSESSMENT, "case-paused", outcome=Outcome.INVESTIGATE)
    resumed = step(case, Action.RESUME)
    assert resumed.paused is None
    assert step(resumed, Action.DECIDE_ASSESSMENT, outcome="investigate").state == (
        State.INVESTIGATION
    )


def test_only_a_possible_dpi_offence_goes_to_the_police():
    refused(assessed(), Action.DECIDE_ASSESSMENT, "not-a-dpi-matter", outcome="refer-to-police")


def test_waiting_for_information_suspends_and_resumes():
    case = step(investigating(), Action.PAUSE, reason=PauseReason.INFORMATION)
    assert case.paused == PauseReason.INFORMATION
    refused(case, Action.PAUSE, "already-paused", reason=PauseReason.INFORMATION)
    refused(case, Action.APPOINT_INVESTIGATOR, "case-paused")
    assert step(case, Action.RESUME).paused is None


def test_the_police_are_not_a_pause_reason_of_their_own():
    refused(investigating(), Action.PAUSE, "pause-reason", reason=PauseReason.POLICE)
    refused(investigating(), Action.PAUSE, "pause-reason")


def test_a_case_that_is_not_suspended_cannot_resume():
    refused(investigating(), Action.RESUME, "not-paused")


def test_the_independent_persons_view_can_be_recorded_while_suspended():
    case = replace(assessed(ip_view_assessment=False), paused=PauseReason.INFORMATION)
    assert step(case, Action.RECORD_IP_VIEW).ip_view_assessment


# --- Investigation -----------------------------------------------------------------------


def test_one_investigator_is_appointed():
    case = step(investigating(), Action.APPOINT_INVESTIGATOR)
    refused(case, Action.APPOINT_INVESTIGATOR, "investigator-already-appointed")


def test_a_conflict_needs_another_authoritys_investigator():
    refused(
        investigating(),
        Action.APPOINT_INVESTIGATOR,
        "conflict-needs-external-investigator",
        conflict=True,
    )
    case = step(investigating(), Action.APPOINT_INVESTIGATOR, conflict=True, external=True)
    assert case.investigator


def test_the_parties_are_told_by_an_investigator():
    refused(investigating(), Action.TELL_PARTIES, "no-investigator")


def test_a_draft_report_needs_an_investigator_who_told_the_parties():
    due = date(2025, 3, 14)
    refused(investigating(), Action.ISSUE_DRAFT_REPORT, "no-investigator", comments_due=due)
    appointed = step(investigating(), Action.APPOINT_INVESTIGATOR)
    refused(appointed, Action.ISSUE_DRAFT_REPORT, "parties-not-told", comments_due=due)
    told = step(appointed, Action.TELL_PARTIES)
    refused(told, Action.ISSUE_DRAFT_REPORT, "comments-due-required")


def test_each_partys_comments_are_recorded_once():
    refused(drafted(), Action.RECORD_COMMENTS, "party-required")
    case = step(drafted(), Action.RECORD_COMMENTS, party=Party.MEMBER)
    refused(case, Action.RECORD_COMMENTS, "already-commented", party=Party.MEMBER)


def test_the_final_report_waits_for_the_comment_period():
    case = drafted(comments_due=date(2025, 3, 14))
    refused(case, Action.ISSUE_FINAL_REPORT, "conclusion-required", today=date(2025, 3, 17))
    refused(case, Action.ISSUE_FINAL_REPORT, "today-required", breach=True)
    refused(
        case, Action.ISSUE_FINAL_REPORT, "comment-period-open", breach=True, today=date(2025, 3, 14)
    )
    final = step(case, Action.ISSUE_FINAL_REPORT, breach=True, today=date(2025, 3, 17))
    assert (final.state, final.breach_found) == (State.FINAL_REPORT, True)


def test_the_final_report_may_come_early_once_both_parties_commented():
    case = drafted(comments_due=date(2025, 3, 14))
    for party in Party:
        case = step(case, Action.RECORD_COMMENTS, party=party)
    final = step(case, Action.ISSUE_FINAL_REPORT, breach=False, today=date(2025, 3, 10))
    assert final.state == State.FINAL_REPORT


def test_a_finding_of_no_breach_closes_after_the_independent_persons_view():
    case = reported(breach=False)
    refused(case, Action.CLOSE_NO_BREACH, "ip-view-required")
    case = step(case, Action.RECORD_IP_VIEW)
    assert step(case, Action.CLOSE_NO_BREACH).state == State.CLOSED


def test_a_finding_of_breach_goes_to_a_hearing():
    case = step(reported(breach=True), Action.RECORD_IP_VIEW)
    refused(case, Action.CLOSE_NO_BREACH, "breach-found-needs-hearing")


# --- Hearing, notice, sanctions ----------------------------------------------------------

PANEL = frozenset({"c1", "c2", "c3"})


def test_the_hearing_records_its_panel():
    refused(at_hearing(), Action.RECORD_DECISION, "panel-required", breach=True)


def test_nobody_who_assessed_the_complaint_sits_on_the_panel():
    refused(
        at_hearing(),
        Action.RECORD_DECISION,
        "panel-took-part-in-assessment",
        panel=PANEL | {IP},
        breach=True,
    )


def test_the_hearing_states_its_finding():
    refused(at_hearing(), Action.RECORD_DECISION, "finding-required", panel=PANEL)


def test_the_hearing_has_the_independent_persons_view():
    case = step(reported(), Action.REFER_TO_HEARING)
    refused(case, Action.RECORD_DECISION, "ip-view-required", panel=PANEL, breach=True)


def test_no_sanction_without_a_breach():
    refused(
        at_hearing(),
        Action.RECORD_DECISION,
        "sanction-without-breach",
        panel=PANEL,
        breach=False,
        sanctions=("censure",),
    )


@pytest.mark.parametrize(
    ("sanction", "code"),
    [
        ("suspension", "suspension-not-lawful"),
        ("disqualification", "disqualification-not-lawful"),
        ("loss-of-allowances", "loss-of-allowances-not-lawful"),
        ("fine", "unknown-sanction"),
    ],
)
def test_a_sanction_english_councils_cannot_impose_is_refused(sanction, code):
    refused(
        at_hearing(),
        Action.RECORD_DECISION,
        code,
        panel=PANEL,
        breach=True,
        sanctions=("censure", sanction),
    )


def test_a_finding_of_no_breach_is_decided_without_sanctions():
    case = step(at_hearing(), Action.RECORD_DECISION, panel=PANEL, breach=False)
    assert (case.state, case.sanctions_outstanding) == (State.DECIDED, 0)


def test_the_notice_is_published_once():
    case = step(decided(), Action.PUBLISH_NOTICE)
    refused(case, Action.PUBLISH_NOTICE, "notice-already-published")


def test_a_case_closes_only_once_its_notice_is_published_and_sanctions_met():
    refused(decided(sanctions=()), Action.CLOSE, "notice-not-published")
    published = step(decided(), Action.PUBLISH_NOTICE)
    refused(published, Action.CLOSE, "sanctions-outstanding")
    assert step(replace(published, sanctions_outstanding=0), Action.CLOSE).state == State.CLOSED


def test_the_independent_persons_view_is_awaited_where_it_is_taken_until_it_is_recorded():
    """Issue 11: the Independent Person's home page lists these cases."""
    from nolan.core.complaints.machine import ip_view_awaited

    assert ip_view_awaited(step(Case(), Action.ACKNOWLEDGE))
    assert not ip_view_awaited(assessed())
    at_report = Case(state=State.FINAL_REPORT, ip_view_assessment=True)
    assert ip_view_awaited(at_report)
    assert not ip_view_awaited(step(at_report, Action.RECORD_IP_VIEW, by=IP))
    at_hearing = Case(state=State.HEARING, ip_view_assessment=True, ip_view_report=True)
    assert ip_view_awaited(at_hearing)
    assert ip_view_awaited(replace(at_hearing, paused=PauseReason.INFORMATION))
    for state in (State.RECEIVED, State.INVESTIGATION, State.DRAFT_REPORT, State.DECIDED):
        assert not ip_view_awaited(Case(state=state))
    for state in FINISHED:
        assert not ip_view_awaited(Case(state=state))


@pytest.mark.parametrize("state", list(State))
def test_a_view_is_awaited_only_where_the_machine_lets_it_be_recorded(state):
    from nolan.core.complaints.machine import ip_view_awaited

    for paused in (None, PauseReason.INFORMATION):
        case = Case(state=state, paused=paused)
        if ip_view_awaited(case):
            assert Action.RECORD_IP_VIEW in allowed_actions(case)
