"""The "Check a post" form: the draft, the account it goes out on, and what to keep."""

from django import forms

from nolan.core.screening.model import Account
from nolan.limits import TEXT_MAX_LENGTH

ACCOUNT_CHOICES = [
    (Account.OFFICIAL.value, "My councillor account (for example 'Cllr Jane Smith')"),
    (Account.PERSONAL.value, "My personal account"),
    (Account.COUNCIL.value, "The council's own account"),
]


class CheckForm(forms.Form):
    council = forms.ChoiceField(
        label="Which council's code should it be checked against?",
        widget=forms.RadioSelect,
        error_messages={"required": "Select which council's code to check it against"},
    )
    text = forms.CharField(
        label="Your draft post",
        help_text="Paste the text as you would publish it. It is not stored unless you ask.",
        widget=forms.Textarea,
        max_length=TEXT_MAX_LENGTH,
        error_messages={
            "required": "Enter the text of your draft post",
            "max_length": f"Your draft post must be {TEXT_MAX_LENGTH:,} characters or fewer",
        },
    )
    account = forms.ChoiceField(
        label="Which account will you post it from?",
        choices=ACCOUNT_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": "Select which account you will post it from"},
    )
    shared = forms.BooleanField(label="It shares or reposts someone else's content", required=False)
    keep = forms.BooleanField(
        label="Keep this check so I can see it later (only you can see it)", required=False
    )

    def __init__(self, *args, councils=(), **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(c.slug, c.name) for c in councils]
        if len(choices) > 1:
            self.fields["council"].choices = choices
        else:
            del self.fields["council"]
