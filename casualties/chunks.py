r"""L2 of the extraction cascade: chunks, with the voice of every verb group decided once.

A chunk is a run of L1 units (:mod:`casualties.wordclass`) of one kind, written as one
character of :data:`~casualties.lexicon.en_rules.CHUNK_ALPHABET`: figure noun groups
(``F``: "at least 11 civilians", "3 dead", "killing 12" with no head), noun groups (``N``),
event groups (``E``), names (``Y``), outcome and toll groups (``O``, ``T``), outcome verb
groups by voice (``V`` passive, ``A`` active, ``G`` -ing, ``U`` reduced, ``X`` negated,
``W`` intent), linking and reporting verb groups (``K``, ``S``). Every other unit is a
chunk of its own with its L1 class as code (prepositions, coordinators, punctuation, the
``.`` that ends a sentence...): runs are not merged, so that L3 sees each of them.

How chunks are found: left to right, at each unit the longest match of any rule of
:data:`~casualties.lexicon.en_rules.CHUNK_RULES` wins, then the higher priority; each
unit goes to exactly one chunk, and a unit no rule takes is a chunk of its own. No rule
takes a ``.``, so no chunk crosses a sentence end. The rules are compiled
(:mod:`casualties.grammar`) into ONE regex, tried in priority order at each unit and
dispatched on the unit's class (a rule's leading optional units are unrolled so that
each way into it starts with one class), with ``prev`` as a look-behind and ``next`` as a
look-ahead: one ``finditer`` per text. Trying rules in priority order gives the longest
match only because the priorities say so: a rule that can match longer than another at
the same unit must have the higher priority, and ``tests/test_chunks.py`` checks this
selection against a plain longest-then-priority reference. A rule's ``words`` are checked
on its match; a refused match falls back to the rules after it. Slots are read from the
match when they are its first or last unit, from the first unit of their classes when
these occur nowhere else in the rule, else from the rule's own regex.

Only sentences with a trigger (the L1 prefilter, ``Classes.sentences``) are chunked: the
words of a sentence without one are ONE chunk ``~`` before its ``.`` (later layers skip
it, CASCADE.md). Runs of sentences with a trigger are scanned together.

Voice is decided here and nowhere else: a verb chunk's ``features`` hold its voice
(:data:`VOICES`) and its ``outcome`` the outcome of its verb. A participle or outcome
adjective inside a noun group ("Eight displaced Syrians", "the wounded soldiers",
"wanted suspects") is the group's ``status``: its outcome, if it states one, is the
group's ``outcome``; the verb of the sentence is elsewhere. A bare past form ("killed")
is active before an object and a reduced participle (``U``) otherwise; "died", "fled"
and the like are active (intransitive). An adverb, a time ("were on Monday killed") or a
reporting participle ("were reported killed", "are feared to have been killed") between an
auxiliary and its verb stays inside the group; "shot" before its object is a linking group
(``K``: the outcome is said elsewhere, "shot two men dead", "shot four, killing two"). Known
limits: a place phrase between an auxiliary and its verb splits the group ("were in Kano
killed" is ``b P Y U``); a word of no known class after a figure is not its head ("12
worshippers" if the lexicon lacks the noun).

>>> print(render(chunk(classify("At least 11 civilians were killed, police said."))))
[F At least 11 civilians]{person} [V were killed]{passive,killed} [, ,] [N police]{person} [S said] [. .]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from itertools import chain, repeat
from operator import itemgetter
from types import MappingProxyType
from typing import Final, NamedTuple

from .grammar import compile_pattern, compile_rules
from .lexicon import en_classes as lx
from .lexicon import en_rules as er
from .statements import Outcome
from .wordclass import Classes, Unit, classify, outcome_of  # noqa: F401 (classify: for the examples)

__all__ = ["HEAD_KINDS", "VOICES", "Chunk", "Chunks", "Feature", "chunk", "render"]


class Feature(StrEnum):
    """What a chunk may carry in its ``features`` (members are their own strings)."""

    # voices of verb groups
    PASSIVE = "passive"
    ACTIVE = "active"
    REDUCED = "reduced"
    PROGRESSIVE = "progressive"
    INTENT = "intent"
    NEGATED = "negated"
    ING = "ing"
    # more about a verb group
    PERFECT = "perfect"
    MODAL = "modal"
    INFINITIVE = "infinitive"
    INTRANSITIVE = "intransitive"
    COPULA = "copula"
    # noun groups: a participle or outcome adjective before the head, and the head's kind
    STATUS = "status"
    PERSON = "person"
    THING = "thing"
    EVENT = "event"
    TIME = "time"
    NAME = "name"
    OUTCOME = "outcome"
    OTHER = "other"
    HEADLESS = "headless"


#: The features that are a verb group's voice.
VOICES: Final = frozenset(
    {Feature.PASSIVE, Feature.ACTIVE, Feature.REDUCED, Feature.PROGRESSIVE, Feature.INTENT}
    | {Feature.NEGATED, Feature.ING}
)
#: The kind of a figure or noun group by the L1 class of its head ("" when it has none).
HEAD_KINDS: Final[Mapping[str, Feature]] = MappingProxyType(
    {
        "N": Feature.PERSON,
        "n": Feature.THING,
        "e": Feature.EVENT,
        "Q": Feature.TIME,
        "Y": Feature.NAME,
        "O": Feature.OUTCOME,
        "w": Feature.OTHER,
        "": Feature.HEADLESS,
    }
)


class Chunk(NamedTuple):
    """One chunk: units ``[first, end)`` of the :class:`~casualties.wordclass.Classes`.

    Attributes
    ----------
    code : str
        Its kind, one character of ``CHUNK_ALPHABET``.
    first, end : int
        Its units (``end`` exclusive).
    head : int
        The unit of its head noun or main verb, -1 when it has none.
    outcome : Outcome or None
        What its verb, outcome word, toll or status states.
    features : frozenset of str
        Voice and more (:class:`Feature`).
    figure : int
        The unit of its figure (an ``F`` chunk), -1 otherwise.
    rule : str
        The name of the rule that made it, "" for a unit passed through.
    """

    code: str
    first: int
    end: int
    head: int
    outcome: Outcome | None
    features: frozenset[str]
    figure: int
    rule: str

    @property
    def voice(self) -> frozenset[str]:
        """The features that are its voice (empty for a chunk that is no verb group).

        >>> sorted(chunk(classify("Two were not hurt")).chunks[1].voice)
        ['negated', 'passive']
        """
        return self.features & VOICES


@dataclass(frozen=True)
class Chunks:
    """The L2 reading of a text: its L1 ``classes``, its ``chunks`` in order (they cover
    every unit once) and their codes as one ``string`` (one character per chunk)."""

    classes: Classes
    chunks: tuple[Chunk, ...]
    string: str


class _Find(NamedTuple):
    """Where a slot is in a match of its rule: its first or its last unit, the first unit
    of its classes (``scan``: they occur nowhere else in the rule), or the slot of the
    rule's own regex run again at the match's start."""

    slot: str
    mode: int  # _FIRST, _LAST, _SCAN or _OWN
    scan: re.Pattern[str] | None


class _Alt(NamedTuple):
    """A chunk rule as the chunker runs it: ``own`` is its regex with its conditions;
    ``head``, ``figure``, ``status`` find its slots (None: it has no such slot)."""

    name: str
    code: str
    own: re.Pattern[str]
    head: _Find | None
    figure: _Find | None
    status: _Find | None
    words: tuple[tuple[_Find, Callable[[str], bool]], ...]  # a slot and whether a word may stand there
    fallback: re.Pattern[str] | None  # the rules after it, for a match its words refuse
    features: frozenset[str]
    kinds: Mapping[str, frozenset[str]] | None  # by head class, + "+" for a status
    outcomes: bool  # whether its head or status may state an outcome


_NONE: Final[frozenset[str]] = frozenset()
_OUTCOME_OF: Final[Mapping[str, Outcome]] = MappingProxyType({w: Outcome(o) for w, o in lx.OUTCOME_OF.items()})
_PARTICIPLE: Final = re.compile(r"[A-Za-z]{2}ed\b")  # "wanted", "suspected", "armed"
_CODE: Final = itemgetter(0)
_START: Final = itemgetter(1)
_AS_CHUNK: Final = partial(tuple.__new__, Chunk)


# Reading the regexes grammar.py writes: one unit (a class, a set, a slot or group of one
# of them) and its quantifier.
_ATOM: Final = r"(?:\[(?:\\.|[^\]\\])*\]|\\.|[^\\()\[\]{}?*+|])"
_LEAD: Final = re.compile(rf"(\(\?(?:P<\w+>|:)({_ATOM})\)|({_ATOM}))(\?|\*|\+|\{{(\d+)(,(\d*))?\}})?")
_SLOT_OPEN: Final = re.compile(r"\(\?P<(\w+)>")
_FIRST, _LAST, _SCAN, _OWN = 0, 1, 2, 3


def _kinds(features: frozenset[str]) -> Mapping[str, frozenset[str]]:
    """The features of a figure or noun group by its head class, "+" marking a status."""
    table = {}
    for code, kind in HEAD_KINDS.items():
        table[code] = features | {kind.value}
        table[code + "+"] = features | {kind.value, Feature.STATUS.value}
    return MappingProxyType(table)


def _bounds(m: re.Match[str]) -> tuple[int, int | None]:
    """The repeat bounds of the quantifier a ``_LEAD`` match read (None: no limit)."""
    quantifier = m[4]
    if quantifier is None or quantifier == "+":
        return 1, (1 if quantifier is None else None)
    if quantifier in ("?", "*"):
        return 0, (1 if quantifier == "?" else None)
    low = int(m[5])
    return low, (low if m[6] is None else (int(m[7]) if m[7] else None))


def _repeat(unit: str, low: int, high: int | None) -> str:
    """``unit`` repeated ``low`` to ``high`` times (None: no limit), as regex."""
    if high == 0:
        return ""
    if high is None:
        return unit + ("*" if low == 0 else "+" if low == 1 else f"{{{low},}}")
    return unit + ("" if low == high == 1 else "?" if (low, high) == (0, 1) else f"{{{low},{high}}}")


def _ways(name: str, regex: str) -> list[tuple[str, str]]:
    """The ways a rule's regex (slots removed) can start: (the class codes of its first
    unit, the regex of the rest).

    Leading optional units are unrolled ("D{0,2} F" starts with "D" then "D? F", or with
    "F"): the ways match what the regex matches, in its order of preference.
    """
    ways = []
    while (m := _LEAD.match(regex)) is not None:
        unit = m[2] or m[3]
        low, high = _bounds(m)
        rest = regex[m.end() :]
        ways.append((_codes(unit), _repeat(unit, max(low - 1, 0), None if high is None else high - 1) + rest))
        if low >= 1:
            return ways
        regex = rest
    raise ValueError(f"chunk rule {name!r}: its pattern must start with a class or a set, optional or not")


def _codes(unit: str) -> str:
    """The class codes of one unit of a regex: a class or a set of them."""
    return re.sub(r"\\(.)", r"\1", unit[1:-1]) if unit.startswith("[") else unit[-1]


def _find(regex: str, slot: str) -> _Find | None:
    """How to find slot ``slot`` of a rule's regex in its matches (None: it has none)."""
    at = regex.find(f"(?P<{slot}>")
    if at < 0:
        return None
    m = _LEAD.match(regex, at)
    if m is not None and m[4] is None and at == 0:
        return _Find(slot, _FIRST, None)
    if m is not None and m[4] is None and m.end() == len(regex):
        return _Find(slot, _LAST, None)
    if m is not None:
        unit = m[2] or m[3]
        others = _SLOT_OPEN.sub("(?:", regex[:at] + regex[m.end() :])
        if not any(code in others for code in _codes(unit)):
            return _Find(slot, _SCAN, re.compile(unit))
    return _Find(slot, _OWN, None)


