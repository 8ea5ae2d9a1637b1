r"""The alphabet of the cascade's first layer (L1, :mod:`casualties.wordclass`), as data.

Every unit of a text (a token, a figure, or a multi-word expression merged into one unit)
gets one class character. The words of each class are built from the tables of
:mod:`casualties.lexicon.en` where they exist; the small tables here hold only what
``en`` lacks (be / have forms, prepositions, determiners, the forms of each outcome verb...).

Why these classes, beyond the first sketch of CASCADE.md:

- ``v`` (an outcome verb's base or present form: "kill", "kills") is apart from ``V``: a
  headline's "Blast kills 12" is active, while ``V`` may be a participle.
- ``e`` (event nouns: attack, blast, war) and ``k`` (linking verbs: "found dead", "left
  3 dead", "the toll rose to 50") are apart from ``n`` / ``w``, so that frames can name the
  subject of "the blast killed" and the verb of "the toll rose to" by class.
- ``o`` ("of") is apart from ``P`` and ``I``: it links outcome nouns to victims ("the
  killing of 16"), parts to wholes ("four of them") and tolls to figures ("a toll of 50").
- ``r`` (adverbs) lets a verb group read "were reportedly killed" by class.
- ``;``, ``"`` (quotation marks) and ``'`` (the possessive "'s") are kept apart from
  ``s``: a semicolon separates events in coder notes, quotes bound reported speech.

Ambiguity: a word that belongs to several classes is declared in :data:`AMBIGUITIES` with
its default class and the others; L1 writes the default and records the others on the unit
for L2 to decide. The lexicon integrity test (``tests/test_wordclass.py``) refuses any
undeclared overlap.

>>> CLASS_OF["civilians"], CLASS_OF["killed"], CLASS_OF["killing"], CLASS_OF["toll"]
('N', 'V', 'g', 'T')
>>> AMBIGUOUS["injured"].default, AMBIGUOUS["injured"].others
('V', 'O')
>>> MULTIWORDS[("shot", "dead")], OUTCOME_OF["shot dead"]
('V', 'killed')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import product
from types import MappingProxyType
from typing import Final, NamedTuple

from . import en

__all__ = [
    "ACRONYMS",
    "AGE_MARKERS",
    "AGE_UNITS",
    "ALPHABET",
    "AMBIGUITIES",
    "AMBIGUOUS",
    "BE_FORMS",
    "BY_NEIGHBOURS",
    "CLASS_OF",
    "CLASS_WORDS",
    "CLOCK_WORDS",
    "CONDITION_PHRASES",
    "CONDITION_WORDS",
    "COORDINATOR_FRAGMENTS",
    "CURRENCY_SYMBOLS",
    "DETERMINERS",
    "DURATION_UNITS",
    "EN_MISSING_FORMS",
    "EXTRA_ADVERBS",
    "EXTRA_COORDINATORS",
    "HOSPITAL_VERBS",
    "HAVE_FORMS",
    "INCIDENT_NOUNS",
    "LIFE_TAKER_CLASS",
    "LINKING_VERBS",
    "MODALS",
    "MULTIWORDS",
    "NEGATIONS",
    "NOUN_AND_VERB",
    "OUTCOME_OF",
    "OUTCOME_VERBS",
    "PERCENT_WORDS",
    "PREPOSITIONS",
    "PRONOUNS",
    "QUESTION_MARKERS",
    "RELATIVES",
    "SYMBOL_CLASS",
    "TIME_UNITS",
    "TOLL_FIGURES",
    "TOLL_LINKS",
    "TO_DEATH_PRESENT",
    "TO_DEATH_VERBS",
    "TRIGGER_CLASSES",
    "WOUND_COUNTS",
    "YEARS",
    "Ambiguity",
    "Multiword",
    "Neighbours",
    "VerbForms",
]

#: One character per class: what the class holds.
ALPHABET: Final[Mapping[str, str]] = MappingProxyType(
    {
        "F": "a figure read by quantifiers ('at least 11', 'dozens', 'no one'): one unit for all its tokens",
        "d": "a number that counts no one: year, age, date, clock time, money, percent, ordinal, other digits",
        "N": "a person noun, a victim head ('civilians', 'soldiers', 'people', 'mayor')",
        "n": "a thing noun ('cows', 'vehicles', 'houses', 'km')",
        "e": "an event noun ('attack', 'blast', 'clash', 'war', 'earthquake')",
        "V": "an outcome verb, past form or participle ('killed', 'died', 'shot dead', 'lost their lives')",
        "v": "an outcome verb, base or present form ('kill', 'kills', 'dies')",
        "g": "an outcome verb, -ing form ('killing', 'wounding')",
        "O": "an outcome noun or adjective ('dead', 'deaths', 'casualties', 'missing')",
        "T": "a toll noun ('toll', 'tally', 'death toll')",
        "k": "a linking verb: status or toll change ('found', 'feared', 'left', 'remain', 'rose', 'stood')",
        "b": "a form of 'be'",
        "h": "a form of 'have'",
        "m": "a modal or other auxiliary ('will', 'could', 'did', 'got')",
        "P": "a preposition ('in', 'by', 'after')",
        "o": "'of'",
        "t": "'to' or 'at' (the link of a toll to its figure)",
        "C": "a coordinator ('and', 'or', 'as well as')",
        "I": "a part marker ('including', 'among')",
        "R": "a relative ('who', 'which', 'that', 'where')",
        "S": "a reporting verb ('said', 'told', 'according to')",
        "D": "a determiner or possessive ('the', 'a', 'their')",
        "p": "a pronoun ('they', 'them', 'it')",
        "X": "a negation ('not', 'no', 'never', the 't of \"wasn't\")",
        "Q": "a time word (weekday, month, 'yesterday', 'overnight', 'days')",
        "r": "an adverb ('reportedly', 'critically', 'later')",
        "Y": "a capitalised word of a name ('Kabul', 'Reuters')",
        "w": "any other word",
        "s": "any other symbol",
        ",": "a comma",
        "(": "an opening bracket",
        ")": "a closing bracket",
        "-": "a dash",
        ":": "a colon",
        ";": "a semicolon",
        '"': "a quotation mark",
        "'": "a possessive ('s, or ' after a plural)",
        ".": "a sentence end (its full stop, or an empty unit where a sentence ends without one)",
    }
)

#: Classes that make a sentence worth reading past L1 (the prefilter).
TRIGGER_CLASSES: Final = frozenset("VvgOT")


# -- outcome verbs, with all their forms ---------------------------------------------------
class VerbForms(NamedTuple):
    """The forms of one outcome verb ("" for a form that is not read as this verb)."""

    lemma: str
    present: str  # third person ("kills"); the lemma is the base form
    past: str
    participle: str
    ing: str
    outcome: str


#: Every outcome verb of ``en``'s outcome tables, with its forms. A form left "" is a word
#: that is not read as the verb: "gun" / "guns" are things, "burn" / "burns" injuries.
OUTCOME_VERBS: Final = (
    VerbForms("kill", "kills", "killed", "killed", "killing", "killed"),
    VerbForms("die", "dies", "died", "died", "dying", "killed"),
    VerbForms("slay", "slays", "slew", "slain", "slaying", "killed"),
    VerbForms("murder", "murders", "murdered", "murdered", "murdering", "killed"),
    VerbForms("execute", "executes", "executed", "executed", "executing", "killed"),
    VerbForms("massacre", "massacres", "massacred", "massacred", "massacring", "killed"),
    VerbForms("slaughter", "slaughters", "slaughtered", "slaughtered", "slaughtering", "killed"),
    VerbForms("perish", "perishes", "perished", "perished", "perishing", "killed"),
    VerbForms("behead", "beheads", "beheaded", "beheaded", "beheading", "killed"),
    VerbForms("decapitate", "decapitates", "decapitated", "decapitated", "decapitating", "killed"),
    VerbForms("", "", "strangled", "strangled", "strangling", "killed"),  # "strangle" is TO_DEATH_PRESENT
    VerbForms("", "", "butchered", "butchered", "butchering", "killed"),  # "a butcher" is a person
    VerbForms("assassinate", "assassinates", "assassinated", "assassinated", "assassinating", "killed"),
    VerbForms("lynch", "lynches", "lynched", "lynched", "lynching", "killed"),
    VerbForms("", "", "martyred", "martyred", "martyring", "killed"),  # "the martyrs" are people
    VerbForms("drown", "drowns", "drowned", "drowned", "drowning", "killed"),
    VerbForms("", "", "burned", "burned", "", "killed"),
    VerbForms("succumb", "succumbs", "succumbed", "succumbed", "succumbing", "killed"),
    VerbForms("", "", "gunned", "gunned", "gunning", "killed"),
    VerbForms("bury", "buries", "buried", "buried", "burying", "killed"),
    VerbForms("shoot", "shoots", "shot", "shot", "shooting", "injured"),  # killing only with "dead" etc.
    VerbForms("wound", "wounds", "wounded", "wounded", "wounding", "injured"),
    VerbForms("injure", "injures", "injured", "injured", "injuring", "injured"),
    VerbForms("hurt", "hurts", "hurt", "hurt", "hurting", "injured"),
    VerbForms("maim", "maims", "maimed", "maimed", "maiming", "injured"),
    VerbForms("stab", "stabs", "stabbed", "stabbed", "stabbing", "injured"),
    VerbForms("hospitalise", "hospitalises", "hospitalised", "hospitalised", "hospitalising", "injured"),
    VerbForms("hospitalize", "hospitalizes", "hospitalized", "hospitalized", "hospitalizing", "injured"),
    VerbForms("abduct", "abducts", "abducted", "abducted", "abducting", "abducted"),
    VerbForms("kidnap", "kidnaps", "kidnapped", "kidnapped", "kidnapping", "abducted"),
    VerbForms("capture", "captures", "captured", "captured", "capturing", "abducted"),
    VerbForms("seize", "seizes", "seized", "seized", "seizing", "abducted"),
    VerbForms("detain", "detains", "detained", "detained", "detaining", "detained"),
    VerbForms("arrest", "arrests", "arrested", "arrested", "arresting", "detained"),
    VerbForms("jail", "jails", "jailed", "jailed", "jailing", "detained"),
    VerbForms("apprehend", "apprehends", "apprehended", "apprehended", "apprehending", "detained"),
    VerbForms("displace", "displaces", "displaced", "displaced", "displacing", "displaced"),
    VerbForms("flee", "flees", "fled", "fled", "fleeing", "displaced"),
    VerbForms("evacuate", "evacuates", "evacuated", "evacuated", "evacuating", "displaced"),
)

_EN_OUTCOME_WORDS: Final = frozenset(en.OUTCOME_WORDS) | frozenset(en.OUTCOME_NOUNS)


def _verb_words(slot: str) -> frozenset[str]:
    """The forms in ``slot`` ("base", "present", "past", "participle", "ing") of every outcome verb."""
    if slot == "base":
        return frozenset(v.lemma for v in OUTCOME_VERBS) - {""}
    return frozenset(getattr(v, slot) for v in OUTCOME_VERBS) - {""}


_PAST: Final = _verb_words("past") | _verb_words("participle")
_PRESENT: Final = _verb_words("base") | _verb_words("present")
_ING: Final = _verb_words("ing")

#: Outcome verb forms that ``en``'s outcome tables (OUTCOME_WORDS, OUTCOME_NOUNS) lack;
#: L1 reads them all the same ("dying", "stabbing", "fleeing").
EN_MISSING_FORMS: Final = frozenset(
    {
        *("abduct", "abducts", "assassinate", "assassinates", "assassinating", "behead", "beheads"),
        *("buries", "bury", "burying", "capture", "captures", "capturing", "detain", "detains"),
        *("displace", "displaces", "drown", "drowning", "drowns", "dying", "evacuate", "evacuates"),
        *("evacuating", "execute", "executes", "fleeing", "flees", "gunning", "hospitalise"),
        *("hospitalises", "hospitalising", "hospitalize", "hospitalizes", "hospitalizing", "hurts"),
        *("injure", "jail", "jailing", "jails", "kidnaps", "lynch", "lynches", "lynching", "maim"),
        *("maiming", "maims", "massacres", "perish", "perishes", "perishing", "seize", "seizes"),
        *("seizing", "shoot", "shoots", "slaughtering", "slaughters", "slay", "slays", "stab"),
        *("stabbing", "stabs", "succumb", "succumbing", "succumbs", "wound"),
        *("apprehend", "apprehends", "apprehended", "apprehending"),
        *("martyring",),
        *("decapitate", "decapitates", "decapitating", "strangling", "butchering"),
    }
)

# -- small tables of words en.py lacks -----------------------------------------------------
BE_FORMS: Final = frozenset({"be", "is", "are", "was", "were", "been", "being", "am", "isn", "aren", "wasn", "weren"})
HAVE_FORMS: Final = frozenset({"have", "has", "had", "having", "hasn", "haven", "hadn"})
MODALS: Final = frozenset(
    {
        *("will", "would", "could", "can", "cannot", "may", "might", "must", "shall", "should"),
        *("do", "does", "did", "didn", "doesn", "don", "couldn", "wouldn", "shouldn", "mustn"),
        *("get", "gets", "got", "gotten", "getting"),
    }
)
PREPOSITIONS: Final = frozenset(
    {
        *("in", "on", "by", "from", "near", "after", "during", "with", "for", "since", "into"),
        *("across", "inside", "outside", "around", "throughout", "following", "amid", "amidst"),
        *("before", "over", "under", "between", "against", "about", "through", "toward", "towards"),
        *("along", "behind", "off", "upon", "within", "without", "beyond", "via", "than"),
        *("like", "despite", "onto", "until", "till", "as", "beside", "beneath", "below", "above"),
        *("out", "up", "down", "except", "unlike", "versus", "nearby"),
    }
)
TOLL_LINKS: Final = frozenset({"to", "at"})
EXTRA_COORDINATORS: Final = frozenset({"or", "but", "nor", "&"})
# Words of en.COORDINATORS that join only inside a multi-word coordinator, or are symbols.
COORDINATOR_FRAGMENTS: Final = frozenset({",", "as", "well", "along", "with", "together", "addition", "--", "—", "–"})
RELATIVES: Final = frozenset({"who", "whom", "whose", "which", "that", "where", "when"})
DETERMINERS: Final = frozenset(
    {
        *("the", "this", "these", "those", "that", "his", "her", "their", "its", "our", "my", "your"),
        *("each", "every", "all", "both", "any", "some", "another", "either", "such"),
    }
)
PRONOUNS: Final = frozenset(
    {
        *("him", "them", "we", "us", "i", "you", "me", "himself", "herself", "itself", "themselves"),
        *("someone", "somebody", "anyone", "anybody", "everyone", "everybody", "whoever"),
    }
)
NEGATIONS: Final = frozenset({"not", "never", "no", "none", "nobody", "neither", "nothing"})
TIME_UNITS: Final = frozenset(
    {
        *("day", "days", "hour", "hours", "minute", "minutes", "seconds", "nights", "weekends"),
        *("century", "centuries", "ago", "dawn", "dusk", "midnight", "noon"),
    }
)
INCIDENT_NOUNS: Final = frozenset(
    {
        *("attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion", "explosions"),
        *("clash", "clashes", "raid", "raids", "strike", "strikes", "airstrike", "airstrikes"),
        *("incident", "incidents", "shooting", "shootings", "shelling", "fighting", "ambush", "ambushes"),
        *("operation", "operations", "fire", "fires", "crash", "crashes", "accident", "accidents"),
        *("collision", "flood", "floods", "flooding", "earthquake", "quake", "storm", "cyclone"),
        *("hurricane", "typhoon", "landslide", "landslides", "stampede", "outbreak", "riot", "riots"),
        *("battle", "battles", "firefight", "gunfight", "shootout", "bombardment", "siege", "assaults"),
    }
)
LINKING_VERBS: Final = frozenset(
    {
        *("found", "feared", "believed", "thought", "presumed", "listed", "declared", "pronounced"),
        *("left", "leaving", "leave", "leaves", "lay", "lie", "lies", "lying"),
        *("remain", "remained", "remaining", "remains"),
        *("rose", "rise", "rises", "risen", "rising", "climbed", "climbs", "climbing", "jumped"),
        *("reached", "reaches", "reaching", "stood", "stand", "stands", "standing", "hit", "hits"),
        *("reach", "climb"),  # "the toll could reach 60"
        *("mounted", "topped", "increased", "increases", "numbered", "put", "puts"),
        *("range", "ranges", "ranged", "ranging", "brought", "bringing", "brings", "raised", "raising"),
        # a status taken on ("sustained injuries", "suffered gunshot wounds") or recorded ("coded as 7")
        *("suffer", "suffers", "suffered", "suffering", "sustain", "sustains", "sustained", "sustaining"),
        *("receive", "receives", "received", "receiving"),  # "another 30 received wounds"
        *("coded",),
        *("seem", "seems", "seemed", "appear", "appears", "appeared"),  # "Dozens seem to have died"
    }
)
EXTRA_ADVERBS: Final = frozenset(
    {"still", "already", "just", "only", "even", "again", "nearly", "almost", "too", "soon", "ever", "allegedly"}
)


# -- the words of each class ---------------------------------------------------------------
_TIME: Final = en.WEEKDAYS | en.MONTHS | en.PERIOD_WORDS | en.TIME_WORDS | TIME_UNITS
_EVENTS: Final = en.CAMPAIGN_NOUNS | INCIDENT_NOUNS
# Outcome nouns that are also forms of an outcome verb ("the killing of", "the murder of").
NOUN_AND_VERB: Final = frozenset(
    {"killing", "kidnapping", "wounding", "injuring", "murder", "murders", "massacre", "slaughter"}
    | {"kidnap", "arrest", "arrests", "wounds"}
)
_OUTCOME_NOUNS: Final = (
    frozenset(en.OUTCOME_WORDS)
    | frozenset(en.OUTCOME_NOUNS)
    | en.OUTCOME_NOUN_TOTALS
    | frozenset(en.TOLL_OUTCOME)
) - (_PAST | _ING | _PRESENT)

#: The words of each class (a word in several is declared in :data:`AMBIGUITIES`).
CLASS_WORDS: Final[Mapping[str, frozenset[str]]] = MappingProxyType(
    {
        "N": frozenset(en.PARTY_NOUNS) - en.DEMONYMS,  # a nationality: by its neighbours
        "n": en.NOT_PEOPLE - _TIME - _EVENTS - en.TOLL_WORDS,
        "e": _EVENTS,
        "V": _PAST,
        "v": _PRESENT,
        "g": _ING,
        "O": _OUTCOME_NOUNS | NOUN_AND_VERB,
        "T": en.TOLL_WORDS,
        "k": LINKING_VERBS,
        "b": BE_FORMS,
        "h": HAVE_FORMS,
        "m": MODALS,
        "P": PREPOSITIONS,
        "o": frozenset({en.OF}),
        "t": TOLL_LINKS,
        "C": (en.COORDINATORS - COORDINATOR_FRAGMENTS) | EXTRA_COORDINATORS,
        "I": en.PART_MARKERS - {en.OF},
        "R": RELATIVES,
        "S": en.REPORTING_VERBS,
        "D": (en.ARTICLES - {"one"}) | DETERMINERS,
        "p": en.PRONOUN_SOURCES | PRONOUNS,
        "X": NEGATIONS,
        "Q": _TIME,
        "r": frozenset(w for w in en.AUXILIARIES | en.ASIDE_OPENERS if w.endswith("ly"))
        | en.PART_ADVERBS
        | (en.SENTENCE_ADVERBS - _TIME)
        | EXTRA_ADVERBS,
    }
)


# -- declared ambiguities --------------------------------------------------------------------
class Ambiguity(NamedTuple):
    """A word's default class, its other classes, and why the default is the default.

    ``capitalised`` is the class it takes written with a capital inside a sentence
    ("in May"), "" when that changes nothing.
    """

    default: str
    others: str
    why: str
    capitalised: str = ""


#: Words with several classes: (words, how L1 reads them).
AMBIGUITIES: Final[tuple[tuple[tuple[str, ...], Ambiguity], ...]] = (
    (
        ("injured", "wounded", "displaced"),
        Ambiguity("V", "O", "a participle reads as a verb; L2 makes it a status inside a noun group"),
    ),
    (
        ("killing", "kidnapping", "wounding", "injuring"),
        Ambiguity("g", "O", "'killing 12 people' is more frequent than 'the killing of'"),
    ),
    (
        ("murder", "murders", "massacre", "slaughter", "kidnap", "arrest", "arrests", "wounds"),
        Ambiguity("O", "v", "news uses these as nouns ('the murder of') more than as present verbs"),
    ),
    (("hurt",), Ambiguity("V", "v", "the past and the base form are one word; the past is the frequent one")),
    (("remains",), Ambiguity("O", "k", "'the remains of' (bodies) and 'the toll remains at' are both common")),
    (("shooting",), Ambiguity("e", "g", "'a shooting' (the event) outnumbers 'shooting 5 people'")),
    (
        ("hostage", "hostages", "captive", "captives", "refugees"),
        Ambiguity("N", "O", "a victim noun first; 'taken hostage' is merged"),
    ),
    (("number", "total", "figure"), Ambiguity("n", "T", "'the number of dead' is a toll only before an outcome")),
    (("that",), Ambiguity("R", "D", "a relative or complementiser more often than 'that day'")),
    (("may",), Ambiguity("m", "Q", "a modal, but a month written 'May' inside a sentence", capitalised="Q")),
    (("march",), Ambiguity("Q", "w", "the month; 'a protest march' is rare in casualty reports")),
    (("am",), Ambiguity("b", "n", "'I am' in quotes; '10 am' is merged into a clock time")),
    (("as",), Ambiguity("P", "C", "'reported as injured'; 'as well as' is merged into C")),
    (("among",), Ambiguity("I", "P", "a part marker ('were among the dead') more often than a place")),
    (("while",), Ambiguity("C", "P", "joins two outcomes ('killing 5 while wounding 3')")),
    (("her",), Ambiguity("D", "p", "'her husband'; a pronoun where no noun follows ('shot her in the leg')")),
)

AMBIGUOUS: Final[Mapping[str, Ambiguity]] = MappingProxyType({w: a for words, a in AMBIGUITIES for w in words})


def _class_of(classes: Mapping[str, Iterable[str]], ambiguous: Mapping[str, Ambiguity]) -> Mapping[str, str]:
    """Each word's default class: its declared default, else the first class that holds it."""
    out: dict[str, str] = {}
    for code, words in classes.items():
        for word in words:
            out.setdefault(word, code)
    out.update((w, a.default) for w, a in ambiguous.items())
    return MappingProxyType(out)


