"""Personal abuse, bullying and discrimination: aimed at people, not at policies.

Where the line comes from:
- LGA model code para 1 (respect) and its guidance: members may "express, challenge,
  criticise and disagree with views, ideas, opinions and policies in a robust but civil
  manner" but must not "subject individuals ... to personal attack"; Chelmsford's protocol
  (seed 003): "comments on another party or a policy are less likely to be viewed as
  disrespect"; Calver (GUIDE.md section 1). So an insult is flagged only when the nearest
  thing it is aimed at is a person; insults at policies, parties or the council pass.
- Para 2.1-2.2 (bullying, harassment; ACAS: intimidating or insulting, may be one-off) and
  WH protocol 3.2(b)-(c): threats and calls to pile on a person.
- Para 2.3 (Equality Act 2010 protected characteristics), WH protocol 3.1(q), Bexley
  Social Media Policy 4: remarks that denigrate people for a protected characteristic,
  with or without a rude word ("should go back to where he came from"). A group is judged
  by shape, not by stock phrases: people named by a protected characteristic (or a proxy:
  Travellers for race, immigrants for nationality) plus a generalising, exclusionary or
  dismissive predicate in the same clause. Naming the group alone, the same predicate about
  a party or a trade, and a generalisation quoted to refute it are not findings.
"""

from __future__ import annotations

import re

from nolan.core.screening.hit import Hit
from nolan.core.screening.model import Category, Severity
from nolan.core.screening.prepared import PreparedContext, PreparedPost
from nolan.core.screening.text import (
    FLAGS,
    INDIVIDUALS,
    NAME,
    PUBLIC_NOUNS,
    Gated,
    Target,
    nearest_target,
    reported,
    sentence_at,
    words,
)

_ABUSIVE_NOUNS = (
    "idiot",
    "moron",
    "cretin",
    "imbecile",
    "halfwit",
    "half-wit",
    "nitwit",
    "dimwit",
    "dunce",
    "fool",
    "buffoon",
    "clown",
    "muppet",
    "numpty",
    "plonker",
    "prat",
    "pillock",
    "twit",
    "thicko",
    "airhead",
    "bimbo",
    "bozo",
    "jerk",
    "dolt",
    "oaf",
    "loser",
    "nonentity",
    "liar",
    "snake",
    "weasel",
    "slimeball",
    "sleazebag",
    "piece of work",
    "waste of space",
    "waste of oxygen",
    "waste of skin",
    "excuse for a councillor",
    "sad little man",
    "coward",
    "worm",
    "crybaby",
    "cry-baby",
    "toad",
    "disgrace of a human being",
    "excuse for a human being",
    "silly little man",
    "nasty little man",
)
_SEVERE_NOUNS = (
    "scumbag",
    "scum",
    "lowlife",
    "low-life",
    "parasite",
    "vermin",
    "leech",
    "pond life",
    "twat",
    "dickhead",
    "prick",
    "wanker",
    "tosser",
    "bellend",
    "arsehole",
    "asshole",
    "knobhead",
    "bitch",
    "cunt",
    "piece of shit",
    "shitbag",
    "swine",
)
_ABUSIVE_ADJECTIVES = (
    "stupid",
    "thick",
    "dim",
    "brainless",
    "moronic",
    "idiotic",
    "half-witted",
    "dim-witted",
    "silly",
    "daft",
    "fat",
    "ugly",
    "pathetic",
    "vile",
    "disgusting",
    "odious",
    "repulsive",
    "nasty",
    "deranged",
    "unhinged",
    "demented",
    "creepy",
    "two-faced",
    "lying",
    "spineless",
    "gutless",
    "sad",
    "bone-idle",
    "thick as mince",
)
_PERSON_HEADS = (*PUBLIC_NOUNS, "councillor", "cllr", "officer", "leader", "mayor", "clerk")

