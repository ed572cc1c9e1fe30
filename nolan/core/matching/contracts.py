"""A contract of the member's firm that an item extends, varies or ends without naming the firm.

A register entry names the firm and, in its details, what it is contracted for ("contract
with the council for gully cleansing", "contract to collect commercial waste", "holds the
council's grounds maintenance contract", "runs school transport routes under the council's
framework"); an agenda names the contract by its work and its lot ("12-month extension of
the gully cleansing contract", "ending the current external arrangement") because the
holder is already known. Extending, varying, ending, continuing, merging, adding to or
cutting that contract is the firm's matter, so the details' words for the work stand in for
the firm's name there. The work alone is any contractor's: it is evidence only where
the item changes a contract (or concession, arrangement or lot, or the provider that holds
one), names no other lot, and shares at least half of the work's words, so another contract
sharing a word or two ("leisure centre catering" for "window cleaning at leisure centres")
is not the firm's. A report writes the work in its own form of the word ("collection" for
"collect", "maintenance" for "maintain"), so a work word counts where the item has a word
with its first ``STEM`` letters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nolan.core.matching.places import PlaceNames
from nolan.core.matching.text import ItemText
from nolan.core.matching.vocabulary import STEM
from nolan.core.matching.words import SPACED_DASH, tokens

# What the details say a contract is for: "contract with the council for tree works in
# parks", "contractor for council fleet maintenance", or what it is to do: "contract to
# collect commercial waste", "contracted by the council to run the park's ticketed
# concerts" (a firm is said to be contracted as often as to hold a contract), up to the end
# of its clause or a bracket (a date, term or lot after them is not the work).
_CONTRACTED_FOR = re.compile(
    r"\b(?:sub-?)?contract(?:ed|or)?\b[^.;,()]*?\bfor\s+([^.;,()]+)", re.IGNORECASE
)
_CONTRACTED_TO = re.compile(
    r"\b(?:sub-?)?contract(?:ed)?\b[^.;,()]*?\bto\s+(?![0-9])"
    r"(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)([^.;,()]+)",
    re.IGNORECASE,
)
# The work the details say is done under a contract or framework, before it in its clause:
# "the company runs school transport routes under the council's framework", "I print the
# residents' magazine under a contract that ends in March".
_DONE_UNDER = re.compile(
    r"([^.;,()]+?)\s+under\s+(?:[A-Za-z'’-]+\s+){0,3}?(?:contract|framework|call-off)\b",
    re.IGNORECASE,
)
# The council's work the details say the firm does, without the word "contract": "Employer
# maintains the Council's car park pay machines".
_DOES_FOR_COUNCIL = re.compile(
    r"\b(?:maintains|runs|operates|manages|supplies|cleans|services|collects|provides)\s+"
    r"(?:all\s+)?(?:the\s+)?(?:council|city|borough)['’]s\s+([^.;,()]+)",
    re.IGNORECASE,
)
# ... or what it provides to the council: "provides community interpreting and translation
# to the council".
_PROVIDES_TO_COUNCIL = re.compile(
    r"\bprovides\s+([^.;,()]+?)\s+(?:to|for)\s+the\s+council\b", re.IGNORECASE
)
# Who does the work and how, before it in what ``_DONE_UNDER`` reads ("The Trust runs the
# Council's leisure centres"): not the work.
_DOER = re.compile(
    r"^.*?\b(?:runs|operates|manages|maintains|provides|delivers)\s+(?:the\s+)?"
    r"(?:council['’]s\s+)?",
    re.IGNORECASE,
)
# A term's end after the work: "to maintain its fleet until 2027".
_TERM = re.compile(r"\b(?:until|till|ending|running|expiring|from)\b.*", re.IGNORECASE)
# The words naming a contract before the word: "the council's grounds maintenance contract",
# "Lot 2 of the highway tree maintenance contract", back to the word that introduces them.
_NAMED_BEFORE = re.compile(r"([A-Za-z][A-Za-z'’ -]*?)\s+contract(?:or)?\b", re.IGNORECASE)
_INTRODUCING = {"the", "a", "an", "of", "its", "their", "holds", "hold", "has", "won", "with"}
_MAX_BEFORE = 4
# A numbered lot: "Lot 3"; an item may list several: "Lots 1 and 2".
# A company named as the one holding a contract or given the work, by its legal name.
_HOLDER = re.compile(
    r"\b(?:contract(?:or)? with|award(?:ed)? to|instruction to|instructs|held by)\s+"
    r"(?:the\s+)?(?:(?:[A-Z0-9][\w&'’.()-]*|&)\s+){1,6}?(?:Ltd|Limited|plc|PLC|LLP)\b"
)
_LOT = re.compile(r"\blot\s+([0-9]+)\b", re.IGNORECASE)
_LOTS = re.compile(r"\blots?\s+([0-9]+(?:\s*(?:,|and|&)\s*[0-9]+)*)", re.IGNORECASE)
# An area a contract covers, as a lot does: "(north area)", "the south zone".
_AREA = re.compile(r"\b(north|south|east|west|central)(?:ern)?\s+(?:area|zone|patch)\b", re.I)
# Words saying an item changes a contract, as ``tokens`` writes them: extends or varies it,
# ends it (or brings its work in-house), continues it, or merges its lots.
_CHANGED = {"extension", "extend", "extended", "extending", "variation", "vary", "varied"}
_CHANGED |= {"end", "ending", "ended", "terminate", "terminated", "termination", "terminating"}
_CHANGED |= {"continue", "continued", "continuation", "continuing"}
_CHANGED |= {"merge", "merging", "merged", "combine", "combining", "combined"}
# ... or lets it again, renews it, lets it run out, or adds to its value ("approval to
# re-tender", "the existing contract expires", "increase the value of the contract").
_CHANGED |= {"tender", "retender", "procurement", "procure", "reprocure", "recommission"}
_CHANGED |= {"reprocurement", "reprocuring"}
_CHANGED |= {"renew", "renewal", "renewed", "renewing", "expire", "expires", "expiry"}
_CHANGED |= {"increase", "increased", "increasing", "extra", "additional"}
# ... or tops up its budget ("a further £90,000 is requested for call-outs").
_CHANGED |= {"further", "top"}
# ... or cuts it ("the hanging basket contract will be reduced by 40 baskets").
_CHANGED |= {"reduce", "reduced", "reducing", "reduction"}
# ... or judges how it is run, or what it costs ("annual performance report", "price
# uplift"): the holder's own performance and price.
_CHANGED |= {"performance", "uplift", "deductions"}
# Words an item calls a contract by: the contract itself, or the one who holds it.
_CONTRACT_NOUNS = {"contract", "lot", "concession", "arrangement", "contractor", "provider"}
_CONTRACT_NOUNS |= {"agreement", "operator", "framework", "budget"}
# Words of any contract's description that say nothing of which work it is.
_ANY_CONTRACT = {"work", "service", "term", "wide", "contract", "supply", "provision"}
_ANY_CONTRACT |= {"until", "current", "existing", "concession", "council", "councils"}
# At least this many of the work's words, and at least half of them, in the item; where
# the item does not change a contract, more of them.
_MIN_SHARED = 2
_MIN_SHARED_UNCHANGED = 3
_AWARDED = {"award", "awards", "awarded", "appoint", "appoints", "appointed"}


@dataclass(frozen=True)
class Contract:
    """The work a contract in an entry's details is for, and its lot if numbered."""

    work: frozenset[str]
    lot: str | None
    area: str | None = None
    # What the firm does, of the work ("empty" of "to empty the litter bins", "printing"):
    # an item that changes no contract is about the work only where it says so.
    doing: frozenset[str] = frozenset()

    @classmethod
    def of(cls, details: str, places: PlaceNames) -> Contract | None:
        """The contract the details describe, or None where they describe none."""
        # A spaced dash ends a clause: "Director, Hollis Roofing Ltd - contract with the
        # council to re-roof ..." names the firm, then its contract, not a contract called
        # "Hollis Roofing Ltd".
        details = SPACED_DASH.sub("; ", details)
        described = [found.group(1) for found in _CONTRACTED_FOR.finditer(details)]
        to_do = [_TERM.sub("", found.group(1)) for found in _CONTRACTED_TO.finditer(details)]
        described += to_do
        described += [_DOER.sub("", found.group(1)) for found in _DONE_UNDER.finditer(details)]
        described += [found.group(1) for found in _DOES_FOR_COUNCIL.finditer(details)]
        described += [found.group(1) for found in _PROVIDES_TO_COUNCIL.finditer(details)]
        # The verb of "to supply street nameplates" says what the work is, as "supply" in
        # "supply of materials" does not.
        verbs = {tokens(subject)[0] for subject in to_do if tokens(subject)}
        described += [
            " ".join(_named_before(found.group(1))) for found in _NAMED_BEFORE.finditer(details)
        ]
        if not described:
            return None
        lot = _LOT.search(details)
        work = frozenset(
            w
            for subject in described
            for w in tokens(_LOT.sub(" ", subject))
            if places.work_word(w) and (w in verbs or w not in _ANY_CONTRACT) and not w.isdigit()
        )
        if len(work) < _MIN_SHARED:
            return None
        area = _AREA.search(details)
        return cls(
            work=work,
            lot=lot.group(1) if lot else None,
            area=area.group(1).lower() if area else None,
            doing=frozenset(w for w in work if w in verbs or w.endswith("ing")),
        )

    def varied_in(self, text: ItemText) -> bool:
        """Whether the item changes this contract (the module's docstring)."""
        changed = bool(_CHANGED & text.words and _CONTRACT_NOUNS & text.words)
        raw = text.raw
        lots = {n for found in _LOTS.findall(raw) for n in re.findall(r"[0-9]+", found)}
        if lots and self.lot not in lots:
            return False
        areas = {a.lower() for a in _AREA.findall(raw)}
        if areas and self.area is not None and self.area not in areas:
            return False  # "grounds maintenance (south area)" is not the north area's
        stems = {w[:STEM] for w in text.words if len(w) >= STEM}

        def said(w: str) -> bool:
            return w in text.words or (len(w) >= STEM and w[:STEM] in stems)

        shared = sum(said(w) for w in self.work)
        shared += self.lot in lots
        if not changed:
            # Not changed, the work itself is the item's business where most of it is there,
            # what the firm does among it ("printing and distribution of poll cards" for the
            # poll-card printer; not "a larger bin for parks" for the firm that empties
            # them), and the item awards it to no one ("award to Danbury Landscapes").
            return (
                not _AWARDED & text.words
                and all(said(w) for w in self.doing)
                and shared >= _MIN_SHARED_UNCHANGED
                and 2 * shared > len(self.work)
            )
        return shared >= _MIN_SHARED and 2 * shared >= len(self.work) + (self.lot is not None)

    def keys(self) -> set[tuple[str, object]]:
        """Index keys (``_Needles.keys``): an item that varies the contract names its work."""
        return {("word", w) for w in self.work}


def held_by_another(text: ItemText) -> bool:
    """Whether the item says which company holds the contract or gets the work, by its full
    legal name ("the re-roofing contract with Woolmer Roofing & Building Ltd", "instruction
    to ... Limited"): asked only where the member's names gave no reason, so that company
    is another's."""
    return bool(_HOLDER.search(text.raw))


def _named_before(before: str) -> list[str]:
    """The last words before "contract", back to the word that introduces them: "holds the
    council's grounds maintenance" → grounds maintenance."""
    named: list[str] = []
    for word in reversed(before.split()):
        if word.lower() in _INTRODUCING or word.endswith(("'s", "’s")) or len(named) == _MAX_BEFORE:
            break
        named.insert(0, word)
    return named
