"""A statement's context in its document: who reports it, when, whether it is a running
total, and where (the step of the extraction cascade after the frames).

:func:`document` holds the tokens and sentences of a text as L1 read them;
:func:`place` says where a statement stands (its sentence, group and token positions, for
the passes of :mod:`casualties.passes`); :func:`attributed` gives each statement its
``source`` from the reporting clauses of its sentence ("X said", "according to X"),
resolved to the fullest name the text gives (:class:`~casualties.sources.Sources`), else
the caller's default; its ``period``; whether it is ``cumulative`` ("since 2011", "the war
has killed"); and its ``location``.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import fields
from operator import attrgetter, itemgetter
from types import MappingProxyType
from typing import Final, NamedTuple

from .lexicon import en
from .passes import Place
from .sources import Sources
from .statements import Statement
from .wordclass import Classes

__all__ = ["Document", "attributed", "document", "place"]


class Document(NamedTuple):
    """The tokens of a text as the statement layer reads them (token indices throughout)."""

    text: str
    texts: tuple[str, ...]  # lower-cased
    starts: tuple[int, ...]  # character offset of each token
    sentences: tuple[tuple[int, int], ...]  # the token range of each sentence of the cascade
    firsts: tuple[int, ...]  # the first token of each sentence
    sources: Sources  # only its queries are used (no ``resolve``, no ``last``)

    def words(self, a: int, b: int) -> str:
        """The text of tokens ``[a, b)``."""
        return self.sources.words(a, b)


def document(classes: Classes) -> Document:
    """The tokens and sentences of a text read by L1 (sentences as the cascade cut them),
    from the tokens L1 read them from (no second tokenization)."""
    toks = classes.tokens
    starts = tuple(map(_TOKEN_START, toks))
    sentences = classes.token_sentences
    firsts = tuple(map(_FIRST_OF, sentences))
    texts = classes.token_texts or tuple(map(_TOKEN_TEXT, toks))
    return Document(classes.text, texts, starts, sentences, firsts, Sources(classes.text, toks, texts))


def place(doc: Document, s: Statement, group: int, overall: bool) -> Place:
    """Where statement ``s`` stands: its sentence, group and token positions, and whether
    it is a coder's overall figure."""
    first = bisect.bisect_left(doc.starts, s.span[0])
    sentence = max(0, bisect.bisect_right(doc.firsts, first) - 1)
    party_end = max(first + 1, bisect.bisect_left(doc.starts, s.span[1]))
    start = doc.firsts[sentence] if doc.firsts else 0
    return Place(sentence, group, first, party_end, start, overall)


def attributed(
    doc: Document, stmts: Sequence[Statement], places: Sequence[Place], source: str | None
) -> list[Statement]:
    """The statements with their source, period, cumulative and location.

    A sentence's source is its first plain reporting clause ("X said"), else its first
    "according to X"; an "according to" right after a figure is that figure's own. A
    pronoun ("it said") is the source of the latest sentence that named one.
    """
    by_sentence: dict[int, list[int]] = {}
    for k, p in enumerate(places):
        by_sentence.setdefault(p.sentence, []).append(k)
    out = list(stmts)
    last: str | None = None  # the source of the latest sentence that named one
    for n in range(max(by_sentence) + 1):
        a, b = doc.sentences[n]
        clauses = _reporting_clauses(doc, a, b)
        members = by_sentence.get(n, [])
        if not clauses and not members:
            continue  # no statement, and no source for the sentences after it
        here = _sentence_source(doc, clauses, last)
        period, cumulative = _period(doc, a, b) if members else (None, False)
        cuts = _clause_cuts(doc.texts, a, b) if cumulative else ()
        for i, k in enumerate(members):
            p = places[k]
            stop = places[members[i + 1]].first if i + 1 < len(members) else b
            src = _according(doc, clauses, p.party_end, stop, last) or here
            out[k] = _in_context(
                out[k],
                source=src if src is not None else source,
                period=period,
                cumulative=cumulative and _period(doc, *_clause(p.first, a, b, cuts))[1],
                location=_location(doc, p.party_end, b),
            )
        if clauses:
            last = here
    return out


def _reporting_clauses(doc: Document, a: int, b: int) -> list[tuple[int, str, bool]]:
    """The reporting clauses of sentence ``[a, b)``; none, unread, when it holds no
    reporting verb (most sentences)."""
    if en.REPORTING_VERBS.isdisjoint(doc.texts[a:b]):
        return []
    return doc.sources.reporting_clauses(a, b)


def _in_context(
    s: Statement, *, source: str | None, period: str | None, cumulative: bool, location: str | None
) -> Statement:
    """Statement ``s`` with its sentence's source, period, cumulative and location (its
    other fields read at once: ``dataclasses.replace`` costs more, on every statement);
    ``s`` itself when they are its own already."""
    if (source, period, cumulative, location) == _CONTEXT_OF(s):
        return s
    kept = dict(zip(_KEPT, _KEEP(s), strict=True))
    return Statement(**kept, source=source, period=period, cumulative=cumulative, location=location)


