"""The Monitoring Officer's, Independent Person's and investigator's complaint pages.

Before publication a case is seen only by its council's Monitoring Officer, deputies and
Independent Persons (a principal authority's for its parishes too), in full, and by the
investigator appointed to it, while the case is with them and only what the investigation
needs (issue 10, "Confidentiality"); ``services.case_access`` says who sees how much.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_POST

from nolan.access import role_required, signed_in
from nolan.complaints import officer_forms, services
from nolan.complaints.models import LOG_NAMES, Complaint, Evidence
from nolan.complaints.progress import final_outcome, progress
from nolan.core.complaints import Action, State, allowed_actions
from nolan.core.complaints.machine import ip_view_awaited
from nolan.councils.models import Council, Role
from nolan.forms import refuse_on_form

CASE_ROLES = (Role.Kind.MONITORING_OFFICER, Role.Kind.DEPUTY, Role.Kind.INDEPENDENT_PERSON)


@role_required(*CASE_ROLES)
def dashboard(request, council):
    """Every open case of the council (and, for a principal authority, of its parishes):
    its stage, its age in working days and whether its current step is overdue; or, with
    ``?show=closed``, every finished case, the most recently closed first, with how it ended."""
    council = get_object_or_404(Council, slug=council)
    timescales = services.arrangements_for(council).timescales
    closed = request.GET.get("show") == "closed"
    theirs = Complaint.objects.filter(
        council__in=Council.objects.filter(pk=council.pk) | council.parishes.all()
    )
    cases = (
        (theirs.finished().order_by("-closed_on", "-pk") if closed else theirs.open())
        .select_related("member", "council", "hearing", "decision_notice")
        .prefetch_related("pauses")
    )
    today = timezone.localdate()
    context = {
        "council": council,
        "closed": closed,
        "is_officer": services.is_officer(request.user, council),
    }
    if closed:
        context["finished"] = [
            (case, progress(case, timescales, today), final_outcome(case)) for case in cases
        ]
        return render(request, "complaints/dashboard.html", context)
    rows = [(case, progress(case, timescales, today)) for case in cases]
    rows.sort(key=lambda row: (not row[1].overdue, row[0].received_on))
    context |= {
        "rows": rows,
        "overdue": sum(p.overdue for _, p in rows),
        "on_hold": sum(bool(p.paused) for _, p in rows),
    }
    return render(request, "complaints/dashboard.html", context)


def _case(request, council: str, reference: str) -> tuple[Complaint, str]:
    """The case and how much of it the user sees (``services.case_access``), or 403."""
    complaint = get_object_or_404(
        Complaint.objects.select_related("council", "member", "investigator"),
        council__slug=council,
        reference=reference,
    )
    access = services.case_access(request.user, complaint)
    if access is None:
        raise PermissionDenied
    return complaint, access


def _roles(user, complaint: Complaint) -> set[str]:
    held = set()
    if services.is_officer(user, complaint.council):
        held.add(officer_forms.OFFICER)
    if services.is_independent_person(user, complaint.council):
        held.add(officer_forms.IP)
    if complaint.investigator_id == user.pk and complaint.state in services.WITH_INVESTIGATOR:
        held.add(officer_forms.INVESTIGATOR)
    return held


def _open_steps(complaint: Complaint, roles: set[str]) -> list[officer_forms.Step]:
    actions = set(allowed_actions(services.case_of(complaint)))
    shown = []
    for step in officer_forms.STEPS:
        if not roles & set(step.who):
            continue
        if step.slug == "investigation-note":
            open_now = complaint.state == State.INVESTIGATION and not complaint.paused
        elif step.slug == "summarise-allegation":
            open_now = complaint.member_reads_summary and complaint.member_notified_on is not None
        elif step.slug in ("attach-screened-post", "add-evidence"):
            open_now = not complaint.finished
        elif step.slug == "sanction-done":
            open_now = (
                Action.CLOSE in actions
                and complaint.sanctions.filter(done_on__isnull=True)
                .exclude(kind="training")
                .exists()
            )
        else:
            open_now = step.action in actions
        if open_now:
            shown.append(step)
    return shown


def _done(step: officer_forms.Step, complaint: Complaint) -> bool:
    """Whether a step the rules would let be taken again is already done for this point of
    the case: the two tests of the assessment, and the Independent Person's view where it is
    taken. The page marks it done rather than offering its form again."""
    if step.slug == "jurisdiction":
        return complaint.jurisdiction is not None
    if step.slug == "public-interest":
        return complaint.public_interest is not None
    if step.slug == "ip-view":
        return not ip_view_awaited(services.case_of(complaint))
    return False


def _page(request, complaint: Complaint, access: str, failed=None, status: int = 200):
    roles = _roles(request.user, complaint)
    offered = _open_steps(complaint, roles)
    steps = [step for step in offered if not _done(step, complaint)]
    done = [LOG_NAMES[step.action.value] for step in offered if step.action and step not in steps]
    forms = [
        (
            step,
            failed[1]
            if failed and failed[0] == step.slug
            else officer_forms.make_form(step, complaint, request.user),
        )
        for step in steps
    ]
    timescales = services.arrangements_for(complaint.council).timescales
    return render(
        request,
        "complaints/case.html",
        {
            "council": complaint.council,
            "complaint": complaint,
            "progress": progress(complaint, timescales, timezone.localdate()),
            "forms": forms,
            "done": done,
            "failed": failed[0] if failed else "",
            "failed_form": failed[1] if failed else None,
            "paragraphs": services.provisions_named(
                complaint.council, complaint.paragraphs, as_offered=True
            ),
            "full": access == services.FULL,
            "evidence": services.evidence_seen(complaint, access).defer("data"),
            "ip_views": complaint.ip_views.select_related("by") if access == services.FULL else [],
            "log": services.log_seen(complaint, access).select_related("by"),
            "sanctions": complaint.sanctions.all(),
        },
        status=status,
    )


@signed_in
def case(request, council, reference):
    """One case: its facts, its clock, its history and the steps open to this user; to an
    investigator who is not the council's officer, only what the investigation needs."""
    return _page(request, *_case(request, council, reference))


@signed_in
@require_POST
def take_step(request, council, reference, step):
    """Take one step on the case; a refusal shows the page again with the answers kept."""
    complaint, access = _case(request, council, reference)
    chosen = officer_forms.BY_SLUG.get(step)
    if chosen is None:
        raise Http404
    if not _roles(request.user, complaint) & set(chosen.who):
        raise PermissionDenied
    form = officer_forms.make_form(chosen, complaint, request.user, request.POST, request.FILES)
    if form.is_valid():
        try:
            chosen.call(complaint, request.user, form.cleaned_data)
        except services.ComplaintError as refused:
            refuse_on_form(form, refused)
        else:
            messages.success(request, f"{chosen.label}: done")
            return redirect(complaint.get_absolute_url())
    complaint.refresh_from_db()
    return _page(request, complaint, access, failed=(chosen.slug, form), status=400)


@signed_in
def evidence(request, council, reference, pk):
    """An evidence file, to those who may see the case and the file only, always as a
    download."""
    complaint, access = _case(request, council, reference)
    item = services.evidence_seen(complaint, access).filter(pk=pk).first()
    if item is None:
        if Evidence.objects.filter(complaint=complaint, pk=pk).exists():
            raise PermissionDenied
        raise Http404
    response = HttpResponse(bytes(item.data), content_type=item.content_type)
    response["Content-Disposition"] = content_disposition_header(True, item.file_name)
    response["X-Content-Type-Options"] = "nosniff"
    return response
