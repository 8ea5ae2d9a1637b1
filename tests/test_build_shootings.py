"""End to end: shooting reports read by the cascade (``casualties.build.read``).

The constructions of mass-shooting reports, in sentences we write: lists of victims closed
by a second verb, singular objects the lexicon does not know, possessives, a lone
"another", groups shot and then split, and deaths told after a shooting.
"""

from __future__ import annotations

import pytest

from casualties.build import read

# sentence -> (count, outcome, role) per statement, in order
ROWS = [
    # the object of "killed" / "wounded": one person, even when the lexicon lacks its noun
    ("He killed the locksmith and wounded three others.", (("1", "killed", "figure"), ("3", "injured", "figure"))),
    ("A gunman killed the local schoolmaster in his office.", (("1", "killed", "figure"),)),
    ("The blast destroyed a shed, killing the old ferryman.", (("1", "killed", "figure"),)),
    ("Gunmen killed the rest.", ()),
    ("He fled the scene.", ()),
    # a list of objects closed by a second verb
    (
        "He killed a cashier, two shoppers and wounded a guard before fleeing.",
        (("1", "killed", "figure"), ("2", "killed", "figure"), ("1", "injured", "figure")),
    ),
    (
        "The man opened fire, killing four clerks, one 60-year-old janitor, and wounding two more.",
        (("4", "killed", "figure"), ("1", "killed", "figure"), ("2", "injured", "figure")),
    ),
    # possessives
    ("A gunman killed the farmer's wife and two neighbours.", (("1", "killed", "figure"), ("2", "killed", "figure"))),
    ("Tom Berg's father was killed on Monday.", (("1", "killed", "figure"),)),
    # a lone "another"
    (
        "He killed two and wounded another before he was arrested.",
        (("2", "killed", "figure"), ("1", "injured", "figure"), ("1", "detained", "figure")),  # "he": one person
    ),
    (
        "He shot three people, killing two and wounding another.",
        (("2", "killed", "figure"), ("1", "injured", "figure")),
    ),
    # a group shot, then split; a figure hyphened to a word is no count
    (
        "Ed Lund, 40, shot 9 pupils in a two-room school in Tarn, killing 4, before shooting himself.",
        (("5", "injured", "figure"), ("4", "killed", "figure"), ("1", "killed", "figure")),
    ),
    # a reduced participle after the object describes the object
    ("Militants executed five men captured during a raid on a farm.", (("5", "killed", "figure"),)),
    # among a group that a participle names
    (
        "Two guards were among seven people killed in the raid.",
        (("2", "killed", "part"), ("7", "killed", "figure")),
    ),
    # a killing joined to a passive after what is attached to it
    ("A clerk was shot twice in the back, and killed.", (("1", "killed", "figure"),)),
    ("One man was wounded in the raid and arrested.", (("1", "injured", "figure"),)),
    # a group of a place or body; asides with a place inside
    ("Four residents of Olm and Vask, were reportedly killed.", (("4", "killed", "figure"),)),
    ("Three members of Hamas were killed.", (("3", "killed", "figure"),)),
    (
        "Five pupils - two of them from one village - have reportedly been killed.",
        (("5", "killed", "figure"), ("2", "killed", "part")),
    ),
    # a one-person determiner shared by the bare nouns listed after it ("his mother, sister and
    # niece": three people); a singular verb makes two titles one person
    (
        "Ivo Dal, 38, shot dead his father, mother and infant brother at a farm in Kell.",
        (("3", "killed", "figure"),),
    ),
    (
        "After fatally shooting a man and woman, the gunman robbed a shop.",
        (("1", "killed", "figure"), ("1", "killed", "figure")),
    ),
    ("A local pastor and teacher was shot dead outside his church.", (("1", "killed", "figure"),)),
    (
        "She killed her two sons, her sister-in-law, and their aunt before fleeing.",
        (("2", "killed", "figure"), ("1", "killed", "figure"), ("1", "killed", "figure")),
    ),
    ("Farmer murders his brother and two nephews in Vell.", (("1", "killed", "figure"), ("2", "killed", "figure"))),
    # an age opening a noun group without article: one person
    (
        "The shots killed 15-year-old boy and wounded two others.",
        (("1", "killed", "figure"), ("2", "injured", "figure")),
    ),
    ("19-year-old student shot dead at a store in Vell.", (("1", "killed", "figure"),)),
    # a bare person noun as the object of an outcome verb: one person (notes drop articles)
    (
        "Man killed wife, two sons, and neighbor before calling police.",
        (("1", "killed", "figure"), ("2", "killed", "figure"), ("1", "killed", "figure")),
    ),
    ("Farmer murders wife in Vell.", (("1", "killed", "figure"),)),
    # a partitive of a group's members ("three of four members of a family")
    ("Two of five members of a family were shot and killed at their farm.", (("2", "killed", "figure"),)),
    # a death told in a later sentence
    ("Gunmen shot a herder near the well. The man died later in hospital.", (("1", "killed", "figure"),)),
    # "committing suicide" names no one: not read (the reflexive forms are, below)
    ("He killed four coworkers before committing suicide.", (("4", "killed", "figure"),)),
]

