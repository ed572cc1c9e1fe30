"""Keep a signed-in officer away from every page until their second factor is given.

Runs after django-otp's ``OTPMiddleware``. A user who must verify (``two_factor.must_verify``)
and has not this session reaches only the sign-in, sign-out and two-factor pages: every other
page, public ones included (they show an officer more than the public), the back office and
the API send them to enter a code, or to set up an app if they have none. Scripts calling
the API with a token never meet this: the token was created in a verified session.
"""

from django.contrib.auth.views import redirect_to_login
from django.http import JsonResponse
from django.urls import reverse

from nolan.accounts import two_factor

# URL names an unverified user may still reach.
OPEN = {"login", "logout", "two-factor", "two-factor-set-up"}


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        match = request.resolver_match
        if match is not None and match.view_name in OPEN:
            return None
        if not two_factor.must_verify(user):
            return None
        if hasattr(view_func, "cls"):  # a REST framework view: a script cannot follow a redirect
            return JsonResponse(
                {
                    "code": "two_factor_required",
                    "detail": "Enter the code from your authenticator app at "
                    + reverse("two-factor"),
                },
                status=403,
            )
        target = "two-factor" if two_factor.enrolled_device(user) else "two-factor-set-up"
        return redirect_to_login(request.get_full_path(), reverse(target))