# Words that insult only when said of a person ("you are an embarrassment"), not of a thing
# ("these potholes are a disgrace").
_PERSON_ONLY_NOUNS = ("embarrassment", "disgrace", "lump(?!\\s+sums?)")
_NOUN = Gated(
    re.compile(
        rf"\b(?P<severe>{words(_SEVERE_NOUNS)})s?\b|\b(?P<abusive>{words(_ABUSIVE_NOUNS)})s?\b"
        rf"|\b(?P<person_only>{words(_PERSON_ONLY_NOUNS)})\b",
        FLAGS,
    ),
    *_SEVERE_NOUNS,
    *_ABUSIVE_NOUNS,
    "embarrassment",
    "disgrace",
    "lump",
)
_ADJ_BEFORE_PERSON = Gated(
    re.compile(
        rf"\b{words(_ABUSIVE_ADJECTIVES)}(?:,?\s+(?:old|little|young|fat|bloody|\w+ing))?"
        rf"\s+(?:{words(_PERSON_HEADS)}\b|(?:Cllr\.?|Councillor|Mr|Mrs|Ms|Miss)\s+(?-i:[A-Z]))",
        FLAGS,
    ),
    *_ABUSIVE_ADJECTIVES,
)
_ADJ_PREDICATE = Gated(
    re.compile(
        rf"(?:\b(?:you|he|she)\b|\b(?:Cllr\.?|Councillor|Mr|Mrs|Ms|Miss)\s+{NAME})"
        rf"\s*(?:is|are|'s|’s|'re|’re|was|were|looks|sounds)\s+"
        rf"(?:(?:so|such|a|an|utterly|completely|totally|absolutely|just|really|plain|simply)\s+)*"
        rf"{words(_ABUSIVE_ADJECTIVES)}\b(?!\s+(?:about|that|to|with))",
    ),
    *_ABUSIVE_ADJECTIVES,
)
_PERSONAL_ATTACK = Gated(
    re.compile(
        r"\bthe\s+(?:thickest|stupidest|dumbest|ugliest|fattest|laziest|nastiest|most\s+(?:stupid|useless|"
        r"pathetic|vile|obnoxious|odious|repulsive|ignorant|dishonest))\s+(?:person|man|woman|councillor|"
        r"member|individual|human\s+being|creature)\b"
        r"|\b(?:lose|losing)\s+(?:some|a\s+bit\s+of|a\s+few\s+stone\s+of)?\s*weight\b"
        r"|\bneeds?\s+(?:a\s+wash|to\s+wash|a\s+diet|a\s+shave|a\s+brain)\b"
        r"|\byou\s+(?:smell|stink)\b"
        r"|\b(?:joke|disgrace|embarrassment|excuse|waste|apology)\s+of\s+a\s+(?:man|woman|human|person|"
        r"councillor|leader|mayor|member)\b"
        r"|\bas\s+(?:dim|thick|stupid|daft|useless|ugly|fat|dense)\s+as\s+(?:Cllr|Councillor|Mr|Mrs|Ms|him|her)\b"
        r"|\b(?:Cllr|Councillor|Mr|Mrs|Ms)\.?\s+(?-i:[A-Z])\w+\s*=\s*(?:thick|stupid|idiot|moron|useless|clown|liar)\b"
        r"|\bnot\s+the\s+(?:sharpest|brightest)\s+(?:tool|knife|bulb|spark|button|crayon)\b"
        r"|\b(?:a\s+few\s+sandwiches\s+short|thick\s+as\s+(?:two\s+short\s+planks|mince|a\s+brick))\b"
        r"|\byou\s+(?:absolute\s+|utter\s+|complete\s+|total\s+|bloody\s+)?(?:pathetic|stupid|thick|"
        r"brainless|vile|disgusting|ignorant|useless|sad|nasty|silly|daft|spineless|gutless)\s+"
        r"(?!(?:about|that|to|with|and|or|but|at|for|in|on|when|if|because|news|enough|too|as|by)\b)"
        r"[a-z]\w*"
        r"|\b(?!(?:a|an|the|this|that|his|her|their|my|our|your|poor|sweet|lovely|brave|dear|cute|"
        r"tiny|young|clever|kind|lucky|happy|beautiful|wee|good)\b)[\w-]+\s+little\s+"
        r"(?:man|woman|boy|girl|person|twerp|squirt|nobody)\b",
        FLAGS,
    ),
    "est ",
    "most ",
    "weight",
    "need",
    "smell",
    "stink",
    "little",
    "sharpest",
    " of a ",
    " as ",
    "=",
    "brightest",
    "sandwiches",
    "thick as",
    "you",
)
_HYPOTHETICAL = re.compile(
    r"(?:have\s+to\s+be|only\s+(?:a|an)|like\s+(?:a|an)|play\s+(?:me\s+)?for\s+(?:a|an))\s+"
    r"(?:[\w-]+\s+)?$",
    FLAGS,
)
_DIRECTED_PROFANITY = Gated(
    re.compile(
        r"\b(?:f+u+c+k+|f\*+k?|eff)\s+(?:off|you)\b|\bpiss\s+off\b|\bsod\s+off\b|\bget\s+stuffed\b"
        r"|\bgo\s+to\s+hell\b|\bshut\s+(?:up(?!\s+shop)|your\s+(?:mouth|face|trap|gob))\b"
        r"|\bup\s+yours\b|\bkiss\s+my\s+arse\b"
        r"|\b(?:get\s+lost|clear\s+off|naff\s+off|bog\s+off|do\s+one|jog\s+on|crawl\s+back\s+under)\b",
        FLAGS,
    ),
    "f",
    "piss",
    "sod",
    "stuffed",
    "hell",
    "shut",
    "yours",
    "arse",
    "lost",
    "clear off",
    "do one",
    "jog on",
    "crawl",
)

