"""A word's ordinary sense, recognised by the words around it (the lexicon's homonyms).

"Faggots and peas", "a drainage dyke", "the manager should be sacked by Monday" after a 0-3
home defeat: the same check serves the things a post says (``reading``) and what it is
aimed at (``targets``), so a football manager is no council officer.
"""

from __future__ import annotations

from collections.abc import Sequence

from nolan.core.screening.lexicon import Lexicon, Mention, stems
from nolan.core.screening.normalise import Token

_HOMONYM_REACH = 6


def ordinary_sense(toks: Sequence[Token], m: Mention, lexicon: Lexicon) -> bool:
    """Whether a word of ``m`` that has an ordinary sense is used in it here, or where the
    post uses the same words again: a post keeps to one sense of a word ("The cat brought
    in a live frog at 2am. ... The frog is fine.")."""
    forms = (m.entry, *stems(toks[m.first].text)) if m.first == m.last else (m.entry,)
    contexts = next((lexicon.homonyms[f] for f in forms if f in lexicon.homonyms), None)
    if contexts is None:
        return False
    words = [t.text for t in toks[m.first : m.last + 1]]
    width = len(words)
    return any(
        _in_context(toks, first, first + width - 1, contexts)
        for first in range(len(toks) - width + 1)
        if [t.text for t in toks[first : first + width]] == words
    )


def _in_context(toks: Sequence[Token], first: int, last: int, contexts: frozenset[str]) -> bool:
    """Whether words of an ordinary sense's context are around tokens ``first`` to ``last``."""
    lo, hi = max(0, first - _HOMONYM_REACH), last + _HOMONYM_REACH + 1
    own = {t.text for t in toks[first : last + 1]}
    nearby = {t.text.removesuffix("'s") for t in toks[lo:hi]} - own  # "the weather's"
    before = " ".join(t.text for t in toks[lo:first])
    start = len(before) + (1 if before else 0)  # where this use begins in ``joined``
    joined = " ".join(t.text for t in toks[lo:hi])
    end = start + len(" ".join(t.text for t in toks[first : last + 1]))
    return any(
        c in nearby or (" " in c and _phrase_in(c, joined, own, start, end)) for c in contexts
    )


def _phrase_in(context: str, joined: str, own: set[str], start: int, end: int) -> bool:
    """``context`` is in ``joined``; if it holds the word itself ("queer smell"), then where
    it holds this use of the word, between ``start`` and ``end``."""
    if not own & set(context.split()):
        return context in joined
    at = joined.find(context)
    while at != -1:
        if at < end and start < at + len(context):
            return True
        at = joined.find(context, at + 1)
    return False
