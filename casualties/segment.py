"""Sentences with offsets in news text: abbreviations, decimals, quotes, headlines."""

from __future__ import annotations

from .lexicon import en
from .numbers import Token, tokenize

__all__ = ["sentence_tokens", "sentences"]

_SENTENCE_END = frozenset({".", "!", "?"})
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "»"})


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
        if cur and lines and text.find("\n", cur[-1].end, t.start) >= 0 and _line_break_ends(cur, t, text):
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


def _line_break_ends(cur: list[Token], nxt: Token, text: str) -> bool:
    """A blank line ends a sentence; a single line break only after a short line with
    no end punctuation before a capital (a headline or a dateline), not in wrapped prose."""
    if text.count("\n", cur[-1].end, nxt.start) >= 2:
        return True
    line_start = text.rfind("\n", 0, cur[-1].start) + 1
    short = cur[-1].end - line_start <= 60
    return short and text[nxt.start].isupper() and cur[-1].text not in (",", "and", "the", "of")