def _scanner(ways: Sequence[_Way]) -> re.Pattern[str]:
    """One regex of ``ways``, dispatched on their first class and kept in order within
    each; the ways of one rule with one first class end with one marker group, named
    ``r<rule>_<code>``."""
    by_code: dict[str, list[tuple[int, list[str]]]] = {}
    for way in ways:
        for code in way.codes:
            rules = by_code.setdefault(code, [])
            if rules and rules[-1][0] == way.rule:
                rules[-1][1].append(way.rest)
            else:
                rules.append((way.rule, [way.rest]))
    branches = (
        re.escape(code) + "(?:" + "|".join(f"(?:{'|'.join(rests)})(?P<r{k}_{ord(code)}>)" for k, rests in rules) + ")"
        for code, rules in by_code.items()
    )
    return re.compile("|".join(branches))


class _Way(NamedTuple):
    """One way into rule number ``rule`` (see :func:`_ways`), as the scanner tries it."""

    codes: str
    rest: str
    rule: int


def _rule_ways(k: int, spec: er.ChunkRule, regex: str) -> tuple[list[_Way], str]:
    """The ways into rule number ``k`` with its conditions, and its own regex with them.

    ``prev`` is a look-behind: in a way, after its first unit, on the unit before that; in
    the own regex, at its start. ``next`` is a look-ahead after both.
    """
    after = ""
    if spec.next:
        after = "(?=" + compile_pattern(spec.next, lx.ALPHABET, macros=er.CHUNK_MACROS).regex.pattern + ")"
    behind, own_behind = _behind(spec.prev)
    plain = _SLOT_OPEN.sub("(?:", regex)
    ways = [_Way(codes, behind + rest + after, k) for codes, rest in _ways(spec.rule.name, plain)]
    return ways, own_behind + regex + after


