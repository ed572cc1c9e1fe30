from django.core.management import call_command
from django.core.management.base import BaseCommand

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
