"""Who must give a second factor, and enrolling and checking an authenticator app.

Officers see what the public must not: sensitive interests withheld under s.32 of the
Localism Act 2011, complaints, the back office. A stolen password alone must not open
them, so Monitoring Officers, deputies, Independent Persons, clerks and anyone with the back
office give a time-based code (TOTP, RFC 6238) from an authenticator app after their
password. Councillors may enrol too; once enrolled they are asked for a code like officers.
django-otp keeps the devices, checks codes, refuses a code used twice and slows guessing.
"""

from base64 import b32encode

import segno
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django_otp import login as otp_login
from django_otp.models import VerifyNotAllowed
from django_otp.plugins.otp_totp.models import TOTPDevice

from nolan.core.errors import Refused
from nolan.councils.models import Role

TWO_FACTOR_KINDS = (
    Role.Kind.MONITORING_OFFICER,
    Role.Kind.DEPUTY,
    Role.Kind.INDEPENDENT_PERSON,
    Role.Kind.CLERK,
)
DEVICE_NAME = "Authenticator app"


class CodeRefused(Refused):
    """A code that did not verify; ``code`` is stable, the message says what to do, and the
    input at fault is the form's ``code``."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(code, message, "code")


def must_verify(user) -> bool:
    """True when ``user`` may not go on without a second factor this session."""
    if user.is_staff or user.is_superuser:
        return True
    return (
        get_user_model()
        .objects.filter(pk=user.pk)
        .filter(Q(roles__kind__in=TWO_FACTOR_KINDS) | Q(totpdevice__confirmed=True))
        .exists()
    )


def enrolled_device(user) -> TOTPDevice | None:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def pending_device(user) -> TOTPDevice:
    """The app being set up: the same secret on every visit until a code confirms it."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


def secret(device: TOTPDevice) -> str:
    """The key as authenticator apps take it typed in: base32, in groups of four."""
    key = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def qr_svg(device: TOTPDevice) -> str:
    """An inline SVG QR code of the otpauth:// address that apps scan."""
    return segno.make(device.config_url, error="m").svg_inline(
        scale=5, title="QR code for your authenticator app", dark="#0b0c0c", light="#ffffff"
    )


def _refusal(device: TOTPDevice, code: str) -> CodeRefused | None:
    """Why ``code`` does not verify, or None. Returned rather than raised so that the
    transaction around it commits the failure count django-otp keeps to slow guessing."""
    allowed, details = device.verify_is_allowed()
    if not allowed and details.get("reason") == VerifyNotAllowed.N_FAILED_ATTEMPTS:
        wait = max(1, round((details["locked_until"] - timezone.now()).total_seconds()))
        return CodeRefused(
            "too-many-attempts",
            f"After a wrong code, wait {wait} second{'' if wait == 1 else 's'} before the next "
            "one, then enter the code your app shows now.",
        )
    if not device.verify_token(code.replace(" ", "")):
        return CodeRefused("wrong-code", "Enter the 6-digit code your authenticator app shows now.")
    return None


def verify(request, code: str) -> None:
    """Mark this session verified by the user's app, or raise ``CodeRefused``."""
    with transaction.atomic():
        device = (
            TOTPDevice.objects.devices_for_user(request.user, confirmed=True)
            .select_for_update()
            .first()
        )
        if device is None:
            raise CodeRefused("not-enrolled", "Set up an authenticator app first.")
        refusal = _refusal(device, code)
    if refusal:
        raise refusal
    otp_login(request, device)


def confirm(request, code: str) -> TOTPDevice:
    """Finish setting up the pending app with a code from it; it replaces any earlier one."""
    with transaction.atomic():
        device = (
            TOTPDevice.objects.devices_for_user(request.user, confirmed=False)
            .select_for_update()
            .first()
        )
        if device is None:
            raise CodeRefused("no-pending-app", "Start again: scan the QR code on this page.")
        refusal = _refusal(device, code)
        if refusal is None:
            TOTPDevice.objects.filter(user=request.user).exclude(pk=device.pk).delete()
            device.confirmed = True
            device.save(update_fields=["confirmed"])
    if refusal:
        raise refusal
    otp_login(request, device)
    return device
