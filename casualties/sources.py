"""Who reports a figure: reporting clauses, and the fullest name a text gives a source."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from .lexicon import en
from .numbers import Token

__all__ = ["Sources"]


class Sources:
    """The sources of one text: its named entities, the reporting clauses of each
    sentence, and what a short name or a pronoun ("it", "the monitor") refers back to."""

    def __init__(self, text: str, toks: Sequence[Token], texts: Sequence[str] | None = None) -> None:
        self.text = text
        self.toks = toks
        self.texts = [t.text for t in toks] if texts is None else texts  # ``texts``: when made already
        self.last: str | None = None  # the source of the latest sentence that named one
        self.resolved: dict[str, str] = {}

    @functools.cached_property
    def entities(self) -> list[tuple[str, str]]:
        """Capitalised names and their appositive description, read when a source name
        is first resolved (most texts name none)."""
        return self._entities()

    @functools.cached_property
    def _index(self) -> tuple[dict[str, list[str]], dict[str, str]]:
        return _entity_index(self.entities)

    def cap(self, i: int) -> bool:
        t = self.toks[i]
        return t.kind == "word" and self.text[t.start].isupper()

    def words(self, a: int, b: int) -> str:
        return self.text[self.toks[a].start : self.toks[b - 1].end]

    # -- entities -----------------------------------------------------------------------
    def _entities(self) -> list[tuple[str, str]]:
        """Capitalised names (with "for", "of" inside) and their appositive description."""
        toks, n = self.toks, len(self.toks)
        out: list[tuple[str, str]] = []
        i = 0
        while i < n:
            if not self.cap(i) or self.texts[i] in ("the", "a", "an"):
                i += 1
                continue
            j = i + 1
            while j < n and (
                self.cap(j)
                or (
                    self.texts[j] in ("for", "of", "on", "and", "-")
                    and j + 1 < n
                    and self.cap(j + 1)
                    and toks[j + 1].start - toks[j].end <= 1
                )
            ):
                j += 1
            name = self.words(i, j)
            desc = ""
            if j + 1 < n and self.texts[j] == "," and self.texts[j + 1] in ("a", "an", "the"):
                k = j + 1
                while k < n and self.texts[k] not in (",", ".", ";") and k - j < 10:
                    k += 1
                if (
                    k < n
                    and self.texts[k] == ","
                    and not any(self.texts[m] in en.REPORTING_VERBS for m in range(j + 1, k))
                ):
                    desc = self.words(j + 1, k).lower()
            out.append((name, desc))
            i = j
        return out

    def resolve(self, raw: str) -> str:
        """The fullest name the text gives for a source as written."""
        words = raw.split()
        if not (len(words) == 1 and words[0].lower() in en.PRONOUN_SOURCES):
            if raw not in self.resolved:
                self.resolved[raw] = self._resolve(raw, words, self.last)
            return self.resolved[raw]
        return self._resolve(raw, words, self.last)

    def name(self, raw: str, last: str | None) -> str:
        """The fullest name the text gives for a source as written, ``last`` being the
        source a pronoun ("it said") refers back to; reads no state but the text's.

        >>> from casualties.numbers import tokenize
        >>> text = "The Syrian Observatory for Human Rights, a Britain-based monitor, said 9 died."
        >>> s = Sources(text, tokenize(text))
        >>> s.name("the monitor", None), s.name("Observatory", None), s.name("it", "police")
        ('Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights', 'police')
        """
        return self._resolve(raw, raw.split(), last)

    def _resolve(self, raw: str, words: list[str], last: str | None) -> str:
        low = [w.lower() for w in words]
        if len(words) == 1 and low[0] in en.PRONOUN_SOURCES:
            return last or raw
        # "Observatory chief Rami Abdel Rahman": the organisation before the title
        for k, w in enumerate(low):
            org = [x for x in words[:k] if x[0].isupper() and x.lower() not in ("the", "a", "an")]
            if w in en.SPEAKER_TITLES and org and k + 1 < len(words) and self._organisation(org):
                raw, words, low = " ".join(words[:k]), words[:k], low[:k]
                break
        if low and low[0] in ("a", "an", "the") and len(words) >= 2 and not words[-1][0].isupper():
            described = self._index[1].get(low[-1])  # the first entity so described
            return raw if described is None else _strip_article(described)
        key = [w for w in words if w.lower() not in ("the",)]
        if not key or not any(w[0].isupper() for w in key):
            return raw
        best = None
        for name in self._index[0].get(key[0], ()):
            parts = name.split()
            if all(w in parts for w in key) and (best is None or len(name) > len(best)):
                best = name
        return _strip_article(best or " ".join(key) or raw)

    def _organisation(self, org: list[str]) -> bool:
        """Words before a speaker's title that name an organisation: a source noun
        ("Police chief ..."), or part of a fuller name the text gives ("Observatory chief
        ..." after "the Syrian Observatory for Human Rights"); not a place or an adjective
        ("District official ...", "Yemeni officials")."""
        if org[-1].lower() in en.SOURCE_NOUNS:
            return True
        return any(len(n.split()) > len(org) and all(w in n.split() for w in org) for n, _ in self.entities)

    # -- sources ------------------------------------------------------------------------
    def reporting_clauses(self, a: int, b: int) -> list[tuple[int, str, bool]]:
        """(token index, source as written, is "according to") in sentence [a, b)."""
        out: list[tuple[int, str, bool]] = []
        texts = self.texts
        for i in range(a, b):
            w = texts[i]
            if w not in en.REPORTING_VERBS or (i + 1 < b and texts[i + 1] in en.REPORTING_VERBS):
                continue  # "Other reports said": a noun before the verb
            if w == "according":
                if i + 1 < b and texts[i + 1] == "to":
                    k = i + 2
                    j = self._name_after(k, b)
                    if j > k:
                        out.append((i, self.words(k, j), True))
                continue
            # "It also reported", "the army had announced": an adverb or auxiliary between
            v = i
            while v - 1 > a and texts[v - 1] in _BETWEEN and v > i - 2:
                v -= 1
            start = self._name_before(v, a)
            if start < v:
                out.append((i, self.words(start, v), False))
                continue
            # the inverted form: ", said Interior Minister Eunice Mendizabal"
            if i - 1 >= a and texts[i - 1] not in (",", '"', "”", "'", "’") and i != a:
                continue
            k = i + 1
            j = self._name_after(k, b)
            if j > k and (j == b or texts[j] in _AFTER_INVERTED):
                out.append((i, self.words(k, j), False))
        return out

    def _name_ok(self, i: int) -> bool:
        w = self.texts[i]
        if w in en.SENTENCE_ADVERBS:
            return False  # "Later officials said": an adverb, capitalised, is no name
        return self.cap(i) or w in ("the", "a", "an", "of", "for", "'", "s", "’", "-") or (w in en.SPEAKER_TITLES)

    def _name_before(self, i: int, a: int) -> int:
        k = i
        texts = self.texts
        if k - 1 >= a and texts[k - 1] in en.PRONOUN_SOURCES:
            return k - 1
        adjectives = 0
        while k - 1 >= a and i - k < 8:
            w = texts[k - 1]
            if self._name_ok(k - 1) or w in en.SOURCE_NOUNS:
                k -= 1
            elif (
                k < i
                and texts[k] in en.SOURCE_NOUNS | en.SPEAKER_TITLES
                and adjectives < 2
                and (
                    self.toks[k - 1].kind == "word"
                    and w not in en.PHRASE_BREAKS
                    and w not in en.AUXILIARIES
                    and w not in en.OUTCOME_WORDS
                )
            ):
                adjectives += 1  # "a provincial official", "local monitors"
                k -= 1
            else:
                break
        while k < i and texts[k] in ("of", "for", "-", "'", "s", "’"):
            k += 1
        if k < i and not any(self.cap(m) or texts[m] not in ("the", "a", "an") for m in range(k, i)):
            return i
        return k

    def _name_after(self, k: int, b: int) -> int:
        j = k
        if k < b and not self.cap(k) and self.toks[k].kind == "word":
            # "according to local officials": a lower-case description
            while j < b and j - k < 4 and self.toks[j].kind == "word" and texts_ok(self.texts[j]):
                j += 1
                if j - k >= 2 and self.texts[j - 1].endswith("ed") and not self.cap(j - 1):
                    j -= 1  # "according to official figures released by ...": no participle
                    break
            return j
        while j < b and self._name_ok(j) and j - k < 8:
            j += 1
        while j > k and self.texts[j - 1] in ("the", "a", "an", "of", "for", "-"):
            j -= 1
        return j


#: Words between a source and its reporting verb ("It also reported", "had announced").
_BETWEEN = frozenset({"also", "later", "earlier", "had", "has", "have", "further"})


#: What may follow the name of an inverted reporting clause (", said the ministry on
#: Monday."); anything else makes the words after the verb its object (", claimed the
#: attack left ...").
_AFTER_INVERTED = frozenset({",", ".", ";", ":", "on", "in", "at", "late", "early", "'", '"', "”", "’", "(", "-", "—"})


def _entity_index(entities: list[tuple[str, str]]) -> tuple[dict[str, list[str]], dict[str, str]]:
    """The distinct entity names by each of their words, in text order; and each word of
    a description ("a Britain-based monitor": "monitor", "britain-based", "britain", ...)
    to the first entity it describes. A name is then found among the few that share a
    word with it, not among every entity of the text."""
    by_word: dict[str, list[str]] = {}
    seen: set[str] = set()
    by_description: dict[str, str] = {}
    for name, desc in entities:
        if name not in seen:
            seen.add(name)
            for w in set(name.split()):
                by_word.setdefault(w, []).append(name)
        for w in {*desc.split(), *desc.replace("-", " ").split()}:
            by_description.setdefault(w, name)
    return by_word, by_description


def texts_ok(word: str) -> bool:
    """A word that may belong to a lower-case source description."""
    return word not in en.PHRASE_BREAKS and word not in en.REPORTING_VERBS and word not in en.OUTCOME_WORDS


def _strip_article(name: str) -> str:
    for art in ("The ", "the "):
        if name.startswith(art):
            return name[len(art) :]
    return name
