"""Code-of-conduct complaints: each case from the form to its decision notice and sanctions.

The workflow's rules are in ``nolan.core.complaints``; these rows hold what each step
recorded and ``nolan.complaints.services`` is the only code that writes them. The case's
history is ``CaseLog``, append-only: a row is never changed or deleted.

Evidence files are kept in the database (as ``registers.RegisterImport`` keeps uploads),
never under the web root or the static files, and are served only by a view that checks
who is asking.
"""

import re
import uuid
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from nolan.core.complaints import Outcome, PauseReason, Sanction, State, Timescales
from nolan.core.dates import long_date
from nolan.councils.models import Council, Member
from nolan.limits import TEXT_MAX_LENGTH

_DEFAULTS = Timescales()


def _choices(enum) -> list[tuple[str, str]]:
    return [(v.value, v.value.replace("-", " ").capitalize()) for v in enum]


class Arrangements(models.Model):
    """A council's published complaint arrangements (best practices 6 and 10).

    The timescales are working days; each default is Nolan's, explained in
    ``nolan.core.complaints.clock.Timescales``. A parish council uses its principal
    authority's arrangements (best practice 12), so only principal authorities have a row.
    """

    council = models.OneToOneField(
        Council, on_delete=models.CASCADE, related_name="complaint_arrangements"
    )
    # Each help text says where the words appear on the public page and what that page says
    # already, so the council's words neither repeat it nor point to something not there.
    how_to_complain = models.TextField(
        max_length=TEXT_MAX_LENGTH,
        blank=True,
        help_text="Shown at the top of the public page, which ends with a 'Start now' button "
        "that opens the complaint form.",
    )
    public_interest_test = models.TextField(
        max_length=TEXT_MAX_LENGTH,
        blank=True,
        help_text="Shown after the page says that the Monitoring Officer, after asking the "
        "Independent Person, decides whether a complaint is worth investigating, and lists "
        "what they consider.",
    )
    capacity_test = models.TextField(
        max_length=TEXT_MAX_LENGTH,
        blank=True,
        help_text="For example, what makes a post look like a councillor's: 'Cllr' in the "
        "name, an account that presents them as a councillor, or council business.",
    )
    acknowledge_days = models.PositiveSmallIntegerField(default=_DEFAULTS.acknowledge)
    notify_member_days = models.PositiveSmallIntegerField(default=_DEFAULTS.notify_member)
    assess_days = models.PositiveSmallIntegerField(default=_DEFAULTS.assess)
    investigate_days = models.PositiveSmallIntegerField(default=_DEFAULTS.investigate)
    comment_on_draft_days = models.PositiveSmallIntegerField(default=_DEFAULTS.comment_on_draft)
    hear_days = models.PositiveSmallIntegerField(default=_DEFAULTS.hear)
    decision_notice_days = models.PositiveSmallIntegerField(default=_DEFAULTS.decision_notice)
    training_within_months = models.PositiveSmallIntegerField(
        default=6,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text="Months from the start of a member's term by which they must attend code "
        "of conduct training (the code's training paragraph); by default within their first "
        "six months.",
    )
    training_every_months = models.PositiveSmallIntegerField(
        default=48,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text="How often members must attend it again; by default once a four-year term.",
    )
    history = HistoricalRecords()

    def __str__(self) -> str:
        return f"Complaint arrangements of {self.council}"

    @property
    def timescales(self) -> Timescales:
        return Timescales(
            acknowledge=self.acknowledge_days,
            notify_member=self.notify_member_days,
            assess=self.assess_days,
            investigate=self.investigate_days,
            comment_on_draft=self.comment_on_draft_days,
            hear=self.hear_days,
            decision_notice=self.decision_notice_days,
        )

    def clean(self) -> None:
        from nolan.core.complaints.clock import out_of_order
        from nolan.core.deadlines import DeadlineError

        try:
            timescales = self.timescales
        except DeadlineError as error:
            raise ValidationError(str(error)) from error
        contradiction = out_of_order(timescales)
        if contradiction is not None:
            stage, message = contradiction
            field = f"{stage.value.replace('-', '_')}_days"
            raise ValidationError({field: ValidationError(message, code="timescales-out-of-order")})


