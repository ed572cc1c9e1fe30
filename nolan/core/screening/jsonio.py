"""Posts, contexts and results as JSON: the wire format of ``nolan screen`` and the API.

The shapes are those of issue 5. Parsing is strict and every error names the field
(``pending_matters[0].kind``) and what was expected, so a Monitoring Officer can fix a
file without reading code. Datetimes must carry a timezone offset. Input is read through
``nolan.core.boundedjson`` within the limits below, the same for the command and the API.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from nolan.core.screening.model import (
    Account,
    Capacity,
    CapacityValue,
    Category,
    Context,
    Election,
    ExemptItem,
    Finding,
    MatterKind,
    Meeting,
    Officer,
    Paragraph,
    PendingMatter,
    Post,
    Result,
    Severity,
)

# One post per line (or per API request): room for the longest draft "Check a post" takes,
# 10,000 characters, even with every character written as a \uXXXX escape.
MAX_LINE_CHARS = 100_000
# A context file: thousands of pending matters, exempt items, officers and meetings at most.
MAX_CONTEXT_CHARS = 10_000_000


class InputError(ValueError):
    """Bad input; ``code`` is a stable machine code, the message names the field."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InputError("not-an-object", f"{where}: expected a JSON object")
    return value


def _string(obj: dict[str, Any], key: str, where: str, required: bool = True) -> str:
    value = obj.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise InputError(
            f"bad-{key.replace('_', '-')}", f"{where}.{key}: expected a non-empty string"
        )
    return value


