r"""Rule patterns of the extraction cascade, compiled to regular expressions.

Each layer of the cascade (CASCADE.md) writes a sentence as a string with one character
per unit (a token, a chunk or a phrase), so that a regex match position is a unit index.
Rules are data: a pattern in the notation below names slots over those characters. This
module checks a pattern against the caller's alphabet, macros and slot names and compiles
it once; it imports nothing but the standard library.

Notation::

    pattern     := alternative ("|" alternative)*
    alternative := item item*                  items are separated by spaces
    item        := atom quantifier?
    atom        := CODE                        one class: a character of the alphabet
                 | "[" CODE CODE* "]"          a set: any one of these classes
                 | MACRO                       a named pattern, expanded in place
                 | "(" pattern ")"             a group
                 | "{" SLOT ":" pattern "}"    a slot: a named capture of unit indices
    quantifier  := "?"                         optional
                 | "*" | "+"                   0+ / 1+ times, on one class, a set or a
                                               macro that stands for one of them only
                 | "{" M "}" | "{" M "," N "}" M to N times, 1 <= N <= 50

    CODE   a letter, digit or punctuation character; ( ) [ ] { } | ? * + \ are written
           \( \) \[ ... ; letters and digits next to each other form one word, so
           write "v g" or "[vg]", never "vg"
    MACRO  an UPPER_CASE word of two or more letters (the caller's macros)
    SLOT   a lower-case name from the caller's slot names

Beyond the grammar, a pattern is refused when a slot name comes twice, a slot or the whole
pattern can match nothing, a slot is repeated (put the repeat inside it), a macro holds a
slot or uses itself, or the pattern has more than :data:`MAX_WAYS` ways to match from one
position (nested or chained repeats): bounded patterns then cost a bounded number of steps
per unit, so matching is linear in the length of the class string. An unbounded ``*`` or
``+`` of one class is counted as ``{0,50}``; it may scan to the end of the string from
each start, so keep a sentence-end class that it does not repeat over.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final, NamedTuple

from .errors import CasualtiesError

__all__ = [
    "MAX_REPEAT",
    "MAX_WAYS",
    "CompiledRule",
    "GrammarError",
    "Pattern",
    "PatternMatch",
    "Rule",
    "SlotSpan",
    "RuleIndex",
    "compile_pattern",
    "compile_rules",
    "index_rules",
]

#: The largest N of a bounded repeat ``{M,N}``.
MAX_REPEAT: Final = 50
#: The most ways a pattern may have to match from one position: on a class string where
#: every start tries them all, CPython takes about 3 ns per way per unit.
MAX_WAYS: Final = 1_000

_MAX_DEPTH: Final = 32  # groups, slots and macros inside each other, so that the parser never recurses deep
_META: Final = frozenset("()[]{}|?*+\\")
_QUANTIFIERS: Final = frozenset({"?", "*", "+", "repeat"})
_MACRO_NAME: Final = re.compile(r"[A-Z][A-Z_]*[A-Z]")
_SLOT_NAME: Final = re.compile(r"[a-z][a-z0-9_]*")
_SLOT_OPEN: Final = re.compile(r"\{\s*([A-Za-z_]\w*)\s*:")
_REPEAT: Final = re.compile(r"\{\s*([0-9]+)\s*(,\s*([0-9]*)\s*)?\}")
_NO_MACROS: Final[Mapping[str, str]] = MappingProxyType({})


class GrammarError(CasualtiesError, ValueError):
    """A pattern, a rule or the alphabet given with them is not valid.

    Attributes
    ----------
    pattern : str
        The pattern text.
    position : int or None
        The index in ``pattern`` where the problem is, or None when it is not in the text.
    reason : str
        What is wrong.
    rule : str or None
        The name of the rule that holds the pattern, if any.

    Examples
    --------
    >>> str(GrammarError("F Q", 2, "unknown class 'Q'"))
    "pattern 'F Q' at 2: unknown class 'Q'"
    """

    def __init__(self, pattern: str, position: int | None, reason: str, rule: str | None = None) -> None:
        self.pattern = pattern
        self.position = position
        self.reason = reason
        self.rule = rule
        where = "" if position is None else f" at {position}"
        owner = "" if rule is None else f"rule {rule!r}: "
        super().__init__(f"{owner}pattern {pattern!r}{where}: {reason}")

    def __reduce__(self) -> tuple[type[GrammarError], tuple[str, int | None, str, str | None]]:
        return (type(self), (self.pattern, self.position, self.reason, self.rule))


class SlotSpan(NamedTuple):
    """The units ``start`` (inclusive) to ``end`` (exclusive) that slot ``name`` took."""

    name: str
    start: int
    end: int


class PatternMatch(NamedTuple):
    """One match: its unit range and the slots that took part, in pattern order."""

    start: int
    end: int
    slots: tuple[SlotSpan, ...]

    def slot(self, name: str) -> SlotSpan | None:
        """The span of slot ``name``, or None when it took no part in this match.

        Examples
        --------
        >>> m = PatternMatch(1, 4, (SlotSpan("victim", 1, 2),))
        >>> m.slot("victim"), m.slot("prep")
        (SlotSpan(name='victim', start=1, end=2), None)
        """
        for span in self.slots:
            if span.name == name:
                return span
        return None


@dataclass(frozen=True)
class Pattern:
    """A compiled pattern: its ``source`` text, its ``regex`` and its ``slots`` in order."""

    source: str
    regex: re.Pattern[str]
    slots: tuple[str, ...]
    #: Each slot's name and group number in ``regex`` (made once: a match reads its
    #: spans by number).
    _groups: tuple[tuple[str, int], ...] = field(init=False, repr=False, compare=False)
    #: Sets of classes of which every match holds one each (:func:`needs`): a class
    #: string that lacks one of them has no match, unsearched.
    needs: tuple[frozenset[str], ...] = field(default=(), compare=False)
    #: The slots every match fills (not optional, not in an optional group or option).
    always: frozenset[str] = field(default=frozenset(), compare=False)
    #: The first two classes of every match, a match of one unit its one class
    #: (:func:`_openings`): a match at ``pos`` has ``classes[pos:pos + 2]`` or
    #: ``classes[pos]`` among them.
    openings: frozenset[str] = field(default=frozenset(), compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_groups", tuple((name, self.regex.groupindex[name]) for name in self.slots))

    def finditer(self, classes: str, pos: int = 0, endpos: int | None = None) -> Iterator[PatternMatch]:
        """The non-overlapping matches in ``classes[pos:endpos]``, left to right.

        Examples
        --------
        >>> p = compile_pattern("{victim:F} ,? {verb:V}", {"F": "figure", "V": "verb", ",": "comma",
        ...                     "x": "other"}, slots=frozenset({"victim", "verb"}))
        >>> [(m.start, m.end, m.slot("verb")) for m in p.finditer("xF,VxFV")]
        [(1, 4, SlotSpan(name='verb', start=3, end=4)), (5, 7, SlotSpan(name='verb', start=6, end=7))]
        """
        found = self.regex.finditer(classes, pos) if endpos is None else self.regex.finditer(classes, pos, endpos)
        return map(self._match, found)

    def may_match(self, present: AbstractSet[str]) -> bool:
        """Whether a class string whose classes are ``present`` may hold a match: it holds
        one class of each set the pattern needs (False: :meth:`finditer` finds nothing).

        Examples
        --------
        >>> p = compile_pattern("F ,? [VU]", {"F": "figure", "V": "verb", "U": "verb", ",": "comma"})
        >>> p.needs == (frozenset("F"), frozenset("VU"))
        True
        >>> p.may_match(set("F,U")), p.may_match(set("F,F"))
        (True, False)
        """
        return all(not present.isdisjoint(s) for s in self.needs)

    def match_at(self, classes: str, pos: int) -> PatternMatch | None:
        """The match that starts at unit ``pos``, or None.

        Examples
        --------
        >>> p = compile_pattern("F V", {"F": "figure", "V": "verb"})
        >>> p.match_at("FFV", 1), p.match_at("FFV", 0)
        (PatternMatch(start=1, end=3, slots=()), None)
        """
        m = self.regex.match(classes, pos)
        return None if m is None else self._match(m)

    def _match(self, m: re.Match[str]) -> PatternMatch:
        span, new = m.span, tuple.__new__
        slots = tuple(new(SlotSpan, (name, *ab)) for name, g in self._groups if (ab := span(g))[0] >= 0)
        return new(PatternMatch, (*span(), slots))


@dataclass(frozen=True)
class Rule:
    """A named pattern with a priority, examples it must win and counterexamples it must not.

    Sequences of examples are kept as tuples.

    Examples
    --------
    >>> Rule("active", "{verb:v|g} {victim:F}", 10, ["Gunmen killed nine villagers"],
    ...      ["Gunmen killed on Monday"]).examples
    ('Gunmen killed nine villagers',)
    """

    name: str
    pattern: str
    priority: int
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...]

    def __post_init__(self) -> None:
        for name in ("examples", "counterexamples"):
            value = getattr(self, name)
            if isinstance(value, str):
                raise TypeError(f"rule {self.name!r}: {name} must be a sequence of strings, not one string")
            object.__setattr__(self, name, tuple(value))


@dataclass(frozen=True)
class CompiledRule:
    """A :class:`Rule` with its compiled :class:`Pattern`."""

    rule: Rule
    pattern: Pattern


@dataclass(frozen=True)
class RuleIndex:
    """Which rules of a layer may match a class string, by the classes each needs
    (:attr:`Pattern.needs`): one bit per rule and need, no step per rule.

    ``packed[c]`` has bit ``j * width + k`` when class ``c`` is in need ``j`` of rule
    ``k``; ``base`` has it when rule ``k`` has fewer than ``j + 1`` needs.
    """

    packed: Mapping[str, int]
    base: int
    width: int
    depth: int

    def candidates(self, classes: str) -> list[int]:
        """The rules (indices, in order) that may match ``classes``: the others hold a
        need none of whose classes occurs in it.

        Examples
        --------
        >>> abc = {"F": "figure", "V": "verb", "N": "noun", ",": "comma"}
        >>> index = index_rules([compile_pattern(p, abc) for p in ("F ,? V", "N V", "F")])
        >>> index.candidates("F,V"), index.candidates("NF"), index.candidates(",")
        ([0, 2], [2], [])
        """
        present, get = self.base, self.packed.get
        for c in set(classes):
            present |= get(c, 0)
        ok, full = -1, (1 << self.width) - 1
        for j in range(self.depth):
            ok &= present >> (j * self.width)
        ok &= full
        out = []
        while ok:
            low = ok & -ok
            out.append(low.bit_length() - 1)
            ok ^= low
        return out


def index_rules(patterns: Sequence[Pattern]) -> RuleIndex:
    """The :class:`RuleIndex` of ``patterns`` (rule ``k`` is ``patterns[k]``)."""
    width = len(patterns)
    depth = max((len(p.needs) for p in patterns), default=0)
    packed: dict[str, int] = {}
    base = 0
    for k, p in enumerate(patterns):
        for j in range(depth):
            bit = 1 << (j * width + k)
            if j >= len(p.needs):
                base |= bit
                continue
            for c in p.needs[j]:
                packed[c] = packed.get(c, 0) | bit
    return RuleIndex(MappingProxyType(packed), base, width, depth)


def compile_pattern(
    pattern: str,
    alphabet: Mapping[str, str],
    *,
    macros: Mapping[str, str] = _NO_MACROS,
    slots: Collection[str] = frozenset(),
) -> Pattern:
    """Compile ``pattern`` (the notation of this module) over the classes of ``alphabet``.

    Parameters
    ----------
    pattern : str
        The pattern text.
    alphabet : Mapping[str, str]
        One-character class codes to what they stand for.
    macros : Mapping[str, str]
        UPPER_CASE names to patterns (without slots) that a pattern may use by name.
    slots : Collection[str]
        The slot names a pattern may use.

    Returns
    -------
    Pattern

    Raises
    ------
    GrammarError
        The message names the pattern, the position and the reason.

    Examples
    --------
    >>> abc = {"F": "figure noun group", "N": "noun group", "V": "passive verb group",
    ...        ",": "comma", "x": "other"}
    >>> p = compile_pattern("{victim:VICTIM} ,? {verb:V}", abc, macros={"VICTIM": "F | N"},
    ...                     slots=frozenset({"victim", "verb"}))
    >>> p.regex.pattern, p.slots
    ('(?P<victim>[FN]),?(?P<verb>V)', ('victim', 'verb'))
    >>> compile_pattern("F (x ,)* V", abc)
    Traceback (most recent call last):
    ...
    casualties.grammar.GrammarError: pattern 'F (x ,)* V' at 7: unbounded repeat '*' of a group: \
