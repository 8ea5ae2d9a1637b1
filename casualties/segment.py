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
    """The tokens of each sentence of ``text``, in order."""
    out: list[list[Token]] = []
    cur: list[Token] = []
    n = len(toks)
    for i, t in enumerate(toks):
        if cur and "\n" in text[cur[-1].end : t.start] and _line_break_ends(cur, text[cur[-1].end : t.start], t, text):
            out.append(cur)
            cur = []
        cur.append(t)
        if t.text not in _SENTENCE_END:
            continue
        prev = toks[i - 1] if i else None
        nxt = toks[i + 1] if i + 1 < n else None
        if t.text == "." and prev is not None and prev.end == t.start:
            if prev.text in en.ABBREVIATIONS or (prev.kind == "word" and len(prev.text) == 1):
                continue
            if prev.kind == "digits" and nxt is not None and nxt.kind == "digits" and nxt.start == t.end:
                continue  # a decimal point
        # a closing quote belongs to the sentence it closes
        k = i + 1
        while k < n and toks[k].text in _CLOSERS and toks[k].start == toks[k - 1].end:
            k += 1
        if nxt is None or nxt.start == t.end and nxt.kind != "sym":
            continue
        out.append(cur)
        cur = []
    if cur:
        out.append(cur)
    return out


def _line_break_ends(cur: list[Token], gap: str, nxt: Token, text: str) -> bool:
    """A blank line ends a sentence; a single line break only after a short line with
    no end punctuation before a capital (a headline or a dateline), not in wrapped prose."""
    if gap.count("\n") >= 2:
        return True
    line_start = text.rfind("\n", 0, cur[-1].start) + 1
    short = cur[-1].end - line_start <= 60
    return short and text[nxt.start].isupper() and cur[-1].text not in (",", "and", "the", "of")
