"""A private individual's phone number, e-mail, home address or sensitive details.

WH protocol 3.2(d): members must not "publish the personal data of individuals unless
they have been given their express permission"; Bexley Social Media Policy 3 and
Chelmsford's protocol (seed 003, "Data protection") say the same, and Chelmsford's names
service users, their families, contractors and staff. The councillors' objection in seed
002 (Cllr Taylor: giving a resident the Balfour Beatty e-mail address; publishing our own
contact details "is a matter for us") sets the other edge: an organisation's public
contact details, and the member's own, are not personal data. UK numbers are recognised
by ``phonenumbers`` (Google's libphonenumber metadata), not by a home-made pattern.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumber, PhoneNumberType

from nolan.core.screening.hit import Hit
from nolan.core.screening.model import Category, Severity
from nolan.core.screening.prepared import PreparedContext, PreparedPost
from nolan.core.screening.text import FLAGS, Sentence, sentence_at

_MAYBE_PHONE = re.compile(r"(?:\+\s?44|\b0)\s?\(?\d[\d\s()-]{8,}\d")
_DIALLED = re.compile(r"\(?(?:\+\s?44|0)")
_ORGANISATION_TYPES = frozenset(
    {
        PhoneNumberType.TOLL_FREE,
        PhoneNumberType.SHARED_COST,
        PhoneNumberType.UAN,
        PhoneNumberType.PREMIUM_RATE,
        PhoneNumberType.VOIP,
    }
)
_ORGANISATION = re.compile(
    r"\b(?:council|borough|ltd|limited|plc|contractors?|helpline|hotline|customer\s+services?|"
    r"contact\s+centre|call\s+centre|reception|switchboard|office|offices|team|department|"
    r"services|service|police|nhs|surgery|practice|company|firm|depot|centre|center|library|"
    r"hall|school|church|charity|trust|association|club|foodbank|food\s+bank|cic|highways|"
    r"enquiries|bookings|booking\s+line|emergency|out\s+of\s+hours|website|www\.|\.gov\.uk|"
    r"\.org|\.co\.uk|open\s+(?:from|daily|mon)|opening\s+hours|shop|store|pub|cafe|café|"
    r"housing\s+association|landlord\s+services|unit\s+\d+|industrial\s+estate|business\s+park)\b",
    FLAGS,
)
_SELF = re.compile(
    r"\b(?:call|ring|text|phone|contact|email|e-mail|message|reach|write\s+to|find)\s+me\b"
    r"|\bmy\s+(?:(?:councillor|council|ward|work|own|office|surgery|direct)\s+)?"
    r"(?:mobile|number|phone|phone\s+number|email|e-mail|address|office|surgery|details)\b"
    r"|\b(?:I'm|I\s+am)\s+(?:on|at)\b"
    # A label the member puts on their own line ("Councillor mobile: 07700 ...").
    r"|\b(?:councillor|cllr)\s+(?:mobile|phone|number|line)\b",
    FLAGS,
)
# A person's own line, by name or title ("Mark Penfold's personal mobile", "the Head of
# Waste's private mobile"), not an organisation's service ("Hatfield Foodbank's home
# delivery line") or a club's ("the club's private number").
_NAMED_PERSONS = (
    r"\b(?-i:[A-Z])[\w'-]+(?:\s+(?:of\s+)?(?-i:[A-Z])[\w'-]+)*['’]s\s+"
    r"(?:home|personal|private)\s+(?:number|phone|mobile|address|email|e-mail)\b"
)
_PRIVATE = re.compile(
    r"\b(?:his|her|their)\s+(?:home\s+|mobile\s+|personal\s+|private\s+|own\s+)?"
    r"(?:number|phone|mobile|address|email|e-mail|house|home|details)\b"
    r"|"
    + _NAMED_PERSONS
    + r"|\b(?:lives|living|resides|residing|lived)\s+(?:at|in|on)\b|\bhome\s+address\b"
    r"|\b(?:Mr|Mrs|Ms|Miss)\.?\s+(?-i:[A-Z])[\w'-]+\b(?!\s+(?:Ltd|Limited|&))"
    r"|\b(?:resident|neighbour|tenant|the\s+family|owner|occupant|occupier|householder|"
    r"constituent|complainant|objector)s?\b(?!\s+(?:services|association|group))"
    r"|\b(?:he|she)\s+(?:lives|is\s+at|is\s+on)\b"
    r"|\b(?:man|woman|lady|bloke|family|person|people|tenants?|kid|boy|girl|couple)\s+(?:at|from|in)\s+(?:number|no\.?|\d)"
    r"|\b(?:his|her|their|[\w]+['’]s)\s+(?:mum|dad|mother|father|wife|husband|parents?|partner)['’]s\s+(?:number|phone|mobile|address)\b"
    # Where someone is found at home ("on your doorstep at 22 ...", "the Harrisons from No. 12").
    r"|\bdoorsteps?\b|\b(?:your|his|her|their)\s+(?:front\s+)?(?:door|place|drive|driveway)\b"
    r"|\bthe\s+(?-i:[A-Z])[a-z'-]+s\s+(?:from|at|of)\b"
    # Readers asked round to the person there ("17 Vicarage Road if anyone fancies checking",
    # "pop round to his and ask"), not to a street party or a diversion.
    r"|\bany(?:one|body)\s+fancies\s+(?:checking|asking|telling|knocking|visiting|popping)\b"
    r"|\b(?:pop|drop|call|go)\s+round\s+(?:to\s+(?:his|hers|theirs|him|her|them)\b"
    r"|and\s+(?:ask|tell|see|have\s+a\s+word))"
    r"|\bpay\s+(?:him|her|them)\s+a\s+visit\b",
    FLAGS,
)
_EMAIL = re.compile(r"\b[\w.+-]+@([\w-]+(?:\.[\w-]+)+)\b")
_FREE_MAIL = frozenset(
    """gmail.com googlemail.com hotmail.com hotmail.co.uk outlook.com live.com live.co.uk
    yahoo.com yahoo.co.uk icloud.com me.com aol.com btinternet.com sky.com
    virginmedia.com talktalk.net ntlworld.com protonmail.com""".split()
)
_STREET = (
    r"Road|Rd|Street|St|Avenue|Ave|Close|Lane|Drive|Way|Crescent|Gardens|Court|Place|Grove|"
    r"Terrace|Hill|Rise|Mews|Walk|View|Green|Row|Square|Parade|Gate|End|Croft|Meadow|Meadows"
)
_ADDRESS = re.compile(
    # Not a count after a slash ("1/2 Broomfield Road ...": a thread's first part).
    rf"(?<!/)\b(?:[Nn]umber\s+|[Nn]o\.?\s*)?\d{{1,4}}[a-zA-Z]?,?\s+(?:[A-Z][\w'-]+\s+){{1,3}}(?:{_STREET})\b"
    rf"(?:,?\s+[A-Z][\w-]+)?(?:,?\s+[A-Z]{{1,2}}\d[A-Z\d]?\s*\d[A-Z]{{2}})?"
    rf"|\b[A-Z]{{1,2}}\d[A-Z\d]?\s*\d[A-Z]{{2}}\b"
    rf"|\b[Nn]umber\s+\d{{1,4}}[a-zA-Z]?\b"
)
_SENSITIVE = re.compile(
    r"\b(?:rent\s+arrears|arrears|debts?|benefits|universal\s+credit|evict(?:ed|ion|ing)|cancer|"
    r"housing\s+benefit|carer'?s\s+allowance|council\s+tax\s+support|"
    r"dementia|mental\s+health|depression|disabilit(?:y|ies)|pregnan(?:t|cy)|divorc(?:e|ed|ing)|"
    r"criminal\s+record|convictions?|immigration\s+status|asylum\s+claim|safeguarding|"
    r"social\s+services|domestic\s+abuse|addiction|alcoholic|homeless|bankrupt(?:cy)?|"
    r"terminally\s+ill|diagnos(?:is|ed)|hiv)\b",
    FLAGS,
)


def _window(text: str, sentence: Sentence, start: int, end: int) -> str:
    """The sentence around a span, without the span itself."""
    return text[sentence.start : start] + " " + text[end : sentence.end]


def _hit(severity: Severity, start: int, end: int, rule: str, what: str) -> Hit:
    return Hit(
        Category.PERSONAL_DATA,
        severity,
        start,
        end,
        rule,
        f"This publishes {what} of a private individual; that needs their express "
        "permission. An organisation's public contact details, or your own, are fine.",
        "Remove it, or confirm you have the person's express permission; point people to "
        "the council or organisation instead.",
    )


def _number_type(number: PhoneNumber) -> int:
    """The number's type; for numbers libphonenumber knows only as possible (such as
    Ofcom's ranges reserved for drama, 07700 900xxx) the type follows the UK prefix."""
    kind = phonenumbers.number_type(number)
    if kind != PhoneNumberType.UNKNOWN:
        return int(kind)
    leading = str(number.national_number)[:1]
    if leading == "7":
        return int(PhoneNumberType.MOBILE)
    if leading in ("1", "2"):
        return int(PhoneNumberType.FIXED_LINE)
    return int(PhoneNumberType.UAN)


