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
        (("5", "injured", "figure"), ("4", "killed", "figure")),
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
    # a death told in a later sentence
    ("Gunmen shot a herder near the well. The man died later in hospital.", (("1", "killed", "figure"),)),
    # the shooter's own death is not read (the datasets disagree whether it counts)
    ("He killed four coworkers before committing suicide.", (("4", "killed", "figure"),)),
]


@pytest.mark.parametrize(("sentence", "expected"), ROWS)
def test_shooting_rows(sentence: str, expected: tuple[tuple[str, str, str], ...]) -> None:
    got = tuple((str(r.statement.count), r.statement.outcome.value, r.statement.role.value) for r in read(sentence))
    assert got == expected
