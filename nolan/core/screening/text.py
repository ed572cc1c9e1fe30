"""Small text helpers shared by the screening rules: sentences, targets and word lists.

The law draws its line by target, not by vocabulary (GUIDE.md section 1, Calver v
Adjudication Panel for Wales 2012; LGA model code para 1 guidance: "express, challenge,
criticise and disagree with views, ideas, opinions and policies in a robust but civil
manner" but not "personal attack"). So most rules ask *who or what* a hostile word is
aimed at. These helpers find sentences and the people, politicians' collectives and
policies a sentence talks about. Every pattern is compiled once, at import.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

FLAGS = re.IGNORECASE


def words(items: Iterable[str]) -> str:
    """An alternation of phrases (longest first), each matched on word boundaries."""
    ordered = sorted(set(items), key=len, reverse=True)
    return r"(?:" + "|".join(ordered) + r")"


class Gated:
    """A pattern that runs only when the post contains one of its needles.

    Every match of the pattern contains at least one needle (a lowercase substring).
    Checking ``in`` on the lowercased post is far cheaper than running a long
    case-insensitive alternation, and most posts contain none of a rule's needles.
    """

    def __init__(self, pattern: re.Pattern[str], *needles: str) -> None:
        self.pattern = pattern
        self.needles = tuple(n.lower() for n in needles)

    def possible(self, lowered: str) -> bool:
        return any(n in lowered for n in self.needles)

    def finditer(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.possible(lowered) else iter(())


_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.MULTILINE)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(text: str) -> tuple[Sentence, ...]:
    """The sentences of ``text`` with their offsets (newlines end a sentence too)."""
    return tuple(
        Sentence(m.start(), m.end(), m.group())
        for m in _SENTENCE.finditer(text)
        if m.group().strip()
    )


def sentence_at(sents: tuple[Sentence, ...], pos: int) -> Sentence:
    for s in sents:
        if s.start <= pos < s.end:
            return s
    return Sentence(0, 0, "")


_REPORTING = re.compile(
    r"\b(?:called|calling|call)\s+(?:me|us|him|her|them)\b|\bbeen\s+called\b|\btold\s+(?:[\w'’]+\s+){0,3}?to\b"
    r"|\bbe(?:ing)?\s+told\b|\bsaid\s+(?:I|we|she|he)\s+(?:was|were|am|are|is)\b|\babuse\b"
    r"|\breport(?:ing|ed)?\s+(?:the|a|an|this|it|him|her|them)\b",
    re.IGNORECASE,
)


def reported(text: str, sentence: Sentence, start: int) -> bool:
    """Whether the words at ``start`` are someone else's, reported or complained of
    ("someone called me an idiot", "nobody should be told 'go back ...'"): a member
    reporting abuse received is not committing it (WH protocol 6.2: report it)."""
    return _REPORTING.search(text, sentence.start, start) is not None


class Target(StrEnum):
    """Who or what a phrase is aimed at."""

    PERSON = "person"
    OFFICER = "officer"
    MEMBER_OF_PUBLIC = "member_of_public"
    POLITICIAN = "politician"
    COLLECTIVE = "collective"
    THING = "thing"


TITLE = r"(?:Cllr\.?|Councillor|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Sir|Dame|Lord|Lady)"
NAME = r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
_NAMED_POLITICIAN = re.compile(rf"\b(?:Cllr\.?|Councillor)\s+{NAME}")
_NAMED_PERSON = re.compile(rf"\b(?:Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Sir|Dame|Lord|Lady)\s+{NAME}")

POLITICIAN_NOUNS = (
    "councillor",
    "cllr",
    "leader",
    "mayor",
    "chairman",
    "chairwoman",
    "chair",
    "cabinet member",
    "portfolio holder",
    "mp",
    "candidate",
    "minister",
    "member",
)
PUBLIC_NOUNS = (
    "resident",
    "neighbour",
    "landlord",
    "tenant",
    "constituent",
    "campaigner",
    "objector",
    "applicant",
    "lady",
    "woman",
    "man",
    "bloke",
    "chap",
    "guy",
    "girl",
    "boy",
    "person",
    "individual",
    "cow",
    "creature",
    "specimen",
)
OFFICER_NOUNS = (
    "officer",
    "chief executive",
    "monitoring officer",
    "planning officer",
    "case officer",
    "director",
    "head of service",
    "clerk",
    "manager",
)
COLLECTIVE_NOUNS = (
    "cabinet",
    "administration",
    "council",
    "councillors",
    "tories",
    "tory party",
    "labour",
    "labour party",
    "lib dems",
    "liberal democrats",
    "conservatives",
    "greens",
    "reform",
    "party",
    "government",
    "ministers",
    "opposition",
    "this lot",
    "that lot",
    "the lot of them",
    "they",
    "them",
    "group",
    "committee",
)
THING_NOUNS = (
    "policy",
    "policies",
    "plan",
    "plans",
    "scheme",
    "decision",
    "decisions",
    "budget",
    "proposal",
    "proposals",
    "idea",
    "report",
    "consultation",
    "strategy",
    "motion",
    "system",
    "process",
)

_TARGETS = re.compile(
    rf"(?P<named_politician>{_NAMED_POLITICIAN.pattern})"
    rf"|(?P<named_person>{_NAMED_PERSON.pattern})"
    rf"|\b(?P<you>you|your|you're|ya)\b|(?P<handle>@\w+)"
    rf"|\b(?P<pronoun>he|she|him|her|his|he's|she's)\b"
    rf"|\b(?P<officer>{words(OFFICER_NOUNS)})s?\b"
    rf"|\b(?P<politician>{words(POLITICIAN_NOUNS)})\b"
    rf"|\b(?P<public>{words(PUBLIC_NOUNS)}|people|men|women)s?\b"
    rf"|\b(?P<collective>{words(COLLECTIVE_NOUNS)})\b"
    rf"|\b(?P<thing>{words(THING_NOUNS)})\b",
    FLAGS,
)
_GROUP_TARGET = {
    "named_politician": Target.POLITICIAN,
    "named_person": Target.MEMBER_OF_PUBLIC,
    "you": Target.PERSON,
    "handle": Target.PERSON,
    "pronoun": Target.PERSON,
    "officer": Target.OFFICER,
    "politician": Target.POLITICIAN,
    "public": Target.MEMBER_OF_PUBLIC,
    "collective": Target.COLLECTIVE,
    "thing": Target.THING,
}
INDIVIDUALS = frozenset({Target.PERSON, Target.OFFICER, Target.MEMBER_OF_PUBLIC, Target.POLITICIAN})


def nearest_target(
    sentence: Sentence,
    start: int,
    end: int,
    officer_spans: tuple[tuple[int, int], ...] = (),
    before_only: bool = False,
) -> Target | None:
    """The target mentioned nearest to the span ``start:end`` inside ``sentence``.

    Named officers from the council's context (``officer_spans``, post offsets) count as
    officers. Ties go to the mention
    before the span, which in English is usually the subject; ``before_only`` looks only
    at the subject side (who is accused, not whom they wronged).
    """
    best: tuple[int, Target] | None = None
    # Officers first: a named officer ("Mr Lindqvist") is an officer, not a member of the public.
    mentions: list[tuple[int, int, Target]] = [
        (s - sentence.start, e - sentence.start, Target.OFFICER)
        for s, e in officer_spans
        if sentence.start <= s < sentence.end
    ]
    mentions.extend(
        (m.start(), m.end(), _GROUP_TARGET[m.lastgroup or "thing"])
        for m in _TARGETS.finditer(sentence.text)
    )
    lo, hi = start - sentence.start, end - sentence.start
    for m_start, m_end, target in mentions:
        if (m_start < hi and m_end > lo) or (before_only and m_end > lo):
            continue
        distance = lo - m_end if m_end <= lo else (m_start - hi) + 1
        if best is None or distance < best[0]:
            best = (distance, target)
    return best[1] if best else None
