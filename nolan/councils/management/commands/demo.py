import re

from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.test.utils import override_settings

from nolan.accounts.demo import demo_keys
from nolan.demo import load_demo

LINK = re.compile(r"https?://\S+")


class Command(BaseCommand):
    help = "Load the demonstration councils, codes, fictional members and one user per role."

    def handle(self, *args, **options):
        call_command("migrate", interactive=False, verbosity=0)
        # The demo's complaints e-mail fictional people: each is kept back and listed in
        # one line with its links, never sent, and not printed in full above the sign-in
        # details (found walking the demo: eight whole e-mails hid the passwords).
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
            if not hasattr(mail, "outbox"):
                mail.outbox = []  # as the backend would; a test's own outbox is kept
            before = len(mail.outbox)
            passwords = load_demo()
            kept = mail.outbox[before:]
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))
        if kept:
            self.stdout.write("")
            self.stdout.write(f"E-mails to the demo's fictional people ({len(kept)}, not sent):")
            for message in kept:
                self.stdout.write(f"  {', '.join(message.to)}: {message.subject}")
                for link in LINK.findall(message.body):
                    self.stdout.write(f"      {link}")
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS("Sign-in details (shown once)"))
        self.stdout.write(f"Sign in at {settings.SITE_URL}/sign-in/ with:")
        for username, password in passwords.items():
            self.stdout.write(f"  {username:<20} {password}")
        self.stdout.write("These passwords are shown once; run `nolan demo` again for new ones.")
        self.stdout.write(
            "Officers then give a code from an authenticator app. Add a time-based account "
            "with each key below to an app (or run `oathtool --totp -b KEY`):"
        )
        for username, key in demo_keys().items():
            shown = key or "none yet: sets up an app on the page shown after the password"
            self.stdout.write(f"  {username:<20} {shown}")
