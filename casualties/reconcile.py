"""Reconciled totals that keep low / best / high, vectorised over frames."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, Literal, NamedTuple

import numpy as np
import pandas as pd

from .count import MAX_PEOPLE
from .frame import _label
from .lexicon import en
from .statements import Role, Statement

__all__ = ["TOTAL_COLUMNS", "aggregate", "totals"]

#: Columns of a totals table, in order.
TOTAL_COLUMNS = ("low", "best", "high", "n", "sources", "conflict")
_AGG_COLUMNS = ("low", "best", "high", "n", "conflict")
_VAGUE_RE = re.compile(
    r"\b(?:"
    + "|".join(
        sorted({re.escape(w) for key in en.VAGUE_INTERVAL for w in key if w not in ("a", "of")}, key=len, reverse=True)
    )
    + r")\b"
)  # matched against lower-cased text (faster than IGNORECASE)
How = Literal["sum", "consensus", "hull"]


def _keys(by: Sequence[str] | str, name: str = "by") -> list[str]:
    if isinstance(by, str):
        return [by]
    keys = list(by)
    if not keys or not all(isinstance(k, str) for k in keys):
        raise TypeError(f"{name} must be a column name or a non-empty sequence of names, got {by!r}")
    return keys


def _with_outcome(keys: list[str]) -> list[str]:
    """``keys`` with ``outcome`` first when the caller left it out: deaths, injuries and
    displacements are different quantities and never add into one row."""
    return keys if "outcome" in keys else ["outcome", *keys]


def _bounds(frame: pd.DataFrame, where: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``low``, ``best``, ``high`` as float arrays, checked on every row.

    Numbers stored as strings ("20") are converted (an object or string column that
    pandas would concatenate in a sum); anything else that is not a number is a
    TypeError naming the column, the row and the value.
    """
    out = []
    for name in ("low", "best", "high"):
        col = frame[name]
        try:
            out.append(col.to_numpy(dtype="float64", na_value=np.nan))
        except (TypeError, ValueError):
            bad = pd.to_numeric(col, errors="coerce").isna() & col.notna()
            k = int(np.flatnonzero(bad.to_numpy())[0])
            raise TypeError(
                f"{where}: column {name!r} must hold numbers, got {_label(col.iloc[k])} at row {_label(frame.index[k])}"
            ) from None
    low, best, high = out
    _check_bounds(low, best, high, frame.index, where)
    return low, best, high


def _check_bounds(low: np.ndarray, best: np.ndarray, high: np.ndarray, index: pd.Index, where: str) -> None:
    """Every row is a count: no missing bound, whole numbers, ``0 <= low <= best <= high``
    and nothing above :data:`casualties.MAX_PEOPLE` but an unbounded ``high``."""
    for name, arr in (("low", low), ("best", best), ("high", high)):
        nan = np.isnan(arr)
        if nan.any():
            hint = " (use inf for no upper bound)" if name == "high" else ""
            at = _label(index[int(np.flatnonzero(nan)[0])])
            raise ValueError(f"{where}: column {name!r} is missing at row {at}{hint}")
        finite = np.isfinite(arr)
        bad = (arr != np.floor(arr)) & finite if name == "high" else (arr != np.floor(arr)) | ~finite
        bad |= finite & (arr > MAX_PEOPLE)
        if bad.any():
            k = int(np.flatnonzero(bad)[0])
            raise ValueError(
                f"{where}: column {name!r} at row {_label(index[k])} is {arr[k]:,g}, not a whole number of people "
                f"up to {MAX_PEOPLE:,}" + (" (inf means no upper bound)" if name == "high" else "")
            )
    bad = (low < 0) | (best < low) | (high < best)
    if bad.any():
        k = int(np.flatnonzero(bad)[0])
        raise ValueError(
            f"{where}: row {_label(index[k])} breaks 0 <= low <= best <= high "
            f"(low={low[k]:g}, best={best[k]:g}, high={high[k]:g})"
        )


