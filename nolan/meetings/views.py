"""Meeting pages: public declarations, feeds and dispensations; members' prompts; the clerk's
agenda, declarations and minutes.

Who sees what (issue 4, quality bars): the public sees meetings, published declarations
and granted dispensations; a councillor sees only their own prompts; clerks, Monitoring
Officers and deputies see their council's meetings. A sensitive interest appears
everywhere only as "a sensitive interest".
"""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from icalendar import Calendar, Event

from nolan.access import public, role_required
from nolan.core.advisor import Relation
from nolan.core.advisor.questions import Question, final_advice, next_question
from nolan.core.errors import ImportRefused, RowError
from nolan.councils.models import Council, Member, Role
from nolan.councils.roles import has_role
from nolan.forms import refuse_on_form
from nolan.meetings import minutes, prompts, services
from nolan.meetings.forms import (
    DeclarationForm,
    DismissPromptForm,
    DispensationApplicationForm,
    DispensationDecisionForm,
    ImportForm,
    ItemForm,
    MeetingForm,
    WithdrawDismissalForm,
    member_choices,
)
from nolan.meetings.models import AgendaItem, Declaration, Dispensation, Meeting, PromptDismissal
from nolan.registers.models import InterestEntry

# The services check the same roles again, so a page and its service cannot disagree.
CLERKS = services.CLERKS
OFFICERS = services.OFFICERS


def _council(slug: str) -> Council:
    return get_object_or_404(Council, slug=slug)


def _meeting(council: Council, pk: int) -> Meeting:
    return get_object_or_404(
        Meeting.objects.select_related("committee", "committee__council"),
        pk=pk,
        committee__council=council,
    )


def _own_member(request, council: Council) -> Member:
    member = Member.objects.filter(user=request.user, council=council).first()
    if member is None:
        raise Http404("You are not a member of this council.")
    return member


# --- public -------------------------------------------------------------------------


@public
def meetings(request, council):
    council = _council(council)
    now = timezone.now()
    listed = Meeting.objects.for_council(council).select_related("committee")
    return render(
        request,
        "meetings/meetings.html",
        {
            "council": council,
            "upcoming": listed.filter(starts__gte=now).order_by("starts"),
            "past": listed.filter(starts__lt=now).order_by("-starts"),
            "can_manage": has_role(request.user, CLERKS, council_slug=council.slug),
        },
    )


@public
def meeting_declarations(request, council, pk):
    council = _council(council)
    meeting = _meeting(council, pk)
    declarations = (
        Declaration.objects.published()
        .filter(meeting=meeting)
        .select_related("item", "member", "dispensation", "interest_entry")
    )
    return render(
        request,
        "meetings/declarations.html",
        {
            "council": council,
            "meeting": meeting,
            "items": meeting.items.all(),
            "declarations": declarations,
            "published": meeting.declarations_published is not None,
        },
    )


@public
def meetings_ical(request, council):
    council = _council(council)
    calendar = Calendar()
    calendar.add("prodid", "-//Nolan//Meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{council.name} meetings")
    for meeting in Meeting.objects.for_council(council).select_related("committee"):
        event = Event()
        event.add("uid", f"meeting-{meeting.pk}@{request.get_host()}")
        event.add("summary", meeting.committee.name)
        event.add("dtstart", meeting.starts)
        event.add("dtend", meeting.closes)
        event.add("dtstamp", meeting.starts)
        event.add("location", meeting.venue)
        event.add("url", request.build_absolute_uri(meeting.get_absolute_url()))
        calendar.add_component(event)
    return HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")


@public
def dispensations(request, council):
    council = _council(council)
    granted = (
        Dispensation.objects.granted()
        .filter(member__council=council)
        .select_related("member")
        .order_by("-end", "member__name")
    )
    return render(
        request,
        "meetings/dispensations.html",
        {"council": council, "dispensations": granted, "today": timezone.localdate()},
    )


# --- councillors --------------------------------------------------------------------


@role_required(Role.Kind.COUNCILLOR)
def my_prompts(request, council):
    council = _council(council)
    member = _own_member(request, council)
    now = timezone.now()
    found = prompts.prompts_for(member, now)
    return render(
        request,
        "meetings/my_prompts.html",
        {
            "council": council,
            "member": member,
            # Each coming meeting with its own prompts, so one with none says so.
            "meetings": [
                (meeting, [p for p in found if p.meeting.pk == meeting.pk])
                for meeting in prompts.upcoming_meetings(member, now)
            ],
            "prompts": found,
        },
    )


def _answers(data) -> tuple[Relation | None, dict[Question, bool]]:
    relation = data.get(Question.RELATION.value)
    relation = Relation(relation) if relation in {r.value for r in Relation} else None
    answers = {
        q: data[q.value] == "yes"
        for q in Question
        if q is not Question.RELATION and data.get(q.value) in ("yes", "no")
    }
    return relation, answers


NOT_MATCHED = "Nolan did not match this item with that interest."


