r"""Frame matches -> statements: the last steps of the extraction cascade, which
:func:`casualties.extract` runs.

:func:`read` runs L1 to L4 (:mod:`~casualties.wordclass`, :mod:`~casualties.chunks`,
:mod:`~casualties.phrases`, :mod:`~casualties.frames`) and makes one
:class:`~casualties.statements.Statement` per victim: the frame's outcome is distributed
over the coordinated conjuncts of its victim phrase, conjuncts headed by a thing are
dropped after that ("Twenty herdsmen and 83 cows were killed": one statement), and the
figure and noun groups of an aside are parts of the total (``role=part``). ``span`` and
``text`` are the figure and its victim words. Then each statement takes its context
(:mod:`casualties.context`: source, period, running total, place) and the document passes
of :mod:`casualties.passes` (background events, breakdowns, later breakdowns,
restatements, overall figures) run over a frozen :class:`~casualties.passes.Place` per
statement.

>>> [(r.statement.count.low, r.statement.outcome.value, r.frame) for r in read("Three soldiers died.")]
[(3, 'killed', 'intransitive')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Final, NamedTuple

from .chunks import Chunk, Chunks, chunk
from .context import attributed, document, place
from .count import Count
from .frames import FrameMatch, frames
from .lexicon import en
from .lexicon import en_rules as er
from .passes import (
    mark_background,
    mark_breakdowns,
    mark_later_breakdowns,
    mark_later_deaths,
    mark_overall,
    mark_restatements,
)
from .phrases import Attachment, Phrase, Phrases, phrase
from .policy import Policy
from .statements import Outcome, PartyKind, Role, Statement
from .wordclass import Unit, classify_triggered

__all__ = ["Reading", "party_kind", "read"]

#: Determiners that make a noun group one person ("a mayor", "his secretary").
_ONE: Final = frozenset({"a", "an", "one", "another", "his", "her"})
#: Heads that a state modifier makes state forces ("government fighters").
_STATE_HEADS: Final = frozenset({"fighters", "fighter", "men", "members", "member", "personnel", "forces"})
#: Pronouns that stand for one victim (the attacker's own death, "killing himself", is a
#: reflexive frame's: :func:`_reflexive`).
_ONE_PRONOUNS: Final = frozenset({"him", "her", "another", "he", "she"})  # "killed two and wounded another"
#: The frames of an attacker's own death ("blew himself up", "took his own life").
_REFLEXIVE: Final = frozenset(
    {"reflexive", "reflexive_shot", "reflexive_emphatic", "reflexive_subject", "turned_on_self", "own_life"}
)
#: The reflexive frames of a death others caused ("before he was shot dead himself"): its
#: subject keeps the kind its words name ("a soldier"), an attacker when they name none.
_EMPHATIC: Final = frozenset({"reflexive_emphatic", "reflexive_subject"})
#: The words of a reflexive victim that stand for a group ("blew themselves up").
_SELVES: Final = frozenset({"themselves", "own lives"})
#: The pronouns that may be the subject of a reflexive ("he killed himself").
_SUBJECT_PRONOUNS: Final = frozenset({"he", "she", "they"})
#: Phrase codes that may follow the subject of a clause: its verb group, an adverb, a bare
#: verb of no outcome ("blew"), a relative of people ("a man who blew himself up").
_AFTER_SUBJECT: Final = frozenset("AVUiKGwrSXWbhmR")
#: Heads of a figure that counts more members of a group named before ("wounding two others").
_OTHERS: Final = frozenset({"others", "other", "more"})
#: What may stand between a group shot and the -ing clauses that split it.
_GAP: Final = frozenset(",CPtQYEnf")
#: What separates a total from its parts in one sentence, or ends the sentence.
_SEPARATOR: Final = re.compile(r"[:;,.]")
#: Phrase codes of a verb group that opens a clause of its own.
_OWN_VERB: Final = frozenset("VAUXWKSiG")
#: Coordinators that add victims to a verb after it ("killed along with four elders").
_COMITATIVE: Final = frozenset({"along with", "together with", "as well as"})
#: Words before a determiner that leave its noun group's number alone ("both the chief and ...").
_PREDETERMINERS: Final = frozenset({"both", "all"})
#: Phrase codes of what may stand between a clause's victim or verb and an aside that
#: ends the clause: prepositions, places, times, events, things, adverbs ("died in the
#: fire on Monday, both guards").
_ADJUNCTS: Final = frozenset("PtoEQrfnYd")
#: Phrase codes such an aside may hold: no verb, so it is no clause of its own ("all of
#: whom were soldiers", not "both attackers fled").
_ASIDE_CODES: Final = _ADJUNCTS | frozenset("FNDpRbwC")
#: Determiners that make a singular person noun one person ("the mayor", "their driver").
_THE_ONE: Final = frozenset({"the", "this", "that", "their", "its"})
#: Pronouns after a partitive "of" that point back to the group ("three of them children").
_PARTITIVE_PRONOUNS: Final = frozenset({"them", "whom"})
#: Possessives that open a conjunct and refer back to a person before it ("X and his son").
_REFERS_BACK: Final = frozenset({"his", "her"})
#: Determiners of one person that the bare singular conjuncts after them share ("his
#: mother, sister and niece": three; "a man and woman": two; "the driver and conductor").
_SHARED_ONE: Final = frozenset({"a", "an", "the", "this", "his", "her", "their", "its", "my", "our"})
#: Singular person nouns that name a group, not one person ("the police", "the family").
_COLLECTIVE: Final = frozenset(
    {"police", "security", "military", "army", "forces", "force", "staff", "crew", "family", "clergy", "militia"}
    | {"gang", "elderly", "aid", "humanitarian", "wedding", "personnel"}
)
#: Group nouns whose size an "of" figure gives ("a family of five", "a group of 20 workers").
_GROUP_HEADS: Final = frozenset(
    {"family", "group", "team", "crew", "band", "gang", "squad", "patrol", "delegation", "contingent", "party"}
)
#: Plurals that do not end in -s or -men.
_PLURALS: Final = frozenset({"children", "people", "police", "personnel", "clergy", "elderly", "militia"})
#: Outcomes a "them" may not add to: the victims were harmed already ("gunning them down").
_HARM: Final = frozenset({Outcome.KILLED, Outcome.INJURED})
#: The frames whose figure is a coder's overall figure (``Frame.overall``).
_OVERALL: Final = frozenset(f.rule.name for f in er.FRAMES if f.overall)
#: The frames whose victims had none of the outcome (``Frame.zero``).
_ZERO: Final = frozenset(f.rule.name for f in er.FRAMES if f.zero)
#: Frames whose victim is the object of an outcome verb.
_OBJECT_FRAMES: Final = frozenset({"active", "ing", "named_object"})
#: The frames of a relative clause after its victims ("12 girls who were abducted").
_RELATIVE: Final = frozenset({"relative", "relative_predicate"})
#: Frames whose victim is the subject of an outcome verb right before it (its last phrase).
_SUBJECT_FRAMES: Final = frozenset({"passive", "intransitive", "passive_then", "named_subject"})
#: The first words of a singular verb group ("was killed", "has died").
_SINGULAR_VERBS: Final = frozenset({"was", "is", "has", "wasn't", "isn't", "hasn't"})
#: The first words of a plural verb group ("were killed", "have died").
_PLURAL_VERBS: Final = frozenset({"were", "are", "have", "weren't", "aren't", "haven't"})
#: Injury verbs that only people undergo.
_HURT: Final = frozenset({"injured", "wounded", "hurt"})
#: Singular nouns of no known class that count no one as an object ("killing the rest").
_NOT_ONE: Final = frozenset({"rest", "remainder", "majority", "bulk", "lot", "whole", "total", "other"})
_STATE_HEADS_ALWAYS: Final = frozenset({"official", "officials", "staff", "guard", "guards"})
#: The kinds of party a person leaves when no longer serving ("a former soldier").
_SERVING: Final = frozenset({PartyKind.STATE_FORCES, PartyKind.ARMED_GROUP})


class Reading(NamedTuple):
    """One statement and the name of the frame that produced it."""

    statement: Statement
    frame: str


class _Victim(NamedTuple):
    """What one conjunct or part is: its count, party words and character span."""

    count: Count  # type: ignore[assignment]  # the field shadows tuple.count on purpose
    party: str | None
    start: int
    end: int


def read(text: str, *, source: str | None = None, policy: str | Policy = "interval") -> tuple[Reading, ...]:
    """Every casualty statement the cascade reads in ``text``, in the order of its victims.

    Parameters
    ----------
    text : str
        Any text.
    source : str or None
        Who reports the text: the source of statements whose sentence names none.
    policy : str or Policy
        How figures are read.

    Returns
    -------
    tuple of Reading

    Examples
    --------
    >>> for r in read("Eight displaced Syrians, including four children, were killed."):
    ...     s = r.statement
    ...     print(s.count.low, s.outcome.value, s.party, s.role.value, s.text, r.frame)
    8 killed displaced Syrians figure Eight displaced Syrians passive
    4 killed children part four children passive
    """
    classes = classify_triggered(text, policy=policy)
    if classes is None:
        return ()  # no word that may be an outcome verb, noun or toll
    phrases = phrase(chunk(classes))
    found = _found(phrases, source)
    if not found:
        return ()
    doc = document(phrases.chunks.classes)
    places = [place(doc, r.statement, group, r.frame in _OVERALL) for r, group in found]
    stmts = attributed(doc, [r.statement for r, _ in found], places, source)
    stmts = mark_background(stmts, places, doc.texts)
    if len(stmts) > 1:  # the passes that relate statements to each other
        stmts = mark_breakdowns(list(zip(stmts, places, strict=True)))
        stmts = mark_restatements(mark_later_breakdowns(stmts, places, doc.texts), places, doc.texts)
        stmts = mark_later_deaths(stmts, places, doc.texts)
        stmts = mark_overall(stmts, places)
    return tuple(Reading(s, r.frame) for s, (r, _) in zip(stmts, found, strict=True))


def _found(phrases: Phrases, source: str | None) -> list[tuple[Reading, int]]:
    """The readings of every frame match with their victim phrase, in the order of the
    matches: a verb distributed over its "along with" conjuncts, and a group shot and
    then split between outcomes ("shot five people, killing two": 2 killed, 3 injured)."""
    matches = _with_shot_groups(phrases, frames(phrases))
    taken = {m.victim for m in matches}
    claimed = {m.victim: m.outcome for m in matches}
    readings: list[list[Reading]] = []
    groups: dict[int, list[int]] = {}  # a group match -> the matches that split it
    selves: set[int] = set()  # the subjects of reflexives read, and (negated) their sentences
    # "before he was shot dead himself": the emphatic reflexive reads the subject's death
    emphatic = {_subject(phrases, m.start, m.victim) for m in matches if m.frame in _EMPHATIC}
    for k, m in enumerate(matches):
        if m.frame in _REFLEXIVE:
            readings.append(list(_readings(phrases, m, source, None)) if _own_death(phrases, m, taken, selves) else [])
            continue
        if m.victim in emphatic:
            readings.append([])
            continue
        g = _group(phrases, matches, k)
        before = g if g >= 0 else max(_object_before(phrases, matches, k), _another_before(phrases, matches, k))
        them = readings[before][0].statement if before >= 0 and len(readings[before]) == 1 else None
        rs = list(_readings(phrases, m, source, them))
        if not rs and g < 0 and (a := _antecedent(phrases, m, claimed)) >= 0:
            claimed[a] = m.outcome  # "seized two guards and killed them": the verb's victims are the guards
            rs = list(_readings(phrases, m._replace(victim=a), source, None))
        if m.frame in _ZERO:  # "the driver was not hurt": none of them
            rs = [Reading(replace(r.statement, count=Count(0)), r.frame) for r in rs]
        readings.append(_aside_harm(phrases, m, rs) + rs)
        if g >= 0:
            groups.setdefault(g, []).append(k)
    for g, parts in groups.items():
        readings[g] = _split(readings[g], [r for k in parts for r in readings[k]])
    for k in range(len(matches)):
        _colon_parts(phrases.string, matches, readings, k)
    found = [(r, m.victim) for m, rs in zip(matches, readings, strict=True) for r in rs]
    for m in matches:
        for v in (*_comitative(phrases, m, taken), *_second_object(phrases, m, taken)):
            found += [(r, v) for r in _readings(phrases, m._replace(victim=v), source, None)]
    return found


def _aside_harm(phrases: Phrases, m: FrameMatch, rs: list[Reading]) -> list[Reading]:
    """The readings of the harm a relative aside tells of the victims of match ``m`` when
    their own verb tells another kind of outcome: "the gunman, who was also wounded, was
    arrested" (1 injured, 1 detained); a death after a wound is one outcome, the death."""
    p = phrases.phrases[m.victim]
    if p.rule != "aside_relative_harm" or m.outcome in _HARM or not rs:
        return []
    items = phrases.chunks.chunks
    a, b = p.asides[0]
    harm = next((items[k].outcome for k in range(a, b) if items[k].outcome in _HARM), None)
    if harm is None:
        return []
    return [Reading(replace(r.statement, outcome=harm), r.frame) for r in rs if r.statement.role is Role.FIGURE]


