r"""L3 of the extraction cascade: victim phrases with their asides, conjuncts and attachments.

A phrase is a run of L2 chunks (:mod:`casualties.chunks`) written as one character of
:data:`~casualties.lexicon.en_rules.PHRASE_ALPHABET`. A victim phrase is a core figure or
noun group with what belongs to it before its verb:

- an aside (", including four children,", ", two traders and a driver,", ", majority of
  them vendors,", brackets, dashes, a relative clause ", who were ...,"): its figure and
  noun groups are PARTS of the core (``parts``), never new subjects;
- coordination ("Twenty herdsmen and 83 cows", "nine villagers in Kanda as well as two in
  Biru", "a mayor and his secretary"): one :class:`Conjunct` each, a conjunct headed by a
  thing kept but marked ``thing`` (L4 drops it after distributing the verb); after a
  verb, a last conjunct followed by its own verb group is not taken ("killed nine
  villagers and 3 soldiers died": "3 soldiers" is the subject of "died");
- attachments: a partitive ``of`` group ("None of the 40 hostages", "two of them"), and
  prepositional, time and place phrases ("in Kanda", "on Friday", "near the border").

How phrases are found: the rules of :data:`~casualties.lexicon.en_rules.PHRASE_RULES`
are compiled (:mod:`casualties.grammar`) into ONE regex, tried in priority order at each
chunk (a marker group names the rule that matched, its slots are its own named groups): one
``finditer`` per text. Trying rules in priority order gives the longest match only because
the priorities say so; ``tests/test_phrases.py`` checks the scan against a plain
leftmost-longest-then-priority reader. A rule's ``not_next`` condition is a look-ahead after
its match, taken atomically (as its pattern prefers it: a refused match is not shortened),
and with ``not_next_after`` it applies only after those chunk codes.

Only victim phrases are objects: a chunk no rule takes is a phrase of its own with its
chunk code (an intransitive active verb group becomes ``i``), and :class:`PhraseList` makes
its :class:`Phrase` when it is asked for one. The code of a victim phrase comes from its
first conjunct that is not a thing: ``Z`` for a zero figure, ``H`` for a figure with an
outcome head ("3 dead"), ``M`` for a figure "of them", ``F`` / ``N`` for figure / noun
groups of people, ``f`` / ``n`` for things.

>>> print(render(phrase(chunk(classify("Twenty herdsmen and 83 cows were killed.")))))
[F Twenty herdsmen & 83 cows~] were killed .
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from types import MappingProxyType
from typing import Final, NamedTuple, overload

from .chunks import Chunk, Chunks, chunk  # noqa: F401 (chunk: for the examples)
from .grammar import compile_pattern, compile_rules
from .lexicon import en_rules as er
from .wordclass import classify  # noqa: F401 (for the examples)

__all__ = ["Attachment", "Conjunct", "Phrase", "PhraseList", "Phrases", "phrase", "render"]


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


_NO_CONJUNCTS: Final[tuple[Conjunct, ...]] = ()


@dataclass(frozen=True)
class PhraseList(Sequence[Phrase]):
    """The phrases of a text, in order: its victim phrases are stored, a chunk passed
    through is made into its :class:`Phrase` only when it is asked for.

    Attributes
    ----------
    string : str
        The phrase codes, one per phrase.
    victims : tuple of Phrase
        The victim phrases, in order.
    at : tuple of int
        The phrase index of each victim phrase.

    Examples
    --------
    >>> p = phrase(chunk(classify("Gunmen killed nine villagers.")))
    >>> p.phrases.at, p.phrases[1]
    ((0, 2), Phrase(code='A', first=1, end=2, core=1, conjuncts=(), parts=(), asides=(), rule=''))
    >>> len(p.phrases), [x.code for x in p.phrases[-2:]]
    (4, ['F', '.'])
    """

    string: str
    victims: tuple[Phrase, ...]
    at: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.string)

    @overload
    def __getitem__(self, index: int) -> Phrase: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Phrase, ...]: ...

    def __getitem__(self, index: int | slice) -> Phrase | tuple[Phrase, ...]:
        n = len(self.string)
        if isinstance(index, slice):
            return tuple(self[k] for k in range(*index.indices(n)))
        k = index + n if index < 0 else index
        if not 0 <= k < n:
            raise IndexError("phrase index out of range")
        at = self.at
        j = bisect_right(at, k) - 1
        if j >= 0 and at[j] == k:
            return self.victims[j]
        c = k if j < 0 else k + self.victims[j].end - at[j] - 1  # its chunk
        return tuple.__new__(Phrase, (self.string[k], c, c + 1, c, _NO_CONJUNCTS, (), (), ""))

    def __iter__(self) -> Iterator[Phrase]:
        return (self[k] for k in range(len(self.string)))


@dataclass(frozen=True)
class Phrases:
    """The L3 reading of a text: its L2 ``chunks``, its ``phrases`` in order (they cover
    every chunk once; a :class:`PhraseList`) and their codes as one ``string`` (one
    character per phrase)."""

    chunks: Chunks
    phrases: PhraseList
    string: str


class _Scan(NamedTuple):
    """A phrase rule as the scanner runs it: its name and the scanner's group numbers of
    its slots (0: the rule has no such slot)."""

    name: str
    of: int
    att: int
    aside: int
    conj: int


_GROUP: Final = re.compile(r"\(\?P<(\w+)>|\(\?\((\w+)\)")


def _own_regex(spec: er.PhraseRule) -> str:
    """The regex of one phrase rule with its condition, as the scanner tries it.

    Without ``not_next`` it is the rule's compiled pattern. With it, the match is taken
    atomically and refused when ``not_next`` matches right after it; with
    ``not_next_after``, only when the chunk before the match has one of those codes
    (group ``free`` marks a match after any other chunk). With ``not_after``, the chunk
    before the match may not have one of those codes.

    Examples
    --------
    >>> _own_regex(er.PhraseRule(er.PHRASE_RULES[-1].rule))
    '(?P<core>[FNH])(?P<of>o[FNpY](?:o[FNY])?w?)?(?P<att>(?:P[YNEQFw](?:o[YE])?|t[YNEQ]|Q)(?:P[YNEQFw](?:o[YE])?|t[YNEQ]|Q)?)?'
    >>> _own_regex(er.PhraseRule(er.PHRASE_RULES[-1].rule, "V", "A"))[:32]
    '(?:(?<![A])(?P<free>)|)(?>(?P<co'
    """
    regex = compile_pattern(spec.rule.pattern, er.PHRASE_INPUT, macros=er.PHRASE_MACROS, slots=er.PHRASE_SLOTS)
    body = regex.regex.pattern
    if spec.not_after:
        body = f"(?<![{re.escape(spec.not_after)}]){body}"
    if spec.next:
        ahead = compile_pattern(spec.next, er.PHRASE_INPUT, macros=er.PHRASE_MACROS).regex.pattern
        body = f"(?>{body})(?={ahead})"
    if not spec.not_next:
        return body
    ahead = compile_pattern(spec.not_next, er.PHRASE_INPUT, macros=er.PHRASE_MACROS).regex.pattern
    if not spec.not_next_after:
        return f"(?>{body})(?!{ahead})"
    after = "[" + re.escape(spec.not_next_after) + "]"
    return f"(?:(?<!{after})(?P<free>)|)(?>{body})(?(free)|(?!{ahead}))"


def _renamed(prefix: str, group: re.Match[str]) -> str:
    """A named group or a condition on one (a ``_GROUP`` match), its name given ``prefix``."""
    return f"(?P<{prefix}{group[1]}>" if group[1] else f"(?({prefix}{group[2]})"


class _Scanner(NamedTuple):
    """The rules that may match at one start (a ``LEAD`` chunk and the code after it), as
    one alternation in priority order, and those rules by the group number of their marker."""

    regex: re.Pattern[str]
    by_group: Mapping[int, _Scan]


def _compile() -> Mapping[str, _Scanner]:
    """The scanner of each opening: the code of a ``LEAD`` chunk and the code after it
    (the chunk alone at the end of the string), with the phrase rules (priority order,
    then as written) whose matches may open so (:attr:`~casualties.grammar.Pattern.openings`).

    Every rule starts with its core, one chunk of ``LEAD`` (``tests/test_phrases.py``):
    the scanner tries the rules only there, and only those that may match there (most
    rules need a given code after their core: "," for an aside, "C" for a list).
    """
    specs = sorted(er.PHRASE_RULES, key=lambda r: -r.rule.priority)
    done = compile_rules((r.rule for r in specs), er.PHRASE_INPUT, macros=er.PHRASE_MACROS, slots=er.PHRASE_SLOTS)
    lead = compile_pattern("LEAD", er.PHRASE_INPUT, macros=er.PHRASE_MACROS).regex
    starts = [c for c in er.PHRASE_INPUT if lead.fullmatch(c)]
    openings = [*starts, *(a + b for a in starts for b in er.PHRASE_INPUT)]
    rules_at: dict[tuple[int, ...], list[str]] = {}
    for opening in openings:
        ks = tuple(k for k, c in enumerate(done) if opening in c.pattern.openings or opening[0] in c.pattern.openings)
        rules_at.setdefault(ks, []).append(opening)
    table = {}
    for ks, at in rules_at.items():
        if ks:
            scanner = _scanner([specs[k] for k in ks])
            table.update(dict.fromkeys(at, scanner))
    return MappingProxyType(table)


def _scanner(specs: Sequence[er.PhraseRule]) -> _Scanner:
    """One alternation of ``specs``, in order, each rule's groups renamed apart."""
    branches = []
    for k, spec in enumerate(specs):
        branches.append(f"(?:{_GROUP.sub(partial(_renamed, f'r{k}_'), _own_regex(spec))})(?P<m{k}>)")
    regex = re.compile("|".join(branches))
    groups = regex.groupindex
    by_group = {}
    for k, spec in enumerate(specs):
        slot = {name: groups.get(f"r{k}_{name}", 0) for name in ("of", "att", "aside", "conj")}
        by_group[groups[f"m{k}"]] = _Scan(spec.rule.name, **slot)
    return _Scanner(regex, MappingProxyType(by_group))


