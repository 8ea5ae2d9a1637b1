"""Dask scale-out gives exactly the pandas numbers, on the local and distributed schedulers."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualties import extract_frame, totals

dd = pytest.importorskip("dask.dataframe")
dask = pytest.importorskip("dask")
scale = pytest.importorskip("casualties.scale")

CORPUS = pd.Series(
    {
        f"doc{k:03d}": text
        for k, text in enumerate(
            [
                "At least 11 villagers were killed on Monday, a monitor said. Air strikes killed nine villagers "
                "in Kanda as well as two in Biru.",
                "Gunmen killed six farmers and wounded 14 others near Beru, police said.",
                "Twelve protesters were killed in the capital, the health ministry said. Twenty protesters "
                "were killed, according to an opposition group.",
                "The war has killed more than 5,000 soldiers since 2019. Shelling killed two soldiers on Tuesday.",
                "The market reopened on Tuesday.",
                "Dozens of people were killed in the raid. Later reports said at least 22 died.",
                "Rebels abducted 14 students and killed a teacher, residents said.",
                "Floods displaced about 3,000 residents of the valley.",
            ]
            * 5
        )
    }
)
BY = [("outcome",), ("outcome", "party_kind"), ("source",), ("doc_id",)]


def _pandas(by, include_cumulative=False):
    return totals(extract_frame(CORPUS), by=by, include_cumulative=include_cumulative)


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(a, b, check_index_type=False)


@pytest.mark.parametrize("by", BY)
def test_local_scheduler_matches_pandas(by):
    texts = dd.from_pandas(CORPUS, npartitions=4)
    with dask.config.set(scheduler="threads"):
        frame = scale.extract(texts)
        pd.testing.assert_frame_equal(frame.compute().reset_index(drop=True), extract_frame(CORPUS))
        _same(scale.totals(frame, by=by), _pandas(by))
    with dask.config.set(scheduler="sync"):
        _same(scale.totals(frame, by=by, include_cumulative=True), _pandas(by, include_cumulative=True))


def test_distributed_local_cluster_matches_pandas():
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster,
        distributed.Client(cluster),
    ):
        frame = scale.extract(dd.from_pandas(CORPUS, npartitions=3), policy="interval")
        for by in BY:
            _same(scale.totals(frame, by=by), _pandas(by))
        # documents split over partitions: the shuffle runs on the cluster
        split = dd.from_pandas(extract_frame(CORPUS), npartitions=7)
        _same(scale.totals(split, by=("outcome", "party_kind")), _pandas(("outcome", "party_kind")))
        pd.testing.assert_frame_equal(
            scale.totals(split, same=("location",)), totals(extract_frame(CORPUS), same=("location",))
        )


def test_map_partitions_by_hand_is_the_documented_path():
    from casualties.frame import empty_frame

    frame = dd.from_pandas(CORPUS, npartitions=2).map_partitions(extract_frame, meta=empty_frame())
    with dask.config.set(scheduler="sync"):
        _same(totals(frame.compute(), by="outcome"), _pandas(("outcome",)))


def test_errors_name_the_argument():
    with pytest.raises(TypeError, match="texts"):
        scale.extract(CORPUS)
    with pytest.raises(TypeError, match="frame"):
        scale.totals(extract_frame(CORPUS))


def test_empty_corpus_gives_the_empty_table():
    texts = dd.from_pandas(pd.Series({"a": "Nothing happened.", "b": "Quiet day."}), npartitions=2)
    with dask.config.set(scheduler="sync"):
        table = scale.totals(scale.extract(texts))
    assert table.empty and list(table.columns) == ["low", "best", "high", "n", "sources", "conflict"]


# --- documents spread over partitions -------------------------------------------------

SPLIT = pd.Series(
    {
        "a": "At least 20 villagers were killed in Kanda on Sunday, police said. Later reports said at least "
        "25 died. Gunmen wounded 30 people in Kanda, including 12 children.",
        "b": "Two soldiers were killed in Biru, the army said.",
    }
)


def _docs_per_partition(ddf) -> list[set[str]]:
    return [set(ddf.get_partition(k).compute()["doc_id"]) for k in range(ddf.npartitions)]


def test_a_document_split_over_partitions_is_reconciled_whole():
    frame = extract_frame(SPLIT)
    assert list(frame["role"]) == ["figure", "figure", "figure", "part", "figure"]
    assert frame["restates_start"].notna().tolist() == [False, True, False, False, False]
    with dask.config.set(scheduler="sync"):
        ddf = dd.from_pandas(frame, npartitions=5)
        assert sum("a" in docs for docs in _docs_per_partition(ddf)) >= 2  # "a" spans partitions
        table = scale.totals(ddf)
        pd.testing.assert_frame_equal(table, totals(frame))
        # the restatement counts once, the part never adds: [20, inf) & [25, inf) + [2, 2]
        assert table.loc["killed", ["low", "best", "high"]].tolist() == [27, 27, np.inf]
        assert table.loc["injured", ["low", "best", "high"]].tolist() == [30, 30, 30.0]
        assert table.loc["killed", "n"] == 3 and table.loc["killed", "sources"] == ("police", "reports", "the army")
        for by in (("outcome", "party_kind"), ("source",), ("location",), ("doc_id",)):
            pd.testing.assert_frame_equal(scale.totals(ddf, by=by), totals(frame, by=by))


def test_same_combines_documents_across_partitions_like_pandas():
    docs = pd.Series(
        {
            "wire": "At least 20 villagers were killed in Kanda, police said. Later reports said at least 22 died.",
            "local": "Between 15 and 25 villagers were killed in Kanda, a local official said.",
            "radio": "Gunmen killed nine farmers in Beru. Rebels wounded four soldiers in Beru.",
            "late": "Five villagers were killed in Kanda, residents said.",
        }
    )
    frame = extract_frame(docs)
    with dask.config.set(scheduler="sync"):
        for k in (1, 2, 3, len(frame)):
            ddf = dd.from_pandas(frame, npartitions=k)
            for by in (("outcome",), ("location",), ("outcome", "party_kind")):
                pd.testing.assert_frame_equal(
                    scale.totals(ddf, by=by, same=("location",)), totals(frame, by=by, same=("location",))
                )
        table = scale.totals(dd.from_pandas(frame, npartitions=3), by="location", same="location")
    # Kanda: [22, inf) & [15, 25] & [5, 5] share no value: the hull, flagged
    assert table.loc[("killed", "Kanda"), ["low", "best", "high", "conflict"]].tolist() == [5, 5, np.inf, True]


def test_a_documents_rows_keep_their_order_through_the_shuffle():
    """Which restated figure stands can depend on the rows' order (Dask's shuffle reorders them)."""
    text = "Ten people were killed in Kanda. At least 10 people died in the attack. Five people died in the attack."
    frame = extract_frame(pd.Series({"a": text, "b": "Two soldiers were killed."}))
    assert frame["restates_start"].isna().tolist() == [True, False, False, True]
    with dask.config.set(scheduler="sync"):
        table = scale.totals(dd.from_pandas(frame, npartitions=4))
    pd.testing.assert_frame_equal(table, totals(frame))
    # one voice updating its toll: the larger figure stands, the first of two equal ones ([10, 10])
    assert table.loc["killed", ["low", "best", "high"]].tolist() == [12, 12, 12.0]


def test_a_frame_without_doc_id_is_one_document():
    frame = extract_frame(SPLIT).drop(columns="doc_id")
    with dask.config.set(scheduler="sync"):
        ddf = dd.from_pandas(frame, npartitions=len(frame))  # the restatement apart from its figure
        assert ddf.npartitions > 1 and len(ddf.get_partition(0)) == 1
        pd.testing.assert_frame_equal(scale.totals(ddf), totals(frame))
        assert scale.totals(ddf).loc["killed", "low"] == 27
        pd.testing.assert_frame_equal(scale.totals(ddf, same="location"), totals(frame, same="location"))


def test_partitions_with_their_own_categories_give_the_computed_frames_order():
    """Categories that differ between partitions are joined as ``compute()`` joins them."""
    frame = extract_frame(
        pd.Series(
            {
                "a": "Gunmen wounded 14 farmers in Beru.",
                "b": "Five soldiers were killed in Kanda. Floods displaced 300 residents of Kanda.",
                "c": "Two soldiers were killed in Kanda. Three soldiers were wounded in Kanda.",
            }
        )
    )

    def own_categories(part: pd.DataFrame) -> pd.DataFrame:
        part = part.copy()
        for name in ("outcome", "party_kind"):
            kept = part[name].cat.remove_unused_categories()
            part[name] = kept.cat.reorder_categories(sorted(kept.cat.categories, reverse=len(part) % 2 == 1))
        return part

    with dask.config.set(scheduler="sync"):
        base = dd.from_pandas(frame, npartitions=3)
        ddf = base.map_partitions(own_categories, meta=base._meta)
        computed = ddf.compute()
        assert computed["outcome"].cat.categories[0] != "killed"  # not the vocabulary's order
        for by in (("outcome", "party_kind"), ("location",)):
            pd.testing.assert_frame_equal(scale.totals(ddf, by=by), totals(computed, by=by))
        pd.testing.assert_frame_equal(
            scale.totals(ddf, by="party_kind", same="location"), totals(computed, by="party_kind", same="location")
        )


def test_bad_arguments_fail_like_pandas():
    ddf = dd.from_pandas(extract_frame(SPLIT), npartitions=2)
    with pytest.raises(ValueError, match="unknown column.*'district'"):
        scale.totals(ddf, by="district")
    with pytest.raises(ValueError, match="unknown column.*'event'"):
        scale.totals(ddf, same="event")
    with pytest.raises(ValueError, match="by: with same="):
        scale.totals(ddf, by="source", same="location")
    with pytest.raises(TypeError, match="same"):
        scale.totals(ddf, same=[3])
    with pytest.raises(TypeError, match="frame must be a dask.dataframe.DataFrame, got DataFrame"):
        scale.totals(extract_frame(SPLIT), same="location")


# --- property: any partitioning gives pandas' table ---------------------------------

SENTENCES = (
    "At least {n} villagers were killed in {place} on Monday, {source} said.",
    "{n} people were killed in {place}, including {m} children.",
    "Later reports said at least {n} died.",
    "Gunmen wounded {n} farmers in {place}, {source} said.",
    "The war has killed more than {n} people since 2011.",
    "Dozens of people were killed in {place}.",
    "Rebels killed {n} soldiers in {place} as well as {m} in {other}.",
    "Between {n} and {k} civilians were killed in {place}, according to {source}.",
    "Floods displaced about {n} residents of {place}.",
    "Up to {n} soldiers were killed, {source} said.",
    "No one was hurt.",
)
PLACES = ("Kanda", "Biru", "Beru")
SOURCES = ("police", "the army", "residents", "a local official")
CASES = (
    {"by": ("outcome",)},
    {"by": ("outcome", "party_kind")},
    {"by": ("source",)},
    {"by": ("location",)},
    {"by": ("outcome",), "same": ("location",)},
)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    n, m = draw(st.integers(2, 60)), draw(st.integers(1, 9))
    place, other = draw(st.sampled_from(PLACES)), draw(st.sampled_from(PLACES))
    template = draw(st.sampled_from(SENTENCES))
    return template.format(n=n, m=m, k=n + m, place=place, other=other, source=draw(st.sampled_from(SOURCES)))


documents = st.lists(st.lists(sentences(), min_size=1, max_size=4).map(" ".join), min_size=1, max_size=6).map(
    lambda texts: pd.Series({f"doc{k}": text for k, text in enumerate(texts)})
)


def _partitioned(frame: pd.DataFrame, seed: int, how: str, npartitions: int, cuts: list[int]):
    """``frame`` (rows permuted by ``seed`` unless 0) as a Dask frame split one of two ways."""
    if seed:
        frame = frame.iloc[np.random.default_rng(seed).permutation(len(frame))].reset_index(drop=True)
    if how == "from_pandas" or len(frame) < 2:
        return frame, dd.from_pandas(frame, npartitions=npartitions)
    inner = sorted({c % (len(frame) - 1) + 1 for c in cuts})  # split points in 1 .. len - 1
    return frame, dd.from_pandas(frame, npartitions=1).repartition(divisions=[0, *inner, len(frame) - 1])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    texts=documents,
    seed=st.integers(0, 2**16),
    how=st.sampled_from(["from_pandas", "divisions"]),
    npartitions=st.integers(1, 5),
    cuts=st.lists(st.integers(0, 1000), max_size=4),
    case=st.sampled_from(CASES),
    include_cumulative=st.booleans(),
)
def test_any_partitioning_gives_the_pandas_table(texts, seed, how, npartitions, cuts, case, include_cumulative):
    frame, ddf = _partitioned(extract_frame(texts), seed, how, npartitions, cuts)
    with dask.config.set(scheduler="sync"):
        expected = totals(ddf.compute(), include_cumulative=include_cumulative, **case)
        pd.testing.assert_frame_equal(scale.totals(ddf, include_cumulative=include_cumulative, **case), expected)
    # Dask's string dtypes change nothing in the table
    pd.testing.assert_frame_equal(expected, totals(frame, include_cumulative=include_cumulative, **case))


def test_every_case_on_a_split_corpus():
    frame = extract_frame(CORPUS.iloc[:12])
    with dask.config.set(scheduler="sync"):
        for npartitions in (2, 5):
            ddf = dd.from_pandas(frame, npartitions=npartitions)
            for case in CASES:
                for include_cumulative in (False, True):
                    pd.testing.assert_frame_equal(
                        scale.totals(ddf, include_cumulative=include_cumulative, **case),
                        totals(frame, include_cumulative=include_cumulative, **case),
                    )


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=documents, npartitions=st.integers(2, 4), case=st.sampled_from(CASES), include_cumulative=st.booleans())
def test_parquet_round_trip_gives_the_pandas_table(tmp_path_factory, texts, npartitions, case, include_cumulative):
    pytest.importorskip("pyarrow")
    path = tmp_path_factory.mktemp("statements")
    with dask.config.set(scheduler="sync"):
        dd.from_pandas(extract_frame(texts), npartitions=npartitions).to_parquet(path)
        ddf = dd.read_parquet(path)
        expected = totals(ddf.compute(), include_cumulative=include_cumulative, **case)
        pd.testing.assert_frame_equal(scale.totals(ddf, include_cumulative=include_cumulative, **case), expected)
