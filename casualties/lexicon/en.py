"""English word tables: plain data, read by the number reader and the phrase parser.

Nothing here is code: every table is a mapping or a tuple of word tuples, all lower
case. The grammar that uses them lives in :mod:`casualties.numbers` and
:mod:`casualties.quantifiers`; the regular expressions built from them in
:mod:`casualties.patterns`.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

# -- cardinal number words -------------------------------------------------------------
UNITS: Final = MappingProxyType(
    {
        "zero": 0, "naught": 0, "nought": 0, "nil": 0,
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
        "six": 6, "seven": 7, "eight": 8, "nine": 9,
    }
)
TEENS: Final = MappingProxyType(
    {
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    }
)
TENS: Final = MappingProxyType(
    {
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    }
)
HUNDRED: Final = frozenset({"hundred", "hundreds"})
# Scale words after a numeral ("three million", "13 lakh"); plural forms count too
# ("three billions"). Values are multipliers.
SCALES: Final = MappingProxyType(
    {
        "thousand": 10**3, "thousands": 10**3,
        "million": 10**6, "millions": 10**6,
        "billion": 10**9, "billions": 10**9,
        "trillion": 10**12, "trillions": 10**12,
        "quadrillion": 10**15, "quintillion": 10**18, "sextillion": 10**21,
        "lakh": 10**5, "lakhs": 10**5, "lac": 10**5, "lacs": 10**5, "lkh": 10**5,
        "crore": 10**7, "crores": 10**7, "cr": 10**7,
    }
)
# Abbreviated scales written right after digits ("3.8m", "100K", "2.5bn", "10 bln").
SCALE_SUFFIXES: Final = MappingProxyType(
    {
        "k": 10**3, "thou": 10**3,
        "m": 10**6, "mm": 10**6, "mn": 10**6, "mln": 10**6, "mil": 10**6, "mio": 10**6,
        "b": 10**9, "bn": 10**9, "bln": 10**9, "g": 10**9,
        "t": 10**12, "tn": 10**12, "trn": 10**12,
    }
)
DOZEN: Final = frozenset({"dozen", "dozens", "doz", "dozs"})
# Fractions written as words: denominator words, singular and plural.
FRACTIONS: Final = MappingProxyType(
    {
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
        "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
        "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
        "tenth": 10, "tenths": 10,
    }
)
# Ordinals ("the tenth"): read as their cardinal, and marked as ordinals.
ORDINALS: Final = MappingProxyType(
    {
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
        "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
        "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
        "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
        "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
        "hundredth": 100, "thousandth": 1000, "millionth": 10**6,
    }
)
ORDINAL_SUFFIXES: Final = frozenset({"st", "nd", "rd", "th"})
# The article that reads as "one" before a multiplier ("a hundred", "a dozen").
ARTICLES: Final = frozenset({"a", "an", "one"})
# Words that join parts of one number ("one hundred and six", "two million & forty").
NUMBER_JOINERS: Final = frozenset({"and", "&"})
# The decimal point spelled out ("two point five million").
DECIMAL_POINTS: Final = frozenset({"point"})
# Signs that may precede a number without changing it ("plus twenty").
SIGNS: Final = frozenset({"plus", "+"})
# Words that make a number negative, which no count can be.
MINUS_WORDS: Final = frozenset({"minus", "negative"})

# -- qualifiers ------------------------------------------------------------------------
# Comparatives that bound a figure from below / above.
_MORE_WORDS: Final = ("more", "greater", "larger", "higher", "bigger")
_LESS_WORDS: Final = ("less", "fewer", "smaller", "lower")


def _or_equal(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Every inclusive form of a comparative: "more than or equal to", "greater or
    equal than", "equal to or more than", ..."""
    out: list[tuple[str, ...]] = []
    for w in words:
        out += [
            (w, "than", "or", "equal", "to"), (w, "than", "or", "equal"),
            (w, "than", "or", "equals"), (w, "or", "equal", "to"), (w, "or", "equal", "than"),
            (w, "than", "or", "equal", "than"), ("equal", "to", "or", w, "than"),
            ("equal", "or", w, "than"), ("equals", "or", w, "than"),
        ]
    return tuple(out)


