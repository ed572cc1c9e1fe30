"""Whether the reading lets the learned signal's finding stand.

The model (``learned``) knows what kind of thing a sentence says, not at whom or how; those
still come from the reading, as for the rules (rules.yaml). So each finding it would add
passes through these gates first, and each gate is a reading the rules make too: who the
sentence is about, whether it reports, denies or declines, and whether a word is used in
its ordinary sense.
"""

from __future__ import annotations

from collections.abc import Sequence

from nolan.core.screening.learned import Weighed
from nolan.core.screening.lexicon import Mention, lexicon
from nolan.core.screening.model import Category
from nolan.core.screening.normalise import Token
from nolan.core.screening.reading import FIRST_PERSON, SCARE_QUOTES, Said, goes_on
from nolan.core.screening.senses import ordinary_sense
from nolan.core.screening.targets import HE, INDIVIDUALS, Aim, Target

# The model knows what kind of thing a sentence says, not at whom or how: those still come
# from the reading, as for the rules (rules.yaml). A category about people needs someone of
# the right kind in the sentence or the one before; predetermination needs a matter in the
# post; discrimination may be aimed at a person for who they are ("a bloke in a frock",
# "at 81, might leave the digital strategy to us"), which adds 0.2-0.4 points on each dev
# file with no false alarm more. Where the sentence condemns or reports what it quotes, or
# (for contempt of a group) denies it, it is counter-speech, which the code protects (issue
# 9, "Counter-speech").
_AIMS: dict[Category, frozenset[Aim]] = {
    Category.RESPECT: INDIVIDUALS,
    Category.BULLYING: INDIVIDUALS | {Aim.GROUP, Aim.PARTY, Aim.COLLECTIVE},
    Category.DISCRIMINATION: INDIVIDUALS | {Aim.GROUP},
    Category.OFFICER_IMPARTIALITY: frozenset({Aim.OFFICER}),
    Category.DEFAMATION: INDIVIDUALS | {Aim.COMPANY},
}
_IN_THE_POST: dict[Category, frozenset[Aim]] = {
    Category.PREDETERMINATION: frozenset({Aim.MATTER}),
    # Personal data is about someone: a street's name alone ("the play area at Moneyhole
    # Lane") identifies nobody.
    Category.PERSONAL_DATA: INDIVIDUALS,
}
# What the post must say, or must not, for the model's finding to stand: council resources are
# misused for a purpose (party or campaign: 81% of the labelled breaches name one, 9% of
# clean posts do), and a member who says they keep an open mind, with no word of a closed
# one, is not predetermined (4 of 209 labelled breaches say so; 128 clean posts do).
_NEEDS_CLASS: dict[Category, frozenset[str]] = {
    # ... or private ends, as the code says ("the council pick-up to move Mum's furniture")
    Category.COUNCIL_RESOURCES: frozenset({"party_purpose", "private_purpose"}),
    # A leak the rules did not find by the context's exempt items must at least say it is
    # one ("private session", "in confidence", "not public yet"; 52% of the labelled
    # leaks do, 2% of clean posts); "paying off" is not.
    Category.CONFIDENTIALITY: frozenset({"confidential_signal"}),
}
# ... unless what the sentence says is all but certain on its own ("A-q-u-a-p-l-e-x after
# 1.1 mil of our money for Riverside. u know where i heard that"): dev blind r-u and tuning
# 44-45, 9 breaches more found, no wrong category (at 0.95, 15 and 3, one a clean post).
# With what the words mean (meaning.py) the model is surer of a leak: trained without blind
# v-w and tuning 46-47, a leak at 0.9 scores 0.808 / 0.800 there against 0.804 / 0.800, no
# false alarm more.
# Not council resources: the model knows the printer, not whose leaflets it printed ("for
# the council's own library consultation leaflets" weighs 0.95).
_SURE_WITHOUT_CLASS = {Category.COUNCIL_RESOURCES: 0.99, Category.CONFIDENTIALITY: 0.9}
_OPEN_MIND_ONLY: frozenset[Category] = frozenset({Category.PREDETERMINATION})
# A class that bars the model's finding: party work the post says the party or the member
# paid for is not council resources.
_BARRED_BY_CLASS: dict[Category, str] = {
    Category.COUNCIL_RESOURCES: "own_funds",
    # ... and a member who declared the interest and stood aside kept no part in deciding
    # ("I declared that I know the applicant and withdrew from the panel").
    Category.PREDETERMINATION: "declared_interest",
    # ... and a court's outcome is public record, not someone's private details.
    Category.PERSONAL_DATA: "court_report",
}
_DECLINED = frozenset({Category.CONFIDENTIALITY, Category.ELECTION})
_COUNTER = frozenset({"reporting", "condemnation"})
_PASSED_ON = frozenset({Category.CONFIDENTIALITY, Category.PERSONAL_DATA})
_SET_ASIDE = frozenset(
    {"negated", "denied", "quoted", "reported", "condemned", "name_calling", "open_mind"}
)
_DENIAL = frozenset({"negator", "praise"})
# A sentence that weighs towards a category about people only because it names them
# ("Thanks to Sarah Okafor and her team", "Travellers have arrived at the park") says
# nothing of them: without the names' own weight it must still count for something. On
# blind e-g (corpus/train.py --dev, at 0.7) this costs 1.2 points of micro-F1 at 0.3 (0.848
# to 0.836) and 2.1 at 0.5, and nothing on tuning 9-10 at either. The names' own weight is
# their lexicon classes' too ("t:group", "b:<group> are": ``learned.Weighed.said``) since the
# eighteenth round; before, "I am a gay man and I am a councillor" weighed 0.78 for contempt
# without its group. The floors fell with it, 0.3 to 0.1 here and 0.05 to 0.01 for officers
# below: with models trained without them, blind hh-ii 0.813 -> 0.812 and ff-gg 0.814 ->
# 0.815, 3 false alarms on each as before (0.002 for officers scores more, but an officer
# on leave is blamed again).
_SAID_AT_LEAST_ELSE = 0.1
# Naming a group weighs most of all (labelled posts about Travellers are mostly contempt):
# what the sentence says of them must weigh for contempt on its own. Trained on 12,413
# posts, "Travellers have arrived at the park" weighs 0.72 without its group; at 0.75 the
# dev files (trained without each, at 0.6) score blind j-k 0.809 and e-g 0.864 as at 0.7,
# l-m 0.799 against 0.801, and that sentence stays clean. Trained on 20,053 posts it weighs
# 0.752, so 0.78 (dev, trained without them: blind x-y and v-w as at 0.75, tuning 50-51
# 0.810 against 0.812). Blame of an officer is all in whom
# it names ("Gareth, your wardens ticketed three of my residents again" weighs 0.03 without
# the officer): a low floor, which still bars a sentence that only names one ("Sarah Okafor
# is on leave and her deputy is covering", "I've passed your email to Sarah Okafor's team"):
# with models trained without them, 0.05 against none finds 6 false alarms fewer of 598
# clean posts in blind bb-cc and tuning 58-59 (none fewer in dd-ee), for micro-F1 0.002 up
# on bb and 0.008 / 0.010 / 0.001 / 0.003 down on cc, tuning 58, 59 and dd.
_SAID_AT_LEAST = {Category.DISCRIMINATION: 0.78, Category.OFFICER_IMPARTIALITY: 0.01}
# The reading has no word for many a target ("families from overseas", "anyone over 75",
# "Beaulieu's new dentist", "Thamesview Developments"); where what the sentence says weighs
# this much on its own, the model need not wait for the reading to find whom it is about
# (with models trained without them: blind r-u and tuning 44-45, 0.800 to 0.818 with no
# false alarm more; blind t-u and tuning 46-47, 0.790 at 0.9 and 0.793 at 0.85).
# A group's word the reading took in its ordinary sense ("a full English breakfast") is
# its reading of whom the sentence is about, which the model does not overrule.
_UNAIMED_AT = 0.85
_UNAIMED: frozenset[Category] = frozenset(
    {Category.DISCRIMINATION, Category.DEFAMATION, Category.BULLYING}
)


