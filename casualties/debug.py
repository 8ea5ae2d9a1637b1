"""A readable view of what each layer of the extraction cascade made of a text.

It shows, sentence by sentence, L1 (:mod:`casualties.wordclass`), L2
(:mod:`casualties.chunks`), L3 (:mod:`casualties.phrases`) and L4
(:mod:`casualties.frames`, with the statements :func:`casualties.build.read` makes of each
frame), and the name of every rule that fired.
For people reading a miss, not for programs: the layout may change.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Final

from .build import Reading, read
from .chunks import Chunks, chunk, render
from .frames import FrameMatch, frames
from .grammar import Pattern, compile_pattern
from .lexicon import en_rules as er
from .phrases import Phrases, phrase
from .phrases import render as render_phrases
from .policy import Policy
from .wordclass import SentenceSpan, Unit, classify, outcome_of

__all__ = ["explain"]

#: The widest line of aligned units (or of chunks) before they wrap.
WIDTH = 96
#: Each frame's pattern, to read the slots of a frame match again.
_FRAME_PATTERNS: Final[Mapping[str, Pattern]] = MappingProxyType(
    {
        f.rule.name: compile_pattern(f.rule.pattern, er.PHRASE_ALPHABET, macros=er.FRAME_MACROS, slots=er.FRAME_SLOTS)
        for f in er.FRAMES
    }
)


def explain(text: str, *, policy: str | Policy = "interval") -> str:
    """Each layer's reading of ``text``, sentence by sentence, as lines of text.

    For L1: the sentence, its units with their classes aligned under them, the figures,
    the merged expressions, the words of several classes, and the trigger flag (whether
    the later layers read the sentence at all). For L2: each sentence's chunks in brackets
    with their features and outcome (``L2``), and at the end the chunk string of the text.
    For a sentence with a trigger, L3: its phrase codes, its phrases in nested brackets
    (``[code core {attachment} (aside [part]) & conjunct]``, a thing conjunct ends with
    ``~``) and each victim phrase with the phrase rule that made it; L4: each frame that
    fired (its name, outcome, role, victim phrase and other slots) and the statements it
    made (count, outcome, party kind, role and words).

    Parameters
    ----------
    text : str
        Any text.
    policy : str or Policy
        How figures are read.

    Returns
    -------
    str
        Several lines, no trailing newline.

    Examples
    --------
    >>> print(explain("Two policemen were shot dead near Kano, police said."))
    L1 word classes: FNbVPY,NS.
    sentence 1 (trigger): Two policemen were shot dead near Kano, police said.
      two policemen were shot dead near kano , police said .
      F   N         b    V         P    Y    , N      S    .
      figure     'two' = 2
      merged     'shot dead' V (killed)
      L2 [F Two policemen]{person} [V were shot dead]{passive,killed} [P near] [Y Kano] [, ,]
         [N police]{person} [S said] [. .]
      L3 phrases FVPY,NS.
         [F Two policemen] were shot dead near Kano , [N police] said .
         victim           [F Two policemen]
         victim           [N police]
      L4 passive: killed (figure), victim [F Two policemen], verb 'were shot dead'
         2 killed state_forces figure 'Two policemen'
    L2 chunks:       FVPY,NS.
    """
    classes = classify(text, policy=policy)
    chunks = chunk(classes)
    phrases = phrase(chunks)
    matches = frames(phrases)
    readings = read(text, policy=policy) if matches else ()
    lines = [f"L1 word classes: {classes.string}"]
    for number, span in enumerate(classes.sentences, 1):
        lines += _sentence(chunks, number, span)
        if span.trigger:
            lines += _phrase_lines(phrases, span)
            lines += _frame_lines(phrases, matches, readings, span)
    lines.append(f"L2 chunks:       {chunks.string}")
    return "\n".join(lines)


def _sentence(chunks: Chunks, number: int, span: SentenceSpan) -> list[str]:
    """The lines of one sentence: heading, aligned units, notes on its units, its chunks."""
    classes = chunks.classes
    units = classes.units[span.first : span.end]
    start, end = units[0].start, units[-1].end
    flag = "trigger" if span.trigger else "no trigger"
    lines = [f"sentence {number} ({flag}): {classes.text[start:end]}"]
    lines += _aligned(units)
    lines += [f"  {note}" for unit in units for note in _notes(unit)]
    lines += _wrapped(render(chunks, first=span.first, end=span.end), "  L2 ")
    return lines


def _phrase_lines(phrases: Phrases, span: SentenceSpan) -> list[str]:
    """The L3 lines of one sentence: its phrase codes, its phrases in brackets, and each
    victim phrase with the rule that made it."""
    items = phrases.chunks.chunks
    inside = [k for k, p in enumerate(phrases.phrases) if span.first <= items[p.first].first < span.end]
    codes = "".join(phrases.string[k] for k in inside)
    lines = [f"  L3 phrases {codes}"]
    lines += _wrapped(render_phrases(phrases, first=span.first, end=span.end), "     ")
    for k in inside:
        p = phrases.phrases[k]
        if p.rule:
            lines.append(f"     {p.rule:<16} {_words(phrases, k, k + 1)}")
    return lines


def _frame_lines(
    phrases: Phrases, matches: Sequence[FrameMatch], readings: Sequence[Reading], span: SentenceSpan
) -> list[str]:
    """The L4 lines of one sentence: each frame match with its slots, then its statements."""
    items, units = phrases.chunks.chunks, phrases.chunks.classes.units
    lines = []
    for m in matches:
        victim = phrases.phrases[m.victim]
        if not span.first <= items[victim.first].first < span.end:
            continue
        found = _FRAME_PATTERNS[m.frame].match_at(phrases.string, m.start)
        others = (s for s in (found.slots if found is not None else ()) if s.name != "victim")
        slots = [f"{s.name} {_words(phrases, s.start, s.end)!r}" for s in others]
        said = ", ".join([f"victim {_words(phrases, m.victim, m.victim + 1)}", *slots])
        lines += _wrapped(f"{m.frame}: {m.outcome.value} ({m.role}), {said}", "  L4 ")
        a, b = units[items[victim.first].first].start, units[items[victim.end - 1].end - 1].end
        for r in readings:
            s = r.statement
            if s.span is not None and a <= s.span[0] < b:
                lines.append(f"     {s.count} {s.outcome.value} {s.party_kind.value} {s.role.value} {s.text!r}")
    return lines or ["  L4 no frame"]


def _words(phrases: Phrases, first: int, end: int) -> str:
    """Phrases ``[first, end)`` as :func:`casualties.phrases.render` writes them."""
    items = phrases.chunks.chunks
    a, b = items[phrases.phrases[first].first].first, items[phrases.phrases[end - 1].end - 1].end
    return render_phrases(phrases, first=a, end=b)


def _wrapped(rendered: str, label: str) -> list[str]:
    """Bracketed chunks or phrases in lines of at most :data:`WIDTH` characters, broken
    at spaces outside brackets; the first line starts with ``label``."""
    lines = [""]
    for part in _outside(rendered):
        if lines[-1] and len(lines[-1]) + 1 + len(part) > WIDTH:
            lines.append(part)
        else:
            lines[-1] = f"{lines[-1]} {part}" if lines[-1] else part
    return [(label if k == 0 else " " * len(label)) + line for k, line in enumerate(lines)]


def _outside(rendered: str) -> list[str]:
    """``rendered`` split at the spaces outside square brackets."""
    parts, depth, start = [], 0, 0
    for k, ch in enumerate(rendered):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(depth - 1, 0)
        elif ch == " " and depth == 0:
            parts.append(rendered[start:k])
            start = k + 1
    parts.append(rendered[start:])
    return [p for p in parts if p]


def _aligned(units: Sequence[Unit]) -> Iterator[str]:
    """Pairs of lines, units over their classes, each column as wide as its unit."""
    top: list[str] = []
    bottom: list[str] = []
    used = 0
    for unit in units:
        width = max(len(unit.text), 1)
        if top and used + width + 1 > WIDTH:
            yield "  " + " ".join(top).rstrip()
            yield "  " + " ".join(bottom).rstrip()
            top, bottom, used = [], [], 0
        top.append(unit.text.ljust(width))
        bottom.append(unit.code.ljust(width))
        used += width + 1
    yield "  " + " ".join(top).rstrip()
    yield "  " + " ".join(bottom).rstrip()


def _notes(unit: Unit) -> Iterator[str]:
    """What is worth saying about one unit: its figure, its merge, its other classes."""
    others = ", else " + "".join(sorted(unit.alternatives)) if unit.alternatives else ""
    outcome = outcome_of(unit)
    said = f" ({outcome})" if outcome else ""
    if unit.code == "F" and unit.figure is not None:
        yield f"figure     {unit.text!r} = {unit.figure.count}{others}"
    elif unit.code == "d" and unit.figure is not None:
        yield f"not people {unit.text!r} d = {unit.figure.count}{others}"
    elif " " in unit.text:
        yield f"merged     {unit.text!r} {unit.code}{said}{others}"
    elif others:
        yield f"ambiguous  {unit.text!r} {unit.code}{said}{others}"
