"""Read numbered paragraphs out of the seed texts, to prove the code data matches them.

The seeds (tests/fixtures/seeds, copies of ../shared/seeds) are PDF and web extractions:
bullets, markdown emphasis, links, curly quotes and line wrapping vary between them, and
seed 000 lost the dashes and one list letter that seed 004 keeps. ``normalise`` removes
exactly those differences and nothing else, so a changed word still fails a comparison.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"

WELWYN_HATFIELD_CODE = "000_bb179e177acfa331.txt"
BEXLEY = "001_76dc5202cb68b913.txt"
CHELMSFORD = "003_15fee104c63270ac.txt"
WELWYN_HATFIELD_PROTOCOL = "004_6fd42af1272ff032.txt"

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "…": "...", "\u00a0": " "})
_BULLET = re.compile(r"^(?:[-·•]\s*)+")
_MARKER = re.compile(r"^(?:\((?:[a-z]|[ivx]{1,4})\)|(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]|I\))\s+")
_NUMBERED = re.compile(r"^(?:- )?(\d+\.\d+)\.?\s+(\S.*)$")
_APPENDIX_B = re.compile(r"^(?:- )?(\d+)\.\s+(\S.*)$")
_LETTERED = re.compile(r"^(?:- )?([a-z]|I)\)\s+(\S.*)$")


@dataclass(frozen=True)
class SeedParagraph:
    number: str
    opening: str


def read(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def normalise(text: str) -> str:
    """One line of plain words: no bullets, list markers, emphasis, links or curly quotes."""
    text = text.translate(_QUOTES)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"</?u>|\*+|\\(?=[()])", "", text)
    lines = []
    for line in text.splitlines():
        line = _BULLET.sub("", line.strip())
        line = _MARKER.sub("", line)
        lines.append(line)
    text = " ".join(lines)
    text = re.sub(r"\s[–—-](?=\s|$)", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def region(text: str, start: str, end: str | None = None) -> str:
    """The lines from the line equal to ``start`` up to the line equal to ``end``."""
    lines = text.splitlines()
    first = _index(lines, start)
    last = _index(lines, end, first + 1) if end else len(lines)
    return "\n".join(lines[first:last])


def numbered_paragraphs(text: str) -> list[SeedParagraph]:
    """Code paragraphs numbered like "10.2 I register ..."."""
    return [
        SeedParagraph(m[1], m[2])
        for line in text.splitlines()
        if (m := _NUMBERED.match(line.strip()))
    ]


def appendix_b_paragraphs(text: str) -> list[SeedParagraph]:
    """Appendix B paragraphs numbered like "5. Where a matter arises ..."."""
    return [
        SeedParagraph(m[1], m[2])
        for line in text.splitlines()
        if (m := _APPENDIX_B.match(line.strip()))
    ]


def protocol_paragraphs(text: str) -> list[SeedParagraph]:
    """Protocol paragraphs "3.2 ..." and their lettered items, numbered like "3.2(e)".

    Seed 000 reads "I)" for the item after "k)"; it is the letter l.
    """
    found: list[SeedParagraph] = []
    current = ""
    previous_letter = ""
    for line in text.splitlines():
        line = line.strip()
        if m := _NUMBERED.match(line):
            current, previous_letter = m[1], ""
            found.append(SeedParagraph(current, m[2]))
        elif (m := _LETTERED.match(line)) and current:
            letter = "l" if m[1] == "I" and previous_letter == "k" else m[1]
            previous_letter = letter
            found.append(SeedParagraph(f"{current}({letter})", m[2]))
    return found


def bullets_under(text: str, heading: str, stop: str) -> list[str]:
    """The bullet items between the line ``heading`` and the line ``stop``."""
    part = region(text, heading, stop)
    return [line.strip()[2:] for line in part.splitlines() if line.strip().startswith("- ")]


def without_tracked_deletions(text: str) -> str:
    """Seed 003 with its 2023 tracked changes applied: struck text and Word's notes go."""
    text = re.sub(r"~~.*?~~", "", text, flags=re.S)
    kept = []
    for line in text.splitlines():
        if line.startswith("Formatted:") or line.startswith("Aligned at:"):
            continue
        kept.append(line)
    return "\n".join(kept)


def _index(lines: list[str], wanted: str, start: int = 0) -> int:
    for i in range(start, len(lines)):
        if lines[i].strip() == wanted:
            return i
    raise ValueError(f"no line {wanted!r} in the seed text")