#: The default class of every word of the lexicon.
CLASS_OF: Final = _class_of(CLASS_WORDS, AMBIGUOUS)

#: Symbols and their classes; a symbol not here is ``s`` ("." is ``.`` only at a sentence end).
SYMBOL_CLASS: Final[Mapping[str, str]] = MappingProxyType(
    {
        ",": ",",
        **dict.fromkeys("([{", "("),
        **dict.fromkeys(")]}", ")"),
        **dict.fromkeys("-–—‒―", "-"),
        ":": ":",
        ";": ";",
        **dict.fromkeys("\"“”„«»‘’'", '"'),
        "&": "C",
        "%": "n",
    }
)


# -- multi-word expressions -------------------------------------------------------------------
class Multiword(NamedTuple):
    """A word tuple read as one unit: its class and the outcome it states ("" for none)."""

    words: tuple[str, ...]
    code: str
    outcome: str = ""


_POSSESSIVES: Final = ("his", "her", "their", "its")
_LIFE: Final = ("life", "lives")
# Participles that "to death" makes a killing ("beaten to death"; not "sentenced to death").
TO_DEATH_VERBS: Final = frozenset(
    {"beaten", "beat", "burned", "burnt", "crushed", "hacked", "stabbed", "stoned", "shot", "starved", "trampled"}
    | {"bludgeoned", "tortured", "clubbed", "frozen", "choked", "strangled", "battered", "kicked", "lynched"}
    | {"clobbered", "mauled", "bashed", "axed", "knifed", "flogged", "whipped", "cudgelled", "cudgeled"}
)
# Participles that "to hospital" makes an injury ("were taken to hospital", "rushed to the hospital").
HOSPITAL_VERBS: Final = ("taken", "rushed", "admitted", "airlifted", "flown", "carried", "transported", "transferred")
# What may stand between "to" and "hospital(s)" ("taken to a nearby hospital", "rushed to local hospitals").
HOSPITAL_DETERMINERS: Final = (
    *((), ("a",), ("the",), ("local",), ("nearby",), ("area",), ("several",), ("various",), ("different",)),
    *(("a", "local"), ("a", "nearby"), ("the", "nearest"), ("the", "local"), ("a", "private")),
)
# Base and present forms that "to death" makes a killing ("vigilantes stone to death two men").
TO_DEATH_PRESENT: Final = frozenset(
    {"burn", "burns", "hack", "hacks", "stab", "stabs", "stone", "stones", "beats", "club", "clubs", "starve"}
    | {"starves", "crush", "crushes", "trample", "tramples", "torture", "tortures", "strangle", "strangles"}
    | {"lynch", "lynches"}
)
# Nouns that make a toll after an outcome noun besides en.TOLL_WORDS ("the casualty figure
# rose to nine", "death figures"); alone they are no toll ("a figure of eight").
TOLL_FIGURES: Final = frozenset({"figure", "figures"})
# What may stand before "injuries" / "wounds" after "treated for" ("were treated for gunshot wounds").
_TREATED_FOR: Final = ((), ("minor",), ("serious",), ("gunshot",), ("burn",), ("their",), ("various",))
_AT: Final = ("in", "at")
_HARMS: Final = ("injuries", "wounds")
# Other harms that "treated for" makes an injury ("were treated for burns"); not "smoke
# inhalation" or "shock", which coders do not count as injuries.
_TREATED_HARMS: Final = (
    *(("burns",), ("minor", "burns"), ("severe", "burns"), ("cuts",), ("cuts", "and", "bruises"), ("fractures",)),
    *(("stab", "wounds"), ("a", "gunshot", "wound"), ("a", "stab", "wound")),
)
# The forms of "escape" before "with" and a harm ("escaped with minor injuries").
_ESCAPED: Final = ("escaped", "escape", "escapes", "escaping")
# How the injured are taken to hospital ("were taken by ambulance to hospital").
_CONVEYANCES: Final = ("ambulance", "helicopter", "bus")
# Adjectives of the condition of the injured ("were in critical condition", "in a serious condition").
CONDITION_WORDS: Final = ("critical", "serious", "grave", "stable", "severe")
# The phrases of a condition, each one injured unit of L1 ("in critical condition", "in a
# serious condition").
CONDITION_PHRASES: Final = tuple(("in", *d, a, "condition") for a, d in product(CONDITION_WORDS, ((), ("a",))))
# The class of each verb of en.LIFE_TAKERS when it opens "claimed the lives of".
LIFE_TAKER_CLASS: Final[Mapping[str, str]] = MappingProxyType(
    {"claimed": "V", "took": "V", "cost": "V", "claiming": "g", "taking": "g", "costing": "g"}
    | {"claim": "v", "claims": "v", "take": "v", "takes": "v"}
)
_LOSE_CLASS: Final[Mapping[str, str]] = MappingProxyType({"lost": "V", "lose": "v", "loses": "v", "losing": "g"})
# The forms of "blow" that a pronoun after them makes an outcome verb, and their class
# there: a bomber's own death ("blew himself up", "blowing herself up"); not "blew up a
# bridge", nor the infinitive ("tried to blow himself up").
SELF_BLAST: Final[Mapping[str, str]] = MappingProxyType({"blew": "V", "blown": "V", "blowing": "g", "blows": "v"})

