"""What a rule reports before the engine attaches the council's paragraphs.

A rule knows the category, how serious, the span and the words for the councillor; it
never knows paragraph numbers, which are data (``citations``). ``rule`` is a stable
machine code naming the rule that fired, for tests and for tuning.
"""

from __future__ import annotations

from dataclasses import dataclass

from nolan.core.screening.model import Category, Severity


@dataclass(frozen=True)
class Hit:
    category: Category
    severity: Severity
    start: int
    end: int
    rule: str
    explanation: str
    suggestion: str
    # Whether the finding stands on a post read as private life ("if the code applies"): a
    # model's guess aimed at no one the reading found does not.
    in_private_life: bool = True
