"""A picture of totals: each row's low - best - high as a range (matplotlib, optional)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = ["ranges"]


def ranges(table: pd.DataFrame, ax: Axes | None = None, *, label: str = "people") -> Axes:
    """Draw each row's ``low`` - ``best`` - ``high`` as a horizontal range.

    A bar runs from low to high, a dot marks the best estimate, and a row with no
    upper bound ends in an arrow instead of a cap. Rows read top to bottom in the
    table's order, labelled by the index.

    Parameters
    ----------
    table : pandas.DataFrame
        A table with ``low``, ``best`` and ``high`` columns, such as
        :func:`casualties.totals` returns (``high`` may be ``inf``).
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure's axes when None.
    label : str
        The x-axis label.

    Returns
    -------
    matplotlib.axes.Axes

    Raises
    ------
    ImportError
        matplotlib is not installed (``pip install ".[plot]"`` in the checkout, or
        ``pip install matplotlib``).
    ValueError
        A column is missing.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import pandas as pd
    >>> t = pd.DataFrame({"low": [11, 24], "best": [11, 30], "high": [float("inf"), 99.0]},
    ...                  index=["civilians", "soldiers"])
    >>> ax = ranges(t)
    >>> [tick.get_text() for tick in ax.get_yticklabels()]
    ['civilians', 'soldiers']
    """
    try:
        import matplotlib.pyplot as plt
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError(
            'casualties.plot needs matplotlib: pip install ".[plot]" in the casualties checkout, '
            "or pip install matplotlib"
        ) from e
    missing = [c for c in ("low", "best", "high") if c not in table.columns]
    if missing:
        raise ValueError(f"table: missing column(s) {', '.join(map(repr, missing))}")
    if ax is None:
        _, ax = plt.subplots(figsize=(6, 0.45 * max(len(table), 1) + 1))
    lows = [float(v) for v in table["low"]]
    bests = [float(v) for v in table["best"]]
    highs = [float(v) for v in table["high"]]
    finite = [v for v in [*lows, *bests, *highs] if not math.isinf(v)]
    right = (max(finite) if finite else 1.0) * 1.25 or 1.0
    ys = list(range(len(table)))[::-1]
    for y, lo, be, hi in zip(ys, lows, bests, highs, strict=True):
        end = right if math.isinf(hi) else hi
        ax.plot([lo, end], [y, y], color="tab:blue", linewidth=3, solid_capstyle="butt")
        if math.isinf(hi):
            style: dict[str, Any] = {"arrowstyle": "->", "color": "tab:blue", "linewidth": 2}
            ax.annotate("", xy=(right, y), xytext=(max(lo, end * 0.9), y), arrowprops=style)
        else:
            ax.plot([hi, hi], [y - 0.15, y + 0.15], color="tab:blue")
        ax.plot([lo, lo], [y - 0.15, y + 0.15], color="tab:blue")
        ax.plot([be], [y], "o", color="black", markersize=5)
    ax.set_yticks(ys)
    ax.set_yticklabels([_label(k) for k in table.index])
    ax.set_xlim(left=0, right=right * 1.05)
    ax.set_ylim(-0.75, len(table) - 0.25)
    ax.set_xlabel(label)
    return ax


def _label(key: object) -> str:
    if isinstance(key, tuple):
        return " / ".join(str(k) for k in key if k != "")
    return str(key)
