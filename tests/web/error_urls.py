"""Nolan's URLs plus views that fail in each way, for the error page tests only."""

from django.core.exceptions import BadRequest, PermissionDenied
from django.db import OperationalError
from django.http import Http404
from django.urls import include, path

from nolan.access import public
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


urlpatterns = [
    path("fail/400/", bad_request),
    path("fail/403/", forbidden),
    path("fail/404/", not_found),
    path("fail/500/", database_down),
    path("", include("nolan.urls")),
]
