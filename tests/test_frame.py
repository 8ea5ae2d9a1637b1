"""to_frame / from_frame / extract_frame and the df.casualties accessor."""

from __future__ import annotations

import math
import re
import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import casualties as cas
from casualties import MAX_PEOPLE, Count, Statement, extract, extract_frame, from_frame, to_frame
from casualties.frame import FRAME_COLUMNS, empty_frame
from casualties.strategies import frames, statements

ARTICLE = (
    "At least 11 villagers were killed on Monday in Kanda, police said. Gunmen killed "
    "nine villagers in Kanda as well as two in Biru. The conflict has killed more than "
    "400 people since 2015."
)


def test_schema_and_dtypes():
    f = to_frame(extract(ARTICLE), doc_id="a1")
    assert [(c, str(t)) for c, t in f.dtypes.items()] == [(c, t) for c, t in FRAME_COLUMNS]
    assert list(f["best"]) == [11, 9, 2, 401]
    assert f["high"].iloc[0] == math.inf and f["high"].iloc[1] == 9.0
    assert set(f["doc_id"]) == {"a1"}
    assert list(f["role"]) == ["figure", "part", "part", "figure"]
    assert list(f["cumulative"]) == [False, False, False, True]
    for _, row in f.iterrows():
        assert ARTICLE[row["start"] : row["end"]] == row["text"]


def test_empty_input_gives_the_full_schema():
    f = to_frame([])
    assert f.empty
    assert [(c, str(t)) for c, t in f.dtypes.items()] == [(c, t) for c, t in FRAME_COLUMNS]
    assert extract_frame(["Nothing happened here."]).dtypes.equals(f.dtypes)


@given(st.lists(statements(), max_size=12), st.sampled_from([None, "doc-7", 3]))
@settings(max_examples=150, deadline=None)
def test_round_trip(stmts, doc_id):
    f = to_frame(stmts, doc_id=doc_id)
    assert from_frame(f) == stmts
    assert len(f) == len(stmts)


def test_round_trip_of_real_statements_keeps_restatements():
    text = "Dozens of people were killed in the raid. Later reports said at least 22 died."
    stmts = extract(text)
    assert any(s.restates is not None for s in stmts)
    assert from_frame(to_frame(stmts)) == stmts


@pytest.mark.parametrize("bad", ["text", b"bytes", 5, [1, 2]])
def test_to_frame_refuses_other_values(bad):
    with pytest.raises(TypeError, match="statements"):
        to_frame(bad)


def test_from_frame_names_missing_columns_and_bad_rows():
    with pytest.raises(TypeError, match="frame"):
        from_frame([1, 2])
    f = to_frame(extract(ARTICLE))
    with pytest.raises(ValueError, match="missing column"):
        from_frame(f.drop(columns=["low"]))
    bad = f.copy()
    bad.loc[0, "best"] = 50
    bad.loc[0, "high"] = 20.0
    with pytest.raises(ValueError, match="row 0"):
        from_frame(bad)
    nan = f.copy()
    nan.loc[1, "high"] = np.nan
    with pytest.raises(ValueError, match="high is missing"):
        from_frame(nan)


def test_extract_frame_takes_a_series_index_as_doc_id():
    docs = pd.Series(
        {
            "x1": "Two soldiers were killed.",
            "x2": "Nothing to report.",
            "x3": "Rebels abducted 14 students and killed a teacher.",
        }
    )
    f = extract_frame(docs)
    assert list(f["doc_id"]) == ["x1", "x3", "x3"]
    assert list(f["outcome"]) == ["killed", "abducted", "killed"]


def test_extract_frame_reads_a_generator_once_and_lazily():
    seen: list[int] = []

    def docs():
        for k in range(50):
            seen.append(k)
            yield f"Gunmen killed {k + 1} farmers near Kanda."

    f = extract_frame(docs(), policy="acled", source="wire")
    assert seen == list(range(50))
    assert list(f["doc_id"]) == list(range(50))
    assert list(f["best"]) == list(range(1, 51))
    assert set(f["source"]) == {"wire"}


def test_extract_frame_errors_name_the_document():
    with pytest.raises(TypeError, match="single str"):
        extract_frame("Two soldiers were killed.")
    with pytest.raises(TypeError, match="document 1"):
        extract_frame(["Two soldiers were killed.", 42])


# --- inputs of the wrong shape are refused, not misread ---------------------------------


def test_a_mapping_is_read_as_doc_id_to_text():
    f = extract_frame({"wire": "Two soldiers were killed.", "radio": "Rebels killed five villagers."})
    assert f[["doc_id", "best"]].to_dict("records") == [{"doc_id": "wire", "best": 2}, {"doc_id": "radio", "best": 5}]


def test_a_dataframe_is_refused_with_the_fix():
    docs = pd.DataFrame({"text": ["Two soldiers were killed."]})
    with pytest.raises(TypeError, match=r"DataFrame.*column"):
        extract_frame(docs)


