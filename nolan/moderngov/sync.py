"""One sync of one council with its Modern.gov: fetch, plan, and apply in one transaction.

The order is what makes a run all or nothing. Every answer is fetched and read first
(``read_feed``); any call that fails stops the run before Nolan is touched, naming the call
and why (``SyncFailed``). Only then, inside one transaction with the council's row locked
so that two runs cannot interleave, is what Nolan holds read, the plan made
(``nolan.core.moderngov.plan``) and each step written through the same service the back
office uses (``nolan.councils.services``, ``nolan.meetings.services``), which checks,
validates and records who and why in each record's history. A refusal there rolls the
whole run back. Each run, failed or not, leaves a ``SyncRun`` (a dry run leaves nothing).

The services ask who is acting. A sync acts as ``moderngov-sync``, an account that cannot
sign in (inactive, no password) and exists only so that every history row says the change
came from Modern.gov; it is a superuser because the services let only a council's officers
or a superuser change its records, and a sync acts for every council with an address.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from nolan.core.errors import Refused
from nolan.core.moderngov import feed
from nolan.core.moderngov.plan import Action, Feed, Held, Holdings, Kind, Meeting, Plan, plan
from nolan.core.moderngov.plan import same_name as name_key
from nolan.councils import services as councils
from nolan.councils.models import Committee, CommitteeMembership, Council, Member, Term
from nolan.councils.services import CouncilsError
from nolan.meetings import services as meetings
from nolan.meetings.models import AgendaItem
from nolan.meetings.models import Meeting as NolanMeeting
from nolan.meetings.services import MeetingsError
from nolan.moderngov import client
from nolan.moderngov.models import Link, SyncRun

SYNC_USERNAME = "moderngov-sync"
REASON = "Modern.gov sync"
# The default window of meetings (issue 12): the last 30 days and the next 90.
DAYS_BACK, DAYS_AHEAD = 30, 90
# A run's log keeps this many lines of what changed; a first run over years of agendas can
# have thousands, and the officer needs the gist, not a copy of the feed.
MAX_LOGGED_CHANGES = 2000

T = TypeVar("T")


class SyncFailed(Refused):
    """A run that changed nothing: ``call`` says which request (or "saving"), ``code`` why."""

    def __init__(self, code: str, call: str, message: str) -> None:
        super().__init__(code, message)
        self.call = call

    def __str__(self) -> str:
        return f"{self.call}: {self.message}"


@dataclass(frozen=True)
class Window:
    start: dt.date
    end: dt.date

    @classmethod
    def default(cls, today: dt.date) -> Window:
        return cls(today - dt.timedelta(days=DAYS_BACK), today + dt.timedelta(days=DAYS_AHEAD))


# --- reading the feed ---------------------------------------------------------------


def _read(base_url: str, call: str, params: Mapping[str, str], parse: Callable[[bytes], T]) -> T:
    label = call + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")
    try:
        return parse(client.fetch(base_url, call, params))
    except client.FetchError as error:
        raise SyncFailed(error.code, label, error.message) from None
    except feed.FeedError as error:
        raise SyncFailed(error.code, label, error.message) from None


def read_feed(base_url: str, window: Window) -> Feed:
    """Every answer a run needs, or ``SyncFailed`` for the first that cannot be had."""
    councillors = _read(base_url, "GetCouncillorsByWard", {}, feed.parse_councillors)
    committees = _read(base_url, "GetCommittees", {}, feed.parse_committees)
    found = []
    for committee in committees:
        if committee.deleted or committee.expired:
            continue
        params = {
            "lCommitteeId": committee.id,
            "sFromDate": f"{window.start:%d/%m/%Y}",
            "sToDate": f"{window.end:%d/%m/%Y}",
        }
        for line in _read(base_url, "GetMeetings", params, feed.parse_meetings):
            if line.cancelled:  # its agenda is not needed: a cancelled meeting is not added
                found.append(Meeting(line, feed.Agenda(line.id, "", ())))
                continue
            agenda = _read(base_url, "GetMeeting", {"lMeetingId": line.id}, feed.parse_agenda)
            if agenda.id != line.id:
                raise SyncFailed(
                    "unexpected-answer",
                    f"GetMeeting?lMeetingId={line.id}",
                    f"the answer is the agenda of meeting {agenda.id}",
                )
            found.append(Meeting(line, agenda))
    return Feed(
        councillors=_usable_emails(councillors), committees=committees, meetings=tuple(found)
    )


def _usable_emails(councillors: tuple[feed.Councillor, ...]) -> tuple[feed.Councillor, ...]:
    """A councillor whose published e-mail Nolan could not store is brought in without it."""
    limit = Member._meta.get_field("email").max_length

    def usable(email: str) -> str:
        try:
            validate_email(email)
        except ValidationError:
            return ""
        return email if len(email) <= limit else ""

    return tuple(dataclasses.replace(c, email=usable(c.email)) for c in councillors)


def limits() -> dict[str, int]:
    """The longest text each column the feed fills will hold, by "kind.field"."""
    columns = {
        "committee": (Committee, ("name",)),
        "member": (Member, ("name", "party", "ward")),
        "meeting": (NolanMeeting, ("venue",)),
        "item": (AgendaItem, ("number", "title", "description")),
    }
    return {
        f"{kind}.{name}": model._meta.get_field(name).max_length
        for kind, (model, names) in columns.items()
        for name in names
    }


# --- what Nolan holds ---------------------------------------------------------------


def _links(council: Council) -> dict[str, dict[str, int]]:
    found: dict[str, dict[str, int]] = defaultdict(dict)
    for kind, ident, pk in Link.objects.filter(council=council).values_list(
        "kind", "moderngov_id", "object_id"
    ):
        found[kind][ident] = pk
    return found


def _unlinked(records, linked: Mapping[str, int], values) -> dict[str, Held]:
    """Records no sync brought in, by name, where exactly one has that name."""
    taken = set(linked.values())
    names = Counter(name_key(r.name) for r in records if r.pk not in taken)
    return {
        name_key(r.name): Held(r.pk, values(r))
        for r in records
        if r.pk not in taken and names[name_key(r.name)] == 1
    }


def _committee_values(committee: Committee) -> dict[str, object]:
    return {"name": committee.name}


def _member_values(member: Member) -> dict[str, object]:
    return {"name": member.name, "party": member.party, "ward": member.ward, "email": member.email}


def holdings(council: Council) -> Holdings:
    links = _links(council)
    committees = list(Committee.objects.filter(council=council))
    members = list(Member.objects.filter(council=council))
    mg_of_committee = {pk: ident for ident, pk in links[Link.Kind.COMMITTEE].items()}

    def by_link(kind: str, records, values) -> dict[str, Held]:
        rows = {r.pk: r for r in records}
        return {
            ident: Held(pk, values(rows[pk])) for ident, pk in links[kind].items() if pk in rows
        }

    terms: dict[int, dict[dt.date, Held]] = defaultdict(dict)
    for term in Term.objects.filter(member__council=council):
        terms[term.member_id][term.start] = Held(term.pk, {"end": term.end})
    seats = CommitteeMembership.objects.filter(
        pk__in=links[Link.Kind.MEMBERSHIP].values(), end__isnull=True
    ).select_related("member", "committee")
    meetings_held = NolanMeeting.objects.filter(pk__in=links[Link.Kind.MEETING].values())
    items = AgendaItem.objects.filter(pk__in=links[Link.Kind.ITEM].values())
    return Holdings(
        committees=by_link(Link.Kind.COMMITTEE, committees, _committee_values),
        members=by_link(Link.Kind.MEMBER, members, _member_values),
        terms=terms,
        memberships=by_link(
            Link.Kind.MEMBERSHIP,
            seats,
            lambda s: {"position": s.position, "label": f"{s.member.name} on {s.committee.name}"},
        ),
        meetings=by_link(
            Link.Kind.MEETING,
            meetings_held,
            lambda m: {
                "committee": mg_of_committee.get(m.committee_id, f"nolan:{m.committee_id}"),
                "starts": timezone.localtime(m.starts).replace(tzinfo=None),
                "venue": m.venue,
            },
        ),
        items=by_link(
            Link.Kind.ITEM,
            items,
            lambda i: {
                "number": i.number,
                "title": i.title,
                "description": i.description,
                "exempt_paragraph": i.exempt_paragraph,
            },
        ),
        unlinked_committees=_unlinked(committees, links[Link.Kind.COMMITTEE], _committee_values),
        unlinked_members=_unlinked(members, links[Link.Kind.MEMBER], _member_values),
    )


# --- applying the plan --------------------------------------------------------------


def acting_user():
    """The account a sync acts as (see the module's docstring); made on first use."""
    user, created = get_user_model().objects.get_or_create(
        username=SYNC_USERNAME,
        defaults={
            "is_active": False,
            "is_superuser": True,
            "first_name": "Modern.gov",
            "last_name": "sync",
        },
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    elif user.is_active or user.has_usable_password():
        raise SyncFailed(
            "account-taken",
            "saving",
            f"the user name {SYNC_USERNAME!r} belongs to someone who can sign in; rename them",
        )
    return user


class _Applier:
    def __init__(self, council: Council, by, today: dt.date) -> None:
        self.council = council
        self.by = by
        self.today = today
        self.ids = _links(council)
        self.new_links: list[Link] = []
        self.cache: dict[tuple[type, int], object] = {}
        self.slugs = {
            Committee: set(
                Committee.objects.filter(council=council).values_list("slug", flat=True)
            ),
            Member: set(Member.objects.filter(council=council).values_list("slug", flat=True)),
        }

    def slug(self, model, name: str, ident: str) -> str:
        limit = model._meta.get_field("slug").max_length
        slug = slugify(name)[:limit] or model._meta.model_name
        if slug in self.slugs[model]:
            slug = f"{slug[: limit - len(ident) - 1]}-{ident}"
        self.slugs[model].add(slug)
        return slug

    def link(self, kind: str, ident: str, pk: int) -> None:
        """Remember the link now (later steps find parents by it); ``save_links`` stores it."""
        self.ids[kind][ident] = pk
        self.new_links.append(
            Link(council=self.council, kind=kind, moderngov_id=ident, object_id=pk)
        )

    def save_links(self) -> None:
        """Store the run's new links in one go, replacing any left by a record since gone."""
        for kind in Link.Kind.values:
            idents = [link.moderngov_id for link in self.new_links if link.kind == kind]
            if idents:
                Link.objects.filter(
                    council=self.council, kind=kind, moderngov_id__in=idents
                ).delete()
        Link.objects.bulk_create(self.new_links, batch_size=500)

    def parent(self, model, pk: int):
        """A record others belong to, with its council in hand, so that each service's check
        of which council a record is of costs no query (issue 12's 60-member benchmark)."""
        if (model, pk) not in self.cache:
            if model is NolanMeeting:
                record = NolanMeeting.objects.get(pk=pk, committee__council=self.council)
                record.committee = self.parent(Committee, record.committee_id)
            else:
                record = model.objects.get(pk=pk, council=self.council)
                record.council = self.council
            self.cache[(model, pk)] = record
        return self.cache[(model, pk)]

    def save(self, service, record, values: Mapping[str, object], adding: bool):
        for name, value in values.items():
            setattr(record, name, value)
        service(self.by, record, fields=() if adding else list(values), reason=REASON)
        if adding and isinstance(record, Committee | Member | NolanMeeting):
            self.cache[(type(record), record.pk)] = record
        return record

    def apply(self, step) -> None:
        adding = step.action == Action.ADD
        values = dict(step.values)
        member_of = self.ids[Link.Kind.MEMBER].get
        if step.kind == Kind.COMMITTEE:
            record = (
                Committee(council=self.council, slug=self.slug(Committee, values["name"], step.key))
                if adding
                else self.parent(Committee, step.pk)
            )
            self.save(councils.save_committee, record, values, adding)
        elif step.kind == Kind.MEMBER:
            record = (
                Member(council=self.council, slug=self.slug(Member, values["name"], step.key))
                if adding
                else self.parent(Member, step.pk)
            )
            self.save(councils.save_member, record, values, adding)
        elif step.kind == Kind.TERM:
            record = (
                Term(member=self.parent(Member, member_of(step.parents["member"])))
                if adding
                else Term.objects.get(pk=step.pk, member__council=self.council)
            )
            self.save(councils.save_term, record, values, adding)
        elif step.kind == Kind.MEMBERSHIP:
            record = (
                CommitteeMembership(
                    committee=self.parent(
                        Committee, self.ids[Link.Kind.COMMITTEE][step.parents["committee"]]
                    ),
                    member=self.parent(Member, member_of(step.parents["member"])),
                )
                if adding
                else CommitteeMembership.objects.get(pk=step.pk, member__council=self.council)
            )
            self.save(councils.save_membership, record, values, adding)
        elif step.kind == Kind.MEETING:
            if "committee" in values:
                committee = self.ids[Link.Kind.COMMITTEE][str(values["committee"])]
                values["committee"] = self.parent(Committee, committee)
            if "starts" in values:
                values["starts"] = timezone.make_aware(values["starts"])
            record = NolanMeeting() if adding else self.parent(NolanMeeting, step.pk)
            self.save(meetings.save_meeting, record, values, adding)
        else:
            record = (
                AgendaItem(
                    meeting=self.parent(
                        NolanMeeting, self.ids[Link.Kind.MEETING][step.parents["meeting"]]
                    )
                )
                if adding
                else AgendaItem.objects.get(pk=step.pk, meeting__committee__council=self.council)
            )
            self.save(meetings.save_agenda_item, record, values, adding)
        if (adding or step.link) and step.kind != Kind.TERM:
            self.link(step.kind.value, step.key, record.pk)


# --- one run ------------------------------------------------------------------------


def sync(
    council: Council,
    base_url: str,
    *,
    window: Window | None = None,
    dry_run: bool = False,
    today: dt.date | None = None,
) -> Plan:
    """Bring ``council`` into line with its Modern.gov at ``base_url``; return the plan.

    With ``dry_run`` the plan is made and returned, and nothing is written at all.
    """
    today = today or timezone.localdate()
    window = window or Window.default(today)
    run = None
    if not dry_run:
        run = SyncRun.objects.create(council=council, base_url=base_url, started=timezone.now())
    try:
        data = read_feed(base_url, window)
        with transaction.atomic():
            Council.objects.select_for_update().get(pk=council.pk)  # one run per council
            result = plan(data, holdings(council), today=today, limits=limits())
            if not dry_run:
                applier = _Applier(council, acting_user(), today)
                for step in result.steps:
                    try:
                        applier.apply(step)
                    except (CouncilsError, MeetingsError) as error:
                        raise SyncFailed(
                            error.code, "saving", f"{step.describe()} was refused: {error}"
                        ) from None
                applier.save_links()
    except SyncFailed as error:
        _failed(run, error.code, str(error))
        raise
    except Exception as error:
        _failed(run, "stopped", f"the sync stopped unexpectedly ({type(error).__name__})")
        raise
    if run is not None:
        changes = [step.describe() for step in result.steps]
        if len(changes) > MAX_LOGGED_CHANGES:
            more = len(changes) - MAX_LOGGED_CHANGES
            changes = [*changes[:MAX_LOGGED_CHANGES], f"… and {more:,} more"]
        run.finished = timezone.now()
        run.ok = True
        run.added = result.count(Action.ADD)
        run.changed = result.count(Action.CHANGE)
        run.ended = result.count(Action.END)
        run.changes = changes
        run.notes = list(result.notes)
        run.save(update_fields=["finished", "ok", "added", "changed", "ended", "changes", "notes"])
    return result


def _failed(run: SyncRun | None, code: str, message: str) -> None:
    if run is None:
        return
    run.finished = timezone.now()
    run.error_code = code
    run.error = message[: SyncRun._meta.get_field("error").max_length]
    run.save(update_fields=["finished", "error_code", "error"])
