"""How django-axes counts failed sign-ins, and what a locked-out visitor sees.

Behind a council's proxy every request comes from the proxy, so counting by the connection's
address would lock everyone out after one person's mistakes; trusting X-Forwarded-For
blindly would let an attacker pick a fresh address per guess. ``TRUSTED_PROXY_COUNT``
says how many of the header's right-most entries were written by the council's own proxies:
the entry just before them is the client.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def client_ip(request: HttpRequest) -> str | None:
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies == 0:
        return request.META.get("REMOTE_ADDR")
    # Each proxy appends the address it heard from; the last proxy is REMOTE_ADDR itself.
    header = request.META.get("HTTP_X_FORWARDED_FOR", "")
    chain = [part.strip() for part in header.split(",") if part.strip()]
    chain.append(request.META.get("REMOTE_ADDR", ""))
    # Entries left of the trusted ones came from the client and may be forged; the one the
    # first trusted proxy wrote is the client's. A short chain means a proxy was bypassed.
    return chain[max(0, len(chain) - 1 - proxies)]


def locked_out(request: HttpRequest, response=None, credentials=None) -> HttpResponse:
    """The GOV.UK page for a paused sign-in, as 429 Too Many Requests."""
    minutes = round(settings.AXES_COOLOFF_TIME.total_seconds() / 60)
    return render(request, "registration/locked_out.html", {"minutes": minutes}, status=429)
