from datetime import UTC, date, datetime

import pytest

from nolan.core.codes import load_code
from nolan.core.screening.engine import Screener
from nolan.core.screening.model import (
    Context,
    Election,
    ExemptItem,
    MatterKind,
    Officer,
    PendingMatter,
    Post,
)

WH_CONTEXT = Context(
    pending_matters=(
        PendingMatter(
            "6/2026/0412/MAJ",
            "Erection of 120 dwellings at Land at Bush Hall Farm",
            MatterKind.PLANNING,
            date(2026, 12, 10),
        ),
        PendingMatter(
            "LIC/2026/031",
            "Premises licence application for The Red Lion, Hatfield",
            MatterKind.LICENSING,
            date(2026, 11, 30),
        ),
    ),
    exempt_items=(
        ExemptItem(
            "Disposal of the Campus West depot",
            ("Brookfield Homes", "£4.2m"),
        ),
    ),
    officers=(
        Officer("Sarah Okafor", "Head of Property"),
        Officer("David Lindqvist", "Chief Planning Officer"),
    ),
    elections=(Election(date(2027, 5, 6), date(2027, 3, 26)),),
)


@pytest.fixture(scope="session")
def wh() -> Screener:
    return Screener(load_code("welwyn-hatfield"), WH_CONTEXT)


@pytest.fixture(scope="session")
def rules() -> Screener:
    """Welwyn Hatfield's rules alone (``signal=None``), for tests of a class of post the
    learned signal would otherwise hide or flag either way."""
    return Screener(load_code("welwyn-hatfield"), WH_CONTEXT, signal=None)


@pytest.fixture(scope="session")
def bexley() -> Screener:
    return Screener(load_code("bexley"), WH_CONTEXT)


def at(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(tzinfo=UTC)


def categories(screener: Screener, text: str, **post) -> set[str]:
    return {f.category.value for f in screener.screen(Post(text, **post)).findings}


def rule_ids(screener: Screener, text: str, **post) -> set[str]:
    return {f.rule for f in screener.screen(Post(text, **post)).findings}
