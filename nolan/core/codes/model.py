"""The shape of a council's code of conduct and social media protocol, as loaded from data.

A council's code is data, not code: every rule Nolan applies asks the council's own
``Code`` for its threshold, its period or its paragraph, and every finding cites the
council's own paragraph through ``Code.cite``. Councils adopting the LGA Model Code 2020
are stored as amendments to it (see ``loader``); what is loaded here is the effective text.

Numbering: ``Provision.number`` is what the council's own page shows. Numbered paragraphs
keep their number ("10.2", "5", "3.2(e)"). Prose a council does not number is labelled:
the guidance under code section N is "N guidance"; other unnumbered blocks are labelled by
their heading ("Application of the Code of Conduct, paragraph 2", "Golden Rules, Do 3",
"Social media bad practice, bullet 2"). A provision in an appendix names it in ``appendix``
so that citations read "Appendix B paragraph 5".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cached_property

from nolan.core.codes.errors import UnknownProvision


class Kind(StrEnum):
    """What a provision asks of a member (the issue's fixed vocabulary)."""

    OBLIGATION = "obligation"
    MUST_NOT = "must_not"
    GOOD_PRACTICE = "good_practice"
    GUIDANCE = "guidance"
    DEFINITION = "definition"


class Document(StrEnum):
    """Which of a council's published documents a provision belongs to."""

    CODE = "code"
    PROTOCOL = "protocol"


@dataclass(frozen=True)
class Provision:
    """One numbered (or, where the council does not number it, labelled) paragraph.

    ``key`` is stable across councils for provisions inherited from the LGA model, so a
    rule can name ``"code.respect.1"`` and get each council's own number and text.
    ``text`` holds paragraphs separated by a blank line; list items start with "- ".
    """

    key: str
    document: Document
    number: str
    section: str
    kind: Kind
    text: str
    title: str = ""
    appendix: str = ""

    @property
    def anchor(self) -> str:
        """The HTML id of this paragraph on the council's code page."""
        return self.key.replace(".", "-")

    @property
    def citation(self) -> str:
        """Where this paragraph is within its document, as the councils write it: "Appendix B,
        paragraph 5", "paragraph 3.1", "Appendix A, Integrity"."""
        if self.number[:1].isdigit():
            place = f"paragraph {self.number}"
            return f"{self.appendix}, {place}" if self.appendix else place
        return f"{self.appendix}, {self.number}" if self.appendix else self.number

    @property
    def summary(self) -> str:
        """What the paragraph is about, in words that stand on their own beside its citation.

        Its title if it has one; else its first whole sentence. Where the paragraph opens
        with no whole sentence, only a lead-in to a list ("I do not disclose information:")
        or the rest of another paragraph's sentence ("have attended appropriate meetings"),
        its section's heading: a list that names paragraphs (the complaint form, the
        statistics) must not show a clause cut off mid-way.
        """
        if self.title:
            return self.title
        lines = self.text.splitlines()
        first = lines[0].strip() if lines else ""
        sentence = _first_sentence(first)
        continues = len(lines) > 1 and lines[1].lstrip().startswith("- ")
        if sentence.endswith((".", "!", "?")) or not (
            continues or sentence.endswith((":", "–", "-")) or sentence[:1].islower()
        ):
            return sentence.rstrip(";")
        return _SECTION_NUMBER.sub("", self.section) or sentence


# A section heading's number or appendix ("4. ", "Appendix B: "), not part of its words.
_SECTION_NUMBER = re.compile(r"^(?:\d+\.\s+|Appendix [A-Z]+:\s+)")
# Words whose full stop ends no sentence.
_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "cf.", "no.", "para.", "cllr.", "mr.", "mrs.", "dr.")


def _first_sentence(line: str) -> str:
    """``line`` up to the end of its first sentence: a full stop, question or exclamation
    mark before a capital, outside brackets and not after an abbreviation; else all of it."""
    depth = 0
    for i, char in enumerate(line):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char not in ".!?" or depth > 0 or not re.match(r"\s+[A-Z\"'‘“]", line[i + 1 :]):
            continue
        word = line[: i + 1].rsplit(None, 1)[-1].lower()
        if word not in _ABBREVIATIONS:
            return line[: i + 1]
    return line


