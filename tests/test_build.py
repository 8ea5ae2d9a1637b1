"""build.py: the statement layer of the cascade (sources, time, running totals, document passes).

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualties.build import read
from casualties.count import Count
from casualties.numbers import tokenize
from casualties.passes import Place, mark_breakdowns
from casualties.sources import Sources
from casualties.statements import Outcome, PartyKind, Role, Statement

Row = tuple[str, str, str, str, str | None, bool]

#: text -> (count, outcome, party_kind, role, source, cumulative) per statement, read with
#: ``source="AFP"`` (the default for sentences that name no source).
TABLE: list[tuple[str, tuple[Row, ...]]] = [
    # breakdowns: coordinated figures after a total are its parts
    (
        "At least 11 villagers were killed on Sunday, police said. "
        "Gunmen killed nine villagers in Kanda as well as two in Biru.",
        (
            ("at least 11", "killed", "civilian", "figure", "police", False),
            ("9", "killed", "civilian", "part", "AFP", False),
            ("2", "killed", "civilian", "part", "AFP", False),
        ),
    ),
    # later breakdowns: figures in the sentences after a total that add up to it
    (
        "At least 12 soldiers were killed in the north. Two soldiers died in Tamba. Later, ten soldiers died in Lolo.",
        (
            ("at least 12", "killed", "state_forces", "figure", "AFP", False),
            ("2", "killed", "state_forces", "part", "AFP", False),
            ("10", "killed", "state_forces", "part", "AFP", False),
        ),
    ),
    # "another": a second quantity, not the first one again
    (
        "Seven miners were killed in the blast. Another seven miners were killed in a second mine.",
        (
            ("7", "killed", "civilian", "figure", "AFP", False),
            ("7", "killed", "civilian", "figure", "AFP", False),
        ),
    ),
    # sources: "according to X", "said X", "X told AFP", "X said"
    (
        "Four people were killed, according to the Red Cross.",
        (("4", "killed", "unknown", "figure", "Red Cross", False),),
    ),
    (
        "Four people were killed, said Governor Ada Obi.",
        (("4", "killed", "unknown", "figure", "Governor Ada Obi", False),),
    ),
    (
        "Local police told AFP that six traders were wounded.",
        (("6", "injured", "civilian", "figure", "Local police", False),),
    ),
    # a short name and a pronoun resolve to the fullest name the text gives
    (
        "The Kanda Relief Agency said three boys drowned. Two women were wounded, the Agency said. "
        "It said four men were abducted.",
        (
            ("3", "killed", "civilian", "figure", "Kanda Relief Agency", False),
            ("2", "injured", "civilian", "figure", "Kanda Relief Agency", False),
            ("4", "abducted", "unknown", "figure", "Kanda Relief Agency", False),
        ),
    ),
    # running totals: a campaign's toll since a year, "so far this year"; an event's own is not
    (
        "The war has killed more than 500 people since 2011. On Monday, three soldiers died in Aleppo.",
        (
            ("at least 501", "killed", "unknown", "figure", "AFP", True),
            ("3", "killed", "state_forces", "figure", "AFP", False),
        ),
    ),
    (
        "Twenty civilians have been killed so far this year, officials said.",
        (("20", "killed", "civilian", "figure", "officials", True),),
    ),
    (
        "The storm killed four fishermen, the police said. The death toll rose to 50.",
        (
            ("4", "killed", "civilian", "figure", "the police", False),
            ("50", "killed", "unknown", "figure", "AFP", False),
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_statement_fields(text: str, expected: tuple[Row, ...]) -> None:
    got = tuple(
        (
            str(s.count),
            s.outcome.value,
            s.party_kind.value,
            s.role.value,
            s.source,
            s.cumulative,
        )
        for s in (r.statement for r in read(text, source="AFP"))
    )
    assert got == expected


def test_period_and_location():
    (r,) = read("Nine villagers were killed in the village of Kanda on Friday.")
    assert (r.statement.period, r.statement.location) == ("Friday", "Kanda")
    (r,) = read("Nine villagers were killed.")
    assert (r.statement.period, r.statement.location, r.statement.source) == (None, None, None)


def test_since_gives_the_period_of_a_running_total():
    (r,) = read("More than 40 protesters have been killed since March, activists said.")
    s = r.statement
    assert (s.period, s.cumulative, s.source) == ("since March", True, "activists")


def test_a_later_report_of_the_same_victims_restates_it():
    text = "Seven miners were killed in the blast. Rescuers said the seven miners were killed when the roof fell."
    first, second = (r.statement for r in read(text))
    assert first.restates is None
    assert second.restates == first.span and second.source == "Rescuers"


def test_other_sources_restate_a_figure_of_the_same_sentence():
    text = "Police said 14 people died in Oru; other sources reported at least 25 deaths."
    first, second = (r.statement for r in read(text))
    assert first.restates is None and second.restates == first.span
    # "other" before victims adds them
    first, second = (r.statement for r in read("Nine guards were killed and 13 other people died."))
    assert second.restates is None


def test_the_relative_clause_of_a_campaign_toll_stays_an_event():
    text = "Two soldiers were killed on Tuesday in Tamba, where the insurgency has killed 300 people."
    rows = [(str(r.statement.count), r.statement.cumulative) for r in read(text)]
    assert rows == [("2", False), ("300", True)]


def test_the_old_and_the_new_reader_share_the_passes():
    # a frozen Place is all mark_breakdowns reads of where a statement stands
    def statement(low: int, start: int) -> Statement:
        span = (start, start + 1)
        return Statement(Count(low), Outcome.KILLED, None, PartyKind.UNKNOWN, None, None, False, None, span, "x")

    pairs = [
        (statement(5, 0), Place(sentence=0, group=0, first=0, party_end=2, sentence_start=0)),
        (statement(3, 10), Place(sentence=1, group=3, first=8, party_end=9, sentence_start=7)),
        (statement(2, 20), Place(sentence=1, group=3, first=11, party_end=12, sentence_start=7)),
    ]
    assert [s.role for s in mark_breakdowns(pairs)] == [Role.FIGURE, Role.PART, Role.PART]


def test_a_source_name_reads_no_state():
    text = "The Kanda Relief Agency said two men died."
    sources = Sources(text, tokenize(text))
    assert sources.name("the Agency", None) == "Kanda Relief Agency"
    assert sources.name("it", "police") == "police"
    assert sources.last is None and sources.resolved == {}


#: Words a text of the property below is made of: figures, outcomes, sources, time cues.
_WORDS = (
    "11",
    "nine",
    "two",
    "villagers",
    "soldiers",
    "were",
    "killed",
    "died",
    "wounded",
    "and",
    "in",
    "Kanda",
    "said",
    "police",
    "according",
    "to",
    "it",
    "the",
    "war",
    "has",
    "since",
    "2011",
    "so",
    "far",
    "this",
    "year",
    "another",
    "including",
    "death",
    "toll",
    "rose",
    ",",
    ".",
    "(",
    ")",
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join) | st.text())
def test_never_raises(text: str) -> None:
    for r in read(text, source="AFP"):
        s = r.statement
        assert isinstance(s, Statement)
        assert s.source is not None
        assert text[s.span[0] : s.span[1]] == s.text


def test_the_text_is_tokenized_once():
    """``read`` reads its tokens off L1 (``Classes.tokens``): one tokenization per text."""
    import casualties.numbers
    import casualties.wordclass as wc

    text = "At least 11 villagers were killed in Kanda on Sunday, police said. It said two were hurt."
    expected = read(text, source="AFP")
    calls = []

    def counted(t: str) -> list:
        calls.append(t)
        return tokenize(t)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(wc, "tokenize", counted)
        mp.setattr(casualties.numbers, "tokenize", counted)
        assert read(text, source="AFP") == expected
    assert calls == [text]


#: Who the victims are and how many when no numeral says it, and how one group splits
#: between outcomes: text -> "count outcome party_kind" per statement (" part" for a part).
VICTIMS: list[tuple[str, tuple[str, ...]]] = [
    # one person named by a determiner and a singular person noun
    ("Bandits killed the mayor and his 12-year-old daughter.", ("1 killed civilian", "1 killed civilian")),
    ("Raiders killed four farmers and a herder.", ("4 killed civilian", "1 killed civilian")),
    ("A third person later died in hospital.", ("1 killed unknown",)),
    ("The judge was shot dead on Monday.", ("1 killed civilian",)),
    # a group is no one person ("the police", "the family"); a rank is no victim
    ("The attack killed the family.", ()),
    ("The third reporter to be killed this month was buried.", ()),
    # a named person is one; a bare figure set off by commas after a name is an age
    ("Gunmen have killed Ana Ruiz.", ("1 killed unknown",)),
    ("Land activist Pedro Alvarez was shot dead on Sunday.", ("1 killed civilian",)),
    ("Ricardo Lopez, 44, died in the town of Tala.", ("1 killed unknown",)),
    ("Gunmen killed Benjamin Ota, 47, a candidate for mayor.", ("1 killed unknown",)),
    ("Ana Ruiz said two men died.", ("2 killed unknown",)),
    # a pronoun victim: "him" is one, "them" the group it points back to
    ("Gunmen stabbed the mayor, killing him.", ("1 killed civilian",)),
    ("Police shot him in Kano.", ()),
    # one group split between outcomes: the -ing clauses count members of the group shot
    ("The gunman shot five people, killing two.", ("3 injured unknown", "2 killed unknown")),
    ("A man shot four people, killing one and wounding three.", ("1 killed unknown", "3 injured unknown")),
    ("Gunmen shot two soldiers, killing them.", ("2 killed state_forces",)),
    ("He shot six people, killing two and wounding four others.", ("2 killed unknown", "4 injured unknown")),
    ("Rebels killed six soldiers, wounding two.", ("6 killed state_forces", "2 injured unknown")),
    # parts after a whole in its sentence: they add up to it and do not add to it
    (
        "17 villagers were killed: 14 were executed while 3 died of their wounds.",
        ("17 killed civilian", "14 killed unknown part", "3 killed unknown part"),
    ),
    ("Five were killed, 3 were injured.", ("5 killed unknown", "3 injured unknown")),
    ("Four died in Tala; four more died in Biru.", ("4 killed unknown", "4 killed unknown")),
    # "along with" after the verb adds victims to it
    (
        "The chief was killed along with 4 other elders and 5 guards.",
        ("1 killed civilian", "4 killed civilian", "5 killed civilian"),
    ),
    ("Two soldiers were killed in Tamba along with 12 rebels.", ("2 killed state_forces", "12 killed armed_group")),
    # a relative clause or a participle phrase without commas between a subject and its verb
    ("Eight miners who were at the pit head were killed.", ("8 killed civilian",)),
    ("Nine inmates who had been detained in a sweep have been killed.", ("9 killed civilian",)),
    ("A nurse who was wounded in the raid died on Sunday.", ("1 killed civilian",)),
    ("Six pilgrims attending prayers at the shrine were shot dead.", ("6 killed civilian",)),
    ("Two men wanted over the heist were killed in a raid.", ("2 killed unknown",)),
    # ... and a group of people at its end is the subject of the verb after it
    ("Ninety families who say their children were abducted marched.", ()),
    ("Villagers rioted after a boy was killed.", ("1 killed civilian",)),
    # an aside led by an adverb ("mostly", "mainly") holds no new subject
    ("At least 40 people, mostly fishermen and their wives, drowned.", ("at least 40 killed unknown",)),
    ("Sixteen people -- mainly traders -- were wounded in Tala.", ("16 injured unknown",)),
    ("The storm left eight people, mostly farmers killed by falling trees.", ("8 killed unknown",)),
    # a list of objects with a comma before its last member
    (
        "The gunman killed two clerks, a guard, and a nurse.",
        ("2 killed civilian", "1 killed civilian", "1 killed civilian"),
    ),
    # a second object after a pronoun or a name; "another" alone is one more person
    ("The mine exploded, killing him and nine others.", ("1 killed unknown", "9 killed unknown")),
    ("Raiders killed Ana Ruiz and two guards.", ("1 killed unknown", "2 killed civilian")),
    ("Police shot him and two men died.", ("2 killed unknown",)),
    # "another": one more of the group before it (a miner)
    ("The blast killed one miner and injured another.", ("1 killed civilian", "1 injured civilian")),
    # "them" after a second verb: the object of the first
    ("Bandits seized four drivers and later killed them.", ("4 abducted civilian", "4 killed civilian")),
]


@pytest.mark.parametrize(("text", "expected"), VICTIMS)
def test_victims(text: str, expected: tuple[str, ...]) -> None:
    got = tuple(
        f"{s.count} {s.outcome.value} {s.party_kind.value}" + (" part" if s.role is Role.PART else "")
        for s in (r.statement for r in read(text))
    )
    assert got == expected


#: Verb groups and outcome verbs read by L1 / L2: text -> (count, outcome) per statement.
VERB_GROUPS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Two militiamen were reported killed during the fighting.", (("2", "killed"),)),
    ("Seven traders were reported to have been killed in the raid.", (("7", "killed"),)),
    ("Four soldiers have been confirmed killed.", (("4", "killed"),)),
    ("Three men were confirmed dead.", (("3", "killed"),)),
    ("Nine farmers were on Monday killed near the river.", (("9", "killed"),)),
    ("Three women were found murdered.", (("3", "killed"),)),
    ("One person dies in a clash near the border.", (("1", "killed"),)),
    ("Five herders were attacked and killed with clubs.", (("5", "killed"),)),
    ("Two guards were shot and injured.", (("2", "injured"),)),
    ("One of the guards was shot but is in a stable condition.", (("1", "injured"),)),
    ("A gunman shot four people in a bar, killing two.", (("2", "injured"), ("2", "killed"))),
    ("Police shot two robbers dead.", (("2", "killed"),)),
    ("Guards shot two smugglers to death.", (("2", "killed"),)),
    ("Bandits hacked and burnt six traders to death.", (("6", "killed"),)),
    ("Two spies were put to death.", (("2", "killed"),)),
    ("Four others were taken to a hospital.", (("4", "injured"),)),
    ("A district governor has died after an attack.", (("1", "killed"),)),
]


@pytest.mark.parametrize(("text", "expected"), VERB_GROUPS)
def test_verb_groups_end_to_end(text: str, expected: tuple[tuple[str, str], ...]) -> None:
    got = tuple((str(r.statement.count), r.statement.outcome.value) for r in read(text, source="AFP"))
    assert got == expected
