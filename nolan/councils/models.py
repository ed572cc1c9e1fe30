"""Councils, their members, committees and the roles users hold at each council.

A member's terms of office are kept as dated rows because the 28-day registration
deadlines (code Appendix B's registration paragraph) run from election, re-election or
co-option.
"""

from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from nolan.core.codes import Code, available_codes, load_code
from nolan.core.dates import long_date


class Council(models.Model):
    class Tier(models.TextChoices):
        PRINCIPAL = "principal", "Principal authority"
        PARISH = "parish", "Parish or town council"

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=200)
    tier = models.CharField(max_length=20, choices=Tier.choices, default=Tier.PRINCIPAL)
    principal = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="parishes",
        help_text="For a parish or town council: the principal authority whose "
        "Monitoring Officer handles its code of conduct matters.",
    )
    code_slug = models.CharField(
        max_length=50,
        help_text="The code of conduct this council has adopted (a slug from Nolan's code data).",
    )
    code_adopted = models.DateField(
        null=True,
        blank=True,
        help_text="When the council adopted its current code; where the code says so "
        "(Welwyn Hatfield Appendix B para 1), the 28 days to register run from the later "
        "of this date and the member's election or appointment.",
    )
    brand_colour = models.CharField(
        max_length=7, default="#1d5f8a", help_text="Header colour, as #rrggbb."
    )
    website = models.URLField(blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("council", args=[self.slug])

    @property
    def code(self) -> Code:
        """The council's effective code of conduct: the one way to get it (loads are cached)."""
        return load_code(self.code_slug)

    def clean(self) -> None:
        if self.code_slug not in available_codes():
            raise ValidationError({"code_slug": f"Choose one of {', '.join(available_codes())}."})
        if self.tier == self.Tier.PARISH and self.principal is None:
            raise ValidationError({"principal": "A parish council needs its principal authority."})
        if self.tier == self.Tier.PRINCIPAL and self.principal is not None:
            raise ValidationError({"principal": "Only a parish council has a principal authority."})


class MemberQuerySet(models.QuerySet):
    def current(self, on: date | None = None) -> "MemberQuerySet":
        """Members in office on ``on`` (default today)."""
        day = on or timezone.localdate()
        in_office = Term.objects.filter(member=models.OuterRef("pk"), start__lte=day).filter(
            models.Q(end__isnull=True) | models.Q(end__gte=day)
        )
        return self.filter(models.Exists(in_office))


class Member(models.Model):
    """A councillor or co-opted member of one council."""

    class Kind(models.TextChoices):
        COUNCILLOR = "councillor", "Councillor"
        CO_OPTED = "co-opted", "Co-opted member"

    council = models.ForeignKey(Council, on_delete=models.PROTECT, related_name="members")
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="member",
    )
    slug = models.SlugField()
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.COUNCILLOR)
    party = models.CharField(max_length=100, blank=True)
    ward = models.CharField(max_length=100, blank=True)
    cabinet_role = models.CharField(max_length=200, blank=True)
    email = models.EmailField(blank=True)
    fictional = models.BooleanField(
        default=False, help_text="Demo data: shown as fictional on every page."
    )
    history = HistoricalRecords()

    objects = MemberQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["council", "slug"], name="member_slug_per_council")
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("member", args=[self.council.slug, self.slug])

    @property
    def current_term(self) -> "Term | None":
        return self.terms.order_by("-start").first()


class Term(models.Model):
    """One term of office; its start starts the 28-day registration clock."""

    class Began(models.TextChoices):
        ELECTED = "elected", "Elected"
        RE_ELECTED = "re-elected", "Re-elected"
        CO_OPTED = "co-opted", "Co-opted"
        APPOINTED = "appointed", "Appointed"

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="terms")
    began = models.CharField(max_length=20, choices=Began.choices)
    start = models.DateField()
    end = models.DateField(null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["member", "start"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__isnull=True) | models.Q(end__gte=models.F("start")),
                name="term_ends_after_it_starts",
            )
        ]

    def __str__(self) -> str:
        return f"{self.member}: {self.get_began_display()} {long_date(self.start)}"


class Committee(models.Model):
    class Kind(models.TextChoices):
        FULL_COUNCIL = "full-council", "Full council"
        CABINET = "cabinet", "Cabinet"
        PLANNING = "planning", "Planning"
        LICENSING = "licensing", "Licensing"
        STANDARDS = "standards", "Standards"
        SCRUTINY = "scrutiny", "Overview and scrutiny"
        OTHER = "other", "Other"

    council = models.ForeignKey(Council, on_delete=models.PROTECT, related_name="committees")
    slug = models.SlugField()
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    members = models.ManyToManyField(Member, through="CommitteeMembership", related_name="+")
    # Who sits on which committee decides which declarations a meeting expects, so its
    # name, kind and seats keep who changed them and why, as members and terms do.
    history = HistoricalRecords()

    class Meta:
        ordering = ["council", "name"]
        constraints = [
            models.UniqueConstraint(fields=["council", "slug"], name="committee_slug_per_council")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.council})"


class CommitteeMembership(models.Model):
    class Position(models.TextChoices):
        CHAIR = "chair", "Chair"
        VICE_CHAIR = "vice-chair", "Vice-chair"
        MEMBER = "member", "Member"
        SUBSTITUTE = "substitute", "Substitute"

    committee = models.ForeignKey(Committee, on_delete=models.CASCADE, related_name="memberships")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="memberships")
    position = models.CharField(max_length=20, choices=Position.choices, default=Position.MEMBER)
    start = models.DateField()
    end = models.DateField(null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["committee", "member"]

    def __str__(self) -> str:
        return f"{self.member} on {self.committee.name}"


class Role(models.Model):
    """What a user may do at one council. Anonymous visitors are the public."""

    class Kind(models.TextChoices):
        MONITORING_OFFICER = "monitoring_officer", "Monitoring Officer"
        DEPUTY = "deputy_monitoring_officer", "Deputy Monitoring Officer"
        INDEPENDENT_PERSON = "independent_person", "Independent Person"
        CLERK = "clerk", "Clerk"
        COUNCILLOR = "councillor", "Councillor"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="roles"
    )
    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="roles")
    kind = models.CharField(max_length=40, choices=Kind.choices)
    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "council", "kind"], name="one_role_per_kind")
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_kind_display()}, {self.council}"


class CodeConfirmation(models.Model):
    """The Monitoring Officer's word that something Nolan assumed about the code is right.

    A council's code data lists what its source did not say (``Provenance.assumptions``,
    such as Chelmsford's gift threshold). Each is shown as assumed until the council's
    Monitoring Officer confirms it here, through ``services.confirm_assumption``, with a
    reason. ``value`` is the assumed value confirmed: if the data later assumes something
    else, the old confirmation no longer matches and the page says "assumed" again.
    """

    council = models.ForeignKey(Council, on_delete=models.PROTECT, related_name="confirmations")
    about = models.CharField(max_length=50)
    value = models.CharField(max_length=200)
    reason = models.CharField(max_length=200)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    confirmed_at = models.DateTimeField(default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        ordering = ["council", "about", "-confirmed_at"]

    def __str__(self) -> str:
        return f"{self.council}: {self.about} confirmed as {self.value}"