def admissible(
    weighed: Weighed,
    toks: Sequence[Token],
    mentions: Sequence[Mention],
    targets: Sequence[Target],
    said: Sequence[Said],
    classes: frozenset[str],
    is_aimed: bool,
) -> bool:
    """Whether the reading lets the model's finding stand (see ``_AIMS``).

    ``said`` are the things said in the post of the classes the category's rules fire on;
    ``is_aimed`` is ``aimed`` of the same finding, which the caller keeps for the hit.
    Where the rules read one of them in the sentence as counter-speech, a denial or
    name-calling (``_SET_ASIDE``), an insult as said of a thing, or in an ordinary sense
    that ``said`` leaves out ("no more pensioners should have to choose", "drug dealing is
    a real problem"), the model, which cannot see how words are said, does not overrule
    them.
    """
    category, s = weighed.category, weighed.sentence
    # An insult said of a thing ("a frankly pathetic response") criticises the thing; a
    # secret or a person's details told to the author ("told me in confidence") are still
    # passed on, unless the author declines to pass them on.
    aside = _SET_ASIDE | ({"by_thing"} if category is Category.RESPECT else set())
    # A group tied to crime in a court's report, in the sentence or the one before, is news
    # ("convicted at Luton Crown Court of burgling pensioners. Lock your doors").
    if category is Category.DISCRIMINATION and any(
        m.cls == "court_report" and toks[m.first].sentence in (s, s - 1) for m in mentions
    ):
        aside |= {"hedged"}
    if category in _PASSED_ON:
        # "I can't tell you what was said" declines; "I can't say much, but ..." keeps no
        # open mind, whatever a closed mind's opposite says of a committee member.
        aside = (aside - {"reported", "open_mind"}) | {"refused"}
    if any(x.modes & aside and toks[x.mention.first].sentence == s for x in said):
        return False
    kept = {x.mention for x in said}
    places = [(t.first, t.last) for t in targets if t.aim is Aim.PLACE]
    if any(
        m.cls in classes
        and m not in kept
        and m.section == "said"
        and toks[m.first].sentence == s
        # ... but a word in a place's name says nothing ("the Crook Log depot deal")
        and not any(a <= m.first and m.last <= b for a, b in places)
        for m in mentions
    ):
        return False
    if category in _DECLINED and _declined(s, toks, mentions):
        return False  # "I won't say a word about what I saw" at a postal vote opening
    if category is Category.DEFAMATION and _asked(s, toks, mentions):
        return False
    found = {m.cls for m in mentions if not _within_another(m, mentions)}
    if (
        category in _NEEDS_CLASS
        and weighed.said < _SURE_WITHOUT_CLASS[category]
        and not any(
            m.cls in _NEEDS_CLASS[category] and not ordinary_sense(toks, m, lexicon())
            for m in mentions  # "the council's own consultation leaflets" are no party's
        )
    ):
        return False
    if category in _OPEN_MIND_ONLY and "open_mind" in found and "closed_mind" not in found:
        return False
    if category in _BARRED_BY_CLASS and _BARRED_BY_CLASS[category] in found:
        return False
    if category in _IN_THE_POST:
        # A closed mind is the author's own: a notice that a committee will hear a matter
        # says nothing of anyone's mind.
        return any(t.aim in _IN_THE_POST[category] for t in targets) and (
            category is not Category.PREDETERMINATION or any(t.text in FIRST_PERSON for t in toks)
        )
    if category not in _AIMS:
        return True
    if weighed.said < _SAID_AT_LEAST.get(category, _SAID_AT_LEAST_ELSE):
        return False  # who the sentence names weighs, not what it says of them
    if not is_aimed and not _unaimed(weighed, toks, mentions):
        return False
    if category is Category.DISCRIMINATION and (
        weighed.alone < 0.5  # a group in one sentence, a generalisation in another
        or any(_of_the_group(t, toks, targets) and toks[t.first].sentence == s for t in targets)
    ):
        return False  # or about a site or an application the group is part of
    mentions = _past_disclaimers(s, toks, mentions)
    how = {
        m.cls
        for m in mentions
        if m.section == "modes"
        and toks[m.first].sentence == s
        and not _in_a_target(m, mentions)  # "blokes of fighting age" condemns nothing
        and not _describes(m, toks)
        and not _before_but(m, toks, targets)
    }
    if category is Category.DISCRIMINATION and _affirms(s, toks, mentions, how):
        return False
    if _disclaimed(s, toks, mentions):
        how.discard("reporting")
    if _quotes(s, toks):
        how.add("reporting")
    if "negator" in how and not _denies_the_group(s, toks, mentions, targets):
        how.discard("negator")  # "Never met a Romanian publican who ran an honest house"
    barred = _COUNTER | (_DENIAL if _about_a_group(category, s, toks, targets) else frozenset())
    if category is Category.OFFICER_IMPARTIALITY:
        # "Thanks to Sarah Okafor and her team" thanks the officer; words of condemnation
        # ("against every resident") blame the officer as often as they defend one.
        barred = (barred - {"condemnation"}) | {"praise"}
    return not how & barred