def _date(value: Any, where: str, required: bool = True) -> date | None:
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise InputError("bad-date", f"{where}: expected a date as YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError("bad-date", f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None


UK = ZoneInfo("Europe/London")
_BARE_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_posted_at(raw: Any) -> datetime:
    """A timestamp with an offset, or a bare date: that day in UK time (taken at noon, so
    the day is the same in UTC and in UK time whatever the season)."""
    if isinstance(raw, str) and _BARE_DATE.fullmatch(raw):
        try:
            return datetime.combine(date.fromisoformat(raw), time(12), UK)
        except ValueError:
            raise InputError("bad-posted-at", f"posted_at: {raw!r} is not a date") from None
    try:
        posted_at = datetime.fromisoformat(raw) if isinstance(raw, str) else None
    except ValueError:
        posted_at = None
    if posted_at is None:
        raise InputError("bad-posted-at", f"posted_at: {raw!r} is not an ISO 8601 date or datetime")
    if posted_at.utcoffset() is None:
        raise InputError(
            "naive-posted-at",
            "posted_at: a time needs a timezone offset, e.g. +01:00 or Z; or give a bare date",
        )
    return posted_at


def _moment(value: Any, where: str) -> datetime:
    """A time with an offset: when a meeting starts or ends needs the time of day, so a bare
    date is refused."""
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None or _BARE_DATE.fullmatch(value):
        raise InputError(
            "bad-datetime", f"{where}: expected a date and time, e.g. 2026-04-01T19:30:00+01:00"
        )
    if moment.utcoffset() is None:
        raise InputError(
            "naive-datetime", f"{where}: a time needs a timezone offset, e.g. +01:00 or Z"
        )
    return moment


def parse_post(obj: Any) -> tuple[Any, Post]:
    """The id and the post of one input object."""
    post = _object(obj, "post")
    unknown = set(post) - {"id", "text", "posted_at", "account", "shared"}
    if unknown:
        raise InputError("unknown-field", f"unknown field(s) {sorted(unknown)}")
    if "id" not in post:
        raise InputError("missing-id", "id: required")
    text = post.get("text")
    if not isinstance(text, str):
        raise InputError("bad-text", "text: required, a string")
    posted_at = None
    if post.get("posted_at") is not None:
        posted_at = parse_posted_at(post["posted_at"])
    account = None
    if post.get("account") is not None:
        try:
            account = Account(post["account"])
        except ValueError:
            raise InputError(
                "bad-account",
                f"account: {post['account']!r} is not one of official, personal, council",
            ) from None
    shared = post.get("shared", False)
    if not isinstance(shared, bool):
        raise InputError("bad-shared", "shared: expected true or false")
    return post["id"], Post(text=text, posted_at=posted_at, account=account, shared=shared)


def _list(obj: dict[str, Any], key: str) -> list[Any]:
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise InputError("not-a-list", f"{key}: expected a list")
    return value


def parse_context(obj: Any) -> Context:
    """A context from its JSON object (all five lists optional)."""
    ctx = _object(obj, "context")
    unknown = set(ctx) - {"pending_matters", "exempt_items", "officers", "elections", "meetings"}
    if unknown:
        raise InputError("unknown-field", f"context: unknown key(s) {sorted(unknown)}")
    matters = []
    for i, raw in enumerate(_list(ctx, "pending_matters")):
        where = f"pending_matters[{i}]"
        m = _object(raw, where)
        try:
            kind = MatterKind(str(m.get("kind")))
        except ValueError:
            raise InputError(
                "bad-kind", f"{where}.kind: {m.get('kind')!r} is not planning or licensing"
            ) from None
        matters.append(
            PendingMatter(
                ref=_string(m, "ref", where),
                title=_string(m, "title", where),
                kind=kind,
                decision_date=_date(m.get("decision_date"), f"{where}.decision_date", False),
            )
        )
    exempt = []
    for i, raw in enumerate(_list(ctx, "exempt_items")):
        where = f"exempt_items[{i}]"
        e = _object(raw, where)
        keywords = e.get("keywords", [])
        if not isinstance(keywords, list) or not all(
            isinstance(k, str) and k.strip() for k in keywords
        ):
            raise InputError(
                "bad-keywords", f"{where}.keywords: expected a list of non-empty strings"
            )
        exempt.append(ExemptItem(title=_string(e, "title", where), keywords=tuple(keywords)))
    officers = []
    for i, raw in enumerate(_list(ctx, "officers")):
        where = f"officers[{i}]"
        o = _object(raw, where)
        officers.append(
            Officer(name=_string(o, "name", where), role=_string(o, "role", where, False))
        )
    elections = []
    for i, raw in enumerate(_list(ctx, "elections")):
        where = f"elections[{i}]"
        e = _object(raw, where)
        poll = _date(e.get("poll_date"), f"{where}.poll_date")
        start = _date(e.get("pre_election_from"), f"{where}.pre_election_from")
        assert poll is not None and start is not None
        if start > poll:
            raise InputError("bad-election", f"{where}: pre_election_from is after poll_date")
        elections.append(Election(poll_date=poll, pre_election_from=start))
    meetings = []
    for i, raw in enumerate(_list(ctx, "meetings")):
        where = f"meetings[{i}]"
        m = _object(raw, where)
        starts = _moment(m.get("starts"), f"{where}.starts")
        ends = _moment(m.get("ends"), f"{where}.ends")
        if ends <= starts:
            raise InputError("bad-meeting", f"{where}: ends must be after starts")
        meetings.append(Meeting(title=_string(m, "title", where), starts=starts, ends=ends))
    return Context(
        tuple(matters), tuple(exempt), tuple(officers), tuple(elections), tuple(meetings)
    )


def result_to_json(post_id: Any, result: Result) -> dict[str, Any]:
    """The output object for one post (issue 5's keys)."""
    return {
        "id": post_id,
        "capacity": {
            "value": result.capacity.value.value,
            "reasons": list(result.capacity.reasons),
        },
        "findings": [
            {
                "category": f.category.value,
                "severity": f.severity.value,
                "rule": f.rule,
                "paragraphs": [
                    {"key": p.key, "citation": p.citation, "anchor": p.anchor} for p in f.paragraphs
                ],
                "start": f.start,
                "end": f.end,
                "quote": f.quote,
                "explanation": f.explanation,
                "suggestion": f.suggestion,
            }
            for f in result.findings
        ],
    }


def result_from_json(obj: dict[str, Any]) -> Result:
    """A result as ``result_to_json`` wrote it, read back: a check the councillor kept is
    shown with the findings it had when it was made, not screened again under today's rules
    (they change from round to round; the councillor kept what they were told)."""
    try:
        capacity = obj["capacity"]
        return Result(
            capacity=Capacity(CapacityValue(capacity["value"]), tuple(capacity["reasons"])),
            findings=tuple(
                Finding(
                    category=Category(f["category"]),
                    severity=Severity(f["severity"]),
                    rule=f["rule"],
                    paragraphs=tuple(
                        Paragraph(key=p["key"], citation=p["citation"], anchor=p["anchor"])
                        for p in f["paragraphs"]
                    ),
                    start=f["start"],
                    end=f["end"],
                    quote=f["quote"],
                    explanation=f["explanation"],
                    suggestion=f["suggestion"],
                )
                for f in obj["findings"]
            ),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise InputError("bad-result", f"not a result as nolan screen writes it: {error}") from None
