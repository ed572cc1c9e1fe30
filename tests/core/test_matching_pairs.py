"""Meeting prompts fire only when they should (issue 11): the labelled pairs as regressions.

Each ``data/matching-*.jsonl`` file was written apart from the matcher, each pair labelled
``must_match`` or a near miss. The pairs a file's matcher gets wrong are listed in its
``-known-misses.json``, and the list must match exactly: a change that breaks a passing pair
fails here, and one that mends a listed pair asks for the list to shrink.

- ``matching-tuning.jsonl``: tuned on. A post town named alone ("High Street, Chelmsford")
  may still be the member's village, and a miss costs more than a question; its one false
  alarm of that kind went with the blind 6 round, because the item says "city centre".
- ``matching-blind.jsonl``: scored blind once (20 wrong, docs/performance.md), then studied
  and tuned on; what it still gets wrong is listed.
- ``matching-blind2.jsonl``: scored blind once, with the matcher of commit a498976 (23
  wrong: precision 87.1%, recall 92.7%; the list as first scored is in commit e4d4380 and
  docs/performance.md), then studied and tuned on; what it still gets wrong is listed.
- ``matching-blind3.jsonl``: scored blind once, with the matcher of commit 31d89d7 (precision
  77.2%, recall 98.0%: docs/performance.md), then studied and tuned on; what it still gets
  wrong is listed. Its two false alarms are accepted: a range that ends five houses from
  the member's (a neighbour's matter is asked about, ``_NEIGHBOURS``), and a hamlet whose
  name is also the member's street (Mill Green).
- ``matching-blind4.jsonl``: scored blind once, with the matcher of commit 9d60149 (precision
  78.2%, recall 83.5%: docs/performance.md; 17 missed, 24 false alarms, the list as first
  scored is in commit 97f975e), then studied and tuned on (in the eleventh session, a
  firm's word opening a plan's title: ``test_matching_document_title_rules``); what it
  still gets wrong (false alarms only) is listed.
- ``matching-blind5.jsonl`` (253 pairs, 106 must match): scored blind once, with the matcher of
  commit 4df225b (precision 91.9%, recall 96.2%: docs/performance.md; 4 missed, 9 false
  alarms; the list as first scored is in commit 7984b58), then studied and tuned on; what
  it still gets wrong is listed. Its false alarm is accepted: the item names the member's
  street ("Brownfields") to say that no site there is added, and reading what an item
  denies is beyond the matcher.
- ``matching-blind6.jsonl`` (240 pairs, 114 must match): scored blind once, with the matcher
  of commit 43a5583 (precision 94.0%, recall 95.6%: docs/performance.md; 5 missed, 7 false
  alarms; the list as first scored is in commit 05467b6), then studied and tuned on; what
  it still gets wrong is listed (nothing, as fit).
- ``matching-blind7.jsonl`` (240 pairs, 117 must match): scored blind once, with the matcher
  of commit 951ee84 (precision 94.5%, recall 88.0%: docs/performance.md; 14 missed, 6 false
  alarms; the list as first scored is in commit 2a9c5c3), then studied and tuned on (in
  the eleventh session, a name registered with its town written as an address in another:
  ``test_matching_placed_elsewhere_rules``; friends named after the name's river or park:
  ``test_matching_friends_of_rules``; a company's leading words the item calls a
  charity: ``test_matching_called_a_charity_rules``); what it still gets wrong is
  listed: one false alarm, the council's theatre called by the words that lead the
  member's company's name ("Chelmsford Theatre" for "Chelmsford Theatre Workshop Ltd").
- ``matching-blind8.jsonl`` (240 pairs, 109 must match): scored blind once, with the matcher
  of commit 6db2535 (precision 99.0%, recall 88.1%: docs/performance.md; 13 missed, 1 false
  alarm; the list as first scored is in commit bdc1858), then studied and tuned on (rented
  premises in the item's words, OS parcel lists, a list of houses on one side of the road,
  related and shortened names: ``matching.premises``, ``matching.related_names``); what it still
  gets wrong is listed (nothing, as fit).

- ``matching-blind9.jsonl`` (240 pairs, 118 must match): scored blind once, with the matcher
  of commit f3558ec (precision 97.3%, recall 93.2%: docs/performance.md; 8 missed, 3 false
  alarms; the list as first scored is in commit 91dfea2), then studied and tuned on (a Land
  Registry title called a parcel, a parent company or a named business from the details, a
  firm by its first word as the subject of what it does or in a call-off, "the café
  building" let as the café, a name word the item writes as its place or street), and
  in the twelfth (market pitches moved as a group, the market written as its place and kind with
  its street elsewhere: ``test_matching_held_site_short_rules``); what it still gets wrong
  is listed: one miss, a meadow the item describes by its boundaries in other words, with
  no rule yet that would not also ask about every item on the same meadow, so the file
  stays out of ``TUNED_ON`` (where no must-match pair may be missed) until it is mended.

- ``matching-blind10.jsonl`` (240 pairs, 120 must match): scored blind once, at the end of
  the seventh session, with the matcher of commit ce362fc (precision 91.9%, recall 85.0%:
  docs/performance.md; 18 missed, 9 false alarms; the list as first scored is in commit
  bedcc7e), then studied and tuned on in the eighth session (house numbers in ranges
  written with "to", "from ... to" or after the street, another unit, block or shop, a
  town written before the street, a name's word ending another name, a trade in lower
  case, registered and group names from the details, a road by its number, a tenant's
  trade at its part of town, initials with "Limited": ``test_matching_blind10_rules``),
  and in the eleventh (a council-appointed body called by its kind:
  ``test_matching_appointed_rules``), and in the twelfth (a parish council's own
  neighbourhood plan: ``test_matching_qualifying_body_rules``; a designation
  written as its initials, "Chelmer Valley LNR" for the Local Nature Reserve:
  ``test_matching_designation_initials_rules``); what it still gets wrong is listed: five
  misses (a body the member manages, or a grantee or objector, described without its
  name; land in other words) and one false alarm (another part of the same park), so it
  stays out of ``TUNED_ON`` until they are mended.

- ``matching-blind11.jsonl`` (240 pairs, 120 must match): scored blind once, at the end of
  the eighth session, with the matcher of commit 7400871 (precision 96.5%, recall 92.5%:
  docs/performance.md; 9 missed, 4 false alarms; the list as first scored is in commit
  b068eac), then studied and tuned on in the ninth session (a unit at a part of town, a
  name written as an owner, a group's name without "Group", a partnership's surname made
  plural, a firm after its role, initials joined by "&", a unit written as its parade's
  number, premises before a village named like a street, a company's property from the
  details; and initials the item spells out as other words, a name's word in lower case
  in another order: ``test_matching_blind11_rules``), and in the twelfth (a pub's sign
  in an item about a pub, "The Crown public house", is not a firm named for it:
  ``test_matching_pub_sign_rules``); what it still gets wrong is listed: one false alarm
  (a traffic scheme on the company's street "near the shops"), and no misses, so it
  joins ``TUNED_ON``.

- ``matching-blind12.jsonl`` (240 pairs, 120 must match), written in the eighth session from
  the seeds and a brief alone by a helper who read nothing under the repository: scored
  blind once, at the end of the ninth session, with the matcher of commit 7cd8a17
  (precision 87.7%, recall 89.2%: docs/performance.md; 13 missed, 15 false alarms, listed as
  first scored), then tuned on in the tenth session (sister companies named in the
  details, a donor's company after a comma, garages at the unit's street; another flat,
  other blocks, a name inside another full name: ``test_matching_blind12_rules``), and in
  the eleventh (a contract the details describe, extended or varied without its holder's
  name: ``test_matching_contract_rules``; a council-appointed body called by its kind:
  ``test_matching_appointed_rules``), and in the twelfth (a name's last word shortened
  or lengthened at another place than the name's: "St Mary's churchyard, Woodham Ferrers"
  for "St Mary's Church PCC, Great Baddow": ``test_matching_shortened_elsewhere_rules``);
  three misses remain (land in other words), with two false alarms (a namesake the item
  itself says is unrelated, a home care firm named like a housebuilder), so it stays out
  of ``TUNED_ON`` until they are mended.

- ``matching-blind13.jsonl`` (240 pairs, 120 must match), written in the ninth session the
  same way: scored blind once, at the end of the tenth session, with the matcher of commit
  19bfcb0 (precision 92.6%, recall 93.3%: docs/performance.md; 8 missed, 9 false alarms,
  listed as first scored), then tuned on in the eleventh session (a council-appointed body
  called by its kind: ``test_matching_appointed_rules``; land by its side of a named
  place: ``test_matching_direction_rules``), and later in the eleventh (house numbers the item
  gives apart from the street's name, where it names no other street:
  ``test_matching_loose_numbers_rules``; a name's words written only in lower case:
  ``test_matching_lower_case_name_rules``; another unit of the place the details name
  the member's company's unit at: ``test_matching_other_unit_rules``; a one-word brand
  with a final "s" written only without it: ``test_matching_final_s_rules``), and in the twelfth
  (a group's initials joined by "&" as its brand, "M&S Food" for "Marks and Spencer Group
  plc": ``test_matching_ampersand_initials_rules``), and after blind 15 (a listed group's
  brands, below); what it still gets wrong is listed (false alarms only), so it joins
  ``TUNED_ON``.

- ``matching-blind14.jsonl`` (240 pairs, 120 must match), written in the tenth session the
  same way: scored blind once, at the end of the eleventh session, with the matcher of
  commit 1ad247d (precision 92.2%, recall 79.2%: docs/performance.md; 25 missed, 8 false
  alarms; the list as first scored is in commit 1e104e9), then studied and tuned on in the
  twelfth session (a contract the details describe by what the firm is to do or by the
  words before "contract", ended, continued or merged, or called the current arrangement
  or the existing provider: ``test_matching_contract_change_rules``; the initials the
  details give after a name, a coined word in capitals or with figures that opens or
  closes it, an acronym after a place written out, a body's first word with its kind:
  ``test_matching_short_form_rules``), and (a name of only a part of a
  town's name and a trade, written in full: ``test_matching_place_kind_name_rules``; a
  name's word written apart or joined where reading respells it:
  ``test_matching_joined_word_rules``; a place's word that is another town inside the
  name's longer place, "Welwyn" of "Welwyn Garden City":
  ``test_matching_town_word_rules``; a name of only place and kind words as the start of
  another body's longer name: ``test_matching_longer_name_rules``; a pub's sign:
  ``test_matching_pub_sign_rules``), and (a licensed trade's fares, fees
  or policy for a member who works in it: ``test_matching_licensed_trade_rules``; a
  parish council's own neighbourhood plan: ``test_matching_qualifying_body_rules``; a
  police force written as its chief constable: ``test_matching_office_holder_rules``;
  another flat's number written as a house's before the block's name:
  ``test_matching_flat_number_rules``; a subsidiary led by its holding company's
  initials: ``test_matching_holding_initials_rules``), and (a bus station's kiosks
  at the station written after its street: ``test_matching_held_site_short_rules``); what
  it still gets wrong is listed: five misses (a florist's contract in other words, a
  name's words apart, a nickname, a donor by its stadium, a business's premises in other
  words) and four of the eight false alarms as first scored (a name's one word in another
  sense or for another body), so it stays out of ``TUNED_ON``.

- ``matching-blind15.jsonl`` (240 pairs, 120 must match), written in the eleventh session
  the same way and committed unseen (111a01d): scored blind once, at the end of the
  twelfth session, with the matcher of commit 5d2d6cf (precision 93.4%, recall 94.2%:
  docs/performance.md; 7 missed, 8 false alarms, listed as first scored), then tuned on by
  class (a name written short: ``test_matching_short_written_rules``; a friends' group
  called by its kind: ``test_matching_called_by_kind_rules``); misses remain, so it stays
  out of ``TUNED_ON``.

After blind 15, by class over every file (fit): a body called by what it is and where, or
an appointed body by what it is named after, mends two of blind 10's misses and one of blind
14's (``test_matching_called_by_kind_rules``); a listed group's brands (``matching.brands``:
``test_matching_brand_rules``) mend blind 13's four, so blind 13, with no miss left, joins
``TUNED_ON``.

- ``matching-blind16.jsonl`` (240 pairs, 120 must match), written in the twelfth session the
  same way and committed unseen (3ded86f): scored blind once, at the end of the thirteenth
  session, with the matcher of commit c7640b4 (precision 91.2%, recall 77.5%:
  docs/performance.md; 27 missed, most of them bodies described by role or place, firms
  left unnamed and subsidiaries, and 9 false alarms, most of them acronyms shared with
  another body); not yet studied, so it stays out of ``TUNED_ON``.

After blind 16, by class over every file (fit): a contract let again, renewed, left to run
out or added to, or called an agreement or its operator's, a contract's reference number
(``Reason.REFERENCE``), and a brand the registered company owns, mend four of its misses
(``test_matching_contract_renewal_rules``); misses remain, so it stays out of ``TUNED_ON``.

- ``matching-blind17.jsonl`` (240 pairs, 120 must match), written in the thirteenth session
  the same way and committed unseen (80bf2df): scored blind once, at the end of the
  fourteenth session, with the matcher of commit 015c5ca (precision 92.1%, recall 87.5%:
  docs/performance.md; 15 missed, most of them premises or sites of the body and trading or
  former names, and 9 false alarms, most of them house or pub names shared with another
  place). Tuned on by class in the fifteenth session (a house or pub placed by its address,
  a workplace the details name opening the item's title, a word inserted in a name, a whole
  legal name, a bracketed "(UK)", a parish's governance review: the
  ``test_matching_house_name_rules``, ``workplace``, ``inserted_word``, ``legal_name`` and
  ``qualifying_body`` tests): 95.7% / 93.3%; misses remain, so it stays out of ``TUNED_ON``.

- ``matching-blind18.jsonl`` (240 pairs, 120 must match), written in the fourteenth session
  the same way and committed unseen (ba48185): scored blind once, at the end of the
  fifteenth session, with the matcher of commit 241892e (precision 95.2%, recall 65.8%:
  docs/performance.md; 41 missed, most of them bodies, employers, sites and contracts the
  item describes without naming, and 4 false alarms); tuned on by class in the sixteenth
  session (a contract's work before "contractor" or after "subcontract", a club or trust
  called "the" in lower case, an address the details say the body owns:
  ``test_matching_described_work_rules``): 95.5% / 70.8%; misses remain, so it stays out of
  ``TUNED_ON``.
- ``matching-blind19.jsonl`` (240 pairs, 120 must match), written in the fifteenth session
  the same way and committed unseen (845a018): scored blind once, at the end of the sixteenth
  session, with the matcher of commit 842420c (precision 96.2%, recall 84.2%:
  docs/performance.md; 19 missed, 4 false alarms); tuned on by class in the seventeenth
  session (a legal form written out, a street ending in a compass word, a lettered plot
  inside a range, a group's subsidiary, a former or later name in the details, a home
  registered by its address, a pub by its sign, a name without "Group" as a party, a town
  council or club called by its kind, a body before a spaced dash, a unit at the council's
  own town's site written without the town, work done under a contract, a church by its
  saint: the ``legal_form``, ``street_compass``, ``lettered_unit``, ``group_company``,
  ``renamed``, ``home_named``, ``pub_kind``, ``group_word_dropped``,
  ``town_council_kind``, ``club_in_lower_case``, ``dashed_part``, ``site_without_town``,
  ``work_done_under`` and ``church_dedication`` tests): 96.7% / 97.5%; three misses
  remain (a subsidiary named without its legal form, a unit on an estate an order covers,
  land inside an allocation the item names only by its place), so it stays out of
  ``TUNED_ON``.

- ``matching-blind20.jsonl`` (240 pairs, 120 must match), written in the sixteenth session
  the same way and committed unseen (f8772e1): scored blind once, at the end of the
  seventeenth session, with the matcher of commit a1c730c (precision 98.1%, recall 87.5%:
  docs/performance.md; 15 missed, most of them employers, contracts, charities and bodies
  the item describes or shortens, and 2 false alarms); tuned on by class in the seventeenth
  session (a firm contracted to do a work, the county council funding or delivering the
  matter, a stretch between two house numbers, a garage block behind numbered houses, a
  body's trade or kind on its street, a workplace as an application's site, a name for two
  places shortened to one, a place and the initials ending a name, a neighbouring village
  by another compass word, another company's whole name begun alike: the
  ``contracted_to``, ``county_funds``, ``between_numbers``, ``block_behind_houses``,
  ``kind_and_street``, ``application_site``, ``two_places``, ``place_initials``,
  ``other_compass`` and ``shortened_company`` tests): 100.0% / 95.8% (fit); five misses
  remain (a club's nickname, a firm's contract sharing one word of its work, a trust and a
  water company known only by what they run, a charity's former initials), so it stays out
  of ``TUNED_ON``.

- ``matching-blind21.jsonl`` (240 pairs, 120 must match, 80 per council), written in the
  seventeenth session the same way and committed unseen (71c63df), was scored once in the
  eighteenth, on the matcher of 7005593: precision 89.3%, recall 76.7% (28 missed: a body's
  former name or its spelling varied, a parent or subsidiary company, a site or estate, a
  contract named by its service, a body's premises; 11 false alarms: a national body named
  in passing, a similar company name, a shared ward). Tuned on in the nineteenth session
  (a body cited for its advice, data or listing is named in passing: ``matching.passing``;
  a parent, group, former name or owned site the details give in other words; a club's
  building; a group named after a place leading its company: ``test_matching_blind21_rules``):
  recall 87.5% and precision 95.5% as fit (a lower-case or run-together name, "Gt" for
  "Great", a road after a comma, a contract's performance reviewed or the work done for the
  council named without "contract", another area's contract: ``matching.contracts``). What
  it still gets wrong is listed: subsidiaries and former names the entry does not give,
  premises named by their site alone, similar company names.

- ``matching-blind22.jsonl`` (240 pairs, 120 must match, 80 per council), written in the
  eighteenth session the same way and committed unseen (cd2f314), was scored once at the end
  of the nineteenth, on the matcher of d763431: precision 93.5%, recall 84.2% (19 missed: a
  body by its short name, initials or site, a subsidiary of a listed parent, a market's
  pitches or licence, a land title number; 7 false alarms: initials shared with another
  body, another house in the same street or the same number in another town, another
  franchisee of the chain). Studied after scoring (fit): a title the land is "registered
  under", an accent written either way ("café", "cafe"), a café as an address's first line
  no property name, and in the twentieth a county council's joint work, "Utd", an NHS
  trust's status, a list of units, initials the item spells out as other words, the same
  street in another town (``test_matching_blind22_rules``): 96.4% / 89.2%. Misses remain,
  so it stays out of ``TUNED_ON``.

- ``matching-blind23.jsonl`` (240 pairs, 120 must match, 80 per council), written in the
  nineteenth session the same way and committed unseen (a979e8e), was scored once at the
  start of the twenty-first, on the matcher of 3fd01e0: precision 80.8%, recall 87.5% (15
  missed: premises named by their building or site alone, a parent or subsidiary, a name
  spelt otherwise, a trustee's charity; 25 false alarms: a national body cited in passing,
  an employer named only incidentally, a similar company name, a shared place). Studied
  after scoring (fit): a body's map, index, code or published figures, data sent to it, a
  person formerly of it and schemes it runs used as a benchmark are named in passing; a
  tenant of the council at premises, and premises said to be a body's own ("whose ground
  and pavilion are at"), are matched by kind and site (``test_matching_blind23_rules``);
  in the twenty-second, the companies the details say the body owns
  (``test_matching_blind24_rules``): 89.4% / 91.7%; in the twenty-third, a place's later
  owners and figures read from a supplier's bills are named in passing
  (``test_matching_partners_firms_and_history_rules``). Misses remain, so it stays out of
  ``TUNED_ON``.

- ``matching-blind24.jsonl`` (240 pairs, 120 must match, 80 per council, 66 kinds), written
  in the twentieth session the same way and committed unseen (6ef7db8), was scored once at
  the end of the twenty-first, on the matcher of 7aa9047: precision 91.0%, recall 92.5% (9
  missed: a sponsor's application, a licence's terms, a company by its description or its
  site, a relative's body, a contract by its contractor or service, a short name; 11 false
  alarms: a street named with no number or another number, another premises of the same
  name, initials shared, another franchisee, a similar name, the same sector, another
  park). Studied in the twenty-second session (fit): a professional firm by its partners'
  names without its trade, a brewer's brewery, a building a site holds one of, initials
  the item spells out in brackets after them, a company called by its role beside the rest
  of its name ("the developer of Beaulieu Park": ``test_matching_blind24_rules``): 92.7% /
  95.8%. The rest were left: a street's own works (parking, a speed limit) beside land off
  it, a company by its site alone, a relative's body among several, and similar names are
  each as often another's. Misses remain, so it stays out of ``TUNED_ON``.

- ``matching-blind25.jsonl`` (240 pairs, 120 must match, 80 per council, 22 kinds), written
  in the twenty-first session the same way and committed unseen (939a962), was scored once at
  the end of the twenty-second, on the matcher of 203ac3a: precision 78.6%, recall 91.7% (10
  missed: a contract by its service (6), a trading or former name, a parent or subsidiary; 30
  false alarms: an employer named only incidentally (11), another franchisee or branch (9), a
  national body cited in passing (7), a similar name, common words). Studied in the same
  session (fit): a body whose data the report takes ("maps from", "title plans held by",
  "reproduced from ... mapping", "a ... technical note") and a body in the story of a place
  or a person (what it built or began there years ago, a firm someone once worked at or whose
  staff once helped, a scheme the council's is modelled on) are named in passing; an outlet
  the item says another franchisee runs is not the member's; a contract the details
  describe by its work is the holder's where an item adds to or cuts it
  (``test_matching_blind25_rules``), and a trust's own subsidiary is its own
  (``test_matching_blind24_rules``): 92.1% / 97.5%. Studied again in the twenty-third
  session (fit): a firm of partners (LLP) or a community interest company has no sister
  companies; a body in a place's history between commas, or one that lent staff to a past
  pilot, is named in passing; a name the details say the company was called is its own; a
  budget topped up or a framework reprocured for the work the details name is the holder's
  (``test_matching_partners_firms_and_history_rules``): 95.2% / 100%, no must-match pair
  missed, so it joins ``TUNED_ON``. Left: a coach once hired from the employer, a hotel
  its employer owns, another franchisee whose name shares the brand's trade word, another
  branch of a charity, a strategy's brand that is a choir's name.

- ``matching-tuning2.jsonl`` (200 pairs, 81 must match, 200 kinds; each near miss beside a
  true counterpart that differs in the one thing that matters: an employer named only
  incidentally, another branch or outlet, a national body in passing, a similar name,
  shared place words, another property on the street), written in the twenty-third session
  the same way, to be tuned on, and scored once on 5b51a7e before it was (4847935):
  precision 71.0%, recall 93.8%. Studied in the same session (fit): a past
  year's sponsor, host or supplier, a one-off order paid at the time, last year's appeal's
  beneficiary, an example cited, research or pages drawn on, a place's later use, firms
  founded there long ago and a firm the item calls unconnected are named in passing
  (``test_matching_partners_firms_and_history_rules``): 80.0% / 93.8%. A consultee or a
  respondent is not in passing: a body's own view on the item is its matter (blind 4 and
  13 label it so). Misses remain, so it stays out of ``TUNED_ON``.

- ``matching-blind26.jsonl`` (240 pairs, 120 must match, 80 per council, 94 kinds), written
  in the twenty-second session the same way and committed unseen (37a1e19), was scored once
  at the end of the twenty-third, on the matcher of da5781c: precision 89.3%, recall 90.8%
  (11 missed: a contract by its service or site, a body's or employer's site or venue, a
  project's name, land by a former use or a property's name; 13 false alarms: a
  neighbouring parcel, another unit on the parade or number on the street (7), another
  branch or franchisee (4), a national company or body in passing (2), place and sector
  words). Studied in the same session (fit): another town's branch of a network, after "of"
  or before the rest of its name, is another body, and a contract the details give after a
  dash is the firm's (``test_matching_partners_firms_and_history_rules``): 91.7% / 91.7%.
  Studied again in the twenty-fourth session (fit): land "on the north side of" a lane is
  not the member's field on its south side, and Chignal St James lies in Chignal (the
  council's place names), and "Unit 8 Dukes Park" is unit 8 of Dukes Park Industrial
  Estate, "the national Citizens Advice ... protocol" is the national body's, and an item
  about most of the work the details say the firm is contracted for ("printing and
  distribution of poll cards") is its matter though it changes no contract: 94.2% / 95.0%.
  Misses remain, so it stays out of ``TUNED_ON``.

- ``matching-tuning3.jsonl`` (160 pairs, 80 must match: 80 minimal pairs, each must-match
  pair beside a near miss that differs in the one thing that matters), written in the
  twenty-fourth session the same way, to be tuned on, and scored once on b7b998c before it
  was: precision 75.5%, recall 92.5%. Studied in the same session (fit): a body that ran a
  place until a past year (said in the past tense, not taken up again), opposed a scheme
  "at the time" years ago, a national charity whose figures are cited, and work or a study
  cited as an example are named in passing; the employer's site the details name in
  lower-case words ("at its de Havilland campus") is its workplace
  (``test_matching_partners_firms_and_history_rules``): 82.4% / 93.8%.
  Misses remain, so it stays out of ``TUNED_ON``.

- ``matching-tuning4.jsonl`` (160 pairs, 80 must match, 144 kinds: 80 minimal pairs on a
  body's site or venue, land by its name or former use, a contract by its service, next
  door, short and former names, party or in passing), written in the twenty-fourth session
  the same way, to be tuned on, and scored once on 643fdfc before it was: precision 84.7%,
  recall 76.2%. Studied in the same session (fit): a place the details say the body runs,
  manages, owns, occupies or delivers, opening the item, is its matter, and a name it was
  "called ... until" a year is its own (``test_matching_partners_firms_and_history_rules``):
  84.6% / 82.5%. Misses remain, so it stays out of ``TUNED_ON``.

- ``matching-tuning5.jsonl`` (120 pairs in near twins, 60 must match, 120 kinds: names
  inside longer names, similar trading names on one street, a typo in a company's name,
  neighbouring numbers and house names, pitches in a range, company numbers), written in
  the twenty-fifth session the same way, to be tuned on, and scored once on c191c32 before
  it was: precision 82.6%, recall 95.0%. Studied in the same session (fit): a company's
  full legal name with words of its own is another company, a contract the item says
  another named company holds is not the member's, and a long word of a name written with
  one slip is the member's, and a site named by its other words with its place elsewhere is
  the member's (``test_matching_other_company_rules``); with tuning 6's rules (a body named by
  what it runs and where) 87.0% / 100%. False alarms
  remain, so it stays out of ``TUNED_ON``.

- ``matching-tuning6.jsonl`` (120 pairs, 70 must match, 120 kinds, stressing recall:
  bodies described without their names, units in ranges and lists, short and former names,
  subsidiaries, legal forms written out, land by landmark or site allocation, ward-wide
  decisions that touch an interest more than most), written in the twenty-fifth session
  the same way, to be tuned on, and scored once on 272b2d8 before it was: precision 93.3%,
  recall 80.0%. Studied in the same session (fit): a local plan's site allocation is a
  reference, a body is named by what its details say it runs and where, and a plc by its
  legal form written out (``test_matching_tuning6_rules``): 93.8% / 87.1%. Misses remain,
  so it stays out of ``TUNED_ON``.

- ``matching-tuning7.jsonl`` (120 pairs, 55 must match, 47 kinds: bodies by nickname,
  former, trading or short names, subsidiaries, sites by reference or landmark, beside
  shared place words, another unit or number, another body of the same kind), written in
  the twenty-sixth session the same way, to be tuned on, and scored once on bd554a5 before
  it was: precision 91.3%, recall 76.4%. Studied in the same session (fit): names in
  brackets after the body's, a trading name without the kind of business after it or
  with where it trades before, "whose subsidiary", an allocation named in words and
  numbered, and a site's code alone in an item about sites or a masterplan
  (``test_matching_tuning7_rules``): 92.3% / 87.3%. Misses remain, so it stays out of
  ``TUNED_ON``.

- ``matching-tuning8.jsonl`` (120 pairs in 60 minimal pairs, 10 kinds: a body by what it
  runs, a landmark beside the land, an employer's site, short names, units in and out of
  a range, a network's branch in another town, a street named after a park, a contract by
  its service), written in the twenty-sixth session the same way, to be tuned on, and
  scored once before it was (on b146560 with the review's changes to tuning 7's rules
  uncommitted): precision 87.8%, recall 71.7%. Not yet studied, so it stays out of
  ``TUNED_ON``.

- ``matching-tuning9.jsonl`` (120 pairs in 60 minimal pairs, 10 kinds: short names and
  initials, a body absorbed or renamed, a company's site, an employer's landmark, premises
  re-let, a borough-wide change to a licensed trade, numbers in a range, a network's branch,
  a contract by its service, an umbrella body and its members), written in the twenty-seventh
  session the same way, to be tuned on, and scored once before it was (on d7760b1):
  precision 78.9%, recall 50.0%. Studied in the same session (fit): what the details say the
  body owns, took over or is housed in, opening an item as it was ("Old Comet Hotel"); a
  network's branch by its town and last word, another town's branch another body; a street
  trading consent, pavement licence, licensed HMO or market stall makes the trade's fees,
  rents and policy the member's; "homes numbered 41 to 77" (``test_matching_tuning9_rules``):
  85.7% / 70.0%. Misses remain, so it stays out of ``TUNED_ON``.

- ``matching-tuning10.jsonl`` (120 pairs in 60 minimal pairs, 10 kinds: numbers in lists and
  ranges, land next door, licensed premises by address, a body by what it runs, trading
  names, general against specific decisions, governed schools, club grounds, parent
  companies, associates' interests), written in the twenty-seventh session the same way, to
  be tuned on, and scored once before it was (on a449857): precision 86.2%, recall 83.3%.
  Studied in the same session (fit): a body by what it runs with its place, a body it
  absorbed or was formed from, a brand it trades under or the group whose practice it is,
  a club's home by what it is and where (``test_matching_tuning10_rules``): 87.7% / 95.0%.
  Misses remain, so it stays out of ``TUNED_ON``.

- ``matching-tuning11.jsonl`` (160 pairs, 100 must match: members' bodies, land and homes
  named another way, beside near misses), written in the twenty-eighth session the same
  way, to be tuned on, and scored once before it was (on ecbd7ec): precision 88.4%, recall
  61.0%. Studied in the same session (fit): another name the details say the body goes by,
  the event it organises, a building the land entry names as the member's
  (``test_matching_tuning11_rules``). Misses remain (mostly a body or site described by what
  it is rather than named), so it stays out of ``TUNED_ON``.

- ``matching-tuning12.jsonl`` (120 pairs, 55 must match: bodies by short, trading or brand
  names, contracts by service, clubs by ground, licences by premises, land next to, opposite
  or backing onto a site, beside near misses), written in the twenty-ninth session the same
  way, to be tuned on, and scored once before it was (on 527dc39): precision 88.6%, recall
  70.9%. Studied in the same session (fit): land whose entry names the place it lies next
  to (``test_matching_neighbour_rules``): 88.9% / 72.7%. Misses remain, so it stays out of
  ``TUNED_ON``.

- ``matching-blind27.jsonl`` (240 pairs, 110 must match, 138 kinds), written in the
  twenty-third session the same way and committed unseen (9905033), was scored once at the
  end of the twenty-fourth, on the matcher of 7e2cd39: precision 93.6%, recall 92.7% (8
  missed: premises licences reviewed or varied and a licence's land disposed of without the
  member's name, a partner's employer's site, a society's short name, a trust named by its
  hall, a body described without its name; 7 false alarms: initials shared with other
  words or bodies, an employer's former site or historic building, a similar company name,
  another branch of a chain, a topic shared). Studied in the same session (fit): a pub
  that opens its address with its article and two words or more is the one an item names
  without it ("Three Tuns, Springfield"), and a body's initials count only where the item
  writes them as initials ("BATS", "TfL"), not as a word ("Bats survey"): 94.5% / 94.5%.
  Misses remain, so it stays out of ``TUNED_ON``.

- ``matching-blind28.jsonl`` (240 pairs, 110 must match, 145 kinds), written in the
  twenty-fourth session the same way and committed unseen (af7ff8e), was scored once at the
  end of the twenty-fifth, on the matcher of 2ca0270: precision 91.1%, recall 92.7% (8
  missed: an employer's site named without the employer (2), a licence ended by a plan, a
  venue named, contract variations without the holder's name (2), a subsidiary, an
  allocation that includes the land; 10 false alarms: words shared with another body, a
  stall number at another event, an illustration, national bodies in passing (2), a route
  passing a street, a street of the same name in another district, a data source, a
  sister charity, a building of the same name elsewhere). Studied in the same session
  (fit): "contractor for" says what a contract is for (``test_matching_tuning6_rules``):
  91.2% / 94.5%. Misses remain, so it stays out of ``TUNED_ON``.

- ``matching-blind29.jsonl`` (240 pairs, 110 must match, 235 kinds), written in the
  twenty-fifth session the same way and committed unseen (ecead1d), was scored once at the
  end of the twenty-sixth, on the matcher of 24a7c56: precision 79.5%, recall 80.9% (21
  missed: mostly matters that touch an interest without naming it, a borough-wide policy or
  fee for a member's trade or licence, a contract's service, a site by description; 23 false
  alarms: mostly a range, a list or works that leave the member's number or premises out,
  another branch, lot or similarly named body). Not yet studied, so it stays out of
  ``TUNED_ON``.

- ``matching-blind30.jsonl`` (240 pairs, 110 must match, 240 kinds), written in the
  twenty-sixth session the same way and committed unseen (59c6255), was scored once at the
  end of the twenty-seventh, on the matcher of 65fab74 (unchanged since the twenty-sixth):
  precision 97.0%, recall 87.3% (14 missed: bodies by short names, initials or nicknames (a
  hospital, an NHS trust, a CVS, schools, an academy chain, a diocese), a body absorbed by
  another, a licence holder's pavilion, a tenant's library transfer, an estate by its house
  name, a company's site named in the description; 3 false alarms: another house number on
  the same street, a ward programme that leaves the street out, a body's name words in a
  generic scheme). Three misses were mended in the same session by what tuning 9 and 10
  taught (a body absorbed, a company's site named in the details); the rest remain, so it
  stays out of ``TUNED_ON``.

- ``matching-blind31.jsonl`` (240 pairs, 110 must match, 240 kinds), written in the
  twenty-seventh session the same way and committed unseen (1499432), was scored once in the
  twenty-eighth, on the matcher of dccc18c: precision 93.8%, recall 68.2% (35 missed: mostly
  matters that touch an interest without naming it (a borough-wide fee, levy, byelaw or
  condition for the member's trade or licence, a contract by its service or facility, a
  strategic site by its code, a club by its ground, a body by what it does); 5 false alarms:
  a list that leaves the member's site out, a landmark near but not on the land, a national
  pay award naming the union, an operator's fee that is not the driver's, an employer's
  former site). Studied in the same session (fit): a licence the member holds makes the whole
  trade's fees, conditions, training or levy their own, unless the item leaves them as they
  are (``test_matching_blind31_rules``): 94.2% / 73.6%. Misses remain, so it stays out of
  ``TUNED_ON``.

- ``matching-blind32.jsonl`` (240 pairs, 110 must match), written in the twenty-eighth
  session the same way and committed unseen (ecbd7ec), was scored once in the twenty-ninth,
  on the matcher of a15ea8f: precision 84.3%, recall 68.2% (35 missed: mostly a body, site or
  building by another, former or informal name, a planning or licence reference alone, a
  contract by its operator or call-off, a spouse's employer or a parent company; 14 false
  alarms: mostly another number or the far end of the member's street, an item that says
  the member's property is unaffected or excluded, a shared distinctive word). The matcher
  of the session's start scores it the same. Studied in the thirtieth session (fit): what an
  item says it leaves alone is no evidence (``test_matching_left_alone_rules``), "Av" is
  Avenue (``test_matching_street_short_forms``). Misses remain, so it stays out of
  ``TUNED_ON``.

- ``matching-blind33.jsonl`` (240 pairs, 110 must match), written in the twenty-ninth
  session the same way and committed unseen (527dc39), was scored once in the thirtieth, on
  the matcher of 71659a5: precision 92.9%, recall 71.8% (31 missed: 18 entries registered
  with no name or address, only details that name the body with capitals; the rest a
  body's grant or lease, an employer as objector, a trading or short name; 6 false alarms:
  similar business names, a common word, a body of the same kind). Studied in the same
  session (fit): the names an entry's details write with capitals after a word that makes
  them the other party are its names when it registered none
  (``test_matching_names_in_details_rules``). Misses remain, so it stays out of
  ``TUNED_ON``.

- ``matching-tuning14.jsonl`` (120 pairs, 60 must match: interests touched where the item
  never uses the registered name, beside near misses that share a place, a street, a word
  or a kind of body, or name the member's body to say it is left alone), written in the
  thirty-first session the same way, to be tuned on, and scored once before it was (on
  ef251ac): precision 88.0%, recall 73.3%. Studied in the same session (fit): a body the
  details say the member's company operates or manages, a flat's block whose name ends in
  a street word, a body said to be unchanged, a coined name used inside another body's
  name, a school by its kind and street, a gift's venue its giver owns, a street named
  after a property (``test_matching_tuning14_rules``): 94.2% / 81.7%. Misses remain, so it
  stays out of ``TUNED_ON``.

- ``matching-blind34.jsonl`` (240 pairs, 110 must match), written in the thirtieth session
  the same way and committed unseen (f432a51), was scored once in the thirty-first, on the
  matcher of 7a46a87: precision 95.8%, recall 83.6% (18 missed: mostly a body, employer or
  site by a landmark, short, trading, former or nick name, or described without its name, a
  sponsor's or concession's terms; 4 false alarms: three similar business names and another
  number on a long road). The matcher of the session's start (ef251ac) scores it 95.8% /
  82.7%. Studied in the same session (fit): a trading name after what the company runs, a
  former name with the year it changed (``test_matching_blind34_rules``): 95.9% / 85.5%.
  Misses remain, so it stays out of ``TUNED_ON``.

``matching-blind35.jsonl`` (240 pairs, 110 must match), written in the thirty-first session
the same way and committed unseen (e72780e), for the round after that.

Figures and the command: docs/performance.md.
"""

