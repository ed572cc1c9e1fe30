"""Members' own register pages: what is due, and adding, changing and ending entries.

A signed-in user reaches only the members they may act for (themself; a clerk, their own
parish's members; a Monitoring Officer, their councils' members): ``rules.can_act_for``,
which the services check again. Every change goes through ``nolan.registers.services``.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from nolan.access import signed_in
from nolan.core.dates import long_date
from nolan.councils.models import Member, Role
from nolan.councils.roles import OFFICER_KINDS, councils_for
from nolan.forms import refuse_on_form
from nolan.registers import forms, rules, services
from nolan.registers.models import Gift, InterestEntry
from nolan.registers.services import RegisterError
from nolan.registers.templatetags.registers import pounds

# Service fields whose form field has another name.
FORM_FIELD = {"value_pence": "value", "text": "text"}


def _member(request, council: str, member: str) -> Member:
    found = get_object_or_404(
        Member.objects.select_related("council").prefetch_related("terms"),
        council__slug=council,
        slug=member,
    )
    if not rules.can_act_for(request.user, found):
        raise PermissionDenied
    return found


def _entry(member: Member, pk: int) -> InterestEntry:
    return get_object_or_404(InterestEntry, pk=pk, member=member)


def _sees_withheld(user, member: Member) -> bool:
    """The member and the Monitoring Officer (and deputies) see a withheld interest's
    details; a parish clerk who keeps the register does not (Localism Act 2011 s.32)."""
    return member.user_id == user.pk or rules.is_officer_for(user, member.council)


def _details_entry(request, member: Member, pk: int) -> InterestEntry:
    """An entry whose details a form would show: refused to those who may not see them."""
    entry = _entry(member, pk)
    if entry.is_withheld and not _sees_withheld(request.user, member):
        raise PermissionDenied
    return entry


def _manage_url(member: Member) -> str:
    return reverse("register-manage", args=[member.council.slug, member.slug])


def apply_error(form, error: RegisterError) -> None:
    """Put a service error on the form field it names, or on the form as a whole."""
    refuse_on_form(form, error, FORM_FIELD)


def _saved(request, member: Member, form, save) -> HttpResponse | None:
    """Make a valid POSTed form's change and go back to the member's page.

    ``save()`` calls the service and adds the notices to show. ``None`` means the form is to be
    shown again: not posted, not valid, or refused by the service (its error is on the form).
    """
    if request.method != "POST" or not form.is_valid():
        return None
    try:
        save()
    except RegisterError as error:
        apply_error(form, error)
        return None
    return redirect(_manage_url(member))


def _done(request, member: Member, act, notice: str) -> HttpResponse:
    """A button's change (no form): ``act()`` calls the service; its refusal shows as an error."""
    try:
        act()
    except RegisterError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, notice)
    return redirect(_manage_url(member))


def _form_page(
    request,
    member,
    form,
    heading: str,
    submit: str,
    intro: str = "",
    template: str = "form",
    entry: InterestEntry | None = None,
):
    """A register form; ``entry`` is the interest it acts on, which the page names."""
    return render(
        request,
        f"registers/{template}.html",
        {
            "council": member.council,
            "form": form,
            "heading": heading,
            "caption": member.name,
            "submit": submit,
            "intro": intro,
            "back": _manage_url(member),
            "entry": entry and _named(request, member, entry),
        },
        status=400 if form.errors else 200,
    )


def _named(request, member: Member, entry: InterestEntry) -> str:
    """The interest as the member's page lists it: its category as the reader reads it, and
    its details unless withheld from them."""
    own = member.user_id == request.user.pk
    category = entry.own_category_subject if own else entry.category_subject
    if entry.is_withheld and not _sees_withheld(request.user, member):
        return f"{category} (details withheld)"
    return f"{category}: {entry.summary}" if entry.summary else category


@signed_in
def my_registers(request):
    """The registers this user keeps: their own, or those of the councils they clerk for.
    A councillor who keeps only their own goes straight to it."""
    acting = councils_for(request.user, [Role.Kind.CLERK, *OFFICER_KINDS])
    own = Member.objects.filter(user=request.user).select_related("council").first()
    if own is not None and not acting:
        return redirect("register-manage", own.council.slug, own.slug)
    members = Member.objects.filter(user=request.user) | Member.objects.filter(council__in=acting)
    return render(
        request,
        "registers/my_registers.html",
        {"members": members.select_related("council").order_by("council__name", "name")},
    )


@signed_in
def manage(request, council, member):
    member = _member(request, council, member)
    today = timezone.localdate()
    entries = member.interests.current(today).order_by("category", "pk")
    code = member.council.code
    return render(
        request,
        "registers/manage.html",
        {
            "council": member.council,
            "member": member,
            "duties": rules.duties(member, today),
            "entries": entries,
            # The member reads "your register"; a clerk or officer acting for them, the name.
            "own": member.user_id == request.user.pk,
            "sees_withheld": _sees_withheld(request.user, member),
            "gifts": member.gifts.order_by("-received_on"),
            "queried": member.gifts.filter(review=Gift.Review.QUERIED).order_by("received_on"),
            "code": code,
            "change_cite": code.cite("appendix-b.keep-up-to-date"),
            "gift_cite": code.cite("code.gifts.register"),
        },
    )


@signed_in
def add_interest(request, council, member):
    member = _member(request, council, member)
    code = member.council.code
    own = member.user_id == request.user.pk
    form = forms.InterestForm(request.POST or None, code=code, own=own)

    def save():
        services.register_interest(member, request.user, **form.values())
        messages.success(request, "Interest registered")

    if "choose" in request.POST:
        form = forms.InterestForm.next_step(request.POST, code, own)
    elif saved := _saved(request, member, form, save):
        return saved
    return _form_page(
        request,
        member,
        form,
        "Register an interest",
        "Register interest",
        template="interest_form",
    )


