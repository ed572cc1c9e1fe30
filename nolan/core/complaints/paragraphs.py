"""Which of a council's paragraphs a code-of-conduct complaint may be about (issue 11).

A complaint is about conduct, so it cites a paragraph that asks something of the member:

- in the code of conduct, its obligations and prohibitions. The code's good practice is the
  CSPL's best practice in Appendix C (seed 000), addressed to the authority, not the member;
  its guidance and definitions ask nothing of anyone;
- in the social media protocol, its good practice too. The protocol is what the council asks
  of its members online: Welwyn Hatfield's code has members "have due regard to" it (LGA model
  paragraph 11.1) and its protocol's paragraph 6.1 takes complaints of non-compliance under the
  code, so a complaint about a post may be about protocol 3.1(j) ("Members should: ... Treat
  others with respect") as much as about 3.2(b) ("Members must not: ... Bully or harass").

The paragraphs come from the council's ``Code`` (``Code.provisions_in``), the one place
every citation, the screening engine's included, takes them from; each keeps its stable
``key``, which is what a complaint stores.
"""

from __future__ import annotations

from nolan.core.codes import Code, Document, Kind, Provision

CITABLE_KINDS = {
    Document.CODE: frozenset({Kind.OBLIGATION, Kind.MUST_NOT}),
    Document.PROTOCOL: frozenset({Kind.OBLIGATION, Kind.MUST_NOT, Kind.GOOD_PRACTICE}),
}


def citable_by_document(code: Code) -> tuple[tuple[Document, tuple[Provision, ...]], ...]:
    """Each of the council's documents, code first, with the paragraphs a complaint may be
    about in the council's order; a document with none (a council without a protocol) is
    left out."""
    found = (
        (document, tuple(p for p in code.provisions_in(document) if p.kind in kinds))
        for document, kinds in CITABLE_KINDS.items()
    )
    return tuple((document, provisions) for document, provisions in found if provisions)


def citable(code: Code) -> tuple[Provision, ...]:
    """The paragraphs a complaint may be about, code before protocol (``citable_by_document``)."""
    return tuple(p for _, provisions in citable_by_document(code) for p in provisions)
