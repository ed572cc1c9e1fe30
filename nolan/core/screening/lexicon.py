"""The shared lexicon (lexicon.yaml), loaded once and matched against a post's tokens.

Classes, not phrases: each entry belongs to a class of target (a protected group with its
characteristic, a party, an officer role ...), of thing said (insult, violence, hatred ...)
or of manner (negation, reporting, condemnation ...). Matching is by token, so line breaks,
spacing and case never matter, and a plural or possessive matches its word.

Undisguising needs to know which words are ordinary English, so that "idiom" is never read
as "idiot": that list is pyspellchecker's English word-frequency dictionary (MIT licence),
read from the installed package, never downloaded.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator, Sequence
from functools import cache, cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from nolan.core.edits import distance

LEXICON_FILE = Path(__file__).with_name("lexicon.yaml")
# A word seen this often in the English frequency list is ordinary, not a disguise.
_KNOWN_FREQUENCY = 60
_COMMON_FREQUENCY = 3000  # pieces a run-together word may be split into
_MEMO = 50_000  # undisguised words remembered, so a long batch reads each word once
# The shortest word whose letters swapped are still read as it ("gya" for "gay"), and words
# outside the hostile classes read so too, for the groups they make ("black poeple").
_MIN_SWAPPED = 3
_VOWELS = frozenset("aeiou")
_MIN_SKELETON = 5  # consonants left of a group's word written without vowels ("mslms")
# The shortest word read as a group's word with a letter dropped ("wmen"); shorter ones are
# text-speak. An English word is never read so.
_MIN_DISGUISED = 4
_MIN_SWAPPED_IN_PHRASE = 5
_SWAPPABLE_EXTRA = frozenset({"people", "person", "women", "woman"})
_GROUP_CLASSES = frozenset({"group", "group_adjective"})
# The most words one run-together word is read as: a whole sentence written without spaces.
_MAX_PIECES = 8
_FUNCTION_WORDS = frozenset(
    """i me my we us our you your he him his she her they them their it its a an the all
    any every some no not is are was were be been being am do does did to of in on at for
    from by with and or but so if as go back send home get out off up should must will
    shall can could would these those this that there here who what why how what's""".split()
)


class Mention(NamedTuple):
    """A lexicon entry found in a post: tokens ``first`` to ``last`` inclusive."""

    section: str  # targets | said | modes
    cls: str  # e.g. "group", "violence", "negator"
    sub: str  # the group's characteristic, or the homonym's word; "" otherwise
    first: int
    last: int
    entry: str


Entry = tuple[tuple[str, ...], str, str, str]  # words, section, class, sub
# An entry that may start at a word followed by another (``Lexicon._candidates``): section,
# class, sub, the words after those two, how many words, and its text.
_Candidate = tuple[str, str, str, tuple[str, ...], int, str]


def _entries(section: str, cls: str, spec: Any) -> Iterator[tuple[str, str, str, str]]:
    if isinstance(spec, list):
        for entry in spec:
            yield section, cls, "", _text(entry, cls)
        return
    if "entries" in spec:
        for entry in spec["entries"]:
            yield section, cls, "", _text(entry, cls)
        return
    for sub, inner in spec.items():
        for entry in inner["entries"] if isinstance(inner, dict) else inner:
            yield section, cls, sub, _text(entry, cls)


def _text(entry: Any, cls: str) -> str:
    """An entry must be text: YAML reads a bare no, yes, on or off as true or false, which
    once silently turned the negator "no" into "false"."""
    if not isinstance(entry, str):
        raise ValueError(f"lexicon.yaml, class {cls}: entry {entry!r} is not text; quote it")
    return entry


def _words_of(entry: str) -> tuple[str, ...]:
    """An entry as tokens: "half-caste" is "half caste" (tokens split at hyphens), and
    "members' room" is "members room" (a closing apostrophe is not part of a token)."""
    words = (w.replace("’", "'").rstrip("'") for w in re.split(r"[\s\-]+", entry.lower()))
    return tuple(w for w in words if w)


@lru_cache(maxsize=100_000)
def stems(word: str) -> tuple[str, ...]:
    """The word and what it may be a plural or possessive of."""
    forms = [word]
    if word.endswith("'s"):
        word = word[:-2]
        forms.append(word)
    if word.endswith("s'"):
        word = word[:-1]
        forms.append(word)
    if len(word) > 3 and word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if len(word) > 3 and word.endswith(("ses", "xes", "zes", "ches", "shes")):
        forms.append(word[:-2])  # "taxes", "churches"; not "cones" (a cone, not a con)
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        forms.append(word[:-1])
    return tuple(forms)


def _squeeze(word: str) -> str:
    """Runs of one letter as one letter ("stuuupid", "stupid" -> "stupid")."""
    return re.sub(r"(.)\1+", r"\1", word)


