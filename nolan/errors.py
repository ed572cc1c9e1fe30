"""Nolan's 400, 403, 404 and 500 pages: GOV.UK-styled, in the site's own layout, with a way back.

Django renders ``400.html`` and ``500.html`` with no context at all, so they could not carry
the page's CSP nonce; these handlers pass the request. The 500 page gets the request and
nothing else, never the context processors: they read the session, the user and the
messages from the database, and a 500 is often the database failing. A view refusing a
malformed query parameter calls ``bad_request_page`` to say what was wrong in plain words.
"""

from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token


def bad_request_page(request, message: str, *, back: str = "", back_text: str = "", **context):
    """The 400 page saying ``message``, with a link to ``back`` (called ``back_text``)."""
    context |= {"message": message, "back": back, "back_text": back_text}
    return render(request, "400.html", context, status=400)


@requires_csrf_token
def bad_request(request, exception) -> HttpResponse:
    """A malformed request Django itself refused: nothing about it is shown, as in Django's
    own handler, so that nothing sensitive is disclosed."""
    return render(request, "400.html", status=400)


@requires_csrf_token
def server_error(request) -> HttpResponse:
    """The 500 page, rendered from the request alone (for the CSP nonce), with no database."""
    return HttpResponseServerError(loader.get_template("500.html").render({"request": request}))
