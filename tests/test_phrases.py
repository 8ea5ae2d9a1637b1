"""phrases.py (L3 of the cascade) and its rules (the L3 section of lexicon/en_rules.py).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualties.chunks import Chunk, Chunks, chunk
from casualties.debug import explain
from casualties.frames import frames
from casualties.grammar import compile_pattern
from casualties.lexicon import en_rules as er
from casualties.phrases import Phrase, Phrases, phrase, render
from casualties.wordclass import Classes, Unit, classify


def _read(text: str) -> Phrases:
    return phrase(chunk(classify(text)))


# -- the golden table: sentence -> nested brackets -----------------------------------------
GOLDEN = [
    ("At least 11 civilians were killed, police said.", "[F At least 11 civilians] were killed , [N police] said ."),
    (
        "Gunmen killed nine villagers in Kanda as well as two in Biru, police said.",
        "[N Gunmen] killed [F nine villagers {in Kanda} & two {in Biru}] , [N police] said .",
    ),
    (
        "Eight displaced Syrians, including four children, were killed by border guards.",
        "[F Eight displaced Syrians (, including [four children])] were killed by [N border guards] .",
    ),
    (
        "14 civilians, have been killed in two days of fighting.",
        "[F 14 civilians] , have been killed in [f two days~] of fighting .",
    ),
    (
        "Five people, two traders and a driver, were killed on Friday.",
        "[F Five people (, [two traders] and [a driver])] were killed on Friday .",
    ),
    (
        "As many as 25 people, majority of them vendors, were killed and 65 others injured.",
        "[F As many as 25 people (, majority of them vendors)] were killed and [F 65 others] injured .",
    ),
    ("Twenty herdsmen and 83 cows were killed.", "[F Twenty herdsmen & 83 cows~] were killed ."),
    ("A mayor and his secretary were killed.", "[N A mayor & his secretary] were killed ."),
    ("Nine people on board were injured.", "[F Nine people {on board}] were injured ."),  # a bare word after "on"
    (  # the apposition of a part is no conjunct of the subject of the next clause
        "Two men were killed, one of them a guard, and 9 were hurt.",
        "[F Two men] were killed , [M one {of them}] [N a guard] , and [F 9] were hurt .",
    ),
    ("All 62 passengers and crew on board were killed.", "[F All 62 passengers & crew {on board}] were killed ."),
    ("None of the 40 hostages was hurt.", "[Z None {of the 40 hostages}] was hurt ."),
    ("No one was hurt.", "[Z No one] was hurt ."),
    (
        "Five policemen escorting a bus have been killed.",
        "[F Five policemen (escorting a bus)] have been killed .",
    ),
    (
        "Three lawyers handling land reform cases were shot dead.",
        "[F Three lawyers (handling land reform cases)] were shot dead .",
    ),
    ("23 dead, 12 wounded including a cleric.", "[H 23 dead] , [F 12] wounded including [N a cleric] ."),
    ("Nine people, most of them children, died.", "[F Nine people (, most of them children)] died ."),
    (
        "Five soldiers (two of them officers) were killed.",
        "[F Five soldiers (( [two] of them officers ))] were killed .",
    ),
    (
        "Three people - two women and a child - were killed.",
        "[F Three people (- [two women] and [a child] -)] were killed .",
    ),
    (
        "Twelve pilgrims, who were travelling to Kano, were killed.",
        "[F Twelve pilgrims (, who were travelling to Kano)] were killed .",
    ),
    # a present participle phrase up to the verb of its subject, a name inside it
    (
        "Two nurses working at a clinic owned by the Tala Relief Agency were shot dead.",
        "[F Two nurses (working at a clinic owned by the Tala Relief Agency)] were shot dead .",
    ),
    # a name between commas after a figure group and its "of" group
    (
        "Two sons of the Tala police chief, Colonel Ben Ota, were abducted.",
        "[F Two sons {of the Tala police chief} (, [Colonel] Ben Ota ,)] were abducted .",
    ),
    # a member that is a title and its name ("commander Ali Musa")
    (
        "Three rebels, including commander Ali Musa, were killed.",
        "[F Three rebels (, including [commander] Ali Musa)] were killed .",
    ),
    ("Three soldiers, two policemen and a civilian died.", "[F Three soldiers & two policemen & a civilian] died ."),
    (
        "Gunmen killed 12 people, including two women and a child.",
        "[N Gunmen] killed [F 12 people (, including [two women] and [a child])] .",
    ),
    ("An explosion hit a bus, killing 12 people.", "An explosion hit [n a bus~] , killing [F 12 people] ."),
    ("The blast left 3 dead.", "The blast left [H 3 dead] ."),
    ("The death toll rose to 50.", "The death toll rose to [F 50] ."),
    ("Nine were among the dead.", "[F Nine] were among the dead ."),
    (
        "Five people were killed and two of them were children.",
        "[F Five people] were killed and [M two {of them}] were [N children] .",
    ),
    (
        "Gunmen killed nine villagers in Kanda on Friday.",
        "[N Gunmen] killed [F nine villagers {in Kanda} {on Friday}] .",
    ),
    ("Rebels killed four soldiers near the border.", "[N Rebels] killed [F four soldiers {near the border}] ."),
    ("Three soldiers died on Sunday.", "[F Three soldiers] died on Sunday ."),
    ("There were 12 deaths.", "There were [H 12 deaths] ."),
    (
        "Militants have killed 12 soldiers and two policemen.",
        "[N Militants] have killed [F 12 soldiers & two policemen] .",
    ),
    ("Two children, aged 4 and 6, were injured.", "[F Two children (, aged 4 and 6)] were injured ."),
    ("Seven miners (all from Kano) died.", "[F Seven miners (( all from Kano ))] died ."),
    (
        "Gunmen abducted 30 students and two teachers on Monday.",
        "[N Gunmen] abducted [F 30 students & two teachers {on Monday}] .",
    ),
    ("Six people, all civilians, died.", "[F Six people (, [all civilians])] died ."),
    # a figure with an outcome head is a verbless clause of its own, never a conjunct
    (
        "One dead and four injured when a bus overturned.",
        "[H One dead] and [F four] injured when [n a bus~] overturned .",
    ),
    ("The clash left 4 dead and 17 injured.", "The clash left [H 4 dead] and [F 17] injured ."),
    ("The storm caused 12 deaths and 40 injuries.", "The storm caused [H 12 deaths] and [H 40 injuries] ."),
    # an aside without commas: "including" right after the group
    (
        "Six traders including two women were killed and 9 injured.",
        "[F Six traders (including [two women])] were killed and [F 9] injured .",
    ),
    (
        "Nine traders - including two women and a boy - were killed.",
        "[F Nine traders (- including [two women] and [a boy] -)] were killed .",
    ),
    # coordination stops at a conjunct that opens its own clause (after a verb only)
    (
        "Gunmen killed nine villagers and 3 soldiers died.",
        "[N Gunmen] killed [F nine villagers] and [F 3 soldiers] died .",
    ),
    (
        "Gunmen killed 12 villagers and three soldiers died.",
        "[N Gunmen] killed [F 12 villagers] and [F three soldiers] died .",
    ),
    (
        "Gunmen killed nine villagers on Friday and 3 soldiers in Kanda were wounded.",
        "[N Gunmen] killed [F nine villagers {on Friday}] and [F 3 soldiers {in Kanda}] were wounded .",
    ),
    (
        "Rebels killed six farmers and wounded 14 others.",
        "[N Rebels] killed [F six farmers] and wounded [F 14 others] .",
    ),
    ("Gunmen killed two soldiers and a civilian.", "[N Gunmen] killed [F two soldiers & a civilian] ."),
    (
        "Two soldiers were killed and five others were wounded.",
        "[F Two soldiers] were killed and [F five others] were wounded .",
    ),
    ("Police said nine villagers and 3 soldiers died.", "[N Police] said [F nine villagers & 3 soldiers] died ."),
    # an attachment "in the village of <name>", and a list with "and" twice
    (
        "Troops killed nine rebels in the town of Abo as well as four in the town of Ewe.",
        "[N Troops] killed [F nine rebels {in the town of Abo} & four {in the town of Ewe}] .",
    ),
    (
        "Shelling killed 14 rebels and bandits and six soldiers on Friday.",
        "Shelling killed [F 14 rebels & bandits & six soldiers {on Friday}] .",
    ),
    # a bare "including" list ends with "and" its last member: ", 14 were killed" opens a clause
    (
        "Rebels killed 17 herders including two boys, 14 were killed by gunfire.",
        "[N Rebels] killed [F 17 herders (including [two boys])] , [F 14] were killed by gunfire .",
    ),
    (
        "Rebels killed 17 herders including two boys, a man and a woman.",
        "[N Rebels] killed [F 17 herders (including [two boys] , [a man] and [a woman])] .",
    ),
    # an "of" group with a word after its name ("of Kandan origin")
    ("Six people of Kandan origin were killed.", "[F Six people {of Kandan origin}] were killed ."),
    # an aside led by an adverb ("mostly") holds no parts
    (
        "Some 40 people, mostly women and children, died.",
        "[F Some 40 people (, mostly women and children)] died .",
    ),
    (
        "Some 18 people, mostly cadets, died.",
        "[F Some 18 people (, mostly cadets)] died .",
    ),
    # an "of" group naming the group or organisation the victims belong to
    ("Two members of the Kanda Front were shot dead.", "[F Two members {of the Kanda Front}] were shot dead ."),
    (
        "Ali Musa, 35, an organiser of the KDP, was killed.",
        "Ali Musa , 35 , [N an organiser {of the KDP}] , was killed .",
    ),
    # lists closed by a second verb; a group of a place; a place inside a dash aside; possessives
    (
        "He killed a cashier, two shoppers and wounded a guard.",
        "He killed [N a cashier & two shoppers] and wounded [N a guard] .",
    ),
    (
        "Four residents of Olm and Vask, were reportedly killed.",
        "[F Four residents {of Olm and Vask}] , were reportedly killed .",
    ),
    (
        "Five pupils - two of them from one village - have been killed.",
        "[F Five pupils (- [two] of them from one village -)] have been killed .",
    ),
    (
        "A gunman killed the farmer's wife and two neighbours.",
        "[N A gunman] killed [N the farmer's wife & two neighbours] .",
    ),
    # a clause preposition before a group and its verb opens a clause: no attachment of the place
    (
        "Riots broke out in the town as six people were killed.",
        "Riots broke out in [n the town~] as [F six people] were killed .",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), GOLDEN)
def test_golden(sentence, expected):
    assert render(_read(sentence)) == expected


def test_phrase_values():
    p = _read("Five people, two traders and a driver, were killed on Friday.")
    victim = p.phrases[0]
    assert (victim.code, victim.rule, victim.first, victim.end) == ("F", "aside_apposition", 0, 6)
    assert victim.parts == (2, 4) and victim.asides == ((1, 5),)
    assert [c.core for c in victim.conjuncts] == [0]
    p = _read("Twenty herdsmen and 83 cows were killed.")
    assert [(c.core, c.thing) for c in p.phrases[0].conjuncts] == [(0, False), (2, True)]


def test_thing_first_takes_the_code_of_the_person_conjunct():
    assert _read("83 cows and twenty herdsmen were killed.").string == "FV."


def test_a_conjunct_with_its_own_verb_is_the_subject_of_its_clause_in_l4():
    p = _read("Gunmen killed nine villagers and 3 soldiers died.")
    assert [(m.frame, m.victim, m.outcome.value) for m in frames(p)] == [
        ("active", 2, "killed"),
        ("intransitive", 4, "killed"),
    ]


def test_the_phrase_list_is_a_sequence_of_every_phrase():
    p = _read("Gunmen killed nine villagers and 3 soldiers died. Aid arrived")
    items = list(p.phrases)
    assert len(items) == len(p.phrases) == len(p.string)
    assert [p.phrases[k] for k in range(-len(items), 0)] == items
    assert p.phrases[1:4] == tuple(items[1:4]) and p.phrases[::-1] == tuple(reversed(items))
    assert [x for x in items if x.rule] == list(p.phrases.victims)
    assert [k for k, x in enumerate(items) if x.rule] == list(p.phrases.at)
    for k, x in enumerate(items):
        assert x.code == p.string[k]
        if not x.rule:  # a chunk passed through: a phrase of its one chunk, with its chunk code
            c = p.chunks.chunks[x.first]
            assert x == Phrase(x.code, x.first, x.first + 1, x.first, (), (), (), "")
            assert x.code == ("i" if c.code == "A" and "intransitive" in c.features else c.code)
    with pytest.raises(IndexError):
        p.phrases[len(items)]
    assert p.phrases == _read("Gunmen killed nine villagers and 3 soldiers died. Aid arrived").phrases


# -- every rule's examples and counterexamples ---------------------------------------------
_EXAMPLES = [(r.rule.name, s) for r in er.PHRASE_RULES for s in r.rule.examples]
_COUNTEREXAMPLES = [(r.rule.name, s) for r in er.PHRASE_RULES for s in r.rule.counterexamples]


@pytest.mark.parametrize(("name", "sentence"), _EXAMPLES)
def test_every_rule_makes_a_phrase_in_its_examples(name, sentence):
    p = _read(sentence)
    assert name in {x.rule for x in p.phrases}, render(p)


@pytest.mark.parametrize(("name", "sentence"), _COUNTEREXAMPLES)
def test_no_rule_makes_a_phrase_in_its_counterexamples(name, sentence):
    p = _read(sentence)
    assert name not in {x.rule for x in p.phrases}, render(p)


def test_every_rule_starts_with_its_core():
    """The scanner tries the rules only at a LEAD chunk (phrases._compile)."""
    for r in er.PHRASE_RULES:
        assert re.match(r"\{core:(CORE|F|N|Y|\[FN\])\}", r.rule.pattern), r.rule.name
        assert set(r.not_next_after) <= set(er.CHUNK_ALPHABET)


def test_alphabet_covers_every_code():
    for rule in er.PHRASE_RULES:
        for sentence in rule.rule.examples + rule.rule.counterexamples:
            assert set(_read(sentence).string) <= set(er.PHRASE_ALPHABET)


# -- the selection: one scan in priority order == leftmost, longest, priority, rule order ----
_RULES = [
    (
        spec,
        compile_pattern(spec.rule.pattern, er.PHRASE_INPUT, macros=er.PHRASE_MACROS, slots=er.PHRASE_SLOTS).regex,
        compile_pattern(spec.not_next, er.PHRASE_INPUT, macros=er.PHRASE_MACROS).regex if spec.not_next else None,
        compile_pattern(spec.next, er.PHRASE_INPUT, macros=er.PHRASE_MACROS).regex if spec.next else None,
    )
    for spec in er.PHRASE_RULES
]


def _refused(
    spec: er.PhraseRule, ahead: re.Pattern[str] | None, string: str, m: re.Match[str], must: re.Pattern[str] | None
) -> bool:
    if must is not None and must.match(string, m.end()) is None:
        return True
    if spec.not_after and m.start() > 0 and string[m.start() - 1] in spec.not_after:
        return True
    if ahead is None or ahead.match(string, m.end()) is None:
        return False
    return not spec.not_next_after or (m.start() > 0 and string[m.start() - 1] in spec.not_next_after)


def _reference(string: str) -> list[tuple[int, int, str, tuple[int, int], tuple[int, int]]]:
    """The victim phrases the slow plain way: at each chunk, every rule's own match (refused
    by its condition as a whole), the longest, then the higher priority, then the first
    rule; (first, end, rule, aside span, of span)."""
    out, pos = [], 0
    while pos < len(string):
        best = None
        for order, (spec, regex, ahead, must) in enumerate(_RULES):
            m = regex.match(string, pos)
            if m is not None and not _refused(spec, ahead, string, m, must):
                key = (m.end(), spec.rule.priority, -order)
                best = max(best, (key, spec.rule.name, m), key=lambda b: b[0]) if best else (key, spec.rule.name, m)
        if best is None:
            pos += 1
            continue
        _, name, m = best
        spans = {g: m.span(g) for g in ("aside", "of") if g in m.re.groupindex and m.start(g) >= 0}
        out.append((pos, m.end(), name, spans.get("aside", (-1, -1)), spans.get("of", (-1, -1))))
        pos = m.end()
    return out


def _fast(string: str) -> list[tuple[int, int, str, tuple[int, int], tuple[int, int]]]:
    """What ``phrase`` makes of a chunk string (chunks of no features, one unit each)."""
    items = tuple(Chunk(code, k, k + 1, -1, None, frozenset(), -1, "") for k, code in enumerate(string))
    units = tuple(Unit(k, k + 1, "x", code, frozenset(), None) for k, code in enumerate(string))
    got = phrase(Chunks(Classes("", units, string, ()), items, string))  # words "x": no clause break
    out = []
    for x in got.phrases.victims:
        of = next(((a.first, a.end) for a in x.conjuncts[0].attachments if a.kind == "of"), (-1, -1))
        out.append((x.first, x.end, x.rule, x.asides[0] if x.asides else (-1, -1), of))
    return out


_CODES = "FNHopPtQYECI,RwJ()-dAGVSb."
_PIECES = [
    *_CODES,
    *(", I F", ", I F C N ,", "C F", ", F C F ,", "o p", "o F", "P N", "P F o E", "( F o p )", "- F C F -"),
    *(", R b w P Y ,", ", w d C d ,", ", w o p F ,", "F C F A", "A F C F A", "G F , F C N V", "F C F P N V"),
    *("N C F o N V", "A N C F o p A", ", I N o F ,", "F C N o F P Q", "F J N V", "N J P Y A F"),
    *("H C F V", "H C H", "F C H", "K H , F V", "H , I F"),
    *("F R b t N V", "N R V P E A", "F J w t N , V", "F w P N w U", "F R N V", "N w o w V"),
    *("F o Y V", "N o Y , I F ,", ", r N C N ,", "- r N , N -", "F o Y w V"),
    *("A N , F C A F", "G F , F , C G N", "A F , F o p C r V", "A F , N , C A N"),
]


def test_the_scan_is_the_longest_match_on_every_short_string():
    """Every chunk string of up to three chunks over the codes the rules read."""
    for n in (1, 2, 3):
        for codes in itertools.product(_CODES, repeat=n):
            string = "".join(codes)
            assert _fast(string) == _reference(string), string


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24))
def test_the_scan_is_the_longest_match(pieces):
    string = "".join(piece.replace(" ", "") for piece in pieces)
    assert _fast(string) == _reference(string), string


def test_the_scan_on_the_rules_own_sentences():
    for spec in er.PHRASE_RULES:
        for sentence in spec.rule.examples + spec.rule.counterexamples:
            string = chunk(classify(sentence)).string
            assert _fast(string) == _reference(string), sentence


# -- debug.explain: the L3 and L4 sections -------------------------------------------------
def test_explain_shows_phrases_frames_and_statements():
    lines = explain("Gunmen killed nine villagers and 3 soldiers died. The market reopened.").splitlines()
    assert "  L3 phrases NAFCFi." in lines
    assert "     [N Gunmen] killed [F nine villagers] and [F 3 soldiers] died ." in lines
    assert "     victim           [F 3 soldiers]" in lines
    assert "  L4 active: killed (figure), victim [F nine villagers], verb 'killed'" in lines
    assert "  L4 intransitive: killed (figure), victim [F 3 soldiers], verb 'died'" in lines
    assert "     9 killed civilian figure 'nine villagers'" in lines
    assert sum(line.startswith("  L3") for line in lines) == 1  # not for a sentence without trigger
    assert lines[-1] == "L2 chunks:       NAFCFA.~."


def test_explain_names_every_rule_that_fired():
    out = explain("Five people, two traders and a driver, were killed. A mayor and his secretary died.")
    assert "     aside_apposition [F Five people (, [two traders] and [a driver])]" in out.splitlines()
    assert "     coordination     [N A mayor & his secretary]" in out.splitlines()
    assert "     1 killed civilian part 'a driver'" in out.splitlines()


def test_explain_a_sentence_with_no_frame():
    lines = explain("In 2011 the injured fled.").splitlines()
    assert lines[-4:] == [
        "  L3 phrases PdOi.",
        "     In 2011 the injured fled .",
        "  L4 no frame",
        "L2 chunks:       PdOA.",
    ]


def test_explain_wraps_long_phrases():
    text = "Gunmen killed " + " and ".join(f"{n} villagers in Kanda" for n in range(2, 30)) + "."
    lines = explain(text).splitlines()
    assert max(len(line) for line in lines if line.startswith(("  L3", "  L4", "     "))) <= 5 + 96 + 40


# -- properties ------------------------------------------------------------------------------
_WORDS = [
    *("five", "people", "two", "of", "them", "killed", "were", "and", "including", "children", ","),
    *("(", ")", "-", "who", "in", "Kanda", "on", "Friday", "died", "cows", "none", "the", "."),
]


def _covers(p: Phrases) -> None:
    assert len(p.string) == len(p.phrases)
    assert [x.first for x in p.phrases] == [0, *[x.end for x in p.phrases[:-1]]][: len(p.phrases)]
    assert (p.phrases[-1].end if p.phrases else 0) == len(p.chunks.chunks)
    for x in p.phrases:
        assert x.first <= x.core < x.end
        assert all(x.first <= c.core < x.end for c in x.conjuncts)
        assert all(x.first <= k < x.end for k in x.parts)
        assert x.code in er.PHRASE_ALPHABET


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text):
    _covers(_read(text))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40))
def test_phrases_cover_every_chunk_once(words):
    _covers(_read(" ".join(words)))


@pytest.mark.slow
@pytest.mark.parametrize(
    "unit",
    [
        "Eight displaced Syrians, including four children, were killed by border guards. ",
        "Five people, two traders and a driver, were killed and 3 cows, 2 goats and 9 herdsmen died. ",
    ],
)
def test_linear_time(unit, growth):
    ratio = growth(lambda text: phrase(chunk(classify(text))), unit, size=60_000)
    assert ratio < 6
