"""A readable view of what each layer of the extraction cascade made of a text.

Today it shows L1 (:mod:`casualties.wordclass`) and L2 (:mod:`casualties.chunks`); each
later layer adds its own section.
For people reading a miss, not for programs: the layout may change.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .chunks import Chunks, chunk, render
from .policy import Policy
from .wordclass import SentenceSpan, Unit, classify, outcome_of

__all__ = ["explain"]

#: The widest line of aligned units (or of chunks) before they wrap.
WIDTH = 96
_BETWEEN_CHUNKS = re.compile(r"(?<=[\]}]) (?=\[)")


def explain(text: str, *, policy: str | Policy = "interval") -> str:
    """Each layer's reading of ``text``, sentence by sentence, as lines of text.

    For L1: the sentence, its units with their classes aligned under them, the figures,
    the merged expressions, the words of several classes, and the trigger flag (whether
    the later layers read the sentence at all). For L2: each sentence's chunks in brackets
    with their features and outcome (``L2``), and at the end the chunk string of the text.

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
    L2 chunks:       FVPY,NS.
    >>> print(explain("In 2011 the injured fled. Nothing else"))
    L1 word classes: PdDVV.Xw.
    sentence 1 (trigger): In 2011 the injured fled.
      in 2011 the injured fled .
      P  d    D   V       V    .
      not people '2011' d = 2,011, else F
      ambiguous  'injured' V (injured), else O
      L2 [P In] [d 2011] [O the injured]{injured} [A fled]{active,intransitive,displaced} [. .]
    sentence 2 (no trigger): Nothing else
      nothing else
      X       w    .
      L2 [~ Nothing else] [. ]
    L2 chunks:       PdOA.~.
    """
    classes = classify(text, policy=policy)
    chunks = chunk(classes)
    lines = [f"L1 word classes: {classes.string}"]
    for number, span in enumerate(classes.sentences, 1):
        lines += _sentence(chunks, number, span)
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
    lines += _wrapped(render(chunks, first=span.first, end=span.end))
    return lines


def _wrapped(rendered: str) -> list[str]:
    """Bracketed chunks in lines of at most :data:`WIDTH` characters, broken between chunks."""
    lines = [""]
    for part in _BETWEEN_CHUNKS.split(rendered):
        if lines[-1] and len(lines[-1]) + 1 + len(part) > WIDTH:
            lines.append(part)
        else:
            lines[-1] = f"{lines[-1]} {part}" if lines[-1] else part
    return [("  L2 " if k == 0 else "     ") + line for k, line in enumerate(lines)]


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
