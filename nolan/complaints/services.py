"""The one write path for complaints: the form, every page's buttons, the demo call these.

Each step takes the acting user, checks they may take it (the council's Monitoring Officer
or deputy, its Independent Person for their view, the appointed investigator for the
investigation; a principal authority's officers act for its parishes), locks the case,
asks the pure state machine (``nolan.core.complaints``) whether the step is allowed, stores
what it recorded and writes the case log, all in one transaction. Refusals are
``ComplaintError`` with the machine's stable ``code`` (or this module's own).
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import phonenumbers
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import capfirst

from nolan.codebook.links import ParagraphLink, paragraph_link, paragraph_links
from nolan.complaints.evidence import check_upload
from nolan.complaints.models import (
    Arrangements,
    CaseLog,
    Complaint,
    DecisionNotice,
    Evidence,
    Hearing,
    IndependentPersonView,
    Pause,
    SanctionImposed,
    TrainingRecord,
)
from nolan.core.codes import Kind
from nolan.core.complaints import (
    Action,
    Case,
    ComplaintRefused,
    Outcome,
    PauseReason,
    Sanction,
    State,
    Timescales,
    check_sanctions,
    sanction_complied,
    step,
)
from nolan.core.complaints.clock import Stage, due_date
from nolan.core.complaints.machine import IP_VIEW_STATES, Party, ip_view_awaited
from nolan.core.complaints.paragraphs import citable, citable_by_document
from nolan.core.dates import long_date
from nolan.core.errors import Refused
from nolan.councils.models import Council, Member, Role
from nolan.councils.roles import OFFICER_KINDS, councils_for
from nolan.limits import TEXT_MAX_LENGTH, too_long

# Everyone who sees a case before publication: its officers and Independent Persons.
CASE_KINDS = (*OFFICER_KINDS, Role.Kind.INDEPENDENT_PERSON)

# A member's duties while a complaint about them is handled: to cooperate with any
# investigation, and not to intimidate anyone involved in it (the LGA model's paragraphs
# 8.2 and 8.3; each council's own numbers come from its code).
MEMBER_DUTIES = ("code.compliance.2", "code.compliance.3")


class ComplaintError(Refused):
    """A step refused; ``code`` is stable, ``field`` names the input at fault."""


def _today(today: date | None) -> date:
    return today or timezone.localdate()


def _moment(today: date | None) -> datetime:
    """When a step is recorded: now, or, for a step given its own day (the demo's past
    cases), that day at the current time of day, so its history reads the day it was taken."""
    now = timezone.localtime()
    return now if today is None else now.replace(year=today.year, month=today.month, day=today.day)


def arrangements_for(council: Council) -> Arrangements:
    """The arrangements that govern ``council``'s complaints: a parish uses its principal's."""
    owner = council.principal or council
    found = Arrangements.objects.filter(council=owner).first()
    return found or Arrangements(council=owner)


STAGE_NAMES = {
    Stage.ACKNOWLEDGE: "Acknowledge the complaint",
    Stage.NOTIFY_MEMBER: "Tell the councillor and invite their comments",
    Stage.ASSESS: "Decide what happens next (initial assessment)",
    Stage.INVESTIGATE: "Investigate, to the draft report",
    Stage.COMMENT_ON_DRAFT: "Comments on the draft report",
    Stage.HEAR: "Hearing, after the final report",
    Stage.DECISION_NOTICE: "Publish the decision notice, after the hearing",
}


def timescale_rows(timescales: Timescales) -> list[tuple[str, int]]:
    """Each stage's name and its working days, for the published guidance."""
    return [(STAGE_NAMES[stage], timescales.days(stage)) for stage in Stage]


ARRANGEMENT_FIELDS = (
    "how_to_complain",
    "public_interest_test",
    "capacity_test",
    "acknowledge_days",
    "notify_member_days",
    "assess_days",
    "investigate_days",
    "comment_on_draft_days",
    "hear_days",
    "decision_notice_days",
    "training_within_months",
    "training_every_months",
)


@transaction.atomic
def save_arrangements(by, arrangements: Arrangements, *, reason: str) -> Arrangements:
    """A principal authority's published arrangements and timescales (best practices 6 and
    10), changed by its Monitoring Officer, who says why; the row's history keeps both. A
    parish council uses its principal's."""
    from nolan.councils.services import save_scoped

    if arrangements.council.principal_id is not None:
        raise ComplaintError(
            "parish-uses-principal", "a parish council uses its principal authority's arrangements"
        )
    save_scoped(
        by,
        arrangements,
        council_of=lambda a: a.council,
        fields=ARRANGEMENT_FIELDS,
        reason=reason,
        error=ComplaintError,
    )
    return arrangements


def is_officer(user, council: Council) -> bool:
    return councils_for(user, OFFICER_KINDS).filter(pk=council.pk).exists()


def is_independent_person(user, council: Council) -> bool:
    kinds = [Role.Kind.INDEPENDENT_PERSON]
    return councils_for(user, kinds).filter(pk=council.pk).exists()


# While a case is with its investigator: from their appointment, through the draft and final
# reports, to the hearing at which the report is heard. Once the case is decided or closed the
# investigation is over, and an investigator who is not one of the council's own officers
# (another authority's, best practice 13) no longer sees it.
WITH_INVESTIGATOR = (State.INVESTIGATION, State.DRAFT_REPORT, State.FINAL_REPORT, State.HEARING)

# How much of a case a user sees (``case_access``): all of it (the council's Monitoring
# Officer, deputies and Independent Persons), or what the investigation needs (its
# investigator, while the case is with them).
FULL = "full"
INVESTIGATION = "investigation"

# The case history an investigator sees: the investigation's own steps, not the assessment's
# (whose notes give the reasons for withholding the complainant's identity, among others).
INVESTIGATION_LOG = (
    "appoint-investigator",
    "tell-parties",
    "investigation-note",
    "evidence-added",
    "issue-draft-report",
    "record-comments",
    "issue-final-report",
    "pause",
    "resume",
    "refer-to-hearing",
)


