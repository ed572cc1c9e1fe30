"""The register of members' interests and the gifts and hospitality register.

Localism Act 2011 s.29 (the Monitoring Officer keeps and publishes the register), s.32
(sensitive interests), code paragraphs 9 and 10 and Appendix B (seed 000 and 001). Every
change is kept by django-simple-history; nothing published is ever deleted: an interest
that ceases gets an end date. Rows are written only by ``nolan.registers.services``.
"""

import uuid
from datetime import date, timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from nolan.core.dates import long_date
from nolan.core.gifts import MAX_VALUE_PENCE
from nolan.councils.models import Member
from nolan.limits import TEXT_MAX_LENGTH


class Sensitivity(models.TextChoices):
    NONE = "", "Not sensitive"
    REQUESTED = "requested", "Requested"
    AGREED = "agreed", "Agreed"
    REFUSED = "refused", "Refused"


# While a request awaits the Monitoring Officer, the details are withheld as if agreed:
# publishing them first would defeat the request (s.32).
WITHHELD = (Sensitivity.REQUESTED, Sensitivity.AGREED)
# An entry's details in one line, in one order wherever they are shown (the member's page,
# the public register, the clerk's choices): who first, then the member's role there
# ("Crayford Community Sports Trust; Trustee", as "Darent Valley Freight Ltd; Director"),
# then the rest.
SUMMARY_ORDER = (
    "employer",
    "body_name",
    "position",
    "land_address",
    "land_description",
    "counterparty",
    "securities_body",
    "details",
)


def submission_token_field() -> models.CharField:
    """The one-time token of the form that registered an entry (``forms.OneSubmissionForm``)."""
    return models.CharField(
        max_length=64,
        blank=True,
        editable=False,
        help_text="The registering form's one-time token: sent again, it finds this entry.",
    )


def submitted_once(name: str) -> models.UniqueConstraint:
    """One entry per form submission, even when a retried POST races the first one."""
    return models.UniqueConstraint(
        fields=["registered_by", "submission_token"],
        condition=~Q(submission_token=""),
        name=name,
    )


def in_force(day: date) -> Q:
    """Entries started (or undated) and not ended on ``day``; also usable on history rows."""
    return (Q(start__isnull=True) | Q(start__lte=day)) & (Q(end__isnull=True) | Q(end__gte=day))


class InterestEntryQuerySet(models.QuerySet):
    def current(self, on: date | None = None) -> "InterestEntryQuerySet":
        """Entries in force on ``on`` (default today)."""
        return self.filter(in_force(on or timezone.localdate()))

    def published(self) -> "InterestEntryQuerySet":
        """Ordered for the public register, with what its pages need joined in one query."""
        return self.select_related("member", "member__council").order_by(
            "member__name", "category", "pk"
        )

    def sensitive_requests(self) -> "InterestEntryQuerySet":
        """Requests awaiting the Monitoring Officer's decision."""
        return self.filter(sensitivity=Sensitivity.REQUESTED)

    def sensitive_reviews_due(self, on: date | None = None) -> "InterestEntryQuerySet":
        day = on or timezone.localdate()
        return self.filter(sensitivity=Sensitivity.AGREED, sensitivity_review_on__lte=day)

    def late(self) -> "InterestEntryQuerySet":
        """Entries registered after their deadline."""
        return self.filter(registered_late=True)

    def for_council(self, council) -> "InterestEntryQuerySet":
        return self.filter(member__council=council)


