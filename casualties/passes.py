"""Document-level passes over a text's statements: breakdowns, parts and restatements.

The cascade (:mod:`casualties.build`) turns frame matches into statements and frozen
:class:`Place` records; these passes then look across sentences: figures that add up
to an earlier total are its parts, a later figure of the same victims reports the same
quantity again (``restates``), and the toll of an earlier, separate event is background.
They read of each statement only where it stands (:class:`Position`) and the text's
lower-cased tokens.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Final, NamedTuple, Protocol

from .count import Count
from .lexicon import en, en_rules
from .statements import Outcome, PartyKind, Role, Statement

__all__ = [
    "Place",
    "Position",
    "mark_background",
    "mark_breakdowns",
    "mark_later_breakdowns",
    "mark_later_deaths",
    "mark_overall",
    "mark_restatements",
    "with_role",
]


class Position(Protocol):
    """Where a statement stands in its text: what the passes read of it (token indices)."""

    @property
    def sentence(self) -> int:
        """The number of its sentence."""

    @property
    def group(self) -> int:
        """Its coordination group: figures listed together share one."""

    @property
    def first(self) -> int:
        """The token index of its figure."""

    @property
    def party_end(self) -> int:
        """The token index after its victim words."""

    @property
    def sentence_start(self) -> int:
        """The token index where its sentence begins."""

    @property
    def overall(self) -> bool:
        """Whether it is a coder's overall figure ("Fatalities coded as 0")."""


class Place(NamedTuple):
    """A :class:`Position` as a frozen value (what the cascade builds for each statement).

    >>> Place(sentence=1, group=4, first=9, party_end=11, sentence_start=7).overall
    False
    """

    sentence: int
    group: int
    first: int
    party_end: int
    sentence_start: int
    overall: bool = False


def mark_breakdowns(pairs: Sequence[tuple[Statement, Position]]) -> list[Statement]:
    """Coordinated figures that add up inside an earlier total are its parts."""
    stmts = [s for s, _ in pairs]
    runs: list[list[int]] = []
    for k, (_, c) in enumerate(pairs):
        prev = pairs[runs[-1][-1]][1] if runs else None
        if prev is not None and (prev.sentence, prev.group) == (c.sentence, c.group):
            runs[-1].append(k)
        else:
            runs.append([k])
    # one sentence's figures of one outcome, "Four died in A while three died in B",
    # may break down an earlier total too
    by_sentence: dict[tuple[int, Outcome], list[int]] = {}
    for k, (s, c) in enumerate(pairs):
        if s.role is Role.FIGURE and not s.cumulative:
            by_sentence.setdefault((c.sentence, s.outcome), []).append(k)
    grouped = {tuple(r) for r in runs}
    loose = [r for r in by_sentence.values() if tuple(r) not in grouped and not any(pairs[k][1].overall for k in r)]
    for run, strict in [*((r, False) for r in runs), *((r, True) for r in loose)]:
        # strict: not listed together, so the sum must be the total's own figure
        members = [stmts[k] for k in run]
        kinds = {m.party_kind for m in members} - {PartyKind.UNKNOWN}
        if len(run) < 2 or len({m.outcome for m in members}) != 1 or len(kinds) > 1:
            continue
        if any(m.role is not Role.FIGURE for m in members):
            continue
        total = sum((m.count for m in members), Count(0))
        for m in range(max(0, run[0] - 40), run[0]):
            s = stmts[m]
            if (
                s.role is Role.FIGURE
                and not s.cumulative
                and s.outcome == members[0].outcome
                and (kinds <= {s.party_kind} or s.party_kind is PartyKind.UNKNOWN)
                and (total & s.count) is not None
                and not (strict and (total.low != s.count.low or pairs[m][1].sentence == pairs[run[0]][1].sentence))
            ):
                for k in run:
                    stmts[k] = with_role(stmts[k], Role.PART)
                break
    return stmts