def _object_before(phrases: Phrases, matches: Sequence[FrameMatch], k: int) -> int:
    """The match whose object a pronoun object of match ``k`` stands for, -1 when none:
    the match right before it, its verb coordinated ("arrested six traders and executed
    them")."""
    if k == 0 or phrases.string[matches[k].victim] != "p":
        return -1
    before = matches[k - 1]
    return k - 1 if phrases.string[before.start] in "AG" and _gap(phrases, before.end, matches[k].start, "C") else -1


def _another_before(phrases: Phrases, matches: Sequence[FrameMatch], k: int) -> int:
    """The match right before match ``k`` in its sentence when the victim of ``k`` is
    "another": one more of that match's victims ("four soldiers were killed and another
    wounded": a soldier), -1 otherwise."""
    if k == 0 or phrases.string[matches[k].victim] not in "pD":
        return -1
    chunks = phrases.chunks
    first = chunks.chunks[phrases.phrases[matches[k].victim].core].first
    if chunks.classes.units[first].text != "another":
        return -1
    return k - 1 if "." not in phrases.string[matches[k - 1].end : matches[k].start] else -1


def _second_object(phrases: Phrases, m: FrameMatch, taken: set[int]) -> Iterator[int]:
    """The victim phrase coordinated after a pronoun or named object of match ``m``
    ("killing him and twelve others"), unless a verb of its own follows it."""
    string, k = phrases.string, m.end
    if string[m.start] not in "AG" or string[m.victim] not in "pY" or k + 1 >= len(string):
        return
    if string[k] == "C" and string[k + 1] in "FN" and k + 1 not in taken and string[k + 2 : k + 3] not in _OWN_VERB:
        yield k + 1


