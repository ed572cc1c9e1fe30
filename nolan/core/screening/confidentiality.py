"""Leaks of exempt business and of what was said in confidence.

LGA model code 4.1 (do not disclose information given in confidence or of a confidential
nature); WH protocol 3.2(i): members should not "write or report on conversations,
meetings or matters that are meant to be confidential or internal to the council such as
those held in exempt session or prior to the publication of reports"; Bexley Social Media
Policy 4 ("exempt information"). The councillors' objection in seed 002 (Cllr Taylor)
sets the other edge: reporting an ordinary meeting with officers ("they will fix the
traffic lights on Hills Road") is not a leak. So the engine flags the keywords of exempt
items the council lists in the context, an exempt item's title together with words of
disclosure, and explicit signs of disclosing confidential business.
"""

from __future__ import annotations

import re

from nolan.core.screening.hit import Hit
from nolan.core.screening.model import Category, Severity
from nolan.core.screening.prepared import PreparedContext, PreparedPost
from nolan.core.screening.text import FLAGS, Gated

_SESSION = (
    r"\b(?:confidential|exempt|closed|private|secret|restricted|part\s+(?:2|ii|two|b)|pink)\s+"
    r"(?:session|meeting|briefing|item|report|papers?|discussion|part\s+of\s+the\s+meeting|agenda)"
    r"|\bbehind\s+closed\s+doors\b|\bin\s+camera\b|\bwith\s+the\s+press\s+and\s+public\s+excluded\b"
)
_REFUSAL = re.compile(
    r"\b(?:can't|cannot|can\s+not|won't|will\s+not|not\s+able\s+to|unable\s+to|not\s+allowed\s+to|"
    r"mustn't|must\s+not|shouldn't|not\s+at\s+liberty\s+to)\s+(?:\w+\s+){0,2}"
    r"(?:say|tell|share|discuss|reveal|disclose|comment|go\s+into|report)",
    FLAGS,
)
_CONFIDENTIAL_SESSION = Gated(
    re.compile(_SESSION, FLAGS),
    "confidential",
    "exempt",
    "closed",
    "private",
    "secret",
    "restricted",
    "part",
    "pink",
    "camera",
    "excluded",
)
_DISCLOSING = re.compile(
    r"\b(?:told|learnt|learned|heard|revealed|reveals|showed|shows|price|bidder|bid|offer|sum|"
    r"figure|valuation|seen|read|plans?\s+to|about\s+to|going\s+to|wants?\s+to|spoiler|"
    r"(?:is|are)\s+(?:closing|being\s+sold|going|to\s+close|to\s+be\s+sold|being\s+cut)|"
    r"will\s+(?:close|be\s+sold|be\s+closed|be\s+cut)|agreed\s+to\s+(?:sell|buy|accept|award|pay|close|settle)|"
    r"recommend(?:s|ed|ation)\s+(?:is|was|to))\b|£\s?\d|\b\d+(?:\.\d+)?\s?(?:k|m|million)\b",
    FLAGS,
)
_LEAK = Gated(
    re.compile(
        r"\bI\s+can\s+(?:now\s+|exclusively\s+)?reveal\b|\bbetween\s+you\s+and\s+me\b"
        r"|\boff\s+the\s+record\b|\b(?:I'm|I\s+am)\s+not\s+(?:supposed|meant|allowed)\s+to\s+"
        r"(?:tell|say|share|reveal)\b|\byou\s+didn't\s+hear\s+(?:it|this)\s+from\s+me\b"
        r"|\bdon['’]t\s+tell\s+anyone\b|\bkeep\s+(?:this|it)\s+(?:to\s+yourselves|quiet|under\s+your\s+hat)\b"
        r"|\b(?:little\s+)?birdie\s+tells?\b|\ba\s+little\s+bird\s+(?:tells?|told)\b"
        r"|\bstrictly\s+confidential\b|\bexclusive\s*:|^\s*leaked\b|\bleaked\s*:|\bleaked\s+(?:report|document|email|e-mail|papers?|minutes)\b"
        r"|\b(?:before|ahead\s+of|prior\s+to)\s+(?:its|the\s+report's|the\s+formal|official|the)\s+"
        r"publication\b[^.!?\n]{0,60}\b(?:I\s+can|here(?:'s|\s+is)|the\s+report\s+(?:says|shows|recommends))",
        FLAGS,
    ),
    "reveal",
    "between you",
    "record",
    "supposed",
    "meant",
    "allowed",
    "hear it",
    "hear this",
    "strictly",
    "tell anyone",
    "keep this",
    "keep it",
    "bird",
    "leak",
    "exclusive",
    "publication",
)
_TITLE_DISCLOSURE = re.compile(
    r"\b(?:preferred\s+bidder|bidder|bids?|offers?|price|valuation|sum|tender|buyer|purchaser|"
    r"settlement|terms|shortlist|chosen|selected|winning)\b|£\s?\d|\b\d+(?:\.\d+)?\s?(?:k|m|million)\b",
    FLAGS,
)