def mark_later_breakdowns(
    stmts: Sequence[Statement], cands: Sequence[Position], texts: Sequence[str]
) -> list[Statement]:
    """Figures in the sentences after a total that add up to it exactly ("At least 12
    were killed. Two died in A. Later, ten died in B.") are its parts; the total may be
    a list of figures of one outcome ("A chief and nine others were killed. The chief and
    his wife died at home, eight died in the square": 1 + 9)."""
    out = list(stmts)
    for k, t in enumerate(stmts):
        if out[k].role is not Role.FIGURE or t.cumulative:
            continue
        listed = _listed(out, cands, k)
        for total, after in ((t.count.low, k), (sum(out[m].count.low for m in listed), listed[-1])):
            run = _later_run(out, cands, texts, k, after, total) if total >= 2 else []
            if len(run) >= 2 and len({cands[m].sentence for m in run}) >= 2:
                for m in run:
                    out[m] = with_role(out[m], Role.PART)
                break
            if len(listed) < 2:
                break
    return out


def _listed(out: Sequence[Statement], cands: Sequence[Position], k: int) -> list[int]:
    """Statement ``k`` and the exact figures of its outcome listed with it after it (its
    coordination group), when ``k`` opens the group."""
    if k > 0 and cands[k - 1].group == cands[k].group:
        return [k]
    listed = [k]
    for m in range(k + 1, len(out)):
        s = out[m]
        if cands[m].group != cands[k].group or s.outcome != out[k].outcome or s.role is not Role.FIGURE:
            break
        listed.append(m)
    return listed if all(out[m].count.is_exact for m in listed) else [k]


def _later_run(
    out: Sequence[Statement], cands: Sequence[Position], texts: Sequence[str], k: int, after: int, total: int
) -> list[int]:
    """The figures after statement ``after`` in later sentences than total ``k`` that add
    up to ``total`` exactly (empty when none do); the parts of their own figures they
    list ("Three women were among seven killed") are passed over."""
    t = out[k]
    run: list[int] = []
    found = 0
    for m in range(after + 1, min(len(out), after + 9)):
        s = out[m]
        if cands[m].sentence == cands[k].sentence or s.outcome != t.outcome or s.cumulative:
            continue
        if s.role is Role.PART:
            continue  # a part of a figure of the run ("Three women were among seven killed")
        if (
            _dated_opening(texts, cands[m].sentence_start, cands[m].first)
            or s.role is not Role.FIGURE
            or not s.count.is_exact
            or (PartyKind.UNKNOWN not in (s.party_kind, t.party_kind) and s.party_kind != t.party_kind)
        ):
            break
        run.append(m)
        found += s.count.low
        if found >= total:
            break
    return run if found == total else []


_ADDITIONAL = frozenset(
    {"another", "also", "further", "additional", "more", "other", "others", "separately", "elsewhere", "meanwhile"}
)
#: The words of "another report" / "other sources": another teller (:func:`_other_teller`).
_TELLER_OPENERS = frozenset({"another", "other"})
_NEW_EVENT = frozenset({"later", "separately", "elsewhere", "meanwhile", "also"})
#: The words of an anaphoric partitive ("two of them", "many of their victims").
_OF_THEM = frozenset({"them", "those"})
_OF_DETERMINERS = frozenset({"the", "their"})
_THE_HIT = frozenset({"victims", "dead", "casualties", "wounded", "injured"})
#: What "other" / "another" may stand before (with a reporting verb) without making a
#: figure additional: other reporters of the same quantity ("other sources reported at
#: least 20"), not other victims.
_OTHER_REPORTS: Final = en.SOURCE_NOUNS | {"reports", "estimates", "accounts", "tallies", "counts"}
#: Party words that name whoever was hit, of any side (:func:`_kind`).
_WHOEVER = frozenset({"victim", "victims"})


def _sequel(texts: Sequence[str], start: int, stop: int) -> bool:
    """The sentence tells what an actor did next: "then" right after its subject ("He
    then shot two guards", "The gunman then drove to ...", "Then he ..."), or it opens with
    "The next day"."""
    head = texts[start : min(stop, start + 4)]
    if tuple(texts[start : start + 2]) in (("the", "next"), ("the", "following")):
        return True
    return "then" in head and not any(w in en.REPORTING_VERBS for w in head)


