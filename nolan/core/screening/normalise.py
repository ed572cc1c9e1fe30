"""A post as tokens: what each word is, undisguised, and where it sits in the original.

Rules must see "v3rmin", "v e r m i n", "vermni", "#SendThemHome" and "should be\nshot" as
what they are, and still quote the councillor's own words back to them. So every token
keeps its offsets in the original text, and its ``text`` is the normalised word: lower
case, curly quotes straightened, digits read as the letters they stand for, runs of a
letter squeezed, a letter swapped, dropped or added against a word of a fuzzy lexicon
class put right, words joined without spaces split, spaced-out letters joined, camel-case
hashtags split, a few emoji read as the word they picture, and a stammer written out
("t-t-t-tried") read as the word "stammer". A line break inside a
sentence is only a space; sentences end at . ! ? and at line breaks that start a new
thought (issue 9).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum
from functools import cache, lru_cache
from typing import NamedTuple

from nolan.core.screening.lexicon import Lexicon, stems


class Kind(StrEnum):
    WORD = "word"
    HANDLE = "handle"
    EMOJI = "emoji"


class Token(NamedTuple):
    """A word of the post (a tuple: a batch makes hundreds of thousands of them)."""

    text: str  # normalised
    start: int  # offsets into the original post
    end: int
    kind: Kind
    capital: bool = False  # the original began with a capital letter
    quoted: bool = False  # inside quotation marks
    sentence: int = 0  # index of its sentence
    clause: int = 0  # index of its clause (global, increasing)
    question: bool = False  # its sentence ends with a question mark


# What a post's text is cut into, alternative by alternative, in the order they are tried.
# The common ones start with the character they match and look behind it afterwards ("a
# point after a digit", not "after a digit, a point"): the regex engine then rules them out
# at a glance wherever that character is not, which is nearly everywhere.
_PARTS = (
    # E-mail addresses are skipped here (personal_data.py reads them): their parts are not
    # words.
    ("email", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    # A thread's count at the start of a line ("1/2 ...", "2/2 It's vile"): no words.
    ("thread", r"(?<![^\n])\d{1,2}/\d{1,2}(?![\w/])"),
    ("handle", r"@(?<![^\W_]@)[A-Za-z0-9_]+"),
    # A stammer written out ("t-t-t-tried") is mockery, read as the word "stammer".
    ("stammer", r"(?<![^\W_])(?i:(?P<letter>[^\W\d_])(?:-(?P=letter))+-)(?=[^\W\d_])"),
    ("hashtag", r"#[^\W_][\w]*"),
    # A word may end in stars ("F***"), the letters starred out, or in "@" or "$" written
    # for its last letter ("R0m@", "gyp$").
    (
        "word",
        r"[^\W_]+(?:(?:[@$*]+|!(?=[a-z]))[^\W_]+)*"
        r"(?:\*{2,}|(?<=[^\W\d_])[@$](?![^\W_@]))?(?:['’][^\W_]+)*",
    ),
    ("lone", r"[@$](?<=\s[@$])(?=\s)"),
    ("emoji", r"[\U0001F000-\U0001FAFF\u2600-\u27BF]"),
    ("decimal", r"\.(?<=\d\.)(?=\d)"),  # "£6.8m": a decimal point ends no sentence
    ("end", r"[.!?]+"),
    ("clause", r"[;:]|\s[-–—]\s"),
    ("quote", r"[\"“”«»]"),
    ("open", r"['‘](?<![^\W_]['‘])(?=[^\W_])"),
    ("close", r"['’](?<=[^\W_.!?,]['’])(?![^\W_])"),
    ("newline", r"\n\s*"),
)
# Alternatives that cannot match without one of these characters. Most posts have none of
# them, and a pattern without those alternatives scans a post in about two thirds of the time
# (every alternative is tried at every space), with the same matches.
_NEEDS = {"email": "@", "handle": "@", "lone": "@$", "stammer": "-", "hashtag": "#", "thread": "/"}
_TRIGGERS = "".join(sorted(set("".join(_NEEDS.values()))))


@cache
def _pattern(present: str) -> re.Pattern[str]:
    """The tokenising pattern for a post holding the characters ``present`` of ``_TRIGGERS``."""
    return re.compile(
        "|".join(
            f"(?P<{name}>{part})"
            for name, part in _PARTS
            if name not in _NEEDS or any(c in present for c in _NEEDS[name])
        )
    )


_EMOJI_WORDS = {
    "🤐": "hush",
    "🐀": "rat",
    "🐁": "rat",
    "🐒": "monkey",
    "🐵": "monkey",
    "🦍": "ape",
    "🐷": "pig",
    "🐖": "pig",
    "🐍": "snake",
    "🤡": "clown",
    "🔫": "shoot",
    "🔪": "stab",
    "💀": "dead",
    "☠": "dead",
    "🪦": "dead",
    "🤮": "disgusting",
    "💩": "shit",
    "🦠": "disease",
    "🪳": "cockroach",
    "🐛": "vermin",
    "🪓": "kill",
    "💣": "bomb",
    "🍑": "bum",  # a peach, in a remark about someone, is their bottom
}
_LEET = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "8": "b",
        "@": "a",
        "$": "s",
        "!": "i",
    }
)
# Numbers with units or ordinals are not disguised words ("12th", "4pm", "£4.2m", "A414").
_NUMERIC = re.compile(
    r"\d+(?:st|nd|rd|th|s|am|pm|k|m|bn|p|ft|mph|kg|km|mm|cm|yo|x|yrs?)?|[a-z]{1,2}\d+"
)
_AT_IN_WORD = re.compile(r"[^\W_]@[^\W_]")  # "p@rking": "@" written for "a" inside a word
_LEET_CHAR = re.compile(r"[\d@$!]")  # digits and symbols written for letters
_LEET_DIGITS = frozenset(chr(c) for c in _LEET if chr(c).isdigit())
_LETTER = re.compile(r"[^\W\d_]")
_CAMEL = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# Words a sentence does not end on: a line break after one is inside a phrase.
_CONTINUING = frozenset(
    """a an the to of in on at for with by from and or but is are was were be been should
    would could will shall must can may might not never no all every any some my your his
    her their our its this that these those i we you he she they""".split()
)
_CONJUNCTIONS = frozenset({"but", "although", "though", "whereas", "however", "yet"})


def _starts_thought(following: str, before: Token | None, lexicon: Lexicon) -> bool:
    """A line break ends a sentence when the next line starts like a new one, unless the
    line before stops mid-phrase ("I hate\nMuslims", "should be\nshot")."""
    if before is not None and (before.text in _CONTINUING or before.text in lexicon.vocabulary):
        return False
    return bool(following) and (following[0].isupper() or not following[0].isalpha())


def tokens(text: str, lexicon: Lexicon) -> tuple[Token, ...]:
    """The post's tokens with sentence and clause numbers; see the module docstring."""
    out: list[Token] = []
    sentence = clause = 0
    questions: set[int] = set()
    quoted = single = False  # inside quotation marks; opened by a single one
    pending_break = False
    leet_at = "@" in text and _AT_IN_WORD.search(text) is not None

    def emit(word: str, start: int, end: int, kind: Kind, capital: bool = False) -> None:
        nonlocal pending_break, sentence, clause
        if pending_break and out:
            sentence += 1
            clause += 1
        pending_break = False
        out.append(Token(word, start, end, kind, capital, quoted, sentence, clause))

    for m in _pattern("".join(c for c in _TRIGGERS if c in text)).finditer(text):
        group = m.lastgroup
        raw = m.group()
        if group == "word":  # nine matches in ten: emitted here, not through ``emit``
            words = _words(raw, lexicon)
            if out:
                if words[0] in _CONJUNCTIONS:
                    clause += 1
                if pending_break:
                    sentence += 1
                    clause += 1
            pending_break = False
            capital = raw[0].isupper()
            start, end = m.span()
            for word in words:
                out.append(Token(word, start, end, Kind.WORD, capital, quoted, sentence, clause))
        elif group == "lone":  # a letter of a spaced-out word ("t r @ n n i e s")
            emit(raw.translate(_LEET), m.start(), m.end(), Kind.WORD)
        elif group == "end":
            pending_break = True
            if "?" in raw:
                questions.add(sentence)
        elif group == "newline":
            following = text[m.end() : m.end() + 1]
            before = out[-1] if out and not pending_break else None
            if "\n\n" in raw.replace(" ", "") or _starts_thought(following, before, lexicon):
                pending_break = True
        elif group == "clause":
            clause += 1
        elif group == "quote":
            quoted = raw != "”" and (raw == "“" or not quoted)
            single = False
        elif group == "open":
            if not quoted:
                quoted = single = True
        elif group == "close":
            if quoted and single:
                quoted = single = False
        elif group == "emoji":
            pictured = _EMOJI_WORDS.get(raw)
            if pictured:
                emit(pictured, m.start(), m.end(), Kind.EMOJI)
            if text[m.end() : m.end() + 2].lstrip(" ")[:1].isupper():
                pending_break = True  # "... after three years 👏👏 Maybe next year ..."
        elif group == "stammer":
            emit("stammer", m.start(), m.end(), Kind.WORD)
        elif group == "thread":
            pending_break = True  # each part of a thread starts a sentence
        elif group == "handle":
            word = "a" + raw[1:].lower()
            if leet_at and raw[1:].islower() and word in lexicon.known:
                # "@shamed" in a post that writes "p@rking": an "a" written as "@", no handle.
                emit(word, m.start(), m.end(), Kind.WORD)
            else:
                emit(raw.lower(), m.start(), m.end(), Kind.HANDLE)
        elif group == "hashtag":
            for part in _CAMEL.finditer(raw[1:]):
                start = m.start() + 1 + part.start()
                for word in _words(part.group(), lexicon):
                    emit(word, start, start + len(part.group()), Kind.WORD)
    if questions:
        out = [t._replace(question=True) if t.sentence in questions else t for t in out]
    return _join_broken_words(_join_spaced_letters(_retweeted(out), lexicon), text, lexicon)


