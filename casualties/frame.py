"""Statements as pandas frames: one row per statement, and back.

This is the only module (with :mod:`casualties.reconcile` and :mod:`casualties.plot`)
that imports pandas; ``import casualties`` does not load it.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Final

import numpy as np
import pandas as pd

from .count import MAX_PEOPLE, Count
from .policy import Policy
from .statements import Outcome, PartyKind, Role, Statement, check_population

__all__ = ["FRAME_COLUMNS", "empty_frame", "extract_frame", "from_frame", "to_frame"]

#: Column names and dtypes of a statement frame, in order.
FRAME_COLUMNS: tuple[tuple[str, str], ...] = (
    ("doc_id", "object"),
    ("low", "int64"),
    ("best", "int64"),
    ("high", "float64"),
    ("outcome", "category"),
    ("party", "object"),
    ("party_kind", "category"),
    ("source", "object"),
    ("period", "object"),
    ("cumulative", "bool"),
    ("location", "object"),
    ("start", "int64"),
    ("end", "int64"),
    ("text", "object"),
    ("role", "category"),
    ("restates_start", "Int64"),
    ("restates_end", "Int64"),
)
_NAMES = tuple(name for name, _ in FRAME_COLUMNS)
_CATEGORIES: dict[str, list[str]] = {
    "outcome": [o.value for o in Outcome],
    "party_kind": [k.value for k in PartyKind],
    "role": [r.value for r in Role],
}
_TEXT_COLUMNS = ("party", "source", "period", "location")


def _typed(columns: dict[str, Any]) -> pd.DataFrame:
    """A frame of the statement schema from plain column lists."""
    data: dict[str, Any] = {}
    for name, dtype in FRAME_COLUMNS:
        values = columns[name]
        if dtype == "category":
            data[name] = pd.Categorical(values, categories=_CATEGORIES[name])
        elif dtype == "object":
            # explicit object (pandas 3 would infer its "str" dtype and turn None into NaN)
            data[name] = pd.Series(values, dtype="object")
        else:
            data[name] = pd.Series(
                pd.array(values, dtype=dtype) if dtype == "Int64" else np.asarray(values, dtype=dtype)
            )
    return pd.DataFrame(data, columns=list(_NAMES))


def empty_frame() -> pd.DataFrame:
    """An empty statement frame with every column and dtype.

    >>> list(empty_frame().columns)[:4]
    ['doc_id', 'low', 'best', 'high']
    """
    return _typed({name: [] for name in _NAMES})


class _Columns:
    """Column lists that statements are appended to (no per-row frames)."""

    def __init__(self) -> None:
        self.data: dict[str, list[Any]] = {name: [] for name in _NAMES}

    def add(self, stmts: Iterable[Statement], doc_id: Hashable | None) -> None:
        d = self.data
        for s in stmts:
            if not isinstance(s, Statement):
                raise TypeError(f"statements must hold Statement values, got {type(s).__name__}: {s!r:.60}")
            check_population(s)
            c = s.count
            d["doc_id"].append(doc_id)
            d["low"].append(c.low)
            d["best"].append(c.best)
            d["high"].append(math.inf if c.high is None else float(c.high))
            d["outcome"].append(str(s.outcome))
            d["party"].append(s.party)
            d["party_kind"].append(str(s.party_kind))
            d["source"].append(s.source)
            d["period"].append(s.period)
            d["cumulative"].append(bool(s.cumulative))
            d["location"].append(s.location)
            d["start"].append(s.span[0])
            d["end"].append(s.span[1])
            d["text"].append(s.text)
            d["role"].append(str(s.role))
            d["restates_start"].append(None if s.restates is None else s.restates[0])
            d["restates_end"].append(None if s.restates is None else s.restates[1])

    def frame(self) -> pd.DataFrame:
        return _typed(self.data)


def to_frame(statements: Iterable[Statement], *, doc_id: Hashable | None = None) -> pd.DataFrame:
    """One row per statement, in the statement frame schema (:data:`FRAME_COLUMNS`).

    ``low`` and ``best`` are int64, ``high`` float64 with ``inf`` for no upper bound
    (so pandas sums stay right), ``outcome`` / ``party_kind`` / ``role`` are
    categoricals, text fields are Python strings or None, ``start`` / ``end`` the
    span, ``restates_start`` / ``restates_end`` (nullable Int64) the span of the
    statement a row reports again.

    Parameters
    ----------
    statements : iterable of Statement
        Statements of one document (as :func:`casualties.extract` returns them).
    doc_id : hashable or None
        The document's key, stored in every row's ``doc_id``.

    Returns
    -------
    pandas.DataFrame
        Every column of :data:`FRAME_COLUMNS`, also when there is no statement.

    Raises
    ------
    TypeError
        An element is not a Statement.
    ValueError
        A count is above :data:`casualties.MAX_PEOPLE` (more than any population).

    Examples
    --------
    >>> from casualties import extract
    >>> f = to_frame(extract("At least 11 villagers were killed."), doc_id="a1")
    >>> f[["doc_id", "low", "best", "high", "outcome", "party"]].to_dict("records")
    [{'doc_id': 'a1', 'low': 11, 'best': 11, 'high': inf, 'outcome': 'killed', 'party': 'villagers'}]
    """
    if isinstance(statements, (str, bytes, pd.DataFrame)) or not isinstance(statements, Iterable):
        raise TypeError(f"statements must be an iterable of Statement, got {type(statements).__name__}")
    cols = _Columns()
    cols.add(statements, doc_id)
    return cols.frame()


def _optional(value: Any) -> Any:
    """A cell as a Python value, missing values as None."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


