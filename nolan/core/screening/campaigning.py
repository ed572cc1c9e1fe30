"""Elections and the council's own accounts.

- Digital imprints (Elections Act 2022, GUIDE.md section 1): election material that asks
  for votes must say who promoted it ("Promoted by ... on behalf of ..."), all year round,
  on any account. WH protocol 5.1-5.2 (the election period; comply with electoral law)
  is the council's own paragraph for it.
- The pre-election period: council publicity must not promote candidates or parties, so
  the council's corporate account featuring councillors or parties inside it is flagged;
  WH protocol 3.2(j): members must not "engage the council's social media accounts in
  political conversations", at any time.
- Secrecy of the ballot (Representation of the People Act 1983 s.66): what a member sees
  at a postal vote opening, a count or a polling station of how votes were cast must not
  be passed on. Treating (s.114): food or drink offered to get votes.
Political campaigning on one's own account, outside or inside the period, is otherwise
normal democratic activity and is not flagged. A member saying council resources were used
for a campaign or private ends is the rule table's (rules.yaml, ``resources.party`` and
``resources.private``).
"""

from __future__ import annotations

import re

from nolan.core.screening.hit import Hit
from nolan.core.screening.model import Account, Category, Severity
from nolan.core.screening.prepared import PreparedContext, PreparedPost
from nolan.core.screening.text import FLAGS, Gated

_PARTIES = (
    r"labour|conservatives?|tory|tories|lib\s*dems?|liberal\s+democrats?|greens?|green\s+party|"
    r"reform(?:\s+uk)?|ukip|snp|plaid|independents?"
)
_VOTE_FOR = Gated(
    re.compile(
        rf"\b(?i:vote)\s+(?![^.!?\n]{{0,60}}\b(?i:award|competition|contest|prize|in\s+bloom|choice|poll\s+of)\b)"
        rf"(?:(?i:for)\s+(?:(?i:me|us)\b|[A-Z])|(?i:{_PARTIES}|me|us)\b"
        r"|(?!(?:No|Yes|Leave|Remain|Now|Early|Here)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s*(?:[!.]|$|\s+(?:on|for|in|to)\b)))"
        r"|\b(?i:re-?elect)\b|\b(?i:elect)\s+(?:(?i:me|us)\b|[A-Z])"
        r"|\b(?i:put\s+your\s+cross)\b|#\s?(?i:vote)[A-Z]\w*|\b(?i:I'm|I\s+am)\s+(?i:standing\s+(?:for|in|again))\b"
        rf"|\b(?i:(?:your|our)\s+(?:local\s+)?(?:{_PARTIES})\s+candidates?)\b"
        r"|\b(?i:candidates?\s+for\s+\w+\s+ward)\b"
    ),
    "vote",
    "elect",
    "cross",
    "standing",
    "candidate",
)
_IMPRINT = re.compile(
    r"\b(?:promoted|published|printed)(?:\s+and\s+(?:promoted|published|printed))?\s+by\b", FLAGS
)
# Party names as parties write them: "Green" alone is a bin or a village, "labour" a cost.
_PARTY_NAMES = (
    r"Labour|Conservatives?|Tory|Tories|Lib\s*Dems?|Liberal\s+Democrats?|Green\s+Party|Greens|"
    r"Reform\s+UK|UKIP|SNP|Plaid\s+Cymru|Independents"
)
# Council publicity in the pre-election period must not feature councillors or parties;
# election administration ("how to vote", "polling stations") is what it should say.
_POLITICAL = re.compile(
    rf"\b(?:{_PARTY_NAMES})\b|\b(?:Cllr|Councillor)\.?\s+[A-Z]|\bLeader\s+of\s+the\s+Council\b"
    r"|\bCabinet\s+Member\b|\b(?i:manifesto|campaign\w*)\b|\b(?i:our\s+(?:administration|group))\b"
)
_PARTY_POLITICAL = re.compile(
    rf"\b(?:{_PARTY_NAMES})\b|\b(?i:re-?elect)\b|\b(?i:manifesto)\b|\b(?i:the\s+opposition)\b"
    r"|\b(?i:our\s+(?:administration|group))\b"
)
# Where votes are seen before they are counted, and words that tell how they went.
_WHERE_VOTES_ARE_SEEN = re.compile(
    r"\bpostal\s+(?:vote|ballot)s?\s+(?:opening|verification)s?\b|\bpostal\s+opening\b"
    r"|\b(?:in|at)\s+the\s+(?:booth|count)\b|\bpolling\s+(?:station|booth)\b|\bballot\s+(?:box|paper)",
    FLAGS,
)
_HOW_VOTES_WENT = re.compile(
    r"\b(?:looking|looks|look)\s+(?:\w+\s+)?good\s+for\s+(?:us|me|them|labour|the\s+\w+)\b"
    r"|\b(?:breaking|going|went|split(?:ting)?)\b[^.!?\n]{0,25}\b(?:our|their)\s+way\b"
    r"|\b\d{1,2}\s*[-–/]\s*\d{1,2}\b[^.!?\n]{0,15}\b(?:our|their)\s+way\b"
    r"|\b(?:she|he|they|she's|he's|they've|(?-i:[A-Z])\w+)\s+(?:has\s+|had\s+)?voted\s+for\b"
    r"|\bshowed\s+me\s+(?:her|his|their)\s+ballot\b|\bhow\s+(?:she|he|they)\s+(?:had\s+)?voted\b",
    FLAGS,
)
# Food or drink for voters, tied to their vote.
_TREAT = re.compile(
    r"\bfree\s+(?:pints?|drinks?|beers?|food|meals?|breakfasts?|curr(?:y|ies)|chips|cake|coffee|"
    r"ice\s+creams?)\b|\b(?:pints?|drinks?|beers?|rounds?)\s+(?:on\s+me|on\s+us|on\s+the\s+house)\b",
    FLAGS,
)
_FOR_VOTES = re.compile(
    r"\bpolling\s+cards?\b|\b(?:who|anyone|everyone)\s+(?:who\s+)?(?:votes?|voted)\b"
    r"|\bshow\s+me\s+(?:your|their)\s+(?:ballot|polling)\b|\bif\s+you\s+vote\b|\bvote\s+for\s+(?:us|me)\b",
    FLAGS,
)


