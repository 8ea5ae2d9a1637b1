"""Dask scale-out gives exactly the pandas numbers, on the local and distributed schedulers."""

from __future__ import annotations

import pandas as pd
import pytest

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
