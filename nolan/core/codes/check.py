"""Checks that every council's code data says what its prose says, and cites what exists.

A code's typed parameters are what rules act on; its text is what councillors read. If a
council raises its gift threshold to £75 but paragraph 10.2 still says £50, Nolan would
enforce one figure and publish another. These checks (run by ``nolan check_codes`` in CI,
after the model of DemocracyClub EveryElection's ``elections_check_constraints``) load
each council's code, declaration rules and screening citations, compare each parameter
with the paragraph it is read from, resolve every provision key the data names, and
refuse a screening citation keyed by a rule id that no screening rule reports.

Each problem carries a stable code (``PROBLEMS``) that tests assert on; the message is for
the person fixing the data. Nothing here stops at the first problem of a council unless
its code cannot be loaded at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from nolan.core.codes.errors import CodeDataError
from nolan.core.codes.loader import available_codes, data_dir, load_code
from nolan.core.codes.model import Code, Document

PROBLEMS = {
    "code-invalid": "the code data cannot be loaded",
    "file-missing": "a council's declarations.yaml or screening.yaml is missing",
    "declarations-invalid": "the declaration rules cannot be loaded",
    "screening-invalid": "the screening citations cannot be loaded",
    "citation-unresolved": "a provision key names no paragraph of the council's code",
    "category-uncited": "a screening category cites no paragraph",
    "rule-unknown": "a screening citation names neither a category nor a rule that exists",
    "parameter-source-missing": "the paragraph a parameter is read from is not in the code",
    "parameter-mismatch": "a typed parameter disagrees with the council's own text",
    "provenance-missing": "the code does not say where it comes from or what was assumed",
    "table-missing": "a paragraph or interest category names a table of Appendix B the code "
    "does not print",
}

# Where each typed parameter is written in the council's own words (the LGA model's
# keys, which every adopting council keeps). A council that deletes one of these
# paragraphs must say where its rule lives instead.
GIFT_PARAGRAPH = "code.gifts.register"
REGISTRATION_PARAGRAPH = "appendix-b.register"
CHANGE_PARAGRAPH = "appendix-b.keep-up-to-date"
SECURITIES_CATEGORY = "securities"

# Paragraphs the product quotes by key on its pages, beyond the parameters' sources: a code
# without one would fail there, so it is a problem here.
QUOTED_PARAGRAPHS = {
    "appendix-b.sensitive-interest": "the register's page for asking to withhold an interest",
}

# How each registration trigger is worded in Appendix B's first paragraph. "election" must
# not match inside "re-election", nor "appointment" inside "re-appointment".
TRIGGER_WORDS = {
    "adoption": re.compile(r"\badopted\b|\badoption\b", re.IGNORECASE),
    "election": re.compile(r"(?<!re-)\belection\b", re.IGNORECASE),
    "appointment": re.compile(r"(?<!re-)\bappointment\b", re.IGNORECASE),
    "membership": re.compile(r"\bbecoming a member\b", re.IGNORECASE),
    "re-election": re.compile(r"\bre-election\b", re.IGNORECASE),
    "re-appointment": re.compile(r"\bre-appointment\b", re.IGNORECASE),
}
_POUNDS = re.compile(r"£\s?(\d[\d,]*(?:\.\d\d)?)")
_TABLE = re.compile(r"\bTable (\d+)\b")
_DAYS = re.compile(r"\bwithin (\d+) days\b", re.IGNORECASE)
_ORDINALS = {10: "tenth", 20: "twentieth", 50: "fiftieth", 100: "hundredth", 1000: "thousandth"}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one council's data: a stable code, where, and what."""

    code: str
    slug: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.slug}: {self.code}: {self.where}: {self.message}"


def check_all(slugs: Iterable[str] | None = None) -> list[Problem]:
    """The problems of every council in the data folder (or of ``slugs``), in slug order."""
    return [p for slug in (available_codes() if slugs is None else slugs) for p in check(slug)]


