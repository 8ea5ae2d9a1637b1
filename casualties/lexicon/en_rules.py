r"""The grammar of the extraction cascade, as data: one section per layer (CASCADE.md).

Each rule is a :class:`~casualties.grammar.Rule` (a name, a pattern over the classes of
the layer below, a priority, examples it must win, counterexamples it must not) with what
the layer needs beside it; the tests run every example and counterexample. This file holds
no code: the layers compile and apply the rules.

L2 (:mod:`casualties.chunks`) reads the L1 class string (one class per unit, the alphabet
of :mod:`casualties.lexicon.en_classes`) into chunks, one character each of
:data:`CHUNK_ALPHABET`. A chunk rule adds to its :class:`~casualties.grammar.Rule`:

- ``code``: the chunk class it makes;
- ``features``: what every chunk it makes carries (its voice, for a verb group);
- ``words``: slot -> the words that slot may hold (each such slot is one unit);
- ``prev``: the classes the unit before the match may have ("" any; a sentence start
  counts as ``.``);
- ``next``: a pattern that must match right after the match ("" none);
- ``endings``: slot -> the endings the word in that slot must have (each such slot is one
  unit): an -ing form no other rule took is a participle ("escorting", "riding").

Selection: at each unit the longest match wins, then the higher priority, then the rule
written first. L2 tries the rules in priority order in one scan, so the priorities must
agree: a rule that can match more units than another from the same unit needs the higher
priority (``tests/test_chunks.py`` compares the scan with a plain longest-match reader on
every class string of up to three units and on generated ones). A pattern starts with a
class or a set, optional or not, and never holds ``.``: no chunk crosses a sentence end.

>>> CHUNK_ALPHABET["V"]
"a passive outcome verb group ('were killed', 'have been killed', 'got hurt')"
>>> [r.rule.name for r in CHUNK_RULES if r.code == "U"]
['either_or', 'reduced', 'reduced_reported']
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, NamedTuple

from ..grammar import Rule
from .en_classes import ALPHABET, CONDITION_PHRASES

__all__ = [
    "ABSOLUTE_LINKS",
    "AIM_LINKS",
    "BODY_PARTS",
    "CAUSED_OUTCOMES",
    "CAUSE_VERBS",
    "CHUNK_ALPHABET",
    "CONDITION_HEADS",
    "CHUNK_MACROS",
    "CHUNK_RULES",
    "CHUNK_SLOTS",
    "CLAUSE_COORDINATORS",
    "CLAUSE_PREPOSITIONS",
    "FRAMES",
    "FRAME_MACROS",
    "FLOATED_QUANTIFIERS",
    "FRAME_SLOTS",
    "FUTURE_MODALS",
    "GROUP_CODES",
    "INTENT_CUES",
    "INTRANSITIVE_ING",
    "INTRANSITIVE_ONLY",
    "INTRANSITIVE_PRESENT",
    "INTRANSITIVE_VERBS",
    "NAME_LINKS",
    "NOMINAL_ARTICLES",
    "NOUN_ARTICLES",
    "NOT_VERBLESS",
    "NO_PARTS_AFTER",
    "NO_PARTS_RULES",
    "OWN_LIFE",
    "PAIR_VERBS",
    "PART_OF_LINKS",
    "PASS_THROUGH",
    "PHRASE_ALPHABET",
    "PHRASE_INPUT",
    "PHRASE_MACROS",
    "PHRASE_RULES",
    "PHRASE_SLOTS",
    "RAISING_VERBS",
    "REFLEXIVES",
    "RELATIVE_PEOPLE",
    "REPORTED_PARTICIPLES",
    "BARE_REPORTED_PARTICIPLES",
    "RESULT_VERBS",
    "SHOOTING_VERBS",
    "STATUS_OUTCOMES",
    "SUBJECT_MODIFIERS",
    "TAKE_VERBS",
    "TIME_HEADS",
    "TIME_LINKS",
    "TOLL_ALTERNATIVES",
    "TOLL_MOVERS",
    "TOLL_REVISIONS",
    "TOLL_WAYS",
    "TURN_VERBS",
    "UNREAD",
    "VICTIM_CODES",
    "ChunkRule",
    "Frame",
    "PhraseRule",
]

# == L2: chunks ===============================================================================

#: One character per chunk kind. The group codes are made by rules; every other code is
#: an L1 class passed through as a one-unit chunk (:data:`PASS_THROUGH`).
CHUNK_ALPHABET: Final[Mapping[str, str]] = MappingProxyType(
    {
        # groups made by rules
        "F": "a figure noun group ('at least 11 civilians', 'the 40 hostages', '3 dead', 'killing 12')",
        "N": "a noun group without figure ('the gunmen', 'border guards', 'his secretary')",
        "E": "an event noun group ('the attack', 'a suicide bombing', 'two days of fighting' is F o E)",
        "Y": "a name group ('Rami Abdel Rahman', 'the Syrian Observatory for Human Rights')",
        "O": "an outcome noun or adjective group ('dead', 'the wounded', 'heavy casualties')",
        "T": "a toll noun group ('the death toll', 'the number of dead')",
        "V": "a passive outcome verb group ('were killed', 'have been killed', 'got hurt')",
        "A": "an active outcome verb group ('killed' before an object, 'kills', 'have died', 'were fleeing')",
        "G": "an -ing outcome verb group ('killing', 'wounding', 'shooting dead')",
        "U": "a reduced participle: a bare past form with no object after it ('killed in the attack')",
        "X": "a negation: a negated verb group ('were not hurt', 'did not cause'), or a negation word",
        "W": "an intent or infinitive outcome verb group ('tried to kill', 'to be executed')",
        "K": "a linking verb group ('rose to', 'stood at', 'left', 'were found', 'are' before an outcome)",
        "S": "a reporting verb group ('said', 'has told', 'according to')",
        "J": "a participle: an -ing form of a verb that is no outcome ('escorting', 'riding')",
        "~": "the words of a sentence without trigger: L2 does not read it (the L1 prefilter)",
        # L1 classes passed through, one unit each
        "d": "a number that counts no one",
        "P": "a preposition",
        "o": "'of'",
        "t": "'to' or 'at'",
        "C": "a coordinator",
        "I": "a part marker ('including', 'among')",
        "R": "a relative",
        "D": "a determiner no group took",
        "p": "a pronoun",
        "Q": "a time word",
        "r": "an adverb no verb group took",
        "b": "a form of 'be' no verb group took ('were' in 'were on Monday killed')",
        "h": "a form of 'have' no verb group took",
        "m": "a modal no verb group took",
        # words and symbols as L1 describes them
        **{code: ALPHABET[code] for code in "ws,()-:;\"'."},
    }
)

#: The chunk codes that rules make.
GROUP_CODES: Final = frozenset("FNEYOTVAGUXWKSJ")
#: The code of the one chunk that holds the words of a sentence without trigger.
UNREAD: Final = "~"

#: L1 classes that a unit no rule takes keeps as its chunk code. Every other L1 class
#: (F N n e Y O T V v g k S) has a rule that takes it alone, so it never passes through.
PASS_THROUGH: Final = frozenset("dPotCIRDpQrbhmwsX,()-:;\"'.")

#: Named patterns the chunk rules share (over L1 classes).
CHUNK_MACROS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "ADJ": "[wYd]",  # what may stand before a noun: adjectives, name words, ages
        "NOUN": "[nN]",  # a noun before the head ("police officers", "bus passengers")
        "OBJECT": "[FDNnYp] | w{1,2} [nN] | d [wY]{0,2} N",  # what starts the object of an active verb
    }
)

#: The slot names chunk rules may use.
CHUNK_SLOTS: Final = frozenset({"head", "figure", "status", "det", "link", "cue", "pair"})

#: Verbs whose "to" + outcome verb states an intent, not an outcome ("tried to kill").
INTENT_CUES: Final = frozenset(
    {
        *("try", "tries", "tried", "trying", "attempt", "attempts", "attempted", "attempting"),
        *("threaten", "threatens", "threatened", "threatening", "plan", "plans", "planned", "planning"),
        *("plot", "plots", "plotted", "plotting", "seek", "seeks", "sought", "seeking"),
        *("vow", "vows", "vowed", "vowing", "intend", "intends", "intended", "intending"),
        *("want", "wants", "wanted", "wanting", "aim", "aims", "aimed", "aiming", "fail", "failed"),
        *("conspire", "conspired", "conspiring", "order", "ordered", "ordering", "urged", "called"),
    }
)
#: Modals that put a passive outcome in the future or in a condition ("will be executed",
#: "would be killed unless"): no outcome yet. Not "may have been killed" (a past hedged).
FUTURE_MODALS: Final = frozenset(
    {*("will", "would", "shall", "should", "might", "may", "could", "can", "cannot", "must")}
)
#: Outcome verb forms that take no object: a bare one is active, not a reduced participle.
INTRANSITIVE_VERBS: Final = frozenset(
    {
        *("died", "perished", "succumbed", "drowned", "fled", "went missing", "gone missing"),
        *("lost their lives", "lost his life", "lost her life", "lost its life", "lost their life"),
    }
)
#: Of those, the forms that never take an object: a figure after them is no object ("One
#: died three days later"); not "drowned", "fled" ("floods drowned 12", "fled the town").
INTRANSITIVE_ONLY: Final = INTRANSITIVE_VERBS - {"drowned", "fled"}
#: Present forms of outcome verbs that take no object ("One person dies in a clash").
INTRANSITIVE_PRESENT: Final = frozenset({"die", "dies", "perish", "perishes", "succumb", "succumbs"})
#: -ing forms whose subject is the victim even before an object ("Thousands are fleeing the
#: town"). Not "dying": a death in progress is no death yet.
INTRANSITIVE_ING: Final = frozenset({"fleeing"})
#: Raising verbs whose subject is the subject of the infinitive after them ("two people
#: appear to have died", "dozens seem to have been killed").
RAISING_VERBS: Final = frozenset({"appear", "appears", "appeared", "seem", "seems", "seemed"})
#: Participles of reporting and raising verbs that may stand between a passive auxiliary
#: and its outcome participle ("were reported killed", "were found murdered", "are feared to
#: have been killed", "were confirmed dead").
REPORTED_PARTICIPLES: Final = frozenset(
    {
        *("reported", "confirmed", "found", "feared", "believed", "said", "thought", "presumed"),
        *("known", "alleged", "understood", "listed", "declared", "rumoured", "rumored", "suspected"),
    }
)
#: Of those, the ones that report an outcome with no auxiliary after a group ("40 feared
#: drowned", "Nine reported killed"): seldom an active verb there.
BARE_REPORTED_PARTICIPLES: Final = frozenset(
    {"reported", "confirmed", "feared", "believed", "thought", "presumed", "rumoured", "rumored"}
)
#: Participles that revise a toll ("the toll was revised down to 14", "lowered to 37").
TOLL_REVISIONS: Final = frozenset({"revised", "lowered", "raised", "reduced", "corrected", "updated", "adjusted"})
#: The ways a toll is revised ("revised down to 14").
TOLL_WAYS: Final = frozenset({"down", "up", "upward", "downward", "upwards", "downwards"})
#: Prepositions that open a time phrase between a passive auxiliary and its participle
#: ("were on Monday killed").
TIME_LINKS: Final = frozenset({"on", "in", "during", "overnight", "early", "late"})
#: Forms of "shoot" that, before their object, say only that a shooting happened: what it
#: did is said elsewhere ("shot four people, killing two"; "shot two men dead").
SHOOTING_VERBS: Final = frozenset({"shot", "shoots", "shoot"})
#: Prepositions after "shot" that aim it without hitting anyone ("shot at a car").
AIM_LINKS: Final = frozenset({"at", "into", "upon"})
#: Past forms that "and" joins to an outcome participle without stating an outcome of
#: their own ("were attacked and killed", "hacked and burnt six traders to death").
PAIR_VERBS: Final = frozenset(
    {
        *("attacked", "ambushed", "raped", "robbed", "assaulted", "tortured", "beaten", "hacked"),
        *("shot", "stabbed", "burnt", "burned", "stoned", "tied", "bound", "dragged", "abused"),
        "mutilated",
        # an abduction that ends in a killing is read as the killing ("were abducted and killed")
        *("abducted", "kidnapped", "captured", "seized"),
    }
)
#: Participles that "to death" or "dead" after their object makes a killing ("beat two
#: men to death"): en_classes.TO_DEATH_VERBS with their base and past forms.
RESULT_VERBS: Final = frozenset(
    {
        *("beat", "beats", "beaten", "burn", "burns", "burned", "burnt", "hack", "hacks", "hacked"),
        *("stab", "stabs", "stabbed", "stone", "stones", "stoned", "lynch", "lynches", "lynched"),
        *("club", "clubs", "clubbed", "bludgeon", "bludgeoned", "torture", "tortured", "strangle"),
        *("strangled", "crush", "crushed", "trample", "trampled", "kick", "kicks", "kicked"),
    }
)
#: Quantifiers that may float between a passive auxiliary and its participle ("were all killed").
FLOATED_QUANTIFIERS: Final = frozenset({"all", "both", "each"})  # not "either ... or"
#: Time nouns that head a figure group ("two days", "10 years"); not weekdays or months.
TIME_HEADS: Final = frozenset(
    {
        *("minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week", "weeks"),
        *("weekend", "weekends", "fortnight", "month", "months", "year", "years", "decade", "decades"),
        *("century", "centuries"),
    }
)
#: Prepositions that may link two parts of one name ("Observatory for Human Rights").
NAME_LINKS: Final = frozenset({"for"})
#: Determiners before a word of no known class that make it a noun head ("his secretary").
NOUN_ARTICLES: Final = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "another", "these", "those", "each", "every"}
)
#: Ordinals that are one more person after "a" before a verb group ("a second was hurt",
#: "a tenth died later"; "third" is a word of no class there already).
SECOND_ORDINALS: Final = frozenset(
    {"second", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"}
)
#: Determiners that make a participle a noun ("the wounded", "the killing of").
NOMINAL_ARTICLES: Final = frozenset({"the", "their", "his", "her"})
#: Nouns that are a toll before "of" + an outcome ("the number of dead").
TOLL_ALTERNATIVES: Final = frozenset({"number", "total", "figure"})

_NO_WORDS: Final[Mapping[str, frozenset[str]]] = MappingProxyType({})
_NO_ENDINGS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType({})
_ADJ_PREV: Final = ".,(-:;\"'PotISVvgbk"  # where a noun group may open with an adjective


class ChunkRule(NamedTuple):
    """A chunk rule: its :class:`~casualties.grammar.Rule` and what L2 needs beside it."""

    rule: Rule
    code: str
    features: frozenset[str] = frozenset()
    words: Mapping[str, frozenset[str]] = _NO_WORDS
    prev: str = ""
    next: str = ""
    endings: Mapping[str, tuple[str, ...]] = _NO_ENDINGS


#: The chunk rules, by kind (selection: see the module docstring).
CHUNK_RULES: Final[tuple[ChunkRule, ...]] = (
    # -- figure noun groups -------------------------------------------------------------
    ChunkRule(
        Rule(
            "figure_group",
            "D{0,2} {figure:F} {status:[VO]}? ADJ{0,3} NOUN{0,2} (' [wY])? (\\( Y \\))? NOUN{0,2} {head:[NnY]}",
            65,
            (
                "At least 11 civilians were killed.",
                "Eight displaced Syrians were killed.",
                "Twenty herdsmen and 83 cows were killed.",
                "None of the 40 hostages was hurt.",
                "Police arrested 4 wanted suspects.",
                "Three Lara People's Congress (LPC) members were wounded.",
            ),
            ("Gunmen killed villagers.", "An explosion hit a bus, killing 12."),
        ),
        "F",
    ),
    ChunkRule(
        Rule(
            "figure_bracketed",
            "D{0,2} {figure:F} ADJ{0,2} NOUN{0,1} \\( [wYnN]{1,4} \\) NOUN{0,2} {head:[NnY]}",
            66,
            (
                "Nine people including two KDF (army) soldiers were killed.",
                "Two Border Police (BP) officers were killed.",
                "Three TPF [Tala Police Force] officers were killed.",
                "Rebels killed three UPF [Upper Biru police force] officers.",
                "Two KDF (Kanda defence forces) soldiers were killed.",
            ),
            (
                "Four men (two of them guards) died.",
                "Gunmen killed 12 civilians (mostly women) in Oru.",
                "Two soldiers (both from Kanda) were killed.",
            ),
        ),
        "F",
        # a bracket inside the group, between its modifiers and its head, names or glosses a
        # modifier or spells out an acronym ("two KDF (army) soldiers", "three UPF [Upper Biru
        # police force] officers")
    ),
    ChunkRule(
        Rule(
            "figure_slash",
            "D{0,2} {figure:F} ADJ{0,3} NOUN{0,1} [Nn] {link:s} NOUN{0,1} {head:[Nn]}",
            67,
            ("Forty people/civilians were killed.", "Gunmen killed 6 police/army officers."),
            ("Forty people were killed.", "Six people - two women - died."),
        ),
        "F",
        # "people/civilians", "policemen/soldiers": one group named two ways
        words=MappingProxyType({"link": frozenset({"/"})}),
    ),
    ChunkRule(
        Rule(
            "figure_inner_word",
            "D{0,2} {figure:F} ADJ{0,2} NOUN w NOUN? {head:N}",
            67,
            ("Two youth opposition leaders were killed.", "Three school canteen workers have died."),
            ("Two soldiers shelled villages.", "Three police officers were killed."),
        ),
        "F",
        # as noun_group_inner_word, with a figure ("two youth opposition leaders were")
        next="[bhmVvkS]",
    ),
    ChunkRule(
        Rule(
            "figure_paired_modifiers",
            "D{0,2} {figure:F} w? [wY] {link:C} [wY] NOUN{0,1} {head:N}",
            66,
            (
                "Six ADF and LRA rebels were killed.",
                "At least four suspected Kora and Lamu militants died.",
                "Troops killed 5 RVF and foreign fighters.",
            ),
            ("Six rebels and two soldiers were killed.", "Gunmen killed 5 Kora and three Lamu villagers."),
        ),
        "F",
        # two modifiers joined by "and" before one head: one group of that head ("six ADF and
        # LRA rebels"), not a group that ends at the first modifier
        words=MappingProxyType({"link": frozenset({"and", "or"})}),
    ),
    ChunkRule(
        Rule(
            "figure_word",
            "D{0,2} {figure:F} ADJ{0,2} {head:w}",
            66,
            (
                "One schoolteacher was killed.",
                "Two Kanda tailors were killed in the market.",
                "Gunmen killed 12 bakers, police said.",
            ),
            ("Gunmen killed 12 civilians.", "Two escaped gunmen were killed.", "Gunmen killed 12 bakers."),
        ),
        "F",
        # a word of no known class after a figure heads its noun group when what follows
        # the group cannot continue it (a verb group, a preposition, punctuation, a link)
        next="[bhmVvgkSrPotC,\\(;:\\-]",
    ),
    ChunkRule(
        Rule(
            "figure_compound",
            "D{0,2} {figure:F} ADJ{0,2} NOUN{1,2} {head:w}",
            67,
            (
                "Two police reservists were abducted.",
                "Three army draftees have been killed.",
                "Four police sentries were wounded.",
            ),
            ("Two soldiers escaped in the attack.", "Gunmen killed 12 civilians nearby."),
        ),
        "F",
        # a noun compound whose last word is of no known class ("police reservists") heads
        # the group only when a verb group follows at once: "two soldiers escaped" is a clause
        next="[bhmV]",
    ),
    ChunkRule(
        Rule(
            "figure_time_noun",
            "D{0,2} {figure:F} {cue:Q} {head:N}",
            68,
            ("Two night guards were killed.", "Gunmen shot three day labourers."),
            ("Nine died in two days of fighting.", "Gunmen killed 12 overnight."),
        ),
        "F",
        # "night" or "day" before a person noun says when the person works, not a time
        words=MappingProxyType({"cue": frozenset({"night", "day"})}),
    ),
    ChunkRule(
        Rule(
            "noun_time_noun",
            "{det:D} {cue:Q} {head:N}",
            62,
            ("A night guard was shot dead.", "Gunmen killed the day workers."),
            ("The attack came at night.", "Gunmen attacked the village that day."),
        ),
        "N",
        words=MappingProxyType({"det": NOUN_ARTICLES, "cue": frozenset({"night", "day"})}),
    ),
    ChunkRule(
        Rule(
            "figure_outcome",
            "D{0,2} {figure:F} [wr]? {head:O}",
            60,
            ("The blast left 3 dead.", "There were 12 casualties.", "No injuries were reported."),
            ("Three soldiers died.", "The dead were buried."),
        ),
        "F",
    ),
    ChunkRule(
        Rule(
            "figure_reported_outcome",
            "D{0,2} {figure:F} {cue:[Skw]} {head:O}",
            61,
            ("Three died, 2 were wounded and 1 reported missing.", "Four soldiers dead and two confirmed missing."),
            ("Police said 12 dead.", "Officials reported 12 dead.", "No reported fatalities."),
        ),
        "F",
        # a figure with a reported outcome adjective and no verb, in a list ("1 reported
        # missing"); not an outcome noun ("no reported fatalities": zero_noun)
        words=MappingProxyType({"cue": REPORTED_PARTICIPLES, "head": frozenset({"dead", "missing"})}),
    ),
    ChunkRule(
        Rule(
            "figure_time",
            "D? {figure:F} d? {head:Q}",
            55,
            ("Nine died in two days of fighting.", "The war has killed 9 people in 10 years."),
            ("Gunmen killed 12 Monday.", "Two died in May."),
        ),
        "F",
        words=MappingProxyType({"head": TIME_HEADS}),
    ),
    ChunkRule(
        Rule(
            "figure_of",
            "{figure:F} o {status:[VO]}? ADJ{0,2} NOUN{0,2} {head:[NnYO]}",
            55,
            ("Dozens of people were wounded.", "Hundreds of displaced families fled.", "Scores of Syrians died."),
            ("Four of them were killed.", "None of the 40 hostages was hurt."),
        ),
        "F",
    ),
    ChunkRule(
        Rule(
            "figure_alone",
            "D{0,2} {figure:F}",
            40,
            ("An explosion hit a bus, killing 12.", "None of the 40 hostages was hurt.", "Two were hurt."),
            ("At least 11 civilians were killed.", "In 2015 a man was stabbed."),
        ),
        "F",
    ),
    # -- noun groups without figure ------------------------------------------------------
    ChunkRule(
        Rule(
            "noun_group",
            "D{1,2} r? {status:[VO]}? ADJ{0,3} NOUN{0,2} {head:[Nn]}",
            60,
            ("The gunmen fled.", "The wounded soldiers were flown out.", "A mayor and his son were killed."),
            ("Gunmen killed the wounded.", "Police said two died."),
        ),
        "N",
    ),
    ChunkRule(
        Rule(
            "noun_group_bare",
            "NOUN{0,2} {head:[Nn]}",
            50,
            ("Police said two died.", "Security forces arrested 45 suspects."),
            ("The police said two died.", "Two died."),
        ),
        "N",
    ),
    ChunkRule(
        Rule(
            "noun_group_adjective",
            "[wY]{1,3} NOUN{0,2} {head:[Nn]}",
            60,
            ("Unidentified gunmen killed two.", "Boko Haram fighters killed 30.", "Troops killed unarmed protesters."),
            ("Rebels attacked villagers on Monday.", "The unidentified gunmen fled."),
        ),
        "N",
        prev=_ADJ_PREV,
    ),
    ChunkRule(
        Rule(
            "noun_group_adjective_listed",
            "[wY]{1,3} NOUN{0,2} {head:N}",
            60,
            ("A night guard and Kanda trader were killed.", "Gunmen killed a nurse and young patient."),
            ("Two boys from Abo and Ewe districts died.", "Five were killed and injured soldiers wept."),
        ),
        "N",
        # a person noun group after a coordinator whose article the first conjunct gives
        # ("a guard and Kanda trader"); not a thing ("the Abo and Ewe districts")
        prev="C",
    ),
    ChunkRule(
        Rule(
            "noun_group_status",
            "{status:[VO]} ADJ{0,2} NOUN{0,2} {head:[Nn]}",
            65,
            ("Injured victims were taken to hospital.", "Troops killed wounded soldiers."),
            ("Gunmen wounded villagers on Monday.", "Five were killed and injured soldiers wept."),
        ),
        "N",
        prev=_ADJ_PREV,
    ),
    ChunkRule(
        Rule(
            "noun_group_other",
            "{det:D} r? [Yd]{0,2} {head:w}",
            52,
            ("A mayor and his secretary were killed.", "Two died, according to the ministry."),
            ("Both survived the attack.", "The gunmen fled.", "Gunmen killed a local mayor."),
        ),
        "N",
        words=MappingProxyType({"det": NOUN_ARTICLES}),
    ),
    ChunkRule(
        Rule(
            "noun_group_words",
            "{det:D} r? [wn] [wYdn]? {head:w}",
            61,
            (
                "A controversial author was shot in the head.",
                "The village schoolteacher has died.",
                "A senior district commissioner, aged 50, was killed.",
            ),
            (
                "The group threatened to kill the hostages.",
                "A mob beat two thieves to death.",
                "The crowd fled into the bush.",
            ),
        ),
        "N",
        # the words before a verb group: a word of no known class before an object, "to",
        # a preposition or a coordinator is more likely a verb ("the group threatened to")
        next="[bhmVvkSr,\\(]",
        words=MappingProxyType({"det": NOUN_ARTICLES}),
    ),
    ChunkRule(
        Rule(
            "noun_group_inner_word",
            "D{1,2} r? ADJ{0,2} NOUN w NOUN? {head:N}",
            62,
            ("A youth opposition leader was killed on Sunday.", "The school canteen worker has died."),
            ("The group threatened villagers.", "The army shelled villages on Monday."),
        ),
        "N",
        # a noun compound with a word of no known class inside, right before a verb group:
        # the word before the head is a noun, not a verb ("a youth opposition leader was")
        next="[bhmVvkS]",
    ),
    ChunkRule(
        Rule(
            "noun_group_words_listed",
            "{det:D} r? [wn] [wYdn]? {head:w}",
            61,
            ("A radio producer and an announcer have been shot dead.", "The camp cook and a guard were killed."),
            ("The group threatened and killed two men.", "A mob beat and stabbed two thieves."),
        ),
        "N",
        # as noun_group_words, before a coordinated noun group and its verb group: a list of
        # subjects ("a radio producer and an announcer were ...")
        next="C D? [wYdnN]{1,3} [bhmVvkS]",
        words=MappingProxyType({"det": NOUN_ARTICLES}),
    ),
    ChunkRule(
        Rule(
            "figure_ordinal_outcome",
            "{det:D} {figure:d} {head:O}",
            61,
            ("A second body was pulled from the river.", "Divers found a fifth body on Monday."),
            ("The second body was identified.", "A second attack killed two.", "He fired a second shot."),
        ),
        "F",
        # "a second body": one more dead, the ordinal counts one (as noun_group_second)
        words=MappingProxyType({"det": frozenset({"a"}), "figure": SECOND_ORDINALS}),
    ),
    ChunkRule(
        Rule(
            "figure_own_body",
            "{det:D} {head:O}",
            61,
            ("His body was found in a ditch.", "Two days later, police found her body near Oru."),
            ("Their bodies were found.", "His death shocked the town.", "The body of a man was found."),
        ),
        "F",
        # one person's body ("his body was found"): one dead; a figure told before of the
        # same dead is told again (passes.mark_restatements)
        words=MappingProxyType({"det": frozenset({"his", "her"}), "head": frozenset({"body", "corpse"})}),
    ),
    ChunkRule(
        Rule(
            "noun_group_second",
            "{det:D} {head:d}",
            52,
            ("One guard died and a second was injured.", "A second has been arrested."),
            ("He fired a second shot.", "A second later, two died."),
        ),
        "N",
        # "a second" before a verb group is one more person, like "a third" (a word of no
        # known class there); "second" alone reads as a number that counts no one
        next="r? [bhm]",
        words=MappingProxyType({"det": frozenset({"a"}), "head": SECOND_ORDINALS}),
    ),
    ChunkRule(
        Rule(
            "noun_group_age",
            "{det:D} {head:d}",
            52,
            ("A 15-year-old was killed.", "A 40-year-old and his son died.", "The 70-year-old, a farmer, died."),
            ("A 15-year-old boy was killed.", "The 12-year-old's father died.", "The 60-year-old Ruiz was hurt."),
        ),
        "N",
        # an age with no noun after it is a person ("a 15-year-old was killed"), before a
        # verb group, a coordinator or a comma
        next="(r? [bhmVk] | [C,;:\\)])",
        words=MappingProxyType({"det": NOUN_ARTICLES}),
        endings=MappingProxyType({"head": ("-old",)}),
    ),
    ChunkRule(
        Rule(
            "noun_group_bare_age",
            "{cue:d} ADJ{0,2} NOUN{0,1} {head:N}",
            60,
            ("Gunmen shot dead 14-year-old girl in Oru.", "16-year-old student killed in crash."),
            ("A 14-year-old girl was shot.", "In 2019 soldiers killed nine rebels."),
        ),
        "N",
        # an age opening a noun group without article, as headlines and notes write one
        # person ("killed 14-year-old girl")
        endings=MappingProxyType({"cue": ("-old",)}),
    ),
    ChunkRule(
        Rule(
            "noun_group_age_object",
            "{det:D} {head:d}",
            52,
            ("The dead include a cook and a 12-year-old.", "Gunmen shot dead a 17-year-old."),
            ("Gunmen shot dead a 17-year-old boy.", "A 12-year-old was hurt."),
        ),
        "N",
        # as noun_group_age, an age after a coordinator or an outcome verb is a person where
        # the sentence ends ("the dead include a cook and a 12-year-old.")
        prev="CVvgI",
        words=MappingProxyType({"det": NOUN_ARTICLES}),
        endings=MappingProxyType({"head": ("-old",)}),
    ),
    ChunkRule(
        Rule(
            "noun_group_object",
            "{det:D} r? [wn] [wYdn]? {head:w}",
            61,
            (
                "The gunman killed the local schoolmaster and wounded two.",
                "The blast killed the old ferryman in the yard.",
                "Rebels attacked the camp, killing the head cook in his tent.",
            ),
            ("The crowd fled into the bush.", "Gunmen killed the local mayor and fled."),
        ),
        "N",
        # after an outcome verb, the words before a coordinator or a preposition are its
        # object, not a verb ("killed the local schoolmaster and ...")
        prev="Vvg",
        next="[CP,;:\\-\\(]",
        words=MappingProxyType({"det": NOUN_ARTICLES}),
    ),
    ChunkRule(
        Rule(
            "noun_group_possessive",
            "D? [wYnN]{1,3} ' [wY]{0,2} NOUN{0,2} {head:[Nnw]}",
            67,
            (
                "A gunman shot the farmer's wife and two neighbours.",
                "Ravi Das's father was killed on Monday.",
                "Militants killed three of the governor's bodyguards.",
            ),
            ("The gunman's trial began.", "Gunmen killed 12 of the villagers."),
        ),
        "N",
        # a possessor and what it owns: the possessed is the head ("the farmer's wife")
    ),
    # -- event noun groups ---------------------------------------------------------------------
    ChunkRule(
        Rule(
            "event_group",
            "D{1,2} [wYdnN]{0,3} {head:e}",
            65,
            ("The blast killed 12.", "A police raid left two dead.", "The suicide bombing killed 9."),
            ("Fighting killed 12.", "Gunmen killed 12."),
        ),
        "E",
    ),
    ChunkRule(
        Rule(
            "event_group_bare",
            "n{0,2} {head:e}",
            60,
            ("Fighting killed 12.", "Gunmen opened fire, killing 12."),
            ("The blast killed 12.", "Gunmen killed 12."),
        ),
        "E",
    ),
    ChunkRule(
        Rule(
            "event_group_adjective",
            "[wY]{1,2} n{0,2} {head:e}",
            65,
            ("Saturday's suicide bombing killed 9.", "Heavy fighting killed 12."),
            ("Gunmen opened fire on worshippers.", "The suicide bombing killed 9."),
        ),
        "E",
        prev=_ADJ_PREV,
    ),
    ChunkRule(
        Rule(
            "attempted_outcome",
            "D{0,2} {cue:w} {head:[Og]}",
            66,
            (
                "Rebels claimed the attempted assassination of the governor.",
                "A failed kidnapping of two bankers ended in a shootout.",
            ),
            ("The brutal killing of a farmer shocked the town.", "The dead were buried."),
        ),
        "E",
        # an outcome noun that a word of failure or intent heads: an event that harmed no one
        # ("the attempted assassination of the governor" killed nobody)
        words=MappingProxyType(
            {"cue": frozenset({"attempted", "failed", "foiled", "thwarted", "botched", "abortive", "aborted"})}
        ),
    ),
    # -- name groups -------------------------------------------------------------------------------
    ChunkRule(
        Rule(
            "name_group",
            "D? d? Y{0,5} {head:Y}",
            45,
            (
                "Observatory chief Rami Abdel Rahman said five died.",
                "Two died in Kano.",
                "Two soldiers of the 3rd Battalion died.",
            ),
            ("Gunmen killed 12.", "The Syrian army said two died."),
        ),
        "Y",
    ),
    ChunkRule(
        Rule(
            "name_linked",
            "D? Y{0,4} {head:Y} ({link:P} | o) D? Y{1,4}",
            60,
            (
                "The Syrian Observatory for Human Rights said 12 died.",
                "Nine died in the Democratic Republic of Congo.",
            ),
            ("Reuters in Kabul said 12 died.", "Scores of Syrians died."),
        ),
        "Y",
        words=MappingProxyType({"link": NAME_LINKS}),
    ),
    ChunkRule(
        Rule(
            "name_pair",
            "Y{1,3} C Y{1,3}",
            62,
            ("Five residents of Tala and Biru were killed.", "Nine died in Kanda and Upper Biru on Friday."),
            ("Ana Ruiz and two guards were killed.", "Kanda and Biru were shelled."),
        ),
        "Y",
        # two names that "and" joins after "of" or a preposition: one place or body
        prev="oP",
    ),
    ChunkRule(
        Rule(
            "name_region",
            "{det:D} {cue:w} Y{0,2} {head:Y}",
            59,
            (
                "The mayor of Tala in the southern Kandia was killed.",
                "Two died in the western Biru Hills.",
            ),
            ("The southern Kandia city of Tala was shelled.", "A local Kanda trader was killed."),
        ),
        "Y",
        # a region of a place ("the southern Kandia"): a name, not a noun group "the southern"
        words=MappingProxyType(
            {
                "det": frozenset({"the"}),
                "cue": frozenset({"northern", "southern", "eastern", "western", "central"})
                | frozenset({"northeastern", "northwestern", "southeastern", "southwestern"})
                | frozenset({"north-eastern", "north-western", "south-eastern", "south-western"}),
            }
        ),
    ),
    # -- outcome and toll noun groups ---------------------------------------------------------
    ChunkRule(
        Rule(
            "outcome_group",
            "D{1,2} [wrY]{0,2} {head:O}",
            55,
            (
                "The dead were buried on Friday.",
                "Doctors treated his wounds.",
                "The attack did not cause any injuries.",
            ),
            ("The blast left 3 dead.", "Three bodies were found."),
        ),
        "O",
    ),
    ChunkRule(
        Rule(
            "outcome_bare",
            "r? {head:O}",
            50,
            ("Two children remain missing.", "Officials reported heavy casualties.", "Casualties: 17 dead."),
            ("The dead were buried.", "There were 12 deaths."),
        ),
        "O",
    ),
    ChunkRule(
        Rule(
            "outcome_after_linking",
            "[wr]{1,2} {head:O}",
            52,
            (
                "Three protesters sustained gunshot wounds.",
                "Two guards suffered serious injuries.",
                "Serious injuries were reported.",
            ),
            ("Two guards suffered injuries.", "Officials reported heavy casualties."),
        ),
        "O",
        # adjectives before the outcome noun that a linking verb takes ("suffered serious injuries"),
        # or that opens a sentence ("Serious injuries were reported")
        prev=".k",
    ),
    ChunkRule(
        Rule(
            "outcome_participle",
            "{det:D} r? {head:[Vg]}",
            55,
            ("The wounded were taken to hospital.", "The killing of 16 people shocked the town."),
            ("Both died in hospital.", "The wounded soldiers were flown out."),
        ),
        "O",
        words=MappingProxyType({"det": NOMINAL_ARTICLES}),
    ),
    ChunkRule(
        Rule(
            "outcome_nominal_adjective",
            "{det:D} w {head:g}",
            56,
            (
                "Five men were charged over the brutal killing of a farmer.",
                "The senseless killing of two boys angered the town.",
            ),
            ("The gang killing two guards fled.", "The brutal killing shocked the town."),
        ),
        "O",
        # an adjective between an article and an -ing outcome form with its "of" object: a noun
        next="o",
        words=MappingProxyType({"det": NOMINAL_ARTICLES | {"a", "an"}}),
    ),
    ChunkRule(
        Rule(
            "toll_group",
            "D{0,2} [wYr]{0,2} {head:T}",
            55,
            ("The death toll rose to 50.", "The official toll stood at 17.", "Death toll climbs to 12."),
            ("Gunmen killed 12.", "Officials put the number of dead at 40."),
        ),
        "T",
    ),
    ChunkRule(
        Rule(
            "toll_number",
            "D{0,2} {head:n} o r? {status:[OV]}",
            65,
            (
                "Officials put the number of dead at 40.",
                "The total of casualties rose to 9.",
                "The number of wounded rose to 95.",
            ),
            ("The number of houses destroyed rose to 9.", "The death toll rose to 50."),
        ),
        "T",
        words=MappingProxyType({"head": TOLL_ALTERNATIVES}),
    ),
    # -- outcome verb groups: passive ---------------------------------------------------------
    ChunkRule(
        Rule(
            "passive",
            "m? r? h? r? b{1,2} (r{0,2} | , r{1,2} ,) {head:V}",
            80,
            (
                "At least 11 civilians were killed.",
                "14 civilians, have been killed in two days of fighting.",
                "Two were reportedly killed.",
                "Two policemen were shot dead.",
                "The hostages could have been killed.",
                "Four of the gunmen were, however, shot dead.",
            ),
            ("Gunmen killed nine villagers.", "The passengers were not hurt.", "The guards were, however, unhurt."),
        ),
        "V",
        frozenset({"passive"}),
    ),
    ChunkRule(
        Rule(
            "passive_get",
            "m r? {head:V}",
            75,
            ("Twelve people got killed.", "Children get hurt in these raids."),
            ("Five may have died.", "Nine were killed."),
        ),
        "V",
        frozenset({"passive"}),
    ),
    ChunkRule(
        Rule(
            "passive_infinitive",
            "t h r? b r? {head:V}",
            80,
            ("Nine guards are the latest to have been killed.", "She is the second nurse to have been abducted."),
            (
                "Dozens appear to have been killed.",
                "Two are believed to have died.",
                "Nine were killed.",
                "Dozens are feared to have been killed.",
            ),
        ),
        "V",
        frozenset({"passive", "perfect", "infinitive"}),
    ),
    ChunkRule(
        Rule(
            "passive_pair",
            "m? r? h? r? b{1,2} r{0,2} {pair:[wV]} C r? {head:V}",
            85,
            (
                "Three men were attacked and killed with clubs.",
                "Two women were robbed and shot.",
                "A farmer was tortured and murdered.",
                "One guard was abducted and later beheaded.",
            ),
            ("Two women were killed and three injured.", "Two were shot and wounded."),
        ),
        "V",
        frozenset({"passive"}),
        words=MappingProxyType({"pair": PAIR_VERBS}),
    ),
    ChunkRule(
        Rule(
            "passive_pair_aimed",
            "m? r? h? r? b{1,2} r{0,2} {pair:[wV]} {link:[Pt]} C r? {head:V}",
            86,
            ("A judge was shot at and killed in his car.", "Two guards were fired upon and wounded."),
            ("A judge was shot at in his car.", "Two guards were fired upon and the driver killed."),
        ),
        "V",
        frozenset({"passive"}),
        # a shooting aimed at the victim ("shot at") that "and" joins to its outcome
        words=MappingProxyType({"pair": SHOOTING_VERBS | {"fired"}, "link": AIM_LINKS}),
    ),
    ChunkRule(
        Rule(
            "passive_either",
            "m? r? h? r? b{1,2} r{0,2} V {link:C} r? V",
            86,
            ("Forty worshippers had been killed or wounded.", "Nine were reportedly killed or abducted."),
            ("Two women were killed and three injured.", "Nine were killed and abducted."),
        ),
        "V",
        # two outcomes joined by "or" state neither: no head, so no outcome
        frozenset({"passive"}),
        words=MappingProxyType({"link": frozenset({"or"})}),
    ),
    ChunkRule(
        Rule(
            "passive_infinitive_either",
            "b? r? {cue:[Skw]} r? t h r? b r? V {link:C} r? V",
            87,
            (
                "Two others appear to have been killed or kidnapped.",
                "Six are thought to have been shot or stabbed.",
                "Nine are feared to have been killed or abducted.",
            ),
            ("Two appear to have been killed.", "Two appear to have been killed and nine hurt."),
        ),
        "V",
        # "appear to have been killed or kidnapped": two outcomes joined by "or" state neither
        frozenset({"passive", "perfect", "infinitive"}),
        words=MappingProxyType({"cue": REPORTED_PARTICIPLES | RAISING_VERBS, "link": frozenset({"or"})}),
    ),
    ChunkRule(
        Rule(
            "passive_either_list",
            "m? r? h? r? b{1,2} r? V (, V){1,2} ,? {link:C} r? V",
            87,
            ("Thirty guards were killed, wounded or captured.", "Six were killed, wounded, or abducted."),
            ("Two were killed, three injured or missing.", "Nine were killed, wounded and abducted."),
        ),
        "V",
        # a list of outcomes whose last is joined by "or" states none of them
        frozenset({"passive"}),
        words=MappingProxyType({"link": frozenset({"or"})}),
    ),
    ChunkRule(
        Rule(
            "passive_either_or",
            "m? r? h? r? b{1,2} r{0,2} {det:D} V {link:C} r? V",
            86,
            ("Nine were either killed or abducted.", "Six have been either shot or stabbed."),
            ("Nine were killed or abducted.", "The passengers were all killed."),
        ),
        "V",
        frozenset({"passive"}),
        words=MappingProxyType({"det": frozenset({"either"}), "link": frozenset({"or"})}),
    ),
    ChunkRule(
        Rule(
            "either_or",
            "r? V (, r? V){0,2} ,? {link:C} r? V",
            59,
            (
                "Forty worshippers killed or wounded in the raid.",
                "Gunmen killed or wounded 40 people.",
                "Rebels killed, wounded or captured 30 guards.",
            ),
            ("Gunmen killed two and wounded 40 people.", "Nine people killed in the raid."),
        ),
        "U",
        frozenset({"reduced"}),
        words=MappingProxyType({"link": frozenset({"or"})}),
    ),
    ChunkRule(
        Rule(
            "passive_pair_any",
            "m? r? h? r? b{1,2} r{0,2} {pair:w} C r? {head:V}",
            85,
            ("Two men were crushed and burned to death.", "A farmer was chopped and injured."),
            ("Two men were crushed and the driver killed.", "Two women were killed and three injured."),
        ),
        "V",
        frozenset({"passive"}),
        # a past form of no known class joined to an outcome participle ("crushed and burned")
        endings=MappingProxyType({"pair": ("ed",)}),
    ),
    ChunkRule(
        Rule(
            "passive_adverb",
            "m? r? h? r? b{1,2} r? {cue:w} r? {head:V}",
            81,
            ("Two villagers were savagely killed.", "Nine have been cruelly murdered."),
            ("Two villagers were reportedly killed.", "Nine were family killed."),
        ),
        "V",
        frozenset({"passive"}),
        # an adverb the lexicon lacks ("savagely", "brutally")
        endings=MappingProxyType({"cue": ("ly",)}),
    ),
    ChunkRule(
        Rule(
            "passive_floated",
            "m? r? h? r? b{1,2} {det:D} r{0,2} {head:V}",
            81,
            ("The passengers were all killed.", "The two brothers were both shot dead."),
            ("The passengers were killed.", "Forty were either killed or wounded."),
        ),
        "V",
        frozenset({"passive"}),
        words=MappingProxyType({"det": FLOATED_QUANTIFIERS}),
    ),
    ChunkRule(
        Rule(
            "passive_reported",
            "m? r? h? r? b{1,2} r{0,2} {cue:[Skw]} r? {head:V}",
            82,
            (
                "Two fighters were reported killed during the clash.",
                "Four soldiers have been confirmed killed.",
                "Three women were found murdered.",
                "Two guards were found burned to death.",
            ),
            ("Two fighters were reported dead.", "Nine were killed, police said.", "The army reported killed rebels."),
        ),
        "V",
        frozenset({"passive"}),
        words=MappingProxyType({"cue": REPORTED_PARTICIPLES}),
    ),
    ChunkRule(
        Rule(
            "passive_reported_as",
            "m? r? h? r? b{1,2} r{0,2} {cue:[Skw]} {link:P} r? {head:V}",
            83,
            ("Twelve were reported as injured.", "Two guards were listed as wounded in the raid."),
            ("Two fighters were reported killed.", "Nine were reported as missing."),
        ),
        "V",
        frozenset({"passive"}),
        words=MappingProxyType({"cue": REPORTED_PARTICIPLES, "link": frozenset({"as"})}),
    ),
    ChunkRule(
        Rule(
            "linking_reported_as",
            "m? r? h? r? b r? {cue:[Skw]} {link:P} r?",
            73,
            ("Nine were reported as missing.", "Three men were listed as dead."),
            ("Twelve were reported as injured.", "Heavy casualties were reported."),
        ),
        "K",
        next="O",
        words=MappingProxyType({"cue": REPORTED_PARTICIPLES, "link": frozenset({"as"})}),
    ),
    ChunkRule(
        Rule(
            "passive_reported_infinitive",
            "m? r? h? r? b{1,2} r{0,2} {cue:[Skw]} r? t h r? b r? {head:V}",
            84,
            (
                "Dozens are feared to have been killed.",
                "Seven were reported to have been killed in the raid.",
                "Two are believed to have been abducted.",
            ),
            ("Two are believed to have died.", "Seven were killed in the raid."),
        ),
        "V",
        frozenset({"passive", "perfect", "infinitive"}),
        words=MappingProxyType({"cue": REPORTED_PARTICIPLES}),
    ),
    ChunkRule(
        Rule(
            "passive_infinitive_bare",
            "r? {cue:[Skw]} r? t h r? b r? {head:V}",
            84,
            (
                "Gunmen raided Abo, six reported to have been killed.",
                "Nine believed to have been abducted in Oru.",
                "Four guards appear to have been shot dead.",
                "Dozens of people seem to have been killed.",
            ),
            (
                "Six were reported to have been killed.",
                "Nine reported dead.",
                "Two seem to have died.",
                "Gunmen tried to kill the mayor.",
            ),
        ),
        "V",
        frozenset({"passive", "perfect", "infinitive"}),
        # with no "be" before its cue: a note's reduced "six reported to have been killed"
        # (as "reported killed" is of "were reported killed"), or a raising verb ("appear to
        # have been shot"); passive_reported_infinitive takes the forms with "be"
        words=MappingProxyType({"cue": REPORTED_PARTICIPLES | RAISING_VERBS}),
    ),
    ChunkRule(
        Rule(
            "intransitive_reported_infinitive",
            "m? r? h? r? b{0,2} r? {cue:[Skw]} r? t h r? {head:V}",
            83,
            (
                "Up to 30 people are thought to have died in the fire.",
                "Two miners seem to have drowned.",
                "Dozens seem to have died in the fire.",
                "Nine miners are feared to have lost their lives.",
            ),
            ("Dozens are feared to have been killed.", "The gunmen are thought to have killed 12."),
        ),
        "A",
        frozenset({"active", "perfect", "infinitive", "intransitive"}),
        words=MappingProxyType({"cue": REPORTED_PARTICIPLES | RAISING_VERBS, "head": INTRANSITIVE_VERBS}),
    ),
    ChunkRule(
        Rule(
            "passive_timed",
            "m? r? h? r? b{1,2} r? ({link:P} Q{1,2} | Q{1,2}) r? {head:V}",
            81,
            (
                "Four men were on Monday killed.",
                "Two guards were yesterday shot dead.",
                "Five have been overnight killed.",
            ),
            ("Four men were killed on Monday.", "Four men were in Kano killed."),
        ),
        "V",
        frozenset({"passive"}),
        words=MappingProxyType({"link": TIME_LINKS}),
    ),
    # -- outcome verb groups: active ----------------------------------------------------------
    ChunkRule(
        Rule(
            "active_present",
            "r? {head:v}",
            55,
            ("Blast kills 12 in Kabul.", "Floods kill 12 in Kano."),
            ("Blast killed 12.", "The attack did not kill anyone."),
        ),
        "A",
        frozenset({"active"}),
    ),
    ChunkRule(
        Rule(
            "intransitive_present",
            "r? {head:v}",
            56,
            ("One person dies in a clash near the river.", "A miner perishes in a flood."),
            ("Blast kills 12 in Kabul.", "One person died in a clash."),
        ),
        "A",
        frozenset({"active", "intransitive"}),
        words=MappingProxyType({"head": INTRANSITIVE_PRESENT}),
    ),
    ChunkRule(
        Rule(
            "active_modal",
            "m r? {head:v}",
            75,
            ("The strike could kill dozens.", "The army did kill two."),
            ("The army did not kill two.", "Blast kills 12."),
        ),
        "A",
        frozenset({"active", "modal"}),
    ),
    ChunkRule(
        Rule(
            "active_perfect",
            "m? r? h r{0,2} {head:V}",
            75,
            ("Militants have killed 12.", "The army has shot dead two gunmen."),
            ("14 civilians have been killed.", "Two died.", "Two people have died."),
        ),
        "A",
        frozenset({"active", "perfect"}),
    ),
    ChunkRule(
        Rule(
            "intransitive_perfect",
            "m? r? h r{0,2} {head:V}",
            76,
            ("One person has died while eight were hurt.", "Two people have died.", "Hundreds have fled."),
            ("Militants have killed 12.", "Two people died."),
        ),
        "A",
        frozenset({"active", "perfect", "intransitive"}),
        words=MappingProxyType({"head": INTRANSITIVE_VERBS}),
    ),
    ChunkRule(
        Rule(
            "active_infinitive",
            "t h r? {head:V}",
            75,
            ("The gunmen are thought to have killed 12.", "Rebels claim to have killed 40 soldiers."),
            ("Dozens are feared to have been killed.", "Two died."),
        ),
        "A",
        frozenset({"active", "perfect", "infinitive"}),
    ),
    ChunkRule(
        Rule(
            "active_past",
            "r? {head:V}",
            55,
            ("Gunmen killed nine villagers.", "Gunmen shot dead two policemen.", "Troops killed unarmed protesters."),
            ("Twelve people killed in the attack were buried.", "12 killed last week."),
        ),
        "A",
        frozenset({"active"}),
        next="OBJECT",
    ),
    ChunkRule(
        Rule(
            "active_past_pair",
            "r? {head:V} {link:C} r? {pair:[wV]}",
            60,
            ("Two gunmen killed and robbed two policemen.", "Bandits killed and mutilated a herder."),
            ("Two gunmen killed two policemen and robbed a shop.", "Two were killed and robbed."),
        ),
        "A",
        frozenset({"active"}),
        # an outcome verb and a verb of what else was done to the same object ("killed and
        # robbed two policemen"): the object is the outcome verb's
        words=MappingProxyType({"link": frozenset({"and"}), "pair": PAIR_VERBS}),
        next="OBJECT",
    ),
    ChunkRule(
        Rule(
            "intransitive_only",
            "r? {head:V}",
            57,
            (
                "One died three days later.",
                "Two guards succumbed two days after the attack.",
                "Four miners lost their lives.",
                "Two people died in Kano.",
            ),
            ("Floods drowned two children.", "Gunmen killed two men."),
        ),
        "A",
        frozenset({"active", "intransitive"}),
        words=MappingProxyType({"head": INTRANSITIVE_ONLY}),
    ),
    ChunkRule(
        Rule(
            "intransitive",
            "r? {head:V}",
            50,
            ("Thousands fled on Monday.", "Two children drowned in the river."),
            ("Nine were killed.", "Twelve people killed in the attack were buried."),
        ),
        "A",
        frozenset({"active", "intransitive"}),
        words=MappingProxyType({"head": INTRANSITIVE_VERBS}),
    ),
    ChunkRule(
        Rule(
            "progressive",
            "m? r? h? r? b r? {head:g}",
            80,
            ("Troops were killing civilians.", "Patients are dying every day."),
            ("An explosion hit a bus, killing nine.", "The killing of 16 people shocked the town."),
        ),
        "A",
        frozenset({"progressive"}),
    ),
    ChunkRule(
        Rule(
            "progressive_intransitive",
            "m? r? h? r? b r? {head:g}",
            81,
            ("Thousands are fleeing the fighting.", "Hundreds of families were fleeing on foot."),
            ("Troops were killing civilians.", "Patients were dying in the corridors."),
        ),
        "A",
        frozenset({"progressive", "intransitive"}),
        words=MappingProxyType({"head": INTRANSITIVE_ING}),
    ),
    # -- outcome verb groups: reduced, -ing, negated, intent -----------------------------------
    ChunkRule(
        Rule(
            "reduced",
            "r? {head:V}",
            45,
            ("Twelve people killed in the attack were buried.", "12 killed in Kabul blast.", "Nine people wounded."),
            ("Gunmen killed nine villagers.", "Two people died in Kano."),
        ),
        "U",
        frozenset({"reduced"}),
    ),
    ChunkRule(
        Rule(
            "reduced_reported",
            "{cue:[Skw]} r? {head:V}",
            79,
            (
                "Ferry sinks: 40 feared drowned off Oru.",
                "Nine soldiers reported killed in Kanda.",
                "Six believed killed.",
            ),
            ("Police found killed rebels.", "Nine people killed in the raid.", "Nine were reported killed."),
        ),
        "U",
        frozenset({"reduced"}),
        # a headline's reported outcome with no auxiliary ("40 feared drowned"): the
        # participle of a raising verb right after its group (not "found", "said": active
        # verbs there)
        words=MappingProxyType({"cue": BARE_REPORTED_PARTICIPLES}),
        prev="FN",
    ),
    ChunkRule(
        Rule(
            "ing",
            "r? {head:g}",
            45,
            ("An explosion hit a bus, killing nine.", "Gunmen opened fire, wounding 30 others."),
            ("The killing of 16 people shocked the town.", "Thousands were fleeing the town."),
        ),
        "G",
        frozenset({"ing"}),
    ),
    ChunkRule(
        Rule(
            "negated_passive",
            "[mh]{0,2} b X r? {head:V}",
            90,
            ("The passengers were not hurt.", "He wasn't hurt.", "The driver was never hurt."),
            ("Nine were killed.", "The hostages have not been hurt."),
        ),
        "X",
        frozenset({"negated", "passive"}),
    ),
    ChunkRule(
        Rule(
            "negated_degree",
            "[mh]{0,2} b X {cue:r} {head:V}",
            91,
            ("The driver was not seriously hurt.", "Two guards were not badly injured."),
            ("The passengers were not hurt.", "The driver was never hurt."),
        ),
        # a negated degree of the harm is the harm ("was not seriously hurt": hurt)
        "V",
        frozenset({"passive"}),
        words=MappingProxyType({"cue": frozenset({"seriously", "critically", "badly", "severely", "gravely"})}),
    ),
    ChunkRule(
        Rule(
            "negated_passive_perfect",
            "[mh]{1,2} X h? b r? {head:V}",
            90,
            ("The hostages have not been hurt.", "The crew will not be executed.", "They could not have been killed."),
            ("The passengers were not hurt.", "The army did not kill two."),
        ),
        "X",
        frozenset({"negated", "passive"}),
    ),
    ChunkRule(
        Rule(
            "negated_active",
            "[mh]{0,2} X r? h? r? {head:[vV]}",
            90,
            ("The army did not kill two.", "The strike didn't kill anyone.", "The army never killed civilians."),
            ("The passengers were not hurt.", "The army killed two."),
        ),
        "X",
        frozenset({"negated", "active"}),
    ),
    ChunkRule(
        Rule(
            "negated_other",
            "[mhb]{1,2} X r? b? r? {head:w}?",
            45,
            (
                "The attack did not cause any injuries.",
                "The toll was not immediately clear.",
                "They have not been harmed, but two died.",
            ),
            ("The passengers were not hurt.", "Nine were killed."),
        ),
        "X",
        frozenset({"negated"}),
    ),
    ChunkRule(
        Rule(
            "intent",
            "b? r? {cue:w} t r? {head:v}",
            80,
            ("Gunmen tried to kill the mayor.", "The group threatened to kill the hostages."),
            ("Gunmen managed to kill the mayor.", "Gunmen killed the mayor."),
        ),
        "W",
        frozenset({"intent"}),
        words=MappingProxyType({"cue": INTENT_CUES}),
    ),
    ChunkRule(
        Rule(
            "future_passive",
            "{cue:m} r{0,2} {link:b} r{0,2} {head:V}",
            85,
            (
                "Three hostages will be executed on Sunday.",
                "The kidnappers said the two pilots would be killed unless their demands were met.",
            ),
            ("Three hostages could have been killed.", "Four people may have been killed.", "Two got hurt."),
        ),
        "W",
        frozenset({"intent"}),
        words=MappingProxyType({"cue": FUTURE_MODALS, "link": frozenset({"be"})}),
    ),
    ChunkRule(
        Rule(
            "infinitive",
            "t r? b? r? {head:[vV]}",
            75,
            ("Gunmen managed to kill the mayor.", "Two men are set to be executed."),
            ("Gunmen tried to kill the mayor.", "Two are believed to have died."),
        ),
        "W",
        frozenset({"intent", "infinitive"}),
    ),
    # -- linking and reporting verb groups ------------------------------------------------
    ChunkRule(
        Rule(
            "linking",
            "m? r? h? r? b? r? {head:k} r?",
            70,
            ("Three bodies were found in the river.", "The blast left 3 dead.", "Two children remain missing."),
            ("Gunmen killed nine villagers.", "The death toll rose to 50."),
        ),
        "K",
    ),
    ChunkRule(
        Rule(
            "linking_to",
            "m? r? h? r? b? r? {head:k} r? t",
            72,
            ("The death toll rose to 50.", "The toll has risen to 9.", "The toll stood at more than 300."),
            ("Dozens are feared to have been killed.", "Three bodies were found in the river."),
        ),
        "K",
        next="F",
    ),
    ChunkRule(
        Rule(
            "linking_revised",
            "m? r? h? r? b r? {head:w} r? t",
            73,
            ("The toll was lowered to 12.", "The death toll has been revised to 40."),
            ("The toll was revised.", "The death toll rose to 50.", "The plan was revised to cut 40 jobs."),
        ),
        "K",
        # a toll revised ("was revised to 14"): a linking verb of a toll before its figure
        words=MappingProxyType({"head": TOLL_REVISIONS}),
        next="F",
    ),
    ChunkRule(
        Rule(
            "linking_revised_way",
            "m? r? h? r? b r? {head:w} r? {link:[Pw]} t",
            74,
            ("The death toll was revised down to 14.", "The toll has been revised upward to 40."),
            ("The toll was revised down.", "The death toll was revised to 14."),
        ),
        "K",
        # linking_revised with the way it went ("revised down to 14")
        words=MappingProxyType({"head": TOLL_REVISIONS, "link": TOLL_WAYS}),
        next="F",
    ),
    ChunkRule(
        Rule(
            "linking_reported",
            "m? r? h? r? b r? {cue:S} r?",
            71,
            ("Three men were confirmed dead.", "Two fighters were reported dead.", "Five have been reported missing."),
            ("Heavy casualties were reported.", "Three men were confirmed killed."),
        ),
        "K",
        next="O",
        words=MappingProxyType({"cue": REPORTED_PARTICIPLES}),
    ),
    ChunkRule(
        Rule(
            "linking_reported_infinitive",
            "m? r? h? r? b? r? {cue:[Skw]} r? t b r?",
            73,
            (
                "Six people are feared to be dead.",
                "Two women are said to be in a critical condition.",
                "Four miners appear to be missing.",
            ),
            ("Six people are feared to have died.", "Two men are said to be suspects."),
        ),
        "K",
        next="O",
        words=MappingProxyType({"cue": REPORTED_PARTICIPLES | RAISING_VERBS}),
    ),
    ChunkRule(
        Rule(
            "shooting",
            "r? {head:[Vv]}",
            57,
            ("A gunman shot four people, killing two.", "Gunmen shot a guard in the leg.", "A man shoots his wife."),
            ("Four people were shot.", "Gunmen shot dead two guards.", "The man had shot his neighbour."),
        ),
        "K",
        next="OBJECT",
        words=MappingProxyType({"head": SHOOTING_VERBS}),
    ),
    ChunkRule(
        Rule(
            "shooting_perfect",
            "m? r? h r{0,2} {head:[Vv]}",
            77,
            ("The man had shot his neighbour.", "Gunmen have shot four guards, killing one."),
            ("Four people have been shot.", "Gunmen shot four guards."),
        ),
        "K",
        next="OBJECT",
        words=MappingProxyType({"head": SHOOTING_VERBS}),
    ),
    ChunkRule(
        Rule(
            "shooting_at",
            "m? r? h? r{0,2} {head:[Vv]} {link:[tP]}",
            78,
            ("Two men shot at a car.", "A gunman shot into the crowd, wounding five."),
            ("Four people were shot at close range.", "Two people shot in the leg survived."),
        ),
        "K",
        words=MappingProxyType({"head": SHOOTING_VERBS, "link": AIM_LINKS}),
    ),
    ChunkRule(
        Rule(
            "resultative",
            "{head:[wV]} (C {pair:[wV]})? \"?",
            58,
            (
                "Bandits hacked and burnt six traders to death.",
                "A mob beat two thieves to death.",
                "Guards stabbed a prisoner dead.",
                'A mob "hacked and burnt" 8 herders to death.',
            ),
            ("Bandits hacked six traders with machetes.", "A mob beat to death two thieves."),
        ),
        "K",
        next="(D{0,2} F? [wY]{0,2} [nN]{0,2} | p) O",
        words=MappingProxyType({"head": RESULT_VERBS | PAIR_VERBS, "pair": RESULT_VERBS | PAIR_VERBS}),
    ),
    ChunkRule(
        Rule(
            "copula",
            "m? r? h? r? {head:b} r?",
            40,
            ("Two children are missing.", "The toll was 50.", "There were no injuries."),
            ("Nine people were among the dead.", "Nine were killed."),
        ),
        "K",
        frozenset({"copula"}),
        next="[OF]",
    ),
    ChunkRule(
        Rule(
            "reporting",
            "m? r? h? r? b? r? {head:S}",
            70,
            (
                "At least 11 civilians were killed, police said.",
                "Three soldiers died, according to the ministry.",
                "Heavy casualties were reported.",
            ),
            ("Gunmen killed nine villagers.", "Nine were killed."),
        ),
        "S",
    ),
    ChunkRule(
        Rule(
            "participle",
            "{head:w}",
            5,
            ("Five policemen escorting a bus have been killed.", "Two men riding a motorbike were shot dead."),
            ("Five policemen in a bus have been killed.", "A king was killed in the attack."),
        ),
        "J",
        endings=MappingProxyType({"head": ("ing",)}),
    ),
)

# == L3: phrases ================================================================================
#
# L3 (:mod:`casualties.phrases`) reads the L2 chunk string into phrases. A phrase rule
# matches a whole victim phrase: its core figure or noun group (slot ``core``), a partitive
# ``of`` group (``of``: "None of the 40 hostages", "two of them"), attached prepositional,
# time and place phrases (``att``), an aside between it and its verb (``aside``: its figure
# and noun groups are PARTS of the core, never new subjects) and coordinated conjuncts
# (``conj``). Selection: leftmost, then longest, then priority, then the rule written first.
# L3 tries the rules in priority order in ONE scan, so the priorities must agree: a rule that
# can match more chunks than another from the same chunk needs the higher priority
# (``tests/test_phrases.py`` compares the scan with a plain longest-match reader). A chunk no
# rule takes is a phrase of its own, with its chunk code (an intransitive ``A`` becomes ``i``).

#: One character per phrase: the victim phrase codes by the kind of their core, then every
#: chunk code that passes through (its meaning as in :data:`CHUNK_ALPHABET`).
PHRASE_ALPHABET: Final[Mapping[str, str]] = MappingProxyType(
    {
        "F": "a victim phrase around a figure group of people ('at least 11 civilians, including ...')",
        "N": "a victim phrase around a noun group of people ('a mayor and his secretary')",
        "M": "a part phrase: a figure 'of them' ('two of them')",
        "Z": "a zero phrase ('no one', 'none of the 40 hostages')",
        "H": "a figure with an outcome head ('3 dead', '12 deaths', 'no injuries')",
        "f": "a figure group of things, times or events ('83 cows', 'two days')",
        "n": "a noun group of things ('a bus')",
        "i": "an intransitive active outcome verb group ('died', 'lost their lives')",
        **{code: what for code, what in CHUNK_ALPHABET.items() if code not in "FN"},
    }
)
#: The phrase codes of victim phrases (made by phrase rules; everything else passes through).
VICTIM_CODES: Final = frozenset("FNMZHfn")
#: What L3 reads: the chunk codes, a figure group with an outcome head ("3 dead", "11
#: fatalities") written ``H``: it is a verbless clause of its own ("3 dead and 20 injured",
#: "11 fatalities and 35 injuries"), never a conjunct of a noun list.
PHRASE_INPUT: Final[Mapping[str, str]] = MappingProxyType({**CHUNK_ALPHABET, "H": PHRASE_ALPHABET["H"]})

#: An aside whose first or second chunk has one of these codes holds no parts (a relative clause
#: ", who were ...,"; a word-led aside ", aged 4 and 6,", ", majority of them vendors,"; an
#: adverb-led one ", mostly women and children,"; a participle-led one ", believed to be ...,";
#: a modifier without commas "aged 4 and 6", "who had killed two soldiers and a guard").
NO_PARTS_AFTER: Final = frozenset("RwrKJ")
#: Phrase rules whose aside holds no parts: it describes one member of their list.
NO_PARTS_RULES: Final = frozenset({"coordination_apposed", "coordination_bracketed"})

#: The modifiers without commas that end before a group of people that is the subject of
#: the verb after them ("134 families who say their children were abducted"): L3 keeps the core alone.
SUBJECT_MODIFIERS: Final = frozenset(
    {"modifier_relative", "modifier_past_participle", "modifier_present_participle", "modifier_place"}
    | {"modifier_reduced_outcome"}
)
#: Prepositions that may open a clause ("rioted after a boy was killed").
CLAUSE_PREPOSITIONS: Final = frozenset({"after", "before", "since", "as", "until", "till", "because"})

#: Prepositions that open an absolute clause before a figure group and its participle
#: ("killed 65 with over 100 injured"): L3 reads them as a clause break, never as an attachment.
ABSOLUTE_LINKS: Final = frozenset({"with"})
#: Coordinators that join clauses, never two groups of people ("16 people were killed,
#: while 82 others were injured"): L3 reads them as a clause break.
CLAUSE_COORDINATORS: Final = frozenset({"while", "whereas", "but"})
#: Part markers that name, right after a group, the larger group it is part of ("three
#: policemen among 8 killed"): no aside of the group's parts, L3 reads them as a clause break.
PART_OF_LINKS: Final = frozenset({"among"})
#: Named patterns the phrase rules share (over chunk codes).
PHRASE_MACROS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "CORE": "[FNH]",
        "LEAD": "[FNHY]",  # where a phrase may start: a CORE chunk, or a name that opens a list
        "ATT": "P [YNEQFw] (o [YE])? | t [YNEQ] | Q",  # "in Kanda", "on Friday", "in two days of fighting",
        # "in the village of Tala"; never "to" a figure ("the number killed in the protests to 400")
        # a partitive "of" group, or the group or name its members belong to ("two members
        # of the Kanda Front", "a leader of the KDP")
        "OFG": "o [FNpY]",
        # one member of a list ("two members of his family in Kano", a title and its name
        # "commander Ali Musa"); its place is one phrase:
        # "including two boys in the village of Abo, 14 were killed" ends the list at "Abo"
        "MEMBER": "(N Y | [FN] OFG?) ([Pt] ([YNEQ] | F (o E)?) | Q)?",
        "CLAUSE": "[bKwJPYNQDrtodhmEF']",  # what a relative clause aside may hold
        "INSIDE": "[FNYwJdoCPD,QpIt]",  # what brackets may hold
        "CLAUSE_VERB": "[VAUXWKSbhm]",  # a verb group (or a bare be / have / modal) that opens a clause
        # what a relative clause or participle phrase without commas may hold: no figure group
        # ("the village where 12 people were killed" keeps its victims)
        "MODIFIER": "[bKwJPYNQDrtodhmEI']",
        # what a modifier may hold after its first chunk: no linking verb, which is the
        # subject's own ("two men who were abducted [were found] dead")
        "MODIFIER_REST": "[bwJPYNQDrtodhmEI']",
        "OWN_VERB": "[VUAXK]",  # the verb group of a subject after its modifier
        # the same with an outcome: a linking verb only before one ("were found dead")
        "OWN_OUTCOME": "[VUAX] | K O",
    }
)
#: The slot names phrase rules may use.
PHRASE_SLOTS: Final = frozenset({"core", "of", "att", "aside", "conj"})


class PhraseRule(NamedTuple):
    """A phrase rule: its :class:`~casualties.grammar.Rule` and a condition on what follows it.

    - ``not_next``: a pattern (over chunk codes, with :data:`PHRASE_MACROS`) that must NOT
      match right after the rule's match ("" none). The rule's match is taken as its pattern
      prefers it: a refused match is not shortened, the rule does not fire there;
    - ``not_next_after``: the condition holds only when the chunk before the match has one
      of these codes ("" always; a text start is no code);
    - ``next``: a pattern that MUST match right after the rule's match ("" none), taken
      the same way.

    Coordination uses ``not_next`` for a conjunct that opens its own clause: after a verb,
    in "killed nine villagers and 3 soldiers died" the last conjunct is the subject of
    "died", not a second object of "killed"; in subject position ("Twenty herdsmen and 83
    cows were killed") the verb after the list is the verb of the whole list. ``next``
    keeps a modifier without commas ("Ten people who were at the market were killed") in
    the group only when the group's own verb follows it, and closes a list of objects by a
    second verb ("killed A, B and wounded C"). ``not_after``: the chunk codes that may not
    stand right before the match ("" any): a name after a preposition is a place.
    """

    rule: Rule
    not_next: str = ""
    not_next_after: str = ""
    next: str = ""
    not_after: str = ""


#: The phrase rules (selection: see the comment at the top of this section).
PHRASE_RULES: Final[tuple[PhraseRule, ...]] = (
    PhraseRule(
        Rule(
            "aside_including",
            "{core:CORE} {of:OFG}? {att:ATT}? {aside:, I MEMBER ((C | ,) [FN]){0,2}} ,?",
            70,
            (
                "Eight displaced Syrians, including four children, were killed by border guards.",
                "Gunmen killed 12 people, including two women and a child.",
                "Seven people, including a boy of 14, were killed.",
                "Three rebels, including commander Ali Musa, were killed.",
            ),
            ("Gunmen killed 12 people, police said.", "Including two children, 12 people died."),
        ),
    ),
    PhraseRule(
        Rule(
            "aside_including_bare",
            "{core:[FN]} {of:OFG}? {att:ATT}? {aside:I MEMBER ((, [FN])? C [FN])?}",
            60,
            (
                "Six traders including two women were killed and 9 injured.",
                "Gunmen killed 12 people including two women and a child.",
            ),
            ("Six traders were killed including two women.", "Including two children, 12 people died."),
        ),
    ),
    PhraseRule(
        Rule(
            "aside_apposition",
            "{core:F} {of:OFG}? {aside:, [FN] OFG? ((C | ,) [FN] OFG?){1,3}} ,",
            65,
            (
                "Five people, two traders and a driver, were killed on Friday.",
                "Nine people, six men and three boys, died.",
                "The blast killed two men, a brother and cousin of the mayor, and wounded five.",
            ),
            ("Five people, two traders and a driver were killed.", "Gunmen killed 12 people, police said."),
        ),
        # a list with a comma before its last member is no aside ("three clerks, a guard, and a nurse")
        not_next="C [FN]",
    ),
    PhraseRule(
        Rule(
            "aside_apposition_one",
            "{core:F} {of:OFG}? {aside:, [FN]} ,",
            65,
            ("Six people, all civilians, died.", "Two men, both farmers, were shot dead."),
            (
                "Six people, all civilians died.",
                "Two clerks, a guard, three cooks and a nurse died.",
                "He shot his two sons, his uncle, cousin, and a neighbour.",
            ),
        ),
        # one member followed by more of a list is the list's first ("two clerks, a guard,
        # three cooks and a nurse"), not an aside
        not_next="C [FN] | [FN] ,? C [FN]",
    ),
    PhraseRule(
        Rule(
            "aside_names",
            "{core:F} {of:OFG}? {aside:, Y ((C | ,) Y){1,3}} ,?",
            65,
            (
                "Two teachers, Ana Ruiz and Ben Ota were shot dead.",
                "Three pilgrims, Ade, Bola and Femi, died in the crash.",
            ),
            ("Two teachers, Ana Ruiz and Ben Ota said.", "Gunmen killed two guards, Ana Ruiz said."),
        ),
        # the names of the members of a figure group, up to its verb: no victims of their own
        next="OWN_VERB",
    ),
    PhraseRule(
        # a name between commas after a figure group names the group or its "of" group;
        # the verb after it is the group's ("two sons of the chief, Ben Ota, were abducted"),
        # the name no victim of its own
        Rule(
            "aside_name",
            "{core:F} {of:OFG}? {aside:, N? Y ,}",
            65,
            (
                "One farmer, Ali Musa, was killed in Tala.",
                "Two sons of the Tala police chief, Colonel Ben Ota, were abducted.",
            ),
            ("Ali Musa, a farmer, was killed.", "Gunmen killed a farmer, Ali Musa said.", "A farmer, Ali Musa, said."),
        ),
        next="OWN_VERB",
    ),
    PhraseRule(
        Rule(
            "aside_adverb",
            "{core:CORE} {of:OFG}? {aside:, r (MEMBER ((C | ,) [FN]){0,3} | w{1,2})} ,?",
            65,
            (
                "At least 30 people, mostly women and children, were killed.",
                "Nine people, mainly traders, died in the blast.",
                "The flood left 14 people, mostly herders and their children dead.",
                "At least 12 people, mostly cadets, were killed.",
            ),
            ("Gunmen killed 12 people, mostly women.", "Nine people died, mostly women and children."),
        ),
        next="OWN_VERB | O",
    ),
    PhraseRule(
        Rule(
            "aside_partitive",
            "{core:CORE} {aside:, [wDF]? o (p | R b) ([FN] OFG?)? ATT?} ,",
            65,
            (
                "As many as 25 people, majority of them vendors, were killed.",
                "At least 14 people, most of them from one village, were killed.",
                "Nine people, most of them children, died.",
                "Nine people, two of them children, died.",
                "Nine people, most of them members of one family, died.",
                "Five people, two of whom were soldiers, died.",
            ),
            ("Nine people died, most of them children.", "Two of them were killed."),
        ),
    ),
    PhraseRule(
        Rule(
            "aside_partitive_dash",
            "{core:CORE} {aside:- P? [wDF]? o p [FN]? -}",
            65,
            (
                "More than 900 people - over half of them civilians - have died.",
                "Nine people - most of them children - died.",
            ),
            ("Nine people died - most of them children.", "Two of them were killed."),
        ),
    ),
    PhraseRule(
        Rule(
            "aside_comment",
            "{core:CORE} {of:OFG}? {aside:, [rw] N? ,}",
            55,
            (
                "Four guards, tragically, were killed.",
                "Two of them, sadly, died before dawn.",
            ),
            ("Two of them died, sadly.", "Nine people, Kanda police said, died."),
        ),
    ),
    PhraseRule(
        Rule(
            "aside_floated_place",
            "{core:CORE} {of:OFG}? {aside:D ATT} ,?",
            57,
            (
                "Four herders of Abo and Tala both in the east, were killed.",
                "Nine pilgrims all from Kano were killed.",
            ),
            ("Four herders were killed both in Abo and Tala.", "Gunmen killed nine pilgrims all from Kano."),
        ),
        # a floated quantifier and a place after the subject, up to its verb
        next="OWN_VERB",
    ),
    PhraseRule(
        Rule(
            "aside_age",
            "{core:CORE} {aside:, w [Fd] ((C | ,) [Fd]){0,2}} ,",
            60,
            ("Two children, aged 4 and 6, were injured.",),
            ("Two children were injured, aged 4 and 6.",),
        ),
    ),
    PhraseRule(
        # a bare age between commas (L1 reads it after a person noun in the singular), up to
        # the verb of its subject: no one of its own ("a boy, 8, was hurt")
        Rule(
            "aside_age_bare",
            "{core:CORE} {aside:, d} ,",
            60,
            ("A boy, 8, was critically injured.", "The driver, 52, died at the scene."),
            ("Police said the boy, 8, and his sister were safe.", "Two children were injured, 4 and 6."),
        ),
        next="OWN_VERB",
    ),
    PhraseRule(
        Rule(
            "aside_brackets",
            "{core:CORE} {of:OFG}? {aside:r? \\( INSIDE{1,12} \\)}",
            60,
            (
                "Five soldiers (two of them officers) were killed.",
                "Eight people total (including a guard) were killed.",
                "Nine people (including 4 children) died.",
                "Ten people (traders, farmers, pupils, and guards at a school) died.",
            ),
            ("Five soldiers were killed (police said).", "Nine people died."),
        ),
    ),
    PhraseRule(
        Rule(
            "aside_dash",
            "{core:CORE} {of:OFG}? {aside:- ([Ir]? MEMBER ((C | ,) [FN]){0,3} | Y ((C | ,) Y){1,4}) -}",
            60,
            (
                "Three people - two women and a child - were killed.",
                "Three RVF activists - Ade, Bola and Femi - were shot dead.",
                "Nine traders - including two women and a boy - were killed.",
                "Five pupils - two of them in Kanda - died.",
                "Twelve people -- mostly women and children -- died in the flood.",
                "Twelve people - mostly women and children - were killed.",
            ),
            ("Three people were killed - two women and a child.", "Gunmen killed two men - Ade and Bola said."),
        ),
    ),
    PhraseRule(
        Rule(
            "aside_participle",
            "{core:CORE} {of:OFG}? {aside:J (w{0,3} [FNYw] | [Pt] w{0,2} [FNYEw]) (ATT | I [NY])?}",
            55,
            (
                "Gunmen killed five policemen escorting a bus.",
                "Police shot dead two men riding a motorbike.",
                "A blast killed three pilgrims travelling to Kano.",
                "Gunmen killed forty pilgrims attending prayers at the shrine.",
                "Gunmen shot dead two activists investigating land disputes.",
            ),
            ("Five policemen in a bus have been killed.", "Gunmen stormed a bus, killing three pilgrims."),
        ),
    ),
    PhraseRule(
        Rule(
            "aside_relative",
            "{core:CORE} {att:ATT}? {aside:, R CLAUSE{1,8}} ,",
            55,
            (
                "Twelve pilgrims, who were travelling to Kano, were killed.",
                "One aide to Ben Ota, who is standing for mayor in Tala, was wounded.",
            ),
            ("Twelve pilgrims who were travelling were killed.", "Twelve pilgrims, who were killed, died."),
        ),
    ),
    PhraseRule(
        # a participle phrase between commas, up to the verb of its subject: its groups are
        # no parts ("a man, believed to be a police informer, was shot")
        Rule(
            "aside_participle_commas",
            "{core:CORE} {of:OFG}? {aside:, [KJw] CLAUSE{1,8}} ,",
            55,
            (
                "A 40 year old man, believed to be an army informer, was shot and killed.",
                "Two guards, returning from a patrol near Oru, were killed by a mine.",
            ),
            (
                "Gunmen killed two guards, believed to be brothers, police said.",
                "Two guards, a driver and a cook were killed.",
            ),
        ),
        next="OWN_VERB",
    ),
    PhraseRule(
        # a relative clause that tells an earlier harm, between commas before the outcome of
        # the same victim: the aside names no one else ("A man, who was hurt in the raid, died")
        Rule(
            "aside_relative_harm",
            "{core:CORE} {aside:, R [bKwJPYNQDrtodhmE'VO]{1,12}} ,",
            54,
            (
                "A driver, who was wounded in the ambush on Friday, died in hospital.",
                "A guard, who suffered burn injuries in the fire, succumbed on Monday.",
            ),
            (
                "Twelve pilgrims, who were killed in the crash, came from Kano.",
                "Two men, who were wounded, said they saw the gunmen.",
            ),
        ),
        next="OWN_VERB",
    ),
    PhraseRule(
        Rule(
            "modifier_relative",
            "{core:CORE} {of:OFG}? {aside:R ([VU] MODIFIER_REST{0,8} | K O MODIFIER_REST{0,8}"
            " | b J F MODIFIER_REST{0,6} | MODIFIER MODIFIER_REST{0,7}) (, N? Y)?} ,?",
            56,
            (
                "A reporter who worked for a local radio station, Radio Kanda, was killed.",
                "Six people who were attending a funeral were killed.",
                "Four guards who were escorting two prisoners were shot dead.",  # a figure object
                "Two reporters who had been missing for days were found dead.",  # an earlier outcome
                "Around 10 guards who had been abducted have been killed.",
                "Two men who were abducted were shot dead.",
                "Ten workers who were at the depot were killed.",
                "Six guards who watched the vault were shot dead.",
                "About 30 inmates who had been detained in a sweep have been killed.",
                "A driver who was wounded in the raid died on Sunday.",
                "Three herders who were part of the caravan, were killed by a mine.",
            ),
            (
                "Gunmen raided two farms where 12 workers were killed.",
                "Nine people who were killed in the raid were mourned.",
                "Police arrested four men who killed a trader.",
                "Nine people who were killed in the raid were found in a ditch.",
            ),
        ),
        next="OWN_OUTCOME",
    ),
    PhraseRule(
        Rule(
            "modifier_reduced_outcome",
            "{core:CORE} {of:OFG}? {aside:U MODIFIER_REST{0,5}} ,?",
            56,
            (
                "Two men abducted last week were shot dead.",
                "Three guards kidnapped in May were found dead.",
                "A boy wounded in the blast died in hospital.",
            ),
            (
                "Nine people killed in the raid were found in a ditch.",
                "Nine people killed in the raid were mourned.",
                "Twelve people killed and 20 injured in the blast.",
            ),
        ),
        # an earlier outcome of the subject, before the outcome its own verb states
        next="OWN_OUTCOME",
    ),
    PhraseRule(
        Rule(
            "modifier_status_outcome",
            "{core:CORE} {of:OFG}? {aside:S? O MODIFIER_REST{0,5}} ,?",
            56,
            (
                "Four sailors reported missing on Monday were found dead.",
                "Two boys missing since May were found dead.",
            ),
            (
                "Four sailors missing, two dead.",
                "Two boys reported missing on Monday.",
                "Two men missing since May were seen in Tala.",
            ),
        ),
        # an earlier status of the subject ("reported missing", "missing since May"), before
        # the outcome its own verb states
        next="OWN_OUTCOME",
    ),
    PhraseRule(
        Rule(
            "modifier_past_participle",
            "{core:CORE} {of:OFG}? {att:ATT}? "
            "{aside:w ([Pto] MODIFIER_REST{0,5} (C [wJ] MODIFIER_REST{0,5})? | d ((C | ,) [Fd]){0,2})} ,?",
            56,
            (
                "Three men wanted over the bank heist were killed in a raid.",
                "Two farmers accused of theft were lynched.",
                "A shop on the main road known as Casa Ruiz was shot at.",
                "Five men armed with knives and carrying petrol were shot dead.",
                "Two boys aged 9 and 13 were shot dead.",  # an age after a participle
                "A woman aged 52 was stabbed to death.",
            ),
            (
                "Gunmen stormed the village on Monday.",
                "Troops repelled an attack on the base, 12 rebels were killed.",
                "Gunmen wearing masks attacked the bus and 12 passengers died.",
            ),
        ),
        next="OWN_VERB",
    ),
    PhraseRule(
        Rule(
            "modifier_past_participle_figure",
            "{core:CORE} {of:OFG}? {aside:w [Pto] MODIFIER_REST{0,2} [Jw] F MODIFIER_REST{0,2}} ,?",
            57,
            (
                "A youth accused of stealing 14 sheep was beaten to death.",
                "Three guards sent to escort 40 prisoners were killed.",
            ),
            (
                "Gunmen accused of killing 3 people were arrested.",
                "Two men armed with rifles killed 12 people.",
                "A town located north of Tala in the Kanda Region 6 people were killed.",
            ),
        ),
        # a figure group inside the modifier (the object of its participle) is no subject of
        # the verb after the modifier, which is the group's own
        next="OWN_VERB",
    ),
    PhraseRule(
        Rule(
            "modifier_past_participle_and",
            "{core:[FN]} {aside:w [Pto] [NYE]} {conj:C [FN] OFG?}",
            56,
            (
                "An airstrike killed a chief loyal to the army and four of his sons.",
                "Gunmen shot a trader known in Kanda and his driver.",
            ),
            (
                "Gunmen shot a trader known in Kanda and his driver fled.",
                "Gunmen killed two farmers in Kanda and a herder.",
            ),
        ),
        # a past participle phrase after an object, then the object's second member ("killed
        # a chief allied with the army and six of his guards": both are killed); not when the
        # second member is the subject of a verb of its own
        not_next="CLAUSE_VERB",
    ),
    PhraseRule(
        # an -ing phrase up to the verb of its subject (an aside_participle elsewhere)
        Rule(
            "modifier_present_participle",
            "{core:CORE} {of:OFG}? {aside:J MODIFIER_REST{1,8} (C [wJ] MODIFIER_REST{1,8})?} ,?",
            56,
            (
                "Five policemen escorting a bus have been killed.",
                "Two boys selling fruit and carrying bags were killed.",
                "Two men riding a motorbike were shot dead.",
                "Three pilgrims travelling to Kano died.",
                "Forty pilgrims attending prayers at the shrine were killed.",
                "A teacher reporting on abuses among prison guards was shot dead.",
                "Twelve people working on a research project run by the Kanda Fund were kidnapped.",
                "Two nurses working at a clinic owned by the Tala Relief Agency were shot dead.",
            ),
            (
                "Gunmen wearing masks attacked the bus and 12 passengers died.",
                "Gunmen stormed a bus, killing three pilgrims.",
            ),
        ),
        next="OWN_VERB",
    ),
    PhraseRule(
        Rule(
            "modifier_participle_and",
            "{core:CORE} {of:OFG}? {att:[Pt] [wNYEQF]}? {aside:C J MODIFIER{1,6}} ,?",
            56,
            (
                "Three Kandans armed with rifles and wearing vests were shot dead.",
                "Two riders from Tala and carrying flags were killed.",
            ),
            (
                "Three guards and wearing masks.",
                "Two farmers from Tala and carrying bags.",
            ),
        ),
        # a second participle phrase after a group whose first one its words took ("three
        # Kandans armed with rifles and wearing vests"), up to the verb of its subject
        next="OWN_VERB",
    ),
    PhraseRule(
        # a chain of place and group phrases up to the verb of its subject ("six farmers on
        # the Tala side of the border in the Abo and Ewe districts were killed"), a comma
        # before the verb allowed; a figure group ends it (a list of subjects)
        Rule(
            "modifier_place",
            "{core:CORE} {aside:[Pto] [PtoYNwDQd'\\(\\)r]{1,12} (C Y [PtoYNwDQd'\\(\\)r]{0,6})? [YNwQd\\)]}",
            56,
            (
                "Six farmers on the Tala side of the border in the Abo and Ewe districts were killed.",
                "Two traders from the market in the Abo district of Kanda were shot dead.",
                "Four members of Tala state's ruling Unity Party were killed in a clash.",
                "Five residents of Abo and Ewe both in the Kanda hill areas of Biru State, were killed.",
                "Nine villagers on the Tala side of the Border Line (BL) in the Abo sector of Kanda's Oru "
                "district and Ewe area of Biru district were killed.",
            ),
            (
                "Gunmen killed six farmers in Abo and two traders were wounded.",
                "Six farmers in Abo and two traders in Ewe were killed.",
                "Four men in Abo were found dead.",
                "Two boys from the village of Abo and their mother were killed.",
            ),
        ),
        next=",? OWN_VERB",
    ),
    PhraseRule(
        # a place and the region it lies in, between commas, up to the verb of its subject
        # ("two students in Kadu, Lira, were killed"); the comma before the verb is needed:
        # without it the last name may be the subject ("in Kadu, Ade was shot")
        Rule(
            "modifier_place_region",
            "{core:CORE} {of:OFG}? {aside:[Pt] D? Y (, [YN]){1,2}}",
            56,
            (
                "Two students in Kadu, Lira, were killed on Monday.",
                "A teacher from Oru, Kanda State, was shot dead.",
            ),
            (
                "Gunmen killed two students in Kadu, Lira and Ewe.",
                "Two students in Kadu, Lira, said police had killed them.",
            ),
        ),
        next=", OWN_VERB",
    ),
    PhraseRule(
        Rule(
            "coordination",
            "{core:[FN]} {of:OFG}? {att:ATT}? {conj:(, [FN]){0,3} C [FNY] ATT? ATT?}",
            50,
            (
                "Twenty herdsmen and 83 cows were killed.",
                "Gunmen killed nine villagers in Kanda as well as two in Biru.",
                "A mayor and his secretary were killed.",
                "Three soldiers, two policemen and a civilian died.",
                "Gunmen killed two soldiers and a civilian.",
                "Police said nine villagers and 3 soldiers died.",
                "Troops killed nine rebels in the town of Abo as well as four in the town of Ewe.",
                "Two guards and Ruth Ade were killed.",
            ),
            (
                "Gunmen killed nine villagers and burned houses.",
                "Nine were killed and 12 injured.",
                "Rebels killed six farmers and wounded 14 others.",
                "Two soldiers were killed and five others were wounded.",
                "Gunmen killed 12 villagers and three soldiers died.",
                "Gunmen killed nine villagers and 3 soldiers were wounded.",
                "The clash left 4 dead and 17 injured.",
                "The storm caused 12 deaths and 40 injuries.",
            ),
        ),
        # after a verb or a part marker, a last conjunct followed by a verb group is the
        # subject of its own clause ("left two dead, including a child and four wounded");
        # also after "them" (the apposition of a part: "one of them a guard and 9 were hurt")
        not_next="CLAUSE_VERB",
        not_next_after="AGIp",
    ),
    PhraseRule(
        # a list that a name opens ("Ana Ruiz and two guards"); after the name, commas only
        # between names: "Ana Ruiz, a teacher and mayor, was killed" is one person described
        Rule(
            "coordination_name_first",
            "{core:Y} {att:ATT}? {conj:(, Y){0,3} C [FNY] ATT? ATT?}",
            50,
            (
                "Ruth Ade and two guards were killed.",
                "Gunmen shot dead Ben Ota and Ali Musa.",
                "Okafor and his nephew were shot dead.",
            ),
            (
                "Ruth Ade, a teacher and former mayor, was killed.",
                "Gunmen killed Ben Ota and three soldiers died.",
                "Police in Kanda said two died.",
                "Two soldiers were killed in Tala along with 12 rebels.",
            ),
        ),
        # the condition as for coordination; a name after a preposition is a place
        not_next="CLAUSE_VERB",
        not_next_after="AG",
        not_after="Pto",
    ),
    PhraseRule(
        # a list whose last member is named between commas, up to the verb of the list ("Ota
        # and his cousin, Ben Ade, were shot dead": 2); the name is no victim of its own
        Rule(
            "coordination_name_first_named",
            "{core:Y} {conj:C [FN]} {aside:, Y ,}",
            52,
            ("Ota and his cousin, Ben Ade, were shot dead.", "Ruth Ade and a guard, Ali Musa, died."),
            ("Ota and his cousin, Ben Ade, said the guards fled.", "Gunmen killed Ota, Ben Ade and Ali Musa."),
        ),
        next="OWN_VERB",
        not_after="Pto",
    ),
    PhraseRule(
        # coordination_name_first_named for a list a group opens
        Rule(
            "coordination_last_named",
            "{core:CORE} {conj:C [FN]} {aside:, Y ,}",
            52,
            ("Two nurses and their driver, Ben Ota, were killed.", "A guard and his son, Ali Musa, died."),
            ("Two nurses and their driver, Ben Ota, said the guards fled.", "Gunmen killed two nurses and Ben Ota."),
        ),
        next="OWN_VERB",
        not_after="Pto",
    ),
    PhraseRule(
        # two coordinated groups with one aside or modifier after the second, up to their
        # verb: the aside is of the whole list ("a captain and three others including two
        # civilians were killed": 1 + 3, two of them civilians)
        Rule(
            "coordination_modified",
            "{core:[FN]} {of:OFG}? {conj:C [FN]} {aside:I MEMBER | J MODIFIER{1,8} | R [VU]? MODIFIER{1,12}} ,?",
            57,
            (
                "A police captain and three others including two civilians were killed.",
                "Forty soldiers and civilians attending prayers at a mosque were killed.",
                "Two guards and a driver who worked at the depot were shot dead.",
                "A Danish engineer and two Kenyans who work with a building company responsible for"
                " repairing roads in Tala were killed in an ambush.",
            ),
            (
                "Gunmen killed two guards and a driver including a boy.",
                "Two guards and a driver escorting a bus were stopped.",
                "Two guards were killed and a driver including a boy.",
            ),
        ),
        next="OWN_VERB",
    ),
    PhraseRule(
        # two coordinated groups and a noun group between commas that describes the second,
        # up to their verb ("a farmer and his brother, a teacher, were killed": two, and
        # the teacher no part of them: NO_PARTS_RULES)
        Rule(
            "coordination_apposed",
            "{core:[FN]} {of:OFG}? {conj:C [FN]} {aside:, N} ,",
            57,
            (
                "A farmer and his brother, a local teacher, were killed.",
                "A trader and his wife, a nurse, were shot dead.",
            ),
            (
                "Gunmen killed a farmer and his brother, a local teacher.",
                "A farmer and his brother, a teacher and a nurse died.",
            ),
        ),
        next="OWN_VERB",
    ),
    PhraseRule(
        # a group glossed in brackets, then the rest of the list ("the imam (a local
        # cleric) and his son were shot": two; the gloss no part of them: NO_PARTS_RULES)
        Rule(
            "coordination_bracketed",
            "{core:[FN]} {of:OFG}? {aside:\\( INSIDE{1,12} \\)} {conj:C [FN] OFG?}",
            61,
            (
                "The imam (a local cleric) and his son were shot dead.",
                "The keeper of a shrine (a small mosque) and his son were killed.",
                "Five soldiers (two of them officers) and a civilian were killed.",
                "Gunmen killed a guard (a former soldier) and two drivers.",
            ),
            (
                "Five soldiers (two of them officers) were killed.",
                "Gunmen killed the imam (a cleric) and fled.",
                "Gunmen killed a guard (a former soldier) and two drivers fled.",
            ),
        ),
        not_next="CLAUSE_VERB",
        not_next_after="AGI",
    ),
    PhraseRule(
        # a group named between commas, then the rest of the list ("the mayor of Tala, Ali
        # Musa, and six others were killed": 1 + 6); the name is no victim of its own
        Rule(
            "coordination_named",
            "{core:[FN]} {of:OFG}? {aside:(\\( Y \\))? ([Pt] [YN])? , Y ,} {conj:C [FN] OFG?}",
            61,
            (
                "The mayor of Tala, Ali Musa, and six others were killed by gunmen.",
                "The Member of Parliament (MP) from Oru, Ali Musa, and four others died.",
                "The blast killed a judge, Ade Bello, and two of his guards.",
            ),
            (
                "Gunmen killed the mayor of Tala, Ali Musa, and wounded six others.",
                "The mayor of Tala, Ali Musa, was killed.",
            ),
        ),
        not_next="CLAUSE_VERB",
        not_next_after="AG",
    ),
    PhraseRule(
        # a list with a place and its region between commas after its last member, up to
        # the list's verb (as `modifier_place_region` for one group)
        Rule(
            "coordination_place_region",
            "{core:[FN]} {of:OFG}? {conj:(, [FN]){0,3} C [FN]} {aside:[Pt] D? Y (, [YN]){1,2}}",
            57,
            (
                "Two traders and a guard in Kadu, Lira, were killed on Monday.",
                "A teacher and two pupils from Oru, Kanda State, were shot dead.",
            ),
            (
                "Gunmen killed two traders and a guard in Kadu, Lira and Ewe.",
                "Two traders and a guard in Kadu, Lira, said police had killed them.",
            ),
        ),
        next=", OWN_VERB",
    ),
    PhraseRule(
        Rule(
            "coordination_twice",
            "{core:[FN]} {of:OFG}? {att:ATT}? {conj:C [FN] C [FN] ATT? ATT?}",
            51,
            (
                "Shelling killed 14 rebels and bandits and six soldiers on Friday.",
                "Two guards and a nurse and a cook died.",
            ),
            ("Five people, two men and a boy, and a woman died.", "Gunmen killed two guards and a nurse and fled."),
        ),
        # "and" twice without commas; a list with commas is `coordination` or an aside
        not_next="CLAUSE_VERB",
        not_next_after="AG",
    ),
    PhraseRule(
        Rule(
            "coordination_list",
            "{core:[FN]} {of:OFG}? {att:ATT}? {conj:(, [FN]){0,3} , C [FN] OFG? ATT?}",
            51,
            (
                "The gunman killed three clerks, a guard, and a nurse.",
                "Two farmers, a herder, and a boy died.",
                "Two adult men, and a young woman were injured.",
                "The head of the Kanda Front, along with two other members of the group, was shot dead.",
            ),
            (
                "Gunmen killed two clerks, a guard, and wounded a nurse.",
                "Two farmers, a herder and a boy died.",
                "The raid left two people dead, including a child, and four wounded.",
            ),
        ),
        # the last conjunct with its own verb: as for coordination; also after "them": the
        # apposition of a part ("one of them a guard, and 9 were injured")
        not_next="CLAUSE_VERB",
        not_next_after="AGIp",
    ),
    PhraseRule(
        Rule(
            "coordination_verbs",
            "{core:[FN]} {of:OFG}? {att:ATT}? {conj:(, [FN] OFG?){1,3}} ,?",
            66,
            (
                "He killed a guard, two clerks and wounded a driver.",
                "Gunmen opened fire, killing a nurse, three patients, and wounding two guards.",
                "Rebels killed a chief, two of his sons and injured four others.",
            ),
            (
                "He killed a guard, two clerks and a driver.",
                "He killed a guard, then wounded two clerks.",
                "Five people, two traders and a driver, were killed on Friday.",
            ),
        ),
        # a list of objects without a coordinator of its own, closed by a second verb that
        # "and" joins to the first ("killed A, B and wounded C": A and B are both killed)
        next="C r? [AGV]",
    ),
    PhraseRule(
        Rule(
            "coordination_of",
            "{core:[FN]} {of:OFG}? {att:ATT}? {conj:(, [FN]){0,3} C [FN] OFG ATT?}",
            52,
            (
                "A village chief and two members of his family were killed.",
                "Gunmen killed a teacher and three of his pupils.",
            ),
            (
                "A village chief and two members were killed.",
                "Gunmen killed a teacher and three of his pupils were wounded.",
            ),
        ),
        # a last member with its own partitive "of" group; the condition as for coordination
        not_next="CLAUSE_VERB",
        not_next_after="AG",
    ),
    PhraseRule(
        Rule(
            "victim",
            "{core:CORE} {of:OFG (o [FNY])? w?}? {att:ATT ATT?}?",
            40,
            (
                "At least 11 civilians were killed.",
                "None of the 40 hostages was hurt.",
                "Two of five members of a family were shot dead.",
                "Gunmen killed nine villagers in Kanda on Friday.",
                "Two members of a gang of nine were killed.",
            ),
            ("The dead were buried.", "Heavy casualties were reported."),
        ),
    ),
)

# == L4: clause frames ============================================================================
#
# L4 (:mod:`casualties.frames`) matches clause frames over the L3 phrase string. A frame
# names its ``victim`` phrase (slot ``victim``), the slot its outcome comes from
# (``outcome_from``: ``verb``, ``noun``, ``outcome`` or ``victim``; ``previous``: the outcome of
# the reading before it) and the role its victims take. Selection: longest match, then
# priority, then the frame written first; each victim phrase is claimed once.

#: Named patterns the frames share (over phrase codes).
FRAME_MACROS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "VICTIM": "[FNM]",
        "ANY_VICTIM": "[FNMZ]",
        "BE": "[bK]",
        # what a toll is of, up to two phrases: "from the attack on Kanda", "in the town of Abo"
        # and a coordinated event: "from the attack and a reprisal"; a possessive before
        # the event: "from Sunday's blast"
        "TOLL_ATT": "([Pt] [DQwdY']{0,3} [EYNnFfQw] (o [EYNn] | C [EYn])?){1,2}",
    }
)
#: The slot names frames may use.
FRAME_SLOTS: Final = frozenset({"victim", "verb", "noun", "prep", "outcome", "what", "cause"})


class Frame(NamedTuple):
    """A clause frame: its :class:`~casualties.grammar.Rule`, where its outcome comes from
    (a slot name, or ``previous``) and the role of its victims (``figure`` or ``part``);
    ``not_words``: slot -> the words the head of that slot's core chunk must not be;
    ``words``: slot -> the words it must be; ``fallback``: the outcome when the slot names
    none ("killed" for a bare toll: "the toll rose to 50"); ``overall``: its figure is the
    overall figure of the text (a coder's note, "Fatalities coded as 0"), and the other
    figures of its outcome are its parts; ``outcomes``: the outcomes it may read (empty:
    any), else it does not match; ``not_after``: the phrase codes that may not stand right
    before the match (the victims are the object of a verb there); ``status``: the victim's
    core chunk must hold one of these words before its head (empty: no condition);
    ``zero``: its verb is negated, the victims counted are none of them ("the driver was
    not hurt": 0 injured)."""

    rule: Rule
    outcome_from: str
    role: str = "figure"
    not_words: Mapping[str, frozenset[str]] = _NO_WORDS
    words: Mapping[str, frozenset[str]] = _NO_WORDS
    fallback: str = ""
    overall: bool = False
    outcomes: frozenset[str] = frozenset()
    not_after: str = ""
    status: frozenset[str] = frozenset()
    zero: bool = False


#: The participles and adjectives before a head that state what happened to the group
#: ("12 injured passengers", "a dead man"), not a noun that names a crime ("a murder suspect").
STATUS_OUTCOMES: Final = frozenset(
    {*("dead", "injured", "wounded", "hurt", "missing", "displaced", "abducted", "kidnapped")}
    | {*("slain", "killed", "murdered", "detained", "arrested", "captured", "evacuated")}
)
#: Parts of a body: "injuries to his head" says where one person was hurt, not who.
BODY_PARTS: Final = frozenset(
    {*("head", "face", "neck", "chest", "back", "stomach", "abdomen", "skull", "spine", "shoulder", "shoulders")}
    | {*("arm", "arms", "hand", "hands", "leg", "legs", "foot", "feet", "thigh", "thighs", "eye", "eyes", "body")}
)
#: Outcome words that are no outcome after a figure group: a verb ("one man remains at large").
NOT_VERBLESS: Final = frozenset({"remains"})
#: The heads of a figure group that states the condition of the injured ("two in
#: critical condition"), one multiword of L1.
CONDITION_HEADS: Final = frozenset(" ".join(words) for words in CONDITION_PHRASES)
#: The relative pronouns of people: a relative clause of an outcome after a group
#: ("14 girls who were abducted"); "that" and "which" also follow things ("vehicles that burned").
RELATIVE_PEOPLE: Final = frozenset({"who", "whom"})
#: Reflexive pronouns: after an outcome verb the victim is the verb's own subject, the
#: attacker ("blew himself up", "before killing herself", "was shot dead himself").
REFLEXIVES: Final = frozenset({"himself", "herself", "themselves"})
#: Verbs that turn a weapon on its holder ("turned the gun on himself").
TURN_VERBS: Final = frozenset({"turn", "turns", "turned", "turning"})
#: Verbs that take a life of one's own ("took his own life").
TAKE_VERBS: Final = frozenset({"take", "takes", "took", "taken", "taking"})
#: What a life of one's own is (one unit of L1: "his [own life]").
OWN_LIFE: Final = frozenset({"own life", "own lives"})
#: Verbs that make their object do what an infinitive after it says ("forced 300 families
#: to flee", "has caused a million people to flee"), active and passive forms.
CAUSE_VERBS: Final = frozenset(
    {
        *("cause", "causes", "caused", "causing", "force", "forces", "forced", "forcing"),
        *("drive", "drives", "drove", "driven", "driving", "prompt", "prompts", "prompted", "prompting"),
        *("compel", "compels", "compelled", "compelling", "push", "pushes", "pushed", "pushing"),
        *("lead", "leads", "led", "leading", "oblige", "obliges", "obliged", "obliging"),
    }
)
#: Verbs that move a toll to a figure ("taking the number killed to 86", "took the toll to 60").
TOLL_MOVERS: Final = frozenset(
    {
        *("take", "takes", "took", "taken", "taking", "bring", "brings", "brought", "bringing"),
        *("raise", "raises", "raised", "raising", "push", "pushes", "pushed", "pushing"),
        *("lift", "lifts", "lifted", "lifting", "put", "puts", "putting"),
        *("lower", "lowers", "lowered", "lowering", "revise", "revises", "revised", "revising"),
        *("reduce", "reduces", "reduced", "reducing", "cut", "cuts", "cutting"),
    }
)
#: The infinitives a cause verb makes an outcome of its object: leaving and dying, not an
#: act of the object's own ("forced 12 men to kill a guard").
CAUSED_OUTCOMES: Final = frozenset(
    {*("flee", "leave", "evacuate", "evacuated", "displaced", "die", "perish", "killed", "injured", "wounded")}
)


#: The clause frames.
FRAMES: Final[tuple[Frame, ...]] = (
    Frame(
        Rule(
            "passive",
            "{victim:VICTIM} ,? {verb:[VU]}",
            60,
            (
                "At least 11 civilians were killed.",
                "14 civilians, have been killed in two days of fighting.",
                "Five people were killed and 65 others injured.",
            ),
            ("Gunmen killed nine villagers.", "No one was hurt."),
        ),
        "verb",
    ),
    Frame(
        Rule(
            "passive_then",
            "{victim:VICTIM} ,? V ([frw] | [Pt] [nNYEQf] | o [nN] | Q){1,3} ,? C {verb:U}",
            60,
            (
                "A farmer was shot four times in the chest, and killed.",
                "A farmer was shot twice in the back of the head, and killed.",
                "Two guards were abducted in Kanda on Monday and killed.",
            ),
            (
                "A farmer was shot in the chest and two others killed.",
                "A farmer was shot and killed.",
                "One man was wounded in the raid and arrested.",
            ),
        ),
        # a killing that "and" joins to the passive verb group after what is attached to
        # it: the subject's outcome is the killing ("was shot four times ..., and killed")
        "verb",
        outcomes=frozenset({"killed"}),
    ),
    Frame(
        Rule(
            "passive_then_found",
            "{victim:VICTIM} ,? V ([frw] | [Pt] [nNYEQf] | Q){0,3} ,? (C p? | ; p) K {outcome:O}",
            60,
            (
                "A local cleric was kidnapped and later found dead.",
                "Two traders were abducted from a market in Kanda and found dead.",
                "Two guards were kidnapped; they were later found dead.",
                "A nurse was abducted in May and she was found dead in June.",
            ),
            (
                "Two men were wounded and remain in hospital.",
                "Three guards were abducted and remain missing.",
                "Two guards were kidnapped; they remain missing.",
            ),
        ),
        # a death that "and" (or a semicolon and a pronoun) joins to the passive verb group
        # as a status ("was kidnapped and later found dead", "were abducted; they were later
        # found dead"): the subject's outcome is the killing, as in passive_then
        "outcome",
        outcomes=frozenset({"killed"}),
    ),
    Frame(
        Rule(
            "passive_quoted",
            '{victim:VICTIM} ,? " (r ")? {verb:[VU]}',
            60,
            (
                'Two were killed and several others "seriously" wounded.',
                'Three died with four "badly injured" in the crash.',
            ),
            ('Two were killed and several others "seriously" hurt themselves.', '"Nine were killed," he said.'),
        ),
        # a word or the verb group set off by quotation marks ("scare quotes"): the
        # verb group is still the subject's
        "verb",
    ),
    Frame(
        Rule(
            "active",
            "{verb:A} {victim:ANY_VICTIM}",
            55,
            ("Gunmen killed nine villagers.", "Militants have killed 12 soldiers."),
            ("Three soldiers died.", "Nine villagers were killed."),
        ),
        "verb",
    ),
    Frame(
        Rule(
            "active_described",
            "{verb:[AG]} {victim:VICTIM} U",
            56,
            (
                "Militants executed four men captured during a raid.",
                "Troops shot dead two rebels wounded in the clash.",
                "Rebels stormed the town, killing nine soldiers abducted in a raid.",
            ),
            ("Militants executed four men.", "Four men captured during a raid were executed."),
        ),
        # a reduced participle after the object of an active verb describes the object:
        # the victims take the verb before them ("executed six people captured ...")
        "verb",
    ),
    Frame(
        Rule(
            "ing",
            "{verb:G} {victim:ANY_VICTIM}",
            55,
            ("An explosion hit a bus, killing 12 people.", "Gunmen opened fire, wounding 30."),
            ("The killing of 16 people shocked the town.", "Gunmen killed nine villagers."),
        ),
        "verb",
    ),
    Frame(
        Rule(
            "intransitive",
            "{victim:VICTIM} ,? {verb:i}",
            55,
            ("Three soldiers died.", "Four miners lost their lives in the blast."),
            ("Nine villagers were killed.", "No one died."),
        ),
        "verb",
    ),
    Frame(
        Rule(
            "fled_from",
            "{victim:F} ,? {verb:A} {what:[nNEY]}",
            55,
            ("Nearly 900 people fled their homes as the fighting spread.", "Thousands of villagers fled Abo."),
            ("Police said the gunmen fled the scene.", "Two suspects fled the town.", "Gunmen killed two guards."),
        ),
        # a figure of people who flee a place are displaced, whatever they flee ("fled their
        # homes"); not attackers getting away, nor anyone leaving the scene
        "verb",
        not_words=MappingProxyType(
            {
                "what": frozenset({"scene"}),
                "victim": frozenset({"gunmen", "suspects", "attackers", "assailants", "robbers", "kidnappers"}),
            }
        ),
        words=MappingProxyType({"verb": frozenset({"fled", "flee", "flees"})}),
    ),
    Frame(
        Rule(
            "gapped",
            "{what:VICTIM} ,? {verb:[VUi]} ([Pt] [YNEQn] | Q){1,3} C {victim:F} [.,;]",
            55,
            (
                "At least 14 people were killed on Monday and 20 on Tuesday.",
                "Nine were killed in Abo and three in Ewe, police said.",
                "Six miners died in Abo on Friday and two in Ewe.",
            ),
            (
                "Nine were killed in Abo and 12 injured.",
                "Two were killed in Abo and 5 others were wounded.",
                "Two soldiers were killed in Abo and 40 cows.",
            ),
        ),
        # the verb of a clause left out after "and" ("14 were killed on Monday and 20 on
        # Tuesday"): a second figure with its own place or time takes the verb before it
        "verb",
    ),
    Frame(
        Rule(
            "gapped_too",
            "{what:VICTIM} ,? {verb:[VUi]} ([Pt] [YNEQn] | Q){0,3} C {victim:F} {prep:r} [.,;]",
            55,
            ("A guard was killed and 3 robbers too.", "Two soldiers died in Abo and four rebels too."),
            ("A guard was killed and 3 robbers escaped too.", "Two soldiers were killed and four others escaped."),
        ),
        # a second group with "too" after "and" takes the verb before it ("a guard was killed
        # and 3 robbers too")
        "verb",
        words=MappingProxyType({"prep": frozenset({"too"})}),
    ),
    Frame(
        Rule(
            "relative",
            "{victim:VICTIM} {prep:R} {verb:[VUi]}",
            58,
            (
                "Troops are hunting for 14 girls who were abducted on Monday.",
                "Officials released the names of 12 miners who died.",
            ),
            (
                "Police arrested four men who killed a trader.",
                "Four men who were armed were arrested.",
                "The fire killed six inmates who were held there.",
            ),
        ),
        # a relative clause whose verb is the outcome of the group it follows; its victim is
        # the last group of people in the phrase ("the names of 12 miners who died"); not
        # after an outcome verb whose object the group is ("killing five men who were held")
        "verb",
        words=MappingProxyType({"prep": RELATIVE_PEOPLE}),
        not_after="AGi",
    ),
    Frame(
        Rule(
            "relative_predicate",
            "{victim:VICTIM} {prep:R} {verb:K} {outcome:[OU]}",
            58,
            (
                "Divers searched for about 15 people who remain missing.",
                "Police named the two guards who were found dead.",
            ),
            ("Police found two guards who were armed.", "Nine men who remain at large were charged."),
        ),
        "outcome",
        words=MappingProxyType({"prep": RELATIVE_PEOPLE}),
        not_after="AGi",
    ),
    Frame(
        Rule(
            "named_subject",
            "{victim:Y} (, d)? ,? {verb:[VUi]}",
            55,
            (
                "Pedro Alvarez was shot dead on Sunday.",
                "Land activist Ana Ruiz was killed in Tala.",
                "Mr Ota has died in hospital.",
                "Ali Musa, 61, died of his wounds.",
            ),
            ("Hamas said Israel killed 5.", "Ana Ruiz said two men died.", "Ali Musa, a farmer, was killed."),
        ),
        "verb",
    ),
    Frame(
        Rule(
            "named_apposition",
            "{victim:Y} (, d)? , ({what:[NF]} | [wf]) [NFnfwYoPtD'Cr,d]{0,9} , {verb:[VUi]}",
            58,
            (
                "Ali Musa, head of the Kanda council, was shot dead on Monday.",
                "Ana Ruiz, one of Tala's best known lawyers, was killed.",
                "Pedro Alvarez, a local trader and former mayor, was shot and killed in Kanda.",
                "Ben Ota, 52, a farmer, died in hospital.",
                "Ana Ruiz, candidate for mayor, rights activist, and former judge, was killed.",
            ),
            (
                "Ana Ruiz, Ben Ota, and Ali Musa were killed.",
                "Ali Musa, head of the Kanda council, said two men died.",
                "Kanda, a town of farmers, was attacked.",
            ),
        ),
        # a named person and a description of the person between commas: the victim is the
        # person (one), the description no victim of its own; a description that is a
        # group of people gives the person's party ("Ali Musa, a farmer, was killed")
        "verb",
    ),
    Frame(
        Rule(
            "named_apposition_then",
            "{victim:Y} , {what:[NF]} [NFnfwYoPtD'Crd]{0,4} , V"
            " ([frw] | [Pt] [nNYEQf] | o [nN] | Q){1,3} ,? C {verb:U}",
            59,
            (
                "Omar Zaki, a police officer, was shot four times in the head, and killed.",
                "Ana Ruiz, a nurse, was stabbed twice in the back of the neck and killed.",
            ),
            ("Omar Zaki, a police officer, was shot four times in the head.", "Ana Ruiz, a nurse, was killed."),
        ),
        # as passive_then after a named person and a description between commas: one killed
        "verb",
        outcomes=frozenset({"killed"}),
    ),
    Frame(
        Rule(
            "named_object",
            "{verb:[AG]} {victim:Y}",
            55,
            ("Gunmen have killed Ana Ruiz.", "Police shot dead Ali Musa in Kano.", "A blast hit Kano, killing Mr Ota."),
            ("Hamas said Israel killed 5.", "Gunmen killed nine villagers in Kano."),
        ),
        "verb",
    ),
    Frame(
        Rule(
            "pronoun_object",
            "{verb:[AG]} {victim:[pD]}",
            50,
            (
                "He shot a student, killing him.",
                "Gunmen stabbed the mayor, killing him.",
                "Gunmen shot two guards, killing them.",
                "He killed two and wounded another.",
                "The blast killed one guard and injured another.",
            ),
            ("Police said they killed 5.", "He killed nine villagers.", "They were killed.", "Gunmen killed a guard."),
        ),
        "verb",
    ),
    Frame(
        Rule(
            "pronoun_subject",
            "{victim:[pD]} ,? {verb:[Vi]}",
            50,
            (
                "He was injured in the blast.",
                "She later died in hospital.",
                "Police said he was shot dead.",
                "One guard died and another was injured.",
                "A boy was killed. Another died in hospital.",
            ),
            ("They were killed.", "He killed two guards.", "He said two were killed.", "Each was killed."),
        ),
        # "he" / "she" before a passive or intransitive outcome verb is one person, and
        # "another" one more
        "verb",
        words=MappingProxyType({"victim": frozenset({"he", "she", "another"})}),
    ),
    Frame(
        Rule(
            "another_reduced",
            "C {victim:D} {verb:U}",
            50,
            (
                "Four guards were killed and another wounded in Oru.",
                "Two miners died and another injured when the shaft fell.",
            ),
            (
                "Another wounded guard died.",
                "Police killed another in Oru.",
                "One guard was hurt, one car burned and another seized.",
            ),
        ),
        # "and another" with a bare participle after a clause: one more person hurt ("four
        # guards were killed and another wounded"); only an injury: "another seized" after
        # "one car burned" is a thing, and "another killed" is left to the clause frames
        "verb",
        words=MappingProxyType({"victim": frozenset({"another"})}),
        outcomes=frozenset({"injured"}),
    ),
    Frame(
        Rule(
            "reflexive",
            "{verb:[AG]} {victim:p}",
            52,
            (
                "The attacker killed himself.",
                "A suicide bomber blew himself up near a market.",
                "He killed two guards before fatally shooting himself.",
                "Two bombers blew themselves up at a checkpoint.",
            ),
            ("Police killed him.", "The suspect identified himself as Ali.", "He shot himself."),
        ),
        # a reflexive object: the victim is the verb's own subject, the attacker (build.py
        # finds the subject)
        "verb",
        words=MappingProxyType({"victim": REFLEXIVES}),
        not_words=MappingProxyType({"verb": SHOOTING_VERBS | {"shooting"}}),
    ),
    Frame(
        Rule(
            "reflexive_emphatic",
            "{verb:[VUi]} {victim:p}",
            52,
            (
                "Three guards were wounded before the gunman was shot dead himself.",
                "He killed two rebels before being killed himself.",
            ),
            ("He was killed.", "Two guards were killed by him."),
        ),
        # a reflexive after a passive verb: its subject, who harmed others, was harmed too
        "verb",
        words=MappingProxyType({"victim": REFLEXIVES}),
    ),
    Frame(
        Rule(
            "reflexive_shot",
            "{verb:[KG]} {victim:p}",
            53,
            (
                "He then shot himself.",
                "The man shoots himself in the head.",
                "He killed two men before shooting himself.",
            ),
            ("Police shot him.", "He shot her in the leg.", "The gunman killed himself."),
        ),
        # "shot himself": a self-inflicted shot is a death (the victim slot states no outcome,
        # so the fallback is the outcome)
        "victim",
        words=MappingProxyType({"victim": REFLEXIVES, "verb": SHOOTING_VERBS | {"shooting"}}),
        fallback="killed",
    ),
    Frame(
        Rule(
            "reflexive_subject",
            "{victim:p} ,? {verb:[VUi]}",
            52,
            ("The gunman himself was killed.", "They themselves were killed by police."),
            ("He was killed.", "They were killed by police."),
        ),
        # an emphatic reflexive after the subject ("the bomber himself died"): as
        # ``reflexive_emphatic``
        "verb",
        words=MappingProxyType({"victim": REFLEXIVES}),
    ),
    Frame(
        Rule(
            "turned_on_self",
            "{verb:[wJ]} n {prep:P} {victim:p}",
            52,
            (
                "A gunman killed four people before turning the gun on himself.",
                "He killed three workers and turned his rifle on himself.",
            ),
            ("Police turned the gun on him.", "He killed two men and turned the car on a guard."),
        ),
        # a weapon turned on its holder: the holder's death
        "verb",
        words=MappingProxyType({"victim": REFLEXIVES, "verb": TURN_VERBS, "prep": frozenset({"on"})}),
        fallback="killed",
    ),
    Frame(
        Rule(
            "own_life",
            "{verb:[wJ]} {victim:O}",
            52,
            ("The shooter took his own life.", "A gunman killed six people before taking his own life."),
            ("The shooter took his life.", "The attack took the lives of 12 people.", "He risked his own life."),
        ),
        # one's own life taken: the taker's death
        "victim",
        words=MappingProxyType({"victim": OWN_LIFE, "verb": TAKE_VERBS}),
    ),
    Frame(
        Rule(
            "zero",
            "{victim:Z} ,? {verb:[VUi]}",
            70,
            (
                "No one was hurt.",
                "None of the 40 hostages was hurt.",
                "Not one of the 200 miners was injured.",
                "Nobody died.",
            ),
            ("Two were hurt.", "The hostages were not hurt."),
        ),
        "verb",
    ),
    Frame(
        Rule(
            "causative",
            "{cause:[wJ]} {victim:VICTIM} {verb:W}",
            55,
            (
                "The floods forced hundreds of families to flee.",
                "The war has caused almost a million people to flee their homes.",
                "Clashes broke out, prompting 300 villagers to flee to Kanda.",
            ),
            (
                "The rebels forced 12 men to kill a guard.",
                "The army wanted 300 villagers to flee.",
                "Gunmen tried to kill 5.",
            ),
        ),
        "verb",
        words=MappingProxyType({"cause": CAUSE_VERBS, "verb": CAUSED_OUTCOMES}),
    ),
    Frame(
        Rule(
            "causative_passive",
            "{victim:VICTIM} h? b {cause:[wK]} {verb:W}",
            55,
            ("Hundreds of families were forced to flee.", "About 2,000 people have been forced to flee the town."),
            ("Hundreds of families were told to flee.", "Two men are set to be executed."),
        ),
        "verb",
        words=MappingProxyType({"cause": CAUSE_VERBS, "verb": CAUSED_OUTCOMES}),
    ),
    Frame(
        Rule(
            "left_dead",
            "{verb:K} {victim:VICTIM} {outcome:[OU]}",
            60,
            (
                "The blast left 3 people dead.",
                "The attack left two children dead.",
                "The raid left nine people, mostly herders killed by bandits.",
            ),
            ("The blast left 3 dead.", "Nine villagers were killed."),
        ),
        "outcome",
    ),
    Frame(
        Rule(
            "left_dead_and",
            "K (VICTIM [OU] | H) C {victim:[FNMD]} {outcome:[OU]}",
            60,
            ("The raid left one guard dead and another injured.", "The blast left two men dead and nine wounded."),
            ("The raid left one guard dead.", "One guard died and another was injured."),
        ),
        # the second victim and outcome of "left": "left one guard dead and another injured"
        "outcome",
    ),
    Frame(
        Rule(
            "predicate",
            "{victim:VICTIM} ,? {verb:K} ([fn] o)? {outcome:[OU]}",
            60,
            (
                "At least four fishermen are dead.",
                "Eight men were found dead in the river.",
                "Two children remain missing.",
                "Two guards were shot dead and one was missing.",
                "One porter remained injured.",
                "31 others sustained various degrees of injuries.",
                "No fewer than 9 traders sustained varying degrees of injuries.",
                "Six guards were confirmed dead and 11 injured.",
                "Four miners were reported missing.",
            ),
            ("The blast left 3 dead.", "Nine were among the dead.", "The dead were buried."),
        ),
        "outcome",
    ),
    Frame(
        Rule(
            "verbless",
            "{victim:VICTIM} {outcome:O}",
            50,
            (
                "Two Kanda militiamen dead.",
                "Four soldiers dead, nine wounded.",
                "One person missing after the flood.",
            ),
            (
                "Four wounded soldiers arrived.",
                "Two of the dead were children.",
                "The 3 dead were buried.",
                "One gunman remains at large.",
            ),
        ),
        "outcome",
        not_words=MappingProxyType({"outcome": NOT_VERBLESS}),
    ),
    Frame(
        Rule(
            "verbless_reported",
            "{victim:VICTIM} {verb:S} {outcome:O} [.,;PQ]",
            50,
            ("Two guards reported dead in Oru.", "Three others confirmed dead, four wounded."),
            ("Two guards reported dead bodies near the road.", "The dead were reported on Monday."),
        ),
        # a headline's reduced passive of a reporting verb: "N reported dead" ("were" left out)
        "outcome",
        words=MappingProxyType({"verb": REPORTED_PARTICIPLES}),
        not_words=MappingProxyType({"outcome": NOT_VERBLESS}),
    ),
    Frame(
        Rule(
            "outcome_of",
            "{noun:O} {prep:o} {victim:VICTIM}",
            45,
            (
                "The killing of a French tourist shocked the town.",
                "After the death of a prisoner, residents rioted.",
                "The bodies of two civilians were found on the road.",
                "Students protested the arrest of six guards.",
            ),
            (
                "The number of dead rose to 9.",
                "One of the dead was a child.",
                "Dozens of deaths were reported.",
                "Medics saved the lives of 30 passengers.",
            ),
        ),
        "noun",
        # "the lives of" is a toll only after a verb that takes them ("claimed the lives of",
        # one multiword of L1); "saved the lives of 30" is no loss
        not_words=MappingProxyType({"noun": frozenset({"lives", "life"})}),
    ),
    Frame(
        Rule(
            "outcome_to",
            "{noun:O} {prep:t} {victim:[FMN]}",
            45,
            (
                "A device exploded, causing injuries to four people.",
                "The blast caused serious injuries to 12 pupils.",
                "A parcel bomb caused injuries to a clerk and his daughter.",
            ),
            (
                "Deaths rose to 12.",
                "Deaths at 5 sites were reported.",
                "He suffered injuries to his head.",
                "She suffered burns to her legs and arms.",
            ),
        ),
        "noun",
        # "injuries to a clerk": the clerk is hurt; "injuries to his head": where, not who
        not_words=MappingProxyType({"prep": frozenset({"at"}), "victim": BODY_PARTS}),
    ),
    Frame(
        Rule(
            "toll_outcome",
            "{noun:O} ,? {verb:K} {prep:[Pt]}? {victim:[FZ]}",
            60,
            ("Fatalities reached 14 by noon.", "Deaths stood at 40 on Monday.", "Injuries remain at 12."),
            (
                "The dead were found in 3 villages.",
                "The death toll rose to 50.",
                "His body was found near 40 spent cartridges.",
            ),
        ),
        "noun",
        # the bodies are found somewhere, never a number
        not_words=MappingProxyType({"noun": frozenset({"body", "bodies", "corpse", "corpses", "remains"})}),
    ),
    Frame(
        Rule(
            "coder_note",
            "{noun:[OH]} ,? {verb:K} {prep:[Pt]}? {victim:[FZ]}",
            62,
            (
                "Fatalities coded as 0 (Kano Radio reported 4).",
                "Several fatalities coded as 5.",
                "Fatalities were coded as 7.",
            ),
            ("Deaths stood at 40 on Monday.", "Injuries remain at 12.", "Nine soldiers were coded as missing."),
        ),
        "noun",
        words=MappingProxyType({"verb": frozenset({"coded"})}),
        overall=True,
    ),
    Frame(
        Rule(
            "tally",
            ". {victim:H} .",
            45,
            ("Rebels raided a farm and shot two guards dead. 2 fatalities.", "A bus hit a mine. One fatality."),
            ("2 fatalities.", "Rebels raided a farm. 3 fatalities were confirmed.", "A bus hit a mine. Two dead."),
        ),
        "victim",
        words=MappingProxyType({"victim": frozenset({"fatalities", "fatality"})}),
        overall=True,
    ),
    Frame(
        Rule(
            "toll",
            "{noun:T} TOLL_ATT? [rw]? ,? {verb:K} {victim:[FH]}",
            65,
            (
                "The death toll rose to 50.",
                "The death toll has risen to 9.",
                "The death toll from the fire in the town of Abo climbed to 31.",
                "The toll from Sunday's blast in Kanda reached 33.",  # a possessive before the event
                "Death toll from floods in Kano rises to 12",
                "The previous toll in the Abo attack stood at 70.",
                "The death toll currently stands at 16.",
                "The casualty figure from the raid and a reprisal rose to 11.",
            ),
            ("The death toll was unclear.", "Nine villagers were killed.", "The toll from the fire rose by 3."),
        ),
        "noun",
        fallback="killed",
    ),
    Frame(
        Rule(
            "toll_by",
            "{noun:T} TOLL_ATT? ,? {verb:K} {prep:P} {victim:F}",
            65,
            ("The death toll rose by seven.", "The death toll from the blast in Kano has risen by 12."),
            ("The death toll rose to 50.", "The toll rose in Kano."),
        ),
        "noun",
        "part",
        words=MappingProxyType({"prep": frozenset({"by"})}),
        fallback="killed",
    ),
    Frame(
        Rule(
            "toll_qualified",
            "{noun:T} TOLL_ATT? [hm]? r? {victim:F} [.,;]",
            64,
            (
                "The death toll exceeded 1,000.",
                "Quake toll tops 300",
                "The toll from the floods in Abo has now surpassed 90, officials said.",
            ),
            ("The death toll rose to 50.", "The death toll was unclear.", "The toll of 12 villages."),
        ),
        # a toll whose verb is the qualifier of its figure ("exceeded 1,000", "has surpassed 90")
        "noun",
        fallback="killed",
    ),
    Frame(
        Rule(
            "toll_moved",
            "{verb:[Jw]} {noun:T} TOLL_ATT? {prep:t} {victim:[FH]}",
            65,
            ("The attack took the death toll to 60.", "The strike took the death toll in Kano to 12 people."),
            ("The attack took the death toll higher.", "The clashes took 40 people to hospital."),
        ),
        "noun",
        words=MappingProxyType({"verb": TOLL_MOVERS}),
        fallback="killed",
    ),
    Frame(
        Rule(
            "number_moved",
            "{verb:[JwK]} {what:n} {outcome:U} TOLL_ATT? {prep:t} {victim:[FH]}",
            65,
            (
                "The toll rose by 7, taking the number killed to 86.",
                "The clashes took the number killed in the protests in Kano to more than 400.",
                "Monitors put the number of miners killed at 23.",
            ),
            ("The clashes took the number of protesters to 400.", "The clashes took 40 people to hospital."),
        ),
        "outcome",
        words=MappingProxyType({"verb": TOLL_MOVERS, "what": TOLL_ALTERNATIVES}),
    ),
    Frame(
        Rule(
            "number_toll",
            "{what:n} (o D)? {outcome:U} TOLL_ATT? ,? K {victim:[FH]}",
            65,
            (
                "The number of people killed rose to 40.",
                "The number of people killed in the attack on Tala has risen to 40.",
                "The total number of those wounded stood at 12.",
            ),
            ("The number of people rose to 40.", "The number killed was unclear."),
        ),
        # "the number (of people) killed" is a toll: its participle says of what
        "outcome",
        words=MappingProxyType({"what": TOLL_ALTERNATIVES}),
    ),
    Frame(
        Rule(
            "put_toll",
            "{verb:K} {noun:T} TOLL_ATT? {prep:[Pt]} {victim:[FH]}",
            65,
            ("Officials put the death toll at 45.", "Police put the number of missing at about 200."),
            ("Officials put the death toll higher.", "The death toll rose to 50."),
        ),
        "noun",
        fallback="killed",
    ),
    Frame(
        Rule(
            "negated_passive",
            "{victim:[FN]} {verb:X} [.,;PtQC]",
            55,
            (
                "The suspect was not hurt.",
                "The driver was not injured in the crash.",
                "Two passengers were not hurt, police said.",
            ),
            ("The army did not kill civilians.", "The toll was not clear.", "No one was hurt."),
        ),
        # a group of people whose passive outcome verb is negated: none of them had the
        # outcome (an active one has its agent before it: "the army did not kill civilians")
        "verb",
        zero=True,
    ),
    Frame(
        Rule(
            "label",
            "{outcome:[OU]} : {victim:[FZ]}",
            60,
            ("Fatalities: 12.", "Killed: 20. Wounded: 35.", "DEATHS: none."),
            ("Killed: a police officer.", "The toll: 12 dead.", "Nine were killed: 5 were shot."),
        ),
        "outcome",
    ),
    Frame(
        Rule(
            "zero_noun",
            "{victim:Z} S {outcome:O}",
            60,
            ("No reported fatalities.", "There were no reported injuries."),
            ("No one was hurt.", "Nine reported deaths."),
        ),
        "outcome",
    ),
    Frame(
        Rule(
            "condition_part",
            "[VUAi] , {victim:H} [.;]",
            50,
            ("Six were injured, two in critical condition.", "Nine men were wounded, one in a serious condition."),
            ("Six were injured, two in Kanda.", "Two in critical condition were flown out."),
        ),
        # the condition of some of the injured of the clause before it: a part of them
        "victim",
        "part",
        words=MappingProxyType({"victim": CONDITION_HEADS}),
    ),
    Frame(
        Rule(
            "outcome_noun",
            "{victim:H}",
            40,
            ("The blast left 3 dead.", "There were 12 deaths.", "Officials reported two dead."),
            ("The dead were buried.", "The death toll rose to 50."),
        ),
        "victim",
    ),
    Frame(
        Rule(
            "status_victim",
            "{victim:[FN]}",
            30,
            (
                "Two injured victims were questioned by the police.",
                "All 12 injured passengers have been rescued.",
                "A dead man was found near the road.",
                "Rescuers carried 14 wounded miners out of the shaft.",
                "The blasts left a total of eight injured passengers.",
            ),
            (
                "Two victims were questioned by the police.",
                "Four wounded soldiers were killed.",
                "Police rescued a murder suspect.",
            ),
        ),
        # a group whose participle or adjective states its outcome ("12 injured passengers")
        # and that no verb claims: the status is its outcome
        "victim",
        status=STATUS_OUTCOMES,
    ),
    Frame(
        Rule(
            "hostage_group",
            "{victim:[FN]}",
            30,
            ("The group is holding 12 hostages.", "Troops freed 40 hostages on Monday.", "A hostage was freed."),
            ("Gunmen killed 12 hostages.", "Twelve people were taken hostage."),
        ),
        # hostages and captives are abducted people, whatever the verb of the clause
        "victim",
        words=MappingProxyType({"victim": frozenset({"hostage", "hostages", "captive", "captives"})}),
        fallback="abducted",
    ),
    Frame(
        Rule(
            "among_the",
            "{victim:VICTIM} BE? {prep:I} {outcome:O}",
            65,
            ("Nine were among the dead.", "Two children were among the injured.", "Two nurses among dead in Oru"),
            ("Nine were killed.", "Nine died among the ruins."),
        ),
        "outcome",
        "part",
    ),
    Frame(
        Rule(
            "among_inverted",
            "{prep:I} {outcome:O} BE {victim:[FNY]}",
            65,
            ("Among the fatalities was an off-duty guard.", "Police said among the dead were two nurses."),
            ("Among the dead, two were nurses.", "Nine were among the dead."),
        ),
        "outcome",
        "part",
    ),
    Frame(
        Rule(
            "outcome_includes",
            "{outcome:O} ,? {verb:[Iw]} {victim:[FNY]}",
            60,
            ("The dead included two children.", "He said the fatalities include a nurse and a guard."),
            ("The dead were buried.", "Heavy rains included 3 days of storms."),
        ),
        "outcome",
        "part",
        words=MappingProxyType({"verb": frozenset({"include", "includes", "included", "including"})}),
    ),
    Frame(
        Rule(
            "part_of_outcome",
            "{victim:F} o D? {outcome:[OU]} BE {what:[NFfYO]}",
            55,
            (
                "Officials said five of the dead were children.",
                "One of those killed was a minor.",
                "Three of the injured are in critical condition.",
            ),
            ("Five of the dead were buried.", "The dead were children."),
        ),
        "outcome",
        "part",
    ),
    Frame(
        Rule(
            "part_of_outcome_died",
            "{victim:F} o {what:O} r? {verb:i}",
            55,
            ("Two of the wounded later died in hospital.", "One of the injured died on Sunday."),
            ("Two of the wounded were flown home.", "Two of the dead were children."),
        ),
        # some of the injured who died later: a new outcome of the verb ("two of the wounded
        # later died"), not a part of the group they came from
        "verb",
    ),
    Frame(
        Rule(
            "among_reduced",
            "{victim:VICTIM} BE? {prep:I} {what:[FD]} {outcome:U}",
            66,
            (
                "Two soldiers were among five people killed in the ambush.",
                "Four nurses among 30 killed in Tala blast",
                "A nurse was among the 12 people wounded on Friday.",
                "Two soldiers were among those killed.",
            ),
            ("Two soldiers were among five people.", "Among the 12 people wounded was a nurse."),
        ),
        # a part of a group that a reduced participle names ("were among five people killed");
        # the group is read by the passive frame
        "outcome",
        "part",
    ),
    Frame(
        Rule(
            "among_reduced_inverted",
            "{prep:I} {what:[FD]} {outcome:U} (P [QYE])? BE {victim:[FNY]}",
            66,
            ("Among those killed were two nurses.", "Among the 12 people wounded on Friday was a guard."),
            ("Among those killed, two were nurses.", "Two nurses were among those killed."),
        ),
        # among_reduced with its parts after the copula ("among those killed were two nurses")
        "outcome",
        "part",
    ),
    Frame(
        Rule(
            "among_status_group",
            "{victim:VICTIM} BE {prep:I} {outcome:N}",
            64,
            ("A guard was among the fatally wounded victims.", "Two boys were among the injured passengers."),
            ("Two boys were among the passengers.", "A guard was among the victims."),
        ),
        # among_the with a group whose participle states its outcome ("among the injured
        # passengers"); a group with no outcome states none
        "outcome",
        "part",
    ),
    Frame(
        Rule(
            "among_hostages",
            "{victim:VICTIM} BE {prep:I} {outcome:[NF]}",
            65,
            ("Five Indian nationals were among the hostages.", "A nurse was among 20 captives freed on Monday."),
            ("Five nurses were among the passengers.", "Troops freed 40 hostages on Monday."),
        ),
        # among_the with hostages or captives: the group was abducted
        "outcome",
        "part",
        words=MappingProxyType({"outcome": frozenset({"hostage", "hostages", "captive", "captives"})}),
        fallback="abducted",
    ),
    Frame(
        Rule(
            "part_after",
            "{outcome:[VUiH]} [,\\(]? {prep:I} {victim:[FN]}",
            60,
            (
                "23 dead, 12 wounded including a cleric.",
                "Five people were killed, including two children.",
                "Nine people died including a boy.",
                "Four dead including a nurse.",
                "Nine people were killed (including four shot dead) in Tala.",
            ),
            (
                "Including two children, 12 people died.",
                "Gunmen killed 12 people, including two women.",
                "Rebels, including two commanders, were killed.",
            ),
        ),
        "outcome",
        "part",
    ),
    Frame(
        Rule(
            "part_after_place",
            "{outcome:[VUiH]} ([Pt] [EYNnQf] (o [EYNn])? | Q){1,3} , {prep:I} {victim:[FN]}",
            60,
            (
                "Twelve people were killed in the attack, including four children.",
                "Five others were wounded in Tala on Friday, among them a nurse and a guard.",
            ),
            (
                "Gunmen killed 12 people in Kano, including two women.",
                "Twelve people were killed in the attack including four children.",
            ),
        ),
        # the parts after the place and time of the verb, set off by a comma
        "outcome",
        "part",
    ),
    Frame(
        Rule(
            "part_of_apposition",
            "[VUiAGH] [FN]? [PtQYEnf]{0,4} , {victim:M} {what:[NF]}? r? [.,;R]",
            52,
            (
                "Nineteen people were killed, six of them children.",
                "Two other people were wounded, one of them a nurse.",
                "Gunmen killed 12 people in Kano on Friday, four of them women.",
                "Nineteen people were killed, six of them in Kano.",
                "The blast injured more than 80 people, 10 of them seriously.",
            ),
            (
                "Five people were wounded, two of them were later killed.",
                "Two of them were nurses.",
                "Nineteen people were killed, six of them children were buried.",
            ),
        ),
        # a part after the clause of its total, set off by a comma: "N of them" and what
        # they were; its outcome is the clause's
        "previous",
        "part",
    ),
    Frame(
        Rule(
            "part_list_after",
            "[ViAGH] [FN]? [PtQYEnf]{0,4} [:-] {victim:[FN]} [.;]",
            52,
            (
                "Seven people were killed: four men, two women and a child.",
                "The attack killed 10 people - six soldiers and four civilians.",
                "Five people died in the fire - a mother and her four children.",
            ),
            (
                "Seven people were killed. Four men were arrested.",
                "The attack killed 10 people: police said.",
                "Floods: 30 dead, 200 missing.",
                "Killed: 20. Wounded: 35.",
            ),
        ),
        # the members of the victims of a clause, listed after a colon or a dash at its
        # end: parts of them, with the clause's outcome (not after a bare label "Killed:")
        "previous",
        "part",
    ),
    Frame(
        Rule(
            "part_of_whom",
            "[VUiAGH] [FN]? [PtQYEnf]{0,4} , {victim:F} o R BE {what:[NFf]}",
            53,
            (
                "Eighteen people were wounded in the attack, four of whom were soldiers.",
                "Gunmen killed nine villagers, two of whom were children.",
            ),
            ("Four of whom were soldiers.", "Nine villagers, two of whom were away, were killed."),
        ),
        # a part after its clause in a relative clause: "N of whom were ..."
        "previous",
        "part",
    ),
    Frame(
        Rule(
            "part_of_whom_died",
            "[FNnVU] [PtQYEnf]{0,4} , {victim:F} o R r? {verb:i}",
            53,
            (
                "The shelling hit a total of 30 people, four of whom died.",
                "Twenty people were injured, three of whom later died.",
            ),
            ("Nine villagers, two of whom were away, were killed.", "Four of whom died."),
        ),
        # some of a group named before who died ("a total of 30 people, four of whom died"):
        # a new outcome, like "two of the wounded died"
        "verb",
    ),
    Frame(
        Rule(
            "part_of_whom_verb",
            "[KwJ] [FNn] [PtQYEnf]{0,4} , {victim:F} o R r? {verb:V}",
            53,
            (
                "Police questioned 40 men in Abo, nine of whom were later jailed.",
                "Gunmen stopped a bus carrying 22 pupils, six of whom were kidnapped.",
                "The boat carried 60 migrants, 12 of whom were killed.",
            ),
            (
                "Troops killed five rebels, one of whom was beheaded.",
                "Nine villagers, two of whom were away, were killed.",
            ),
        ),
        # some of a group that a verb of no outcome names, in a relative clause of their own
        # outcome verb; after an outcome verb they are a part of its victims (no new figure)
        "verb",
    ),
    Frame(
        Rule(
            "part_degree",
            "[VUiAGH] [FN]? [PtQYEnf]{0,4} , {victim:F} {what:r} [.,;]",
            52,
            (
                "Seven people were wounded, three critically, in the shooting.",
                "Gunmen wounded nine villagers in Oru, two seriously.",
            ),
            ("Five people were shot, two fatally.", "Seven people were wounded, three later."),
        ),
        # a part set off by commas after its clause, by how badly it was harmed: "three
        # critically"; not "two fatally" (a death, not a degree of the injury)
        "previous",
        "part",
        not_words=MappingProxyType({"what": frozenset({"fatally", "mortally", "later", "earlier", "again"})}),
    ),
    Frame(
        Rule(
            "part_of_fronted",
            "o {outcome:[OH]} , {victim:F} BE {what:[NFf]}",
            55,
            (
                "Of the dead, 12 were children.",
                "Of the injured, two were police officers.",
                "Of the 40 dead, 18 were women.",
            ),
            ("Of the dead, 12 were buried.", "Most of the dead were children."),
        ),
        # the group first ("of the dead"), then a part of it and what they were
        "outcome",
        "part",
    ),
    Frame(
        Rule(
            "part_of",
            "{victim:M} BE {what:[NFf]}",
            50,
            ("Five people were killed and two of them were children.",),
            ("Two of them were killed.", "Five people were killed."),
        ),
        "previous",
        "part",
    ),
)