def _dated_opening(texts: Sequence[str], start: int, stop: int) -> bool:
    """The sentence opens with a date: "On 12 December, ...", "On the 30th, ..."."""
    if texts[start] != "on":
        return False
    head = texts[start + 1 : min(stop, start + 4)]
    return any(w in en.MONTHS or w[:1].isdigit() for w in head)


def mark_restatements(stmts: Sequence[Statement], cands: Sequence[Position], texts: Sequence[str]) -> list[Statement]:
    """A figure in a later sentence with the same outcome and victims, not said to be
    additional ("another", "also", "others"), reports the same quantity again."""
    out = _shot_dead_again(_partitive_parts(stmts, cands, texts), cands, texts)
    for k, (s, c) in enumerate(zip(stmts, cands, strict=True)):
        if out[k].role is not Role.FIGURE or s.cumulative or _said_additional(c, texts):
            continue
        other = _other_report(c, texts)
        for m in range(k - 1, max(-1, k - 12), -1):
            t, tc = out[m], cands[m]
            if not _may_restate(t, tc, s, c, other_report=other):
                continue
            if s.count.high is not None and 2 * s.count.high < t.count.low and not c.overall:
                # far fewer than the earlier figure: some of those victims, not a new report
                # of all of them ("Twelve people were killed ... A person was beheaded")
                out[k] = with_role(s, Role.PART)
            elif group := _listed_total(out, cands, m, s):
                # "two women and four men were killed ... the six bodies": the later figure
                # is their total, and the listed figures its breakdown
                for g in group:
                    out[g] = with_role(out[g], Role.PART)
            else:
                t = out[_same_party_member(out, cands, m, s)]
                out[k] = replace(s, restates=t.restates or t.span)
                for g in _raised_by(out, cands, m, k):
                    out[g] = with_role(out[g], Role.PART)
            break
    return out


def _partitive_parts(stmts: Sequence[Statement], cands: Sequence[Position], texts: Sequence[str]) -> list[Statement]:
    """A figure of "them" or of "the victims" after a figure of its outcome in its sentence
    counts some of those victims: a part ("Gunmen killed 20 people, beheading two of them",
    "hacking many of their victims to death"). After a figure of another outcome it is
    a figure ("abducted nine men and killed two of them")."""
    out = list(stmts)
    for k, (s, c) in enumerate(zip(stmts, cands, strict=True)):
        if s.role is not Role.FIGURE or s.cumulative or not _anaphoric_partitive(texts, c.party_end):
            continue
        for m in range(k - 1, max(-1, k - 8), -1):
            t = out[m]
            if cands[m].sentence != c.sentence or t.role is not Role.FIGURE or t.cumulative:
                break
            if t.outcome == s.outcome and s.count.low <= t.count.low:
                out[k] = with_role(s, Role.PART)
            break
    return out


def _shot_dead_again(stmts: Sequence[Statement], cands: Sequence[Position], texts: Sequence[str]) -> list[Statement]:
    """The dead told again as "shot": "The bodies of five migrants were found. The five
    men had been shot" tells how the five died, it wounds no one. A definite figure ("the
    five men") or one of "the victims" / "them" whose verb is a bare "shot", after a
    figure of the dead and none of the wounded, is that death again (or a part of it)."""
    out = list(stmts)
    for k, (s, c) in enumerate(zip(stmts, cands, strict=True)):
        if s.outcome is not Outcome.INJURED or s.role is not Role.FIGURE or s.cumulative:
            continue
        definite = c.first > c.sentence_start and texts[c.first - 1] == "the"
        partitive = _anaphoric_partitive(texts, c.party_end)
        if not (definite or partitive) or not _bare_shot(texts, c.party_end + (2 if partitive else 0)):
            continue
        for m in range(k - 1, max(-1, k - 12), -1):
            t = out[m]
            if t.role is not Role.FIGURE or t.cumulative or t.outcome not in (Outcome.KILLED, Outcome.INJURED):
                continue
            kinds = {_kind(t), _kind(s)}
            if t.outcome is Outcome.KILLED and (PartyKind.UNKNOWN in kinds or len(kinds) == 1):
                if t.count == s.count and definite:
                    out[k] = replace(s, outcome=Outcome.KILLED, restates=t.restates or t.span)
                elif partitive and s.count.low <= t.count.low:
                    out[k] = replace(s, outcome=Outcome.KILLED, role=Role.PART)
            break
    return out


