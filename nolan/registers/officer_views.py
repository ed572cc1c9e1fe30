"""The Monitoring Officer's register pages: who is late, sensitive requests, gifts to review.

Localism Act 2011 s.29 (the Monitoring Officer keeps the register) and s.32 (the Monitoring
Officer decides whether an interest is sensitive); code paragraph 10 (gifts). A principal
authority's Monitoring Officer also acts for its parishes (``nolan.access.role_required``).
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone

from nolan.access import role_required
from nolan.core.dates import long_date
from nolan.core.gifts import Reason
from nolan.councils.models import Council
from nolan.councils.roles import OFFICER_KINDS
from nolan.registers import forms, rules, services
from nolan.registers.councillor_views import apply_error
from nolan.registers.models import Gift, InterestEntry, Sensitivity
from nolan.registers.services import RegisterError

officer_only = role_required(*OFFICER_KINDS)

# The gift rule's stable reasons (``nolan.core.gifts.Reason``) as the officer reads them.
GIFT_REASONS = {
    Reason.AT_THRESHOLD: "at or above the council's threshold, so it must be registered",
    Reason.REFUSED_SIGNIFICANT: "a significant offer that was refused, so it must be registered",
    Reason.VOLUNTARY: "below the council's threshold, registered voluntarily",
}


def _dashboard_url(council: Council) -> str:
    return reverse("register-officer", args=[council.slug])


def overdue(council: Council, today):
    """(member, duty) for every current member with an overdue duty, soonest first."""
    members = council.members.current(today).prefetch_related("terms", "confirmations", "interests")
    found = [(m, d) for m in members for d in rules.duties(m, today) if d.state.code == "overdue"]
    return sorted(found, key=lambda pair: pair[1].due)


@officer_only
def dashboard(request, council):
    council = get_object_or_404(Council, slug=council)
    today = timezone.localdate()
    late = overdue(council, today)
    gifts = list(Gift.objects.for_council(council).to_review().published())
    return render(
        request,
        "registers/officer.html",
        {
            "council": council,
            "registrations_overdue": [p for p in late if p[1].code == "initial-registration"],
            "confirmations_overdue": [p for p in late if p[1].code == "annual-confirmation"],
            "late_interests": InterestEntry.objects.for_council(council).late().published()[:50],
            # A gift below the threshold need not be registered at all, so it cannot be late.
            "late_gifts": Gift.objects.for_council(council)
            .late()
            .filter(required=True)
            .published()[:50],
            "requests": InterestEntry.objects.for_council(council).sensitive_requests().published(),
            "reviews": InterestEntry.objects.for_council(council)
            .sensitive_reviews_due(today)
            .published(),
            "gifts": [(g, rules.assess_gift_in_any_window(g)) for g in gifts],
        },
    )


@officer_only
def decide_sensitive(request, council, pk):
    council = get_object_or_404(Council, slug=council)
    entry = get_object_or_404(
        InterestEntry.objects.select_related("member"), pk=pk, member__council=council
    )
    form = forms.DecideSensitiveForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        reviewed = entry.sensitivity == Sensitivity.AGREED
        try:
            entry = services.decide_sensitive(
                entry,
                request.user,
                agree=data["decision"] == "agree",
                reasons=data["reasons"],
                review_on=data["review_on"],
            )
        except RegisterError as error:
            apply_error(form, error)
        else:
            messages.success(request, _decided(entry, reviewed))
            return redirect(_dashboard_url(council))
    return render(
        request,
        "registers/decide_sensitive.html",
        {"council": council, "entry": entry, "form": form, "back": _dashboard_url(council)},
        status=400 if form.errors else 200,
    )


def _decided(entry: InterestEntry, reviewed: bool) -> str:
    """What the decision did to the public register, which is what the officer needs to know
    (a second decision on an agreed request is its review, not a new one)."""
    if entry.sensitivity != Sensitivity.AGREED:
        return f"Request refused: {entry.member}'s interest now shows on the public register"
    kept = f"stays off the public register until {long_date(entry.sensitivity_review_on)}"
    if reviewed:
        return f"Review recorded: {entry.member}'s interest {kept}"
    return f"Request agreed: {entry.member}'s interest {kept}"


@officer_only
def review_gift(request, council, pk):
    council = get_object_or_404(Council, slug=council)
    gift = get_object_or_404(Gift.objects.select_related("member"), pk=pk, member__council=council)
    assessment = rules.assess_gift_in_any_window(gift)
    form = forms.QueryGiftForm(request.POST or None)
    if request.method == "POST":
        try:
            if "accept" in request.POST:
                services.accept_gift(gift, request.user)
                messages.success(request, "Gift accepted")
                return redirect(_dashboard_url(council))
            if form.is_valid():
                services.query_gift(gift, request.user, text=form.cleaned_data["text"])
                messages.success(request, "Query recorded")
                return redirect(_dashboard_url(council))
        except RegisterError as error:
            apply_error(form, error)
    return render(
        request,
        "registers/review_gift.html",
        {
            "council": council,
            "gift": gift,
            "assessment": assessment,
            "reason": GIFT_REASONS[assessment.reason],
            "form": form,
            "back": _dashboard_url(council),
        },
        status=400 if form.errors else 200,
    )
