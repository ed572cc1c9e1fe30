"""What ``nolan demo`` prints: the sign-in details last, under their own heading, after a
one-line list of the demo's e-mails, never the e-mails in full (found walking the demo: eight
whole e-mails came before the passwords and TOTP keys, which scrolled out of sight)."""

import io

import pytest
from django.core.management import call_command
from django.test import override_settings


@pytest.mark.django_db
@override_settings(EMAIL_BACKEND="django.core.mail.backends.console.EmailBackend")
def test_the_demo_prints_its_sign_in_details_last_and_each_email_in_one_line(capsys):
    out = io.StringIO()
    call_command("demo", stdout=out)
    printed = out.getvalue() + capsys.readouterr().out
    assert "Dear " not in printed and "Content-Type:" not in printed  # no e-mail in full

    lines = out.getvalue().splitlines()
    emails = lines.index(next(line for line in lines if line.startswith("E-mails to the demo")))
    heading = lines.index("Sign-in details (shown once)")
    assert emails < heading
    listed = lines[emails + 1 : heading]
    assert any(line.startswith("  ") and "example.org: Your complaint" in line for line in listed)
    assert any("/complaints/" in line for line in listed)  # with their links

    details = lines[heading:]
    assert details[1] == "Sign in at http://127.0.0.1:8000/sign-in/ with:"
    for username in ("mo", "councillor", "chelmsford-mo"):
        assert any(line.split()[:1] == [username] for line in details)
    assert "oathtool --totp" in "\n".join(details)
    assert lines[-1].split()[0] in {"mo", "deputy", "clerk", "ip", "bexley-mo", "chelmsford-mo"}
