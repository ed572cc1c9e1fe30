"""The post and context, prepared once: sentences, and patterns built from the context.

A Monitoring Officer screens thousands of posts against one context, so the patterns for
officers' names, exempt items' keywords and pending matters' titles are compiled once
per context (``PreparedContext``), and each post is split into sentences once
(``PreparedPost``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nolan.core.screening.model import Context, ExemptItem, Officer, PendingMatter, Post
from nolan.core.screening.text import Sentence, sentences, words

# Words that do not identify a matter ("Erection of 40 dwellings at Land at ...").
_GENERIC_TITLE_WORDS = frozenset(
    """a an and the of at to for on in off with from by land site rear adjoining former
    erection construction demolition change use conversion extension variation condition
    conditions new premises licence license application proposed development dwellings
    dwelling homes houses flats units outline full reserved matters planning permission
    disposal sale lease acquisition purchase contract award review report update
    proposals budget item redevelopment east west north south""".split()
)
_SEGMENT_BREAK = re.compile(
    r",|;|\(|\)|\s+(?:at|of|for|on|to|in|from|by|with|and)\s+", re.IGNORECASE
)


def _title_phrases(title: str) -> list[str]:
    """Distinctive phrases of a title, e.g. "Broadway car park" from "Redevelopment of the
    Broadway car park, Bexleyheath": pieces between connecting words, without leading
    generic words, that keep at least two words and a capitalised one. A lone place name
    ("Bexleyheath") is too common to identify a matter and is left out."""
    phrases = []
    for piece in _SEGMENT_BREAK.split(title):
        words_ = piece.split()
        while words_ and words_[0].lower() in _GENERIC_TITLE_WORDS | {"the"}:
            words_.pop(0)
        if len(words_) < 2 or not any(w[0].isupper() for w in words_):
            continue
        phrases.append(" ".join(words_))
        if words_[0][0].isupper() and words_[1][0].isupper() and len(words_) > 2:
            phrases.append(" ".join(words_[:2]))
    return phrases


# A keyword that is only a sum ("£4.2m"; "12 posts" is not) identifies the item only when
# a word of the item's title ("depot") is in the post too.
_FIGURE = re.compile(r"£?\s?[\d.,]+\s?(?:k|m|bn|million|billion)?", re.IGNORECASE)


def _spaced(phrase: str) -> str:
    """A literal phrase whose words may be separated by any whitespace."""
    return r"\s+".join(re.escape(word) for word in phrase.split())


def _alternation(phrases: list[str]) -> re.Pattern[str] | None:
    cleaned = [_spaced(p) for p in phrases if p.strip()]
    if not cleaned:
        return None
    return re.compile(rf"(?<!\w){words(cleaned)}(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class MatterPattern:
    matter: PendingMatter
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class ExemptPattern:
    item: ExemptItem
    keywords: re.Pattern[str] | None
    figures: re.Pattern[str] | None
    title_words: re.Pattern[str] | None
    title: re.Pattern[str] | None


@dataclass(frozen=True)
class OfficerPattern:
    officer: Officer
    pattern: re.Pattern[str]


def _officer_pattern(officer: Officer) -> re.Pattern[str]:
    """An officer is named by full name, or by title and surname ("Ms Okafor")."""
    variants = [_spaced(officer.name)]
    parts = officer.name.split()
    if len(parts) >= 2:
        variants.append(rf"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+{re.escape(parts[-1])}")
    return re.compile(rf"\b{words(variants)}\b")


@dataclass(frozen=True)
class PreparedContext:
    context: Context
    matters: tuple[MatterPattern, ...]
    exempt: tuple[ExemptPattern, ...]
    officers: tuple[OfficerPattern, ...]
    officer_names: re.Pattern[str] | None

    @classmethod
    def of(cls, context: Context) -> PreparedContext:
        matters = []
        for matter in context.pending_matters:
            pattern = _alternation([matter.ref, *_title_phrases(matter.title)])
            if pattern is not None:
                matters.append(MatterPattern(matter, pattern))
        exempt = tuple(
            ExemptPattern(
                item,
                _alternation([k for k in item.keywords if not _FIGURE.fullmatch(k.strip())]),
                _alternation([k for k in item.keywords if _FIGURE.fullmatch(k.strip())]),
                _alternation(
                    [
                        w
                        for w in re.findall(r"[\w'’-]+", item.title)
                        if len(w) >= 5 and w.lower() not in _GENERIC_TITLE_WORDS
                    ]
                ),
                _alternation([item.title, *_title_phrases(item.title)]),
            )
            for item in context.exempt_items
        )
        officers = tuple(OfficerPattern(o, _officer_pattern(o)) for o in context.officers)
        names = (
            re.compile("|".join(f"(?:{o.pattern.pattern})" for o in officers)) if officers else None
        )
        return cls(context, tuple(matters), exempt, officers, names)


@dataclass(frozen=True)
class PreparedPost:
    post: Post
    text: str
    lowered: str
    sentences: tuple[Sentence, ...]

    @classmethod
    def of(cls, post: Post) -> PreparedPost:
        return cls(post, post.text, post.text.lower(), sentences(post.text))
