"""One reading of a post: its tokens, what it says, at whom, and how.

For each thing said (a mention of a lexicon class in section ``said``) the reading knows
the target nearest to it in its clause, the targets within a sentence either side, and
the modes it is said in: negated, quoted, reported (someone else's words: abuse received,
a claim being refuted), condemned, as a question, hypothetically, hedged, as a wish or
intention, in the first person, as someone else's feeling, from an open mind. The rule
table (``table.py``) turns these facts into findings.

Counter-speech is the reason for most of the modes: a councillor who quotes abuse to
condemn it, reports abuse received, or refutes a stereotype is not committing it (WH
protocol 6.2 asks members to report abuse), and a tool that flags them teaches them to
stop speaking up (seed 002).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import takewhile

from nolan.core.screening.lexicon import Lexicon, Mention
from nolan.core.screening.normalise import Kind, Token, retweet_start
from nolan.core.screening.senses import ordinary_sense
from nolan.core.screening.targets import INDIVIDUALS, Aim, Target

FIRST_PERSON = frozenset(
    "i me my mine myself i'm i've i'd i'll im ive id we us our ours we're we've we'll".split()
)
_YOU = frozenset("you you're youre ur u".split())
_NEGATORS_IN_WORD = ("n't",)
_HAVE = frozenset("have has had".split())
_THE_AUTHOR = frozenset("me us".split())
# Harm that may befall anyone until something is done ("fix it before someone gets hurt",
# "until somebody is killed on that bend"): a danger warned of, not a threat.
_WARNED_UNTIL = frozenset("before until till til".split())
_ANYONE = frozenset("someone somebody anyone anybody people kids children".split())
_BEFALLS = frozenset("gets get is are got seriously badly".split())
_ACCIDENTS = frozenset("hurt killed injured harmed".split())
# What is asked to be mended or made safe before harm befalls anyone.
_REMEDIES = frozenset(
    "fix fixed fixing repair repaired mend mended sort sorted grit gritted light lit lights "
    "crossing resurface resurfaced clear cleared trim cut install safe slow".split()
)
_DETERMINERS = frozenset("the a an this that these those our their his her my your its".split())
# ... and the words that say how many of them ("Any Muslim who ... will get a slap").
_QUANTIFIERS = frozenset("any every all each some most many".split())
_PREPOSITIONS = frozenset("on of at in from with for about to by over under near".split())
_RELATIVE_PRONOUNS = frozenset("who whom which".split())  # not "that": "is it that", "that lot"
_RELATIVE_OR_THAT = _RELATIVE_PRONOUNS | {"that"}  # "the sheep that stole": after a noun
# Who a relative clause may name in passing ("scammers who target pensioners").
_PEOPLE_AT_LARGE = frozenset({Aim.GROUP, Aim.PUBLIC})
_DESCRIBING = 2  # words describing a place or thing between a preposition and it
# The words between what someone did and the harm wished on them for it ("signed off the
# scheme needs their head kicked in", "deserves a good kicking"): anything else, another
# clause ("should know patients will die"), makes the harm someone else's.
_WISH_VERBS = frozenset("needs need deserves deserve wants want should ought".split())
_WISHED_ON = _WISH_VERBS | frozenset("to be get gets a an their his her good proper".split())
_SPOKEN_OF = frozenset("about insulted abused attacked slagged threatened".split())
# The nouns an epithet for a person ends in ("Absolutely useless man.").
_EPITHET_NOUNS = frozenset("man woman bloke fella guy lad chap lady".split())
_COPULAS = frozenset("is are was were be been being am 's seems seem looks look sounds".split())
_TARGET_REACH = 8  # tokens between words and the nearest target they may be aimed at
_SUBJECT_REACH = 20  # ... and the clause's subject ("Cllr X is a useless, lazy ... who")
_OTHERS_REACH = 4  # "the Tories want to deport": the feeler is just before the feeling
# Modes that hold for everything in a post once said anywhere in it.
_POST_WIDE_MODES = (
    ("consent", "consented"),
    ("imprint", "imprinted"),
    ("own_funds", "own_funds"),
    ("declared_interest", "declared"),
)
SCARE_QUOTES = 2  # one or two quoted words are scare quotes ("lost"), not a quotation
_SAID_BEFORE = 2  # ... unless what said them comes just before ("comments today: 'filth'")
_NEGATION_REACH = 3  # "not", "never" reach the few words after them
_AGREEMENT_DENIED_REACH = 4  # "Nobody in the room agreed", not "Nobody can deny he's right"
# Words a negator reaches past: they compare or hedge what it denies.
_PASSED_BY_NEGATION = frozenset("more less any likely necessarily".split())
# Negators that count the people after them as none ("no Traveller family", "no woman").
_NONE_OF = frozenset({"no"})
# Not "believe" ("I can't believe they let these vermin camp here" is outrage, not denial).
# Regarding someone as something is thinking it ("I've never thought of Travellers as
# thieves"); not "see" ("I don't see why we should house them, they're ...").
_SAYING = frozenset(
    "say says saying call calls calling label describe claim think thinks thought regard "
    "regarded consider considered view viewed".split()
)
_SAYING_REACH = 4  # "no one should ever call ...": the negator's first word to the verb
_NEAR_SENTENCES = 1
# Words that open a sentence taking back what came before ("But I can tell you now ...").
_CONTRASTS = frozenset("but however yet still".split())
# Words before an open mind that make it required of the author, not said by them.
_OBLIGING = frozenset("asked told reminded must supposed required advised".split())
_OBLIGED_REACH = 6
_OWN_VIEW_REACH = 4
_MYSELF_REACH = 2  # "a queer kid myself"
_I_BEING = frozenset("was am".split())  # "I was", "I am"
_I_HAVING = _I_BEING | frozenset("have had got".split())  # "I have", "I had"
_I_WITH_VERB = frozenset("i'm im i've ive".split())
_OWN_REACH = 3  # "I was diagnosed", "I've been on antidepressants"
_OWN_STATE = frozenset("been on a an with recently also got had have was am diagnosed".split())
_THAT_ONE = frozenset({"that", "this"})  # "I told them that word is vile"
# Verbs that open a sentence with the author left out: "Rang the Director and it's sorted".
_OWN_DEEDS = frozenset(
    "rang phoned called emailed texted messaged told asked had got sent spoke met".split()
)
_DISCLAIMING = frozenset("saying calling suggesting accusing".split())
_GOES_ON_ABOUT = frozenset(
    "his her their he she they he's she's they've everyone everybody anyone funny".split()
)
# Open-mind words that may be anyone's ("residents' concerns"): the author's only in a
# clause where they speak of themselves.
_OWN_VIEW_CUES = frozenset(
    "concerns|concerned about|concerned that|worried|reservations|questions about".split("|")
)
_WITHHELD_REACH = 3  # "I can't share the figures": what a refusal governs follows it closely
_THINGS = frozenset({Aim.THING, Aim.MATTER})
# A party or the council named inside the words is part of them ("a waste of council money"
# is whose money), not what they are aimed at.
_NAMED_INSIDE = frozenset({Aim.PARTY})
_ARTICLES = frozenset("a an the that this".split())
_COMPARING = frozenset("a an the of like as".split())
_VERDICTS = frozenset({"hatred", "negative_attribute", "abuse"})
_OF_IT = frozenset("it it's is was this that that's which".split())  # "it's vile", "that was sick"
_INTENSIFIERS = frozenset("absolutely utterly truly just so really simply quite totally".split())
_MANY = 10  # "two kids" are a family; "40 families" are a statistic
_FEELINGS = frozenset(
    "anger angry worry worries worried concern concerns concerned frustration frustrated "
    "debate questions question feelings strength upset".split()
)
_SERVICE_WORDS = frozenset(
    "budget budgets spending spend bill costs funding strategy policy provision services "
    "scheme cuts figures collection collections donation donations hamper hampers appeal "
    "volunteers volunteer charity charities hub team drive".split()
)
# Classes that say something of one identifiable person (data protection is about people
# who can be identified), so a statistic about many people is not one of them.
_PERSONAL = frozenset({"sensitive_detail", "home_address"})
# Hatred named, not felt (``_names_hatred``): "the hate online", "all this hatred".
_NAMING_ARTICLES = frozenset("the this that such all any".split())
_HATRED_NOUNS = frozenset("hate hatred loathing contempt disgust".split())
# Classes of a verdict the author may pass on words quoted or reported, and of the words.
_PASSED_ON_WORDS = _VERDICTS | {"insult"}
_HARMS = frozenset({"dehumanising", "violence", "slur", "exclusion"})
# Feelings had, of which the people who open the clause may be the feelers ("Pensioners
# can't bear the cold"); not a disposition said of them ("have no respect for anyone").
_SENSATIONS = frozenset(
    {"can't bear", "cannot bear", "can barely bear", "can hardly bear", "can't stand"}
    | {"cannot stand", "cant stand", "can barely stand", "can hardly stand", "hate", "hates"}
    | {"hated", "can't stomach", "cannot stomach", "sick of", "fed up of", "fed up with"}
    | {"sick to death of", "dislike", "don't like", "do not like", "loathe", "detest"}
)
# Feelings that work on the one who feels them, whose subject is what they are felt at
# ("Muslims make me sick", "... is disgusting"), not the feeler ("I can't stand ...").
_FEELER_WORDS = frozenset("me my i'm".split())
_FELT_AT_SUBJECT = frozenset(
    "disgusting revolting repulsive repugnant vile sickening gross creepy".split()
)
# How people are treated, before them ("the way disabled people are treated").
_MANNER = frozenset({"way", "how"})
# Words after a feeling at what befell people that approve of it ("they missed").
_APPROVING = frozenset({"missed", "deserved", "riddance"})
# What "it" stands for when these follow the verdict ("it's vile that ...", "how ...").
_EXTRAPOSED = frozenset("that how to when".split())
# What befalls people, before "on", "of", "against" them: a feeling at it is not at them.
_HARM_NOUNS = frozenset(
    """attack attacks abuse treatment harassment graffiti murder killing stabbing assault
    bullying vandalism racism persecution deportation eviction death deaths plight suffering
    neglect exclusion discrimination mistreatment jokes comments slurs insults targeting arson
    firebombing beating shooting hatred happened""".split()
)
# Words that open a situation felt, not people ("can't bear the cold", "hate being told").
_SITUATION_OPENERS = frozenset({"the", "it", "that", "this", "in", "on", "at", "up"})
# ... and words of a people or a country, which make the feeling contempt ("the British").
_PEOPLES_WORDS = frozenset(
    "british english britain england country community people everyone everybody us our "
    "christians whites".split()
)
# Verdicts on what was said, the sentence after it ("... called them 'diseased'. Vile.").
_SPEECH_VERDICTS = frozenset(
    "vile disgusting disgraceful shameful sickening appalling horrible awful nasty ugly "
    "despicable".split()
)
_HATRED_VERBS = frozenset("has is isn't was will won't doesn't does divides spreads".split())
# A road that names a public place after it (``_a_public_place``).
_PUBLIC_PLACES = frozenset(
    "centre center depot library surgery station school college park ground stadium club "
    "church mosque hall tip market leisure pool museum hospital clinic".split()
)
# What a road has, or the whole of it: "the state of the Moulsham Street pavement", "the
# whole of Park View Road knows it" (not "Mrs Barker of 27 Hazel Grove").
_PARTS_OF_A_PLACE = frozenset(
    "state whole end top bottom length corner side rest middle half stretch part section "
    "junction condition surface residents people".split()
)
# The author's household (``_hyperbole``): "my husband", "our lad", "my other half".
_OWNERS_FIRST = frozenset("my our".split())
_KIN = frozenset(
    "husband wife partner son sons daughter daughters kids children mum mother dad father "
    "brother sister nan gran grandad grandson granddaughter dog cat other teenager teenagers "
    "lad lads boys girls".split()
)
# Verbs that doubt what follows ("nobody should doubt that ..."), and verbs of accepting a
# claim ("I don't accept that ... aren't ..."): a negator before either turns it round.
_DOUBTING = frozenset("doubt doubts doubted deny denies denied dispute disputes question".split())
_ACCEPTING = frozenset("accept accepts believe believes buy agree agrees".split())
_TURNING = _DOUBTING | _ACCEPTING
# What is done to people, after "how" or "the way" and a verb of being ("how Muslims are
# treated"), within a few words of a feeling.
_DONE_TO_REACH = 8
_BEING = frozenset("are is get gets being were was".split())
_DONE_TO = frozenset(
    """treated spoken talked abused attacked targeted portrayed ignored excluded demonised
    demonized scapegoated stereotyped harassed bullied mocked insulted spat hit hurt
    robbed conned""".split()
)
# ... or after a verb of seeing ("can't stand seeing women harassed").
_SEEING = frozenset("seeing watching hearing".split())
_FAVOUR = frozenset(
    """better above ahead first before important gloves royalty kings vip vips specially
    favourably preferentially priority""".split()
)
# How a question whether something is so opens, and an answer that denies it, as a
# sentence of its own.
_WHETHER_SO = frozenset("are is was were do does did".split())
_WORSE = frozenset({"worse", "worst"})
# How "no" goes on when it answers ("No, and I'd never say that"), not "No surprise".
_AFTER_NO = frozenset("and never of absolutely certainly definitely".split())
# What an author may say of themselves in jest: "this old fossil", "as the token queer".
_SELF_MOCKABLE = frozenset({"mockery_protected", "tokenism"})
# What goes before "like" as a likeness, not a feeling ("anyone who talks like that").
_LIKENESS = frozenset(
    "talk talks talked talking look looks looked looking sound sounds sounded dressed act "
    "acts acting acted behave behaves behaving behaved treat treats treated treating spoke "
    "spoken be is are was were been seem seems seemed just something "
    "anything nothing stuff".split()
)
# Classes of feeling that "people who ..." feel, not the author ("people who hate immigrants").
_FELT_CLASSES = frozenset({"hatred", "positive"})
# Classes whose words do not keep a negator inside them to themselves (``_holds``).
_NEGATOR_HOLDS_NOT = frozenset({"open_mind", "every_one"})
# Whom a clause may name as the one its words are about, besides an officer: a person,
# "you", a politician, or someone unnamed ("the woman").
_SOMEONE = frozenset({Aim.YOU, Aim.PERSON, Aim.POLITICIAN, Aim.PUBLIC})
# Words of wanting: whoever comes just before them wants.
_WANTING = frozenset({"want", "wants", "wanted"})
# The author's own (``_candidates``: "my committee").
_MY = frozenset({"my", "our"})
# The words a reply opens with after the handle it answers (``_crime_as_topic``).
_REPLY_OPENERS = frozenset("yes no agreed agree thanks sadly honestly well sorry true".split())
# People whom a clause after them describes ("people who hate immigrants").
_OBJECTS = frozenset("people anyone anybody those folk men women everyone everybody".split())
# Refusals that a negator before them denies, affirming what follows ("never refuse to").
_REFUSING = frozenset("refuse refuses refused hesitate hesitates fail fails".split())
# What makes a matter before it people ("her planning lot are a bunch of jobsworths").
_PEOPLE_OF = frozenset("lot team teams department dept officers staff crew mob".split())
# Words of a fight used of an election, and the words that make it one (``_electoral``).
_CONTEST = frozenset(
    """flatten flattened slaughter slaughtered annihilate annihilated crush crushed wiped
    destroy destroyed hammer hammered thrash thrashed batter battered massacre massacred
    bury buried smash smashed demolish demolished obliterate obliterated trounce
    trounced""".split()
)
_ELECTION = frozenset(
    """may election elections polls poll ballot doorstep doorsteps leaflets
    leafleting canvassing campaign seats seat majority count by-election landslide""".split()
)
# Whom a likeness compares with ("like everyone else").
_EVERYONE = frozenset("every everyone everybody anyone anybody every1".split())
# Words through which what follows is said of a group that is the subject ("women are never
# going to be any good at ..."): being, modals, negators (``_said_of_subject``).
_PREDICATES = frozenset(
    "are is was were be been r never not always can't cannot won't will would should must "
    "gonna going aren't isn't weren't wasn't ever still has have had looking looked looks "
    "seems seemed".split()
)
# What makes a target after the words an agent, a comparison or an object, not the one
# they are said of: "let down by lazy contractors", "better than this council".
_AGENTS = frozenset("by than with of from".split())
_PRONOUNS = frozenset("you your he him his she her they them their it its".split())
# Feelings the subject has, not qualities it is given: "women don't trust the council".
_FELT_BY_SUBJECT = frozenset(
    "trust respect like welcome tolerate accept rate admire want stand bear".split()
)
_TAGGED = frozenset("you they he she it we i".split())
_NATIONS = frozenset("welsh scottish irish english british cornish".split())
_SPEECH = frozenset("said says shouted yelled told wrote posted called".split())
_ASKING = frozenset("asked ask asks asking wondered wonder".split())
_NO_ANSWERS = frozenset(
    {"no", "nope", "of course not", "absolutely not", "not at all", "certainly not", "no chance"}
    | {"no they aren't", "no they're not", "no it isn't", "no it's not"}
)
# What the author will do after a refusal's "but" (``goes_on``), unless it is to tell.
_WILL = frozenset("i'll we'll".split())
# "but I'll paraphrase", "but I'll hint at it" tell too.
_TELLING = frozenset("tell say let reveal share paraphrase hint".split())
# Who votes, or a verb before "vote for" (``_vote_spoken_of``): the vote is told, not asked.
_VOTERS = frozenset(
    "i you we they he she people who whoever i'll we'll you'll won't will would wouldn't "
    "to not never can can't could couldn't might may should shouldn't always".split()
)
# Naming oneself (``_names_the_speaker``): "us [word]", "we [word]s", "as a [word]", "I'm a
# [word]", with a few words of description between ("as an old disabled [word]").
_SELF_WORDS = frozenset("us we i'm im fellow".split())
# Agreement with a quotation that follows it ("Couldn't have put it better myself").
# Agreement put as a denial of disagreement, only where it closes its clause or an aside
# follows: "Can't argue with that." and "Can't say they're wrong, to be honest" agree; "can't
# argue with that level of bigotry" does not.
_AGREEING_IF_CLOSING = frozenset(
    {"can't say they're wrong", "cant say theyre wrong", "can't say they are wrong"}
    | {"can't say he's wrong", "can't say she's wrong", "can't argue with that"}
    | {"cant argue with that", "hard to disagree", "hard to argue with"}
)
_AGREEING_AFTER = frozenset(
    {"couldn't have put it better", "couldn't agree more", "spot on", "well said", "hear hear"}
    | {"nailed it", "so true", "this is so true", "too right", "bang on", "true words"}
    | {"he's not wrong", "she's not wrong", "they're not wrong", "sums it up", "says it all"}
    | {"can't say i disagree", "cannot say i disagree", "don't disagree with the sentiment"}
    | {"got a point", "has a point", "fair point"}
    | _AGREEING_IF_CLOSING
)
# What the author calls the bigots, not their targets ("Racist filth, and I've reported it").
_BIGOTED = frozenset("racist racists homophobic transphobic bigoted fascist nazi".split())
_SELF_PHRASES = frozenset({"as a", "as an", "i'm a", "i am", "am a", "being a", "years a"})
# "As the token queer on the council", "as the resident Paddy in the Sunday league".
_SELF_PHRASES |= {"as the", "i'm the", "im the", "am the"}
# "I call myself a poof with pride", "proud to be a dyke", "me n the other queers".
_SELF_PHRASES |= {"myself a", "myself an", "proud to be a", "proud to be an", "me and the"}
_SELF_PHRASES |= {"me n the", "me & the", "me and my fellow", "me and the other"}
_SELF_ADJECTIVES = frozenset(
    "old young proud little other disabled black brown gay queer trans deaf blind "
    "working-class northern lesbian bi bisexual married single happy loud retired "
    "middle-aged ordinary grumpy daft big fat scared".split()
)
# The part the author plays, in a phrase that names them ("as the token queer on the
# council", "me n the other mad old dykes"); not after a storyteller's "this".
_SELF_ROLES = frozenset("resident token only local mad".split())
# What follows the word when the author says where they play that part ("as the resident
# Paddy in the Sunday league, I ...").
_PLACING = frozenset("on in at of from for round around here".split())
# Words of a sentence that speak of others than the author ("Paki, black, whatever, I
# don't want them"): no self-description.
_OTHERS = frozenset("them it they whatever he she him her".split())
# How an author describes themselves before an insult they give themselves ("As a proper
# old deaf git, I ..."), and the word that goes on about them.
_OWN_DESCRIPTION = _SELF_ADJECTIVES | {"proper"}
_I = frozenset("i i'm im i've ive i'd".split())
# Going back or home, and the author as the one who goes ("I'll go back to them"):
# ``_the_author_goes``.
_GOING = frozenset({"go back", "go home"})
_GOERS = frozenset("i i'll ill i'd we we'll we'd".split())
_PURPOSES = frozenset({"party_purpose", "private_purpose"})
_IT = frozenset("this it it's that's which".split())
_GETS = frozenset({"gets a"})
_IT_IS = frozenset("it's that's".split())  # ... after "and": what happened is vile
_AND = frozenset({"and"})
_NAME_CALLING = frozenset({"insult", "abuse", "negative_attribute"})
_REJECTING = frozenset(
    {"wrong to say", "nonsense to say", "rubbish to say", "untrue to say", "a myth that"}
    | {"don't let anyone tell you", "dont let anyone tell you", "don't let anybody tell you"}
    | {"never let anyone tell you", "nobody says", "no one says", "no-one says"}
)
_IS = frozenset("is was".split())
# What may stand between people and what is said of them ("Muslims are all just so evil",
# "trans people are nothing but fucking thugs").
_LINKING = (
    _COPULAS
    | _INTENSIFIERS
    | _ARTICLES
    | frozenset(
        "all such very pretty always basically inherently fucking bloody bunch of lot load "
        "most nothing but too incredibly extremely clearly obviously".split()
    )
)
# The classes whose rows judge a group's people (``said_of_people``): words as common as
# "terrible" and "nice" are read further only with a group near them (``_near``), as those
# rows need.
_JUDGING = frozenset({"disparaging", "good_quality"})
# The pronouns that stand for people of the sentence before ("I've met plenty of them.
# They're horrible.").
_THEY_ARE = frozenset("they're theyre".split())
_THEY = _THEY_ARE | {"they"}
_THEY_REACH = 6  # "They're all so horrible": the pronoun a few words before the words
# Words before people that make them what something is aimed at ("violence against women is
# horrible"), beside the prepositions.
_OF_WHAT = frozenset("against towards toward around among amongst between beyond".split())
_AND_OR = _AND | {"or", "&"}
_PEOPLE_WORDS = _OBJECTS | {"bunch", "individuals", "creatures", "ones"}
# What people are said to suffer, after words that would judge them ("terrible victims of
# these cuts", "an awful lot worse off").
_SUFFERED = _HARM_NOUNS | {"victims", "victim", "lot", "time", "times", "struggle"}
# Words of grammar that may follow people or what is said of them ("Muslims again", "evil and
# dangerous", "horrible to everyone").
_GRAMMAR = frozenset(
    "and or but who that which again here there everywhere everyone anyone to as than have has "
    "had do does did should must would can will need want get keep always never even still "
    "though too either anyway honestly lol tbh".split()
)
_CALL = frozenset("find finds found consider considers call calls".split())
_BE_OR_NOT = _COPULAS | frozenset("aren't arent isn't isnt wasn't weren't".split())
# Being, modals and negators, through which the words are said of people ("can never be").
_SAID_THROUGH = _PREDICATES | {"no", "any", "can", "could", "may", "might"}
_NOT_NAMING = _GRAMMAR | _LINKING | _PREDICATES | _PREPOSITIONS | _OF_WHAT
# Words that deny a denial ("Nobody can deny he's right").
_DENYING_DENIAL = frozenset("deny denies doubt dispute argue".split())
_BE = frozenset("is was are were been".split())
_UNTIL = frozenset("until till once".split())
_OWNERS = frozenset("my his her their your our its whose".split())
# "has carers", "needs carers": people someone has are their circumstances.
_HAVING = frozenset("has have had having needs need needed with without gets get got".split())
_PEOPLE_AFTER_MANY = frozenset("of them these those people coming".split())
_TOO_MANY_REACH = 3  # "too many young Somali men": the people a few words on
_PEOPLE_PRONOUNS = frozenset("they them their theirs those these he him she her".split())


@dataclass(frozen=True, slots=True)
class Said:
    """One thing said, with what it may be aimed at and how it is said."""

    mention: Mention
    candidates: tuple[Target, ...]  # nearest in its clause, then the clause's subject
    near: tuple[Target, ...]  # within a sentence either side
    modes: frozenset[str]
    alongside: frozenset[str]  # other said classes within a sentence either side


class Reading:
    def __init__(
        self,
        toks: Sequence[Token],
        mentions: Sequence[Mention],
        targets: Callable[[], Sequence[Target]],
        shared: bool = False,
        published: bool = False,
    ) -> None:
        self.toks = toks
        self.published = published  # the post cites what the council has published
        self.mentions = mentions
        self._find_targets = targets  # found only when something asks: most posts say nothing
        self.shared = shared  # sharing someone's words endorses them (WH protocol 3.1(t))
        # Every post needs its mentions by class (the engine asks for "consent"), so they
        # are grouped here rather than on first use.
        self.by_class: dict[str, list[Mention]] = {}
        for m in mentions:
            self.by_class.setdefault(m.cls, []).append(m)
        self._negator_at = frozenset(n.first for n in self.by_class.get("negator", ()))
        # "Can't say they're wrong" agrees where it closes its clause, and its "wrong" condemns
        # nothing.
        if "endorsement" in self.by_class:
            self.by_class["endorsement"] = [
                c
                for c in self.by_class["endorsement"]
                if c.entry not in _AGREEING_IF_CLOSING
                or self._closes_clause(c)
                or any(a.first == c.last + 1 for a in self.by_class.get("aside", ()))
            ]
        agreeing = {
            i for c in self.by_class.get("endorsement", ()) for i in range(c.first, c.last + 1)
        }
        if agreeing and "condemnation" in self.by_class:
            self.by_class["condemnation"] = [
                c for c in self.by_class["condemnation"] if c.first not in agreeing
            ]
        # "Sharing this because the Okafors asked me to:": a request that closes its clause
        # asked for what the post does, so it consents ("asked me to chase it" does not).
        elided = [
            m._replace(cls="consent")
            for m in self.by_class.get("asked_to", ())
            if self._closes_clause(m)
        ]
        if elided:
            self.by_class.setdefault("consent", []).extend(elided)

    def _closes_clause(self, m: Mention) -> bool:
        """Nothing of its clause follows the words (the post, its sentence or its clause
        ends after them)."""
        after = m.last + 1
        return after >= len(self.toks) or self.toks[after].clause != self.toks[m.last].clause

    @cached_property
    def targets(self) -> Sequence[Target]:
        """What the post names, but a group the author says they belong to ("As a gay man
        who grew up here, ..."): that names the speaker, not a group spoken of."""
        return [
            t for t in self._found if not (t.aim is Aim.GROUP and self._names_the_speaker(t.first))
        ]

    @cached_property
    def _found(self) -> Sequence[Target]:
        """Every target found, the author's own groups among them."""
        return self._find_targets()

    def said(self, lexicon: Lexicon, classes: frozenset[str]) -> list[Said]:
        """Every thing said of ``classes`` (those the rules ask about) that is not a
        homonym, a figure of speech, part of a name, part of the words that condemn it
        ("hate crime"), a closing word with more of its clause after it ("by the end of
        the month"), what a refusal withholds ("can't share the figures"), a personal
        detail of a counted many ("400 families in temporary accommodation") or a crime as
        a local problem. Other said classes count only as found alongside."""
        if not any(m.cls in classes for m in self.mentions):
            return []
        kept = [
            m
            for m in self.mentions
            if m.section == "said"
            and not ordinary_sense(self.toks, m, lexicon)  # "faggots and peas"
            and not self._inside_other_words(m)
            and not self._in_a_name(m)
            and not self._cut_short(m)
            and m not in self._withheld
            and not (
                m.cls in _PERSONAL
                and (
                    self._of_many(m)
                    or self._names_a_service(m)
                    or self._names_a_group(m)
                    or self._the_authors_own(m)
                )
            )
            and not (m.cls == "dishonesty" and (self._crime_as_topic(m) or self._by_whatever(m)))
            and not (m.cls == "slur" and self._reclaimed(m))
            and not (m.cls == "insult" and self._said_of_oneself(m))
            and not (m.entry in _GOING and self._the_author_goes(m))
            and not (m.cls in _SELF_MOCKABLE and self._self_mocked(m))
            and not (m.entry == "like" and not self._liking(m))
            and not (m.cls == "violence" and self._suffered_or_feared(m))
            and not (
                m.cls == "hatred"
                and (
                    self._names_hatred(m)
                    or self._done_to_them(m)
                    or self._felt_by_them(m)
                    or self._felt_at_what_befell_them(m)
                )
            )
            and not (m.cls in ("insult", "hatred") and self._a_verdict_on_it(m))
            and not (m.cls == "negative_attribute" and self._inside_a_feeling(m))
            and not (m.cls == "vote_ask" and self._vote_spoken_of(m))
            and not (m.cls == "home_address" and self._a_public_place(m))
            and not (m.cls == "exclusion" and self._too_many_things(m))
            and not (m.cls == "warning" and self._determines(m))
        ]
        kept_in: dict[int, list[Mention]] = {}  # by sentence
        for o in kept:
            kept_in.setdefault(self.toks[o.first].sentence, []).append(o)
        out = []
        for m in kept:
            if m.cls not in classes:
                continue
            sentence = self.toks[m.first].sentence
            near = self._near(m)
            if m.cls in _JUDGING and not any(t.aim is Aim.GROUP for t in near):
                continue  # "terrible potholes": judged of no people, so not read further
            alongside = frozenset(
                o.cls
                for near in (sentence - 1, sentence, sentence + 1)
                for o in kept_in.get(near, ())
                if o.last < m.first or m.last < o.first
            )
            candidates = self._candidates(m)
            if m.cls in _PASSED_ON_WORDS and self._on_words_quoted(m, candidates):
                continue
            modes = self._modes(m)
            if m.cls in _PASSED_ON_WORDS and self._verdict_on_abuse_reported(m):
                modes |= {"condemned"}
            if m.cls == "insult" and self._about_another(candidates):
                modes |= {"about_another"}
            out.append(Said(m, candidates, near, modes, alongside))
        return out

    def _about_another(self, candidates: tuple[Target, ...]) -> bool:
        """The insult's own clause names someone who is not an officer ("David Lindqvist
        and his wife came to the fete. The woman is a joke."): it is about them, whoever a
        sentence either side names; "that man" read as the officer is the officer."""
        officers = [t for t in self.targets if t.aim is Aim.OFFICER]
        return any(
            c.aim in _SOMEONE and not any(c.first <= o.first <= c.last for o in officers)
            for c in candidates
        )

    def _on_words_quoted(self, m: Mention, candidates: tuple[Target, ...]) -> bool:
        """The author's verdict on words they quote, the people named only inside them
        ("'Jews control the banks' is a conspiracy theory, and seeing it made me feel
        sick"): the verdict is on the words."""
        return (
            not self.toks[m.first].quoted
            and bool(candidates)
            and m.cls != "negative_attribute"  # "'Immigrants are scroungers' - and liars too"
            and all(
                t.aim is Aim.GROUP
                and self.toks[t.first].quoted
                and self.toks[t.first].sentence in self._quoting_verdicts
                for t in candidates
            )
        )

    @cached_property
    def _quoting_verdicts(self) -> frozenset[int]:
        """The sentences that quote words of a verdict or a harm ("'Jews control the
        banks'", "calling gay men 'diseased'"), not a name alone in scare quotes ("by
        'youths' from one community")."""
        return frozenset(
            self.toks[o.first].sentence
            for o in self.mentions
            if o.section == "said"
            and o.cls in _PASSED_ON_WORDS | _HARMS
            and self.toks[o.first].quoted
        )

    def _verdict_on_abuse_reported(self, m: Mention) -> bool:
        """A verdict in a sentence that names no one, after a sentence that quotes what was
        said ("Overheard someone calling gay men 'diseased'. Vile."): on what was said."""
        sentence = self.toks[m.first].sentence
        return (
            m.entry in _SPEECH_VERDICTS
            and not self._targets_in(sentence)
            and sentence - 1 in self._quoting_verdicts
        )

    # --- senses -------------------------------------------------------------------------

    def _determines(self, m: Mention) -> bool:
        """A warning's closing "this" is the next word's determiner ("Some of us remember
        this department before ..."), not the deed it warns of ("Remember this, Cllr X")."""
        after = m.last + 1
        return self.toks[m.last].text == "this" and any(
            t.first == after and t.aim in _THINGS
            for t in self._targets_in(self.toks[m.last].sentence)
        )

    def _too_many_things(self, m: Mention) -> bool:
        """What follows "too many" is what there are too many of, here no one ("far too
        many houseplants"); "too many of them", "too many bloody immigrants" are people."""
        after = m.last + 1
        if (
            not m.entry.endswith("too many")
            or after >= len(self.toks)
            or self.toks[after].text in _PEOPLE_AFTER_MANY
        ):
            return False
        clause = self.toks[after].clause
        return not any(
            after <= t.first <= after + _TOO_MANY_REACH and self.toks[t.first].clause == clause
            for t in self._targets_in(self.toks[after].sentence)
        )

    def _the_author_goes(self, m: Mention) -> bool:
        """The author's own going back or home ("I'll go back to them", "we can go home"),
        not someone told to."""
        before = [t.text for t in self.toks[max(0, m.first - 2) : m.first]]
        if before[-1:] and before[-1] in _GOERS:
            return True
        return before[-1:] in (["will"], ["can"], ["shall"]) and before[:1] in (["i"], ["we"])

    def _reclaimed(self, m: Mention) -> bool:
        """A slur the author uses of themselves, here or anywhere in the post ("this old
        dyke is riding pillion" reclaims "Dykes on Bikes" too; "a scared queer kid myself"),
        aims contempt at no one."""
        word = m.entry.removesuffix("s")
        return any(
            o.cls == "slur" and o.entry.removesuffix("s") == word and self._of_oneself(o)
            for o in self.mentions
        )

    def _of_oneself(self, m: Mention) -> bool:
        """The word names the speaker, or is followed by "myself" where the author says what
        they are or were ("I was a scared queer kid myself"), not "nothing against X myself";
        or opens a sentence of the author's own, proudly or as the first of what they are
        ("Proud Taff abroad", "Queer, 52, and just finished my first parkrun")."""
        if self._names_the_speaker(m.first) or self._opens_own_description(m):
            return True
        if not any(
            self.toks[i].text == "myself"
            for i in range(m.last + 1, min(m.last + 1 + _MYSELF_REACH, len(self.toks)))
        ):
            return False
        clause = self.toks[m.first].clause
        words = [
            t.text
            for t in takewhile(
                lambda t: t.clause == clause, self.toks[self._clause_starts[clause] :]
            )
        ]
        return any(
            w in ("i'm", "im") or (w == "i" and nxt in _I_BEING)
            for w, nxt in zip(words, [*words[1:], ""], strict=True)
        )

    def _the_authors_own(self, m: Mention) -> bool:
        """A detail the author gives of themselves ("I was diagnosed autistic at 34", "I'm on
        PIP myself"): theirs to publish, no one else's; not someone's file the author has
        seen ("I've seen the file")."""
        if m.entry.startswith("seen"):
            return False
        clause = self.toks[m.first].clause
        before = [
            t.text for t in self.toks[max(0, m.first - _OWN_REACH) : m.first] if t.clause == clause
        ]
        for i, (w, nxt) in enumerate(zip(before, [*before[1:], ""], strict=False)):
            start = i + 1 if w in _I_WITH_VERB else i + 2 if w == "i" and nxt in _I_HAVING else None
            # only words of the author's state between ("I've been on", not "I've seen the")
            if start is not None and set(before[start:]) <= _OWN_STATE:
                return True
        return False

    def _said_of_oneself(self, m: Mention) -> bool:
        """An insult the author gives themselves, opening the sentence with what they are
        and going on with "I" ("As a proper old deaf git, I can confirm the loop works") or
        saying so ("I'm an idiot"): aimed at no one else. "She's as much use as a chocolate
        teapot" and "As an idiot, Cllr Smith is in a league of his own" are not."""
        i = m.first - 1
        while i >= 0 and self.toks[i].text in _OWN_DESCRIPTION:
            i -= 1
        before = [t.text for t in self.toks[max(0, i - 2) : i + 1]]
        if before[-2:] in (["i'm", "a"], ["i'm", "an"], ["im", "a"], ["am", "a"], ["am", "an"]):
            return True
        opens = self._opens(i - 1, self.toks[m.first].sentence)
        return before[-2:] in (["as", "a"], ["as", "an"]) and opens and self._after(m) in _I

    def _liking(self, m: Mention) -> bool:
        """ "Like" as a feeling ("I don't much like them", "nobody likes them"), not a
        likeness ("anyone who talks like that", "no one should be treated like that", "they
        don't make them like that any more", "spend money like everyone else")."""
        before = [t.text for t in self.toks[max(0, m.first - 2) : m.first]]
        return (
            before[-1:] != []
            and before[-1] not in _LIKENESS
            and before[-2:-1] != ["make"]
            and self._after(m) not in _EVERYONE  # "spend money like everyone else"
        )

    def _after(self, m: Mention) -> str:
        """The word after the words, or "" at the end of the post."""
        return self._after_token(m.last)

    def _opens(self, i: int, sentence: int) -> bool:
        """Whether token ``i`` opens ``sentence``: it is the post's first, or follows the
        sentence before."""
        return i >= 0 and (i == 0 or self.toks[i - 1].sentence != sentence)

    def _self_mocked(self, m: Mention) -> bool:
        """The author's joke at their own age or body, opening a sentence that goes on about
        them: "Well, this old fossil has voted since 1974 and I'm voting again", "as a
        doddery old dear myself"; not "This old fossil Cllr Pike should retire"."""
        before = m.first - 1
        sentence = self.toks[m.first].sentence
        words = {self.toks[i].text for i in self._sentence_tokens[sentence]}
        named = any(
            t.first == m.last + 1
            or (t.named and t.aim in INDIVIDUALS and self.toks[t.first].sentence == sentence - 1)
            for t in self.targets
        )  # "This old fossil Cllr Pike ...", "Cllr Pike spoke again. This old fossil ..."
        return self._names_the_speaker(m.first) or (
            before >= 0
            and not named
            and bool(FIRST_PERSON & words)
            and self.toks[before].text == "this"
            and (
                self._opens(before, sentence)
                or self.toks[before - 1].text in ("well", "and", "but", "so")
            )
        )

    def _opens_own_description(self, m: Mention) -> bool:
        """One word for what the author is, opening a sentence about them, proudly ("Proud
        Taff abroad") or first of a list of what they are ("Queer, 52, and just finished my
        first parkrun"); not a group ("Proud pikey families", "Paki, black, whatever, I
        don't want them") nor someone else ("Tranny, 45, moves in next door ... smile at
        it?")."""
        span = self._sentence_tokens[self.toks[m.first].sentence]
        words = {self.toks[i].text for i in span}
        after = self.toks[m.last + 1].text if m.last + 1 in span else ""
        alone = after in ("", "abroad") or after[:1].isdigit() or after in _SELF_ADJECTIVES
        proudly = self.toks[span.start].text == "proud" and all(
            self.toks[i].text in _SELF_ADJECTIVES for i in range(span.start, m.first)
        )
        listed = m.first == span.start and bool(FIRST_PERSON & words)
        return (
            (proudly or listed)
            and not m.entry.endswith("s")
            and (alone or after in _NATIONS)
            and not _OTHERS & words
            and not any(t.named and t.aim in INDIVIDUALS and t.first in span for t in self.targets)
        )

    def _names_the_speaker(self, first: int) -> bool:
        """Words from ``first`` name the speaker and their own: a word reclaimed by those it
        was used against ("us crips know which shops have a lift", "as a proud queer woman",
        "I'm a dyke and proud"), said of oneself, aims contempt at no one."""
        i = first - 1
        role = False
        while i >= 0 and self.toks[i].text in _SELF_ADJECTIVES | _SELF_ROLES:
            role = role or self.toks[i].text in _SELF_ROLES
            i -= 1
        before = [t.text for t in self.toks[max(0, i - 3) : i + 1]]
        # "this old queer moved into a tiny flat": "this" and a word of description.
        described = not role and i < first - 1 and bool(before) and before[-1] == "this"
        phrase = any(" ".join(before[k:]) in _SELF_PHRASES for k in range(len(before) - 1))
        if phrase and before[-2:] == ["as", "the"]:
            phrase = self._i_go_on(first)
        return bool(before) and (before[-1] in _SELF_WORDS or phrase or described)

    def _i_go_on(self, first: int) -> bool:
        """After "as the [part]" and where the author plays it, the sentence goes on with
        "I" ("As the token queer on the council, I ..."), not with someone else ("As the
        token black on cabinet, Cllr Adeyemi should ...") or more of the thing ("As the
        local paki shop shuts ...")."""
        span = self._sentence_tokens[self.toks[first].sentence]
        nxt = first + 1
        while nxt in span and self.toks[nxt].text in _SELF_ADJECTIVES:
            nxt += 1
        if nxt in span and self.toks[nxt].text not in _PLACING:
            return False
        starts = {t.first for t in self._found if t.aim in INDIVIDUALS}
        for i in range(nxt, span.stop):
            if self.toks[i].text in _I:
                return True
            if i in starts or self.toks[i].text in _OTHERS:
                return False
        return False

    def _names_hatred(self, m: Mention) -> bool:
        """A word of hatred as the thing named, after an article ("the hate online about them
        is disgraceful", "all this hatred") or as the subject of its clause ("Hate has no
        home here", "Hatred of Sikhs has no place here"), not felt: whoever says it does not
        hate."""
        if self.toks[m.first].text not in _HATRED_NOUNS:
            return False
        nxt = m.last + 1
        if m.first != m.last:
            # "hatred of" and the people it is of, then what it does or has
            of = [t.last for t in self.targets if t.first == nxt]
            if self.toks[m.last].text != "of" or not of:
                return False
            nxt = max(of) + 1
        elif m.first > 0 and self.toks[m.first - 1].text in _NAMING_ARTICLES:
            return True
        return (
            m.first == self._clause_starts[self.toks[m.first].clause]
            and nxt < len(self.toks)
            and self.toks[nxt].text in _HATRED_VERBS
        )

    def _suffered_or_feared(self, m: Mention) -> bool:
        """Harm done to the author ("she'll actually kill me", "they threatened to punch
        me") or feared ("nobody should go to work afraid of being punched", "fix it before
        someone gets hurt"): no threat of the author's."""
        before = [t.text for t in self.toks[max(0, m.first - 4) : m.first]]
        return (
            self._after(m) in _THE_AUTHOR
            or before[-2:] == ["of", "being"]
            or self._danger_warned(m, before)
        )

    def _danger_warned(self, m: Mention, before: list[str]) -> bool:
        """An accident feared until something is mended ("fix the fencing before someone
        gets hurt"), not a demand made of people ("back off before somebody gets hurt", "move
        the caravans before anyone gets a kicking")."""
        sentence = self._sentence_tokens[self.toks[m.first].sentence]
        remedies = [i for i in sentence if i < m.first and self.toks[i].text in _REMEDIES]
        if not (
            m.entry in _ACCIDENTS
            and remedies
            and any(
                before[i] in _WARNED_UNTIL
                and before[i + 1] in _ANYONE
                and before[i + 2] in _BEFALLS
                for i in range(len(before) - 2)
            )
        ):
            return False
        # What is to be mended is a thing: no people between the word and the harm ("sort
        # the Travellers out before ..."; "the potholes on Cllr Dean's road" is a road), and
        # no other harm said in the sentence ("... before someone gets hurt. Petrol's cheap").
        people = any(
            remedies[0] < t.first < m.first
            and t.aim is not Aim.THING
            and t.aim is not Aim.MATTER
            and t.aim is not Aim.PLACE
            and not self.toks[t.last].text.endswith("'s")
            for t in self.targets
        )
        harms = any(
            o.cls in _HARMS and o.first != m.first and o.first in sentence for o in self.mentions
        )
        return not people and not harms

    def _inside_a_feeling(self, m: Mention) -> bool:
        """A word inside a longer phrase of feeling is the feeling's ("sick" of "makes me
        sick", "sick of"), read with it, not as a trait of its own."""
        return any(
            o.cls == "hatred" and o.first <= m.first and m.last <= o.last and o.last > o.first
            for o in self.mentions
        )

    def _a_verdict_on_it(self, m: Mention) -> bool:
        """A verdict said of "it" (``_said_of_it``) in a sentence that names no one ("Sharing
        what's being said about Muslim families. It's ugly."), or after what was done to
        people ("... have been hit hardest by the rates rise, and it's disgusting"): of what
        is said or done, not of the people. Not "it's disgusting how many Muslims ...", nor
        "... are everywhere now and it's disgusting"."""
        if not self._said_of_it(m):
            return False
        nxt = m.last + 1
        if nxt < len(self.toks) and self.toks[nxt].text in _EXTRAPOSED:
            return False
        sentence = self.toks[m.first].sentence
        if not self._targets_in(sentence):
            return True
        lead = [t.text for t in self.toks[max(0, m.first - 3) : m.first]]
        if "which" in lead:
            return True  # "..., which is a disgrace": of what the clause before says
        before = [
            t.text for t in self.toks[self._clause_starts[self.toks[m.first].clause] : m.first]
        ]
        return any(
            w in _BEING | {"been"} and set(before[k + 1 : k + 3]) & _DONE_TO
            for k, w in enumerate(before)
        )

    def _felt_by_them(self, m: Mention) -> bool:
        """People who open the clause and feel it about something else are not its object
        ("Pensioners can't bear the cold in those flats", "Young people hate being told"):
        a feeling had, not shown at them. Not a feeling that works on the feeler ("makes me
        sick", "disgusting"), whose subject is what it is felt at."""
        if m.entry not in _SENSATIONS:
            return False
        clause = self.toks[m.first].clause
        after = m.last + 1
        if after >= len(self.toks) or self.toks[after].clause != clause:
            return False
        if not (
            self.toks[after].text in _SITUATION_OPENERS or self.toks[after].text.endswith("ing")
        ):
            return False  # "Women hate responsibility", "Muslims hate our way of life"
        rest = list(
            takewhile(lambda i: self.toks[i].clause == clause, range(after, len(self.toks)))
        )
        if any(self.toks[i].text in _PEOPLES_WORDS for i in rest) or any(
            t.first in rest
            and t.aim not in (Aim.THING, Aim.MATTER, Aim.PLACE)
            and self.toks[t.first].text not in _PEOPLE_PRONOUNS  # "in those flats"
            for t in self.targets
        ):
            return False  # "Travellers hate the settled community", "... the British"
        start = self._clause_starts[clause]
        return any(
            t.aim is Aim.GROUP
            and t.first >= start
            and t.last < m.first
            and self._starts_clause(t)
            # "Travellers are the people I detest most": the author feels it.
            and not any(self.toks[i].text in FIRST_PERSON for i in range(t.last + 1, m.first))
            for t in self.targets
        )

    def _felt_at_what_befell_them(self, m: Mention) -> bool:
        """A feeling at what was done to people, named before them ("The attack on the
        Jewish family fills me with rage", "the way disabled people are treated"): every group
        before it in the clause follows a preposition after a word for the harm that befell
        them, not for the people themselves or what they do ("the culture of Muslims", "the
        way Travellers live"), and nothing after it approves of the harm."""
        if not (set(m.entry.split()) & _FEELER_WORDS or m.entry in _FELT_AT_SUBJECT):
            return False
        clause = self.toks[m.first].clause
        start = self._clause_starts[clause]
        groups = [
            t for t in self.targets if t.aim is Aim.GROUP and start <= t.first and t.last < m.first
        ]
        sentence = self.toks[m.first].sentence
        after = [self.toks[i].text for i in self._sentence_tokens[sentence] if i > m.last]
        if (
            not groups
            or any(
                o.cls == "violence" and o.first > m.last and self.toks[o.first].sentence == sentence
                for o in self.mentions
            )
            or _APPROVING & set(after)
            or any(a == "should" and b == "have" for a, b in zip(after, after[1:], strict=False))
        ):
            return False  # "... makes me sick, they should have burned it to the ground"
        for t in groups:
            i = t.first - 1
            while i >= start and self.toks[i].text in _DETERMINERS:
                i -= 1
            if i >= start and self.toks[i].text in _MANNER:
                # "The way disabled people are treated fills me with rage", not "the way
                # Travellers live".
                following = [x.text for x in self.toks[t.last + 1 : t.last + 4]]
                if not any(
                    w in _BEING and _DONE_TO & set(following[k + 1 : k + 3])
                    for k, w in enumerate(following)
                ):
                    return False
                continue
            if not self._qualifies(t):
                return False
            head = i - 1  # the word before the preposition
            if head < start or not (
                self.toks[head].text in _HARM_NOUNS
                or any(
                    o.cls == "violence" and o.first <= head <= o.last
                    for o in self.mentions
                    if o.section == "said"
                )
            ):
                return False  # the people themselves ("the culture of Muslims is ...")
        return True

    def _done_to_them(self, m: Mention) -> bool:
        """Hatred of what is done to people, not of them: "I hate how Muslims are treated",
        "I hate the way gay people are talked about" (a feeling, then "how" or "the way",
        then a verb of being and what is done, within a few words), "I can't stand seeing
        women harassed"."""
        clause = self.toks[m.last].clause
        after = [
            t.text
            for t in self.toks[m.last + 1 : m.last + 1 + _DONE_TO_REACH]
            if t.clause == clause
        ]
        if after[:1] == ["how"]:
            rest = after[1:]
        elif after[:2] == ["the", "way"]:
            rest = after[2:]
        elif after[:1] and after[0] in _SEEING:
            # "I can't stand seeing women harassed": what is done, seen; no verb of being,
            # and no one doing it ("immigrants insulted our veterans", "men who spat").
            done = [i for i, w in enumerate(after) if w in _DONE_TO]
            return (
                bool(done)
                and not _RELATIVE_PRONOUNS & set(after)
                and (done[0] + 1 == len(after) or after[done[0] + 1] not in _DETERMINERS)
                and not _FAVOUR & set(after)
            )
        else:
            return False
        # Not resentment of favour, anywhere after ("treated so much better than our
        # veterans", "with kid gloves", "ahead of British families", "like royalty").
        if _FAVOUR & set(rest):
            return False
        # A word or two may come between ("are still treated", "are so often ignored").
        return any(
            word in _BEING and _DONE_TO & set(rest[i + 1 : i + 4]) for i, word in enumerate(rest)
        )

    def _hyperbole(self, sentence: int, m: Mention) -> bool:
        """The author's own family before the words, in their sentence or the one before
        ("Told my husband I'd kill him if he let the dog on the sofa again", "My brother's
        bought a karaoke machine. One more Mariah and I'll throttle him"), or the author
        saying the words are not meant ("I'll murder whoever picked that defence
        (figuratively)"): a household's or a fan's hyperbole."""
        before = [i for s in (sentence - 1, sentence) for i in self._sentence_tokens.get(s, ())]
        words = ["", *(self.toks[i].text for i in before if i < m.first)]
        # Not a threat to one of a group who comes near the family ("Any asylum seeker who
        # comes near my kids, I'll put him in hospital").
        if any(
            t.aim is Aim.GROUP and self.toks[t.first].sentence == sentence for t in self.targets
        ):
            return False
        # Not the family someone spoke of ("after what Stroud said about my wife, I hope he
        # never makes it home"): the words are for who spoke.
        if any(
            a in _OWNERS_FIRST and b in _KIN and about not in _SPOKEN_OF
            for about, a, b in zip(words, words[1:], words[2:], strict=False)
        ):
            return True
        return self._not_meant(sentence)

    def _not_meant(self, sentence: int) -> bool:
        """The author says, in the sentence or one beside it, that the words are not meant
        or that the means are the law's ("(figuratively)", "with the enforcement team")."""
        return any(
            abs(self.toks[d.first].sentence - sentence) <= 1
            for d in self.by_class.get("not_meant", ())
        )

    def _a_public_place(self, m: Mention) -> bool:
        """A road that names a public place after it ("at the Thames Road reuse and
        recycling centre", "at Hall Lane surgery"), or a part of a road ("the state of the
        Moulsham Street pavement"), is no one's home."""
        of = self.toks[m.first].text == "of"
        if of and m.first > 0 and self.toks[m.first - 1].text in _PARTS_OF_A_PLACE:
            return True
        after = [t.text for t in self.toks[m.last + 1 : m.last + 5]]
        return any(word in _PUBLIC_PLACES for word in after[:4] if word not in _ARTICLES) and not (
            after[:1] and after[0] in _OWNERS
        )

    def _vote_spoken_of(self, m: Mention) -> bool:
        """A vote "for" after its subject or a verb before it ("whatever party you vote for",
        "I won't vote for any party that ...") tells how someone votes; asking for votes
        says it to the reader ("Vote for Sam", "so vote Green")."""
        return (
            self.toks[m.first].text == "vote"
            and m.first > 0
            and self.toks[m.first - 1].clause == self.toks[m.first].clause
            and self.toks[m.first - 1].text in _VOTERS
        )

    def _cut_short(self, m: Mention) -> bool:
        """Words that mean what they say only where they close a clause, followed by more of
        it ("by the end of the month", not "it's not happening, end of")."""
        nxt = m.last + 1
        return (
            nxt < len(self.toks)
            and self.toks[nxt].clause == self.toks[m.last].clause
            and any(
                c.first == m.first and c.last == m.last
                for c in self.by_class.get("clause_final", ())
            )
        )

    @cached_property
    def _withheld(self) -> frozenset[Mention]:
        """Words of disclosure that belong to a refusal: inside it ("will be published") or
        just after it in its clause, naming what is withheld ("I can't share the figures")."""
        refusals = self.by_class.get("refusal", ())
        withheld = {
            d
            for d in self.by_class.get("disclosure", ())
            for r in refusals
            if (r.first <= d.first and d.last <= r.last)
            or (
                0 < d.first - r.last <= _WITHHELD_REACH
                and self.toks[d.first].clause == self.toks[r.last].clause
            )
            or (  # "all I can say is that a report has been considered": what follows a
                # refusal in its sentence, unless "but ..." goes on to say more
                d.first > r.last
                and self._own(r)  # not "what they won't tell you is that ..."
                and self.toks[d.first].sentence == self.toks[r.last].sentence
                and not any(goes_on(self.toks, i) for i in range(r.last + 1, d.first))
            )
            or (  # "the buyer and terms are confidential", "when the award is published"
                r.entry.endswith(("confidential", "published"))
                and 0 < r.first - d.last <= _WITHHELD_REACH
                and self.toks[d.last].clause == self.toks[r.first].clause
            )
        }
        # Words that say when, not what ("exempt until the procurement closes", "once the
        # sale completes"): the time a secret is kept to, not the secret.
        withheld.update(
            d
            for d in self.by_class.get("disclosure", ())
            if any(
                self.toks[i].text in _UNTIL and self.toks[i].sentence == self.toks[d.first].sentence
                for i in range(max(0, d.first - _WITHHELD_REACH), d.first)
            )
        )
        # What is joined to a withheld word is withheld too ("names or figures").
        for d in self.by_class.get("disclosure", ()):
            if any(
                w.last + 2 == d.first and self.toks[w.last + 1].text in ("or", "and")
                for w in withheld
            ):
                withheld.add(d)
        return frozenset(withheld)

    def _names_a_service(self, m: Mention) -> bool:
        """Sensitive words naming a budget, a service or an organisation ("the temporary
        accommodation budget", "food bank hampers", "donated to Hatfield foodbank"), not
        anyone's circumstances."""
        after, before = m.last + 1, m.first - 1
        return (after < len(self.toks) and self.toks[after].text in _SERVICE_WORDS) or (
            m.cls == "sensitive_detail"
            and before >= 0
            and (self._place_named(before) or self._felt_about(before))
        )

    def _felt_about(self, i: int) -> bool:
        """The author's feeling or talk about an issue, just before its words: "I get the
        anger about temporary accommodation" speaks of the issue, not of anyone's housing."""
        return (
            self.toks[i].text in ("about", "regarding", "over")
            and i > 0
            and self.toks[i - 1].text in _FEELINGS
        )

    def _place_named(self, i: int) -> bool:
        """A capitalised word after a word in lower case (not a sentence's start, nor a
        sentence in capitals), that owns nothing (not "Dave's"), in a sentence that names
        no one: the place a body is named after."""
        tok = self.toks[i]
        return (
            tok.capital
            and i > 0
            and self.toks[i - 1].sentence == tok.sentence
            and not self.toks[i - 1].capital
            and not tok.text.endswith(("'s", "’s"))
            and not any(  # "Raymond Okoro in Peartree owes ..." is about Raymond Okoro
                t.aim in INDIVIDUALS for t in self._targets_in(tok.sentence)
            )
        )

    def _names_a_group(self, m: Mention) -> bool:
        """Sensitive words naming a kind of people ("Disabled people are not scroungers",
        "the Roma, disabled people and others persecuted", "tradespeople, carers and shift
        workers"), not anyone's circumstances; "my disabled son", "her carers" or "her two
        disabled kids" still say something of a family."""
        after, before = m.last + 1, m.first - 1
        word_before = self.toks[before].text if before >= 0 else ""
        # ... "disabled and older residents": another kind, joined, before the people.
        joined = after + 2 if self._after(m) in ("and", "or") else None
        # ... "people with (learning) disabilities": the people, then what they have.
        with_at = [i for i in (before, before - 1) if i >= 0 and self.toks[i].text == "with"]
        if with_at and any(c.last == with_at[0] - 1 for c in self.by_class.get("counted", ())):
            return True
        return (
            any(
                c.first in (after, joined)
                or ((c.first, c.last) == (m.first, m.last) and word_before not in _HAVING)
                for c in self.by_class.get("counted", ())
            )
            and word_before not in _OWNERS
            and not word_before.endswith(("'s", "’s"))  # "Jim Hale's carers"
            and not any(q.last == before for q in self.by_class.get("quantity", ()))
        )

    def _crime_as_topic(self, m: Mention) -> bool:
        """A crime spoken of as a problem of a place, in a sentence that names nobody but
        the handle a reply answers ("@ChelmsfordWeekly Yes, drug dealing around the bus
        station is a real problem"): the words name the crime, not someone who commits it."""
        tok = self.toks[m.first]
        return (
            any(self.toks[c.first].clause == tok.clause for c in self.by_class.get("topic", ()))
            and not any(
                self.toks[t.first].sentence == tok.sentence
                and t.aim in INDIVIDUALS | {Aim.COMPANY}
                # the handle a reply opens with, before the reply's own first word ("@Weekly
                # Yes, drug dealing ..."), is whom the author answers, not whom they accuse
                and not (
                    t.first == 0
                    and self.toks[0].text.startswith("@")
                    and self.toks[1:2]
                    and self.toks[1].text in _REPLY_OPENERS
                )
                for t in self.targets
            )
        )

    def _of_many(self, m: Mention) -> bool:
        """Said in a clause that counts the people it is about ("400 families in temporary
        accommodation", "hundreds of tenants in arrears"): a statistic identifies nobody."""
        clause = self.toks[m.first].clause
        counts = [q.last for q in self.by_class.get("quantity", ())]
        for people in self.by_class.get("counted", ()):
            if self.toks[people.first].clause != clause:
                continue
            count = people.first - 1  # "400 families", "hundreds of tenants"; not "34, two kids"
            if count >= 0 and (_many(self.toks[count].text) or count in counts):
                return True
        return False

    def _inside_other_words(self, m: Mention) -> bool:
        """Inside a longer figure of speech ("shoot down the plan") or the name of what is
        condemned ("hate crime", "abusive messages"), or describing it ("vile racism", "a
        vile comment about the mosque")."""
        for cls in ("figurative", "condemnation", "reporting"):
            for other in self.by_class.get(cls, ()):
                if cls == "condemnation" and self._group_has_no_place(other):
                    continue
                longer = other.last - other.first > m.last - m.first
                if longer and other.first <= m.first and m.last <= other.last:
                    return True
                if cls == "condemnation" and other.first == m.last + 1:
                    return True
        if m.cls in _PURPOSES:
            return False  # "my campaign video": a purpose named by what it makes is the purpose
        after = m.last + 1
        if after < len(self.toks) and self.toks[after].text in _ARTICLES:
            after += 1  # "won't 'like' a post calling Muslims invaders"
        if m.cls == "slur" and not self.toks[m.first].quoted:
            return False  # a slur unquoted is used, not named ("telling [slur] jokes")
        if not self.toks[m.last].quoted:
            while after < len(self.toks) and self.toks[after].quoted:
                after += 1  # "Vile 'no Gypsies' graffiti": what the graffiti said comes between
        return any(u.first == after for u in self.by_class.get("utterance", ()))

    def _group_has_no_place(self, cue: Mention) -> bool:
        """A group just before the words sends the group away ("Muslims have no place in a
        civilised society"), where "Racism has no place in Hatfield" condemns and "the
        Travellers have no place to go" is their need."""
        place = next(
            (i for i in range(cue.first, cue.last + 1) if self.toks[i].text == "place"), None
        )
        if place is None or place + 1 < len(self.toks) and self.toks[place + 1].text == "to":
            return False
        subject = cue.first - 1  # the word before "have no place" or before "no place in"
        if self.toks[cue.first].text not in _HAVE and subject >= 0:
            subject -= self.toks[subject].text in _HAVE
        clause = self.toks[cue.first].clause
        return any(
            t.aim is Aim.GROUP
            and t.last == subject
            and all(
                self.toks[i].text in _DETERMINERS
                for i in range(self._clause_starts[clause], t.first)
            )
            for t in self.targets
        )

    def _in_a_name(self, m: Mention) -> bool:
        """Part of a name ("the Crook Log depot", "Hatfield Cycles Ltd")."""
        return any(m.last <= t.last for t in self._names_over.get(m.first, ()))

    @cached_property
    def _names_over(self) -> dict[int, list[Target]]:
        """The named targets other than officers over each token they cover."""
        over: dict[int, list[Target]] = {}
        for t in self.targets:
            if t.named and t.aim is not Aim.OFFICER:
                for i in range(t.first, t.last + 1):
                    over.setdefault(i, []).append(t)
        return over

    # --- targets ------------------------------------------------------------------------

    def _characterises(self, t: Target, m: Mention) -> bool:
        """A characteristic just before the words, which name its people ("foreign
        scroungers", "Black bastards"): the group, whatever the sentence's subject."""
        return (
            t.aim is Aim.GROUP
            and t.last + 1 == m.first
            and m.cls in _NAME_CALLING
            and any(
                (a.first, a.last) == (t.first, t.last)
                for a in self.by_class.get("group_adjective", ())
            )
            # not a people's own name ("Travellers don't pay tax"), which is the subject
            and not any(
                (g.first, g.last) == (t.first, t.last) for g in self.by_class.get("group", ())
            )
        )

    def _but_then(self, refused: int, sentence: int) -> bool:
        """``sentence`` follows the refusal's and turns on it to tell something ("I can't
        tell you what was said in part 2. But if your kids swim at Parkside, make the most of
        this season."): the hint the refusal was for. Not the author turning to their own
        doings ("But I'll be at the carnival on Saturday")."""
        words = [self.toks[i].text for i in self._sentence_tokens.get(sentence, ())[:2]]
        return (
            sentence == refused + 1
            and len(words) == 2
            and words[0] in _CONTRASTS
            and words[1] not in FIRST_PERSON
        )

    def _candidates(self, m: Mention) -> tuple[Target, ...]:
        """The target nearest the words in their clause, then the clause's first target
        (its subject, as a rule); with none in the clause, the nearest in the sentence."""
        tok = self.toks[m.first]
        # Outside the words, or their object inside them ("stab him", "sack her"), in this
        # sentence or the one before (all that is read below).
        others = [
            t
            for t in self._targets_in(tok.sentence - 1, tok.sentence)
            if (
                t.last < m.first
                or m.last < t.first
                or (m.first < t.first and t.last <= m.last and t.aim not in _NAMED_INSIDE)
            )
            # The author's own committee or party ("can chair my committee any day") is
            # where they sit, not whom the words are about.
            and not (t.aim is Aim.PARTY and t.first and self.toks[t.first - 1].text in _MY)
        ]
        named_by = [t for t in others if self._characterises(t, m)]
        if named_by:  # "full of foreign scroungers": the scroungers are the group
            return (named_by[0],)
        in_clause = [t for t in others if self.toks[t.first].clause == tok.clause]
        in_sentence = [t for t in others if self.toks[t.first].sentence == tok.sentence]
        reachable = in_clause or in_sentence
        distance = self._distances(m, reachable)
        pool = [
            t
            for t in reachable
            if distance[t][0] <= _SUBJECT_REACH and not self._in_relative_clause(t, m)
        ]
        # "Women on the council always ...": what follows a preposition qualifies the
        # subject; it is not what the words are aimed at.
        heads = [t for t in pool if not (t.last < m.first and self._qualifies(t))] or pool
        if not pool and not in_sentence:
            # A sentence with no target of its own continues the last one, about the person
            # it named if it named one ("The mess is all on Gareth. Useless from day one.",
            # "Tom Whitlock is hiding from residents again. Gutless.").
            before = [t for t in others if self.toks[t.first].sentence == tok.sentence - 1]
            named = [t for t in before if t.named and t.aim in INDIVIDUALS]
            if not before:
                # Past a sentence with no target at all, only to a person it named ("Cllr
                # X has been pocketing cash. Follow the money. What a snake.").
                named = [
                    t
                    for t in self._targets_in(tok.sentence - 2)
                    if t.named and t.aim in INDIVIDUALS
                ]
                return tuple(named[-1:])
            return ((named or before)[-1],)
        if not pool:
            return ()
        nearest = min(heads, key=distance.__getitem__)
        first = min(heads, key=lambda t: t.first)
        subject = (first,) if self._starts_clause(first) else ()
        if (
            nearest.aim in (Aim.THING, Aim.MATTER)
            and (head := self._free_relative(m))
            and head.last < nearest.first < m.first
        ):
            # "Whoever signed off the scheme needs their head kicked in": the scheme is what
            # they did, the words are for whoever did it.
            return (head,)
        if distance[nearest][0] > _TARGET_REACH:
            return subject
        if (epithet_for := self._epithet_for(nearest, m, in_sentence)) is not None:
            return (epithet_for,)
        if subject and self._predicate_noun(nearest, m):
            # "Black people are shit neighbours": the noun the words qualify after "are"
            # says what the subject is, not whom else they are about.
            return subject
        if (
            nearest.first > m.last
            and first is not nearest
            and (self._qualifies(nearest) or self._said_of_subject(first, nearest, m))
        ):
            # "X has made a hash of the permits": the permits are what was botched; "women
            # are never any good at running a council": the council is what they do. The
            # subject is who is blamed or spoken of.
            return (nearest, *subject)
        return (nearest,)

    def _said_of_subject(self, subject: Target, after: Target, m: Mention) -> bool:
        """The words are said of the subject before them, through a verb of being, a modal
        or a negator and no other subject ("women are never going to be any good at running
        a council"), and the target after them is what the subject does, not the noun the
        words qualify ("this useless council"), an agent or a comparison ("let down by lazy
        contractors", "better than this council")."""
        between = {t.text for t in self.toks[subject.last + 1 : m.first]}
        lead_in = {t.text for t in self.toks[max(m.last + 1, after.first - 2) : after.first]}
        # A group is spoken of only through a verb of being, a modal or a negator, with no
        # other subject between ("Disabled residents tell me they ..."); a person as the
        # subject of the sentence is ("Gareth Lyle, your CPZ is a joke and so are you").
        predicated = subject.aim is not Aim.GROUP or (
            bool(_PREDICATES & between) and not (FIRST_PERSON | _OTHERS | _YOU) & between
        )
        return (
            m.cls != "hatred"  # "X are fed up with the lazy landlords": X feel it
            and m.entry not in _FELT_BY_SUBJECT
            and predicated
            # the noun the words qualify is what they are about ("this useless council"),
            # unless it is a pronoun ("fiddled his expenses", "your CPZ") or an epithet for
            # the subject ("the most useless man")
            and (
                after.first != m.last + 1
                or self.toks[after.first].text in _PRONOUNS
                or (not after.named and self.toks[after.first].text in _EPITHET_NOUNS)
            )
            and not _AGENTS & lead_in
        )

    def _epithet_for(self, t: Target, m: Mention, in_sentence: list[Target]) -> Target | None:
        """The person the sentence before named, where this one is only an epithet for them
        ("Tell Penfold to sort Springfield. Absolutely useless man."): "man" after the
        words, and no one else in the sentence."""
        if not (
            t.first == m.last + 1
            and t.first == t.last
            and not t.named
            and self.toks[t.first].text in _EPITHET_NOUNS
            and in_sentence == [t]
        ):
            return None
        before = self._targets_in(self.toks[m.first].sentence - 1)
        named = [u for u in before if u.named and u.aim in INDIVIDUALS]
        return named[-1] if named else None

    def _predicate_noun(self, t: Target, m: Mention) -> bool:
        """The target is an unnamed noun the words qualify after a copula ("are shit
        neighbours", "is a useless councillor")."""
        return (
            t.first == m.last + 1
            and not t.named
            and t.aim in _PEOPLE_AT_LARGE
            and any(self.toks[i].text in _COPULAS for i in range(max(0, m.first - 3), m.first))
        )

    def _within_reach(self, negator: int, m: Mention) -> bool:
        """A negator reaches the few words after it, past the words that only compare what
        it denies ("are not any more likely to be criminals"), and past the people it
        counts as none ("No Traveller family is vermin")."""
        counted = (
            range(0)
            if self.toks[negator].text not in _NONE_OF
            # "No, Muslims are ...": an answer, its mark between it and the people; "No
            # Romanian is a thief? Pull the other one.": scorn of the denial.
            or self.toks[negator + 1].start - self.toks[negator].end > 1
            or self.toks[negator].question
            else next(
                (range(t.first, t.last + 1) for t in self.targets if t.first == negator + 1),
                range(0),
            )
        )
        between = range(negator + 1, m.first)
        return (
            sum(self.toks[i].text not in _PASSED_BY_NEGATION and i not in counted for i in between)
            < _NEGATION_REACH
        )

    def _in_relative_clause(self, t: Target, m: Mention) -> bool:
        """The target is the object inside a clause that says which people the words are
        about ("Scammers who target pensioners are scum"): a copula after it gives the words
        to the head before "who", whoever that is; after the words, the people before "who"
        are their object, unless the clause says what they are ("people who are gay")."""
        if t.aim not in _PEOPLE_AT_LARGE:
            return False
        if t.first > m.last:
            # ... or after the words, inside the clause that says who their object is ("I
            # can't stand people who hate immigrants").
            return any(
                self.toks[i].text in _RELATIVE_PRONOUNS
                and self.toks[i - 1].text in _OBJECTS
                and not any(self.toks[k].text in _COPULAS for k in range(i + 1, t.first))
                for i in range(m.last + 2, t.first)
            )
        if t.last >= m.first:
            return False
        start = self._clause_starts[self.toks[t.first].clause]
        relative = [i for i in range(start + 1, t.first) if self.toks[i].text in _RELATIVE_PRONOUNS]
        # A head the reading names is read as it is ("Ray Colebrook, who runs ...").
        return (
            bool(relative)
            and relative[0] - 1 not in self._target_tokens
            and any(self.toks[i].text in _COPULAS for i in range(t.last + 1, m.first))
        )

    @cached_property
    def _target_tokens(self) -> frozenset[int]:
        return frozenset(i for t in self.targets for i in range(t.first, t.last + 1))

    def _qualifies(self, t: Target) -> bool:
        """The target follows a preposition, after any determiner and, for a place or a
        thing, a word or two describing it ("at the civic offices")."""
        i = t.first - 1
        described = 0
        while i >= 0 and (
            self.toks[i].text in _DETERMINERS
            or (
                t.aim in _THINGS
                and described < _DESCRIBING
                and self.toks[i].text not in _PREPOSITIONS
            )
        ):
            described += self.toks[i].text not in _DETERMINERS
            i -= 1
        return i >= 0 and self.toks[i].text in _PREPOSITIONS

    def _starts_clause(self, t: Target) -> bool:
        """The target opens its clause, so is its subject ("Cllr X is a ... who ...",
        "Any Muslim who ..."), after any aside ("In my opinion, women ...")."""
        aside = {i for a in self.by_class.get("aside", ()) for i in range(a.first, a.last + 1)}
        before = range(self._clause_starts[self.toks[t.first].clause], t.first)
        return all(
            self.toks[i].text in _DETERMINERS or self.toks[i].text in _QUANTIFIERS or i in aside
            for i in before
        )

    def _distances(
        self, m: Mention, targets: Sequence[Target]
    ) -> dict[Target, tuple[int, int, int]]:
        """Each target's ``_distance`` from the words, worked out once per target; whether
        the words follow a copula is the same for all of them, so it is read once."""
        described = any(self.toks[i].text in _COPULAS for i in range(max(0, m.first - 2), m.first))
        return {t: _distance(m, t, described) for t in targets}

    def _near(self, m: Mention) -> tuple[Target, ...]:
        """Targets within a sentence either side, and a pending matter the post names
        anywhere: a post that names one is about it ("Night Owl Bar licence 🦉 ... I'm on
        the panel ... it's a no from me"); and a group past a sentence beside it that names
        no target ("The gypsies are back. Same as every summer. Lock your sheds"): a reader
        carries the people a post is about over a remark about nothing else."""
        sentence = self.toks[m.first].sentence
        positions = self._target_positions
        near = range(sentence - _NEAR_SENTENCES, sentence + _NEAR_SENTENCES + 1)
        at = {i for s in near for i in positions.get(s, ())}
        at.update(
            i
            for s in (sentence - 1, sentence + 1)
            if s not in positions
            for i in positions.get(s + (s - sentence), ())
            if self.targets[i].aim is Aim.GROUP
        )
        at.update(self._named_matter_positions)
        return tuple(
            t for t in (self.targets[i] for i in sorted(at)) if not self._in_relative_clause(t, m)
        )

    @cached_property
    def _target_positions(self) -> dict[int, list[int]]:
        """Where each sentence's targets (by their first token) are in ``targets``: what
        is read of a thing said looks at its own sentence or the ones beside it, so a long
        post is not scanned whole for each thing it says."""
        positions: dict[int, list[int]] = {}
        for i, t in enumerate(self.targets):
            positions.setdefault(self.toks[t.first].sentence, []).append(i)
        return positions

    @cached_property
    def _named_matter_positions(self) -> list[int]:
        return [i for i, t in enumerate(self.targets) if t.aim is Aim.MATTER and t.named]

    def _targets_in(self, *sentences: int) -> list[Target]:
        """The targets of ``sentences``, in the order of ``targets``."""
        positions = self._target_positions
        return [self.targets[i] for i in sorted(i for s in sentences for i in positions.get(s, ()))]

    # --- modes --------------------------------------------------------------------------

    @cached_property
    def _inside(self) -> frozenset[int]:
        """Tokens inside other words: a negator there ("can't stand", "shame nobody has")
        is theirs."""
        return frozenset(
            i
            for other in self.mentions
            if self._holds(other)
            for i in range(other.first, other.last + 1)
        )

    @staticmethod
    def _holds(other: Mention) -> bool:
        # An open mind's own negator ("haven't decided") still denies what it precedes, as
        # does a count's ("I've yet to meet one decent ..."): it says how many, not what.
        return (
            other.section == "said" and other.cls not in _NEGATOR_HOLDS_NOT
        ) or other.cls == "wish"

    def _held_apart(self, i: int, m: Mention) -> bool:
        """The negator at ``i`` belongs to other words that hold it, unless they run on into
        ``m``: in "not fit to lead", "not fit to" runs into "fit to lead", whose negator it
        still is; in "can't stand", "stand" is inside the words the negator belongs to. A
        negator longer than the words ("nonsense to say" round "nonsense") is not held."""
        own = max((n.last for n in self.by_class.get("negator", ()) if n.first == i), default=i)
        return any(
            self._holds(o)
            and o.first <= i <= o.last
            and not (o.first < m.first <= o.last < m.last)
            and not (i <= o.first and o.last < own)
            for o in self.mentions
        )

    def _open_minded(self, m: Mention) -> bool:
        """Whether the post says the author keeps an open mind, which holds for all it says
        (a careful post is read whole), unless a sentence that starts with "but" takes back
        what earlier sentences said ("I'll sit through the presentation because I have to.
        But ..."), or "except" takes it back within the sentence ("No comment on the merits,
        except that it'll be refused"). Only the author's own open mind counts: not
        one they were told or reminded to keep ("asked by the legal team to 'keep an open
        mind'"), nor concerns or questions that are residents' ("I've passed their concerns
        on")."""
        cues = self.by_class.get("open_mind", ())
        if not cues:
            return False
        sentence = self.toks[m.first].sentence
        contrasted = self._opener(sentence) in _CONTRASTS
        return any(
            not self._obliged(cue)
            and not (cue.entry in _OWN_VIEW_CUES and not self._first_person_clause(cue))
            and not (contrasted and self.toks[cue.first].sentence < sentence)
            and not any(
                self.toks[i].text == "except" and self.toks[i].sentence == sentence
                for i in range(cue.last + 1, m.first)
            )
            for cue in cues
        )

    def _obliged(self, cue: Mention) -> bool:
        """An open mind in quotation marks, or one the author was asked, told or reminded to
        keep, or has to: what others require, not what the author says of themselves."""
        if self.toks[cue.first].quoted:
            return True
        sentence = self.toks[cue.first].sentence
        before = range(max(0, cue.first - _OBLIGED_REACH), cue.first)
        return any(
            self.toks[i].sentence == sentence
            and (
                self.toks[i].text in _OBLIGING
                or (self.toks[i].text == "have" and self.toks[i + 1].text == "to")
            )
            for i in before
        )

    def _first_person_clause(self, cue: Mention) -> bool:
        """The author just before the words, in their clause: "I have concerns", "my
        reservations", not "residents have raised concerns and I've passed them on"."""
        clause = self.toks[cue.first].clause
        return any(
            self.toks[i].text in FIRST_PERSON and self.toks[i].clause == clause
            for i in range(max(0, cue.first - _OWN_VIEW_REACH), cue.first)
        )

    @cached_property
    def _clause_starts(self) -> dict[int, int]:
        starts: dict[int, int] = {}
        for i, t in enumerate(self.toks):
            starts.setdefault(t.clause, i)
        return starts

    @cached_property
    def _sentence_tokens(self) -> dict[int, range]:
        """The indices of each sentence's tokens (a sentence's tokens are consecutive), so
        that reading a sentence costs its length, not the post's: a long post says many
        things, and each would otherwise scan every token."""
        starts: dict[int, int] = {}
        ends: dict[int, int] = {}
        for i, t in enumerate(self.toks):
            starts.setdefault(t.sentence, i)
            ends[t.sentence] = i + 1
        return {s: range(start, ends[s]) for s, start in starts.items()}

    def _opener(self, sentence: int) -> str:
        """The first word of a sentence."""
        return self.toks[self._sentence_tokens[sentence][0]].text

    @cached_property
    def _first_person_sentences(self) -> frozenset[int]:
        return frozenset(t.sentence for t in self.toks if t.text in FIRST_PERSON)

    def _answered_no(self, sentence: int) -> bool:
        """A question whether something is so, answered "no" by the sentence after it,
        alone: the author asks it to deny it ("Are X ruining this town? No. Next
        question."). Not "Would anyone shed a tear if ...? No.", where "no" agrees, nor
        "... ? No. They're worse." """
        asked = self._sentence_tokens.get(sentence, range(0))
        answer = [self.toks[i].text for i in self._sentence_tokens.get(sentence + 1, ())]
        return (
            bool(asked)
            and self.toks[asked[0]].text in _WHETHER_SO
            and " ".join(answer) in _NO_ANSWERS
            and not self._worse_after(sentence)
        )

    def _worse_after(self, sentence: int) -> bool:
        """Whether the answer to a question, or the sentence after it, says they are worse
        ("No. They're worse."): the "no" does not deny."""
        return any(
            self.toks[i].text in _WORSE
            for later in (sentence + 1, sentence + 2)
            for i in self._sentence_tokens.get(later, ())
        )

    def _asked_whether_and_denied(self, m: Mention) -> bool:
        """Words put as what someone asked, after "asked ... whether", and answered "no" at
        once: "Asked at surgery whether I think Travellers are 'more trouble'. No, and I'd
        never say that." The author denies them; "No, I'd say they're worse" does not."""
        sentence = self.toks[m.first].sentence
        asked = [i for i in self._sentence_tokens.get(sentence, range(0)) if i < m.first]
        answer = [self.toks[i].text for i in self._sentence_tokens.get(sentence + 1, ())]
        whether = [i for i in asked if self.toks[i].text == "whether"]
        return (
            bool(whether)
            and any(self.toks[i].text in _ASKING for i in asked if i < whether[0])
            and answer[:1] in (["no"], ["nope"])
            and (len(answer) == 1 or answer[1] in _AFTER_NO)
            and not self._worse_after(sentence)
        )

    def _modes(self, m: Mention) -> frozenset[str]:
        tok = self.toks[m.first]
        clause_before = list(range(self._clause_starts[tok.clause], m.first))
        sentence_ids = {tok.sentence - 1, tok.sentence, tok.sentence + 1}
        modes = set()
        # A negator after "if" makes a condition ("if she doesn't change it, she'll regret it").
        inside = self._inside
        # A negative said again is emphasis, not a denial: "isn't happening, not on my watch".
        emphatic = self._negates(m.first)
        conditional = [
            c.last for c in self.by_class.get("hypothetical", ()) if c.last in clause_before
        ]
        negators = [] if emphatic else [i for i in clause_before if self._negates(i)]
        negators = self._uncancelled(negators, m.first)
        # A negator in someone else's quoted words ("it's 'not appropriate' to ...") is theirs.
        negators = [
            i
            for i in negators
            if (i not in inside or not self._held_apart(i, m))
            and (tok.quoted or not self.toks[i].quoted)
        ]
        if any(
            (self._within_reach(i, m) or self._says_after(i, m))
            and not any(c < i for c in conditional)
            for i in negators
        ):
            modes.add("negated")
        if negators:
            modes.add("denied")  # a negator anywhere before it in the clause
        if tok.quoted and not self._endorsed(tok) and not self._scare_quoted(m.first):
            modes.add("quoted")
        if (
            self._cue_before("reporting", m, same_sentence=True)
            and not self._agreed_after(m)
            and not self._answers_back(clause_before)
        ) or self._cue_near("court_report", {tok.sentence}):
            modes.add("reported")
        if self._cue_near("condemnation", sentence_ids) and (
            "quoted" in modes or "reported" in modes
        ):
            modes.add("condemned")
        if self._reaction_to_report(m):
            modes.add("condemned")  # "Someone wrote '...' on the shelter. Disgusting."
        if self._feeling_about_naming(m):
            modes.add("condemned")  # "sick of seeing disabled people called 'scroungers'"
        if self._described_then_condemned(m):
            modes.add("condemned")  # "The monkey chants at the match were disgraceful."
        if any(self.toks[c.first].clause == tok.clause for c in self.by_class.get("past_time", ())):
            modes.add("happened")  # "the young man stabbed near the Moorings last month"
        if tok.question and m.cls == "positive" and self._answered_no(tok.sentence):
            modes.add("denied")  # "Are Muslims trustworthy? No.": a good quality denied
        elif tok.question:
            modes.add("question")
            if self._answered_no(tok.sentence):
                modes.add("negated")  # "Are gay people ruining family values? No."
        if self._asked_whether_and_denied(m):
            modes.update({"question", "negated"})
        # A harm put as a condition and met without sorrow after it is wished ("If that mosque
        # burned down I wouldn't shed a tear").
        if_clause = self._cue_before("hypothetical", m)
        unmourned = if_clause and any(
            c.first > m.last
            and self.toks[c.first].sentence in (tok.sentence, tok.sentence + 1)
            and self._said_by_author(c)
            for c in self.by_class.get("unmourned", ())
        )
        if if_clause and not unmourned:
            modes.add("hypothetical")
        if (
            self._cue_near("hedge", sentence_ids)
            or self._cue_near("hedge_here", {tok.sentence})
            or tok.question
        ):
            modes.add("hedged")
        if (
            m.cls == "threat_phrase"
            or unmourned
            or self._cue_before("wish", m)
            or any(c.first == m.first for c in self.by_class.get("wish", ()))  # "deserve to suffer"
            or not clause_before
            or self.toks[clause_before[0]].text in ("just", "please", "go", "someone", "somebody")
        ):
            modes.add("wished")
        first_person = any(
            self.toks[i].text in FIRST_PERSON for i in (*clause_before, *range(m.first, m.last + 1))
        )
        sentence_first_person = tok.sentence in self._first_person_sentences
        if first_person or (m.cls == "leverage" and sentence_first_person):
            modes.add("first_person")
        if (
            sentence_first_person
            or self._opener(tok.sentence) in _OWN_DEEDS
            or not any(
                t.last < m.first for t in self._targets_in(tok.sentence) if t.aim is not Aim.THING
            )
        ):
            modes.add("own_voice")
        if (
            (not first_person and self._someone_else_before(m, clause_before))
            or (
                m.cls in _FELT_CLASSES
                and m.first >= 2
                and self.toks[m.first - 1].text in _RELATIVE_PRONOUNS
                and self.toks[m.first - 2].text in _OBJECTS
            )
            # The group's own want ("not because they want to hurt anyone"), not the
            # author's want of the group ("nobody wants them").
            or (
                m.entry in _WANTING
                and any(
                    t.aim is Aim.GROUP and t.last == m.first - 1
                    for t in self._targets_in(tok.sentence)
                )
            )
        ):
            modes.add("others_feeling")  # ... or felt by those "who" feel it ("people who hate")
        if any(t.first == m.last + 1 for t in self._targets_in(tok.sentence)):
            modes.add("next_to_target")
        if m.cls in _JUDGING and self._said_of_people(m):
            modes.add("said_of_people")
        if "own_voice" not in modes and not tok.quoted and self._someone_else_is_subject(m):
            modes.add("others_subject")
        for cls, mode in _POST_WIDE_MODES:
            if self.by_class.get(cls):
                modes.add(mode)
        if self._open_minded(m):
            modes.add("open_mind")
        if self.published:
            modes.add("published")
        if self._refusing(tok.sentence) and not any(
            d not in self._withheld
            and (
                self.toks[d.first].sentence == tok.sentence
                or self._but_then(tok.sentence, self.toks[d.first].sentence)
            )
            for d in self.by_class.get("disclosure", ())
        ):
            modes.add("refused")
        if any(
            n.first > m.last and n.first - m.last <= 3 and self.toks[n.first].clause == tok.clause
            for cls in ("insult", "dehumanising")
            for n in self.by_class.get(cls, ())
        ):
            modes.add("name_calling")  # "a lying, disgusting pig" calls names
        if (
            self._thing_does_it(m, clause_before)
            or self._said_of_it(m)
            or (
                self.toks[m.last].text not in _COMPARING
                and any(t.first == m.last + 1 and t.aim in _THINGS for t in self._targets_after(m))
            )
        ):
            # ... or qualifies one ("pathetic policy"), not compares with one ("the manners
            # of a pub car park")
            modes.add("by_thing")
        if any(
            self.toks[c.first].clause == tok.clause and not m.first <= c.first <= m.last
            for c in self.by_class.get("praise", ())
        ):
            modes.add("praised")  # not by its own words ("not welcome")
        if self._utterance_described(m, clause_before):
            modes.add("condemned")
        if self._hyperbole(tok.sentence, m) or self._electoral(m):
            modes.add("hyperbole")
        if self._not_meant(tok.sentence):
            modes.add("not_meant")
        # "... because they are frightened, not because they want to hurt anyone": the
        # reason is denied, and with it what it says.
        if any(
            self.toks[i].text == "not" and self.toks[i + 1].text == "because"
            for i in clause_before
            if i + 1 < m.first
        ):
            modes.add("reason_denied")
        if m.first and self.toks[m.first - 1].text in _BIGOTED:
            modes.add("condemned")  # "Racist filth": the words are for whoever wrote it
        if m.cls == "dishonesty" and (
            self._cue_near("affirmed", sentence_ids) or self._but_after(m)
        ):
            # "I'm not saying he's fiddling his expenses, I'm stating it": the denial is
            # taken back, and the allegation stands as said.
            modes -= {"negated", "denied", "reported", "hedged"}
        return frozenset(modes)

    def _but_after(self, m: Mention) -> bool:
        """A disclaimer before the words ("not saying", "not calling") and "but" after them,
        in their sentence or opening the next, going on about the person ("but his", "but
        she", "but everyone"): "Not saying he's bent, but his son's firm got the contract"
        says it all the same; "..., but I disagree with his votes" and "..., but the process
        should be reviewed" do not."""
        sentence = self.toks[m.first].sentence
        start = self._sentence_tokens[sentence][0]
        if not any(
            (self.toks[i].text in ("not", "never") or self.toks[i].text.endswith("n't"))
            and self.toks[i + 1].text in _DISCLAIMING
            for i in range(start, m.first - 1)
        ):
            return False
        for i in range(m.last + 1, len(self.toks)):
            tok = self.toks[i]
            if tok.sentence > sentence + 1 or (
                tok.sentence == sentence + 1 and i != self._sentence_tokens[tok.sentence][0]
            ):
                return False
            if tok.text == "but":
                after = self.toks[i + 1].text if i + 1 < len(self.toks) else ""
                return after in _GOES_ON_ABOUT
        return False

    def _refusing(self, sentence: int) -> bool:
        """The author declines to say more, in this sentence or, in their own voice,
        anywhere in the post ("I'm bound by the same confidentiality and I won't be telling
        you what's in the papers"), and does not go on "but ..." in that sentence to say
        it anyway ("I can't say much, but you're right to be worried")."""
        return any(
            (self.toks[r.first].sentence == sentence or self._own(r))
            and not any(
                i > r.last and goes_on(self.toks, i)
                for i in self._sentence_tokens[self.toks[r.first].sentence]
            )
            for r in self.by_class.get("refusal", ())
        )

    def _own(self, r: Mention) -> bool:
        """A refusal in the author's own voice ("I won't say", "all I can say"), not one
        ascribed to others ("what they won't tell you")."""
        lo = max(self._clause_starts[self.toks[r.first].clause], r.first - 2)
        return any(self.toks[i].text in FIRST_PERSON for i in range(lo, r.last + 1))

    def _reaction_to_report(self, m: Mention) -> bool:
        """The author's verdict on words quoted or reported in the sentence before: a
        sentence of its own ("Disgusting.", "Utterly vile.") or said of "it" ("It's vile and
        it's been reported"), not of the person the words were aimed at."""
        # "Think on." or "Get a life." after a report still speak to someone: threats and
        # insults stand alone as commands; a verdict ("Disgusting.", "Vile, and it has no
        # place here") does not.
        tok = self.toks[m.first]
        own = self._sentence_tokens[tok.sentence]
        condemned_here = any(
            self.toks[c.first].sentence == tok.sentence
            for c in self.by_class.get("condemnation", ())
        )
        alone = (
            m.cls in _VERDICTS
            and all(m.first <= i <= m.last or self.toks[i].text in _INTENSIFIERS for i in own)
        ) or (
            # "Vile, and it has no place in our city."
            m.cls in _VERDICTS | {"insult"} and m.first == own[0] and condemned_here
        )
        of_it = m.cls in _VERDICTS | {"insult"} and self._said_of_it(m)
        if not (alone or of_it):
            return False
        before = self._sentence_tokens.get(tok.sentence - 1, range(0))
        return any(self.toks[i].quoted for i in before) or any(
            self.toks[c.first].sentence == tok.sentence - 1
            for c in self.by_class.get("reporting", ())
        )

    def _feeling_about_naming(self, m: Mention) -> bool:
        """A verdict whose clause goes on to say what people are called, in quotation marks
        ("I'm sick of seeing disabled residents called 'scroungers'", "tired of hearing
        Travellers labelled 'thieves'"): the feeling is about the name-calling, not about
        the people it names; unless the author agrees with the name."""
        if m.cls not in _VERDICTS | {"insult"} or self.toks[m.first].quoted:
            return False
        clause = self.toks[m.first].clause
        return any(
            n.first > m.last
            and self.toks[n.first].clause == clause
            and n.last + 1 < len(self.toks)
            and self.toks[n.last + 1].quoted
            and not self.toks[n.first].quoted
            for n in self.by_class.get("naming", ())
            if n.first == 0 or self.toks[n.first - 1].text != "so"  # "so-called": the author's
        ) and not self._agreed_after(m)

    def _described_then_condemned(self, m: Mention) -> bool:
        """Words that name a kind of abuse someone made ("the monkey noises aimed at the
        keeper"), then a verdict on it after them, in that sentence or the next ("... were
        disgraceful", "Shameful."): the author describes the abuse to condemn it, as when
        quoting it. The words must be followed at once by what was made (a noise, a
        gesture, a chant), and the verdict must not be agreed away ("... and he's right")."""
        after = m.last + 1
        if after >= len(self.toks) or self.toks[m.first].quoted:
            return False
        if not any(
            u.first == after
            for cls in ("utterance", "sounds_made")
            for u in self.by_class.get(cls, ())
        ):
            return False
        sentence = self.toks[m.first].sentence
        return any(
            c.first > after
            and not self.toks[c.first].quoted
            and (
                self.toks[c.first].sentence == sentence
                # A verdict opening the next sentence, on the act, not on people ("Shameful,
                # and I've reported it"; not "Disgraceful how many of them there are").
                or (
                    self.toks[c.first].sentence == sentence + 1
                    and c.first == self._sentence_tokens[sentence + 1][0]
                    and not any(
                        self.toks[i].text in _PEOPLE_PRONOUNS
                        for i in self._sentence_tokens[sentence + 1]
                    )
                )
            )
            for c in self.by_class.get("condemnation", ())
        ) and not self._agreed_after(m)

    def _said_of_it(self, m: Mention) -> bool:
        """The clause says the words of "it" or "this" ("It's dense", "that was vile"): of a
        thing, an act or a document, not of a person."""
        tok = self.toks[m.first]
        lead = [self.toks[i].text for i in range(self._clause_starts[tok.clause], m.first)]
        # "this is a disgrace", "it's an outrage": an article before the verdict changes
        # nothing; "this man is a disgrace" is about the man.
        if bool(lead) and lead[0] in _OF_IT and set(lead[1:]) <= _INTENSIFIERS | _OF_IT | _ARTICLES:
            return True
        # ... also after words that address or frame it ("Whatever your party, this is a
        # disgrace"): "this is", "it's" just before the words.
        i = len(lead) - 1
        while i > 0 and lead[i] in (_INTENSIFIERS | _ARTICLES | _IS) - _IT:
            i -= 1
        if 0 < i and lead[i] in _IT_IS and lead[i - 1] in _AND:
            return True  # "... hit hardest by the rates rise, and it's disgusting"
        return 0 < i < len(lead) - 1 and lead[i] in _IT and lead[i + 1] in _IS | {"a", "an"}

    def _someone_said_before(self, start: int) -> bool:
        """Someone other than the author said the quoted words, earlier in their clause:
        "One man at the back said the people who'd use it are 'filth'" (not "I said" nor "as
        I've always said")."""
        clause = self.toks[start].clause
        opening = self._clause_starts[clause]
        return any(
            self.toks[j].text in _SPEECH
            and j > opening
            and not any(self.toks[k].text in FIRST_PERSON for k in range(opening, j))
            for j in range(opening, start)
        )

    def _scare_quoted(self, i: int) -> bool:
        """A word or two in quotation marks ("lost") is the author's own irony, unless they
        give what a sticker, a comment or a chant said, just before or after it, what was
        sprayed or shouted ("'Gypos out' sprayed across the underpass"), what someone posted,
        or what a reply answers."""
        start = i
        while start > 0 and self.toks[start - 1].quoted:
            start -= 1
        end = i
        while end + 1 < len(self.toks) and self.toks[end + 1].quoted:
            end += 1
        if (
            any(
                u.first == end + 1 or 0 < start - u.last <= _SAID_BEFORE
                for u in self.by_class.get("utterance", ())
            )
            or any(
                # "you've posted that Roma families are 'born thieves'"
                r.first == end + 1
                or (r.last < start and self.toks[r.last].clause == self.toks[start].clause)
                for r in self.by_class.get("reporting", ())
            )
            # A reply that opens on them and asks gives back the words it answers ("@X
            # 'coffin dodgers', really?"); "@X 'Parasites'. That's what they are." adopts them.
            or (
                start > 0
                and self.toks[start].question
                and all(t.kind is Kind.HANDLE for t in self.toks[:start])
            )
            or any(
                # "called refugees 'vermin'": whom they called it may come between, in the
                # same clause ("called the families on the rec 'rats'")
                n.last < start
                and self.toks[n.last].clause == self.toks[start].clause
                and (n.first == 0 or self.toks[n.first - 1].text != "so")
                for n in self.by_class.get("naming", ())
            )
            or self._someone_said_before(start)
        ):
            return False  # "the 'go home' stickers", "comments today: 'perverts', 'groomers'"
        return end - start + 1 <= SCARE_QUOTES

    def _endorsed(self, tok: Token) -> bool:
        """Quoted words the author shares or agrees with are the author's own: agreement
        just before them, or after them in so many words ("'... a spineless puppet' - a
        resident emailed me. Couldn't have put it better myself"), not "exactly" or "right",
        which after a quotation as often answer it ("That's exactly the kind of prejudice")."""
        return (
            (self.shared and not self._rebutted)
            or self._retweet_owned(tok)
            or any(
                (
                    self.toks[c.first].sentence - tok.sentence in (-1, 0)
                    or self.toks[c.first].sentence - tok.sentence in (1, 2)
                    and c.entry in _AGREEING_AFTER
                )
                and not self.toks[c.first].quoted
                for c in self.by_class.get("endorsement", ())
            )
        )

    @cached_property
    def _retweet_from(self) -> int | None:
        """Where the words of an account the post retweets begin, as an offset in the post
        (``normalise.retweet_start``)."""
        at = retweet_start(self.toks)
        return self.toks[at].start if at is not None and at < len(self.toks) else None

    def _retweet_owned(self, tok: Token) -> bool:
        """A retweet is shared as the author's own (sharing endorses, WH protocol 3.1(t))
        unless their own words condemn it ("Reported. This is not who we are. RT @x: ...").
        """
        at = self._retweet_from
        return (
            at is not None
            and tok.start >= at
            and not any(
                not self.toks[c.first].quoted for c in self.by_class.get("condemnation", ())
            )
        )

    @cached_property
    def _rebutted(self) -> bool:
        """A post shared with the author's own words saying it is wrong, and none agreeing
        ("Sharing so people can see what's being said. It's wrong from start to finish"):
        shared to rebut it, not to endorse it."""

        def own(cls: str) -> bool:
            return any(not self.toks[c.first].quoted for c in self.by_class.get(cls, ()))

        return own("condemnation") and not own("endorsement")

    def _agreed_after(self, m: Mention) -> bool:
        """Words reported and then agreed with, in the same sentence or the next ("Cllr Dunn
        calls them rats, and he's right"), are the author's own; not where nobody agreed."""
        sentence = self.toks[m.first].sentence
        return any(
            c.first > m.last
            and self.toks[c.first].sentence - sentence in (0, 1)
            and not self._said_more_of_them(c)
            and not any(
                0 < c.first - n.last <= _AGREEMENT_DENIED_REACH
                and self.toks[n.first].clause == self.toks[c.first].clause
                and self.toks[n.first].text != "no"  # "No surprise, he's right"
                and not any(t.text in _DENYING_DENIAL for t in self.toks[n.last + 1 : c.first])
                for n in self.by_class.get("negator", ())
            )
            for c in self.by_class.get("endorsement", ())
        )

    def _said_more_of_them(self, c: Mention) -> bool:
        """A reported word, then "... and they are", is agreed with when that ends the clause
        ("calls them rats, and they are"); "and they are welcome here" says more of them."""
        nxt = c.last + 1
        return (
            self.toks[c.last].text == "are"
            and nxt < len(self.toks)
            and self.toks[nxt].clause == self.toks[c.last].clause
        )

    def _says_after(self, i: int, m: Mention) -> bool:
        """A negator just before saying, calling or thinking reaches what is said ("No one
        should ever call a disabled child a burden", "You'll never hear me say trans people
        are dangerous", "I don't think gay people are disgusting")."""
        last = min(m.first, i + _SAYING_REACH + 1)
        # Not a verdict on saying it ("I don't consider it hate to say ...").
        return any(
            self.toks[j].text in _SAYING and self.toks[j + 1].text != "it"
            for j in range(i + 1, last)
        )

    @cached_property
    def _rejections(self) -> frozenset[int]:
        """Where negators that reject what is said next begin ("wrong to say", "a myth
        that")."""
        return frozenset(n.first for n in self.by_class.get("negator", ()) if n.entry in _REJECTING)

    def _uncancelled(self, negators: list[int], end: int) -> list[int]:
        """The negators before ``end`` that still deny it: "nobody should doubt that ...",
        "I'd never refuse to ..." and "I don't accept that ... aren't ..." affirm what
        follows (a denial of a doubt or a refusal, or a rejected denial), as counter-speech
        does; the verb must govern what follows ("that", "whether"), not another object ("I
        don't buy the consultation and no ...")."""
        # "I'd never refuse to rent to them", "won't hesitate to hire": a refusal denied.
        kept = [i for i in negators if self._after_token(i) not in _REFUSING]
        # "It's nonsense to say gay men can't be good dads": a denial rejected affirms.
        for i in [i for i in kept if i in self._rejections]:
            if i in kept and (inner := [k for k in kept if k > i]):
                kept.remove(i)
                kept.remove(inner[0])
        for i in negators:
            verb = next(
                (
                    j
                    for j in range(i + 1, end - 1)
                    if self.toks[j].text in _TURNING
                    and self.toks[j + 1].text in ("that", "whether")
                ),
                None,
            )
            if verb is None or i not in kept:
                continue
            if self.toks[verb].text in _DOUBTING:
                kept.remove(i)
            elif inner := [k for k in kept if k > verb]:
                kept.remove(i)
                kept.remove(inner[0])
        return kept

    def _by_whatever(self, m: Mention) -> bool:
        """What the words say was done by something the reading names no one by, just
        before them ("the sheep that stole a sandwich"): not by a person elsewhere."""
        if m.first < 2 or self.toks[m.first - 1].text not in _RELATIVE_OR_THAT:
            return False
        head = m.first - 2
        # ... a noun with its article ("the sheep"), not one said of someone ("are cowboys who").
        return (
            head not in self._target_tokens
            and self.toks[head].text not in _PRONOUNS
            and head > 0
            and self.toks[head - 1].text in _DETERMINERS
        )

    def _electoral(self, m: Mention) -> bool:
        """A party beaten at the polls in the words of a fight ("We'll flatten the Tories in
        Handside next May", "Labour are going to get slaughtered ... on every doorstep"): a
        contest, where "should be shot, roll on May" is not one of its words."""
        sentence = self.toks[m.first].sentence
        return self.toks[m.last].text in _CONTEST and any(
            self.toks[i].text in _ELECTION
            for s in (sentence, sentence + 1)
            for i in self._sentence_tokens.get(s, ())
        )

    def _said_by_author(self, c: Mention) -> bool:
        """The words are the author's: "I" or "we" a few words before them ("I won't be
        shedding any tears"), or they open their clause; not "he wouldn't shed a tear"."""
        sentence = self.toks[c.first].sentence
        before = [t for t in self.toks[max(0, c.first - 3) : c.first] if t.sentence == sentence]
        if any(t.text in FIRST_PERSON for t in before):
            return True
        return not before or before[-1].clause != self.toks[c.first].clause

    def _after_token(self, i: int) -> str:
        """The word after token ``i``, or "" at the end of the post."""
        return self.toks[i + 1].text if i + 1 < len(self.toks) else ""

    def _negates(self, i: int) -> bool:
        return (
            i in self._negator_at or self.toks[i].text.endswith(_NEGATORS_IN_WORD)
        ) and not self._asks_back(i)

    def _asks_back(self, i: int) -> bool:
        """A negative put before its subject asks or tags rather than denies: "You can
        always tell the gay lads, can't you", "Aren't they all the same?"; "Don't you dare
        call them that" still forbids."""
        after = [t.text for t in self.toks[i + 1 : i + 3]]
        return (
            self.toks[i].text.endswith("n't")
            and bool(after)
            and after[0] in _TAGGED
            and after[1:] != ["dare"]
        )

    def _cue_before(self, cls: str, m: Mention, same_sentence: bool = False) -> bool:
        tok = self.toks[m.first]
        for cue in self.by_class.get(cls, ()):
            other = self.toks[cue.first]
            scope = other.sentence == tok.sentence if same_sentence else other.clause == tok.clause
            # What the next one gets is wished only where it is the harm itself ("gets a
            # slap"), not a leaflet or a visit.
            if cue.entry in _GETS and cue.last + 1 != m.first:
                continue
            if scope and cue.last < m.first:
                return True
        return False

    def _answers_back(self, clause_before: list[int]) -> bool:
        """The author turns on the reporter in a clause of their own ("To the councillor who
        called me a liar: you are a worm"): the words are the author's, not the report's."""
        return any(self.toks[i].text in _YOU for i in clause_before[:2]) and not any(
            c.last in clause_before for c in self.by_class.get("reporting", ())
        )

    def _cue_near(self, cls: str, sentences: set[int]) -> bool:
        return any(self.toks[c.first].sentence in sentences for c in self.by_class.get(cls, ()))

    def _someone_else_before(self, m: Mention, clause_before: list[int]) -> bool:
        """A feeling or wish reported of a party or person just before it ("the Tories
        want to deport ..."), not the author's own."""
        others = {Aim.PARTY, Aim.POLITICIAN, Aim.PERSON, Aim.PUBLIC, Aim.COMPANY}
        before = [
            t
            for t in self._targets_in(self.toks[m.first].sentence)
            if t.first in clause_before
            and t.last < m.first
            and not self._qualifies(t)
            and not self._addressed(t)
        ]
        if not before:
            return False
        last = max(before, key=lambda t: t.last)
        return last.aim in others and m.first - last.last <= _OTHERS_REACH

    def _someone_else_is_subject(self, m: Mention) -> bool:
        """In a sentence where the author does not speak of themselves, the words follow
        someone else as their subject: "you" just before them ("What you won't read in the
        papers"), or a person or company by name ("Gary Holt forged the petition, simple as
        that"). They are said of or by that someone, not the author's own decision."""
        sentence = self.toks[m.first].sentence
        before = [
            t for t in self._targets_in(sentence) if t.last < m.first and not self._addressed(t)
        ]
        if not before or sentence in self._first_person_sentences:
            return False
        last = max(before, key=lambda t: t.last)
        if last.aim is Aim.YOU:
            return m.first - last.last == 1  # "you won't read", not "Residents, save your breath"
        return last.named and last.aim in (Aim.PERSON, Aim.POLITICIAN, Aim.COMPANY)

    def _addressed(self, t: Target) -> bool:
        """The handle a reply opens with: whom the post answers, not who feels or does what
        follows ("@welhatlabour there's nothing decent about ...")."""
        return t.first == 0 and self.toks[0].kind is Kind.HANDLE

    def _said_of_people(self, m: Mention) -> bool:
        """The words are said of people themselves: after them and a verb "to be" ("Muslims
        are evil", "They're horrible"), just before them ("those horrible immigrants") or
        after "find" and them ("I find Travellers disgusting"); not of something of theirs
        ("housing for refugees is awful", "the Traveller site") nor of what they suffer
        ("terrible victims of these cuts")."""
        sentence = self.toks[m.first].sentence
        groups = [t for t in self._targets_in(sentence) if t.aim is Aim.GROUP]
        for t in groups:
            if any(o.first < t.first <= o.last for o in groups) or self._names_another(t):
                continue  # "men" in "gay men"; "Traveller site", "women's changing rooms"
            if t.first == m.last + 1:
                return True
            if (
                t.last < m.first
                and self._subject_of(t.first, t.last, m.first)
                and not self._suffered_after(m)
            ):
                return True
        return self._ends_predicate(m) and any(
            self.toks[i].text in _THEY
            and self.toks[i].sentence == sentence
            and self._subject_of(i, i, m.first)
            for i in range(max(0, m.first - _THEY_REACH), m.first)
        )

    def _suffered_after(self, m: Mention) -> bool:
        """The words qualify what people suffer ("terrible victims of these cuts")."""
        after = m.last + 1
        return after < len(self.toks) and self.toks[after].text in _SUFFERED

    def _names_another(self, t: Target) -> bool:
        """The group's word qualifies something else: a possessive ("women's changing
        rooms"), an adjective before a noun ("the Traveller site", "a Chinese takeaway"), or
        one person of the group ("a white van driver")."""
        if self.toks[t.last].text.endswith(("'s", "s'")) or any(
            t.first <= o.first <= t.last and self.toks[o.last].text == o.entry
            for o in self.by_class.get("one_person", ())  # "driver", not "pensioners"
        ):
            return True
        after = t.last + 1
        if after + 1 < len(self.toks) and self.toks[after].text in _AND_OR:
            # "the Gypsy and Traveller site": the list qualifies what its last one does.
            return any(
                o.first == after + 1 and o.aim is Aim.GROUP and self._names_another(o)
                for o in self._targets_in(self.toks[after + 1].sentence)
            )
        return (
            any(
                a.first == t.first and a.last == t.last
                for a in self.by_class.get("group_adjective", ())
            )
            and not self.toks[t.last].text.endswith("s")
            and after < len(self.toks)
            and self.toks[after].clause == self.toks[t.last].clause
            and self._noun_like(after)
        )

    def _coordinated_from(self, first: int) -> int:
        """Where a list of groups ending at ``first`` begins ("Gypsies and Travellers")."""
        while first >= 2 and self.toks[first - 1].text in _AND_OR:
            earlier = [
                t.first
                for t in self._targets_in(self.toks[first].sentence)
                if t.aim is Aim.GROUP and t.last == first - 2
            ]
            if not earlier:
                break
            first = min(earlier)
        return first

    def _ends_predicate(self, m: Mention) -> bool:
        """Nothing is named after the words in their clause: "they are evil (people)", not
        "they are brutal cuts for disabled people", where "they" is not the people."""
        after = m.last + 1
        return (
            after >= len(self.toks)
            or self.toks[after].clause != self.toks[m.last].clause
            or self.toks[after].text in _PEOPLE_WORDS
            or not self._noun_like(after)
        )

    def _noun_like(self, i: int) -> bool:
        """A word that may name a thing: not a word of grammar, a linking word or an adverb."""
        word = self.toks[i].text
        return word.isalpha() and word not in _NOT_NAMING and not word.endswith("ly")

    def _subject_of(self, first: int, last: int, said: int) -> bool:
        """Tokens ``first`` to ``last`` are what the words at ``said`` are said of."""
        between = [self.toks[i].text for i in range(last + 1, said)]
        first = self._coordinated_from(first)
        before = self.toks[first - 1].text if first else ""
        if before in _PREPOSITIONS | _OF_WHAT:
            return False
        if not between:
            return before in _CALL
        linked = [w for w in between if w not in _SAID_THROUGH]  # "are never honest"
        return set(linked) <= _LINKING and (
            bool(set(between) & _BE_OR_NOT)
            or before in _COPULAS  # asked: "Why are Muslims so evil?"
            or self.toks[first].text in _THEY_ARE
        )

    def _targets_after(self, m: Mention) -> list[Target]:
        """The targets of the sentence of the token after the words (none at the end)."""
        after = m.last + 1
        return self._targets_in(self.toks[after].sentence) if after < len(self.toks) else []

    def _utterance_described(self, m: Mention, clause_before: list[int]) -> bool:
        """The words describe what was said or written, after a verb "to be" ("Some of the
        comments about the new mosque are vile"): they judge the comments, not the people
        the comments are about."""
        i = m.first - 1
        while i >= 0 and self.toks[i].text in _INTENSIFIERS:
            i -= 1
        if i < 0 or self.toks[i].text not in _BE:
            return False
        said = [u for u in self.by_class.get("utterance", ()) if u.first in clause_before]
        people = [
            t.first
            for t in self._targets_in(self.toks[m.first].sentence)
            if t.first in clause_before and (t.aim in INDIVIDUALS or t.aim is Aim.GROUP)
        ]
        # ... the clause's subject: "Travellers who leave comments are vile" is about them;
        # but "I told them that word is vile" names the word it judges ("that word").
        return any(
            u.last < i
            and (
                all(u.first < p for p in people)
                or (
                    u.first > 0
                    and self.toks[u.first - 1].text in _THAT_ONE
                    and not any(
                        self.toks[k].text in _RELATIVE_PRONOUNS
                        for k in range(min(people, default=u.first), u.first)
                    )
                )
            )
            for u in said
        )

    def _free_relative(self, m: Mention) -> Target | None:
        """The person a clause opens on by what they did, where the words follow on from it
        ("Whoever designed the cycle lane deserves a slap", "Anyone who voted for it needs
        ..."): what they did is not what the words are aimed at. Another clause between
        ("should know patients will die") makes the words someone else's."""
        clause = self.toks[m.first].clause
        sentence = self._targets_in(self.toks[m.first].sentence)
        for t in sentence:
            if t.first >= m.first or self.toks[t.first].clause != clause:
                continue
            if (
                t.aim in (Aim.PUBLIC, Aim.OFFICER)  # "whoever in parking services"
                and (self.toks[t.first].text == "whoever" or self.toks[t.last].text == "who")
                and self._starts_clause(t)
            ):
                wish = next(
                    (i for i in range(t.last + 1, m.first) if self.toks[i].text in _WISH_VERBS),
                    None,
                )
                if wish is not None and all(
                    self.toks[i].text in _WISHED_ON for i in range(wish, m.first)
                ):
                    return t
                return None
        return None

    def _thing_does_it(self, m: Mention, clause_before: list[int]) -> bool:
        """A policy or decision doing the harm ("the cuts will kill pensioners")."""
        # Both the thing and anyone between it and the words are in the words' sentence.
        in_sentence = self._targets_in(self.toks[m.first].sentence)
        for t in in_sentence:
            if (
                t.first in clause_before
                and t.aim in (Aim.THING, Aim.MATTER)
                and not self._people_of(t.last)
            ):
                between = [u for u in in_sentence if t.last < u.first < m.first]
                if not any(u.aim in INDIVIDUALS for u in between):
                    # ... unless it is what "whoever" did, after them: so is every thing
                    # further on, so the first one found decides.
                    head = self._free_relative(m)
                    return not (head and head.last < t.first)
        return False

    def _people_of(self, i: int) -> bool:
        """The word after token ``i`` makes it people: "her planning lot", "the housing
        team"."""
        return i + 1 < len(self.toks) and self.toks[i + 1].text in _PEOPLE_OF


def goes_on(toks: Sequence[Token], i: int) -> bool:
    """A "but" after a refusal goes on to say more ("I can't say, but it's Aquaplex"), unless
    what follows is what the author will do ("but I'll be asking hard questions"); "except
    to say" goes on as "but" does ("I won't go into the private item, except to say ...")."""
    if toks[i].text == "except":
        after = [t.text for t in toks[i + 1 : i + 3]]
        return after == ["to", "say"] or after[:1] == ["that"]
    if toks[i].text != "but":
        return False
    after = [t.text for t in toks[i + 1 : i + 4]]
    if after[:1] and after[0] in _WILL:
        rest = after[1:]
    elif after[:2] in (["i", "will"], ["we", "will"]):
        rest = after[2:]
    else:
        return True
    return bool(rest) and rest[0] in _TELLING


def _distance(m: Mention, t: Target, described: bool) -> tuple[int, int, int]:
    """Tokens between, then at equal distance: after a copula (``described``) the words
    describe the subject ("the budget is a disgrace"); otherwise people (a person or a
    protected group) before things and bodies (a screen should not miss an attack on
    someone), then what follows ("blame the politicians", "hate them")."""
    if t.first <= m.last and m.first <= t.last:
        return (0, 0, 0)
    person = 0 if t.aim in INDIVIDUALS or t.aim is Aim.GROUP else 1
    before = t.last < m.first
    if described:
        return (m.first - t.last if before else t.first - m.last, 0 if before else 1, person)
    if before:
        return (m.first - t.last, person, 1)
    return (t.first - m.last, person, 0)


def _many(word: str) -> bool:
    """A number of people too many to identify any one of them ("400 families")."""
    return word.isdigit() and int(word) >= _MANY
