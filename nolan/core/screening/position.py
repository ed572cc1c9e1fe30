"""Using the office of councillor to give or get an improper advantage.

LGA model code 6.1: "I do not use, or attempt to use, my position improperly to the
advantage or disadvantage of myself or anyone else", and 4.2 (no use of knowledge gained
as a councillor for private advancement). A councillor promising to help a resident with a
pothole or a housing case is doing the job; promising that an application will be granted,
a queue jumped, or steering council business to one's own or a relative's firm is not.
"""

from __future__ import annotations

import re

from nolan.core.screening.hit import Hit
from nolan.core.screening.model import Category, Severity
from nolan.core.screening.prepared import PreparedContext, PreparedPost
from nolan.core.screening.text import FLAGS, Gated

_FAVOUR = Gated(
    re.compile(
        r"\bjump\s+the\s+(?:[\w-]+\s+)?(?:queue|waiting\s+list|list)\b"
        r"|\bfast-?track(?:ed|ing)?\s+(?:your|his|her|their|my)\b"
        r"|\bpull\s+(?:a\s+few\s+|some\s+)?strings\b"
        r"|\b(?:have|had|put\s+in)\s+a\s+(?:quiet\s+)?word\s+(?:with|in)\b[^.!?\n]{0,60}\b(?:approved|granted|through|sorted|priority|moved\s+up|waived|dropped|cancelled)\b"
        r"|\b(?:I(?:'ll|’ll|\s+will|\s+can)|let\s+me)\s+(?:make\s+sure|ensure|guarantee)\s+(?:that\s+)?"
        r"(?:you|your|his|her|their|my)\s+(?:[\w-]+\s+){0,3}?(?:is\s+|gets?\s+|will\s+be\s+|are\s+)?"
        r"(?:(?:approved|granted|accepted|awarded|waived|cancelled|overturned|let\s+off)\b|"
        r"gets?\s+(?:its|their|your|his|her|the)\s+(?:[\w-]+\s+)?(?:licence|license|permission|approval|"
        r"permit|planning|extension)\b)"
        r"|\b(?:priority|preferential)\s+(?:treatment|housing|access|allocation)\s+(?:for|to)\s+"
        r"(?:my|our|friends|family|supporters|members|party|anyone\s+who)\b"
        r"|\b(?:friends|family|supporters|party\s+members|those\s+who\s+vote\w*)\s+(?:will\s+)?get\s+priority\b"
        r"|\bmates'?\s+rates\b"
        r"|\b(?:committee|planning|licen[cs]\w*)\b[^.!?\n]{0,80}?\b(?:sort\s+you\s+out|see\s+you\s+right|"
        r"look\s+after\s+you|sort\s+it\s+for\s+you)\b"
        r"|\b(?:I['’]ll|I\s+will|I\s+can)\s+(?:get|have|make\s+sure)\s+(?:your|his|her|their)\s+(?:[\w-]+\s+){1,3}?first\b(?!\s+thing)"
        r"|\bmake\s+sure\s+(?:that\s+)?(?:the\s+)?(?:planning\s+|licensing\s+)?(?:committee|planners|officers|council)\s+"
        r"(?:approves?|grants?|pass(?:es)?|waives?|accepts?)\s+(?:your|his|her|their)\b"
        r"|\b(?:get|put|move)\s+(?:you|them|him|her)\s+(?:to\s+)?(?:the\s+)?top\s+of\s+the\s+(?:[\w-]+\s+)?"
        r"(?:list|queue|waiting\s+list|register)\b"
        r"|\bmove\s+(?:you|them|him|her)\s+up\s+the\s+(?:[\w-]+\s+)?(?:list|queue|waiting\s+list|register)\b"
        r"|\b(?:get|have)\s+(?:your|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:waived|cancelled|written\s+off|"
        r"dropped|overturned|fast-?tracked)\b"
        r"|\bget\s+(?:you|them|him|her)\s+(?:a\s+)?council\s+(?:house|home|flat|housing|property)\b"
        r"|\b(?:make|get)\s+(?:the\s+)?(?:fine|parking\s+ticket|pcn|penalty)\s+(?:\w+\s+){0,2}(?:disappear|go\s+away|cancelled|waived)\b"
        r"|\b(?:use|using|used)\s+my\s+(?:position|influence|role|office)\s+(?:as\s+(?:a\s+)?(?:councillor|cllr|cabinet\s+member|chair\w*|leader)\s+)?to\b"
        r"|\b(?:as\s+(?:your|a|the)\s+(?:councillor|cllr|cabinet\s+member|portfolio\s+holder|chair\w*|leader))\b[^.!?\n]{0,80}"
        r"\bmy\s+(?:own\s+|(?:son|daughter|wife|husband|brother|sister|partner|mate|friend)['’]s\s+)?"
        r"(?:[\w-]+\s+)?(?:company|firm|business|shop|restaurant|builders?|agency|practice|pub|cafe|café)\b"
        r"|\bmy\s+(?:own\s+|(?:son|daughter|wife|husband|brother|sister|partner|mate|friend)['’]s\s+)?"
        r"(?:[\w-]+\s+)?(?:company|firm|business)\b[^.!?\n]{0,120}\b(?:council(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?"
        r"(?:contracts?|work|tender)|tender|contract)\b",
        FLAGS,
    ),
    "jump",
    "fast",
    "top of",
    "strings",
    "word",
    "make sure",
    "ensure",
    "guarantee",
    "priority",
    "preferential",
    "mates",
    "sort you out",
    "see you right",
    "look after you",
    "sort it for you",
    "first",
    "move",
    "waived",
    "cancelled",
    "written off",
    "dropped",
    "overturned",
    "council",
    "fine",
    "ticket",
    "pcn",
    "penalty",
    "position",
    "influence",
    "role",
    "office",
    "firm",
    "company",
    "business",
    "shop",
    "restaurant",
    "builder",
    "agency",
    "practice",
    "pub",
    "cafe",
    "café",
)


def detect(post: PreparedPost, ctx: PreparedContext) -> list[Hit]:
    return [
        Hit(
            Category.USE_OF_POSITION,
            Severity.HIGH,
            m.start(),
            m.end(),
            "improper_advantage",
            "This offers or seeks an advantage through your position as a councillor (a "
            "favour, a guaranteed outcome, or council business for a firm you are linked "
            "to), which the code forbids.",
            "Offer to help through the normal process, on the same terms as anyone else, "
            "and declare any interest rather than promote it.",
        )
        for m in _FAVOUR.finditer(post.text, post.lowered)
    ]