class ComplaintQuerySet(models.QuerySet):
    def open(self) -> "ComplaintQuerySet":
        return self.exclude(state__in=[State.CLOSED, State.REFUSED])

    def finished(self) -> "ComplaintQuerySet":
        return self.filter(state__in=[State.CLOSED, State.REFUSED])

    def for_councils(self, councils) -> "ComplaintQuerySet":
        return self.filter(council__in=councils)


class Complaint(models.Model):
    """One complaint about one member, from the form to its end."""

    class Capacity(models.TextChoices):
        YES = "yes", "Yes"
        NO = "no", "No"
        NOT_SURE = "not-sure", "I am not sure"

    class MadeBy(models.TextChoices):
        INDIVIDUAL = "individual", "An individual"
        PARISH_COUNCIL = "parish-council", "The parish council, through its chair"

    id = models.BigAutoField(primary_key=True)
    reference = models.CharField(max_length=20, unique=True)
    # The complainant's own link to their case, sent in the acknowledgement.
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    council = models.ForeignKey(Council, on_delete=models.PROTECT, related_name="complaints")
    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="complaints")
    state = models.CharField(max_length=20, choices=_choices(State), default=State.RECEIVED)
    paused = models.CharField(max_length=20, choices=_choices(PauseReason), blank=True)
    received_on = models.DateField()
    submitted_at = models.DateTimeField(auto_now_add=True)

    # The complainant (best practice 11: a clerk's complaint comes from the parish council).
    anonymous = models.BooleanField(default=False)
    complainant_name = models.CharField(max_length=200, blank=True)
    complainant_email = models.EmailField(blank=True)
    complainant_phone = models.CharField(max_length=40, blank=True)
    made_by = models.CharField(max_length=20, choices=MadeBy.choices, default=MadeBy.INDIVIDUAL)
    anonymity_public_interest = models.TextField(max_length=TEXT_MAX_LENGTH, blank=True)

    # What the complaint says.
    acting_as_councillor = models.CharField(max_length=10, choices=Capacity.choices)
    capacity_reasons = models.TextField(max_length=TEXT_MAX_LENGTH, blank=True)
    what_happened = models.TextField(max_length=TEXT_MAX_LENGTH)
    happened_on = models.DateField()
    where = models.CharField(max_length=500, blank=True)
    paragraphs = models.JSONField(default=list, blank=True)

    # Acknowledgement and notification.
    acknowledged_on = models.DateField(null=True, blank=True)
    member_notified_on = models.DateField(null=True, blank=True)
    withhold_identity = models.BooleanField(default=False)
    withhold_reason = models.TextField(max_length=TEXT_MAX_LENGTH, blank=True)
    # What the member reads of the allegation when the complainant's identity is kept from
    # them: the Monitoring Officer's own words, since the complainant's often identify them.
    allegation_summary = models.TextField(max_length=TEXT_MAX_LENGTH, blank=True)

    # Initial assessment.
    jurisdiction = models.BooleanField(null=True, blank=True)
    jurisdiction_reasons = models.TextField(max_length=TEXT_MAX_LENGTH, blank=True)
    capacity_determination = models.TextField(max_length=TEXT_MAX_LENGTH, blank=True)
    public_interest = models.BooleanField(null=True, blank=True)
    public_interest_factors = models.JSONField(default=list, blank=True)
    public_interest_reasons = models.TextField(max_length=TEXT_MAX_LENGTH, blank=True)
    outcome = models.CharField(max_length=30, choices=_choices(Outcome), blank=True)
    outcome_reasons = models.TextField(max_length=TEXT_MAX_LENGTH, blank=True)
    assessed_on = models.DateField(null=True, blank=True)
    # Users (by id) who took part in the assessment: none of them may sit at the hearing.
    assessors = models.JSONField(default=list, blank=True)

    # Investigation.
    investigator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="investigations",
    )
    investigator_name = models.CharField(max_length=200, blank=True)
    investigator_external = models.BooleanField(default=False)
    conflict = models.BooleanField(default=False)
    investigator_appointed_on = models.DateField(null=True, blank=True)
    parties_told_on = models.DateField(null=True, blank=True)
    draft_issued_on = models.DateField(null=True, blank=True)
    comments_due = models.DateField(null=True, blank=True)
    complainant_commented_on = models.DateField(null=True, blank=True)
    member_commented_on = models.DateField(null=True, blank=True)
    final_report_on = models.DateField(null=True, blank=True)
    agreed_facts = models.TextField(max_length=TEXT_MAX_LENGTH, blank=True)
    disputed_facts = models.TextField(max_length=TEXT_MAX_LENGTH, blank=True)
    conclusion = models.TextField(max_length=TEXT_MAX_LENGTH, blank=True)
    breach_found = models.BooleanField(null=True, blank=True)
    closed_on = models.DateField(null=True, blank=True)

    objects = ComplaintQuerySet.as_manager()

    class Meta:
        ordering = ["-received_on", "-id"]
        indexes = [models.Index(fields=["council", "state"])]

    def __str__(self) -> str:
        return self.reference

    def get_absolute_url(self) -> str:
        return reverse("complaint-case", args=[self.council.slug, self.reference])

    @property
    def finished(self) -> bool:
        return self.state in (State.CLOSED, State.REFUSED)

    @property
    def member_reads_summary(self) -> bool:
        """Whether the member reads the Monitoring Officer's summary of the allegation, never
        the complainant's own words: whenever the complainant's identity is kept from them,
        withheld by the Monitoring Officer or never given."""
        return self.withhold_identity or self.anonymous

    @property
    def complainant_as_member_sees(self) -> str:
        """Who made the complaint, as the member complained about (and an investigator who is
        not the council's officer) is told: never the complainant's contact details, and not
        their name while it is withheld or was never given."""
        if self.withhold_identity:
            return "Withheld by the Monitoring Officer"
        if self.anonymous:
            return "Not named"
        return self.complainant_name


