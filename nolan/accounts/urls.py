"""Account URLs: the user's own account page, two-factor, API token, and Django's password
change and reset views with Nolan's templates."""

from django.contrib.auth import views as auth_views
from django.urls import path

from nolan.access import public, signed_in
from nolan.accounts import views
from nolan.accounts.forms import ChangeForm, ResetForm

urlpatterns = [
    path("account/", views.account, name="account"),
    path("account/two-factor/", views.verify, name="two-factor"),
    path("account/two-factor/set-up/", views.set_up, name="two-factor-set-up"),
    path("account/api-token/", views.api_token, name="api-token"),
    path(
        "account/password/",
        signed_in(auth_views.PasswordChangeView.as_view(form_class=ChangeForm)),
        name="password_change",
    ),
    path(
        "account/password/changed/",
        signed_in(auth_views.PasswordChangeDoneView.as_view()),
        name="password_change_done",
    ),
    path(
        "password-reset/",
        public(auth_views.PasswordResetView.as_view(form_class=ResetForm)),
        name="password_reset",
    ),
    path(
        "password-reset/sent/",
        public(auth_views.PasswordResetDoneView.as_view()),
        name="password_reset_done",
    ),
    path(
        "password-reset/<uidb64>/<token>/",
        public(auth_views.PasswordResetConfirmView.as_view()),
        name="password_reset_confirm",
    ),
    path(
        "password-reset/done/",
        public(auth_views.PasswordResetCompleteView.as_view()),
        name="password_reset_complete",
    ),
]
