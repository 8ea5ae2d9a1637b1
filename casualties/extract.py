"""Casualty statements in whole texts: figures tied to an outcome, a victim and a source."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from .count import Count
from .lexicon import en
from .numbers import Token, tokenize
from .passes import Cand as _Cand
from .passes import mark_breakdowns, mark_later_breakdowns, mark_restatements, with_role
from .policy import Policy, get_policy
from .quantifiers import Figure, scan_tokens
from .segment import sentence_tokens
from .sources import Sources
from .statements import Outcome, PartyKind, Role, Statement

__all__ = ["extract"]

_SINGULAR = frozenset({"a", "an", "another"})
_VERB_AUX = ("were", "was", "have", "has", "had")
_PLACE_PREPOSITIONS = frozenset(
    {
        "in",
        "on",
        "at",
        "near",
        "from",
        "of",
        "into",
        "to",
        "across",
        "inside",
        "outside",
        "around",
        "throughout",
        "towards",
        "toward",
        "through",
    }
)
_THE = frozenset({"the", "his", "her", "their"})
_THE_ARTICLES = frozenset({"the", "this", "that", "its"})
_CURRENCY = frozenset({"$", "£", "€", "¥", "us$", "rs"})


class _Doc:
    """One text being read: its tokens and what was learnt of it so far."""

    def __init__(self, text: str, policy: Policy, source: str | None) -> None:
        self.text = text
        self.policy = policy
        self.default_source = source
        self.toks = tokenize(text)
        self.texts = [t.text for t in self.toks]
        self.figures = [f for f in scan_tokens(text, self.toks, policy) if not f.ordinal]
        self.fig_starts = {f.first for f in self.figures}
        self.fig_firsts = [f.first for f in self.figures]
        self.fig_by_first = {f.first: f for f in self.figures}
        self.sources = Sources(text, self.toks)
        self.asides: list[tuple[int, int]] = []  # token ranges of asides read past
        self.adjective_outcome: dict[int, Outcome] = {}  # victim words' start -> outcome
        self.own_verb: set[int] = set()  # where a figure's own non-casualty verb was read from

    # -- helpers ------------------------------------------------------------------------
    def cap(self, i: int) -> bool:
        """Token ``i`` is a capitalised word."""
        return self.sources.cap(i)

    def words(self, a: int, b: int) -> str:
        """The text of tokens ``[a, b)``."""
        return self.sources.words(a, b)

    # -- victims ------------------------------------------------------------------------
    def party_after(self, i: int, b: int) -> tuple[int, str | None, PartyKind | None, bool]:
        """The victim words after a figure: (end, words, kind, counts things)."""
        texts = self.texts
        j = i
        head: int | None = None
        while j < b and j - i < 9:
            w = texts[j]
            t = self.toks[j]
            if w in en.PARTY_NOUNS and w not in ("injured", "wounded", "dead"):
                head = j
                j += 1
                if j + 1 < b and texts[j] == "of" and texts[j + 1] in ("a", "an", "the", "his", "her", "their", "one"):
                    m = j + 2
                    while (
                        m < b
                        and m - j < 5
                        and self.toks[m].kind == "word"
                        and texts[m] not in en.PHRASE_BREAKS
                        and (texts[m] not in en.AUXILIARIES and texts[m] not in en.OUTCOME_AFTER)
                    ):
                        m += 1
                    if m > j + 2:
                        head = m - 1  # "members of his family"
                        j = m
                        break
                if (
                    j + 1 < b
                    and texts[j] in ("and", "/")
                    and texts[j + 1] in en.PARTY_NOUNS
                    and not self._is_fig(j + 1)
                ):
                    j += 1  # "women and children", "people/civilians"
                    continue
                if j + 2 < b and texts[j] == "(":
                    shut = next((m for m in range(j + 1, min(b, j + 6)) if texts[m] == ")"), None)
                    if shut is not None and shut + 1 < b and texts[shut + 1] in en.PARTY_NOUNS:
                        j = shut + 1  # "Kenya Defence Forces (KDF) soldiers"
                        continue
                if j < b and texts[j] in en.PARTY_NOUNS and not self._is_fig(j):
                    continue
                if (
                    j + 1 < b
                    and texts[j] in ("'", "’")
                    and texts[j + 1] == "s"
                    and self.toks[j].start == self.toks[j - 1].end
                ):
                    continue  # a possessive: "People's Party members"
                break
            if w in en.NOT_PEOPLE and not (
                j + 1 < b
                and (
                    texts[j + 1] in en.PARTY_NOUNS
                    or (texts[j + 1] == "-" and self.toks[j + 1].start == self.toks[j].end)  # "mine-clearers"
                    or (
                        not w.endswith("s")
                        and self.toks[j + 1].kind == "word"
                        and texts[j + 1] not in en.PHRASE_BREAKS
                        and texts[j + 1] not in en.AUXILIARIES
                        and texts[j + 1] not in en.OUTCOME_AFTER
                        and texts[j + 1] not in en.NOT_PEOPLE
                    )
                )
            ):
                return i, None, None, True  # counts things ("five mortar shells", "two days")
            if w == "of" and j + 1 < b:
                j += 1
                if j < b and texts[j] in ("his", "her", "their", "the", "them", "whom"):
                    if texts[j] in ("them", "whom"):
                        break
                    j += 1
                continue
            if (
                w == "."
                and j > i
                and len(texts[j - 1]) == 1
                and t.start == self.toks[j - 1].end
                and (j + 1 < b and self.toks[j + 1].kind == "word" and texts[j + 1] not in en.AUXILIARIES)
            ):
                j += 1  # an initialism: "seven U.S. airmen"
                continue
            if t.kind == "sym" and w in ("-", "/") and j > i and t.start == self.toks[j - 1].end:
                j += 1  # "people/civilians"
                if j < b and self.toks[j].start == t.end and texts[j] in en.PHRASE_BREAKS:
                    j += 1  # "passers-by"
                continue
            if w in ("'", "’") and j > i and j + 1 < b and texts[j + 1] == "s" and t.start == self.toks[j - 1].end:
                j += 2  # "People's Party members"
                continue
            if w in ("(", "[") and j > i:
                close = ")" if w == "(" else "]"
                m = j + 1
                while m < b and texts[m] != close and m - j < 8:
                    m += 1
                if m < b and texts[m] == close:
                    j = m + 1  # "two Asom Gana Parishad (AGP) members"
                    continue
            if (
                w in en.OUTCOME_AFTER
                and j + 1 < b
                and texts[j + 1] in en.PARTY_NOUNS
                and texts[j + 1] not in ("others", "other")
            ):
                # an adjective: "internally displaced persons", "five injured victims"
                self.adjective_outcome[i] = Outcome(en.OUTCOME_AFTER[w])
                j += 1
                continue
            if (
                t.kind != "word"
                or w in en.PHRASE_BREAKS
                or w in en.OUTCOME_AFTER
                or w in en.AUXILIARIES
                or self._is_fig(j)
            ):
                break
            if (
                w in en.REPORTING_VERBS
                or w in en.OUTCOME_BEFORE
                or w in en.PERIOD_WORDS
                or (w in en.OWN_VERBS and not (j + 1 < b and texts[j + 1] in en.PARTY_NOUNS))
            ):
                break  # "scores escaped with injuries" (but "nine escaped inmates")
            j += 1
        if head is None:
            # capitalised plural names of groups ("four Fulanis") still name people
            k = i
            while k < j and self.cap(k):
                k += 1
            if k > i and k == j and texts[j - 1].endswith("s"):
                return j, self.words(i, j), PartyKind.UNKNOWN, False
            if (
                j > i
                and j - i <= 8
                and texts[j - 1] not in en.OUTCOME_AFTER
                and texts[i] not in ("of", "the", "a", "an")
            ):
                # unlisted words ("female pastors", "MPP activist", "Boko Haram"): people,
                # if an outcome is tied to them
                return j, self.words(i, j), PartyKind.UNKNOWN, False
            return i, None, None, False
        end = head + 1
        if (
            end < b
            and texts[end] == "and"
            and end + 1 < b
            and texts[end + 1] in en.PARTY_NOUNS
            and not self._is_fig(end + 1)
        ):
            end += 2
        words = self.words(i, end)
        return end, words, self.kind_of(i, end), False

    def kind_of(self, a: int, b: int) -> PartyKind:
        texts = self.texts
        heads = [texts[k] for k in range(a, b) if texts[k] in en.PARTY_NOUNS]
        mods = {texts[k] for k in range(a, b)}
        joined = self.words(a, b).lower()
        state_words = ("pro-regime", "pro-government", "regime ", "government ")
        if any(m in joined.replace("anti-regime", "").replace("anti-government", "") for m in state_words):
            if not heads or en.PARTY_NOUNS[heads[-1]] not in ("civilian", "armed_group"):
                return PartyKind.STATE_FORCES
        if not heads:
            return PartyKind.UNKNOWN
        head = heads[-1]
        kind = PartyKind(en.PARTY_NOUNS[head])
        if kind in (PartyKind.UNKNOWN, PartyKind.ARMED_GROUP) and mods & en.STATE_MODIFIERS:
            if head in ("fighters", "fighter", "men", "members", "personnel", "forces"):
                return PartyKind.STATE_FORCES
        if head in ("members", "member", "official", "officials", "staff", "guard", "guards"):
            if mods & en.STATE_MODIFIERS:
                return PartyKind.STATE_FORCES
        return kind

    def single_person(self, i: int, a: int, b: int) -> _Cand | None:
        """One person named by a determiner and a noun phrase, when an outcome is tied
        to it (or it may join a list that has one)."""
        texts, toks = self.texts, self.toks
        if i > a and texts[i - 1] in ("was", "were", "is", "are", "as", "became", "becoming"):
            return None  # "one of those killed was a police officer": who, not how many
        if i + 1 < b and texts[i] in _THE and texts[i + 1] in en.ORDINALS:
            return None  # "the third reporter to be killed this month": a rank, not a victim
        end = i + 1
        while end < b and end - i <= 14:
            t = toks[end]
            w = texts[end]
            if (w.endswith("ing") or w.endswith("ed")) and end > i + 1 and texts[end - 1] in en.PARTY_NOUNS:
                break  # "a journalist reporting on fraud", "a judge allied with": a new phrase
            if (
                end > i + 1
                and w in ("over", "last", "next", "this", "following")
                and any(x in en.PERIOD_WORDS or x in en.TIME_WORDS for x in texts[end + 1 : end + 3])
            ):
                break  # "his partner over the weekend": a time phrase follows the person
            if (
                t.kind == "word"
                and w not in en.AUXILIARIES
                and w not in en.OUTCOME_AFTER
                and (w not in en.PHRASE_BREAKS or w in ("for",))
                and w not in en.REPORTING_VERBS
                and w not in en.OUTCOME_BEFORE
                and not self._is_fig(end)
            ):
                end += 1
            elif w in ("of",) and end > i + 1 and texts[end - 1] not in en.PARTY_NOUNS:
                end += 1
            elif t.kind == "digits" and end + 1 < b and texts[end + 1] == "-":
                end += 1  # an age: "a 70-year-old farmer"
            elif (
                end in self.fig_by_first
                and self.fig_by_first[end].last < b
                and texts[self.fig_by_first[end].last] == "-"
            ):
                end = self.fig_by_first[end].last  # "a sixty-five-year-old man"
            elif w in ("-", "'", "’") and t.start == toks[end - 1].end:
                end += 1
            else:
                break
        while end > i + 1 and texts[end - 1] in ("of", "for", "the", "-", "'", "’"):
            end -= 1
        if end == i + 1:
            return None
        head = texts[end - 1]
        if (
            head in en.NOT_PEOPLE
            or (head.endswith("s") and not (head.endswith("ss") and head in en.PARTY_NOUNS))
            or (head.endswith("men") and head not in ("woman", "human"))
            or head
            in (
                "police",
                "security",
                "military",
                "army",
                "forces",
                "staff",
                "crew",
                "government",
                "family",
                "group",
                "crowd",
                "couple",
                "force",
            )
            or (head.endswith("ing") and head not in en.PARTY_NOUNS)  # "the stabbing", "the bombing"
        ):
            return None
        known = head in en.PARTY_NOUNS and not head.endswith("s")
        if head in en.PERIOD_WORDS or head in en.TIME_WORDS or head in en.WEEKDAYS:
            if texts[i] == "another" and end == i + 2:
                end = i + 1  # "wounded another Thursday": one more person, then a time
            else:
                return None  # "the next night", "the following week": a time, not a person
        if not known and head.endswith("ed"):
            return None  # "their houses razed": a participle, not a person
        if (
            not known
            and i > a
            and texts[i - 1] in _PLACE_PREPOSITIONS
            and not (texts[i - 1] == "of" and i - 2 >= a and texts[i - 2] in en.OUTCOME_NOUNS)
        ):
            return None  # "in the Kanda district": a place, not a victim
        k = end
        if k + 1 < b and texts[k] == "," and self.cap(k + 1):
            # an appositive name: "a police officer, Abdul Saleh, was killed"
            m = k + 1
            while m < b and m - k < 8 and (self.cap(m) or texts[m] in ("-", ".", "al", "bin", "de")):
                m += 1
            if m < b and texts[m] == ",":
                k = m + 1
            elif m < b and texts[m] in ("was", "is", "has", "had"):
                k = m
        elif k + 1 < b and texts[k] == "," and texts[k + 1] in ("who", "whose"):
            # "The warden, who was meeting the inmates at the time, was seriously injured"
            m = k + 2
            while m < b and m - k < 20 and texts[m] not in (",", ".", ";") and texts[m] not in en.OUTCOME_AFTER:
                m += 1
            if m + 1 < b and texts[m] == "," and texts[m + 1] in ("was", "has", "had"):
                k = m + 1
        out, fe = self.outcome_right(k, b)
        if out is Outcome.DISPLACED:
            out = None  # "the shooter fled the scene": one person fleeing is no displacement
        plural_ok = i > a and texts[i - 1] == "and"  # "a producer and an announcer have been shot"
        passive = (
            out is not None
            and k < b
            and (
                texts[k] in ("was", "is", "has", "had")
                or (plural_ok and texts[k] in ("were", "are", "have"))
                or fe == k + 1
            )
        )
        left = self.outcome_left(i, a) if texts[i] in _SINGULAR or texts[i] in _THE else None
        listed = (
            end + 1 < b
            and texts[end] == "and"
            and (texts[end + 1] in _SINGULAR or texts[end + 1] in _THE or (self._is_fig(end + 1) and known))
        )  # "a traditional ruler and nine other persons have been killed"
        if not (passive or left is not None or known or listed):
            return None
        if not known and head in en.TRANSITIVE_PAST:
            return None
        c = _Cand(Count(1, 1, 1), i, i + 1, end, self.words(i + 1, end), self.kind_of(i + 1, end))
        c.single = True
        if passive and k != end:
            c.skip_to = k
        return c

    def named_subject(self, a: int, b: int, taken: set[int]) -> _Cand | None:
        """ "Kaew Seng, the father of a village headman, was shot and killed": a named
        person opening the sentence, an optional aside, then a passive outcome."""
        texts = self.texts
        if a in taken:
            return None
        start = a
        if not self._name_at(a, b):
            # a title before the name: "Land-rights activist Nestor Ivan Martinez was shot"
            title = next(
                (
                    m
                    for m in range(a + 1, min(b, a + 5))
                    if texts[m - 1] in en.PARTY_NOUNS and not texts[m - 1].endswith("s") and self._name_at(m, b)
                ),
                None,
            )
            if title is None or any(texts[x] in en.PHRASE_BREAKS or self._is_fig(x) for x in range(a, title)):
                return None
            a = title
        end = a
        while end < b and (self.cap(end) or texts[end] == "-") and end - a < 6:
            end += 1
        m = end
        if m < b and texts[m] == ",":
            m = end + 1
            while m < b and m - end < 25 and not (texts[m] in ("was", "has", "had") and texts[m - 1] == ","):
                if texts[m] in (".", ";"):
                    return None
                m += 1
        if m >= b or texts[m] not in ("was", "has", "had"):
            return None
        out, _ = self.outcome_right(m, b)
        if out is None:
            return None
        c = _Cand(Count(1, 1, 1), start, start + 1, end, self.words(start, end), self.kind_of(start, end))
        c.single = True
        c.skip_to = m
        if m > end:
            self.asides.append((end, m))  # what the aside names is the same person
        return c

    def _name_at(self, i: int, b: int) -> bool:
        """A personal name: two capitalised words or more, not a date."""
        texts = self.texts
        return (
            i + 1 < b
            and self.cap(i)
            and self.cap(i + 1)
            and texts[i] not in en.WEEKDAYS
            and texts[i] not in en.MONTHS
            and texts[i] not in _SINGULAR
            and texts[i] not in _THE
        )

    def _object_of_outcome(self, i: int, a: int, fillers: bool = True) -> bool:
        k = i - 1
        while fillers and k >= a and self.texts[k] in en.BEFORE_FILLERS and i - k <= 3:
            k -= 1
        return k >= a and self.texts[k] in en.OUTCOME_BEFORE and self.texts[k] not in en.SHOT

    def _speaks(self, k: int, b: int) -> bool:
        """A reporting verb follows within a few words ("a resident in the district said")."""
        texts = self.texts
        for m in range(k, min(b, k + 6)):
            if texts[m] in en.REPORTING_VERBS and texts[m] != "according":
                return True
            if texts[m] in (",", ".", ";") or texts[m] in en.OUTCOME_AFTER or self._is_fig(m):
                return False
        return False

    def _people_at(self, i: int, b: int) -> bool:
        """A figure starts at ``i`` and counts people, not time or things ("over two days")."""
        fig = self.fig_by_first.get(i)
        if fig is None:
            return False
        return not (fig.last < b and self.texts[fig.last] in en.NOT_PEOPLE)

    def _is_fig(self, i: int) -> bool:
        return i in self.fig_starts

    # -- outcomes -----------------------------------------------------------------------
    def outcome_right(self, j: int, b: int) -> tuple[Outcome | None, int]:
        texts = self.texts
        k = j
        steps = 0
        while k < b and steps < 7:
            steps += 1
            w = texts[k]
            if w in en.SHOT and w.endswith("ing") and k > j and texts[k - 1] in ("were", "was", "are", "is"):
                return None, j  # "the gunmen were shooting": active, in progress
            if (
                w in en.SHOT
                and k + 1 < b
                and not any(texts[m] in ("was", "were", "been", "be", "being", "is", "are") for m in range(j, k))
                and (
                    texts[k + 1] in _THE
                    or texts[k + 1] in _SINGULAR
                    or self._people_at(k + 1, b)
                    or self._name_at(k + 1, b)
                    or texts[k + 1] in en.NAME_TITLES
                    or texts[k + 1] in ("him", "her", "them", "himself", "herself", "themselves", "it")
                )
            ):
                return None, j  # "the couple shot the woman's father": active, with its object
            if (
                w in en.SHOT
                and k + 1 < b
                and texts[k + 1] in ("at", "into", "upon")
                and not any(texts[m] in ("was", "were", "been", "is", "are", "being") for m in range(j, k))
            ):
                return None, j  # "two suspects shot at a car": they fired; nobody is hit yet
            if w in en.SHOT and w.endswith("ing") and k == j:
                return None, j  # "a gang shooting", "a school shooting": a noun, not a verb
            if w in en.SHOT:
                after = texts[k + 1] if k + 1 < b else ""
                if k > 0 and texts[k - 1] == "fatally":
                    return Outcome.KILLED, k + 1
                if after == "dead":
                    return Outcome.KILLED, k + 2
                if after in ("and", "to") and k + 2 < b and texts[k + 2] in ("killed", "dead", "death"):
                    if (
                        k + 3 < b
                        and not any(texts[m] in ("was", "were", "been", "is", "are") for m in range(j, k))
                        and (
                            texts[k + 3] in _THE
                            or texts[k + 3] in _SINGULAR
                            or self._people_at(k + 3, b)
                            or self._name_at(k + 3, b)
                        )
                    ):
                        return None, j  # "an officer shot and killed the daughter": active, with its object
                    return Outcome.KILLED, k + 3
                if (
                    after == "and"
                    and k + 3 < b
                    and texts[k + 2] in ("wounded", "injured")
                    and not any(texts[m] in ("was", "were", "been", "is", "are") for m in range(j, k))
                    and (texts[k + 3] in _THE or texts[k + 3] in _SINGULAR or self._people_at(k + 3, b))
                ):
                    return None, j  # "a lone attacker shot and wounded four people": active
                return Outcome.INJURED, k + 1
            participle = len(w) > 4 and w.endswith("ing") and w not in en.OUTCOME_BEFORE and w not in en.PART_MARKERS
            modifier = (
                k == j
                and len(w) > 4
                and w.endswith("ed")
                and w not in en.OUTCOME_AFTER
                and w not in en.OWN_VERBS
                and (
                    w not in en.AUXILIARIES
                    and k + 1 < b
                    and texts[k + 1] in ("over", "for", "in", "of", "by", "with", "from")
                )
            )  # "six suspects wanted over the unrest were killed"
            if w in ("who", "which", "that") and k == j:
                # "Four soldiers who were part of the force, were killed": the relative
                # clause closes at a comma, and the figure's own verb follows
                m = k + 1
                while m < b and m - k < 20 and texts[m] not in (",", ";", ".") and texts[m] not in en.OUTCOME_AFTER:
                    m += 1
                if m + 1 < b and texts[m] == "," and texts[m + 1] in ("were", "was", "had", "have", "has"):
                    k = m + 1
                    continue
                # "Two women who were accused of witchcraft are lynched": no comma; the main
                # auxiliary follows the clause's own complement
                for v in range(k + 3, min(m, k + 14)):
                    if (
                        texts[v] in ("were", "was", "are", "is", "have", "has", "had")
                        and texts[v - 1] not in en.AUXILIARIES
                    ):
                        e = v
                        while e < b and texts[e] in en.AUXILIARIES and e - v < 4:
                            e += 1
                        if e < b and texts[e] in en.OUTCOME_AFTER and texts[e] not in en.SHOT:
                            k = v
                        break
                if k != j:
                    continue
            if (
                (
                    participle
                    or modifier
                    or w in ("in", "on", "at", "from", "near", "inside", "outside", "who", "which", "that", "of")
                )
                and (k == j or all(texts[x] in ("both", "all", "each") for x in range(j, k)))
                and not (w in ("who", "which", "that") and k + 1 < b and texts[k + 1] in en.AUXILIARIES)
            ):
                # "six civilians in the Nikial area had been killed": skip the place
                m = k + 1
                while (
                    m < b
                    and m - k < 16
                    and texts[m] not in ("were", "was", "had", "have", "has")
                    and (
                        texts[m] not in en.OUTCOME_AFTER
                        and texts[m] not in (",", ";", ".")
                        and not (self._is_fig(m) and self.toks[m].start != self.toks[m - 1].end)  # "a DC-3 plane"
                        and texts[m] not in en.REPORTING_VERBS
                    )
                ):
                    m += 1
                if m < b and texts[m] in ("were", "was", "had", "have", "has"):
                    k = m
                    continue
                if m + 1 < b and texts[m] == "," and texts[m + 1] in ("were", "was", "had", "have", "has"):
                    k = m + 1  # "five residents of A and B, both in Delta State, were killed"
                    continue
                if (
                    m < b
                    and texts[m] in en.OUTCOME_AFTER
                    and w not in ("who", "which", "that")
                    and not modifier
                    and not (
                        m + 1 < b
                        and (
                            self._people_at(m + 1, b)
                            or texts[m + 1] in _THE
                            or texts[m + 1] in _SINGULAR
                            or texts[m + 1] in ("them", "him")
                        )
                    )
                ):
                    k = m  # "one person from each group killed"
                    continue
                break
            if (
                w == ","
                and k + 1 < b
                and (
                    texts[k + 1] in en.PART_MARKERS
                    or texts[k + 1] in _SINGULAR
                    or texts[k + 1] in _THE
                    or texts[k + 1] in en.ASIDE_OPENERS
                )
            ):
                # ", including four children," / ", a lawyer and a youth leader," stands
                # between the figure and its verb; what it names are parts of the figure
                m = k + 2
                while (
                    m < b
                    and texts[m] not in (",", ".", ";", *_VERB_AUX)
                    and m - k < 12
                    and not (texts[m] in en.OUTCOME_AFTER and texts[k + 1] in ("mostly", "mainly", "including"))
                ):
                    m += 1
                if m < b and texts[m] == ",":
                    self.asides.append((k + 1, m))
                    k = m + 1
                    continue
                if m < b and texts[m] in en.OUTCOME_AFTER and texts[k + 1] in ("mostly", "mainly", "including"):
                    self.asides.append((k + 1, m))  # "45 people, mostly women and children killed"
                    k = m
                    continue
                if (
                    m < b
                    and texts[m] in _VERB_AUX
                    and texts[k + 1] in en.PART_MARKERS
                    and not any(texts[x] in ("who", "which", "that", "whom") for x in range(k + 1, m))
                ):
                    self.asides.append((k + 1, m))  # ", including women and children have been"
                    k = m
                    continue
                break
            if w == "on" and k > j and k + 1 < b and texts[k + 1] in en.PERIOD_WORDS:
                k += 2  # "were on Monday killed"
                continue
            if w == "(" and k == j:
                # "Twenty people (women, children and guards) were killed"
                e = k + 1
                while e < b and texts[e] not in (")", ".", ";") and e - k < 25:
                    e += 1
                if e < b and texts[e] == ")" and e > k + 1:
                    self.asides.append((k + 1, e))
                    k = e + 1
                    continue
                break
            if (
                w == "in"
                and k > j
                and k + 2 < b
                and texts[k + 1] in ("critical", "serious", "grave")
                and (texts[k + 2] == "condition")
            ):
                return Outcome.INJURED, k + 3  # "thirty people were in critical condition"
            if w == "including" and k == j:
                # "eight civilians including relatives of soldiers were killed": no commas
                m = k + 1
                while m < b and m - k < 10 and texts[m] not in (",", ".", ";", *_VERB_AUX) and not self._is_fig(m):
                    m += 1
                if m < b and texts[m] in _VERB_AUX and m > k + 1:
                    self.asides.append((k + 1, m))
                    k = m
                    continue
            if w in ("-", "—", "–") and k == j:
                # "Eighteen people -- mostly women and children -- were killed"
                m = k + 1
                while m < b and texts[m] == "-":
                    m += 1
                e = m
                while e < b and texts[e] not in ("-", "—", "–", ".", ";") and e - m < 15:
                    e += 1
                if e < b and texts[e] in ("-", "—", "–") and e > m:
                    self.asides.append((m, e))
                    k = e + 1
                    while k < b and texts[k] == "-":
                        k += 1
                    continue
                break
            passive_aux = any(texts[m] in ("was", "were", "been", "is", "are", "be", "being") for m in range(j, k))
            if (
                w in en.OUTCOME_AFTER
                and w in en.TRANSITIVE_PAST
                and not passive_aux
                and k + 1 < b
                and (
                    self._people_at(k + 1, b)
                    or texts[k + 1] in _SINGULAR
                    or texts[k + 1] in _THE
                    or texts[k + 1] in en.PARTY_NOUNS
                    or (self._name_at(k + 1, b) and k == j)
                )
            ):
                return None, j  # "a man killed six employees": active, with its object
            if (
                w in ("lost", "lose", "losing")
                and k + 2 < b
                and texts[k + 1] in ("their", "his", "her")
                and texts[k + 2] in ("lives", "life")
            ):
                return Outcome.KILLED, k + 3  # "70 villagers lost their lives"
            if w in ("hacked", "cut", "mowed", "struck") and k + 1 < b and texts[k + 1] == "down":
                return Outcome.KILLED, k + 2  # "were hacked down by assailants"
            if (
                w in en.OUTCOME_AFTER
                and en.OUTCOME_AFTER[w] == "injured"
                and k > 0
                and texts[k - 1] in ("fatally", "mortally")
            ):
                return Outcome.KILLED, k + 1  # "fatally wounded"
            if w in en.OUTCOME_AFTER and k + 2 < b and texts[k + 1] in ("and", "or"):
                pair = {en.OUTCOME_AFTER[w], en.OUTCOME_AFTER.get(texts[k + 2], "")}
                if pair == {"killed", "injured"}:
                    return None, j  # "killed or wounded": casualties of both kinds together
                if texts[k + 1] == "and" and en.OUTCOME_AFTER.get(texts[k + 2]) == "killed":
                    return Outcome.KILLED, k + 3  # "kidnapped and killed"
            if w in en.OUTCOME_AFTER:
                if (
                    w == "death"
                    and k + 1 < b
                    and texts[k + 1] in ("threat", "threats", "sentence", "sentences", "penalty", "row")
                ):
                    return None, j  # "numerous death threats", "two death sentences"
                if (
                    w in ("life", "lives")
                    and not (k > 0 and texts[k - 1] in ("their", "lost", "claimed", "his", "her"))
                    and k != j
                ):
                    return None, j
                if any(texts[m] in ("who", "that") for m in range(j, k)):
                    # "troops who had been detained have been killed": the relative clause
                    # describes them; the main verb after it is the outcome
                    m = k + 1
                    while m < b and m - k <= 6 and texts[m] not in _VERB_AUX and texts[m] not in (",", ".", ";"):
                        if texts[m] in ("died", "perished", "succumbed") and m > k + 1:
                            return Outcome.KILLED, m + 1  # "an official who was injured in the attack died"
                        m += 1  # "who had been detained in the raid have been killed"
                    v = m
                    while m < b and m - v <= 3 and texts[m] in en.AUXILIARIES and texts[m] not in ("who", "whom"):
                        m += 1
                    if m < b and m > v and v < b and texts[v] in _VERB_AUX and texts[m] in en.OUTCOME_AFTER:
                        return Outcome(en.OUTCOME_AFTER[texts[m]]), m + 1
                return Outcome(en.OUTCOME_AFTER[w]), k + 1
            if w == "and" and k > j and texts[k - 1] in en.VERBS_BEFORE_AND:
                k += 1
                continue
            if (w not in en.AUXILIARIES and w not in en.PERIOD_WORDS) or (self._is_fig(k) and self._people_at(k, b)):
                if (
                    len(w) > 4
                    and w.endswith("ed")
                    and (
                        (k > j and texts[k - 1] in ("were", "was", "are", "is", "have", "has", "had"))
                        or w in en.OWN_VERBS
                    )
                    and w not in en.OUTCOME_BEFORE
                    and not any(texts[m] in ("who", "which", "that") for m in range(j, k))
                ):
                    self.own_verb.add(j)  # "nine were released", "four others escaped death"
                break  # "various degrees of injuries": a figure of things does not end the verb
            k += 1
        return None, j

    def outcome_left(self, i: int, a: int) -> Outcome | None:
        texts = self.texts
        if i - 2 >= a and texts[i - 1] == "with" and texts[i - 2] in ("along", "together"):
            # "was shot dead at his home along with his partner": the verb before counts too
            for m in range(i - 3, max(a, i - 13) - 1, -1):
                if texts[m] in (".", ";"):
                    break
                if texts[m] == "dead" or (texts[m] in en.OUTCOME_AFTER and texts[m] not in en.SHOT):
                    return Outcome.KILLED if texts[m] == "dead" else Outcome(en.OUTCOME_AFTER[texts[m]])
            return None
        k = i - 1
        while k >= a and i - k <= 5:
            w = texts[k]
            if w == "death" and k - 1 > a and texts[k - 1] == "to":
                return Outcome.KILLED  # "shot to death 27 civilians"
            if (w == "dead" and k > a and texts[k - 1] in en.SHOT) or (
                w == "down" and k > a and texts[k - 1] in ("gunned", "cut", "mowed", "hacked", "struck")
            ):
                return Outcome.KILLED  # "shot dead eleven farmers", "gunned down two"
            if w in en.OUTCOME_BEFORE and k > a and texts[k - 1] in en.INTENT_WORDS:
                return None  # "planning to kill hundreds": an intent, not a toll
            if w in en.OUTCOME_BEFORE and k > a and texts[k - 1] in ("fatally", "mortally"):
                return Outcome.KILLED  # "fatally wounded two guards"
            if w in en.OUTCOME_BEFORE:
                if w in en.SHOT:
                    return Outcome.KILLED if k > a and texts[k - 1] == "fatally" else None
                return Outcome(en.OUTCOME_BEFORE[w])
            if w not in en.BEFORE_FILLERS:
                break
            k -= 1
        # "the anniversary of the execution of five men": a past toll recalled, not reported
        recalled = any(texts[m] in en.REMEMBRANCE_WORDS for m in range(max(a, i - 6), i)) or (
            i - 3 >= a and self.toks[i - 3].kind == "digits" and len(texts[i - 3]) == 4
        )  # ... or dated by a year: "fired over the 2011 killing of five women"
        # "fatalities range from 1 to 2", "deaths stood at 40"
        for m in range(i - 1, max(a, i - 5) - 1, -1):
            if texts[m] in en.OUTCOME_NOUN_TOTALS and not recalled:
                return Outcome(en.OUTCOME_AFTER[texts[m]])
            if texts[m] not in en.TOTAL_FILLERS:
                break
        # "claimed the lives of eight people"
        if i - 4 >= a and texts[i - 3 : i] == ["the", "lives", "of"] and texts[i - 4] in en.LIFE_TAKERS:
            return Outcome.KILLED
        # "the killing of 16 people", "the massacre of 12 civilians"
        if i - 2 >= a and texts[i - 1] == "of" and texts[i - 2] in en.OUTCOME_NOUNS and not recalled:
            return Outcome(en.OUTCOME_NOUNS[texts[i - 2]])
        # "the death toll rose to 50", "a toll of 12"
        for m in range(i - 1, max(a, i - 12) - 1, -1):
            if texts[m] in (".", ";"):
                break
            prev = texts[m - 1] if m - 1 >= a else ""
            if texts[m] == "count" and prev not in en.TOLL_OUTCOME and prev != "body":
                continue  # "Count von Spreti", "a count of ballots": no toll
            if texts[m] in en.TOLL_WORDS and (m >= i - 8 or prev in en.TOLL_OUTCOME):
                if prev in en.TOLL_OUTCOME:
                    return Outcome(en.TOLL_OUTCOME[prev])
                return Outcome.KILLED
            if texts[m] in ("figure", "figures") and prev in en.TOLL_OUTCOME:
                return Outcome(en.TOLL_OUTCOME[prev])  # "the casualty figure ... rose to nine"
        return None

    def not_a_count(self, fig: Figure, a: int, b: int) -> bool:
        """Dates, years, times, money, identifiers: numbers that count nobody."""
        texts, toks = self.texts, self.toks
        i, j = fig.first, fig.last
        if fig.kind == "zero":
            return False
        bare = fig.qualifier is None and fig.kind == "number"
        prev = texts[i - 1] if i - 1 >= a else ""
        nxt = texts[j] if j < b else ""
        if prev in en.MONTHS or (bare and nxt in en.MONTHS):
            return True
        if bare and toks[i].kind == "digits" and len(texts[i]) == 4 and 1800 <= fig.count.low <= 2100:
            return True
        if prev in _CURRENCY or nxt in ("%", "percent", "per") or prev in ("aged", "age", "ages"):
            return True
        if bare and prev == "," and nxt == "," and i - 2 >= a and self.cap(i - 2):
            return True  # an age after a name: "Benjamin Okulto, 47, a candidate"
        if nxt == "-" and j + 1 < b and texts[j + 1] in ("year", "years", "month", "day", "week"):
            return True  # "a 70-year-old man"
        if nxt in ("year", "years", "month", "months") and j + 2 < b and texts[j + 1] == "-" and texts[j + 2] == "old":
            return True  # "28 year-old Aslan", written with a space
        if i - 1 >= a and toks[i - 1].end == toks[i].start and toks[i - 1].kind == "word":
            return True  # "M5", "AK47"
        if (
            i - 2 >= a
            and prev in ("-", "/", ":")
            and toks[i - 1].start == toks[i - 2].end
            and (toks[i - 2].kind != "sym" and toks[i].start == toks[i - 1].end)
            and not (prev == ":" and toks[i - 2].kind == "word")  # "FATALITIES:17" is a label
        ):
            return True  # "AK-47", "5/17", "10:30"
        if nxt in (":", "/") and j < b and j + 1 < b and toks[j].start == toks[j - 1].end:
            return True
        return prev in ("no", "number", "#") and bare

    # -- one sentence -------------------------------------------------------------------
    def sentence(self, a: int, b: int) -> list[_Cand]:
        texts = self.texts
        cands: list[_Cand] = []
        for fig in self.figures_in(a, b):
            if self.not_a_count(fig, a, b):
                continue
            end, party, kind, things = self.party_after(fig.last, b)
            if things:
                continue
            cand = _Cand(fig.count, fig.first, fig.last, end, party, kind, vague=fig.kind == "vague")
            if texts[max(a, fig.first - 2) : fig.first] == ["coded", "as"]:
                # a coder's note on the event's overall figure: "Fatalities coded as 0"
                noun = [w for w in texts[max(a, fig.first - 6) : fig.first - 2] if w in en.OUTCOME_AFTER]
                if noun:
                    cand.outcome = Outcome(en.OUTCOME_AFTER[noun[-1]])
                    cand.frame_end, cand.linked_right = fig.last, True
                    cand.overall = True
            elif (
                fig.first == a
                and b - fig.last <= 2
                and fig.last < b
                and texts[fig.last] in ("fatalities", "fatality")
                and (fig.last + 1 == b or texts[fig.last + 1] == ".")
            ):
                # a coder's closing tally, a sentence of its own: "2 fatalities."
                cand.outcome, cand.frame_end, cand.linked_right = Outcome.KILLED, fig.last + 1, True
                cand.overall = True
            cands.append(cand)
        # "a soldier", "the caretaker", "a police officer, Abdul Saleh, was killed"
        taken = {k for c in cands for k in range(c.first, c.party_end)}
        for i in range(a, b):
            if i in taken or (texts[i] not in _SINGULAR and texts[i] not in _THE):
                continue
            if (
                i + 2 < b
                and texts[i] in _SINGULAR
                and texts[i + 1] in ("injured", "wounded", "dead")
                and texts[i + 2] in en.PARTY_NOUNS
                and not texts[i + 2].endswith("s")
            ):
                # "another injured person was taken to hospital": the adjective is the outcome
                adj = _Cand(Count(1, 1, 1), i, i + 1, i + 3, texts[i + 2], self.kind_of(i + 2, i + 3))
                adj.single, adj.linked_right, adj.frame_end = True, True, i + 3
                adj.outcome = Outcome.KILLED if texts[i + 1] == "dead" else Outcome.INJURED
                cands.append(adj)
                taken.update(range(i, i + 3))
                continue
            single = self.single_person(i, a, b)
            if single is not None:
                cands.append(single)
                taken.update(range(single.first, single.party_end))
        for i in range(a, b):
            # "killing him", "shot and killed Sabah Hadi": one person, object of the verb
            if i in taken or not (
                texts[i] in ("him", "her")
                or self._name_at(i, b)
                or (texts[i] == "another" and (i + 1 >= b or self.toks[i + 1].kind == "sym"))
            ):
                continue
            if self.outcome_left(i, a) is None or not self._object_of_outcome(i, a, fillers=False):
                continue
            end = i + 1
            while end < b and self.cap(end) and end - i < 5:
                end += 1
            c = _Cand(Count(1, 1, 1), i, i + 1, end, self.words(i, end), PartyKind.UNKNOWN)
            c.single = True
            cands.append(c)
        for i in range(a + 1, b):
            # "arrested seventeen traders and executed them": "them" counts the figure before
            if (
                texts[i] != "them"
                or self.outcome_left(i, a) is None
                or not self._object_of_outcome(i, a, fillers=False)
            ):
                continue
            before = [c for c in cands if c.party_end <= i and not c.single]
            if before:
                src = before[-1]
                c = _Cand(src.count, i, i + 1, i + 1, src.party, src.kind)
                c.single = True
                c.pronoun_of = src
                cands.append(c)
        named = self.named_subject(a, b, taken)
        if named is not None:
            cands.append(named)
        cands.sort(key=lambda c: c.first)
        # "many as 50 people": a vague word right before a number is not a figure of its own
        cands = [
            c
            for k, c in enumerate(cands)
            if not (
                c.vague
                and c.party is None
                and k + 1 < len(cands)
                and cands[k + 1].first - c.last <= 2
                and cands[k + 1].count.is_exact
            )
        ]
        for c in cands:
            if c.outcome is not None:
                continue
            n_asides = len(self.asides)
            out, k = self.outcome_right(c.party_end if c.skip_to is None else c.skip_to, b)
            if c.single and out is Outcome.DISPLACED:
                out = None  # "the shooter fled the scene": one person fleeing is no displacement
            left = self.outcome_left(c.first, a)
            if out is None and left is not None:
                # the object of a verb: "wounded three professors, an officer, and a student"
                # lists more objects; what follows its comma is no aside
                del self.asides[n_asides:]
            relative = any(texts[m] in ("who", "whom", "which", "that") for m in range(c.party_end, k))
            # "executed six people captured in the raid": a bare participle after the
            # object describes it; the verb before is the outcome
            reduced = (
                k == c.party_end + 1
                and c.skip_to is None
                and left is Outcome.KILLED
                and out in (Outcome.ABDUCTED, Outcome.DETAINED)
                and self._object_of_outcome(c.first, a)
                and "and" not in texts[max(a, c.first - 3) : c.first]
            )
            if (
                c.party_end + 1 < b
                and texts[c.party_end] == "of"
                and texts[c.party_end + 1] in ("whom", "them", "those", "these")
                and (out is None or any(d.outcome is not None for d in cands if d.first < c.first))
            ):
                c.part = True  # "four of whom were soldiers", "one of whom was beheaded"
            if out is not None and not ((relative or reduced) and left is not None):
                c.outcome, c.frame_end, c.linked_right = out, k, True
                continue
            if (
                c.party_end + 2 < b
                and texts[c.party_end] in ("were", "was")
                and texts[c.party_end + 1] == "among"
                and (
                    self._is_fig(c.party_end + 2) or (texts[c.party_end + 2] == "the" and self._is_fig(c.party_end + 3))
                )
            ):
                c.part = True  # "two children were among the nine people killed"
            if c.party is None and c.party_end < b and texts[c.party_end] in en.PART_ADVERBS:
                c.part = True  # "seven wounded, three critically"
            if left is not None and (c.party_end if c.skip_to is None else c.skip_to) not in self.own_verb:
                c.outcome, c.frame_end = left, c.party_end
        for c in cands:
            k = c.party_end
            if (
                k + 2 < b
                and texts[k] == "of"
                and texts[k + 1] in ("the", "those")
                and texts[k + 2] in ("dead", "victims", "killed", "wounded", "injured", "casualties")
            ):
                c.part = True  # "two of the dead were police officers"
        self._coordinate(cands, a, b)
        for c in cands:
            if c.outcome is None and c.last in self.adjective_outcome:
                c.outcome = self.adjective_outcome[c.last]  # "totalling five injured victims"
        here = self._asides_in(a)
        for c in cands:
            if any(x <= c.first < y for x, y in here):
                c.part = True
            if (
                c.first - 1 >= a
                and texts[c.first - 1] == "including"
                and c.first - 2 >= a
                and texts[c.first - 2] == ","
            ):
                c.part = True  # "wounding 90, including two teenagers who were killed": some of them
        return [
            c
            for c in cands
            if c.outcome is not None
            and not (c.single and not c.linked_right and not c.coordinated and self.outcome_left(c.first, a) is None)
            and not (c.pronoun_of is not None and c.pronoun_of.outcome == c.outcome)
        ]

    def _asides_in(self, a: int) -> list[tuple[int, int]]:
        """The asides read past in the sentence that starts at token ``a``.

        Sentences are read in order, so they are the ones at the end of ``self.asides``
        that end after ``a``: looking only there keeps a document with an aside in every
        sentence linear (scanning every aside of the document for every candidate was
        quadratic).
        """
        here = []
        for x, y in reversed(self.asides):
            if y <= a:
                break
            here.append((x, y))
        return here

    def _coordinate(self, cands: list[_Cand], a: int, b: int) -> None:
        texts = self.texts
        for n_, c in enumerate(cands):
            c.group = n_
        # forward: "killed 21 rebels and 11 soldiers", "nine in A as well as two in B"
        for idx in range(1, len(cands)):
            c, prev = cands[idx], cands[idx - 1]
            if c.outcome is not None or prev.outcome is None:
                continue
            if (c.party_end if c.skip_to is None else c.skip_to) in self.own_verb:
                continue  # it has its own verb: "seven were killed, nine were released"
            gap_start = prev.frame_end if prev.frame_end <= c.first else prev.party_end
            gap = texts[max(gap_start, prev.party_end) : c.first]
            if self._joins(gap):
                c.outcome = prev.outcome
                c.frame_end = c.party_end
                c.group = prev.group
                c.coordinated = True
                if c.party is None:
                    c.party, c.kind = prev.party, prev.kind
                c.part = c.part or prev.part or any(w in en.PART_MARKERS for w in gap)
                if (
                    c.single
                    and prev.single
                    and all(w == "," or w.isdigit() for w in gap)
                    and (prev.party or "")[:1].isupper()
                ):
                    c.part = True  # an apposition of a name: "Ben Okul, 47, a candidate for mayor"
        # backward: "21 rebels and 11 soldiers were killed"
        for idx in range(len(cands) - 2, -1, -1):
            c, nxt = cands[idx], cands[idx + 1]
            if c.outcome is not None or nxt.outcome is None or not nxt.linked_right:
                continue
            gap = texts[c.party_end : nxt.first]
            if self._joins(gap) and not any(w in en.PART_MARKERS for w in gap):
                c.outcome = nxt.outcome
                c.linked_right = True
                c.group = nxt.group
            elif len(gap) >= 2 and gap[0] in ("were", "was", "are", "is") and gap[1] == "among" and len(gap) <= 3:
                c.outcome = nxt.outcome  # "two children were among the nine people killed"
                c.part = True
            elif gap and gap[0] in ("including", ",") and "including" in gap[:2]:
                c.outcome = nxt.outcome
                nxt.part = True
                for later in cands[idx + 1 :]:
                    if later.group == nxt.group:
                        later.part = True

    @staticmethod
    def _joins(gap: Sequence[str]) -> bool:
        if not gap or len(gap) > 12:
            return False
        if not any(w in en.COORDINATORS or w in en.PART_MARKERS for w in gap):
            return False
        if "as" in gap and "well" not in gap:
            return False  # "20 were injured as bombers attacked": "as" opens a clause here
        for n, w in enumerate(gap):
            if w in en.OUTCOME_AFTER or w in en.OUTCOME_BEFORE or w in en.REPORTING_VERBS:
                return False
            if w in (
                ".",
                ";",
                ":",
                "who",
                "which",
                "that",
                "when",
                "after",
                "before",
                "to",
                "by",
                "over",
                "because",
                "while",
                "whereas",
            ):
                return False
            if n == 0 and w.endswith("ed") and n + 1 < len(gap) and gap[1] in ("with", "of", "to", "in", "as", "from"):
                continue  # a participle after the noun: "a judge allied with the rebels and six"
            if len(w) > 4 and w.endswith(("ing", "ed")) and w not in en.COORDINATORS and w not in en.PART_MARKERS:
                return False  # another verb: "plan to surrender and handover hundreds"
        return True

    def figures_in(self, a: int, b: int) -> list[Figure]:
        k = bisect.bisect_left(self.fig_firsts, a)
        out = []
        while k < len(self.figures) and self.figures[k].first < b:
            if self.figures[k].last <= b:
                out.append(self.figures[k])
            k += 1
        return out

    # -- time and place -----------------------------------------------------------------
    def clause_cuts(self, a: int, b: int) -> list[int]:
        """Where a sentence's relative clauses begin (", where ...", ", which ...")."""
        texts = self.texts
        return [
            i
            for i in range(a, b - 1)
            if texts[i] in (",", ";")
            and texts[i + 1] in ("where", "which", "while", "whereas", "who", "when", "becoming", "making", "bringing")
        ]

    @staticmethod
    def clause(i: int, a: int, b: int, cuts: list[int]) -> tuple[int, int]:
        """The clause of the sentence ``[a, b)`` that holds token ``i``."""
        k = bisect.bisect_right(cuts, i)
        return (cuts[k - 1] if k else a), (cuts[k] if k < len(cuts) else b)

    def period(self, a: int, b: int) -> tuple[str | None, bool]:
        texts = self.texts
        cumulative = False
        period: str | None = None
        for i in range(a, b):
            w = texts[i]
            for cue in en.CUMULATIVE_CUES:
                if tuple(texts[i : i + len(cue)]) == cue:
                    cumulative = True
            if w in en.CUMULATIVE_OPENERS:
                window = texts[i + 1 : i + 4]
                if w == "since" and any(
                    x in en.WEEKDAYS or x in en.MONTHS or x in en.TIME_WORDS or (x.isdigit() and len(x) == 4)
                    for x in window[:2]
                ):
                    cumulative = True
                    period = self.words(i, min(b, i + 2))
                elif (
                    w in ("past", "last", "recent")
                    and any(x in en.TIME_WORDS and x.endswith("s") for x in window[:2])
                    and (i - 1 >= a and texts[i - 1] in ("the", "in", "over"))
                ):
                    cumulative = True
                    period = period or self.words(max(a, i - 2), min(b, i + 2))
            if period is None and w in en.PERIOD_WORDS:
                period = self.words(i, i + 1)
        # "the conflict has killed": a campaign's running toll
        for i in range(a, b - 1):
            if texts[i] in ("has", "have") and texts[i + 1] in ("killed", "caused", "claimed", "left", "displaced"):
                if i + 2 < b and texts[i + 2] == "that":
                    continue  # "has claimed that ...": a report, not a toll
                # the campaign noun heads the subject: "the fighting has killed", not
                # "air strikes by a coalition fighting the rebels have killed"
                if any(
                    texts[k] in en.CAMPAIGN_NOUNS
                    and not (texts[k].endswith("ing") and texts[k - 1] not in _THE_ARTICLES)
                    for k in range(max(a, i - 8), i)
                ):
                    cumulative = True
        return period, cumulative

    def location(self, i: int, b: int) -> str | None:
        texts = self.texts
        for k in range(i, min(b, i + 14)):
            if texts[k] in ("in", "near", "at") and k + 1 < b:
                m = k + 1
                while m < b and texts[m] in (
                    "the",
                    "village",
                    "town",
                    "city",
                    "of",
                    "district",
                    "province",
                    "region",
                    "area",
                ):
                    m += 1
                e = m
                while e < b and (self.cap(e) or (texts[e] == "-" and e + 1 < b and self.cap(e + 1))):
                    e += 1
                if e > m and not any(texts[x] in en.WEEKDAYS or texts[x] in en.MONTHS for x in range(m, e)):
                    return self.words(m, e)
        return None

    # -- the whole text -----------------------------------------------------------------
    def read(self) -> list[Statement]:
        out: list[tuple[Statement, _Cand]] = []
        for number, stoks in enumerate(sentence_tokens(self.toks, self.text)):
            if not stoks:
                continue
            a = self._index(stoks[0])
            b = a + len(stoks)
            cands = self.sentence(a, b)
            clauses = self.sources.reporting_clauses(a, b)
            # "a resident in the province said": who speaks is not a victim
            cands = [
                c
                for c in cands
                if not (
                    (c.single and self._speaks(c.party_end, b))
                    or (c.party is not None and c.party_end < b and self.texts[c.party_end] in en.REPORTING_VERBS)
                )
            ]
            for c in cands:
                c.sentence = number
                c.sentence_start = a
            sentence_source: str | None = None
            if clauses:
                plain = [c for c in clauses if not c[2]]
                sentence_source = self.sources.resolve((plain or clauses)[0][1])
            period, cumulative = self.period(a, b) if cands else (None, False)
            cuts = self.clause_cuts(a, b) if cumulative else []
            for n_, c in enumerate(cands):
                src = sentence_source
                stop = cands[n_ + 1].first if n_ + 1 < len(cands) else b
                after = [cl for cl in clauses if cl[2] and c.party_end <= cl[0] < stop]
                if after:
                    src = self.sources.resolve(after[0][1])
                count = c.count
                start, end = self.toks[c.first].start, self.toks[c.party_end - 1].end
                st = Statement(
                    count=count,
                    outcome=c.outcome or Outcome.KILLED,
                    party=c.party,
                    party_kind=c.kind or PartyKind.UNKNOWN,
                    source=src if src is not None else self.default_source,
                    period=period,
                    cumulative=cumulative and self.period(*self.clause(c.first, a, b, cuts))[1],
                    location=self.location(c.party_end, b),
                    span=(start, end),
                    text=self.text[start:end],
                    role=Role.PART if c.part else Role.FIGURE,
                )
                out.append((st, c))
            if clauses:
                self.sources.last = sentence_source
        stmts = mark_restatements(
            mark_later_breakdowns(mark_breakdowns(out), [c for _, c in out], self.texts),
            [c for _, c in out],
            self.texts,
        )
        overall = {s.outcome for s, (_, c) in zip(stmts, out, strict=True) if c.overall}
        if overall:
            # the overall figure stands; the figures it sums are its parts
            stmts = [
                with_role(s, Role.PART) if s.outcome in overall and not c.overall else s
                for s, (_, c) in zip(stmts, out, strict=True)
            ]
        return stmts

    def _index(self, tok: Token) -> int:
        # tokens are unique by start offset
        lo, hi = 0, len(self.toks)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.toks[mid].start < tok.start:
                lo = mid + 1
            else:
                hi = mid
        return lo