def _combine(frame: pd.DataFrame, keys: list[str], how: How) -> pd.DataFrame:
    """One row per ``keys`` group: low / best / high / n / conflict combined by ``how``.

    ``frame`` holds low, best, high and optionally n and conflict columns; groups are
    the observed key combinations (missing key values form their own group).
    """
    g = frame.groupby(keys, observed=True, sort=True, dropna=False)
    n = g["n"].sum() if "n" in frame.columns else g.size()
    flagged = g["conflict"].any() if "conflict" in frame.columns else None
    if how == "sum":
        out = pd.DataFrame({"low": g["low"].sum(), "best": g["best"].sum(), "high": g["high"].sum()})
        conflict = np.zeros(len(out), dtype=bool)
    else:
        lo_max, lo_min = g["low"].max(), g["low"].min()
        hi_min, hi_max = g["high"].min(), g["high"].max()
        best_min = g["best"].min()
        disjoint = (lo_max > hi_min).to_numpy()
        if how == "consensus":
            low = np.where(disjoint, lo_min, lo_max)
            high = np.where(disjoint, hi_max, hi_min)
            best = np.where(disjoint, best_min, np.clip(best_min.to_numpy(), low, high))
        else:
            low, high, best = lo_min.to_numpy(), hi_max.to_numpy(), best_min.to_numpy()
        out = pd.DataFrame({"low": low, "best": best, "high": high}, index=lo_max.index)
        conflict = disjoint
    out["n"] = n.to_numpy()
    out["conflict"] = conflict | (flagged.to_numpy() if flagged is not None else False)
    return out.astype({"low": "int64", "best": "int64", "high": "float64", "n": "int64", "conflict": "bool"})


def aggregate(frame: pd.DataFrame, by: Sequence[str] | str, how: How = "sum") -> pd.DataFrame:
    """Combine the rows of a frame you built (e.g. UCDP-style low / best / high).

    Parameters
    ----------
    frame : pandas.DataFrame
        Columns ``low`` and ``high`` (``inf`` for no upper bound), optionally ``best``
        (default: ``low``), ``n`` and ``source``.
    by : str or sequence of str
        Columns to group by.
    how : {"sum", "consensus", "hull"}
        ``sum`` adds disjoint quantities: ``[Σlow, Σhigh]``, ``Σbest``. ``consensus``
        combines reports of one quantity: the intersection of their intervals, best
        clamped into it; when they do not overlap, the hull, with ``conflict`` set.
        ``hull`` is the smallest interval holding every report (``conflict`` when they
        share no value).

    Returns
    -------
    pandas.DataFrame
        Indexed by the ``by`` values; columns ``low``, ``best`` (int64), ``high``
        (float64), ``n`` (rows combined), ``conflict`` (bool) and, when ``frame`` has
        a ``source`` column, ``sources`` (a sorted tuple of names). Every row keeps
        ``0 <= low <= best <= high``.

    Raises
    ------
    TypeError
        ``frame`` is not a DataFrame, or ``by`` is not a column name or names.
    ValueError
        A column is missing, ``how`` is unknown, or a row breaks
        ``0 <= low <= best <= high`` (``NaN`` never means "unbounded").

    Examples
    --------
    >>> ged = pd.DataFrame({"event": ["e1", "e1", "e2"], "low": [10, 12, 3],
    ...                     "best": [12, 14, 3], "high": [15, 20, 3]})
    >>> aggregate(ged, "event", how="consensus")[["low", "best", "high"]].to_dict("index")
    {'e1': {'low': 12, 'best': 12, 'high': 15.0}, 'e2': {'low': 3, 'best': 3, 'high': 3.0}}
    """
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"frame must be a pandas DataFrame, got {type(frame).__name__}")
    if how not in ("sum", "consensus", "hull"):
        raise ValueError(f"how must be 'sum', 'consensus' or 'hull', got {how!r}")
    keys = _keys(by)
    missing = [c for c in ("low", "high", *keys) if c not in frame.columns]
    if missing:
        raise ValueError(f"frame: missing column(s) {', '.join(map(repr, missing))}")
    work = frame[list(dict.fromkeys([*keys, "low", "high", *(c for c in ("best", "n") if c in frame.columns)]))].copy()
    if "best" not in work.columns:
        work["best"] = work["low"]
    low, best, high = _bounds(work, "frame")
    work["low"], work["best"], work["high"] = low.astype("int64"), best.astype("int64"), high
    out = _combine(work, keys, how)
    if "source" in frame.columns:
        out["sources"] = _sources(frame, keys).reindex(out.index).to_numpy()
    return out


