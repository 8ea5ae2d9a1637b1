"""The :class:`Count` interval type and its algebra."""

from __future__ import annotations

import operator
from dataclasses import dataclass
from types import EllipsisType
from typing import Any

from .errors import InvalidCountError

__all__ = ["MAX_PEOPLE", "Count"]

#: The largest count of people that is a casualty figure: more than everyone alive
#: (about 8.2 billion in 2026) is not. ``parse`` refuses a figure above it, ``extract``
#: makes no statement of it, and the frame layer refuses it, so that sums of any
#: realistic corpus stay far inside int64 and every ``high`` inside float64's exact
#: integer range (2**53).
MAX_PEOPLE: int = 10_000_000_000


def _as_int(name: str, value: object) -> int:
    """Return ``value`` as a plain int, or raise TypeError naming the argument."""
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        raise TypeError(f"Count {name} must be an int, not a bool: {value!r}")
    try:
        return operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(f"Count {name} must be an int, got {type(value).__name__}: {value!r}") from None


def _fmt(n: int) -> str:
    return f"{n:,}"


@dataclass(frozen=True, slots=True, init=False)
class Count:
    """A number of people as a closed integer interval with a best estimate.

    Parameters
    ----------
    low : int
        The lower bound, ``>= 0``.
    high : int or None, optional
        The upper bound, ``>= low``; ``None`` means no upper bound. Left out, the
        count is exact (``high == low``).
    best : int or None, optional
        The figure a careful coder would record, inside ``[low, high]``; ``None``
        (the default) takes ``low``.

    Raises
    ------
    TypeError
        A bound is not an int (bools are refused).
    InvalidCountError
        A bound is negative, ``low > high``, or ``best`` lies outside the interval.

    Examples
    --------
    >>> Count(11, None)
    Count(low=11, high=None, best=11)
    >>> Count.between(10, 20) + Count.exactly(3)
    Count(low=13, high=23, best=13)
    >>> str(Count.at_least(380_001))
    'at least 380,001'
    >>> 15 in Count(10, 20), 25 in Count(10, 20)
    (True, False)
    """

    low: int
    high: int | None
    best: int

    def __init__(self, low: int, high: int | None | EllipsisType = ..., best: int | None = None) -> None:
        lo = low if type(low) is int else _as_int("low", low)
        hi: int | None
        if high is ...:
            hi = lo
        elif high is None or type(high) is int:
            hi = high
        else:
            hi = _as_int("high", high)
        be = lo if best is None else best if type(best) is int else _as_int("best", best)
        if lo < 0:
            raise InvalidCountError(f"Count low must be >= 0, got {lo}")
        if hi is not None and hi < lo:
            raise InvalidCountError(f"Count high must be >= low, got low={lo}, high={hi}")
        if be < lo or (hi is not None and be > hi):
            raise InvalidCountError(f"Count best must lie in [low, high], got best={be} for [{lo}, {hi}]")
        object.__setattr__(self, "low", lo)
        object.__setattr__(self, "high", hi)
        object.__setattr__(self, "best", be)

    # -- constructors -----------------------------------------------------------------
    @classmethod
    def exactly(cls, n: int) -> Count:
        """Exactly ``n`` people.

        >>> Count.exactly(11)
        Count(low=11, high=11, best=11)
        """
        return cls(n, n, n)

    @classmethod
    def at_least(cls, n: int) -> Count:
        """``n`` people or more, with no upper bound; best ``n``.

        >>> Count.at_least(11).is_bounded
        False
        """
        return cls(n, None, n)

    @classmethod
    def at_most(cls, n: int) -> Count:
        """Anything from 0 to ``n`` people, as "up to n" reads; best ``n``.

        >>> Count.at_most(23)
        Count(low=0, high=23, best=23)
        """
        n = _as_int("n", n)
        return cls(0, n, n)

    @classmethod
    def between(cls, low: int, high: int, best: int | None = None) -> Count:
        """From ``low`` to ``high`` people inclusive; best ``low`` unless given.

        >>> Count.between(10, 20)
        Count(low=10, high=20, best=10)
        """
        return cls(low, high, best)

    # -- predicates -------------------------------------------------------------------
    @property
    def is_exact(self) -> bool:
        """True when the interval holds a single number."""
        return self.high == self.low

    @property
    def is_bounded(self) -> bool:
        """True when there is an upper bound."""
        return self.high is not None

    def __contains__(self, n: object) -> bool:
        if isinstance(n, bool) or not hasattr(n, "__index__"):
            return False
        v = operator.index(n)  # type: ignore[arg-type,unused-ignore]
        return self.low <= v and (self.high is None or v <= self.high)

    # -- algebra ----------------------------------------------------------------------
    def __add__(self, other: object) -> Count:
        """Sum of two disjoint counts; an unbounded side makes the sum unbounded."""
        if not isinstance(other, Count):
            return NotImplemented
        high = None if self.high is None or other.high is None else self.high + other.high
        return Count(self.low + other.low, high, self.best + other.best)

    def __radd__(self, other: object) -> Count:
        # Lets the built-in sum() start from its integer 0.
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return NotImplemented

    def __and__(self, other: object) -> Count | None:
        """Consensus: the numbers both counts allow, or None when they conflict.

        The best estimate is the lower of the two bests, each first clamped into
        the consensus interval (the conservative choice).
        """
        if not isinstance(other, Count):
            return NotImplemented
        low = max(self.low, other.low)
        high = _min_high(self.high, other.high)
        if high is not None and high < low:
            return None
        best = min(_clamp(self.best, low, high), _clamp(other.best, low, high))
        return Count(low, high, best)

    def __or__(self, other: object) -> Count:
        """Hull: the smallest count holding both; best is the lower best."""
        if not isinstance(other, Count):
            return NotImplemented
        high = None if self.high is None or other.high is None else max(self.high, other.high)
        return Count(min(self.low, other.low), high, min(self.best, other.best))

    # -- text -------------------------------------------------------------------------
    def __str__(self) -> str:
        lo, hi, be = self.low, self.high, self.best
        if hi == lo:
            return _fmt(lo)
        if hi is None:
            core, default_best = f"at least {_fmt(lo)}", lo
        elif lo == 0:
            core, default_best = f"up to {_fmt(hi)}", hi
        else:
            core, default_best = f"between {_fmt(lo)} and {_fmt(hi)}", lo
        if be == default_best:
            return core
        return f"{core}, best estimate {_fmt(be)}"

    def __getstate__(self) -> tuple[int, int | None, int]:
        return (self.low, self.high, self.best)

    def __setstate__(self, state: Any) -> None:
        low, high, best = state
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "high", high)
        object.__setattr__(self, "best", best)


def _min_high(a: int | None, b: int | None) -> int | None:
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


def _clamp(v: int, low: int, high: int | None) -> int:
    v = max(v, low)
    return v if high is None else min(v, high)