def _label(value: Any) -> str:
    """A row label or cell for an error message: NumPy scalars as plain Python values."""
    return repr(value.item() if isinstance(value, np.generic) else value)


def _whole(name: str, value: Any) -> int:
    """A frame cell as a count bound: a whole number of people in ``[0, MAX_PEOPLE]``.

    Missing values, fractions, infinities and figures beyond any population raise
    ValueError naming ``name`` and the value (a negative bound is left to
    :class:`Count`, which names it); strings of digits are read like numbers, as
    pandas reads them when a column is converted.
    """
    v = _optional(value)
    if v is None:
        raise ValueError(f"{name} is missing")
    if isinstance(v, (bool, np.bool_)):
        raise ValueError(f"{name} must be a number, not a bool: {_label(v)}")
    try:
        f = float(v)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number, got {_label(v)}") from None
    if not f.is_integer():
        raise ValueError(f"{name} must be a whole number of people, got {_label(v)}")
    n = int(v) if isinstance(v, (int, np.integer)) else int(f)
    if n > MAX_PEOPLE:
        raise ValueError(f"{name} {n:,} is more than any population (limit {MAX_PEOPLE:,})")
    return n


def _upper(value: Any) -> int | None:
    """A ``high`` cell as a count's upper bound: ``inf`` is None (no upper bound),
    anything else as :func:`_whole` reads it (``-inf`` and NaN are errors)."""
    v = _optional(value)
    if v is None:
        raise ValueError("high is missing (use inf for no upper bound)")
    if isinstance(v, (float, np.floating)) and v == math.inf:
        return None
    return _whole("high", v)


#: The columns :func:`from_frame` reads, with the value of a column the frame lacks.
_ROW_DEFAULTS: Final[Mapping[str, Any]] = MappingProxyType(
    {
        "low": 0,
        "best": 0,
        "high": 0,
        "outcome": None,
        "party": None,
        "party_kind": None,
        "source": None,
        "period": None,
        "cumulative": False,
        "location": None,
        "start": 0,
        "end": 0,
        "text": "",
        "role": "figure",
        "restates_start": None,
        "restates_end": None,
    }
)


def _statement(row: Mapping[str, Any]) -> Statement:
    """The statement of one row of a frame (its values by column name)."""
    rs, re_ = _optional(row["restates_start"]), _optional(row["restates_end"])
    return Statement(
        count=Count(_whole("low", row["low"]), _upper(row["high"]), _whole("best", row["best"])),
        outcome=Outcome(row["outcome"]),
        party=_optional(row["party"]),
        party_kind=PartyKind(row["party_kind"]),
        source=_optional(row["source"]),
        period=_optional(row["period"]),
        cumulative=bool(row["cumulative"]),
        location=_optional(row["location"]),
        span=(int(row["start"]), int(row["end"])),
        text=str(row["text"]),
        role=Role(_optional(row["role"]) or "figure"),
        restates=None if rs is None or re_ is None else (int(rs), int(re_)),
    )


def from_frame(frame: pd.DataFrame) -> list[Statement]:
    """The statements of a frame made by :func:`to_frame` (the inverse).

    Parameters
    ----------
    frame : pandas.DataFrame
        A frame with at least the columns ``low``, ``best``, ``high``, ``outcome``,
        ``party_kind``, ``start``, ``end`` and ``text``; the others default (None,
        False, ``figure``).

    Returns
    -------
    list of Statement

    Raises
    ------
    TypeError
        ``frame`` is not a DataFrame.
    ValueError
        A required column is missing or a row's values are not a valid statement
        (a missing, fractional or negative bound, ``-inf``, ``low > high``, a figure
        above :data:`casualties.MAX_PEOPLE`, an unknown outcome...); the message
        names the row.

    Examples
    --------
    >>> from casualties import extract
    >>> stmts = extract("Gunmen killed 12 villagers and wounded five.")
    >>> from_frame(to_frame(stmts)) == stmts
    True
    """
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"frame must be a pandas DataFrame, got {type(frame).__name__}")
    required = ("low", "best", "high", "outcome", "party_kind", "start", "end", "text")
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise ValueError(f"frame: missing column(s) {', '.join(missing)}")
    n = len(frame)
    columns = [
        frame[name].tolist() if name in frame.columns else [default] * n for name, default in _ROW_DEFAULTS.items()
    ]
    out: list[Statement] = []
    for k, values in enumerate(zip(*columns, strict=True)):
        try:
            out.append(_statement(dict(zip(_ROW_DEFAULTS, values, strict=True))))
        except (TypeError, ValueError) as e:
            raise ValueError(f"frame: row {_label(frame.index[k])} is not a valid statement: {e}") from e
    return out


