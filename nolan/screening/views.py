"""The "Check a post" page: a councillor pastes a draft and sees what may breach their code.

Who may use it: councillors (for their own council), Monitoring Officers and deputies (for
the councils they act for). Works without JavaScript: the form posts back to the page,
which shows the draft with findings highlighted, each finding with the council's own
paragraphs, and the capacity assessment. Nothing is stored unless "keep this check" is
ticked; kept checks are listed to the user who kept them, who alone may open one (its
findings as they were when it was made) or delete it, after confirming. Anyone else asking
for it is told there is no such page, so a check's number reveals nothing.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from nolan.access import role_required
from nolan.core.screening.jsonio import result_from_json
from nolan.core.screening.model import Account, Post, Result
from nolan.councils.models import Council
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
        context |= _shown(council, post.text, result) | {"checked": True, "kept": data["keep"]}
    context["checks"] = ScreeningCheck.objects.kept_by(request.user).select_related("council")[:20]
    return render(request, "screening/check.html", context, status=400 if form.errors else 200)


def _shown(council: Council, text: str, result: Result) -> dict:
    """What the page shows of one result: the draft marked up, the findings, the capacity."""
    code = council.code
    return {
        "council": council,
        "code": code,
        "segments": presentation.segments(text, result.findings),
        "findings": presentation.shown_findings(code, result),
        "capacity": presentation.capacity(result),
    }


def _own_check(request, pk: int) -> ScreeningCheck:
    """The user's own kept check; anyone else's is not found."""
    return get_object_or_404(
        ScreeningCheck.objects.select_related("council"), pk=pk, user=request.user
    )


@role_required(*services.SCREENERS)
def kept_check(request, pk):
    check = _own_check(request, pk)
    context = _shown(check.council, check.text, result_from_json(check.result))
    return render(request, "screening/kept_check.html", context | {"kept_check": check})


@role_required(*services.SCREENERS)
def delete_kept_check(request, pk):
    check = _own_check(request, pk)
    if request.method == "POST":
        try:
            services.delete_check(request.user, check)
        except services.ScreeningError as refused:
            raise Http404(refused.message) from None
        messages.success(request, "Your kept check has been deleted.")
        return redirect("check-a-post")
    return render(
        request, "screening/delete_check.html", {"kept_check": check, "council": check.council}
    )