def _sources(frame: pd.DataFrame, keys: list[str]) -> pd.Series:
    """A sorted tuple of the distinct sources of each ``keys`` group."""
    grouped = frame.groupby(keys, observed=True, sort=True, dropna=False)
    index = grouped.size().index
    gid = grouped.ngroup().to_numpy()
    return pd.Series(_grouped_sources(gid, frame["source"].to_numpy(), len(index)), index=index, dtype="object")


def _vague(texts: Sequence[str]) -> np.ndarray:
    """Whether each text names a vague amount ("dozens"), in one regex pass."""
    joined = "\n".join(texts).lower()
    ends = np.cumsum([len(t) + 1 for t in texts])
    hits = np.zeros(len(texts), dtype=bool)
    starts = [m.start() for m in _VAGUE_RE.finditer(joined)]
    if starts:
        hits[np.searchsorted(ends, starts, side="right")] = True
    return hits


def _grouped_sources(gid: np.ndarray, source: np.ndarray, ngroups: int) -> list[tuple[str, ...]]:
    """The sorted distinct sources of each group id ``0 .. ngroups - 1``."""
    out: list[set[str]] = [set() for _ in range(ngroups)]
    codes, names = pd.factorize(source)  # missing sources: -1
    named = codes >= 0
    if named.any():
        pairs = pd.unique(gid[named].astype("int64") * (len(names) + 1) + codes[named])
        for g, c in zip((pairs // (len(names) + 1)).tolist(), (pairs % (len(names) + 1)).tolist(), strict=True):
            out[g].add(names[c])
    return [tuple(sorted(x)) for x in out]


def _plain(index: pd.Index) -> pd.Index:
    """Index values as plain strings ("" for missing), names kept."""

    def text(v: object) -> str:
        if v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v)):
            return ""
        return str(getattr(v, "value", v))

    if isinstance(index, pd.MultiIndex):
        tuples = [tuple(text(v) for v in t) for t in index]
        return (
            pd.MultiIndex.from_tuples(tuples, names=index.names)
            if tuples
            else pd.MultiIndex.from_arrays([[] for _ in index.names], names=index.names)
        )
    return pd.Index([text(v) for v in index], name=index.name, dtype="object")


def _statement_frame(statements: Iterable[Statement] | pd.DataFrame) -> pd.DataFrame:
    from .frame import to_frame

    if isinstance(statements, pd.DataFrame):
        return statements
    if isinstance(statements, (str, bytes)):
        raise TypeError(f"statements must be Statement values or a frame, got {type(statements).__name__}")
    return to_frame(statements)


class _Rows:
    """The kept rows of a statement frame, column by column, without copying the frame."""

    def __init__(self, frame: pd.DataFrame, keep: np.ndarray) -> None:
        self.frame = frame
        self.idx = None if keep.all() else np.flatnonzero(keep)
        self.n = len(frame) if self.idx is None else len(self.idx)

    def __contains__(self, name: str) -> bool:
        return name in self.frame.columns

    def values(self, name: str, dtype: str | None = None) -> np.ndarray:
        col = self.frame[name]
        arr = col.to_numpy(dtype=dtype, na_value=np.nan) if dtype == "float64" else col.to_numpy(dtype=dtype)
        return arr if self.idx is None else arr[self.idx]

    def at(self, name: str, positions: np.ndarray) -> np.ndarray:
        """A column's values at some kept rows only (no copy of the whole column)."""
        arr: np.ndarray = self.frame[name].to_numpy()
        out: np.ndarray = arr[positions] if self.idx is None else arr[self.idx[positions]]
        return out

    def array(self, name: str) -> Any:
        """A column as pandas stores it (categoricals stay categorical)."""
        col = self.frame[name]
        return col.array if self.idx is None else col.array.take(self.idx)