_SCANNERS: Final = _compile()
#: Where a phrase may start (a chunk of ``LEAD``).
_LEAD: Final = compile_pattern("LEAD", er.PHRASE_INPUT, macros=er.PHRASE_MACROS).regex
_ATT: Final = compile_pattern("ATT", er.PHRASE_INPUT, macros=er.PHRASE_MACROS).regex
_OFG: Final = compile_pattern("OFG", er.PHRASE_INPUT, macros=er.PHRASE_MACROS).regex
_PART: Final = re.compile(r"(?<=[I,C(\-])[FN]")  # a member after a marker or a separator
_CONJ: Final = re.compile(r"(?<=[C,])[FNY]")
_THING: Final = frozenset({"thing", "time", "event"})
_PLACE_KINDS: Final = frozenset({"thing", "other"})  # the kinds of a noun group a place may have
_AS_CONJUNCT: Final = partial(tuple.__new__, Conjunct)
_AS_PHRASE: Final = partial(tuple.__new__, Phrase)


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
    >>> phrase(chunk(classify("Gunmen killed nine villagers and 3 soldiers died."))).string
    'NAFCFi.'
    """
    codes = _codes(chunks)
    victims: list[Phrase] = []
    at: list[int] = []
    pieces: list[str] = []
    pos = shift = 0  # the chunk after the last victim; chunks minus phrases before it
    string = _input(chunks)
    while (found := _scan(string, pos)) is not None:
        m, by_group = found
        a, b = m.span()
        scan = by_group[m.lastindex or 0]
        if scan.name in er.SUBJECT_MODIFIERS and _ends_with_subject(chunks, m.start(scan.aside), b):
            b = m.end(scan.of) if scan.of and m.start(scan.of) >= 0 else a + 1
            scan = scan._replace(name="victim", aside=0)  # the core and its "of" group alone
        victim = _victim(chunks, scan, m, b)
        victims.append(victim)
        at.append(a - shift)
        pieces += (codes[pos:a], victim.code)
        shift += b - a - 1
        pos = b
    if victims:
        pieces.append(codes[pos:])
        codes = "".join(pieces)
    return Phrases(chunks, PhraseList(codes, tuple(victims), tuple(at)), codes)


def _scan(string: str, pos: int) -> tuple[re.Match[str], Mapping[int, _Scan]] | None:
    """The first phrase rule match at or after ``pos``: at each ``LEAD`` chunk, the
    scanner of its opening (:func:`_compile`); with the rules by marker group."""
    scanners = _SCANNERS
    while (start := _LEAD.search(string, pos)) is not None:
        a = start.start()
        scanner = scanners.get(string[a : a + 2])
        if scanner is not None and (m := scanner.regex.match(string, a)) is not None:
            return m, scanner.by_group
        pos = a + 1
    return None


def _input(chunks: Chunks) -> str:
    """What the scanner reads (``PHRASE_INPUT``): the chunk string with every figure group
    with an outcome head ``F`` made ``H``, and a preposition that opens an absolute clause
    made ``;`` (:func:`_absolute`, which also breaks at a part marker of ``PART_OF_LINKS``
    right after a group), and a noun group of no people after a preposition made
    ``Y`` (:func:`_places`)."""
    return _places(chunks, _absolute(chunks, _recoded(chunks, "F", "outcome", "H")))


def _places(chunks: Chunks, string: str) -> str:
    """``string`` with every noun group of a thing or of no listed kind after a preposition
    and before "and" and a bare figure made ``Y``, a place as a name there is: "six died in
    the north and two in the south" joins no figure to "the north" (a name after a
    preposition coordinates with nothing); the figure has its own clause."""
    k = string.find("PNCF")
    if k < 0:
        return string
    out, items = list(string), chunks.chunks
    while k >= 0:
        if not _PLACE_KINDS.isdisjoint(items[k + 1].features) and "headless" in items[k + 3].features:
            out[k + 1] = "Y"
        k = string.find("PNCF", k + 1)
    return "".join(out)


def _absolute(chunks: Chunks, string: str) -> str:
    """``string`` with three kinds of break made ``;`` (:data:`_BREAKS`): a preposition of
    ``ABSOLUTE_LINKS`` before a figure group and a reduced participle ("killed 65 with
    over 100 injured" reads as "killed 65; over 100 injured", the second figure the subject
    of its own participle, not attached to the first), a coordinator of
    ``CLAUSE_COORDINATORS`` ("16 were killed, while 82 others were injured"), and a part
    marker of ``PART_OF_LINKS`` right after a group ("three policemen among 8 killed" names
    the group the policemen are part of, no aside of parts of the policemen; the frames
    read it)."""
    out: list[str] | None = None
    for where, words, after in _BREAKS:
        k = string.find(where)
        while k >= 0:
            if chunks.classes.units[chunks.chunks[k].first].text in words and (not after or string[k - 1] in after):
                out = out or list(string)
                out[k] = ";"
            k = string.find(where, k + 1)
    return string if out is None else "".join(out)


#: The breaks :func:`_absolute` makes: where (codes from the break), its words, and the
#: codes one of which must stand right before it ("" for any).
_BREAKS: Final = (
    ("PFU", er.ABSOLUTE_LINKS, ""),
    ("C", er.CLAUSE_COORDINATORS, ""),
    ("I", er.PART_OF_LINKS, "FHN"),  # "three policemen among 8 killed": no aside of parts
    # a clause preposition before a group and its verb opens a clause, never an attachment
    # of the group before it ("riots broke out in the town as five people were killed")
    *((where, er.CLAUSE_PREPOSITIONS, "") for where in ("PFV", "PNV", "PFA", "PNA")),
)


def _codes(chunks: Chunks) -> str:
    """The chunk string with every intransitive active verb group ``A`` made ``i``."""
    return _recoded(chunks, "A", "intransitive", "i")


def _recoded(chunks: Chunks, code: str, feature: str, new: str) -> str:
    """The chunk string with every chunk ``code`` that has ``feature`` made ``new``."""
    string = chunks.string
    k = string.find(code)
    if k < 0:
        return string
    items, out = chunks.chunks, list(string)
    while k >= 0:
        if feature in items[k].features:
            out[k] = new
        k = string.find(code, k + 1)
    return "".join(out)


def _ends_with_subject(chunks: Chunks, first: int, end: int) -> bool:
    """Whether the modifier in chunks ``[first, end)`` ends with a group of people that is
    the subject of the verb after it ("90 families who say [their children] were abducted",
    "residents rioted after [a boy] was killed"): not after a preposition that opens no
    clause ("a man embroiled in a dispute with the women was held"), a part marker ("a
    teacher reporting on abuses among prison guards was shot"), "be" ("bandits suspected
    to be herdsmen were killed") or a progressive ("six people who were attending a
    wedding were killed")."""
    items = chunks.chunks
    last = end - 1 if chunks.string[end - 1] != "," else end - 2
    if last <= first or items[last].code not in "FN" or "person" not in items[last].features:
        return False
    if chunks.string[last - 2 : last] == "bJ":
        return False  # the object of a progressive ("people who were guarding two soldiers")
    before = items[last - 1]
    return before.code not in "PtobKI" or chunks.classes.units[before.first].text in er.CLAUSE_PREPOSITIONS


def _victim(chunks: Chunks, scan: _Scan, m: re.Match[str], end: int) -> Phrase:
    """The victim phrase of match ``m`` of the scanner, by phrase rule ``scan``, up to chunk ``end``."""
    string, items = chunks.string, chunks.chunks
    core = m.start()
    head: tuple[Attachment, ...] = ()
    if scan.of and (a := m.start(scan.of)) >= 0:
        head = (Attachment("of", a, m.end(scan.of)),)
    if scan.att and (a := m.start(scan.att)) >= 0:
        head += _attachments(string, a, m.end(scan.att))
    lead = first = _AS_CONJUNCT((core, not _THING.isdisjoint(items[core].features), head))
    members: tuple[Conjunct, ...] = (first,)
    if scan.conj and (a := m.start(scan.conj)) >= 0:
        members += _conjuncts(chunks, a, m.end(scan.conj))
        lead = next((c for c in members if not c.thing), first)
    parts: tuple[int, ...] = ()
    asides: tuple[tuple[int, int], ...] = ()
    if scan.aside and (a := m.start(scan.aside)) >= 0:
        b = m.end(scan.aside)
        asides = ((a, b),)
        if er.NO_PARTS_AFTER.isdisjoint(string[a : a + 2]) and scan.name not in er.NO_PARTS_RULES:
            # a thing in an aside is no part ("a shrine (a small mosque)")
            found = (x.start() for x in _PART.finditer(string, a, b))
            parts = tuple(k for k in found if _THING.isdisjoint(items[k].features))
    code = _code(chunks, items[lead.core], lead.attachments)
    return _AS_PHRASE((code, core, end, core, members, parts, asides, scan.name))


def _conjuncts(chunks: Chunks, first: int, end: int) -> tuple[Conjunct, ...]:
    """The conjuncts in chunks ``[first, end)`` (a ``conj`` slot), each with its partitive
    ``of`` group ("two members of his family") and its other attachments."""
    string, items = chunks.string, chunks.chunks
    starts = [x.start() for x in _CONJ.finditer(string, first, end)]
    out = []
    for a, b in zip(starts, [*starts[1:], end], strict=True):
        of = _OFG.match(string, a + 1, b)
        head = (Attachment("of", a + 1, of.end()),) if of is not None else ()
        attachments = head + _attachments(string, a + 1 if of is None else of.end(), b)
        out.append(_AS_CONJUNCT((a, not _THING.isdisjoint(items[a].features), attachments)))
    return tuple(out)


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


def render(phrases: Phrases, *, first: int = 0, end: int | None = None) -> str:
    """The phrases as nested brackets: ``[code core {attachment} (aside [part]) & conjunct]``.

    A thing-headed conjunct ends with ``~``; a phrase passed through is its words. With
    ``first`` / ``end``, only the phrases within those units (a sentence, say).

    Examples
    --------
    >>> print(render(phrase(chunk(classify("Five people, two traders and a driver, died on Friday.")))))
    [F Five people (, [two traders] and [a driver])] died on Friday .
    >>> print(render(phrase(chunk(classify("None of the 40 hostages was hurt.")))))
    [Z None {of the 40 hostages}] was hurt .
    >>> render(phrase(chunk(classify("Aid arrived. No one was hurt."))), first=3)
    '[Z No one] was hurt .'
    """
    items = phrases.chunks.chunks
    stop = len(phrases.chunks.classes.units) if end is None else end
    words = _Words(phrases.chunks)
    return " ".join(
        _rendered(words, p) for p in phrases.phrases if items[p.first].first >= first and items[p.end - 1].end <= stop
    )


def _rendered(words: _Words, p: Phrase) -> str:
    """One phrase as :func:`render` writes it."""
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
