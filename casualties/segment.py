"""Sentences with offsets in news text: abbreviations, decimals, quotes, headlines."""

from __future__ import annotations

import bisect
from operator import itemgetter
from typing import Final

from .lexicon import en
from .numbers import Token, tokenize

__all__ = ["sentence_ends", "sentence_tokens", "sentences"]

_SENTENCE_END = frozenset({".", "!", "?"})
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "»"})
_START = itemgetter(1)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of a news text.

    Full stops after abbreviations ("Feb.", "U.S.", "Dr.") and initials do not end a
    sentence; a line break does (headlines have no full stop).

    >>> t = "BEIRUT: Dr. Smith said 11 died. Then 4 more."
    >>> [t[a:b] for a, b in sentences(t)]
    ['BEIRUT: Dr. Smith said 11 died.', 'Then 4 more.']
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    return [(toks[0].start, toks[-1].end) for toks in sentence_tokens(tokenize(text), text) if toks]


def sentence_tokens(toks: list[Token], text: str) -> list[list[Token]]:
    """The tokens of each sentence of ``text``, in order; closing quotes and brackets right
    after a sentence's end belong to it.

    >>> t = 'He said "11 died." Then 4 more.'
    >>> [t[s[0].start : s[-1].end] for s in sentence_tokens(tokenize(t), t)]
    ['He said "11 died."', 'Then 4 more.']
    """
    out: list[list[Token]] = []
    cur: list[Token] = []
    n = len(toks)
    lines = "\n" in text
    i = 0
    while i < n:
        t = toks[i]
        if cur and lines and text.find("\n", cur[-1].end, t.start) >= 0 and _line_break_ends(cur[-1], t, text):
            out.append(cur)
            cur = []
        cur.append(t)
        i += 1
        if t.text not in _SENTENCE_END or not _ends(toks, i - 1):
            continue
        while i < n and toks[i].text in _CLOSERS and toks[i].start == toks[i - 1].end:
            cur.append(toks[i])
            i += 1
        out.append(cur)
        cur = []
    if cur:
        out.append(cur)
    return out


def sentence_ends(toks: list[Token], text: str) -> list[int]:
    """The index of the last token of each sentence, as :func:`sentence_tokens` cuts
    them: only the end marks and line breaks are looked at, not every token.

    >>> t = 'He said "11 died." Then 4 more.'
    >>> sentence_ends(tokenize(t), t)
    [6, 10]
    """
    starts = list(map(_START, toks))
    n = len(toks)
    events = {(i, 0) for i in _after_line_breaks(text, starts) if 0 < i < n}
    for mark in _SENTENCE_END:
        at = text.find(mark)
        while at >= 0:
            i = bisect.bisect_left(starts, at)
            if i < n and starts[i] == at and toks[i].text == mark:
                events.add((i, 1))
            at = text.find(mark, at + 1)
    out: list[int] = []
    start = 0  # the first token of the sentence being read
    for i, kind in sorted(events):
        if i < start:
            continue  # a closer the sentence before took
        if kind == 0 and i > start and _line_break_ends(toks[i - 1], toks[i], text):
            out.append(i - 1)
            start = i
        elif kind == 1 and _ends(toks, i):
            k = i + 1
            while k < n and toks[k].text in _CLOSERS and toks[k].start == toks[k - 1].end:
                k += 1
            out.append(k - 1)
            start = k
    if start < n:
        out.append(n - 1)
    return out


def _after_line_breaks(text: str, starts: list[int]) -> set[int]:
    """The tokens that a line break comes before (their indices)."""
    out = set()
    at = text.find("\n")
    while at >= 0:
        out.add(bisect.bisect_left(starts, at))
        at = text.find("\n", at + 1)
    return out


def _ends(toks: list[Token], i: int) -> bool:
    """Whether the end mark ``toks[i]`` ends its sentence: not after an abbreviation or an
    initial, not a decimal point, not inside a word ("U.S"), not the text's last token."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.start == t.end and nxt.kind != "sym":
        return False
    prev = toks[i - 1] if i else None
    if t.text == "." and prev is not None and prev.end == t.start:
        if prev.text in en.ABBREVIATIONS or (prev.kind == "word" and len(prev.text) == 1):
            return False
        if prev.kind == "digits" and nxt.kind == "digits" and nxt.start == t.end:
            return False  # a decimal point
    return True


#: Words a short line of wrapped prose may end with, but no headline or dateline does:
#: a coordinator, an article, a preposition ("killed five protesters on / Monday").
_NO_LINE_END: Final = frozenset(
    {",", "and", "or", "the", "a", "an", "of", "on", "in", "at", "by", "to", "for", "from", "with", "near"}
)


def _line_break_ends(last: Token, nxt: Token, text: str) -> bool:
    """A blank line ends a sentence; a single line break only after a short line with
    no end punctuation before a capital (a headline or a dateline), not in wrapped prose
    (``last``: the sentence's last token so far)."""
    if text.count("\n", last.end, nxt.start) >= 2:
        return True
    line_start = text.rfind("\n", 0, last.start) + 1
    short = last.end - line_start <= 60
    return short and text[nxt.start].isupper() and last.text.lower() not in _NO_LINE_END
