"""Attacks on officers, who cannot answer back, and pressure on their impartiality.

WH protocol 7.3(d): members "should avoid the use of inappropriate language and
attributing blame to individual officers who are not in a position to respond", "even
where members disagree with a specific officer recommendation". LGA model code 1.2
(respect for employees) and 3.1 (do not compromise officers' impartiality: "you must not
try and force them to act differently, change their advice, or alter the content of that
report"); Bexley Golden Rules: no attacks on Council staff. Disagreeing with an officer's
recommendation or report is allowed and is not flagged; blaming or insulting an
identifiable officer is.
"""

from __future__ import annotations

import re

from nolan.core.screening.hit import Hit
from nolan.core.screening.model import Category, Severity
from nolan.core.screening.prepared import PreparedContext, PreparedPost
from nolan.core.screening.text import FLAGS, Gated, Sentence, sentence_at, words

_ROLE = Gated(
    re.compile(
        r"\b(?:the|our|your|their|council's|this|that)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:officer|chief\s+executive|director(?:\s+of\s+\w+(?:\s+and\s+\w+)?)?|"
        r"head\s+of\s+\w+(?:\s+and\s+\w+)?|manager|clerk|town\s+clerk|planner)\b",
        FLAGS,
    ),
    "officer",
    "chief executive",
    "director",
    "head of",
    "manager",
    "clerk",
    "planner",
)
_EXONERATE = re.compile(
    r"\b(?:don't|do\s+not|never|not)\s+(?:to\s+)?blame\b|\bnot\s+(?:his|her|their|the\s+\w+'s)\s+fault\b"
    r"|\bnot\s+to\s+blame\b|\bno\s+fault\s+of\b",
    FLAGS,
)

_BLAME = (
    r"(?:(?:entirely|all|squarely|solely|totally)\s+)?(?:down\s+to|the\s+fault\s+of)",
    r"(?:his|her|their)\s+fault",
    r"['’]s\s+fault",
    r"(?:all|squarely|entirely|firmly)\s+on",
    r"(?:is|are)\s+a\s+(?:joke|laughing\s+stock|disgrace|shambles|farce)",
    r"punchline",
    r"hang\s+(?:his|her|their)\s+heads?",
    r"to\s+blame",
    r"\bblame\b",
    r"\bblamed\b",
    r"(?:be|was|were|been|get|gets|got)\s+(?:sacked|fired|disciplined|dismissed|removed)",
    r"for\s+(?:this|the|that)\s+(?:mess|fiasco|shambles|disaster|debacle|failure|cock-up|disgrace)",
    r"responsible\s+for\s+(?:this|the)\s+(?:mess|fiasco|shambles|failure|disaster|debacle|chaos|closure|cuts?)",
    r"incompetent",
    r"incompetence",
    r"useless",
    r"hopeless",
    r"clueless",
    r"lazy",
    r"inept",
    r"ineptitude",
    r"should\s+be\s+(?:sacked|fired|dismissed|disciplined|removed|ashamed)",
    r"(?:needs?|ought)\s+to\s+(?:go|be\s+sacked|resign|be\s+removed)",
    r"must\s+go",
    r"messed\s+up",
    r"screwed\s+up",
    r"cocked\s+up",
    r"botched",
    r"bungled",
    r"made\s+a\s+(?:\w+\s+)?(?:mess|hash|pig's\s+ear|muck-up|dog's\s+dinner)",
    r"got\s+(?:it|this)\s+(?:badly\s+|completely\s+)?wrong",
    r"covered\s+up",
    r"misled",
    r"couldn't\s+care\s+less",
    r"doesn't\s+care",
    r"arrogant",
    r"idiot",
    r"liar",
    r"coward",
    r"moron",
    r"clown",
    r"idiotic",
    r"stupid",
    r"pathetic",
    r"jobsworth",
    r"disgrace",
)
_DECIDED = re.compile(
    r"\b(?:decided|decision|chose|refused|signed\s+(?:it\s+|this\s+|that\s+)?off|approved|closed|cut|"
    r"sold|scrapped|axed|cancelled|shut)\b",
    FLAGS,
)
_NEGATIVE = re.compile(
    r"\b(?:mess|fiasco|shambles|disaster|scandal\w*|disgrace\w*|appalling|terrible|awful|outrage\w*|"
    r"ridiculous|wrong|failed|failure|betrayal|shocking|absurd|unacceptable|insult\w*|shameful|"
    r"from\s+under)\b",
    FLAGS,
)
_BLAME_RE = re.compile(rf"\b{words(_BLAME)}", FLAGS)
_STAFF_INSULT = Gated(
    re.compile(
        r"\b(?:useless|incompetent|lazy|clueless|inept|overpaid|idle|hopeless|pathetic|idiot)\b"
        r"[^.!?\n]{0,25}\b(?:council\s+)?(?:officers|staff|officials|planners|bureaucrats|pen-pushers)\b"
        r"|\b(?:officers|staff|officials|planners|bureaucrats)\b[^.!?\n]{0,30}?\b(?:are|were)\s+"
        r"(?:all\s+|just\s+|so\s+|completely\s+|utterly\s+|totally\s+)?"
        r"(?:useless|incompetent|lazy|clueless|inept|idle|hopeless|pathetic|idiots|a\s+joke)\b",
        FLAGS,
    ),
    "officer",
    "staff",
    "official",
    "planner",
    "bureaucrat",
    "pen-pusher",
)
_PRESSURE = Gated(
    re.compile(
        r"\b(?:I|we)(?:'ve|’ve|\s+have)?\s+(?:told|instructed|ordered|made|pressed|leaned\s+on)\s+"
        r"(?:the\s+)?(?:officers?|planners?|staff|council\s+officers?)\s+(?:to\s+)?"
        r"(?:change|rewrite|withdraw|amend|alter|drop|reverse|recommend)"
        r"|\bofficers?\s+will\s+(?:recommend|do|write|find)\s+what\s+(?:I|we)\s+(?:tell|say|want)"
        r"|\b(?:I|we)(?:'ll|’ll|\s+will)\s+make\s+sure\s+(?:the\s+)?(?:officers?|planners?)\s+"
        r"(?:recommend|change|drop|find|refuse|approve)",
        FLAGS,
    ),
    "officer",
    "planner",
    "staff",
)