class Pause(models.Model):
    """A span when the case's clock stood still: a police referral, or waiting for information."""

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="pauses")
    reason = models.CharField(max_length=20, choices=_choices(PauseReason))
    start = models.DateField()
    end = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["start"]

    def __str__(self) -> str:
        return f"{self.complaint} {self.reason} from {self.start}"


class IndependentPersonView(models.Model):
    """The Independent Person's view at one decision point (Localism Act 2011 s.28(7))."""

    class Stage(models.TextChoices):
        ASSESSMENT = "assessment", "Initial assessment"
        REPORT = "report", "Investigator's report"
        HEARING = "hearing", "Hearing"

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="ip_views")
    stage = models.CharField(max_length=20, choices=Stage.choices)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    view = models.TextField(max_length=TEXT_MAX_LENGTH)
    # The services set it (now, or the day a step was taken when that is given).
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["recorded_at"]

    def __str__(self) -> str:
        return f"Independent Person's view on {self.complaint} ({self.stage})"


class Evidence(models.Model):
    """A file a party gave in support; kept in the database, served only to those allowed."""

    MAX_BYTES = 5 * 1024 * 1024
    # What the form accepts: documents and pictures people send as evidence, by the type
    # their first bytes show (``nolan.complaints.evidence``), never by the name alone.
    TYPES = {
        "application/pdf": ".pdf",
        "image/png": ".png",
        "image/jpeg": ".jpg",
        "text/plain": ".txt",
    }

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="evidence")
    file_name = models.CharField(max_length=255)
    content_type = models.CharField(max_length=50)
    size = models.PositiveIntegerField()
    data = models.BinaryField()
    description = models.CharField(max_length=500, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    # Sent with the complaint by the complainant, rather than added to the case later by an
    # officer or the investigator: kept from an investigator while the complainant's identity
    # is kept from the member (``services.evidence_seen``).
    from_complainant = models.BooleanField(default=False)
    # A post screened by "Check a post": its findings and their citations, as ``nolan screen``
    # writes them; the file itself is the post's text.
    screening = models.JSONField(null=True, blank=True)

    class Meta:
        ordering = ["uploaded_at", "id"]

    def __str__(self) -> str:
        return self.file_name


class Hearing(models.Model):
    """The standards sub-committee's hearing: who sat, what they found."""

    complaint = models.OneToOneField(Complaint, on_delete=models.CASCADE, related_name="hearing")
    held_on = models.DateField()
    panel = models.ManyToManyField(Member, related_name="+")
    findings = models.TextField(max_length=TEXT_MAX_LENGTH)
    breach = models.BooleanField()
    provisions_breached = models.JSONField(default=list, blank=True)
    reasoning = models.TextField(max_length=TEXT_MAX_LENGTH)

    def __str__(self) -> str:
        return f"Hearing of {self.complaint} on {self.held_on}"


class DecisionNotice(models.Model):
    """The published decision (best practice 9); public once ``published_on`` is set."""

    complaint = models.OneToOneField(
        Complaint, on_delete=models.CASCADE, related_name="decision_notice"
    )
    facts = models.TextField(max_length=TEXT_MAX_LENGTH)
    provisions = models.JSONField(default=list)
    ip_view = models.TextField(max_length=TEXT_MAX_LENGTH)
    reasoning = models.TextField(max_length=TEXT_MAX_LENGTH)
    published_on = models.DateField()
    # The PDF, rendered by a background task after publication (``tasks.render_notice_pdf``).
    pdf = models.BinaryField(blank=True, default=b"")

    def __str__(self) -> str:
        return f"Decision notice for {self.complaint}"

    def get_absolute_url(self) -> str:
        return reverse(
            "decision-notice", args=[self.complaint.council.slug, self.complaint.reference]
        )


# The sanctions as the decision notice words them (GUIDE.md section 1).
SANCTION_NAMES = {
    Sanction.PUBLISH_FINDING: "Publish the finding",
    Sanction.REPORT_TO_COUNCIL: "Report the finding to full council",
    Sanction.CENSURE: "Censure",
    Sanction.REMOVE_FROM_COMMITTEES: "Recommend removal from committees",
    Sanction.REMOVE_FROM_OUTSIDE_APPOINTMENTS: "Recommend removal from outside appointments",
    Sanction.TRAINING: "Training",
    Sanction.WITHDRAW_FACILITIES: "Withdraw facilities",
    Sanction.EXCLUDE_FROM_PREMISES: "Exclude from council premises other than meeting rooms",
}


class SanctionImposed(models.Model):
    """One sanction the hearing imposed and how the member has complied with it."""

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="sanctions")
    kind = models.CharField(
        max_length=50, choices=[(k.value, name) for k, name in SANCTION_NAMES.items()]
    )
    detail = models.CharField(max_length=500, blank=True)
    until = models.DateField(null=True, blank=True)
    done_on = models.DateField(null=True, blank=True)
    complied_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.complaint})"