_THREAT = Gated(
    re.compile(
        r"\bknows?\s+where\s+(?:you|he|she|they)\s+(?:lives?|drinks?|works?|sleeps?|parks?|goes|go)\b"
        r"|\b(?:I|we)\s+know\s+(?:plenty|things|a\s+lot|stuff|a\s+few\s+things|all\s+about\s+\w+)\s+about\s+(?:you|him|her|them)\b"
        r"|\bwatch\s+(?:your|his|her|their)\s+back\b"
        r"|\b(?:you|he|she|they)(?:'ll|’ll|\s+will)\s+(?:regret|pay\s+for|be\s+sorry)\b"
        r"|(?:'d|’d|\bhad)\s+better\s+(?:watch|be\s+careful|back\s+off|keep\s+quiet|keep\s+(?:his|her|your)\s+mouth\s+shut)\b"
        r"|\bI(?:'ll|’ll|\s+will)\s+(?:destroy|finish|ruin|bury|crush|end)\s+(?:you|him|her|them|his\s+career|her\s+career|your\s+career)\b"
        r"|\bmake\s+(?:[\w'’]+\s+){1,3}?life\s+(?:hell|a\s+living\s+hell|a\s+misery|difficult)\b"
        r"|\b(?:keep\s+talking|carry\s+on|try\s+it|do\s+(?:that|it)\s+again|cross\s+me)\s+and\s+see\s+what\s+happens\b"
        r"|\b(?:should|had\s+better|'d\s+better|’d\s+better|better)\s+be\s+(?:very\s+)?careful\s+what\s+"
        r"(?:you|he|she|they)\s+(?:say|says|do|does|post|posts)\b"
        r"|\bhound(?:ing|ed)?\s+(?:him|her|them|you|(?:Cllr|Councillor|Mr|Mrs|Ms)\.?\s+\w+)\b|\bhounded\s+out\b"
        r"|\bknow\s+(?:your|his|her|their)\s+(?:address|home|house|car|kids|children)\b"
        r"|\brun\s+(?:[\w'’]+\s+){0,3}?out\s+of\s+(?:town|the\s+(?:borough|town|ward|area|village|city))\b"
        r"|\bthis\s+isn['’]t\s+over\b|\b(?:I|we)(?:'ll|’ll|\s+will)\s+be\s+waiting\s+for\s+(?:you|him|her)\b"
        r"|\b(?:I|we)(?:'ll|’ll|\s+will)\s+expose\s+(?:you|him|her)\b|\bjust\s+you\s+wait\b"
        r"|\b(?:outside|at|round\s+at|turn\s+up\s+at)\s+(?:his|her|their|your)\s+(?:house|home|door|front\s+door)\b"
        r"|\bget\s+what['’]s\s+coming\s+to\s+(?:him|her|them|you)\b"
        r"|\bwhere\s+(?:his|her|their|your|(?:[\w'’]+\s+)?[\w'’]+['’]s)\s+(?:kids|children|family|wife|husband|son|daughter)\s+"
        r"(?:go|goes|live|lives|are|is|went)\b"
        r"|\b(?:hound|drive|run|chase)\s+(?:you|him|her|them)\s+out\b"
        r"|\b(?:never|not)\s+works?\s+(?:in|for)\s+(?:this|the|local)\s+\w+(?:\s+\w+)?\s+again\b"
        r"|\b(?:won't|will\s+not|shan't)\s+(?:stop|rest)\s+until\s+(?:you|he|she|they)\s+(?:are|is|has|have)\s+(?:gone|sacked|out|fired|destroyed|finished)\b"
        r"|\bwe(?:'re|’re|\s+are)\s+coming\s+for\s+(?:you|him|her)\b"
        r"|\bthere\s+will\s+be\s+consequences\b"
        r"|\b(?:keep|keeping)\s+(?:a\s+)?(?:close\s+)?(?:eye|tabs)\s+on\s+(?:you|him|her|where)\b"
        r"|\bpay\s+(?:you|him|her|them)\s+a\s+visit\b"
        r"|\b(?:everyone|all\s+of\s+you|let's\s+all|let’s\s+all|please\s+all|everybody)\s+(?:\w+\s+){0,2}?(?:message|email|e-mail|tag|flood|bombard|contact|call|ring|tell)\s+(?:him|her|them|Cllr|Councillor|Mr|Mrs|Ms)\b"
        r"|\b(?:flood|bombard|spam)\s+(?:his|her|their)\s+(?:inbox|timeline|page|phone|email)\b"
        r"|\bname\s+and\s+shame\s+(?:him|her|them|this|the)\b"
        r"|\bmake\s+sure\s+(?:you|he|she)\s+(?:lose|loses)\s+(?:your|his|her)\s+(?:job|livelihood|house|home)\b",
        FLAGS,
    ),
    "where",
    "about",
    "back",
    "regret",
    "pay for",
    "sorry",
    "better",
    "destroy",
    "finish",
    "ruin",
    "bury",
    "crush",
    "end ",
    "life",
    "coming",
    "over",
    "waiting",
    "expose",
    "wait",
    "house",
    "home",
    "door",
    " out",
    "again",
    "until",
    "consequences",
    "eye",
    "tabs",
    "visit",
    "happens",
    "address",
    "out of",
    "careful",
    "hound",
    "everyone",
    "all of you",
    "all",
    "everybody",
    "flood",
    "bombard",
    "spam",
    "shame",
    "lose",
)