def _bare_shot(texts: Sequence[str], start: int) -> bool:
    """Whether a bare "shot" (no "dead") is the verb in the few tokens from ``start``."""
    for m in range(start, min(len(texts), start + 4)):
        if texts[m] in _BREAKS:
            return False
        if texts[m] in en.SHOT:
            return m + 1 >= len(texts) or texts[m + 1] not in ("dead", "and")
    return False


def _anaphoric_partitive(texts: Sequence[str], end: int) -> bool:
    """Whether "of them" / "of those" / "of the victims" / "of their victims" follows a
    figure's words ending at token ``end``."""
    if end + 1 >= len(texts) or texts[end] != "of":
        return False
    head = texts[end + 1]
    return head in _OF_THEM or (head in _OF_DETERMINERS and end + 2 < len(texts) and texts[end + 2] in _THE_HIT)


def _raised_by(out: Sequence[Statement], cands: Sequence[Position], m: int, k: int) -> list[int]:
    """The figures of later sentences between the figure ``out[m]`` and the figure
    ``out[k]`` that states it again, when ``out[k]`` is exactly their sum with it: the toll
    raised by them ("Three were killed. A wounded guard died, raising the toll to four": the
    guard is one of the four); empty otherwise."""
    s, t = out[k], out[m]
    group = [
        g
        for g in range(m + 1, k)
        if cands[g].sentence > cands[m].sentence
        and out[g].role is Role.FIGURE
        and out[g].outcome == s.outcome
        and out[g].count.low > 0
        and out[g].restates is None
        and not cands[g].overall
    ]
    exact = s.count.is_exact and t.count.is_exact and all(out[g].count.is_exact for g in group)
    if group and exact and t.count.low + sum(out[g].count.low for g in group) == s.count.low:
        return group
    return []


def _same_party_member(out: Sequence[Statement], cands: Sequence[Position], m: int, s: Statement) -> int:
    """The figure listed with ``out[m]`` (its sentence and group) whose victim words are
    those of ``s``: what ``s`` states again ("killed four herders and a trader ... Four
    herders were killed in reprisal": the herders); ``m`` when none is."""
    words = (s.party or "").lower()
    if not words or (out[m].party or "").lower() == words:
        return m
    for g in range(max(0, m - 8), m):
        t = out[g]
        if cands[g].sentence == cands[m].sentence and cands[g].group == cands[m].group and t.role is Role.FIGURE:
            if (t.party or "").lower() == words and t.count == s.count and t.outcome == s.outcome:
                return g
    return m


def _said_additional(c: Position, texts: Sequence[str]) -> bool:
    """Whether the words around figure ``c`` say it adds to what came before ("another
    40", "40 more", "also"), or its sentence opens a new event ("Later that day, ...",
    "On the 22nd, ...")."""
    lo, hi = max(0, c.first - 3), min(len(texts), c.party_end + 1)
    # "more than 40" bounds a figure; "40 more" and "another 40" add one; what follows
    # its own words ("six civilians and wounded another") belongs to the next figure
    window = [
        texts[m]
        for m in range(lo, hi)
        if not (texts[m] == "more" and m + 1 < len(texts) and texts[m + 1] == "than") and not _other_teller(texts, m, c)
    ]
    window += [w for w in texts[hi : hi + 2] if w in ("more", "also")]
    if any(w in _ADDITIONAL for w in window) or texts[c.first] in en_rules.SECOND_ORDINALS:
        return True  # "another 40", "a second body"
    if (
        texts[c.sentence_start] in _NEW_EVENT
        and c.first > c.sentence_start
        and not any(w in en.REPORTING_VERBS for w in texts[c.sentence_start : c.first])
    ):
        return True  # "Later that day, ..." (but "Later reports said ...")
    if c.sentence > 0 and _sequel(texts, c.sentence_start, c.first):
        return True  # "He then drove to a school, killing ..."
    return c.sentence > 0 and _dated_opening(texts, c.sentence_start, c.first)  # another day's event


