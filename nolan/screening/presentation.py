"""A screening result as the "Check a post" page shows it.

The draft is cut into segments at every finding's start and end, so overlapping findings
can each be highlighted, and each highlight is followed by the numbers of the findings
that end there ("[1]"), which link to the finding: the number, not the colour, carries the
meaning. Each paragraph links to its anchor on the council's code or protocol page.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse

from nolan.core.codes import Code
from nolan.core.codes.model import Document
from nolan.core.screening.model import Category, Finding, Result, Severity

CATEGORY_LABELS = {
    Category.RESPECT: "Respect",
    Category.BULLYING: "Bullying or harassment",
    Category.DISCRIMINATION: "Discrimination",
    Category.OFFICER_IMPARTIALITY: "Officers and their impartiality",
    Category.CONFIDENTIALITY: "Confidential information",
    Category.PERSONAL_DATA: "Someone's personal data",
    Category.PREDETERMINATION: "Predetermination",
    Category.DEFAMATION: "Possible defamation",
    Category.COUNCIL_RESOURCES: "Council resources",
    Category.ELECTION: "Elections and the pre-election period",
    Category.USE_OF_POSITION: "Use of your position",
}
# Severity: the words a councillor reads and the GOV.UK tag colour.
SEVERITY_TAGS = {
    Severity.HIGH: ("Likely breach", "govuk-tag--red"),
    Severity.MEDIUM: ("Worth changing", "govuk-tag--orange"),
    Severity.LOW: ("Advice", "govuk-tag--blue"),
}
CAPACITY_LABELS = {
    "official": "The code is likely to apply: you appear to be acting as a councillor.",
    "private": "The code is unlikely to apply: this reads as a private post.",
    "unclear": "It is unclear whether the code applies; assume it may.",
}
REASON_LABELS = {
    "official_account": "It goes out on your councillor account.",
    "council_account": "It goes out on the council's own account.",
    "personal_account": (
        "It goes out on your personal account, which does not by itself keep it outside the code."
    ),
    "account_unknown": "You did not say which account it goes out on.",
    "presents_as_councillor": "It presents you as a councillor.",
    "council_business": "It talks about council business you took part in.",
    "council_matter_named": "It names a council matter.",
    "disclaimer_not_decisive": (
        "It has a disclaimer such as 'views my own', which does not settle whether the code "
        "applies when the post is linked to council business."
    ),
    "disclaimer": "It has a disclaimer such as 'views my own'.",
    "no_council_link": "It has no link to council business.",
    "council_topic": "It talks about the council's business.",
    "reads_as_councillor": "Read as a whole, it reads as you acting as a councillor.",
    "public_comment": (
        "Read as a whole, it comments on public or council matters without presenting you "
        "as a councillor: readers may or may not take it as you acting as one."
    ),
    "private_life": "Read as a whole, it is about your private life.",
    "acts_in_role": (
        "It does what a councillor does: deals with council officers or casework, uses "
        "council information, resources or influence."
    ),
    "campaigning": (
        "It campaigns for election, which any candidate may do: readers may or may not take "
        "it as you acting as a councillor."
    ),
}


@dataclass(frozen=True)
class Segment:
    text: str
    numbers: tuple[int, ...]
    ends: tuple[int, ...]


@dataclass(frozen=True)
class ParagraphLink:
    citation: str
    url: str


@dataclass(frozen=True)
class ShownFinding:
    number: int
    category: str
    category_label: str
    severity: str
    severity_label: str
    severity_class: str
    quote: str
    explanation: str
    suggestion: str
    paragraphs: tuple[ParagraphLink, ...]


def segments(text: str, findings: tuple[Finding, ...]) -> list[Segment]:
    """``text`` cut at every finding boundary; each piece knows which findings cover it."""
    cuts = sorted({0, len(text), *(f.start for f in findings), *(f.end for f in findings)})
    pieces = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = tuple(n for n, f in enumerate(findings, 1) if f.start <= start and end <= f.end)
        ending = tuple(n for n in covering if findings[n - 1].end == end)
        pieces.append(Segment(text[start:end], covering, ending))
    return pieces


def _link(code: Code, key: str, anchor: str, citation: str) -> ParagraphLink:
    # A kept check cites the code as it stood when it was made; a paragraph the council has
    # since removed keeps its citation but has no place on the page to link to.
    if not code.has_provision(key):
        return ParagraphLink(citation, "")
    page = "protocol" if code.provision(key).document is Document.PROTOCOL else "code"
    return ParagraphLink(citation, f"{reverse(page, args=[code.slug])}#{anchor}")


def shown_findings(code: Code, result: Result) -> list[ShownFinding]:
    shown = []
    for number, f in enumerate(result.findings, 1):
        label, tag = SEVERITY_TAGS[f.severity]
        shown.append(
            ShownFinding(
                number=number,
                category=f.category.value,
                category_label=CATEGORY_LABELS[f.category],
                severity=f.severity.value,
                severity_label=label,
                severity_class=tag,
                quote=f.quote,
                explanation=f.explanation,
                suggestion=f.suggestion,
                paragraphs=tuple(_link(code, p.key, p.anchor, p.citation) for p in f.paragraphs),
            )
        )
    return shown


def capacity(result: Result) -> dict[str, object]:
    value = result.capacity.value.value
    return {
        "value": value,
        "label": CAPACITY_LABELS[value],
        "reasons": [REASON_LABELS.get(r, r) for r in result.capacity.reasons],
    }