def visible_cases(user):
    """Cases ``user`` may open before publication: their councils' (MO, deputy, IP), and
    those they investigate while the case is with them (``WITH_INVESTIGATOR``)."""
    if not user.is_authenticated:
        return Complaint.objects.none()
    return Complaint.objects.filter(
        Q(council__in=councils_for(user, CASE_KINDS))
        | Q(investigator=user, state__in=WITH_INVESTIGATOR)
    )


def case_access(user, complaint: Complaint) -> str | None:
    """How much of ``complaint`` ``user`` sees: ``FULL``, ``INVESTIGATION`` or None (not at
    all). The one place that decides it, for the case page, its steps and its evidence."""
    if not user.is_authenticated:
        return None
    if councils_for(user, CASE_KINDS).filter(pk=complaint.council_id).exists():
        return FULL
    # Asked of the stored case, not the object in hand, which a step may have left behind.
    theirs = Complaint.objects.filter(pk=complaint.pk, investigator=user)
    if theirs.filter(state__in=WITH_INVESTIGATOR).exists():
        return INVESTIGATION
    return None


def can_see(user, complaint: Complaint) -> bool:
    return case_access(user, complaint) is not None


def evidence_seen(complaint: Complaint, access: str | None):
    """The evidence files ``access`` sees. The investigator sees the files as the member
    complained about would be shown the complaint: while the complainant's identity is kept
    from the member (withheld, or never given), not the files the complainant sent, which
    often name them; the Monitoring Officer may add copies with the names taken out."""
    files = complaint.evidence.all()
    if access == FULL:
        return files
    if access == INVESTIGATION:
        return files.exclude(from_complainant=True) if complaint.member_reads_summary else files
    return files.none()


def log_seen(complaint: Complaint, access: str | None):
    """The case history ``access`` sees: all of it, or the investigation's steps."""
    log = complaint.log.all()
    if access == FULL:
        return log
    if access == INVESTIGATION:
        return log.filter(action__in=INVESTIGATION_LOG)
    return log.none()


def awaiting_ip_view(user, council: Council) -> list[Complaint]:
    """``council``'s open cases awaiting ``user``'s view as its Independent Person, oldest
    first: those at a point where the rules take the view and none is recorded for it yet
    (``machine.ip_view_awaited``). None for anyone else. Two queries, however many cases."""
    if not is_independent_person(user, council):
        return []
    cases = list(
        Complaint.objects.open()
        .filter(council=council, state__in=IP_VIEW_STATES)
        .select_related("council", "member")
        .order_by("received_on", "pk")
    )
    recorded: dict[int, set[str]] = {case.pk: set() for case in cases}
    views = IndependentPersonView.objects.filter(complaint__in=cases)
    for complaint_id, stage in views.values_list("complaint_id", "stage"):
        recorded[complaint_id].add(stage)
    return [
        case
        for case in cases
        if ip_view_awaited(
            Case(
                state=State(case.state),
                ip_view_assessment=IndependentPersonView.Stage.ASSESSMENT in recorded[case.pk],
                ip_view_report=IndependentPersonView.Stage.REPORT in recorded[case.pk],
                ip_view_hearing=IndependentPersonView.Stage.HEARING in recorded[case.pk],
            )
        )
    ]


def _require_officer(by, complaint: Complaint) -> None:
    if not is_officer(by, complaint.council):
        raise ComplaintError(
            "not-allowed", f"only {complaint.council}'s Monitoring Officer may do this"
        )


def _require_investigator(by, complaint: Complaint) -> None:
    if complaint.investigator_id != by.pk and not is_officer(by, complaint.council):
        raise ComplaintError("not-allowed", "only the investigator or the Monitoring Officer")


def _fits(values: dict) -> None:
    found = too_long(Complaint, values)
    if found:
        field, limit = found
        raise ComplaintError(
            "too-long", f"{field.replace('_', ' ')} must be {limit:,} characters or fewer", field
        )


def _user_key(user_id: int) -> str:
    return f"u{user_id}"


def case_of(complaint: Complaint) -> Case:
    """The plain facts the state machine needs, read from the stored case."""
    stages = set(complaint.ip_views.values_list("stage", flat=True))
    return Case(
        state=State(complaint.state),
        paused=PauseReason(complaint.paused) if complaint.paused else None,
        anonymous=complaint.anonymous,
        anonymity_public_interest=bool(complaint.anonymity_public_interest),
        dpi_alleged=dpi_alleged(complaint.paragraphs),
        member_notified=complaint.member_notified_on is not None,
        jurisdiction=complaint.jurisdiction,
        public_interest=complaint.public_interest,
        ip_view_assessment=IndependentPersonView.Stage.ASSESSMENT in stages,
        ip_view_report=IndependentPersonView.Stage.REPORT in stages,
        ip_view_hearing=IndependentPersonView.Stage.HEARING in stages,
        assessors=frozenset(complaint.assessors),
        investigator=complaint.investigator_appointed_on is not None,
        parties_told=complaint.parties_told_on is not None,
        comments_due=complaint.comments_due,
        commented=frozenset(
            party
            for party, on in (
                (Party.COMPLAINANT, complaint.complainant_commented_on),
                (Party.MEMBER, complaint.member_commented_on),
            )
            if on is not None
        ),
        breach_found=complaint.breach_found,
        notice_published=hasattr(complaint, "decision_notice"),
        sanctions=tuple(complaint.sanctions.values_list("kind", flat=True)),
        sanctions_outstanding=complaint.sanctions.filter(complied_on__isnull=True).count(),
    )


def dpi_alleged(paragraphs: list[str]) -> bool:
    """Whether the complaint engages disclosable pecuniary interests (code 9, Appendix B),
    whose breach may be an offence under Localism Act 2011 s.34."""
    return any(key.startswith(("code.interests.", "appendix-b.")) for key in paragraphs)


def _locked(complaint: Complaint) -> Complaint:
    return (
        Complaint.objects.select_for_update()
        .select_related("council", "member")
        .get(pk=complaint.pk)
    )


