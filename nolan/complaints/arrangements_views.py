"""The Monitoring Officer's page for the council's published complaint arrangements: how to
complain, the public interest and capacity tests, and each stage's timescale (best practices
6 and 10). A parish council uses its principal authority's."""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render

from nolan.access import role_required
from nolan.complaints import services
from nolan.complaints.models import Arrangements
from nolan.councils.models import Council, Role
from nolan.forms import refuse_on_form
from nolan.limits import TEXT_MAX_LENGTH


class ArrangementsForm(forms.ModelForm):
    reason = forms.CharField(
        label="Why you are making this change",
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea,
        error_messages={"required": "Say why you are making this change"},
    )

    class Meta:
        model = Arrangements
        fields = services.ARRANGEMENT_FIELDS
        widgets = {
            "how_to_complain": forms.Textarea,
            "public_interest_test": forms.Textarea,
            "capacity_test": forms.Textarea,
        }
        labels = {
            "how_to_complain": "How to complain",
            "public_interest_test": "The public interest test",
            "capacity_test": "How the council decides whether a member acted as a councillor",
            "acknowledge_days": "Acknowledge the complaint (working days from receipt)",
            "notify_member_days": "Tell the member and invite comments (working days from receipt)",
            "assess_days": "Decide the initial assessment (working days from receipt)",
            "investigate_days": "Investigate, to the draft report (working days from appointment)",
            "comment_on_draft_days": "Comments on the draft report (working days)",
            "hear_days": "Hearing (working days from the final report)",
            "decision_notice_days": "Decision notice (working days from the hearing)",
            "training_within_months": "Training due within (months of a term starting)",
            "training_every_months": "Training repeated every (months)",
        }


@role_required(Role.Kind.MONITORING_OFFICER, Role.Kind.DEPUTY)
def arrangements(request, council):
    council = get_object_or_404(Council, slug=council)
    if council.principal_id is not None:
        return redirect("complaint-arrangements", council=council.principal.slug)
    current = services.arrangements_for(council)
    form = ArrangementsForm(request.POST or None, instance=current)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_arrangements(
                request.user, form.save(commit=False), reason=form.cleaned_data["reason"]
            )
        except services.ComplaintError as refused:
            refuse_on_form(form, refused)
        else:
            messages.success(request, "Complaint arrangements saved")
            return redirect("complaint-arrangements", council=council.slug)
    return render(
        request,
        "complaints/arrangements.html",
        {"council": council, "form": form},
        status=400 if form.errors else 200,
    )