# What a group can be part of: an application, a site, a hearing ("the Traveller site
# consultation"), not the homes, estates, pubs and takeaways where contempt for it is
# often aimed ("why do we keep building flats for people who've been in the country five
# minutes", "the Roma families on the Belvedere estate"). Trained without them, blind x-y
# gains two breaches, v-w one and tuning 50-51 one, with no false alarm more; 37 labelled
# breaches in the training sets are found that were not (fit, not evidence), and no clean
# post is flagged.
_NAMES_IT = 3  # "Gypsy and Traveller site", "site for the Muslim community"
_APPLICATION = frozenset(
    {"application", "licence", "license", "premises", "variation", "scheme", "development"}
    | {"site", "extension", "appeal", "proposal", "plans", "planning", "licensing"}
    | {"applicant", "applicants", "developer", "developers", "hearing", "committee"}
)


def _of_the_group(target: Target, toks: Sequence[Token], targets: Sequence[Target]) -> bool:
    """A matter in the context, or an application the group's word names, just before or
    after it ("the Gypsy and Traveller site", "a site for the Muslim community's centre"),
    not one further off ("whenever a site goes up for Travellers, the crime figures go up
    with it", "how many of the 85 homes at Broomfield Road will go to local families, and
    how many to people who turned up on a dinghy")."""
    if target.aim is not Aim.MATTER:
        return False
    words = [toks[i].text for i in range(target.first, target.last + 1) if toks[i].text != "the"]
    return (
        bool(words)
        and (target.named or words[0] in _APPLICATION)
        and any(
            t.aim is Aim.GROUP
            and (0 < target.first - t.last <= _NAMES_IT or 0 < t.first - target.last <= _NAMES_IT)
            for t in targets
        )
    )