# People named by a protected characteristic (Equality Act 2010 s.4) or a proxy for one:
# Travellers, Gypsies and Roma are ethnic groups (race); immigrants, foreigners and asylum
# seekers stand for race or nationality. A group noun alone is never a finding ("Our
# Muslim community raised £5,000"): it must meet a generalising or exclusionary predicate
# in the same clause.
_GROUPS = (
    "muslims",
    "islam",
    "immigrants",
    "migrants",
    "asylum seekers",
    "refugees",
    "foreigners",
    "poles",
    "romanians",
    "eastern europeans",
    "travellers",
    "gypsies",
    "roma",
    "jews",
    "blacks",
    "asians",
    "gays",
    "lesbians",
    "homosexuals",
    "bisexuals",
    "the trans lobby",
    "trans activists",
    "the disabled",
    "the handicapped",
    "wheelchair users",
    "pensioners",
    "oaps",
    "the elderly",
    "boomers",
    "women",
    "men",
    "feminists",
    "christians",
    "catholics",
    "hindus",
    "sikhs",
    "africans",
    "pakistanis",
    "indians",
    "chinese",
    "bangladeshis",
    "somalis",
    "these people",
)
_GROUP_ADJECTIVES = (
    "muslim",
    "jewish",
    "hindu",
    "sikh",
    "christian",
    "catholic",
    "black",
    "white",
    "asian",
    "african",
    "foreign",
    "immigrant",
    "migrant",
    "traveller",
    "gypsy",
    "roma",
    "polish",
    "romanian",
    "eastern european",
    "gay",
    "lesbian",
    "bisexual",
    "trans",
    "transgender",
    "lgbt",
    "lgbtq",
    "disabled",
    "deaf",
    "blind",
    "autistic",
    "old",
    "older",
    "elderly",
)
_GROUP_HEADS = (
    "people",
    "folk",
    "community",
    "communities",
    "families",
    "couples",
    "men",
    "women",
    "residents",
    "tenants",
    "workers",
    "councillors",
    "kids",
    "children",
)
_GROUP = (
    rf"\b(?:{words(_GROUPS)}|{words(_GROUP_ADJECTIVES)}\+?\s+{words(_GROUP_HEADS)})\b"
    r"(?!['’]s\b|\s+(?:to|for|and\s+inclusion)\b)"
)
# Traits a generalisation pins on a whole group ("always leave a mess", "never work").
_TRAITS = (
    r"leav(?:e|es|ing)\s+(?:a|their|the\s+place\s+in\s+a)\s+(?:\w+\s+)?(?:mess|tip|state)",
    r"leav(?:e|es|ing)\s+(?:rubbish|litter)",
    r"(?:cause|causes|causing|bring|brings|bringing)\s+(?:\w+\s+)?(?:trouble|crime|problems|chaos|drugs|"
    r"disease|violence)",
    r"steal|stealing|thieving|rob|robbing|nick\s+\w+|lie|lying|cheat|cheating|scroung\w*|spong\w*",
    r"moan\w*|whing\w*|whin(?:e|es|ing)|fly-?tip\w*|trash\w*|wreck\w*|ruin\w*",
    r"hold\w*\s+(?:\w+\s+)?up|get\w*\s+in\s+(?:the|everyone's)\s+way",
    r"stick\s+together|look\s+after\s+their\s+own",
    r"lazy|dirty|filthy|smelly|violent|dangerous|aggressive|criminals?|thieves|trouble(?:makers)?",
    r"tak(?:e|es|ing)\s+(?:our|all\s+the|the)\s+(?:jobs|houses|homes|benefits|council\s+houses)",
    r"(?:on|live\s+off|living\s+off)\s+(?:benefits|handouts|the\s+state)",
    r"play(?:s|ing)?\s+the\s+(?:race|victim|disability|gender|religion)\s+card",
    r"get\s+(?:special\s+treatment|everything|handouts|preferential)",
)
_GROUP_PREDICATES = (
    # generalising: every member of the group has the trait
    rf"\b(?:always|all|every\s+(?:one|single\s+one|last\s+one|time)|constantly|invariably|"
    rf"only\s+ever|forever)\b[^.!?;\n]{{0,30}}?\b(?:{'|'.join(_TRAITS)})\b",
    r"\bnever\s+(?:(?:do|did|even|really|ever|bother\s+to)\s+)?(?:work|pay|integrate|contribute|"
    r"fit\s+in|learn|wash|clean\s+up|respect|say\s+thank)\b",
    r"\b(?:don't|do\s+not|won't|will\s+not)\s+(?:ever\s+)?(?:work|pay|integrate|contribute|fit\s+in|"
    r"learn|belong)\b",
    r"\b(?:are|is)\s+(?:all\s+)?(?:criminals|scroungers|spongers|freeloaders|parasites|animals|vermin|"
    r"dangerous|lazy|a\s+drain|a\s+threat|the\s+problem|a\s+problem|a\s+menace|a\s+nuisance|"
    r"not\s+welcome|unwelcome|filthy|dirty|breeding|a\s+plague|a\s+burden|inferior|sick|"
    r"perverts?|unnatural|thieves|scum)\b",
    # exclusionary: the group is not wanted here
    r"\b(?:we|I|nobody|no\s+one|residents)\s+(?:don't|do\s+not|doesn't|does\s+not)\s+want\s+"
    r"(?:them|any\s+of\s+them|those|their\s+sort|that\s+sort)\b(?!\s+to\b)",
    # "keep them out" as an order or a wish, not as what a thing does ("the steps keep them out")
    r"(?:(?<=[,;:]\s)|(?<=\band\s)|(?<=\bso\s)|\b(?:must|should|need\s+to|needs\s+to|have\s+to|"
    r"let['’]s|time\s+to|want\s+to|just|we['’]ll|I['’]ll|will)\s+)"
    r"(?:keep|kick|throw|drive|chase|run|turf|get|move)\s+(?:them|those|the\s+lot)\s+(?:all\s+)?"
    r"(?:out|off(?!\s+to))\b(?!\s+of\s+(?:the\s+)?(?:cold|harm|danger|hospital|poverty|debt))"
    # moving one encampment on from one site is enforcement, not exclusion of a people
    r"(?!\s+(?:of\s+)?(?:the|this|that)\s+(?:\w+\s+)?(?:site|land|field|rec|car\s+park|verge|common|green)\b)",
    r"\bsend\s+(?:them|those|the\s+lot)\s+(?:all\s+)?(?:back|home|packing)\b",
    r"\bno\s+place\s+(?:for\s+them|here)\b|\b(?:aren't|are\s+not)\s+(?:welcome|wanted|real|proper)\b",
    r"\b(?:shouldn't|should\s+not|mustn't)\s+be\s+allowed\b(?!\s+to\s+(?:fall|suffer|go\s+(?:cold|hungry|without)|"
    r"struggle|be\s+left|slip|miss\s+out|lose|face))",
    r"\bshould\s+(?:be\s+banned|be\s+sent|go\s+home|go\s+back|leave|be\s+deported|stay\s+at\s+home|"
    r"know\s+their\s+place|be\s+kept\s+out)\b",
    # denigrating: the group's complaints, jobs or presence dismissed as such
    r"\bbring\w*\s+nothing\s+but\b|\bnothing\s+but\s+(?:trouble|crime|a\s+drain|scroungers|problems)\b",
    r"\b(?:should|need\s+to|needs\s+to|must|ought\s+to)\s+(?:just\s+)?stop\s+(?:moaning|whing\w*|"
    r"whining|bleating|complaining|playing)\b",
    r"\bget\s+(?:a\s+(?:proper\s+|real\s+)?job|off\s+benefits)\b",
    r"\bpush(?:ing|es)?\s+(?:their|its|an?|the)\s+(?:\w+\s+)?(?:agenda|ideology|lifestyle|religion)\b",
    r"\b(?:taking|take|took|takes)\s+over\b(?!\s+(?:the\s+)?(?:running|management|organi[sz]ation|"
    r"responsibility|lease|role|reins|from))|\b(?:ruining|flooding|swamping|invading|overrunning)\b",
    r"\b(?:can't|cannot|can\s+not)\s+be\s+trusted\b",
    r"\b(?:is|are)\s+grooming\b|\bgroom\s+(?:kids|children)\b",
    r"\b(?:aren't|are\s+not|isn't|is\s+not)\s+cut\s+out\s+for\b|\b(?:get|are|is)\s+(?:too|so)\s+emotional\b",
    r"\bwants?\s+to\s+(?:turn|take\s+over|impose)\b|\bcaliphate\b|\bsharia\b",
)
# Said before the group: "no more immigrants", "too many foreigners in Erith", when the
# group is where the clause ends or where it is said to be ("no more pensioners should go
# cold" and "too many disabled people still cannot get in" are on the group's side).
_GROUP_PREFIX = (
    r"\b(?:too\s+many|(?:don't|do\s+not)\s+want(?:\s+any\s+more|\s+more|\s+any)?|no\s+more|fewer|"
    r"get\s+rid\s+of\s+(?:the|all\s+the)|ban\s+(?:the|all)|deport\s+(?:the|all))\s+$"
)
# The generalisation quoted in order to refute it ("it's a myth that immigrants ...").
_REFUTED = re.compile(
    r"\b(?:wrong|false|untrue|unfair|nonsense|rubbish|not\s+true)\s+(?:to\s+(?:say|claim|suggest|think)|"
    r"that)\b|\b(?:myth|lie|smear|stereotype|trope)s?\s+that\b|\bstop\s+(?:saying|claiming|pretending)\b"
    r"|\b(?:nobody|no\s+one)\s+should\s+(?:say|claim|hear|be\s+told)\b",
    FLAGS,
)
_GROUP_NOUN = Gated(
    re.compile(_GROUP, FLAGS),
    *(g.split()[-1] for g in _GROUPS),
    *_GROUP_HEADS,
)
_GROUP_PREDICATE = re.compile("|".join(_GROUP_PREDICATES), FLAGS)
_GROUP_PREFIX_RE = re.compile(_GROUP_PREFIX, FLAGS)
_PREFIXED_GROUP_END = re.compile(
    r"\s*(?:[,.!?;:]|$)|\s+(?:in|into|here|round\s+here|coming|moving|arriving|please)\b", FLAGS
)
_GROUP_AS_SUBJECT = re.compile(
    r"[^,.!?;:\n]{0,40}?\b(?:should|shall|will|must|need|needs|have\s+to|has\s+to|can|cannot|can't|"
    r"could|would|deserve|face|are|still)\b",
    FLAGS,
)
_CLAUSE_BREAK = re.compile(r"[;:]")
_DISCRIMINATORY = Gated(
    re.compile(
        r"\b(?:go|goes|get|sent|send|ship|shipped)\s+(?:them\s+|him\s+|her\s+)?(?:all\s+)?back\s+(?:to\s+)?"
        r"(?:where(?:ver)?\s+(?:he|she|they|you)\s+(?:came|come|comes)\s+from|"
        r"(?:his|her|their|your)\s+own\s+country|home\s+to|"
        r"(?:africa|asia|poland|pakistan|india|bangladesh|jamaica|nigeria|romania|somalia|china|syria|"
        r"iraq|afghanistan|albania|the\s+caribbean|eastern\s+europe)\b)"
        r"|\bsend\s+(?:them|him|her)\s+(?:all\s+)?back\b"
        r"|\b(?:not|isn't|is\s+not|aren't|are\s+not)\s+(?:really|truly|properly|even|a\s+real|real)\s+(?:british|english)\b"
        r"|\b(?:back|get\s+back)\s+(?:in|to)\s+the\s+kitchen\b"
        r"|\btypical\s+(?:woman|female|muslim|foreigner|immigrant|jew|gay)\b"
        r"|\b(?:hysterical|emotional)\s+(?:woman|women|female)\b"
        r"|\b(?:got|won|was\s+(?:picked|chosen|selected|elected|promoted|given))\b[^.!?\n]{0,40}"
        r"\bbecause\s+(?:she|he)(?:'s|’s|\s+is)\s+(?:a\s+|an\s+)?(?:woman|black|asian|gay|muslim|disabled|"
        r"female|jewish|foreign|immigrant|lesbian|trans)\b"
        r"|\bticks?\s+(?:the|a|all\s+the|every)\s+(?:diversity|equality|quota|minority|bame|ethnic|woke)\s+box"
        r"|\b(?:diversity|quota|tokenistic)\s+(?:hire|appointment|pick|candidate|selection)\b"
        r"|\btoken\s+(?:woman|women|female|black|asian|muslim|gay|disabled|ethnic|minority|bame|foreigner)\b"
        r"|\b(?:only|just)\s+(?:got|there|selected|chosen|picked|appointed|promoted|elected)\b[^.!?\n]{0,40}"
        r"\b(?:diversity|quotas?|positive\s+discrimination)\b(?:\s+(?:box(?:es)?|hire|card))?"
        r"|\b(?:accent|english|foreign)\b[^.!?\n]{0,60}\bgo\s+(?:home|back)\b"
        r"|\b(?:senile|doddering|decrepit|past\s+(?:his|her)\s+sell-by)\b"
        r"|\btoo\s+old\s+to\s+(?:understand|be\s+a\s+councillor|serve|stand|do\s+the\s+job)\b"
        r"|\bretard(?:ed|s)?\b|\bspastic\b|\bspaz\b|\bcripple[sd]?\b|\bmong\b|\bschizo\b|\bloony\b"
        r"|\bp[a@]ki\b|\bp[a@]kis\b|\bn[i1]gg\w*|\bf[a@]gg?[o0]ts?\b|\bpoofs?\b|\bdykes?\b|\btrann(?:y|ies)\b"
        r"|\bfeminazis?\b|\braging\s+(?:lesbian|homosexual|gay|queer)\b"
        r"|\bgypp?os?\b|\bpikeys?\b|\bwogs?\b|\bchinks?\b|\bkikes?\b|\byids?\b|\bragheads?\b|\btowelheads?\b",
        FLAGS,
    ),
    "feminazi",
    "raging",
    "box",
    "diversity",
    "quota",
    "positive discrimination",
    "token",
    "back",
    "home",
    "accent",
    "british",
    "english",
    "kitchen",
    "typical",
    "emotional",
    "hysterical",
    "because",
    "senile",
    "doddering",
    "decrepit",
    "sell-by",
    "too old",
    "retard",
    "spastic",
    "spaz",
    "cripple",
    "mong",
    "schizo",
    "loony",
    "paki",
    "p@ki",
    "nigg",
    "n1gg",
    "fag",
    "f@g",
    "poof",
    "dyke",
    "trann",
    "gyp",
    "pikey",
    "wog",
    "chink",
    "kike",
    "yid",
    "raghead",
    "towelhead",
)


