"""A register entry read for matching (``registered_interest``).

Members write much of what identifies an interest in the entry's details rather than in
its name and address: the company's trading name, its parent, the premises it rents ("rents
the council's shop at 112 Blackfen Road"). Read from the details here, they are matched as
if they had been registered as names and addresses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nolan.core.matching.model import RegisteredInterest
from nolan.core.matching.vocabulary import GENERIC, STREETS
from nolan.core.matching.words import CLAUSE, tokens

# A trading name in an entry's details, quoted or up to the end of its clause.
# Where it trades may come between ("trades in Hatfield as The Propeller").
_TRADES_AS = re.compile(
    r"\b(?i:trades|trading|trade)(?:\s+(?i:in)\s+[A-Z][\w'’-]*)?\s+(?i:as|under)\s+"
    r"(?:['‘\"“]([^'’\"”]+)['’\"”]|([^;,.()]+))",
)


# A parent company the entry's details name ("a subsidiary of Marlin Environmental Group
# plc"): a contract with the parent, or its bid, is the group's, and a Monitoring Officer
# would ask a director of the subsidiary about it. Its words run while written with capitals
# (and "plc", "&"), so the clause after it is no part of it.
_PARENT = re.compile(
    r"\b[Ss]ubsidiary\s+(?:company\s+)?of\s+(?:the\s+)?"
    r"([A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|&|plc|ltd|of))*\b)"
)
# A name written with capitals (and "plc", "Ltd", "&", "of"), as ``_PARENT`` reads one.
_CAPITALISED_NAME = r"([A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|&|plc|ltd|of))*\b)"
# A group's name written with capitals, ending in its word for a group ("Riverside Waste
# Group"): what a company is "part of" without "the" ("part of Hatfield" is a place).
_GROUP_NAME = r"(?:[A-Z][\w&'’-]*\s+)+(?:Group|Holdings)\b"
# The other names the details give the registered body's group: the company a trading name
# is registered as ("trading as The Writtle Deli, registered as Lordship Foods Ltd"), the
# group it belongs to ("a company in the Riverside Logistics Group"), the brand or business
# it owns or runs ("which owns the GreenKey car wash chain"), and the subsidiaries of a
# company whose shares are registered ("whose subsidiaries include Foxbury Homes Ltd") or
# the sister companies its group also owns: an agenda names the applicant or bidder by its
# registered name.
_GROUP_NAMES = re.compile(
    r"\b(?:registered\s+(?:as|under\s+the\s+name)|incorporated\s+as"
    r"|(?:company|member|part)\s+(?:in|of)\s+the|[Pp]art\s+of(?=\s+" + _GROUP_NAME + ")"
    r"|subsidiar(?:y|ies)\s+(?:include|includes|including|is|are)|also\s+owns"
    r"|(?:whose|its)\s+subsidiar(?:y|ies)"
    r"|(?:which|that|it)\s+(?:owns|runs|operates|manages)"
    r"|operators?\s+of"
    r"|sister\s+compan(?:y|ies)(?:\s+(?:is|are|include|includes))?"
    r"|(?:wholly\s+)?owned\s+by)\s+(?:the\s+)?"
    + _CAPITALISED_NAME
    # ... and a second name listed after it ("runs Hatfield Swim Centre and Gosling Sports
    # Park").
    + r"(?:,?\s+and\s+(?:the\s+)?"
    + _CAPITALISED_NAME
    + ")?"
)
# A gift's venue that the details say the giver owns or runs ("dinner at The Moulsham
# Vaults, hosted by its owner, Vaults Taverns Ltd"): the giver's premises, which an agenda
# names by the venue's name.
_GIVERS_VENUE = re.compile(
    r"\bat\s+"
    + _CAPITALISED_NAME
    # its place between ("at The Old Bakery, Bexley High Street, hosted by its owner")
    + r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
    r",?\s+(?:hosted|run|owned|operated)\s+by\s+(?:its|their|the)\s+(?:owners?|operators?)\b"
)
# The body's other name, before or after a merger or renaming, that the entry's details
# give ("The college merged into London South East Colleges", "formerly known as Erith
# Housing Trust", "(now Cray Valley Homes)", "was called Digswell Developments Ltd until
# 2022"): the agenda names the body by the name it
# bears at the meeting, which the member may not have registered. Not "formerly" or "now"
# alone before a capital ("formerly Chair of ..."), which is a post, not a name.
_RENAMED = re.compile(
    r"(?:\b(?:merged\s+(?:into|with)|renamed(?:\s+as)?|changed\s+its\s+name\s+to"
    # A body it took in, or was formed from ("which absorbed Gallions Housing Association",
    # "formed in 2020 from Mid Essex Hospital Services NHS Trust").
    r"|absorbed|took\s+over|formed\s+(?:in\s+[0-9]{4}\s+)?from"
    r"|(?:now|formerly|previously)\s+(?:called|known\s+as|named|part\s+of))"
    r"|\((?:now|formerly|previously))\s+(?:the\s+)?"
    + _CAPITALISED_NAME
    # or the name it was known by until a year: "(Charity known as Hatfield Boys' Club
    # until 2019.)", "(called Dial-a-Ride Chelmsford until 2022)"
    + r"|\b(?:known\s+as|called)\s+(?:the\s+)?"
    + _CAPITALISED_NAME
    + r"\s+(?=until\s+[0-9]{4})"
    # or the name the details say it had before: "The company was called Great Leighs Farm
    # Foods Ltd until last year", "used to be called ...", "(until 2025 known as ...)"
    + r"|\b(?:was|were|used\s+to\s+be|until\s+[0-9]{4})\s+(?:called|named|known\s+as)\s+"
    r"(?:the\s+)?" + _CAPITALISED_NAME
)
# A company's name in an entry's details: words with capitals ending in its legal form
# ("Peartree Body Repairs Ltd").
_COMPANY = re.compile(
    r"\b[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|&|of))*\s+(?:Ltd|Limited|plc|PLC|LLP)\b"
)
# What says, in a sentence of the details, that the companies it names belong together:
# "A Ltd and B Ltd are both owned by C Holdings Ltd", "... are sister companies", "...
# owned by the same family holding company". Each company that sentence names is one of
# the group's, whose application the member's employer shares an owner with.
_COMMON_OWNER = re.compile(
    r"\b(?:owned\s+by|sister\s+compan(?:y|ies)|holding\s+company|same\s+group)\b", re.IGNORECASE
)
_SENTENCES = re.compile(r"(?<=[.;])\s+")
# The initials the details give in brackets after a registered name ("shares of
# Hertfordshire Renewable Energy Co-operative Ltd (HREC)"): the body's own short name, which
# an agenda may call it by alone, though the name's words' initials differ ("Co-operative"
# is one word of it, "Ltd" none).
_INITIALS_AFTER = r"\s*\(([A-Z][A-Z0-9&]{1,7})\)"
# Other names in brackets after it, in three shapes only (anything else in brackets is more
# often a role, an office or a day): a nickname ("Erith & Belvedere Football Club (the
# Deres)"), a unit's name led by its initials ("Chelmsford Sea Cadets (TS Chelmer)"), and
# the places the body runs, listed before their kind ("East and North Hertfordshire NHS
# Trust (Lister and QEII hospitals)": Lister Hospital and QEII Hospital).
_NICKNAME = re.compile(r"the\s+([A-Z][a-z'’-]+)")
_LED_BY_INITIALS = re.compile(r"[A-Z]{2,4}(?:\s+[A-Z][a-z'’-]+)+")
_PLACES_RUN = re.compile(
    r"((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*(?:\s*(?:,|and|&)\s*(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)+)"
    r"\s+(hospitals|sites|schools|campuses|depots|centres|libraries|surgeries)"
)
# Each place listed takes the kind after the list: "Lister Hospital", "QEII Hospital".
_ONE_OF_KIND = {
    "hospitals": "Hospital",
    "sites": "Site",
    "schools": "School",
    "campuses": "Campus",
    "depots": "Depot",
    "centres": "Centre",
    "libraries": "Library",
    "surgeries": "Surgery",
}
_LISTED = re.compile(r"\s*(?:,|\band\b|&)\s*")


def _bracketed_names(name: str, details: str) -> list[str]:
    """The other names in brackets right after ``name`` in the details (``_NICKNAME``,
    ``_LED_BY_INITIALS``, ``_PLACES_RUN``)."""
    found = re.search(re.escape(name) + r"\s*\(([^()]{2,60})\)", details)
    if found is None:
        return []
    inside = found.group(1).strip()
    if (nickname := _NICKNAME.fullmatch(inside)) and nickname.group(1).lower() not in GENERIC:
        return [nickname.group(1)]
    if _LED_BY_INITIALS.fullmatch(inside):
        return [inside]
    if places := _PLACES_RUN.fullmatch(inside):
        kind = _ONE_OF_KIND[places.group(2)]
        return [f"{p} {kind}" for p in _LISTED.split(places.group(1)) if p]
    return []


def _group_companies(details: str) -> list[str]:
    """The companies a sentence of the details names as sharing an owner with the
    registered one (``_COMMON_OWNER``): "Danbury Self Storage Ltd" of "Danbury Removals Ltd
    and Danbury Self Storage Ltd are owned by the same family holding company"."""
    return [
        company
        for sentence in _SENTENCES.split(details)
        if _COMMON_OWNER.search(sentence)
        for company in _COMPANY.findall(sentence)
    ]


