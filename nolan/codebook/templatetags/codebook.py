"""A code paragraph as its page shows it: its lines as paragraphs, and every "Table 1" or
"Table 2" it names a link to that table of Appendix B on the same page, so a reader of
paragraph 4 reaches the list of Disclosable Pecuniary Interests it relies on."""

import re

from django import template
from django.utils.html import linebreaks
from django.utils.safestring import SafeString, mark_safe

from nolan.core.codes.model import InterestCategory, InterestTable

register = template.Library()

_TABLE = re.compile(r"\bTable ([12])\b")


@register.filter
def paragraph_html(
    text: str, tables: tuple[tuple[InterestTable, tuple[InterestCategory, ...]], ...] = ()
) -> SafeString:
    """``text`` escaped and broken into paragraphs, with the ``tables`` the page shows
    (``Code.tables``) linked where it names them."""
    anchors = {str(table.number): table.anchor for table, _ in tables}
    html = linebreaks(text, autoescape=True)

    def link(found: re.Match[str]) -> str:
        anchor = anchors.get(found[1])
        return f'<a class="govuk-link" href="#{anchor}">{found[0]}</a>' if anchor else found[0]

    return mark_safe(_TABLE.sub(link, html))  # noqa: S308 - escaped above; the link is ours
