"""Nolan's URLs plus ``/bench/plain/``, a plain Django view: the requests-per-second baseline."""

from django.http import HttpResponse
from django.urls import path

from nolan.access import public
from nolan.urls import urlpatterns as nolan_urlpatterns


@public
def plain(request):
    return HttpResponse("<!DOCTYPE html><title>plain</title><p>A plain Django page.</p>")


urlpatterns = [path("bench/plain/", plain), *nolan_urlpatterns]