@dataclass(frozen=True)
class Parameters:
    """Typed values that rules need, each read from the council's own text."""

    gift_threshold_pence: int
    gift_registration_days: int
    interest_registration_days: int
    change_notification_days: int
    registration_triggers: tuple[str, ...]
    securities_nominal_value_pence: int
    securities_share_fraction: tuple[int, int]


@dataclass(frozen=True)
class InterestCategory:
    """A Table 1 DPI subject or a Table 2 Other Registerable Interest category.

    ``provision_key`` names the Appendix B paragraph that governs declaring it at a
    meeting (DPIs: ``appendix-b.dpi-directly-relates``; Table 2:
    ``appendix-b.ori-directly-relates``). ``requires`` lists what a register entry in the
    category must give (``unmet``). ``subject`` names the category as the public and
    officers read it ("Body to which the member is appointed by the council");
    ``own_subject`` as the member reads it of their own interest ("... to which you are
    appointed ..."), the same words where the name does not speak of the member.
    """

    key: str
    table: int
    subject: str
    description: str
    provision_key: str
    own_subject: str
    requires: tuple[tuple[str, ...], ...] = ()

    def unmet(self, fields: Mapping[str, object]) -> tuple[str, ...] | None:
        """The first group of ``requires`` of which ``fields`` gives nothing, if any.

        A register entry must give at least one field of each group (an employer or a
        position; the land's address or a description) for the Monitoring Officer to
        judge it; which fields each category needs is the code's data, not the register's.
        """
        for group in self.requires:
            if not any(str(fields.get(name) or "").strip() for name in group):
                return group
        return None


@dataclass(frozen=True)
class InterestTable:
    """Table 1 or Table 2 of Appendix B as the code prints it, around its rows.

    Appendix B's paragraphs send the reader to "Table 1" and "Table 2"; a code page that
    shows the paragraphs must show the tables too, in the council's own words. The rows are
    the code's ``InterestCategory`` entries of the same ``number`` (one source for the page,
    the register form and the rules); this holds what surrounds them: the ``title``, the
    ``introduction`` above the rows, the column headings where the code prints the table
    with columns (Table 1: "Subject" and "Description"; Table 2 is a list of bodies, with
    none), and the ``notes`` under it (Table 1's definitions of 'director' and 'securities').
    """

    key: str
    number: int
    title: str
    introduction: str = ""
    subject_heading: str = ""
    description_heading: str = ""
    notes: tuple[str, ...] = ()

    @property
    def anchor(self) -> str:
        """The HTML id of the table on the council's code page ("table-1")."""
        return self.key

    @property
    def heading(self) -> str:
        """The table's name as the code names it: "Table 1: Disclosable Pecuniary Interests"."""
        return f"Table {self.number}: {self.title}"

    def row_anchor(self, category: InterestCategory) -> str:
        """The HTML id of one row, e.g. "table-1-land"."""
        return f"{self.anchor}-{category.key}"


# The value of an assumption that no source settles at all, such as an adoption date no
# published text gives.
UNKNOWN = "Not known"

# What each kind of assumption is called on the code page and in the back office.
ASSUMPTION_LABELS = {
    "version": "Version of the code adopted",
    "adopted": "Date adopted",
    "gift_threshold_pounds": "Value of gifts and hospitality to register",
    "gift_registration_days": "Days to register a gift",
    "interest_registration_days": "Days to register interests",
    "change_notification_days": "Days to register a change",
    "registration_triggers": "What starts the days to register interests",
    "securities_nominal_value_pounds": "Value of securities to register",
    "securities_share_fraction": "Share of a company's capital to register",
    # The LGA base's text where its own document could not be compared (issue 11).
    "appendix-b-executive-paragraphs": "Appendix B paragraph 10 (executive decisions)",
    "appendix-b-wording": "Wording of Appendix B paragraphs 8 to 10 and Tables 1 and 2",
}


