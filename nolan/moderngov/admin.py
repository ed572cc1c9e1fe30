"""The Monitoring Officer sets the council's Modern.gov address once, here, with a reason.

Scoped to the councils they act for and saved through ``save_source``, like every record
in the back office (``nolan.councils.admin.CouncilScopedAdmin``).
"""

from django.contrib import admin
from django.db import models

from nolan.councils.admin import CouncilScopedAdmin
from nolan.moderngov import services
from nolan.moderngov.models import Source


@admin.register(Source)
class SourceAdmin(CouncilScopedAdmin):
    list_display = ["council", "base_url"]
    search_fields = ["council__name"]
    save_service = staticmethod(services.save_source)
    # An address typed without its scheme is the site's secure one.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