_FIXED_MULTIWORDS: Final = (
    Multiword(("as", "well", "as"), "C"),
    Multiword(("along", "with"), "C"),
    Multiword(("together", "with"), "C"),
    Multiword(("in", "addition", "to"), "C"),
    Multiword(("according", "to"), "S"),
    Multiword(("due", "to"), "P"),
    Multiword(("because", "of"), "P"),
    Multiword(("as", "a", "result", "of"), "P"),
    Multiword(("in", "the", "wake", "of"), "P"),
    Multiword(("among", "them"), "I"),
    Multiword(("such", "as"), "I"),
    Multiword(("per", "cent"), "n"),
    Multiword(("so", "far"), "r"),  # "have so far been confirmed killed"
    Multiword(("thus", "far"), "r"),
    Multiword(("body", "count"), "T", "killed"),
    Multiword(("shot", "dead"), "V", "killed"),
    Multiword(("shooting", "dead"), "g", "killed"),
    Multiword(("gunned", "down"), "V", "killed"),
    Multiword(("gunning", "down"), "g", "killed"),
    Multiword(("gun", "down"), "v", "killed"),
    Multiword(("hacked", "down"), "V", "killed"),
    Multiword(("hacking", "down"), "g", "killed"),
    Multiword(("internally", "displaced"), "V", "displaced"),  # "internally displaced persons"
    Multiword(("forced", "from", "their", "homes"), "V", "displaced"),  # "were forced from their homes"
    Multiword(("driven", "from", "their", "homes"), "V", "displaced"),
    Multiword(("guns", "down"), "v", "killed"),
    Multiword(("shot", "and", "killed"), "V", "killed"),
    Multiword(("shot", "and", "wounded"), "V", "injured"),
    Multiword(("shot", "and", "injured"), "V", "injured"),
    Multiword(("fatally", "shot"), "V", "killed"),
    Multiword(("fatally", "shooting"), "g", "killed"),
    Multiword(("fatally", "wounded"), "V", "killed"),
    Multiword(("mortally", "wounded"), "V", "killed"),
    Multiword(("fatally", "injured"), "V", "killed"),
    Multiword(("fatally", "stabbed"), "V", "killed"),
    Multiword(("taken", "hostage"), "V", "abducted"),
    Multiword(("taken", "captive"), "V", "abducted"),
    Multiword(("held", "hostage"), "V", "abducted"),
    Multiword(("to", "death"), "O", "killed"),  # after its object: "shot two men to death", "put to death"
    Multiword(("in", "critical", "condition"), "O", "injured"),  # "two are in critical condition"
    Multiword(("in", "a", "critical", "condition"), "O", "injured"),
    Multiword(("in", "serious", "condition"), "O", "injured"),
    Multiword(("taken", "into", "custody"), "V", "detained"),  # "the suspect was taken into custody"
    Multiword(("taken", "into", "police", "custody"), "V", "detained"),
    Multiword(("placed", "under", "arrest"), "V", "detained"),
    # "the suspect was taken to a police station"
    *(Multiword(("taken", "to", d, "police", "station"), "V", "detained") for d in ("a", "the")),
    Multiword(("in", "custody"), "O", "detained"),  # "the gunman is in custody", "suspect in custody"
    Multiword(("in", "police", "custody"), "O", "detained"),
    Multiword(("in", "detention"), "O", "detained"),  # "two students remain in detention"
    Multiword(("under", "arrest"), "O", "detained"),
    Multiword(("in", "hospital"), "O", "injured"),  # "three people are in hospital" (never "in the hospital": a place)
    Multiword(("in", "a", "coma"), "O", "injured"),  # "two women are in a coma"
    Multiword(("in", "coma"), "O", "injured"),
    Multiword(("not", "accounted", "for"), "O", "missing"),  # "12 are not accounted for"
    *(Multiword((h, "not", "been", "accounted", "for"), "O", "missing") for h in ("have", "has", "had")),
    Multiword(("went", "missing"), "V", "missing"),
    Multiword(("own", "life"), "O", "killed"),  # "took his own life": the taker's own death
    Multiword(("own", "lives"), "O", "killed"),
    # a prison term, no one's death ("received two life sentences", "a life term")
    *(Multiword(("life", w), "w") for w in ("sentence", "sentences", "term", "terms", "imprisonment")),
    Multiword(("gone", "missing"), "V", "missing"),
    Multiword(("forcibly", "disappeared"), "V", "missing"),  # "were forcibly disappeared"
    *(Multiword((v, "alive"), "V", "killed") for v in ("burnt", "burned", "buried")),  # "were burnt alive"
)


