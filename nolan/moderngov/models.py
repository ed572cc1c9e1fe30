"""Where each council's Modern.gov is, which Nolan record each Modern.gov id became, and
what each sync did (issue 12).

Nolan's own records (members, terms, committees, seats, meetings, agenda items) carry no
trace of Modern.gov: ``Link`` keeps the ids beside them, so the councils and meetings apps
need not know that a feed exists, and a record typed in by hand stays exactly that.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from nolan.core.dates import date_time
from nolan.councils.models import Council
from nolan.limits import TEXT_MAX_LENGTH


class Source(models.Model):
    """A council's Modern.gov site, set once by its Monitoring Officer in the back office."""

    council = models.OneToOneField(Council, on_delete=models.CASCADE, related_name="moderngov")
    base_url = models.URLField(
        "Modern.gov address",
        max_length=300,
        help_text="The council's Modern.gov site, e.g. https://democracy.example.gov.uk; "
        "Nolan reads its public web service at this address + /mgWebService.asmx/.",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "Modern.gov address"
        verbose_name_plural = "Modern.gov addresses"

    def __str__(self) -> str:
        return f"{self.council}: {self.base_url}"

    def clean(self) -> None:
        self.base_url = self.base_url.strip().rstrip("/")
        if not settings.DEBUG and not self.base_url.lower().startswith("https://"):
            # What the feed says becomes who may vote on what: it must not be alterable in
            # transit.
            raise ValidationError({"base_url": "Use the site's https:// address."})
        if "?" in self.base_url or "#" in self.base_url:
            raise ValidationError({"base_url": "Give the site's address only, without ? or #."})
        if "@" in urlsplit(self.base_url).netloc:
            # The service is public, and the address is shown to every officer of the
            # council on the sync log: a password in it would be published to them all.
            raise ValidationError({"base_url": "Give the site's address without a user name."})


class Link(models.Model):
    """One Nolan record brought in from Modern.gov, and its id there."""

    class Kind(models.TextChoices):
        COMMITTEE = "committee", "Committee"
        MEMBER = "member", "Member"
        MEMBERSHIP = "membership", "Committee seat"
        MEETING = "meeting", "Meeting"
        ITEM = "item", "Agenda item"

    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    # Modern.gov's id; for a seat, "committee id/member id".
    moderngov_id = models.CharField(max_length=100)
    object_id = models.PositiveBigIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["council", "kind", "moderngov_id"], name="one_record_per_moderngov_id"
            ),
            models.UniqueConstraint(
                fields=["kind", "object_id"], name="one_moderngov_id_per_record"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.council}: {self.kind} {self.moderngov_id} → {self.object_id}"


class SyncRun(models.Model):
    """One sync of one council (not a dry run): what it added, changed and ended, or why it
    stopped. Written outside the sync's own transaction, so a failed run is recorded too."""

    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="moderngov_runs")
    base_url = models.URLField(max_length=300)
    started = models.DateTimeField()
    finished = models.DateTimeField(null=True, blank=True)
    ok = models.BooleanField(default=False)
    added = models.PositiveIntegerField(default=0)
    changed = models.PositiveIntegerField(default=0)
    ended = models.PositiveIntegerField(default=0)
    # One line per add, change or end, as ``nolan.core.moderngov.plan.Step.describe`` says.
    changes = models.JSONField(default=list, blank=True)
    notes = models.JSONField(default=list, blank=True)
    error_code = models.CharField(max_length=40, blank=True)
    error = models.TextField(blank=True, max_length=TEXT_MAX_LENGTH)

    class Meta:
        ordering = ["-started", "-id"]

    def __str__(self) -> str:
        return f"{self.council} at {date_time(self.started)}: {'ok' if self.ok else 'failed'}"
