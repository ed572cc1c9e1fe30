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
# "Vote us out" asks for no one's vote, nor does a member's own vote on the council's
# business ("I will never vote for a budget that cuts ...").
_COUNCIL_BUSINESS = r"(?i:for\s+(?:[\w']+\s+){0,4}?(?:budget|amendment|motion|recommendation)s?\b)"
_VOTE_FOR = Gated(
    re.compile(
        rf"\b(?i:vote)\s+(?![^.!?\n]{{0,60}}\b(?i:award|competition|contest|prize|in\s+bloom|choice|poll\s+of)\b)"
        rf"(?!{_COUNCIL_BUSINESS})"
        rf"(?:(?i:for)\s+(?:(?i:me|us)\b|[A-Z])|(?i:{_PARTIES}|me|us)\b(?!\s+(?i:out)\b)"
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
# A candidate's name and polling day, as a slogan in any case ("VOTE KEMBLE THURSDAY",
# "Vote Ferris, Lib Dem, 7 May"): a reminder to vote names no one ("vote this Thursday").
_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTHS = r"jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*"
_VOTE_NAME_ON_DAY = Gated(
    re.compile(
        r"\b(?i:vote)\s+"
        rf"(?!(?i:this|next|on|in|at|by|early|now|today|tomorrow|before|the|and|or|for|yes|no|leave|remain|{_DAYS})\b)"
        r"[A-Z][A-Za-z'-]+(?:\s+[A-Z][A-Za-z'-]+)?,?\s+"
        rf"(?:(?i:{_PARTIES}),?\s+)?(?i:(?:on\s+)?(?:{_DAYS}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS}))\b)"
    ),
    "vote",
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
    # The administration credited then ("thanks to careful stewardship by the administration"),
    # not a fee or a task ("the administration charge", "the administration of the election"),
    # and a fourth year hoped for ("Four more years of delivery!"), not a contract's term.
    r"|\b(?i:(?:this|the)\s+administration)\b(?!\s+(?i:of|fees?|charges?|costs?|team|offices?)\b)"
    r"|(?<!for )\b(?i:four\s+more\s+years)\b"
    r"(?=\s*[!.#]|\s+(?i:on|in\s+may|of\s+(?:delivery|this|that))\b)"
)
_PARTY_POLITICAL = re.compile(
    rf"\b(?:{_PARTY_NAMES})\b|\b(?i:re-?elect)\b|\b(?i:manifesto)\b|\b(?i:the\s+opposition)\b"
    r"|\b(?i:our\s+(?:administration|group))\b"
)
# Where votes are seen before they are counted, and words that tell how they went.
_WHERE_VOTES_ARE_SEEN = Gated(
    re.compile(
        r"\bpostal\s+(?:vote|ballot)s?\s+(?:opening|opened|verification)s?\b|\bpostal\s+opening\b"
        r"|\b(?:in|at)\s+the\s+(?:booth|count)\b|\bpolling\s+(?:station|booth)\b"
        r"|\bballot\s+(?:box|paper)|\bverification\b|\bnext\s+booth\b|\bbooth\s+next\s+to\b"
        r"|\bpostal\s+papers\b",
        FLAGS,
    ),
    "postal",
    "booth",
    "count",
    "polling",
    "ballot",
    "verification",
)
_COLOURS = r"blue|red|yellow|orange|green|purple|turquoise"
_VOTE_HEAPS = r"piles?|trays?|boxes|bundles?|stacks?|tall(?:y|ies)|ballots|postals"
_AHEAD = r"ahead\b(?!\s+of\s+(?:schedule|time|the|last))"
_VOTER_CHOICE = rf"the\s+other\s+lot|{_PARTY_NAMES}|green|reform"
_HOW_VOTES_WENT = re.compile(
    r"\b(?:looking|looks|look)\s+(?:\w+\s+)?good\s+for\s+(?:us|me|them|labour|the\s+\w+)\b"
    r"|\b(?:breaking|going|went|split(?:ting)?)\b[^.!?\n]{0,25}\b(?:our|their)\s+way\b"
    r"|\b\d{1,2}\s*[-–/]\s*\d{1,2}\b[^.!?\n]{0,15}\b(?:our|their)\s+way\b"
    r"|\b(?:she|he|they|she's|he's|they've|(?-i:[A-Z])\w+)\s+(?:has\s+|had\s+)?voted\s+for\b"
    r"|\bshowed\s+me\s+(?:her|his|their)\s+ballot\b|\bhow\s+(?:she|he|they)\s+(?:had\s+)?voted\b"
    # Whom a voter chose ("went Reform", "going for the other lot", "told me they voted Green")
    rf"|\b(?:went|going|gone|voted|voting)\s+(?:for\s+)?(?:{_VOTER_CHOICE})\b"
    r"|\bgoing\s+the\s+way\b|\bjudging\s+by\s+the\s+ones\s+i\s+saw\b|\bwhich\s+box\s+was\s+which\b"
    # How the piles, trays or tallies looked, and who is ahead by them ("a sea of yellow").
    rf"|\b(?:{_VOTE_HEAPS})\b[^.!?\n]{{0,60}}\b(?:mostly|for\s+us\b(?!\s+to)|ours|{_AHEAD}|thin|healthy"
    rf"|heavily|{_COLOURS}|we're\s+taking)\b"
    rf"|\b(?:lots?|loads|most|plenty)\s+of\s+ours\b[^.!?\n]{{0,30}}\b(?:{_VOTE_HEAPS})\b"
    rf"|\b(?:miles|well|way|streets|comfortably|clearly)\s+{_AHEAD}|\bby\s+a\s+(?:country\s+)?mile\b"
    rf"|\bsea\s+of\s+(?:{_COLOURS})\b|\blooking\s+(?:very\s+|really\s+|so\s+)?(?:{_COLOURS}|healthy|thin)\b"
    rf"|\bmostly\s+(?:{_COLOURS})\b|\b(?:are|is)\s+nowhere\b"
    r"|\b(?:getting|got|being)\s+(?:hammered|thrashed|battered|slaughtered|wiped\s+out)\b"
    rf"|\b\d{{1,2}}\s*(?:to|[-–:/])\s*\d{{1,2}}\s+(?:for|to)\s+(?:us|me|them|{_PARTIES})\b",
    FLAGS,
)
# A result the returning officer has declared is public: how the votes went is news then.
_DECLARED = re.compile(
    r"\b(?:was|were|been|got|now|just|is|officially)\s+(?:declared|elected|re-?elected)\b"
    r"|\bresults?\s+(?:(?:is|are|was|were|now|just|been)\s+)*(?:in|out|declared)\b",
    FLAGS,
)
# Food or drink for voters, tied to their vote.
_FOOD_AND_DRINK = (
    r"pints?|drinks?|beers?|wine|fizz|food|meals?|breakfasts?|lunch|dinner|curr(?:y|ies)|chips|"
    r"cakes?|coffees?|teas?|ice\s+creams?|butt(?:y|ies)|rolls?|sandwich(?:es)?|sarnies?|bacon|"
    r"burgers?|pizzas?|doughnuts?|biscuits?|kebabs?"
)
# Entertainment is treating too (Representation of the People Act 1983, s.114): "two free
# tickets to the home game for anyone who promises me their vote".
_ENTERTAINMENT = r"tickets?"
_TREAT = re.compile(
    rf"\bfree\s+(?:[\w']+\s+){{0,2}}?(?:{_FOOD_AND_DRINK}|{_ENTERTAINMENT})\b"
    # "Bacon rolls on us", "gets a pint at The Wrestlers on me"
    rf"|\b(?:{_FOOD_AND_DRINK}|rounds?)\b(?:'s|\s+is|\s+are)?[^.!?\n]{{0,30}}?"
    r"\bon\s+(?:me|us|the\s+house)\b"
    rf"|\bgets?\s+(?:a|an|some)\s+(?:free\s+)?(?:{_FOOD_AND_DRINK})\b",
    FLAGS,
)
# Whoever votes, promises a vote or shows a polling card ("poll card"), in text-speak too
# ("any1 who shows me their pollin card n promises 2 vote 4 us").
_FOR_VOTES = Gated(
    re.compile(
        r"\bpoll(?:in[g']?)?\s+cards?\b|\b(?:who|anyone|everyone)\s+(?:who\s+)?(?:votes?|voted)\b"
        r"|\b(?:any|every)(?:one|1|body)\s+who(?:'s|\s+has|\s+is)?\s+(?:[\w']+\s+){0,6}?"
        r"(?:votes?|voted|voting|promises?)\b|\bevery\s+(?:\w+\s+)?voter\b"
        r"|\bpromis\w*\s+(?:\w+\s+){0,2}?vote\b|\bshow\s+(?:me|us)\s+(?:your|their)\s+(?:ballot|polling)\b"
        r"|\bif\s+you\s+vote\b|\bvote\s+for\s+(?:us|me)\b|\bi\s+voted['’]?\s+stickers?\b",
        FLAGS,
    ),
    "pol",
    "vot",
    "promis",
    "ballot",
)
_DIGIT_FOR_LETTER = str.maketrans("013", "oie")


def _undisguised(text: str) -> str:
    """Words with digits for letters read as words ("P0stal v0te"), offsets kept."""
    if not any(map(text.__contains__, "013")):  # most posts: nothing to read
        return text
    return re.sub(
        r"\b(?=\w*[^\W\d_])\w*[013]\w*\b", lambda m: m.group().translate(_DIGIT_FOR_LETTER), text
    )


# A ballot paper photographed in the polling station (the Electoral Commission's guidance:
# a photograph of a marked ballot paper may break the secrecy of the ballot).
_BALLOT_PHOTO = re.compile(
    r"\b(?:pic|pics|photo|photos|picture|snap|snapped|selfie)\b[^.!?\n]{0,20}?"
    r"\b(?:my|our|his|her|their|the)\s+(?:marked\s+)?ballot(?:\s+paper)?\b",
    FLAGS,
)


# Where election law bites beyond imprints and dates: ballots cast, seen or counted, in any
# words ("helped Nan fill in her postal vote"); food or drink for voters; a vote asked for
# someone, however written ("vote bola on 7th may", "VOTE ADEBAYO"; not "VOTE THIS THURSDAY").
_BALLOTS = re.compile(
    r"\b(?:postal\s+(?:vote|ballot)s?|ballot\s+papers?|ballots?|polling\s+booths?|booths?"
    r"|the\s+count|verification)\b",
    FLAGS,
)
_VOTE_FOR_SOMEONE = re.compile(
    r"\bvote\s+(?!(?:this|next|on|in|at|by|early|now|today|tomorrow|before|the|and|or|yes|no"
    rf"|leave|remain|wisely|here|day|days|{_DAYS})\b)[a-z]{{3,}}",
    FLAGS,
)


def election_law_bites(text: str) -> bool:
    """Whether the post speaks of ballots, treats voters or asks a vote for someone: where a
    model of words may see a breach of election law that the rules read only in their own
    words. A reminder to vote names no one, and where the polling stations are is what the
    council's account should say then."""
    return any(p.search(text) is not None for p in (_BALLOTS, _TREAT, _VOTE_FOR_SOMEONE))


def declared(text: str) -> bool:
    """The post says the result was declared: how the votes went is news, not a secret."""
    return _DECLARED.search(text) is not None


def _ballot(text: str) -> list[Hit]:
    """Secrecy of the ballot and treating: election law, on any account, at any time."""
    hits = []
    text = _undisguised(text)
    lowered = text.lower()
    if _WHERE_VOTES_ARE_SEEN.search(text, lowered) and not declared(text):
        told = _HOW_VOTES_WENT.search(text) or _BALLOT_PHOTO.search(text)
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
    treat = _TREAT.search(text) if _FOR_VOTES.possible(lowered) else None
    if treat is not None and _FOR_VOTES.search(text, lowered):
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
    vote = _VOTE_FOR.search(text, post.lowered) or _VOTE_NAME_ON_DAY.search(text, post.lowered)
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
            # The council's account is a council resource, so featuring a councillor or
            # candidate on it then is also resources used for political purposes (LGA model
            # code 7.2(b), which the councils' citations for this rule give).
            hits.extend(
                Hit(
                    category,
                    Severity.HIGH,
                    political.start(),
                    political.end(),
                    "election.council_publicity_in_period",
                    "This is council publicity in the pre-election period that features "
                    "councillors, candidates or politics; council publicity must stay "
                    "neutral then, and the council's account must not serve a campaign.",
                    "Keep council posts to services and factual information until polling "
                    "day; leave politicians out.",
                )
                for category in (Category.ELECTION, Category.COUNCIL_RESOURCES)
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