@dataclass(frozen=True)
class Assumption:
    """Something Nolan assumed about a council's code because its source does not say.

    ``about`` is stable: a parameter name (``gift_threshold_pounds``), ``adopted``,
    ``version``, or a part of the text no published copy settled (``appendix-b-wording``).
    An assumption is shown as assumed until the council's Monitoring Officer confirms it in
    the back office (``nolan.councils.services.confirm_assumption``).
    """

    about: str
    value: str
    reason: str

    @property
    def label(self) -> str:
        """What is assumed, in words (``about`` is a key for the data, not for people)."""
        return ASSUMPTION_LABELS[self.about]

    @property
    def unknown(self) -> bool:
        """Whether the data assumes no value at all (Welwyn Hatfield's adoption date): there
        is nothing for the Monitoring Officer to confirm until the value itself is found."""
        return self.value == UNKNOWN


@dataclass(frozen=True)
class Source:
    """A published text the code's data was compared against: its ``title``, where it is
    published (``url``, if known), its ``date`` as the text gives it (published, adopted),
    and what the comparison ``compared`` settled or left open."""

    title: str
    compared: str
    url: str = ""
    date: str = ""


@dataclass(frozen=True)
class Provenance:
    """Where a council's code comes from, so a reader can check Nolan against it.

    ``source`` names the document (and ``url`` where it is published), ``version`` the
    published version of the text, ``adopted`` the day the council adopted it where the
    source says so. ``sources`` are the published texts the data was compared against
    where the source itself could not be had. Whatever no source settled is an ``Assumption``.
    """

    source: str
    version: str
    url: str = ""
    adopted: date | None = None
    assumptions: tuple[Assumption, ...] = ()
    sources: tuple[Source, ...] = ()

    def assumption(self, about: str) -> Assumption | None:
        """The assumption made about ``about``, if any."""
        return next((a for a in self.assumptions if a.about == about), None)


@dataclass(frozen=True)
class Code:
    """A council's effective code of conduct and social media protocol."""

    slug: str
    title: str
    council: str
    base: str | None
    protocol_title: str
    parameters: Parameters
    provisions: tuple[Provision, ...]
    interest_categories: tuple[InterestCategory, ...]
    provenance: Provenance
    interest_tables: tuple[InterestTable, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)

    @cached_property
    def _by_key(self) -> dict[str, Provision]:
        return {p.key: p for p in self.provisions}

    def provision(self, key: str) -> Provision:
        """The provision with this stable key; ``UnknownProvision`` if this code lacks it."""
        try:
            return self._by_key[key]
        except KeyError:
            raise UnknownProvision(key, self.slug) from None

    def has_provision(self, key: str) -> bool:
        """Whether this council's code keeps the provision (e.g. Bexley's Cabinet rule)."""
        return key in self._by_key

    def provisions_in(self, document: Document | str) -> tuple[Provision, ...]:
        """The provisions of one document, in the council's order."""
        wanted = Document(document)
        return tuple(p for p in self.provisions if p.document is wanted)

    def document_title(self, document: Document | str) -> str:
        """The document's title as this council names it."""
        return self.title if Document(document) is Document.CODE else self.protocol_title

    def cite(self, key: str) -> str:
        """The council's own citation, e.g. "Councillor Code of Conduct, paragraph 3.1"."""
        provision = self.provision(key)
        return f"{self.document_title(provision.document)}, {provision.citation}"

    def category(self, key: str) -> InterestCategory | None:
        """The Table 1 or Table 2 category with this key, if the code has it."""
        return next((c for c in self.interest_categories if c.key == key), None)

    def categories(self, table: int) -> tuple[InterestCategory, ...]:
        """The interest categories of Table 1 (DPIs) or Table 2 (Other Registerable)."""
        return tuple(c for c in self.interest_categories if c.table == table)

    def tables(self) -> tuple[tuple[InterestTable, tuple[InterestCategory, ...]], ...]:
        """Each of Appendix B's tables that has rows in this code, with its rows in order."""
        return tuple(
            (table, rows)
            for table in self.interest_tables
            if (rows := self.categories(table.number))
        )
