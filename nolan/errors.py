"""Nolan's 400, 403, 404, 405 and 500 pages: GOV.UK-styled, in the site's own layout, with a
way back.

Django renders ``400.html`` and ``500.html`` with no context at all, so they could not carry
the page's CSP nonce; these handlers pass the request. The 500 page gets the request and
nothing else, never the context processors: they read the session, the user and the
messages from the database, and a 500 is often the database failing. A view refusing a
malformed query parameter calls ``bad_request_page`` to say what was wrong in plain words.

Two refusals Django answers on its own get pages of Nolan's too (walk item 6): an address that
takes only a form's POST, opened directly, which Django answers with an empty 405
(``MethodNotAllowedPage``), and a form whose CSRF token failed (``csrf_failure``, Django's
``CSRF_FAILURE_VIEW``), which it answers with an unstyled page about "CSRF verification".
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


def csrf_failure(request, reason: str = "") -> HttpResponse:
    """A form whose security token was missing or out of date: usually a page left open past
    the session, or signed out in another tab. Django's ``reason`` is for developers and is
    not shown."""
    return render(request, "403_csrf.html", status=403)


class MethodNotAllowedPage:
    """Puts the 405 page on the empty body Django's ``require_POST`` (and a class-based view)
    answers a GET with, keeping its ``Allow`` header; a response with a body of its own (the
    API's JSON) is left as it is."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code != 405 or response.content:
            return response
        page = render(request, "405.html", status=405)
        page["Allow"] = response.get("Allow", "")
        return page