def _sentence_source(doc: Document, clauses: Sequence[tuple[int, str, bool]], last: str | None) -> str | None:
    """The source of a sentence: its first plain reporting clause, else its first clause."""
    if not clauses:
        return None
    plain = [c for c in clauses if not c[2]]
    return doc.sources.name((plain or clauses)[0][1], last)


def _according(
    doc: Document, clauses: Sequence[tuple[int, str, bool]], after: int, stop: int, last: str | None
) -> str | None:
    """The source of an "according to X" between tokens ``after`` and ``stop``."""
    for i, raw, according in clauses:
        if according and after <= i < stop:
            return doc.sources.name(raw, last)
    return None


def _period(doc: Document, a: int, b: int) -> tuple[str | None, bool]:
    """The time words of tokens ``[a, b)`` and whether they make a running total."""
    texts = doc.texts
    period: str | None = None
    cumulative = _campaign(texts, a, b)
    if _PERIOD_KEYS.isdisjoint(texts[a:b]):
        return period, cumulative  # no time word, cue or opener (most sentences)
    for i in range(a, b):
        if texts[i] not in _PERIOD_KEYS:
            continue  # no time word, cue or opener (most tokens)
        if texts[i] == "since" and _superlative(texts, a, i):
            continue  # "the deadliest day since the coup": a comparison, no running total
        cues = _CUES.get(texts[i])
        cumulative = cumulative or (cues is not None and any(tuple(texts[i : i + len(c)]) == c for c in cues))
        since = _since(doc, i, a, b)
        if since is not None:
            cumulative = True
            period = since if texts[i] == "since" else period or since
        if period is None and texts[i] in en.PERIOD_WORDS:
            period = doc.words(i, i + 1)
    return period, cumulative


def _superlative(texts: Sequence[str], a: int, i: int) -> bool:
    """A superlative in the clause before token ``i`` ("the deadliest day of protests
    since", "the largest toll from a single attack since")."""
    for k in range(i - 1, max(a, i - 10) - 1, -1):
        w = texts[k]
        if w in _CLAUSE_BREAKS:
            return False
        if k > a and texts[k - 1] in _THE and (w in _SUPERLATIVES or (w.endswith("iest") and len(w) > 5)):
            return True
    return False


def _since(doc: Document, i: int, a: int, b: int) -> str | None:
    """The words of a running total's time opener at token ``i`` ("since Friday", "in
    the past weeks"), None when there is none."""
    texts = doc.texts
    w = texts[i]
    if w not in en.CUMULATIVE_OPENERS:
        return None
    window = texts[i + 1 : i + 3]
    if w == "since":
        dated = any(x in en.WEEKDAYS or x in en.MONTHS or x in en.TIME_WORDS or _year(x) for x in window)
        return doc.words(i, min(b, i + 2)) if dated else None
    if any(x in en.TIME_WORDS and x.endswith("s") for x in window) and i - 1 >= a and texts[i - 1] in _BEFORE_RECENT:
        return doc.words(max(a, i - 2), min(b, i + 2))
    return None


def _year(word: str) -> bool:
    """A year written in digits ("2011")."""
    return word.isdigit() and len(word) == 4


def _campaign(texts: Sequence[str], a: int, b: int) -> bool:
    """A campaign's running toll in tokens ``[a, b)``: "the conflict has killed", "its
    campaign had unintentionally killed", "attacks have since claimed"; the campaign noun
    heads the subject ("the fighting has killed", not "strikes by a coalition fighting the
    rebels have killed"); "has claimed that" is a report. Or the victims of a campaign:
    "have been killed in the war"."""
    if _PERFECT.isdisjoint(texts[a : b - 1]):
        return False
    for i in range(a, b - 1):
        if texts[i] not in _PERFECT:
            continue
        adverb = texts[i + 1] in _TOLL_ADVERBS or (texts[i + 1].endswith("ly") and len(texts[i + 1]) > 4)
        v = i + 2 if adverb and i + 2 < b else i + 1
        if texts[v] == "been" and v + 2 < b and _in_campaign(texts, v + 2, b):
            return True
        if texts[v] not in _TOLL_VERBS or (v + 1 < b and texts[v + 1] == "that"):
            continue
        if any(
            texts[k] in en.CAMPAIGN_NOUNS and not (texts[k].endswith("ing") and k > 0 and texts[k - 1] not in _THE)
            for k in range(max(a, i - 8), i)
        ):
            return True
        if texts[i + 1] == "since":
            return True  # "have since claimed": since the time the sentence before named
    return False


