"""A paragraph of the code is named alike wherever a complaint's paragraphs are shown: the
decision notice (its citation linked to the code page), the notice's PDF, the annual
statistics and the member's own page each read "<the council's citation>: <what it is
about>" from one function, ``services.provisions_named``."""

import re
import zlib

from django.urls import reverse
from django.utils.html import escape

from nolan.complaints import services
from nolan.councils.models import Role
from tests.complaints.factories import complaint, heard, investigated, officer

KEY = "code.respect.2"


def _pdf_text(pdf: bytes) -> str:
    """The text a PDF draws: its page streams inflated, each string's escapes undone."""
    streams = re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf, flags=re.S)
    drawn = []
    for stream in streams:
        try:
            drawn.append(zlib.decompress(stream).decode("latin-1"))
        except zlib.error:
            drawn.append(stream.decode("latin-1"))
    return " ".join(re.findall(r"\((.*?)(?<!\\)\)", " ".join(drawn))).replace("\\", "")


def test_a_paragraph_is_named_alike_on_the_notice_its_pdf_the_statistics_and_the_members_page(
    client, member, mo, ip, investigator
):
    code = member.council.code
    citation, about = code.cite(KEY), code.provision(KEY).summary
    case = investigated(complaint(member, paragraphs=[KEY]), mo, ip, investigator)
    heard(case, mo, ip, provisions=(KEY,))
    notice = services.publish_notice(case, mo, facts="Facts")
    notice.refresh_from_db()

    page = client.get(notice.get_absolute_url()).content.decode()
    link = f'<a class="govuk-link" href="{reverse("code", args=[code.slug])}#'
    assert re.search(rf"{re.escape(link)}[^\"]+\">{re.escape(citation)}</a>: ", page)
    assert f"{escape(citation)}</a>: {escape(about)}</li>" in page

    assert citation in _pdf_text(bytes(notice.pdf))

    figures = client.get(reverse("complaint-statistics", args=[member.council.slug, 2025]))
    assert [name for name, _ in figures.context["figures"].by_paragraph] == [f"{citation}: {about}"]

    councillor = officer(member.council, Role.Kind.COUNCILLOR)
    member.user = councillor
    member.save(update_fields=["user"])
    client.force_login(councillor)
    own = client.get(reverse("complaints-about-me")).content.decode()
    assert escape(f"{citation}: {about}") in own


def test_a_paragraph_the_code_no_longer_has_is_named_by_its_key_unlinked(member):
    named = services.provisions_named(member.council, [KEY, "code.gone.9"])
    assert [p.link is not None for p in named] == [True, False]
    assert str(named[1]) == "code.gone.9"