def _explain(named: bool) -> tuple[str, str]:
    who = "a named officer" if named else "an identifiable officer"
    return (
        f"This blames or attacks {who}. Officers cannot answer back in public, and "
        "members should not attribute blame to individual officers even when they "
        "disagree with a recommendation.",
        "Criticise the decision or the policy, and address who took it politically (the "
        "cabinet member or committee); raise any concern about an officer privately with "
        "the chief executive or the Monitoring Officer.",
    )


_PRONOUN_START = re.compile(r"\s*(?:he|she|they|his|her|their)\b", FLAGS)


def _with_follow_on(post: PreparedPost, sentence: Sentence) -> str:
    """The sentence, plus the next one when it goes on about the same person ("He ...")."""
    following = [s for s in post.sentences if s.start >= sentence.end]
    if following and _PRONOUN_START.match(following[0].text):
        return sentence.text + " " + following[0].text
    return sentence.text


def detect(post: PreparedPost, ctx: PreparedContext) -> list[Hit]:
    hits: list[Hit] = []
    text = post.text
    mentions: list[tuple[int, int, bool]] = []
    mentions.extend((start, end, True) for start, end in post.officer_spans)
    mentions.extend((m.start(), m.end(), False) for m in _ROLE.finditer(text, post.lowered))
    seen_sentences: set[int] = set()
    for start, end, named in sorted(mentions, key=lambda m: (not m[2], m[0])):
        sentence = sentence_at(post.sentences, start)
        if sentence.start in seen_sentences:
            continue
        scope = _with_follow_on(post, sentence)
        if _EXONERATE.search(scope):
            continue
        blamed = _BLAME_RE.search(scope) is not None
        decided = (
            named
            and _DECIDED.search(sentence.text) is not None
            and (_NEGATIVE.search(text) is not None or _BLAME_RE.search(text) is not None)
        )
        if not (blamed or decided):
            continue
        seen_sentences.add(sentence.start)
        explanation, suggestion = _explain(named)
        hits.append(
            Hit(
                Category.OFFICER_IMPARTIALITY,
                Severity.HIGH if named else Severity.MEDIUM,
                start,
                end,
                "blames_officer" if blamed else "attributes_decision_to_officer",
                explanation,
                suggestion,
            )
        )
    for m in _STAFF_INSULT.finditer(text, post.lowered):
        if sentence_at(post.sentences, m.start()).start in seen_sentences:
            continue
        hits.append(
            Hit(
                Category.OFFICER_IMPARTIALITY,
                Severity.MEDIUM,
                m.start(),
                m.end(),
                "insults_staff",
                "This insults council staff, who cannot answer back in public.",
                "Criticise the service or the decision, not the people who work for the council.",
            )
        )
    for m in _PRESSURE.finditer(text, post.lowered):
        hits.append(
            Hit(
                Category.OFFICER_IMPARTIALITY,
                Severity.HIGH,
                m.start(),
                m.end(),
                "pressures_officer",
                "This suggests pressing officers to change their advice or recommendation, "
                "which compromises their impartiality.",
                "You may question officers about their advice, but not direct it; put your "
                "view to the committee instead.",
            )
        )
    return hits
