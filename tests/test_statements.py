"""Statement: its short readable line (str) and its full repr."""

from __future__ import annotations

import pytest

from casualties import Count, Statement


def _statement(**fields):
    base = {
        "count": Count(11, None),
        "outcome": "killed",
        "party": "civilians",
        "party_kind": "civilian",
        "source": None,
        "period": None,
        "cumulative": False,
        "location": None,
        "span": (0, 20),
        "text": "at least 11 civilians",
    }
    return Statement(**{**base, **fields})


@pytest.mark.parametrize(
    ("fields", "line"),
    [
        ({}, "at least 11 civilians killed"),
        ({"source": "the health ministry"}, "at least 11 civilians killed (the health ministry)"),
        ({"count": Count(3), "party": None, "outcome": "injured"}, "3 injured"),
        ({"count": Count(10, 20), "party": "rebels", "outcome": "missing"}, "between 10 and 20 rebels missing"),
        (
            {"count": Count(380_001, None), "party": "people", "cumulative": True},
            "at least 380,001 people killed, running total",
        ),
        (
            {"count": Count(9), "party": "villagers", "role": "part", "source": "police"},
            "9 villagers killed, part of a total (police)",
        ),
    ],
)
def test_str_is_a_short_readable_line(fields, line):
    assert str(_statement(**fields)) == line


def test_repr_keeps_every_field():
    text = repr(_statement(source="police"))
    assert text.startswith("Statement(count=Count(low=11, high=None, best=11), outcome='killed'")
    assert "source='police'" in text and "span=(0, 20)" in text