def _other_teller(texts: Sequence[str], m: int, c: Position) -> bool:
    """Whether "other" / "another" at token ``m`` names another teller of the figure
    ``c``, not more victims: a source noun or a reporting verb follows it before the
    figure ("Other reports said 19 were killed", "another source put the toll at 9")."""
    if texts[m] not in _TELLER_OPENERS or m >= c.first:
        return False
    return any(w in _OTHER_REPORTS or w in en.REPORTING_VERBS for w in texts[m + 1 : min(c.first, m + 3)])


def _other_report(c: Position, texts: Sequence[str]) -> bool:
    """Whether figure ``c`` is told by other reporters than a figure before it in its
    sentence ("12 were killed; other sources reported at least 20"): :func:`_other_teller`
    between the sentence start (at most six words back) and the figure."""
    lo = max(c.sentence_start, c.first - 6)
    return any(_other_teller(texts, m, c) for m in range(lo, c.first))


def _may_restate(t: Statement, tc: Position, s: Statement, c: Position, *, other_report: bool = False) -> bool:
    """Whether the earlier figure ``t`` may be what the later ``s`` states again: both
    figures of their own, one outcome, victims that may be the same; in one sentence, only
    the same figure of the same words, or one that ``other_report`` says other reporters
    tell."""
    if t.role is not Role.FIGURE or t.cumulative:
        return False
    if tc.sentence == c.sentence and not other_report and not (
        tc.group != c.group
        and t.count == s.count
        and t.party is not None
        and (t.party or "").lower() == (s.party or "").lower()
    ):
        return False  # in one sentence only the same figure of the same words restates
    if t.outcome != s.outcome:
        return False
    kinds = {_kind(t), _kind(s)}
    if PartyKind.UNKNOWN not in kinds and len(kinds) > 1:
        return False
    if (t.party_kind is PartyKind.PERPETRATOR) != (s.party_kind is PartyKind.PERPETRATOR):
        # the attacker ("the bomber blew himself up") is none of his victims; an unnamed
        # figure of his own count may be him ("one person was killed ... killing the bomber")
        return PartyKind.UNKNOWN in (t.party_kind, s.party_kind) and t.count == s.count
    return not _other_victims(t, s)  # "11 pro-regime fighters" and "34 Turkish soldiers": two groups


def _kind(s: Statement) -> PartyKind:
    """The party kind of ``s`` as a restatement reads it: "the victim" may be of any side
    ("a policeman was shot dead ... The victim was pronounced dead")."""
    return PartyKind.UNKNOWN if (s.party or "").lower() in _WHOEVER else s.party_kind


def _listed_total(out: Sequence[Statement], cands: Sequence[Position], m: int, s: Statement) -> list[int]:
    """The figures listed together with ``out[m]`` (its sentence and group, its outcome)
    when ``s`` is exactly their sum; empty otherwise."""
    tc = cands[m]
    group = [
        g
        for g in range(max(0, m - 8), m + 1)
        if cands[g].sentence == tc.sentence
        and cands[g].group == tc.group
        and out[g].role is Role.FIGURE
        and out[g].outcome == s.outcome
    ]
    if (
        len(group) >= 2
        and s.count.is_exact
        and sum(out[g].count.low for g in group) == s.count.low
        and all(out[g].count.is_exact for g in group)
    ):
        return group
    return []


def mark_overall(stmts: Sequence[Statement], cands: Sequence[Position]) -> list[Statement]:
    """The other figures of an overall figure's outcome are its parts.

    A coder's overall figure ("Fatalities coded as 0 (a radio reported 2)", a closing
    "2 fatalities.") is the event's figure: the figures of that outcome the note sums or
    overrides are its parts, whatever their own reports said.

    Parameters
    ----------
    stmts : sequence of Statement
    cands : sequence of Position
        Where each statement stands (``overall``: a coder's overall figure).

    Returns
    -------
    list of Statement
        The statements, the others of an overall figure's outcome with ``role=part``.

    Examples
    --------
    >>> from casualties.build import read
    >>> text = "Gunmen killed 2 guards. Fatalities coded as 0."
    >>> [(str(r.statement.count), r.statement.role.value) for r in read(text)]
    [('2', 'part'), ('0', 'figure')]
    """
    overall = {s.outcome for s, c in zip(stmts, cands, strict=True) if c.overall}
    return [
        with_role(s, Role.PART) if s.outcome in overall and not c.overall and s.role is Role.FIGURE else s
        for s, c in zip(stmts, cands, strict=True)
    ]


