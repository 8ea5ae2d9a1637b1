"""totals() and aggregate(): reconciliation rules, invariants, properties."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualties import Count, Outcome, PartyKind, Role, Statement, aggregate, extract, extract_frame, to_frame, totals
from casualties.reconcile import TOTAL_COLUMNS
from casualties.strategies import counts, frames, statements


def row(table, key):
    r = table.loc[key]
    return int(r["low"]), int(r["best"]), float(r["high"])


# -- rules, in sentences written for these tests ------------------------------------------
def test_a_restated_figure_counts_once():
    text = (
        "A car bomb killed 14 people in Kanda on Friday, police said. The 14 people "
        "killed were shoppers and street vendors, police added."
    )
    table = totals(extract(text))
    assert row(table, "killed") == (14, 14, 14)
    assert int(table.loc["killed", "n"]) == 2


def test_a_breakdown_by_place_does_not_add_to_its_total():
    text = (
        "At least 11 civilians were killed on Monday, a monitor said. Air strikes killed "
        "nine civilians in Kanda as well as two in Biru."
    )
    assert row(totals(extract(text)), "killed") == (11, 11, math.inf)


def test_running_totals_stay_out_unless_asked():
    text = "Shelling killed six soldiers on Tuesday. The war has killed more than 5,000 soldiers since 2019."
    assert row(totals(extract(text)), "killed") == (6, 6, 6)
    assert row(totals(extract(text), include_cumulative=True), "killed") == (5007, 5007, math.inf)


def test_sources_that_disagree_in_one_document_are_flagged():
    text = (
        "Twelve protesters were killed in the capital, the health ministry said. "
        "Twenty protesters were killed, according to an opposition group."
    )
    table = totals(extract(text))
    assert row(table, "killed") == (12, 12, 20)
    assert bool(table.loc["killed", "conflict"])
    assert table.loc["killed", "sources"] == ("an opposition group", "the health ministry")


def test_one_source_updating_its_toll_is_no_conflict():
    text = "Five miners died in the collapse, officials said. Later officials said eight miners died."
    table = totals(extract(text))
    assert row(table, "killed") == (8, 8, 8)
    assert not bool(table.loc["killed", "conflict"])


def test_reports_of_one_event_across_documents_combine_by_consensus():
    docs = pd.Series(
        {
            "wire": "At least 20 villagers were killed in Kanda on Sunday.",
            "local": "Between 15 and 25 villagers were killed in Kanda on Sunday.",
            "radio": "Gunmen killed nine farmers in Beru on Sunday.",
        }
    )
    frame = extract_frame(docs)
    summed = totals(frame)
    assert row(summed, "killed") == (44, 44, math.inf)
    one_event = totals(frame, by=("location", "outcome"), same=("location", "period"))
    assert row(one_event, ("Kanda", "killed")) == (20, 20, 25)
    assert row(one_event, ("Beru", "killed")) == (9, 9, 9)
    assert not one_event["conflict"].any()
    disagree = extract_frame(
        ["Four guards were killed in Kanda on Sunday.", "Ten guards were killed in Kanda on Sunday."]
    )
    table = totals(disagree, by="outcome", same=("location", "period"))
    assert row(table, "killed") == (4, 4, 10) and bool(table.loc["killed", "conflict"])


def test_by_several_keys_gives_plain_string_tuples():
    text = "Gunmen killed 12 villagers and three soldiers. A rebel died."
    table = totals(extract(text), by=("outcome", "party_kind"))
    assert list(table.index) == [("killed", "civilian"), ("killed", "state_forces"), ("killed", "armed_group")]
    assert list(table.columns) == list(TOTAL_COLUMNS)


def test_nothing_left_gives_an_empty_table_with_the_columns():
    t = totals([])
    assert t.empty and list(t.columns) == list(TOTAL_COLUMNS)
    t = totals(extract("Six more civilians died since 2014."), by=("outcome", "source"))
    assert t.empty and t.index.names == ["outcome", "source"]


def test_totals_errors_name_the_argument():
    stmts = extract("Two soldiers were killed.")
    with pytest.raises(ValueError, match="by/same"):
        totals(stmts, by="victims")
    with pytest.raises(TypeError, match="Statement"):
        totals([1, 2])
    with pytest.raises(TypeError, match="statements"):
        totals("Two soldiers were killed.")
    with pytest.raises(ValueError, match="same="):
        totals(stmts, by="source", same="location")


def test_totals_never_add_different_outcomes():
    text = "Gunmen killed two soldiers and wounded five soldiers near Kanda."
    table = totals(extract(text), by="location")
    assert table.index.names == ["outcome", "location"]
    assert table["best"].to_dict() == {("killed", "Kanda"): 2, ("injured", "Kanda"): 5}
    by_kind = totals(extract(text), by=("party_kind",))
    assert by_kind["best"].to_dict() == {("killed", "state_forces"): 2, ("injured", "state_forces"): 5}
    # where the caller puts outcome, it stays
    assert totals(extract(text), by=("party_kind", "outcome")).index.names == ["party_kind", "outcome"]


def _frame_with(cells):
    """A three-row statement frame (a total and its two parts) with some cells changed."""
    text = (
        "At least 20 villagers were killed, police said. "
        "Gunmen killed nine villagers in Kanda as well as two in Biru."
    )
    f = to_frame(extract(text), doc_id="d")
    assert list(f["role"]) == ["figure", "part", "part"]
    for (column, at), value in cells.items():
        f[column] = f[column].astype("float64")
        f.loc[at, column] = value
    return f


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        ({("low", 1): -3}, r"row 1 breaks 0 <= low"),  # a part, left out of the sum, is still checked
        ({("high", 2): 1.0}, r"row 2 breaks 0 <= low"),
        ({("high", 1): np.nan}, r"'high' is missing at row 1 \(use inf"),
        ({("low", 2): 1.5}, r"'low' at row 2 is 1.5, not a whole number"),
        ({("high", 0): -math.inf}, r"row 0 breaks"),
        ({("best", 0): 1e19}, r"'best' at row 0 is 1e\+19, not a whole number of people up to 10,000,000,000"),
    ],
)
def test_every_row_is_checked_with_plain_numbers_in_the_message(cells, message):
    with pytest.raises(ValueError, match=message) as caught:
        totals(_frame_with(cells))
    assert "np." not in str(caught.value)


def test_running_totals_left_out_are_still_checked():
    f = to_frame(extract("The war has killed more than 5,000 soldiers since 2019. Two soldiers died on Tuesday."))
    assert list(f["cumulative"]) == [True, False]
    f.loc[0, "best"] = 4000  # below its low: a broken row, though totals leaves it out
    with pytest.raises(ValueError, match="row 0 breaks"):
        totals(f)


# -- aggregate() on frames users build ------------------------------------------------------
UCDP = pd.DataFrame(
    {
        "event": ["e1", "e1", "e2", "e3", "e3"],
        "country": ["A", "A", "A", "B", "B"],
        "low": [10, 12, 3, 5, 40],
        "best": [12, 14, 3, 6, 45],
        "high": [15, 20, 3, math.inf, 50],
        "source": ["wire", "ngo", "wire", "wire", None],
    }
)


def test_aggregate_sum_consensus_hull():
    s = aggregate(UCDP, "country")
    assert s.loc["A", ["low", "best", "high"]].tolist() == [25, 29, 38.0]
    assert s.loc["B", "high"] == math.inf
    assert s.loc["A", "sources"] == ("ngo", "wire")
    c = aggregate(UCDP, "event", how="consensus")
    assert c.loc["e1", ["low", "best", "high"]].tolist() == [12, 12, 15.0]
    assert c.loc["e3", ["low", "best", "high"]].tolist() == [40, 40, 50.0]
    assert not c["conflict"].any()
    h = aggregate(UCDP, "event", how="hull")
    assert h.loc["e1", ["low", "best", "high"]].tolist() == [10, 12, 20.0]
    clash = pd.DataFrame({"k": [1, 1], "low": [3, 10], "high": [5.0, 12.0]})
    both = aggregate(clash, "k", how="consensus")
    assert both.loc[1, ["low", "best", "high"]].tolist() == [3, 3, 12.0] and bool(both.loc[1, "conflict"])


def test_aggregate_refuses_bad_frames():
    with pytest.raises(TypeError, match="frame"):
        aggregate([1], "k")
    with pytest.raises(ValueError, match="how"):
        aggregate(UCDP, "event", how="mean")
    with pytest.raises(ValueError, match="'high' is missing"):
        aggregate(UCDP.assign(high=[1.0, np.nan, 3, 4, 5]), "event")
    with pytest.raises(ValueError, match="low <= best"):
        aggregate(UCDP.assign(best=[0, 14, 3, 6, 45]), "event")
    with pytest.raises(ValueError, match="'year'"):
        aggregate(UCDP, "year")


@pytest.mark.parametrize("how", ["sum", "consensus", "hull"])
def test_aggregate_reads_numbers_stored_as_strings(how):
    as_text = UCDP.assign(low=UCDP["low"].astype(str), best=UCDP["best"].astype(str), high=UCDP["high"].astype(str))
    assert as_text["low"].sum() == "10123540"  # what pandas alone would do
    pd.testing.assert_frame_equal(aggregate(as_text, "event", how=how), aggregate(UCDP, "event", how=how))


@pytest.mark.parametrize("how", ["sum", "consensus", "hull"])
def test_aggregate_refuses_columns_that_are_not_numbers(how):
    words = UCDP.assign(best=["12", "fourteen", "3", "6", "45"])
    with pytest.raises(TypeError, match="column 'best' must hold numbers, got 'fourteen' at row 1"):
        aggregate(words, "event", how=how)


# -- properties -----------------------------------------------------------------------------
def _inside(c: Count, draw) -> int:
    return draw(st.integers(c.low, c.low + 1000 if c.high is None else c.high))


@given(st.lists(statements(max_value=10**5, parts=False), max_size=15), st.data())
@settings(max_examples=150, deadline=None)
def test_the_true_total_lies_inside_the_totals(stmts, data):
    table = totals(stmts, by="outcome", include_cumulative=True)
    truth: dict[str, int] = {}
    for s in stmts:
        truth[s.outcome.value] = truth.get(s.outcome.value, 0) + _inside(s.count, data.draw)
    assert set(table.index) == set(truth)
    for key, value in truth.items():
        low, best, high = row(table, key)
        assert low <= value <= high
        assert 0 <= low <= best <= high


@given(frames(max_docs=6, max_statements=10))
@settings(max_examples=100, deadline=None)
def test_invariant_and_no_mutation_on_any_frame(frame):
    before = frame.copy(deep=True)
    for by in (("outcome",), ("outcome", "party_kind"), ("doc_id",), ("source",)):
        table = totals(frame, by=by, include_cumulative=True)
        assert (table["low"] >= 0).all()
        assert (table["low"] <= table["best"]).all() and (table["best"] <= table["high"]).all()
        counted = ~frame["role"].astype(str).eq("part")
        assert int(table["n"].sum()) == int(counted.sum())
    pd.testing.assert_frame_equal(frame, before)


@given(st.lists(counts(max_value=10**4), min_size=1, max_size=8))
@settings(max_examples=200, deadline=None)
def test_consensus_lies_inside_every_report_and_hull_holds_them_all(cs):
    f = pd.DataFrame(
        {
            "k": 0,
            "low": [c.low for c in cs],
            "best": [c.best for c in cs],
            "high": [math.inf if c.high is None else c.high for c in cs],
        }
    )
    cons = aggregate(f, "k", how="consensus").loc[0]
    hull = aggregate(f, "k", how="hull").loc[0]
    for c in cs:
        hi = math.inf if c.high is None else c.high
        assert hull["low"] <= c.low and hi <= hull["high"]
        if not cons["conflict"]:
            assert c.low <= cons["low"] and cons["high"] <= hi
    meet = cs[0]
    for c in cs[1:]:
        meet = None if meet is None else meet & c
    assert bool(cons["conflict"]) == (meet is None)
    if meet is not None:
        want = (meet.low, meet.best, math.inf if meet.high is None else meet.high)
        assert (cons["low"], cons["best"], cons["high"]) == want
    joined = cs[0]
    for c in cs[1:]:
        joined = joined | c
    assert (hull["low"], hull["best"], hull["high"]) == (
        joined.low,
        joined.best,
        math.inf if joined.high is None else joined.high,
    )


@given(st.lists(counts(max_value=10**6), max_size=10))
@settings(max_examples=150, deadline=None)
def test_sum_matches_count_addition(cs):
    f = pd.DataFrame(
        {
            "k": [0] * len(cs),
            "low": [c.low for c in cs],
            "best": [c.best for c in cs],
            "high": [math.inf if c.high is None else float(c.high) for c in cs],
        }
    )
    if not cs:
        assert aggregate(f, "k").empty
        return
    total = sum(cs, Count(0))
    got = aggregate(f, "k").loc[0]
    assert (got["low"], got["best"], got["high"]) == (
        total.low,
        total.best,
        math.inf if total.high is None else total.high,
    )


def test_statement_lists_and_frames_give_the_same_totals():
    text = (
        "At least 30 people were killed and 41 wounded in a market blast in Kanda on Monday, "
        "officials said. Among the dead were 12 children. The toll later rose to 35, "
        "officials said."
    )
    stmts = extract(text)
    assert totals(stmts, by=("outcome", "party_kind")).equals(
        totals(to_frame(stmts, doc_id=1), by=("outcome", "party_kind"))
    )


def test_parts_never_count():
    whole = Statement(
        Count(10), Outcome.KILLED, "people", PartyKind.UNKNOWN, None, None, False, None, (0, 9), "10 people"
    )
    part = Statement(
        Count(4),
        Outcome.KILLED,
        "children",
        PartyKind.CIVILIAN,
        None,
        None,
        False,
        None,
        (20, 30),
        "4 children",
        role=Role.PART,
    )
    assert row(totals([whole, part]), "killed") == (10, 10, 10)
