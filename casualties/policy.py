"""Reading policies: how vague and bounded phrases become counts. Data, not code."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from types import MappingProxyType
from typing import Any

from .lexicon import en

__all__ = ["ACLED", "INTERVAL", "POLICIES", "Policy", "get_policy"]

VagueTable = Mapping[tuple[str, ...], tuple[int, int | None, int]]


def _freeze(table: Mapping[Any, Any]) -> Mapping[tuple[str, ...], tuple[int, int | None, int]]:
    out: dict[tuple[str, ...], tuple[int, int | None, int]] = {}
    for key, value in table.items():
        words = tuple(key.split()) if isinstance(key, str) else tuple(key)
        low, high, best = value
        if not isinstance(low, int) or low < 0 or (high is not None and high < low):
            raise ValueError(f"vague amount {key!r}: bad interval {value!r}")
        if best < low or (high is not None and best > high):
            raise ValueError(f"vague amount {key!r}: best {best} outside [{low}, {high}]")
        out[tuple(w.lower() for w in words)] = (low, high, best)
    return MappingProxyType(out)


@dataclass(frozen=True, eq=True)
class Policy:
    """How to read uncertain phrases into counts.

    Parameters
    ----------
    name : str
        The name ``parse(..., policy=name)`` knows it by.
    approx_tolerance : Fraction
        Relative width of "about N": ``[N(1-t), N(1+t)]``, rounded outwards.
    near_tolerance : Fraction
        Relative depth of "nearly N": ``[N(1-t), N]``, rounded down.
    up_to_floor : int
        The low bound of "up to N" (capped at N).
    exclusive_offset : int
        What "more than N" adds to N for its low bound (1 reads it strictly).
    vague : Mapping
        Vague amounts: word tuple (or space-separated string) -> ``(low, high, best)``,
        ``high`` None for no upper bound.
    single_figure : bool
        Collapse every reading to its best figure (``low == best == high``), as
        datasets that record one number per event do.
    unnumbered : int or None
        The figure for casualties reported without any number ("people were killed");
        None keeps them out.

    Examples
    --------
    A policy with wider "about" and a different reading of "dozens":

    >>> from casualties import parse
    >>> wide = INTERVAL.derive(name="wide", approx_tolerance="0.25",
    ...                        vague={"dozens": (24, 60, 36)})
    >>> parse("about 100", policy=wide)
    Count(low=75, high=125, best=100)
    >>> parse("dozens", policy=wide)
    Count(low=24, high=60, best=36)
    """

    name: str
    approx_tolerance: Fraction = Fraction(1, 10)
    near_tolerance: Fraction = Fraction(1, 10)
    up_to_floor: int = 0
    exclusive_offset: int = 1
    vague: VagueTable = field(default_factory=dict, hash=False)
    single_figure: bool = False
    unnumbered: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name:
            raise TypeError(f"Policy name must be a non-empty str, got {self.name!r}")
        for attr in ("approx_tolerance", "near_tolerance"):
            raw = getattr(self, attr)
            if isinstance(raw, bool):
                raise TypeError(f"Policy {attr} must be a number, got {raw!r}")
            try:
                value = Fraction(str(raw)) if isinstance(raw, float) else Fraction(raw)
            except (TypeError, ValueError):
                raise TypeError(f"Policy {attr} must be a number, got {raw!r}") from None
            if not 0 <= value < 1:
                raise ValueError(f"Policy {attr} must lie in [0, 1), got {raw!r}")
            object.__setattr__(self, attr, value)
        for attr in ("up_to_floor", "exclusive_offset"):
            value = getattr(self, attr)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise TypeError(f"Policy {attr} must be an int >= 0, got {value!r}")
        if self.unnumbered is not None and (isinstance(self.unnumbered, bool) or not isinstance(self.unnumbered, int)):
            raise TypeError(f"Policy unnumbered must be an int or None, got {self.unnumbered!r}")
        object.__setattr__(self, "vague", _freeze(self.vague))
        object.__setattr__(
            self,
            "_hash",
            hash(
                (
                    self.name,
                    self.approx_tolerance,
                    self.near_tolerance,
                    self.up_to_floor,
                    self.exclusive_offset,
                    self.single_figure,
                    self.unnumbered,
                    frozenset(self.vague.items()),
                )
            ),
        )

    def __hash__(self) -> int:
        return self._hash  # type: ignore[attr-defined, no-any-return]

    def derive(self, **changes: Any) -> Policy:
        """A new policy with some fields changed; ``vague`` entries are merged in.

        Parameters
        ----------
        **changes
            Field names and new values; a ``vague`` mapping adds to (or overrides
            entries of) this policy's table.

        Returns
        -------
        Policy
        """
        if "vague" in changes:
            merged = dict(self.vague)
            merged.update(_freeze(changes["vague"]))
            changes["vague"] = merged
        return dataclasses.replace(self, **changes)


INTERVAL = Policy(name="interval", vague=en.VAGUE_INTERVAL)
ACLED = Policy(name="acled", vague=en.VAGUE_ACLED, single_figure=True, unnumbered=10, exclusive_offset=0)
POLICIES: Mapping[str, Policy] = MappingProxyType({p.name: p for p in (INTERVAL, ACLED)})


def get_policy(policy: str | Policy) -> Policy:
    """Resolve a policy name or object.

    Parameters
    ----------
    policy : str or Policy
        ``"interval"``, ``"acled"`` or a :class:`Policy`.

    Returns
    -------
    Policy

    Raises
    ------
    TypeError
        ``policy`` is neither a str nor a Policy.
    ValueError
        No policy has that name.
    """
    if isinstance(policy, Policy):
        return policy
    if not isinstance(policy, str):
        raise TypeError(f"policy must be a str or Policy, got {type(policy).__name__}: {policy!r}")
    try:
        return POLICIES[policy.strip().lower()]
    except KeyError:
        known = ", ".join(sorted(POLICIES))
        raise ValueError(f"unknown policy {policy!r}; known: {known}") from None