# Operators: GE at least, GT more than, LE at most / up to, LT fewer than,
# APPROX about, NEAR nearly (just below), EQ exactly.
PREFIX_QUALIFIERS: Final = MappingProxyType(
    {
        "GE": (
            ("at", "least"), ("no", "less", "than"), ("no", "fewer", "than"),
            ("not", "less", "than"), ("not", "fewer", "than"), ("a", "minimum", "of"),
            ("minimum", "of"), ("minimum",), ("at", "least", "or", "equal", "to"),
            ("at", "minimum"), *_or_equal(_MORE_WORDS),
            (">", "="), ("≥",), ("=", ">"),
        ),
        "GT": (
            *((w, "than") for w in _MORE_WORDS), ("over",), ("above",), ("exceeding",), ("exceeded",), ("exceeds",),
            ("exceed",), ("surpass",), ("surpassing",), ("surpassed",), ("surpasses",),
            ("in", "excess", "of"), ("well", "over"), ("just", "over"),
            ("well", "above"), ("just", "above"), ("beyond",), (">",), ("topping",),
            ("upward", "of"), ("upwards", "of"),
        ),
        "LE": (
            ("up", "to"), ("as", "many", "as"), ("at", "most"), ("no", "more", "than"),
            ("not", "more", "than"), ("a", "maximum", "of"), ("maximum", "of"),
            ("at", "the", "most"), ("at", "maximum"), ("not", "exceeding"),
            ("not", "to", "exceed"), ("does", "not", "exceed"), ("not", "above"),
            ("not", "over"), ("within",), *_or_equal(_LESS_WORDS),
            ("<", "="), ("≤",), ("=", "<"),
        ),
        "LT": (
            *((w, "than") for w in _LESS_WORDS), ("under",), ("below",), ("beneath",),
            ("<",), ("not", "even"),
        ),
        "APPROX": (
            ("about",), ("around",), ("approximately",), ("approx",), ("some",),
            ("an", "estimated"), ("estimated",), ("roughly",), ("circa",), ("ca",),
            ("an", "approximate"), ("approximate",), ("round", "about"), ("~",),
            ("reportedly",), ("an", "estimate", "of"), ("in", "the", "region", "of"),
            ("on", "the", "order", "of"), ("of", "the", "order", "of"),
            ("something", "like"), ("give", "or", "take"), ("more", "or", "less"),
        ),
        "NEAR": (
            ("nearly",), ("almost",), ("close", "to"), ("just", "under"),
            ("just", "below"), ("just", "shy", "of"), ("approaching",), ("nigh", "on"),
            ("not", "quite"), ("close", "on"), ("well", "nigh"),
        ),
        "EQ": (
            ("exactly",), ("precisely",), ("equal", "to"), ("equals",), ("equaling", "to"),
            ("equalling", "to"), ("equaling",), ("equalling",), ("equal",), ("=",),
            ("a", "total", "of"), ("total", "of"), ("fully",), ("all",), ("just",),
            ("only",), ("another",), ("an", "additional"), ("additional",),
            ("a", "further"), ("further",), ("plus",), ("+",),
        ),
    }
)
SUFFIX_QUALIFIERS: Final = MappingProxyType(
    {
        "GE": (
            ("or", "more"), ("or", "greater"), ("or", "above"), ("or", "over"),
            ("and", "more"), ("and", "above"), ("and", "over"), ("or", "higher"),
            ("or", "larger"), ("or", "bigger"), ("and", "up"), ("-", "plus"),
            *(("or", w, "than") for w in _MORE_WORDS), *(("and", w) for w in _MORE_WORDS),
            ("at", "least"), ("plus",), ("+",), ("or", "so", "more"), ("and", "upward"),
            ("and", "upwards"), ("or", "upwards"),
        ),
        "LE": (
            ("or", "less"), ("or", "fewer"), ("or", "below"), ("or", "under"),
            ("and", "less"), ("and", "fewer"), ("and", "below"), ("and", "under"),
            ("or", "lower"), ("or", "smaller"), ("at", "most"), ("or", "beneath"),
            *(("or", w, "than") for w in _LESS_WORDS), *(("and", w) for w in _LESS_WORDS),
            ("at", "the", "most"), ("at", "maximum"), ("max",), ("maximum",),
        ),
        # "or equal" turns a strict comparison into an inclusive one.
        "OR_EQUAL": (("or", "equal"), ("or", "equal", "to"), ("or", "equals")),
        "APPROX": (("or", "so"), ("odd",), ("-", "odd"), ("give", "or", "take"), ("approx",)),
        # "dozens more", "11 more": an addition, the figure itself is unchanged.
        "MORE": (("more",),),
    }
)
# Joiners of two figures into one range ("10 to 20", "10-20", "two or three").
RANGE_JOINERS: Final = frozenset({"to", "-", "–", "—", "~", "or", "through", "thru"})
# Openers of a range whose second figure follows "and" ("between 10 and 20").
RANGE_OPENERS: Final = MappingProxyType({"between": ("and", "&", "-", "to"), "from": ("to", "-")})
# Joiners of two bounds on the same quantity ("more than 10 and fewer than 20").
BOUND_JOINERS: Final = frozenset({"and", "but", ",", "&", "yet"})
# The explicit best estimate that Count's canonical English appends.
BEST_MARKERS: Final = (("best", "estimate"), ("most", "likely"), ("best", "guess"))