_RELATIVE = frozenset({"who", "who's", "whos", "which", "that"})


def aimed(
    weighed: Weighed, toks: Sequence[Token], mentions: Sequence[Mention], targets: Sequence[Target]
) -> bool:
    """The reading found whom the model's finding is aimed at, where its category is about
    people (``_AIMS``): a group's contempt must be in the sentence itself ("I hate them all"
    finds its group through the pronoun); a person may be named in the sentence before."""
    category, s = weighed.category, weighed.sentence
    if category not in _AIMS:
        return True
    near = {s} if category is Category.DISCRIMINATION else {s, s - 1}
    return any(t.aim in _AIMS[category] and toks[t.first].sentence in near for t in targets) or (
        category is Category.DISCRIMINATION and _group_named_in(s, toks, mentions)
    )


def _before_but(m: Mention, toks: Sequence[Token], targets: Sequence[Target]) -> bool:
    """Words before a "but" that the sentence goes on past to speak of a group are not what it
    says of the group ("Hotel was lovely apart from the staff, but you can always tell when
    they've hired from a certain part of the world")."""
    s = toks[m.first].sentence
    groups = [t.first for t in targets if t.aim is Aim.GROUP and toks[t.first].sentence == s]
    return any(
        tok.text == "but" and tok.sentence == s and any(m.last < i < g for g in groups)
        for i, tok in enumerate(toks[m.last + 1 :], start=m.last + 1)
    )