def _multiwords() -> tuple[Multiword, ...]:
    """Every multi-word expression: the fixed ones, then those built from ``en``'s tables."""
    toll_words = sorted(en.TOLL_WORDS | TOLL_FIGURES)
    tolls = (Multiword((o, t), "T", en.TOLL_OUTCOME[o]) for o, t in product(sorted(en.TOLL_OUTCOME), toll_words))
    deaths = (Multiword((v, "to", "death"), "V", "killed") for v in sorted(TO_DEATH_VERBS))
    deaths_now = (Multiword((v, "to", "death"), "v", "killed") for v in sorted(TO_DEATH_PRESENT))
    lose = (
        Multiword((v, p, life), c, "killed") for (v, c), p, life in product(_LOSE_CLASS.items(), _POSSESSIVES, _LIFE)
    )
    takers = ((w, LIFE_TAKER_CLASS[w]) for w in sorted(en.LIFE_TAKERS) if w in LIFE_TAKER_CLASS)
    lives = (Multiword((v, "the", life, en.OF), c, "killed") for (v, c), life in product(takers, _LIFE))
    hospital = (
        Multiword((v, *by, "to", *d, h), "V", "injured")
        for v, by, d, h in product(
            HOSPITAL_VERBS, ((), *(("by", c) for c in _CONVEYANCES)), HOSPITAL_DETERMINERS, ("hospital", "hospitals")
        )
    )
    condition = (Multiword(words, "O", "injured") for words in CONDITION_PHRASES)
    treated = (
        *(Multiword(("treated", p, *d, "hospital"), "V", "injured") for p, d in product(_AT, HOSPITAL_DETERMINERS)),
        *(Multiword(("treated", "for", *a, w), "V", "injured") for a, w in product(_TREATED_FOR, _HARMS)),
        *(Multiword(("treated", "for", *h), "V", "injured") for h in _TREATED_HARMS),
        # a harm that was all one suffered ("escaped with minor injuries"; not "escaped unhurt")
        *(Multiword((e, "with", *a, w), "V", "injured") for e, a, w in product(_ESCAPED, _TREATED_FOR, _HARMS)),
    )
    return (*_FIXED_MULTIWORDS, *tolls, *deaths, *deaths_now, *lose, *lives, *hospital, *condition, *treated)