def _restatements(rows: _Rows, low: np.ndarray, best: np.ndarray, high: np.ndarray, conflict: np.ndarray) -> np.ndarray:
    """Restated figures of one document combine with what they restate, in place.

    A number wins over a vague word ("dozens ... at least 22 died"); otherwise the
    reports combine by consensus. When they share no value, one source restating
    itself has updated its toll (the larger figure stands), while several sources
    disagreeing is a conflict (their hull stands, flagged). The combined figure goes
    to the first row of the group, the others are zeroed. Returns the rows that
    carry a quantity (every row but the zeroed ones)."""
    n = rows.n
    carries = np.ones(n, dtype=bool)
    if "restates_start" not in rows or n == 0:
        return carries
    rs = rows.values("restates_start", "float64")
    if np.isnan(rs).all():
        return carries
    members = _restatement_groups(rows, rs)
    at_rows = members["row"].to_numpy()
    group = pd.DataFrame(
        {
            "root": members["root"].to_numpy(),
            "low": low[at_rows],
            "best": best[at_rows],
            "high": high[at_rows],
            "row": at_rows,
        }
    )
    group = _numbers_win(rows, group)
    merged = _combine(group[["root", "low", "best", "high"]], ["root"], "consensus")
    _updates(rows, group, merged)
    others = np.setdiff1d(at_rows, merged.index.to_numpy())
    low[others] = best[others] = 0
    high[others] = 0.0
    carries[others] = False
    at = merged.index.to_numpy()
    low[at], best[at], high[at] = merged["low"], merged["best"], merged["high"]
    conflict[at] = merged["conflict"].to_numpy()
    return carries


def _restatement_groups(rows: _Rows, rs: np.ndarray) -> pd.DataFrame:
    """Each restating row and the row it restates (columns ``root``, ``row``), sorted by
    root, then row; a restatement whose root is not in the frame is a root itself."""
    restated = ~np.isnan(rs)
    re_ = rows.values("restates_end", "float64")
    start, end = rows.values("start", "int64"), rows.values("end", "int64")
    # candidate roots: rows whose start some restatement points at (cheap on int64),
    # then matched on the whole key among those few
    maybe = np.flatnonzero(np.isin(start, rs[restated].astype("int64")))
    at_restated = np.flatnonzero(restated)

    def doc(positions: np.ndarray) -> np.ndarray:
        return rows.at("doc_id", positions) if "doc_id" in rows else np.zeros(len(positions), dtype=object)

    links = pd.DataFrame(
        {
            "doc": doc(at_restated),
            "s": rs[restated].astype("int64"),
            "e": re_[restated].astype("int64"),
            "row": at_restated,
        }
    )
    cands = pd.DataFrame({"doc": doc(maybe), "s": start[maybe], "e": end[maybe], "root": maybe})
    roots = cands.drop_duplicates(["doc", "s", "e"]).merge(links, on=["doc", "s", "e"], how="right")
    root_of = np.where(roots["root"].isna(), roots["row"], roots["root"]).astype("int64")
    members = pd.DataFrame(
        {"root": np.r_[np.unique(root_of), root_of], "row": np.r_[np.unique(root_of), roots["row"].to_numpy("int64")]}
    )
    return members.drop_duplicates("row").sort_values(["root", "row"], kind="stable")