def _parties(details: str) -> list[str]:
    """The names the details give the entry's other party (``_COUNTERPARTY``), but for a
    street's, a committee's or a day's (``_NOT_A_PARTY``) and a gift's venue."""
    venue = bool(_HOSPITALITY.search(details))
    return [
        name
        for word, name in _COUNTERPARTY.findall(details)
        if tokens(name)[-1] not in _NOT_A_PARTY and not (venue and word == "at")
    ]


def _found(pattern: re.Pattern[str], details: str) -> list[str]:
    """What each match of ``pattern`` captured, in whichever of its alternatives matched."""
    return [next(filter(None, m.groups())) for m in pattern.finditer(details)]


def _people_and_companies(name: str) -> list[str]:
    """A name written as a person and their company, a comma between ("Ian Dorrington,
    Dorrington Estates Ltd", a gift's donor): each is a name of the entry, as a company in
    brackets after a person is. A comma before anything else (a place: "St Mary's Church
    PCC, Great Baddow") is part of the name."""
    parts = [p.strip() for p in name.split(",")]
    if len(parts) > 1 and all(parts) and any(_COMPANY.fullmatch(p) for p in parts):
        return parts
    return [name]


# A property the details say the registered body owns ("Shares in Thamesmoor Square Ltd,
# owner of the Quayside Shopping Centre"): the company's asset, so a lease or sale of it is
# the company's matter as its premises are, and its name one of the entry's addresses.
_OWNER_OF = re.compile(
    r"\b(?:owners?|freeholders?|freehold\s+owners?)\s+of\s+(?:the\s+)?"
    + _CAPITALISED_NAME
    # or the named place where it owns property: "the company owns Units 1-6 at Hatfield
    # Business Park" (what it rents is its premises: ``premises``)
    + r"|\bowns\b[^.;()]*?\bat\s+(?:the\s+)?"
    + _CAPITALISED_NAME
)
# A business of the registered body that the details name by its own name ("engineer in its
# Essex & Suffolk Water business"): the name the public and the agenda know it by, as a
# trading name is.
_BUSINESS = re.compile(
    r"\bits\s+([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|&))*)\s+(?:business|division|brand|arm)\b"
    # The brand it trades under, or the group whose practice it is ("runs gyms under the
    # PulseGym brand", "operates pubs as Riverbank Inns", "a BrightSmile Dental Group
    # practice", "runs local bus services as 'Mimram Travel'").
    r"|\bunder\s+the\s+([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|&))*)\s+(?:brand|name)\b"
    r"|\b(?:operates|runs)\s+(?:[a-z]+\s+){1,3}as\s+['‘\"“]?([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|&))*)"
    r"|\b(?:a|an)\s+([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|&))*)\s+(?:practice|branch|franchise)\b"
)
# Two or more words written with capitals: a name in an entry's details ("Campus East").
NAMED = re.compile(r"\b[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)+")
# A name with capitals after a word that makes it the entry's other party: whom a gift was
# from, whom or where the member works for or at, whose trustee they are, who runs the
# business; a word or two may say what it is first ("from the Bexleyheath developer
# Kingsmere Estates"), and a place may be named after its street ("the Larner Road estate").
_COUNTERPARTY = re.compile(
    r"\b(from|by|of|for|at|runs|run|owns|owned|operates|manages|employs)\s+(?:the\s+)?"
    r"(?:[A-Z][a-z]+\s+(?=[a-z]))?(?:[a-z]+\s+){0,2}?("
    + NAMED.pattern
    + r"(?:\s+(?:Ltd|Limited|plc|LLP|estate|depot|market))?)"
)
# A gift's hospitality: where it was given ("dinner at Hatfield House") is no party.
_HOSPITALITY = re.compile(
    r"\b(?:dinner|lunch|meal|tickets?|hospitality|stay|weekend|night|drinks|reception)\b",
    re.IGNORECASE,
)
# Last words that make a name with capitals no party: a street, or the council's own
# committees, departments, posts, taxes and days ("Standards Committee", "Parks Department",
# "New Year"). STREETS, not STREET_TYPES, with the grove, hill, place and parade added:
# "Green", "Rise" and "Vale" end bodies' names too.
_NOT_A_PARTY = STREETS | {"gr", "hill", "pl", "parade", "committee", "department", "officer"}
_NOT_A_PARTY |= {"executive", "tax", "rates", "belt", "day", "year", "eve"}
# An address in an entry's details, a number and words with capitals after "at" or "of", or
# after a verb of holding it: "company rents the council's shop at 112 Blackfen Road,
# Sidcup DA15 8PR", "the company owns 1-5 Hatherley Road".
_ADDRESS_AT = re.compile(
    r"\b(?:at|of|owns|own|owned|rents|leases|occupies)\s+"
    r"((?:nos?\.?\s*)?[1-9][0-9]{0,2}[A-Za-z]?(?:\s*[-–]\s*[0-9]{1,3}[A-Za-z]?)?"
    r"(?:,?\s+(?:[A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2}\b|[A-Z][A-Za-z'’-]*))+)"
)


