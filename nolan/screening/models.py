"""What Nolan knows that a post alone does not say, and the checks a councillor kept.

The screening engine (``nolan.core.screening``, issue 5) takes a context of officers,
elections, pending quasi-judicial matters and exempt items. Officers and elections are
kept here; matters and exempt items come from the meetings app (see ``context``).
Officers are listed because the Welwyn Hatfield protocol 7.3(d) (seed 000, Appendix E)
asks members not to blame "individual officers who are not in a position to respond";
elections because of the pre-election period (protocol section 5).

Drafts are private: a ``ScreeningCheck`` exists only when the councillor asked to keep it,
and goes when they delete it. Its history records who kept and deleted it and when, but not
the draft or its findings, which must not outlive the councillor's "delete".
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from nolan.core.dates import date_time, long_date
from nolan.councils.models import Council
from nolan.limits import TEXT_MAX_LENGTH


class Officer(models.Model):
    """A council officer whose name a post might blame."""

    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="officers")
    name = models.CharField(max_length=200)
    role = models.CharField(max_length=200, blank=True, help_text="e.g. Head of Planning")
    history = HistoricalRecords()

    class Meta:
        ordering = ["council", "name"]
        constraints = [
            models.UniqueConstraint(fields=["council", "name"], name="officer_name_per_council")
        ]

    def __str__(self) -> str:
        return f"{self.name}, {self.role}" if self.role else self.name


class Election(models.Model):
    """A poll and the start of its pre-election period (Welwyn Hatfield protocol 5)."""

    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="elections")
    poll_date = models.DateField()
    pre_election_from = models.DateField(
        help_text="First day of the pre-election period (usually when the notice of election "
        "is published)."
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["council", "-poll_date"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(pre_election_from__lte=models.F("poll_date")),
                name="pre_election_period_starts_before_poll",
            )
        ]

    def __str__(self) -> str:
        return f"{self.council}: poll on {long_date(self.poll_date)}"

    def clean(self) -> None:
        if (
            self.poll_date is not None
            and self.pre_election_from is not None
            and self.pre_election_from > self.poll_date
        ):
            raise ValidationError(
                {"pre_election_from": "The pre-election period must start by polling day."}
            )


class ScreeningCheckQuerySet(models.QuerySet):
    def kept_by(self, user) -> "ScreeningCheckQuerySet":
        return self.filter(user=user).order_by("-created_at")


class ScreeningCheck(models.Model):
    """A check the user asked to keep: the draft, and the engine's result as JSON."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="screening_checks"
    )
    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="+")
    text = models.TextField(max_length=TEXT_MAX_LENGTH)
    result = models.JSONField(help_text="The result as `nolan screen` writes it.")
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords(excluded_fields=["text", "result"])

    objects = ScreeningCheckQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.user} at {date_time(self.created_at)}"

    @property
    def finding_count(self) -> int:
        return len(self.result.get("findings", []))