# -- vague amounts ---------------------------------------------------------------------
# word tuple -> (low, high or None, best): the default interval reading.
VAGUE_INTERVAL: Final = MappingProxyType(
    {
        ("tens",): (20, 99, 20),
        ("dozens",): (24, 99, 24),
        ("scores",): (40, 99, 40),
        ("hundreds",): (200, 999, 200),
        ("thousands",): (2_000, 9_999, 2_000),
        ("millions",): (2_000_000, 9_999_999, 2_000_000),
        ("billions",): (2_000_000_000, 9_999_999_999, 2_000_000_000),
        ("several",): (3, 9, 3),
        ("a", "few"): (2, 5, 2),
        ("few",): (2, 5, 2),
        ("a", "couple", "of"): (2, 3, 2),
        ("a", "couple"): (2, 2, 2),
        ("couple", "of"): (2, 3, 2),
        ("a", "pair", "of"): (2, 2, 2),
        ("a", "pair"): (2, 2, 2),
        ("a", "handful", "of"): (2, 5, 2),
        ("a", "handful"): (2, 5, 2),
        ("handful", "of"): (2, 5, 2),
        ("many",): (2, None, 2),
        ("numerous",): (2, None, 2),
        ("a", "number", "of"): (2, None, 2),
        ("multiple",): (2, None, 2),
        ("various",): (2, None, 2),
        ("countless",): (2, None, 2),
        ("untold",): (2, None, 2),
    }
)
# ACLED codes vague amounts as single conservative figures (codebook: "tens" 10,
# "dozens" 12, "hundreds" 100; vague words without a number 10).
VAGUE_ACLED: Final = MappingProxyType(
    {
        ("tens",): (10, 10, 10),
        ("dozens",): (12, 12, 12),
        ("scores",): (20, 20, 20),
        ("hundreds",): (100, 100, 100),
        ("thousands",): (1_000, 1_000, 1_000),
        ("millions",): (1_000_000, 1_000_000, 1_000_000),
        ("billions",): (1_000_000_000, 1_000_000_000, 1_000_000_000),
        ("several",): (10, 10, 10),
        ("a", "few"): (3, 3, 3),
        ("few",): (3, 3, 3),
        ("a", "couple", "of"): (2, 2, 2),
        ("a", "couple"): (2, 2, 2),
        ("couple", "of"): (2, 2, 2),
        ("a", "pair", "of"): (2, 2, 2),
        ("a", "pair"): (2, 2, 2),
        ("a", "handful", "of"): (3, 3, 3),
        ("a", "handful"): (3, 3, 3),
        ("handful", "of"): (3, 3, 3),
        ("many",): (10, 10, 10),
        ("numerous",): (10, 10, 10),
        ("a", "number", "of"): (10, 10, 10),
        ("multiple",): (10, 10, 10),
        ("various",): (10, 10, 10),
        ("countless",): (10, 10, 10),
        ("untold",): (10, 10, 10),
    }
)
# Vague words that multiply a following scale ("several hundred", "a few thousand").
VAGUE_MULTIPLIERS: Final = frozenset(
    {("several",), ("a", "few"), ("few",), ("many",), ("a", "couple", "of"),
     ("a", "couple"), ("couple", "of"), ("tens",), ("dozens",), ("hundreds",),
     ("thousands",), ("scores",), ("a", "handful", "of"), ("millions",)}
)
# "of" between a plural vague amount and a plural scale ("tens of thousands").
OF: Final = "of"

