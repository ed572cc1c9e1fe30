"""Full web addresses for links that leave the site, such as those in e-mails.

Built one way, from the ``SITE_URL`` setting, so that an e-mail sent from a form, an
officer's page, a background worker, ``nolan send_reminders`` or ``nolan demo`` carries the
same working address: a bare path like ``/complaints/...`` means nothing in a mail reader.
"""

from django.conf import settings
from django.urls import reverse


def site_url(name: str, *args) -> str:
    """The full address of the named URL, e.g. ``https://standards.example.gov.uk/...``."""
    return settings.SITE_URL + reverse(name, args=args)
