"""wordclass.py (L1 of the cascade), its alphabet and lexicon (lexicon/en_classes.py), debug.explain.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from types import MappingProxyType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualties import Count
from casualties.debug import explain
from casualties.grammar import compile_pattern
from casualties.lexicon import en
from casualties.lexicon import en_classes as lx
from casualties.statements import Outcome
from casualties.wordclass import Classes, Unit, classify, classify_triggered, has_trigger, outcome_of

# -- the golden table: sentence -> class string ------------------------------------------
GOLDEN = [
    # passive, active, -ing
    ("At least 11 civilians were killed.", "FNbV."),
    ("Gunmen killed nine villagers on Monday.", "NVFNPQ."),
    ("Militants attacked the village, killing 12 people and wounding 30 others.", "NwDn,gFNCgFN."),
    ("Two people have died and 17 were hospitalised, a doctor told Reuters.", "FNhVCFbV,DNSY."),
    ("Rebels abducted 20 students who were later freed.", "NVFNRbrw."),
    ("Security forces arrested 45 suspects in Kano.", "NNVFNPY."),
    ("The earthquake killed more than 300 people and displaced 5,000.", "DeVFNCVF."),
    ("The flood displaced 2,000 families and killed 11.", "DeVFNCVF."),
    ("An explosion hit a bus in Kabul, killing at least nine.", "DekDnPY,gF."),
    ("A bomber blew himself up, killing six.", "DNVpP,gF."),  # "blew" before a pronoun: his own death
    # tolls
    ("The death toll rose to 50.", "DTktF."),
    ("The toll stood at 17, officials said.", "DTktF,NS."),
    ("Officials put the number of dead at 40.", "NkDnoOtF."),
    ("The army's death toll was not released.", "DN'TbXw."),
    # asides, appositions, coordination
    ("Eight displaced Syrians, including four children, were killed by border guards.", "FVN,IFN,bVPwN."),
    ("14 civilians, have been killed in two days of fighting.", "FN,hbVPFQoe."),
    ("Five people, two traders and a driver, were killed on Friday.", "FN,FNCDN,bVPQ."),
    ("Twenty herdsmen and 83 cows were killed.", "FNCFnbV."),
    ("As many as 25 people, majority of them vendors, were killed and 65 others injured.", "FN,wopN,bVCFNV."),
    ("Two women – a mother and her daughter – were killed.", "FN-DNCDN-bV."),
    ("Boko Haram fighters killed 30 villagers (mostly women) in Borno.", "YYNVFN(rN)PY."),
    ("Dozens of people were wounded as well as two journalists.", "FoNbVCFN."),
    ("Nine people were among the dead.", "FNbIDO."),
    # reporting
    ("Police said three soldiers died in the blast.", "NSFNVPDe."),
    ("Three soldiers died, according to the ministry.", "FNV,SDw."),
    ('"They killed everyone," a witness said.', '"pVp,"DNS.'),
    ("The U.S. military said it killed four militants.", "DYNSpVFN."),
    ("The body of a guard was found.", "DOoDNbk."),  # a person's body
    ("Pirates took 15 fishermen hostage.", "NwFNO."),  # a complement after its object
    ("A hostage was freed.", "DNbw."),
    ("A UN body said two guards died.", "DYwSFNV."),  # no person's
    ("One body was recovered from the river.", "FObwPDw."),
    ("His body was found in a ditch.", "DObkPDw."),  # one person's, before its verb
    ("A governing body was set up in May.", "DwwbwPPQ."),  # no person's
    ("Two cooks sustained severe burns.", "FwkwO."),  # a wound taken
    ("A mob burns two buses in Tala.", "DwwFwPY."),  # a verb
    ('The nurse said: "Nine people were hurt." Then she left.', 'DNS:"FNbVs".rpk.'),  # end mark in quotes
    ("They said the fighting had killed 200 since January.", "pSDehVFPQ."),
    # numbers that count no one: a year, an age, a date, a share
    ("In 2015 a 32-year-old man was stabbed.", "PdDdNbV."),
    ("Twelve people were killed on May 3, 2019, in Maiduguri.", "FNbVPQd,d,PY."),
    ("Over 40 per cent of the victims were women.", "doDNbN."),
    ("Ali Musa, 44, and his son, 12, were shot.", "YY,d,CDN,d,bV."),
    # a surname that opens a sentence after the person was named: a name, not a word
    ("Tomas Vidal was stabbed. Vidal died in hospital.", "YYbV.YVO."),
    ("Troops reached Ostra on Friday. Vidal said two died.", "NkYPQ.wSFV."),
    # "leave" after a word, a preposition or a determiner is a noun, not the verb of "left"
    ("A nurse on sick leave was stabbed.", "DNPwnbV."),
    ("The floods leave 12 dead.", "DekFO."),
    # a number of wounds on one body counts no one; a figure before "with" still does
    ("A guard was found with three stab wounds.", "DNbkPdvO."),
    ("Three people were hurt, two with stab wounds.", "FNbV,FPvO."),
    ("In Kano, 12 were killed.", "PY,FbV."),
    ("A gunman shot 6 men in a two-storey house.", "DNVFNPDdn."),
    ("Two-thirds of them died.", "wopV."),
    ("Two of them from one family died.", "FopPFNV."),
    # negation and zero
    ("None of the 40 hostages was hurt.", "FoDFNbV."),
    ("No one was injured in the explosion.", "FbVPDe."),
    ("The attack did not cause any casualties.", "DemXwDO."),
    ("He didn't survive his wounds.", "pmXwDO."),
    # multi-word expressions
    ("Two policemen were shot dead near the market.", "FNbVPDn."),
    ("Four miners lost their lives when the mine collapsed.", "FNVRDnw."),
    ("Six people were beaten to death by a mob.", "FNbVPDw."),
    ("The bomb blast claimed the lives of 12 worshippers.", "DneVFN."),
    ("Fifteen shepherds were gunned down by bandits.", "FNbVPN."),
    ("Guards shot two smugglers to death.", "NVFNO."),
    ("Bandits gun down 12 villagers.", "NvFN."),
    ("Vigilantes stone to death two thieves.", "wvFN."),
    ("A man was fatally shot and two were taken to hospital.", "DNbVCFbV."),
    # status words, linking verbs
    ("A soldier was reported missing after the clash.", "DNbSOPDe."),
    ("Three bodies were found in the river.", "FObkPDw."),
    ("Two children remain missing.", "FNkO."),
    ("The blast left 3 dead and 15 injured.", "DekFOCFV."),
    ("Casualties: 17 dead, 40 wounded.", "O:FO,FV."),
    ("Armed men kidnapped a priest on Sunday morning.", "wNVDNPQQ."),
    ("Two miners remain in a serious condition.", "FNkO."),
    ("Six internally displaced persons were hacked down.", "FVNbV."),
    ("Forty people, mostly cadets and campaigners, died.", "FN,rNCN,V."),
    # person nouns; words that their neighbours decide
    ("Gunmen killed a village head and his two sons.", "NVDnNCDFN."),
    ("The head of the council was killed.", "DNoDwbV."),
    ("He was shot in the head.", "pbVPDw."),
    ("She suffered head wounds.", "pkwO."),
    ("A gunman shot her in the leg.", "DNVpPDw."),
    ("Her brother and her two cousins were killed.", "DNCDFNbV."),
    ("Twelve clerks and an imam were abducted.", "FNCDNbV."),
    # two sentences; a semicolon; no trigger
    ("Gunmen opened fire on worshippers at a mosque; 14 died.", "NwePNtDn;FV."),
    ("The Taliban claimed responsibility.", "DYSw."),
    ("Nine were wounded. The market reopened", "FbV.Dnw."),
]


@pytest.mark.parametrize(("sentence", "expected"), GOLDEN)
def test_golden_class_strings(sentence, expected):
    got = classify(sentence)
    assert got.string == expected, explain(sentence)


def test_golden_strings_use_the_alphabet():
    used = {code for _, string in GOLDEN for code in string}
    assert used <= set(lx.ALPHABET)


# -- units ---------------------------------------------------------------------------------
def _unit(text: str, word: str) -> Unit:
    return next(u for u in classify(text).units if u.text == word)


def test_a_figure_is_one_unit_with_its_figure():
    c = classify("At least 11 civilians were killed")
    first = c.units[0]
    assert (first.text, first.code, first.start, first.end) == ("at least 11", "F", 0, 11)
    assert first.figure is not None and first.figure.count == Count(11, None, best=11)
    assert all(u.figure is None for u in c.units[1:])


def test_declared_ambiguities_keep_their_alternatives():
    assert _unit("Five were injured", "injured")[3:5] == ("V", frozenset("O"))
    assert _unit("The wounded were taken away", "wounded")[3:5] == ("V", frozenset("O"))
    assert _unit("He said that the attack failed", "that")[3:5] == ("R", frozenset("D"))
    assert _unit("They were taking 40 hostages", "hostages")[3:5] == ("N", frozenset("O"))
    assert _unit("A plain sentence", "sentence").alternatives == frozenset()


def test_capitals_decide_may_and_acronyms():
    assert classify("Five died in May.").string == "FVPQ."
    assert classify("Five may have died.").string == "FmhV."
    assert _unit("Five may have died.", "may").alternatives == frozenset("Q")
    assert classify("US troops killed two IS fighters.").string == "YNVFYN."
    assert classify("Some of us were hurt.").string == "DopbV."


def test_first_word_of_a_sentence_may_be_a_name():
    assert _unit("Suspected rebels killed two.", "suspected")[3:5] == ("w", frozenset("Y"))
    assert _unit("Boko Haram killed two.", "boko")[3:5] == ("Y", frozenset("w"))
    assert _unit("Two died in Kano.", "kano")[3:5] == ("Y", frozenset())


def test_words_with_what_is_attached_to_them():
    c = classify("Pro-regime fighters and al-Shabaab didn't kill Dr. Smith's guards' dogs")
    assert [(u.text, u.code) for u in c.units] == [
        ("pro-regime", "w"),
        ("fighters", "N"),
        ("and", "C"),
        ("al-shabaab", "Y"),
        ("didn", "m"),
        ("'t", "X"),
        ("kill", "v"),
        ("dr.", "Y"),
        ("smith", "Y"),
        ("'s", "'"),
        ("guards", "N"),
        ("'", "'"),
        ("dogs", "n"),
        ("", "."),
    ]


def test_numbers_that_count_no_one():
    c = classify("At 10:30 am, a man aged 45 and 2000 people paid $5 each in the 1990s near the M5.")
    assert c.string == "td,DNwdCFNwsdDPDdPDYd."
    codes = {u.text: u.code for u in c.units}
    assert codes["10:30 am"] == "d" and codes["45"] == "d" and codes["2000"] == "F"
    assert codes["5"] == "d" and codes["1990s"] == "d"
    assert _unit("In 2000 people fled", "2000").alternatives == frozenset()
    assert _unit("In 2000 they fled", "2000").alternatives == frozenset("F")
    assert _unit("They fired an F-16 missile", "f-16").code == "Y"  # a model, one unit
    assert _unit("The second attack", "second").code == "d"
    assert _unit("Nine were seized over two days", "over two")[3:5] == ("d", frozenset("F"))
    assert _unit("Nine were seized in two days", "two").code == "F"
    assert _unit("He was 25 years old", "25 years old").code == "d"
    # digits joined by a slash: a date or a fraction
    assert _unit("A man was shot on the night of 14/11 in Tala", "11").code == "d"
    assert _unit("A man was shot on the night of 14/11 in Tala", "14").code == "d"
    assert _unit("He was shot on 02/05/2019", "05").code == "d"
    assert _unit("Gunmen killed 3 / 4 guards", "4").code == "F"


def test_sentence_ends():
    c = classify("Two died. Three were hurt!\n\nHeadline without a stop\nThe end")
    assert c.string == "FV.FbV.wPDw.Dw."
    assert c.string.count(".") == len(c.sentences) == 4
    assert [c.string[s.first : s.end][-1] for s in c.sentences] == ["."] * 4
    ends = [c.units[s.end - 1] for s in c.sentences]
    assert [u.text for u in ends] == [".", "!", "", ""]
    assert ends[2].start == ends[2].end == c.text.index("stop") + 4
    assert [s.trigger for s in c.sentences] == [True, True, False, False]


def test_abbreviations_and_decimals_do_not_end_sentences():
    c = classify("Dr. Smith of the U.N. said 2.5 tons fell. Nobody died")
    assert c.string.count(".") == 2
    assert [u.text for u in c.units][:6] == ["dr.", "smith", "of", "the", "u.n.", "said"]


def test_empty_and_blank_texts():
    assert classify("") == Classes("", (), "", ())
    assert classify("  \n ").units == ()
    with pytest.raises(TypeError):
        classify(None)  # type: ignore[arg-type]


def test_classes_are_frozen():
    c = classify("Two died")
    with pytest.raises(AttributeError):
        c.string = "x"  # type: ignore[misc]
    assert isinstance(c.units, tuple) and isinstance(c.sentences, tuple)


def test_trigger_prefilter():
    assert has_trigger(classify("Gunmen stormed a hotel. Two guards were shot dead."))
    assert has_trigger(classify("The death toll rose to 30."))
    assert has_trigger(classify("They took 12 hostages."))  # an alternative class counts
    assert not has_trigger(classify("The minister visited the town on Friday. She left at noon."))
    assert not has_trigger(classify(""))


def test_outcome_of_units():
    c = classify("The death toll rose to 9: two were beaten to death, five went missing and two fled")
    got = {u.text: outcome_of(u) for u in c.units if outcome_of(u)}
    assert got == {"death toll": "killed", "beaten to death": "killed", "went missing": "missing", "fled": "displaced"}
    assert outcome_of(_unit("The killing of 16 people", "killing")) == "killed"


def test_acled_policy_reads_figures_its_way():
    assert classify("Dozens were killed", policy="acled").units[0].figure.count == Count(12)


def test_explain_shows_each_part():
    out = explain("Eight displaced Syrians, including four children, were shot dead. The market reopened.")
    assert out.splitlines()[0] == "L1 word classes: FVN,IFN,bV.Dnw."
    assert "sentence 1 (trigger)" in out and "sentence 2 (no trigger)" in out
    assert "merged     'shot dead' V (killed)" in out
    assert "ambiguous  'displaced' V (displaced), else O" in out
    assert "figure     'eight' = 8" in out


def test_explain_wraps_long_sentences():
    long = "Gunmen killed " + ", ".join(f"{n} villagers" for n in range(2, 40)) + "."
    lines = explain(long).splitlines()
    assert max(len(line) for line in lines[2:]) <= 2 + 96 + 20
    assert len(lines) > 6


# -- the lexicon ----------------------------------------------------------------------------
def _classes_of() -> dict[str, set[str]]:
    by_word: dict[str, set[str]] = defaultdict(set)
    for code, words in lx.CLASS_WORDS.items():
        for word in words:
            by_word[word].add(code)
    return by_word


def test_alphabet_is_one_character_per_class():
    assert all(len(code) == 1 and not code.isspace() and what for code, what in lx.ALPHABET.items())
    codes = set(lx.ALPHABET)
    assert set(lx.CLASS_WORDS) <= codes
    assert set(lx.MULTIWORDS.values()) <= codes
    assert set(lx.SYMBOL_CLASS.values()) <= codes
    assert lx.TRIGGER_CLASSES <= codes
    for _, amb in lx.AMBIGUITIES:
        assert {amb.default, *amb.others, *amb.capitalised} <= codes


def test_every_class_compiles_in_a_rule_pattern():
    for code in lx.ALPHABET:
        atom = "\\" + code if code in "()[]{}|?*+\\" else code
        pattern = compile_pattern(f"{atom} F", lx.ALPHABET)
        assert pattern.match_at(code + "F", 0) is not None


def test_every_word_has_one_class_or_a_declared_ambiguity():
    undeclared = {}
    for word, codes in _classes_of().items():
        amb = lx.AMBIGUOUS.get(word)
        if len(codes) > 1 and (amb is None or not codes <= {amb.default, *amb.others}):
            undeclared[word] = codes
    assert not undeclared


def test_neighbour_rules_use_the_alphabet():
    codes = set(lx.ALPHABET)
    for word, rules in lx.BY_NEIGHBOURS.items():
        assert rules and word == word.lower()
        for rule in rules:
            assert {rule.code, *rule.before, *rule.after} <= codes and rule.why


def test_neighbours_decide_her_and_head():
    assert _unit("Gunmen shot her.", "her")[3:5] == ("p", frozenset("D"))
    assert _unit("Gunmen shot her son.", "her")[3:5] == ("D", frozenset("p"))
    assert _unit("A district head died.", "head")[3:5] == ("N", frozenset("w"))
    assert _unit("He was hit in the head.", "head")[3:5] == ("w", frozenset())


def test_neighbours_decide_a_blast_and_a_shooting_of_ones_own():
    assert _unit("Two bombers blew themselves up.", "blew")[3:5] == ("V", frozenset("w"))
    assert _unit("Engineers blew up the old bridge.", "blew")[3:5] == ("w", frozenset())
    assert _unit("He fled before shooting himself.", "shooting")[3] == "g"
    assert _unit("After the shooting he fled.", "shooting")[3] == "e"


def test_a_word_its_neighbours_make_a_trigger_passes_the_prefilter():
    found = classify_triggered("Two bombers blew themselves up in Kano.")
    assert found is not None and found.string == "FNVpPPY."
    bridge = classify_triggered("Engineers blew up the old bridge.")
    assert bridge is None or not has_trigger(bridge)


def test_declared_ambiguities_are_real():
    by_word = _classes_of()
    seen: set[str] = set()
    for words, amb in lx.AMBIGUITIES:
        assert amb.others and amb.default not in amb.others and amb.why
        for word in words:
            assert word not in seen, f"{word!r} declared twice"
            seen.add(word)
            assert amb.default in by_word[word], f"{word!r}: its default {amb.default} holds no such word"
            assert lx.CLASS_OF[word] == amb.default


def test_no_word_is_both_a_person_and_a_thing():
    both = lx.CLASS_WORDS["N"] & lx.CLASS_WORDS["n"]
    declared = {w for w in both if {"N", "n"} <= {lx.AMBIGUOUS[w].default, *lx.AMBIGUOUS[w].others}}
    assert both == declared == set()


def test_every_outcome_word_of_en_is_a_trigger():
    outcome_words = set(en.OUTCOME_WORDS) | set(en.OUTCOME_NOUNS) | set(en.TOLL_OUTCOME)
    for word in outcome_words | en.TOLL_WORDS:
        amb = lx.AMBIGUOUS.get(word)
        codes = {lx.CLASS_OF[word], *(amb.others if amb else "")}
        assert codes & lx.TRIGGER_CLASSES, word


def test_every_outcome_verb_of_en_has_its_forms():
    verbs = lx.OUTCOME_VERBS
    forms = {f for v in verbs for f in (v.lemma, v.present, v.past, v.participle, v.ing)} - {""}
    en_words = set(en.OUTCOME_WORDS) | set(en.OUTCOME_NOUNS)
    nouns = lx.CLASS_WORDS["O"] - lx.NOUN_AND_VERB
    assert en_words - forms <= nouns  # every other outcome word of en is a noun or an adjective
    for v in verbs:
        assert v.past and v.participle, v
        assert v.ing or v.past == "burned", v  # "burning" reads as fire, not an outcome
        for form, code in ((v.past, "V"), (v.participle, "V"), (v.ing, "g"), (v.lemma, "v"), (v.present, "v")):
            if form:
                assert code in {lx.CLASS_OF[form], *lx.AMBIGUOUS.get(form, lx.Ambiguity("", "", "")).others}, form
                expected = en.OUTCOME_WORDS.get(form, v.outcome)
                # "shot" alone wounds (en.SHOT); "shot dead" and the like are merged words
                assert lx.OUTCOME_OF[form] == ("injured" if form in en.SHOT else expected), form
    # the forms en's tables lack are listed as data (and reported), no more, no less
    assert forms - en_words == lx.EN_MISSING_FORMS


def test_life_takers_and_multiwords():
    assert set(lx.LIFE_TAKER_CLASS) == set(en.LIFE_TAKERS)
    for words, code in lx.MULTIWORDS.items():
        assert len(words) >= 2 and all(w == w.lower() and w for w in words), words
        if code in lx.TRIGGER_CLASSES:
            assert lx.OUTCOME_OF[" ".join(words)] in {o.value for o in Outcome}


def test_tables_are_immutable():
    for name in ("ALPHABET", "CLASS_WORDS", "AMBIGUOUS", "CLASS_OF", "MULTIWORDS", "OUTCOME_OF", "SYMBOL_CLASS"):
        assert isinstance(getattr(lx, name), MappingProxyType), name
    assert all(isinstance(words, frozenset) for words in lx.CLASS_WORDS.values())
    assert isinstance(lx.AMBIGUITIES, tuple) and isinstance(lx.OUTCOME_VERBS, tuple)


def test_import_is_cheap(modules_after):
    loaded = modules_after("import casualties")
    assert not {"casualties.wordclass", "casualties.debug", "casualties.lexicon.en_classes"} & loaded


# -- properties -------------------------------------------------------------------------------
_WORDS = (
    *("killed", "wounded", "injured", "dead", "toll", "death", "civilians", "the", "at", "least", "11", "and"),
    *("as", "well", "shot", "U.S.", "May", "'s", "n't", "-", ",", ".", "!", "(", ")", ":", ";", '"', "'", "--"),
    *("2011", "25-year-old", "10:30", "am", "per", "cent", "%", "$", "none", "of", "no", "one", "dozens", "\n"),
    *("\n\n", "Kabul", "lost", "their", "lives", "according", "to", "to", "death", "...", "o'clock", "é", "İ"),
    *("&", "Boko", "Haram", "gunmen", "IS", "US", "in", "the", "wake", "a.m.", "10", "30"),
)


def _check(text: str) -> None:
    c = classify(text)
    assert len(c.string) == len(c.units)
    assert c.string == "".join(u.code for u in c.units)
    assert set(c.string) <= set(lx.ALPHABET)
    prev_end = 0
    for unit in c.units:
        assert 0 <= prev_end <= unit.start <= unit.end <= len(text)
        if unit.text:
            assert unit.text.casefold() == text[unit.start : unit.end].casefold()
        else:
            assert unit.code == "." and unit.start == unit.end
        assert unit.code not in unit.alternatives
        assert (unit.figure is not None) >= (unit.code == "F")
        prev_end = unit.end
    # sentences partition the units, each ends with its one "."
    assert c.string.count(".") == len(c.sentences)
    assert [s.first for s in c.sentences] == [0, *(s.end for s in c.sentences)][: len(c.sentences)]
    assert (c.sentences[-1].end if c.sentences else 0) == len(c.units)
    for s in c.sentences:
        assert c.string[s.end - 1] == "."
        units = c.units[s.first : s.end]
        assert s.trigger == any({u.code, *u.alternatives} & lx.TRIGGER_CLASSES for u in units)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_classify_never_fails_on_any_text(text):
    _check(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40), st.lists(st.sampled_from(["", " ", "  ", "\n"]), max_size=40))
def test_classify_on_sentence_like_text(words, gaps):
    text = "".join(w + (gaps[k] if k < len(gaps) else " ") for k, w in enumerate(words))
    _check(text)


# -- cost ---------------------------------------------------------------------------------------
_VICTIMS = ("civilians", "soldiers", "villagers", "people", "policemen", "students", "herders", "militants")
_FIGURES = ("11", "at least 11", "nine", "dozens of", "more than 300", "two", "up to 23", "about 40", "1,500")
_TEMPLATES = (
    "{fig} {victims} were killed in {place} on {day}, {source} said.",
    "Gunmen killed {fig} {victims} and wounded {fig} others in an attack on a market in {place}.",
    "The death toll from the {event} rose to {fig}, according to the ministry.",
    "{fig} {victims}, including {fig} children, have been killed since {month} {year}.",
    "A {age}-year-old man was shot dead near {place} late on {day}.",
    "An explosion hit a bus in {place}, killing {fig} {victims} and injuring {fig} more.",
    "No one was hurt in the {event}, but {fig} houses were destroyed.",
    '"They took {fig} hostages," a witness told reporters in {place} on {day}.',
    "The U.S. military said its forces detained {fig} suspects during a raid.",
    "At {clock} am, {fig} {victims} were abducted as well as {fig} cows.",
    "{source} put the number of dead at {fig}; {fig} others remain missing.",
    "The {event} left {fig} dead and {fig} injured in {place} district.",
)
_FILL = {
    "place": ("Kano", "Kabul", "Maiduguri", "the capital", "northern Mali", "Idlib"),
    "day": ("Monday", "Friday", "Sunday night", "Tuesday morning"),
    "source": ("police", "officials", "a local monitor", "the army", "Reuters"),
    "event": ("blast", "attack", "clash", "flood", "earthquake", "fire"),
    "month": ("January", "March", "May", "October"),
    "year": ("2011", "2015", "2019"),
    "age": ("19", "25", "62"),
    "clock": ("5", "10:30", "11"),
}


def template_texts(n: int, seed: int = 0) -> list[str]:
    """``n`` texts of one to three sentences made from the templates above (a speed sample)."""
    rng = random.Random(seed)
    slot = re.compile(r"\{(\w+)\}")

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "fig":
            return rng.choice(_FIGURES)
        if name == "victims":
            return rng.choice(_VICTIMS)
        return rng.choice(_FILL[name])

    texts = []
    for _ in range(n):
        sentences = [slot.sub(fill, rng.choice(_TEMPLATES)) for _ in range(rng.randint(1, 3))]
        texts.append(" ".join(s[0].upper() + s[1:] for s in sentences))
    return texts


def test_template_texts_read():
    texts = template_texts(60)
    assert all(has_trigger(classify(t)) for t in texts)
    assert 150 < sum(map(len, texts)) / len(texts) < 400


@pytest.mark.slow
@pytest.mark.parametrize(
    "unit",
    [
        " ".join(template_texts(40, seed=1)) + " ",  # varied prose
        "a-",  # one endless hyphenated word
        "U.",  # one endless initialism
        "the death of as well ",  # multi-word expressions that start and fail
        "10:",  # clock times that never end
        ". ",  # sentence after sentence
    ],
)
def test_linear_time(unit, growth):
    """4x the text takes about 4x the time (a ratio, about 60 KB against 240 KB)."""
    ratio = growth(classify, unit, size=60_000)
    assert ratio < 6, f"{unit[:30]!r}: 4x the input took {ratio:.1f}x the time"


class _AllSlow:
    """A word table that sends every token to the careful path."""

    def get(self, key: str) -> tuple[str, frozenset[str], bool]:
        import casualties.wordclass as wc

        return wc._SLOW


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.lists(st.sampled_from(["", " ", "\n", ". "]), max_size=30))
def test_the_table_path_reads_as_the_careful_path(words, gaps):
    """The one-lookup path (``_TABLE``) reads every token as the careful path does."""
    import casualties.wordclass as wc

    text = "".join(w + (gaps[k] if k < len(gaps) else " ") for k, w in enumerate(words))
    fast = classify(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(wc, "_TABLE", _AllSlow())
        careful = classify(text)
    assert fast == careful


@pytest.mark.parametrize(
    "text",
    [text for text, _ in GOLDEN] + ["", "Two killed", 'He said: "Nine dead" . Ten. U.S. troops -- ok\n\nNext line'],
)
def test_tokens_and_token_sentences(text):
    """``tokens`` are the text's tokens; ``token_sentences`` cut them into the sentences
    of ``sentences``, in order and without a gap."""
    from casualties.numbers import tokenize

    c = classify(text)
    assert c.tokens == tuple(tokenize(text))
    assert len(c.token_sentences) == len(c.sentences)
    assert [a for a, _ in c.token_sentences[1:]] == [b for _, b in c.token_sentences[:-1]]
    if c.tokens:
        assert c.token_sentences[0][0] == 0 and c.token_sentences[-1][1] == len(c.tokens)
    starts = [t.start for t in c.tokens]
    for (a, b), s in zip(c.token_sentences, c.sentences, strict=True):
        first, last = c.units[s.first], c.units[s.end - 1]
        assert starts[a] == first.start and c.tokens[b - 1].end == last.end


def test_tokens_take_no_part_in_equality():
    c = classify("Two were killed.")
    assert c == Classes(c.text, c.units, c.string, c.sentences)
    assert "tokens" not in repr(c)


@pytest.mark.parametrize(
    ("text", "string"),
    [
        ("The families kept their homes.", None),  # "their" of "lost their lives" is no key
        ("Prices went down in Oslo.", None),  # "down" of "gun down" neither: "gun" is its key
        ("Four miners lost their lives in Tarin.", "FNVPY."),
        ("Two guards were gunned down on Sunday.", "FNbVPQ."),
        ("Nine pilgrims were taken hostage.", "FNbV."),
    ],
)
def test_prefilter_keys(text: str, string: str | None) -> None:
    """The prefilter keys a multi-word expression by one of its own words that no function
    word is: a text without a trigger skips L1's full reading, one with it is read."""
    classes = classify_triggered(text)
    assert (classes and classes.string) == string
    if string is not None:
        assert classes == classify(text)


def test_every_trigger_expression_has_a_prefilter_key() -> None:
    """A multi-word expression of a trigger class holds a word of the prefilter."""
    import casualties.wordclass as wc

    for words, code in lx.MULTIWORDS.items():
        if code in lx.TRIGGER_CLASSES:
            assert not wc._TRIGGER_WORDS.isdisjoint(words), words
