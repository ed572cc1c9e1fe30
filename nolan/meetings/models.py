"""Meetings, their agenda items, declarations made at them, and dispensations.

Where the fields come from:
- agenda items name the wards, organisations and land they concern so that Nolan can match
  members' registered interests against them (``nolan.core.matching``, issue 4);
- exempt items cite a paragraph of Schedule 12A to the Local Government Act 1972 (1-7);
- declarations record what Appendix B of the council's code asks (seed 000 paras 5-9, seed
  001 paras 4-10): the interest, or for a sensitive interest only that there is one
  (Localism Act 2011 s.32), whether the member left and whether a dispensation applied;
- dispensations follow Localism Act 2011 s.33: five grounds in s.33(2), granted for a
  stated period of at most four years (s.33(3)(b)).

Changes go through ``nolan.meetings.services``; these models hold data and named reads.
"""

from __future__ import annotations

import datetime as dt
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from nolan.core.advisor import Interest
from nolan.core.dates import long_date
from nolan.councils.models import Committee, Council, Member
from nolan.limits import TEXT_MAX_LENGTH

# Localism Act 2011 s.33(3)(b): a dispensation may last "not exceeding four years".
DISPENSATION_MAX_YEARS = 4
# How long a meeting with no recorded end is taken to last (``Meeting.closes``). Committee
# evenings usually run two to three hours; the longer guess errs towards telling a
# councillor that a post may land while the meeting is still sitting.
ASSUMED_LENGTH = dt.timedelta(hours=3)
# No council meeting sits for more than a day; a longer one is a mistyped date.
LONGEST_MEETING = dt.timedelta(days=1)