def _numbers_win(rows: _Rows, group: pd.DataFrame) -> pd.DataFrame:
    """The rows of each restatement group that count: a vague word yields to a number,
    where the reports differ at all."""
    g = group.groupby("root")
    differ = ((g["low"].transform("nunique") > 1) | (g["high"].transform("nunique") > 1)).to_numpy()
    numeric = np.ones(len(group), dtype=bool)
    if differ.any():
        texts = rows.at("text", group["row"].to_numpy()[differ])
        numeric[differ] = ~_vague([str(t) for t in texts])
    group = group.assign(numeric=numeric)
    has_number = group.groupby("root")["numeric"].transform("any").to_numpy()
    kept: pd.DataFrame = group[numeric | ~has_number]
    return kept


def _updates(rows: _Rows, group: pd.DataFrame, merged: pd.DataFrame) -> None:
    """One source restating itself with no value in common has updated its toll: the
    largest figure stands, unflagged (``merged`` is changed in place)."""
    if "source" in rows:
        sources = pd.Series(rows.at("source", group["row"].to_numpy()), index=group.index)
        one_source = (sources.groupby(group["root"]).nunique() <= 1).reindex(merged.index).to_numpy()
    else:
        one_source = np.ones(len(merged), dtype=bool)
    update = one_source & merged["conflict"].to_numpy()
    if update.any():
        top = group.loc[group.groupby("root")["best"].idxmax().to_numpy()[update]]
        merged.loc[merged.index[update], ["low", "best", "high"]] = top[["low", "best", "high"]].to_numpy()
        merged.loc[merged.index[update], "conflict"] = False


class Reconciled(NamedTuple):
    """The rows of a statement frame that totals keep, reconciled within each document."""

    rows: _Rows
    low: np.ndarray
    best: np.ndarray
    high: np.ndarray
    conflict: np.ndarray
    #: whether each row carries a quantity (a restatement's value went to its first report)
    carries: np.ndarray


def reconciled(f: pd.DataFrame, include_cumulative: bool) -> Reconciled | None:
    """What :func:`totals` does before it groups, shared with :func:`casualties.scale.totals`.

    Every row is checked (parts and running totals too); parts and, unless
    ``include_cumulative``, running totals and background events are left out; restated figures combine with
    what they restate (:func:`_restatements`) in fresh arrays, never in ``f``. None when
    no row is kept.
    """
    keep = np.ones(len(f), dtype=bool)
    if "role" in f.columns:
        keep &= (f["role"] != Role.PART.value).to_numpy(dtype=bool)
    if "cumulative" in f.columns and not include_cumulative:
        keep &= ~f["cumulative"].to_numpy(dtype=bool)
    if "role" in f.columns and not include_cumulative:
        keep &= (f["role"] != Role.BACKGROUND.value).to_numpy(dtype=bool)
    low, best, high = _bounds(f, "statements")
    rows = _Rows(f, keep)
    if rows.n == 0:
        return None
    if rows.idx is not None:
        low, best, high = low[rows.idx], best[rows.idx], high[rows.idx]
    low, best, high = low.astype("int64"), best.astype("int64"), high.copy()
    conflict = np.zeros(rows.n, dtype=bool)
    carries = _restatements(rows, low, best, high, conflict)
    return Reconciled(rows, low, best, high, conflict, carries)


def _codes(values: Any) -> tuple[np.ndarray, pd.Index]:
    """Group codes of one key column (missing values form a group) and their values."""
    if isinstance(values, pd.Categorical):
        codes = values.codes.astype("int64")
        cats = values.categories
        if (codes < 0).any():
            return codes + 1, pd.Index([None, *cats], dtype="object")
        return codes, pd.Index(cats, dtype="object")
    codes, uniques = pd.factorize(values)  # missing: -1
    order = sorted(range(len(uniques)), key=lambda k: (type(uniques[k]).__name__ != "str", str(uniques[k])))
    rank = np.empty(len(uniques) + 1, dtype="int64")
    rank[np.asarray(order, dtype="int64")] = np.arange(len(uniques))
    rank[-1] = len(uniques)  # missing values sort last, as pandas' groupby puts them
    labels = [uniques[k] for k in order]
    if (codes < 0).any():
        labels.append(None)
    return rank[codes], pd.Index(labels, dtype="object")