def _readings(phrases: Phrases, m: FrameMatch, source: str | None, them: Statement | None) -> Iterator[Reading]:
    """The readings of one frame match: its conjuncts, then the parts of its asides
    (``them``: the group a pronoun "them" stands for, None when it is unknown)."""
    p = phrases.phrases[m.victim]
    role = Role(m.role)
    if m.frame in _REFLEXIVE and p.code in "pO":  # the attacker's own death
        yield from _reflexive(phrases, m, role, source)
        return
    if p.code == "Y":  # a named person ("Gunmen killed Ana Ruiz")
        # "Bademosi was killed": one person of one name; not before a plural verb
        # ("in Abo, Kanda, were killed": a place), nor set off by a comma ("Radio Kanda, was")
        person = m.end - m.start == 2 and _person_verb(phrases, m) and not _verb_number(phrases, m, _PLURAL_VERBS)
        yield from _one(phrases.chunks, p.core, (), m, role, source, _apposed_party(phrases, m), person)
        return
    if p.code in "pD":
        yield from _pronoun(phrases, p.core, m, role, source, them)
        return
    # a headless conjunct takes the party before it ("nine villagers ... and two"), a part
    # the party its frame says it is ("five of the dead were children")
    shared = _what_party(phrases, m)
    held = _held_group(phrases, m)
    if held >= 0:  # "searched the rubble for 15 people who remain missing"
        yield from _one(phrases.chunks, held, (), m, role, source, None)
        return
    persons = _persons(phrases, p, _person_verb(phrases, m))
    bares = _shared_one(phrases, p) if not _verb_number(phrases, m, _SINGULAR_VERBS) else [False] * len(p.conjuncts)
    described = _all_party(phrases.chunks, p)  # "12 people, all civilians,": no part
    everyone = described or _all_after(phrases, m)  # "12 people were killed, all civilians"
    last: Reading | None = None  # the reading of the conjunct before, while a bare noun may join it
    for conjunct, person, bare in zip(p.conjuncts, persons, bares, strict=True):
        if bare:  # one group under one determiner: "a guard and Kanda trader", "his mother, sister and niece"
            one = _bare_one(phrases.chunks, conjunct.core, m, role, source)
            if last is not None and last.statement.party_kind is one.statement.party_kind:
                last = _joined(phrases.chunks, last, one)
                continue
            if last is not None:  # two kinds stay two statements ("a police guard and trader")
                yield last
            last = one
        elif not conjunct.thing:
            # a name takes no party of another
            own = None if phrases.chunks.chunks[conjunct.core].code == "Y" else shared
            for r in _one(phrases.chunks, conjunct.core, conjunct.attachments, m, role, source, own, person):
                shared = r.statement.party
                if everyone is not None and r.statement.party_kind is PartyKind.UNKNOWN:
                    r = r._replace(statement=replace(r.statement, party=everyone, party_kind=party_kind(everyone)))
                if last is not None:
                    yield last
                last = r
    parts = [  # "two men, both farmers,": no part; "four people, three of them children,": children
        r
        for part in (() if described is not None else p.parts)
        for r in _one(phrases.chunks, part, (), m, Role.PART, source, _partitive_party(phrases.chunks, part))
    ]
    if last is not None and p.rule == "aside_apposition_one" and len(p.conjuncts) == 1:
        last, parts = _described(last, parts)
    if last is not None:
        yield last
    yield from parts


def _described(whole: Reading, parts: list[Reading]) -> tuple[Reading, list[Reading]]:
    """The reading of a group and the parts of its one-member apposition: a member that
    counts as many as the group is the group described ("one, a woman, died"; "a man, a
    farmer, was killed"), no part of it: the group takes its party when it has none."""
    if len(parts) != 1 or parts[0].statement.count != whole.statement.count:
        return whole, parts
    member, statement = parts[0].statement, whole.statement
    if statement.party_kind is PartyKind.UNKNOWN:
        statement = replace(statement, party=member.party, party_kind=member.party_kind)
    return Reading(statement, whole.frame), []


def _all_party(chunks: Chunks, p: Phrase) -> str | None:
    """The party words of an aside of phrase ``p`` that says what all of its group are
    ("12 people, all civilians, were killed", "nine people, all of them soldiers, died",
    "two men, both farmers,"), None without one."""
    units, string = chunks.classes.units, chunks.string
    for a, b in p.asides:
        first = a + 1 if string[a] == "," else a
        last = b - 2 if string[b - 1] == "," else b - 1
        if first > last or units[chunks.chunks[first].first].text not in _PREDETERMINERS:
            continue
        c = chunks.chunks[last]
        if c.code == "N" and "person" in c.features:
            return _group_words(chunks, c)
    return None


