"""The public complaint form: one question per page, the answers kept in the session.

The first question helps the complainant see whether the code applies at all (acting as a
councillor). The answers live in the visitor's session until they send the complaint from
the check page, where they also attach evidence; a refused file or answer is shown there
with every answer still in place. Nothing is stored as a complaint until then.
"""

from datetime import date

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from nolan.access import public
from nolan.complaints import forms
from nolan.complaints.models import Complaint, Evidence
from nolan.complaints.services import ComplaintError, paragraph_groups, submit_complaint
from nolan.core.dates import long_date
from nolan.councils.models import Council

MAX_FILES = 5

QUESTIONS = {
    "capacity": forms.CapacityForm,
    "member": forms.MemberForm,
    "who": forms.WhoForm,
    "name": forms.NameForm,
    "contact": forms.ContactForm,
    "what": forms.WhatForm,
    "when": forms.WhenForm,
    "paragraphs": forms.ParagraphsForm,
}
# A page that asks for several things has a heading of its own; on every other page the
# (first) question is the heading, so that it is not shown twice (GOV.UK question pages).
HEADINGS = {
    "contact": "Your contact details",
    "paragraphs": forms.ParagraphsForm.base_fields["paragraphs"].label,
}


def _key(council: Council) -> str:
    return f"complaint-form:{council.slug}"


def _answers(request, council: Council) -> dict:
    return request.session.get(_key(council), {})


def steps(council: Council, answers: dict) -> list[str]:
    """The questions this complainant is asked, in order, given their answers so far."""
    order = ["capacity", "member"]
    if council.tier == Council.Tier.PARISH:
        order.append("who")
    order.append("name")
    if answers.get("name", {}).get("give_name") == "yes":
        order.append("contact")
    return [*order, "what", "when", "paragraphs", "check"]


def _first_unanswered(council: Council, answers: dict) -> str:
    return next(s for s in steps(council, answers) if s == "check" or s not in answers)


def _url(council: Council, step: str) -> str:
    return reverse("complaint-step", args=[council.slug, step])


def _form(council: Council, step: str, data=None, initial=None):
    kwargs = {}
    if step == "member":
        kwargs["members"] = council.members.current().order_by("name")
    if step == "paragraphs":
        kwargs["groups"] = paragraph_groups(council)
    return QUESTIONS[step](data, initial=initial, **kwargs)


def _stored(cleaned: dict) -> dict:
    """Answers as the session can hold them (dates as ISO text)."""
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in cleaned.items()}


def _restored(step: str, stored: dict) -> dict:
    if step == "when" and stored.get("happened_on"):
        return {"happened_on": date.fromisoformat(stored["happened_on"])}
    return stored


@public
def question(request, council, step):
    """One question of the form; answering moves to the next unanswered one."""
    council = get_object_or_404(Council, slug=council)
    if step not in QUESTIONS:
        raise Http404
    answers = _answers(request, council)
    order = steps(council, answers)
    if step not in order:
        raise Http404
    earlier = order[: order.index(step)]
    if any(s not in answers for s in earlier):
        return redirect(_url(council, _first_unanswered(council, answers)))
    if request.method == "POST":
        form = _form(council, step, request.POST)
        if form.is_valid():
            answers[step] = _stored(form.cleaned_data)
            if step == "who" and answers["who"]["who"] == "clerk":
                # The clerk's path stops here: the chair makes the complaint instead.
                del answers["who"]
                request.session[_key(council)] = answers
                return redirect("complaint-clerk", council=council.slug)
            request.session[_key(council)] = answers
            return redirect(_after(council, step, answers))
    else:
        form = _form(council, step, initial=_restored(step, answers.get(step, {})))
    return render(
        request,
        "complaints/question.html",
        {
            "council": council,
            "step": step,
            "form": form,
            "heading": HEADINGS.get(step) or form.visible_fields()[0].label,
            "question_is_heading": step not in HEADINGS,
            "back": _url(council, earlier[-1])
            if earlier
            else reverse("complaint-guidance", args=[council.slug]),
        },
        status=400 if form.errors else 200,
    )


def _after(council: Council, step: str, answers: dict) -> str:
    """The next question, or for a councillor not acting as one, a page saying the code may
    not apply."""
    if step == "capacity" and answers["capacity"]["acting"] == Complaint.Capacity.NO:
        return reverse("complaint-outside-code", args=[council.slug])
    order = steps(council, answers)
    return _url(council, order[order.index(step) + 1])


@public
def outside_code(request, council):
    """The complainant said the councillor was not acting as one: the code probably does not
    apply, but the Monitoring Officer decides, so they may go on."""
    council = get_object_or_404(Council, slug=council)
    return render(
        request,
        "complaints/outside_code.html",
        {"council": council, "next": _url(council, "member")},
    )


