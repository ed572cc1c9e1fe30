"""The case page's forms, one per step, and which service each calls.

Each ``Step`` names the machine action it takes (so the page shows it only when the case's
state allows it), who may take it (the Monitoring Officer, the Independent Person or the
investigator), its form, and how the form's answers call the service. The services check
everything again and refuse with stable codes, which the page shows against the form.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django import forms
from django.contrib.auth import get_user_model

from nolan.complaints import services
from nolan.complaints.forms import ParagraphsField
from nolan.complaints.models import OUTCOME_NAMES, SANCTION_NAMES, Complaint, Evidence
from nolan.core.complaints import Action, Outcome, Sanction
from nolan.core.dates import date_time
from nolan.councils.roles import OFFICER_KINDS
from nolan.forms import DateField
from nolan.limits import TEXT_MAX_LENGTH
from nolan.screening.models import ScreeningCheck

YES_NO = [("yes", "Yes"), ("no", "No")]


def _text(label: str, required: bool = True, **kwargs) -> forms.CharField:
    return forms.CharField(
        label=label,
        required=required,
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea,
        # Only the first letter: "the Independent Person's view" keeps the role's capitals.
        error_messages={"required": f"Enter {label[0].lower()}{label[1:]}"},
        **kwargs,
    )


def _yes_no(label: str) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label,
        choices=YES_NO,
        widget=forms.RadioSelect,
        error_messages={"required": f"Answer: {label.lower()}"},
    )


class NoFields(forms.Form):
    pass


class ReasonsForm(forms.Form):
    reasons = _text("Reasons")


class AnonymityForm(forms.Form):
    reasons = _text("The compelling public interest")


# Said wherever the Monitoring Officer may keep the complainant's identity from the member.
SUMMARY_HINT = (
    "If the complainant's identity is withheld (or they gave no name), the member does not "
    "see the complainant's own words, which often identify them: they see this summary "
    "instead. Until you write one, they are told that a summary will be sent to them."
)


class NotifyForm(forms.Form):
    withhold_identity = _yes_no("Withhold the complainant's identity from the member?")
    withhold_reason = _text("Why it is withheld", required=False)
    allegation_summary = _text(
        "Summary of the allegation for the member", required=False, help_text=SUMMARY_HINT
    )


class SummaryForm(forms.Form):
    summary = _text("Summary of the allegation for the member", help_text=SUMMARY_HINT)

    def __init__(self, *args, complaint: Complaint, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["summary"].initial = complaint.allegation_summary


class JurisdictionForm(forms.Form):
    passed = _yes_no(
        "Is the code engaged: a named member, in office then, acting as a councillor, "
        "a breach if proven?"
    )
    capacity = _text("Capacity: was the member acting as a councillor, and why")
    reasons = _text("Reasons")


class PublicInterestForm(forms.Form):
    passed = _yes_no("Does the complaint meet the public interest test?")
    factors = forms.MultipleChoiceField(
        label="Factors weighing against",
        required=False,
        choices=list(services.PUBLIC_INTEREST_FACTORS.items()),
        widget=forms.CheckboxSelectMultiple,
    )
    reasons = _text("Reasons")


class IPViewForm(forms.Form):
    view = _text("The Independent Person's view")


OUTCOME_HINTS = {
    Outcome.INFORMAL_RESOLUTION: " (apology, training, mediation)",
    Outcome.REFER_TO_POLICE: " (possible DPI offence)",
}


# Said beside the reasons that become the parties' own account of why their case closed.
TOLD_TO_PARTIES = (
    "When the case closes, the complainant and the member are sent these words as the reasons "
    "for the outcome."
)


class OutcomeForm(forms.Form):
    outcome = forms.ChoiceField(
        label="Outcome",
        choices=[
            (o.value, f"{name}{OUTCOME_HINTS.get(o, '')}") for o, name in OUTCOME_NAMES.items()
        ],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose the outcome"},
    )
    reasons = _text(
        "Reasons",
        help_text="With no further action the case closes now: the complainant and the member "
        "are sent these words as the reasons for the outcome.",
    )


class InformalForm(forms.Form):
    how = _text("How it was resolved", help_text=TOLD_TO_PARTIES)


class ClosingForm(forms.Form):
    reasons = _text("Reasons", help_text=TOLD_TO_PARTIES)


class PauseForm(forms.Form):
    reason = _text("What information is awaited, and from whom")


class InvestigatorForm(forms.Form):
    investigator = forms.ModelChoiceField(
        label="Investigator",
        queryset=get_user_model().objects.none(),
        empty_label="Choose an investigator",
        error_messages={"required": "Choose the investigator"},
    )
    conflict = forms.BooleanField(
        label="The Monitoring Officer has a conflict of interest", required=False
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["investigator"].queryset = (
            get_user_model().objects.filter(roles__kind__in=OFFICER_KINDS).distinct()
        )


class NoteForm(forms.Form):
    what = _text("Interview held or document obtained")


class CommentsForm(forms.Form):
    party = forms.ChoiceField(
        label="Whose comments on the draft report",
        choices=[("complainant", "The complainant"), ("member", "The member")],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose whose comments these are"},
    )


class FinalReportForm(forms.Form):
    agreed_facts = _text("Agreed facts")
    disputed_facts = _text("Disputed facts", required=False)
    conclusion = _text("Conclusion")
    breach = _yes_no("Does the investigator find a breach of the code?")


class AnySanction(forms.MultipleChoiceField):
    """Offers the lawful sanctions but lets any value through, so that one English councils
    cannot impose is refused by the rules with their reason, not as a bad choice."""

    def valid_value(self, value) -> bool:
        return True


class DecisionForm(forms.Form):
    held_on = DateField(called=services.HELD_ON, label="Date of the hearing")
    panel = forms.ModelMultipleChoiceField(
        label="Members of the panel",
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose the members who sat"},
    )
    breach = _yes_no("Did the member breach the code?")
    provisions = ParagraphsField(
        label="Provisions breached",
        required=False,
        help_text="The paragraphs of the code and of its social media protocol, as the council "
        "numbers them. If you choose none, the decision notice names the paragraphs the "
        "complainant named.",
        error_messages={"invalid_choice": "Select the paragraphs from the list"},
    )
    findings = _text("Findings of fact")
    reasoning = _text("Reasons for the decision")
    sanctions = AnySanction(
        label="Sanctions",
        required=False,
        choices=[(k.value, name) for k, name in SANCTION_NAMES.items()],
        widget=forms.CheckboxSelectMultiple,
    )
    until = DateField(
        called="the date the sanction ends",
        label="Until (for withdrawn facilities or exclusion from premises)",
        required=False,
    )

    def __init__(self, *args, complaint: Complaint, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["panel"].queryset = complaint.council.members.current().order_by("name")
        self.fields["provisions"].choices = services.paragraph_choices(complaint.council)


class ScreenedPostChoice(forms.ModelChoiceField):
    """Each kept check by what the post says and when it was checked: the list holds only
    the user's own checks, so their name beside each would tell them nothing."""

    def label_from_instance(self, obj) -> str:
        words = " ".join(obj.text.split())
        opening = words if len(words) <= 60 else words[:60].rsplit(" ", 1)[0] + "…"
        return f"“{opening}”, checked {date_time(obj.created_at)}"