def check(slug: str) -> list[Problem]:
    """Every problem in one council's code, declaration rules and screening citations."""
    try:
        code = load_code(slug)
    except CodeDataError as error:
        return [Problem("code-invalid", slug, f"{error.file} {error.path}".strip(), error.problem)]
    return [
        *_provenance(code),
        *_parameters(code),
        *_category_citations(code),
        *_tables(code),
        *_declarations(code),
        *_screening(code),
    ]


def _provenance(code: Code) -> list[Problem]:
    missing = [name for name in ("source", "version") if not getattr(code.provenance, name)]
    if code.base is not None and code.provenance.adopted is None:
        if code.provenance.assumption("adopted") is None:
            missing.append("adopted (or an assumption saying why it is unknown)")
    return [
        Problem("provenance-missing", code.slug, "code.yaml provenance", f"no {name}")
        for name in missing
    ]


def _parameters(code: Code) -> list[Problem]:
    params = code.parameters
    problems: list[Problem] = []

    def paragraph(key: str, parameter: str) -> str | None:
        if code.has_provision(key):
            return code.provision(key).text
        problems.append(
            Problem(
                "parameter-source-missing",
                code.slug,
                f"parameters.{parameter}",
                f"read from {key!r}, which this code does not have",
            )
        )
        return None

    def mismatch(parameter: str, key: str, says: str) -> None:
        where = code.cite(key) if code.has_provision(key) else key
        problems.append(
            Problem("parameter-mismatch", code.slug, f"parameters.{parameter}", f"{says} ({where})")
        )

    gifts = paragraph(GIFT_PARAGRAPH, "gift_threshold_pounds")
    if gifts is not None:
        amounts = {_pence(a) for a in _POUNDS.findall(gifts)}
        if amounts != {params.gift_threshold_pence}:
            mismatch(
                "gift_threshold_pounds",
                GIFT_PARAGRAPH,
                f"is {_money(params.gift_threshold_pence)} but the text says "
                f"{_list(_money(a) for a in sorted(amounts))}",
            )
        _days(
            gifts, params.gift_registration_days, "gift_registration_days", GIFT_PARAGRAPH, mismatch
        )

    register = paragraph(REGISTRATION_PARAGRAPH, "interest_registration_days")
    if register is not None:
        _days(
            register,
            params.interest_registration_days,
            "interest_registration_days",
            REGISTRATION_PARAGRAPH,
            mismatch,
        )
        said = {name for name, words in TRIGGER_WORDS.items() if words.search(register)}
        if said != set(params.registration_triggers):
            mismatch(
                "registration_triggers",
                REGISTRATION_PARAGRAPH,
                f"are {_list(params.registration_triggers)} but the text names "
                f"{_list(sorted(said))}",
            )

    change = paragraph(CHANGE_PARAGRAPH, "change_notification_days")
    if change is not None:
        _days(
            change,
            params.change_notification_days,
            "change_notification_days",
            CHANGE_PARAGRAPH,
            mismatch,
        )

    securities = code.category(SECURITIES_CATEGORY)
    if securities is not None:
        amounts = {_pence(a) for a in _POUNDS.findall(securities.description)}
        if amounts != {params.securities_nominal_value_pence}:
            problems.append(
                Problem(
                    "parameter-mismatch",
                    code.slug,
                    "parameters.securities_nominal_value_pounds",
                    f"is {_money(params.securities_nominal_value_pence)} but Table 1 "
                    f"(securities) says {_list(_money(a) for a in sorted(amounts))}",
                )
            )
        numerator, denominator = params.securities_share_fraction
        words = f"{'one' if numerator == 1 else numerator} {_ORDINALS.get(denominator, '')}"
        if numerator != 1 or words not in securities.description:
            problems.append(
                Problem(
                    "parameter-mismatch",
                    code.slug,
                    "parameters.securities_share_fraction",
                    f"is {numerator}/{denominator} but Table 1 (securities) does not say "
                    f"{words.strip()!r}",
                )
            )
    return problems


