"""The words the matcher reads alike, and the words that say what kind of thing a name is
rather than which one.

A name is evidence of whose interest an item touches only through its distinctive words:
"Garden", "Trust", "Road" or "Ltd" are on thousands of registers, and a rule that counted
them would ask every member about every item. One list of each, written as ``tokens``
writes words (singular, synonyms unified), keeps every rule drawing that line in the same
place.
"""

from __future__ import annotations

# Spellings that mean the same thing in names and addresses. "St" stays ambiguous on
# purpose: "Street" and "Saint" both become "st", so neither reading is missed.
SYNONYMS = {
    "limited": "ltd",
    "company": "co",
    "incorporated": "inc",
    "brothers": "bros",
    "association": "assoc",
    "assn": "assoc",
    "society": "soc",
    "services": "svcs",
    "service": "svcs",
    "svc": "svcs",
    "management": "mgmt",
    "international": "intl",
    # Company names' usual short forms: "Blackfen Props Ltd" is "Blackfen Properties Ltd".
    "props": "properties",
    "devs": "developments",
    "devts": "developments",
    "hldgs": "holdings",
    "hldg": "holding",
    "grp": "group",
    "ests": "estates",
    "invs": "investments",
    "street": "st",
    "saint": "st",
    "road": "rd",
    "avenue": "ave",
    "lane": "ln",
    "close": "cl",
    "drive": "dr",
    "court": "ct",
    "crescent": "cres",
    "place": "pl",
    "gardens": "gdns",
    "terrace": "ter",
    "terr": "ter",
    "square": "sq",
    "grove": "gr",
    "park": "pk",
    "mount": "mt",
    # Clubs' short forms as fixtures write them: "Welling Utd" is "Welling United".
    "utd": "united",
    # A brewer's works by its trade: "the Chelmer Brewery" is "Chelmer Brewing Co Ltd".
    "brewing": "brewery",
    "brewers": "brewery",
    # A village's "Great" or "Little" as signposts write it: "Gt Baddow", "Lt Waltham".
    "gt": "great",
    "north": "n",
    "south": "s",
    "east": "e",
    "west": "w",
    "&": "and",
    "centre": "center",
    "ctr": "center",
    # Counties' usual short forms: "Herts Grounds Care" is "Hertfordshire Grounds Care".
    "herts": "hertfordshire",
    "beds": "bedfordshire",
    "bucks": "buckinghamshire",
    "cambs": "cambridgeshire",
    "hants": "hampshire",
    "lancs": "lancashire",
    "leics": "leicestershire",
    "lincs": "lincolnshire",
    "northants": "northamptonshire",
    "notts": "nottinghamshire",
    "staffs": "staffordshire",
    "wilts": "wiltshire",
    "worcs": "worcestershire",
    "glos": "gloucestershire",
    "berks": "berkshire",
}
STREET_TYPES = {"st", "rd", "ave", "ln", "cl", "dr", "ct", "cres", "pl", "gdns", "ter", "sq"}
STREET_TYPES |= {"gr", "way", "hill", "row", "walk", "mews", "green", "rise", "vale"}
CONNECTORS = {"the", "of", "and", "for", "in", "at", "on", "to", "a", "an"}
LEGAL_SUFFIXES = {"ltd", "co", "inc", "plc", "llp", "lp", "cic", "cio"}
# Words that name a part of a body, not a different body: "UNISON Eastern Region" and its
# "branches" are UNISON.
PARTS = {"region", "regional", "branch", "division", "area", "unit", "chapter"}
PARTS |= {"eastern", "western", "northern", "southern", "central"}
# Words that say what kind of body or place something is, not which one: never enough on
# their own, and after a name's leading word they make it another body ("Anchor Housing").
KINDS = {
    "uk",
    "group",
    "holding",
    "svcs",
    "trust",
    "council",
    "county",
    "borough",
    "district",
    "city",
    "town",
    "parish",
    "assoc",
    "soc",
    "club",
    "charity",
    "foundation",
    "partnership",
    "community",
    "union",
    "national",
    "local",
    "new",
    "old",
    "land",
    "rear",
    "adjacent",
    "former",
    "site",
    "house",
    "farm",
    "center",
    "hall",
    "school",
    "church",
    "resident",
    "friend",
    "member",
    "board",
    "committee",
    "enterprise",
    "property",
    "home",
    "housing",
    "development",
    # "NHS" says what kind of trust it is: "Oxleas" names "Oxleas NHS Foundation Trust".
    "nhs",
    # Trade words: a name shares them with hundreds of unrelated firms.
    "builder",
    "building",
    "construction",
    "contractor",
    "motor",
    "store",
    "supermarket",
    "retail",
    "hotel",
    "care",
    "associate",
    "consultant",
    "consulting",
    "solution",
    "estate",
    "engineering",
    "system",
    "mgmt",
    "investment",
    "venture",
    "capital",
    "design",
    "media",
    # Words of house and property names: "The Lodge", "Mill House", "The Coach House",
    # "Home" are on thousands of registers; "Garden" is in every garden centre's name.
    "garden",
    "cottage",
    "lodge",
    "barn",
    "mill",
    "manor",
    "grange",
    "coach",
    "stable",
    # National words; a council's own place names come with the council (``places``).
    "england",
    "english",
    "british",
}
GENERIC = CONNECTORS | LEGAL_SUFFIXES | PARTS | KINDS
GENERIC |= {"st", "rd", "ave", "ln", "cl", "dr", "ct", "n", "s", "e", "w", "limited", "company"}
COMPASS_WORDS = {"n", "s", "e", "w"}
COMPASS = {(w,) for w in COMPASS_WORDS}
# Street types that are nothing else ("Green" and "Hill" may end a body's name).
STREETS = {"st", "rd", "ln", "ave", "cl", "dr", "ct", "cres", "gdns", "ter", "sq", "way", "walk"}
STREETS |= {"mews", "row"}
# After a name's one strong word, these make it a street or place: "Marston Road",
# "Campus West", "Danson Park".
PLACE_WORDS = STREET_TYPES | COMPASS_WORDS | {"pk"}
# Words that are a street's whole name ("The Broadway", "Parkway, Welwyn Garden City"): a
# firm's one strong word that is one of them names the street in an item, not the firm.
ROADS = {"broadway", "parkway", "causeway", "highway", "esplanade", "promenade", "boulevard"}
# Words of an item that deals with a body: it is a party, not a public authority named in
# passing ("agency agreement with Essex County Council").
DEALINGS = {"agreement", "contract", "payment", "paid", "lease", "grant", "fee", "tender"}
DEALINGS |= {"purchase", "sale", "transfer", "recharge"}
# Kinds of body that are not companies: "Unite the Union" is not "The UNITE Group plc".
NOT_COMPANIES = {"union", "soc", "assoc", "club", "charity"}
COMPANIES = {"ltd", "plc", "llp"}
# Kinds of body one founds apart from another of the same name: "Bexley Rotary Trust", a
# charity, is not "Bexley Rotary Club".
BODIES = {"club", "trust", "soc", "assoc", "foundation", "charity", "union"}
# Kinds that say how a body is organised, not what it does: "Orbit Group" may be called
# "Orbit Housing", where "Anchor Motors" is not "Anchor Housing".
FORMS = {"uk", "group", "holding", "enterprise", "trust", "partnership", "foundation"}
FORMS |= {"assoc", "soc", "national", "local", "new", "old", "community"}
# Words shorter than this are never distinctive ("Bar", "Oak"): too many names share them.
MIN_DISTINCTIVE = 4
# Words before a surname that make it a person's, not a firm's: "Mr A Khan", "Dr P. Singh".
TITLES = {"mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "sir", "dame", "lord", "lady"}
TITLES |= {"rev", "prof", "professor"}
# Two forms of a trade word are one if they share this many first letters ("Builders",
# "Building"); "Housing" and "Motors" share none.
STEM = 5


def singular(word: str) -> str:
    """ "cadets" → cadet, "bars" → bar: a plural names the same thing ("Medina Bars Group",
    "Medina Bar"). Applied alike to both sides, so an odd stem ("moffats" → moffat) is harmless."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# Each list as ``tokens`` writes its words: singular, with synonyms unified.
SYNONYMS = {word: singular(same) for word, same in SYNONYMS.items()}
GENERIC = {singular(SYNONYMS.get(w, w)) for w in GENERIC}
KINDS = {singular(w) for w in KINDS}
PLACE_WORDS = {singular(w) for w in PLACE_WORDS}
FORMS = {singular(SYNONYMS.get(w, w)) for w in FORMS}
STREET_TYPES = {singular(w) for w in STREET_TYPES}
STREETS = {singular(w) for w in STREETS}


def distinctive(word: str) -> bool:
    """A word that may say which body a name is: long enough, and of no generic kind."""
    return len(word) >= MIN_DISTINCTIVE and word not in GENERIC
