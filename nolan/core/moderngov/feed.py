"""Reading the four answers of a Modern.gov web service into plain data (issue 12).

Every Modern.gov site answers ``BASE_URL/mgWebService.asmx/CALL`` with XML; the shapes
below are the service's own, as DemocracyClub's LGSF keeps them in its test fixtures:

- ``GetCouncillorsByWard``: ``councillorsbyward/wards/ward`` with ``wardtitle`` and
  ``councillors/councillor`` (``councillorid``, ``fullusername``, ``politicalpartytitle``,
  ``workaddress/email`` or ``homeaddress/email``, ``termsofoffice/termofoffice`` with
  ``startdate`` and ``enddate`` as DD/MM/YYYY or "unspecified");
- ``GetCommittees``: ``committees/committee`` (``committeeid``, ``committeetitle``,
  ``committeedeleted``, ``committeeexpired``, ``committeecategory``) and, where the council
  publishes them, ``committeemembers/committeemember`` with the same attributes as a
  meeting's ``attendee`` (``memberid``, ``name``, ``roledescription``);
- ``GetMeetings``: ``getmeetings/committee/committeemeetings/meeting`` (``meetingid``,
  ``meetingdate``, ``meetingtime`` such as "10.00 am", ``meetingstatus``);
- ``GetMeeting``: ``meeting`` with ``meetinglocation`` and ``agendaitems/agendaitem``
  (``agendaitemid``, ``agendaitemtitle``, ``agendatext`` as escaped HTML,
  ``fulldisplaynumberformat``, ``agendaitemnumber``, ``isrestricted``, and
  ``linkeddocuments/linkeddoc/restrictionsRef``).

A councillor's home address and telephone numbers are in the same answer; they are never
read. The XML is untrusted, so it is parsed with ``defusedxml`` (no entity expansion, no
external references, no DTDs). Anything that is not the answer it should be raises
``FeedError`` with a stable ``code``, so that a run can refuse the whole feed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from xml.etree.ElementTree import Element, ParseError

import defusedxml
from defusedxml.ElementTree import fromstring

from nolan.core.errors import Refused

# "Councillor Ian Beckett" is Ian Beckett: the title is Modern.gov's, not the name.
_TITLE = re.compile(r"^(?:councillor|cllr\.?)\s+", re.IGNORECASE)
_TIME = re.compile(r"^(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s*m\.?$|^(\d{1,2})[.:](\d{2})$")
# "exempt under paragraph 3 of Part 1 of Schedule 12A": the paragraph that makes it exempt.
_PARAGRAPH = re.compile(r"\bparagraphs?\s+([1-7])\b", re.IGNORECASE)
_SCHEDULE_12A = re.compile(r"schedule\s+12\s*a", re.IGNORECASE)
_NO_END = {"", "unspecified"}


class FeedError(Refused):
    """An answer that is not what the call should return; ``code`` is stable."""


@dataclass(frozen=True)
class TermOfOffice:
    start: dt.date
    end: dt.date | None


@dataclass(frozen=True)
class Councillor:
    id: str
    name: str
    party: str
    ward: str
    email: str
    terms: tuple[TermOfOffice, ...]


@dataclass(frozen=True)
class Seat:
    """A councillor's place on a committee; ``role`` is Modern.gov's, e.g. "Chair"."""

    member_id: str
    role: str


@dataclass(frozen=True)
class Committee:
    id: str
    title: str
    deleted: bool
    expired: bool
    # None when the council does not publish the committee's members: not the same as none.
    seats: tuple[Seat, ...] | None


@dataclass(frozen=True)
class MeetingDate:
    """One line of ``GetMeetings``: when a committee meets, before its agenda is read."""

    id: str
    committee_id: str
    date: dt.date
    time: dt.time | None
    status: str

    @property
    def cancelled(self) -> bool:
        return self.status.strip().lower() == "cancelled"


@dataclass(frozen=True)
class AgendaItem:
    id: str
    number: str
    title: str
    text: str
    restricted: bool
    # The Schedule 12A paragraph when the answer cites one; None when it does not.
    exempt_paragraph: int | None


@dataclass(frozen=True)
class Agenda:
    """``GetMeeting``: where the meeting is and what is on its agenda."""

    id: str
    location: str
    items: tuple[AgendaItem, ...]


def _root(data: bytes, expected: str) -> Element:
    if not data.strip():
        raise FeedError("empty", "the answer was empty")
    try:
        # Modern.gov's answers have no DTD; refusing one refuses every declared entity.
        root = fromstring(data, forbid_dtd=True)
    except ParseError as error:
        raise FeedError("malformed", f"the answer is not well-formed XML ({error})") from None
    except defusedxml.DefusedXmlException as error:
        raise FeedError("forbidden-xml", f"the answer uses forbidden XML ({error})") from None
    if _local(root.tag) != expected:
        raise FeedError(
            "unexpected-answer", f"expected <{expected}>, the answer is <{_local(root.tag)}>"
        )
    return root


def _local(tag: str) -> str:
    """A tag without its namespace: some sites answer in the ASP.NET service namespace."""
    return tag.rsplit("}", 1)[-1]


def _children(element: Element, name: str) -> list[Element]:
    return [child for child in element if _local(child.tag) == name]


def _child(element: Element, name: str) -> Element | None:
    found = _children(element, name)
    return found[0] if found else None


def _text(element: Element | None, name: str) -> str:
    child = None if element is None else _child(element, name)
    return " ".join((child.text or "").split()) if child is not None else ""


def _required(element: Element, name: str, what: str) -> str:
    value = _text(element, name)
    if not value:
        raise FeedError("missing-field", f"a {what} has no <{name}>")
    return value


def _flag(element: Element, name: str) -> bool:
    return _text(element, name).lower() == "true"


def _date(value: str, what: str) -> dt.date:
    try:
        return dt.datetime.strptime(value, "%d/%m/%Y").date()
    except ValueError:
        raise FeedError("bad-date", f"{what} {value!r} is not a DD/MM/YYYY date") from None


def parse_time(value: str) -> dt.time | None:
    """Modern.gov's "10.00 am", "7.30pm", "2 pm" or "19:00"; None when none is given.

    A time in any other form is also None: the meeting is still imported, at the start of
    its day, rather than refusing the council's whole feed over one clerk's typing.
    """
    match = _TIME.match(value.strip().lower())
    if not match:
        return None
    if match[4] is not None:
        hour, minute = int(match[4]), int(match[5])
    else:
        hour, minute = int(match[1]), int(match[2] or 0)
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match[3] == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


def councillor_name(full_user_name: str) -> str:
    return _TITLE.sub("", full_user_name).strip()


def parse_councillors(data: bytes) -> tuple[Councillor, ...]:
    root = _root(data, "councillorsbyward")
    wards = _child(root, "wards")
    if wards is None:
        raise FeedError("missing-field", "the answer has no <wards>")
    found: dict[str, Councillor] = {}
    for ward in _children(wards, "ward"):
        ward_title = _text(ward, "wardtitle")
        for councillor in ward.iter():
            if _local(councillor.tag) != "councillor":
                continue
            ident = _required(councillor, "councillorid", "councillor")
            name = councillor_name(_required(councillor, "fullusername", "councillor"))
            if not name:
                raise FeedError("missing-field", f"councillor {ident} has no name")
            terms = _terms(councillor, ident)
            found[ident] = Councillor(
                id=ident,
                name=name,
                party=_text(councillor, "politicalpartytitle"),
                ward=ward_title,
                email=_email(councillor),
                terms=terms,
            )
    return tuple(found.values())


def _email(councillor: Element) -> str:
    """The work address's e-mail, else the one given with the home address; nothing else."""
    for address in ("workaddress", "homeaddress"):
        email = _text(_child(councillor, address), "email")
        if email:
            return email
    return ""


