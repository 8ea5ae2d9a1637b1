"""Hypothesis strategies for property-based tests of code that uses casualties.

>>> from hypothesis import given
>>> from casualties import parse
>>> from casualties.strategies import phrases
>>> @given(phrases())
... def test_reads_back(pair):
...     text, count = pair
...     assert parse(text) == count
>>> test_reads_back()

Every generated phrase comes with the :class:`~casualties.Count` that the policy's
rules give it, computed here from the rules, not by calling the parser.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import TYPE_CHECKING

from hypothesis import strategies as st

from .count import MAX_PEOPLE, Count
from .lexicon import en
from .numbers import number_to_words
from .policy import Policy, get_policy
from .statements import Outcome, PartyKind, Role, Statement

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["counts", "frames", "numerals", "phrases", "statements"]

#: The largest number :func:`phrases` writes: every qualifier's reading of it ("about",
#: "more than", a range's upper end) stays within :data:`casualties.MAX_PEOPLE`.
PHRASE_LIMIT = MAX_PEOPLE // 2


def _at_most(name: str, value: int, limit: int) -> int:
    if value > limit:
        raise ValueError(f"{name} must be at most {limit:,} (figures above MAX_PEOPLE are not read), got {value:,}")
    return value


@st.composite
def counts(
    draw: st.DrawFn,
    *,
    min_value: int = 0,
    max_value: int = 10**9,
    bounded: bool | None = None,
) -> Count:
    """Any :class:`Count` with bounds in ``[min_value, max_value]``.

    Parameters
    ----------
    min_value, max_value : int
        The range of the low bound (and of the high bound when there is one).
    bounded : bool or None
        True: only counts with an upper bound; False: only unbounded; None: both.
    """
    low = draw(st.integers(min_value, max_value))
    has_high = draw(st.booleans()) if bounded is None else bounded
    if not has_high:
        best = draw(st.one_of(st.just(low), st.integers(low, max(low, max_value))))
        return Count(low, None, best)
    high = draw(st.one_of(st.just(low), st.integers(low, max_value)))
    best = draw(st.one_of(st.just(low), st.just(high), st.integers(low, high)))
    return Count(low, high, best)


def _digits(n: int, style: str) -> str:
    if style == "grouped" and n >= 1000:
        return f"{n:,}"
    if style == "spaced" and n >= 1000:
        return f"{n:,}".replace(",", "\u00a0")
    if style == "scaled" and n >= 10**6 and n % 10**5 == 0:
        value = Fraction(n, 10**6)
        text = f"{float(value):g}" if value.denominator != 1 else str(value.numerator)
        return f"{text} million"
    return str(n)


@st.composite
def numerals(draw: st.DrawFn, *, min_value: int = 0, max_value: int = 10**9) -> tuple[str, int]:
    """A whole number written in digits or words: ``(text, value)``.

    Digits come plain ("380000"), grouped ("380,000", "380 000") or with a scale
    word ("3.8 million"); words British or American ("one hundred and six", "one
    hundred six"), hyphenated or not.
    """
    n = draw(st.integers(min_value, max_value))
    if draw(st.booleans()) and n < 10**15:
        text = number_to_words(n, use_and=draw(st.booleans()), hyphen=draw(st.booleans()))
    else:
        text = _digits(n, draw(st.sampled_from(["plain", "grouped", "spaced", "scaled"])))
    return text, n


def _expected(op: str | None, n: int, policy: Policy) -> Count | None:
    """The reading the policy's rules give ``op`` applied to exactly ``n``."""
    floor = min(policy.up_to_floor, n)
    if op in (None, "EQ"):
        c = Count(n, n, n)
    elif op == "GE":
        c = Count(n, None, n)
    elif op == "GT":
        c = Count(n + policy.exclusive_offset, None, n + policy.exclusive_offset)
    elif op == "LE":
        c = Count(floor, n, n)
    elif op == "LT":
        if n == 0:
            return None
        c = Count(min(policy.up_to_floor, n - 1), n - 1, n - 1)
    elif op == "APPROX":
        t = policy.approx_tolerance
        c = Count(math.floor(n * (1 - t)), math.ceil(n * (1 + t)), n)
    elif op == "NEAR":
        c = Count(math.floor(n * (1 - policy.near_tolerance)), n, n)
    else:  # pragma: no cover - the tables hold no other operator
        raise AssertionError(op)
    if policy.single_figure:
        return Count(c.best, c.best, c.best)
    return c


def _spacing_and_case(draw: st.DrawFn, words: list[str]) -> str:
    """Join words with random runs of spaces and apply one casing."""
    seps = [draw(st.sampled_from([" ", " ", "  ", "\t"])) for _ in words[1:]]
    text = words[0] + "".join(s + w for s, w in zip(seps, words[1:], strict=True))
    case = draw(st.sampled_from(["lower", "upper", "title", "asis"]))
    if case == "lower":
        text = text.lower()
    elif case == "upper":
        text = text.upper()
    elif case == "title":
        text = text.title()
    pad = draw(st.sampled_from(["", " ", "\n"]))
    return pad + text + pad


# Prefix qualifiers whose words are plain (the symbol forms read the same but are
# generated separately so that spacing variants stay meaningful).
_PREFIXES = {op: [p for p in phrases if all(w.isalpha() for w in p)] for op, phrases in en.PREFIX_QUALIFIERS.items()}
_SUFFIXES = {
    op: [p for p in phrases if all(w.isalpha() for w in p)]
    for op, phrases in en.SUFFIX_QUALIFIERS.items()
    if op in ("GE", "LE", "APPROX")
}


@st.composite
def phrases(draw: st.DrawFn, *, policy: str | Policy = "interval", max_value: int = 10**9) -> tuple[str, Count]:
    """A figure phrase and the Count the policy reads it as: ``(text, count)``.

    Covers every qualifier of the lexicon before ("at least 11") and after
    ("11 or more") the number, ranges ("between ten and twenty", "10-20"), vague
    amounts ("dozens", "tens of thousands"), zero phrases ("no one"), with digits and
    words, random casing and spacing.

    Parameters
    ----------
    policy : str or Policy
        The policy whose rules give the expected count.
    max_value : int
        The largest number written, at most :data:`PHRASE_LIMIT`.
    """
    _at_most("max_value", max_value, PHRASE_LIMIT)
    pol = get_policy(policy)
    form = draw(st.sampled_from(["bare", "prefix", "suffix", "range", "vague", "zero"]))
    if form == "zero":
        words = list(draw(st.sampled_from(en.ZERO_PHRASES)))
        return _spacing_and_case(draw, words), Count(0, 0, 0)
    if form == "vague":
        key = draw(st.sampled_from(sorted(pol.vague)))
        low, high, best = pol.vague[key]
        return _spacing_and_case(draw, list(key)), Count(low, high, best)
    text, n = draw(numerals(max_value=max_value))
    if form == "bare":
        return _spacing_and_case(draw, text.split(" ")), _collapse(Count(n, n, n), pol)
    if form == "range":
        text2, m = draw(numerals(min_value=n + 1, max_value=max_value + 1))
        shape = draw(st.sampled_from(["between", "to", "dash", "from", "or"]))
        if shape == "dash":
            if not (text.isdigit() and text2.isdigit()):
                text, text2 = str(n), str(m)
            return text + "-" + text2, _collapse(Count(n, m, n), pol)
        if _has_scale(text2) and not _has_scale(text):
            text, text2 = str(n), str(m)  # "2 to 3 million" scales both ends
        words = {
            "between": ["between", text, "and", text2],
            "to": [text, "to", text2],
            "from": ["from", text, "to", text2],
            "or": [text, "or", text2],
        }[shape]
        return _spacing_and_case(draw, " ".join(words).split(" ")), _collapse(Count(n, m, n), pol)
    table = _PREFIXES if form == "prefix" else _SUFFIXES
    op = draw(st.sampled_from(sorted(table)))
    qualifier = draw(st.sampled_from(table[op]))
    expected = _expected(op, n, pol)
    if expected is None:
        return _spacing_and_case(draw, text.split(" ")), _collapse(Count(n, n, n), pol)
    words = [*qualifier, *text.split(" ")] if form == "prefix" else [*text.split(" "), *qualifier]
    return _spacing_and_case(draw, words), expected


def _has_scale(text: str) -> bool:
    return any(w in en.SCALES for w in text.split(" "))


def _collapse(c: Count, policy: Policy) -> Count:
    return Count(c.best, c.best, c.best) if policy.single_figure else c


_PARTIES: dict[PartyKind, list[str | None]] = {
    PartyKind.CIVILIAN: ["civilians", "villagers", "children", "a farmer"],
    PartyKind.STATE_FORCES: ["soldiers", "police officers", "troops"],
    PartyKind.ARMED_GROUP: ["rebels", "militants", "fighters"],
    PartyKind.PERPETRATOR: ["the gunman", "the attacker"],
    PartyKind.UNKNOWN: ["people", "persons", None],
}
_SOURCES = [None, "police", "the Syrian Observatory for Human Rights", "Reuters", "a monitor"]
_PERIODS = [None, "Monday", "overnight", "since Friday"]
_PLACES = [None, "Kanda", "Idlib", "Beru"]


@st.composite
def statements(
    draw: st.DrawFn,
    *,
    max_value: int = 10**6,
    outcomes: tuple[Outcome, ...] = tuple(Outcome),
    parts: bool = True,
) -> Statement:
    """Any well-formed :class:`~casualties.Statement` (a figure as words and a span).

    The statement stands alone: ``restates`` is None and ``span`` covers ``text``
    from offset 0. Use :func:`hypothesis.strategies.lists` for a document's worth.

    Parameters
    ----------
    max_value : int
        The largest bound of the figure, at most :data:`casualties.MAX_PEOPLE`.
    outcomes : tuple of Outcome
        Outcomes to draw from.
    parts : bool
        Whether some statements may be parts of a total (``role="part"``).
    """
    count = draw(counts(max_value=_at_most("max_value", max_value, MAX_PEOPLE)))
    kind = draw(st.sampled_from(list(PartyKind)))
    party = draw(st.sampled_from(_PARTIES[kind]))
    text = str(count) if party is None else f"{count} {party}"
    return Statement(
        count=count,
        outcome=draw(st.sampled_from(outcomes)),
        party=party,
        party_kind=kind,
        source=draw(st.sampled_from(_SOURCES)),
        period=draw(st.sampled_from(_PERIODS)),
        cumulative=draw(st.booleans()),
        location=draw(st.sampled_from(_PLACES)),
        span=(0, len(text)),
        text=text,
        role=draw(st.sampled_from([Role.FIGURE, Role.PART])) if parts else Role.FIGURE,
    )


@st.composite
def frames(
    draw: st.DrawFn,
    *,
    max_docs: int = 5,
    max_statements: int = 8,
    max_value: int = 10**6,
) -> pd.DataFrame:
    """A statement frame (:func:`casualties.to_frame`'s schema) of a few documents.

    Imports pandas when drawn from, not when this module is imported.

    Parameters
    ----------
    max_docs : int
        The most documents (distinct ``doc_id`` values, ``"d0"``, ``"d1"``...).
    max_statements : int
        The most statements per document.
    max_value : int
        The largest bound of a figure.
    """
    import pandas as pd

    from .frame import empty_frame, to_frame

    docs = draw(st.lists(st.lists(statements(max_value=max_value), max_size=max_statements), max_size=max_docs))
    parts = [to_frame(stmts, doc_id=f"d{k}") for k, stmts in enumerate(docs)]
    frame = pd.concat(parts, ignore_index=True) if parts else empty_frame()
    return frame.astype(empty_frame().dtypes.to_dict())