only one class, a set or a one-class macro may take * or +
    """
    _check_names(pattern, alphabet, macros, slots)
    ctx = _Ctx(pattern, _lex(pattern), alphabet, macros, frozenset(slots), (), 0)
    root = _parse(ctx)
    if _nullable(root):
        raise GrammarError(pattern, 0, "the pattern can match nothing: every part of it is optional")
    names = _slot_names(pattern, root)
    regex = re.compile(_regex(root))
    return Pattern(pattern, regex, names, _fewest(_needs(root)), _always(root), _openings(root))


def compile_rules(
    rules: Iterable[Rule],
    alphabet: Mapping[str, str],
    *,
    macros: Mapping[str, str] = _NO_MACROS,
    slots: Collection[str] = frozenset(),
) -> tuple[CompiledRule, ...]:
    """Compile the pattern of every rule, in order, checking names and examples.

    Raises
    ------
    GrammarError
        A rule has an empty or repeated name, no example or no counterexample, an empty
        example, or a pattern :func:`compile_pattern` refuses.

    Examples
    --------
    >>> abc = {"F": "figure noun group", "V": "passive verb group"}
    >>> rules = [Rule("passive", "{victim:F} {verb:V}", 10, ("11 civilians were killed",),
    ...               ("11 years were spent",))]
    >>> [(r.rule.name, r.pattern.slots) for r in compile_rules(rules, abc, slots={"victim", "verb"})]
    [('passive', ('victim', 'verb'))]
    >>> compile_rules([Rule("bare", "F V", 0, ("11 were killed",), ())], abc)
    Traceback (most recent call last):
    ...
    casualties.grammar.GrammarError: rule 'bare': pattern 'F V': no counterexample: \
