"""Quantified figures: "at least 11", "between 10 and 20", "dozens" -> :class:`Count`.

:func:`find_figures` reads every figure in a text in one left-to-right pass over its
tokens; :func:`parse` reads a single phrase. The meaning of each qualifier is the
policy's (:mod:`casualties.policy`); the words are the lexicon's.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from fractions import Fraction
from types import MappingProxyType
from typing import Final, NamedTuple, TypeVar

from .count import MAX_PEOPLE, Count
from .errors import ParseError
from .lexicon import en
from .numbers import (
    AFTER_DIGITS,
    AFTER_SMALL_WORD,
    ARTICLE_NEXT,
    ARTICLE_OPENERS,
    MAX_DIGITS,
    SMALL_WORDS,
    Number,
    Token,
    quantulum_value,
    read_number,
    tokenize,
)
from .policy import POLICIES, Policy, get_policy

__all__ = ["Figure", "find_figures", "parse", "scan_tokens"]

# The longest numeral we read as one (a guard against pathological input).
_MAX_NUMBER_TOKENS: Final = 64
# Phrases longer than this never reach the (slow) quantulum3 fallback.
_MAX_FALLBACK_CHARS: Final = 120


def _by_first_word(
    table: Mapping[str, tuple[tuple[str, ...], ...]],
) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Index word tuples by their first word, longest first."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for op, phrases in table.items():
        for words in phrases:
            index.setdefault(words[0], []).append((words, op))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


_PREFIX: Final = _by_first_word(en.PREFIX_QUALIFIERS)
_SUFFIX: Final = _by_first_word(en.SUFFIX_QUALIFIERS)
_ZERO: Final = _by_first_word({"ZERO": en.ZERO_PHRASES})
_BEST: Final = _by_first_word({"BEST": en.BEST_MARKERS})
_SCALE_WORDS: Final = {w: v for w, v in en.SCALES.items()} | {w: 100 for w in en.HUNDRED}
_SINGULAR_SCALES: Final = {w: v for w, v in _SCALE_WORDS.items() if not w.endswith("s")}
_PLURAL_SCALES: Final = {w: v for w, v in _SCALE_WORDS.items() if w.endswith("s")}
# Words that can open a figure whatever the policy and whatever follows them (digit runs
# always can), but for the articles that :func:`~casualties.numbers.read_number` reads
# only before a multiplier ("a hundred").
_FREE: Final = frozenset(
    {
        *en.ZERO_DETERMINERS,
        *en.RANGE_OPENERS,
        *en.UNITS,
        *en.TEENS,
        *en.TENS,
        *en.HUNDRED,
        *en.SCALES,
        *en.DOZEN,
        *en.ARTICLES,
        *en.FRACTIONS,
        *en.ORDINALS,
        *en.VULGAR_FRACTIONS,
    }
    | {t + u for t in en.TENS for u in en.UNITS}
) - frozenset(ARTICLE_OPENERS)
# Words that can open a figure whatever the policy (digit runs always can). "." opens
# one only right before digits (".5").
_STARTERS: Final = _FREE | frozenset(ARTICLE_OPENERS) | {*_PREFIX, *_ZERO, "."}


# What may follow the digits of a decade ("1990s", "1990's").
_DECADE_NEXT: Final = en.DECADE_SUFFIXES | en.DECADE_APOSTROPHES
_RANGE_OPENERS: Final = dict(en.RANGE_OPENERS)
#: Range openers that are no part of a figure without their closer ("from one family").
_RANGE_ONLY: Final = frozenset({"between", "from"})
# Words after a digit run (and a space) that may carry on the numeral or qualify it: a
# scale, the suffix of a decade, a range ("10 to 20"), a qualifier after ("11 or more"),
# a best estimate. After any other word the digits are the figure as they stand.
_DIGITS_GO_ON: Final = AFTER_DIGITS | _DECADE_NEXT | frozenset(en.RANGE_JOINERS) | frozenset(_SUFFIX) | frozenset(_BEST)
# Words after a number word below a hundred that may carry on the numeral or qualify it
# (as ``_DIGITS_GO_ON`` after digits): "twenty one", "two hundred", "two or three".
_WORD_GOES_ON: Final = AFTER_SMALL_WORD | frozenset(en.RANGE_JOINERS) | frozenset(_SUFFIX) | frozenset(_BEST)

_L = TypeVar("_L")


class Figure(NamedTuple):
    """One figure found in a text (an immutable record).

    Attributes
    ----------
    count : Count
        Its reading under the policy used.
    start, end : int
        Character offsets of the figure's words, qualifiers included.
    first, last : int
        Token indices ``[first, last)``.
    kind : str
        ``"number"``, ``"range"``, ``"vague"`` or ``"zero"``.
    qualifier : str or None
        The operator that bounded it ("GE", "GT", "LE", "LT", "APPROX", "NEAR",
        "EQ"), or None.
    spelled : bool
        Whether the numeral was written in words.
    ordinal : bool
        Whether it is an ordinal ("the tenth"): not a count of people.
    """

    count: Count  # type: ignore[assignment]  # the field shadows tuple.count on purpose
    start: int
    end: int
    first: int
    last: int
    kind: str
    qualifier: str | None
    spelled: bool
    ordinal: bool


class _Base(NamedTuple):
    """A value before qualifiers: its interval and where it lies."""

    low: Fraction | int
    high: Fraction | int | None
    best: Fraction | int
    first: int
    last: int
    kind: str
    spelled: bool
    ordinal: bool
    scale: int | None


def _moved(base: _Base, first: int, last: int) -> _Base:
    """``base`` with its words now ``[first, last)`` (what ``_replace`` does, faster)."""
    low, high, best, _, _, kind, spelled, ordinal, scale = base
    return tuple.__new__(_Base, (low, high, best, first, last, kind, spelled, ordinal, scale))


def _match(
    texts: Sequence[str], i: int, index: Mapping[str, list[tuple[tuple[str, ...], _L]]]
) -> tuple[_L, int] | None:
    """Longest word tuple of ``index`` at ``texts[i]``: (its label, index after it)."""
    n = len(texts)
    if i >= n:
        return None
    for words, label in index.get(texts[i], ()):
        k = len(words)
        # the second word first: most candidates differ there, and no tuple is made
        if k == 1 or (i + k <= n and texts[i + 1] == words[1] and (k == 2 or tuple(texts[i : i + k]) == words)):
            return label, i + k
    return None


class _Tables(NamedTuple):
    """What reading under one policy needs, built once per policy.

    Attributes
    ----------
    vague_index : dict
        The policy's vague words indexed by first word, longest first.
    starters : frozenset of str
        Every word that can open a figure (a token that is none of these, and no digit
        run, is skipped at once).
    single : Mapping of str to Count
        One-word phrases ("eleven", "dozens", "nobody") and what :func:`parse` reads
        them as: the reading of the general path, made once.
    follows : Mapping of str to frozenset of str
        Starters that open a figure only before one of some words ("in" before "excess"
        or "the", "a" before "few", "hundred", ...): those words. A starter not in it
        may open a figure whatever follows.
    dot_digits : bool
        Whether "." opens a figure only right before digits (".5"), as it does unless a
        table of the policy starts with it.
    small : Mapping of str to Count
        The number words below a hundred that open nothing else under the policy (no
        qualifier, range, zero phrase or vague amount starts with them) and their count:
        the fast path of :meth:`_Scanner.small_word`.
    """

    vague_index: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]
    starters: frozenset[str]
    single: Mapping[str, Count]
    follows: Mapping[str, frozenset[str]]
    dot_digits: bool
    small: Mapping[str, Count]


# One-word phrases whose reading the tables hold (with the policy's one-word vague words).
_SINGLE_WORDS: Final = frozenset(
    {
        *en.UNITS,
        *en.TEENS,
        *en.TENS,
        *(t + u for t in en.TENS for u in en.UNITS),
        *en.HUNDRED,
        *en.SCALES,
        *en.DOZEN,
        *(words[0] for words in en.ZERO_PHRASES if len(words) == 1),
    }
)


@functools.lru_cache(maxsize=32)
def _policy_tables(policy: Policy) -> _Tables:
    """The reading tables of ``policy`` (a pure function of a frozen policy)."""
    vague_index: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for key in policy.vague:
        vague_index.setdefault(key[0], []).append((key, key))
    for entries in vague_index.values():
        entries.sort(key=lambda e: -len(e[0]))
    follows = _follows(vague_index)
    dot_digits = "." not in follows and "." not in vague_index
    others = {*_PREFIX, *_ZERO, *en.ZERO_DETERMINERS, *_RANGE_OPENERS, *vague_index}
    small = MappingProxyType({w: Count(v, v, v) for w, v in SMALL_WORDS.items() if w not in others})
    tables = _Tables(vague_index, _STARTERS | frozenset(vague_index), MappingProxyType({}), follows, dot_digits, small)
    single: dict[str, Count] = {}
    for word in _SINGLE_WORDS | {key[0] for key in policy.vague if len(key) == 1}:
        if word.isascii() and word.isalpha():
            try:
                single[word] = _read_tokens(word, tokenize(word), policy, tables, fallback=False)
            except ParseError:
                pass
    return tables._replace(single=MappingProxyType(single))


def _follows(
    vague_index: Mapping[str, list[tuple[tuple[str, ...], tuple[str, ...]]]],
) -> Mapping[str, frozenset[str]]:
    """The starters that open a figure only before some words, and those words.

    A word that only starts phrases of two words or more (a qualifier "in excess of", a
    zero phrase "not one", a vague amount "a few") or is an article opening a numeral
    ("a hundred") needs one of their second words next; any other way to open a figure
    (a number word, a one-word qualifier or vague amount) needs nothing.
    """
    nexts: dict[str, set[str]] = {w: set(ARTICLE_NEXT) for w in ARTICLE_OPENERS}
    free = set(_FREE)
    for index in (_PREFIX, _ZERO, vague_index):
        for first, entries in index.items():
            for words, _ in entries:
                if len(words) == 1:
                    free.add(first)
                else:
                    nexts.setdefault(first, set()).add(words[1])
    return MappingProxyType({w: frozenset(after) for w, after in nexts.items() if w not in free})


class _Scanner:
    """Reads figures from one token list under one policy."""

    def __init__(
        self, text: str, toks: list[Token], policy: Policy, tables: _Tables, texts: Sequence[str] | None = None
    ) -> None:
        self.text = text
        self.toks = toks
        self.texts = [t.text for t in toks] if texts is None else texts
        self.policy = policy
        self.vague = policy.vague
        self.vague_index, self.starters = tables.vague_index, tables.starters
        self.follows, self.dot_digits, self.small = tables.follows, tables.dot_digits, tables.small
        self.rejected: list[str] = []
        # The first figure refused as more than any population, if any.
        self.too_large: str | None = None
        self.skip_to = 0

    # -- values -------------------------------------------------------------------------
    def number(self, i: int) -> _Base | None:
        num: Number | None = read_number(self.toks, i, self.text)
        if num is None:
            tok = self.toks[i] if i < len(self.toks) else None
            if tok is not None and tok.kind == "digits" and len(tok.text) > MAX_DIGITS:
                self.rejected.append("numeral too long")
                self.skip_to = i + 1
            return None
        if num.last - num.first > _MAX_NUMBER_TOKENS:
            self.rejected.append("numeral too long")
            self.skip_to = num.last
            return None
        k = num.last
        if k < len(self.toks) and self.toks[k].text in _DECADE_NEXT and self.decade(num):
            return None
        v = num.value
        return tuple.__new__(_Base, (v, v, v, num.first, k, "number", num.spelled, num.ordinal, num.scale))

    def decade(self, num: Number) -> bool:
        """ "the 1990s", "the 1990's", "in their 50s": a period or an age bracket, not a
        count. Refuses it (the reason kept) and reports whether it did."""
        if num.spelled or num.scale is not None or num.ordinal:
            return False
        toks, k = self.toks, num.last
        if k < len(toks) and toks[k].text in en.DECADE_APOSTROPHES and toks[k].start == toks[k - 1].end:
            k += 1
        if not (
            k < len(toks)
            and toks[k].text in en.DECADE_SUFFIXES
            and toks[k].start == toks[k - 1].end
            and num.value % 10 == 0
        ):
            return False
        self.rejected.append(f"{self.text[num.start : toks[k].end]!r} is a decade or an age bracket, not a count")
        self.skip_to = k + 1
        return True

    def value(self, i: int) -> _Base | None:
        """A number, a vague amount or a zero phrase at ``toks[i]``."""
        toks = self.toks
        if i >= len(toks):
            return None
        word = self.texts[i]
        zero = _match(self.texts, i, _ZERO) if word in _ZERO else None
        if zero is not None:
            return _Base(0, 0, 0, i, zero[1], "zero", True, False, None)
        if word in en.ZERO_DETERMINERS and i + 1 < len(toks):
            nxt = toks[i + 1]
            if (
                nxt.kind == "word"
                and nxt.text not in en.NOT_ZERO_AFTER_NO
                and _match(self.texts, i + 1, _PREFIX) is None
            ):
                return _Base(0, 0, 0, i, i + 1, "zero", True, False, None)
        vague = _match(self.texts, i, self.vague_index) if word in self.vague_index else None
        if vague is not None:
            return self._vague(vague[0], i, vague[1])
        return self.number(i)

    def _vague(self, key: tuple[str, ...], i: int, k: int) -> _Base:
        low, high, best = self.vague[key]
        toks = self.toks
        lo, hi, be = low, high, best
        if key in en.VAGUE_MULTIPLIERS and k < len(toks):
            nxt = toks[k].text
            if nxt == en.OF and k + 1 < len(toks) and toks[k + 1].text in _PLURAL_SCALES and key[-1] != en.OF:
                # "tens of thousands": [20 000, 99 999]
                s = _PLURAL_SCALES[toks[k + 1].text]
                hi = None if hi is None else (hi + 1) * s - 1
                return _Base(lo * s, hi, be * s, i, k + 2, "vague", True, False, s)
            if nxt in _SINGULAR_SCALES or (nxt in en.DOZEN and not nxt.endswith("s")):
                # "several hundred", "a few dozen": [300, 900]
                s = _SINGULAR_SCALES.get(nxt, 12)
                hi = None if hi is None else hi * s
                return _Base(lo * s, hi, be * s, i, k + 1, "vague", True, False, s)
        return _Base(lo, hi, be, i, k, "vague", True, False, None)

    # -- ranges -------------------------------------------------------------------------
    def range_after(self, first: _Base, closers: Sequence[str] | None) -> _Base | None:
        """``first`` joined to a second figure: "10 to 20", "two or three", "10-20"."""
        toks = self.toks
        k = first.last
        if k >= len(toks) or first.kind != "number":
            return None
        joiner = toks[k].text
        allowed = closers if closers is not None else en.RANGE_JOINERS
        if joiner not in allowed:
            return None
        second = self.number(k + 1)
        if second is None or second.ordinal or first.ordinal:
            return None
        lo, hi = first.low, second.low
        if first.scale is None and second.scale is not None and lo * second.scale <= hi:
            lo *= second.scale
        if lo > hi:
            # Written high to low ("20 to 10", "between 20 and 10"): the same range. After
            # three digits or more, an end in fewer digits is elided ("2010-11",
            # "1990-91": a span of years), not a range of counts.
            if closers is None and not (first.spelled or second.spelled) and _digit_count(hi) < _digit_count(lo) >= 3:
                return None
            if closers is None and hi == 0:
                return None  # "3-0", "nine to zero": a score, not a range
            lo, hi = hi, lo
        if joiner == "or" and lo == hi:
            return None
        return _Base(
            lo, hi, lo, first.first, second.last, "range", first.spelled or second.spelled, False, second.scale
        )

    # -- figures ------------------------------------------------------------------------
    def figure_at(self, i: int) -> tuple[_Base, str | None] | None:
        """A qualified value starting at ``toks[i]``, with its operator."""
        toks = self.toks
        op: str | None = None
        j = i
        pre = _match(self.texts, i, _PREFIX) if i < len(toks) and toks[i].text in _PREFIX else None
        if pre is not None:
            op, j = pre
            if j < len(toks) and toks[j].text == "the" and j + 1 < len(toks) and toks[j + 1].text in en.ORDINALS:
                j += 1
        closers: Sequence[str] | None = None
        if j < len(toks) and toks[j].text in _RANGE_OPENERS:
            closers = _RANGE_OPENERS[toks[j].text]
            base = self.number(j + 1)
            if base is None:
                return None
            ranged = self.range_after(base, closers)
            if ranged is None:
                if toks[j].text in _RANGE_ONLY:
                    return None  # "between 5", "from one family": no range, the figure follows
                ranged = base
            return _moved(ranged, i, ranged.last), op
        base = self.value(j)
        if base is None:
            return None
        ranged = self.range_after(base, None)
        if ranged is not None:
            base = ranged
        return (base if j == i else _moved(base, i, base.last)), op

    def suffix(self, base: _Base, op: str | None) -> tuple[_Base, str | None]:
        post = _match(self.texts, base.last, _SUFFIX)
        if post is None:
            return base, op
        label, k = post
        if label == "MORE":
            new_op = op
        elif label == "OR_EQUAL":
            if op == "LT":
                new_op = "LE"
            elif op == "GT":
                new_op = "GE"
            elif op in (None, "EQ"):
                new_op = op
            else:
                return base, op
        elif op in (None, "EQ"):
            new_op = label
        elif op == label:
            new_op = op
        else:
            return base, op
        return _moved(base, base.first, k), new_op

    def bounds(
        self,
        low: Fraction | int,
        high: Fraction | int | None,
        best: Fraction | int,
        op: str | None,
        first: int,
        last: int,
    ) -> Count | None:
        """Apply a qualifier to a value; None when the result is not a count (the
        reason is kept; tokens ``[first, last)`` are the figure's, to name it)."""
        p = self.policy
        lo, hi, be = low, high, best
        if op is None:
            pass  # a bare value stands as it is
        elif op == "GE":
            hi, be = None, lo
        elif op == "GT":
            lo = lo + p.exclusive_offset
            hi, be = None, lo
        elif op == "LE":
            if hi is None:
                return None
            lo, be = min(p.up_to_floor, hi), hi
        elif op == "LT":
            hi = lo - 1
            if hi < 0:
                return None
            lo, be = min(p.up_to_floor, hi), hi
        elif op == "APPROX":
            t = p.approx_tolerance
            lo = math.floor(lo * (1 - t))
            hi = None if hi is None else math.ceil(hi * (1 + t))
        elif op == "NEAR":
            t = p.near_tolerance
            if hi is None:
                return None
            lo, be = math.floor(lo * (1 - t)), hi
        if not (type(lo) is int and type(be) is int and (hi is None or type(hi) is int)):
            if lo.denominator != 1 or be.denominator != 1 or (hi is not None and hi.denominator != 1):
                self.rejected.append("not a whole number")
                return None
        if p.single_figure:
            lo = hi = be
        if lo > MAX_PEOPLE or (hi is not None and hi > MAX_PEOPLE):
            where = self.text[self.toks[first].start : self.toks[last - 1].end]
            reason = f"{where!r} is more than any population (limit {MAX_PEOPLE:,})"
            self.rejected.append(reason)
            if self.too_large is None:
                self.too_large = reason
            return None
        return Count(int(lo), None if hi is None else int(hi), int(be))

    def conjoin(self, fig: Figure) -> Figure:
        """ "more than 10 and fewer than 20": two bounds on one quantity."""
        toks = self.toks
        k = fig.last
        if fig.qualifier not in ("GE", "GT", "LE", "LT") or k >= len(toks):
            return fig
        if toks[k].text not in en.BOUND_JOINERS:
            return fig
        other = self.read(k + 1, conjoin=False)
        if other is None or other.qualifier not in ("GE", "GT", "LE", "LT"):
            return fig
        if (fig.qualifier in ("GE", "GT")) == (other.qualifier in ("GE", "GT")):
            return fig
        both = fig.count & other.count
        if both is None:
            return fig
        return Figure(
            both, fig.start, other.end, fig.first, other.last, "range", "RANGE", fig.spelled or other.spelled, False
        )

    def best_marker(self, fig: Figure) -> Figure:
        """ ", best estimate 15": the explicit best that Count's English carries."""
        toks = self.toks
        k = fig.last
        if k < len(toks) and toks[k].text == ",":
            k += 1
        marker = _match(self.texts, k, _BEST) if k < len(toks) and toks[k].text in _BEST else None
        if marker is None:
            return fig
        num = self.number(marker[1])
        if num is None or num.low.denominator != 1 or int(num.low) not in fig.count:
            return fig
        c = fig.count
        count = Count(c.low, c.high, int(num.low))
        return Figure(
            count,
            fig.start,
            self.toks[num.last - 1].end,
            fig.first,
            num.last,
            fig.kind,
            fig.qualifier,
            fig.spelled,
            fig.ordinal,
        )

    def read(self, i: int, conjoin: bool = True) -> Figure | None:
        found = self.figure_at(i)
        if found is None:
            return None
        base, op = found
        toks = self.toks
        if base.last < len(toks) and toks[base.last].text in _SUFFIX:
            base, op = self.suffix(base, op)
        first, last = base.first, base.last
        count = self.bounds(base.low, base.high, base.best, op, first, last)
        if count is None:
            self.skip_to = last  # none of its words starts another figure
            return None
        fig: Figure = tuple.__new__(
            Figure,
            (count, toks[first].start, toks[last - 1].end, first, last, base.kind, op, base.spelled, base.ordinal),
        )
        if conjoin and last < len(toks):  # what may follow: a second bound, a best estimate
            if toks[last].text in en.BOUND_JOINERS:
                fig = self.conjoin(fig)
            k = fig.last
            if k < len(toks) and (toks[k].text == "," or toks[k].text in _BEST):
                fig = self.best_marker(fig)
        return fig

    def scan(self) -> list[Figure]:
        """Every figure, left to right: a figure is read at a digit run or a starter (a
        candidate), from the token after the last figure, or after a refused reading's
        words (``skip_to``)."""
        out: list[Figure] = []
        toks = self.toks
        at = 0  # where reading resumes: a candidate there is read, a later one from skip_to on
        for i in self.candidates():
            if i < at or (i != at and i < self.skip_to):
                continue
            if toks[i][3] == "digits":
                fig = self.plain_digits(i) or self.read(i)
            elif self.texts[i] != "." or self.may_open(i):
                fig = self.small_word(i) or self.read(i)
            else:
                fig = None
            if fig is None:
                at = max(i + 1, self.skip_to)
            else:
                out.append(fig)
                at = fig.last
        return out

    def candidates(self) -> list[int]:
        """The indices of the digit runs (their text is decimal digits, as the tokenizer's
        ``\\d+``) and of the starters that may open a figure before the word after them
        (:meth:`may_open`, but for "." before digits), in order."""
        texts, starters, follows = self.texts, self.starters, self.follows
        last = len(texts) - 1
        out = []
        for i, w in enumerate(texts):
            if w.isdecimal():
                out.append(i)
            elif w in starters:
                after = follows.get(w)
                if after is None or (i < last and texts[i + 1] in after):
                    out.append(i)
        return out

    def plain_digits(self, i: int) -> Figure | None:
        """The figure of the digit run at ``toks[i]`` when nothing after it carries it on
        or qualifies it ("11 civilians", "11, police said", "11."): what :meth:`read`
        reads there, made at once. None when the run needs :meth:`read`."""
        toks = self.toks
        t = toks[i]
        if len(t.text) > MAX_DIGITS or t.text in self.starters:
            return None
        if i + 1 < len(toks):
            after = toks[i + 1]
            if after.text in _DIGITS_GO_ON:
                return None
            if after.kind == "word":
                if after.start == t.end:
                    return None  # "10th", "3m", "10km"
            elif after.kind != "sym" or not self.closes(i + 1):
                return None
        n = int(t.text)
        if n > MAX_PEOPLE:
            return None
        return tuple.__new__(Figure, (_exactly(n), t.start, t.end, i, i + 1, "number", None, False, False))

    def closes(self, k: int) -> bool:
        """Whether the symbol at ``toks[k]`` after a digit run ends its figure: no digits
        attached after it (a group "1,234", a decimal "2.5", an exponent "10^6") and no
        best estimate ("11, best estimate 15")."""
        if k + 1 >= len(self.toks):
            return True
        nxt = self.toks[k + 1]
        return not (nxt.kind == "digits" and nxt.start == self.toks[k].end) and nxt.text not in _BEST

    def small_word(self, i: int) -> Figure | None:
        """The figure of a number word below a hundred at ``toks[i]`` when nothing after it
        carries it on or qualifies it ("two people", "eleven were"): what :meth:`read`
        reads there, made at once. None when the word needs :meth:`read` (a symbol after
        it: "forty-five", "two,")."""
        count = self.small.get(self.texts[i])
        if count is None:
            return None
        toks = self.toks
        if i + 1 < len(toks):
            after = toks[i + 1]
            if after.kind == "sym" or after.text in _WORD_GOES_ON:
                return None
        t = toks[i]
        return tuple.__new__(Figure, (count, t.start, t.end, i, i + 1, "number", None, True, False))

    def may_open(self, i: int) -> bool:
        """Whether the starter at ``toks[i]`` may open a figure, given the token after it
        (a cheap test: False only where :meth:`read` finds nothing and records nothing)."""
        word = self.texts[i]
        after = self.follows.get(word)
        if after is not None:
            return i + 1 < len(self.texts) and self.texts[i + 1] in after
        if word == "." and self.dot_digits:
            toks = self.toks
            return i + 1 < len(toks) and toks[i + 1].kind == "digits" and toks[i + 1].start == toks[i].end
        return True


@functools.lru_cache(maxsize=1024)
def _exactly(n: int) -> Count:
    """``Count(n, n, n)``, made once per ``n`` (a count is a frozen value)."""
    return Count(n, n, n)


def find_figures(text: str, *, policy: str | Policy = "interval") -> list[Figure]:
    """Every figure in ``text``, in order: numbers, ranges, vague amounts, zeros.

    This reads figures only; whether a figure counts casualties is
    :func:`casualties.extract`'s business. What can count no people is no figure:
    a decade ("the 1990s"), a fractional number, a bound beyond any population (more
    than :data:`~casualties.MAX_PEOPLE`).

    Parameters
    ----------
    text : str
        Any text.
    policy : str or Policy
        How to read uncertain phrases (see :mod:`casualties.policy`).

    Returns
    -------
    list of Figure
        Empty when there is none.

    Examples
    --------
    >>> [str(f.count) for f in find_figures("up to 23 rebels and dozens of troops")]
    ['up to 23', 'between 24 and 99']
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}: {text!r:.60}")
    return scan_tokens(text, tokenize(text), get_policy(policy))


def scan_tokens(text: str, toks: list[Token], policy: Policy, texts: Sequence[str] | None = None) -> list[Figure]:
    """:func:`find_figures` over tokens already made (``tokenize(text)``); ``texts``: the
    texts of the tokens, when the caller has them already."""
    return _Scanner(text, toks, policy, _policy_tables(policy), texts).scan()


def parse(phrase: str, *, policy: str | Policy = "interval") -> Count:
    """Read one figure phrase into a :class:`Count`.

    Parameters
    ----------
    phrase : str
        A phrase holding one figure: "at least 11", "between ten and twenty",
        "dozens", "3.8m", "no one". Words around the figure are allowed
        ("one person", "11 civilians"); case and spacing do not matter.
    policy : str or Policy
        ``"interval"`` (the default: the README's phrase table), ``"acled"`` (one
        conservative figure per phrase), or a :class:`~casualties.Policy`.

    Returns
    -------
    Count

    Raises
    ------
    TypeError
        ``phrase`` is not a str.
    ParseError
        The phrase holds no figure, or more than one, or a figure that is no count of
        people: a negative or fractional number, a decade ("the 1990s"), a bound beyond
        any population (more than :data:`~casualties.MAX_PEOPLE`).

    Examples
    --------
    >>> parse("at least 11")
    Count(low=11, high=None, best=11)
    >>> parse("more than 380,000")
    Count(low=380001, high=None, best=380001)
    >>> parse("up to 23")
    Count(low=0, high=23, best=23)
    >>> parse("dozens")
    Count(low=24, high=99, best=24)
    >>> parse("dozens", policy="acled")
    Count(low=12, high=12, best=12)
    >>> parse("half a million").best
    500000
    """
    if not isinstance(phrase, str):
        raise TypeError(f"phrase must be a str, got {type(phrase).__name__}: {phrase!r:.60}")
    pol = POLICIES.get(policy) if type(policy) is str else None  # the common case, at once
    if pol is None:
        pol = get_policy(policy)
    tables = _policy_tables(pol)
    plain = phrase.strip()
    if plain.isascii():  # fast paths, for one digit run or one word: the same readings
        if plain.isdigit():
            if len(plain) <= MAX_DIGITS and plain not in tables.starters:
                n = int(plain)
                if n > MAX_PEOPLE:
                    raise ParseError(phrase, f"{plain!r} is more than any population (limit {MAX_PEOPLE:,})")
                return Count(n, n, n)
        elif plain.isalpha():
            known = tables.single.get(plain.lower())
            if known is not None:
                return known
    return _read_tokens(phrase, tokenize(phrase), pol, tables, fallback=True)


def _read_tokens(phrase: str, toks: list[Token], pol: Policy, tables: _Tables, *, fallback: bool) -> Count:
    """:func:`parse`'s general path, over the phrase's tokens; ``fallback`` lets
    quantulum3 read what our grammar does not."""
    if not toks:
        raise ParseError(phrase, "the phrase is empty")
    scanner = _Scanner(phrase, toks, pol, tables)
    found = scanner.scan()
    if scanner.too_large is not None:
        raise ParseError(phrase, scanner.too_large)
    if len(found) == 1 and not found[0].ordinal:
        figures = found  # the common case
    else:
        figures = [f for f in found if not (f.ordinal and f.qualifier is None)]
    if len(figures) == 1:
        fig = figures[0]
        if fig.first > 0 and _is_minus(toks[fig.first - 1], toks[fig.first]):
            raise ParseError(phrase, "a negative number is not a count")
        return fig.count
    if len(figures) > 1:
        shown = ", ".join(repr(phrase[f.start : f.end]) for f in figures[:4])
        raise ParseError(phrase, f"it holds {len(figures)} separate figures ({shown})")
    if scanner.rejected:
        raise ParseError(phrase, scanner.rejected[0])
    ordinals = [f for f in found if f.ordinal]
    if ordinals:
        shown = phrase[ordinals[0].start : ordinals[0].end]
        raise ParseError(phrase, f"{shown!r} is an ordinal, not a count")
    if toks[0].text in en.SINGULAR_DETERMINERS and len(toks) >= 2 and toks[1].kind == "word":
        return Count(1, 1, 1)  # "a soldier", "one person"
    if fallback and len(phrase) <= _MAX_FALLBACK_CHARS:
        value = _quantulum_fallback(phrase, toks)
        if value is not None:
            return value
    raise ParseError(phrase, "no number, quantity word or zero phrase found")


def _digit_count(value: Fraction | int) -> int:
    """How many digits the whole part of ``value`` has."""
    return len(str(int(value)))


def _is_minus(before: Token, first: Token) -> bool:
    if before.text in en.MINUS_WORDS:
        return True
    return before.text in ("-", "−") and before.end == first.start


def _quantulum_fallback(phrase: str, toks: list[Token]) -> Count | None:
    """quantulum3's reading, for notations our grammar does not cover."""
    if not any(t.kind == "digits" or t.text in en.UNITS or t.text in en.TEENS or t.text in en.TENS for t in toks):
        return None
    value = quantulum_value(phrase)
    if value is None or value.denominator != 1 or value < 0:
        return None
    n = int(value)
    if n > MAX_PEOPLE:
        raise ParseError(phrase, f"{phrase.strip()!r} is more than any population (limit {MAX_PEOPLE:,})")
    return Count(n, n, n)
