"""phrases.py (L3 of the cascade) and its rules (the L3 section of lexicon/en_rules.py).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualties.chunks import chunk
from casualties.lexicon import en_rules as er
from casualties.phrases import Phrases, phrase, render
from casualties.wordclass import classify


def _read(text: str) -> Phrases:
    return phrase(chunk(classify(text)))


# -- the golden table: sentence -> nested brackets -----------------------------------------
GOLDEN = [
    ("At least 11 civilians were killed, police said.", "[F At least 11 civilians] were killed , [N police] said ."),
    (
        "Gunmen killed nine villagers in Kanda as well as two in Biru, police said.",
        "[N Gunmen] killed [F nine villagers {in Kanda} & two {in Biru}] , [N police] said .",
    ),
    (
        "Eight displaced Syrians, including four children, were killed by border guards.",
        "[F Eight displaced Syrians (, including [four children])] were killed by [N border guards] .",
    ),
    (
        "14 civilians, have been killed in two days of fighting.",
        "[F 14 civilians] , have been killed in [f two days~] of fighting .",
    ),
    (
        "Five people, two traders and a driver, were killed on Friday.",
        "[F Five people (, [two traders] and [a driver])] were killed on Friday .",
    ),
    (
        "As many as 25 people, majority of them vendors, were killed and 65 others injured.",
        "[F As many as 25 people (, majority of them vendors)] were killed and [F 65 others] injured .",
    ),
    ("Twenty herdsmen and 83 cows were killed.", "[F Twenty herdsmen & 83 cows~] were killed ."),
    ("A mayor and his secretary were killed.", "[N A mayor & his secretary] were killed ."),
    ("None of the 40 hostages was hurt.", "[Z None {of the 40 hostages}] was hurt ."),
    ("No one was hurt.", "[Z No one] was hurt ."),
    ("Nine people, most of them children, died.", "[F Nine people (, most of them children)] died ."),
    (
        "Five soldiers (two of them officers) were killed.",
        "[F Five soldiers (( [two] of them officers ))] were killed .",
    ),
    (
        "Three people - two women and a child - were killed.",
        "[F Three people (- [two women] and [a child] -)] were killed .",
    ),
    (
        "Twelve pilgrims, who were travelling to Kano, were killed.",
        "[F Twelve pilgrims (, who were travelling to Kano)] were killed .",
    ),
    ("Three soldiers, two policemen and a civilian died.", "[F Three soldiers & two policemen & a civilian] died ."),
    (
        "Gunmen killed 12 people, including two women and a child.",
        "[N Gunmen] killed [F 12 people (, including [two women] and [a child])] .",
    ),
    ("An explosion hit a bus, killing 12 people.", "An explosion hit [n a bus~] , killing [F 12 people] ."),
    ("The blast left 3 dead.", "The blast left [H 3 dead] ."),
    ("The death toll rose to 50.", "The death toll rose to [F 50] ."),
    ("Nine were among the dead.", "[F Nine] were among the dead ."),
    (
        "Five people were killed and two of them were children.",
        "[F Five people] were killed and [M two {of them}] were [N children] .",
    ),
    (
        "Gunmen killed nine villagers in Kanda on Friday.",
        "[N Gunmen] killed [F nine villagers {in Kanda} {on Friday}] .",
    ),
    ("Rebels killed four soldiers near the border.", "[N Rebels] killed [F four soldiers {near the border}] ."),
    ("Three soldiers died on Sunday.", "[F Three soldiers] died on Sunday ."),
    ("There were 12 deaths.", "There were [H 12 deaths] ."),
    (
        "Militants have killed 12 soldiers and two policemen.",
        "[N Militants] have killed [F 12 soldiers & two policemen] .",
    ),
    ("Two children, aged 4 and 6, were injured.", "[F Two children (, aged 4 and 6)] were injured ."),
    ("Seven miners (all from Kano) died.", "[F Seven miners (( all from Kano ))] died ."),
    (
        "Gunmen abducted 30 students and two teachers on Monday.",
        "[N Gunmen] abducted [F 30 students & two teachers {on Monday}] .",
    ),
    ("Six people, all civilians, died.", "[F Six people (, [all civilians])] died ."),
]


@pytest.mark.parametrize(("sentence", "expected"), GOLDEN)
def test_golden(sentence, expected):
    assert render(_read(sentence)) == expected


def test_phrase_values():
    p = _read("Five people, two traders and a driver, were killed on Friday.")
    victim = p.phrases[0]
    assert (victim.code, victim.rule, victim.first, victim.end) == ("F", "aside_apposition", 0, 6)
    assert victim.parts == (2, 4) and victim.asides == ((1, 5),)
    assert [c.core for c in victim.conjuncts] == [0]
    p = _read("Twenty herdsmen and 83 cows were killed.")
    assert [(c.core, c.thing) for c in p.phrases[0].conjuncts] == [(0, False), (2, True)]


def test_thing_first_takes_the_code_of_the_person_conjunct():
    assert _read("83 cows and twenty herdsmen were killed.").string == "FV."


# -- every rule's examples and counterexamples ---------------------------------------------
_EXAMPLES = [(r.name, s) for r in er.PHRASE_RULES for s in r.examples]
_COUNTEREXAMPLES = [(r.name, s) for r in er.PHRASE_RULES for s in r.counterexamples]


@pytest.mark.parametrize(("name", "sentence"), _EXAMPLES)
def test_every_rule_makes_a_phrase_in_its_examples(name, sentence):
    p = _read(sentence)
    assert name in {x.rule for x in p.phrases}, render(p)


@pytest.mark.parametrize(("name", "sentence"), _COUNTEREXAMPLES)
def test_no_rule_makes_a_phrase_in_its_counterexamples(name, sentence):
    p = _read(sentence)
    assert name not in {x.rule for x in p.phrases}, render(p)


def test_alphabet_covers_every_code():
    for rule in er.PHRASE_RULES:
        for sentence in rule.examples + rule.counterexamples:
            assert set(_read(sentence).string) <= set(er.PHRASE_ALPHABET)


# -- properties ------------------------------------------------------------------------------
_WORDS = [
    *("five", "people", "two", "of", "them", "killed", "were", "and", "including", "children", ","),
    *("(", ")", "-", "who", "in", "Kanda", "on", "Friday", "died", "cows", "none", "the", "."),
]


def _covers(p: Phrases) -> None:
    assert len(p.string) == len(p.phrases)
    assert [x.first for x in p.phrases] == [0, *[x.end for x in p.phrases[:-1]]][: len(p.phrases)]
    assert (p.phrases[-1].end if p.phrases else 0) == len(p.chunks.chunks)
    for x in p.phrases:
        assert x.first <= x.core < x.end
        assert all(x.first <= c.core < x.end for c in x.conjuncts)
        assert all(x.first <= k < x.end for k in x.parts)
        assert x.code in er.PHRASE_ALPHABET


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text):
    _covers(_read(text))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40))
def test_phrases_cover_every_chunk_once(words):
    _covers(_read(" ".join(words)))


@pytest.mark.slow
@pytest.mark.parametrize(
    "unit",
    [
        "Eight displaced Syrians, including four children, were killed by border guards. ",
        "Five people, two traders and a driver, were killed and 3 cows, 2 goats and 9 herdsmen died. ",
    ],
)
def test_linear_time(unit, growth):
    ratio = growth(lambda text: phrase(chunk(classify(text))), unit, size=60_000)
    assert ratio < 6
