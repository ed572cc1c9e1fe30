"""Public council and member pages, and each signed-in user's home page."""

from django.shortcuts import get_object_or_404, render

from nolan.access import public
from nolan.complaints import services as complaints
from nolan.complaints.models import Complaint
from nolan.complaints.progress import STATE_NAMES
from nolan.core.codes import load_code
from nolan.core.codes.model import Document
from nolan.core.complaints import State
from nolan.councils.models import Council, Member, Role
from nolan.councils.roles import councils_for


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
