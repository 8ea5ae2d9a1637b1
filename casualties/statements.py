"""The :class:`Statement` value and its closed vocabularies."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .count import MAX_PEOPLE, Count

__all__ = ["Outcome", "PartyKind", "Role", "Statement", "check_population"]


class _Vocabulary(StrEnum):
    """A closed vocabulary whose members are their own strings ("killed" == Outcome.KILLED)."""


class Outcome(_Vocabulary):
    """What happened to the people counted."""

    KILLED = "killed"
    INJURED = "injured"
    MISSING = "missing"
    ABDUCTED = "abducted"
    DETAINED = "detained"
    DISPLACED = "displaced"


class PartyKind(_Vocabulary):
    """Which side the people counted belong to."""

    CIVILIAN = "civilian"
    STATE_FORCES = "state_forces"
    ARMED_GROUP = "armed_group"
    PERPETRATOR = "perpetrator"
    UNKNOWN = "unknown"


class Role(_Vocabulary):
    """How a figure relates to the others of its document.

    ``figure``: a figure of its own. ``part``: a part of a total stated before it
    ("including 12 children", a breakdown by place); totals never add it again.
    ``background``: the toll of an earlier, separate event the text recalls ("a bombing
    in 2017 that killed 500", "protesting the killing of three leaders"); event totals
    leave it out, like a running total.
    """

    FIGURE = "figure"
    PART = "part"
    BACKGROUND = "background"


@dataclass(frozen=True, slots=True)
class Statement:
    """One casualty figure a text states.

    Attributes
    ----------
    count : Count
        The figure.
    outcome : Outcome
        What happened: killed, injured, missing, abducted, detained, displaced.
    party : str or None
        The victim words as written ("Turkish soldiers"); None when the text names
        none ("killing 12").
    party_kind : PartyKind
        civilian, state_forces, armed_group, perpetrator or unknown.
    source : str or None
        Who reports it, by the fullest name the text gives; None if nobody does.
    period : str or None
        The time words ("Monday", "overnight", "since Friday").
    cumulative : bool
        A running total ("since 2011", "so far") rather than one event.
    location : str or None
        The place words ("in the village of Adwan").
    span : tuple of int
        ``(start, end)`` offsets of the figure and its victim words in the text.
    text : str
        ``article[start:end]``.
    role : Role
        ``part`` when the figure is a part of a total stated before it.
    restates : tuple of int or None
        The span of an earlier statement that this one reports again (the same
        outcome and victims in a later sentence); totals combine the two.
    """

    count: Count
    outcome: Outcome
    party: str | None
    party_kind: PartyKind
    source: str | None
    period: str | None
    cumulative: bool
    location: str | None
    span: tuple[int, int]
    text: str
    role: Role = Role.FIGURE
    restates: tuple[int, int] | None = None

    def __str__(self) -> str:
        """A short readable line: the count, the victims, the outcome, then what kind of
        figure it is and who reports it (the repr keeps every field).

        >>> from casualties import extract
        >>> for s in extract("At least 11 villagers were killed, police said. Gunmen "
        ...                  "killed nine in Kanda and two in Biru. Nobody was hurt."):
        ...     print(s)
        at least 11 villagers killed (police)
        9 killed, part of a total
        2 killed, part of a total
        0 injured
        """
        words = [str(self.count), *([self.party] if self.party else []), str(self.outcome)]
        line = " ".join(words)
        if self.cumulative:
            line += ", running total"
        if self.role == Role.PART:
            line += ", part of a total"
        return line + (f" ({self.source})" if self.source else "")


def check_population(s: Statement) -> None:
    """Refuse a statement whose count is more than any population (above
    :data:`casualties.MAX_PEOPLE`): no frame or total can hold it.

    Raises
    ------
    ValueError
        Naming the count, the words and the limit.
    """
    c = s.count
    if (c.low if c.high is None else c.high) > MAX_PEOPLE:
        raise ValueError(
            f"statements: {c} people ({s.text!r:.60}) is more than any population "
            f"(limit {MAX_PEOPLE:,}); it is not a casualty figure"
        )