_ALL_MULTIWORDS: Final = _multiwords()

#: Word tuples merged into one unit -> its class.
MULTIWORDS: Final[Mapping[tuple[str, ...], str]] = MappingProxyType({m.words: m.code for m in _ALL_MULTIWORDS})


def _outcomes() -> Mapping[str, str]:
    """The outcome each outcome word or expression states ("killed", "injured", ...)."""
    out: dict[str, str] = {}
    for verb in OUTCOME_VERBS:
        out.update(dict.fromkeys((verb.lemma, verb.present, verb.past, verb.participle, verb.ing), verb.outcome))
    out.pop("", None)
    out.update(en.OUTCOME_NOUNS)
    out.update(en.OUTCOME_WORDS)
    out.update(en.TOLL_OUTCOME)
    out.update(dict.fromkeys(en.SHOT, "injured"))  # "shot" alone wounds; "shot dead" is merged below
    out.update(dict.fromkeys(SELF_BLAST, "killed"))  # "blew himself up"
    out.update((" ".join(m.words), m.outcome) for m in _ALL_MULTIWORDS if m.outcome)
    return MappingProxyType(out)


#: The outcome of each outcome word, and of each merged expression by its words joined
#: with single spaces.
OUTCOME_OF: Final = _outcomes()


# -- numbers that count no one ------------------------------------------------------------
#: Words after a number that make it a clock time ("10 am", "10:30 GMT").
CLOCK_WORDS: Final = frozenset({"am", "pm", "gmt", "utc", "hrs", "h"})
#: Units of an age ("a 25-year-old", "25 years old").
AGE_UNITS: Final = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})
#: Units of a duration: after a figure with a qualifier they make it one ("over two days",
#: "nearly three weeks"); a bare figure before them heads a time group in L2 ("two days").
DURATION_UNITS: Final = frozenset(
    {
        *("minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week", "weeks"),
        *("weekend", "weekends", "fortnight", "month", "months", "year", "years", "decade", "decades"),
    }
)
#: Words before a number that make it an age ("a man aged 25").
AGE_MARKERS: Final = frozenset({"aged", "age", "ages"})
#: Nouns after a number (and at most two words of their kind) that make it a count of
#: wounds on one body, not of people ("two bullet wounds", "three stab wounds").
WOUND_COUNTS: Final = frozenset({"wounds", "stitches"})
#: Words before a number word that ask for the number, not state it ("how many were killed").
QUESTION_MARKERS: Final = frozenset({"how"})
#: Words after a number that make it a share ("40 percent", "40 %").
PERCENT_WORDS: Final = frozenset({"percent", "%", "pct"})
#: Symbols before a number that make it money ("$5 million").
CURRENCY_SYMBOLS: Final = frozenset({"$", "£", "€", "¥", "₹", "₦"})
#: The years a four-digit number with nothing else is read as ("in 2011").
YEARS: Final = range(1800, 2101)
#: Short words that are names when written in capitals ("US troops", "IS fighters").
ACRONYMS: Final = frozenset({"us", "is"})


