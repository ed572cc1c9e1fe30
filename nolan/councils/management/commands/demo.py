from django.core.management import call_command
from django.core.management.base import BaseCommand

from nolan.accounts.demo import demo_keys
from nolan.demo import load_demo


class Command(BaseCommand):
    help = "Load the demonstration councils, codes, fictional members and one user per role."

    def handle(self, *args, **options):
        call_command("migrate", interactive=False, verbosity=0)
        passwords = load_demo()
        self.stdout.write(self.style.SUCCESS("Demo data loaded. Sign in at /sign-in/ with:"))
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