def _behind(prev: str) -> tuple[str, str]:
    """The look-behinds of a ``prev`` condition: in a way (after its first unit) and at the
    start of a rule's own regex. The text's start counts as a sentence start (``.``)."""
    if not prev:
        return "", ""
    allowed = "[" + re.escape(prev) + "]"
    if "." in prev:
        return f"(?:(?<={allowed}.)|(?<!..))", f"(?:(?<={allowed})|(?<!.))"
    return f"(?<={allowed}.)", f"(?<={allowed})"


def _compile() -> tuple[re.Pattern[str], Mapping[str, _Alt]]:
    """The scanner of every chunk rule, and the rules by marker group name."""
    specs = sorted(er.CHUNK_RULES, key=lambda r: -r.rule.priority)
    compiled = compile_rules((r.rule for r in specs), lx.ALPHABET, macros=er.CHUNK_MACROS, slots=er.CHUNK_SLOTS)
    regexes = [done.pattern.regex.pattern for done in compiled]
    ways: list[_Way] = []
    owns = []
    for k, spec in enumerate(specs):
        found, own = _rule_ways(k, spec, regexes[k])
        ways += found
        owns.append(own)
    alts: dict[str, _Alt] = {}
    for k, spec in enumerate(specs):
        later = [w for w in ways if w.rule > k]
        alt = _Alt(
            spec.rule.name,
            spec.code,
            re.compile(owns[k]),
            _find(regexes[k], "head"),
            _find(regexes[k], "figure"),
            _find(regexes[k], "status"),
            _word_checks(regexes[k], spec),
            _scanner(later) if (spec.words or spec.endings) and later else None,
            spec.features,
            _kinds(spec.features) if spec.code in "FN" else None,
            # it names an outcome class, and is no linking group ("shot" before its object)
            bool(set(regexes[k]) & lx.TRIGGER_CLASSES) and spec.code != "K",
        )
        alts.update((f"r{k}_{ord(code)}", alt) for w in ways if w.rule == k for code in w.codes)
    return _scanner(ways), MappingProxyType(alts)


