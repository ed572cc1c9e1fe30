"""Annual complaint statistics, anonymised: counts by stage, by final outcome (each case once,
under how it ended, ``progress.final_outcome``) and by paragraph, and the working days each
finished case took (issue 10; CSPL best practice 10's transparency).

Only counts leave this module: no names, no references, no dates of single cases.
"""

from collections import Counter
from dataclasses import dataclass
from statistics import median

from nolan.complaints.models import Complaint
from nolan.complaints.progress import FINAL_OUTCOMES, STATE_NAMES, final_outcome, pauses_of
from nolan.complaints.services import provisions_named
from nolan.core.complaints import State, case_age
from nolan.councils.models import Council


@dataclass(frozen=True)
class Statistics:
    year: int
    received: int
    by_stage: list[tuple[str, int]]
    by_outcome: list[tuple[str, int]]
    by_paragraph: list[tuple[str, int]]
    finished: int
    median_days: float | None
    longest_days: int | None

    def rows(self) -> list[dict]:
        """Every figure as (measure, category, value), for the CSV."""
        found = [{"measure": "received", "category": "all", "value": self.received}]
        for measure, pairs in (
            ("stage", self.by_stage),
            ("outcome", self.by_outcome),
            ("paragraph", self.by_paragraph),
        ):
            found += [{"measure": measure, "category": k, "value": v} for k, v in pairs]
        found += [
            {"measure": "working days to finish", "category": "median", "value": self.median_days},
            {
                "measure": "working days to finish",
                "category": "longest",
                "value": self.longest_days,
            },
        ]
        return found


def councils_of(council: Council):
    """A principal authority's figures include its parishes', whose complaints it handles."""
    return Council.objects.filter(pk=council.pk) | council.parishes.all()


def for_year(council: Council, year: int) -> Statistics:
    cases = list(
        Complaint.objects.filter(council__in=councils_of(council), received_on__year=year)
        .select_related("hearing")
        .prefetch_related("pauses")
    )
    stages = Counter(State(c.state) for c in cases)
    # Each case once, under how it ended; one still under way has no outcome yet.
    outcomes = Counter(ended for ended in map(final_outcome, cases) if ended)
    paragraphs = Counter(key for c in cases for key in c.paragraphs)
    names = map(str, provisions_named(council, list(paragraphs)))
    named = dict(zip(paragraphs, names, strict=True))
    taken = [
        case_age(c.received_on, c.closed_on, pauses_of(c)) for c in cases if c.closed_on is not None
    ]
    return Statistics(
        year=year,
        received=len(cases),
        by_stage=[(STATE_NAMES[s], stages[s]) for s in State if stages[s]],
        by_outcome=[(name, outcomes[name]) for name in FINAL_OUTCOMES if outcomes[name]],
        by_paragraph=[(named[k], n) for k, n in paragraphs.most_common()],
        finished=len(taken),
        median_days=median(taken) if taken else None,
        longest_days=max(taken) if taken else None,
    )
