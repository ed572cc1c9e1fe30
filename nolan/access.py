"""Who may see each view, declared on the view itself.

Every view Nolan serves is wrapped in exactly one of these decorators, which both enforce
the rule and record it on the view as ``nolan_access``; a test walks every URL pattern and
fails if a view declares nothing or if an anonymous visitor reaches anything not public.
"""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

View = Callable[..., HttpResponse]

PUBLIC = "public"
SIGNED_IN = "signed-in"


def public(view: View) -> View:
    """Anyone, including anonymous visitors: the public registers, codes and notices."""
    view.nolan_access = PUBLIC  # type: ignore[attr-defined]
    return view


def signed_in(view: View) -> View:
    """Any signed-in user; what they then see is narrowed by their roles inside the view."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    wrapped.nolan_access = SIGNED_IN  # type: ignore[attr-defined]
    return wrapped


def role_required(*kinds: str) -> Callable[[View], View]:
    """A user holding one of ``kinds`` for the council named by the URL's ``council`` slug.

    Views without a ``council`` argument accept the role at any council; the view then
    narrows its query to ``request.user``'s councils.
    """

    def decorate(view: View) -> View:
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            from nolan.councils.roles import has_role

            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not has_role(request.user, kinds, council_slug=kwargs.get("council")):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        wrapped.nolan_access = "roles:" + ",".join(kinds)  # type: ignore[attr-defined]
        return wrapped

    return decorate


def api_role_required(*kinds: str) -> Callable[[type], View]:
    """A JSON API view class for users holding one of ``kinds`` at any council.

    Authentication is Django REST framework's: the browser's session, or for scripts the
    caller's own revocable API token (``Authorization: Token ...``, django-rest-knox, made on
    the API token page); never a password, so there is no HTTP Basic to guess against. A
    refusal is a JSON 401/403, never a redirect to the sign-in page that a script cannot
    follow. The view narrows what it returns to the caller's councils.
    """
    from rest_framework.permissions import BasePermission

    class HoldsRole(BasePermission):
        def has_permission(self, request, view) -> bool:
            from nolan.councils.roles import has_role

            return bool(request.user.is_authenticated and has_role(request.user, kinds))

    def decorate(view_class: type) -> View:
        view = view_class.as_view(permission_classes=[HoldsRole])  # type: ignore[attr-defined]
        view.nolan_access = "api-roles:" + ",".join(kinds)
        return view

    return decorate


def declared_access(view: object) -> str | None:
    """The access rule a resolved view declared, looking through Django's wrappers."""
    seen: set[int] = set()
    current = view
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        rule = getattr(current, "nolan_access", None)
        if rule:
            return rule
        current = getattr(current, "__wrapped__", None) or getattr(current, "view_class", None)
    return None