class TrainingRecord(models.Model):
    """A member's attendance at code of conduct training (the code's training paragraph)."""

    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="training")
    course = models.CharField(max_length=200)
    attended_on = models.DateField()
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-attended_on"]

    def __str__(self) -> str:
        return f"{self.member}: {self.course} on {self.attended_on}"


# The assessment's outcomes as the pages name them: the decision form and the case history.
OUTCOME_NAMES = {
    Outcome.NO_FURTHER_ACTION: "No further action",
    Outcome.INFORMAL_RESOLUTION: "Informal resolution",
    Outcome.INVESTIGATE: "Investigation",
    Outcome.REFER_TO_POLICE: "Refer to the police",
}


# What each logged step is called on the case page; a step not named here shows its code.
LOG_NAMES = {
    "submitted": "Complaint sent",
    "evidence-added": "Evidence added",
    "screened-post-attached": "Screened post attached",
    "record-anonymity-public-interest": "Public interest in an anonymous complaint recorded",
    "refuse-anonymous": "Refused as anonymous",
    "acknowledge": "Acknowledged",
    "notify-member": "Member told and invited to comment",
    "summarise-allegation": "Summary of the allegation written for the member",
    "record-jurisdiction": "Jurisdiction test recorded",
    "record-public-interest": "Public interest test recorded",
    "record-ip-view": "Independent Person's view recorded",
    "decide-assessment": "Assessment decided",
    "pause": "Put on hold",
    "resume": "Taken off hold",
    "resolve-informally": "Resolved informally",
    "escalate": "Sent for investigation",
    "appoint-investigator": "Investigator appointed",
    "tell-parties": "Parties told the paragraphs engaged",
    "investigation-note": "Investigation note",
    "issue-draft-report": "Draft report sent to the parties",
    "record-comments": "Comments on the draft recorded",
    "issue-final-report": "Final report issued",
    "refer-to-hearing": "Referred to a hearing",
    "close-no-breach": "Closed: no breach",
    "record-decision": "Hearing decided",
    "publish-notice": "Decision notice published",
    "sanction-carried-out": "Sanction carried out",
    "sanction-complied": "Sanction complied with",
    "close": "Closed",
}


