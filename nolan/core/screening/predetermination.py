"""A closed mind on a planning or licensing matter still to be decided.

WH protocol 4.1: members "should not say anything on social media ... which suggests that
they have made their mind up on an issue that is due to be formally decided" and must be
"genuinely persuadable"; Bexley Social Media Policy 3 and Chelmsford's protocol (seed 003,
"Bias and predetermination") say the same for planning, licensing and other
quasi-judicial decisions. Localism Act 2011 s.25: having indicated a view is not a closed
mind, so "I have concerns about" (predisposition) passes. The rule needs a closed-mind
phrase and a quasi-judicial matter: a pending matter from the context that the post names,
or unmistakable planning/licensing wording. Once the decision date has passed, the
matter is no longer pending.
"""

from __future__ import annotations

import re

from nolan.core.screening.hit import Hit
from nolan.core.screening.model import Category, Severity
from nolan.core.screening.prepared import PreparedContext, PreparedPost
from nolan.core.screening.text import FLAGS, Gated

_CLOSED_MIND = Gated(
    re.compile(
        r"\bmy\s+mind\s+is\s+(?:already\s+|well\s+and\s+truly\s+)?made\s+up\b"
        r"|\b(?:I've|I’ve|I\s+have)\s+(?:already\s+)?made\s+(?:up\s+my\s+mind|my\s+mind\s+up)\b"
        r"|\b(?:I've|I’ve|I\s+have)\s+(?:already\s+)?decided\b(?!\s+to\s+(?:listen|wait|keep|hear|read|look))"
        r"|\bcan\s+forget\s+(?:it|its|their|his|her|the|about)\b"
        r"|\bmy\s+mind['’]s\s+(?:already\s+)?made\s+up\b"
        r"|\b(?:I|we)(?:'ll|’ll|\s+will)\s+(?:make\s+sure|ensure)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,5}?"
        r"(?:never\s+gets?\s+(?:built|approved|through|granted)|(?:is|gets)\s+(?:refused|rejected|thrown\s+out|"
        r"approved|granted|revoked))\b"
        r"|\b(?:won't|will\s+not)\s+be\s+listening\s+to\b|\bnot\s+interested\s+in\s+(?:the\s+)?(?:[\w'’]+\s+)?"
        r"(?:arguments|evidence|case)\b|\bit['’]s\s+a\s+(?:firm\s+|definite\s+)?no\b"
        r"|\bnothing\s+(?:anyone|you|the\s+applicant|they|the\s+developer|officers)\s+(?:can\s+|could\s+)?"
        r"(?:say|says|do|does|show)\s+will\s+(?:change|alter|move)\s+my\s+(?:mind|vote)\b"
        r"|\b(?:don't|don’t|do\s+not)\s+care\s+what\s+(?:the\s+)?(?:[\w-]+\s+)?(?:officers?|planners?|report|"
        r"applicant|developer|evidence|anyone|experts?|inspector|police)\s+(?:says?|recommends?|thinks?|shows?)\b"
        r"|\bnot\s+(?:happening|going\s+ahead|getting\s+through|going\s+through)\s+on\s+my\s+watch\b"
        r"|\b(?:not\s+a\s+(?:chance|hope)|(?:no|zero|fat)\s+chance)\b"
        r"|\b(?:you\s+have\s+my\s+word|I\s+give\s+you\s+my\s+word|mark\s+my\s+words)\b"
        r"|\bnothing\s+(?:[\w'’]+\s+){0,4}?will\s+(?:change|alter|move)\s+my\s+(?:mind|vote)\b"
        r"|\bno\s+way\s+(?:I'm|I’m|I\s+am)\s+(?:voting|going\s+to\s+vote|supporting|going\s+to\s+support|approving)\b"
        r"|\b(?:whatever|no\s+matter\s+what|regardless\s+of\s+what)\s+(?:the\s+)?(?:officers?|planners?|report|"
        r"applicant|developer|evidence|anyone|experts?|inspector|objectors?|police|residents)\s+"
        r"(?:says?|recommends?|shows?|thinks?|argues?|presents?)\b"
        r"|\b(?:no\s+matter|whatever|regardless\s+of)\s+what\s+(?:the\s+)?(?:officers?|report|applicant|"
        r"developer|evidence|anyone|they|experts?|planners?|inspector|objectors?|police)\s+"
        r"(?:says?|recommends?|shows?|thinks?|argues?|presents?)\b"
        r"|\b(?:regardless\s+of|whatever|irrespective\s+of)\s+the\s+(?:evidence|officers?['’]?\s*"
        r"(?:advice|recommendation|report)|report|recommendation)\b"
        r"|\bI\s+will\s+never\s+(?:support|vote\s+for|approve|back|allow|agree\s+to)\b"
        r"|\bover\s+my\s+dead\s+body\b"
        r"|\b(?:I'm|I’m|I\s+am)\s+(?:not|never)\s+going\s+to\s+(?:support|vote\s+for|approve|allow)\s+(?:it|this)\b"
        r"|\bno\s+way\s+(?:I(?:'ll|’ll|\s+will|\s+am\s+going\s+to)|am\s+I)\s+(?:vote|voting|support|approve|let)\b"
        r"|\b(?:I|we)\s+will\s+(?:make\s+sure|ensure)\s+(?:it|this|the\s+application|the\s+licence)\s+"
        r"(?:is|gets)\s+(?:refused|rejected|thrown\s+out|approved|granted|revoked)\b"
        r"|\bI\s+promise\s+(?:you\s+)?(?:I\s+will|I'll|I’ll|to)\s+(?:vote|refuse|reject|block|stop|kill|approve)\b"
        r"|\bI(?:'ll|’ll|\s+will|\s+am\s+going\s+to)\s+(?:block|stop|kill|throw\s+out|see\s+off)\s+(?:it|this|that|"
        r"the\s+(?:[\w'’-]+\s+){0,3}?(?:application|scheme|plans?|licen[cs]e|development|proposal))\b"
        r"|\bmy\s+vote\s+(?:against|for)\s+(?:it|this)\s+is\s+(?:guaranteed|certain|a\s+certainty)\b"
        r"|\b(?:come\s+what\s+may|not\s+open\s+to\s+persuasion|(?:can't|cannot|won't|will\s+not)\s+be\s+persuaded)\b"
        r"|\bI\s+(?:will|shall|'ll|’ll)\s+(?:be\s+)?vot(?:e|ing)\s+(?:against|to\s+refuse|to\s+reject|for|to\s+approve|to\s+grant)\b"
        r"[^.!?\n]{0,40}\b(?:whatever|no\s+matter|regardless|come\s+what\s+may|end\s+of|full\s+stop|"
        r"period|no\s+question|simple\s+as|definitely|guaranteed)\b"
        r"|\bregardless\s*[.!]",
        FLAGS,
    ),
    "mind",
    "decided",
    "nothing",
    "matter",
    "whatever",
    "regardless",
    "irrespective",
    "never",
    "dead body",
    "going to",
    "no way",
    "make sure",
    "ensure",
    "promise",
    "block",
    "stop",
    "kill",
    "throw",
    "see off",
    "vote",
    "come what may",
    "persuad",
    "forget",
    "care what",
    "my watch",
    "chance",
    "hope",
    "my word",
    "my words",
    "listening",
    "interested",
    "a no",
    "a firm no",
    "a definite no",
)
_WILL_VOTE = Gated(
    re.compile(
        r"\bI\s+(?:will|shall|'ll|’ll)\s+(?:be\s+)?vot(?:e|ing)\s+(?:against|to\s+refuse|to\s+reject|"
        r"for|to\s+approve|to\s+grant)\s+(?:it|this|the\s+application|the\s+licence|the\s+scheme)\b"
        r"|\bI\s+(?:will|shall|'ll|’ll)\s+(?:be\s+)?vot(?:e|ing)\s+(?:no|yes)\b"
        r"|\bI\s+(?:will|shall|'ll|’ll)\s+(?:be\s+)?(?:refus|reject|approv|grant)(?:e|ing)\s+"
        r"(?:it|this|the\s+application|the\s+licence|the\s+scheme)\b",
        FLAGS,
    ),
    "vot",
    "refus",
    "reject",
    "approv",
    "grant",
)
_NEGATED = re.compile(r"\b(?:not|n't|never|haven't|hasn't|yet\s+to)\b[^.!?\n]{0,12}$", FLAGS)
_QUASI_JUDICIAL = re.compile(
    r"\b(?:planning\s+application|licen[cs]e\s+application|application\s+for\s+a\s+licen[cs]e|"
    r"premises\s+licen[cs]e|licensing\s+(?:committee|sub-committee|hearing|panel)|"
    r"planning\s+(?:committee|board|panel)|development\s+(?:control|management)\s+committee|"
    r"the\s+application|this\s+application|planning\s+permission|appeal\s+hearing)\b",
    FLAGS,
)


