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
from functools import lru_cache

from nolan.core.screening.hit import Hit
from nolan.core.screening.model import Category, Severity
from nolan.core.screening.prepared import (
    ExemptPattern,
    PreparedContext,
    PreparedPost,
    _title_phrases,
)
from nolan.core.screening.text import FLAGS, sentence_at

_REFUSAL = re.compile(
    r"\b(?:can't|cannot|can\s+not|won't|will\s+not|not\s+able\s+to|unable\s+to|not\s+allowed\s+to|"
    r"mustn't|must\s+not|shouldn't|not\s+at\s+liberty\s+to|not\s+going\s+to)\s+(?:\w+\s+){0,2}"
    r"(?:say|tell|share|discuss|reveal|disclose|comment|go\s+into|report|speculate|"
    r"saying|telling|sharing|discussing|revealing|disclosing|commenting|going\s+into)",
    FLAGS,
)
# Others named just before a refusal make it theirs where a colon then tells it ("Riverside
# news the administration won't tell you: ...", "Cabinet won't tell you this, so I will:
# ..."): what follows is told, not withheld. Not "The leader won't comment and nor will I".
_THEIRS = re.compile(
    r"\b(?:they|he|she|administration|council|cabinet|leader|leadership|officers|government"
    r"|ministers)\s+$",
    FLAGS,
)
_TOLD_AFTER = re.compile(
    r"\s*(?:you|us|anyone)?(?:\s+(?:this|that))?(?:,?\s+so\s+i\s+will)?\s*:", FLAGS
)
# "but ..." goes on to say more, unless it says what the member will do ("but I'll be
# pushing for it to be published"), as ``reading.goes_on`` reads it.
_BUT = re.compile(
    r"[^.!?]*\bbut\b(?!\s+(?:i'll|i’ll|we'll|we’ll|i\s+will|we\s+will)\s+"
    r"(?!(?:tell|say|let|reveal|share|paraphrase|hint)\b))",
    FLAGS,
)
# Pointing to publication ("I've asked for it to be published once the deal is done").
_PUBLICATION = re.compile(r"\b(?:to|will|should)\s+be\s+(?:published|made\s+public)\b", FLAGS)
# What a refusal or a call for publication governs follows it closely, in its clause ("can't
# share the figures", "published once the deal is done"): those words name what is withheld.
_WITHHELD = re.compile(r"(?:[^\w.!?;:]+(?!but\b|and\b)[\w'’]+){0,3}", FLAGS)
# What is said to be kept confidential, named just before it ("so the buyer and terms are
# confidential until the decision notice is published").
_KEPT = re.compile(
    r"(?:\b[\w'’]+\s+){1,4}(?:are|is|remain|stay)\s+(?:commercially\s+)?confidential\b", FLAGS
)
# Not denied or not yet done just before: "not yet officially", "hasn't agreed to publish".
_UNDENIED = r"(?<!not\s)(?<!yet\s)(?<!n't\s)(?<!n’t\s)(?<!never\s)"
# Figures the council has already made public ("40% missed target in the last published
# quarter", "according to the published accounts"): citing them discloses nothing.
_PUBLISHED = re.compile(
    r"\b(?:last|latest|already|officially)\s+published\b|\bpublished\s+(?:[\w'’-]+\s+){0,2}"
    r"(?:figures|data|report|reports|quarter|accounts|minutes|agenda|statistics|performance|"
    r"results|decision|decisions)\b|\b(?:council|cabinet|committee)\s+publishes\b|"
    r"\baccording\s+to\s+(?:the\s+)?(?:published|public|council's\s+own)\b|"
    r"\bpublic\s+(?:agenda|minutes|report|record|figures)\b|"
    r"\b(?:now|been|has|have|had)\s+published\b|(?<!when\sthe\s)(?<!until\sthe\s)(?<!before\sthe\s)\bdecision\s+notice\b"
    # "Decision notice isn't out yet", "to follow", "is due Friday" say it is not.
    r"(?!\s+(?:isn['’]t|is\s+not|hasn['’]t|has\s+not|not|won['’]t|will|yet\s+to|to\s+follow"
    r"|to\s+come|is\s+due|due|is\s+expected|expected|pending|coming))|\bdecision\s+published\b|"
    r"\bpublished\s+(?:today|yesterday|with|in|alongside)\b"
    r"|\b(?:announced|confirmed)\s+(?:it\s+)?publicly\b|\bpublicly\s+(?:announced|confirmed)\b"
    # The council's own public statement ("The council has said publicly that it is
    # reviewing staffing"); not "hasn't said publicly".
    r"|\bcouncil\s+(?:has\s+|have\s+|had\s+)?(?:said|stated)\s+publicly\b"
    r"|\bnow\s+(?:that\s+)?(?:it's|it\s+is)\s+public\b|(?<!not\s)\bnow\s+public\s*(?:[:,.!-]|[^\w\s]+\s*\n)"
    # The council has announced it ("Council press release out today", "now that the council
    # has officially announced it"); not "before it's announced", "not yet officially".
    r"|\bpress\s+release\s+(?:is\s+|went\s+)?(?:today|this\s+morning|yesterday|out|below|"
    r"attached|issued)\b"
    r"|" + _UNDENIED + r"\bofficially\s+(?:announced|confirmed)\b"
    r"|\bcouncil\s+(?:has|have|had)\s+(?:now\s+)?announced\b"
    # Publication agreed ("Now that cabinet has agreed to publish the report in full"); not
    # "hasn't agreed to publish", "refused to publish".
    r"|" + _UNDENIED + r"\b(?:agreed|voted|decided)\s+to\s+publish\b"
    r"|\bpublished\s+in\s+full\b",
    FLAGS,
)
_TITLE_DISCLOSURE = re.compile(
    r"\b(?:preferred\s+bidder|bidder|bids?|offers?|offering|price|valuation|sum|tender|buyer|"
    r"purchaser|settlement|terms|shortlist|chosen|selected|winning|going\s+to|sold|sale\s+to|"
    r"deal|replac\w*|paid\s+off|payment|subsidy|costing|terminat\w*|"
    r"axed|cut(?:ting)?|redundan\w*|jobs|posts\s+(?:will|are)|buy(?:s|ing)?|bought|preferred|"
    r"will\s+go\s+to|(?:is|are)\s+going|won(?!['’]t)|pay(?:s|ing)?|paid|handsomely|operator|reveal|"
    r"heard\s+it|hear\s+it\s+from\s+me|birdie|little\s+bird|papers\s+i've\s+seen|"
    r"stitch[\s-]up)\b|£\s?\d|\b\d+(?:\.\d+)?\s?(?:k|m|mil|million)\b",
    FLAGS,
)