def lines(text: str) -> tuple[str, ...]:
    """The non-blank lines of a one-per-line field."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def ending_problem(starts: dt.datetime, ends: dt.datetime) -> tuple[str, str] | None:
    """The code and sentence refusing ``ends`` for a meeting starting at ``starts``, if any."""
    if ends <= starts:
        return "end-before-start", "The meeting must finish after it starts"
    if ends - starts > LONGEST_MEETING:
        return "meeting-over-a-day", "A meeting must finish within a day of its start"
    return None


class MeetingQuerySet(models.QuerySet):
    def upcoming(self, now: dt.datetime) -> MeetingQuerySet:
        return self.filter(starts__gte=now).order_by("starts")

    def for_council(self, council: Council) -> MeetingQuerySet:
        return self.filter(committee__council=council)

    def sitting_at(self, moment: dt.datetime) -> MeetingQuerySet:
        """Meetings sitting at ``moment``: started, and not yet closed (``Meeting.closes``)."""
        return self.filter(starts__lte=moment).filter(
            models.Q(ends__gt=moment)
            | models.Q(ends__isnull=True, starts__gt=moment - ASSUMED_LENGTH)
        )


class Meeting(models.Model):
    committee = models.ForeignKey(Committee, on_delete=models.PROTECT, related_name="meetings")
    starts = models.DateTimeField()
    ends = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the meeting is expected to close. If empty, Nolan takes it to last "
        "three hours.",
    )
    venue = models.CharField(max_length=200)
    public_may_speak = models.BooleanField(
        default=True,
        help_text="Whether members of the public may speak at this meeting; an item can "
        "say otherwise.",
    )
    declarations_published = models.DateTimeField(
        null=True, blank=True, help_text="When the clerk published the declarations."
    )
    history = HistoricalRecords()

    objects = MeetingQuerySet.as_manager()

    class Meta:
        ordering = ["starts"]

    def __str__(self) -> str:
        return f"{self.committee.name}, {long_date(self.starts)}"

    def get_absolute_url(self) -> str:
        return reverse("meeting-declarations", args=[self.committee.council.slug, self.pk])

    def clean(self) -> None:
        if self.starts is not None and self.ends is not None:
            problem = ending_problem(self.starts, self.ends)
            if problem:
                raise ValidationError({"ends": problem[1]})

    @property
    def closes(self) -> dt.datetime:
        """When the meeting closes: its recorded end, or, when none is recorded (the
        Modern.gov feed gives only a start), ``ASSUMED_LENGTH`` (three hours) after it starts.
        "Check a post" and the calendar feed use this."""
        return self.ends or self.starts + ASSUMED_LENGTH

    @property
    def council(self) -> Council:
        return self.committee.council


def agenda_order(number: str) -> str:
    """A key that sorts item numbers as an agenda runs them: each run of digits counts as a
    number ("5a" after "5" and before "10"), any other text in its place ("12A.1", "B2")."""
    runs = re.findall(r"\d+|\D+", number.strip().lower())
    return "".join(run.zfill(6) if run.isdigit() else run for run in runs)[:40]


class AgendaItem(models.Model):
    class Kind(models.TextChoices):
        PLANNING = "planning", "Planning decision"
        LICENSING = "licensing", "Licensing decision"
        QUASI_JUDICIAL = "quasi-judicial", "Other quasi-judicial decision"
        EXECUTIVE = "executive", "Executive decision"
        OTHER = "other", "Other business"

    class ExemptParagraph(models.IntegerChoices):
        """Local Government Act 1972 Schedule 12A Part 1: descriptions of exempt information."""

        INDIVIDUAL = 1, "1: information relating to any individual"
        IDENTITY = 2, "2: information likely to reveal the identity of an individual"
        FINANCIAL = 3, "3: financial or business affairs of any particular person"
        LABOUR = 4, "4: consultations or negotiations on labour relations"
        LEGAL = 5, "5: legal professional privilege"
        NOTICE = 6, "6: a notice, order or direction the authority proposes to give or make"
        CRIME = 7, "7: prevention, investigation or prosecution of crime"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="items")
    number = models.CharField(max_length=10)
    # Where the item comes in the agenda, made from its number on every save (``agenda_order``),
    # so that items list as the agenda runs (4, 5, 5a, 10) however they were added.
    position = models.CharField(max_length=40, editable=False, default="")
    title = models.CharField(max_length=300)
    description = models.TextField(blank=True, max_length=TEXT_MAX_LENGTH)
    wards = models.TextField(blank=True, max_length=TEXT_MAX_LENGTH, help_text="One ward per line.")
    organisations = models.TextField(
        blank=True, max_length=TEXT_MAX_LENGTH, help_text="One organisation per line."
    )
    addresses = models.TextField(
        blank=True,
        max_length=TEXT_MAX_LENGTH,
        help_text="One address, site or piece of land per line, with postcodes.",
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    exempt_paragraph = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        choices=ExemptParagraph.choices,
        help_text="For an exempt item: the paragraph of Schedule 12A that applies.",
    )
    public_may_speak = models.BooleanField(
        null=True, blank=True, help_text="Leave empty to follow the meeting."
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["meeting", "position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "number"], name="item_number_per_meeting")
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"

    def save(self, *args, **kwargs) -> None:
        self.position = agenda_order(self.number)
        fields = kwargs.get("update_fields")
        if fields is not None and "number" in fields:
            kwargs["update_fields"] = {*fields, "position"}
        super().save(*args, **kwargs)

    @property
    def exempt(self) -> bool:
        return self.exempt_paragraph is not None

    @property
    def concerns(self) -> tuple[str, ...]:
        """Each ward, organisation and address the item concerns, one apiece: shown with a
        separator between them, so that "Welwyn East" and "Land at Home Farm" do not run
        together as one place."""
        return (*lines(self.wards), *lines(self.organisations), *lines(self.addresses))

    @property
    def public_speaking(self) -> bool:
        """Whether the public may speak on this item (Appendix B's "speak only if...")."""
        if self.public_may_speak is None:
            return self.meeting.public_may_speak
        return self.public_may_speak


class DeclarationQuerySet(models.QuerySet):
    def published(self) -> DeclarationQuerySet:
        return self.filter(meeting__declarations_published__isnull=False)


class Declaration(models.Model):
    """One interest declared by one member on one item, as the clerk recorded it."""

    class Kind(models.TextChoices):
        """The advisor's kinds of interest (``nolan.core.advisor.Interest``)."""

        DPI = Interest.DPI.value, "Disclosable pecuniary interest"
        ORI = Interest.ORI.value, "Other registerable interest"
        OWN_FINANCIAL = Interest.OWN_FINANCIAL.value, "Own financial interest or well-being"
        RELATIVE = Interest.RELATIVE.value, "A relative's financial interest or well-being"
        CLOSE_ASSOCIATE = Interest.CLOSE_ASSOCIATE.value, "A close associate's financial interest"
        FRIEND = Interest.FRIEND.value, "A friend's financial interest or well-being"
        BODY_ORI = Interest.BODY_ORI.value, "A body in the member's other registerable interests"
        BODY_DPI = Interest.BODY_DPI.value, "A body in the member's disclosable pecuniary interests"

    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="declarations")
    item = models.ForeignKey(AgendaItem, on_delete=models.PROTECT, related_name="declarations")
    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="declarations")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    interest_entry = models.ForeignKey(
        "registers.InterestEntry",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="declarations",
        help_text="The register entry declared, where the interest is on the register.",
    )
    sensitive = models.BooleanField(
        default=False,
        help_text="A sensitive interest (Localism Act 2011 s.32): only the fact of an "
        "interest is recorded, never its nature.",
    )
    nature = models.TextField(
        blank=True, max_length=TEXT_MAX_LENGTH, help_text="Empty for a sensitive interest."
    )
    left_room = models.BooleanField(default=False)
    dispensation = models.ForeignKey(
        "Dispensation",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="declarations",
        help_text="The dispensation the member relied on, if any.",
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    objects = DeclarationQuerySet.as_manager()

    class Meta:
        ordering = ["item", "member__name", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(sensitive=True, nature__gt=""),
                name="sensitive_declaration_has_no_nature",
            )
        ]

    def __str__(self) -> str:
        return f"{self.member} on item {self.item.number}: {self.recorded_text}"

    @property
    def withheld(self) -> bool:
        """Sensitive when declared, or its register entry is withheld now (s.32).

        Decided when read, so an interest agreed as sensitive after it was declared leaves
        no public trace, and a refused request shows the declaration again.
        """
        return self.sensitive or bool(self.interest_entry_id and self.interest_entry.is_withheld)

    @property
    def recorded_text(self) -> str:
        """What the minutes and the public page say about the interest."""
        if self.withheld:
            return "A sensitive interest"
        return (
            f"{self.get_kind_display()}: {self.nature}" if self.nature else self.get_kind_display()
        )