# -- zero and one ----------------------------------------------------------------------
ZERO_PHRASES: Final = (
    ("no", "one"), ("no", "-", "one"), ("noone",), ("nobody",), ("none",), ("not", "one"),
    ("not", "a", "single"), ("not", "anyone"), ("not", "anybody"),
)
# "no" before a noun reads as zero ("no casualties", "no civilians").
ZERO_DETERMINERS: Final = frozenset({"no"})
# Words after "no" that do not make a zero figure ("no more than 5" is a qualifier).
NOT_ZERO_AFTER_NO: Final = frozenset({"more", "less", "fewer", "longer", "doubt", "matter"})
# An article before a noun reads as one ("a soldier", "an aid worker").
SINGULAR_DETERMINERS: Final = frozenset({"a", "an", "one", "another", "single", "lone"})

# -- casualty outcomes ---------------------------------------------------------------------
# Words after a figure (or its victim noun) that state what happened to it: participles,
# adjectives and intransitive verbs ("11 civilians were killed", "two dead", "six died").
OUTCOME_AFTER: Final = MappingProxyType(
    {
        "killed": "killed", "dead": "killed", "died": "killed", "die": "killed",
        "dies": "killed", "slain": "killed", "murdered": "killed", "executed": "killed",
        "massacred": "killed", "perished": "killed", "beheaded": "killed",
        "assassinated": "killed", "lynched": "killed", "deaths": "killed", "death": "killed",
        "gunned": "killed",
        "fatalities": "killed", "fatality": "killed", "lives": "killed", "life": "killed",
        "bodies": "killed", "corpses": "killed", "casualties": "killed", "drowned": "killed",
        "burned": "killed", "succumbed": "killed",
        "injured": "injured", "wounded": "injured", "hurt": "injured", "injuries": "injured",
        "injury": "injured", "wounds": "injured", "hospitalised": "injured", "hospitalized": "injured",
        "missing": "missing", "unaccounted": "missing",
        "abducted": "abducted", "kidnapped": "abducted", "hostage": "abducted",
        "hostages": "abducted", "captured": "abducted", "seized": "abducted",
        "detained": "detained", "arrested": "detained", "jailed": "detained",
        "displaced": "displaced", "flee": "displaced", "fled": "displaced",
        "homeless": "displaced", "evacuated": "displaced", "refugees": "displaced",
    }
)
# Verbs before a figure that do it to the figure ("killing 34 soldiers", "wounded 20").
OUTCOME_BEFORE: Final = MappingProxyType(
    {
        "killed": "killed", "killing": "killed", "kill": "killed", "kills": "killed",
        "slew": "killed", "slaying": "killed", "murdered": "killed", "murdering": "killed",
        "executed": "killed", "executing": "killed", "massacred": "killed",
        "massacring": "killed", "shot": "killed", "shooting": "killed",
        "beheaded": "killed", "beheading": "killed", "slaughtered": "killed",

        "injured": "injured", "injuring": "injured", "wounded": "injured",
        "wounding": "injured", "hurt": "injured", "hurting": "injured", "injures": "injured",
        "wounds": "injured", "maimed": "injured",
        "abducted": "abducted", "abducting": "abducted", "kidnapped": "abducted",
        "kidnapping": "abducted", "seized": "abducted",
        "detained": "detained", "detaining": "detained", "arrested": "detained",
        "arresting": "detained",
        "displaced": "displaced", "displacing": "displaced",
    }
)
# Verbs that "and" may join to an outcome ("were attacked and killed").
VERBS_BEFORE_AND: Final = frozenset(
    {"attacked", "ambushed", "raped", "robbed", "assaulted", "tortured", "beaten", "abducted",
     "kidnapped", "stabbed", "hacked"}
)
# Past forms that, with an object after them, are active verbs, not passive participles.
TRANSITIVE_PAST: Final = frozenset(
    {"killed", "injured", "wounded", "murdered", "executed", "massacred", "shot", "hurt",
     "kidnapped", "abducted", "arrested", "detained", "seized", "captured", "slew",
     "displaced", "beheaded", "assassinated", "lynched"}
)
# Plural outcome nouns that a figure may follow ("fatalities range from 1 to 2"), and the
# words that may stand between them.
OUTCOME_NOUN_TOTALS: Final = frozenset({"fatalities", "deaths", "casualties", "injuries"})
TOTAL_FILLERS: Final = frozenset(
    {"range", "ranges", "ranged", "ranging", "from", "of", "at", "is", "was", "were", "stood", "stands",
     "put", "estimated", "reached", "numbered", "are", "number", "to", "between"}
)
# Nouns of an outcome that take their victims after "of" ("the killing of 16 people").
OUTCOME_NOUNS: Final = MappingProxyType(
    {
        "killing": "killed", "killings": "killed", "massacre": "killed", "death": "killed",
        "deaths": "killed", "murder": "killed", "murders": "killed", "slaughter": "killed",
        "execution": "killed", "executions": "killed", "assassination": "killed",
        "abduction": "abducted", "abductions": "abducted", "kidnapping": "abducted",
        "kidnap": "abducted", "arrest": "detained", "arrests": "detained",
        "detention": "detained", "displacement": "displaced", "wounding": "injured",
        "injuring": "injured", "disappearance": "missing", "bodies": "killed",
        "corpses": "killed", "remains": "killed",
    }
)
# Adverbs that open sentences capitalised and are never part of a name.
SENTENCE_ADVERBS: Final = frozenset(
    {"later", "earlier", "separately", "meanwhile", "elsewhere", "however", "also", "then",
     "now", "yesterday", "today", "overnight", "previously", "initially", "subsequently"}
)
# Verbs that give a figure a predicate of its own, not a casualty ("four others escaped").
OWN_VERBS: Final = frozenset(
    {"escaped", "survived", "fled", "released", "freed", "rescued", "returned", "managed",
     "attacked", "opened", "stormed", "arrived", "remained", "refused", "demanded"}
)
# Verbs of "claimed the lives of N": the figure after them is a death toll.
LIFE_TAKERS: Final = frozenset(
    {"claimed", "claiming", "claim", "claims", "took", "taking", "take", "takes", "cost", "costing"}
)
# Words before a verb that make it an intent or a threat, not an outcome ("to kill").
INTENT_WORDS: Final = frozenset(
    {"to", "would", "could", "will", "might", "may", "can", "threatened", "threatening",
     "vowed", "plotting", "planning", "attempted", "tried", "trying", "not"}
)
# "shot" alone is a shooting, not a death: it kills only when "dead" or "killed" follows.
SHOT: Final = frozenset({"shot", "shooting", "shoot"})
# A toll word: "the death toll rose to 50" (killed), "the injury toll".
TOLL_WORDS: Final = frozenset({"toll", "tally", "count"})
TOLL_OUTCOME: Final = MappingProxyType(
    {"death": "killed", "casualty": "killed", "injury": "injured", "fatality": "killed"}
)
# Words that may stand between a figure's noun phrase and its outcome participle.
AUXILIARIES: Final = frozenset(
    {"were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "reportedly",
     "also", "later", "all", "allegedly", "confirmed", "feared", "believed", "said", "to",
     "thought", "reported", "officially", "now", "either", "both", "subsequently",
     "critically", "seriously", "severely", "slightly", "lightly", "badly", "fatally",
     "gravely", "mortally", "instantly", "immediately", "already", "left", "lay", "lie",
     "lying", "found", "presumed", "remain", "remained", "remains", "still", "got", "get",
     "apparently", "each", "of", "them", "whom", "who", "those", "among",
     "sustained", "suffered", "received", "gunshot", "bullet", "serious", "minor",
     "critical", "severe", "multiple", "stab", "burn", "life-threatening", "non-life-threatening",
     "beaten", "hacked", "stabbed", "tortured", "bludgeoned", "burnt", "crushed", "trampled",
     "starved", "stoned", "shelled", "bombed", "rescued", "attacked", "ambushed",
     "raped", "robbed", "assaulted", "brutally", "publicly", "summarily", "tragically", "put",
     "various", "varying", "degrees", "degree", "might", "may"}
)
# Between a verb and its figure: "killing at least", "wounded another", "left".
BEFORE_FILLERS: Final = frozenset(
    {"a", "an", "the", "another", "further", "additional", "also", "and", "reportedly",
     "only", "all", "both", "his", "her", "their"}
)
# Joiners of coordinated figures that share a frame ("21 rebels and 11 soldiers").
COORDINATORS: Final = frozenset(
    {"and", ",", "as", "well", "along", "with", "plus", "while", "besides", "together",
     "whereas", "addition", "--", "—", "–"}
)
# Adverbs after a figure that make it a part of the one before ("seven wounded, three
# critically").
ASIDE_OPENERS: Final = frozenset(
    {"most", "mostly", "many", "some", "all", "several", "both", "mainly", "among", "among them"}
)
PART_ADVERBS: Final = frozenset(
    {"critically", "seriously", "severely", "gravely", "badly", "fatally", "mortally"}
)
# Words that make the following figures a part of the one before ("including 12 children").
PART_MARKERS: Final = frozenset({"including", "among", "of", "included", "includes"})