def _log(complaint: Complaint, by, action: str, note: str = "", today: date | None = None) -> None:
    CaseLog.objects.create(
        complaint=complaint,
        at=_moment(today),
        by=by if by is not None and by.is_authenticated else None,
        action=action,
        state=complaint.state,
        note=note[: CaseLog._meta.get_field("note").max_length],
    )


def _step(complaint: Complaint, action: Action, **given: Any) -> Case:
    try:
        return step(case_of(complaint), action, **given)
    except ComplaintRefused as refused:
        raise ComplaintError(refused.code, refused.message) from refused


def _store(
    complaint: Complaint,
    case: Case,
    by,
    action: Action,
    note: str,
    fields,
    today: date | None = None,
) -> Complaint:
    """Save the machine's new state and the step's own ``fields``, and log the step on
    ``today`` (by default the current day)."""
    complaint.state = case.state
    complaint.paused = case.paused.value if case.paused else ""
    complaint.assessors = sorted(case.assessors)
    ending = case.state in (State.CLOSED, State.REFUSED) and complaint.closed_on is None
    if ending:
        complaint.closed_on = _today(today)
        fields = [*fields, "closed_on"]
    complaint.save(update_fields=["state", "paused", "assessors", *fields])
    _log(complaint, by, action.value, note, today)
    if ending:
        # The acknowledgement promised the complainant the outcome; the member, once told of
        # the complaint, is a party to it too.
        _email(complaint, "closed")
        if complaint.member_notified_on is not None:
            _email(complaint, "closed-member")
    return complaint


def _officer_step(
    complaint: Complaint,
    by,
    action: Action,
    note: str = "",
    *,
    reasons_field: str = "",
    today: date | None = None,
    **given,
) -> Complaint:
    """A Monitoring Officer's step that stores only the case's new state and its log entry:
    lock the case, check the role, check the note's reasons if ``reasons_field`` names them,
    ask the machine (with ``given``), store. The caller runs it in a transaction."""
    complaint = _locked(complaint)
    _require_officer(by, complaint)
    if reasons_field:
        note = _reasons(note, reasons_field)
    case = _step(complaint, action, **given)
    return _store(complaint, case, by, action, note, [], today)


# --- The form -----------------------------------------------------------------------------


def _reference(council: Council, year: int) -> str:
    """The next reference for ``council`` this year, e.g. ``WH-2025-0003``."""
    owner = Council.objects.select_for_update().get(pk=council.pk)
    prefix = "".join(w[0] for w in owner.slug.split("-") if w).upper()[:6]
    count = Complaint.objects.filter(council=owner, received_on__year=year).count()
    return f"{prefix}-{year}-{count + 1:04d}"


def complainable_paragraphs(council: Council) -> list[tuple[str, str]]:
    """The paragraphs a complaint may be about (``nolan.core.complaints.paragraphs``: the
    code's duties and prohibitions, the social media protocol's too and its good practice),
    each as the council cites it ("Social Media Protocol, paragraph 3.2(b)"), so the code's
    paragraph 3.2 and the protocol's cannot be taken for each other, and what it is about
    (``Provision.summary``: never a clause cut off before its list)."""
    code = council.code
    return [(p.key, f"{code.cite(p.key)}: {p.summary}") for p in citable(code)]


# A section heading's number ("4. ", "Appendix B: "), which a heading's words do not need.
_SECTION_NUMBER = re.compile(r"^(?:\d+\.\s+|Appendix [A-Z]+:\s+)")


def _flat(text: str) -> str:
    """A paragraph's whole text on one line, its list items in order with their letters,
    each list item ended so that the next does not run into it ("anyone; b. acquired"),
    unless it leads on ("..., unless i. I have received ...")."""
    joined, after_item = "", False
    for line in (line.strip() for line in text.splitlines()):
        if not line:
            continue
        if after_item and joined[-1:].isalnum() and joined.rsplit(None, 1)[-1] not in _LEADS_ON:
            joined += ";"
        after_item = line.startswith("- ")
        part = line.removeprefix("- ").strip()
        joined = f"{joined} {part}" if joined else part
    return joined


# A list item's last word that leads on to what follows it.
_LEADS_ON = frozenset({"and", "or", "unless", "but"})


def _own_words(provision) -> str:
    """What the complainant reads of a paragraph: its summary where that is its own (its
    title or first sentence), else, where the summary could only be its section's heading
    (a lead-in to a list, "I do not disclose information:"), its whole text, so that two
    paragraphs of one section never read the same."""
    if not provision.title and provision.summary == _SECTION_NUMBER.sub("", provision.section):
        return _flat(provision.text)
    return provision.summary


def paragraph_groups(council: Council) -> list[tuple[str, list[tuple[str, str]]]]:
    """The paragraphs a complainant is offered, under their document's and section's
    headings, each as the council cites it with its own words.

    Two kinds of paragraph stand for others and are left out: a lead-in whose list items are
    paragraphs of their own ("3.2 Examples of poor practice. Members must not:", before
    3.2(a) to (j)), and a list item that only finishes its lead-in's sentence ("4.1(a) have
    attended appropriate meetings"), which the lead-in stands for. Any of them may still be
    named by the Monitoring Officer (``paragraph_choices``), as may the protocol's good
    practice: the complainant is asked what was broken, so is offered the duties and
    prohibitions of the code and the protocol, a list already long enough (walk item 15).
    """
    code = council.code
    offered = [p for p in citable(code) if p.kind is not Kind.GOOD_PRACTICE]
    children: dict[str, list] = {}
    for p in offered:
        parent = p.number.split("(", 1)[0]
        if parent != p.number:
            children.setdefault(f"{p.document}:{parent}", []).append(p)
    groups: dict[str, list[tuple[str, str]]] = {}
    for p in offered:
        own = children.get(f"{p.document}:{p.number}", [])
        finishes_lead_in = "(" in p.number and p.text[:1].islower()
        stands_for_items = p.text.rstrip().endswith(":") and any(
            not c.text[:1].islower() for c in own
        )
        if finishes_lead_in or stands_for_items:
            continue
        heading = f"{code.document_title(p.document)}: {_SECTION_NUMBER.sub('', p.section)}"
        groups.setdefault(heading, []).append((p.key, f"{code.cite(p.key)}: {_own_words(p)}"))
    return list(groups.items())