def _all_after(phrases: Phrases, m: FrameMatch) -> str | None:
    """The party words of an aside after match ``m`` (and its adjuncts) that ends its clause and says
    what all of its victims are ("Twelve people were killed, all of them civilians.";
    "Gunmen killed two men, both farmers at the market."): its first noun group, when that
    is of persons; None without one ("..., all of them in the market.")."""
    string, chunks = phrases.string, phrases.chunks
    comma = m.end
    while comma < min(len(string), m.end + 6) and string[comma] in _ADJUNCTS:  # "died in the fire,"
        comma += 1
    if string[comma : comma + 1] != ",":
        return None
    stop = next((k for k in range(comma + 1, min(len(string), comma + 7)) if string[k] in ",."), -1)
    if stop < comma + 2 or not _ASIDE_CODES.issuperset(string[comma + 1 : stop]):  # no clause
        return None
    first = chunks.chunks[phrases.phrases[comma + 1].core]
    if chunks.classes.units[first.first].text not in _PREDETERMINERS:
        return None
    cores = [x.core for k in range(comma + 1, stop) for x in phrases.phrases[k].conjuncts or (phrases.phrases[k],)]
    groups = [c for c in map(chunks.chunks.__getitem__, cores) if c.code in "FN"]  # "both guards at the depot"
    words = [_group_words(chunks, c) for c in groups]
    if not words or words[0] is None or "person" not in groups[0].features:
        return None
    # one kind of party: "all of them women and children", not "both soldiers and civilians"
    return words[0] if len({party_kind(w) for w in words if w is not None}) == 1 else None


def _partitive_party(chunks: Chunks, part: int) -> str | None:
    """The party words of the group after a headless part and "of them" in an aside
    ("four people, [three] of them children, were killed": "children"), None without one."""
    string, items = chunks.string, chunks.chunks
    if string[part : part + 2] != "Fo" or items[part].head >= 0:
        return None
    group = part + 3 if string[part + 2 : part + 3] == "p" else part + 4  # "of whom were children"
    if string[part + 2 : group] not in ("p", "Rb") or string[group : group + 1] not in ("F", "N"):
        return None
    if chunks.classes.units[items[part + 2].first].text not in _PARTITIVE_PRONOUNS:
        return None
    return _group_words(chunks, items[group])


def _verb_number(phrases: Phrases, m: FrameMatch, forms: frozenset[str]) -> bool:
    """Whether the verb of subject frame ``m`` opens with one of ``forms`` (the singular
    or the plural auxiliaries: "was killed", "were killed")."""
    if m.frame not in _SUBJECT_FRAMES:
        return False
    chunks = phrases.chunks
    verb = chunks.chunks[phrases.phrases[m.end - 1].core]
    return chunks.classes.units[verb.first].text in forms


def _own_death(phrases: Phrases, m: FrameMatch, taken: set[int], selves: set[int]) -> bool:
    """Whether reflexive match ``m`` tells a death no other match told: one per subject
    ("took his own life by shooting himself"), none for a subject that is another frame's
    victim ("the bomber died after blowing himself up"), and a pronoun (or no subject)
    after a reflexive of its sentence is the same person ("killed herself and a guard
    when she blew herself up"). Adds what it read to ``selves``."""
    subject = _own_subject(phrases, m)
    sentence = -2 - phrases.string.rfind(".", 0, m.start)  # negative: no phrase index
    vague = subject < 0 or phrases.string[subject] == "p"
    if subject >= 0 and (subject in taken or subject in selves) or (vague and sentence in selves):
        return False
    selves.update((subject, sentence) if subject >= 0 else (sentence,))
    return True


def _reflexive(phrases: Phrases, m: FrameMatch, role: Role, source: str | None) -> Iterator[Reading]:
    """The reading of a reflexive victim ("blew himself up", "took his own life"): the
    subject of its verb, the attacker: one perpetrator, or as many as the figure of a
    subject group ("two bombers blew themselves up"; none for a group of no figure). The
    party: the subject's words, or for a pronoun the last attacker named before it; its
    kind: a perpetrator, but for a death others caused the kind of the subject's words
    when they name one ("a soldier killed two rebels before he was killed himself")."""
    chunks = phrases.chunks
    units = chunks.classes.units
    core = chunks.chunks[phrases.phrases[m.victim].core]
    many = any(" ".join(units[k].text.split()) in _SELVES for k in range(core.first, core.end))
    subject = _own_subject(phrases, m)
    victim = None
    if subject >= 0 and phrases.string[subject] in "FNY":
        victim = _victim(chunks, phrases.phrases[subject].core, (), obj=True)
    if many and (victim is None or chunks.chunks[phrases.phrases[subject].core].figure < 0):
        return
    count = victim.count if many and victim is not None else Count(1)
    party = victim.party if victim is not None else _attacker_before(phrases, m.start)
    kind = party_kind(party or "") if m.frame in _EMPHATIC else PartyKind.UNKNOWN
    if kind is PartyKind.UNKNOWN:
        kind = PartyKind.PERPETRATOR
    span = (units[core.first].start, units[core.end - 1].end)
    yield _reading(chunks, m, role, source, count, party, kind, span)


def _own_subject(phrases: Phrases, m: FrameMatch) -> int:
    """The phrase of the subject of reflexive match ``m`` (:func:`_subject`), -1 when none;
    for "he" or "she" the subject before it, when there is one ("a gunman killed two guards
    before he turned the gun on himself": the gunman)."""
    subject = _subject(phrases, m.start, m.victim)
    if subject >= 0 and phrases.string[subject] == "p" and (named := _subject(phrases, subject, -1)) >= 0:
        return named
    return subject


def _subject(phrases: Phrases, before: int, reflexive: int) -> int:
    """The phrase of the subject of a clause whose verb is at phrase ``before``, -1 when
    none: the nearest group of people (or "he", "she", "they") before it in its sentence
    that a verb group, an adverb or a relative follows ("a gunman killed four people
    before turning the gun on himself": the gunman), or the ``reflexive`` phrase does ("the
    gunman himself was killed")."""
    string, chunks = phrases.string, phrases.chunks
    units = chunks.classes.units
    start = string.rfind(".", 0, before) + 1
    for k in range(before - 1, start - 1, -1):
        code, after = string[k], string[k + 1]
        if code not in "FNYp" or not (after in _AFTER_SUBJECT or k + 1 == reflexive):
            continue
        if after == "R" and units[chunks.chunks[phrases.phrases[k + 1].core].first].text not in er.RELATIVE_PEOPLE:
            continue  # "seventeen people -- when she blew herself up": no subject of "when"
        if code != "p" or units[chunks.chunks[phrases.phrases[k].core].first].text in _SUBJECT_PRONOUNS:
            return k
    return -1