def _other_victims(t: Statement, s: Statement) -> bool:
    """Two named groups of one kind that share no word ("pro-regime fighters", "Turkish
    soldiers") are different victims; an unnamed or generic party may be the same."""
    if t.party is None or s.party is None or PartyKind.UNKNOWN in (_kind(t), _kind(s)):
        return False
    if t.party_kind is s.party_kind is PartyKind.PERPETRATOR:
        return False  # "the bomber", later "the militant": one attacker named again
    words = {w.lower().strip("'’") for w in t.party.replace("-", " ").split()}
    other = {w.lower().strip("'’") for w in s.party.replace("-", " ").split()}
    return not (words & other) and t.party_kind is not PartyKind.CIVILIAN


#: Relatives that open the clause of a recalled event ("a stampede in 1990 that killed").
_RELATIVES = frozenset({"that", "which", "whose", "who"})
#: Words that end the reach of a relative or a time marker.
_BREAKS = frozenset({",", ";", ":", ".", "(", ")", '"', "“", "”"})
#: Auxiliaries of a running total ("which has killed 380,000 since 2011"): no past event.
_PERFECT = frozenset({"has", "have"})
#: Prepositions that make an earlier event the cause of this one ("following the killing
#: of five guards last month").
_AFTER = frozenset({"after", "following"})
#: Time units that measure the distance from this event to another one ("two days after",
#: "a week before", "the day after"); with ``en.TIME_WORDS``.
_SPAN_LINKS = frozenset({"after", "before"})
_SPAN_UNITS = frozenset({"day", "days", "hours", "hour", "weekend"}) | en.TIME_WORDS
#: Words after a time span that put an event before this one ("a few days before").
_EARLIER = frozenset({"before", "earlier"})
#: Words of a charge or a verdict whose "of" / "with" / "for" names a crime the text
#: recalls ("six guards charged with killing a journalist", "convicted of murdering two");
#: not "accused of" / "suspected of", which name the culprits of the text's own event as
#: often ("herders were accused of killing 17 farmers").
_CHARGES = frozenset({"charged", "convicted", "guilty", "sentenced", "jailed", "indicted"})
_CHARGE_LINKS = frozenset({"of", "with", "for"})


def mark_background(stmts: Sequence[Statement], cands: Sequence[Position], texts: Sequence[str]) -> list[Statement]:
    """Figures of an earlier, separate event the text recalls are background.

    Four constructions: a relative clause on a dated past event ("the 2017 bombing that
    killed 500", "a stampede in 1990 that killed 1,426 people", "whose attack in 2002
    killed over 200"), and a toll named by an outcome noun after a word of remembrance
    ("protesting the deaths of three leaders", "the anniversary of the execution of five
    militants") or after "following" / "after" with a past time ("following the killing of
    five guards last month"); a clause the sentence measures its own event from ("the raid
    came two days after a bomb killed five"); and the victims of a crime a charge or verdict
    names ("students protested the trial of six guards charged with killing a journalist").
    A running total ("which has killed 380,000 since 2011") is
    cumulative, not background; a recalled event is background, not cumulative, even in a
    sentence about years ("in seven of the past 17 years, including a stampede in 1990
    that killed 1,426").

    Parameters
    ----------
    stmts : sequence of Statement
    cands : sequence of Position
        Where each statement stands.
    texts : sequence of str
        The lower-cased tokens of the text.

    Returns
    -------
    list of Statement
        The statements, background ones with ``role=background``.
    """
    out = list(stmts)
    for k, (s, c) in enumerate(zip(stmts, cands, strict=True)):
        if s.role is Role.FIGURE and (
            _recalled(texts, c) or _remembered(texts, c) or _measured_from(texts, c) or _charged(texts, c)
        ):
            out[k] = replace(s, role=Role.BACKGROUND, cumulative=False)
    return out