class InterestEntry(models.Model):
    """One interest on a member's register, in a category from the council's code data."""

    class Whose(models.TextChoices):
        MEMBER = "member", "The member"
        PARTNER = "partner", "The member's partner"

    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="interests")
    category = models.CharField(
        max_length=50, help_text="An interest category key from the council's code data."
    )
    whose = models.CharField(max_length=10, choices=Whose.choices, default=Whose.MEMBER)
    employer = models.CharField(max_length=200, blank=True)
    position = models.CharField("role or position", max_length=200, blank=True)
    land_address = models.CharField(max_length=300, blank=True)
    land_description = models.CharField(max_length=300, blank=True)
    counterparty = models.CharField(max_length=200, blank=True)
    securities_body = models.CharField(max_length=200, blank=True)
    securities_test_met = models.BooleanField(
        null=True,
        blank=True,
        help_text="Nominal value over the code's amount or over its fraction of the share capital.",
    )
    body_name = models.CharField(max_length=200, blank=True)
    details = models.TextField(blank=True, max_length=TEXT_MAX_LENGTH)
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)
    became_aware = models.DateField(
        null=True, blank=True, help_text="When the member became aware of the interest or change."
    )
    due_on = models.DateField(null=True, blank=True)
    registered_late = models.BooleanField(default=False)
    registered_at = models.DateTimeField()
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    submission_token = submission_token_field()
    sensitivity = models.CharField(
        max_length=10, choices=Sensitivity.choices, blank=True, default=Sensitivity.NONE
    )
    sensitivity_reasons = models.TextField(blank=True, max_length=TEXT_MAX_LENGTH)
    sensitivity_decision = models.TextField(blank=True, max_length=TEXT_MAX_LENGTH)
    sensitivity_review_on = models.DateField(null=True, blank=True)
    history = HistoricalRecords()

    objects = InterestEntryQuerySet.as_manager()

    class Meta:
        ordering = ["member", "category", "pk"]
        verbose_name_plural = "interest entries"
        constraints = [
            models.CheckConstraint(
                condition=Q(end__isnull=True)
                | Q(start__isnull=True)
                | Q(end__gte=models.F("start")),
                name="interest_ends_after_it_starts",
            ),
            submitted_once("interest_submitted_once"),
        ]

    def __str__(self) -> str:
        # As the back office and its history name the entry: the category in the code's
        # words, and the day it was registered to tell two of one category apart.
        on = f", registered {long_date(self.registered_at)}" if self.registered_at else ""
        return f"{self.member}: {self.category_subject}{on}"

    @property
    def category_subject(self) -> str:
        """The category's name in the member's council's code, as the public register shows it."""
        category = self.member.council.code.category(self.category)
        return category.subject if category else self.category

    @property
    def own_category_subject(self) -> str:
        """The category's name as the member reads it on their own pages ("Body to which
        you are appointed by the council"), where the public reads "the member"."""
        category = self.member.council.code.category(self.category)
        return category.own_subject if category else self.category

    @property
    def identifier(self) -> str:
        """Stable open-data identifier."""
        return f"interest-{self.pk}"

    @property
    def is_withheld(self) -> bool:
        return self.sensitivity in WITHHELD

    @property
    def summary(self) -> str:
        """The entry's details in one line (``SUMMARY_ORDER``), for pages and exports (never
        for withheld ones)."""
        return "; ".join(getattr(self, name) for name in SUMMARY_ORDER if getattr(self, name))


class RegisterConfirmation(models.Model):
    """A nil return (nothing to register) or the annual confirmation that a register is current."""

    class Kind(models.TextChoices):
        NIL_RETURN = "nil-return", "Nil return"
        ANNUAL = "annual", "Annual confirmation"

    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="confirmations")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    made_at = models.DateTimeField()
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["member", "-made_at"]

    def __str__(self) -> str:
        return f"{self.member}: {self.get_kind_display()} {long_date(self.made_at)}"


class GiftQuerySet(models.QuerySet):
    def published(self) -> "GiftQuerySet":
        return self.select_related("member", "member__council").order_by("-received_on", "pk")

    def for_council(self, council) -> "GiftQuerySet":
        return self.filter(member__council=council)

    def to_review(self) -> "GiftQuerySet":
        """Entries awaiting the Monitoring Officer: new ones, and queries the member answered."""
        return self.filter(review__in=[Gift.Review.PENDING, Gift.Review.ANSWERED])

    def late(self) -> "GiftQuerySet":
        return self.filter(registered_late=True)