def _attacker_before(phrases: Phrases, k: int) -> str | None:
    """The party words of the last attacker named before phrase ``k`` ("the gunman" before
    "he killed himself"), None when none is."""
    chunks = phrases.chunks
    for j in range(k - 1, -1, -1):
        if phrases.string[j] in "FN":
            victim = _victim(chunks, phrases.phrases[j].core, (), obj=True)
            if victim is not None and victim.party and party_kind(victim.party) is PartyKind.PERPETRATOR:
                return victim.party
    return None


def _held_group(phrases: Phrases, m: FrameMatch) -> int:
    """The chunk a relative clause of match ``m`` is about when a group of people is
    attached last to its phrase: the nearest group ("the names of 12 miners who died",
    "the rubble for 15 people who remain missing", "the family of a man who died"); -1
    when the phrase's own core is that group."""
    if m.frame not in _RELATIVE:
        return -1
    p, chunks = phrases.phrases[m.victim], phrases.chunks
    last = p.conjuncts[-1] if p.conjuncts else None
    if last is None or not last.attachments:
        return -1
    held = last.attachments[-1].end - 1
    group = chunks.chunks[held]
    return held if group.code in "FN" and "person" in group.features else -1


def _what_party(phrases: Phrases, m: FrameMatch) -> str | None:
    """The party words of the ``what`` phrase of match ``m`` ("children"), None without one."""
    if m.what < 0 or phrases.string[m.what] not in "FN":
        return None
    chunks = phrases.chunks
    return _group_words(chunks, chunks.chunks[phrases.phrases[m.what].core])


def _apposed_party(phrases: Phrases, m: FrameMatch) -> str | None:
    """The party words of the ``what`` phrase of match ``m`` that describes a named
    victim ("Ali Musa, [a farmer], was killed": "farmer"), None without one."""
    if m.what < 0 or phrases.string[m.what] not in "FN":
        return None
    victim = _victim(phrases.chunks, phrases.phrases[m.what].core, ())
    return None if victim is None else victim.party


def _pronoun(
    phrases: Phrases, core: int, m: FrameMatch, role: Role, source: str | None, them: Statement | None
) -> Iterator[Reading]:
    """The reading of a pronoun victim: "him" / "her" is one person, "them" the group
    it points back to (``them``, whose party it takes); none after a bare "shot" ("police shot him": a
    shooting, maybe no death) unless the pronoun splits a group."""
    if them is None and _shot(phrases, m):
        return
    chunks = phrases.chunks
    unit = chunks.classes.units[chunks.chunks[core].first]
    if them is not None and (unit.text == "them" or (unit.text in _ONE_PRONOUNS and them.count == Count(1))):
        count, party, kind = them.count, them.party, them.party_kind
    elif unit.text in _ONE_PRONOUNS:  # "another": one more of the group before it, when one is known
        like = them if unit.text == "another" else None
        count, party, kind = Count(1), like.party if like else None, like.party_kind if like else PartyKind.UNKNOWN
    else:
        return
    yield _reading(chunks, m, role, source, count, party, kind, (unit.start, unit.end))


def _antecedent(phrases: Phrases, m: FrameMatch, claimed: dict[int, Outcome]) -> int:
    """The victim phrase a "them" of match ``m`` points back to, -1 when none: the last
    figure group of people before it in its sentence that no frame claimed, or one that
    a frame claimed for a fate before harm (``claimed``: victim phrase -> outcome):
    "targeted two guards, killing them", "abducted five traders and killed them" (five
    abducted, five killed); not "four were wounded ... gunning them down"."""
    p = phrases.phrases[m.victim]
    units = phrases.chunks.classes.units
    if p.code != "p" or units[phrases.chunks.chunks[p.core].first].text != "them" or _shot(phrases, m):
        return -1
    string = phrases.string
    start = string.rfind(".", 0, m.start) + 1
    k = max(string.rfind("F", start, m.start), string.rfind("M", start, m.start))
    return k if k >= 0 and claimed.get(k) not in _HARM and m.outcome is not claimed.get(k) else -1


def _group(phrases: Phrases, matches: Sequence[FrameMatch], k: int) -> int:
    """The match of the group that match ``k`` splits, -1 when it splits none: "shot
    (or stabbed) five people, killing two (and wounding one)", where the -ing clauses
    count members of the group shot ("two", "one of them", "him", "them")."""
    if not _is_part(phrases, matches[k]):
        return -1
    j = k - 1
    while j >= 0 and _is_part(phrases, matches[j]) and _gap(phrases, matches[j].end, matches[j + 1].start, "C,"):
        j -= 1
    if j < 0 or not _gap(phrases, matches[j].end, matches[j + 1].start, ","):
        return -1
    return j if matches[j].outcome is Outcome.INJURED or _shot(phrases, matches[j]) else -1


def _with_shot_groups(phrases: Phrases, matches: Sequence[FrameMatch]) -> list[FrameMatch]:
    """``matches`` with a group shot before the -ing clauses that split it: "shot"
    before its object states no outcome (L2 makes it a linking group), but "shot five
    people, killing two" names a group whose rest is wounded (:func:`_split`)."""
    out: list[FrameMatch] = []
    string, chunks = phrases.string, phrases.chunks
    for m in matches:
        f = string.rfind("F", 0, m.start)
        if (
            f >= 1
            and _is_part(phrases, m)
            and (not out or out[-1].end <= f - 1)
            and string[f - 1] == "K"
            and _gap(phrases, f + 1, m.start, ",")
        ):
            verb = chunks.chunks[phrases.phrases[f - 1].core]
            if verb.head >= 0 and chunks.classes.units[verb.head].text in er.SHOOTING_VERBS:
                out.append(FrameMatch("shot_group", f, Outcome.INJURED, "figure", f - 1, f + 1))
        out.append(m)
    return out