def _phones(post: PreparedPost) -> list[Hit]:
    if _MAYBE_PHONE.search(post.text) is None:
        return []
    hits = []
    for match in phonenumbers.PhoneNumberMatcher(post.text, "GB", leniency=Leniency.POSSIBLE):
        if not _DIALLED.match(match.raw_string):
            continue
        kind = _number_type(match.number)
        if kind in _ORGANISATION_TYPES:
            continue
        around = _window(
            post.text, sentence_at(post.sentences, match.start), match.start, match.end
        )
        private = _PRIVATE.search(around) is not None
        if _SELF.search(around) and not private:
            continue
        if _ORGANISATION.search(around) and not re.search(
            r"\b(?:his|her|their)\s+(?:home|mobile|personal|private)|" + _NAMED_PERSONS,
            around,
            FLAGS,
        ):
            continue
        if private:
            hits.append(
                _hit(
                    Severity.HIGH,
                    match.start,
                    match.end,
                    "personal.private_phone",
                    "the phone number",
                )
            )
        elif kind in (PhoneNumberType.MOBILE, PhoneNumberType.PERSONAL_NUMBER):
            hits.append(
                _hit(
                    Severity.MEDIUM,
                    match.start,
                    match.end,
                    "personal.unattributed_mobile",
                    "what looks like the mobile number",
                )
            )
    return hits