def _group_sum(
    keys: list[str], columns: list[Any], low: np.ndarray, best: np.ndarray, high: np.ndarray, conflict: np.ndarray
) -> tuple[pd.DataFrame, np.ndarray]:
    """Sums per group of key values (sorted), with bincount; and each row's group id."""
    code = np.zeros(len(low), dtype="int64")
    levels = []
    for values in columns:
        c, u = _codes(values)
        code = code * len(u) + c
        levels.append(u)
    gid, uniq = pd.factorize(code, sort=True)
    ng = len(uniq)
    table = pd.DataFrame(
        {
            "low": np.bincount(gid, weights=low, minlength=ng).round().astype("int64"),
            "best": np.bincount(gid, weights=best, minlength=ng).round().astype("int64"),
            "high": _float_sums(gid, high, ng),
            "n": np.bincount(gid, minlength=ng).astype("int64"),
            "conflict": np.bincount(gid, weights=conflict, minlength=ng) > 0,
        }
    )
    parts = []
    rest = uniq.copy()
    for u in reversed(levels):
        parts.append(u[rest % len(u)])
        rest //= len(u)
    parts.reverse()
    table.index = (
        pd.MultiIndex.from_arrays(parts, names=keys)
        if len(keys) > 1
        else pd.Index(parts[0], name=keys[0], dtype="object")
    )
    return table, gid


def _float_sums(gid: np.ndarray, values: np.ndarray, ng: int) -> np.ndarray:
    """Per-group sums of floats that may be inf (bincount would give nan for inf - inf: never here)."""
    unbounded = np.isinf(values)
    sums = np.bincount(gid, weights=np.where(unbounded, 0.0, values), minlength=ng)
    sums[np.bincount(gid, weights=unbounded, minlength=ng) > 0] = np.inf
    return sums


