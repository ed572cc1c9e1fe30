"""What a post's words mean, beyond the words the labelled posts happened to use (issue 9).

The learned signal's words and letter groups know only what the labelled posts say: "the
charisma of a damp flannel" shares no word with any insult in them. Word vectors learned from
a great deal of ordinary English put words used alike near each other, whether or not a
labelled post used them. These come from the sentence model all-MiniLM-L6-v2 (Apache
2.0), turned into one fixed vector per word piece by model2vec's distillation and cut to 64
dimensions (corpus/embedding/README.md says how, to rebuild them). The model learns a weight per
category for each of the 64; as the post's vector is the mean of its pieces', each piece's
weight towards each category can be worked out once, offline, so here a post costs one
lookup per word, as the other features do, with no vectors, no numpy and nothing
downloaded. Measured on dev sets the model was not trained on (blind v-w and tuning 46-47,
with ``corpus/train.py``'s scorer and the threshold unchanged): micro-F1 0.783 to 0.804 and
0.791 to 0.800, with false alarms 7 to 6 of 181 and 8 to 7 of 224.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

_LONGEST = 100  # longer runs are not words; BERT's tokenizer gives them up too
CACHE_LIMIT = 200_000  # distinct words remembered before a cache starts again


def runs(word: str) -> list[str]:
    """The word as BERT's uncased tokenizer splits it before word pieces: lower case, accents
    dropped, each punctuation mark apart ("don't" is "don", "'", "t"; "£12" stays whole)."""
    plain = "".join(
        c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn"
    )
    out: list[str] = []
    current = ""
    for ch in plain:
        if ch.isspace() or _punctuation(ch):
            if current:
                out.append(current)
                current = ""
            if not ch.isspace():
                out.append(ch)
        else:
            current += ch
    if current:
        out.append(current)
    return out


def _punctuation(ch: str) -> bool:
    """As BERT counts it: any ASCII sign that is not a letter or digit, or Unicode's P."""
    return (ch.isascii() and not ch.isalnum() and ch.isprintable()) or unicodedata.category(
        ch
    ).startswith("P")


def pieces(word: str, vocabulary: Mapping[str, int]) -> list[int]:
    """The word's pieces in ``vocabulary``, longest first ("unaffable": un, ##aff, ##able);
    a run that cannot be spelt in pieces (an emoji, a foreign script) has none."""
    found: list[int] = []
    for run in runs(word):
        if len(run) > _LONGEST:
            continue
        spelt: list[int] = []
        start = 0
        while start < len(run):
            end = len(run)
            while end > start:
                piece = run[start:end] if start == 0 else "##" + run[start:end]
                if piece in vocabulary:
                    spelt.append(vocabulary[piece])
                    break
                end -= 1
            else:
                spelt = []
                break
            start = end
        found.extend(spelt)
    return found


def symbol_pieces(symbol: str, vocabulary: Mapping[str, int]) -> list[int]:
    """A symbol's pieces: a word's, or none for the symbols that stand for whom a post names
    (``<officer>``), so that the model learns nothing of one council's names."""
    return [] if symbol.startswith("<") else pieces(symbol, vocabulary)


@dataclass(frozen=True)
class Meaning:
    """Each word piece's weight towards each category (flat: piece ``i``'s are
    ``values[i * width:(i + 1) * width]``). A post adds the mean over its pieces."""

    vocabulary: Mapping[str, int]
    values: Sequence[float]
    width: int
    _words: dict[str, tuple[list[float], int]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def of(self, symbol: str) -> tuple[list[float], int]:
        """A word's weights summed over its pieces, and how many pieces it has."""
        found = self._words.get(symbol)
        if found is None:
            ids = symbol_pieces(symbol, self.vocabulary)
            total = [0.0] * self.width
            for i in ids:
                row = self.values[i * self.width : (i + 1) * self.width]
                total = [a + b for a, b in zip(total, row, strict=True)]
            found = (total, len(ids))
            if len(self._words) >= CACHE_LIMIT:
                self._words.clear()
            self._words[symbol] = found
        return found

    def post(self, words: Sequence[tuple[str, int]]) -> list[float]:
        """What the post adds: the mean of its pieces' weights."""
        cache = self._words  # read directly: a method call per word costs more than the read
        found = [cache.get(symbol) or self.of(symbol) for symbol, _ in words]
        count = sum(n for _, n in found)
        return [sum(w) / count for w in zip(*(t for t, n in found if n), strict=True)]

    def sentences(self, words: Sequence[tuple[str, int]]) -> dict[int, tuple[list[float], int]]:
        """Each sentence's pieces' weights summed, and how many pieces it has: a sentence's
        own mean is what it would add as a post of its own (``Weighed.alone``)."""
        rows: dict[int, list[list[float]]] = {}
        counts: dict[int, int] = {}
        for symbol, s in words:
            weights, n = self.of(symbol)
            if n:
                counts[s] = counts.get(s, 0) + n
                rows.setdefault(s, []).append(weights)
        return {
            s: ([sum(w) for w in zip(*found, strict=True)], counts[s]) for s, found in rows.items()
        }
