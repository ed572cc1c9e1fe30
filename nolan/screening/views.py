"""The "Check a post" page: a councillor pastes a draft and sees what may breach their code.

Who may use it: councillors (for their own council), Monitoring Officers and deputies (for
the councils they act for). Works without JavaScript: the form posts back to the page,
which shows the draft with findings highlighted, each finding with the council's own
paragraphs, and the capacity assessment. Nothing is stored unless "keep this check" is
ticked; kept checks are listed to the user who kept them, and to no one else.
"""

from django.shortcuts import render
from django.utils import timezone

from nolan.access import role_required
from nolan.core.screening.model import Account, Post
from nolan.screening import presentation, services
from nolan.screening.forms import CheckForm
from nolan.screening.models import ScreeningCheck


@role_required(*services.SCREENERS)
def check(request):
    councils = list(services.screening_councils(request.user))
    # An officer opens the page from one council's links on their home page (?council=):
    # that council's code is the one chosen at first.
    opened_from = request.GET.get("council", "")
    default = next((c for c in councils if c.slug == opened_from), None) or services.council_for(
        request.user
    )
    form = CheckForm(
        request.POST or None,
        councils=councils,
        initial={"council": default.slug, "account": Account.OFFICIAL.value},
    )
    context = {"form": form, "council": default}
    if request.method == "POST" and form.is_valid():
        council = services.council_for(request.user, form.cleaned_data.get("council"))
        data = form.cleaned_data
        # A draft goes out about now, so today's pre-election period applies to it.
        post = Post(
            text=data["text"],
            posted_at=timezone.now(),
            account=Account(data["account"]),
            shared=data["shared"],
        )
        result = services.check_post(council, post)
        if data["keep"]:
            services.keep_check(request.user, council, data["text"], result)
        code = council.code
        context |= {
            "council": council,
            "code": code,
            "checked": True,
            "segments": presentation.segments(post.text, result.findings),
            "findings": presentation.shown_findings(code, result),
            "capacity": presentation.capacity(result),
            "kept": data["keep"],
        }
    context["checks"] = ScreeningCheck.objects.kept_by(request.user).select_related("council")[:20]
    return render(request, "screening/check.html", context)