# Saying what one may not say by hinting at it: an initial, a riddle, "let's just say", "you
# didn't hear it from me" (WH protocol 3.2(i) forbids reporting on such matters, however put).
# A hint counts only beside a refusal or a closed meeting, and about an exempt item.
_HINT = re.compile(
    r"\blet['’]?s\s+just\s+say\b|\bi['’]?ll\s+just\s+say\b|\brhymes\s+with\b"
    r"|\bread\s+into\s+(?:that|this)\b|\bdraw\s+your\s+own\s+conclusions?\b"
    r"|\b(?:begin|begins|beginning|start|starts|starting|end|ends|ending)\s+with\s+(?:an?\s+)?"
    r"['‘\"“]?(?-i:[A-Z])\b"
    r"|\bwouldn['’]?t\s+be\s+(?:far|a\s+million\s+miles)\s+(?:off|out|wrong)\b"
    r"|\bwinks?\s+(?:are|is)\s+free\b|\bnudge\s+nudge\b|\bsay\s*no\s*more\b"
    # A clue offered ("here's a hint", "I'll give you a clue").
    r"|\bhere['’]?s\s+a\s+(?:hint|clue)\b|\b(?:give|giving)\s+you\s+a\s+(?:hint|clue)\b"
    r"|\bnot\s+from\s+me\b|\bdidn['’]?t\s+hear\s+(?:it|this|that)\s+from\s+me\b|🤫"
    # Jobs to go, told as advice to the staff ("I'd be updating my CV", "the waste team is
    # going to look a lot smaller"); not "speak to your union rep", which members rightly say.
    r"|\b(?:updating|update|brush\s+up|brushing\s+up|polishing)\s+(?:up\s+)?"
    r"(?:my|your|their|his|her)\s+cvs?\b|\bjob\s+adverts?\b"
    r"|\blook\s+a\s+lot\s+smaller\b|\bshown\s+the\s+door\b"
    r"|\b(?:won['’]?t|not)\s+be\s+around\s+(?:much\s+longer|by|for\s+long)\b"
    # A sum or a name spelt out in clues ("starts with a six", "a four, then a decimal
    # point", "the initials are T.D.", "a developer with 'Thames' in its name").
    r"|\b(?:begin|begins|start|starts)\s+with\s+an?\s+(?:one|two|three|four|five|six|seven"
    r"|eight|nine|\d)\b|\bdecimal\s+point\b|\blots?\s+of\s+(?:noughts|zeros|zeroes|0s)\b|\bmagic\s+number\b"
    r"|\binitials\s+are\b|\bwith\s+['‘\"“]\w+['’\"”]\s+in\s+(?:its|the|their)\s+name\b",
    FLAGS,
)
_TEASE = re.compile(
    r"\bi['’]?d\s+love\s+to\s+(?:tell|say)\b|\bwish\s+i\s+could\s+(?:tell|say)\b"
    r"|\byou['’]?ll\s+(?:all\s+)?find\s+out\s+soon\s+enough\b",
    FLAGS,
)
_CLOSED = re.compile(
    r"\b(?:in\s+private|private\s+session|closed\s+(?:session|bit|part|meeting)|exempt|"
    r"confidential|in\s+the\s+room|behind\s+closed\s+doors|part\s+(?:2|ii|two))\b",
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
        # A name the item keeps secret can also be public in another role ("Parkside
        # Leisure Trust's swim sessions", "Apex Maintenance's repairs line"); it leaks only
        # beside the item's terms, in its own sentence or the next, and not where the
        # member declines to say more ("which I can't comment on") or cites what the council
        # has published.
        if keyword is not None:
            near = _window(post, keyword.start())
            if not _TITLE_DISCLOSURE.search(near) or _declines(near) or made_public(post.text):
                keyword = None
        if keyword is not None:
            hits.append(
                Hit(
                    Category.CONFIDENTIALITY,
                    Severity.HIGH,
                    keyword.start(),
                    keyword.end(),
                    "confidential.exempt_item_keyword",
                    f"{_EXPLANATION} It names what the exempt item '{exempt.item.title}' keeps "
                    "confidential.",
                    _SUGGESTION,
                )
            )
            continue
        if (
            title is not None
            and _disclosed(post.text, title.span(), _reach(post, title, exempt))
            # "... the disposal of the Campus West depot. I can't share the details."
            and not _declines(_window(post, title.start()))
            and not made_public(post.text)  # "The decision notice is now published"
        ):
            hits.append(
                Hit(
                    Category.CONFIDENTIALITY,
                    Severity.HIGH,
                    title.start(),
                    title.end(),
                    "confidential.exempt_item_details",
                    f"{_EXPLANATION} It gives details of the exempt item '{exempt.item.title}'.",
                    _SUGGESTION,
                )
            )
            continue
        hint = _hint(post.text) if title is not None or about_item else None
        if hint is not None and not made_public(post.text):
            hits.append(
                Hit(
                    Category.CONFIDENTIALITY,
                    Severity.MEDIUM,
                    hint.start(),
                    hint.end(),
                    "confidential.hinted",
                    f"{_EXPLANATION} It hints at what the exempt item '{exempt.item.title}' "
                    "keeps confidential while saying it cannot say: a hint discloses too.",
                    _SUGGESTION,
                )
            )
    return hits


def _hint(text: str) -> re.Match[str] | None:
    """A hint at what is withheld, in a post that says something is withheld or teases that
    it cannot tell ("I'd love to tell you", "you'll find out soon enough")."""
    if not any(p.search(text) for p in (_REFUSAL, _CLOSED, _TEASE)):
        return None
    return _HINT.search(text)


# A deal or a bidder that is any at all ("I'll judge any deal against that") tells nothing.
_ANY = re.compile(r"\b(?:any|whatever|whichever)\s+$", FLAGS)


def _disclosed(text: str, title: tuple[int, int], reach: tuple[int, int]) -> bool:
    """Words of disclosure in ``text`` (between the offsets ``reach``) other than those a
    refusal governs, those said of any deal at all and those of the item's own title ("the
    leisure centre operator contract" names the item, no more)."""
    withheld = [title, *(kept.span() for kept in _KEPT.finditer(text))]
    for pattern in (_REFUSAL, _PUBLICATION):
        for refusal in pattern.finditer(text):
            after = _WITHHELD.match(text, refusal.end())
            withheld.append((refusal.start(), after.end() if after else refusal.end()))
    return any(
        not any(start <= d.start() < end for start, end in withheld)
        and not _ANY.search(text, max(0, d.start() - 12), d.start())
        for d in _TITLE_DISCLOSURE.finditer(text, *reach)
    )


def _declines(text: str) -> bool:
    """The member declines to say more, and does not go on "but ..." to say it ("I can't say
    much, but £6.8m is a lot less than that site is worth")."""
    return any(
        not _BUT.match(text, refusal.end())
        and not (
            _THEIRS.search(text, max(0, refusal.start() - 30), refusal.start())
            and _TOLD_AFTER.match(text, refusal.end())
        )
        for refusal in _REFUSAL.finditer(text)
    )


# A paper said to be public now, in any words ("Now that the Cabinet report is public",
# "the papers have been made public", "the decision is in the public domain", "the decision
# on the depot sale is now public", "the sale has now been formally reported in public");
# not what will be ("once the report is public", "until the papers are published") nor what
# is not yet. What the paper is about may come between it and its verb, in a few words that
# are not themselves a verb or a negator.
_NOW_PUBLIC = re.compile(
    r"\b(?:report|reports|papers?|decision|notice|minutes|details|item|figures|terms|"
    r"agenda|accounts|outcome|award|contract|sale|appointment|results?|deal|buyer|operator)"
    r"(?:\s+(?!(?:is|are|was|were|has|have|had|will|would|may|might|could|should|not|"
    r"isn't|aren't|wasn't|weren't|hasn't|haven't|won't)\b)[\w'’&-]+){0,6}?"
    r"\s+(?:is|are|was|were|has\s+(?:now\s+)?been|have\s+(?:now\s+)?been|'s)\s+"
    r"(?:now\s+)?(?:formally\s+|officially\s+)?"
    r"(?:public|published|made\s+public|reported\s+in\s+public|in\s+the\s+public\s+domain)\b",
    FLAGS,
)
_NOT_YET = re.compile(
    r"\b(?:until|till|before|once|when|whenever|if|unless|after|as\s+soon\s+as)\b[^.!?,;:]*$",
    FLAGS,
)


# A word that each way of citing what is published has (a cheap test that settles most
# posts: the patterns above have no fixed first word, so searching them costs a try at
# every character).
_PUBLISHED_CLUES = ("publi", "according", "decision", "press", "officially", "announced")


@lru_cache(maxsize=256)
def made_public(text: str) -> bool:
    """The post cites what the council has published (the learned signal defers to this);
    remembered, as the rules and the learned signal both ask of each post."""
    lowered = text.lower()
    if not any(clue in lowered for clue in _PUBLISHED_CLUES):
        return False
    if _PUBLISHED.search(text) is not None:
        return True
    return any(
        not _NOT_YET.search(text, max(0, m.start() - 60), m.start())
        for m in _NOW_PUBLIC.finditer(text)
    )


def _reach(post: PreparedPost, title: re.Match[str], exempt: ExemptPattern) -> tuple[int, int]:
    """Where words of disclosure tell of the item named by ``title``: anywhere in the post
    when the item is named ("the Campus West depot"); when only the place it is named after
    is ("Campus West"), which is also just a place ("my surgery is Saturday at Campus West",
    "the Campus West car park"), in that sentence or the next, as for a keyword, so that
    "I'm not going to reply" in the sentence before says nothing of the item."""
    if " ".join(title.group().lower().split()) not in _places(exempt.item.title):
        return 0, len(post.text)
    here = sentence_at(post.sentences, title.start())
    after = sentence_at(post.sentences, here.end + 1)
    return here.start, max(here.end, after.end)


@lru_cache(maxsize=256)
def _places(title: str) -> frozenset[str]:
    """The places an item's title is named after: the first two words of a longer name
    ("campus west" of "Campus West depot"), which the title's phrases include."""
    return frozenset(
        " ".join(p.lower().split()[:2]) for p in _title_phrases(title) if len(p.split()) > 2
    )


def _window(post: PreparedPost, pos: int) -> str:
    """The sentence at ``pos`` and the one after it."""
    here = sentence_at(post.sentences, pos)
    after = sentence_at(post.sentences, here.end + 1)
    return f"{here.text} {after.text}"


def detect(post: PreparedPost, ctx: PreparedContext) -> list[Hit]:
    return _context_leaks(post, ctx)
