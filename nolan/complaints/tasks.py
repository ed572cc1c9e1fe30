"""E-mails to the parties, and the decision notice's PDF, as background tasks (django-tasks,
as ``nolan.registers.tasks`` runs imports).

They run at once inside the request by default; with ``TASK_WORKER`` on they are queued in
the database for ``nolan db_worker`` (README, "Running it in production"), so a slow mail
server never holds up the complainant's form.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django_tasks import task

from nolan.complaints.models import Complaint, DecisionNotice
from nolan.complaints.progress import final_outcome, outcome_reasons
from nolan.complaints.services import member_duties
from nolan.links import site_url

SUBJECTS = {
    "received": "Your complaint {reference} has been received",
    "acknowledged": "Your complaint {reference}: what happens next",
    "notified": "A complaint about you under the code of conduct ({reference})",
    "summary": "The allegation in complaint {reference} about you",
    "decision": "Decision notice for complaint {reference}",
    "closed": "Your complaint {reference}: the outcome",
    "closed-member": "The complaint about you ({reference}) is closed",
}


def recipients(complaint: Complaint, kind: str) -> list[str]:
    """Who gets each e-mail: the member when told of the complaint, of the summary of the
    allegation and of the outcome; otherwise the
    complainant, and for a decision also the member and, for a parish councillor, the parish
    clerk (issue 10, step 6)."""
    if kind in ("notified", "summary", "closed-member"):
        return [complaint.member.email] if complaint.member.email else []
    found = [complaint.complainant_email]
    if kind == "decision":
        found.append(complaint.member.email)
        if complaint.council.principal_id is not None:
            found.extend(
                complaint.council.roles.filter(kind="clerk").values_list("user__email", flat=True)
            )
    return [address for address in dict.fromkeys(found) if address]


@task()
def send_email(complaint_id: int, kind: str) -> int:
    """Send the ``kind`` e-mail about a complaint; returns how many were sent.

    Its links are full addresses from ``SITE_URL`` (``nolan.links``), whoever queued it.
    """
    complaint = (
        Complaint.objects.select_related("council", "member").filter(pk=complaint_id).first()
    )
    if complaint is None:
        return 0
    to = recipients(complaint, kind)
    if not to:
        return 0
    links = {
        "complaint_link": site_url("complaint-status", complaint.token),
        "notice_link": site_url("decision-notice", complaint.council.slug, complaint.reference),
    }
    duties = member_duties(complaint.council) if kind == "notified" else []
    ended = {}
    if kind in ("closed", "closed-member"):
        links["about_me_link"] = site_url("complaints-about-me")
        ended = {"outcome": final_outcome(complaint), "reasons": outcome_reasons(complaint)}
        ended["notice"] = DecisionNotice.objects.filter(complaint=complaint).exists()
    body = render_to_string(
        f"complaints/email/{kind}.txt",
        {"complaint": complaint, "duties": duties, **ended, **links},
    )
    return send_mail(
        SUBJECTS[kind].format(reference=complaint.reference),
        body,
        settings.DEFAULT_FROM_EMAIL,
        to,
    )


@task()
def render_notice_pdf(notice_id: int) -> int:
    """Render a published decision notice as a PDF and keep it; returns its size in bytes."""
    from nolan.complaints.pdf import render_notice

    notice = (
        DecisionNotice.objects.select_related(
            "complaint__council", "complaint__member", "complaint__hearing"
        )
        .filter(pk=notice_id)
        .first()
    )
    if notice is None:
        return 0
    notice.pdf = render_notice(notice)
    notice.save(update_fields=["pdf"])
    return len(notice.pdf)
