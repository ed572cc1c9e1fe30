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


def paragraph_links(code: Code, *keys: str) -> list[ParagraphLink]:
    """Each of ``keys`` that ``code`` keeps, as the council cites it, with its address on the
    code's (or the social media protocol's) page; a paragraph the code lacks is left out
    rather than cited by a number the council does not use."""
    links = []
    for key in keys:
        if not code.has_provision(key):
            continue
        provision = code.provision(key)
        page = "protocol" if provision.document is Document.PROTOCOL else "code"
        url = f"{reverse(page, args=[code.slug])}#{provision.anchor}"
        links.append(ParagraphLink(code.cite(key), url))
    return links
