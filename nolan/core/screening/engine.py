"""Screen a post against the council's own code: capacity, findings, paragraphs.

How a post is read (issue 9): normalised into tokens (``normalise``), matched against one
shared lexicon by class (``lexicon``), its targets found (``targets``), each thing said
given its target and modes (``reading``), and the rule table (``table``, rules.yaml)
turns those facts into findings with stable rule ids. Confidentiality, personal data and
campaigning depend on the council's context and on formats (phone numbers, imprints), so
they keep rules of their own. ``Screener`` holds what is fixed for a batch (citations,
prepared context, officers' names) so a Monitoring Officer can screen thousands of posts.

On a post judged private the code is unlikely to apply, so each finding says "if the code
applies" and drops one level of severity, the same on the page, the CLI and the API.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from nolan.core.codes import Code
from nolan.core.screening import campaigning, capacity, confidentiality, personal_data, table
from nolan.core.screening.citations import Citations, entries, resolve
from nolan.core.screening.hit import Hit
from nolan.core.screening.lexicon import lexicon
from nolan.core.screening.model import (
    CapacityValue,
    Category,
    Context,
    Finding,
    Post,
    Result,
    Severity,
)
from nolan.core.screening.normalise import tokens
from nolan.core.screening.prepared import PreparedContext, PreparedPost
from nolan.core.screening.reading import Reading
from nolan.core.screening.targets import OfficerNames, find

Rule = Callable[[PreparedPost, PreparedContext], list[Hit]]

CONTEXT_RULES: tuple[Rule, ...] = (
    confidentiality.detect,
    personal_data.detect,
    campaigning.detect,
)
# The ids the context rules above report, so that a council's screening.yaml may cite by
# them and ``nolan check_codes`` can refuse one that no rule reports
# (tests/core/screening/test_citations_fit.py keeps this list equal to the modules' ids).
CONTEXT_RULE_IDS = frozenset(
    {
        "confidential.exempt_item_keyword",
        "confidential.exempt_item_details",
        "personal.private_phone",
        "personal.unattributed_mobile",
        "personal.private_email",
        "personal.home_address",
        "election.missing_imprint",
        "election.council_publicity_in_period",
        "resources.council_account_political",
        "resources.for_politics",
    }
)
_RANK = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}
_LOWER = {Severity.HIGH: Severity.MEDIUM, Severity.MEDIUM: Severity.LOW, Severity.LOW: Severity.LOW}
_IF_APPLIES = "If the code applies to this post: "
_SHARED_NOTE = " Sharing or liking it counts as publishing it: it may be read as your endorsement."


class Screener:
    """Screens posts for one council and one context."""

    def __init__(self, code: Code, context: Context | None = None) -> None:
        self.citations: Citations = resolve(code, entries(code.slug), rule_ids())
        self.context = PreparedContext.of(context or Context())
        self.lexicon = lexicon()
        self.officers = OfficerNames.of(self.context.context)
        table.rows()  # checked at start-up, not on the first post

    def screen(self, post: Post) -> Result:
        prepared = PreparedPost.of(post, self.context)
        toks = tokens(post.text, self.lexicon)
        mentions = self.lexicon.find([t.text for t in toks])
        reading = Reading(
            toks,
            mentions,
            lambda: find(toks, mentions, self.officers, _pending(prepared), self.lexicon),
            post.shared,
        )
        hits = table.apply(reading.said(self.lexicon, table.said_classes()), toks)
        hits += [hit for rule in CONTEXT_RULES for hit in rule(prepared, self.context)]
        if "consent" in reading.by_class:
            # The person agreed to their details being shared (Chelmsford's protocol).
            hits = [h for h in hits if h.category is not Category.PERSONAL_DATA]
        found = frozenset(h.category for h in hits)
        verdict = capacity.assess(prepared, self.context, reading, found)
        private = verdict.value is CapacityValue.PRIVATE
        return Result(
            capacity=verdict,
            findings=tuple(self._finding(h, post, private) for h in _distinct(hits)),
        )

    def _finding(self, hit: Hit, post: Post, private: bool) -> Finding:
        paragraphs = self.citations.for_finding(hit.category, hit.rule)
        explanation = hit.explanation
        severity = hit.severity
        if private:
            explanation = _IF_APPLIES + explanation[0].lower() + explanation[1:]
            severity = _LOWER[severity]
        if post.shared:
            paragraphs = paragraphs + self.citations.shared
            explanation += _SHARED_NOTE
        return Finding(
            category=hit.category,
            severity=severity,
            rule=hit.rule,
            paragraphs=paragraphs,
            start=hit.start,
            end=hit.end,
            quote=post.text[hit.start : hit.end],
            explanation=explanation,
            suggestion=hit.suggestion,
        )


def rule_ids() -> frozenset[str]:
    """Every stable rule id a finding can carry: the rule table's and the context rules'."""
    return frozenset(row.id for row in table.rows()) | CONTEXT_RULE_IDS


def _pending(post: PreparedPost) -> list[tuple[int, int]]:
    """Where the post names a planning or licensing matter still to be decided."""
    spans: list[tuple[int, int]] = []
    posted = post.post.posted_at
    for mp in post.matters:
        decided = mp.matter.decision_date
        if decided is not None and posted is not None and posted.date() > decided:
            continue
        spans.extend((m.start(), m.end()) for m in mp.pattern.finditer(post.text))
    return spans


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