# -- victims ----------------------------------------------------------------------------
# Head nouns of victim phrases and the kind of party they name.
PARTY_NOUNS: Final = MappingProxyType(
    {
        **{w: "civilian" for w in (
            "civilian", "civilians", "villager", "villagers", "resident", "residents",
            "child", "children", "kid", "kids", "woman", "women", "girl", "girls", "boy",
            "boys", "student", "students", "pupil", "pupils", "worker", "workers",
            "farmer", "farmers", "herder", "herders", "herdsmen", "herdsman", "worshipper",
            "worshippers", "worshipers", "pilgrim", "pilgrims", "passenger", "passengers",
            "teacher", "teachers", "journalist", "journalists", "reporter", "reporters",
            "doctor", "doctors", "nurse", "nurses", "tourist", "tourists", "bystander",
            "bystanders", "shopper", "shoppers", "customer", "customers", "employee",
            "employees", "patron", "patrons", "protester", "protesters", "protestors",
            "demonstrator", "demonstrators", "refugee", "refugees", "migrant", "migrants",
            "infant", "infants", "baby", "babies", "family", "families", "mother",
            "father", "wife", "husband", "son", "daughter", "sons", "daughters",
            "relative", "relatives", "inmate", "inmates", "prisoner", "prisoners",
            "fisherman", "fishermen", "miner", "miners", "trader", "traders", "driver",
            "drivers", "clergy", "priest", "priests", "monk", "monks", "nun", "nuns",
            "imam", "cleric", "clerics", "volunteer", "volunteers", "staff", "member",
            "members", "official", "officials", "victim", "victims", "mine-clearers",
            "caretaker", "classmates", "classmate", "coworkers", "co-workers", "colleague",
            "colleagues", "neighbor", "neighbors", "neighbour", "neighbours", "man-",
            "teenager", "teenagers", "youth", "youths", "elderly", "aid", "humanitarian",
            "christians", "muslims", "christian", "muslim", "hindus", "sikhs", "jews",
            "girlfriend", "boyfriend", "friend", "friends", "guest", "guests",
            "parishioners", "congregants", "vendors", "vendor", "voters", "voter",
            "mourners", "wedding", "fans", "spectators", "partygoers", "hostages",
            "abductees", "guard", "guards", "hunters", "peasants", "peasant", "leader",
            "leaders", "activist", "activists", "candidate", "candidates", "politician",
            "politicians", "scholar", "scholars", "lawyer", "lawyers", "judge", "judges",
            "businessman", "businessmen", "chief", "chiefs", "mayor", "mayors", "headman",
            "elder", "elders", "councillor", "councillors", "diplomat", "diplomats",
            "ambassador", "engineer", "engineers", "contractor", "contractors", "pastor",
            "pastors", "bishop", "missionary", "missionaries", "settler", "settlers",
            "shepherd", "shepherds", "woodcutters", "labourers", "laborers", "traveler",
            "travelers", "travellers", "commuters", "motorists", "motorcyclist", "owner",
        )},
        **{w: "state_forces" for w in (
            "soldier", "soldiers", "troop", "troops", "policeman", "policemen",
            "police", "policewoman", "officer", "officers", "servicemen", "serviceman",
            "servicemembers", "marine", "marines", "sailor", "sailors", "airman",
            "airmen", "gendarme", "gendarmes", "guardsmen", "personnel", "commander",
            "commanders", "general", "army", "military", "agent", "agents", "trooper",
            "troopers", "constable", "constables", "paratroopers", "commandos",
            "peacekeeper", "peacekeepers", "bodyguards", "bodyguard", "deputy", "deputies",
            "sheriff", "cop", "cops", "ranger", "rangers", "conscripts", "recruits",
            "security", "forces", "force",
        )},
        **{w: "armed_group" for w in (
            "rebel", "rebels", "militant", "militants", "insurgent", "insurgents",
            "jihadist", "jihadists", "fighter", "fighters", "militiaman", "militiamen",
            "militia", "militias", "guerrilla", "guerrillas", "guerillas", "terrorist",
            "terrorists", "extremist", "extremists", "islamists", "islamist", "combatant",
            "combatants", "gunmen", "separatists", "separatist", "mujahideen", "attackers",
            "raiders", "assailants",
        )},
        **{w: "perpetrator" for w in (
            "gunman", "shooter", "bomber", "bombers", "attacker", "assailant", "suspect",
            "suspects", "perpetrator", "perpetrators", "killer", "hijacker", "hijackers",
        )},
        **{w: "unknown" for w in (
            "people", "person", "persons", "individual", "individuals", "man", "men",
            "others", "other", "adults", "adult", "males",
            "male", "females", "female", "humans", "souls", "hostage", "crew", "occupants",
            "ones", "inhabitants", "citizens", "nationals", "foreigners", "locals",
            "persons", "lady", "ladies", "gentleman",
            # suspected criminals are no side of a conflict
            "bandit", "bandits", "pirates", "gangsters", "gang", "cultists", "kidnappers",
            "poachers", "smugglers", "traffickers", "robbers", "thieves", "criminals",
        )},
    }
)
# Modifiers that decide a generic noun's side ("pro-regime fighters", "government troops").
STATE_MODIFIERS: Final = frozenset(
    {"regime", "pro-regime", "government", "pro-government", "army", "security",
     "police", "military", "state", "loyalist", "federal", "national", "presidential"}
)
# A figure followed by one of these counts things or time, never people.
NOT_PEOPLE: Final = frozenset(
    {"years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour",
     "degrees",
     "minutes", "minute", "seconds", "decades", "decade", "centuries", "km", "kilometres",
     "kilometers", "miles", "mile", "metres", "meters", "feet", "foot", "kg", "tons",
     "tonnes", "percent", "per", "%", "dollars", "euros", "pounds", "$", "times",
     "am", "pm", "a.m", "p.m", "o'clock", "highways", "roads", "houses", "homes",
     "buildings", "vehicles", "cars", "trucks", "shells", "rockets", "missiles", "bombs",
     "drones", "aircraft", "planes", "helicopters", "tanks", "villages", "towns",
     "cities", "districts", "provinces", "sites", "shots", "rounds", "bullets", "guns",
     "weapons", "rifles", "grenades", "mortar", "mortars", "churches", "mosques",
     "schools", "hospitals", "points", "goals", "votes", "seats", "inches", "storeys",
     "floors", "degrees", "acres", "hectares", "square", "million-dollar", "yuan",
     "rupees", "naira", "shillings", "km2", "counts", "charges", "cases", "incidents",
     "attacks", "explosions", "blasts", "occasions", "ways", "sides", "parts", "pages",
     "nights", "weekends", "mph", "cattle", "cows", "goats", "sheep", "camels", "heads",
     "livestock", "animals", "dogs", "businesses", "shops", "stores", "boats",
     "ships", "kilograms", "pieces", "items", "families'", "year-old", "years-old",
     "members'", "locations", "positions", "checkpoints", "bases", "camps", "operations",
     "strikes", "airstrikes", "raids", "clashes", "assaults", "rallies", "protests",
     "drone", "plane", "helicopter", "vehicle", "car", "truck", "bus", "building", "house",
     "home", "bomb", "device", "shell", "rocket", "missile", "convoy", "train", "boat",
     "ship", "jet", "tank", "office", "station", "school", "church", "mosque",
     "market", "checkpoint", "base", "camp", "village", "town", "city", "area", "hotel",
     "embassy", "consulate", "store", "shop", "restaurant", "bar", "mine", "grenade",
     "explosion", "blast", "attack", "fire", "vote", "time", "way", "fighting", "conflict", "war", "violence", "offensive",
     "assault", "incident", "shooting", "clash", "raid", "strike", "airstrike", "bombing",
     "district", "province", "region", "county", "neighbourhood", "neighborhood", "street",
     "road", "highway", "park", "zone", "territory", "country", "capital", "state",
     "number", "total", "toll", "figure", "tally", "count",
    }
)
MONTHS: Final = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
     "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)