def _days(
    text: str, days: int, parameter: str, key: str, mismatch: Callable[[str, str, str], None]
) -> None:
    said = {int(n) for n in _DAYS.findall(text)}
    if said != {days}:
        mismatch(parameter, key, f"is {days} days but the text says {_list(sorted(said))} days")


def _category_citations(code: Code) -> list[Problem]:
    quoted = [
        Problem(
            "citation-unresolved",
            code.slug,
            f"quoted by {page}",
            f"{key!r} is not a paragraph of this code",
        )
        for key, page in QUOTED_PARAGRAPHS.items()
        if not code.has_provision(key)
    ]
    return quoted + [
        Problem(
            "citation-unresolved",
            code.slug,
            f"interest category {category.key!r}",
            f"governed by {category.provision_key!r}, which this code does not have",
        )
        for category in code.interest_categories
        if not code.has_provision(category.provision_key)
    ]


def _tables(code: Code) -> list[Problem]:
    """Every "Table N" a code paragraph names, and every category's table, is printed."""
    printed = {table.number for table, _ in code.tables()}
    named = [
        (f"paragraph {p.key!r}", int(n))
        for p in code.provisions_in(Document.CODE)
        for n in _TABLE.findall(p.text)
    ]
    named += [(f"interest category {c.key!r}", c.table) for c in code.interest_categories]
    return [
        Problem("table-missing", code.slug, where, f"Table {number} is not printed with the code")
        for where, number in dict.fromkeys(named)
        if number not in printed
    ]


def _declarations(code: Code) -> list[Problem]:
    from nolan.core.advisor.rules import FILE_NAME, load_rules

    if not (data_dir(code.slug) / FILE_NAME).exists():
        return [Problem("file-missing", code.slug, FILE_NAME, "no declaration rules")]
    try:
        load_rules(code)
    except CodeDataError as error:
        unresolved = error.path.endswith(".provision")
        return [
            Problem(
                "citation-unresolved" if unresolved else "declarations-invalid",
                code.slug,
                # The file's own name: a council inherits the faults of its base's file.
                f"{error.file} {error.path}".strip(),
                error.problem,
            )
        ]
    return []


def _screening(code: Code) -> list[Problem]:
    from nolan.core.screening.citations import (
        FIELDS,
        FILE,
        ScreeningDataError,
        entries,
        unknown_names,
    )
    from nolan.core.screening.engine import rule_ids
    from nolan.core.screening.model import Category

    if not (data_dir(code.slug) / FILE).exists():
        return [Problem("file-missing", code.slug, FILE, "no screening citations")]
    try:
        found = entries(code.slug)
    except (CodeDataError, ScreeningDataError) as error:
        return [Problem("screening-invalid", code.slug, FILE, str(error))]
    problems = [
        Problem(
            "citation-unresolved",
            code.slug,
            f"{FILE} citations.{what}.{field}",
            f"{key!r} is not a paragraph of {code.slug}'s {document.value}",
        )
        for what, fields in found.items()
        for field, document in FIELDS.items()
        for key in fields.get(field, ())
        if not code.has_provision(key) or code.provision(key).document is not document
    ]
    problems += [
        Problem("rule-unknown", code.slug, f"{FILE} citations.{what}", "no rule has this id")
        for what in unknown_names(found, rule_ids())
    ]
    problems += [
        Problem("category-uncited", code.slug, f"{FILE} citations.{category}", "cites no paragraph")
        for category in (c.value for c in Category)
        if not any(found.get(category, {}).values())
    ]
    return problems


def _pence(amount: str) -> int:
    return int(Decimal(amount.replace(",", "")) * 100)


def _money(pence: int) -> str:
    pounds, rest = divmod(pence, 100)
    return f"£{pounds:,}" + (f".{rest:02d}" if rest else "")


def _list(items: Iterable[object]) -> str:
    shown = [str(i) for i in items]
    return ", ".join(shown) if shown else "nothing"