def totals(
    statements: Iterable[Statement] | pd.DataFrame,
    by: Sequence[str] | str = ("outcome",),
    *,
    include_cumulative: bool = False,
    same: Sequence[str] | str | None = None,
) -> pd.DataFrame:
    """Add up statements into reconciled totals that keep low / best / high.

    Within each document (``doc_id``; statements or a frame without it are one
    document): parts of a stated total ("including 12 children", a breakdown by
    place) never add to it, a figure restated later counts once (a number wins over a
    vague word; otherwise the consensus of the two, or their hull with ``conflict``
    set when they disagree), and running totals ("since 2011") stay out unless
    ``include_cumulative``. With ``same``, documents that report a quantity with the
    same values of those columns (an event id, a place and day) are reports of one
    quantity: each document's figure for it is combined across documents by
    consensus (hull and ``conflict`` when they disagree) instead of being added.
    What remains is disjoint and adds: ``[Σlow, Σhigh]``, ``Σbest``.

    Parameters
    ----------
    statements : iterable of Statement or pandas.DataFrame
        Statements of one document, or a frame of many (:func:`casualties.to_frame`,
        :func:`casualties.extract_frame`).
    by : str or sequence of str
        Columns to group the totals by (``"outcome"``, ``"party_kind"``, ``"source"``,
        ``"doc_id"``...). ``outcome`` is always a key: when ``by`` leaves it out it is
        put first, so killed, injured and displaced people never add into one row.
    include_cumulative : bool
        Add running totals too.
    same : str or sequence of str, optional
        Columns that identify one quantity across documents. ``by`` must then be
        among ``same``, ``"outcome"`` and ``"party_kind"``.

    Returns
    -------
    pandas.DataFrame
        Index: the ``outcome`` and ``by`` values as plain strings; columns ``low``, ``best`` (int64),
        ``high`` (float64, ``inf`` for no upper bound), ``n`` (statements counted),
        ``sources`` (a sorted tuple of names) and ``conflict`` (bool). Every row
        keeps ``0 <= low <= best <= high``. Empty, with these columns, when nothing
        is left to add. The input is never modified.

    Raises
    ------
    TypeError
        An element is not a Statement, or ``by`` is not a name or names.
    ValueError
        A ``by`` or ``same`` column is missing, or a row breaks ``0 <= low <= best <= high``.

    Examples
    --------
    >>> from casualties import extract
    >>> text = ("At least 11 villagers were killed, police said. Gunmen killed nine "
    ...         "villagers in Kanda as well as two in Biru.")
    >>> row = totals(extract(text)).loc["killed"]
    >>> int(row["low"]), int(row["best"]), float(row["high"])
    (11, 11, inf)
    >>> hurt = "Two soldiers were killed and five soldiers were wounded."
    >>> totals(extract(hurt), by="party_kind")["best"].to_dict()
    {('killed', 'state_forces'): 2, ('injured', 'state_forces'): 5}
    """
    f = _statement_frame(statements)
    keys = _with_outcome(_keys(by))
    same_keys = _keys(same, "same") if same is not None else []
    missing = [c for c in dict.fromkeys([*keys, *same_keys]) if c not in f.columns]
    if missing:
        raise ValueError(f"by/same: unknown column(s) {', '.join(map(repr, missing))}")
    if same_keys:
        allowed = {*same_keys, "outcome", "party_kind"}
        if not set(keys) <= allowed:
            raise ValueError(f"by: with same={same_keys!r}, group by columns among {sorted(allowed)!r}")
    needed = [c for c in ("low", "best", "high", "start", "end", "text") if c not in f.columns]
    if needed:
        raise ValueError(f"statements frame: missing column(s) {', '.join(map(repr, needed))}")
    done = reconciled(f, include_cumulative)
    if done is None:
        return _empty_totals(keys)
    rows, low, best, high, conflict, carries = done
    if same_keys:
        quantity = list(dict.fromkeys([*same_keys, "outcome", "party_kind"]))
        work = pd.DataFrame({k: rows.array(k) for k in dict.fromkeys([*keys, *quantity])})
        work["low"], work["best"], work["high"], work["conflict"] = low, best, high, conflict
        doc = rows.values("doc_id") if "doc_id" in rows else np.zeros(rows.n, dtype=object)
        per_doc = work[carries].assign(_doc=pd.factorize(doc[carries], use_na_sentinel=False)[0])
        reports = _combine(
            per_doc[["_doc", *quantity, "low", "best", "high", "conflict"]], ["_doc", *quantity], "sum"
        ).reset_index()
        combined = _combine(
            reports[[*quantity, "low", "best", "high", "conflict"]], quantity, "consensus"
        ).reset_index()
        table = _combine(combined[[*keys, "low", "best", "high", "conflict"]], keys, "sum")
        table["n"] = work.groupby(keys, observed=True, sort=True, dropna=False).size().reindex(table.index).to_numpy()
        chosen = pd.DataFrame({k: rows.array(k) for k in dict.fromkeys([*keys, "source"]) if k in rows})
        table["sources"] = (
            _sources(chosen, keys).reindex(table.index).to_numpy() if "source" in rows else [()] * len(table)
        )
    else:
        table, gid = _group_sum(keys, [rows.array(k) for k in keys], low, best, high, conflict)
        table["sources"] = (
            _grouped_sources(gid, rows.values("source"), len(table)) if "source" in rows else [()] * len(table)
        )
    table = table[list(TOTAL_COLUMNS)]
    table.index = _plain(table.index)
    return table


def _empty_totals(keys: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            c: pd.Series(dtype=t)
            for c, t in zip(TOTAL_COLUMNS, ("int64", "int64", "float64", "int64", "object", "bool"), strict=True)
        }
    )
    if len(keys) == 1:
        frame.index = pd.Index([], name=keys[0], dtype="object")
    else:
        frame.index = pd.MultiIndex.from_arrays([[] for _ in keys], names=keys)
    return frame
