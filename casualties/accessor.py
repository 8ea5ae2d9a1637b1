"""The ``df.casualties`` accessor on pandas DataFrames of statements or counts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from .count import Count

__all__ = ["CasualtiesAccessor"]


@pd.api.extensions.register_dataframe_accessor("casualties")
class CasualtiesAccessor:
    """Casualty figures of a frame: ``df.casualties.totals()``, ``.counts()``,
    ``.intervals()``.

    Registered when pandas is loaded before ``import casualties``, and in any case on
    the first use of a frame function (``to_frame``, ``extract_frame``, ``totals``).

    >>> import pandas as pd
    >>> import casualties
    >>> df = pd.DataFrame({"low": [11, 2], "best": [11, 3], "high": [float("inf"), 5.0]})
    >>> df.casualties.counts()
    [Count(low=11, high=None, best=11), Count(low=2, high=5, best=3)]
    """

    def __init__(self, frame: pd.DataFrame) -> None:
        if "low" not in frame.columns or "high" not in frame.columns:
            raise AttributeError("df.casualties needs 'low' and 'high' columns (as to_frame makes them)")
        self._frame = frame

    def totals(self, by: Sequence[str] | str = ("outcome",), **kwargs: Any) -> pd.DataFrame:
        """:func:`casualties.totals` of this frame."""
        from .reconcile import totals

        return totals(self._frame, by, **kwargs)

    def aggregate(self, by: Sequence[str] | str, how: str = "sum") -> pd.DataFrame:
        """:func:`casualties.aggregate` of this frame."""
        from .reconcile import aggregate

        return aggregate(self._frame, by, how)  # type: ignore[arg-type]

    def counts(self) -> list[Count]:
        """Each row's ``low`` / ``best`` / ``high`` as a :class:`~casualties.Count`."""
        from .frame import counts_of

        return counts_of(self._frame)

    def intervals(self) -> pd.arrays.IntervalArray:
        """Each row's ``[low, high]`` as a closed pandas interval (``inf`` when unbounded)."""
        return pd.arrays.IntervalArray.from_arrays(
            self._frame["low"].astype("float64"), self._frame["high"].astype("float64"), closed="both"
        )
