"""build.py's document part and passes.py: whole texts read by the cascade.

Background events, sources and running totals across the sentences of a text. Every
text here is written for these tests.
"""

from __future__ import annotations

import pandas as pd
import pytest

import casualties as cas
from casualties.build import read

#: (figure as written, role, cumulative) of one statement.
Row = tuple[str, str, bool]

#: text -> the statements it makes, in order (figure words, role, cumulative).
BACKGROUND: list[tuple[str, tuple[Row, ...]]] = [
    # a relative clause on a dated past event
    ("Police recalled the 2017 bombing that killed 500 people in the city.", (("500", "background", False),)),
    (
        "The group, whose attack in 2002 killed over 200 people, claimed the blast.",
        (("over 200", "background", False),),
    ),
    (
        "A bomb killed 12 people on Monday, the worst attack since a stampede in 1990 that killed "
        "1,426 people and another in February 2004 that killed 244.",
        (("12", "figure", False), ("1,426", "background", False), ("244", "background", False)),
    ),
    (
        "The port has seen fires in four of the past ten years, including a blaze in 2008 that killed 30 workers.",
        (("30", "background", False),),
    ),
    # an outcome noun after a word of remembrance, or "following" with a past time
    ("Residents rioted following the killing of five guards last month.", (("five", "background", False),)),
    ("Hundreds marched on Sunday, protesting the deaths of three leaders.", (("three", "background", False),)),
    (
        "Crowds gathered to mark the anniversary of the execution of five militants.",
        (("five", "background", False),),
    ),
    ("The gunmen said they were avenging the killing of one of their members.", (("one", "background", False),)),
    # a clause the sentence measures its own event from: a time span, then "after" / "before"
    ("The raid came two days after a bomb at a market in Oru killed five shoppers.", (("five", "background", False),)),
    (
        "A mine killed 3 soldiers near Tala, a week after 12 police were shot dead in Oru.",
        (("3", "figure", False), ("12", "background", False)),
    ),
    # the victims of a crime that a charge or a verdict names
    (
        "Traders in Oru marched against three men charged with killing a tailor.",
        (("a tailor", "background", False),),
    ),
    (
        "A court in Tala jailed a guard convicted of murdering two nurses.",
        (("a guard", "figure", False), ("two nurses", "background", False)),
    ),
    # a relative clause on an event of "earlier this month", "recently", "a few days before"
    (
        "The raid was carried out by the same gang that killed 15 herders earlier this month.",
        (("15", "background", False),),
    ),
    (
        "Rebels, who recently executed 20 prisoners, attacked Kora, killing two guards.",
        (("20", "background", False), ("two", "figure", False)),
    ),
    # an event named by a word of remembrance before its relative clause; "in response to"
    (
        "The attack came on the anniversary of the raid on Kora that killed 17 villagers.",
        (("17", "background", False),),
    ),
    (
        "The bombing came in response to the killing of four traders in Tamu a few days before.",
        (("four", "background", False),),
    ),
    # not background: the event itself, a running total, an undated relative clause
    ("Gunmen who killed 15 herders on Monday struck again the next day.", (("15", "figure", False),)),
    ("A blast that killed 9 people hit the market on Monday.", (("9", "figure", False),)),
    ("Residents rioted following the killing of five guards on Monday.", (("five", "figure", False),)),
    ("The conflict, which has killed 380,000 people since 2011, goes on.", (("380,000", "figure", True),)),
    ("In 2019, a bombing killed 20 people in Kano.", (("20", "figure", False),)),
    ("Two days after gunmen killed 12 villagers in Oru, troops arrived.", (("12", "figure", False),)),
    ("Gunmen killed six guards hours after the truce began.", (("six", "figure", False),)),
    ("Gunmen accused the army of the raid and killed two guards.", (("two", "figure", False),)),
    ("Bandits accused of killing nine herders in Oru struck again.", (("nine herders", "figure", False),)),
]


def _rows(text: str) -> tuple[Row, ...]:
    out = []
    for r in read(text):
        s = r.statement
        out.append((text[s.span[0] : s.span[1]], s.role.value, s.cumulative))
    return tuple(out)


