"""Demo officers' authenticator apps, for ``nolan demo``.

Most demo officers get an app already set up, with a new random key on every run that the
command prints, so a tester adds it to an authenticator app (or ``oathtool --totp -b KEY``)
and signs in straight away. The Independent Person is left without one, to show the
set-up page an officer meets at their first sign-in.
"""

from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice

from nolan.accounts import two_factor

ENROLLED = ("mo", "deputy", "clerk", "bexley-mo", "chelmsford-mo")
ENROLS_AT_FIRST_SIGN_IN = ("ip",)


def load_demo_two_factor() -> None:
    """Give the enrolled demo officers a fresh app key; clear the others' apps."""
    users = get_user_model().objects.filter(username__in=ENROLLED + ENROLS_AT_FIRST_SIGN_IN)
    TOTPDevice.objects.filter(user__in=users).delete()
    for user in users:
        if user.username in ENROLLED:
            TOTPDevice.objects.create(user=user, name=two_factor.DEVICE_NAME, confirmed=True)


def demo_keys() -> dict[str, str | None]:
    """Each demo officer's key as typed into an app; None for one who enrols on first sign-in."""
    keys: dict[str, str | None] = dict.fromkeys(ENROLS_AT_FIRST_SIGN_IN)
    for device in TOTPDevice.objects.filter(
        user__username__in=ENROLLED, confirmed=True
    ).select_related("user"):
        keys[device.user.username] = two_factor.secret(device)
    return keys