def _respect(post: PreparedPost, ctx: PreparedContext) -> list[Hit]:
    hits = []
    for m in _NOUN.finditer(post.text, post.lowered):
        sentence = sentence_at(post.sentences, m.start())
        target = nearest_target(sentence, m.start(), m.end(), post.officer_spans)
        plural = m.group().lower().endswith("s") and not m.group().lower().endswith("ss")
        if _HYPOTHETICAL.search(post.text[max(0, m.start() - 30) : m.start()]):
            continue  # "you'd have to be a fool to ...": nobody is called a fool
        if target is Target.OFFICER:
            continue  # attacks on officers are officer_impartiality (see officers.py)
        untargeted_ok = not plural and m.group("person_only") is None
        if target in INDIVIDUALS or (target is None and untargeted_ok):
            severe = m.group("severe") is not None
            hits.append(
                Hit(
                    Category.RESPECT,
                    Severity.HIGH if severe else Severity.MEDIUM,
                    m.start(),
                    m.end(),
                    "insult_at_person",
                    "This is a personal insult aimed at a person rather than criticism of a "
                    "policy, decision or their public conduct; the code allows robust "
                    "criticism but not personal attack.",
                    "Criticise what they did or decided, and drop the name-calling.",
                )
            )
    for pattern, rule in (
        (_ADJ_BEFORE_PERSON, "insult_adjective"),
        (_ADJ_PREDICATE, "insult_predicate"),
    ):
        for m in pattern.finditer(post.text, post.lowered):
            hits.append(
                Hit(
                    Category.RESPECT,
                    Severity.MEDIUM,
                    m.start(),
                    m.end(),
                    rule,
                    "This describes a person, not their policy or decision, in insulting terms.",
                    "Say what is wrong with the decision or the argument instead.",
                )
            )
    for m in _PERSONAL_ATTACK.finditer(post.text, post.lowered):
        hits.append(
            Hit(
                Category.RESPECT,
                Severity.MEDIUM,
                m.start(),
                m.end(),
                "personal_attack",
                "This attacks the person (their looks, intelligence or body), not what they "
                "said or did.",
                "Leave the person out of it and answer the argument.",
            )
        )
    for m in _DIRECTED_PROFANITY.finditer(post.text, post.lowered):
        hits.append(
            Hit(
                Category.RESPECT,
                Severity.HIGH,
                m.start(),
                m.end(),
                "abuse_at_person",
                "Telling someone where to go is abuse aimed at a person, not political criticism.",
                "Leave it out; if the exchange is abusive, stop replying or report it.",
            )
        )
    return hits


