"""Whether a post is made, or appears to be made, as a councillor.

LGA model code, "Application of the Code of Conduct": it applies when a member acts,
claims to act or gives the impression of acting as a councillor, or refers publicly to
the role or uses knowledge only a councillor could have. Bexley's version adds that the
code is engaged where a reasonable member of the public would think so. Chelmsford's
protocol (seed 003) lists the signals: a link to council business, "Cllr" in the name or
promoting the fact of being a councillor, and says that "simply labelling or including a
disclaimer as to private capacity when there is a link to local authority business will
not ultimately determine this question". The engine reports the signals it found as
stable reason codes.

Capacity weighs the content, not only the account (issue 9). From a personal account:
`official` when the post presents its author as a councillor, reports council business
they took part in, names a council matter or does what only a councillor can (the
findings in ``ROLE_CATEGORIES``); `unclear` when it comments on the council's work in
words anyone could write; `private` when it has no link to council business. The learned
model then weighs the whole post (``weighed``): what a reader takes as public comment or
as private life is said in more ways than these words list.
"""

from __future__ import annotations

import re

from nolan.core.screening.model import Account, Capacity, CapacityValue, Category
from nolan.core.screening.prepared import PreparedContext, PreparedPost
from nolan.core.screening.reading import Reading
from nolan.core.screening.targets import Aim
from nolan.core.screening.text import FLAGS, Gated

_SELF_AS_COUNCILLOR = re.compile(
    r"\bas\s+(?:(?:your|a|the|an|ward)\s+)?(?:local\s+|ward\s+|borough\s+|city\s+|county\s+|(?-i:[A-Z])\w+\s+)?"
    r"(?:councillor|cllr|ward\s+member|cabinet\s+member|portfolio\s+holder|member\s+for|"
    r"leader\s+of\s+the\s+council|mayor|chair\w*\s+of)\b"
    r"|\bmy\s+(?:ward|division|residents|constituents|casework|surgery|surgeries|"
    r"fellow\s+councillors|council\s+colleagues|councillor\s+\w+|portfolio|role\s+as)\b"
    r"|\b(?:I|we)\s+(?:am|'m|’m|are|'re)\s+(?:the\s+|your\s+|a\s+)?(?:local\s+|ward\s+)?"
    r"(?:councillor|cllr|ward\s+member)s?\b"
    r"|\b(?:Cllr|Councillor)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+(?:here|writes)\b"
    r"|\brepresent(?:ing|s)?\s+(?:[\w'-]+\s+){0,3}?(?:ward|division|residents)\b"
    r"|\bfellow\s+ward\s+councillors?\b|\bmy\s+ward\s+colleagues?\b"
    # "Proud to be a councillor here", "my colleague Cllr Hussain", a post signed "frm ur
    # local cllrs", "Your Welsh-speaking councillor here with the monthly update".
    r"|\bproud\s+to\s+be\s+(?:a|your)\s+(?:local\s+|ward\s+)?(?:councillor|cllr)\b"
    r"|\bmy\s+colleague\s+(?:Cllr|Councillor)\b"
    r"|\b(?:from|frm)\s+(?:your|ur)\s+(?:local\s+|ward\s+)?(?:councillors|cllrs)\b"
    r"|\b(?:your|ur)\s+(?:[\w-]+\s+){0,2}?(?:councillor|cllr)\s+here\b"
    # The member's side of the council speaking of what it did ("what our administration
    # has done on potholes"), or the seat itself ("the best thing about being on the
    # council"). Not "our budget", which is as often a household's.
    r"|\bour\s+(?:administration|council\s+group)\b|\bbeing\s+on\s+the\s+council\b"
    r"|\b(?:I|we)(?:'m|’m|\s+am|'re|’re|\s+are)\s+on\s+the\s+council\b",
    FLAGS,
)
# A candidate who stands as the sitting councillor: "re-elect", "your local councillor",
# "I've been your councillor", a post signed "Cllr Ebbs" (read only in a post that
# campaigns: elsewhere "your councillor" is as often someone else).
_STANDS_AS_COUNCILLOR = re.compile(
    r"\bre-?elect\b|\byour\s+(?:[\w-]+\s+){0,2}?(?:councillor|cllr)s?\b"
    r"|\b(?:I|we)(?:'ve|’ve|\s+have)\s+been\s+your\b"
    r"|(?:^|[.!?\n]\s*)(?:Cllr|Councillor)\s+[\w'-]+(?:,\s*[\w' -]+)?\s*x*\s*$",
    FLAGS,
)
_COUNCIL_BODIES = (
    r"\b(?:council|committee|cabinet|officers?|scrutiny|motion|meeting|highways|planning|"
    r"portfolio\s+holder|chamber|the\s+leader|the\s+chief\s+executive|agenda|item|budget)\b"
)
_COUNCIL_BUSINESS = Gated(
    re.compile(
        r"\b(?:I|we)(?:'ve|’ve|'ll|’ll|'m|’m|\s+have|\s+will|\s+am|\s+are|\s+will\s+be)?\s+(?:\w+\s+){0,2}?"
        r"(?:rais|ask|vot|propos|second|tabl|press|chas|report|spok|speak|challeng|secur|call|met|"
        r"mov|won|put|brought|submitt|sat|attend|chair|oppos|support|question|lobb|fought|fight)"
        r"\w*\b[^.!?\n]{0,80}" + _COUNCIL_BODIES +
        # The diary style, with the "I" left out: "Chased highways again about the potholes".
        r"|(?:^|(?<=[.!?]\s)|(?<=\n))(?:rais|ask|press|chas|tabl|submitt|challeng|attend|"
        r"question|lobb)(?:ed|ing)\b[^.!?\n]{0,80}"
        + _COUNCIL_BODIES
        + r"|\b(?:at|in|to|from|after|before|attending|chairing)\s+"
        r"(?:tonight['’]s\s+|last\s+night['’]s\s+)?"
        r"(?:full\s+council|cabinet|(?:the\s+)?(?:planning|licensing|scrutiny|"
        r"overview\s+and\s+scrutiny|audit|standards|development\s+management)\s+(?:committee|panel|"
        r"sub-committee|board)|council\s+(?:meeting|tonight|last\s+night)|last\s+night's\s+council)\b"
        r"|\bcouncillor\s+casework\b|\bward\s+(?:surgery|walkabout|budget|fund)\b",
        FLAGS,
    ),
    "council",
    "committee",
    "cabinet",
    "officer",
    "scrutiny",
    "motion",
    "meeting",
    "highways",
    "planning",
    "portfolio",
    "chamber",
    "leader",
    "chief executive",
    "agenda",
    "item",
    "panel",
    "board",
    "casework",
    "ward",
    "budget",
)
# Words that tie a post to the council's business (Chelmsford: "a link to local authority
# business"), with the services a councillor most often speaks for (housing, buses,
# libraries, depots, the budget, grants, a vote); party names alone do not (national
# politics is not council business).
_COUNCIL_WORDS = frozenset(
    """council councils councillor councillors cllr cllrs cabinet committee committees ward
    wards officer officers planning licensing application applications consultation
    residents constituents casework surgery motion scrutiny agenda portfolio mayor
    parish councils' council's ward's planners highways bins potholes enforcement
    allocations procurement chamber civic members' mayor's councillor's licence
    premises litter fly-tipping fly-tippers pothole streetlights footpath roundabout
    canvassing leaflets leafleting manifesto ballot polling hustings canvass
    election elections administration
    housing bus vote libraries depot budget budgets mtg grant grants""".split()
)