def _retweeted(toks: list[Token]) -> list[Token]:
    """What follows "RT @handle" is that account's words, as if in quotation marks: the
    author's own words before it say whether they condemn them (``reading``). Where the
    retweet is in quotation marks already, the author's words may follow it."""
    at = retweet_start(toks)
    if at is None or at >= len(toks) or toks[at].quoted:
        return toks
    return toks[:at] + [t._replace(quoted=True) for t in toks[at:]]


def retweet_start(toks: Sequence[Token]) -> int | None:
    """Where the words of an account the post retweets begin ("RT @x: ..."); not a request
    to retweet ("Please RT @WHBC: ...")."""
    for i in range(len(toks) - 1):
        if (
            toks[i].text == "rt"
            and toks[i + 1].kind is Kind.HANDLE
            and (i == 0 or toks[i - 1].text not in _ASKING_TO_SHARE)
        ):
            return i + 2
    return None


_ASKING_TO_SHARE = frozenset("please pls plz".split())


# Text-speak read as the words it stands for.
_TEXTSPEAK = {
    "wmn": "women",
    "ppl": "people",
    "u": "you",
    "r": "are",
    "ur": "your",
    "shud": "should",
    "wud": "would",
    "cud": "could",
    "pls": "please",
    "plz": "please",
    "b4": "before",
    "cos": "because",
    "coz": "because",
    "bc": "because",
    "thx": "thanks",
    "n": "and",
    "luv": "love",
    "m8": "mate",
    "teh": "the",
    "2moro": "tomorrow",
    "gr8": "great",
    "h8": "hate",
    "wiv": "with",
    "dat": "that",
    "dem": "them",
    "der": "there",
}
# Negations written without the apostrophe ("hindus arent capable", "Didnt hear"), in any case.
_NEGATIONS = {
    "isnt": "isn't",
    "arent": "aren't",
    "wasnt": "wasn't",
    "werent": "weren't",
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "wouldnt": "wouldn't",
    "shouldnt": "shouldn't",
    "couldnt": "couldn't",
    "havent": "haven't",
    "hasnt": "hasn't",
    # ... and without their vowels too ("hvnt made my mind up").
    "hvnt": "haven't",
    "hvent": "haven't",
    "dnt": "don't",
}


