"""The back office's pages for users and groups: Django's own, except that the permissions
offered leave out those of the tables of earlier versions, which grant nothing and which
Django names "historical role", "historical interest entry" (``history.version_permissions``).
"""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group

from nolan import history

PERMISSION_FIELDS = ("permissions", "user_permissions")


class PlainPermissions:
    def formfield_for_manytomany(self, db_field, request, **kwargs):
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if db_field.name in PERMISSION_FIELDS and field is not None:
            field.queryset = field.queryset.exclude(pk__in=history.version_permissions())
        return field


class NolanUserAdmin(PlainPermissions, UserAdmin):
    pass


class NolanGroupAdmin(PlainPermissions, GroupAdmin):
    pass


for model, model_admin in ((get_user_model(), NolanUserAdmin), (Group, NolanGroupAdmin)):
    admin.site.unregister(model)
    admin.site.register(model, model_admin)