def _recalled(texts: Sequence[str], c: Position) -> bool:
    """The figure is the toll of a relative clause on a dated past event, or on an event
    a word of remembrance names ("the anniversary of the raid that killed 17")."""
    start = max(c.sentence_start, c.first - 6)
    rel = next((m for m in range(c.first - 1, start - 1, -1) if texts[m] in _RELATIVES or texts[m] in _BREAKS), -1)
    if rel < 0 or texts[rel] not in _RELATIVES or any(texts[m] in _PERFECT for m in range(rel, c.first)):
        return False
    if texts[rel] != "whose" and c.first - rel > 4:
        return False  # "that killed", "which reportedly killed", "in which 20 were killed"
    lo = max(c.sentence_start, rel - 6)
    lo = max([lo, *(m + 1 for m in range(lo, rel) if texts[m] in _BREAKS)])
    before = range(lo, c.first)
    after = range(c.party_end, min(len(texts), c.party_end + 3))
    if _past(texts, before) or _past(texts, after):
        return True
    # "the anniversary of the raid on Kora that killed 17": an event remembered
    head = range(max(c.sentence_start, rel - 8), rel)
    return not any(texts[m] in _BREAKS for m in head) and any(texts[m] in en.REMEMBRANCE_WORDS for m in head)


def _measured_from(texts: Sequence[str], c: Position) -> bool:
    """The figure is in a clause the sentence measures its own event from ("the raid came
    two days after a bomb killed five", "a week before six guards were shot"): a time
    span, then "after" / "before", after the main clause has begun, and no break between
    them and the figure."""
    start = max(c.sentence_start, c.first - 12)
    for m in range(c.first - 1, start - 1, -1):
        if texts[m] in _BREAKS:
            return False
        if texts[m] in _SPAN_LINKS and m - 1 > c.sentence_start + 1 and texts[m - 1] in _SPAN_UNITS:
            return True
    return False


def _charged(texts: Sequence[str], c: Position) -> bool:
    """The figure is the object of an -ing verb that a charge or a verdict governs ("six
    guards charged with killing a journalist", "a man convicted of murdering two women"):
    the crime is recalled, the text's event is the arrest, trial or protest; at most a
    determiner stands between the verb and the figure."""
    for v in range(c.first - 1, max(c.sentence_start + 1, c.first - 3), -1):
        if texts[v].endswith("ing") and texts[v - 1] in _CHARGE_LINKS and texts[v - 2] in _CHARGES:
            return True
    return False


def _past(texts: Sequence[str], window: range) -> bool:
    """A past time among the tokens of ``window``: a year ("in 1990", "the 2017
    bombing"), "last month", "earlier this month", "two years ago", "a few days before",
    "recently"; never a running total's "since"."""
    for m in window:
        w = texts[m]
        if w in _BREAKS:
            return False
        if w in ("ago", "recently") or (w == "last" and m + 1 < len(texts) and texts[m + 1] in en.TIME_WORDS):
            return True
        if w == "earlier" and m + 2 < len(texts) and texts[m + 1] == "this" and texts[m + 2] in en.TIME_WORDS:
            return True
        if w in _EARLIER and m > 0 and texts[m - 1] in _SPAN_UNITS:
            return True  # "two days before", "a week earlier"
        if w.isdigit() and len(w) == 4 and w[:2] in ("19", "20") and not (m > 0 and texts[m - 1] == "since"):
            return True
    return False


def _remembered(texts: Sequence[str], c: Position) -> bool:
    """The figure follows an outcome noun ("the killing of five") that a word of
    remembrance governs, or "following" / "after" with a past time after the victims."""
    f = c.first
    if f < 2 or texts[f - 1] != "of" or texts[f - 2] not in en.OUTCOME_NOUNS:
        return False
    window = range(max(c.sentence_start, f - 7), f - 2)
    if any(texts[m] in en.REMEMBRANCE_WORDS for m in window):
        return True
    after = range(c.party_end, min(len(texts), c.party_end + 3))
    return any(texts[m] in _AFTER for m in window) and _past(texts, after)