def _in_campaign(texts: Sequence[str], i: int, b: int) -> bool:
    """Tokens from ``i`` name a campaign as the setting: "in the war", "during the
    conflict" (not "in ethnic violence": a setting without "the" is the event's own)."""
    window = texts[i : min(b, i + 4)]
    opens = len(window) > 2 and window[0] in _DURING and window[1] == "the"
    return opens and any(w in en.CAMPAIGN_NOUNS for w in window[2:])


def _clause_cuts(texts: Sequence[str], a: int, b: int) -> tuple[int, ...]:
    """Where the relative clauses of tokens ``[a, b)`` begin (", where ...", ", which ...")."""
    return tuple(i for i in range(a, b - 1) if texts[i] in _CLAUSE_BREAKS and texts[i + 1] in _CLAUSE_OPENERS)


def _clause(i: int, a: int, b: int, cuts: Sequence[int]) -> tuple[int, int]:
    """The clause of the sentence ``[a, b)`` that holds token ``i``."""
    k = bisect.bisect_right(cuts, i)
    return (cuts[k - 1] if k else a), (cuts[k] if k < len(cuts) else b)


def _location(doc: Document, i: int, b: int) -> str | None:
    """The place words after token ``i``: "in Kanda", "near the village of Adwan"."""
    texts, cap = doc.texts, doc.sources.cap
    if _PLACE_PREPOSITIONS.isdisjoint(texts[i : min(b, i + 14)]):
        return None
    for k in range(i, min(b, i + 14)):
        if texts[k] not in _PLACE_PREPOSITIONS or k + 1 >= b:
            continue
        m = k + 1
        while m < b and texts[m] in _PLACE_FILLERS:
            m += 1
        e = m
        while e < b and (cap(e) or (texts[e] == "-" and e + 1 < b and cap(e + 1))):
            e += 1
        if e > m and not any(texts[x] in en.WEEKDAYS or texts[x] in en.MONTHS for x in range(m, e)):
            return doc.words(m, e)
    return None


# -- tables (word sets of the context readers, as data) ------------------------------------
#: The running-total cues (``en.CUMULATIVE_CUES``) by their first word.
_CUES: Final = MappingProxyType(
    {w: tuple(c for c in en.CUMULATIVE_CUES if c[0] == w) for w in {c[0] for c in en.CUMULATIVE_CUES}}
)
_FIRST_OF: Final = itemgetter(0)  # the first item of a pair
#: The fields of a statement that its sentence does not set (:func:`_in_context`).
_CONTEXT: Final = ("source", "period", "cumulative", "location")
_KEPT: Final = tuple(f.name for f in fields(Statement) if f.name not in _CONTEXT)
_KEEP: Final = attrgetter(*_KEPT)
_CONTEXT_OF: Final = attrgetter(*_CONTEXT)
_TOKEN_START: Final = itemgetter(1)
_TOKEN_TEXT: Final = itemgetter(0)
#: The words :func:`_period` looks at: cue openers, running-total openers, time words (it
#: skips every other token: a word it comes to key on goes here).
_PERIOD_KEYS: Final = frozenset(_CUES) | en.CUMULATIVE_OPENERS | en.PERIOD_WORDS | {"since"}
#: Words before "past", "last", "recent" that make a running total ("in the past weeks").
_BEFORE_RECENT: Final = frozenset({"the", "in", "over"})
#: The auxiliaries of a present-perfect toll ("the war has killed").
_PERFECT: Final = frozenset({"has", "have", "had"})
#: Adverbs between the auxiliary and the verb of a running toll ("had unintentionally killed").
_TOLL_ADVERBS: Final = frozenset({"since", "already", "now", "so", "also"})  # and -ly adverbs
#: Prepositions that set victims in a campaign ("killed in the war").
_DURING: Final = frozenset({"in", "during", "throughout"})
#: Verbs of a campaign's running toll after "has" / "have".
_TOLL_VERBS: Final = frozenset({"killed", "caused", "claimed", "left", "displaced"})
#: Determiners that make an -ing campaign noun a noun ("the fighting").
_THE: Final = frozenset({"the", "this", "that", "its"})
#: Superlatives that a "since" phrase compares with ("the worst attack since 2015").
_SUPERLATIVES: Final = frozenset(
    {"worst", "largest", "biggest", "highest", "greatest", "heaviest", "first", "most", "strongest"}
)
#: What a relative clause opens with, after a comma or semicolon.
_CLAUSE_BREAKS: Final = frozenset({",", ";"})
_CLAUSE_OPENERS: Final = frozenset(
    {"where", "which", "while", "whereas", "who", "when", "becoming", "making", "bringing"}
)
#: Prepositions before a place name, and the words read past to the name.
_PLACE_PREPOSITIONS: Final = frozenset({"in", "near", "at"})
_PLACE_FILLERS: Final = frozenset({"the", "village", "town", "city", "of", "district", "province", "region", "area"})