def _is_part(phrases: Phrases, m: FrameMatch) -> bool:
    """An -ing clause whose victim counts members of a group named before it."""
    if phrases.string[m.start] != "G":
        return False
    p = phrases.phrases[m.victim]
    core = phrases.chunks.chunks[p.core]
    if p.code in "MpD":
        return True
    units = phrases.chunks.classes.units
    headless = "headless" in core.features or (core.head >= 0 and units[core.head].text in _OTHERS)
    # "killing one and injuring the other": "the other" is the rest of the group too
    return p.code in "FN" and headless and len(p.conjuncts) == 1


def _gap(phrases: Phrases, a: int, b: int, separators: str) -> bool:
    """Whether phrases ``[a, b)`` hold only attached phrases and one of ``separators``."""
    gap = phrases.string[a:b]
    return 0 < b - a <= 4 and all(c in _GAP for c in gap) and any(c in gap for c in separators)


def _shot(phrases: Phrases, m: FrameMatch) -> bool:
    """Whether the verb of match ``m`` is a bare "shot" or "shooting" (not "shot dead")."""
    for p in phrases.phrases[m.start : m.end]:
        c = phrases.chunks.chunks[p.core]
        if p.code in "AVUG" and c.head >= 0 and phrases.chunks.classes.units[c.head].text in en.SHOT:
            return True
    return False


def _total(readings: Sequence[Reading]) -> Count | None:
    """The count of a group's one reading, None when it has not exactly one."""
    return readings[0].statement.count if len(readings) == 1 else None


def _split(group: Sequence[Reading], parts: Sequence[Reading]) -> list[Reading]:
    """The readings of a group shot, after the -ing clauses that split it: the rest of
    the group is wounded ("shot five people, killing two": three); nothing when the
    parts leave no rest, name the wounded themselves or are not exact."""
    total = _total(group)
    counts = [r.statement.count for r in parts]
    if total is None or not total.is_exact or not all(c.is_exact for c in counts):
        return []
    rest = total.low - sum(c.low for c in counts)
    if rest <= 0 or any(r.statement.outcome is not Outcome.KILLED for r in parts):
        return []
    s = group[0].statement
    return [Reading(replace(s, count=Count(rest), outcome=Outcome.INJURED), group[0].frame)]


def _colon_parts(string: str, matches: Sequence[FrameMatch], readings: list[list[Reading]], k: int) -> None:
    """The figures after a colon (or comma, semicolon) that add up exactly to the total
    before it, in its sentence, are its parts ("17 villagers were killed: 14 were
    executed while 3 died of their wounds")."""
    figures = [r.statement for r in readings[k] if r.statement.role is Role.FIGURE]
    if len(figures) != 1 or not figures[0].count.is_exact or k + 1 >= len(matches):
        return  # one total (its own parts aside: "17 people including two minors")
    total = figures[0]
    found = _SEPARATOR.search(string, matches[k].end)
    if found is None or found[0] == "." or matches[k + 1].start < found.end():
        return  # no separator in the sentence, or another figure before it
    stop = string.find(".", found.end())
    if stop < 0:
        stop = len(string)
    after = []  # the matches of the sentence after the separator (their victims come in order)
    for j in range(k + 1, len(matches)):
        if matches[j].victim >= stop:
            break
        if matches[j].end <= stop:
            after.append(j)
    parts = [r.statement for j in after for r in readings[j]]
    if len(parts) < 2 or any(s.outcome != total.outcome or not s.count.is_exact for s in parts):
        return
    if sum(s.count.low for s in parts) == total.count.low:
        for j in after:
            readings[j] = [Reading(replace(r.statement, role=Role.PART), r.frame) for r in readings[j]]


def _comitative(phrases: Phrases, m: FrameMatch, taken: set[int]) -> Iterator[int]:
    """The victim phrases that an "along with" after the verb of match ``m`` adds to its
    victims ("the chief was killed along with four elders")."""
    string, k = phrases.string, m.end
    if not 0 < k < len(string) or string[m.end - 1] not in "VUi":
        return
    while k + 1 < len(string) and string[k] in "Pt" and string[k + 1] in "YNEQnfF":
        if _place_with_company(phrases, k + 1):
            if k + 1 not in taken:
                yield k + 1  # "was shot at [his home along with his wife]": the wife
            return
        if string[k + 1] == "F":
            return
        k += 2  # "was killed in Kanda along with ..."
    if k + 1 >= len(string) or string[k] != "C" or string[k + 1] not in "FN" or k + 1 in taken:
        return
    c = phrases.chunks.chunks[phrases.phrases[k].core]
    if phrases.chunks.classes.units[c.first].text in _COMITATIVE:
        yield k + 1


def _place_with_company(phrases: Phrases, k: int) -> bool:
    """Whether victim phrase ``k`` is a place coordinated by "along with" to people
    ("at his home along with his wife"): its first conjunct a thing, the second a person."""
    p = phrases.phrases[k]
    if p.code not in "FN" or len(p.conjuncts) < 2 or not p.conjuncts[0].thing or p.conjuncts[1].thing:
        return False
    chunks = phrases.chunks
    link = chunks.chunks[p.conjuncts[1].core - 1]
    return link.code == "C" and chunks.classes.units[link.first].text in _COMITATIVE


def _one(
    chunks: Chunks,
    core: int,
    attachments: tuple[Attachment, ...],
    m: FrameMatch,
    role: Role,
    source: str | None,
    shared: str | None,
    person: bool = False,
) -> Iterator[Reading]:
    """The reading of one core chunk (none when it counts no one); ``shared``: the party
    of the conjunct before it (a singular noun the lexicon does not know, coordinated
    with a person, is one person too: "the driver and the conductor"); ``person``: the
    verb takes only people (:func:`_person_verb`)."""
    bare = m.frame in _OBJECT_FRAMES and m.outcome in _HARM and role is not Role.PART
    obj = (bare or person) and role is not Role.PART
    victim = _victim(chunks, core, attachments, obj or shared is not None, bare)
    if victim is None:
        return
    party = victim.party or shared
    yield _reading(chunks, m, role, source, victim.count, party, party_kind(party or ""), (victim.start, victim.end))


def _persons(phrases: Phrases, p: Phrase, verb_person: bool) -> list[bool]:
    """Whether each conjunct of victim phrase ``p`` is a person whatever its noun: the one
    conjunct of a verb only people undergo (``verb_person``), or a conjunct that a "his" /
    "her" opening the next one refers back to ("the headmaster and his son")."""
    chunks = phrases.chunks
    opens = [chunks.classes.units[chunks.chunks[c.core].first].text for c in p.conjuncts]
    alone = len(opens) == 1 and verb_person
    return [alone or (k + 1 < len(opens) and opens[k + 1] in _REFERS_BACK) for k in range(len(opens))]


