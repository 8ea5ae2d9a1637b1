"""Casualty statements in whole texts: figures tied to an outcome, a victim and a source.

:func:`extract` checks its arguments and runs the extraction cascade
(:func:`casualties.build.read`: word classes, chunks, phrases, clause frames,
statements, document passes; ``../shared/CASCADE.md``).
"""

from __future__ import annotations

from .policy import Policy, get_policy
from .statements import Statement

__all__ = ["extract"]


def extract(
    text: str,
    *,
    source: str | None = None,
    published: object = None,
    policy: str | Policy = "interval",
) -> list[Statement]:
    """Every casualty figure a text states, in text order.

    Parameters
    ----------
    text : str
        An article, an event note or a headline.
    source : str or None
        Who reports the text, for figures whose sentence names nobody.
    published : object
        The publication date (kept for the frame layer; not read here yet).
    policy : str or Policy
        How to read uncertain figures (``"interval"`` or ``"acled"``).

    Returns
    -------
    list of Statement
        Empty when the text states no casualty figure.

    Raises
    ------
    TypeError
        ``text`` is not a str, or ``source`` is neither a str nor None.

    Examples
    --------
    >>> s, = extract("Gunmen killed at least 11 villagers on Sunday, police said.")
    >>> s.count
    Count(low=11, high=None, best=11)
    >>> s.outcome, s.party, s.party_kind, s.source
    (<Outcome.KILLED: 'killed'>, 'villagers', <PartyKind.CIVILIAN: 'civilian'>, 'police')
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}: {text!r:.60}")
    if source is not None and not isinstance(source, str):
        raise TypeError(f"source must be a str or None, got {type(source).__name__}: {source!r:.60}")
    del published
    from .build import read  # the cascade compiles its grammar on first use: `import casualties` stays cheap

    return [r.statement for r in read(text, source=source, policy=get_policy(policy))]
