"""Screen a post against the council's own code: capacity, findings, paragraphs.

``Screener`` holds what is fixed for a batch (the council's citations and the prepared
context) so a Monitoring Officer can screen thousands of posts quickly; ``screen`` is the
one-post form. Each rule module returns ``Hit``s; the engine attaches the council's
paragraphs from ``citations`` (plus its sharing paragraph, WH protocol 3.1(t), when the
post shares someone else's content), keeps one finding per category and span, and orders
findings by position.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from nolan.core.codes import Code
from nolan.core.screening import (
    abuse,
    campaigning,
    capacity,
    confidentiality,
    defamation,
    officers,
    personal_data,
    position,
    predetermination,
)
from nolan.core.screening.citations import Citations, category_keys, resolve
from nolan.core.screening.hit import Hit
from nolan.core.screening.model import Context, Finding, Post, Result, Severity
from nolan.core.screening.prepared import PreparedContext, PreparedPost

Rule = Callable[[PreparedPost, PreparedContext], list[Hit]]

RULES: tuple[Rule, ...] = (
    abuse.detect,
    defamation.detect,
    officers.detect,
    confidentiality.detect,
    personal_data.detect,
    predetermination.detect,
    campaigning.detect,
    position.detect,
)
_RANK = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}
_SHARED_NOTE = " Sharing or liking it counts as publishing it: it may be read as your endorsement."


class Screener:
    """Screens posts for one council and one context."""

    def __init__(self, code: Code, context: Context | None = None) -> None:
        keys, shared = category_keys(code.slug)
        self.citations: Citations = resolve(code, keys, shared)
        self.context = PreparedContext.of(context or Context())

    def screen(self, post: Post) -> Result:
        prepared = PreparedPost.of(post, self.context)
        hits = [hit for rule in RULES for hit in rule(prepared, self.context)]
        return Result(
            capacity=capacity.assess(prepared, self.context),
            findings=tuple(self._finding(h, post) for h in _distinct(hits)),
        )

    def _finding(self, hit: Hit, post: Post) -> Finding:
        paragraphs = self.citations.for_category(hit.category)
        explanation = hit.explanation
        if post.shared:
            paragraphs = paragraphs + self.citations.shared
            explanation += _SHARED_NOTE
        return Finding(
            category=hit.category,
            severity=hit.severity,
            paragraphs=paragraphs,
            start=hit.start,
            end=hit.end,
            quote=post.text[hit.start : hit.end],
            explanation=explanation,
            suggestion=hit.suggestion,
        )


def _distinct(hits: Iterable[Hit]) -> list[Hit]:
    """One hit per category and overlapping span, keeping the most severe."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (_RANK[h.severity], h.start)):
        if any(
            k.category is hit.category and k.start < hit.end and hit.start < k.end for k in kept
        ):
            continue
        kept.append(hit)
    return sorted(kept, key=lambda h: (h.start, h.end, h.category.value))


def screen(post: Post, code: Code, context: Context | None = None) -> Result:
    """Screen one post against ``code`` in ``context``."""
    return Screener(code, context).screen(post)