def _word_checks(regex: str, spec: er.ChunkRule) -> tuple[tuple[_Find, Callable[[str], bool]], ...]:
    """Each word-bound slot of a rule (its ``words`` and its ``endings``) and its check."""
    checks: list[tuple[str, Callable[[str], bool]]] = [(slot, words.__contains__) for slot, words in spec.words.items()]
    checks += [(slot, partial(_ends, endings)) for slot, endings in spec.endings.items()]
    return tuple((_find(regex, slot) or _Find(slot, _OWN, None), check) for slot, check in checks)


def _ends(endings: tuple[str, ...], word: str) -> bool:
    """Whether ``word`` is longer than one of ``endings`` by three letters or more and ends with it."""
    return word.endswith(endings) and any(word.endswith(e) and len(word) >= len(e) + 3 for e in endings)


_SCANNER, _ALTS = _compile()


def chunk(classes: Classes) -> Chunks:
    """Read the L1 units of a text into chunks (L2 of the cascade).

    Parameters
    ----------
    classes : Classes
        What :func:`casualties.wordclass.classify` made of the text.

    Returns
    -------
    Chunks
        ``len(string) == len(chunks)``; the chunks cover every unit once, in order.

    Examples
    --------
    >>> c = chunk(classify("Eight displaced Syrians, including four children, were killed."))
    >>> c.string
    'F,IF,V.'
    >>> syrians, verb = c.chunks[0], c.chunks[5]
    >>> sorted(syrians.features), syrians.outcome, syrians.figure, syrians.head
    (['person', 'status'], <Outcome.DISPLACED: 'displaced'>, 0, 2)
    >>> sorted(verb.features), verb.outcome, verb.rule
    (['passive'], <Outcome.KILLED: 'killed'>, 'passive')
    >>> chunk(classify("Gunmen killed nine villagers. Nine villagers killed.")).string
    'NAF.FU.'
    """
    out: list[Chunk] = []
    gaps: list[range] = []
    run = -1  # the first unit of the run of sentences with a trigger being gathered
    for span in classes.sentences:
        if span.trigger:
            run = span.first if run < 0 else run
            continue
        if run >= 0:
            _read(classes, run, span.first, out, gaps)
            run = -1
        if span.end - span.first > 1:  # its words, then its "." below
            out.append(tuple.__new__(Chunk, (er.UNREAD, span.first, span.end - 1, -1, None, _NONE, -1, "")))
        gaps.append(range(span.end - 1, span.end))
    if run >= 0:
        _read(classes, run, len(classes.string), out, gaps)
    if gaps:
        out += _passed(classes.string, gaps)
        out.sort(key=_START)
    return Chunks(classes, tuple(out), "".join(map(_CODE, out)))