def _named_matters(post: PreparedPost, ctx: PreparedContext) -> tuple[list[tuple[str, str]], bool]:
    """(ref, title) of the pending matters the post names, and whether it names a matter
    already decided when the post went out."""
    pending, decided = [], False
    for mp in post.matters:
        if not mp.pattern.search(post.text):
            continue
        day = mp.matter.decision_date
        posted = post.post.posted_at
        if day is not None and posted is not None and posted.date() > day:
            decided = True
        else:
            pending.append((mp.matter.ref, mp.matter.title))
    return pending, decided


def detect(post: PreparedPost, ctx: PreparedContext) -> list[Hit]:
    if not _CLOSED_MIND.possible(post.lowered):
        return []
    closed = [
        m
        for m in _CLOSED_MIND.pattern.finditer(post.text)
        if not _NEGATED.search(post.text[max(0, m.start() - 30) : m.start()])
    ]
    definite = [] if closed else list(_WILL_VOTE.finditer(post.text, post.lowered))
    if not closed and not definite:
        return []
    matters, decided = _named_matters(post, ctx)
    quasi_judicial = _QUASI_JUDICIAL.search(post.text) is not None
    if not matters and (decided or not quasi_judicial):
        return []
    where = f" on {matters[0][0]} ({matters[0][1]})" if matters else ""
    hits = []
    for m in closed:
        hits.append(
            Hit(
                Category.PREDETERMINATION,
                Severity.HIGH if matters else Severity.MEDIUM,
                m.start(),
                m.end(),
                "closed_mind",
                f"This says your mind is made up{where} before the committee has heard the "
                "evidence. That is predetermination: you could not take part, and the "
                "decision could be quashed.",
                "Say what concerns you and that you will weigh all the evidence at the "
                "meeting; a view (predisposition) is lawful, a closed mind is not.",
            )
        )
    for m in definite:
        hits.append(
            Hit(
                Category.PREDETERMINATION,
                Severity.MEDIUM,
                m.start(),
                m.end(),
                "announces_vote",
                f"Announcing how you will vote{where} before the hearing suggests a closed mind.",
                "Say what concerns you and that you will listen to the evidence before deciding.",
            )
        )
    return hits