def extract(
    text: str,
    *,
    source: str | None = None,
    published: object = None,
    policy: str | Policy = "interval",
) -> list[Statement]:
    """Every casualty figure a text states, in text order.

    Parameters
    ----------
    text : str
        An article, an event note or a headline.
    source : str or None
        Who reports the text, for figures whose sentence names nobody.
    published : object
        The publication date (kept for the frame layer; not read here yet).
    policy : str or Policy
        How to read uncertain figures (``"interval"`` or ``"acled"``).

    Returns
    -------
    list of Statement
        Empty when the text states no casualty figure.

    Raises
    ------
    TypeError
        ``text`` is not a str, or ``source`` is neither a str nor None.

    Examples
    --------
    >>> s, = extract("Gunmen killed at least 11 villagers on Sunday, police said.")
    >>> s.count
    Count(low=11, high=None, best=11)
    >>> s.outcome, s.party, s.party_kind, s.source
    (<Outcome.KILLED: 'killed'>, 'villagers', <PartyKind.CIVILIAN: 'civilian'>, 'police')
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}: {text!r:.60}")
    if source is not None and not isinstance(source, str):
        raise TypeError(f"source must be a str or None, got {type(source).__name__}: {source!r:.60}")
    del published
    return _Doc(text, get_policy(policy), source).read()