def paragraph_choices(council: Council) -> list[tuple[str, list[tuple[str, str]]]]:
    """Every paragraph a complaint may be about, for the Monitoring Officer to pick: under
    its document's title ("Social Media Protocol"), each as the council cites it with its own
    words (``_own_words``, as the complaint form and the case page show it), lead-ins and
    their list items included. The value is the paragraph's stable key."""
    code = council.code
    return [
        (
            code.document_title(document),
            [(p.key, f"{code.cite(p.key)}: {_own_words(p)}") for p in provisions],
        )
        for document, provisions in citable_by_document(code)
    ]


def member_duties(council: Council) -> list[ParagraphLink]:
    """The member's duties during a complaint, as ``council``'s code cites them."""
    return paragraph_links(council.code, *MEMBER_DUTIES)


@dataclass(frozen=True)
class NamedParagraph:
    """A paragraph as a page names it: ``link`` to its place on the council's code or
    protocol page (``None`` for a key the code no longer has), and what it is about. As text,
    its citation and what it is about ("Councillor Code of Conduct, paragraph 1.2: ..."), or
    the key alone where the code lacks it, for the PDF, the statistics and unlinked lists."""

    link: ParagraphLink | None
    about: str

    def __str__(self) -> str:
        return f"{self.link.citation}: {self.about}" if self.link else self.about


def provisions_named(
    council: Council, keys: list[str], as_offered: bool = False
) -> list[NamedParagraph]:
    """Each provision key, in the order given, as the council cites it, linked to the
    paragraph's anchor on the council's code page or, for a protocol paragraph, its protocol
    page (``nolan.codebook.links``, as the member's duties are), with its summary; with
    ``as_offered``, its own words as the complaint form offered it (``_own_words``), so that
    the case page shows paragraph 4.1 by its text, as it shows every other paragraph, not by
    its section's heading. A key the code no longer has is given as it is, unlinked."""
    code = council.code
    named = []
    for key in keys:
        link = paragraph_link(code, key)
        if link is None:
            named.append(NamedParagraph(None, key))
        else:
            provision = code.provision(key)
            about = _own_words(provision) if as_offered else provision.summary
            named.append(NamedParagraph(link, about))
    return named


# The earliest day a complaint may say something happened: a guard against a mistyped year
# (the form once took "26" as the year 26), long before any code now in force.
EARLIEST_EVENT = date(2000, 1, 1)
# The dates typed on the complaint, training and hearing decision forms, named as their forms
# name them, so that a refusal here says the form's own words (the GOV.UK date input's: "...
# must be today or in the past"): each is of something done, none still to come.
HAPPENED_ON = "the date it happened"
ATTENDED_ON = "the date attended"
HELD_ON = "the date of the hearing"


def _not_future(day: date, today: date, called: str, field: str) -> None:
    if day > today:
        raise ComplaintError(
            "future-date", f"{capfirst(called)} must be today or in the past", field
        )


def check_happened_on(day: date, today: date) -> None:
    """Refuse a date of the conduct still to come, or before ``EARLIEST_EVENT``: the public
    form's check of its date and ``submit_complaint``'s."""
    _not_future(day, today, HAPPENED_ON, "happened_on")
    if day < EARLIEST_EVENT:
        raise ComplaintError(
            "too-early",
            f"{capfirst(HAPPENED_ON)} must be {long_date(EARLIEST_EVENT)} or later",
            "happened_on",
        )


def looks_like_phone_number(text: str) -> bool:
    """Whether ``text`` could be a phone number: a UK one as people write it (01632 960 001,
    07700 900982) or any other in international form (+33 1 23 45 67 89), read by
    ``phonenumbers`` (libphonenumber's metadata, as the screening engine reads them)."""
    try:
        number = phonenumbers.parse(text, "GB")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_possible_number(number)


@transaction.atomic
def submit_complaint(
    member: Member,
    by=None,
    *,
    anonymous: bool,
    complainant_name: str = "",
    complainant_email: str = "",
    complainant_phone: str = "",
    made_by: str = Complaint.MadeBy.INDIVIDUAL,
    acting_as_councillor: str,
    capacity_reasons: str = "",
    what_happened: str,
    happened_on: date,
    where: str = "",
    paragraphs: Sequence[str] = (),
    files: Sequence[tuple[str, bytes]] = (),
    today: date | None = None,
) -> Complaint:
    """A complaint from the public form (or an officer typing one in); returns the case.

    The form has already asked every question; this checks the answers again for callers
    without a form and queues the acknowledgement e-mail with the reference.
    """
    today = _today(today)
    council = member.council
    values = {
        "complainant_name": complainant_name.strip(),
        "complainant_email": complainant_email.strip(),
        "complainant_phone": complainant_phone.strip(),
        "capacity_reasons": capacity_reasons.strip(),
        "what_happened": what_happened.strip(),
        "where": where.strip(),
    }
    _fits(values)
    if not anonymous and not (values["complainant_name"] and values["complainant_email"]):
        raise ComplaintError(
            "complainant-required", "give your name and e-mail address", "complainant_name"
        )
    if not values["what_happened"]:
        raise ComplaintError("what-happened-required", "say what happened", "what_happened")
    check_happened_on(happened_on, today)
    if values["complainant_phone"] and not looks_like_phone_number(values["complainant_phone"]):
        raise ComplaintError(
            "bad-phone", "Enter a phone number, like 01632 960 001", "complainant_phone"
        )
    if made_by not in Complaint.MadeBy.values:
        raise ComplaintError("unknown-made-by", "say who makes the complaint", "made_by")
    if acting_as_councillor not in Complaint.Capacity.values:
        raise ComplaintError(
            "capacity-unanswered", "say whether they were acting as a councillor", "capacity"
        )
    known = dict(complainable_paragraphs(council))
    unknown = [p for p in paragraphs if p not in known]
    if unknown:
        raise ComplaintError(
            "unknown-paragraph", f"not a paragraph of {council}'s code", "paragraphs"
        )
    checked = [check_upload(name, data) for name, data in files]
    complaint = Complaint.objects.create(
        reference=_reference(council, today.year),
        council=council,
        member=member,
        received_on=today,
        anonymous=anonymous,
        made_by=made_by,
        acting_as_councillor=acting_as_councillor,
        happened_on=happened_on,
        paragraphs=list(dict.fromkeys(paragraphs)),
        **values,
    )
    for upload in checked:
        Evidence.objects.create(
            complaint=complaint,
            file_name=upload.name,
            content_type=upload.content_type,
            size=len(upload.data),
            data=upload.data,
            uploaded_by=by if by is not None and by.is_authenticated else None,
            from_complainant=True,
        )
    _log(complaint, by, "submitted", str(len(checked)), today)
    if complaint.complainant_email:
        _email(complaint, "received")
    return complaint