Texts = Iterable[str | None] | Mapping[Hashable, str | None] | pd.Series


def _documents(texts: Texts) -> Iterator[tuple[Hashable, Any]]:
    """``(doc_id, text)`` pairs: a Series' or Mapping's keys, else positions."""
    if isinstance(texts, pd.DataFrame):
        raise TypeError(
            "texts must be a Series, Mapping or iterable of str, not a DataFrame (iterating it gives its "
            "column names): pass the column of texts, e.g. frame['text']"
        )
    if isinstance(texts, (str, bytes)):
        raise TypeError(
            "texts must be an iterable of str (or a pandas Series), not a single "
            f"{type(texts).__name__}; wrap one text in a list"
        )
    if isinstance(texts, pd.Series):
        repeated = texts.index[texts.index.duplicated()].unique()
        if len(repeated):
            shown = ", ".join(_label(v) for v in repeated[:5]) + (", ..." if len(repeated) > 5 else "")
            raise ValueError(
                f"texts: repeated document id(s) {shown}: each document needs its own index value "
                "(their statements would merge into one document); e.g. texts.reset_index(drop=True)"
            )
        yield from texts.items()
    elif isinstance(texts, Mapping):
        yield from texts.items()
    else:
        yield from enumerate(texts)


def _missing(text: object) -> bool:
    """A missing article body (None, NaN, pandas' NA): a document with no statements."""
    return text is None or text is pd.NA or (isinstance(text, float) and math.isnan(text))


def _progress(items: Iterator[tuple[Hashable, Any]], total: int | None) -> Iterator[tuple[Hashable, Any]]:
    try:
        from tqdm import tqdm
    except ImportError:
        warnings.warn(
            "progress=True needs tqdm (pip install tqdm); continuing without a bar", RuntimeWarning, stacklevel=3
        )
        return items
    return iter(tqdm(items, total=total, unit="doc", desc="extract"))


def extract_frame(
    texts: Texts,
    *,
    policy: str | Policy = "interval",
    source: str | None = None,
    progress: bool = False,
) -> pd.DataFrame:
    """Extract the statements of many documents into one frame.

    Documents are read one at a time and only their statements are kept, so a long
    iterator (a file read line by line, a database cursor) does not fill memory.

    Parameters
    ----------
    texts : pandas.Series, Mapping or iterable of str
        The documents. A Series' index or a Mapping's keys become ``doc_id`` (and
        must be distinct); otherwise the position. A missing text (None, NaN) is a
        document without statements.
    policy : str or Policy
        How uncertain figures are read (``"interval"``, ``"acled"``).
    source : str or None
        Who reports the documents, for figures whose sentence names nobody.
    progress : bool
        Show a progress bar (needs ``tqdm``).

    Returns
    -------
    pandas.DataFrame
        :func:`to_frame`'s schema with ``doc_id`` filled; empty (all columns) when no
        document states a figure.

    Raises
    ------
    TypeError
        ``texts`` is a single string or a DataFrame (pass its column of texts), or a
        document is neither a str nor missing.
    ValueError
        A Series repeats an index value (two documents would merge into one).

    Examples
    --------
    >>> docs = pd.Series({"a": "Two soldiers were killed.", "b": "No one was hurt."})
    >>> extract_frame(docs)[["doc_id", "best", "outcome"]].to_dict("records")
    [{'doc_id': 'a', 'best': 2, 'outcome': 'killed'}, {'doc_id': 'b', 'best': 0, 'outcome': 'injured'}]
    >>> extract_frame({"wire": "Rebels killed five villagers.", "blog": None})[["doc_id", "best"]].to_dict("records")
    [{'doc_id': 'wire', 'best': 5}]
    """
    from .extract import extract

    items = _documents(texts)
    if progress:
        total = len(texts) if isinstance(texts, Sequence | Mapping | pd.Series) else None
        items = _progress(items, total)
    cols = _Columns()
    for doc_id, text in items:
        if _missing(text):
            continue
        if not isinstance(text, str):
            raise TypeError(f"texts: document {doc_id!r} is {type(text).__name__}, not str: {text!r:.60}")
        cols.add(extract(text, source=source, policy=policy), doc_id)
    return cols.frame()


def counts_of(frame: pd.DataFrame) -> list[Count]:
    """The ``low`` / ``best`` / ``high`` of each row as a :class:`Count`."""
    for name in ("low", "high"):
        if name not in frame.columns:
            raise ValueError(f"frame: missing column {name!r}")
    best = frame["best"] if "best" in frame.columns else frame["low"]
    out = []
    for k, (low, b, high) in enumerate(zip(frame["low"].tolist(), best.tolist(), frame["high"].tolist(), strict=True)):
        try:
            out.append(Count(_whole("low", low), _upper(high), _whole("best", b)))
        except (TypeError, ValueError) as e:
            raise ValueError(f"frame: row {_label(frame.index[k])} is not a valid count: {e}") from e
    return out