def _ballot(text: str) -> list[Hit]:
    """Secrecy of the ballot and treating: election law, on any account, at any time."""
    hits = []
    if _WHERE_VOTES_ARE_SEEN.search(text):
        told = _HOW_VOTES_WENT.search(text)
        if told is not None:
            hits.append(
                Hit(
                    Category.ELECTION,
                    Severity.HIGH,
                    told.start(),
                    told.end(),
                    "election.ballot_secrecy",
                    "This tells how votes were cast, seen at a postal vote opening, a count or "
                    "a polling station; passing that on breaks the secrecy of the ballot "
                    "(Representation of the People Act 1983, section 66).",
                    "Remove it. Say nothing of how votes went until the result is declared.",
                )
            )
    treat = _TREAT.search(text)
    if treat is not None and _FOR_VOTES.search(text):
        hits.append(
            Hit(
                Category.ELECTION,
                Severity.HIGH,
                treat.start(),
                treat.end(),
                "election.treating",
                "This offers food or drink to voters for their votes, which is treating "
                "(Representation of the People Act 1983, section 114).",
                "Remove the offer. Nothing may be given to voters to influence how they vote.",
            )
        )
    return hits


def _in_period(post: PreparedPost, ctx: PreparedContext) -> bool:
    posted = post.post.posted_at
    if posted is None:
        return False
    return any(e.covers(posted.date()) for e in ctx.context.elections)


def detect(post: PreparedPost, ctx: PreparedContext) -> list[Hit]:
    text = post.text
    hits = _ballot(text)
    vote = _VOTE_FOR.pattern.search(text) if _VOTE_FOR.possible(post.lowered) else None
    council_account = post.post.account is Account.COUNCIL
    if vote is not None and not _IMPRINT.search(text) and not council_account:
        hits.append(
            Hit(
                Category.ELECTION,
                Severity.MEDIUM,
                vote.start(),
                vote.end(),
                "election.missing_imprint",
                "This asks for votes, so it is election material: since the Elections Act "
                "2022 digital material like this needs an imprint saying who promoted it, "
                "all year round.",
                "Add an imprint, e.g. 'Promoted by [name] on behalf of [candidate or party], "
                "[address]', or put it on the account's profile if the platform has no room.",
            )
        )
    if council_account:
        political = _POLITICAL.search(text) if _in_period(post, ctx) else None
        if political is not None:
            hits.append(
                Hit(
                    Category.ELECTION,
                    Severity.HIGH,
                    political.start(),
                    political.end(),
                    "election.council_publicity_in_period",
                    "This is council publicity in the pre-election period that features "
                    "councillors, candidates or politics; council publicity must stay "
                    "neutral then.",
                    "Keep council posts to services and factual information until polling "
                    "day; leave politicians out.",
                )
            )
        party = _PARTY_POLITICAL.search(text)
        if party is not None:
            hits.append(
                Hit(
                    Category.COUNCIL_RESOURCES,
                    Severity.HIGH,
                    party.start(),
                    party.end(),
                    "resources.council_account_political",
                    "The council's own account is a council resource run by officers for "
                    "residents; using it for party politics breaks the code and the protocol.",
                    "Post political content from your own councillor or party account.",
                )
            )
    return hits