# -- sources ----------------------------------------------------------------------------
REPORTING_VERBS: Final = frozenset(
    {"said", "says", "say", "reported", "reports", "report", "told", "tells", "confirmed",
     "confirms", "announced", "announces", "stated", "states", "claimed", "claims",
     "added", "adds", "estimated", "estimates", "counted", "tallied", "according",
     "quoted", "cited", "noted", "insisted", "warned", "explained", "tweeted"}
)
# Titles that make "Observatory chief Rami Abdel Rahman" speak for the organisation.
SPEAKER_TITLES: Final = frozenset(
    {"chief", "head", "director", "spokesman", "spokeswoman", "spokesperson",
     "official", "officials", "president", "minister", "commander", "chairman",
     "secretary", "leader", "founder", "representative", "researcher", "analyst"}
)
PRONOUN_SOURCES: Final = frozenset({"it", "he", "she", "they"})
# Lower-case nouns that name a source ("police said", "local monitors say").
SOURCE_NOUNS: Final = frozenset(
    {"monitor", "monitors", "police", "official", "officials", "source", "sources", "witness",
     "witnesses", "army", "military", "spokesman", "spokeswoman", "spokesperson", "ministry",
     "authorities", "resident", "residents", "media", "agency", "group", "statement",
     "observatory", "government", "activist", "activists", "medic", "medics", "doctor",
     "doctors", "hospital", "rescuers", "officer", "officers", "survivors", "relatives",
     "villagers", "reports", "report", "journalists", "investigators", "prosecutors"}
)

