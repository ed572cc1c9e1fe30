"""Text as the matcher compares it: lower-case words with their spellings unified.

A clerk and a member write one name differently ("Smith & Sons Limited", "Smith and Son
Ltd"; "R.B.L.", "RBL"; "MacAllister", "McAllister"), so every rule compares words only as
``tokens`` reads them, and a spelling never decides a match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from nolan.core.matching.references import POSTCODE
from nolan.core.matching.vocabulary import LEGAL_SUFFIXES, SYNONYMS, singular

# A word, or "&" (which ``SYNONYMS`` makes "and").
_WORD = re.compile(r"[a-z0-9]+|&")
# A bracket's contents: a name's alias ("(formerly ...)"), a note in an address.
PARENTHESISED = re.compile(r"\(([^)]*)\)")
# A dash with spaces round it: a clause ends there ("Hollis Roofing Ltd - contract with the
# council ..."), as between a body's name and its part's.
SPACED_DASH = re.compile(r"\s[-–—]\s")
# Where an item's clause ends: a word after these is not part of the name before them.
CLAUSE = re.compile(r"[,;:()\[\]/]|" + SPACED_DASH.pattern)
# "R.B.L.", "M&S" and "BD&W" are single words: "rbl", "ms", "bdw".
DOTTED_INITIALS = re.compile(r"\b(?:[a-z]\.){2,}", re.IGNORECASE)
# A place the details say a body runs, manages, owns or delivers, named after the verb:
# "which manages the council-owned Erith Marshes wetland reserve", "which owns Manor Farm",
# "delivering the Springfield Lock restoration project", "runs it from the Thames Road
# depot". Not "runs the café at Hylands House": a concession at a site is not the site.
RUNS = re.compile(
    r"\b(?:runs|manages|operates|maintains|owns|occupies|delivering|delivers"
    # What the body took in or is housed in ("which absorbed the Erith Community Lunch
    # Club", "owner of the former Comet Hotel", "whose main building is Lamorbey House").
    r"|absorbed|took\s+over|owner\s+of|whose\s+main\s+building\s+is"
    r"|(?:runs|operates) it from|operates from)\s+(?:the\s+)?(?:former\s+|old\s+)?"
    r"(?:council-owned\s+)?"
    r"([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|St))*)"
)
# The event the details say the body puts on, named with its own kind of event ("organises
# the annual Cray Lantern Parade", "which stages the annual Garden City Fireworks"), not a
# place it leads walks on ("organises Galleywood Common walks").
ORGANISES = re.compile(
    r"\b(?:organi[sz]es|organi[sz]ers\s+of|stages)\s+(?:the\s+)?(?:annual\s+|yearly\s+)?"
    r"((?:[A-Z][\w'’-]*\s+)+(?:Parade|Fair|Festival|Show|Race|Carnival|Gala|Fete|Fête|Pantomime"
    r"|Panto|Marathon|Regatta|Fireworks|Bonfire|Night|Day|Week|Run|Walk|Market|Trail))\b"
)
# Another name the details say the body trades as: "which trades locally as Writtle Road
# Vets". Not "known as" or "now called", which the details say as often of a place or
# another body ("the park known as Stanborough Park", "Essex County Council, known as ECC").
TRADES_AS = re.compile(
    r"\btrad(?:es|ing)\s+(?:locally\s+)?as\s+((?:The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)
_AMPERSAND_INITIALS = re.compile(r"\b([a-z]{1,3})&([a-z]{1,3})\b")
# A name written as an owner is the name: "the Friends of Quarry Park's proposal" names
# "Friends of Quarry Park" ("Park's" read as a plural would lose the "Park" = "Pk" synonym).
_POSSESSIVE = re.compile(r"(?<=[a-z])['’]s\b")
# "MacAllister" and "McAllister" are one surname, however a clerk spells it.
_MAC = re.compile(r"\bmac(?=[a-z]{4})")
_DOUBLED = re.compile(r"(.)\1+")
# A well-known designation written as its initials is read as its words: "Chelmer Valley
# LNR" is "Chelmer Valley Local Nature Reserve", "Galleywood Common SSSI" the Site of Special
# Scientific Interest. Only initials that stand for nothing else in a council's items;
# "CA" (conservation area, but also many a body) and "SPA" (a spa) are left as written.
_DESIGNATIONS = {
    "lnr": ("local", "nature", "reserve"),
    "nnr": ("national", "nature", "reserve"),
    "sssi": ("site", "of", "special", "scientific", "interest"),
    "aonb": ("area", "of", "outstanding", "natural", "beauty"),
}
_DESIGNATIONS |= {initials + "s": words for initials, words in _DESIGNATIONS.items()}
# A legal form written out is its abbreviation, as a register and an agenda may each write
# it: "Panshanger Garden Community Interest Company" is "Panshanger Garden CIC", and the
# form's words are not read as the start of another body's name ("Community ...").
_LEGAL_FORMS = re.compile(
    r"\b(?:(public) (limited) (company)|(community) (interest) (company)"
    r"|(limited) (liability) (partnership)|(charitable) (incorporated) (organi[sz]ation))\b"
)
# The longest phrase compared whole (``ItemText.has``); a longer name is compared word by
# word.
MAX_PHRASE = 8


@lru_cache(maxsize=1 << 16)
def tokens(text: str) -> tuple[str, ...]:
    """Lower-case words with synonyms unified: "Smith & Sons Limited" → smith and son ltd.
    Kept for text seen again: a register's names are read by several rules each."""
    text = _POSSESSIVE.sub("", POSTCODE.sub(" ", _unaccented(text.lower())))
    text = text.replace("'", "").replace("’", "")
    text = DOTTED_INITIALS.sub(lambda m: m.group(0).replace(".", ""), text)
    text = _MAC.sub("mc", _AMPERSAND_INITIALS.sub(r"\1\2", text))
    joined = " ".join(_WORD.findall(text))
    joined = _LEGAL_FORMS.sub(lambda m: "".join(w[0] for w in m.groups() if w), joined)
    return tuple(
        singular(SYNONYMS.get(word, word))
        for written in joined.split()
        for word in _DESIGNATIONS.get(written, (written,))
    )


def _unaccented(text: str) -> str:
    """The text with its accents taken off: "café" is "cafe", as clerks write it either way."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def undoubled(word: str) -> str:
    """A word with doubled letters single: "Phillips" and "Philips" are one surname."""
    return _DOUBLED.sub(r"\1", word)


def squash(words: Sequence[str]) -> str:
    """A phrase with its spaces and doubled letters taken out: "water sport" and
    "watersport" are one, as are "Phillips Roofing" and "Philips Roofing"."""
    return undoubled("".join(words))


def name_core(words: Sequence[str]) -> tuple[str, ...]:
    """A name without a leading "the" or trailing legal form: "the acme co ltd" → acme."""
    words = list(words)
    while words and words[0] == "the":
        words.pop(0)
    while words and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return tuple(words)
