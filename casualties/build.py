r"""Frame matches -> statements: the last step of the extraction cascade (shadow mode).

:func:`read` runs L1 to L4 (:mod:`~casualties.wordclass`, :mod:`~casualties.chunks`,
:mod:`~casualties.phrases`, :mod:`~casualties.frames`) and makes one
:class:`~casualties.statements.Statement` per victim: the frame's outcome is distributed
over the coordinated conjuncts of its victim phrase, conjuncts headed by a thing are
dropped after that ("Twenty herdsmen and 83 cows were killed": one statement), and the
figure and noun groups of an aside are parts of the total (``role=part``).

``span`` and ``text`` are the figure and its victim words, as :func:`casualties.extract`
writes them, so that the two readers align by span. Not read yet (later steps): the source
from the text's reporting clauses (``source`` is the caller's default), the period, the
location and whether a figure is cumulative (None, None, False); document passes
(breakdowns, restatements).

>>> [(r.statement.count.low, r.statement.outcome.value, r.frame) for r in read("Three soldiers died.")]
[(3, 'killed', 'intransitive')]
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final, NamedTuple

from .chunks import Chunk, Chunks, chunk
from .count import Count
from .frames import FrameMatch, frames
from .lexicon import en
from .phrases import Attachment, Phrases, phrase
from .policy import Policy
from .statements import PartyKind, Role, Statement
from .wordclass import classify

__all__ = ["Reading", "party_kind", "read"]

#: Determiners that make a noun group one person ("a mayor", "his secretary").
_ONE: Final = frozenset({"a", "an", "one", "another", "his", "her"})
#: Heads that a state modifier makes state forces ("government fighters").
_STATE_HEADS: Final = frozenset({"fighters", "fighter", "men", "members", "member", "personnel", "forces"})
_STATE_HEADS_ALWAYS: Final = frozenset({"official", "officials", "staff", "guard", "guards"})


class Reading(NamedTuple):
    """One statement and the name of the frame that produced it."""

    statement: Statement
    frame: str


class _Victim(NamedTuple):
    """What one conjunct or part is: its count, party words and character span."""

    count: Count  # type: ignore[assignment]  # the field shadows tuple.count on purpose
    party: str | None
    start: int
    end: int


def read(text: str, *, source: str | None = None, policy: str | Policy = "interval") -> tuple[Reading, ...]:
    """Every casualty statement the cascade reads in ``text``, in the order of its victims.

    Parameters
    ----------
    text : str
        Any text.
    source : str or None
        Who reports the text (given to every statement; the text's own reporting clauses
        are not read yet).
    policy : str or Policy
        How figures are read.

    Returns
    -------
    tuple of Reading

    Examples
    --------
    >>> for r in read("Eight displaced Syrians, including four children, were killed."):
    ...     s = r.statement
    ...     print(s.count.low, s.outcome.value, s.party, s.role.value, s.text, r.frame)
    8 killed displaced Syrians figure Eight displaced Syrians passive
    4 killed children part four children passive
    """
    phrases = phrase(chunk(classify(text, policy=policy)))
    return tuple(r for m in frames(phrases) for r in _readings(phrases, m, source))


def _readings(phrases: Phrases, m: FrameMatch, source: str | None) -> Iterator[Reading]:
    """The readings of one frame match: its conjuncts, then the parts of its asides."""
    p = phrases.phrases[m.victim]
    role = Role(m.role)
    shared: str | None = None  # a headless conjunct takes the party before it ("nine villagers ... and two")
    for conjunct in p.conjuncts:
        if not conjunct.thing:
            for r in _one(phrases.chunks, conjunct.core, conjunct.attachments, m, role, source, shared):
                shared = r.statement.party
                yield r
    for part in p.parts:
        yield from _one(phrases.chunks, part, (), m, Role.PART, source, None)


def _one(
    chunks: Chunks,
    core: int,
    attachments: tuple[Attachment, ...],
    m: FrameMatch,
    role: Role,
    source: str | None,
    shared: str | None,
) -> Iterator[Reading]:
    """The reading of one core chunk (none when it counts no one); ``shared``: the party
    of the conjunct before it."""
    victim = _victim(chunks, chunks.chunks[core], attachments)
    if victim is None:
        return
    text = chunks.classes.text
    party = victim.party or shared
    statement = Statement(
        count=victim.count,
        outcome=m.outcome,
        party=party,
        party_kind=party_kind(party or ""),
        source=source,
        period=None,
        cumulative=False,
        location=None,
        span=(victim.start, victim.end),
        text=text[victim.start : victim.end],
        role=role,
    )
    yield Reading(statement, m.frame)


def _victim(chunks: Chunks, c: Chunk, attachments: tuple[Attachment, ...]) -> _Victim | None:
    """The count, party words and span of core chunk ``c``; None when it counts no one."""
    units, text = chunks.classes.units, chunks.classes.text
    last = c.end - 1
    if c.figure >= 0:
        figure = units[c.figure].figure
        if figure is None:
            return None
        first_word = c.figure + 1
        start, count = units[c.figure].start, figure.count
    else:
        if units[c.first].text not in _ONE or units[last].text.endswith("s"):
            return None
        first_word = c.first + 1
        start, count = units[c.first].start, Count(1)
    if c.head >= 0 and units[c.head].code == "O":
        last = c.head - 1  # "3 dead", "12 deaths": no party words
    words = first_word <= last
    party = " ".join(text[units[first_word].start : units[last].end].split()) if words else None
    end = units[last].end if words else units[first_word - 1].end
    if attachments and attachments[0].kind == "of":
        party = party or _group_words(chunks, chunks.chunks[attachments[0].end - 1])
    return _Victim(count, party or None, start, end)


def _group_words(chunks: Chunks, c: Chunk) -> str | None:
    """The party words of a group in a partitive ("None of [the 40 hostages]")."""
    if c.code not in "FN" or c.head < 0:
        return None
    units, text = chunks.classes.units, chunks.classes.text
    first = c.figure + 1 if c.figure >= 0 else c.first
    return " ".join(text[units[first].start : units[c.end - 1].end].split()) or None


def party_kind(words: str) -> PartyKind:
    """The kind of party that victim words name, by their last party noun.

    A state modifier ("government", "army") makes fighters, members, officials and the
    like state forces.

    Examples
    --------
    >>> [party_kind(w).value for w in ("nine villagers", "Turkish soldiers", "government fighters")]
    ['civilian', 'state_forces', 'state_forces']
    >>> party_kind("cows")
    <PartyKind.UNKNOWN: 'unknown'>
    """
    lowered = words.lower().split()
    heads = [w for w in lowered if w in en.PARTY_NOUNS]
    if not heads:
        return PartyKind.UNKNOWN
    head = heads[-1]
    kind = PartyKind(en.PARTY_NOUNS[head])
    state = bool(set(lowered) & en.STATE_MODIFIERS)
    if state and (head in _STATE_HEADS_ALWAYS or (head in _STATE_HEADS and kind in ("unknown", "armed_group"))):
        return PartyKind.STATE_FORCES
    return kind