def _terms(councillor: Element, ident: str) -> tuple[TermOfOffice, ...]:
    terms: dict[dt.date, TermOfOffice] = {}
    for term in councillor.iter():
        if _local(term.tag) != "termofoffice":
            continue
        start_text = _text(term, "startdate")
        if not start_text:
            continue
        start = _date(start_text, f"councillor {ident}'s term start")
        end_text = _text(term, "enddate")
        end = None if end_text.lower() in _NO_END else _date(end_text, "a term end")
        if end is not None and end < start:
            raise FeedError("bad-date", f"councillor {ident} has a term ending before it starts")
        # The same start twice (Modern.gov keeps corrections as extra rows): the later wins.
        terms[start] = TermOfOffice(start, end)
    return tuple(sorted(terms.values(), key=lambda t: t.start))


def parse_committees(data: bytes) -> tuple[Committee, ...]:
    root = _root(data, "committees")
    committees = []
    for committee in _children(root, "committee"):
        ident = _required(committee, "committeeid", "committee")
        members = _child(committee, "committeemembers")
        seats = None
        if members is not None:
            seats = tuple(
                Seat(member_id=m.get("memberid", "").strip(), role=m.get("roledescription", ""))
                for m in _children(members, "committeemember")
                if m.get("memberid", "").strip()
            )
        committees.append(
            Committee(
                id=ident,
                title=_required(committee, "committeetitle", "committee"),
                deleted=_flag(committee, "committeedeleted"),
                expired=_flag(committee, "committeeexpired"),
                seats=seats,
            )
        )
    return tuple(committees)