def registered_interest(
    key: str,
    member: str,
    *,
    names: Iterable[str] = (),
    addresses: Iterable[str] = (),
    details: str = "",
) -> RegisteredInterest | None:
    """A register entry's names and addresses for matching; None if it names nothing.

    ``names`` are its employer, counterparty, securities body or body; ``addresses`` its
    land's address and description. An entry with neither is matched on its other
    ``details``, read as a name; a trading name the details give ("trades as 'The Hive
    Workspace'") is one of its names, as are the company it is registered as, its group
    and a shareholding's subsidiaries that the details name (``_GROUP_NAMES``), its name
    before or after a merger or renaming there (``_RENAMED``), and the initials they give
    in brackets after a name (``_INITIALS_AFTER``), and a name in capitals there
    ("printing of the City Life magazine") says what it is for (``subjects``); an address
    there, a number and a street ("rents the council's shop at 112 Blackfen Road"), is one
    of its addresses: a company's tenancy names its premises in the details.
    """
    names = [part for n in names if n.strip() for part in _people_and_companies(n)]
    addresses = [a for a in addresses if a.strip()]
    if not (names or addresses) and details.strip():
        # ... and on the names the details write with capitals after a word that makes
        # them the other party ("from the owner of Mulberry Care Homes", "the cash and carry
        # run by Darent Wholesale Ltd", "trustee of Citizens Advice Chelmsford"), as a
        # Monitoring Officer reads them; a street's name says where, and a committee,
        # department, post or day what, not whose (``_parties``).
        names = [details, *_parties(details), *_GIVERS_VENUE.findall(details)]
    else:
        names += [quoted or plain for quoted, plain in _TRADES_AS.findall(details)]
        names += _PARENT.findall(details)
        names += [n for groups in _BUSINESS.findall(details) for n in groups if n]
        names += [n for groups in _GROUP_NAMES.findall(details) for n in groups if n]
        names += _GIVERS_VENUE.findall(details)
        names += [n for n in _found(_RENAMED, details) if len(n.split()) >= 2 and n not in names]
        names += [c for c in _group_companies(details) if c not in names]
        names += [
            found.group(1)
            for name in list(names)
            if (found := re.search(re.escape(name) + _INITIALS_AFTER, details))
        ]
        names += [other for name in list(names) for other in _bracketed_names(name, details)]
        addresses += [a.strip() for a in _ADDRESS_AT.findall(details)]
        addresses += [
            a for a in _found(_OWNER_OF, details) if len(a.split()) >= 2 and a not in addresses
        ]
    if not (names or addresses):
        return None
    return RegisteredInterest(
        key=key,
        member=member,
        names=tuple(names),
        addresses=tuple(addresses),
        # An address is matched as one (``Land._street_in``), its numbers and all, not by name.
        subjects=tuple(c for c in CLAUSE.split(_ADDRESS_AT.sub(" ", details)) if NAMED.search(c))
        if names
        else (),
        details=details,
    )