def _skeletons(words: set[str]) -> dict[str, str]:
    """Each group's noun, and its plural, written without its vowels ("mslms", "mmgrnts"),
    where no other group word is written so and two vowels or more were dropped. Five
    consonants at least: shorter ones are abbreviations and text-speak ("hnds", "whts",
    "pls")."""
    found: dict[str, str] = {}
    clashing: set[str] = set()
    for word in words | {w + "s" for w in words if not w.endswith("s")}:
        bare = "".join(c for c in word if c not in _VOWELS)
        if word.isalpha() and len(bare) >= _MIN_SKELETON and len(word) - len(bare) >= 2:
            if found.setdefault(bare, word) != word:
                clashing.add(bare)
    return {bare: word for bare, word in found.items() if bare not in clashing}


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _disguises(form: str, variant: str, word: str) -> bool:
    """``form`` is ``word`` with a letter dropped or two swapped, or, in a long word, one
    letter changed. A changed letter in a short word is another word more often than a
    disguise ("cwtch" is not "witch", "calon" not "clown")."""
    return variant == form or len(form) >= 6 or sorted(form) == sorted(word)


def _edits(word: str) -> set[str]:
    """Every word one edit from ``word``: a letter dropped, added, changed, or two swapped."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    found = {a + b[1:] for a, b in splits if b}
    found |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    found |= {a + c + b[1:] for a, b in splits if b for c in letters}
    found |= {a + c + b for a, b in splits for c in letters}
    found.discard(word)
    return found


@cache
def _english() -> dict[str, int]:
    path = resources.files("spellchecker").joinpath("resources/en.json.gz")
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        frequencies: dict[str, int] = json.load(text)
    return frequencies


class Lexicon:
    """Every entry of lexicon.yaml, indexed by its first word."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.homonyms: dict[str, frozenset[str]] = {
            word: frozenset(str(c).lower() for c in contexts)
            for word, contexts in data["modes"].pop("homonym").items()
        }
        self.index: dict[tuple[str, ...], list[Entry]] = {}
        vocabulary: set[str] = set()
        signal: set[str] = set()  # words of hostile classes and protected groups
        fuzzy_words: set[str] = set()
        groups: set[str] = set()  # a group's own word ("women", "muslims")
        for section in ("targets", "said", "modes"):
            for cls, spec in data[section].items():
                fuzzy = _is_fuzzy(spec)
                for _, _, sub, entry in _entries(section, cls, spec):
                    words = _words_of(entry)
                    if not words:
                        continue
                    key = words[:2]  # indexed by its first two words: few entries per key
                    self.index.setdefault(key, []).append((words, section, cls, sub))
                    vocabulary.update(w for w in words if w != "*")
                    if section == "said" or cls == "group":
                        signal.update(w for w in words if w not in _FUNCTION_WORDS)
                    if fuzzy and len(words) == 1 and len(words[0]) >= 5:
                        fuzzy_words.add(words[0])
                    if cls == "group" and len(words) == 1:
                        groups.add(words[0])
        self.intensifiers = frozenset(_words_of(e)[0] for e in data["modes"]["intensifier"])
        self.vocabulary = frozenset(vocabulary)
        self.signal = frozenset(signal)
        self.starts = frozenset(key[0] for key in self.index)  # words that begin an entry
        self.squeezed = {_squeeze(w): w for w in fuzzy_words}
        self.skeletons = _skeletons(groups)
        self.groups = frozenset(groups)
        self._seen: dict[str, list[str]] = {}  # words already undisguised
        self._heads: dict[str, tuple[str, ...]] = {}  # forms of a word that begin entries
        self._pairs: dict[tuple[str, str | None], tuple[_Candidate, ...]] = {}
        self.near: dict[str, str] = {}
        for word in sorted(fuzzy_words):
            for variant in _deletes(word):
                self.near.setdefault(variant, word)

    # The English dictionary is read the first time a word might be a disguise, not at
    # start-up: most batches need it, but ``nolan screen`` must start in well under 1.5 s.
    @cached_property
    def english(self) -> frozenset[str]:
        """Any dictionary word is itself, not a disguise."""
        return frozenset(_english())

    @cached_property
    def known(self) -> frozenset[str]:
        """Ordinary English words (a capitalised one is not a name on its own)."""
        return frozenset(w for w, n in _english().items() if n >= _KNOWN_FREQUENCY)

    @cached_property
    def _signal_by_length(self) -> dict[int, tuple[str, ...]]:
        found: dict[int, list[str]] = {}
        for word in sorted(self.signal):
            if word.isalpha():
                found.setdefault(len(word), []).append(word)
        return {n: tuple(words) for n, words in found.items()}

    def unstar(self, word: str) -> str | None:
        """The one hostile word or group that fits a word with letters starred out, each
        star a letter ("m*slims", "sc*m"); None when none or several fit. People star out
        exactly the words the rules must see, so only those are tried."""
        pattern = re.compile(re.escape(word).replace(r"\*", "[a-z]"))
        fits = [w for w in self._signal_by_length.get(len(word), ()) if pattern.fullmatch(w)]
        return fits[0] if len(fits) == 1 else None

    @cached_property
    def pieces(self) -> frozenset[str]:
        """Words a run-together word may be split into."""
        common = (w for w, n in _english().items() if n >= _COMMON_FREQUENCY and len(w) > 2)
        return frozenset(common) | self.vocabulary | _FUNCTION_WORDS

    def undisguise(self, word: str) -> list[str]:
        """The word as written, or what it disguises (see normalise.py)."""
        if word in self.vocabulary or not word.isalpha():
            return [word]
        if word not in self._seen:
            if len(self._seen) > _MEMO:
                self._seen.clear()
                self._heads.clear()
            self._seen[word] = [word] if word in self.english else self._undisguised(word)
        return self._seen[word]

    @cached_property
    def hostile_words(self) -> frozenset[str]:
        """The words that are entries of their own in a class of what is said, or a group:
        not the words inside a phrase ("sake" of "for old times' sake")."""
        return frozenset(
            words[0]
            for entries in self.index.values()
            for words, section, cls, _ in entries
            if len(words) == 1 and (section == "said" or cls in _GROUP_CLASSES)
        )

    @cached_property
    def _swapped(self) -> dict[str, str]:
        """Hostile words and groups (each an entry of its own, or a word of five letters or
        more inside a phrase) with two letters side by side swapped, the commonest slip of a
        thumb ("scmu", "gya", "trnas", "poeple", "wrost"), each the one word it comes from;
        not an English word, and not one that two words could come from."""
        found: dict[str, str | None] = {}
        # Words of phrases only where long enough not to be a name's letters swapped ("Aske"
        # is no "sake"): "wrost" is "worst" of "are the worst".
        phrase_words = (w for w in self.signal if len(w) >= _MIN_SWAPPED_IN_PHRASE)
        for word in (*self.hostile_words, *phrase_words, *_SWAPPABLE_EXTRA):
            if not word.isalpha() or len(word) < _MIN_SWAPPED:
                continue
            for i in range(len(word) - 1):
                variant = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
                if variant != word and variant not in self.english:
                    found[variant] = word if found.get(variant, word) == word else None
        return {variant: word for variant, word in found.items() if word is not None}

    def _undisguised(self, word: str) -> list[str]:
        if word in self.skeletons:
            return [self.skeletons[word]]  # "mslms", "mmgrnts": the vowels left out
        squeezed = _squeeze(word)
        if squeezed in self.squeezed:
            return [self.squeezed[squeezed]]
        if word in self._swapped:
            return [self._swapped[word]]
        if word[0] == "i" and word[1:] in self.hostile_words:
            return ["i", word[1:]]  # "ihate", "i h a t e"
        if len(word) == _MIN_DISGUISED:
            # A short word is a group's with a letter inside it dropped ("wmen"), not a name
            # or an acronym one letter from a word of scorn ("Tash", "BAME", "Isla").
            near = self.near.get(word)
            if near in self.groups and near[0] == word[0] and near[-1] == word[-1]:
                return [near]
            return [word]
        for form in stems(word) if len(word) > _MIN_DISGUISED else ():
            for variant in (form, *sorted(_deletes(form))):
                near = self.near.get(variant)
                # A disguise keeps its first letter: "Allsop" is no "wallop".
                if (
                    near is not None
                    and near[0] == form[0]
                    # "ladys" is "lady" misspelt, an English word, not "lardy" disguised.
                    and not (variant == form != word and form in self.english)
                    and _disguises(form, variant, near)
                    and not self._nearer_english(word, form, near)
                ):
                    return [near]
                if variant in self.vocabulary and len(variant) >= 5:
                    return [variant]
        if len(word) >= 7:
            split = self._split(word)
            if split:
                return split
        return [word]

    def _nearer_english(self, word: str, form: str, near: str) -> bool:
        """``word`` is a typo of an ordinary English word, not a disguise of ``near``: one
        edit makes it that word ("mssive": "massive"), while ``near`` is two away ("mussie").
        Forms of ``near`` itself ("muslims" for "mslims") are no other word."""
        if distance(form, near) < 2:
            return False
        return any(
            _english().get(other, 0) >= _KNOWN_FREQUENCY and near not in stems(other)
            for other in _edits(word)
        )

    def _split(self, word: str) -> list[str] | None:
        """A run-together word as at most eight known words ("Muslimsarefilthandeveryoneknowsit"),
        one of them the lexicon's."""
        best: list[list[str] | None] = [None] * (len(word) + 1)
        best[0] = []
        for end in range(1, len(word) + 1):
            for start in range(max(0, end - 15), end):
                head = best[start]
                piece = word[start:end]
                if head is None or len(head) >= _MAX_PIECES:
                    continue
                plural = piece.endswith("s") and piece[:-1] in self.pieces
                if piece in self.pieces or plural or (len(piece) == 1 and piece in "ia"):
                    candidate = [*head, piece]
                    current = best[end]
                    if current is None or len(candidate) < len(current):
                        best[end] = candidate
        found = best[len(word)]
        # "staffie" is not "staff i e": a run-together word does not end in a lone letter.
        if found and len(found[-1]) == 1:
            return None
        if found and len(found) > 1 and any(p in self.signal for p in found):
            return found
        return None

    def find(self, words: Sequence[str]) -> list[Mention]:
        """Every entry that matches ``words`` (normalised tokens), longest at each place, and
        every phrase an oath cuts in two ("a fucking disgrace", "bloody well go back"): an
        intensifier adds heat to what is said, not another meaning."""
        found = self._find(words)
        if self.intensifiers.isdisjoint(words):
            return found
        kept = [i for i, word in enumerate(words) if word not in self.intensifiers]
        for m in self._find([words[i] for i in kept]):
            first, last = kept[m.first], kept[m.last]
            if last - first != m.last - m.first:  # an oath inside it
                found.append(Mention(m.section, m.cls, m.sub, first, last, m.entry))
        return found

    def _find(self, words: Sequence[str]) -> list[Mention]:
        found: list[Mention] = []
        forms: list[tuple[str, ...]] = []  # each word's stems, once a long phrase needs them
        last_word = len(words) - 1
        heads_of = self._heads
        for i, word in enumerate(words):
            heads = heads_of.get(word)
            if heads is None:
                heads = self._heads_of(word)
            if not heads:
                continue  # most words begin no entry
            seen: set[tuple[str, str]] = set()
            following = words[i + 1] if i < last_word else None
            for section, cls, sub, rest, length, text in self._candidates(word, following):
                if (section, cls) in seen:
                    continue
                if rest:
                    if not forms:
                        forms = [stems(w) for w in words]
                    if not _match(rest, forms, i + 2):
                        continue
                seen.add((section, cls))
                found.append(Mention(section, cls, sub, i, i + length - 1, text))
        return found

    def _heads_of(self, word: str) -> tuple[str, ...]:
        """The forms of ``word`` that begin an entry, worked out once per word."""
        heads = self._heads.get(word)
        if heads is None:
            heads = self._heads[word] = tuple(f for f in stems(word) if f in self.starts)
        return heads

    def _candidates(self, word: str, following: str | None) -> tuple[_Candidate, ...]:
        """The entries that may start at ``word`` when ``following`` comes next, longest
        first. They depend on the two words alone, and a batch repeats the same pairs, so
        they are worked out once per pair, each with the words after those two that ``find``
        has still to check and the text a mention quotes."""
        key = (word, following)
        found = self._pairs.get(key)
        if found is None:
            heads = self._heads_of(word)
            after = (*stems(following), "*") if following is not None else ("*",)
            keys: list[tuple[str, ...]] = [(f,) for f in heads]
            keys += [(f, g) for f in heads for g in after]
            candidates = [e for k in keys for e in self.index.get(k, ())]
            candidates.sort(key=lambda e: -len(e[0]))  # longest phrase first
            if len(self._pairs) > _MEMO:
                self._pairs.clear()
            found = self._pairs[key] = tuple(
                (section, cls, sub, words[2:], len(words), " ".join(words))
                for words, section, cls, sub in candidates
            )
        return found


def _match(rest: tuple[str, ...], forms: Sequence[tuple[str, ...]], start: int) -> bool:
    """``rest`` are words at ``start`` and after ("*" stands for any word)."""
    if start + len(rest) > len(forms):
        return False
    for k, want in enumerate(rest, start):
        if want != "*" and want not in forms[k]:
            return False
    return True


def _is_fuzzy(spec: Any) -> bool:
    if isinstance(spec, dict):
        if spec.get("fuzzy"):
            return True
        return any(isinstance(v, dict) and v.get("fuzzy") for v in spec.values())
    return False


class UniqueKeys(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe YAML loader that refuses a key given twice in one mapping: YAML would keep the
    second silently, and a homonym's ordinary contexts given first would be lost."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise ValueError(f"line {key_node.start_mark.line + 1}: {key!r} is given twice")
            seen.add(key)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep)
        return mapping


def load_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=UniqueKeys)  # noqa: S506


@cache
def lexicon() -> Lexicon:
    """The lexicon, built once per process."""
    return Lexicon(load_yaml(LEXICON_FILE))
