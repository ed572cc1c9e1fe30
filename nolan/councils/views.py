"""Public council and member pages, and each signed-in user's home page."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render

from nolan.access import public, role_required
from nolan.complaints import services as complaints
from nolan.complaints.models import Complaint
from nolan.complaints.progress import STATE_NAMES
from nolan.core.codes import load_code
from nolan.core.codes.model import Document
from nolan.core.complaints import State
from nolan.councils import services
from nolan.councils.forms import AccountForm
from nolan.councils.models import Council, Member, Role
from nolan.councils.roles import OFFICER_KINDS, councils_for
from nolan.forms import refuse_on_form


@public
def home(request):
    """Public: the councils Nolan serves. Signed in: the same, plus a section per role, with
    each council's complaints awaiting the view of an Independent Person (issue 11)."""
    sections = []
    ip = Role.Kind.INDEPENDENT_PERSON
    if request.user.is_authenticated:
        for kind, label in Role.Kind.choices:
            councils = councils_for(request.user, [kind])
            if councils:
                rows = [
                    (council, _awaiting(request.user, council) if kind == ip else None)
                    for council in councils
                ]
                sections.append({"kind": kind, "label": label, "rows": rows})
    return render(
        request,
        "councils/home.html",
        {
            "councils": Council.objects.filter(tier=Council.Tier.PRINCIPAL).prefetch_related(
                "parishes"
            ),
            "sections": sections,
            "member": getattr(request.user, "member", None)
            if request.user.is_authenticated
            else None,
        },
    )


def _awaiting(user, council: Council) -> list[tuple[Complaint, str]]:
    """Each case awaiting ``user``'s view as Independent Person, with its stage's name."""
    return [
        (case, STATE_NAMES[State(case.state)])
        for case in complaints.awaiting_ip_view(user, council)
    ]


@public
def council(request, council):
    """Public: the council's code, registers, meetings and members. The code links offer
    only the pages the code has: a council that adopted the LGA model unchanged (a parish,
    say) has no social media protocol of its own and no changes to show."""
    council = get_object_or_404(Council, slug=council)
    code = council.code
    members = council.members.current().order_by("name")
    return render(
        request,
        "councils/council.html",
        {
            "council": council,
            "members": members,
            "protocol_title": code.protocol_title if code.provisions_in(Document.PROTOCOL) else "",
            "base": load_code(code.base) if code.base else None,
        },
    )


@public
def member(request, council, member):
    member = get_object_or_404(
        Member.objects.select_related("council"), council__slug=council, slug=member
    )
    return render(
        request,
        "councils/member.html",
        {"council": member.council, "member": member, "terms": member.terms.all()},
    )


@role_required(*OFFICER_KINDS)
def councillor_accounts(request, council):
    """The council's Monitoring Officer and deputies: which of its members have an account,
    with a way to give one to those who have none (walk item 11)."""
    council = get_object_or_404(Council, slug=council)
    members = council.members.current().select_related("user").order_by("name")
    return render(request, "councils/accounts.html", {"council": council, "members": members})


@role_required(*OFFICER_KINDS)
def give_account(request, council, member):
    """The council's Monitoring Officer and deputies give a member without an account one
    (``services.give_member_account``); a member who has one is told so."""
    council = get_object_or_404(Council, slug=council)
    member = get_object_or_404(Member.objects.select_related("user"), council=council, slug=member)
    form = AccountForm(request.POST or None, initial={"email": member.email})
    if request.method == "POST" and member.user is None and form.is_valid():
        try:
            user = services.give_member_account(request.user, member, **form.cleaned_data)
        except services.CouncilsError as error:
            refuse_on_form(form, error)
        else:
            messages.success(
                request,
                f"{member.name} has an account, {user.get_username()}. Nolan has emailed "
                f"{user.email} a link to choose a password.",
            )
            return redirect("councillor-accounts", council.slug)
    return render(
        request,
        "councils/give_account.html",
        {"council": council, "member": member, "form": form},
        status=400 if form.errors else 200,
    )