# the shooter's own death: one perpetrator (sentence -> (count, outcome, party kind, party) per statement)
OWN_DEATH = [
    (
        "A gunman killed three clerks at a bank in Ostby before turning the gun on himself.",
        (("3", "killed", "civilian", "clerks"), ("1", "killed", "perpetrator", "gunman")),
    ),
    (
        "The shooter wounded two guards and then took his own life.",
        (("2", "injured", "civilian", "guards"), ("1", "killed", "perpetrator", "shooter")),
    ),
    (
        "Nils Ek, 51, killed his wife and two neighbours before fatally shooting himself.",
        (
            ("1", "killed", "civilian", "wife"),
            ("2", "killed", "civilian", "neighbours"),
            ("1", "killed", "perpetrator", None),
        ),
    ),
    ("He walked into the yard and shot himself in the chest.", (("1", "killed", "perpetrator", None),)),
    (
        "A former porter shot five coworkers, killing two, and later killed himself.",
        (
            ("3", "injured", "civilian", "coworkers"),
            ("2", "killed", "unknown", None),
            ("1", "killed", "perpetrator", "former porter"),
        ),
    ),
    ("The gunman himself was killed by a deputy.", (("1", "killed", "perpetrator", "gunman"),)),
    (
        "He killed two tellers before he was shot dead himself.",
        (("2", "killed", "unknown", "tellers"), ("1", "killed", "perpetrator", None)),
    ),
    # a death others caused after one's own attack: the kind of the subject's words, if any
    (
        "A soldier killed two rebels before he was killed himself.",
        (("2", "killed", "armed_group", "rebels"), ("1", "killed", "state_forces", "soldier")),
    ),
    (
        "A gunman killed two tellers before he turned the gun on himself.",
        (("2", "killed", "unknown", "tellers"), ("1", "killed", "perpetrator", "gunman")),
    ),
    # one death, however many ways it is told
    ("The gunman died after shooting himself.", (("1", "killed", "perpetrator", "gunman"),)),
    ("He took his own life by shooting himself.", (("1", "killed", "perpetrator", None),)),
    ("The gunman died after he shot himself.", (("1", "killed", "perpetrator", "gunman"),)),
    (
        "A rebel fighter killed herself and a guard when she blew herself up.",
        (("1", "killed", "perpetrator", "rebel fighter"), ("1", "killed", "civilian", "guard")),
    ),
    # a group of no figure is not counted; no death of one's own without a reflexive
    ("The two gunmen killed a guard and then themselves.", (("1", "killed", "civilian", "guard"),)),
    ("Police shot him in the leg.", ()),
    ("He turned himself in to police.", ()),
    ("He threatened to kill himself.", ()),
]


@pytest.mark.parametrize(("sentence", "expected"), ROWS)
def test_shooting_rows(sentence: str, expected: tuple[tuple[str, str, str], ...]) -> None:
    got = tuple((str(r.statement.count), r.statement.outcome.value, r.statement.role.value) for r in read(sentence))
    assert got == expected


@pytest.mark.parametrize(("sentence", "expected"), OWN_DEATH)
def test_own_death_rows(sentence: str, expected: tuple[tuple[str, str, str, str | None], ...]) -> None:
    got = tuple(
        (str(s.count), s.outcome.value, s.party_kind.value, s.party) for s in (r.statement for r in read(sentence))
    )
    assert got == expected