def _own_prompt(request, council: Council, item: int, entry: int, *, matched: bool = True):
    """The member, their register entry and the council's agenda item a prompt is about: only
    a pair the matcher makes, so no address opens a prompt Nolan never gave. ``matched=False``
    leaves asking the matcher to a service that asks it anyway (``services.dismiss_prompt``)."""
    member = _own_member(request, council)
    entry = get_object_or_404(InterestEntry, pk=entry, member=member)
    meeting_item = get_object_or_404(
        AgendaItem.objects.select_related("meeting", "meeting__committee__council"),
        pk=item,
        meeting__committee__council=council,
    )
    if matched and not prompts.pairs(meeting_item, entry):
        raise Http404(NOT_MATCHED)
    return member, entry, meeting_item


@role_required(Role.Kind.COUNCILLOR)
def prompt(request, council, item, entry):
    council = _council(council)
    member, entry, meeting_item = _own_prompt(request, council, item, entry)
    code = council.code
    known = prompts.known_facts(code, member, meeting_item, entry)
    relation, answers = _answers(request.GET)
    question = next_question(code, known, relation, answers)
    advice = None if question else final_advice(code, known, relation, answers)
    return render(
        request,
        "meetings/prompt.html",
        {
            "council": council,
            "member": member,
            "item": meeting_item,
            "entry": entry,
            "known": known,
            "question": question,
            "relation": relation,
            "answers": {q.value: ("yes" if v else "no") for q, v in answers.items()},
            "advice": advice,
            # Each paragraph relied on as the council cites it, with its place on the code page.
            "relied_on": [
                (code.provision(key).citation, code.provision(key).anchor)
                for key in (advice.provisions if advice else ())
            ],
            "dispensations": prompts.dispensations_in_force(member, meeting_item.meeting),
            "dismissal": PromptDismissal.objects.standing()
            .filter(item=meeting_item, entry=entry)
            .first(),
        },
    )


@role_required(Role.Kind.COUNCILLOR)
def dismiss_prompt(request, council, item, entry):
    """The member answers a prompt "this is not related to me", after reading what it says."""
    council = _council(council)
    form = DismissPromptForm(request.POST or None)
    answering = request.method == "POST" and form.is_valid()
    # The service asks the matcher whether it made this prompt before it records an answer,
    # so the page asks it only where no answer goes to the service: the matcher runs once.
    member, entry, meeting_item = _own_prompt(request, council, item, entry, matched=not answering)
    if answering:
        try:
            services.dismiss_prompt(
                request.user, item=meeting_item, entry=entry, note=form.cleaned_data["note"]
            )
        except services.MeetingsError as error:
            if error.code == "not-prompted":
                raise Http404(NOT_MATCHED) from error
            refuse_on_form(form, error)
        else:
            messages.success(
                request,
                f"You said item {meeting_item.number} is not related to your interest. "
                "The clerk and the Monitoring Officer can see your answer.",
            )
            return redirect("my-prompts", council.slug)
    return render(
        request,
        "meetings/dismiss_prompt.html",
        {"council": council, "member": member, "item": meeting_item, "entry": entry, "form": form},
        status=400 if form.errors else 200,
    )


@role_required(Role.Kind.COUNCILLOR)
def withdraw_dismissal(request, council, item, entry):
    """The member takes back "this is not related to me", so the prompt asks again."""
    council = _council(council)
    member, entry, meeting_item = _own_prompt(request, council, item, entry)
    dismissal = get_object_or_404(
        PromptDismissal.objects.standing(), item=meeting_item, entry=entry
    )
    form = WithdrawDismissalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.withdraw_dismissal(
                request.user, item=meeting_item, entry=entry, note=form.cleaned_data["note"]
            )
        except services.MeetingsError as error:
            refuse_on_form(form, error, {"withdrawal_note": "note"})
        else:
            messages.success(
                request,
                f"You took back your answer. Item {meeting_item.number} is back among your "
                "prompts: answer its questions to find out whether to declare your interest.",
            )
            return redirect("prompt", council.slug, meeting_item.pk, entry.pk)
    return render(
        request,
        "meetings/withdraw_dismissal.html",
        {
            "council": council,
            "member": member,
            "item": meeting_item,
            "entry": entry,
            "dismissal": dismissal,
            "form": form,
        },
        status=400 if form.errors else 200,
    )


@role_required(Role.Kind.COUNCILLOR)
def apply_dispensation(request, council):
    council = _council(council)
    member = _own_member(request, council)
    form = DispensationApplicationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.apply_for_dispensation(
                request.user, member=member, applied_on=timezone.localdate(), **form.cleaned_data
            )
        except services.MeetingsError as error:
            refuse_on_form(form, error)
        else:
            messages.success(request, "Your application has gone to the Monitoring Officer.")
            return redirect("my-prompts", council.slug)
    return render(
        request,
        "meetings/apply.html",
        {"council": council, "form": form},
        status=400 if form.errors else 200,
    )