_EXPLANATION = (
    "This discloses business taken in exempt session, or information given in confidence, "
    "which the code forbids unless the law or the Monitoring Officer allows it."
)
_SUGGESTION = (
    "Say only what is in the public agenda and minutes; ask the Monitoring Officer before "
    "releasing anything from an exempt item."
)


def _context_leaks(post: PreparedPost, ctx: PreparedContext) -> list[Hit]:
    hits = []
    for exempt in post.exempt:
        keyword = exempt.keywords.search(post.text) if exempt.keywords else None
        title = exempt.title.search(post.text) if exempt.title else None
        about_item = exempt.title_words is not None and exempt.title_words.search(post.text)
        if keyword is None and about_item and exempt.figures is not None:
            keyword = exempt.figures.search(post.text)
        if keyword is not None:
            hits.append(
                Hit(
                    Category.CONFIDENTIALITY,
                    Severity.HIGH,
                    keyword.start(),
                    keyword.end(),
                    "exempt_item_keyword",
                    f"{_EXPLANATION} It names what the exempt item '{exempt.item.title}' keeps "
                    "confidential.",
                    _SUGGESTION,
                )
            )
            continue
        if title is not None and _TITLE_DISCLOSURE.search(post.text):
            hits.append(
                Hit(
                    Category.CONFIDENTIALITY,
                    Severity.HIGH,
                    title.start(),
                    title.end(),
                    "exempt_item_details",
                    f"{_EXPLANATION} It gives details of the exempt item '{exempt.item.title}'.",
                    _SUGGESTION,
                )
            )
    return hits


def _generic_leaks(post: PreparedPost) -> list[Hit]:
    hits: list[Hit] = []
    session_possible = _CONFIDENTIAL_SESSION.possible(post.lowered)
    leak_possible = _LEAK.possible(post.lowered)
    if not (session_possible or leak_possible):
        return hits
    for s in post.sentences:
        if _REFUSAL.search(s.text):
            continue
        session = _CONFIDENTIAL_SESSION.pattern.search(s.text) if session_possible else None
        if session is not None and _DISCLOSING.search(s.text):
            hits.append(
                Hit(
                    Category.CONFIDENTIALITY,
                    Severity.HIGH,
                    s.start + session.start(),
                    s.start + session.end(),
                    "reports_confidential_session",
                    _EXPLANATION,
                    _SUGGESTION,
                )
            )
            continue
        leak = _LEAK.pattern.search(s.text) if leak_possible else None
        if leak is not None:
            hits.append(
                Hit(
                    Category.CONFIDENTIALITY,
                    Severity.MEDIUM,
                    s.start + leak.start(),
                    s.start + leak.end(),
                    "signals_disclosure",
                    "This reads as passing on something confidential or not yet published.",
                    _SUGGESTION,
                )
            )
    return hits


def detect(post: PreparedPost, ctx: PreparedContext) -> list[Hit]:
    return [*_context_leaks(post, ctx), *_generic_leaks(post)]
