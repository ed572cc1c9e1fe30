"""Test helpers standing in for an officer's authenticator app (``nolan.accounts.two_factor``)."""

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice


def verify_two_factor(client, user) -> None:
    """Mark ``client``'s session as verified by ``user``'s authenticator app, made if need be."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    device = device or TOTPDevice.objects.create(user=user, name="Test app", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


def authenticator_code(username: str, setting_up: bool = False) -> str:
    """The code ``username``'s authenticator app shows now (the one being set up, if so)."""
    device = TOTPDevice.objects.get(user__username=username, confirmed=not setting_up)
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():06d}"
