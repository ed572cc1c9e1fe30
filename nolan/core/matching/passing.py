"""Bodies an item's report names in passing, as the source of its advice, data or listing.

A report cites national bodies for what they say, hold or own, not because the matter is
theirs: "in line with Environment Agency advice", "Universal Credit data will continue to
be received from the DWP", "the transfer will be registered at HM Land Registry", "noted on
the Historic England list", "when the Met Office forecasts zero degrees", "outside scope as
they belong to National Highways", "the Environment Agency flood map", "rateable values are
set by the Valuation Office Agency", "a trainer formerly of the University of Hertfordshire";
and bodies in the story of a place or a person, not parties to the item ("the footbridge was
built by Ferrier Rail Engineering in 1994", "began as an apprentice at Prestwick").
A member who works for that body has nothing to declare (blind sets 21, 23 and 25 of issue 11),
and a needless prompt teaches members to ignore them.
``in_passing_removed`` gives the item with those citations taken out of its description (a
title names what the item is about, so it is kept whole); a name found only in them is no
evidence (``matcher``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from nolan.core.matching.model import Item

# A body's name as a report writes it: words with capitals ("HM Land Registry", "the
# DWP", "Department for Work and Pensions"), "and", "for" and "of" inside it.
_NAME = r"(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:(?:and|for|of|&)\s+)?[A-Z][\w&'’-]*)*"
# What a report takes from a body it cites; a document's name may end in a capital ("HSE's
# National Local Authority Enforcement Code"), but "Advice" is a body's ("Citizens Advice").
_TAKEN = (
    r"(?:advice|guidance|data|dataset|figures|statistics|forecasts?|list|standards|warnings?"
    r"|research|survey|study|findings|history\s+pages"
    r"|maps?|mapping|plans|index|census|estimates|metric|code|scores|ratings|note|Code|Index"
    r"|Maps?|Dataset)"
)
# Words that may stand between the body and what is taken from it ("Environment Agency flood
# map", "HM Land Registry house price index"), but no preposition: "Ordnance Survey for
# mapping data" may be a contract with it, nor a verb: "Brookfield Homes has provided
# viability figures" is a party's own.
_BETWEEN = (
    r"(?:\s+(?!(?:for|to|from|of|with|by|and|on|in|at|under|has|have|had|is|are|was|were|will"
    r"|would|provided|provides|supplied|supplies|submitted|sent|gave|gives)\b)[a-z][\w-]*){0,3}"
)
_CITED = re.compile(
    # its data or advice received or taken from it (not objections or bids received from
    # it, nor work supplied by it: it is a party to those)
    rf"\b(?:{_NAME}\s+)?{_TAKEN}\b[^.;]*?\b(?:received|supplied|provided|obtained|sourced"
    rf"|published)\s+(?:from|by)\s+{_NAME}"
    # its data taken from it or held by it ("maps from the Environment Agency", "title plans
    # held by HM Land Registry"), tried before a capitalised word opening the sentence is
    # read as a body whose data it is ("Gritting starts when forecasts from the Met Office")
    rf"|\b(?:{_NAME}{_BETWEEN}\s+)?{_TAKEN}\s+(?:from|released\s+by|issued\s+by|held\s+by)"
    rf"\s+{_NAME}"
    # in line with, according to or on the advice of the body
    rf"|\b(?:in\s+line\s+with|according\s+to|as\s+advised\s+by|on\s+the\s+advice\s+of)\s+{_NAME}"
    rf"(?:['’]s)?(?:\s+{_TAKEN})?"
    # a title registered with it
    rf"|\bregistered\s+(?:at|with)\s+{_NAME}"
    # its advice, data or list, named by it
    rf"|\b{_NAME}(?:['’]s)?{_BETWEEN}\s+{_TAKEN}\b"
    # what it publishes or sets, or data sent to it
    rf"|\b(?:published|set|compiled)\s+by\s+{_NAME}"
    rf"|\b(?:addresses|data|figures|returns)\b[^.;]*?\b(?:supplied|sent|submitted|returned)"
    rf"\s+to\s+{_NAME}"
    # a person once of it, or schemes it runs that the council's are compared with
    rf"|\bformerly\s+(?:of|with|at)\s+{_NAME}"
    rf"|\bbenchmarked\s+against\b[^.;]*?\b(?:run|operated|used)\s+by\s+{_NAME}"
    # the body forecasting or warning
    rf"|\b(?:when|if|where|once)\s+{_NAME}\s+(?:forecasts?|warns?|issues?|advises?)\b"
    # what lies outside the item because it is the body's
    rf"|\boutside\s+(?:the\s+)?scope\b[^.;]*?\b(?:belongs?|belonging)\s+to\s+{_NAME}"
    rf"|\breproduced\s+from\s+{_NAME}"
    # the body in the story of a place or a person, not a party to the item: what it built,
    # made or began there years ago ("built by Ferrier Rail Engineering in 1994", "Ashdown
    # Aviation Training began there in 1956", "Marlowe Electronics, a later occupant of the
    # works, made radar parts there in the 1970s"), a firm a person worked at ("began as an
    # apprentice at", "found work at"), a firm that helped once ("staff from local firms
    # including Hargreaves Removals volunteered", "a pilot in 2023, in which Cray Valley
    # Bakeries lent staff"), a scheme modelled on its own
    rf"|\b(?:built|made|designed|founded)\s+by\s+{_NAME}\s+in\s+(?:19|20)\d\d\b"
    rf"|{_NAME}(?:,\s+[^,.;]+,)?\s+(?:began|started|made|carried\s+out|completed)\b[^.;]*?"
    rf"\bin\s+(?:(?:19|20)\d\d|the\s+(?:19|20)\d0s)\b"
    rf"|\b(?:apprentice|found\s+work|worked)\s+(?:at|with|for)\s+{_NAME}"
    rf"|\b(?:including|from|in\s+which|when)\s+{_NAME}\s+(?:volunteered|lent|helped)\b"
    rf"|\bmodelled\s+on\b[^.;]*?\bthat\s+{_NAME}"
    # a place's later owners or occupants ("whose later owners included BAE Systems")
    rf"|\b(?:later|former|previous|past)\s+(?:owners|occupants|tenants)\s+(?:included|include"
    rf"|were)\s+{_NAME}"
    # figures read from its bills ("water use is taken from Affinity Water bills")
    rf"|\b(?:taken|drawn|read)\s+from\s+{_NAME}\s+(?:bills|invoices|meter\s+readings)\b"
    # a past year's event it sponsored, hosted or supplied, a past order paid for at the
    # time, a past appeal's beneficiary ("the 2023 switch-on was sponsored by Keyhouse
    # Estates", "past sponsors have included", "under a one-off order", "last year's
    # appeal raised £31,000 for Farleigh Hospice")
    rf"|\b(?:19|20)\d\d\b[^.;]*?\b(?:was|were)\s+(?:sponsored|hosted|supplied|organised"
    rf"|funded)\s+(?:by|at)\s+(?:the\s+)?{_NAME}"
    rf"|\b(?i:past)\s+sponsors\s+(?:have\s+)?(?:included?|were)\s+{_NAME}"
    rf"|{_NAME}\s+supplied\b[^.;]*?\bone-off\b|\bone-off\s+(?:paid\s+)?order\s+by\s+{_NAME}"
    rf"|\b(?i:last)\s+year['’]s\s+[^.;]*?\bfor\s+{_NAME}"
    # an example cited ("citing Ocado among examples"), and research or pages drawn on (not
    # a consultee or a respondent: a body's own view on the item is its matter)
    rf"|\bciting\s+{_NAME}\s+among\s+examples\b"
    rf"|\b(?:citing|drawing\s+on|draws\s+on|drew\s+on)\s+{_NAME}(?:['’]s?)?\s+{_TAKEN}"
    # a place's later use, or firms founded there long ago ("whose site is now the Belvedere
    # Logistics depot", "radio firms founded nearby, including Chelmer Radio in 1958")
    rf"|\bwhose\s+site\s+is\s+now\s+(?:the\s+)?{_NAME}"
    rf"|\b(?:founded|established)\b[^.;]*?\bincluding\s+{_NAME}\s+in\s+(?:19|20)\d\d\b"
    # what it ran, used or leased there until a past year, said in the past tense and not
    # taken up again ("the hall was run by Thamesmead Community Trust from 2009 to 2015",
    # "was used as offices by the Town Partnership until 2018"; not "is to be leased to ...
    # from 2026 to 2036", nor "... until 2019 and is now offered to it again"), and a
    # scheme opposed or backed years ago "at the time"
    rf"|\b(?:was|were)\s+(?:an?\s+[a-z]+\s+)?(?:run|used|leased|occupied|managed|operated)"
    rf"(?:\s+as\s+[a-z]+)?"
    rf"\s+(?:by|to)\s+{_NAME}\s+(?:until|from\s+(?:19|20)\d\d\s+to)\s+(?:19|20)\d\d\b"
    rf"(?![^.;]*\bagain\b)"
    rf"|\b(?:19|20)\d\d\b[^.;]*?\b(?:was|were)\s+(?:opposed|supported|backed)\s+at\s+the"
    rf"\s+time\s+by\s+{_NAME}"
    # the national body's own words or figures, not its local branch ("figures published by
    # the national charity Citizens Advice", "the national Citizens Advice ... protocol")
    rf"|\b(?:published|issued|set)\s+by\s+the\s+national\s+(?:charity|body)\s+{_NAME}"
    rf"|\bthe\s+national\s+{_NAME}(?:\s+[a-z]+){{0,3}}\s+(?:protocol|guidance|figures|data)\b"
    # work or a study by it cited, or a scheme of its that the council's is modelled on,
    # where it does not go on to deliver the item ("which will deliver the project")
    rf"|\b(?:cites?|citing|draws?\s+on|drew\s+on|modelled\s+on)\s+(?:an?\s+)?"
    rf"(?:work|research|study|scheme|programme)\s+(?:by|run\s+by)\s+{_NAME}"
    rf"(?![^.;]*\bwhich\s+will\b)"
    # a firm the item says is unconnected
    rf"|{_NAME},?\s+an?\s+(?:unconnected|unrelated)\s+(?:firm|company|business|body)\b"
    # local firms given as examples of who came or signed up ("local employers such as
    # Teledyne e2v and Chelmsford Star attended its careers fair")
    rf"|\b(?:employers|firms|businesses|companies)\s+(?:such\s+as|including|like)\s+{_NAME}"
    rf"(?:\s*(?:,|and)\s+{_NAME})*\s+(?:attended|signed|joined|took\s+part|exhibited)\b"
)


def in_passing_removed(item: Item) -> Item | None:
    """The item with the bodies its description cites in passing taken out; None if it
    cites none."""
    description = _CITED.sub(" ", item.description)
    return None if description == item.description else replace(item, description=description)
