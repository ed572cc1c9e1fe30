"""Allegations of crime or dishonesty against an identifiable person or company.

WH protocol 3.2(e), Bexley Social Media Policy 3 (libel) and Chelmsford's protocol
(seed 003, "Libel"): an untrue statement damaging a person's reputation can lead to a
libel claim against the member personally, with no indemnity from the council. The
engine cannot know whether a statement is true, so it flags factual allegations of crime
or corruption aimed at an individual (or a named company) and asks the member to check
they can prove it. Criticism of the council, a party or a decision is not defamation (a
council cannot sue for libel), so collective and institutional targets pass.
"""

from __future__ import annotations

import re

from nolan.core.screening.hit import Hit
from nolan.core.screening.model import Category, Severity
from nolan.core.screening.prepared import PreparedContext, PreparedPost
from nolan.core.screening.text import FLAGS, INDIVIDUALS, Gated, Target, nearest_target, sentence_at

_ALLEGATION = Gated(
    re.compile(
        r"\b(?:is|are|was|were|'s|’s)\s+(?:a\s+)?(?:convicted\s+|known\s+|serial\s+|total\s+)?(?:corrupt|crooked|bent|a\s+crook|crooks|criminals?|"
        r"a\s+fraud|fraudsters?|a\s+thief|thieves|on\s+the\s+take|a\s+racist|racists|a\s+paedo\w*|"
        r"a\s+nonce|a\s+liar|(?:a\s+)?(?:known\s+)?(?:drug\s+dealer|pervert|abuser|sex\s+offender|"
        r"wife[\s-]beater))\b"
        r"|\b(?:taking|took|takes|accepted|accepting)\s+money\s+(?:from\s+[\w-]+\s+)?(?:in\s+exchange|for\s+"
        r"(?:votes|approvals|planning|favours|contracts))\b|\bin\s+exchange\s+for\s+(?:planning|votes|"
        r"approvals|contracts|permission)\b"
        r"|\b(?:took|taking|takes|accepted|pocketed)\s+(?:a\s+)?(?:bribes?|backhanders?|kickbacks?|brown\s+envelopes?)\b"
        r"|\bbrown\s+envelopes?\b|\bbackhanders?\b|\bkickbacks?\b"
        r"|\b(?:fiddled|fiddling|fiddles)\s+(?:his|her|their|the)\s+(?:expenses|books|figures|accounts)\b"
        r"|\bcooked\s+the\s+books\b"
        r"|\blin(?:ing|ed|es)\s+(?:his|her|their)\s+(?:own\s+)?pockets\b"
        r"|\bin\s+the\s+pocket\s+of\b"
        r"|\b(?:bribing|bribed|ripping\s+off|ripped\s+off|swindl\w+|scamming|fleecing)\b"
        r"|\b(?:stole|stolen|stealing|steals|embezzled|embezzling|laundering|defrauded|defrauding)\b"
        r"|\blied\s+(?:to|about|under)\b"
        r"|\brigged\s+(?:the|this|that)\b",
        FLAGS,
    ),
    "dealer",
    "pervert",
    "abuser",
    "offender",
    "beater",
    "exchange",
    "money",
    "corrupt",
    "crook",
    "bent",
    "criminal",
    "fraud",
    "thie",
    "take",
    "racist",
    "paedo",
    "nonce",
    "liar",
    "brib",
    "backhander",
    "kickback",
    "envelope",
    "fiddl",
    "cooked",
    "pocket",
    "stole",
    "steal",
    "embezzl",
    "launder",
    "defraud",
    "ripp",
    "swindl",
    "scamm",
    "fleec",
    "lied",
    "rigged",
)
_COMPANY = re.compile(
    r"\b[A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+)*\s+(?:Ltd|Limited|plc|PLC|Homes|Developments|"
    r"Construction|Contractors|Group|LLP)\b"
)
_HEDGE = re.compile(
    r"\b(?:alleged(?:ly)?|allegations?|if\s+true|was\s+convicted|were\s+convicted|"
    r"pleaded\s+guilty|found\s+guilty|court\s+found)\b",
    FLAGS,
)


def detect(post: PreparedPost, ctx: PreparedContext) -> list[Hit]:
    hits = []
    for m in _ALLEGATION.finditer(post.text, post.lowered):
        sentence = sentence_at(post.sentences, m.start())
        target = nearest_target(sentence, m.start(), m.end(), post.officer_spans, before_only=True)
        company = _COMPANY.search(sentence.text)
        if target not in INDIVIDUALS and company is None:
            continue
        if target is Target.THING and company is None:
            continue
        hedged = _HEDGE.search(sentence.text) is not None
        hits.append(
            Hit(
                Category.DEFAMATION,
                Severity.LOW if hedged else Severity.MEDIUM,
                m.start(),
                m.end(),
                "allegation_against_person",
                "This alleges crime, corruption or dishonesty by an identifiable person or "
                "company. If it cannot be proved it is libel, and the member is personally "
                "liable.",
                "Only publish what you can prove; otherwise describe the decision or the "
                "facts and ask the question through the proper channel.",
            )
        )
    return hits