@transaction.atomic
def add_evidence(
    complaint: Complaint,
    by,
    *,
    file_name: str,
    data: bytes,
    description="",
    today: date | None = None,
):
    """Another file for the case, from an officer or the investigator."""
    complaint = _locked(complaint)
    _require_investigator(by, complaint)
    upload = check_upload(file_name, data)
    if len(description) > Evidence._meta.get_field("description").max_length:
        raise ComplaintError("too-long", "the description is too long", "description")
    evidence = Evidence.objects.create(
        complaint=complaint,
        file_name=upload.name,
        content_type=upload.content_type,
        size=len(upload.data),
        data=upload.data,
        description=description,
        uploaded_by=by,
    )
    _log(complaint, by, "evidence-added", upload.name, today)
    return evidence


@transaction.atomic
def attach_screened_post(complaint: Complaint, by, check, today: date | None = None) -> Evidence:
    """A post the Monitoring Officer screened with "Check a post" and kept, attached as
    evidence with its findings and their citations (issue 10)."""
    complaint = _locked(complaint)
    _require_officer(by, complaint)
    if complaint.finished:
        raise ComplaintError("case-finished", "the case is finished")
    if check.user_id != by.pk:
        raise ComplaintError("not-your-check", "attach a check you kept yourself", "check")
    if check.council_id not in (complaint.council_id, complaint.council.principal_id):
        raise ComplaintError("other-council", "that post was checked for another council", "check")
    evidence = Evidence.objects.create(
        complaint=complaint,
        file_name=f"screened-post-{check.pk}.txt",
        content_type="text/plain",
        size=len(check.text.encode()),
        data=check.text.encode(),
        description=f"Screened with Check a post on {long_date(check.created_at)}",
        uploaded_by=by,
        screening=check.result,
    )
    _log(complaint, by, "screened-post-attached", evidence.file_name, today)
    return evidence


# --- Acknowledgement and assessment -------------------------------------------------------


@transaction.atomic
def record_anonymity_public_interest(
    complaint: Complaint, by, *, reasons: str, today: date | None = None
) -> Complaint:
    complaint = _locked(complaint)
    _require_officer(by, complaint)
    if not reasons.strip():
        raise ComplaintError("reason-required", "say what the public interest is", "reasons")
    _fits({"anonymity_public_interest": reasons})
    case = _step(complaint, Action.RECORD_ANONYMITY_PUBLIC_INTEREST)
    complaint.anonymity_public_interest = reasons.strip()
    return _store(
        complaint,
        case,
        by,
        Action.RECORD_ANONYMITY_PUBLIC_INTEREST,
        reasons,
        ["anonymity_public_interest"],
        today,
    )


@transaction.atomic
def refuse_anonymous(complaint: Complaint, by, *, today: date | None = None) -> Complaint:
    return _officer_step(complaint, by, Action.REFUSE_ANONYMOUS, today=today)


@transaction.atomic
def acknowledge(complaint: Complaint, by, *, today: date | None = None) -> Complaint:
    complaint = _locked(complaint)
    _require_officer(by, complaint)
    case = _step(complaint, Action.ACKNOWLEDGE)
    complaint.acknowledged_on = _today(today)
    _store(complaint, case, by, Action.ACKNOWLEDGE, "", ["acknowledged_on"], today)
    _email(complaint, "acknowledged")
    return complaint


@transaction.atomic
def notify_member(
    complaint: Complaint,
    by,
    *,
    withhold_identity: bool = False,
    withhold_reason: str = "",
    allegation_summary: str = "",
    today: date | None = None,
) -> Complaint:
    """Tell the member and invite their comments; the complainant's name may be withheld.

    When it is (or the complainant gave none) the member never reads the complainant's own
    words, which often identify them: they read ``allegation_summary``, the Monitoring
    Officer's, and until one is written (here or by ``summarise_allegation``), that a
    summary will be sent to them.
    """
    complaint = _locked(complaint)
    _require_officer(by, complaint)
    _fits({"withhold_reason": withhold_reason, "allegation_summary": allegation_summary})
    case = _step(
        complaint,
        Action.NOTIFY_MEMBER,
        withhold_identity=withhold_identity,
        withhold_reason=withhold_reason,
    )
    complaint.member_notified_on = _today(today)
    complaint.withhold_identity = withhold_identity
    complaint.withhold_reason = withhold_reason.strip() if withhold_identity else ""
    complaint.allegation_summary = (
        allegation_summary.strip() if complaint.member_reads_summary else ""
    )
    fields = ["member_notified_on", "withhold_identity", "withhold_reason", "allegation_summary"]
    _store(complaint, case, by, Action.NOTIFY_MEMBER, complaint.withhold_reason, fields, today)
    _email(complaint, "notified")
    return complaint


@transaction.atomic
def summarise_allegation(
    complaint: Complaint, by, *, summary: str, today: date | None = None
) -> Complaint:
    """The Monitoring Officer's summary of the allegation, which the member reads instead of
    the complainant's words once the complainant's identity is kept from them; the member is
    e-mailed that it is there to read (never the summary itself)."""
    complaint = _locked(complaint)
    _require_officer(by, complaint)
    if not complaint.member_reads_summary:
        raise ComplaintError(
            "summary-not-needed",
            "The member reads the complaint as made: the complainant's identity is not withheld.",
        )
    if complaint.member_notified_on is None:
        raise ComplaintError(
            "member-not-notified",
            "Write the summary when you tell the member about the complaint.",
        )
    complaint.allegation_summary = _reasons(summary, "allegation_summary")
    complaint.save(update_fields=["allegation_summary"])
    _log(complaint, by, "summarise-allegation", complaint.allegation_summary, today)
    _email(complaint, "summary")
    return complaint


