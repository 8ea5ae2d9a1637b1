"""Reconciled totals of statements, keeping low / best / high."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from .count import Count
from .lexicon import en
from .statements import Role, Statement

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["TOTAL_COLUMNS", "totals"]

TOTAL_COLUMNS = ("low", "best", "high", "n", "sources", "conflict")


def _key(s: Statement, field: str) -> str:
    value = getattr(s, field)
    if value is None:
        return ""
    return str(getattr(value, "value", value))


def _reconcile(stmts: Sequence[Statement]) -> list[tuple[Statement, Count]]:
    """Restatements (``restates``) combine with the statement they report again: by
    consensus when the two agree, else the larger figure (a later, updated toll)."""
    roots: dict[tuple[int, int], int] = {}
    kept: list[tuple[Statement, Count]] = []
    for s in stmts:
        k = roots.get(s.restates) if s.restates is not None else None
        if k is None:
            roots[s.span] = len(kept)
            kept.append((s, s.count))
            continue
        t, c = kept[k]
        if _numeric(s) != _numeric(t):
            # "dozens ... at least 22 died": a number is more specific than a vague word
            kept[k] = (t, s.count if _numeric(s) else c)
        else:
            both = c & s.count
            kept[k] = (t, both if both is not None else max(c, s.count, key=lambda x: x.best))
        roots[s.span] = k
    return kept


_VAGUE_WORDS = frozenset(w for key in en.VAGUE_INTERVAL for w in key if w not in ("a", "of"))


def _numeric(s: Statement) -> bool:
    """Whether a statement's figure is a number rather than a vague word ("dozens")."""
    return not any(w in _VAGUE_WORDS for w in s.text.lower().split())


def totals(
    statements: Iterable[Statement],
    by: Sequence[str] | str = ("outcome",),
    *,
    include_cumulative: bool = False,
) -> pd.DataFrame:
    """Add up statements into reconciled totals.

    Parts of a stated total ("including 12 children", a breakdown by place) never add
    to it, a figure restated in the document counts once, and running totals
    ("since 2011") stay out unless ``include_cumulative``.

    Parameters
    ----------
    statements : iterable of Statement
        Statements of one document.
    by : str or sequence of str
        Statement fields to group by (``"outcome"``, ``"party_kind"``, ``"source"``...).
    include_cumulative : bool
        Add cumulative statements too.

    Returns
    -------
    pandas.DataFrame
        Index: the ``by`` values as plain strings; columns ``low``, ``best`` (int64),
        ``high`` (float64, ``inf`` for no upper bound), ``n``, ``sources`` (a
        "; "-joined string) and ``conflict`` (bool). Empty, with these columns, when
        nothing is left to add.

    Examples
    --------
    >>> from casualties import extract
    >>> text = ("At least 11 villagers were killed, police said. Gunmen killed nine "
    ...         "villagers in Kanda as well as two in Biru.")
    >>> row = totals(extract(text)).loc["killed"]
    >>> int(row["low"]), int(row["best"]), float(row["high"])
    (11, 11, inf)
    """
    import pandas as pd

    keys = [by] if isinstance(by, str) else list(by)
    for k in keys:
        if k not in Statement.__dataclass_fields__:
            raise ValueError(f"by: unknown statement field {k!r}")
    chosen: list[Statement] = []
    for s in statements:
        if not isinstance(s, Statement):
            raise TypeError(f"statements must hold Statement values, got {type(s).__name__}: {s!r:.60}")
        if s.role is not Role.PART and (include_cumulative or not s.cumulative):
            chosen.append(s)
    rows: dict[tuple[str, ...], list[tuple[Statement, Count]]] = {}
    for s, c in _reconcile(chosen):
        rows.setdefault(tuple(_key(s, k) for k in keys), []).append((s, c))
    records = []
    index = []
    for key, pairs in rows.items():
        group = [s for s, _ in pairs]
        total = sum((c for _, c in pairs), Count(0))
        sources = sorted({s.source for s in group if s.source})
        records.append((total.low, total.best, math.inf if total.high is None else float(total.high),
                        len(group), "; ".join(sources), False))
        index.append(key[0] if len(keys) == 1 else key)
    frame = pd.DataFrame.from_records(records, columns=list(TOTAL_COLUMNS))
    frame = frame.astype({"low": "int64", "best": "int64", "high": "float64", "n": "int64",
                          "sources": "object", "conflict": "bool"})
    if len(keys) == 1:
        frame.index = pd.Index(index, name=keys[0], dtype="object")
    else:
        frame.index = pd.MultiIndex.from_tuples(index, names=keys) if index else pd.MultiIndex.from_arrays([[]] * len(keys), names=keys)
    return frame

