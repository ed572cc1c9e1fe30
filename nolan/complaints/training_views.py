"""Code of conduct training records: who attended when, and who is overdue.

The code's duty to undertake the council's training is cited as the council numbers it. A
training sanction is met by the same record (the code's duty to comply with a sanction),
so recording training here also marks any such sanction complied with
(``services.record_training``).
"""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from nolan.access import role_required
from nolan.codebook.links import paragraph_links
from nolan.complaints import services
from nolan.complaints.models import TrainingRecord
from nolan.core.complaints.training import training_status
from nolan.councils.models import Council, Member, Role
from nolan.forms import DateField, refuse_on_form

OFFICERS = (Role.Kind.MONITORING_OFFICER, Role.Kind.DEPUTY)
# The code's duty to undertake the council's training (the LGA model's paragraph 8.1;
# each council's own number comes from its code).
TRAINING_DUTY = "code.compliance.1"


class TrainingForm(forms.Form):
    member = forms.ModelChoiceField(
        label="Member",
        queryset=Member.objects.none(),
        empty_label="Choose a member",
        error_messages={"required": "Choose the member"},
    )
    course = forms.CharField(
        label="Course",
        max_length=TrainingRecord._meta.get_field("course").max_length,
        error_messages={"required": "Enter the course"},
    )
    attended_on = DateField(called=services.ATTENDED_ON, label="Date attended")

    def __init__(self, *args, members, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = members


def _members(council: Council):
    councils = Council.objects.filter(pk=council.pk) | council.parishes.all()
    return (
        Member.objects.current()
        .filter(council__in=councils)
        .select_related("council")
        .prefetch_related("terms", "training")
        .order_by("council__name", "name")
    )


@role_required(*OFFICERS)
def training(request, council):
    council = get_object_or_404(Council, slug=council)
    members = _members(council)
    form = TrainingForm(request.POST or None, members=members)
    if request.method == "POST" and form.is_valid():
        try:
            services.record_training(
                form.cleaned_data["member"],
                request.user,
                course=form.cleaned_data["course"],
                attended_on=form.cleaned_data["attended_on"],
            )
        except services.ComplaintError as refused:
            refuse_on_form(form, refused)
        else:
            messages.success(request, "Training recorded")
            return redirect("complaint-training", council=council.slug)
    arrangements = services.arrangements_for(council)
    today = timezone.localdate()
    rows = []
    for member in members:
        term = max(
            (t for t in member.terms.all() if t.start <= today), key=lambda t: t.start, default=None
        )
        attended = [r.attended_on for r in member.training.all()]
        state = training_status(
            term.start,
            attended,
            today,
            within_months=arrangements.training_within_months,
            every_months=arrangements.training_every_months,
        )
        rows.append((member, max(attended, default=None), state))
    return render(
        request,
        "complaints/training.html",
        {
            "council": council,
            "duty": next(iter(paragraph_links(council.code, TRAINING_DUTY)), None),
            "rows": rows,
            "form": form,
            "overdue": sum(s.code == "overdue" for _, _, s in rows),
        },
        status=400 if form.errors else 200,
    )