def _email(complaint: Complaint, kind: str) -> None:
    """Queue the ``kind`` e-mail (``nolan.complaints.tasks``) about ``complaint``."""
    from nolan.complaints.tasks import send_email

    send_email.enqueue(complaint.pk, kind)


def _reasons(reasons: str, field: str) -> str:
    """Required prose, within the limit every text column of this app has."""
    if not reasons.strip():
        raise ComplaintError("reason-required", "give the reasons", field)
    if len(reasons) > TEXT_MAX_LENGTH:
        raise ComplaintError(
            "too-long",
            f"{field.replace('_', ' ')} must be {TEXT_MAX_LENGTH:,} characters or fewer",
            field,
        )
    return reasons.strip()


@transaction.atomic
def record_jurisdiction(
    complaint: Complaint,
    by,
    *,
    passed: bool,
    reasons: str,
    capacity: str,
    today: date | None = None,
) -> Complaint:
    """The jurisdiction test, with the capacity determination and its reasons (protocol 2.2)."""
    complaint = _locked(complaint)
    _require_officer(by, complaint)
    complaint.jurisdiction_reasons = _reasons(reasons, "jurisdiction_reasons")
    complaint.capacity_determination = _reasons(capacity, "capacity_determination")
    case = _step(complaint, Action.RECORD_JURISDICTION, passed=passed, by=_user_key(by.pk))
    complaint.jurisdiction = passed
    fields = ["jurisdiction", "jurisdiction_reasons", "capacity_determination"]
    return _store(complaint, case, by, Action.RECORD_JURISDICTION, reasons, fields, today)


PUBLIC_INTEREST_FACTORS = {
    "insufficient-evidence": "Not enough evidence",
    "trivial": "Trivial",
    "vexatious": "Vexatious, malicious or tit-for-tat",
    "political-debate": "Political debate protected as free expression",
    "too-long-ago": "Too long since the events",
    "resolved": "Already resolved or apologised for",
}


@transaction.atomic
def record_public_interest(
    complaint: Complaint,
    by,
    *,
    passed: bool,
    factors: list[str],
    reasons: str,
    today: date | None = None,
) -> Complaint:
    """The council's public interest test (best practice 6), with the factors weighed."""
    complaint = _locked(complaint)
    _require_officer(by, complaint)
    unknown = set(factors) - set(PUBLIC_INTEREST_FACTORS)
    if unknown:
        raise ComplaintError("unknown-factor", "not one of the test's factors", "factors")
    complaint.public_interest_reasons = _reasons(reasons, "public_interest_reasons")
    case = _step(complaint, Action.RECORD_PUBLIC_INTEREST, passed=passed, by=_user_key(by.pk))
    complaint.public_interest = passed
    complaint.public_interest_factors = sorted(factors)
    fields = ["public_interest", "public_interest_factors", "public_interest_reasons"]
    return _store(complaint, case, by, Action.RECORD_PUBLIC_INTEREST, reasons, fields, today)


_IP_STAGE = {
    State.ASSESSMENT: IndependentPersonView.Stage.ASSESSMENT,
    State.INFORMAL_RESOLUTION: IndependentPersonView.Stage.ASSESSMENT,
    State.FINAL_REPORT: IndependentPersonView.Stage.REPORT,
    State.HEARING: IndependentPersonView.Stage.HEARING,
}


@transaction.atomic
def record_ip_view(
    complaint: Complaint, by, *, view: str, today: date | None = None
) -> IndependentPersonView:
    """The Independent Person's view at the decision now due, recorded by them or the MO."""
    complaint = _locked(complaint)
    if not (is_independent_person(by, complaint.council) or is_officer(by, complaint.council)):
        raise ComplaintError("not-allowed", "only the Independent Person or Monitoring Officer")
    if not view.strip():
        raise ComplaintError("view-required", "record the Independent Person's view", "view")
    if len(view) > IndependentPersonView._meta.get_field("view").max_length:
        raise ComplaintError("too-long", "the view is too long", "view")
    case = _step(complaint, Action.RECORD_IP_VIEW, by=_user_key(by.pk))
    recorded = IndependentPersonView.objects.create(
        complaint=complaint,
        stage=_IP_STAGE[State(complaint.state)],
        by=by,
        view=view.strip(),
        recorded_at=_moment(today),
    )
    _store(complaint, case, by, Action.RECORD_IP_VIEW, view, [], today)
    return recorded


@transaction.atomic
def decide_assessment(
    complaint: Complaint, by, *, outcome: str, reasons: str, today: date | None = None
) -> Complaint:
    complaint = _locked(complaint)
    _require_officer(by, complaint)
    try:
        chosen = Outcome(outcome)
    except ValueError:
        raise ComplaintError("outcome-required", "choose the outcome", "outcome") from None
    reasons = _reasons(reasons, "outcome_reasons")
    case = _step(complaint, Action.DECIDE_ASSESSMENT, outcome=chosen, by=_user_key(by.pk))
    complaint.outcome = chosen
    complaint.outcome_reasons = reasons
    complaint.assessed_on = _today(today)
    if case.paused == PauseReason.POLICE:
        Pause.objects.create(complaint=complaint, reason=PauseReason.POLICE, start=_today(today))
    fields = ["outcome", "outcome_reasons", "assessed_on"]
    note = f"{chosen}: {reasons}"
    return _store(complaint, case, by, Action.DECIDE_ASSESSMENT, note, fields, today)


@transaction.atomic
def pause(complaint: Complaint, by, *, reason: str, today: date | None = None) -> Complaint:
    """Stop the clock while the Monitoring Officer waits for information."""
    complaint = _officer_step(
        complaint, by, Action.PAUSE, reason, today=today, reason=PauseReason.INFORMATION
    )
    Pause.objects.create(complaint=complaint, reason=PauseReason.INFORMATION, start=_today(today))
    return complaint