# Westminster, not the council: "the Prime Minister", "the Leader of the Opposition".
_NATIONAL = frozenset(
    "prime minister pm chancellor secretary opposition mp mps government parliament".split()
)

_DISCLAIMER = Gated(
    re.compile(
        r"\b(?:views?|opinions?)\s+(?:are\s+|expressed\s+(?:here\s+)?(?:are\s+)?)?(?:my|entirely\s+my|all\s+my)\s+own\b"
        r"|\bspeaking\s+(?:entirely\s+|purely\s+)?(?:personally|in\s+a\s+personal\s+capacity|as\s+a\s+private\s+\w+)\b"
        r"|\bin\s+(?:a|my)\s+(?:personal|private)\s+capacity\b|\bpersonal\s+(?:opinion|view)s?\s+only\b"
        r"|\bnot\s+(?:as\s+a\s+councillor|in\s+my\s+(?:official|council)\s+(?:role|capacity))\b"
        r"|\bno\s+council\s+(?:stuff|business)\b|\bpersonal\s+page\b",
        FLAGS,
    ),
    "own",
    "personal",
    "private",
    "capacity",
    "speaking",
    "not as",
    "not in my",
    "no council",
)


# Findings that tie a post to the role: using the position, council resources or council
# information, deciding a matter, handling officers, and publishing residents' details (which
# reach a councillor through casework). Not election: anyone may stand, and a candidate asking
# for votes does not by that act as a councillor (``campaigning``).
ROLE_CATEGORIES = frozenset(
    {
        Category.USE_OF_POSITION,
        Category.COUNCIL_RESOURCES,
        Category.CONFIDENTIALITY,
        Category.PREDETERMINATION,
        Category.OFFICER_IMPARTIALITY,
        Category.PERSONAL_DATA,
    }
)