def _emails(post: PreparedPost) -> list[Hit]:
    hits: list[Hit] = []
    if "@" not in post.text:
        return hits
    for m in _EMAIL.finditer(post.text):
        if m.group(1).lower() not in _FREE_MAIL:
            continue
        around = _window(post.text, sentence_at(post.sentences, m.start()), m.start(), m.end())
        if _SELF.search(around) or _ORGANISATION.search(around):
            continue
        hits.append(
            _hit(
                Severity.HIGH if _PRIVATE.search(around) else Severity.MEDIUM,
                m.start(),
                m.end(),
                "personal.private_email",
                "the e-mail address",
            )
        )
    return hits


_DIGIT = re.compile(r"\d")
_RESIDENT_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+(?:(?-i:[A-Z])[\w'-]+\s+){1,2}(?:of|at|from|in)\s+$", FLAGS
)


# A resident's own words the member passes on from a private message ("From my inbox, word
# for word: 'I live at 5 Roe Green Close ...'"): their "I" and "my" are the resident's.
_PRIVATE_MESSAGE = re.compile(
    r"\b(?:inbox|word\s+for\s+word|(?:e-?mailed|texted|messaged|wrote\s+to|dm'?d)\s+me|"
    r"(?:email|e-mail|text|message|letter)\s+from\s+a\s+(?:resident|constituent|tenant)|"
    r"(?:had|got)\s+this\s+from\s+a\s+(?:resident|constituent|tenant))\b",
    FLAGS,
)
_QUOTED = re.compile(r"[\"“]([^\"”]{12,})[\"”]")
# An election imprint gives the promoter's address, as the law requires ("Promoted by J.
# Smith on behalf of Bexley Residents First, 1 Example Road"): it publishes nobody's home.
# The address follows it closely, with no sentence ended between ("... 4 Sample Road. Mr
# Jones at 12 Elm Road" is another address).
_IMPRINT = re.compile(r"\bpromoted\s+(?:and\s+published\s+)?by\b", FLAGS)
_IMPRINT_REACH = 100
_SENTENCE_ENDED = re.compile(r"[a-z]{2}[.!?]\s")


def _passed_on(text: str, at: int) -> bool:
    """Whether ``at`` lies in quoted words the post says came to the member privately."""
    return any(
        q.start(1) <= at < q.end(1)
        and _PRIVATE_MESSAGE.search(text, max(0, q.start() - 80), q.start())
        for q in _QUOTED.finditer(text)
    )


def _imprinted(text: str, at: int) -> bool:
    """Whether the address at ``at`` is an imprint's (``_IMPRINT``)."""
    imprints = list(_IMPRINT.finditer(text, max(0, at - _IMPRINT_REACH), at))
    return bool(imprints) and not _SENTENCE_ENDED.search(text, imprints[-1].end(), at)


def _addresses(post: PreparedPost) -> list[Hit]:
    hits: list[Hit] = []
    if _DIGIT.search(post.text) is None:
        return hits
    for m in _ADDRESS.finditer(post.text):
        if _imprinted(post.text, m.start()):
            continue
        sentence = sentence_at(post.sentences, m.start())
        around = _window(post.text, sentence, m.start(), m.end())
        # A person given by title and name just before ("Mrs Hogan of 3 Rydal Drive") lives
        # there, whatever organisation the rest of the sentence names ("our team was on site").
        whose = _RESIDENT_BEFORE.search(post.text, max(sentence.start, m.start() - 60), m.start())
        passed_on = _passed_on(post.text, m.start())
        if (
            whose is None
            and not passed_on
            and (_SELF.search(around) or _ORGANISATION.search(around))
        ):
            continue
        if whose or passed_on or _PRIVATE.search(around) or _SENSITIVE.search(around):
            hits.append(
                _hit(Severity.HIGH, m.start(), m.end(), "personal.home_address", "the home address")
            )
    return hits


# Readers urged to use the details published ("Residents, you know what to do", "Give her a
# ring about the damp, everyone"), where the post has a grievance against the person (she
# "won't answer", he "complained", "reported" or "abused"): the person is being set upon,
# which is harassment as well as their data published. A lost cat's owner or a neighbour's
# 100th birthday, "give her a ring, everyone", is no grievance.
_SET_ON = re.compile(
    r"\byou\s+(?:all\s+)?know\s+what\s+to\s+do\b"
    r"|\bgive\s+(?:her|him|them)\s+a\s+(?:ring|call|bell)\b[^.!?\n]{0,40}?"
    r"\b(?:all\s+of\s+you|every(?:one|body)|and\s+ask|and\s+tell|at\s+teatime|evenings?"
    r"|see\s+how\s+(?:he|she|they)\s+likes?)\b"
    r"|\b(?:a\s+few|all|some|lots|loads)\s+of\s+you\s+(?:give|ring|call|phone|text)\b"
    r"|\b(?:ring|call|phone|text)\s+(?:her|him|them|it)\s+(?:every|all\s+day|day\s+and\s+night)"
    r"|\bfeel\s+free\s+to\s+(?:join\s+in|give\s+(?:her|him|them)\s+a\s+(?:ring|call|bell))\b"
    r"|\blet\s+(?:her|him|them)\s+know\s+how\s+you\s+feel\b"
    # "ring him at home tonight and keep ringing"
    r"|\bring\s+(?:her|him|them)\s+at\s+home\b"
    r"|\band\s+keep\s+(?:ringing|calling|phoning)\b(?!\s+(?:me|us)\b)",
    FLAGS,
)
_GRIEVANCE = re.compile(
    r"\b(?:won['’]?t|doesn['’]?t|hasn['’]?t|never|refuses?\s+to)\s+(?:answer|reply|respond|return)"
    r"|\bignor(?:es|ed|ing)\b|\bcomplain\w*|\breport(?:ed|ing)\s+(?:me|us|everyone|the)\b"
    r"|\babus\w+|\bharass\w*|\bshout\w*|\bslagg\w+|\bobject(?:ed|or|ion)\w*|\bmoan\w*"
    r"|\bringing\s+me\b|\bparking\s+across|\bdodgy\b|\bnicking\b|\bliar\b"
    r"|\b(?:reports|emails|emailed|rings|texts)\s+me\b|\b(?:on|at)\s+to\s+me\b|\bsending\s+me\b"
    r"|\bmissed\s+bins?\b|\binterrupted\b"
    # Answers demanded, or none got ("ask why the garages are still boarded up", "not
    # getting anywhere with the switchboard").
    r"|\band\s+ask\s+(?:(?:her|him|them)\s+)?why\b|\bnot\s+getting\s+anywhere\b",
    FLAGS,
)


def detect(post: PreparedPost, ctx: PreparedContext) -> list[Hit]:
    hits = [*_phones(post), *_emails(post), *_addresses(post)]
    if hits and _GRIEVANCE.search(post.text) and (urged := _SET_ON.search(post.text)):
        hits.append(
            Hit(
                Category.BULLYING,
                Severity.HIGH,
                urged.start(),
                urged.end(),
                "personal.set_on",
                "This publishes a person's private details and urges readers to use them: "
                "that is harassment, whatever the grievance.",
                "Remove the details and the call to act on them; raise the grievance through "
                "the council's complaints process or the Monitoring Officer.",
            )
        )
    return hits