every rule needs a sentence it must not match
    """
    seen: set[str] = set()
    out: list[CompiledRule] = []
    for rule in rules:
        problem = _rule_problem(rule, seen)
        if problem:
            raise GrammarError(rule.pattern, None, problem, rule=rule.name)
        seen.add(rule.name)
        try:
            compiled = compile_pattern(rule.pattern, alphabet, macros=macros, slots=slots)
        except GrammarError as e:
            raise GrammarError(e.pattern, e.position, e.reason, rule=rule.name) from None
        out.append(CompiledRule(rule, compiled))
    return tuple(out)


def _rule_problem(rule: Rule, seen: Collection[str]) -> str:
    """What is wrong with ``rule`` apart from its pattern ("" when nothing is)."""
    if not rule.name.strip():
        return "a rule needs a non-empty name"
    if rule.name in seen:
        return "duplicate rule name"
    if not rule.examples:
        return "no example: every rule needs a sentence it must match"
    if not rule.counterexamples:
        return "no counterexample: every rule needs a sentence it must not match"
    if not all(isinstance(e, str) and e.strip() for e in rule.examples + rule.counterexamples):
        return "an example or counterexample is empty"
    return ""


def _check_names(pattern: str, alphabet: Mapping[str, str], macros: Mapping[str, str], slots: Collection[str]) -> None:
    """Raise GrammarError when a class code, macro name or slot name given is malformed."""
    for code, what in alphabet.items():
        if not (isinstance(code, str) and len(code) == 1 and not code.isspace() and isinstance(what, str)):
            raise GrammarError(pattern, None, f"alphabet: {code!r} is not one non-space character with a description")
    for name, body in macros.items():
        if not (isinstance(name, str) and _MACRO_NAME.fullmatch(name) and isinstance(body, str)):
            raise GrammarError(
                pattern, None, f"macros: {name!r} is not an UPPER_CASE name of 2+ letters with a pattern"
            )
    for slot in slots:
        if not (isinstance(slot, str) and _SLOT_NAME.fullmatch(slot)):
            raise GrammarError(pattern, None, f"slots: {slot!r} is not a lower-case name")


# --- the notation, as tokens --------------------------------------------------------------


class _Tok(NamedTuple):
    kind: str  # "code", "macro", "slot", "repeat", "end", or the character ( ) [ ] } | ? * +
    pos: int
    text: str  # the class code, macro name or slot name; the source text otherwise
    low: int = 0
    high: int | None = None


def _lex(source: str) -> tuple[_Tok, ...]:
    """The tokens of ``source``, ending with an "end" token."""
    toks: list[_Tok] = []
    i = 0
    while i < len(source):
        if source[i].isspace():
            i += 1
            continue
        found, i = _lex_one(source, i)
        toks.extend(found)
    return (*toks, _Tok("end", len(source), "end of pattern"))


def _lex_one(source: str, i: int) -> tuple[tuple[_Tok, ...], int]:
    """The tokens that start at ``source[i]`` and the index after them."""
    ch = source[i]
    if ch == "[":
        return _lex_set(source, i)
    if ch == "{":
        tok, end = _lex_brace(source, i)
        return (tok,), end
    if ch == "\\":
        return (_lex_escape(source, i),), i + 2
    if ch == "]":
        raise GrammarError(source, i, "unbalanced ']': no '[' opens it")
    if ch in _META:
        return (_Tok(ch, i, ch),), i + 1
    if ch.isalnum() or ch == "_":
        return _lex_word(source, i)
    return (_Tok("code", i, ch),), i + 1


def _lex_brace(source: str, i: int) -> tuple[_Tok, int]:
    """A repeat ``{M}`` / ``{M,N}`` (text: its source) or a slot opening ``{name:``; the index after it."""
    if rep := _REPEAT.match(source, i):
        low = _number(rep[1])
        high = low if rep[2] is None else (_number(rep[3]) if rep[3] else None)
        return _Tok("repeat", i, rep[0], low, high), rep.end()
    if slot := _SLOT_OPEN.match(source, i):
        return _Tok("slot", i, slot[1]), slot.end()
    raise GrammarError(source, i, "'{' opens neither a slot '{name:...}' nor a repeat '{M,N}'")


def _number(digits: str) -> int:
    return int(digits) if len(digits) <= 9 else 10**9  # any figure this long is absurd anyway


def _lex_escape(source: str, i: int) -> _Tok:
    if i + 1 >= len(source) or source[i + 1].isspace():
        raise GrammarError(source, i, "'\\' with no class code after it")
    return _Tok("code", i, source[i + 1])


def _lex_set(source: str, start: int) -> tuple[tuple[_Tok, ...], int]:
    """The tokens of the class set opened at ``start``: "[", its codes, "]"."""
    toks = [_Tok("[", start, "[")]
    i = start + 1
    while i < len(source):
        ch = source[i]
        if ch == "]":
            return (*toks, _Tok("]", i, "]")), i + 1
        if ch == "\\":
            toks.append(_lex_escape(source, i))
            i += 1  # and one more below, past the escaped code
        elif ch in _META:
            raise GrammarError(source, i, f"{ch!r} inside a class set: write \\{ch} for the class {ch!r}")
        elif not ch.isspace():
            toks.append(_Tok("code", i, ch))
        i += 1
    raise GrammarError(source, start, "unbalanced '[': no ']' closes it")


def _lex_word(source: str, start: int) -> tuple[tuple[_Tok, ...], int]:
    """A one-character class code or a macro name."""
    end = start
    while end < len(source) and (source[end].isalnum() or source[end] == "_"):
        end += 1
    word = source[start:end]
    if len(word) == 1:
        return (_Tok("code", start, word),), end
    if _MACRO_NAME.fullmatch(word):
        return (_Tok("macro", start, word),), end
    raise GrammarError(
        source,
        start,
        f"{word!r} is neither a class code (one character) nor a macro name (UPPER_CASE): separate classes with spaces",
    )


# --- the notation, as a tree ----------------------------------------------------------------


class _Units(NamedTuple):
    codes: str  # one class, or a set of them


class _Seq(NamedTuple):
    items: tuple[_Node, ...]


class _Alt(NamedTuple):
    options: tuple[_Node, ...]


class _Repeat(NamedTuple):
    body: _Node
    low: int
    high: int | None  # None: unbounded


class _Slot(NamedTuple):
    name: str
    body: _Node
    pos: int


_Node = _Units | _Seq | _Alt | _Repeat | _Slot


class _Ctx(NamedTuple):
    source: str
    toks: tuple[_Tok, ...]
    alphabet: Mapping[str, str]
    macros: Mapping[str, str]
    slots: frozenset[str] | None  # None inside a macro: no slot allowed
    active: tuple[str, ...]  # the macros being expanded, outermost first
    depth: int  # how many groups, slots and macros the parser is inside


def _deeper(ctx: _Ctx, tok: _Tok) -> _Ctx:
    """``ctx`` one level further in, at token ``tok``; an error past :data:`_MAX_DEPTH` levels."""
    if ctx.depth >= _MAX_DEPTH:
        raise GrammarError(ctx.source, tok.pos, f"groups, slots and macros nested more than {_MAX_DEPTH} deep")
    return ctx._replace(depth=ctx.depth + 1)


def _parse(ctx: _Ctx) -> _Node:
    """The tree of the whole pattern in ``ctx``."""
    if not ctx.source.strip():
        raise GrammarError(ctx.source, 0, "empty pattern")
    node, i = _alternation(ctx, 0)
    tok = ctx.toks[i]
    if tok.kind != "end":
        raise GrammarError(ctx.source, tok.pos, f"unbalanced {tok.text!r}: nothing opens it")
    return node


def _alternation(ctx: _Ctx, i: int) -> tuple[_Node, int]:
    """``alternative ("|" alternative)*`` from token ``i``; the node and the next token index."""
    start = ctx.toks[i].pos
    options: list[_Node] = []
    while True:
        node, i = _sequence(ctx, i)
        options.append(node)
        if ctx.toks[i].kind != "|":
            break
        i += 1
    if len(options) == 1:
        return options[0], i
    units = [o.codes for o in options if isinstance(o, _Units)]
    if len(units) == len(options):  # "F | N" is the set [FN]
        return _Units("".join(dict.fromkeys("".join(units)))), i
    return _checked(ctx, _Alt(tuple(options)), start), i


def _sequence(ctx: _Ctx, i: int) -> tuple[_Node, int]:
    """``item item*`` from token ``i``, up to "|", ")", "}" or the end."""
    items: list[_Node] = []
    ways = 1
    while ctx.toks[i].kind not in ("|", ")", "}", "end"):
        pos = ctx.toks[i].pos
        node, i = _item(ctx, i)
        items.append(node)
        ways *= _ways(node)
        _checked(ctx, node, pos, ways)
    if not items:
        raise GrammarError(ctx.source, *_empty(ctx, i))
    return (items[0] if len(items) == 1 else _Seq(tuple(items))), i


def _empty(ctx: _Ctx, i: int) -> tuple[int, str]:
    """The position and reason of an error for an empty alternative that ends at token ``i``."""
    tok, prev = ctx.toks[i], (ctx.toks[i - 1] if i else None)
    if tok.kind == "|" or (prev and prev.kind == "|"):
        return tok.pos, "empty alternative"
    if prev and (prev.kind, tok.kind) in (("(", ")"), ("slot", "}")):
        return prev.pos, "empty group '()'" if prev.kind == "(" else f"empty slot {prev.text!r}"
    if prev and tok.kind == "end":
        return prev.pos, f"unbalanced {'{' if prev.kind == 'slot' else prev.text!r}: nothing closes it"
    return tok.pos, f"unbalanced {tok.text!r}: nothing opens it"


def _item(ctx: _Ctx, i: int) -> tuple[_Node, int]:
    """An atom and its quantifier, if any."""
    node, kind, i = _atom(ctx, i)
    tok = ctx.toks[i]
    if tok.kind not in _QUANTIFIERS:
        return node, i
    node = _quantify(ctx, node, kind, tok)
    after = ctx.toks[i + 1]
    if after.kind in _QUANTIFIERS:
        raise GrammarError(ctx.source, after.pos, f"quantifier {after.text!r} after quantifier {tok.text!r}")
    return _checked(ctx, node, tok.pos), i + 1


def _atom(ctx: _Ctx, i: int) -> tuple[_Node, str, int]:
    """A class, set, macro, group or slot at token ``i``: the node, its kind and the next index.

    The kind is "unit" (one class or a set), "group" or "slot".
    """
    tok = ctx.toks[i]
    if tok.kind == "code":
        return _Units(_known(ctx, tok)), "unit", i + 1
    if tok.kind == "[":
        return _class_set(ctx, i)
    if tok.kind == "macro":
        node = _expand(ctx, tok)
        return node, "unit" if isinstance(node, _Units) else "group", i + 1
    if tok.kind == "(":
        node, j = _alternation(_deeper(ctx, tok), i + 1)
        return node, "group", _close(ctx, tok, j, ")")
    if tok.kind == "slot":
        return _slot(ctx, i)
    raise GrammarError(ctx.source, tok.pos, f"quantifier {tok.text!r} with nothing before it")


def _known(ctx: _Ctx, tok: _Tok) -> str:
    if tok.text not in ctx.alphabet:
        codes = "".join(sorted(ctx.alphabet))
        raise GrammarError(ctx.source, tok.pos, f"unknown class {tok.text!r} (the alphabet is {codes!r})")
    return tok.text


def _class_set(ctx: _Ctx, i: int) -> tuple[_Node, str, int]:
    """``[`` codes ``]`` from token ``i`` (the lexer let only codes in)."""
    j = i + 1
    while ctx.toks[j].kind == "code":
        j += 1
    codes = "".join(dict.fromkeys(_known(ctx, t) for t in ctx.toks[i + 1 : j]))
    if not codes:
        raise GrammarError(ctx.source, ctx.toks[i].pos, "empty class set '[]'")
    return _Units(codes), "unit", j + 1


def _close(ctx: _Ctx, opener: _Tok, i: int, closer: str) -> int:
    """The index after the ``closer`` token at ``i``; an error naming ``opener`` if it is not there."""
    if ctx.toks[i].kind != closer:
        shown = "{" if opener.kind == "slot" else opener.text
        raise GrammarError(ctx.source, opener.pos, f"unbalanced {shown!r}: no {closer!r} closes it")
    return i + 1


def _slot(ctx: _Ctx, i: int) -> tuple[_Node, str, int]:
    """``{name: pattern}`` from token ``i``."""
    tok = ctx.toks[i]
    if ctx.slots is None:
        raise GrammarError(ctx.source, tok.pos, f"slot {tok.text!r} in a macro: slots belong to rules")
    if tok.text not in ctx.slots:
        allowed = ", ".join(sorted(ctx.slots)) or "none"
        raise GrammarError(ctx.source, tok.pos, f"unknown slot name {tok.text!r} (allowed: {allowed})")
    body, j = _alternation(_deeper(ctx, tok), i + 1)
    end = _close(ctx, tok, j, "}")
    if _nullable(body):
        raise GrammarError(
            ctx.source, tok.pos, f"slot {tok.text!r} can match nothing: make the slot optional, {{{tok.text}:...}}?"
        )
    return _Slot(tok.text, body, tok.pos), "slot", end


def _quantify(ctx: _Ctx, node: _Node, kind: str, tok: _Tok) -> _Node:
    """``node`` under quantifier ``tok``; ``kind`` is what :func:`_atom` said ``node`` is."""
    if tok.kind == "?":
        return _Repeat(node, 0, 1)
    if tok.kind in ("*", "+"):
        if kind != "unit":
            raise GrammarError(
                ctx.source,
                tok.pos,
                f"unbounded repeat {tok.text!r} of a {kind}: "
                "only one class, a set or a one-class macro may take * or +",
            )
        return _Repeat(node, 1 if tok.kind == "+" else 0, None)
    low, high = tok.low, tok.high
    if high is None:
        reason = f"unbounded repeat {tok.text}: give a maximum, or use * or + on one class"
    elif low > high:
        reason = f"bounded repeat {tok.text}: minimum {low} > maximum {high}"
    elif high > MAX_REPEAT:
        reason = f"bounded repeat {tok.text}: maximum above {MAX_REPEAT}"
    elif high == 0:
        reason = f"bounded repeat {tok.text} matches nothing"
    elif high > 1 and _slots(node):
        reason = f"slot {_slots(node)[0].name!r} repeated by {tok.text}: put the repeat inside the slot"
    else:
        return _Repeat(node, low, high)
    raise GrammarError(ctx.source, tok.pos, reason)


def _expand(ctx: _Ctx, tok: _Tok) -> _Node:
    """The tree of macro ``tok``; errors inside it are reported at ``tok``."""
    name = tok.text
    if name not in ctx.macros:
        raise GrammarError(ctx.source, tok.pos, f"unknown macro {name}")
    if name in ctx.active:
        chain = " -> ".join((*ctx.active[ctx.active.index(name) :], name))
        raise GrammarError(ctx.source, tok.pos, f"recursive macro: {chain}")
    body, depth = ctx.macros[name], _deeper(ctx, tok).depth
    try:
        return _parse(_Ctx(body, _lex(body), ctx.alphabet, ctx.macros, None, (*ctx.active, name), depth))
    except GrammarError as e:
        raise GrammarError(ctx.source, tok.pos, f"in macro {name} {body!r} at {e.position}: {e.reason}") from None


def _checked(ctx: _Ctx, node: _Node, pos: int, ways: int | None = None) -> _Node:
    """``node``, unless it (or ``ways``, if given) has too many ways to match."""
    count = _ways(node) if ways is None else ways
    if count > MAX_WAYS:
        raise GrammarError(
            ctx.source,
            pos,
            f"too ambiguous: {count} ways to match from one position (at most {MAX_WAYS}); "
            "repeats inside repeats or in a row multiply them",
        )
    return node


# --- questions about a tree ---------------------------------------------------------------------


def _nullable(node: _Node) -> bool:
    """Whether ``node`` can match the empty string."""
    match node:
        case _Units():
            return False
        case _Seq(items):
            return all(_nullable(n) for n in items)
        case _Alt(options):
            return any(_nullable(n) for n in options)
        case _Repeat(body, low, _):
            return low == 0 or _nullable(body)
        case _Slot(_, body, _):
            return _nullable(body)


def _ways(node: _Node) -> int:
    """How many ways ``node`` has to match from one position (``*`` and ``+`` count as up to 50)."""
    match node:
        case _Units():
            return 1
        case _Seq(items):
            return math.prod(_ways(n) for n in items)
        case _Alt(options):
            return sum(_ways(n) for n in options)
        case _Repeat(body, low, high):
            each = _ways(body)
            return sum(each**k for k in range(low, (MAX_REPEAT if high is None else high) + 1))
        case _Slot(_, body, _):
            return _ways(body)


def _needs(node: _Node) -> tuple[frozenset[str], ...]:
    """Sets of classes of which every match of ``node`` holds one each: a class; each
    item of a sequence; one set of each option of an alternation, joined; the body of a
    repeat that must match at least once or of a slot. None for what may match nothing."""
    match node:
        case _Units(codes):
            return (frozenset(codes),)
        case _Seq(items):
            return tuple(s for n in items for s in _needs(n))
        case _Alt(options):
            each = [_needs(n) for n in options]
            if not all(each):
                return ()
            return (frozenset().union(*(min(sets, key=len) for sets in each)),)
        case _Repeat(body, low, _):
            return _needs(body) if low >= 1 else ()
        case _Slot(_, body, _):
            return _needs(body)


def _always(node: _Node) -> frozenset[str]:
    """The slots every match of ``node`` fills: those of each item of a sequence, those all
    options of an alternation fill, those of a repeat that must match at least once."""
    match node:
        case _Units():
            return frozenset()
        case _Seq(items):
            return frozenset().union(*(_always(n) for n in items))
        case _Alt(options):
            return frozenset.intersection(*(_always(n) for n in options))
        case _Repeat(body, low, _):
            return _always(body) if low >= 1 else frozenset()
        case _Slot(name, body, _):
            return frozenset({name}) | _always(body)


def _openings(node: _Node) -> frozenset[str]:
    """The strings of the first two classes of every match of ``node`` (shorter for a
    match of fewer units; "" for an empty one).

    >>> sorted(_openings(_Seq((_Units("F"), _Repeat(_Units(",V"), 0, 2)))))
    ['F', 'F,', 'FV']
    """
    match node:
        case _Units(codes):
            return frozenset(codes)
        case _Seq(items):
            out = frozenset({""})
            for item in items:
                out = _then(out, _openings(item))
            return out
        case _Alt(options):
            return frozenset().union(*(_openings(n) for n in options))
        case _Repeat(body, low, high):
            once, out, now = _openings(body), frozenset({""}) if low == 0 else frozenset(), frozenset({""})
            for k in range(1, low + 3 if high is None else min(high, low + 2) + 1):
                now = _then(now, once)  # k repeats; past two more than the least, no new openings
                if k >= low:
                    out |= now
            return out
        case _Slot(_, body, _):
            return _openings(body)


def _then(firsts: frozenset[str], seconds: frozenset[str]) -> frozenset[str]:
    """The openings (two classes at most) of a match of ``firsts`` then ``seconds``."""
    return frozenset(a if len(a) >= 2 else (a + b)[:2] for a in firsts for b in seconds)


def _fewest(sets: tuple[frozenset[str], ...]) -> tuple[frozenset[str], ...]:
    """``sets`` without repeats and without a set that holds another (it adds no need),
    smallest first."""
    out: list[frozenset[str]] = []
    for s in sorted(set(sets), key=lambda s: (len(s), sorted(s))):
        if not any(o <= s for o in out):
            out.append(s)
    return tuple(out)


def _slots(node: _Node) -> tuple[_Slot, ...]:
    """The slots in ``node``, in source order."""
    match node:
        case _Units():
            return ()
        case _Seq(children) | _Alt(children):
            return tuple(s for n in children for s in _slots(n))
        case _Repeat(body, _, _):
            return _slots(body)
        case _Slot(_, body, _):
            return (node, *_slots(body))


def _slot_names(source: str, root: _Node) -> tuple[str, ...]:
    """The slot names of ``root`` in order; an error when one comes twice."""
    first: dict[str, int] = {}
    for slot in _slots(root):
        if slot.name in first:
            raise GrammarError(source, slot.pos, f"repeated slot {slot.name!r} (first at {first[slot.name]})")
        first[slot.name] = slot.pos
    return tuple(first)


def _regex(node: _Node) -> str:
    """The regular expression of ``node``; an alternation comes out unwrapped."""
    match node:
        case _Units(codes):
            return re.escape(codes) if len(codes) == 1 else "[" + "".join(re.escape(c) for c in codes) + "]"
        case _Seq(items):
            return "".join(f"(?:{_regex(n)})" if isinstance(n, _Alt) else _regex(n) for n in items)
        case _Alt(options):
            return "|".join(_regex(n) for n in options)
        case _Repeat(body, low, high):
            inner = _regex(body) if isinstance(body, (_Units, _Slot)) else f"(?:{_regex(body)})"
            return inner + _quantifier(low, high)
        case _Slot(name, body, _):
            return f"(?P<{name}>{_regex(body)})"


def _quantifier(low: int, high: int | None) -> str:
    if high is None:
        return "*" if low == 0 else "+"
    if (low, high) == (0, 1):
        return "?"
    return f"{{{low}}}" if low == high else f"{{{low},{high}}}"