# --- clerks and Monitoring Officers --------------------------------------------------


@role_required(*CLERKS)
def new_meeting(request, council):
    council = _council(council)
    form = MeetingForm(request.POST or None, committees=council.committees.all())
    if request.method == "POST" and form.is_valid():
        try:
            meeting = services.schedule_meeting(request.user, **form.cleaned_data)
        except services.MeetingsError as error:
            refuse_on_form(form, error)
        else:
            return redirect("manage-meeting", council.slug, meeting.pk)
    return render(
        request,
        "meetings/new_meeting.html",
        {"council": council, "form": form},
        status=400 if form.errors else 200,
    )


@role_required(*CLERKS)
def manage_meeting(request, council, pk):
    council = _council(council)
    meeting = _meeting(council, pk)
    action = request.POST.get("action") if request.method == "POST" else None
    day = timezone.localdate(meeting.starts)
    item_form = ItemForm(request.POST if action == "add-item" else None)
    import_form = ImportForm(
        request.POST if action == "import" else None,
        request.FILES if action == "import" else None,
    )
    declaration_form = DeclarationForm(
        request.POST if action == "declare" else None,
        # Its own ids: the item form on the same page has a "kind" too, and a label or an
        # error summary's link must find this form's field.
        auto_id="id_declaration_%s",
        meeting=meeting,
        members=member_choices(council),
        dispensations=Dispensation.objects.filter(member__council=council)
        .in_force(day)
        .select_related("member"),
    )
    import_errors: list[RowError] = []
    done = None
    if action == "add-item" and item_form.is_valid():
        row = item_form.cleaned_data
        try:
            services.add_item(request.user, meeting, row)
            done = "Item added."
        except services.MeetingsError as error:
            refuse_on_form(item_form, error)
    elif action == "import" and import_form.is_valid():
        upload = import_form.cleaned_data["file"]
        try:
            rows = services.read_agenda(upload.name, upload.read(services.MAX_AGENDA_BYTES + 1))
            items = services.import_agenda(request.user, meeting, rows)
            done = f"{len(items)} item{'' if len(items) == 1 else 's'} imported."
        except ImportRefused as refused:
            import_errors = list(refused.errors)
    elif action == "declare" and declaration_form.is_valid():
        try:
            services.record_declaration(request.user, **declaration_form.cleaned_data)
            done = "Declaration recorded."
        except services.MeetingsError as error:
            refuse_on_form(declaration_form, error)
    elif action == "publish":
        try:
            services.publish_declarations(request.user, meeting)
            done = "Declarations published."
        except services.MeetingsError as error:
            messages.error(request, error.message)
            return redirect("manage-meeting", council.slug, meeting.pk)
    if done:
        messages.success(request, done)
        return redirect("manage-meeting", council.slug, meeting.pk)
    return render(
        request,
        "meetings/manage.html",
        {
            "council": council,
            "meeting": meeting,
            "items": meeting.items.all(),
            "declarations": meeting.declarations.select_related("item", "member", "interest_entry"),
            "possible": prompts.meeting_prompts(meeting),
            "item_form": item_form,
            "import_form": import_form,
            "import_errors": import_errors,
            "declaration_form": declaration_form,
            "failed": bool(import_errors)
            or any(form.errors for form in (item_form, import_form, declaration_form)),
            "begun": meeting.starts <= timezone.now(),
        },
        status=400 if action else 200,
    )


@role_required(*CLERKS)
def meeting_minutes(request, council, pk):
    council = _council(council)
    meeting = _meeting(council, pk)
    return render(
        request,
        "meetings/minutes.html",
        {
            "council": council,
            "meeting": meeting,
            "heading": minutes.HEADING,
            "sentences": minutes.declarations_section(meeting),
        },
    )


@role_required(*CLERKS)
def meeting_minutes_text(request, council, pk):
    council = _council(council)
    meeting = _meeting(council, pk)
    response = HttpResponse(minutes.as_text(meeting), content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="declarations-{meeting.pk}.txt"'
    return response


@role_required(*OFFICERS)
def decide_dispensation(request, council, pk):
    council = _council(council)
    application = get_object_or_404(
        Dispensation.objects.select_related("member"), pk=pk, member__council=council
    )
    form = DispensationDecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.decide_dispensation(request.user, application, **form.cleaned_data)
        except services.MeetingsError as error:
            refuse_on_form(form, error)
        else:
            messages.success(request, "Decision recorded.")
            return redirect("dispensations", council.slug)
    return render(
        request,
        "meetings/decide.html",
        {"council": council, "application": application, "form": form},
        status=400 if form.errors else 200,
    )


@role_required(*OFFICERS)
def dispensation_applications(request, council):
    council = _council(council)
    pending = Dispensation.objects.filter(
        member__council=council, status=Dispensation.Status.APPLIED
    ).select_related("member")
    return render(request, "meetings/applications.html", {"council": council, "pending": pending})
