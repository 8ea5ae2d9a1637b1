"""frames.py (L4 of the cascade), its frames (the L4 section of lexicon/en_rules.py) and build.py.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualties.build import read
from casualties.chunks import chunk
from casualties.frames import frames
from casualties.lexicon import en_rules as er
from casualties.phrases import phrase, render
from casualties.statements import Statement
from casualties.wordclass import classify


def _fired(text: str) -> set[str]:
    return {m.frame for m in frames(phrase(chunk(classify(text))))}


# -- every frame's examples and counterexamples --------------------------------------------
_EXAMPLES = [(f.rule.name, s) for f in er.FRAMES for s in f.rule.examples]
_COUNTEREXAMPLES = [(f.rule.name, s) for f in er.FRAMES for s in f.rule.counterexamples]


@pytest.mark.parametrize(("name", "sentence"), _EXAMPLES)
def test_every_frame_wins_its_examples(name, sentence):
    assert name in _fired(sentence), render(phrase(chunk(classify(sentence))))


@pytest.mark.parametrize(("name", "sentence"), _COUNTEREXAMPLES)
def test_no_frame_fires_on_its_counterexamples(name, sentence):
    assert name not in _fired(sentence), render(phrase(chunk(classify(sentence))))


def test_every_frame_has_a_victim_and_its_outcome_slot():
    for f in er.FRAMES:
        assert "{victim:" in f.rule.pattern
        assert f.outcome_from == "previous" or "{" + f.outcome_from + ":" in f.rule.pattern
        assert f.role in ("figure", "part")


def test_each_victim_is_claimed_once():
    found = frames(phrase(chunk(classify("Gunmen killed nine villagers. No one was hurt. The blast left 3 dead."))))
    assert len({m.victim for m in found}) == len(found) == 3


# -- end to end: sentence -> (count, outcome, party_kind, role) per statement ---------------
END_TO_END = [
    (
        "Eight displaced Syrians, including four children, were killed by border guards.",
        (("8", "killed", "unknown", "figure"), ("4", "killed", "civilian", "part")),
    ),
    ("14 civilians, have been killed in two days of fighting.", (("14", "killed", "civilian", "figure"),)),
    (
        "Five people, two traders and a driver, were killed on Friday.",
        (
            ("5", "killed", "unknown", "figure"),
            ("2", "killed", "civilian", "part"),
            ("1", "killed", "civilian", "part"),
        ),
    ),
    ("Twenty herdsmen and 83 cows were killed.", (("20", "killed", "civilian", "figure"),)),
    (
        "As many as 25 people, majority of them vendors, were killed and 65 others injured.",
        (("up to 25", "killed", "unknown", "figure"), ("65", "injured", "unknown", "figure")),
    ),
    ("At least 11 civilians were killed, police said.", (("at least 11", "killed", "civilian", "figure"),)),
    (
        "Gunmen killed nine villagers in Kanda as well as two in Biru, police said.",
        (("9", "killed", "civilian", "figure"), ("2", "killed", "civilian", "figure")),
    ),
    ("An explosion hit a bus, killing 12 people.", (("12", "killed", "unknown", "figure"),)),
    ("Three soldiers died on Sunday.", (("3", "killed", "state_forces", "figure"),)),
    ("The blast left 3 dead.", (("3", "killed", "unknown", "figure"),)),
    ("The blast left 3 people dead.", (("3", "killed", "unknown", "figure"),)),
    ("The death toll rose to 50.", (("50", "killed", "unknown", "figure"),)),
    ("There were 12 deaths.", (("12", "killed", "unknown", "figure"),)),
    ("Nine were among the dead.", (("9", "killed", "unknown", "part"),)),
    (
        "Five people were killed and two of them were children.",
        (("5", "killed", "unknown", "figure"), ("2", "killed", "civilian", "part")),
    ),
    ("No one was hurt.", (("0", "injured", "unknown", "figure"),)),
    ("None of the 40 hostages was hurt.", (("0", "injured", "civilian", "figure"),)),
    (
        "A mayor and his secretary were killed.",
        (("1", "killed", "civilian", "figure"), ("1", "killed", "unknown", "figure")),
    ),
    (
        "Militants have killed 12 soldiers and two policemen.",
        (("12", "killed", "state_forces", "figure"), ("2", "killed", "state_forces", "figure")),
    ),
    (
        "Gunmen abducted 30 students and two teachers on Monday.",
        (("30", "abducted", "civilian", "figure"), ("2", "abducted", "civilian", "figure")),
    ),
    ("Twelve pilgrims, who were travelling to Kano, were killed.", (("12", "killed", "civilian", "figure"),)),
    ("Two children, aged 4 and 6, were injured.", (("2", "injured", "civilian", "figure"),)),
    ("Nine people, most of them children, died.", (("9", "killed", "unknown", "figure"),)),
    (
        "Three people - two women and a child - were killed.",
        (
            ("3", "killed", "unknown", "figure"),
            ("2", "killed", "civilian", "part"),
            ("1", "killed", "civilian", "part"),
        ),
    ),
    ("Government fighters killed two rebels.", (("2", "killed", "armed_group", "figure"),)),
    ("Four miners lost their lives in the blast.", (("4", "killed", "civilian", "figure"),)),
    (
        "23 dead, 12 wounded including a cleric.",
        (
            ("23", "killed", "unknown", "figure"),
            ("12", "injured", "unknown", "figure"),
            ("1", "injured", "civilian", "part"),
        ),
    ),
    (
        "Two soldiers were wounded, including an officer.",
        (("2", "injured", "state_forces", "figure"), ("1", "injured", "state_forces", "part")),
    ),
    ("Not one of the 200 miners was injured.", (("0", "injured", "civilian", "figure"),)),
    # outcome-headed figures coordinated: each keeps its own outcome
    (
        "One dead and four injured when a bus overturned.",
        (("1", "killed", "unknown", "figure"), ("4", "injured", "unknown", "figure")),
    ),
    (
        "The clash left 4 dead and 17 injured.",
        (("4", "killed", "unknown", "figure"), ("17", "injured", "unknown", "figure")),
    ),
    (
        "The storm caused 12 deaths and 40 injuries.",
        (("12", "killed", "unknown", "figure"), ("40", "injured", "unknown", "figure")),
    ),
    # a figure group and an outcome adjective: a verbless clause
    ("Two Kanda militiamen dead.", (("2", "killed", "armed_group", "figure"),)),
    (
        "Four soldiers dead, nine wounded.",
        (("4", "killed", "state_forces", "figure"), ("9", "injured", "unknown", "figure")),
    ),
    ("One gunman remains at large.", ()),
    # asides: "including" without commas, in dashes; long brackets
    (
        "Six traders including two women were killed and 9 injured.",
        (
            ("6", "killed", "civilian", "figure"),
            ("2", "killed", "civilian", "part"),
            ("9", "injured", "unknown", "figure"),
        ),
    ),
    (
        "Ten people (traders, farmers, pupils, and guards at a school) died.",
        (("10", "killed", "unknown", "figure"),),
    ),
    # a predicate after a linking verb
    ("One porter remained injured.", (("1", "injured", "unknown", "figure"),)),
    ("31 others sustained various degrees of injuries.", (("31", "injured", "unknown", "figure"),)),
    (
        "No fewer than 12 traders sustained varying degrees of injuries.",
        (("at least 12", "injured", "civilian", "figure"),),
    ),
    ("Nine passengers were in critical condition after the crash.", (("9", "injured", "civilian", "figure"),)),
    (
        "Two guards died and four were in serious condition.",
        (("2", "killed", "civilian", "figure"), ("4", "injured", "unknown", "figure")),
    ),
    # an outcome noun and "to" its victims
    ("A device exploded, causing injuries to four people.", (("4", "injured", "unknown", "figure"),)),
    ("He suffered injuries to his head.", ()),
    # coder notes and labels
    ("Killed: 20. Wounded: 35.", (("20", "killed", "unknown", "figure"), ("35", "injured", "unknown", "figure"))),
    ("Fatalities: 12.", (("12", "killed", "unknown", "figure"),)),
    ("No reported fatalities.", (("0", "killed", "unknown", "figure"),)),
    # tolls
    ("Police put the number of missing at 200.", (("200", "missing", "unknown", "figure"),)),
    ("The number of dead had risen to 34.", (("34", "killed", "unknown", "figure"),)),
    # a cause verb with an infinitive of leaving or dying
    ("The floods forced 300 families to flee.", (("300", "displaced", "civilian", "figure"),)),
    ("Hundreds of families were forced to flee.", (("between 200 and 999", "displaced", "civilian", "figure"),)),
    ("The rebels forced 12 men to kill a guard.", ()),
    # a list with "and" twice; conjuncts with "in the town of <name>"
    (
        "Shelling killed 14 rebels and bandits and six soldiers on Friday.",
        (("14", "killed", "armed_group", "figure"), ("6", "killed", "state_forces", "figure")),
    ),
    (
        "Troops killed nine farmers in the town of Abo as well as four in the town of Ewe.",
        (("9", "killed", "civilian", "figure"), ("4", "killed", "civilian", "figure")),
    ),
    # a toll of an event named after it, a rise by a figure, a toll taken to a figure
    ("The death toll from the fire in the town of Abo climbed to 31.", (("31", "killed", "unknown", "figure"),)),
    (
        "The death toll from the floods rose by five, taking the number killed to 40.",
        (("5", "killed", "unknown", "part"), ("40", "killed", "unknown", "figure")),
    ),
    ("The blast took the death toll to 23.", (("23", "killed", "unknown", "figure"),)),
    ("The previous toll in the Abo attack stood at 70.", (("70", "killed", "unknown", "figure"),)),
    ("The clashes took 40 people to hospital.", ()),
    # parts: "five of the dead were children", "among the dead was ...", "the dead included ..."
    (
        "Nine people died. Two of those killed were police officers.",
        (("9", "killed", "unknown", "figure"), ("2", "killed", "state_forces", "part")),
    ),
    ("Among the fatalities was an off-duty guard.", (("1", "killed", "civilian", "part"),)),
    ("The dead included two children.", (("2", "killed", "civilian", "part"),)),
    ("Five of the dead were buried.", ()),
    # asides of an adverb or a partitive between dashes
    ("More than 900 people, mostly civilians, have been killed.", (("at least 901", "killed", "unknown", "figure"),)),
    (
        "At least 25 people, mostly cadets, were killed and 7 others wounded.",
        (("at least 25", "killed", "unknown", "figure"), ("7", "injured", "unknown", "figure")),
    ),
    (
        "Six traders - two of them women - died.",
        (("6", "killed", "civilian", "figure"), ("2", "killed", "civilian", "part")),
    ),
    # shootings: lists closed by a second verb, "another", descriptions of the object, among
    (
        "He killed a cashier, two shoppers and wounded another.",
        (
            ("1", "killed", "unknown", "figure"),
            ("2", "killed", "civilian", "figure"),
            ("1", "injured", "unknown", "figure"),
        ),
    ),
    ("Militants executed five men captured during a raid.", (("5", "killed", "unknown", "figure"),)),
    (
        "Two guards were among seven people killed in the raid.",
        (("2", "killed", "civilian", "part"), ("7", "killed", "unknown", "figure")),
    ),
    ("A clerk was shot twice in the back, and killed.", (("1", "killed", "civilian", "figure"),)),
    # the attacker's own death: the subject of a reflexive, one perpetrator (or its figure)
    (
        "A suicide bomber blew himself up near a market in Kano, killing 9 people.",
        (("1", "killed", "perpetrator", "figure"), ("9", "killed", "unknown", "figure")),
    ),
    ("Two bombers blew themselves up at a gate.", (("2", "killed", "perpetrator", "figure"),)),
    (
        "He killed two guards before turning the gun on himself.",
        (("2", "killed", "civilian", "figure"), ("1", "killed", "perpetrator", "figure")),
    ),
    ("A man who blew himself up at a bus stop was named.", (("1", "killed", "perpetrator", "figure"),)),
    (
        "A female bomber killed herself and a guard.",
        (("1", "killed", "perpetrator", "figure"), ("1", "killed", "civilian", "figure")),
    ),
    ("The bombers killed themselves.", ()),
]


@pytest.mark.parametrize(("sentence", "expected"), END_TO_END)
def test_end_to_end(sentence, expected):
    got = tuple(
        (str(r.statement.count), r.statement.outcome.value, r.statement.party_kind.value, r.statement.role.value)
        for r in read(sentence)
    )
    assert got == expected


def test_span_and_text_are_the_figure_and_its_victim_words():
    text = "Gunmen killed at least 11 villagers and a mayor; the blast left 3 dead."
    got = [(r.statement.text, r.statement.party, r.frame) for r in read(text, source="police")]
    assert got == [
        ("at least 11 villagers", "villagers", "active"),
        ("a mayor", "mayor", "active"),
        ("3", None, "outcome_noun"),
    ]
    for r in read(text, source="police"):
        a, b = r.statement.span
        assert text[a:b] == r.statement.text and r.statement.source == "police"


def test_time_place_and_no_source():
    (r,) = read("Nine villagers were killed in Kanda on Friday.")
    s = r.statement
    assert (s.period, s.location, s.cumulative, s.source) == ("Friday", "Kanda", False, None)


def test_headless_conjunct_takes_the_party_before_it():
    rows = [r.statement.party for r in read("Gunmen killed nine villagers in Kanda as well as two in Biru.")]
    assert rows == ["villagers", "villagers"]


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_never_raises(text):
    for r in read(text):
        assert isinstance(r.statement, Statement)