# A place's name before "-istan" has four letters at least ("Cityistan"): "Tristan" is a
# name (``_words``).
_PLACE_ISTAN = len("cityistan")
# Real countries and regions whose names end "-istan" (``_words``).
_NAMED_IN_STAN = frozenset(
    {"afghanistan", "pakistan", "kurdistan", "baluchistan", "balochistan", "hindustan"}
    | {"waziristan", "turkistan", "tajikistan", "uzbekistan", "turkmenistan"}
)


@lru_cache(maxsize=50_000)
def _words(raw: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The normalised word, or words where one was written without spaces. Remembered: a
    batch of posts repeats most of its words, and this is the costly part of reading one."""
    word = raw.lower()
    if "’" in word:
        word = word.replace("’", "'")
    # Text-speak is written in lower case (or shouted): "Dem" with a capital is the party's
    # name ("Lib Dem"), not "them".
    if len(word) > 1 and word in _TEXTSPEAK and (raw.islower() or raw.isupper()):
        return (_TEXTSPEAK[word],)
    if word in _NEGATIONS:  # "Dont" opens a sentence as often as "dont" goes on one
        return (_NEGATIONS[word],)
    if "*" in word:
        return _starred(word, lexicon)
    if (
        word.endswith("istan")
        and len(word) >= _PLACE_ISTAN
        and word.isalpha()
        and word not in _NAMED_IN_STAN
    ):
        # A town renamed as if it were a Muslim country ("Welwyn Garden Cityistan"), the
        # old slur "Londonistan" made of any place: read as that slur.
        return ("londonistan",)
    if word.endswith("in") and len(word) >= 5 and word + "g" in lexicon.known:
        # "callin", "gettin": the "g" dropped, as spoken; not a word of its own, nor one the
        # lexicon lists as written ("just sayin").
        if word not in lexicon.english and word not in lexicon.vocabulary:
            return (word + "g",)
    if not word.isalpha() and _LEET_CHAR.search(word) and _LETTER.search(word):
        if not _NUMERIC.fullmatch(word):
            word = word.translate(_LEET)
    pieces = tuple(lexicon.undisguise(word))
    if (
        len(pieces) > 1
        and raw[:1].isupper()
        and not raw.isupper()
        and sum(piece in lexicon.signal for piece in pieces) < 2
        and not all(piece in lexicon.hostile_words or piece in _SUBJECTS for piece in pieces)
    ):
        # A capitalised word run together is a name ("Moneyhole Lane", "Boreham"), unless
        # it runs hostile words and a group together ("Ihatemuslims", "Gasthejews").
        return (word,)
    return pieces


# Oaths and the worst slurs as they are usually starred out, which several words would fit
# letter for letter ("f***" is "fool" as well): the writer means the oath or the slur.
_STARRED_USUALLY = {
    "f***": "fuck",
    "f**k": "fuck",
    "f*ck": "fuck",
    "f***ing": "fucking",
    "f**king": "fucking",
    "f*cking": "fucking",
    "f***in": "fuckin",
    "f**kin": "fuckin",
    "f*****g": "fucking",
    "sh*t": "shit",
    "s**t": "shit",
    "b*****d": "bastard",
    "b******s": "bastards",
    "n*****": "nigger",
    "n*****s": "niggers",
    "n****r": "nigger",
    "n****rs": "niggers",
    "n***er": "nigger",
    "n***ers": "niggers",
    "c*nt": "cunt",
    "c**t": "cunt",
    "c*nts": "cunts",
    "c**ts": "cunts",
    "tw*t": "twat",
    "tw*ts": "twats",
    "w*nker": "wanker",
    "w**ker": "wanker",
    "w*nkers": "wankers",
    "b*tch": "bitch",
    "b**ch": "bitch",
    "p*ki": "paki",
    "p*kis": "pakis",
    "r*tard": "retard",
    "r*tards": "retards",
}


# Who may open a hostile word run together with it ("Ihate", "Weloathe"): no name begins so.
_SUBJECTS = frozenset({"i", "we"})


def _starred(word: str, lexicon: Lexicon) -> tuple[str, ...]:
    """A word with letters starred out ("m*sl1ms") is the hostile word or group it hides;
    one the lexicon cannot fill in is read as the pieces between the stars."""
    if word in _STARRED_USUALLY:
        return (_STARRED_USUALLY[word],)
    hidden = lexicon.unstar(word.translate(_LEET))
    if hidden is not None:
        return (hidden,)
    return tuple(w for piece in word.split("*") if piece for w in _words(piece, lexicon))


def _join_spaced_letters(toks: list[Token], lexicon: Lexicon) -> tuple[Token, ...]:
    """Join runs of three or more single letters ("v e r m i n", "s.c.u.m", "v e r m 1 n")
    into a word, and read the single letters left as the text-speak they may be ("u", "r",
    "n")."""
    out: list[Token] = []
    i = 0
    while i < len(toks):
        if len(toks[i].text) != 1:  # most tokens: no run starts here
            out.append(toks[i])
            i += 1
            continue
        j = i
        while (
            j < len(toks)
            and len(toks[j].text) == 1
            and (toks[j].text.isalpha() or toks[j].text in _LEET_DIGITS)
            and (j == i or toks[j].start - toks[j - 1].end <= 2)
        ):
            j += 1
        letters = sum(t.text.isalpha() for t in toks[i:j])
        if j - i >= 3 and letters >= 2:
            word = "".join(t.text for t in toks[i:j]).translate(_LEET)
            for piece in lexicon.undisguise(word):
                out.append(_textspeak(toks[i]._replace(text=piece, end=toks[j - 1].end)))
            i = j
        else:
            out.append(_textspeak(toks[i]))
            i += 1
    return tuple(out)


def _join_broken_words(toks: tuple[Token, ...], text: str, lexicon: Lexicon) -> tuple[Token, ...]:
    """Join a hostile word or a group broken by a space, a line break or a dash ("Typical
    mus\nlims", "im migrants", "Mus-lims"): two words side by side, with only that between,
    that make one of them, where the first half is no ordinary word and neither is written
    in capitals as initials are ("our PR at the council" is no "prat"), are that word
    (issue 9: "spaces inside words")."""
    out: list[Token] = []
    i = 0
    while i < len(toks):
        a = toks[i]
        b = toks[i + 1] if i + 1 < len(toks) else None
        if (
            b is not None
            and a.kind is Kind.WORD
            and b.kind is Kind.WORD
            and a.text not in lexicon.known
            and a.text.isalpha()
            and b.text.isalpha()
            and _breaks(text[a.end : b.start])
            and not _initials(text[a.start : a.end])
            and not _initials(text[b.start : b.end])
            and any(form in lexicon.hostile_words for form in stems(a.text + b.text))
        ):
            out.append(a._replace(text=a.text + b.text, end=b.end))
            i += 2
            continue
        out.append(a)
        i += 1
    return tuple(out)


def _breaks(between: str) -> bool:
    """What may break a word in two: a little white space, or a dash or a dot ("Mus-lims",
    "im.migrants")."""
    return (between.isspace() and len(between) <= 3) or between in ("-", ".", "_")


def _initials(raw: str) -> bool:
    """A word written in capitals, as initials are ("PR", "IE")."""
    return len(raw) > 1 and raw.isupper()


def _textspeak(tok: Token) -> Token:
    """A single letter of text-speak as the word it stands for."""
    if len(tok.text) == 1 and tok.text in _TEXTSPEAK:
        return tok._replace(text=_TEXTSPEAK[tok.text])
    return tok