def _lower(name: str) -> str:
    return name[:1].lower() + name[1:]


def _sanction_names(note: str) -> str:
    return "; ".join(_lower(SANCTION_NAMES.get(kind, kind)) for kind in note.split(", ") if kind)


def _outcome(note: str) -> tuple[str, str]:
    code, _, reasons = note.partition(": ")
    name = OUTCOME_NAMES.get(code)
    return (f": {_lower(name)}", reasons) if name else ("", note)


def _files(note: str) -> tuple[str, str]:
    found = re.search(r"\d+", note)
    count = int(found.group()) if found else 0
    if count == 0:
        return " with no evidence files", ""
    return f" with {count} evidence file{'s' if count > 1 else ''}", ""


def _comments_due(note: str) -> tuple[str, str]:
    found = re.search(r"\d{4}-\d{2}-\d{2}", note)
    if not found:
        return "", note
    due = date.fromisoformat(found.group())
    return f": comments due {long_date(due)}", ""


# Steps whose note is a value (an outcome, a party, a sanction, a date, a count) rather than
# someone's words: each turns the note into the end of the "What" sentence, and says what is
# left to show as the note. Older rows that stored "comments due 2026-09-16" or "0 evidence
# file(s)" read the same, since only the date or the number is taken from them.
_LOG_DETAILS = {
    "submitted": _files,
    "decide-assessment": _outcome,
    "issue-draft-report": _comments_due,
    "record-comments": lambda note: (f" from the {note}" if note else "", ""),
    "issue-final-report": lambda note: (
        {"breach": ": breach found", "no breach": ": no breach found"}.get(note, ""),
        "" if note in ("breach", "no breach") else note,
    ),
    "record-decision": lambda note: (f": {_sanction_names(note) or 'no sanctions'}", ""),
    "sanction-carried-out": lambda note: (f": {_sanction_names(note)}" if note else "", ""),
    "sanction-complied": lambda note: (f": {_sanction_names(note)}" if note else "", ""),
}


class CaseLog(models.Model):
    """Who did what to a case, when: written by the services only, never changed or deleted."""

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="log")
    # The services set it (now, or the day a step was taken when that is given).
    at = models.DateTimeField(default=timezone.now)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    action = models.CharField(max_length=50)
    state = models.CharField(max_length=20, choices=_choices(State))
    note = models.TextField(max_length=TEXT_MAX_LENGTH, blank=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.complaint} {self.action} at {self.at}"

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None:
            raise ValueError("a case log entry is never changed")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("a case log entry is never deleted")

    @property
    def label(self) -> str:
        return LOG_NAMES.get(self.action, self.action)

    def _details(self) -> tuple[str, str]:
        detail = _LOG_DETAILS.get(self.action)
        return detail(self.note) if detail else ("", self.note)

    @property
    def what(self) -> str:
        """The step in words, with what it decided: "Assessment decided: no further action"."""
        return self.label + self._details()[0]

    @property
    def remark(self) -> str:
        """The note left to show beside it: someone's reasons or words, never a stored code."""
        return self._details()[1]

    @property
    def who(self) -> str:
        if self.by is None:
            return "The complainant" if self.action == "submitted" else "Nolan"
        return self.by.get_full_name() or self.by.get_username()
