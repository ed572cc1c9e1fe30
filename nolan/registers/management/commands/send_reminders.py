"""E-mail members whose register duties fall due soon: ``nolan send_reminders``.

Run daily (cron or a systemd timer). A member is reminded when a duty is exactly one of
the ``--days-before`` away (default 7 and 1), so a daily run sends each reminder once.
Duties and deadlines come from ``nolan.registers.rules`` (Appendix B paras 1-2 of the
council's code; the annual confirmation). E-mail uses Django's framework: the console
backend unless EMAIL_HOST is set.
"""

from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.utils import timezone

from nolan.core.dates import long_date
from nolan.councils.models import Member
from nolan.links import site_url
from nolan.registers import rules

SUBJECTS = {
    "initial-registration": "Register your interests by {due}",
    "annual-confirmation": "Confirm your register of interests by {due}",
}


class Command(BaseCommand):
    help = "E-mail members whose register of interests duties fall due soon."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days-before",
            type=int,
            action="append",
            help="Remind this many days before the deadline (repeatable; default 7 and 1).",
        )

    def handle(self, *args, days_before=None, **options):
        days = set(days_before or [7, 1])
        if any(d < 0 for d in days):
            self.stderr.write("--days-before must not be negative")
            raise SystemExit(2)
        today = timezone.localdate()
        members = (
            Member.objects.current(today)
            .select_related("council", "user")
            .prefetch_related("terms", "confirmations", "interests")
        )
        sent = 0
        for member in members:
            address = member.email or (member.user.email if member.user else "")
            if not address:
                continue
            for duty in rules.duties(member, today):
                if duty.state.code != "due" or duty.state.days_left not in days:
                    continue
                link = site_url("register-manage", member.council.slug, member.slug)
                subject = SUBJECTS[duty.code].format(due=long_date(duty.due))
                send_mail(
                    subject,
                    f"Dear {member.name},\n\n{subject} "
                    f"({duty.state.days_left} days from today).\n\n{link}\n\n"
                    f"{member.council.name} Monitoring Officer",
                    None,
                    [address],
                )
                sent += 1
        self.stdout.write(f"Sent {sent} reminder(s).")