@public
def clerk(request, council):
    """Best practice 11: the clerk's complaint is made by the chair or the parish council."""
    council = get_object_or_404(Council, slug=council)
    return render(request, "complaints/clerk.html", {"council": council})


def _summary(council: Council, answers: dict) -> list[tuple[str, str, str]]:
    """Each answer as (question, answer, step to change it) for the check page."""
    member = council.members.filter(slug=answers["member"]["member"]).first()
    named = {key: label for _, choices in paragraph_groups(council) for key, label in choices}
    rows = [
        (
            "Acting as a councillor",
            dict(Complaint.Capacity.choices)[answers["capacity"]["acting"]],
            "capacity",
        ),
        ("Councillor", member.name if member else "", "member"),
    ]
    if "who" in answers and "who" in steps(council, answers):
        rows.append(
            (
                "Made by",
                dict(forms.WhoForm.base_fields["who"].choices)[answers["who"]["who"]],
                "who",
            )
        )
    if answers["name"]["give_name"] == "yes":
        contact = answers["contact"]
        rows.append(
            (
                "Your details",
                f"{contact['name']}, {contact['email']} {contact['phone']}".strip(),
                "contact",
            )
        )
    else:
        rows.append(("Your name", "Not given", "name"))
    rows += [
        ("What happened", answers["what"]["what_happened"], "what"),
        ("Where", answers["what"]["where"] or "Not given", "what"),
        ("When", long_date(date.fromisoformat(answers["when"]["happened_on"])), "when"),
        (
            "Parts of the code",
            "\n".join(named.get(p, p) for p in answers["paragraphs"]["paragraphs"])
            or "None chosen",
            "paragraphs",
        ),
    ]
    return rows


@public
def check(request, council):
    """Check the answers, attach evidence and send; a refusal keeps every answer."""
    council = get_object_or_404(Council, slug=council)
    answers = _answers(request, council)
    missing = _first_unanswered(council, answers)
    if missing != "check":
        return redirect(_url(council, missing))
    error = None
    if request.method == "POST":
        files = request.FILES.getlist("evidence")
        if len(files) > MAX_FILES:
            error = ComplaintError(
                "too-many-files", f"Attach {MAX_FILES} files or fewer", "evidence"
            )
        else:
            try:
                complaint = _submit(request, council, answers, files)
            except ComplaintError as refused:
                error = refused
            else:
                del request.session[_key(council)]
                request.session["complaint-sent"] = complaint.reference
                request.session["complaint-sent-to"] = complaint.complainant_email
                return redirect("complaint-sent", council=council.slug)
    return render(
        request,
        "complaints/check.html",
        {
            "council": council,
            "rows": _summary(council, answers),
            "anonymous": answers["name"]["give_name"] == "no",
            "error": error,
            "max_files": MAX_FILES,
        },
        status=400 if error else 200,
    )


def _submit(request, council: Council, answers: dict, files) -> Complaint:
    member = council.members.current().filter(slug=answers["member"]["member"]).first()
    if member is None:
        raise ComplaintError("unknown-member", "Choose the councillor again", "member")
    contact = answers.get("contact", {}) if answers["name"]["give_name"] == "yes" else {}
    who = answers.get("who", {}).get("who", "individual")
    return submit_complaint(
        member,
        request.user,
        anonymous=answers["name"]["give_name"] == "no",
        complainant_name=contact.get("name", ""),
        complainant_email=contact.get("email", ""),
        complainant_phone=contact.get("phone", ""),
        made_by=who,
        acting_as_councillor=answers["capacity"]["acting"],
        what_happened=answers["what"]["what_happened"],
        where=answers["what"]["where"],
        happened_on=date.fromisoformat(answers["when"]["happened_on"]),
        paragraphs=answers["paragraphs"]["paragraphs"],
        # One byte past the limit is enough to refuse an oversized file without reading it all.
        files=[(f.name, f.read(Evidence.MAX_BYTES + 1)) for f in files],
    )


@public
def sent(request, council):
    """The confirmation page with the complaint's reference; it speaks of the e-mail sent
    only to a complainant who gave an address, and tells one who gave no name what that
    means."""
    council = get_object_or_404(Council, slug=council)
    reference = request.session.get("complaint-sent")
    if not reference:
        return redirect("complaint-guidance", council=council.slug)
    return render(
        request,
        "complaints/sent.html",
        {
            "council": council,
            "reference": reference,
            "email": request.session.get("complaint-sent-to", ""),
        },
    )