class ScreenedPostForm(forms.Form):
    check = ScreenedPostChoice(
        label="A post you screened with Check a post and kept",
        queryset=None,
        empty_label="Choose a post",
        error_messages={"required": "Choose the post"},
    )

    def __init__(self, *args, complaint: Complaint, user, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        councils = [complaint.council_id, complaint.council.principal_id]
        self.fields["check"].queryset = ScreeningCheck.objects.kept_by(user).filter(
            council_id__in=[c for c in councils if c]
        )


class EvidenceForm(forms.Form):
    file = forms.FileField(
        label="File",
        help_text="PDF, PNG or JPEG picture, or plain text; 5 MB or smaller.",
        error_messages={"required": "Choose a file"},
    )
    description = forms.CharField(label="What it is", max_length=500, required=False)


class NoticeForm(forms.Form):
    facts = _text("Brief statement of facts")


class SanctionDoneForm(forms.Form):
    sanction = forms.ModelChoiceField(
        label="Sanction carried out",
        queryset=None,
        empty_label="Choose a sanction",
        error_messages={"required": "Choose the sanction carried out"},
    )

    def __init__(self, *args, complaint: Complaint, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["sanction"].queryset = complaint.sanctions.filter(done_on__isnull=True).exclude(
            kind=Sanction.TRAINING
        )


def _yes(value: str) -> bool:
    return value == "yes"


def _decide(c: Complaint, by, d: dict):
    sanctions = [{"kind": kind, "until": d.get("until")} for kind in d["sanctions"]]
    return services.record_decision(
        c,
        by,
        held_on=d["held_on"],
        panel=list(d["panel"]),
        breach=_yes(d["breach"]),
        provisions_breached=d["provisions"],
        findings=d["findings"],
        reasoning=d["reasoning"],
        sanctions=sanctions,
    )


OFFICER = "officer"
IP = "independent-person"
INVESTIGATOR = "investigator"


@dataclass(frozen=True)
class Step:
    slug: str
    label: str
    action: Action | None  # None: always open while the case is in ``states``
    who: tuple[str, ...]
    form: type[forms.Form]
    call: Callable[[Complaint, object, dict], object]
    # What the form needs besides the posted data: the case, the acting user.
    needs: tuple[str, ...] = ()


STEPS = [
    Step(
        "anonymity-public-interest",
        "Record a compelling public interest in this anonymous complaint",
        Action.RECORD_ANONYMITY_PUBLIC_INTEREST,
        (OFFICER,),
        AnonymityForm,
        lambda c, by, d: services.record_anonymity_public_interest(c, by, reasons=d["reasons"]),
    ),
    Step(
        "refuse-anonymous",
        "Refuse as anonymous",
        Action.REFUSE_ANONYMOUS,
        (OFFICER,),
        NoFields,
        lambda c, by, d: services.refuse_anonymous(c, by),
    ),
    Step(
        "acknowledge",
        "Acknowledge the complaint",
        Action.ACKNOWLEDGE,
        (OFFICER,),
        NoFields,
        lambda c, by, d: services.acknowledge(c, by),
    ),
    Step(
        "notify-member",
        "Tell the member and invite comments",
        Action.NOTIFY_MEMBER,
        (OFFICER,),
        NotifyForm,
        lambda c, by, d: services.notify_member(
            c,
            by,
            withhold_identity=_yes(d["withhold_identity"]),
            withhold_reason=d["withhold_reason"],
            allegation_summary=d["allegation_summary"],
        ),
    ),
    Step(
        "summarise-allegation",
        "Write the summary of the allegation the member reads",
        None,
        (OFFICER,),
        SummaryForm,
        lambda c, by, d: services.summarise_allegation(c, by, summary=d["summary"]),
        needs=("complaint",),
    ),
    Step(
        "jurisdiction",
        "Record the jurisdiction test",
        Action.RECORD_JURISDICTION,
        (OFFICER,),
        JurisdictionForm,
        lambda c, by, d: services.record_jurisdiction(
            c, by, passed=_yes(d["passed"]), reasons=d["reasons"], capacity=d["capacity"]
        ),
    ),
    Step(
        "public-interest",
        "Record the public interest test",
        Action.RECORD_PUBLIC_INTEREST,
        (OFFICER,),
        PublicInterestForm,
        lambda c, by, d: services.record_public_interest(
            c, by, passed=_yes(d["passed"]), factors=d["factors"], reasons=d["reasons"]
        ),
    ),
    Step(
        "ip-view",
        "Record the Independent Person's view",
        Action.RECORD_IP_VIEW,
        (IP, OFFICER),
        IPViewForm,
        lambda c, by, d: services.record_ip_view(c, by, view=d["view"]),
    ),
    Step(
        "decide-assessment",
        "Decide the outcome of the assessment",
        Action.DECIDE_ASSESSMENT,
        (OFFICER,),
        OutcomeForm,
        lambda c, by, d: services.decide_assessment(
            c, by, outcome=d["outcome"], reasons=d["reasons"]
        ),
    ),
    Step(
        "resolve-informally",
        "Close as informally resolved",
        Action.RESOLVE_INFORMALLY,
        (OFFICER,),
        InformalForm,
        lambda c, by, d: services.resolve_informally(c, by, how=d["how"]),
    ),
    Step(
        "escalate",
        "Investigate instead",
        Action.ESCALATE,
        (OFFICER,),
        ReasonsForm,
        lambda c, by, d: services.escalate(c, by, reasons=d["reasons"]),
    ),
    Step(
        "appoint-investigator",
        "Appoint the investigator",
        Action.APPOINT_INVESTIGATOR,
        (OFFICER,),
        InvestigatorForm,
        lambda c, by, d: services.appoint_investigator(
            c,
            by,
            investigator=d["investigator"],
            conflict=d["conflict"],
            external=not services.is_officer(d["investigator"], c.council),
        ),
    ),
    Step(
        "tell-parties",
        "Tell both parties the paragraphs engaged",
        Action.TELL_PARTIES,
        (INVESTIGATOR, OFFICER),
        NoFields,
        lambda c, by, d: services.tell_parties(c, by),
    ),
    Step(
        "investigation-note",
        "Log an interview or document",
        None,
        (INVESTIGATOR, OFFICER),
        NoteForm,
        lambda c, by, d: services.log_investigation(c, by, what=d["what"]),
    ),
    Step(
        "draft-report",
        "Send the draft report to both parties",
        Action.ISSUE_DRAFT_REPORT,
        (INVESTIGATOR, OFFICER),
        NoFields,
        lambda c, by, d: services.issue_draft_report(c, by),
    ),
    Step(
        "comments",
        "Record a party's comments on the draft",
        Action.RECORD_COMMENTS,
        (INVESTIGATOR, OFFICER),
        CommentsForm,
        lambda c, by, d: services.record_comments(c, by, party=d["party"]),
    ),
    Step(
        "final-report",
        "Issue the final report",
        Action.ISSUE_FINAL_REPORT,
        (INVESTIGATOR, OFFICER),
        FinalReportForm,
        lambda c, by, d: services.issue_final_report(
            c,
            by,
            breach=_yes(d["breach"]),
            agreed_facts=d["agreed_facts"],
            disputed_facts=d["disputed_facts"],
            conclusion=d["conclusion"],
        ),
    ),
    Step(
        "refer-to-hearing",
        "Refer to a hearing",
        Action.REFER_TO_HEARING,
        (OFFICER,),
        NoFields,
        lambda c, by, d: services.refer_to_hearing(c, by),
    ),
    Step(
        "close-no-breach",
        "Close: no breach found",
        Action.CLOSE_NO_BREACH,
        (OFFICER,),
        ClosingForm,
        lambda c, by, d: services.close_no_breach(c, by, reasons=d["reasons"]),
    ),
    Step(
        "decision",
        "Record the hearing's decision",
        Action.RECORD_DECISION,
        (OFFICER,),
        DecisionForm,
        _decide,
        needs=("complaint",),
    ),
    Step(
        "publish-notice",
        "Publish the decision notice",
        Action.PUBLISH_NOTICE,
        (OFFICER,),
        NoticeForm,
        lambda c, by, d: services.publish_notice(c, by, facts=d["facts"]),
    ),
    Step(
        "sanction-done",
        "Record a sanction as carried out",
        Action.CLOSE,
        (OFFICER,),
        SanctionDoneForm,
        lambda c, by, d: services.record_sanction_done(d["sanction"], by),
        needs=("complaint",),
    ),
    Step(
        "close",
        "Close the case",
        Action.CLOSE,
        (OFFICER,),
        NoFields,
        lambda c, by, d: services.close(c, by),
    ),
    Step(
        "add-evidence",
        "Add an evidence file",
        None,
        (OFFICER, INVESTIGATOR),
        EvidenceForm,
        lambda c, by, d: services.add_evidence(
            c,
            by,
            file_name=d["file"].name,
            # One byte past the limit is enough to refuse an oversized file.
            data=d["file"].read(Evidence.MAX_BYTES + 1),
            description=d["description"],
        ),
    ),
    Step(
        "attach-screened-post",
        "Attach a post you screened",
        None,
        (OFFICER,),
        ScreenedPostForm,
        lambda c, by, d: services.attach_screened_post(c, by, d["check"]),
        needs=("complaint", "user"),
    ),
    Step(
        "pause",
        "Put on hold while waiting for information",
        Action.PAUSE,
        (OFFICER,),
        PauseForm,
        lambda c, by, d: services.pause(c, by, reason=d["reason"]),
    ),
    Step(
        "resume",
        "Take off hold",
        Action.RESUME,
        (OFFICER,),
        NoFields,
        lambda c, by, d: services.resume(c, by),
    ),
]
BY_SLUG = {s.slug: s for s in STEPS}


def make_form(step: Step, complaint: Complaint, user, data=None, files=None) -> forms.Form:
    given = {"complaint": complaint, "user": user}
    return step.form(data, files, prefix=step.slug, **{name: given[name] for name in step.needs})