# -- time ---------------------------------------------------------------------------------
# Cues of a running total rather than one event.
CUMULATIVE_CUES: Final = (
    ("to", "date"), ("so", "far", "this"), ("since", "it", "began"),
    ("since", "the", "start"), ("since", "the", "beginning"),
)
# "since Friday", "in the past weeks": a cue word, then a time word within two words.
CUMULATIVE_OPENERS: Final = frozenset({"since", "past", "last", "recent"})
TIME_WORDS: Final = frozenset(
    {"weeks", "months", "years", "decade", "decades", "year", "month", "week", "fortnight"}
)
# Subjects whose present-perfect tolls are running totals ("the conflict has killed").
CAMPAIGN_NOUNS: Final = frozenset(
    {"conflict", "war", "assault", "offensive", "campaign", "violence", "insurgency",
     "crisis", "epidemic", "pandemic", "uprising", "fighting", "wars", "unrest"}
)
WEEKDAYS: Final = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
PERIOD_WORDS: Final = frozenset(
    {"overnight", "yesterday", "today", "tonight", "weekend", "morning", "evening",
     "afternoon", "night", *WEEKDAYS}
)

# -- sentences ------------------------------------------------------------------------------
# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS: Final = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl",
     "pvt", "gov", "sen", "rep", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co",
     "corp", "approx", "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
     "sep", "sept", "oct", "nov", "dec", "mt", "ft", "rev", "hon", "adm", "brig", "cmdr",
     "u.s", "u.n", "u.k", "e.g", "i.e", "a.m", "p.m"}
)