@pytest.mark.parametrize("missing", [None, float("nan"), pd.NA])
def test_a_missing_article_body_gives_no_statements(missing):
    docs = pd.Series(["Two soldiers were killed.", missing, "Rebels killed five villagers."], dtype="object")
    f = extract_frame(docs)
    assert f[["doc_id", "best"]].to_dict("records") == [{"doc_id": 0, "best": 2}, {"doc_id": 2, "best": 5}]


def test_repeated_document_ids_are_refused_by_name():
    story = "At least 20 villagers were killed, police said. Later reports said 31 villagers died."
    docs = pd.Series([story, story, "Two soldiers were killed."], index=["kanda", "kanda", "beru"])
    with pytest.raises(ValueError, match="repeated document id.*'kanda'"):
        extract_frame(docs)
    # each copy under its own id: two documents, each reconciled on its own
    two = cas.totals(extract_frame(pd.Series([story, story], index=["a", "b"])))
    one = cas.totals(extract_frame(pd.Series([story], index=["a"])))
    assert two.loc["killed", "best"] == 2 * one.loc["killed", "best"]


# --- figures beyond any population ------------------------------------------------------


def _one(count: Count) -> Statement:
    return Statement(
        count=count, outcome="killed", party="people", party_kind="unknown", source=None, period=None,
        cumulative=False, location=None, span=(0, 6), text="people",
    )


@pytest.mark.parametrize("count", [Count(10**19), Count(0, 2**60), Count(MAX_PEOPLE + 1, None)])
def test_to_frame_refuses_figures_beyond_any_population(count):
    with pytest.raises(ValueError, match="more than any population"):
        to_frame([_one(count)])


def test_the_largest_population_round_trips_exactly():
    stmts = [_one(Count(MAX_PEOPLE)), _one(Count(MAX_PEOPLE - 1, MAX_PEOPLE, MAX_PEOPLE - 1))]
    assert from_frame(to_frame(stmts)) == stmts


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("low", 2.5, "low must be a whole number of people, got 2.5"),
        ("high", -math.inf, "high must be a whole number of people, got -inf"),
        ("high", math.nan, "high is missing"),
        ("best", 1e19, "best 10,000,000,000,000,000,000 is more than any population"),
        ("low", -1, "low"),
    ],
)
def test_from_frame_refuses_values_no_count_has(column, value, message):
    f = to_frame([_one(Count(3, 5))])
    f[column] = f[column].astype("float64")
    f.loc[0, column] = value
    with pytest.raises(ValueError, match=re.escape(message)) as caught:
        from_frame(f)
    assert "np." not in str(caught.value)
    assert "row 0 " in str(caught.value)


def test_progress_without_tqdm_warns_and_still_works(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_tqdm(name, *args, **kwargs):
        if name.startswith("tqdm"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_tqdm)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        f = extract_frame(["Two soldiers were killed."], progress=True)
    assert len(f) == 1
    assert any("tqdm" in str(w.message) for w in caught)


def test_progress_bar_with_tqdm(capsys):
    pytest.importorskip("tqdm")
    f = extract_frame(["Two soldiers were killed.", "Three rebels died."], progress=True)
    assert list(f["best"]) == [2, 3]
    assert "2/2" in capsys.readouterr().err


def test_accessor_counts_intervals_and_totals():
    f = extract_frame(pd.Series({"a": ARTICLE}))
    assert f.casualties.counts() == [Count(11, None), Count(9), Count(2), Count(401, None)]
    iv = f.casualties.intervals()
    assert iv.closed == "both" and iv[0].left == 11 and math.isinf(iv[0].right)
    table = f.casualties.totals(by="outcome")
    assert int(table.loc["killed", "best"]) == 11
    assert f.casualties.totals(by="outcome", include_cumulative=True).loc["killed", "best"] == 412


def test_accessor_needs_bounds():
    with pytest.raises(AttributeError, match="low"):
        _ = pd.DataFrame({"x": [1]}).casualties


@given(frames())
@settings(max_examples=60, deadline=None)
def test_generated_frames_round_trip(frame):
    assert to_frame(from_frame(frame)).drop(columns="doc_id").equals(frame.drop(columns="doc_id"))
    assert frame.dtypes.equals(empty_frame().dtypes)


def test_lazy_names_are_exported():
    for name in ("to_frame", "from_frame", "extract_frame", "totals", "aggregate"):
        assert name in cas.__all__
        assert callable(getattr(cas, name))


def test_range_plot_draws_every_row_and_arrows_for_no_upper_bound():
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    from casualties import plot

    table = cas.totals(extract(ARTICLE), by="outcome", include_cumulative=True)
    ax = plot.ranges(table)
    assert [t.get_text() for t in ax.get_yticklabels()] == list(table.index)
    assert len(ax.texts) == 1  # one arrow: "at least 412" has no upper bound
    fig_ax = plot.ranges(
        pd.DataFrame(
            {"low": [1, 2], "best": [1, 3], "high": [1.0, 4.0]}, index=[("killed", "civilian"), ("injured", "")]
        )
    )
    assert [t.get_text() for t in fig_ax.get_yticklabels()] == ["killed / civilian", "injured"]
    with pytest.raises(ValueError, match="'best'"):
        plot.ranges(pd.DataFrame({"low": [1], "high": [2.0]}))