@signed_in
def change_interest(request, council, member, pk):
    member = _member(request, council, member)
    entry = _details_entry(request, member, pk)
    initial = {name: getattr(entry, name) for name in (*services.TYPED_FIELDS, "start", "whose")}
    initial["securities_test_met"] = {True: "yes", False: "no"}.get(entry.securities_test_met, "")
    form = forms.InterestForm(
        request.POST or None,
        code=member.council.code,
        own=member.user_id == request.user.pk,
        change=True,
        category=entry.category,
        initial=initial,
    )

    def save():
        values = form.values()
        became_aware = values.pop("became_aware")
        services.change_interest(entry, request.user, became_aware=became_aware, **values)
        messages.success(request, "Interest updated; the earlier version is kept")

    if saved := _saved(request, member, form, save):
        return saved
    return _form_page(
        request, member, form, "Change an interest", "Save changes", template="interest_form"
    )


@signed_in
def end_interest(request, council, member, pk):
    member = _member(request, council, member)
    entry = _entry(member, pk)
    form = forms.EndInterestForm(request.POST or None)

    def save():
        services.end_interest(entry, request.user, end=form.cleaned_data["end"])
        messages.success(request, "Interest ended; it stays in the register's history")

    if saved := _saved(request, member, form, save):
        return saved
    return _form_page(request, member, form, "End an interest", "End interest", entry=entry)


@signed_in
def request_sensitive(request, council, member, pk):
    member = _member(request, council, member)
    entry = _entry(member, pk)
    form = forms.SensitiveRequestForm(request.POST or None)

    def save():
        services.request_sensitive(entry, request.user, reasons=form.cleaned_data["reasons"])
        messages.success(request, "Request sent to the Monitoring Officer")

    if saved := _saved(request, member, form, save):
        return saved
    intro = member.council.code.provision("appendix-b.sensitive-interest").text
    return _form_page(
        request,
        member,
        form,
        "Ask for an interest to be withheld",
        "Send request",
        intro,
        entry=entry,
    )


def _gift_notices(request, gift: Gift, done: str) -> None:
    """What registering (or correcting) ``gift`` did, in one voice: a gift below the threshold
    is voluntary only while the donor's gifts within twelve months stay below it too."""
    assessment = rules.assess_gift_in_any_window(gift)
    code = gift.member.council.code
    cite = code.cite(assessment.provision_key)
    if gift.required:
        messages.success(request, f"{done} (required by {cite})")
    elif assessment.warnings:
        messages.success(request, done)
        threshold = pounds(code.parameters.gift_threshold_pence)
        messages.warning(
            request,
            f"Gifts from {gift.donor_name} within twelve months add up to "
            f"{pounds(assessment.donor_total_pence)}, which reaches the council's "
            f"{threshold} threshold ({cite}): check with the Monitoring Officer "
            "whether they must be registered.",
        )
    else:
        messages.success(request, f"{done} (voluntary under {cite})")


@signed_in
def add_gift(request, council, member):
    member = _member(request, council, member)
    form = forms.GiftForm(request.POST or None)

    def save():
        gift = services.register_gift(member, request.user, **form.values())
        _gift_notices(request, gift, "Gift registered")

    if saved := _saved(request, member, form, save):
        return saved
    code = member.council.code
    intro = code.cite("code.gifts.register") + ": " + code.provision("code.gifts.register").text
    return _form_page(
        request, member, form, "Register a gift or hospitality", "Register gift", intro
    )


@signed_in
def change_gift(request, council, member, pk):
    member = _member(request, council, member)
    gift = get_object_or_404(Gift, pk=pk, member=member)
    form = forms.GiftForm.of(gift, request.POST or None)

    def save():
        values = form.values()
        values.pop("submission_token", None)
        corrected = services.change_gift(gift, request.user, **values)
        _gift_notices(request, corrected, "Gift corrected; the earlier version is kept")

    if saved := _saved(request, member, form, save):
        return saved
    intro = (
        f"{gift.description} from {gift.donor_name}, received {long_date(gift.received_on)}. "
        "Correct what was mistyped: the register keeps the earlier version in its history."
    )
    return _form_page(request, member, form, "Correct a gift or hospitality", "Save changes", intro)


@signed_in
def answer_gift_query(request, council, member, pk):
    member = _member(request, council, member)
    gift = get_object_or_404(Gift, pk=pk, member=member, review=Gift.Review.QUERIED)
    form = forms.AnswerQueryForm(request.POST or None)

    def save():
        services.answer_gift_query(gift, request.user, text=form.cleaned_data["text"])
        messages.success(request, "Your answer has gone to the Monitoring Officer")

    if saved := _saved(request, member, form, save):
        return saved
    return _form_page(
        request,
        member,
        form,
        f"Answer the query about {gift.description}",
        "Send answer",
        f"The Monitoring Officer asks: {gift.query_text}",
    )


@signed_in
@require_POST
def nil_return(request, council, member):
    member = _member(request, council, member)
    return _done(
        request, member, lambda: services.make_nil_return(member, request.user), "Nil return made"
    )


@signed_in
@require_POST
def confirm(request, council, member):
    member = _member(request, council, member)
    return _done(
        request,
        member,
        lambda: services.confirm_register(member, request.user),
        "Register confirmed as complete and up to date",
    )
