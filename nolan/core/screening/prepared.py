"""The post and context, prepared once: sentences, and patterns built from the context.

A Monitoring Officer screens thousands of posts against one context, so the patterns for
exempt items' keywords and pending matters' titles are compiled once per context
(``PreparedContext``), and each post is split into sentences once (``PreparedPost``).
Officers' names are matched as tokens (``targets.OfficerNames``). Meetings are sorted by
their start once, so the meeting a post was sent during is found by bisection.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property

from nolan.core.screening.model import Context, ExemptItem, Meeting, PendingMatter, Post
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


_WORD = re.compile(r"[^\W_]+")


def _first_words(phrases: list[str]) -> set[str]:
    """The words a post must contain for one of ``phrases`` to be in it."""
    return {found.group() for p in phrases if (found := _WORD.search(p.lower()))}


Entry = MatterPattern | ExemptPattern


@dataclass(frozen=True)
class PreparedContext:
    """The context's patterns, indexed by the first word of every phrase they look for,
    so that a post is checked only against the items whose words it contains: the cost
    per post grows with the words of the post, not with the size of the context."""

    context: Context
    index: dict[str, tuple[Entry, ...]]
    meetings: tuple[Meeting, ...] = ()  # sorted by start
    meeting_starts: tuple[datetime, ...] = ()
    longest_meeting: timedelta = timedelta(0)

    @classmethod
    def of(cls, context: Context) -> PreparedContext:
        index: dict[str, list[Entry]] = {}

        def add(entry: Entry, phrases: list[str]) -> None:
            for word in _first_words(phrases):
                index.setdefault(word, []).append(entry)

        for matter in context.pending_matters:
            phrases = [matter.ref, *_title_phrases(matter.title)]
            pattern = _alternation(phrases)
            if pattern is not None:
                add(MatterPattern(matter, pattern), phrases)
        for item in context.exempt_items:
            plain = [k for k in item.keywords if not _FIGURE.fullmatch(k.strip())]
            figures = [k for k in item.keywords if _FIGURE.fullmatch(k.strip())]
            title_words = [
                w
                for w in re.findall(r"[\w'’-]+", item.title)
                if len(w) >= 5 and w.lower() not in _GENERIC_TITLE_WORDS
            ]
            titles = [item.title, *_title_phrases(item.title)]
            entry = ExemptPattern(
                item,
                _alternation(plain),
                _alternation(figures),
                _alternation(title_words),
                _alternation(titles),
            )
            add(entry, plain + title_words + titles)
        meetings = tuple(sorted(context.meetings, key=lambda m: m.starts))
        return cls(
            context,
            {word: tuple(entries) for word, entries in index.items()},
            meetings,
            tuple(m.starts for m in meetings),
            max((m.ends - m.starts for m in meetings), default=timedelta(0)),
        )

    def meeting_at(self, moment: datetime) -> Meeting | None:
        """The earliest-starting meeting sitting at ``moment`` (timezone-aware), if any.

        Only meetings that started no longer ago than the longest one lasts can still be
        sitting, so a context with years of meetings costs a post two bisections.
        """
        first = bisect_left(self.meeting_starts, moment - self.longest_meeting)
        last = bisect_right(self.meeting_starts, moment)
        return next((m for m in self.meetings[first:last] if m.covers(moment)), None)

    def candidates(self, lowered: str) -> list[Entry]:
        """The entries whose first words are in the post, each once, in context order."""
        if not self.index:
            return []
        seen: dict[int, Entry] = {}
        for word in set(_WORD.findall(lowered)):
            for entry in self.index.get(word, ()):
                seen.setdefault(id(entry), entry)
        return list(seen.values())


@dataclass(frozen=True)
class PreparedPost:
    """A post split into sentences, with what of the context it mentions."""

    post: Post
    text: str
    lowered: str
    matters: tuple[MatterPattern, ...]
    exempt: tuple[ExemptPattern, ...]

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """Split only when a rule asks: most posts have no phone number, address or other
        format that a rule reads sentence by sentence."""
        return sentences(self.text)

    @classmethod
    def of(cls, post: Post, ctx: PreparedContext) -> PreparedPost:
        lowered = post.text.lower()
        found = ctx.candidates(lowered)
        return cls(
            post,
            post.text,
            lowered,
            tuple(e for e in found if isinstance(e, MatterPattern)),
            tuple(e for e in found if isinstance(e, ExemptPattern)),
        )