class Gift(models.Model):
    """A gift or hospitality offered to a member because they are a councillor (code 10)."""

    class DonorKind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"

    class Review(models.TextChoices):
        PENDING = "pending", "Awaiting review"
        ACCEPTED = "accepted", "Accepted by the Monitoring Officer"
        QUERIED = "queried", "Queried with the member"
        ANSWERED = "answered", "Member answered the query"

    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="gifts")
    donor_name = models.CharField(max_length=200)
    donor_kind = models.CharField(max_length=20, choices=DonorKind.choices)
    donor_company_number = models.CharField(max_length=20, blank=True)
    donor_charity_number = models.CharField(max_length=20, blank=True)
    description = models.CharField(max_length=300)
    occasion = models.CharField(max_length=300, blank=True)
    value_pence = models.PositiveIntegerField(
        help_text="Estimated value in pence.", validators=[MaxValueValidator(MAX_VALUE_PENCE)]
    )
    received_on = models.DateField()
    accepted = models.BooleanField(default=True)
    required = models.BooleanField(
        default=True, help_text="At or above the council's threshold when registered."
    )
    due_on = models.DateField()
    registered_late = models.BooleanField(default=False)
    registered_at = models.DateTimeField()
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    submission_token = submission_token_field()
    review = models.CharField(max_length=10, choices=Review.choices, default=Review.PENDING)
    query_text = models.TextField(blank=True, max_length=TEXT_MAX_LENGTH)
    query_answer = models.TextField(blank=True, max_length=TEXT_MAX_LENGTH)
    history = HistoricalRecords()

    objects = GiftQuerySet.as_manager()

    class Meta:
        ordering = ["-received_on", "pk"]
        constraints = [submitted_once("gift_submitted_once")]

    def __str__(self) -> str:
        return f"{self.member}: {self.description} from {self.donor_name}"

    @property
    def identifier(self) -> str:
        return f"gift-{self.pk}"

    @property
    def donor_number(self) -> str:
        return self.donor_company_number or self.donor_charity_number


class RegisterImportQuerySet(models.QuerySet):
    def expired(self, now=None) -> "RegisterImportQuerySet":
        """Imports untouched for ``RegisterImport.KEEP_FOR``: abandoned dry runs among them."""
        return self.filter(updated_at__lt=(now or timezone.now()) - RegisterImport.KEEP_FOR)


class RegisterImport(models.Model):
    """One spreadsheet a Monitoring Officer uploaded to import, from its dry run to its outcome.

    The file is kept here, in the database, under a random id and tied to the officer who
    uploaded it: the confirm step names only that id, and only that officer may use it (the
    rows themselves may name only members of the councils the officer acts for). The file is
    deleted as soon as it cannot be imported or has been; an import left unconfirmed is
    deleted, file, preview and all, after ``KEEP_FOR`` (``nolan clean_imports``, and every
    new upload). The rows are checked and imported by a background task
    (``nolan.registers.tasks``), which counts ``rows_done`` for the progress page.
    """

    KEEP_FOR = timedelta(hours=24)

    class Register(models.TextChoices):
        INTERESTS = "interests", "Interests"
        GIFTS = "gifts", "Gifts and hospitality"

    class Status(models.TextChoices):
        CHECKING = "checking", "Checking the rows"
        READY = "ready", "Checked: ready to import"
        INVALID = "invalid", "Checked: some rows need correcting"
        IMPORTING = "importing", "Importing"
        IMPORTED = "imported", "Imported"
        FAILED = "failed", "Not imported"

    # Still to come from the task: the page keeps refreshing itself.
    RUNNING = (Status.CHECKING, Status.IMPORTING)

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    register = models.CharField(max_length=10, choices=Register.choices)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    file_name = models.CharField(max_length=255)
    file_format = models.CharField(max_length=10)
    upload = models.BinaryField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.CHECKING)
    rows_total = models.PositiveIntegerField(default=0)
    rows_done = models.PositiveIntegerField(default=0)
    outcome = models.JSONField(
        default=dict, blank=True, help_text="Totals, each row's errors and the preview."
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = RegisterImportQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_register_display()} from {self.file_name} ({self.get_status_display()})"

    @property
    def running(self) -> bool:
        return self.status in self.RUNNING
