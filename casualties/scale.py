"""Scale-out on Dask: extract over a Dask collection of texts and add up the result.

A document's statements are reconciled within the document, so a corpus partitioned
by document (each text in one partition, as a Dask Series of texts always is) can be
extracted partition by partition with :func:`casualties.extract_frame`, and its
totals computed per partition and added: totals of disjoint documents add. Dask is an
optional extra (``pip install "casualties[dask]"``); ``import casualties`` never loads it.

>>> import pandas as pd
>>> import dask.dataframe as dd
>>> texts = dd.from_pandas(pd.Series({"a": "Two soldiers were killed.",
...                                   "b": "Rebels killed five villagers."}), npartitions=2)
>>> frame = extract(texts)
>>> totals(frame)[["low", "best", "high"]].to_dict("index")
{'killed': {'low': 7, 'best': 7, 'high': 7.0}}
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pandas as pd

from .frame import _CATEGORIES, empty_frame, extract_frame
from .policy import Policy
from .reconcile import TOTAL_COLUMNS, _empty_totals, _keys, _plain
from .reconcile import totals as _pandas_totals

if TYPE_CHECKING:
    import dask.dataframe as dd

__all__ = ["extract", "totals"]


def _extract_partition(texts: pd.Series, policy: str | Policy, source: str | None) -> pd.DataFrame:
    frame = extract_frame(texts, policy=policy, source=source)
    return frame.astype(empty_frame().dtypes.to_dict())


def extract(texts: dd.Series, *, policy: str | Policy = "interval", source: str | None = None) -> dd.DataFrame:
    """Statements of a Dask Series of texts, as a lazy Dask DataFrame.

    It is ``texts.map_partitions(extract_frame, meta=empty_frame())``: each partition is
    read by :func:`casualties.extract_frame`, the Series' index becomes ``doc_id``.

    Parameters
    ----------
    texts : dask.dataframe.Series
        One document per row, indexed by the document key.
    policy : str or Policy
        How uncertain figures are read.
    source : str or None
        Who reports the documents, for figures whose sentence names nobody.

    Returns
    -------
    dask.dataframe.DataFrame
        Lazy, with :func:`casualties.to_frame`'s columns and dtypes.

    Raises
    ------
    TypeError
        ``texts`` is not a Dask Series.
    """
    import dask.dataframe as dd

    if not isinstance(texts, dd.Series):
        raise TypeError(f"texts must be a dask.dataframe.Series of str, got {type(texts).__name__}")
    out: dd.DataFrame = texts.map_partitions(  # type: ignore[no-untyped-call]
        _extract_partition, policy, source, meta=empty_frame()
    )
    return out


def _partial(frame: pd.DataFrame, by: list[str], include_cumulative: bool) -> pd.DataFrame:
    """One partition's totals, flat (keys as columns), ready to be added to the others'."""
    table = _pandas_totals(frame, by=by, include_cumulative=include_cumulative)
    flat = table.reset_index()
    flat["sources"] = flat["sources"].map(list)
    return flat


def _joined(lists: pd.Series) -> tuple[str, ...]:
    """The sorted distinct sources of several partial rows."""
    return tuple(sorted({x for xs in lists for x in xs}))


def totals(
    frame: dd.DataFrame,
    by: Sequence[str] | str = ("outcome",),
    *,
    include_cumulative: bool = False,
) -> pd.DataFrame:
    """:func:`casualties.totals` of a Dask statement frame, computed partition by partition.

    Every document must lie in one partition (true of :func:`extract`'s output). Each
    partition is reconciled and added up on its own; the partial tables are then
    added (``[Σlow, Σhigh]``, ``Σbest``, ``n`` summed, sources joined, ``conflict`` if
    any), which gives the numbers pandas gives on the whole frame.

    Parameters
    ----------
    frame : dask.dataframe.DataFrame
        A statement frame (:func:`extract`'s result, or ``dd.from_pandas`` of one).
    by : str or sequence of str
        Columns to group by.
    include_cumulative : bool
        Add running totals too.

    Returns
    -------
    pandas.DataFrame
        :func:`casualties.totals`'s table.

    Raises
    ------
    TypeError
        ``frame`` is not a Dask DataFrame.
    """
    import dask.dataframe as dd

    if not isinstance(frame, dd.DataFrame):
        raise TypeError(f"frame must be a dask.dataframe.DataFrame, got {type(frame).__name__}")
    keys = _keys(by)
    meta = pd.DataFrame(
        {
            **{k: pd.Series(dtype="object") for k in keys},
            **{
                c: pd.Series(dtype=t)
                for c, t in zip(TOTAL_COLUMNS, ("int64", "int64", "float64", "int64", "object", "bool"), strict=True)
            },
        }
    )
    lazy = frame.map_partitions(_partial, keys, include_cumulative, meta=meta)  # type: ignore[no-untyped-call]
    parts: pd.DataFrame = lazy.compute()
    if parts.empty:
        return _empty_totals(keys)
    g = parts.groupby(keys, sort=True, dropna=False)
    table = pd.DataFrame(
        {
            "low": g["low"].sum(),
            "best": g["best"].sum(),
            "high": g["high"].sum(),
            "n": g["n"].sum(),
            "sources": g["sources"].agg(_joined),
            "conflict": g["conflict"].any(),
        }
    )
    table = table.astype({"low": "int64", "best": "int64", "high": "float64", "n": "int64", "conflict": "bool"})
    table.index = _plain(table.index)

    # the row order pandas gives: vocabularies in their own order, other keys sorted
    def rank(key: object) -> tuple[tuple[int, str], ...]:
        values = key if isinstance(key, tuple) else (key,)
        out = []
        for name, v in zip(keys, values, strict=True):
            order = _CATEGORIES.get(name)
            if order:
                out.append((order.index(v) if v in order else len(order), str(v)))
            else:
                out.append((1 if v == "" else 0, str(v)))
        return tuple(out)

    table = table.loc[sorted(table.index, key=rank)]
    return table[list(TOTAL_COLUMNS)]