@transaction.atomic
def resume(complaint: Complaint, by, *, today: date | None = None) -> Complaint:
    complaint = _officer_step(complaint, by, Action.RESUME, today=today)
    complaint.pauses.filter(end__isnull=True).update(end=_today(today))
    return complaint


@transaction.atomic
def resolve_informally(
    complaint: Complaint, by, *, how: str, today: date | None = None
) -> Complaint:
    """Closed by an apology, training or mediation agreed with the member."""
    return _officer_step(
        complaint, by, Action.RESOLVE_INFORMALLY, how, reasons_field="how", today=today
    )


@transaction.atomic
def escalate(complaint: Complaint, by, *, reasons: str, today: date | None = None) -> Complaint:
    return _officer_step(
        complaint, by, Action.ESCALATE, reasons, reasons_field="reasons", today=today
    )


# --- Investigation ------------------------------------------------------------------------


@transaction.atomic
def appoint_investigator(
    complaint: Complaint,
    by,
    *,
    investigator,
    external: bool = False,
    conflict: bool = False,
    today: date | None = None,
) -> Complaint:
    """Appoint the investigator: another authority's officer where there is a conflict
    (best practice 13)."""
    complaint = _locked(complaint)
    _require_officer(by, complaint)
    case = _step(complaint, Action.APPOINT_INVESTIGATOR, conflict=conflict, external=external)
    complaint.investigator = investigator
    complaint.investigator_name = investigator.get_full_name() or investigator.get_username()
    complaint.investigator_external = external
    complaint.conflict = conflict
    complaint.investigator_appointed_on = _today(today)
    fields = [
        "investigator",
        "investigator_name",
        "investigator_external",
        "conflict",
        "investigator_appointed_on",
    ]
    return _store(
        complaint, case, by, Action.APPOINT_INVESTIGATOR, complaint.investigator_name, fields, today
    )


@transaction.atomic
def tell_parties(complaint: Complaint, by, *, today: date | None = None) -> Complaint:
    """The investigator tells both parties the paragraphs engaged."""
    complaint = _locked(complaint)
    _require_investigator(by, complaint)
    case = _step(complaint, Action.TELL_PARTIES)
    complaint.parties_told_on = _today(today)
    code = complaint.council.code
    note = "; ".join(
        code.cite(key) if code.has_provision(key) else key for key in complaint.paragraphs
    )
    return _store(complaint, case, by, Action.TELL_PARTIES, note, ["parties_told_on"], today)


@transaction.atomic
def log_investigation(complaint: Complaint, by, *, what: str, today: date | None = None) -> None:
    """An interview held or a document obtained: logged, nothing else changes."""
    complaint = _locked(complaint)
    _require_investigator(by, complaint)
    if complaint.state != State.INVESTIGATION:
        raise ComplaintError("wrong-state", "the investigation is not under way")
    _log(complaint, by, "investigation-note", _reasons(what, "what"), today)


@transaction.atomic
def issue_draft_report(complaint: Complaint, by, *, today: date | None = None) -> Complaint:
    """The draft goes to both parties, who have the council's working days to comment."""
    complaint = _locked(complaint)
    _require_investigator(by, complaint)
    today = _today(today)
    days = arrangements_for(complaint.council).timescales.days(Stage.COMMENT_ON_DRAFT)
    due = due_date(today, days)
    case = _step(complaint, Action.ISSUE_DRAFT_REPORT, comments_due=due)
    complaint.draft_issued_on = today
    complaint.comments_due = due
    fields = ["draft_issued_on", "comments_due"]
    return _store(complaint, case, by, Action.ISSUE_DRAFT_REPORT, due.isoformat(), fields, today)


@transaction.atomic
def record_comments(
    complaint: Complaint, by, *, party: str, today: date | None = None
) -> Complaint:
    complaint = _locked(complaint)
    _require_investigator(by, complaint)
    try:
        who = Party(party)
    except ValueError:
        raise ComplaintError("party-required", "say whose comments these are", "party") from None
    case = _step(complaint, Action.RECORD_COMMENTS, party=who)
    field = f"{who.value}_commented_on"
    setattr(complaint, field, _today(today))
    return _store(complaint, case, by, Action.RECORD_COMMENTS, who.value, [field], today)


@transaction.atomic
def issue_final_report(
    complaint: Complaint,
    by,
    *,
    breach: bool,
    agreed_facts: str,
    disputed_facts: str,
    conclusion: str,
    today: date | None = None,
) -> Complaint:
    complaint = _locked(complaint)
    _require_investigator(by, complaint)
    today = _today(today)
    complaint.agreed_facts = _reasons(agreed_facts, "agreed_facts")
    _fits({"disputed_facts": disputed_facts})
    complaint.disputed_facts = disputed_facts.strip()
    complaint.conclusion = _reasons(conclusion, "conclusion")
    case = _step(complaint, Action.ISSUE_FINAL_REPORT, breach=breach, today=today)
    complaint.breach_found = breach
    complaint.final_report_on = today
    fields = ["agreed_facts", "disputed_facts", "conclusion", "breach_found", "final_report_on"]
    note = "breach" if breach else "no breach"
    return _store(complaint, case, by, Action.ISSUE_FINAL_REPORT, note, fields, today)


@transaction.atomic
def refer_to_hearing(complaint: Complaint, by, *, today: date | None = None) -> Complaint:
    return _officer_step(complaint, by, Action.REFER_TO_HEARING, today=today)


@transaction.atomic
def close_no_breach(
    complaint: Complaint, by, *, reasons: str, today: date | None = None
) -> Complaint:
    return _officer_step(
        complaint, by, Action.CLOSE_NO_BREACH, reasons, reasons_field="reasons", today=today
    )


# --- Hearing, notice and sanctions --------------------------------------------------------