def _in_a_target(m: Mention, mentions: Sequence[Mention]) -> bool:
    """The words are part of the longer words for whom the sentence is about ("fighting" in
    "blokes of fighting age"), which say nothing of how it is said."""
    return any(o.section == "targets" and _holds(o, m) for o in mentions)


def _within_another(m: Mention, mentions: Sequence[Mention]) -> bool:
    """The words are part of a longer phrase of another class, which says what they mean
    there: "made up my mind" in "I haven't made up my mind" keeps an open mind."""
    return any(o.cls != m.cls and o.section == m.section and _holds(o, m) for o in mentions)


def _holds(outer: Mention, inner: Mention) -> bool:
    """``outer`` is longer than ``inner`` and holds all its words."""
    return (
        outer.first <= inner.first
        and inner.last <= outer.last
        and outer.last - outer.first > inner.last - inner.first
    )


def _describes(m: Mention, toks: Sequence[Token]) -> bool:
    """A report in a relative clause describes whom the sentence is about ("To Mr Hargreaves,
    who has now emailed me fourteen times: ... Have you considered a hobby?"); the author
    does not pass on their words. Trained without them, blind x-y and v-w each gain a
    breach, tuning 50-51 loses one."""
    return m.cls == "reporting" and any(
        toks[i].text in _RELATIVE for i in range(max(0, m.first - 3), m.first)
    )


