"""Scale-out on Dask: extract over a Dask collection of texts and add up the result.

:func:`extract` reads a Dask Series of texts partition by partition with
:func:`casualties.extract_frame`. :func:`totals` gives exactly the table
:func:`casualties.totals` gives on the computed frame, whatever the partitioning: a
document's statements are reconciled within the document, so the frame is first
shuffled on ``doc_id`` (each document then lies in one partition, its rows in their
original order), each partition is reconciled and reduced to a few rows per group, and
those small partial tables are added up, or with ``same=`` combined across documents by
consensus, in pandas. A frame without ``doc_id`` is one document, as in pandas: it is
reconciled in one partition. Dask is an optional extra
(``pip install ".[dask]"`` in the checkout); ``import casualties`` never loads it.

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
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from .frame import empty_frame, extract_frame
from .policy import Policy
from .reconcile import (
    TOTAL_COLUMNS,
    _combine,
    _float_sums,
    _group_sum,
    _grouped_sources,
    _keys,
    _plain,
    _sources,
    _with_outcome,
    reconciled,
)
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


#: Columns that number a frame's rows before a shuffle, so that each partition can be
#: put back in the frame's order (reconciliation within a document depends on it).
_PART = "_casualties_partition"
_ROW = "_casualties_row"


def _key_names(keys: list[str]) -> list[str]:
    """Column names of the keys in a partial table (never a value column's name)."""
    return [f"_key{i}" for i in range(len(keys))]


def _numbered(part: pd.DataFrame, partition_info: dict[str, Any] | None = None) -> pd.DataFrame:
    """``part`` with its partition number and each row's position in it."""
    if not isinstance(partition_info, dict):  # never guess: the rows' order would be lost
        raise RuntimeError(f"dask passed no partition_info to number the rows, got {partition_info!r}")
    number = partition_info["number"]
    return part.assign(**{_PART: np.full(len(part), number, dtype="int64"), _ROW: np.arange(len(part), dtype="int64")})


def _in_order(part: pd.DataFrame) -> pd.DataFrame:
    """A shuffled partition in the frame's row order, without the numbering."""
    return part.sort_values([_PART, _ROW], kind="stable").drop(columns=[_PART, _ROW])


def _by_document(frame: dd.DataFrame) -> dd.DataFrame:
    """``frame`` with each document in one partition, the rows of a partition in the frame's order.

    Shuffled on ``doc_id`` (Dask's shuffle does not keep the row order, so the rows are
    numbered before it and sorted back after it). A frame without ``doc_id`` is one
    document: it becomes one partition. One partition needs nothing.
    """
    if frame.npartitions == 1:
        return frame
    if "doc_id" not in frame.columns:
        one: dd.DataFrame = frame.repartition(npartitions=1)
        return one
    meta: pd.DataFrame = frame._meta
    numbered = frame.map_partitions(  # type: ignore[no-untyped-call]
        _numbered,
        partition_info=True,
        meta=meta.assign(**{_PART: pd.Series(dtype="int64"), _ROW: pd.Series(dtype="int64")}),
    )
    out: dd.DataFrame = numbered.shuffle(on="doc_id").map_partitions(_in_order, meta=meta)
    return out


def _partial_meta(frame: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """An empty partial table: the keys (``_key0``...) in ``frame``'s dtypes, then the sums."""
    data: dict[str, Any] = {name: frame[k].array[:0] for name, k in zip(_key_names(keys), keys, strict=True)}
    for name, dtype in (("low", "int64"), ("best", "int64"), ("high", "float64"), ("n", "int64")):
        data[name] = np.zeros(0, dtype=dtype)
    data["conflict"] = np.zeros(0, dtype=bool)
    data["sources"] = np.zeros(0, dtype=object)
    data["carried"] = np.zeros(0, dtype=bool)
    return pd.DataFrame(data)


def _partial(part: pd.DataFrame, keys: list[str], include_cumulative: bool, per_document: bool) -> pd.DataFrame:
    """One partition reduced to a row per ``keys`` group (per document and group when ``per_document``).

    Each row holds the group's key values (the partition's own values and dtypes, as
    ``_key0``, ``_key1``...), the sums of its reconciled ``low`` / ``best`` / ``high``,
    ``n`` (rows kept), ``conflict`` (any), ``sources`` (a sorted tuple) and ``carried``
    (some row carries a quantity, i.e. the group is one of the document's reports).
    """
    done = reconciled(part, include_cumulative)
    if done is None:
        return _partial_meta(part, keys)
    rows, low, best, high, conflict, carries = done
    columns = [rows.array(k) for k in keys]
    group_by: list[Any] = columns
    if per_document:
        doc = rows.values("doc_id") if "doc_id" in rows else np.zeros(rows.n, dtype=object)
        group_by = [pd.factorize(doc, use_na_sentinel=False)[0], *columns]
    grouped = pd.DataFrame(dict(enumerate(group_by))).groupby(
        list(range(len(group_by))), sort=False, dropna=False, observed=True
    )
    gid = grouped.ngroup().to_numpy(dtype="int64")
    first = np.unique(gid, return_index=True)[1]
    ng = len(first)
    data: dict[str, Any] = {name: col.take(first) for name, col in zip(_key_names(keys), columns, strict=True)}
    data["low"] = np.bincount(gid, weights=low, minlength=ng).round().astype("int64")
    data["best"] = np.bincount(gid, weights=best, minlength=ng).round().astype("int64")
    data["high"] = _float_sums(gid, high, ng)
    data["n"] = np.bincount(gid, minlength=ng).astype("int64")
    data["conflict"] = np.bincount(gid, weights=conflict, minlength=ng) > 0
    sources = _grouped_sources(gid, rows.values("source"), ng) if "source" in rows else [()] * ng
    data["sources"] = pd.Series(sources, dtype="object")
    data["carried"] = np.bincount(gid, weights=carries, minlength=ng) > 0
    return pd.DataFrame(data)


def _first_row(part: pd.DataFrame) -> pd.DataFrame:
    """The first row of a partition, none of an empty one: concatenated by Dask like the
    partitions themselves (empty ones left out), they give ``frame.compute()``'s dtypes."""
    return part.iloc[:1]


def _like(column: pd.Series, target: pd.Series) -> Any:
    """``column``'s values in ``target``'s dtype (categories in its order), as a pandas array."""
    if isinstance(target.dtype, pd.CategoricalDtype):
        if isinstance(column.dtype, pd.CategoricalDtype):
            column = column.cat.set_categories(target.cat.categories, ordered=target.cat.ordered)
        else:
            column = column.astype(target.dtype)
    elif column.dtype != target.dtype:
        column = column.astype(target.dtype)
    return column.array


def _joined_sources(gid: np.ndarray, sources: pd.Series, ngroups: int) -> list[tuple[str, ...]]:
    """The sorted distinct sources of each group id, from partial rows' source tuples."""
    lists = sources.tolist()
    lengths = np.fromiter(map(len, lists), dtype="int64", count=len(lists))
    names = np.array([s for xs in lists for s in xs], dtype=object)
    return _grouped_sources(np.repeat(gid, lengths), names, ngroups)


def _added(keys: list[str], columns: dict[str, Any], partials: pd.DataFrame) -> pd.DataFrame:
    """Partial tables of disjoint documents added up, grouped and ordered as pandas' totals."""
    low, best, high = (partials[c].to_numpy(dtype="float64") for c in ("low", "best", "high"))
    table, gid = _group_sum(
        keys, [columns[k] for k in keys], low, best, high, partials["conflict"].to_numpy(dtype=bool)
    )
    table["n"] = np.bincount(gid, weights=partials["n"].to_numpy(), minlength=len(table)).round().astype("int64")
    table["sources"] = _joined_sources(gid, partials["sources"], len(table))
    return table


def _agreed(keys: list[str], quantity: list[str], columns: dict[str, Any], partials: pd.DataFrame) -> pd.DataFrame:
    """Documents' reports (one partial row per document and quantity) combined as pandas' ``same=``.

    The reports of one quantity combine by consensus, the quantities then add up by
    ``keys``; ``n`` and ``sources`` count every kept row, as in pandas.
    """
    work = pd.DataFrame({k: columns[k] for k in quantity})
    for c in ("low", "best", "high", "conflict", "n", "sources"):
        work[c] = partials[c].to_numpy()
    reports = work.loc[partials["carried"].to_numpy(dtype=bool), [*quantity, "low", "best", "high", "conflict"]]
    combined = _combine(reports, quantity, "consensus").reset_index()
    table = _combine(combined[[*keys, "low", "best", "high", "conflict"]], keys, "sum")
    n = work.groupby(keys, observed=True, sort=True, dropna=False)["n"].sum()
    table["n"] = n.reindex(table.index).to_numpy()
    named = work[[*keys, "sources"]].explode("sources").rename(columns={"sources": "source"})
    table["sources"] = _sources(named, keys).reindex(table.index).to_numpy()
    return table


def totals(
    frame: dd.DataFrame,
    by: Sequence[str] | str = ("outcome",),
    *,
    include_cumulative: bool = False,
    same: Sequence[str] | str | None = None,
) -> pd.DataFrame:
    """:func:`casualties.totals` of a Dask statement frame, equal to pandas' whatever the partitioning.

    The table equals ``casualties.totals(frame.compute(), by, ...)`` exactly (values,
    dtypes, index, row order, ``n``, ``sources``, ``conflict``), also when a document's
    statements are spread over several partitions (``dd.from_pandas``,
    ``dd.read_parquet``): the frame is shuffled on ``doc_id`` so that each document is
    reconciled whole (restatements count once, parts never add), each partition is
    reduced to a row per group (per document and quantity with ``same``), and these
    small tables are added up, or combined across documents by consensus, in pandas.
    A frame without ``doc_id`` is one document, as in pandas: it is reconciled in one
    partition. A frame of one partition is not shuffled.

    Parameters
    ----------
    frame : dask.dataframe.DataFrame
        A statement frame (:func:`extract`'s result, ``dd.from_pandas`` of
        :func:`casualties.extract_frame`'s, ``dd.read_parquet`` of one...).
    by : str or sequence of str
        Columns to group the totals by. ``outcome`` is always a key: when ``by``
        leaves it out it is put first.
    include_cumulative : bool
        Add running totals too.
    same : str or sequence of str, optional
        Columns that identify one quantity across documents: each document's figure
        for it is combined with the other documents' by consensus (hull and
        ``conflict`` when they disagree) instead of being added. ``by`` must then be
        among ``same``, ``"outcome"`` and ``"party_kind"``.

    Returns
    -------
    pandas.DataFrame
        :func:`casualties.totals`'s table: indexed by the ``outcome`` and ``by``
        values as plain strings; columns ``low``, ``best``, ``high``, ``n``,
        ``sources``, ``conflict``.

    Raises
    ------
    TypeError
        ``frame`` is not a Dask DataFrame, or ``by`` / ``same`` is not a name or names.
    ValueError
        A ``by`` or ``same`` column is missing, ``by`` is not among ``same`` and the
        vocabularies, or (when computed) a row breaks ``0 <= low <= best <= high``.

    Examples
    --------
    >>> import pandas as pd
    >>> import dask.dataframe as dd
    >>> from casualties import extract_frame
    >>> docs = pd.Series({"a": "At least 20 villagers were killed. Later reports said at least 25 died.",
    ...                   "b": "Two soldiers were killed."})
    >>> split = dd.from_pandas(extract_frame(docs), npartitions=3)   # doc "a" spans two partitions
    >>> totals(split)[["low", "best", "high"]].to_dict("index")
    {'killed': {'low': 27, 'best': 27, 'high': inf}}
    """
    import dask.dataframe as dd
    from dask.base import compute

    if not isinstance(frame, dd.DataFrame):
        raise TypeError(f"frame must be a dask.dataframe.DataFrame, got {type(frame).__name__}")
    meta: pd.DataFrame = frame._meta
    # pandas' own checks and messages (names, unknown columns, by within same), on no rows
    empty = _pandas_totals(meta, by=by, include_cumulative=include_cumulative, same=same)
    keys = _with_outcome(_keys(by))
    quantity = list(dict.fromkeys([*_keys(same, "same"), "outcome", "party_kind"])) if same is not None else None
    group = keys if quantity is None else quantity
    lazy = _by_document(frame).map_partitions(  # type: ignore[no-untyped-call]
        _partial, group, include_cumulative, quantity is not None, meta=_partial_meta(meta, group)
    )
    # the key dtypes frame.compute() has (categories of differing partitions joined as Dask joins them)
    used = list(dict.fromkeys(group))
    probe = frame[used].map_partitions(_first_row, meta=meta[used])
    partials: pd.DataFrame
    dtypes: pd.DataFrame
    partials, dtypes = compute(lazy, probe)  # type: ignore[no-untyped-call]
    if partials.empty:
        return empty
    columns = {k: _like(partials[name], dtypes[k]) for name, k in zip(_key_names(group), group, strict=True)}
    table = _added(keys, columns, partials) if quantity is None else _agreed(keys, quantity, columns, partials)
    table = table[list(TOTAL_COLUMNS)]
    table.index = _plain(table.index)
    return table