class PromptDismissalQuerySet(models.QuerySet):
    def standing(self) -> PromptDismissalQuerySet:
        """Answers the member has not taken back."""
        return self.filter(withdrawn_at__isnull=True)

    def withdrawn(self) -> PromptDismissalQuerySet:
        """Answers the member took back."""
        return self.filter(withdrawn_at__isnull=False)


class PromptDismissal(models.Model):
    """A member's answer to a prompt: this agenda item is not related to this interest.

    The matcher errs towards asking, because a Disclosable Pecuniary Interest missed at a
    meeting is an offence (Localism Act 2011 s.34); a prompt the member cannot answer "no"
    to teaches them to ignore prompts (issue 11). The member's answer is theirs to give
    (``services.dismiss_prompt``) and is kept with who gave it and when, for the clerk and
    Monitoring Officer to see beside the prompt on the meeting's page. A member who answered
    by mistake takes it back (``services.withdraw_dismissal``): the answer is kept, marked
    withdrawn with who, when and why, so the officers still see that it was given, and the
    prompt asks again. A prompt has at most one answer standing.
    """

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="dismissals")
    entry = models.ForeignKey(
        "registers.InterestEntry", on_delete=models.CASCADE, related_name="prompt_dismissals"
    )
    note = models.CharField(
        max_length=500,
        blank=True,
        help_text="Why the member says the item does not relate to the interest, if they said.",
    )
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    dismissed_at = models.DateTimeField(auto_now_add=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    withdrawal_note = models.CharField(
        max_length=500,
        blank=True,
        help_text="Why the member now says the item may relate to the interest, if they said.",
    )
    history = HistoricalRecords()

    objects = PromptDismissalQuerySet.as_manager()

    class Meta:
        ordering = ["-dismissed_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "entry"],
                condition=models.Q(withdrawn_at__isnull=True),
                name="one_standing_dismissal_per_prompt",
            )
        ]

    def __str__(self) -> str:
        return f"Item {self.item.number} not related to {self.entry}"


class DispensationQuerySet(models.QuerySet):
    def granted(self) -> DispensationQuerySet:
        return self.filter(status=Dispensation.Status.GRANTED)

    def in_force(self, on: dt.date) -> DispensationQuerySet:
        """Granted dispensations whose period includes ``on``."""
        return self.granted().filter(start__lte=on, end__gte=on)


class Dispensation(models.Model):
    class Ground(models.TextChoices):
        """Localism Act 2011 s.33(2)(a)-(e)."""

        IMPEDE_BUSINESS = (
            "a",
            "(a) so many members would otherwise be barred that the transaction of business "
            "would be impeded",
        )
        POLITICAL_BALANCE = (
            "b",
            "(b) without it the representation of different political groups would be so "
            "upset as to alter the likely outcome",
        )
        INHABITANTS = "c", "(c) it is in the interests of persons living in the authority's area"
        EXECUTIVE = (
            "d",
            "(d) without it each member of the executive would be barred from taking part",
        )
        OTHERWISE_APPROPRIATE = "e", "(e) it is otherwise appropriate to grant it"

    class Status(models.TextChoices):
        APPLIED = "applied", "Applied for"
        GRANTED = "granted", "Granted"
        REFUSED = "refused", "Refused"

    class DecidedBy(models.TextChoices):
        STANDARDS_COMMITTEE = "standards_committee", "Standards committee"
        MONITORING_OFFICER = "monitoring_officer", "Monitoring Officer under delegation"

    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="dispensations")
    ground = models.CharField(max_length=1, choices=Ground.choices)
    matters = models.TextField(
        max_length=TEXT_MAX_LENGTH, help_text="The matters the dispensation covers."
    )
    case = models.TextField(
        blank=True, max_length=TEXT_MAX_LENGTH, help_text="The member's reasons for applying."
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.APPLIED)
    applied_on = models.DateField()
    decided_by = models.CharField(max_length=20, choices=DecidedBy.choices, blank=True)
    decided_on = models.DateField(null=True, blank=True)
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)
    reasons = models.TextField(
        blank=True, max_length=TEXT_MAX_LENGTH, help_text="The decision's reasons."
    )
    history = HistoricalRecords()

    objects = DispensationQuerySet.as_manager()

    class Meta:
        ordering = ["-applied_on", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="granted")
                | models.Q(start__isnull=False, end__isnull=False, end__gte=models.F("start")),
                name="granted_dispensation_has_a_period",
            )
        ]

    def __str__(self) -> str:
        return f"{self.member}: {self.get_ground_display()} ({self.get_status_display()})"

    @property
    def council(self) -> Council:
        return self.member.council