@transaction.atomic
def record_decision(
    complaint: Complaint,
    by,
    *,
    held_on: date,
    panel: list[Member],
    breach: bool,
    provisions_breached: list[str],
    findings: str,
    reasoning: str,
    sanctions: list[dict],
    today: date | None = None,
) -> Hearing:
    """The sub-committee's decision, recorded once its hearing is held (``held_on`` today or
    in the past): its panel (nobody who assessed), findings, sanctions.

    ``sanctions`` are ``{"kind": ..., "detail": ..., "until": date|None}``; a kind English
    councils cannot impose is refused before anything is stored.
    """
    complaint = _locked(complaint)
    _require_officer(by, complaint)
    _not_future(held_on, _today(today), HELD_ON, "held_on")
    if any(m.council_id != complaint.council_id for m in panel):
        raise ComplaintError("other-council", "the panel is the council's own members")
    known = dict(complainable_paragraphs(complaint.council))
    if any(p not in known for p in provisions_breached):
        raise ComplaintError("unknown-paragraph", "not a paragraph of the code", "provisions")
    findings = _reasons(findings, "findings")
    reasoning = _reasons(reasoning, "reasoning")
    seats = frozenset(_user_key(m.user_id) if m.user_id else f"m{m.pk}" for m in panel)
    kinds = tuple(s["kind"] for s in sanctions)
    case = _step(complaint, Action.RECORD_DECISION, panel=seats, breach=breach, sanctions=kinds)
    hearing = Hearing.objects.create(
        complaint=complaint,
        held_on=held_on,
        findings=findings,
        breach=breach,
        provisions_breached=list(provisions_breached),
        reasoning=reasoning,
    )
    hearing.panel.set(panel)
    for sanction, kind in zip(sanctions, check_sanctions(kinds), strict=True):
        SanctionImposed.objects.create(
            complaint=complaint,
            kind=kind,
            detail=str(sanction.get("detail", ""))[:500],
            until=sanction.get("until"),
        )
    complaint.breach_found = breach
    note = ", ".join(kinds)
    _store(complaint, case, by, Action.RECORD_DECISION, note, ["breach_found"], today)
    return hearing


@transaction.atomic
def publish_notice(
    complaint: Complaint, by, *, facts: str, today: date | None = None
) -> DecisionNotice:
    """Publish the decision notice (best practice 9) and send it to the parties."""
    complaint = _locked(complaint)
    _require_officer(by, complaint)
    facts = _reasons(facts, "facts")
    case = _step(complaint, Action.PUBLISH_NOTICE)
    hearing = complaint.hearing
    ip = complaint.ip_views.filter(stage=IndependentPersonView.Stage.HEARING).last()
    notice = DecisionNotice.objects.create(
        complaint=complaint,
        facts=facts,
        provisions=hearing.provisions_breached or complaint.paragraphs,
        ip_view=ip.view if ip else "",
        reasoning=hearing.reasoning,
        published_on=_today(today),
    )
    _store(complaint, case, by, Action.PUBLISH_NOTICE, "", [], today)
    from nolan.complaints.tasks import render_notice_pdf

    render_notice_pdf.enqueue(notice.pk)
    _email(complaint, "decision")
    return notice


def refresh_compliance(complaint: Complaint, by=None, today: date | None = None) -> None:
    """Mark each sanction complied with once the rules say it is (training from the record);
    ``by`` is whoever recorded what met it."""
    today = _today(today)
    decided = complaint.hearing.held_on
    trained = list(complaint.member.training.values_list("attended_on", flat=True))
    for sanction in complaint.sanctions.filter(complied_on__isnull=True):
        if sanction_complied(
            Sanction(sanction.kind),
            decided_on=decided,
            today=today,
            done_on=sanction.done_on,
            until=sanction.until,
            trained_on=trained,
        ):
            sanction.complied_on = _complied_on(sanction, decided, trained, today)
            sanction.save(update_fields=["complied_on"])
            _log(complaint, by, "sanction-complied", sanction.kind, today)


def _complied_on(sanction: SanctionImposed, decided: date, trained: list[date], today: date):
    """The day a sanction was met: the training that met it, the day it was carried out, or
    the day after its period ended."""
    if sanction.kind == Sanction.TRAINING:
        return min(day for day in trained if decided <= day <= today)
    if sanction.until is not None:
        return sanction.until + timedelta(days=1)
    return sanction.done_on


@transaction.atomic
def record_sanction_done(
    sanction: SanctionImposed, by, *, today: date | None = None
) -> SanctionImposed:
    """The council has carried out a sanction (a censure moved, the finding published)."""
    complaint = _locked(sanction.complaint)
    _require_officer(by, complaint)
    if Sanction(sanction.kind) == Sanction.TRAINING:
        raise ComplaintError(
            "training-from-record", "a training sanction is met by recording the training"
        )
    sanction.done_on = _today(today)
    sanction.save(update_fields=["done_on"])
    _log(complaint, by, "sanction-carried-out", sanction.kind, today)
    refresh_compliance(complaint, by, today)
    return sanction


@transaction.atomic
def close(complaint: Complaint, by, *, today: date | None = None) -> Complaint:
    return _officer_step(complaint, by, Action.CLOSE, today=today)


# --- Training (the code's training paragraph) ---------------------------------------------


@transaction.atomic
def record_training(
    member: Member, by, *, course: str, attended_on: date, today: date | None = None
) -> TrainingRecord:
    """A member attended code of conduct training; any training sanction it meets is met."""
    if not (by.is_superuser or is_officer(by, member.council)):
        raise ComplaintError("not-allowed", f"only {member.council}'s Monitoring Officer")
    if not course.strip():
        raise ComplaintError("course-required", "name the course", "course")
    if len(course) > TrainingRecord._meta.get_field("course").max_length:
        raise ComplaintError("too-long", "the course name is too long", "course")
    _not_future(attended_on, _today(today), ATTENDED_ON, "attended_on")
    record = TrainingRecord.objects.create(
        member=member, course=course.strip(), attended_on=attended_on, recorded_by=by
    )
    for complaint in Complaint.objects.filter(
        member=member, sanctions__kind=Sanction.TRAINING, sanctions__complied_on__isnull=True
    ).distinct():
        refresh_compliance(complaint, by, today)
    return record
