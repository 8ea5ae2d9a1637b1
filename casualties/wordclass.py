"""L1 of the extraction cascade: one class character per unit of a text.

A unit is a figure ("at least 11": all its tokens), a multi-word expression ("shot dead",
"as well as", "death toll"), a word (with its hyphens and abbreviation dots: "pro-regime",
"U.S."), or a symbol. Each gets one class of :data:`~casualties.lexicon.en_classes.ALPHABET`;
a word of several classes gets its declared default and keeps the others in
``Unit.alternatives`` for L2 to decide. Every sentence (:mod:`casualties.segment`) ends with
one ``.`` unit, so that no rule over the class string crosses a sentence.

>>> classify("At least 11 civilians were killed, police said.").string
'FNbV,NS.'
>>> classify("Gunmen killed nine villagers. Two were wounded").string
'NVFN.FbV.'
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from types import MappingProxyType
from typing import Final, NamedTuple

from .lexicon import en
from .lexicon import en_classes as lx
from .numbers import Token, tokenize
from .policy import Policy, get_policy
from .quantifiers import Figure, scan_tokens
from .segment import sentence_ends

__all__ = ["Classes", "SentenceSpan", "Unit", "classify", "classify_triggered", "has_trigger", "outcome_of"]

_NO: Final[frozenset[str]] = frozenset()
_ALT_F: Final = frozenset("F")
_ALT_X: Final = frozenset("X")
_ALT_Y: Final = frozenset("Y")
_ALT_W: Final = frozenset("w")
#: The possessives that, after "and", make a capitalised word before "and" a name ("Oduya and his brother").
_KIN_OPENERS: Final = frozenset({"his", "her"})
_ALTS: Final[Mapping[str, frozenset[str]]] = MappingProxyType({w: frozenset(a.others) for w, a in lx.AMBIGUOUS.items()})
_TRIGGER: Final = re.compile("[" + re.escape("".join(sorted(lx.TRIGGER_CLASSES))) + "]")
_CODE: Final = itemgetter(3)
_NAME: Final = ("Y", _NO, False)
_OTHER: Final = ("w", _NO, False)
_SYMBOL: Final = ("s", _NO, False)
_ENDS: Final = frozenset({".", "!", "?"})
# What may close a quoted or bracketed sentence after its end mark ('"Six died."').
_CLOSERS: Final = frozenset({'"', "”", "’", "'", ")", "»"})
_APOSTROPHES: Final = frozenset({"'", "’"})
_MONTHS: Final = frozenset(w for w, c in lx.CLASS_OF.items() if c == "Q" and w in en.MONTHS)
# What never joins the word before it into one unit.
_NEVER_JOINS: Final = frozenset({",", ")", "]", ";", ":", '"', "”", "“", "?", "!", "(", "/"})
# Words and symbols that the careful path reads: ambiguities that capitals decide, acronyms,
# sentence ends, apostrophes, dashes.
_CAREFUL: Final = frozenset(
    {w for w, a in lx.AMBIGUOUS.items() if a.capitalised}
    | lx.ACRONYMS
    | _ENDS
    | _APOSTROPHES
    | {"-"}
    | frozenset(lx.BY_NEIGHBOURS)
)
# The first word of what may follow a figure to make it a clock time, an age or a share.
_SUFFIX_STARTS: Final = lx.PERCENT_WORDS | lx.AGE_UNITS | lx.CLOCK_WORDS | {"per", "-", ":", "a", "p", "o"}
# Words before a figure that make it money or an age.
_NO_ONE_BEFORE: Final = lx.CURRENCY_SYMBOLS | lx.AGE_MARKERS | lx.QUESTION_MARKERS
_COMPOUND_HEADS: Final = frozenset("NneOQT")
#: Classes of function words (in most sentences): never a multi-word expression's key.
_FUNCTION_CLASSES: Final = frozenset("bhmPotCIRDpX")
_NOUNISH: Final = frozenset("NnO")
#: Classes of the words between a figure and a wound noun ("two bullet wounds", "stab").
_WOUND_KINDS: Final = frozenset("wnvV")


def _by_first_word(table: Mapping[tuple[str, ...], str]) -> Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Multi-word expressions by their first word, longest first."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, code in table.items():
        index.setdefault(words[0], []).append((words, code))
    return MappingProxyType({w: tuple(sorted(entries, key=lambda e: -len(e[0]))) for w, entries in index.items()})


_MULTI: Final = _by_first_word(lx.MULTIWORDS)


def _thirds(table: Mapping[tuple[str, ...], str]) -> Mapping[tuple[str, str], frozenset[str]]:
    """The first two words of each multi-word expression -> the words that may come third
    ("" for an expression of two words)."""
    index: dict[tuple[str, str], set[str]] = {}
    for words in table:
        index.setdefault((words[0], words[1]), set()).add(words[2] if len(words) > 2 else "")
    return MappingProxyType({pair: frozenset(thirds) for pair, thirds in index.items()})


_MULTI_THIRDS: Final = _thirds(lx.MULTIWORDS)


#: What the plain path needs of a word or symbol: its class, its alternatives and whether
#: they hold a trigger class.
_Entry = tuple[str, frozenset[str], bool]


def _entry(code: str, alternatives: frozenset[str]) -> _Entry:
    """A plain word's or symbol's class, alternatives and whether they hold a trigger."""
    return code, alternatives, not lx.TRIGGER_CLASSES.isdisjoint(alternatives)


# The first word of a multi-word expression (``_MERGES``: plain unless the expression
# follows) and a word or symbol that the careful path reads (``_SLOW``).
_MERGES: Final[_Entry] = ("+", _NO, False)
_SLOW: Final[_Entry] = ("!", _NO, False)
_MERGE_PLAIN: Final[Mapping[str, _Entry]] = MappingProxyType(
    {w: _entry(c, _ALTS.get(w, _NO)) for w, c in lx.CLASS_OF.items() if w in _MULTI}
)
# Every word and symbol that a token's text may be (word tokens are letters only, symbol
# tokens one character that is neither a letter nor a digit).
_TABLE: Final[Mapping[str, _Entry]] = MappingProxyType(
    {w: _MERGES if w in _MULTI else _entry(c, _ALTS.get(w, _NO)) for w, c in lx.CLASS_OF.items() if w.isalpha()}
    | {w: _MERGES for w in _MULTI if w not in lx.CLASS_OF and w.isalpha()}
    | {t: _entry(c, _NO) for t, c in lx.SYMBOL_CLASS.items()}
    | dict.fromkeys(_CAREFUL, _SLOW)
)


def _trigger_words() -> frozenset[str]:
    """The words of every word that may take a trigger class (default, other or by its
    neighbours), and one word of every multi-word expression that does: a text with none of them holds no
    trigger (a hyphenated word takes the class of its last part).

    An expression matches only where all its words stand, so one word of it is enough:
    a word that is a key already ("lives" of "lost their lives", not "their", which
    most sentences hold), else its longest word of no function class ("gun" of "gun
    down", not "down").
    """
    trigger = lx.TRIGGER_CLASSES
    keys = [w for w, c in lx.CLASS_OF.items() if c in trigger]
    keys += [w for w, a in lx.AMBIGUOUS.items() if not trigger.isdisjoint(a.default + a.others + a.capitalised)]
    keys += [w for w, rules in lx.BY_NEIGHBOURS.items() if any(r.code in trigger for r in rules)]
    single = frozenset(t.text for key in keys for t in tokenize(key) if t.kind == "word")
    multi = [words for words, code in lx.MULTIWORDS.items() if code in trigger]
    longest = [max(words, key=_selective) for words in multi if single.isdisjoint(words)]
    return single | {t.text for key in longest for t in tokenize(key) if t.kind == "word"}


def _selective(word: str) -> tuple[bool, int]:
    """How few sentences a word may be expected in: a word of no function class first,
    then a longer one."""
    return lx.CLASS_OF.get(word, "w") not in _FUNCTION_CLASSES, len(word)


#: The prefilter's words (:func:`classify_triggered`).
_TRIGGER_WORDS: Final = _trigger_words()
_TEXT: Final = itemgetter(0)


class Unit(NamedTuple):
    """One unit of a text and its class.

    Attributes
    ----------
    start, end : int
        Character offsets in the text (equal for the empty ``.`` that ends a sentence
        without a full stop).
    text : str
        The unit's text, lower-cased ("" for that empty ``.``).
    code : str
        Its class, one character of ``ALPHABET``.
    alternatives : frozenset of str
        The other classes it may have (a declared ambiguity), for L2 to decide.
    figure : Figure or None
        The figure of an ``F`` unit (and of a ``d`` unit read from one).
    """

    start: int
    end: int
    text: str
    code: str
    alternatives: frozenset[str]
    figure: Figure | None


class SentenceSpan(NamedTuple):
    """The units ``[first, end)`` of one sentence (its ``.`` last) and whether it holds a
    trigger: an outcome verb, noun or toll (a class of ``TRIGGER_CLASSES``, default or not)."""

    first: int
    end: int
    trigger: bool


@dataclass(frozen=True)
class Classes:
    """The L1 reading of a text: its ``units``, their classes as one ``string`` (one
    character per unit) and its ``sentences``; the ``tokens`` it read them from, the
    token range ``[first, end)`` of each sentence (``token_sentences``) and the text of
    each token (``token_texts``), for the statement layer (none takes part in equality:
    all follow from the text)."""

    text: str
    units: tuple[Unit, ...]
    string: str
    sentences: tuple[SentenceSpan, ...]
    tokens: tuple[Token, ...] = field(default=(), compare=False, repr=False)
    token_sentences: tuple[tuple[int, int], ...] = field(default=(), compare=False, repr=False)
    token_texts: tuple[str, ...] = field(default=(), compare=False, repr=False)


class _Ctx(NamedTuple):
    """What every step of one reading looks at: the text, its tokens, figures by first token
    and in order."""

    text: str
    toks: Sequence[Token]
    figures: Mapping[int, Figure]
    order: Sequence[int]  # the first tokens of the figures in order, then len(toks)
    texts: Sequence[str]  # the text of each token


def classify(text: str, *, policy: str | Policy = "interval") -> Classes:
    """Read ``text`` into units with one class each (L1 of the cascade).

    Parameters
    ----------
    text : str
        Any text.
    policy : str or Policy
        How figures are read (see :mod:`casualties.policy`).

    Returns
    -------
    Classes
        ``len(string) == len(units)``; every sentence ends with a ``.`` unit.

    Examples
    --------
    >>> c = classify("Twenty herdsmen and 83 cows were killed")
    >>> c.string, [u.text for u in c.units]
    ('FNCFnbV.', ['twenty', 'herdsmen', 'and', '83', 'cows', 'were', 'killed', ''])
    >>> c.units[0].figure.count
    Count(low=20, high=20, best=20)
    >>> classify("The death toll rose to 50 on Monday.").string
    'DTktFPQ.'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    return _classify(text, tokenize(text), get_policy(policy))


def classify_triggered(text: str, *, policy: str | Policy = "interval") -> Classes | None:
    """:func:`classify`, or None when no word of ``text`` may take a trigger class (the
    prefilter, before figures are read: then no sentence holds a trigger and L2-L4 find
    nothing).

    Examples
    --------
    >>> classify_triggered("Nine villagers met on Monday.") is None
    True
    >>> classify_triggered("Nine villagers were wounded.").string
    'FNbV.'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    toks, pol = tokenize(text), get_policy(policy)
    texts = list(map(_TEXT, toks))
    if _TRIGGER_WORDS.isdisjoint(texts):
        return None
    return _classify(text, toks, pol, lean=True, texts=texts)


def _classify(
    text: str, toks: list[Token], policy: Policy, *, lean: bool = False, texts: list[str] | None = None
) -> Classes:
    """:func:`classify` of the tokens of ``text`` (``texts``: their texts, when made
    already); ``lean``: each sentence with no trigger word is one ``~`` unit before its
    ``.`` (:func:`_read_lean`)."""
    texts = list(map(_TEXT, toks)) if texts is None else texts
    figures = {f.first: f for f in scan_tokens(text, toks, policy, texts)}
    ends = sentence_ends(toks, text)
    ctx = _Ctx(text, toks, figures, [*sorted(figures), len(toks)], texts)
    units, closed, alt_triggers, bounds = _read_lean(ctx, ends) if lean else _read(ctx, ends)
    string = "".join(map(_CODE, units))
    token_sentences = tuple(zip([0, *bounds], bounds, strict=False))  # one first more than ends
    spans = _spans(string, closed, alt_triggers)
    return Classes(text, tuple(units), string, spans, tuple(toks), token_sentences, tuple(texts))


def has_trigger(classes: Classes) -> bool:
    """Whether any sentence holds an outcome verb, noun or toll (the prefilter of L2-L4).

    >>> has_trigger(classify("Nine villagers were wounded.")), has_trigger(classify("Nine villagers met."))
    (True, False)
    """
    return any(s.trigger for s in classes.sentences)


def outcome_of(unit: Unit) -> str | None:
    """The outcome an outcome unit states ("killed", "injured", ...), or None.

    >>> [outcome_of(u) for u in classify("Two were shot dead and five hurt").units]
    [None, None, 'killed', None, None, 'injured', None]
    """
    if unit.code not in lx.TRIGGER_CLASSES and lx.TRIGGER_CLASSES.isdisjoint(unit.alternatives):
        return None
    key = unit.text if " " not in unit.text else " ".join(unit.text.split())
    return lx.OUTCOME_OF.get(key.rstrip("."))


# -- the pass over the tokens --------------------------------------------------------------
_Read = tuple[list[Unit], list[int], list[int], list[int]]


def _read_lean(ctx: _Ctx, ends: Sequence[int]) -> _Read:
    """:func:`_read`, but a sentence with no trigger word (``_TRIGGER_WORDS``) and no
    figure across its end is one ``~`` unit before its ``.``: it can hold no trigger, and
    the later layers read no unit of it (the runs of other sentences are read in full;
    when a unit of a run crosses the run's end, the whole text is)."""
    out: _Read = ([], [], [], [])
    units, closed, _, bounds = out
    run = first = 0  # the first token of the run of sentences to read in full, of the sentence
    for end in ends:
        if _holds_trigger_word(ctx, first, end):
            first = end + 1
            continue
        if run < first and not _join(out, _read(ctx, ends, run, first), first):
            return _read(ctx, ends)
        units += _unread(ctx, first, end)
        closed.append(len(units))
        bounds.append(end + 1)
        run = first = end + 1
    if run < len(ctx.toks) and not _join(out, _read(ctx, ends, run, len(ctx.toks)), len(ctx.toks)):
        return _read(ctx, ends)
    return out


def _holds_trigger_word(ctx: _Ctx, first: int, end: int) -> bool:
    """Whether tokens ``[first, end]`` hold a trigger word, or a figure that goes on
    past ``end`` (both are read in full)."""
    if not _TRIGGER_WORDS.isdisjoint(ctx.texts[first : end + 1]):
        return True
    order = ctx.order
    within = order[bisect.bisect_left(order, first) : bisect.bisect_right(order, end)]
    return any(ctx.figures[k].last > end + 1 for k in within)


def _unread(ctx: _Ctx, first: int, end: int) -> list[Unit]:
    """The ``~`` unit of the words of tokens ``[first, end]`` and the ``.`` after it:
    the last token when it is an end mark, else an empty one."""
    toks, new = ctx.toks, tuple.__new__
    last = toks[end]
    mark = last.text in _ENDS and end not in ctx.figures
    out = []
    stop = end - 1 if mark else end
    if stop >= first:
        a, b = toks[first].start, toks[stop].end
        out.append(new(Unit, (a, b, ctx.text[a:b].lower(), "~", _NO, None)))
    if mark:
        out.append(new(Unit, (last.start, last.end, last.text, ".", _NO, None)))
    else:
        out.append(new(Unit, (last.end, last.end, "", ".", _NO, None)))
    return out


def _join(out: _Read, part: _Read, end: int) -> bool:
    """Add the reading ``part`` of a run of sentences to ``out`` (its unit indices moved
    on); False when its last unit crosses the run's ``end``."""
    if part[3] and part[3][-1] != end:
        return False
    units, closed, alt_triggers, bounds = out
    shift = len(units)
    units += part[0]
    closed += [k + shift for k in part[1]]
    alt_triggers += [k + shift for k in part[2]]
    bounds += part[3]
    return True


def _read(ctx: _Ctx, ends: Sequence[int], start: int = 0, stop_at: int = -1) -> _Read:
    """Every unit of the text; ``ends`` are each sentence's last token index.

    Returns the units, the number of units at each sentence's end, the indices of the
    units whose alternatives hold a trigger class, and the token index after each
    sentence. A plain word or symbol (most tokens: one lookup in ``_TABLE``) is read
    here, before the sentence's last token and the next figure (``limit``); the rest by
    :func:`_next_unit`. ``start`` and ``stop_at`` (-1: the end) make it read the
    sentences of those tokens only.
    """
    text, toks, figures, figs, _ = ctx
    table, new, joins, stops = _TABLE, tuple.__new__, _NEVER_JOINS, _ENDS
    units: list[Unit] = []
    closed: list[int] = []
    alt_triggers: list[int] = []
    bounds: list[int] = []
    n, i, first_word = len(toks) if stop_at < 0 else stop_at, start, True
    s, f = bisect.bisect_left(ends, start), bisect.bisect_left(figs, start)
    stop = ends[s] if s < len(ends) else n - 1
    limit = min(stop, figs[f])
    while i < n:
        t, a, b, kind = toks[i]
        if i < limit:
            nxt = toks[i + 1]
            if nxt[1] != b or nxt[0] in joins or (i + 1 == stop and nxt[0] in stops):
                entry = table.get(t)
                if entry is None:
                    entry = _OTHER if kind == "word" and not text[a].isupper() else _unlisted(kind, first_word)
                elif entry is _MERGES:
                    entry = _SLOW if _may_merge(toks, i, (t, nxt[0])) else _MERGE_PLAIN.get(t)
                    if entry is None:
                        entry = _OTHER if not text[a].isupper() else _unlisted(kind, first_word)
                if entry is not None and entry is not _SLOW:
                    code, alternatives, trigger = entry
                    if trigger:
                        alt_triggers.append(len(units))
                    units.append(new(Unit, (a, b, t, code, alternatives, None)))
                    first_word = first_word and kind == "sym"
                    i += 1
                    continue
        if i >= stop and t in stops and i not in figures:
            unit, j = new(Unit, (a, b, t, ".", _NO, None)), i + 1
        else:
            unit, j = _next_unit(ctx, i, stop, first_word)
            if unit.alternatives and not lx.TRIGGER_CLASSES.isdisjoint(unit.alternatives):
                alt_triggers.append(len(units))
        units.append(unit)
        first_word = first_word and kind == "sym"
        if j > stop:
            if unit.code != ".":
                units.append(new(Unit, (unit.end, unit.end, "", ".", _NO, None)))
            closed.append(len(units))
            bounds.append(j)
            first_word = True
            s, stop = _next_stop(ends, s, j, n)
        while figs[f] < j:
            f += 1
        limit, i = min(stop, figs[f]), j
    return units, closed, alt_triggers, bounds


def _unlisted(kind: str, first_word: bool) -> _Entry | None:
    """The entry of a token the lexicon does not hold, but a lower-case word: a symbol,
    a name (None for the careful path when it opens a sentence), or digits (None)."""
    if kind == "sym":
        return _SYMBOL
    return _NAME if kind == "word" and not first_word else None


def _next_stop(ends: Sequence[int], s: int, j: int, n: int) -> tuple[int, int]:
    """The sentence (index into ``ends``) and last token index of the sentence that holds
    token ``j``, from sentence ``s`` on."""
    while s < len(ends) and ends[s] < j:
        s += 1
    return s, (ends[s] if s < len(ends) else n - 1)


def _may_merge(toks: Sequence[Token], i: int, pair: tuple[str, str]) -> bool:
    """Whether a multi-word expression may start at token ``i`` (its first three words)."""
    thirds = _MULTI_THIRDS.get(pair)
    return thirds is not None and ("" in thirds or (i + 2 < len(toks) and toks[i + 2].text in thirds))


def _spans(string: str, closed: Sequence[int], alt_triggers: Sequence[int]) -> tuple[SentenceSpan, ...]:
    """The sentences of a class string, from the unit count at each sentence's end."""
    spans = []
    first, k = 0, 0
    for end in closed:
        trigger = _TRIGGER.search(string, first, end) is not None
        while k < len(alt_triggers) and alt_triggers[k] < end:
            trigger, k = True, k + 1
        spans.append(SentenceSpan(first, end, trigger))
        first = end
    return tuple(spans)


def _next_unit(ctx: _Ctx, i: int, stop: int, first_word: bool) -> tuple[Unit, int]:
    """The unit that starts at token ``i`` and the token index after it."""
    fig = ctx.figures.get(i)
    if fig is not None:
        return _figure_unit(ctx, fig, stop)
    kind = ctx.toks[i].kind
    if kind == "word":
        return _multiword_unit(ctx, i, stop) or _word_unit(ctx, i, stop, first_word)
    if kind == "digits":
        return _digits_unit(ctx, i, stop)
    return _symbol_unit(ctx, i, stop)


def _unit(ctx: _Ctx, i: int, j: int, code: str, alternatives: frozenset[str], fig: Figure | None) -> Unit:
    """The unit of tokens ``[i, j)``."""
    toks = ctx.toks
    first = toks[i]
    if j == i + 1:
        return tuple.__new__(Unit, (first.start, first.end, first.text, code, alternatives, fig))
    end = toks[j - 1].end
    return tuple.__new__(Unit, (first.start, end, ctx.text[first.start : end].lower(), code, alternatives, fig))


def _attached(toks: Sequence[Token], j: int) -> bool:
    """Token ``j`` follows token ``j - 1`` with no space."""
    return toks[j].start == toks[j - 1].end


# -- figures ---------------------------------------------------------------------------------
def _figure_unit(ctx: _Ctx, fig: Figure, stop: int) -> tuple[Unit, int]:
    """A figure: ``F``, or ``d`` when it counts no one (an ordinal, an age, a year...)."""
    if fig.ordinal:
        return _unit(ctx, fig.first, fig.last, "d", _NO, fig), fig.last
    j = _figure_suffix(ctx, fig, stop)
    if j > fig.last or _counts_no_one(ctx, fig):
        return _unit(ctx, fig.first, j, "d", _ALT_F, fig), j
    return _unit(ctx, fig.first, j, "F", _ALT_X if fig.kind == "zero" else _NO, fig), j


def _figure_suffix(ctx: _Ctx, fig: Figure, stop: int) -> int:
    """The token index after a figure and what makes it a clock time, an age or a share
    ("10:30 am", "25-year-old", "40 percent"); ``fig.last`` when nothing does."""
    toks, j = ctx.toks, fig.last
    if j > stop or toks[j].text not in _SUFFIX_STARTS:
        return j
    texts = [t.text for t in toks[j : min(stop + 1, j + 5)]]
    texts += [""] * (5 - len(texts))
    if texts[0] in lx.PERCENT_WORDS:
        return j + 1
    if texts[0] == "per" and texts[1] == "cent":
        return j + 2
    if fig.kind != "number" or fig.qualifier is not None:
        return j
    k = 1 if texts[0] == "-" else 0
    if texts[k] in lx.AGE_UNITS and texts[k + 1 + (texts[k + 1] == "-")] == "old":
        return j + k + 2 + (texts[k + 1] == "-")
    if k and _compound_modifier(toks, j, stop):
        return j + 2  # "a one-room house", "a three-storey block": a modifier, no count
    if texts[0] == ":" and j + 1 in ctx.figures and _attached(toks, j) and _attached(toks, j + 1):
        j = ctx.figures[j + 1].last  # "10:30"
        texts = [t.text for t in toks[j : min(stop + 1, j + 4)]] + [""] * 4
    if texts[0] in lx.CLOCK_WORDS:
        return j + 1
    if texts[0] in ("a", "p") and texts[1:4] == [".", "m", "."]:
        return j + 4
    if texts[0] == "o" and texts[1] in ("'", "’") and texts[2] == "clock":
        return j + 3
    return j


def _compound_modifier(toks: Sequence[Token], j: int, stop: int) -> bool:
    """Token ``j`` is a hyphen that joins the figure before it to a word after it, with no
    space ("one-room", "two-day", "three-storey"); not a fraction ("two-thirds")."""
    if j + 1 > stop or not (_attached(toks, j) and _attached(toks, j + 1)):
        return False
    word = toks[j + 1]
    return word.kind == "word" and word.text not in en.FRACTIONS


def _counts_no_one(ctx: _Ctx, fig: Figure) -> bool:
    """A figure that is a year, a day of a month, money, an age after "aged", a count of
    wounds ("two bullet wounds"), a question ("how many"), or part of a name ("M5", "F-16")."""
    toks, i, j = ctx.toks, fig.first, fig.last
    first = toks[i]
    before = toks[i - 1] if i else None
    if before is not None and before.text in _NO_ONE_BEFORE:
        return True
    if fig.qualifier is not None and j < len(toks) and toks[j].text in lx.DURATION_UNITS:
        return True  # "over two days", "nearly three weeks": a duration
    if _wounds_after(toks, j):
        return True  # "two bullet wounds": wounds on one body
    if first.kind != "digits" or j != i + 1 or fig.kind != "number" or fig.qualifier is not None:
        return False
    if before is not None and _attached(toks, i) and (before.kind == "word" or _hyphen_after_word(toks, i - 1)):
        return True
    if _slashed(toks, i):
        return True
    after = toks[j] if j < len(toks) else None
    if len(first.text) == 4 and int(first.text) in lx.YEARS:
        return after is None or lx.CLASS_OF.get(after.text) not in _NOUNISH
    if len(first.text) <= 2 and 1 <= int(first.text) <= 31 and (_is_month(ctx, before) or _is_month(ctx, after)):
        return True
    return _age_after_name(ctx, i, after)


def _wounds_after(toks: Sequence[Token], j: int) -> bool:
    """Whether a wound noun (:data:`~casualties.lexicon.en_classes.WOUND_COUNTS`) follows
    token ``j`` within three words, with only words of its kind before it ("two bullet
    wounds"; not "two with stab wounds")."""
    for t in toks[j : j + 3]:
        if t.text in lx.WOUND_COUNTS:
            return True
        if t.kind != "word" or lx.CLASS_OF.get(t.text, "w") not in _WOUND_KINDS:
            return False
    return False


def _slashed(toks: Sequence[Token], i: int) -> bool:
    """Digits joined to other digits by a slash with no space: a date or a fraction
    ("on 14/11", "12/03/2017", "24/7"), never a count of people."""
    before = i >= 2 and toks[i - 1].text == "/" and toks[i - 2].kind == "digits"
    if before and _attached(toks, i) and _attached(toks, i - 1):
        return True
    after = i + 2 < len(toks) and toks[i + 1].text == "/" and toks[i + 2].kind == "digits"
    return after and _attached(toks, i + 1) and _attached(toks, i + 2)


def _age_after_name(ctx: _Ctx, i: int, after: Token | None) -> bool:
    """A number of up to three digits set off by commas right after a capitalised word or
    a person noun in the singular: an age ("Ali Musa, 44, was shot", "his son, 12, died")."""
    toks = ctx.toks
    if i < 2 or after is None or after.text != "," or toks[i - 1].text != "," or len(toks[i].text) > 3:
        return False
    name = toks[i - 2]
    person = lx.CLASS_OF.get(name.text) == "N" and not name.text.endswith("s")
    return name.kind == "word" and (person or ctx.text[name.start].isupper()) and 0 < int(toks[i].text) < 120


def _hyphen_after_word(toks: Sequence[Token], k: int) -> bool:
    """Token ``k`` is a hyphen attached to a word before it ("F-16")."""
    return k > 0 and toks[k].text == "-" and toks[k - 1].kind == "word" and _attached(toks, k)


def _is_month(ctx: _Ctx, tok: Token | None) -> bool:
    """A month word ("May" only with its capital)."""
    if tok is None or tok.text not in en.MONTHS:
        return False
    return tok.text in _MONTHS or ctx.text[tok.start].isupper()


# -- words -----------------------------------------------------------------------------------
def _multiword_unit(ctx: _Ctx, i: int, stop: int) -> tuple[Unit, int] | None:
    """The longest multi-word expression at token ``i`` (within the sentence, no figure in it)."""
    entries = _MULTI.get(ctx.toks[i].text)
    if entries is None:
        return None
    toks, figures = ctx.toks, ctx.figures
    for words, code in entries:
        j = i + len(words)
        if j - 1 > stop:
            continue
        if all(toks[k].text == w and k not in figures for k, w in zip(range(i + 1, j), words[1:], strict=True)):
            return _unit(ctx, i, j, code, _NO, None), j
    return None


def _word_unit(ctx: _Ctx, i: int, stop: int, first_word: bool) -> tuple[Unit, int]:
    """A word with what is attached to it: hyphenated parts, abbreviation dots, digits."""
    j = _word_end(ctx, i, stop)
    toks = ctx.toks
    word = toks[i].text if j == i + 1 else ctx.text[toks[i].start : toks[j - 1].end].lower()
    code, alternatives = _word_class(ctx, word, i, j, first_word)
    return _unit(ctx, i, j, code, alternatives, None), j


def _word_end(ctx: _Ctx, i: int, stop: int) -> int:
    """The token index after the word that starts at ``i``: "pro-regime", "o'clock", "U.S.",
    "Dr.", "M5"; not "'s" or "'t", which are units of their own."""
    toks, figures = ctx.toks, ctx.figures
    j = i + 1
    while j <= stop and _attached(toks, j):
        t = toks[j]
        if t.text == "-" or t.text in _APOSTROPHES:
            nxt = toks[j + 1] if j + 1 <= stop else None
            if _model_number(ctx, i, j, nxt):
                j += 2
                continue
            if nxt is None or nxt.kind != "word" or not _attached(toks, j + 1) or j + 1 in figures:
                break
            if t.text != "-" and nxt.text in ("s", "t"):
                break
            j += 2
        elif t.text == "." and j != stop:
            if _ends_before_closers(toks, j, stop):
                break  # 'were killed."': the end mark of a quoted sentence
            j += 1
            if not (j < stop and toks[j].kind == "word" and len(toks[j].text) == 1 and _attached(toks, j)):
                break  # "U.S.": a letter after the dot goes on
        elif t.kind != "sym" and j not in figures:
            j += 1
        else:
            break
    return j


def _ends_before_closers(toks: Sequence[Token], i: int, stop: int) -> bool:
    """Whether the end mark at token ``i`` ends its sentence before closing quotes or
    brackets attached up to ``stop``, the sentence's last token ('"Six died."').

    >>> t = 'He said: "Six died." Then he left.'
    >>> _ends_before_closers(tokenize(t), 6, 7)
    True
    """
    return i < stop and all(toks[k].text in _CLOSERS and _attached(toks, k) for k in range(i + 1, stop + 1))


def _model_number(ctx: _Ctx, i: int, j: int, nxt: Token | None) -> bool:
    """A capitalised word, a hyphen at token ``j`` and digits, all attached: the name of a
    model ("An-26", "F-16", "AK-47"), no figure."""
    return (
        j == i + 1
        and ctx.toks[j].text == "-"
        and nxt is not None
        and nxt.kind == "digits"
        and _attached(ctx.toks, j + 1)
        and ctx.text[ctx.toks[i].start].isupper()
    )


def _word_class(ctx: _Ctx, word: str, i: int, j: int, first_word: bool) -> tuple[str, frozenset[str]]:
    """The class of a word unit and its alternatives."""
    key = word.rstrip(".")
    by_neighbours = lx.BY_NEIGHBOURS.get(key)
    if by_neighbours is not None and (decided := _by_neighbours(ctx, key, by_neighbours, i, j)) is not None:
        return decided
    code = lx.CLASS_OF.get(key)
    original = ctx.text[ctx.toks[i].start : ctx.toks[j - 1].end]
    if code is None and len(key) > 1 and ("-" in key or "'" in key):
        code = _compound_class(key)
        cap = not original.islower()  # "al-Shabaab"
    else:
        cap = original[0].isupper()
    if code is None:
        if not cap:
            return "w", _NO
        if not first_word or "." in key:  # "U.S."
            return "Y", _NO
        nxt = ctx.toks[j] if j < len(ctx.toks) else None
        if nxt is not None and nxt.kind == "word" and nxt.text not in lx.CLASS_OF and ctx.text[nxt.start].isupper():
            return "Y", _ALT_W
        if _before_kin(ctx.toks, j) or _named_before(ctx.text, original, ctx.toks[i].start):
            return "Y", _ALT_W
        return "w", _ALT_Y
    if cap and key in lx.ACRONYMS and original.isupper():
        return "Y", frozenset(code)
    if cap and not first_word:
        amb = lx.AMBIGUOUS.get(key)
        if amb is not None and amb.capitalised:
            return amb.capitalised, frozenset(amb.default + amb.others) - {amb.capitalised}
    return code, _ALTS.get(key, _NO)


def _before_kin(toks: Sequence[Token], j: int) -> bool:
    """Whether tokens ``j`` on are "and his" / "and her": the capitalised word before them
    names a person ("Oduya and his brother were shot").
    """
    return j + 1 < len(toks) and toks[j].text == "and" and toks[j + 1].text in _KIN_OPENERS


#: How far back (characters) a surname opening a sentence looks for its full name.
_NAME_REACH: Final = 1500


def _named_before(text: str, word: str, start: int) -> bool:
    """Whether ``word``, opening a sentence at ``start``, stands before it inside a name:
    after another word ("Ali Musa was shot. Musa died": the surname of a person named),
    within :data:`_NAME_REACH` characters (a bounded look back keeps L1 linear)."""
    k = text.find(word, max(0, start - _NAME_REACH), start)
    while k >= 2:
        end = k + len(word)
        if text[k - 1] == " " and text[k - 2].isalpha() and not text[end : end + 1].isalnum():
            return True
        k = text.find(word, end, start)
    return False


def _by_neighbours(
    ctx: _Ctx, key: str, rules: Sequence[lx.Neighbours], i: int, j: int
) -> tuple[str, frozenset[str]] | None:
    """The class the neighbours of the word ``key`` at tokens ``[i, j)`` give it, and its
    own class as the alternative; None when no rule of ``rules`` holds."""
    before = _neighbour_class(ctx, i - 1) if i else "."
    after = _neighbour_class(ctx, j)
    for rule in rules:
        if (not rule.before or before in rule.before) and (not rule.after or after in rule.after):
            return rule.code, frozenset(lx.CLASS_OF.get(key, "w")) - {rule.code}
    return None


def _neighbour_class(ctx: _Ctx, k: int) -> str:
    """The class of token ``k`` as a neighbour: ``F`` for the first token of a figure, ``Y``
    for a capitalised word of no class, ``.`` past the text or at a sentence end."""
    if k >= len(ctx.toks):
        return "."
    if k in ctx.figures:
        return "F"
    tok = ctx.toks[k]
    if tok.kind != "word":
        return "." if tok.text in _ENDS else lx.SYMBOL_CLASS.get(tok.text, "s")
    code = lx.CLASS_OF.get(tok.text)
    if code is None or code in "nw":
        return "Y" if ctx.text[tok.start].isupper() else (code or "w")
    return code


def _compound_class(word: str) -> str | None:
    """The class of a hyphenated word that is not in the lexicon: its last part's, when that
    is a noun ("suicide-bomber", "death-toll"); None otherwise."""
    code = lx.CLASS_OF.get(word.replace("’", "'").rsplit("-", 1)[-1])
    return code if code in _COMPOUND_HEADS and "-" in word else None


# -- digits and symbols ---------------------------------------------------------------------
def _digits_unit(ctx: _Ctx, i: int, stop: int) -> tuple[Unit, int]:
    """Digits that are no figure ("1990s", "2.5"), with the letters attached after them."""
    toks, figures = ctx.toks, ctx.figures
    j = i + 1
    while j <= stop and toks[j].kind != "sym" and _attached(toks, j) and j not in figures:
        j += 1
    return _unit(ctx, i, j, "d", _NO, None), j


def _symbol_unit(ctx: _Ctx, i: int, stop: int) -> tuple[Unit, int]:
    """A symbol: the sentence end, a possessive, a negation "'t", a quote, a dash..."""
    toks = ctx.toks
    t = toks[i].text
    if t in _ENDS:
        return _unit(ctx, i, i + 1, "." if i == stop else "s", _NO, None), i + 1
    if t in _APOSTROPHES and i and _attached(toks, i) and toks[i - 1].kind != "sym":
        nxt = toks[i + 1] if i + 1 <= stop and _attached(toks, i + 1) else None
        if nxt is not None and nxt.text in ("s", "t"):
            return _unit(ctx, i, i + 2, "'" if nxt.text == "s" else "X", _NO, None), i + 2
        if nxt is None and toks[i - 1].text.endswith("s"):
            return _unit(ctx, i, i + 1, "'", _NO, None), i + 1
    if t == "-" and i + 1 <= stop and toks[i + 1].text == "-" and _attached(toks, i + 1):
        return _unit(ctx, i, i + 2, "-", _NO, None), i + 2
    return _unit(ctx, i, i + 1, lx.SYMBOL_CLASS.get(t, "s"), _NO, None), i + 1
