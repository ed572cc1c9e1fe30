"""A paragraph of a council's code as the council cites it, with a link to it (issue 11).

Councils number their codes differently, so a page never writes "paragraph 8.2" itself: it
names the paragraph by its stable key and shows the council's own citation ("Councillor
Code of Conduct, paragraph 8.2") linked to the paragraph's anchor on the code's page.
"""

from dataclasses import dataclass

from django.urls import reverse

from nolan.core.codes import Code
from nolan.core.codes.model import Document


@dataclass(frozen=True)
class ParagraphLink:
    citation: str
    url: str


def paragraph_link(code: Code, key: str) -> ParagraphLink | None:
    """``key`` as the council cites it, with its anchor on the code's page, or on the social
    media protocol's page for a protocol paragraph (the code's page shows only the code);
    ``None`` where the code lacks the paragraph, rather than a number the council does not use."""
    if not code.has_provision(key):
        return None
    provision = code.provision(key)
    page = "protocol" if provision.document is Document.PROTOCOL else "code"
    return ParagraphLink(code.cite(key), f"{reverse(page, args=[code.slug])}#{provision.anchor}")


def paragraph_links(code: Code, *keys: str) -> list[ParagraphLink]:
    """Each of ``keys`` that ``code`` keeps, linked (``paragraph_link``); the rest left out."""
    return [link for key in keys if (link := paragraph_link(code, key)) is not None]