def _read(classes: Classes, first: int, end: int, out: list[Chunk], gaps: list[range]) -> None:
    """Chunk units ``[first, end)`` (whole sentences): the chunks rules make go to ``out``,
    the units between them to ``gaps``."""
    pos = first
    for alt, m in _matches(classes.string, classes.units, first, end):
        a = m.start()
        if pos < a:
            gaps.append(range(pos, a))
        out.append(_build(classes, alt, m))
        pos = m.end()
    if pos < end:
        gaps.append(range(pos, end))


def _passed(string: str, gaps: Iterable[range]) -> Iterator[Chunk]:
    """The units of ``gaps`` as chunks of one unit each, with their L1 classes (made by
    ``zip`` and ``map``, no Python step per unit)."""
    at = list(chain.from_iterable(gaps))
    n = len(at)
    rest = (repeat(-1, n), repeat(None, n), repeat(_NONE, n), repeat(-1, n), repeat("", n))
    return map(_AS_CHUNK, zip(map(string.__getitem__, at), at, map((1).__add__, at), *rest, strict=True))


def _matches(string: str, units: Sequence[Unit], first: int, end: int) -> Iterator[tuple[_Alt, re.Match[str]]]:
    """The chunk matches in units ``[first, end)``, left to right, each with its rule."""
    found = _SCANNER.finditer(string, first, end)
    alts = _ALTS
    while (m := next(found, None)) is not None:
        alt = alts[m.lastgroup or ""]
        if alt.words and not _fits(alt, m, units):
            a = m.start()
            while m is not None and alt.words and not _fits(alt, m, units):
                m = alt.fallback.match(string, a, end) if alt.fallback is not None else None
                alt = alts[m.lastgroup or ""] if m is not None else alt
            if m is None:  # no rule at ``a``: its unit passes through
                found = _SCANNER.finditer(string, a + 1, end)
                continue
            found = _SCANNER.finditer(string, m.end(), end)
        yield alt, m