# -- words that their neighbours decide ----------------------------------------------------
class Neighbours(NamedTuple):
    """The class a word takes between neighbours of some classes (L1 reads the class of the
    word before and of the unit after it: a figure is ``F``, a capitalised word ``Y``)."""

    code: str
    before: str  # the classes of the word before ("" any)
    after: str  # the classes of the unit after ("" any)
    why: str


# A nationality names people when no noun follows it ("an American and his driver", "two
# Iraqis were"); before a noun it is the noun's modifier ("two Italian circus performers").
_NATIONALITY: Final = (Neighbours("N", "", 'PCRSbhmVvkI,.;:)(-"', "a nationality with no noun after it"),)
#: Words whose class their neighbours decide: each :class:`Neighbours` in turn, else the
#: word's own class (``w`` for a word of no class).
BY_NEIGHBOURS: Final[Mapping[str, tuple[Neighbours, ...]]] = MappingProxyType(
    {
        "her": (Neighbours("p", "", 'PtoC,.;:)(-"Qr', "no noun after it: the object ('shot her in the leg')"),),
        "head": (
            Neighbours("N", "nNY", 'PCRSbhmVvk,.;:)(-"', "after what he heads ('the village head', 'district head')"),
            Neighbours("N", "D", "o", "'the head of the council'; not 'shot in the head'"),
        ),
        "shooting": (Neighbours("g", "PCr,", "p", "a verb before its pronoun object ('before shooting himself')"),),
        **dict.fromkeys(
            ("murders", "massacres", "slaughters"),
            (Neighbours("v", "NY", "DNF", "a present verb between subject and object ('man murders his wife')"),),
        ),
        **{
            w: (Neighbours(c, "", "p", "before a pronoun: the blast of a bomber ('blew himself up')"),)
            for w, c in SELF_BLAST.items()
        },
        "since": (Neighbours("r", "h", "Vb", "inside a perfect ('have since died', 'has since been freed')"),),
        "total": (Neighbours("r", "N", "", "after a person noun: an adverb ('21 people total')"),),
        "body": (
            Neighbours("O", "D", "o", "a person's before 'of' ('the body of a fisherman was found')"),
            Neighbours("O", "Fd", "bkVP,.", "counted or ordered ('one body was found', 'a second body was')"),
            Neighbours("O", "D", "bkPt.,", "a person's before a verb or place ('his body was found in')"),
            Neighbours("w", "", "", "no one's elsewhere ('a governing body', 'a UN body said')"),
        ),
        "burns": (
            Neighbours("O", "k", "", "a wound taken ('suffered burns', 'received burns')"),
            Neighbours("O", "w", ".,;:PCt", "a wound described, with no object after it ('severe burns')"),
            Neighbours("w", "", "", "a verb elsewhere ('the fire burns', 'a mob burns a bus')"),
        ),
        **dict.fromkeys(
            ("hostage", "captive"),
            (Neighbours("O", "Np", "PQ.,;:C", "a complement after its object ('took 15 sailors hostage')"),),
        ),
        **dict.fromkeys(
            ("leave", "leaves"),
            (Neighbours("n", "wPD'", "", "a noun after a word, a preposition or a determiner ('on shore leave')"),),
        ),
        **dict.fromkeys(en.DEMONYMS, _NATIONALITY),
    }
)
