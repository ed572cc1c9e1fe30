"""A signed-in user's own account: two-factor set-up and codes, and their API token.

Password change and reset are Django's own views (wired in ``nolan.accounts.urls``) with
GOV.UK templates in ``nolan/templates/registration/``.
"""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode

from nolan.access import signed_in
from nolan.accounts import tokens, two_factor
from nolan.accounts.forms import CodeForm
from nolan.forms import refuse_on_form


def _next(request) -> str:
    """Where to go once verified: the page asked for, if it is on this site."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if safe else reverse("home")


def _with_next(name: str, request) -> str:
    target = request.POST.get("next") or request.GET.get("next")
    url = reverse(name)
    return f"{url}?{urlencode({'next': target})}" if target else url


@signed_in
def account(request):
    return render(
        request,
        "accounts/account.html",
        {
            "device": two_factor.enrolled_device(request.user),
            "must_verify": two_factor.must_verify(request.user),
            "token": tokens.current(request.user),
        },
    )


@signed_in
def verify(request):
    """Ask for the code from the user's app; on success this session is verified."""
    if request.user.is_verified():
        return redirect(_next(request))
    if two_factor.enrolled_device(request.user) is None:
        return redirect(_with_next("two-factor-set-up", request))
    form = CodeForm(request.POST or None)
    if form.is_valid():
        try:
            two_factor.verify(request, form.cleaned_data["code"])
        except two_factor.CodeRefused as refused:
            refuse_on_form(form, refused)
        else:
            return redirect(_next(request))
    return render(
        request,
        "accounts/two_factor.html",
        {"form": form, "next": _next(request)},
        status=400 if form.errors else 200,
    )


@signed_in
def set_up(request):
    """Show a new secret as a QR code and as text, and take a code to prove the app has it.

    Someone who already has an app must give its code before setting up another: otherwise
    a stolen password alone would be enough to add the thief's phone.
    """
    if two_factor.enrolled_device(request.user) and not request.user.is_verified():
        return redirect(_with_next("two-factor", request))
    device = two_factor.pending_device(request.user)
    form = CodeForm(request.POST or None)
    if form.is_valid():
        try:
            two_factor.confirm(request, form.cleaned_data["code"])
        except two_factor.CodeRefused as refused:
            refuse_on_form(form, refused)
        else:
            messages.success(request, "Your authenticator app is set up.")
            return redirect(_next(request))
    return render(
        request,
        "accounts/two_factor_set_up.html",
        {
            "form": form,
            "next": _next(request),
            "secret": two_factor.secret(device),
            "qr_svg": two_factor.qr_svg(device),
            "replacing": request.user.is_verified(),
        },
        status=400 if form.errors else 200,
    )


@signed_in
def api_token(request):
    """Create (shown once, replacing any earlier token) or revoke the user's API token."""
    new_token = None
    if request.method == "POST":
        if request.POST.get("action") != "create":
            if tokens.revoke(request.user):
                messages.success(request, "Your API token is revoked: scripts using it now fail.")
            return redirect("api-token")
        new_token = tokens.issue(request.user)
    response = render(
        request,
        "accounts/api_token.html",
        {"token": tokens.current(request.user), "new_token": new_token},
    )
    response["Cache-Control"] = "no-store"
    return response