def _shared_one(phrases: Phrases, p: Phrase) -> list[bool]:
    """Whether each conjunct of victim phrase ``p`` is a bare singular person noun that
    shares the one-person determiner of the conjunct before it ("his mother, sister and
    infant nephew": three people; "a man and woman": two)."""
    chunks = phrases.chunks
    units = chunks.classes.units
    shared, out = False, []
    for conjunct in p.conjuncts:
        c = chunks.chunks[conjunct.core]
        bare = (
            shared
            and c.code == "N"
            and units[c.first].code != "D"
            and "person" in c.features
            and c.head == c.end - 1
            and not _plural(units[c.head].text)
            and units[c.head].text not in _COLLECTIVE
        )
        out.append(bare)
        shared = bare or c.code == "N" and units[c.first].text in _SHARED_ONE and c.end - c.first > 1
    return out


def _bare_one(chunks: Chunks, core: int, m: FrameMatch, role: Role, source: str | None) -> Reading:
    """The reading of a bare person noun that shares the determiner before it: one person,
    its words the party."""
    units = chunks.classes.units
    c = chunks.chunks[core]
    span = (units[c.first].start, units[c.end - 1].end)
    party = " ".join(chunks.classes.text[span[0] : span[1]].split())
    return _reading(chunks, m, role, source, Count(1), party, party_kind(party), span)


def _joined(chunks: Chunks, a: Reading, b: Reading) -> Reading:
    """Reading ``a`` with the one person of bare noun reading ``b`` added: one group under
    one determiner, its party the words after the determiner ("his wife and daughter": 2,
    "wife and daughter")."""
    first, second = a.statement, b.statement
    span = (first.span[0], second.span[1])
    words = " ".join(chunks.classes.text[span[0] : span[1]].split())
    head, _, rest = words.partition(" ")
    party = rest if head.lower() in _SHARED_ONE and rest else words
    count = Count(first.count.low + 1) if first.count.is_exact else first.count + Count(1)
    statement = replace(first, count=count, party=party, party_kind=party_kind(party), span=span, text=words)
    return Reading(statement, a.frame)


def _person_verb(phrases: Phrases, m: FrameMatch) -> bool:
    """Whether the verb of subject frame ``m`` is one that only people undergo ("was
    killed", "died", "was wounded"; not "was shot", "was hit"): its subject is a person."""
    if m.frame not in _SUBJECT_FRAMES or m.outcome not in _HARM:
        return False
    chunks = phrases.chunks
    verb = chunks.chunks[phrases.phrases[m.end - 1].core]
    return m.outcome is Outcome.KILLED or (verb.head >= 0 and chunks.classes.units[verb.head].text in _HURT)


def _reading(
    chunks: Chunks,
    m: FrameMatch,
    role: Role,
    source: str | None,
    count: Count,
    party: str | None,
    kind: PartyKind,
    span: tuple[int, int],
) -> Reading:
    """The reading of one victim of match ``m``: its statement before the document's
    passes (no period, location or running total yet) and the frame's name. An attacker
    captured is held by the authorities, not abducted ("the suspect was captured")."""
    outcome = m.outcome
    if outcome is Outcome.ABDUCTED and kind is PartyKind.PERPETRATOR:
        outcome = Outcome.DETAINED
    statement = Statement(
        count=count,
        outcome=outcome,
        party=party,
        party_kind=kind,
        source=source,
        period=None,
        cumulative=False,
        location=None,
        span=span,
        text=chunks.classes.text[span[0] : span[1]],
        role=role,
    )
    return Reading(statement, m.frame)


def _victim(
    chunks: Chunks, core: int, attachments: tuple[Attachment, ...], obj: bool = False, bare: bool = False
) -> _Victim | None:
    """The count, party words and span of core chunk ``core``; None when it counts no one
    (``obj``: the chunk is the object of an outcome verb, or a person by its context;
    ``bare``: it is the object of an outcome verb, where a bare person noun is one person)."""
    units, text = chunks.classes.units, chunks.classes.text
    c = chunks.chunks[core]
    named = _named(chunks, core) or _group_of(chunks, core, attachments)
    if named is not None:
        return named
    last = c.end - 1
    if c.code == "Y":  # one name word: one person where the verb or a "his" says it is one
        one = obj and c.end - c.first == 1 and not _plural(units[c.first].text)
        return _Victim(Count(1), None, units[c.first].start, units[last].end) if one else None
    if c.figure >= 0:
        figure = units[c.figure].figure
        if figure is None:
            return None
        first_word = c.figure + 1
        # an ordinal after "a" counts one more ("a second body")
        start, count = units[c.figure].start, figure.count if not figure.ordinal else Count(1)
    elif _both(units, c):
        first_word = c.first + 1
        start, count = units[c.first].start, Count(2)
    else:
        if not _one_person(units, c, obj, bare):
            return None
        first_word = c.first + (c.end - c.first > 1)  # a bare noun is its own party word
        start, count = units[c.first].start, Count(1)
    if c.head >= 0 and units[c.head].code == "O":
        last = c.head - 1  # "3 dead", "12 deaths": no party words
        if last >= first_word and units[last].text in er.REPORTED_PARTICIPLES:
            last -= 1  # "1 reported missing"
    words = first_word <= last
    party = " ".join(text[units[first_word].start : units[last].end].split()) if words else None
    end = units[last].end if words else units[first_word - 1].end
    if attachments and attachments[0].kind == "of":
        party = party or _group_words(chunks, chunks.chunks[attachments[0].end - 1])
    return _Victim(count, party or None, start, end)


def _named(chunks: Chunks, core: int) -> _Victim | None:
    """One named person: a name of two words or more ("Ana Ruiz", "Mr Ota"), its title
    before it as its party ("land activist Pedro Alvarez"); and a bare figure set off by
    commas after a name is the person's age ("Ricardo Lopez, 44, died": one, not 44)."""
    items, units, text = chunks.chunks, chunks.classes.units, chunks.classes.text
    string = chunks.string
    c = items[core]
    if c.code == "F" and "headless" in c.features and core >= 2 and string[core - 2 : core + 2] == "Y,F,":
        core -= 2  # the name before ", 44,"
        c = items[core]
    if c.code != "Y" or c.end - c.first < 2 and not _surname(chunks, core):
        return None
    party: str | None = None
    if core > 0 and string[core - 1] == "N" and items[core - 1].figure < 0:
        title = items[core - 1]
        party = " ".join(text[units[title.first].start : units[title.end - 1].end].split())
    return _Victim(Count(1), party, units[c.first].start, units[c.end - 1].end)