import json
import sys
from pathlib import Path

import pytest
from matching_cases import WELWYN_HATFIELD

from nolan.core.matching.matcher import match
from nolan.core.matching.model import Item, RegisteredInterest

DATA = Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import score_matching  # noqa: E402 - the scoring script, run here on the same pairs


def wrong(path: Path) -> dict[str, str]:
    """Each pair the matcher gets wrong: "missed" or "false alarm"."""
    return {
        row["id"]: "missed" if row["must_match"] else "false alarm"
        for row, reasons in score_matching.outcomes(path)
        if bool(reasons) != row["must_match"]
    }


LABELLED = (
    "matching-tuning",
    "matching-tuning2",
    "matching-tuning3",
    "matching-tuning4",
    "matching-tuning5",
    "matching-tuning6",
    "matching-tuning7",
    "matching-tuning8",
    "matching-tuning9",
    "matching-tuning10",
    "matching-tuning11",
    "matching-tuning12",
    "matching-tuning13",
    "matching-tuning14",
    "matching-blind",
    "matching-blind2",
    "matching-blind3",
    "matching-blind4",
    "matching-blind5",
    "matching-blind6",
    "matching-blind7",
    "matching-blind8",
    "matching-blind9",
    "matching-blind10",
    "matching-blind11",
    "matching-blind12",
    "matching-blind13",
    "matching-blind14",
    "matching-blind15",
    "matching-blind16",
    "matching-blind17",
    "matching-blind18",
    "matching-blind19",
    "matching-blind20",
    "matching-blind21",
    "matching-blind22",
    "matching-blind23",
    "matching-blind24",
    "matching-blind25",
    "matching-blind26",
    "matching-blind27",
    "matching-blind28",
    "matching-blind29",
    "matching-blind30",
    "matching-blind31",
    "matching-blind32",
    "matching-blind33",
    "matching-blind34",
)
# Files where no must-match pair may be missed: every file scored so far but tuning 2 to 14,
# blind 9, 10, 12, 14 to 24 and 26 to 34, with misses still listed (the module's docstring).
TUNED_ON = tuple(
    name
    for name in LABELLED
    if name
    not in {
        "matching-tuning2",
        "matching-tuning3",
        "matching-tuning4",
        "matching-tuning5",
        "matching-tuning6",
        "matching-tuning7",
        "matching-tuning8",
        "matching-tuning9",
        "matching-tuning10",
        "matching-tuning11",
        "matching-tuning12",
        "matching-tuning13",
        "matching-tuning14",
        "matching-blind9",
        "matching-blind10",
        "matching-blind12",
        "matching-blind14",
        "matching-blind15",
        "matching-blind16",
        "matching-blind17",
        "matching-blind18",
        "matching-blind19",
        "matching-blind20",
        "matching-blind21",
        "matching-blind22",
        "matching-blind23",
        "matching-blind24",
        "matching-blind26",
        "matching-blind27",
        "matching-blind28",
        "matching-blind29",
        "matching-blind30",
        "matching-blind31",
        "matching-blind32",
        "matching-blind33",
        "matching-blind34",
    }
)