def parse_meetings(data: bytes) -> tuple[MeetingDate, ...]:
    root = _root(data, "getmeetings")
    meetings = []
    for committee in _children(root, "committee"):
        committee_id = _required(committee, "committeeid", "committee")
        listed = _child(committee, "committeemeetings")
        for meeting in [] if listed is None else _children(listed, "meeting"):
            ident = _required(meeting, "meetingid", "meeting")
            meetings.append(
                MeetingDate(
                    id=ident,
                    committee_id=committee_id,
                    date=_date(_required(meeting, "meetingdate", "meeting"), f"meeting {ident}"),
                    time=parse_time(_text(meeting, "meetingtime")),
                    status=_text(meeting, "meetingstatus"),
                )
            )
    return tuple(meetings)


def parse_agenda(data: bytes) -> Agenda:
    root = _root(data, "meeting")
    ident = _required(root, "meetingid", "meeting")
    items = []
    listed = _child(root, "agendaitems")
    for item in [] if listed is None else _children(listed, "agendaitem"):
        item_id = _required(item, "agendaitemid", "agenda item")
        text = html_text(_raw(item, "agendatext"))
        title = _text(item, "agendaitemtitle")
        number = _text(item, "fulldisplaynumberformat").rstrip(".") or _text(
            item, "agendaitemnumber"
        )
        restrictions = " ".join(
            _text(doc, "restrictionsRef")
            for docs in _children(item, "linkeddocuments")
            for doc in _children(docs, "linkeddoc")
        )
        items.append(
            AgendaItem(
                id=item_id,
                number=number,
                title=title or f"Item {number or item_id}",
                text=text,
                restricted=_flag(item, "isrestricted"),
                exempt_paragraph=exempt_paragraph(title, text, restrictions),
            )
        )
    return Agenda(id=ident, location=_text(root, "meetinglocation"), items=tuple(items))


def exempt_paragraph(*texts: str) -> int | None:
    """The Schedule 12A paragraph an item cites: "paragraph 3" beside "Schedule 12A", or a
    restriction reference that is only "Paragraph 3"."""
    for text in texts:
        paragraph = _PARAGRAPH.search(text)
        if paragraph and (_SCHEDULE_12A.search(text) or text.strip() == paragraph.group()):
            return int(paragraph[1])
    return None


def _raw(element: Element, name: str) -> str:
    child = _child(element, name)
    return (child.text or "") if child is not None else ""


class _Text(HTMLParser):
    """The words of an agenda item's HTML, one line per block, without any markup."""

    _BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "table"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_text(markup: str) -> str:
    """Plain text of Modern.gov's agenda HTML, so that matching reads words, not tags."""
    parser = _Text()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)