def _bullying(post: PreparedPost) -> list[Hit]:
    return [
        Hit(
            Category.BULLYING,
            Severity.HIGH,
            m.start(),
            m.end(),
            "threat_or_pile_on",
            "This reads as intimidating a person or setting others on them; bullying can "
            "be a single incident.",
            "Remove the threat or the call to target the person; raise the issue itself "
            "through the proper channel.",
        )
        for m in _THREAT.finditer(post.text, post.lowered)
    ]


_DISCRIMINATION_EXPLANATION = (
    "This denigrates people because of a protected characteristic (race, religion, sex, "
    "sexual orientation, disability, age ...), which the code's equality duty forbids "
    "whatever the account."
)
_DISCRIMINATION_SUGGESTION = "Remove it. Criticise what someone has done, never who they are."


def _group_denigration(post: PreparedPost) -> list[Hit]:
    """A group named by a protected characteristic meets a generalising, exclusionary or
    denigrating predicate in the same clause, unless the clause quotes it to refute it."""
    hits = []
    for m in _GROUP_NOUN.finditer(post.text, post.lowered):
        sentence = sentence_at(post.sentences, m.start())
        lo, hi = sentence.start, sentence.end
        for brk in _CLAUSE_BREAK.finditer(post.text, lo, hi):
            if brk.start() < m.start():
                lo = brk.end()
            else:
                hi = brk.start()
                break
        if _REFUTED.search(post.text, lo, m.start()):
            continue
        predicate = _GROUP_PREDICATE.search(post.text, m.end(), hi)
        prefix = _GROUP_PREFIX_RE.search(post.text, lo, m.start())
        if prefix is not None and (
            not _PREFIXED_GROUP_END.match(post.text, m.end(), hi)
            or _GROUP_AS_SUBJECT.match(post.text, m.end(), hi)
        ):
            prefix = None
        if predicate is not None:
            start, end = m.start(), predicate.end()
        elif prefix is not None:
            start, end = prefix.start(), m.end()
        else:
            continue
        hits.append(
            Hit(
                Category.DISCRIMINATION,
                Severity.HIGH,
                start,
                end,
                "group_denigration",
                _DISCRIMINATION_EXPLANATION,
                _DISCRIMINATION_SUGGESTION,
            )
        )
    return hits


def _discrimination(post: PreparedPost) -> list[Hit]:
    return [
        *(
            Hit(
                Category.DISCRIMINATION,
                Severity.HIGH,
                m.start(),
                m.end(),
                "discriminatory_remark",
                _DISCRIMINATION_EXPLANATION,
                _DISCRIMINATION_SUGGESTION,
            )
            for m in _DISCRIMINATORY.finditer(post.text, post.lowered)
        ),
        *_group_denigration(post),
    ]


def detect(post: PreparedPost, ctx: PreparedContext) -> list[Hit]:
    hits = [*_respect(post, ctx), *_bullying(post), *_discrimination(post)]
    return [
        h for h in hits if not reported(post.text, sentence_at(post.sentences, h.start), h.start)
    ]