def assess(
    post: PreparedPost, ctx: PreparedContext, reading: Reading, found: frozenset[Category]
) -> Capacity:
    text = post.text
    reasons: list[str] = []
    if post.post.account is Account.OFFICIAL:
        reasons.append("official_account")
    elif post.post.account is Account.COUNCIL:
        reasons.append("council_account")
    elif post.post.account is Account.PERSONAL:
        reasons.append("personal_account")
    else:
        reasons.append("account_unknown")
    if _SELF_AS_COUNCILLOR.search(text) or (
        Category.ELECTION in found and _STANDS_AS_COUNCILLOR.search(text)
    ):
        reasons.append("presents_as_councillor")
    if _COUNCIL_BUSINESS.search(text, post.lowered):
        reasons.append("council_business")
    knowledge = any(e.keywords and e.keywords.search(text) for e in post.exempt) or any(
        m.pattern.search(text) for m in post.matters
    )
    if knowledge:
        reasons.append("council_matter_named")
    linked = any(
        r in reasons for r in ("presents_as_councillor", "council_business", "council_matter_named")
    )
    disclaimed = (
        [m.span() for m in _DISCLAIMER.pattern.finditer(text)]
        if _DISCLAIMER.possible(post.lowered)
        else []
    )
    disclaimer = bool(disclaimed)
    if found & ROLE_CATEGORIES:
        reasons.append("acts_in_role")
        linked = True
    if post.post.account in (Account.OFFICIAL, Account.COUNCIL) or linked:
        if disclaimer:
            reasons.append("disclaimer_not_decisive")
        return Capacity(CapacityValue.OFFICIAL, tuple(reasons))
    if disclaimer:
        reasons.append("disclaimer")
    if Category.ELECTION in found:
        # Campaigning as a candidate, in words any candidate could use: public comment, and
        # the learned model does not overrule it (``weighed``), as the labelled sets it
        # learned from read such posts both ways (271 official, 107 unclear).
        reasons.append("campaigning")
        return Capacity(CapacityValue.UNCLEAR, tuple(reasons))
    if _council_topic(reading, disclaimed):
        # Comment on the council's work, from an account that is not the councillor's
        # official one and in words anyone could write: a reader may or may not take it as
        # the councillor speaking as one, so the code may apply (LGA: "gives the
        # impression"); a disclaimer does not settle it.
        reasons.append("council_topic")
        if disclaimer:
            reasons.append("disclaimer_not_decisive")
        return Capacity(CapacityValue.UNCLEAR, tuple(reasons))
    if post.post.account is Account.PERSONAL or disclaimer:
        reasons.append("no_council_link")
        return Capacity(CapacityValue.PRIVATE, tuple(reasons))
    return Capacity(CapacityValue.UNCLEAR, tuple(reasons))


# The rules' readings the model never overrules: a post that says outright that its author
# acts as a councillor, and campaigning (``assess``).
_SETTLED = frozenset({"presents_as_councillor", "council_business", "campaigning"})
# How much likelier (log odds) the model's reading must be than the rules' to overrule them:
# leaving out one of 21 files at a time, 77.2% of 2,137 personal-account posts right at 0.5,
# 76.4% at 0, 76.2% at 1 (the rules alone 59.8%).
MARGIN = 0.5
# What the model's reading adds to the reasons, by the capacity it settles on.
_WEIGHED = {
    CapacityValue.OFFICIAL: "reads_as_councillor",
    CapacityValue.UNCLEAR: "public_comment",
    CapacityValue.PRIVATE: "private_life",
}


def weighed(rules: Capacity, scores: dict[CapacityValue, float]) -> Capacity:
    """The capacity of a personal account's post as the learned model reads it, with the
    rules' signals kept as reasons and a reason that the post has no council link dropped
    when the model finds one. The model overrules the rules only when it is clearly surer
    (``MARGIN``), and never on a post that says outright that its author acts as a
    councillor (LGA: "refers publicly to the role") or that campaigns for election."""
    value = max(scores, key=scores.__getitem__)
    if _SETTLED & set(rules.reasons) or (
        value is not rules.value and scores[value] - scores[rules.value] < MARGIN
    ):
        return rules
    reasons = [r for r in rules.reasons if value is CapacityValue.PRIVATE or r != "no_council_link"]
    return Capacity(value, (*reasons, _WEIGHED[value]))


def _council_topic(reading: Reading, disclaimed: list[tuple[int, int]]) -> bool:
    """Words of council business or of campaigning for it (an election imprint), a council
    officer, a named councillor or a pending matter named from the context; a pub or a
    site alone is not council business, nor is a minister, nor the words of a disclaimer
    ("no council stuff")."""
    toks = reading.toks
    # "council tax" is a household bill, not council business.
    said = any(
        t.text in _COUNCIL_WORDS
        and not (i + 1 < len(toks) and toks[i + 1].text == "tax")
        and not any(start <= t.start < end for start, end in disclaimed)
        for i, t in enumerate(toks)
    )
    return (
        said
        or "imprint" in reading.by_class
        or any(
            t.aim is Aim.OFFICER
            or (t.named and t.aim is Aim.MATTER)
            or (
                t.named
                and t.aim is Aim.POLITICIAN
                and not any(
                    toks[i].text in _NATIONAL for i in range(t.first, min(t.last + 4, len(toks)))
                )
            )
            for t in reading.targets
        )
    )
