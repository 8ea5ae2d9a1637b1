"""Strategies for users: from_type through Hypothesis' entry point, lazy imports, validity."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualties import Count, Outcome, Statement, from_frame, parse, totals
from casualties.strategies import PHRASE_LIMIT, counts, frames, phrases, statements


@given(st.from_type(Count))
def test_from_type_count_draws_valid_counts(c):
    assert isinstance(c, Count)
    assert 0 <= c.low <= c.best and (c.high is None or c.best <= c.high)
    assert parse(str(c)) == c


@given(st.from_type(Statement))
def test_from_type_statement_draws_well_formed_statements(s):
    assert isinstance(s, Statement)
    assert s.text[s.span[0] : s.span[1]] == s.text
    assert s.outcome in set(Outcome)


@given(st.lists(statements(outcomes=(Outcome.KILLED,), parts=False), min_size=1, max_size=6))
@settings(max_examples=50, deadline=None)
def test_a_downstream_property_total_is_at_least_the_largest_low(stmts):
    # the kind of property a pipeline built on casualties can state about its own code
    row = totals(stmts, include_cumulative=True).loc["killed"]
    assert row["low"] >= max(s.count.low for s in stmts)


@given(frames(max_docs=3))
@settings(max_examples=30, deadline=None)
def test_frames_hold_valid_statements(frame):
    assert len(from_frame(frame)) == len(frame)


def test_counts_respects_its_bounds():
    @given(counts(min_value=5, max_value=9, bounded=True))
    def check(c):
        assert 5 <= c.low <= c.high <= 9

    check()


def test_strategies_import_neither_pandas_nor_quantulum3(modules_after):
    loaded = modules_after("import casualties.strategies as s\ns.statements().example()\ns.phrases().example()")
    assert "pandas" not in loaded and "quantulum3" not in loaded
    assert "pandas" in modules_after("import casualties.strategies as s\ns.frames().example()")


def test_the_entry_point_loads_nothing_heavy(modules_after):
    loaded = modules_after("import hypothesis")
    assert "casualties.strategies" not in loaded and "pandas" not in loaded


@pytest.mark.parametrize(
    ("strategy", "limit"),
    [(lambda: phrases(max_value=10**10), "5,000,000,000"), (lambda: statements(max_value=10**11), "10,000,000,000")],
)
def test_strategies_refuse_figures_no_reader_reads(strategy, limit):
    @given(strategy())
    def draw(_):
        pass

    with pytest.raises(ValueError, match=f"max_value must be at most {limit}"):
        draw()


@settings(max_examples=100, deadline=None)
@given(phrases(max_value=PHRASE_LIMIT))
def test_the_largest_phrases_still_read(case):
    text, expected = case
    assert parse(text) == expected