@pytest.mark.parametrize(("text", "want"), BACKGROUND)
def test_background(text: str, want: tuple[Row, ...]) -> None:
    got = _rows(text)
    assert len(got) == len(want), got
    for (words, role, cumulative), (figure, want_role, want_cumulative) in zip(got, want, strict=True):
        assert words.startswith(figure), (words, figure)
        assert (role, cumulative) == (want_role, want_cumulative), words


def test_background_is_out_of_event_totals() -> None:
    text = "A bomb killed 12 people in Kano on Monday. In 2015 a bombing that killed 80 people hit the same market."
    stmts = [r.statement for r in read(text)]
    assert [s.role.value for s in stmts] == ["figure", "background"]
    table = cas.totals(cas.to_frame(stmts), by=["outcome"])
    assert int(table.loc["killed", "low"]) == 12
    with_history = cas.totals(cas.to_frame(stmts), by=["outcome"], include_cumulative=True)
    assert int(with_history.loc["killed", "low"]) == 92


def test_background_round_trips_through_frames() -> None:
    stmts = [r.statement for r in read("Police recalled the 2017 bombing that killed 500 people in the city.")]
    frame = cas.to_frame(stmts)
    assert list(frame["role"]) == ["background"]
    assert isinstance(frame["role"].dtype, pd.CategoricalDtype)
    assert [s.role.value for s in cas.from_frame(frame)] == ["background"]


#: text -> the source of each statement (read with ``source="AFP"``).
SOURCES: list[tuple[str, tuple[str | None, ...]]] = [
    # an adverb or an auxiliary between the source and its verb
    (
        "The Kano Monitor for Peace said 4 died on Monday. It also reported 6 people were killed in Biru.",
        ("Kano Monitor for Peace", "Kano Monitor for Peace"),
    ),
    ("The Lolo army had announced that it had killed nine rebels.", ("The Lolo army",)),
    # a title after an adjective or a place is no organisation's speaker
    ("Malian officials said eight soldiers were killed.", ("Malian officials",)),
    ("A Malian health official says 12 people died.", ("A Malian health official",)),
    ("Regional official Ada Obi told reporters that 30 people died.", ("Regional official Ada Obi",)),
    # ... but an organisation's speaker speaks for it
    (
        "The Kano Monitor for Peace counted the dead. Monitor chief Ada Obi said 7 people died.",
        ("Kano Monitor for Peace",),
    ),
    # "reports" before a reporting verb is a noun
    ("Other reports said five guards were killed.", ("Other reports",)),
    # an inverted clause names its source only when the name ends there
    ("Rebels, in a statement, claimed the raid left 40 soldiers dead.", ("AFP",)),
    ("Two miners died in the blast, said Governor Ada Obi.", ("Governor Ada Obi",)),
    # "according to" a description, without the participle after it
    ("Twelve people died, according to official figures released on Monday.", ("official figures",)),
]


@pytest.mark.parametrize(("text", "want"), SOURCES)
def test_sources(text: str, want: tuple[str | None, ...]) -> None:
    assert tuple(r.statement.source for r in read(text, source="AFP")) == want


#: text -> whether each statement is a running total.
CUMULATIVE: list[tuple[str, tuple[bool, ...]]] = [
    # a campaign's toll with "had", an adverb, or "since" as an adverb
    ("The army said its offensive had mistakenly killed at least 90 civilians.", (True,)),
    ("Raids began in 2016. Such raids have since claimed hundreds of lives.", (True,)),
    # the victims of a campaign
    ("More than 5,000 people have been killed in the war, the agency said.", (True,)),
    ("At least six people have been killed in clan violence in Tamba.", (False,)),
    # "since" after a superlative compares, it does not total
    ("Twelve people were killed on Friday, the deadliest day of protests since the coup.", (False,)),
    ("Police killed 30 protesters, the worst toll from a single day since March.", (False,)),
    ("Thirty soldiers have been killed since March.", (True,)),
]


@pytest.mark.parametrize(("text", "want"), CUMULATIVE)
def test_cumulative(text: str, want: tuple[bool, ...]) -> None:
    assert tuple(r.statement.cumulative for r in read(text)) == want
