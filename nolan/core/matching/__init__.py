"""Which agenda items may touch which registered interests: the "may I have to declare?" net.

A member with a Disclosable Pecuniary Interest in a matter at a meeting must declare it and
must not take part (Localism Act 2011 s.31; seed 000 Appendix B para 5, seed 001 Appendix B
para 4); failing to do so is a criminal offence (s.34). Other Registerable Interests and
interests that a matter "affects" have their own rules (seed 000 paras 6-9, seed 001 paras
6-9). Nolan cannot decide whether a matter *directly relates to* or only *affects* an
interest: it finds the items that may touch one and asks the member. A false alarm costs
the member one question; a miss may cost them a prosecution, so every rule here errs
towards asking. But a needless "leave the room" teaches members to ignore prompts, so a
word that says where a matter is or what kind of body it concerns is not evidence of whose
it is: the council's place names and its own name (``places``, issue 11), "Garden",
"Home", "Centre", house-name words ("The Lodge"), legal forms, trade words and the words
that name a part of a body ("Eastern Region", "Branch").

An interest is looked for by its names (``names``, with ``name_forms``, ``name_words``,
``initials`` and ``related_names``) and by its land (``land``, with ``addresses``,
``house_numbers``, ``premises`` and ``references``); ``matcher.match`` compares them with
each item, taking and giving ``model``'s plain data, and ``entries.registered_interest``
reads a register entry for it.

Where the rules came from: classes of pair that blind sets of labelled pairs showed missed
or falsely flagged became rules, each tested on invented pairs of its own. Blind set 8's are
``premises`` (premises a company rents, named in the entry's details, touched by an item
dealing with property at the same site: "the lakeside boathouse ... in Central Park", a
range of units that includes the member's) and ``related_names`` (a sister company sharing
a group's two leading words, the full name behind a trading name with a place's kind
inserted, a firm's first word as owner: "Cory's application"), with a firm named without
the trade word that ends its name ("contract with Peartree IT"), each of a list of OS
parcels, and a list of houses all odd or all even as one side of the road.

Blind set 10's classes (tests/core/test_matching_blind10_rules.py): a range written "Nos
40 to 80", "from the junction (No. 1) to No. 19", "Wellfield Road from its junction with
... to No. 39" or "Brampton Road outside Nos. 120-200", its side said before it
("odd-numbered houses 11 to 35") or in a bracket before the street ("1-41 (odd) The Ryde");
a body's premises (a company's shop) are touched by numbers next door, not ten doors away;
units, garage blocks and plots the item numbers anywhere that are not the member's make
the member's estate another property ("Letting of Unit 16" for Unit 6); a town written
before the street is the town's own street ("Chelmsford High Street" is not the High
Street of Great Baddow, whose post town it is); a name's word ending another name
("Blackwater Navigation", then "the Navigation") is that name, and a trade after "the" in
lower case ("the traffic management contract") no place-led firm; the company a trading
name is registered as, its group, its subsidiaries and sister companies named in the
details are its names; a classified road's number in an address ("(A1000)") is the road,
on the side the address says; a body's premises at a part of town are touched by a
property dealing there that names its trade ("the florist's unit"); and a company's
initials with its "Limited" ("GLL") where the item writes them in capitals.

Blind set 11's classes (tests/core/test_matching_blind11_rules.py): the member's unit at a
part of town, repeated with the part after it ("Unit 4, Hollybush"); a name written as an
owner ("the Friends of Quarry Park's proposal"); a company's name without the words saying
it is a group or holding company ("Erith Builders" for "Erith Builders Group Ltd"), written
with capitals and ending there; a partnership by its first surname made plural
("Pendlefords" for "Pendleford Marsh LLP"); a firm by its first word after the part it
plays ("contractor Hazelford"); initials joined by "&" ("BD&W"); a unit or shop written as
its number on a parade or estate, perhaps without a middle word of the parade's name ("7
Kestrel Parade" for "Unit 7, Kestrel Shopping Parade"), never on a street; premises named
before a village whose name ends like a street's ("Larkhill School, Welham Green"); and a
property the details say the company owns ("owner of the Quayside Shopping Centre"). Two
kinds of false alarm: initials the item spells out itself as other words ("tapered
polystyrene slabs (TPS)"), and a name's words in another order where one is written only in
lower case ("boarding kennels in Barnehurst" for "Barnehurst Kennels").


How well: the labelled pairs in tests/core/data, scored by ``benchmarks/score_matching.py``
(figures in docs/performance.md).

Everything here is plain data in, plain data out, so the benchmark in
``benchmarks/bench_meetings.py`` can time it without a database.
"""
