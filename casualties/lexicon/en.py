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
