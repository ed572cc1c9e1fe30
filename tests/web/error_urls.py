"""Nolan's URLs plus views that fail in each way, for the error page tests only."""

from django.core.exceptions import BadRequest, PermissionDenied
from django.db import OperationalError
from django.http import Http404
from django.urls import include, path
from django.views.decorators.http import require_POST

from nolan.access import public
from nolan.errors import csrf_failure
from nolan.urls import handler400, handler500  # Django reads them from the root URLconf

__all__ = ["handler400", "handler500", "urlpatterns"]


@public
def bad_request(request):
    raise BadRequest("details that must not be shown")


@public
def forbidden(request):
    raise PermissionDenied


@public
def not_found(request):
    raise Http404


@public
def database_down(request):
    raise OperationalError("could not connect to server: Connection refused")


@public
@require_POST
def post_only(request):
    raise AssertionError("a GET never reaches a POST-only view")


@public
def token_failed(request):
    return csrf_failure(request, "CSRF token missing.")


urlpatterns = [
    path("fail/400/", bad_request),
    path("fail/403/", forbidden),
    path("fail/404/", not_found),
    path("fail/405/", post_only),
    path("fail/403-csrf/", token_failed),
    path("fail/500/", database_down),
    path("", include("nolan.urls")),
]
