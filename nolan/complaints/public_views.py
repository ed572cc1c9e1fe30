"""Public complaint pages: how to complain, the form, the complainant's own case, and the
published standards decisions (best practices 9 and 10).

A case is public only through its decision notice, once published; the complainant sees
their own case through the unguessable link sent with their reference.
"""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.http import content_disposition_header

from nolan.access import public, signed_in
from nolan.complaints import statistics as stats
from nolan.complaints.models import Complaint, DecisionNotice
from nolan.complaints.progress import final_outcome, outcome_reasons
from nolan.complaints.services import (
    PUBLIC_INTEREST_FACTORS,
    arrangements_for,
    member_duties,
    provisions_named,
    timescale_rows,
)
from nolan.councils.models import Council, Member
from nolan.registers import exports


@public
def standards(request, council):
    """The council's standards page: how to complain, and every published decision notice."""
    council = get_object_or_404(Council, slug=council)
    notices = (
        DecisionNotice.objects.filter(complaint__council=council)
        .defer("pdf")
        .select_related("complaint__member")
        .order_by("-published_on", "-pk")
    )
    return render(
        request,
        "complaints/standards.html",
        {
            "council": council,
            "notices": notices,
            "arrangements": arrangements_for(council),
            "this_year": timezone.localdate().year,
        },
    )


@public
def decision_notice_pdf(request, council, reference):
    """The notice's PDF, once the background task has rendered it."""
    notice = get_object_or_404(
        DecisionNotice, complaint__council__slug=council, complaint__reference=reference
    )
    if not notice.pdf:
        raise Http404
    response = HttpResponse(bytes(notice.pdf), content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(False, f"{reference}.pdf")
    return response


@public
def guidance(request, council):
    """How to complain, the public interest test and each stage's timescale (best practice 10)."""
    council = get_object_or_404(Council, slug=council)
    arrangements = arrangements_for(council)
    return render(
        request,
        "complaints/guidance.html",
        {
            "council": council,
            "arrangements": arrangements,
            "handled_by": arrangements.council,
            "timescales": timescale_rows(arrangements.timescales),
            "factors": PUBLIC_INTEREST_FACTORS.values(),
        },
    )


@public
def decision_notice(request, council, reference):
    notice = get_object_or_404(
        DecisionNotice.objects.select_related(
            "complaint__council", "complaint__member", "complaint__hearing"
        ),
        complaint__council__slug=council,
        complaint__reference=reference,
    )
    complaint = notice.complaint
    return render(
        request,
        "complaints/decision_notice.html",
        {
            "council": complaint.council,
            "notice": notice,
            "complaint": complaint,
            "provisions": provisions_named(complaint.council, notice.provisions),
            "sanctions": complaint.sanctions.all(),
        },
    )


def _year(year: int) -> int:
    """A year the statistics can be about: from 2012 (the Localism Act regime) to this one."""
    if not 2012 <= year <= timezone.localdate().year:
        raise Http404
    return year


@public
def statistics(request, council, year):
    """The year's complaints, anonymised: a table, a bar chart of stages, and a CSV."""
    council = get_object_or_404(Council, slug=council)
    figures = stats.for_year(council, _year(year))
    widest = max((n for _, n in figures.by_stage), default=0)
    # Each bar: its label, its count, its length (up to 300 of the chart's 600 units) and its
    # distance from the top.
    bars = [
        (name, n, max(2, round(300 * n / widest)), 30 * i)
        for i, (name, n) in enumerate(figures.by_stage)
    ]
    return render(
        request,
        "complaints/statistics.html",
        {
            "council": council,
            "figures": figures,
            "bars": bars,
            "chart_height": 30 * len(bars),
            "years": range(timezone.localdate().year, 2011, -1)[:5],
        },
    )


@public
def statistics_csv(request, council, year):
    council = get_object_or_404(Council, slug=council)
    figures = stats.for_year(council, _year(year))
    response = HttpResponse(
        exports.csv_lines(["measure", "category", "value"], figures.rows()),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="{council.slug}-complaints-{figures.year}.csv"'
    )
    return response


@signed_in
def about_me(request):
    """A member's own complaints, once the Monitoring Officer has told them: what is alleged,
    by whom (unless withheld, with reasons recorded) and where it stands."""
    cases = (
        Complaint.objects.filter(member__user=request.user, member_notified_on__isnull=False)
        .select_related("council", "member", "hearing", "decision_notice")
        .order_by("-received_on")
    )
    councils = {
        m.council for m in Member.objects.filter(user=request.user).select_related("council")
    }
    # The duties as each of the member's councils numbers them (a parish's code may differ).
    duties = {link.url: link for c in councils for link in member_duties(c)}
    return render(
        request,
        "complaints/about_me.html",
        {
            "cases": [
                (
                    case,
                    provisions_named(case.council, case.paragraphs),
                    final_outcome(case),
                    outcome_reasons(case),
                )
                for case in cases
            ],
            "duties": sorted(duties.values(), key=lambda link: link.url),
        },
    )


@public
def status(request, token):
    """The complainant's view of their own case: its stage and, once it has one, its outcome
    with the reasons the parties are given; never the officers' notes."""
    complaint = (
        Complaint.objects.select_related("council", "member", "hearing", "decision_notice")
        .filter(token=token)
        .first()
    )
    if complaint is None:
        raise Http404
    return render(
        request,
        "complaints/status.html",
        {
            "council": complaint.council,
            "complaint": complaint,
            "outcome": final_outcome(complaint),
            "reasons": outcome_reasons(complaint),
        },
    )
