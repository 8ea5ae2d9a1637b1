"""Numbers in text: tokens, digit and word numerals, and the quantulum3 adapter.

This is the one module that talks to quantulum3, and it imports it only inside
:func:`quantulum_value`, so ``import casualties`` and the common reading path never
load it.
"""

from __future__ import annotations

from fractions import Fraction
from collections.abc import Callable
from typing import Final, NamedTuple

from .lexicon import en
from .patterns import SPACE_GROUP_SEPARATORS, TOKEN

__all__ = ["Number", "Token", "number_to_words", "quantulum_value", "read_number", "tokenize"]

# Digit runs longer than this are not read as counts (and never handed to int()).
MAX_DIGITS: Final = 40
MAX_EXPONENT: Final = 30
# The value of a numeral whose exponent is too large to compute ("1e308", "10^999"):
# larger than any numeral read exactly, so that every limit on counts refuses it.
TOO_LARGE: Final = 10 ** (MAX_DIGITS + MAX_EXPONENT + 1)


class Token(NamedTuple):
    """One token of a text: lower-cased ``text`` at ``[start, end)``; ``kind`` is
    ``"digits"``, ``"word"`` or ``"sym"``."""

    text: str
    start: int
    end: int
    kind: str


class Number(NamedTuple):
    """A numeral read from tokens ``[first, last)``.

    ``value`` is exact (a Fraction: "2.5" stays 5/2); ``scale`` is the multiplier
    the numeral ends with ("3 million", "3.8m" -> 10**6; else None), ``spelled``
    says whether any part was a word, ``ordinal`` marks "tenth" / "10th".
    """

    value: Fraction | int
    first: int
    last: int
    start: int
    end: int
    scale: int | None
    spelled: bool
    ordinal: bool


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into digit runs, letter runs and single symbols.

    >>> [t.text for t in tokenize("At least 3.8m, Feb. 8")]
    ['at', 'least', '3', '.', '8', 'm', ',', 'feb', '.', '8']
    """
    kinds, new = _TOKEN_KINDS, tuple.__new__  # tuple.__new__: Token's own, minus a call
    lowered = text.lower()
    if len(lowered) == len(text):  # almost always (ASCII always): offsets carry over
        return _tokenize_words(lowered)
    return [new(Token, (m.group().lower(), m.start(), m.end(), kinds[m.lastindex or 3])) for m in TOKEN.finditer(text)]


_TOKEN_KINDS: Final = ("", "digits", "word", "sym")


def _tokenize_words(lowered: str) -> list[Token]:
    """:func:`tokenize` for a text lower-cased (as long as the text), the same tokens,
    made word by word (no token spans a space) without the regular expression for plain
    words.

    A word of letters or of decimal digits is one token; one with a symbol after it
    ("killed,", "2010.") is two; "forty-five" and "10-20" are three; anything else goes
    through ``TOKEN``. (``TOKEN``'s letters are the characters ``str.isalpha`` holds,
    its digits those ``str.isdecimal`` holds, and any other character but a space is a
    symbol of its own.)
    """
    kinds, new = _TOKEN_KINDS, tuple.__new__
    out: list[Token] = []
    add = out.append
    pos = 0
    for word in lowered.split(" "):
        end = pos + len(word)
        if word.isalpha():
            add(new(Token, (word, pos, end, "word")))
        elif word.isdecimal():
            add(new(Token, (word, pos, end, "digits")))
        elif not word:
            pass
        elif not (word[-1].isalnum() or word[-1].isspace()) and (word[:-1].isalpha() or word[:-1].isdecimal()):
            # a character that is no letter, digit or space is a symbol token
            add(new(Token, (word[:-1], pos, end - 1, "word" if word[0].isalpha() else "digits")))
            add(new(Token, (word[-1], end - 1, end, "sym")))
        else:
            parts = word.split("-")
            if len(parts) == 2 and all(part.isalpha() or part.isdecimal() for part in parts):
                left, right = parts
                mid = pos + len(left)
                out.append(new(Token, (left, pos, mid, "word" if left.isalpha() else "digits")))
                out.append(new(Token, ("-", mid, mid + 1, "sym")))
                out.append(new(Token, (right, mid + 1, end, "word" if right.isalpha() else "digits")))
            else:
                out += [
                    new(Token, (m.group(), pos + m.start(), pos + m.end(), kinds[m.lastindex or 3]))
                    for m in TOKEN.finditer(word)
                ]
        pos = end + 1
    return out


# -- word classes ------------------------------------------------------------------------
_TENS_UNIT: Final = {
    tens + unit: value + uvalue for tens, value in en.TENS.items() for unit, uvalue in en.UNITS.items() if uvalue > 0
}
_UNIT_ORDINALS: Final = {w: v for w, v in en.ORDINALS.items() if v < 10}


def _attached(a: Token, b: Token) -> bool:
    return a.end == b.start


def _read_digits(toks: list[Token], i: int, text: str) -> tuple[Fraction | int, int] | None:
    """Read a digit numeral at ``toks[i]``: groups, decimals, exponent.

    Returns the value and the index after it, or None.
    """
    t = toks[i]
    if t.kind == "sym" and t.text == ".":
        return _read_bare_decimal(toks, i)
    if t.text in en.VULGAR_FRACTIONS:
        # "½": a fraction on its own ("½ million")
        return Fraction(*en.VULGAR_FRACTIONS[t.text]), i + 1
    if t.kind != "digits" or len(t.text) > MAX_DIGITS:
        return None
    digits = t.text
    j = i + 1
    # digit groups of three: "1,234,567", "380 000", "40\u202f000"
    if len(digits) <= 3 and j < len(toks):
        sep = toks[j]
        if sep.kind == "sym" and sep.text == "," and _attached(t, sep) and j + 1 < len(toks):
            digits, k = _comma_groups(toks, j, digits)
            if k > j:
                j = k
            elif _is_decimal_comma(toks, j):
                # "5,00": a decimal comma
                frac = toks[j + 1].text
                return _read_exponent(toks, j + 2, Fraction(int(digits + frac), 10 ** len(frac)))
        elif sep.text == "." and _dot_groups(toks, j) >= 2:
            # "1.000.000": dots grouping thousands (two groups at least, else a decimal)
            return _dot_grouped(toks, j, digits)
        elif sep.kind == "digits":
            digits, j = _space_groups(toks, j, digits, text)
    return _read_decimals(toks, j, int(digits), text)


def _read_bare_decimal(toks: list[Token], i: int) -> tuple[Fraction | int, int] | None:
    """ ".0012G": a bare decimal point at ``toks[i]`` opening the numeral."""
    if i + 1 < len(toks) and toks[i + 1].kind == "digits" and _attached(toks[i], toks[i + 1]):
        if len(toks[i + 1].text) > MAX_DIGITS:
            return None
        bare = Fraction(int(toks[i + 1].text), 10 ** len(toks[i + 1].text))
        return _read_exponent(toks, i + 2, bare)
    return None


def _comma_groups(toks: list[Token], j: int, digits: str) -> tuple[str, int]:
    """Groups of three digits after commas from ``toks[j]`` (a comma): "1,234,567".

    Returns ``digits`` with the groups added and the index after the last group (``j``
    when there is none).
    """
    n, k = len(toks), j
    while (
        k + 1 < n
        and toks[k].text == ","
        and _attached(toks[k - 1], toks[k])
        and toks[k + 1].kind == "digits"
        and len(toks[k + 1].text) == 3
        and _attached(toks[k], toks[k + 1])
        and len(digits) <= MAX_DIGITS
    ):
        digits += toks[k + 1].text
        k += 2
    return digits, k


def _is_decimal_comma(toks: list[Token], j: int) -> bool:
    """Whether the comma at ``toks[j]`` is a decimal comma ("5,00"): one or two attached
    digits after it, and no further comma or point attached to them."""
    after = toks[j + 1]
    return (
        after.kind == "digits"
        and len(after.text) <= 2
        and _attached(toks[j], after)
        and not (j + 2 < len(toks) and toks[j + 2].text in {",", "."} and _attached(after, toks[j + 2]))
    )


def _dot_grouped(toks: list[Token], j: int, digits: str) -> tuple[int, int]:
    """ "1.000.000": the value of ``digits`` with the dot-separated groups of three from
    ``toks[j]`` added, and the index after the last group."""
    n, k = len(toks), j
    while (
        k + 1 < n
        and toks[k].text == "."
        and _attached(toks[k - 1], toks[k])
        and (
            toks[k + 1].kind == "digits"
            and len(toks[k + 1].text) == 3
            and _attached(toks[k], toks[k + 1])
            and len(digits) <= MAX_DIGITS
        )
    ):
        digits += toks[k + 1].text
        k += 2
    return int(digits), k


def _space_groups(toks: list[Token], j: int, digits: str, text: str) -> tuple[str, int]:
    """Groups of three digits after spaces from ``toks[j]``: "380 000", "40\u202f000".

    Returns ``digits`` with the groups added and the index after the last group.
    """
    n, k = len(toks), j
    while (
        k < n
        and toks[k].kind == "digits"
        and len(toks[k].text) == 3
        and text[toks[k - 1].end : toks[k].start] in SPACE_GROUP_SEPARATORS
        and len(digits) <= MAX_DIGITS
    ):
        digits += toks[k].text
        k += 1
    return digits, k


def _read_decimals(toks: list[Token], j: int, value: int, text: str) -> tuple[Fraction | int, int]:
    """The rest of a digit numeral after its whole part ``value`` ends at ``toks[j]``:
    decimals ("3.8", "100,000.0"), a vulgar fraction ("1½", "2 ¾"), an exponent."""
    n = len(toks)
    if (
        j + 1 < n
        and toks[j].text == "."
        and _attached(toks[j - 1], toks[j])
        and toks[j + 1].kind == "digits"
        and _attached(toks[j], toks[j + 1])
        and len(toks[j + 1].text) <= MAX_DIGITS
    ):
        frac = toks[j + 1].text
        return _read_exponent(toks, j + 2, value + Fraction(int(frac), 10 ** len(frac)))
    if j < n and toks[j].text in en.VULGAR_FRACTIONS and text[toks[j - 1].end : toks[j].start] in ("", " "):
        return value + Fraction(*en.VULGAR_FRACTIONS[toks[j].text]), j + 1
    return _read_exponent(toks, j, value)


def _dot_groups(toks: list[Token], j: int) -> int:
    """How many ".ddd" groups follow at ``toks[j]`` (stops at 2, enough to decide)."""
    count, n = 0, len(toks)
    while (
        count < 2
        and j + 1 < n
        and toks[j].text == "."
        and toks[j + 1].kind == "digits"
        and (len(toks[j + 1].text) == 3 and _attached(toks[j - 1], toks[j]) and _attached(toks[j], toks[j + 1]))
    ):
        count += 1
        j += 2
    return count


def _read_exponent(toks: list[Token], j: int, value: Fraction | int) -> tuple[Fraction | int, int]:
    """An attached exponent: "1e10", "12.32e+14", "10^6".

    A positive exponent beyond :data:`MAX_EXPONENT` gives :data:`TOO_LARGE` (the
    numeral is read whole, and refused as a count by its size).
    """
    n = len(toks)
    if j + 1 >= n or not _attached(toks[j - 1], toks[j]):
        return value, j
    marker = toks[j].text
    if marker != "e" and not (marker == "^" and value == 10):
        return value, j
    k = j + 1
    sign = 1
    if marker == "e" and toks[k].text in {"+", "-"} and _attached(toks[k - 1], toks[k]):
        sign = -1 if toks[k].text == "-" else 1
        k += 1
    if k < n and toks[k].kind == "digits" and _attached(toks[k - 1], toks[k]):
        digits = toks[k].text.lstrip("0")
        if len(digits) <= 2 and int(digits or "0") <= MAX_EXPONENT:
            exponent = int(digits or "0")
            if marker == "^":
                return 10**exponent, k + 1
            if sign > 0:
                return value * 10**exponent, k + 1
            return Fraction(value, 10**exponent), k + 1
        if sign > 0:
            return (TOO_LARGE if value else 0), k + 1
    return value, j


class _Reader:
    """The state of one word-or-digit numeral being read left to right."""

    __slots__ = (
        "done",
        "hund",
        "kind",
        "last_scale",
        "max_scale",
        "min_scale",
        "ordinal",
        "small",
        "spelled",
        "total",
    )

    def __init__(self) -> None:
        self.total: Fraction | int = 0
        self.hund: Fraction | int = 0
        self.small: Fraction | int = 0
        self.kind: str | None = None
        self.max_scale = 0
        self.min_scale = 0
        self.last_scale: int | None = None
        self.spelled = False
        self.ordinal = False
        self.done = False

    def copy(self) -> _Reader:
        other = _Reader()
        for name in self.__slots__:
            setattr(other, name, getattr(self, name))
        return other

    @property
    def value(self) -> Fraction | int:
        return self.total + self.hund + self.small

    def fresh(self) -> bool:
        """True at a place where a new tens / units part may start."""
        return self.kind in (None, "hundred", "scale")

    def concat_ok(self) -> bool:
        """ "one twenty two" -> 122, "zero eight" -> 8: a colloquial digit-group reading."""
        return self.kind in ("unit", "teen", "tens_unit") and not self.hund and not self.total

    # The steps for a number word (see ``_WORD_STEPS``) take its value, its class and the
    # joiner before it, and say whether it carries on this numeral.
    def unit(self, v: int, kind: str, joiner: str | None) -> bool:
        if joiner == "-":
            if self.kind == "tens":
                self.small += v
                self.kind = "tens_unit"
                return True
            return False
        if self.fresh():
            self.small = v
            self.kind = "unit"
        elif self.kind == "tens" and joiner is None:
            self.small += v
            self.kind = "tens_unit"
        elif self.kind == "unit" and self.small == 0 and self.concat_ok() and joiner is None:
            self.small = v
        else:
            return False
        return True

    def tens_or_teen(self, v: int, kind: str, joiner: str | None) -> bool:
        if joiner == "-":
            return False
        if self.fresh():
            self.small = v
        elif self.concat_ok() and joiner is None and self.small != 0:
            self.small = self.small * 100 + v
        elif self.kind == "unit" and self.small == 0 and self.concat_ok() and joiner is None:
            self.small = v
        else:
            return False
        self.kind = kind
        return True

    def digits(self, v: Fraction | int, joiner: str | None) -> bool:
        if joiner == "-" or not self.fresh():
            return False
        # after a scale only a smaller part may follow: "3 million and 21", "4 thousand 3"
        if (self.kind == "scale" and v >= self.min_scale) or (self.kind == "hundred" and v >= 100):
            return False
        self.small = v
        self.kind = "digit"
        return True

    def tens_unit(self, v: int, kind: str, joiner: str | None) -> bool:
        """ "twentyone" written as one word."""
        if joiner is None and self.fresh():
            self.small = v
            self.kind = "tens_unit"
            return True
        return False

    def opener(self, small: Fraction | int) -> None:
        """Start on an opener that needs a multiplier after it: "a" (1), "half a" (1/2)."""
        self.small = small
        self.kind = "a"
        self.spelled = True

    def hundred(self, v: int, kind: str, joiner: str | None) -> bool:
        if joiner not in (None, "-") or self.hund or self.kind in ("scale", "dozen", "frac"):
            return False
        if self.kind == "hundred":
            return False
        self.hund = (self.small or 1) * 100
        self.small = 0
        self.kind = "hundred"
        self.last_scale = 100
        return True

    def scale(self, s: int, kind: str, joiner: str | None) -> bool:
        if joiner not in (None, "-"):
            return False
        if self.kind == "scale":
            if self.last_scale is not None and s > self.last_scale and not self.hund and not self.small:
                self.total *= s
                self.last_scale = self.min_scale = s
                self.max_scale = max(self.max_scale, s)
                return True
            return False
        group = self.hund + self.small
        if self.kind in (None, "a"):
            group = group or 1
        if s > self.max_scale:
            if self.max_scale:
                return False  # "a million and two billion" is two numerals
            self.total = group * s
        elif s < self.min_scale:
            self.total += group * s
        else:
            return False  # "two thousand three thousand" is two numerals
        self.min_scale = s
        self.hund = self.small = 0
        self.kind = "scale"
        self.last_scale = s
        self.max_scale = max(self.max_scale, s)
        return True

    def dozen(self, v: int, kind: str, joiner: str | None) -> bool:
        if joiner is not None or self.kind in ("scale", "dozen", "hundred"):
            return False
        self.small = (self.small or 1) * 12
        self.kind = "dozen"
        self.last_scale = 12
        return True

    def fraction(self, numerator: int, denominator: int) -> None:
        """ "and a half", "and three quarters" after a part of the numeral."""
        part = Fraction(numerator, denominator)
        if self.kind == "scale" and self.last_scale:
            self.total += part * self.last_scale
            self.done = True
        elif self.kind == "hundred":
            self.hund += part * 100
            self.done = True
        else:
            self.small += part
            self.kind = "frac"

    def divide(self, denominator: int) -> None:
        """ "one hundred and thirty fifths": the whole numeral over the denominator."""
        self.total, self.hund, self.small = Fraction(self.value, denominator), 0, 0
        self.done = True


_WORD_CLASSES: Final = {
    **{w: ("dozen", 12) for w in en.DOZEN},
    **{w: ("scale", v) for w, v in en.SCALES.items()},
    **{w: ("hundred", 100) for w in en.HUNDRED},
    **{w: ("tens_unit", v) for w, v in _TENS_UNIT.items()},
    **{w: ("tens", v) for w, v in en.TENS.items()},
    **{w: ("teen", v) for w, v in en.TEENS.items()},
    **{w: ("unit", v) for w, v in en.UNITS.items()},
}
_word_class: Final = _WORD_CLASSES.get  # word -> (class, value) or None
_STEPS: Final[dict[str, Callable[[_Reader, int, str, str | None], bool]]] = {
    "dozen": _Reader.dozen,
    "scale": _Reader.scale,
    "hundred": _Reader.hundred,
    "tens_unit": _Reader.tens_unit,
    "tens": _Reader.tens_or_teen,
    "teen": _Reader.tens_or_teen,
    "unit": _Reader.unit,
}
# word -> (the reader's step for it, its value, its class)
_WORD_STEPS: Final = {w: (_STEPS[kind], v, kind) for w, (kind, v) in _WORD_CLASSES.items()}
#: Number words below a hundred, and the words that can carry on a numeral after one
#: ("twenty one", "one hundred", "two dozen", "three fifths", "twenty first", "two point
#: five", "one and a half"): after one of these words, any other word ends the numeral.
SMALL_WORDS: Final = {w: v for w, (kind, v) in _WORD_CLASSES.items() if kind in ("unit", "teen", "tens", "tens_unit")}
_UNITS_ABOVE_ZERO: Final = {w: v for w, v in en.UNITS.items() if v > 0}
AFTER_SMALL_WORD: Final = frozenset(
    {*_WORD_CLASSES, *en.FRACTIONS, *_UNIT_ORDINALS, *en.DECIMAL_POINTS, *en.NUMBER_JOINERS}
)
#: Words that can carry on a numeral after a digit run ("3 million", "4 hundred", "2
#: dozen", "3 fifths", "2 and a half", "1 ½"): after a digit run and a space, any other
#: word ends the numeral.
AFTER_DIGITS: Final = frozenset(
    {
        *en.SCALE_SUFFIXES,
        *en.ORDINAL_SUFFIXES,
        *en.HUNDRED,
        *en.SCALES,
        *en.DOZEN,
        *en.FRACTIONS,
        *en.NUMBER_JOINERS,
        *en.VULGAR_FRACTIONS,
    }
)


def _fraction_ahead(toks: list[Token], k: int) -> tuple[int, int, int] | None:
    """At ``toks[k]``: "a half", "three quarters" -> (numerator, denominator, next index)."""
    if k + 1 >= len(toks):
        return None
    num_tok, den_tok = toks[k], toks[k + 1]
    if den_tok.text not in en.FRACTIONS:
        return None
    if num_tok.text in en.ARTICLES:
        numerator = 1
    elif num_tok.text in en.UNITS and en.UNITS[num_tok.text] > 0:
        numerator = en.UNITS[num_tok.text]
    else:
        return None
    return numerator, en.FRACTIONS[den_tok.text], k + 2


# Fractions that open a numeral before a multiplier: "half a million", "a quarter million".
_PART_WORDS: Final = ("half", "quarter", "third")
#: The articles that open a numeral ("a hundred", "a dozen", "a half million") and the
#: words that may come next when they do: :func:`read_number` reads no numeral at an
#: article followed by any other word.
ARTICLE_OPENERS: Final = ("a", "an")
ARTICLE_NEXT: Final = frozenset({*en.SCALES, *en.DOZEN, *en.HUNDRED, *_PART_WORDS})
# Words read as an opener, never as an ordinal ("third" in "a third million").
_OPENER_WORDS: Final = frozenset({*_PART_WORDS, *ARTICLE_OPENERS})
# What a numeral may start with besides digits: read_number reads none at any other token.
_NUMERAL_STARTS: Final = frozenset({*_WORD_CLASSES, *_OPENER_WORDS, ".", *en.VULGAR_FRACTIONS})
_HYPHENS: Final = ("-", "‐", "‑")


def read_number(toks: list[Token], i: int, text: str) -> Number | None:
    """Read the numeral that starts at ``toks[i]``, as long as it goes.

    Parameters
    ----------
    toks : list of Token
        The tokens of ``text``.
    i : int
        Where to start.
    text : str
        The text the tokens came from (to see what separates them).

    Returns
    -------
    Number or None
        None when no numeral starts there.

    Examples
    --------
    >>> toks = tokenize("two hundred and two thousand")
    >>> read_number(toks, 0, "two hundred and two thousand").value
    202000
    """
    n = len(toks)
    if i >= n:
        return None
    t0 = toks[i]
    if t0.kind == "digits" and len(t0.text) <= MAX_DIGITS:
        # the common case: a digit run that ends the text, or a word not a part of it
        if i + 1 == n:
            return tuple.__new__(Number, (int(t0.text), i, i + 1, t0.start, t0.end, None, False, False))
        t1 = toks[i + 1]
        if t1.kind == "word" and t1.start > t0.end and t1.text not in AFTER_DIGITS:
            return tuple.__new__(Number, (int(t0.text), i, i + 1, t0.start, t0.end, None, False, False))
    elif t0.text in SMALL_WORDS:
        small = _read_small_word(toks, i)
        if small is not None:
            return small
    elif t0.text not in _NUMERAL_STARTS:
        if t0.kind == "word" and t0.text in en.ORDINALS:
            return Number(en.ORDINALS[t0.text], i, i + 1, t0.start, t0.end, None, True, True)
        return None
    r = _Reader()
    j = _read_opener(toks, i, r) if t0.text in _OPENER_WORDS else i
    if j < 0:
        return None
    r, end = _read_parts(toks, i, j, text, r)
    if end == i or r.kind is None or (r.kind == "a" and not r.done):
        return None
    scale = r.last_scale if r.kind == "scale" else None
    return tuple.__new__(Number, (r.value, i, end, toks[i].start, toks[end - 1].end, scale, r.spelled, r.ordinal))


def _read_small_word(toks: list[Token], i: int) -> Number | None:
    """ "thirty", "forty-five", "more than thirty people": the number word below a hundred
    at ``toks[i]`` when nothing carries it on; else None."""
    n = len(toks)
    t0 = toks[i]
    small, last = SMALL_WORDS[t0.text], i + 1
    if last + 1 < n and toks[last].text == "-" and t0.text in en.TENS and toks[last + 1].text in _UNITS_ABOVE_ZERO:
        small += _UNITS_ABOVE_ZERO[toks[last + 1].text]
        last += 2
    if (
        last == n
        or toks[last].kind == "digits"
        or (toks[last].kind == "word" and toks[last].text not in AFTER_SMALL_WORD)
    ):
        return tuple.__new__(Number, (small, i, last, t0.start, toks[last - 1].end, None, True, False))
    return None


def _read_opener(toks: list[Token], i: int, r: _Reader) -> int:
    """Openers that only make a numeral before a multiplier: "a hundred", "half a million".

    Starts ``r`` on one at ``toks[i]`` and returns the index after it; returns ``i`` when
    there is none, and -1 at an article that opens no numeral ("a man").
    """
    n = len(toks)
    t0 = toks[i]
    if t0.text in en.FRACTIONS and t0.kind == "word" and t0.text in _PART_WORDS:
        k = i + 1
        if k < n and toks[k].text in ("a", "an"):
            k += 1
        if k < n and (toks[k].text in en.SCALES or toks[k].text in en.DOZEN or toks[k].text in en.HUNDRED):
            r.opener(Fraction(1, en.FRACTIONS[t0.text]))
            return k
    elif t0.text in ARTICLE_OPENERS:
        k = i + 1
        nxt = toks[k].text if k < n else ""
        if nxt in en.SCALES or nxt in en.DOZEN or nxt in en.HUNDRED:
            r.opener(1)
            return k
        if nxt in _PART_WORDS and k + 1 < n and (toks[k + 1].text in en.SCALES or toks[k + 1].text in en.DOZEN):
            r.opener(Fraction(1, en.FRACTIONS[nxt]))
            return k + 1
        return -1
    return i


def _read_parts(toks: list[Token], i: int, j: int, text: str, r: _Reader) -> tuple[_Reader, int]:
    """Read the parts of the numeral that starts at ``toks[i]`` into ``r``, from ``toks[j]``
    on, as long as they go.

    Returns the reader and the index after the numeral's last token. In "between one
    hundred and two hundred" a multiplier that cannot attach shows the "and" joined two
    numerals: the reader is then the one from before the "and".
    """
    n = len(toks)
    end = j  # index after the last token of the numeral so far
    joiner: str | None = None
    before_and: tuple[_Reader, int] | None = None
    while j < n and not r.done:
        t = toks[j]
        w = t.text
        if t.kind == "digits" or (j == i and (w == "." or w in en.VULGAR_FRACTIONS)):
            k = _digit_part(toks, j, text, r, joiner)
        elif t.kind == "word" and w in _WORD_STEPS:
            step, v, kind = _WORD_STEPS[w]
            if not step(r, v, kind, joiner):
                if kind in ("hundred", "scale") and before_and is not None:
                    r, end = before_and  # the "and" joined two numerals
                break
            r.spelled = True
            k = j + 1
        elif t.kind == "word" and w not in en.NUMBER_JOINERS:
            k = _word_part(toks, j, r, joiner)
        else:
            k = _fraction_after_and(toks, j, r, joiner) if t.kind == "word" else -1
            if k < 0:
                joiner = _joiner(toks, j, r, joiner)
                if joiner is None:
                    break
                if joiner == "and":
                    before_and = (r.copy(), end)
                j += 1
                continue
        if k < 0:
            break
        j = end = k
        joiner = None
    return r, end


def _digit_part(toks: list[Token], j: int, text: str, r: _Reader, joiner: str | None) -> int:
    """A digit numeral at ``toks[j]`` as the next part of ``r``, with an abbreviated scale
    ("3.8m") or an ordinal suffix ("10th") right after it.

    Returns the index after the part, or -1 when it is no part of ``r``.
    """
    if r.spelled and r.kind not in ("hundred", "scale"):
        return -1
    got = _read_digits(toks, j, text)
    if got is None:
        return -1
    value, j = got
    if not r.digits(value, joiner):
        return -1
    if j < len(toks) and toks[j].kind == "word":
        suffix = toks[j].text
        gap = text[toks[j - 1].end : toks[j].start]
        if suffix in en.SCALE_SUFFIXES and gap in ("", " "):
            if j + 1 < len(toks) and _attached(toks[j], toks[j + 1]) and toks[j + 1].kind != "sym":
                pass  # "10km", "5mph": a unit, not a scale
            else:
                r.scale(en.SCALE_SUFFIXES[suffix], "scale", None)
                return j + 1
        elif suffix in en.ORDINAL_SUFFIXES and gap == "":
            r.ordinal = r.done = True
            return j + 1
    return j


def _word_part(toks: list[Token], j: int, r: _Reader, joiner: str | None) -> int:
    """The word at ``toks[j]`` (neither a number word nor "and") as the next part of ``r``:
    a denominator ("twenty fifths"), a unit ordinal ("twenty first"), a decimal point ("two
    point five").

    Returns the index after the part, or -1 when it is no part of ``r``.
    """
    w = toks[j].text
    if w in en.FRACTIONS and r.kind is not None and w.endswith("s") and joiner in (None, "-", "and"):
        # "twenty fifths", "one hundred and thirty fifths", "ninety-five hundred-fifths"
        r.divide(en.FRACTIONS[w])
        return j + 1
    if w in _UNIT_ORDINALS and r.kind == "tens" and joiner in (None, "-"):
        r.small += _UNIT_ORDINALS[w]
        r.ordinal = r.done = True
        return j + 1
    if w in en.DECIMAL_POINTS and joiner is None and r.kind in ("unit", "teen", "tens", "tens_unit"):
        return _point_decimals(toks, j, r)
    return -1


def _point_decimals(toks: list[Token], j: int, r: _Reader) -> int:
    """ "two point five million": the unit words after the decimal point at ``toks[j]``
    added to ``r``. Returns the index after them, or -1 when there is none."""
    n = len(toks)
    k = j + 1
    decimals = ""
    while k < n and toks[k].text in en.UNITS and len(decimals) < MAX_DIGITS:
        decimals += str(en.UNITS[toks[k].text])
        k += 1
    if not decimals:
        return -1
    r.small += Fraction(int(decimals), 10 ** len(decimals))
    r.kind = "frac"
    return k


def _fraction_after_and(toks: list[Token], j: int, r: _Reader, joiner: str | None) -> int:
    """ "and a half", "and three quarters" at ``toks[j]`` (an "and") added to ``r``.

    Returns the index after the fraction, or -1 when there is none.
    """
    if joiner is not None or r.kind is None or r.kind in ("dozen", "frac"):
        return -1
    frac = _fraction_ahead(toks, j + 1)
    if frac is None:
        return -1
    num, den, k = frac
    r.fraction(num, den)
    r.spelled = True
    return k


def _joiner(toks: list[Token], j: int, r: _Reader, joiner: str | None) -> str | None:
    """The joiner ``toks[j]`` makes between two parts of ``r``: "and" ("three hundred and
    two", "&"), "-" ("forty-five") or "," ("two million, three hundred"); else None."""
    if joiner is not None:
        return None
    w = toks[j].text
    if w in en.NUMBER_JOINERS:
        return "and" if r.kind in ("hundred", "scale") else None
    if w in _HYPHENS:
        return "-" if r.spelled and r.kind in ("tens", "unit", "teen", "tens_unit", "hundred") else None
    if w == "," and r.kind == "scale" and j + 1 < len(toks):
        after = _word_class(toks[j + 1].text)
        if after is not None and after[0] in ("unit", "teen", "tens", "tens_unit"):
            return ","
    return None


# -- rendering -----------------------------------------------------------------------
_UNIT_WORDS: Final = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEEN_WORDS: Final = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS_WORDS: Final = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SCALE_WORDS: Final = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand"))


def _below_thousand(n: int, use_and: bool, hyphen: bool) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [_UNIT_WORDS[hundreds], "hundred"]
        if rest and use_and:
            words.append("and")
    if rest >= 20:
        tens, unit = divmod(rest, 10)
        if unit:
            if hyphen:
                words.append(f"{_TENS_WORDS[tens]}-{_UNIT_WORDS[unit]}")
            else:
                words += [_TENS_WORDS[tens], _UNIT_WORDS[unit]]
        else:
            words.append(_TENS_WORDS[tens])
    elif rest >= 10:
        words.append(_TEEN_WORDS[rest - 10])
    elif rest:
        words.append(_UNIT_WORDS[rest])
    return words


def number_to_words(n: int, *, use_and: bool = True, hyphen: bool = True) -> str:
    """Spell a whole number in English words (short scale, up to the trillions).

    Parameters
    ----------
    n : int
        A number from 0 to 10**15 - 1.
    use_and : bool
        British "one hundred and six" (True) or American "one hundred six".
    hyphen : bool
        "forty-two" (True) or "forty two".

    Returns
    -------
    str

    Examples
    --------
    >>> number_to_words(380_001)
    'three hundred and eighty thousand and one'
    >>> number_to_words(42, hyphen=False)
    'forty two'
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"n must be an int, got {type(n).__name__}: {n!r}")
    if not 0 <= n < 10**15:
        raise ValueError(f"n must lie in [0, 10**15), got {n}")
    if n == 0:
        return "zero"
    words: list[str] = []
    rest = n
    for value, name in _SCALE_WORDS:
        part, rest = divmod(rest, value)
        if part:
            words += _below_thousand(part, use_and, hyphen) + [name]
    if rest:
        if words and rest < 100 and use_and:
            words.append("and")
        words += _below_thousand(rest, use_and, hyphen)
    return " ".join(words)


# -- quantulum3 ------------------------------------------------------------------------
def quantulum_value(phrase: str) -> Fraction | None:
    """quantulum3's reading of ``phrase`` when it reads the whole phrase as one
    dimensionless number; otherwise None.

    Imports quantulum3 on first use (its first call takes seconds); only used where
    our own grammar finds nothing, and as a test oracle.
    """
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser  # type: ignore[import-untyped]

        try:
            found = parser.parse(phrase)
        except Exception:
            return None
    stripped = phrase.strip()
    if len(found) != 1:
        return None
    q = found[0]
    if q.unit.name != "dimensionless" or q.surface.strip().lower() != stripped.lower():
        return None
    try:
        return Fraction(str(q.value))
    except (ValueError, OverflowError):
        return None