@pytest.mark.parametrize("name", LABELLED)
def test_the_labelled_pairs_come_out_as_recorded(name):
    known = json.loads((DATA / f"{name}-known-misses.json").read_text(encoding="utf-8"))
    assert wrong(DATA / f"{name}.jsonl") == known


def test_no_must_match_pair_is_missed_in_the_files_tuned_on():
    for name in TUNED_ON:
        known = json.loads((DATA / f"{name}-known-misses.json").read_text(encoding="utf-8"))
        assert "missed" not in known.values()


def test_the_files_have_at_least_200_pairs_nearly_half_of_them_near_misses():
    rows = [
        json.loads(line)
        for name in LABELLED
        for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    near_misses = sum(not row["must_match"] for row in rows)
    assert len(rows) >= 200 and near_misses >= len(rows) * 0.45


def interest(names=(), addresses=()):
    return RegisteredInterest("i", "m", names=tuple(names), addresses=tuple(addresses))


@pytest.mark.parametrize(
    ("registered", "title", "addresses"),
    [
        # The three examples: a town, "Garden" in a town's name, "Home".
        (
            interest(names=["Hatfield Cycles Ltd"]),
            "Disposal of land at Town Centre North, Hatfield",
            (),
        ),
        (
            interest(names=["Brightwater Garden Centre Ltd"]),
            "6/2026/0377/HOUSE: rear extension, 8 Handside Lane",
            ["8 Handside Lane, Welwyn Garden City, AL8 6SP"],
        ),
        (
            interest(addresses=["12 Orchard Row (fictional)", "Home"]),
            "6/2026/0412/FULL: four dwellings at Home Farm, Kimpton Rd",
            ["Land at Home Farm, Kimpton Road, Welwyn, AL6 9PD"],
        ),
        # The council's own name, registered as a partner's employer.
        (
            interest(names=["Welwyn Hatfield Borough Council"]),
            "Welwyn Hatfield Borough Council budget 2026/27",
            (),
        ),
    ],
)
def test_place_names_garden_home_and_the_council_s_name_are_not_evidence(
    registered, title, addresses
):
    item = Item("x", title, addresses=tuple(addresses))
    assert list(match([registered], [item], WELWYN_HATFIELD)) == []


def test_the_whole_name_still_matches_when_it_holds_a_place_name():
    registered = interest(names=["Hatfield Cycles Ltd"])
    item = Item("x", "Licence: Hatfield Cycles Limited, 3 Town Centre, Hatfield")
    assert list(match([registered], [item], WELWYN_HATFIELD))


def test_a_common_street_matches_only_in_the_member_s_own_place():
    registered = interest(addresses=["3 Station Road, Welham Green AL9 7PJ"])
    elsewhere = Item("a", "Station Road, Cuffley: proposed one-way system")
    same_place = Item("b", "Station Road, Welham Green: proposed one-way system")
    assert [m.item.key for m in match([registered], [elsewhere, same_place], WELWYN_HATFIELD)] == [
        "b"
    ]
