"""A member's registration duties: what they must still do about the register, and by when.

Pure rules over plain values (GUIDE.md section 2), so the pages, the services, the
reminder command and the Monitoring Officer's overdue list ask the same questions and
the answers are tested without a database. The periods are the council's own
(``nolan.core.deadlines``): the initial registration after a term begins (Appendix B's
registration paragraph, Localism Act 2011 s.30), a new interest or change within the
change period (the paragraph after it), and the annual confirmation, which is Nolan's
practice (issue 3), not a code period. ``nolan.registers.rules`` turns rows into these
values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from nolan.core import deadlines
from nolan.core.codes.model import Parameters


@dataclass(frozen=True)
class Term:
    """A term of office: how it began, its first day and its last (None while it runs)."""

    began: str
    start: date
    end: date | None = None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or self.end >= day)


@dataclass(frozen=True)
class Record:
    """What the register knows of one member, as the duties need it.

    ``confirmations`` are the days the member confirmed their register, each with whether
    it was a nil return; ``registered`` the days they registered interests.
    """

    terms: Sequence[Term]
    confirmations: Sequence[tuple[date, bool]] = ()
    registered: Sequence[date] = ()


@dataclass(frozen=True)
class Duty:
    """Something a member must do, with its deadline status (stable ``code``)."""

    code: str
    due: date
    state: deadlines.DeadlineStatus


def term_on(terms: Sequence[Term], day: date) -> Term | None:
    """The term in force on ``day`` (the latest to have started)."""
    return max((t for t in terms if t.covers(day)), key=lambda t: t.start, default=None)


def term_start(terms: Sequence[Term], term: Term) -> deadlines.TermStart:
    """``term`` as the deadline rules take it: a first term makes the person a member."""
    first = not any(t.start < term.start for t in terms)
    return deadlines.TermStart(term.began, term.start, first)


def initial_registration_due(
    parameters: Parameters, adopted: date | None, terms: Sequence[Term], term: Term
) -> date | None:
    """The deadline to register interests after ``term`` began; None if no duty arises."""
    return deadlines.registration_due(parameters, term_start(terms, term), adopted)


def interest_due(
    parameters: Parameters,
    adopted: date | None,
    terms: Sequence[Term],
    term: Term,
    became_aware: date,
) -> date:
    """The deadline for an interest the member became aware of on ``became_aware``.

    Interests held when the term began fall under the initial registration; later ones,
    and changes, under the change period.
    """
    initial = initial_registration_due(parameters, adopted, terms, term)
    if initial is not None and became_aware <= term.start:
        return initial
    return deadlines.change_due(parameters, max(became_aware, term.start))


def duties(parameters: Parameters, adopted: date | None, record: Record, today: date) -> list[Duty]:
    """What the member must still do: the initial registration and the annual confirmation.

    Initial registration is done by any entry or nil return made since the term began;
    the annual confirmation falls due a year after the last confirmation, nil return or
    the initial registration's deadline, whichever is latest.
    """
    term = term_on(record.terms, today)
    if term is None:
        return []
    result = []
    made = [(day, nil) for day, nil in record.confirmations if day >= term.start]
    entered = [day for day in record.registered if day >= term.start]
    initial = initial_registration_due(parameters, adopted, record.terms, term)
    registered = min([day for day, nil in made if nil] + entered, default=None)
    if initial is not None and registered is None:
        result.append(Duty("initial-registration", initial, deadlines.status(initial, today)))
    anchors = [day for day, _ in made] + ([initial] if initial else [])
    if registered is not None or made:
        annual = deadlines.annual_confirmation_due(max(anchors))
        result.append(Duty("annual-confirmation", annual, deadlines.status(annual, today)))
    return result