#: The verbs of a death after harm ("later died", "succumbed to his wounds").
_DIED: Final = frozenset({"died", "dies", "succumbed", "succumbs"})
#: What a group of the wounded is called after "of" ("one of the wounded", "two of them").
_OF_WOUNDED: Final = frozenset({"them", "whom", "wounded", "injured", "hurt", "those"})
_ONE_PRONOUNS: Final = frozenset({"he", "she"})


def mark_later_deaths(stmts: Sequence[Statement], cands: Sequence[Position], texts: Sequence[str]) -> list[Statement]:
    """A wounded person who died later counts once, among the dead: "Ali Musa was shot.
    Musa (or he) later died" moves the wound to the dead (the shooting's figure is the
    death told again), "Five people were wounded; two of them later died" leaves three
    wounded. The death is a figure of its own, unless a sentence before the wound told it.
    """
    out = list(stmts)
    first_told: dict[tuple[int, int], int] = {}  # a span: the first sentence a statement of it stands in
    for r, rc in zip(stmts, cands, strict=True):
        first_told[r.span] = min(first_told.get(r.span, rc.sentence), rc.sentence)
    for k, (s, c) in enumerate(zip(stmts, cands, strict=True)):
        if s.outcome is not Outcome.KILLED or s.role is not Role.FIGURE or s.cumulative or not _died(texts, c):
            continue
        of_group = c.party_end + 1 < len(texts) and texts[c.party_end] == "of"
        m = _wounded_before(out, cands, k, texts[c.party_end + 1 : c.party_end + 3] if of_group else ())
        if m < 0:
            continue
        t = out[m]
        told = s.restates is not None and first_told.get(s.restates, cands[m].sentence) < cands[m].sentence
        if t.count == s.count:  # the one wounded: the death told again
            out[m] = replace(t, outcome=Outcome.KILLED, restates=s.restates if told else s.span)
        elif s.count.high is not None and t.count.low >= s.count.high:  # some of them: the rest
            low, high = t.count.low - s.count.high, None if t.count.high is None else t.count.high - s.count.low
            out[m] = replace(t, count=Count(low, high, best=max(low, t.count.best - s.count.best)))
        else:
            continue
        if not told:  # a new death, unless a sentence before the wound told it
            out[k] = replace(s, restates=None)
    return out


def _died(texts: Sequence[str], c: Position) -> bool:
    """Whether the verb after the victim words of ``c`` is "died" or "succumbed"."""
    for w in texts[c.party_end : c.party_end + 7]:
        if w in _DIED:
            return True
        if w == ".":
            break
    return False


def _wounded_before(out: Sequence[Statement], cands: Sequence[Position], k: int, group: Sequence[str]) -> int:
    """The wounded figure before ``out[k]`` whose people (some of them, after "of":
    ``group`` the words after it) died later, -1 when none."""
    s, c = out[k], cands[k]
    word = s.text.lower()
    for m in range(k - 1, max(-1, k - 9), -1):
        t, tc = out[m], cands[m]
        if t.role is not Role.FIGURE or t.cumulative:
            continue
        wounded = t.outcome is Outcome.INJURED and tc.sentence <= c.sentence
        if group:  # the group right before: "two of them" are not of an earlier one
            near = c.sentence - tc.sentence <= 1
            return m if wounded and near and not _OF_WOUNDED.isdisjoint(group) else -1
        if not t.count.is_exact or t.count.low != 1 or s.count != Count(1):
            continue
        if word in _ONE_PRONOUNS:  # "he": the subject of its sentence, or of the one before his
            before = c.sentence - tc.sentence == 1 and c.first == c.sentence_start
            subject = tc.first == tc.sentence_start and (before or tc.sentence == c.sentence)
            return m if wounded and subject else -1
        if " " not in word and t.text.lower().endswith(" " + word) or t.text.lower() == word:
            return m if wounded else -1
    return -1


def with_role(s: Statement, role: Role) -> Statement:
    """The statement with another role."""
    return replace(s, role=role)