def _surname(chunks: Chunks, core: int) -> bool:
    """Whether the one-word name ``core`` is the last word of a person named before it
    ("Ali Musa was shot. Musa died": the same person)."""
    units = chunks.classes.units
    word = units[chunks.chunks[core].first].text
    return any(c.code == "Y" and c.end - c.first >= 2 and units[c.end - 1].text == word for c in chunks.chunks[:core])


def _group_of(chunks: Chunks, core: int, attachments: tuple[Attachment, ...]) -> _Victim | None:
    """A group noun that the figure of its "of" group counts ("a family of five", "a team
    of six engineers": 5 and 6, not one); its party: the members' words, else the group's."""
    units, text = chunks.classes.units, chunks.classes.text
    c = chunks.chunks[core]
    if c.figure >= 0 or c.head < 0 or units[c.head].text not in _GROUP_HEADS:
        return None
    if not attachments or attachments[0].kind != "of" or attachments[0].end - attachments[0].first != 2:
        return None
    group = chunks.chunks[attachments[0].end - 1]
    figure = units[group.figure].figure if group.code == "F" and group.figure >= 0 else None
    if figure is None:
        return None
    party = _group_words(chunks, group) or " ".join(text[units[c.first + 1].start : units[c.end - 1].end].split())
    return _Victim(figure.count, party or None, units[c.first].start, units[group.end - 1].end)


def _one_person(units: Sequence[Unit], c: Chunk, obj: bool = False, bare: bool = False) -> bool:
    """Whether noun group ``c`` without figure names one person: "a mayor", "his
    driver", and after "the" / "this" or a possessor a singular person noun that is no
    collective ("the mayor", "Ravi's father", not "the police", "the family" or "the third
    reporter"); as the object of an
    outcome verb (``obj``) also a singular noun the lexicon does not know ("killed the
    principal": what such a verb takes is a person), and as its direct object (``bare``)
    a bare person noun ("killed wife and neighbor")."""
    first = c.first
    if units[first].text in _PREDETERMINERS and c.end - first > 2 and units[first + 1].code == "D":
        first += 1  # "both the village chief and his wife"
    det, last = units[first].text, units[c.end - 1].text
    if _plural(last):
        return False
    if units[first].code == "d" and det.endswith("-old") and "person" in c.features and c.head == c.end - 1:
        return units[c.head].text not in _COLLECTIVE  # "killed 14-year-old girl"
    if c.end - first < 2:  # a bare noun: a headline's subject, or an outcome verb's object
        return _headline_one(units, c) or bare and _bare_person(units, c)
    if det in _ONE:
        return True
    unknown = obj and "other" in c.features and units[c.end - 1].code == "w" and last not in _NOT_ONE
    owned = any(units[k].code == "'" for k in range(c.first, c.end))  # "Ravi Das's father"
    if not (det in _THE_ONE or owned) or not ("person" in c.features or unknown) or c.head < 0:
        return False
    head = units[c.head].text
    return head == last and head not in _COLLECTIVE and units[first + 1].text not in en.ORDINALS


def _bare_person(units: Sequence[Unit], c: Chunk) -> bool:
    """Whether noun group ``c`` is one singular person noun without article, as notes and
    headlines write the object of an outcome verb ("killed wife, two kids and neighbor")."""
    return c.head == c.first and "person" in c.features and units[c.head].text not in _COLLECTIVE


def _both(units: Sequence[Unit], c: Chunk) -> bool:
    """Whether noun group ``c`` is "both" and plural persons: two ("both attackers")."""
    return (
        c.end - c.first >= 2
        and units[c.first].text == "both"
        and "person" in c.features
        and _plural(units[c.end - 1].text)
    )


def _headline_one(units: Sequence[Unit], c: Chunk) -> bool:
    """Whether noun group ``c`` is a bare singular person noun that opens its sentence, as
    a headline writes one person without article ("Soldier killed in Kano blast"); not a
    collective ("Police said ...")."""
    opens = c.first == 0 or units[c.first - 1].code == "."
    return opens and c.head == c.first and "person" in c.features and units[c.head].text not in _COLLECTIVE


def _plural(word: str) -> bool:
    """A plural noun by its form ("villagers", "gunmen", "children", "police")."""
    return word.endswith("s") and not word.endswith("ss") or word.endswith("men") or word in _PLURALS


def _group_words(chunks: Chunks, c: Chunk) -> str | None:
    """The party words of a group in a partitive ("None of [the 40 hostages]")."""
    if c.code not in "FN" or c.head < 0:
        return None
    units, text = chunks.classes.units, chunks.classes.text
    first = c.figure + 1 if c.figure >= 0 else c.first
    if first < c.head and units[first].text in _PREDETERMINERS:  # "all civilians": civilians
        first += 1
    return " ".join(text[units[first].start : units[c.end - 1].end].split()) or None


@functools.lru_cache(maxsize=4096)
def party_kind(words: str) -> PartyKind:
    """The kind of party that victim words name, by their last party noun.

    A state modifier ("government", "army") makes fighters, members, officials and the
    like state forces. (A pure function of the words, kept for the party words that come
    again and again: "civilians", "people".)

    Examples
    --------
    >>> [party_kind(w).value for w in ("nine villagers", "Turkish soldiers", "government fighters")]
    ['civilian', 'state_forces', 'state_forces']
    >>> party_kind("cows"), party_kind("a 15-year-old")
    (<PartyKind.UNKNOWN: 'unknown'>, <PartyKind.CIVILIAN: 'civilian'>)
    """
    lowered = words.lower().split()
    heads = [w for w in lowered if w in en.PARTY_NOUNS]
    if not heads:
        # a person named by an age alone ("a 15-year-old") is a civilian
        return PartyKind.CIVILIAN if lowered and lowered[-1].endswith("-old") else PartyKind.UNKNOWN
    head = heads[-1]
    kind = PartyKind(en.PARTY_NOUNS[head])
    if kind in _SERVING and any(w in en.FORMER_MODIFIERS for w in lowered[: lowered.index(head)]):
        return PartyKind.CIVILIAN  # "a retired police officer" serves no more
    state = bool(set(lowered) & en.STATE_MODIFIERS)
    if state and (head in _STATE_HEADS_ALWAYS or (head in _STATE_HEADS and kind in ("unknown", "armed_group"))):
        return PartyKind.STATE_FORCES
    return kind
