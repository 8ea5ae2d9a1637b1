r"""L4 of the extraction cascade: clause frames over the L3 phrase string.

A frame (:data:`~casualties.lexicon.en_rules.FRAMES`) is a rule over the phrase codes of
:mod:`casualties.phrases` with a ``victim`` slot, the slot its outcome comes from and the
role its victims take. Every frame runs one ``finditer`` over the phrase string; the
matches are taken longest first, then by priority, then in the order the frames are
written, each victim phrase claimed once. A frame whose outcome is ``previous`` ("two of
them were children") takes the outcome of the match before it; a match with no outcome
is dropped.

>>> [(m.frame, m.outcome) for m in frames(phrase(chunk(classify("The blast left 3 dead."))))]
[('outcome_noun', <Outcome.KILLED: 'killed'>)]
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Final, NamedTuple

from .chunks import chunk  # noqa: F401 (for the examples)
from .grammar import PatternMatch, compile_rules, index_rules
from .lexicon import en_rules as er
from .phrases import Phrases, phrase  # noqa: F401 (phrase: for the examples)
from .statements import Outcome
from .wordclass import classify  # noqa: F401 (for the examples)

__all__ = ["FrameMatch", "frames"]


class FrameMatch(NamedTuple):
    """One frame that fired.

    Attributes
    ----------
    frame : str
        The frame's name.
    victim : int
        The victim phrase (an index into ``Phrases.phrases``).
    outcome : Outcome
        What the frame says happened to the victims.
    role : str
        ``figure`` or ``part``.
    start, end : int
        The phrases it spans (``end`` exclusive).
    what : int
        The phrase that says what the victims were ("five of the dead were children"),
        -1 when the frame has none.
    """

    frame: str
    victim: int
    outcome: Outcome
    role: str
    start: int
    end: int
    what: int = -1


class _Found(NamedTuple):
    """A match of frame number ``k`` before selection."""

    k: int
    match: PatternMatch


_COMPILED: Final = compile_rules(
    (f.rule for f in er.FRAMES), er.PHRASE_ALPHABET, macros=er.FRAME_MACROS, slots=er.FRAME_SLOTS
)


def frames(phrases: Phrases) -> tuple[FrameMatch, ...]:
    """The frames that fire on a text, in the order of their victims (L4 of the cascade).

    Parameters
    ----------
    phrases : Phrases
        What :func:`casualties.phrases.phrase` made of the text.

    Returns
    -------
    tuple of FrameMatch
        One per claimed victim phrase.

    Examples
    --------
    >>> p = phrase(chunk(classify("Gunmen killed nine villagers; 3 soldiers died.")))
    >>> [(m.frame, m.victim, m.outcome.value) for m in frames(p)]
    [('active', 2, 'killed'), ('intransitive', 4, 'killed')]
    """
    out: list[FrameMatch] = []
    previous: Outcome | None = None
    for found in sorted(_claimed(phrases), key=_victim_at):
        spec = er.FRAMES[found.k]
        m = found.match
        outcome = previous if spec.outcome_from == "previous" else _outcome(phrases, m, spec.outcome_from)
        if outcome is None and spec.fallback:
            outcome = Outcome(spec.fallback)
        if outcome is None:
            continue
        what = m.slot("what")
        out.append(
            FrameMatch(
                spec.rule.name,
                _victim_at(found),
                outcome,
                spec.role,
                m.start,
                m.end,
                -1 if what is None else what.start,
            )
        )
        previous = outcome
    return tuple(out)


_INDEX: Final = index_rules([done.pattern for done in _COMPILED])


def _needs_word(frame: er.Frame, always: frozenset[str]) -> frozenset[str]:
    """Words one of which a text must hold for ``frame`` to match: those of the smallest
    word list (``Frame.words``, ``Frame.status``) of a slot its pattern always fills
    (``always``: :attr:`~casualties.grammar.Pattern.always`); empty when any text may."""
    lists = [words for slot, words in frame.words.items() if slot in always]
    lists += [frame.status] if frame.status else []
    return min(lists, key=len) if lists else frozenset()


#: For each frame, :func:`_needs_word` (a text with none of them skips the frame).
_NEEDS_WORD: Final = tuple(_needs_word(f, c.pattern.always) for f, c in zip(er.FRAMES, _COMPILED, strict=True))


def _claimed(phrases: Phrases) -> Iterator[_Found]:
    """The matches taken: longest first, then priority, then frame order; one per victim.
    A match with a word of ``Frame.not_words`` in its slot, a word not in ``Frame.words``,
    or an outcome that is not one of ``Frame.outcomes`` is no match."""
    string = phrases.string
    candidates = _INDEX.candidates(string)  # not the frames whose classes are missing
    if any(_NEEDS_WORD[k] for k in candidates):
        present = frozenset(u.text for u in phrases.chunks.classes.units)
        candidates = [k for k in candidates if not _NEEDS_WORD[k] or not _NEEDS_WORD[k].isdisjoint(present)]
    found = sorted(
        (m.start - m.end, -_COMPILED[k].rule.priority, k, m.start, _Found(k, m))
        for k in candidates
        for m in _COMPILED[k].pattern.finditer(string)
        if _words_hold(phrases, m, er.FRAMES[k].not_words, refused=True)
        and _words_hold(phrases, m, er.FRAMES[k].words, refused=False)
        and _status_holds(phrases, m, er.FRAMES[k].status)
        and (not er.FRAMES[k].outcomes or _outcome_holds(phrases, m, er.FRAMES[k]))
        and not (m.start > 0 and string[m.start - 1] in er.FRAMES[k].not_after)
    )
    taken: set[int] = set()
    for *_, f in found:
        victim = _victim_at(f)
        if victim not in taken:
            taken.add(victim)
            taken.update(_between(f))
            yield f


def _between(found: _Found) -> range:
    """The phrases between the victim of a match and its verb after it: they describe
    the victim ("Ali Musa, a farmer, was killed"; "was shot by a guard and killed") and are
    no victims of another frame."""
    victim, verb = found.match.slot("victim"), found.match.slot("verb")
    if victim is None or verb is None or verb.start <= victim.end:
        return range(0)
    return range(victim.end, verb.start)


def _words_hold(phrases: Phrases, m: PatternMatch, words: Mapping[str, frozenset[str]], *, refused: bool) -> bool:
    """Whether the head word of the core chunk of every slot in ``words`` is none of its
    words (``refused``), or one of them (not ``refused``)."""
    chunks = phrases.chunks
    for slot, listed in words.items():
        span = m.slot(slot)
        if span is None:
            continue
        c = chunks.chunks[phrases.phrases[span.start].core]
        if (chunks.classes.units[c.head if c.head >= 0 else c.end - 1].text in listed) is refused:
            return False
    return True


def _status_holds(phrases: Phrases, m: PatternMatch, words: frozenset[str]) -> bool:
    """Whether the victim's core chunk holds one of ``words`` before its head (always, when
    ``words`` is empty)."""
    if not words:
        return True
    c = phrases.chunks.chunks[phrases.phrases[_victim_at(_Found(0, m))].core]
    units = phrases.chunks.classes.units
    return any(units[u].text in words for u in range(c.first, c.head if c.head >= 0 else c.end))


def _outcome_holds(phrases: Phrases, m: PatternMatch, spec: er.Frame) -> bool:
    """Whether the outcome of match ``m`` is one that frame ``spec`` may read."""
    outcome = _outcome(phrases, m, spec.outcome_from)
    return outcome is not None and outcome.value in spec.outcomes


def _victim_at(found: _Found) -> int:
    """The victim phrase of a match (every frame has a victim slot: tests/test_frames.py)."""
    victim = found.match.slot("victim")
    return found.match.start if victim is None else victim.start


def _outcome(phrases: Phrases, m: PatternMatch, slot: str) -> Outcome | None:
    """The outcome of the core chunk of the phrase in ``slot`` of match ``m``."""
    span = m.slot(slot)
    if span is None:
        return None
    return phrases.chunks.chunks[phrases.phrases[span.start].core].outcome
