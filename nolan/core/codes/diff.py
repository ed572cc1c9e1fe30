"""How a council's code differs from the LGA Model Code 2020, paragraph by paragraph.

This is the data behind the "how does this council differ from the model" page (CSPL best
practice 3, annual review; seed 000 Appendix C). Each ``ParagraphChange`` gives both
numbers, both texts and a word-level diff that a template renders as tracked changes
(``<ins>``/``<del>``). Only the code of conduct is compared: protocols are each council's
own document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from nolan.core.codes.loader import load_code
from nolan.core.codes.model import Code, Document, Provision


class Status(StrEnum):
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"


class Op(StrEnum):
    """A word-level diff segment: kept, inserted by the council, or deleted from the model."""

    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


@dataclass(frozen=True)
class ParagraphChange:
    """One paragraph of the model or the council's code, and what the council did to it."""

    key: str
    status: Status
    base_number: str | None
    number: str | None
    base_text: str | None
    text: str | None
    segments: tuple[tuple[Op, str], ...]


def diff_from_base(code: Code) -> list[ParagraphChange]:
    """Every code paragraph of the model and of ``code``, in the council's order.

    A removed model paragraph is placed after the nearest earlier model paragraph the
    council kept. The LGA model compared with itself is all ``unchanged``.
    """
    base = load_code(code.base or code.slug)
    mine = code.provisions_in(Document.CODE)
    theirs = base.provisions_in(Document.CODE)
    kept = {p.key for p in mine}
    removed_after: dict[str | None, list[Provision]] = {}
    anchor: str | None = None
    for provision in theirs:
        if provision.key in kept:
            anchor = provision.key
        else:
            removed_after.setdefault(anchor, []).append(provision)

    changes = [_removed(p) for p in removed_after.get(None, [])]
    for provision in mine:
        original = base.provision(provision.key) if base.has_provision(provision.key) else None
        changes.append(_compare(original, provision))
        changes += [_removed(p) for p in removed_after.get(provision.key, [])]
    return changes


def word_diff(before: str, after: str) -> tuple[tuple[Op, str], ...]:
    """Word-level differences between two texts, whitespace kept with its word."""
    old, new = _tokens(before), _tokens(after)
    segments: list[tuple[Op, str]] = []
    matcher = SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _append(segments, Op.EQUAL, "".join(old[i1:i2]))
            continue
        if i2 > i1:
            _append(segments, Op.DELETE, "".join(old[i1:i2]))
        if j2 > j1:
            _append(segments, Op.INSERT, "".join(new[j1:j2]))
    return tuple(segments)


def _compare(original: Provision | None, provision: Provision) -> ParagraphChange:
    if original is None:
        return ParagraphChange(
            key=provision.key,
            status=Status.ADDED,
            base_number=None,
            number=provision.number,
            base_text=None,
            text=provision.text,
            segments=((Op.INSERT, provision.text),),
        )
    same = (original.number, original.text, original.kind) == (
        provision.number,
        provision.text,
        provision.kind,
    )
    return ParagraphChange(
        key=provision.key,
        status=Status.UNCHANGED if same else Status.CHANGED,
        base_number=original.number,
        number=provision.number,
        base_text=original.text,
        text=provision.text,
        segments=word_diff(original.text, provision.text),
    )


def _removed(provision: Provision) -> ParagraphChange:
    return ParagraphChange(
        key=provision.key,
        status=Status.REMOVED,
        base_number=provision.number,
        number=None,
        base_text=provision.text,
        text=None,
        segments=((Op.DELETE, provision.text),),
    )


def _tokens(text: str) -> list[str]:
    return re.findall(r"\s*\S+", text) or [text]


def _append(segments: list[tuple[Op, str]], op: Op, text: str) -> None:
    if segments and segments[-1][0] is op:
        segments[-1] = (op, segments[-1][1] + text)
    else:
        segments.append((op, text))
