"""Nolan's URL map. Each app's views declare who may see them (see ``nolan.access``)."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView

from nolan.access import public

admin.site.site_header = "Nolan back office"
admin.site.site_title = "Nolan back office"

# GOV.UK-styled error pages (nolan.errors); 403 and 404 are Django's handlers with Nolan's
# 403.html and 404.html.
handler400 = "nolan.errors.bad_request"
handler500 = "nolan.errors.server_error"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("sign-in/", public(auth_views.LoginView.as_view()), name="login"),
    path("sign-out/", public(auth_views.LogoutView.as_view()), name="logout"),
    path(
        "api/schema/", public(SpectacularAPIView.as_view(permission_classes=[])), name="api-schema"
    ),
    path("", include("nolan.councils.urls")),
    path("", include("nolan.codebook.urls")),
    path("", include("nolan.registers.urls")),
    path("", include("nolan.meetings.urls")),
    path("", include("nolan.screening.urls")),
    path("", include("nolan.accounts.urls")),
    path("", include("nolan.moderngov.urls")),
    path("", include("nolan.complaints.urls")),
]
