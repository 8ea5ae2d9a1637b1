r"""L3 of the extraction cascade: victim phrases with their asides, conjuncts and attachments.

A phrase is a run of L2 chunks (:mod:`casualties.chunks`) written as one character of
:data:`~casualties.lexicon.en_rules.PHRASE_ALPHABET`. A victim phrase is a core figure or
noun group with what belongs to it before its verb:

- an aside (", including four children,", ", two traders and a driver,", ", majority of
  them vendors,", brackets, dashes, a relative clause ", who were ...,"): its figure and
  noun groups are PARTS of the core (``parts``), never new subjects;
- coordination ("Twenty herdsmen and 83 cows", "nine villagers in Kanda as well as two in
  Biru", "a mayor and his secretary"): one :class:`Conjunct` each, a conjunct headed by a
  thing kept but marked ``thing`` (L4 drops it after distributing the verb);
- attachments: a partitive ``of`` group ("None of the 40 hostages", "two of them"), and
  prepositional, time and place phrases ("in Kanda", "on Friday", "near the border").

How phrases are found: every rule of :data:`~casualties.lexicon.en_rules.PHRASE_RULES` runs
one ``finditer`` over the chunk string; the matches are taken leftmost first, then the
longest, then the higher priority, then the rule written first. A chunk no rule takes is a
phrase of its own with its chunk code (an intransitive active verb group becomes ``i``).
The code of a victim phrase comes from its first conjunct that is not a thing: ``Z`` for
a zero figure, ``H`` for a figure with an outcome head ("3 dead"), ``M`` for a figure "of
them", ``F`` / ``N`` for figure / noun groups of people, ``f`` / ``n`` for things.

Not wired into :func:`casualties.extract` yet (shadow mode).

>>> print(render(phrase(chunk(classify("Twenty herdsmen and 83 cows were killed.")))))
[F Twenty herdsmen & 83 cows~] were killed .
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final, NamedTuple

from .chunks import Chunk, Chunks, chunk  # noqa: F401 (chunk: for the examples)
from .grammar import CompiledRule, PatternMatch, SlotSpan, compile_pattern, compile_rules
from .lexicon import en_rules as er
from .wordclass import classify  # noqa: F401 (for the examples)

__all__ = ["Attachment", "Conjunct", "Phrase", "Phrases", "phrase", "render"]


class Attachment(NamedTuple):
    """Chunks ``[first, end)`` attached to a core: ``kind`` is ``of`` (a partitive group),
    ``time`` ("on Friday") or ``prep`` (any other prepositional phrase, "in Kanda")."""

    kind: str
    first: int
    end: int


class Conjunct(NamedTuple):
    """One coordinated member of a victim phrase: its ``core`` chunk, whether that is
    headed by a thing ("83 cows") and its attachments."""

    core: int
    thing: bool
    attachments: tuple[Attachment, ...]


class Phrase(NamedTuple):
    """One phrase: chunks ``[first, end)`` of the :class:`~casualties.chunks.Chunks`.

    Attributes
    ----------
    code : str
        One character of ``PHRASE_ALPHABET``.
    first, end : int
        Its chunks (``end`` exclusive).
    core : int
        The chunk of its core (for a phrase passed through: its one chunk).
    conjuncts : tuple of Conjunct
        The coordinated members, the core's first (empty for a phrase passed through).
    parts : tuple of int
        The core chunks of figure and noun groups in its asides.
    asides : tuple of (int, int)
        The chunk ranges of its asides.
    rule : str
        The phrase rule that made it, "" for a chunk passed through.
    """

    code: str
    first: int
    end: int
    core: int
    conjuncts: tuple[Conjunct, ...]
    parts: tuple[int, ...]
    asides: tuple[tuple[int, int], ...]
    rule: str


@dataclass(frozen=True)
class Phrases:
    """The L3 reading of a text: its L2 ``chunks``, its ``phrases`` in order (they cover
    every chunk once) and their codes as one ``string`` (one character per phrase)."""

    chunks: Chunks
    phrases: tuple[Phrase, ...]
    string: str


_RULES: Final[tuple[CompiledRule, ...]] = compile_rules(
    er.PHRASE_RULES, er.CHUNK_ALPHABET, macros=er.PHRASE_MACROS, slots=er.PHRASE_SLOTS
)
_ATT: Final = compile_pattern("ATT", er.CHUNK_ALPHABET, macros=er.PHRASE_MACROS).regex
_PART: Final = re.compile(r"(?<=[I,C(\-])[FN]")  # a member after a marker or a separator
_CONJ: Final = re.compile(r"(?<=[C,])[FN]")
_THING: Final = frozenset({"thing", "time", "event"})
_NONE: Final[tuple[Conjunct, ...]] = ()


def phrase(chunks: Chunks) -> Phrases:
    """Read the L2 chunks of a text into phrases (L3 of the cascade).

    Parameters
    ----------
    chunks : Chunks
        What :func:`casualties.chunks.chunk` made of the text.

    Returns
    -------
    Phrases
        ``len(string) == len(phrases)``; the phrases cover every chunk once, in order.

    Examples
    --------
    >>> p = phrase(chunk(classify("Eight displaced Syrians, including four children, were killed.")))
    >>> p.string, p.phrases[0].rule, p.phrases[0].parts, p.phrases[0].asides
    ('FV.', 'aside_including', (3,), ((1, 4),))
    >>> p = phrase(chunk(classify("Gunmen killed nine villagers in Kanda as well as two in Biru.")))
    >>> [(c.core, c.attachments) for c in p.phrases[2].conjuncts]  # doctest: +NORMALIZE_WHITESPACE
    [(2, (Attachment(kind='prep', first=3, end=5),)), (6, (Attachment(kind='prep', first=7, end=9),))]
    """
    string = chunks.string
    out: list[Phrase] = []
    pos = 0
    for rule, m in _selected(string):
        out.extend(_passed(chunks, pos, m.start))
        out.append(_victim(chunks, rule, m))
        pos = m.end
    out.extend(_passed(chunks, pos, len(string)))
    return Phrases(chunks, tuple(out), "".join(p.code for p in out))


def _selected(string: str) -> Iterator[tuple[str, PatternMatch]]:
    """The rule matches taken: leftmost, then longest, then priority, then rule order
    (slots are read only from the matches taken)."""
    found = sorted(
        (m.start(), m.start() - m.end(), -done.rule.priority, k, m)
        for k, done in enumerate(_RULES)
        for m in done.pattern.regex.finditer(string)
    )
    pos = 0
    for start, _, _, k, m in found:
        if start >= pos:
            done = _RULES[k]
            spans = ((name, m.span(name)) for name in done.pattern.slots)
            slots = tuple(SlotSpan(name, a, b) for name, (a, b) in spans if a >= 0)
            yield done.rule.name, PatternMatch(start, m.end(), slots)
            pos = m.end()


def _passed(chunks: Chunks, first: int, end: int) -> Iterator[Phrase]:
    """Chunks ``[first, end)`` as phrases of one chunk each."""
    items = chunks.chunks
    for k in range(first, end):
        code = items[k].code
        if code == "A" and "intransitive" in items[k].features:
            code = "i"
        yield tuple.__new__(Phrase, (code, k, k + 1, k, _NONE, (), (), ""))


def _victim(chunks: Chunks, rule: str, m: PatternMatch) -> Phrase:
    """The victim phrase of match ``m`` of phrase rule ``rule``."""
    string, items = chunks.string, chunks.chunks
    core = m.start
    of = m.slot("of")
    att = m.slot("att")
    aside = m.slot("aside")
    conj = m.slot("conj")
    head: tuple[Attachment, ...] = (Attachment("of", of.start, of.end),) if of else ()
    head += _attachments(string, att.start, att.end) if att else ()
    members = [Conjunct(core, bool(items[core].features & _THING), head)]
    if conj is not None:
        starts = [x.start() for x in _CONJ.finditer(string, conj.start, conj.end)]
        for a, b in zip(starts, [*starts[1:], conj.end], strict=True):
            members.append(Conjunct(a, bool(items[a].features & _THING), _attachments(string, a + 1, b)))
    parts: tuple[int, ...] = ()
    asides: tuple[tuple[int, int], ...] = ()
    if aside is not None:
        asides = ((aside.start, aside.end),)
        if string[aside.start + 1] not in er.NO_PARTS_AFTER:
            parts = tuple(x.start() for x in _PART.finditer(string, aside.start, aside.end))
    lead = next((c for c in members if not c.thing), members[0])
    code = _code(chunks, items[lead.core], lead.attachments)
    return Phrase(code, m.start, m.end, core, tuple(members), parts, asides, rule)


def _attachments(string: str, first: int, end: int) -> tuple[Attachment, ...]:
    """The prepositional and time phrases in chunks ``[first, end)``."""
    return tuple(
        Attachment("time" if string[x.end() - 1] == "Q" else "prep", x.start(), x.end())
        for x in _ATT.finditer(string, first, end)
    )


def _code(chunks: Chunks, core: Chunk, attachments: tuple[Attachment, ...]) -> str:
    """The phrase code of a victim phrase by its leading core chunk."""
    features = core.features
    if core.code == "N":
        return "n" if features & _THING else "N"
    if "outcome" in features:
        return "H"
    figure = chunks.classes.units[core.figure].figure if core.figure >= 0 else None
    if figure is not None and figure.count.high == 0:
        return "Z"
    if attachments and attachments[0].kind == "of" and chunks.string[attachments[0].end - 1] == "p":
        return "M"
    return "f" if features & _THING else "F"


def render(phrases: Phrases) -> str:
    """The phrases as nested brackets: ``[code core {attachment} (aside [part]) & conjunct]``.

    A thing-headed conjunct ends with ``~``; a phrase passed through is its words.

    Examples
    --------
    >>> print(render(phrase(chunk(classify("Five people, two traders and a driver, died on Friday.")))))
    [F Five people (, [two traders] and [a driver])] died on Friday .
    >>> print(render(phrase(chunk(classify("None of the 40 hostages was hurt.")))))
    [Z None {of the 40 hostages}] was hurt .
    """
    return " ".join(_rendered(phrases, p) for p in phrases.phrases)


def _rendered(phrases: Phrases, p: Phrase) -> str:
    """One phrase as :func:`render` writes it."""
    words = _Words(phrases.chunks)
    if not p.conjuncts:
        return words(p.first, p.end)
    members = []
    for c in p.conjuncts:
        text = words(c.core, c.core + 1) + ("~" if c.thing else "")
        text += "".join(f" {{{words(a.first, a.end)}}}" for a in c.attachments)
        members.append(text)
    body = " & ".join(members)
    for a, b in p.asides:
        inner = " ".join(f"[{words(k, k + 1)}]" if k in p.parts else words(k, k + 1) for k in range(a, b))
        body += f" ({inner})"
    return f"[{p.code} {body}]"


@dataclass(frozen=True)
class _Words:
    """The words of a run of chunks, whitespace made single spaces."""

    chunks: Chunks

    def __call__(self, first: int, end: int) -> str:
        items, units, text = self.chunks.chunks, self.chunks.classes.units, self.chunks.classes.text
        a, b = units[items[first].first].start, units[items[end - 1].end - 1].end
        return " ".join(text[a:b].split()) or items[first].code