def _fits(alt: _Alt, m: re.Match[str], units: Sequence[Unit]) -> bool:
    """Whether the units in the word-bound slots of match ``m`` are allowed words."""
    for find, allowed in alt.words:
        at = _at(find, alt, m)
        if at >= 0 and not allowed(_word(units[at])):
            return False
    return True


def _word(unit: Unit) -> str:
    """A unit's words, lower-cased, with single spaces."""
    text = unit.text
    return " ".join(text.split()) if " " in text or "\n" in text else text


def _at(find: _Find, alt: _Alt, m: re.Match[str]) -> int:
    """The unit of a slot in match ``m`` of rule ``alt`` (-1: it took no part)."""
    mode = find.mode
    if mode == _LAST:
        return m.end() - 1
    if mode == _FIRST:
        return m.start()
    found = find.scan.search(m.string, m.start(), m.end()) if find.scan is not None else None
    if mode == _SCAN:
        return -1 if found is None else found.start()
    own = alt.own.match(m.string, m.start())
    return -1 if own is None else own.start(find.slot)


def _build(classes: Classes, alt: _Alt, m: re.Match[str]) -> Chunk:
    """The chunk of match ``m`` of rule ``alt``."""
    units = classes.units
    a, b = m.span()
    find = alt.head
    head = -1 if find is None else (b - 1 if find.mode == _LAST else _at(find, alt, m))
    figure = -1 if alt.figure is None else (a if alt.figure.mode == _FIRST else _at(alt.figure, alt, m))
    status = -1 if alt.status is None else _at(alt.status, alt, m)
    outcome = None
    if alt.outcomes:
        unit = units[status] if status >= 0 else (units[head] if head >= 0 else None)
        if unit is not None and unit.code in lx.TRIGGER_CLASSES:
            outcome = _OUTCOME_OF.get(unit.text) or _OUTCOME_OF.get(_word(unit))
    features = alt.features
    if alt.kinds is not None:
        code = units[head].code if head >= 0 else ""
        if status >= 0 or (head > a and _participle(classes, (figure + 1) if figure >= 0 else a, head)):
            code += "+"
        features = alt.kinds.get(code, features)
    return tuple.__new__(Chunk, (alt.code, a, b, head, outcome, features, figure, alt.name))


def _participle(classes: Classes, first: int, head: int) -> bool:
    """Whether a past participle ("wanted", "armed") stands in units ``[first, head)``."""
    if head <= first or classes.string.find("w", first, head) < 0:
        return False
    units = classes.units
    return _PARTICIPLE.search(classes.text, units[first].start, units[head].start) is not None


def render(chunks: Chunks, *, first: int = 0, end: int | None = None) -> str:
    """The chunks as bracketed text: ``[code words]`` and, when it has any, ``{features,outcome}``.

    Features come sorted, the outcome last; whitespace inside a chunk is one space. With
    ``first`` / ``end``, only the chunks within those units (a sentence, say).

    Examples
    --------
    >>> c = chunk(classify("Twenty herdsmen and 83 cows were killed. Aid arrived"))
    >>> print(render(c))
    [F Twenty herdsmen]{person} [C and] [F 83 cows]{thing} [V were killed]{passive,killed} [. .] [~ Aid arrived] [. ]
    >>> render(c, first=8)
    '[~ Aid arrived] [. ]'
    """
    text, units = chunks.classes.text, chunks.classes.units
    stop = len(units) if end is None else end
    parts = []
    for c in chunks.chunks:
        if c.first < first or c.end > stop:
            continue
        words = " ".join(text[units[c.first].start : units[c.end - 1].end].split())
        tags = sorted(c.features) + ([c.outcome.value] if c.outcome is not None else [])
        parts.append(f"[{c.code} {words}]" + ("{" + ",".join(tags) + "}" if tags else ""))
    return " ".join(parts)