def _past_disclaimers(s: int, toks: Sequence[Token], mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, less the words of a disclaimer the author goes on past with "but" in
    the sentence ("I've nothing against the disabled, but do we really need ..."): its
    negator and its "against" neither deny nor condemn what follows."""
    spans = [
        (m.first, m.last)
        for m in mentions
        if m.cls == "disclaimer"
        and toks[m.first].sentence == s
        and any(t.text == "but" and t.sentence == s for t in toks[m.last + 1 :])
    ]
    if not spans:
        return list(mentions)
    return [
        m
        for m in mentions
        if m.section != "modes" or not any(a <= m.first and m.last <= b for a, b in spans)
    ]


_DISCLAIMERS = frozenset({"not saying", "i'm not saying"})
_SAYING_IT = frozenset({"just saying", "just sayin"})


def _disclaimed(s: int, toks: Sequence[Token], mentions: Sequence[Mention]) -> bool:
    """A disclaimer the author takes back with "just saying" reports no one's words: in
    "Not saying every Romanian is a pickpocket. Just saying I've never met one who wasn't"
    the author says it."""
    return any(
        m.cls == "reporting" and m.entry in _DISCLAIMERS and toks[m.first].sentence == s
        for m in mentions
    ) and any(m.entry in _SAYING_IT and toks[m.first].sentence in (s, s + 1) for m in mentions)


def _unaimed(weighed: Weighed, toks: Sequence[Token], mentions: Sequence[Mention]) -> bool:
    """What the sentence says is sure enough without a target the reading found, and the
    reading set no group word in it aside as used in its ordinary sense."""
    s = weighed.sentence
    return (
        weighed.category in _UNAIMED
        and weighed.said >= _UNAIMED_AT
        and not any(
            m.cls == "group_adjective"
            and toks[m.first].sentence in (s, s - 1)
            and ordinary_sense(toks, m, lexicon())
            for m in mentions
        )
    )


def _declined(s: int, toks: Sequence[Token], mentions: Sequence[Mention]) -> bool:
    """The member declines to say more, in the sentence or the next ("... was a Part 2 item.
    No, I won't be telling you who bid"), and does not go on "but ..." to say it."""
    return any(
        m.cls == "refusal"
        and toks[m.first].sentence in (s, s + 1)
        and not any(
            goes_on(toks, i) and toks[i].sentence == toks[m.first].sentence
            for i in range(m.last + 1, len(toks))
        )
        for m in mentions
    )


_WORTH = frozenset({"entitlement", "merit"})


def _affirms(s: int, toks: Sequence[Token], mentions: Sequence[Mention], how: set[str]) -> bool:
    """A right or a worth said of a group and neither denied nor questioned ("Disabled
    residents should get a say on the design") affirms it: contempt denies it ("Why should
    Muslims get a say?", "not one of them pays a penny")."""
    return (
        any(m.cls in _WORTH and toks[m.first].sentence == s for m in mentions)
        and "negator" not in how
        and not any(t.question for t in toks if t.sentence == s)
    )


def _asked(s: int, toks: Sequence[Token], mentions: Sequence[Mention]) -> bool:
    """An allegation asked and put to the proper process, in the sentence or the next ("Has
    the developer paid for Cllr Young's holiday? I've referred it to the Monitoring
    Officer"), is not stated as fact (as the rules read it)."""
    return any(t.question for t in toks if t.sentence == s) and any(
        m.cls in ("hedge", "hedge_here") and toks[m.first].sentence in (s, s + 1) for m in mentions
    )


_DENIES = 2  # "No Muslims", "not all Travellers", "none of the migrants"


def _denies_the_group(
    s: int, toks: Sequence[Token], mentions: Sequence[Mention], targets: Sequence[Target]
) -> bool:
    """A negator just before the group it speaks of ("No Muslims should fear walking home")
    denies something of the group; one elsewhere in the sentence does not."""
    groups = [t.first for t in targets if t.aim is Aim.GROUP and toks[t.first].sentence == s]
    return any(
        m.cls == "negator"
        and any(0 < g - m.last <= _DENIES for g in groups)
        and not _tag_question(m, toks)
        for m in mentions
        if toks[m.first].sentence == s
    )


def _tag_question(m: Mention, toks: Sequence[Token]) -> bool:
    """A negator with its pronoun closing the sentence asks for agreement ("Those people
    always turn up in force, don't they"): it denies nothing."""
    end = m.last + 2
    return end <= len(toks) and (end == len(toks) or toks[end].sentence != toks[m.first].sentence)


def _group_named_in(s: int, toks: Sequence[Token], mentions: Sequence[Mention]) -> bool:
    """A group named by its adjective in the sentence or the one before ("The asylum hotel
    ... Hundreds of them, multiplying"), where no noun made it a target."""
    return any(
        m.cls == "group_adjective"
        and toks[m.first].sentence in (s, s - 1)
        and not ordinary_sense(toks, m, lexicon())  # "a full English"
        for m in mentions
    )


def _quotes(s: int, toks: Sequence[Token]) -> bool:
    """The sentence quotes someone: more quoted words in a row than scare quotes ("their
    'charity'") hold."""
    run = 0
    for t in toks:
        run = run + 1 if t.sentence == s and t.quoted else 0
        if run > SCARE_QUOTES:
            return True
    return False


def _about_a_group(
    category: Category, s: int, toks: Sequence[Token], targets: Sequence[Target]
) -> bool:
    """Contempt for a group, or harm to one with no person named beside it: a denial or
    praise in the sentence ("No Muslims should fear walking home") defends the group."""
    if category is Category.DISCRIMINATION:
        return True
    aims = {t.aim for t in targets if toks[t.first].sentence == s}
    return category is Category.BULLYING and Aim.GROUP in aims and not aims & INDIVIDUALS


# Belittling or threatening an officer is also an attack on their impartiality (LGA code 3;
# WH protocol 4.1): the model's reading of the sentence carries over to the officer in it.
_AT_OFFICERS = frozenset({Category.RESPECT, Category.BULLYING})


def about_an_officer(weighed: Weighed, toks: Sequence[Token], targets: Sequence[Target]) -> bool:
    """Whether the model's disrespect or bullying is aimed at an officer in its sentence, or
    at one named in the sentence before that its own sentence, naming no one, goes on about
    as "he" or "she" ("Fiona Mbeki has until Monday. After that I won't be
    responsible for what happens to her car")."""
    if weighed.category not in _AT_OFFICERS:
        return False
    s = weighed.sentence
    if any(t.aim is Aim.OFFICER and toks[t.first].sentence == s for t in targets):
        return True
    return (
        any(t.aim is Aim.OFFICER and toks[t.first].sentence == s - 1 for t in targets)
        and not any(
            t.named and toks[t.first].sentence == s and toks[t.first].text not in HE
            for t in targets
        )
        and any(tok.sentence == s and tok.text in HE for tok in toks)
    )
