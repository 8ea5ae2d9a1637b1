"""grammar.py: the rule-pattern notation, its compiler, its errors and its cost."""

from __future__ import annotations

import dataclasses
import pickle
import sys
from types import MappingProxyType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualties import CasualtiesError
from casualties.grammar import (
    MAX_WAYS,
    CompiledRule,
    GrammarError,
    Pattern,
    PatternMatch,
    Rule,
    SlotSpan,
    compile_pattern,
    compile_rules,
)

# An L2-like alphabet: one character per chunk.
ALPHABET = MappingProxyType(
    {
        "F": "figure noun group",
        "N": "noun group",
        "V": "passive outcome verb group",
        "v": "active outcome verb group",
        "g": "-ing outcome verb group",
        "T": "toll noun",
        "U": "toll verb",
        "t": "'to'",
        "x": "other chunk",
        ",": "comma",
        ".": "sentence end",
        "(": "opening parenthesis",
        ")": "closing parenthesis",
    }
)
MACROS = MappingProxyType(
    {
        "VICTIM": "F | N",
        "VERB": "[vg]",
        "VICTIMS": "VICTIM (, VICTIM){0,2}",  # a macro using a macro
        "ASIDE": ", x{1,4} ,",
        "LOOP": "x LOOP",
        "PING": "F PONG",
        "PONG": "N PING",
        "TYPO": "F Q",
        "SLOTTED": "{victim:F}",
    }
)
SLOTS = frozenset({"victim", "verb", "noun", "prep", "part", "source"})


def compile_(pattern: str) -> Pattern:
    return compile_pattern(pattern, ALPHABET, macros=MACROS, slots=SLOTS)


def found(pattern: str, classes: str) -> list[tuple[int, int, dict[str, tuple[int, int]]]]:
    return [(m.start, m.end, {s.name: (s.start, s.end) for s in m.slots}) for m in compile_(pattern).finditer(classes)]


# pattern, class string -> every match: (start, end, {slot: (start, end)})
MATCHES = [
    ("{victim:F} ,? {verb:V}", "xF,Vx.", [(1, 4, {"victim": (1, 2), "verb": (3, 4)})]),
    (
        "{victim:F} ,? {verb:V}",
        "FV.F,V",
        [(0, 2, {"victim": (0, 1), "verb": (1, 2)}), (3, 6, {"victim": (3, 4), "verb": (5, 6)})],
    ),
    ("{victim:VICTIM} ,? {verb:V}", "N,V", [(0, 3, {"victim": (0, 1), "verb": (2, 3)})]),
    (
        "{verb:v|g} {victim:VICTIM}",
        "xvFgN.",
        [(1, 3, {"verb": (1, 2), "victim": (2, 3)}), (3, 5, {"verb": (3, 4), "victim": (4, 5)})],
    ),
    ("{verb:VERB} {victim:VICTIM}", "vV", []),
    # an optional slot that took no part is absent
    (
        "{noun:T} {verb:U} {prep:t}? {victim:F}",
        "TUtF.TUF",
        [
            (0, 4, {"noun": (0, 1), "verb": (1, 2), "prep": (2, 3), "victim": (3, 4)}),
            (5, 8, {"noun": (5, 6), "verb": (6, 7), "victim": (7, 8)}),
        ],
    ),
    ("F ,? (x{0,3} ,)? V", "F,xxx,V", [(0, 7, {})]),
    ("F ,? (x{0,3} ,)? V", "F,xxxx,V", []),
    ("F ,? (x{0,3} ,)? V", "FVF,,V", [(0, 2, {}), (2, 6, {})]),
    ("{victim:F} ASIDE? {verb:V}", "F,xx,V.F,,V", [(0, 6, {"victim": (0, 1), "verb": (5, 6)})]),
    ("{victim:VICTIMS} {verb:V}", "xF,N,FV", [(1, 7, {"victim": (1, 6), "verb": (6, 7)})]),
    ("{victim:VICTIMS} {verb:V}", "F,N,F,NV", [(2, 8, {"victim": (2, 7), "verb": (7, 8)})]),  # at most 3 victims
    ("[vg]+ F", "xvgvF", [(1, 5, {})]),
    ("VERB* F", "FgF", [(0, 1, {}), (1, 3, {})]),
    ("x{2}", "xxxxx", [(0, 2, {}), (2, 4, {})]),
    ("{victim:F{1,3}} V", "FFFFV", [(1, 5, {"victim": (1, 4)})]),
    ("F V | N", "NFVN", [(0, 1, {}), (1, 3, {}), (3, 4, {})]),
    ("(F V | N) ,", "NFV,N,", [(1, 4, {}), (4, 6, {})]),
    ("\\( {part:F} \\)", "F(F)", [(1, 4, {"part": (2, 3)})]),
    ("[F \\(] V", "(VFV", [(0, 2, {}), (2, 4, {})]),
    ("{victim:F} ({part:N})? V", "FNV.FV", [(0, 3, {"victim": (0, 1), "part": (1, 2)}), (4, 6, {"victim": (4, 5)})]),
]


@pytest.mark.parametrize(("pattern", "classes", "expected"), MATCHES)
def test_matches_and_slot_ranges(pattern, classes, expected):
    assert found(pattern, classes) == expected


# pattern -> the regular expression it compiles to
REGEXES = [
    ("{victim:F} ,? {verb:V}", "(?P<victim>F),?(?P<verb>V)"),
    ("{verb:v|g} {victim:VICTIM}", "(?P<verb>[vg])(?P<victim>[FN])"),  # alternatives of classes are a set
    ("F ,? (x{0,3} ,)? V", "F,?(?:x{0,3},)?V"),
    ("F V | N", "FV|N"),
    ("(F V | N) ,", "(?:FV|N),"),
    ("ASIDE{2}", "(?:,x{1,4},){2}"),
    ("((F))", "F"),
    ("\\( [\\) .]", "\\([\\)\\.]"),
]


@pytest.mark.parametrize(("pattern", "regex"), REGEXES)
def test_regex(pattern, regex):
    assert compile_(pattern).regex.pattern == regex


def test_metacharacters_are_class_codes_when_escaped():
    alphabet = {"|": "pipe", "(": "paren", "?": "question", "-": "dash", "^": "caret", "]": "bracket"}
    p = compile_pattern("\\| [\\( \\? - ^ \\]]{1,2}", alphabet)
    assert [(m.start, m.end) for m in p.finditer("|]-|(x|^^^")] == [(0, 3), (3, 5), (6, 9)]


# pattern -> the position and a piece of the reason of the error it raises
BAD = [
    ("", 0, "empty pattern"),
    ("   ", 0, "empty pattern"),
    ("F Q", 2, "unknown class 'Q'"),
    ("[FQ]", 2, "unknown class 'Q'"),
    ("F NOPE", 2, "unknown macro NOPE"),
    ("Fx", 0, "'Fx' is neither a class code"),
    ("LOOP", 0, "recursive macro: LOOP -> LOOP"),
    ("F PING", 2, "recursive macro: PING -> PONG -> PING"),
    ("TYPO V", 0, "in macro TYPO 'F Q' at 2: unknown class 'Q'"),
    ("SLOTTED V", 0, "slot 'victim' in a macro"),
    ("{who:F} V", 0, "unknown slot name 'who'"),
    ("{victim:F} {victim:N}", 11, "repeated slot 'victim' (first at 0)"),
    ("{victim:F} V | {victim:N} v", 15, "repeated slot 'victim'"),
    ("(F ,)* V", 5, "unbounded repeat '*' of a group"),
    ("F (, N)+", 7, "unbounded repeat '+' of a group"),
    ("VICTIMS+ V", 7, "unbounded repeat '+' of a group"),  # a macro that stands for a sequence
    ("{victim:F}* V", 10, "unbounded repeat '*' of a slot"),
    ("(F V", 0, "unbalanced '(': no ')' closes it"),
    ("F V)", 3, "unbalanced ')': nothing opens it"),
    ("{victim:F V", 0, "unbalanced '{': no '}' closes it"),
    ("{victim:(F} V)", 8, "unbalanced '('"),
    ("F V}", 3, "unbalanced '}': nothing opens it"),
    ("[F V", 0, "unbalanced '[': no ']' closes it"),
    ("F V]", 3, "unbalanced ']'"),
    ("(F", 0, "unbalanced '('"),
    ("(F | ) V", 5, "empty alternative"),
    ("| F", 0, "empty alternative"),
    ("F | | V", 4, "empty alternative"),
    ("F |", 3, "empty alternative"),
    ("() F", 0, "empty group"),
    ("{victim:} V", 0, "empty slot 'victim'"),
    ("[] F", 0, "empty class set"),
    ("? F", 0, "quantifier '?' with nothing before it"),
    ("(* F)", 1, "quantifier '*' with nothing before it"),
    ("F | {0,3} V", 4, "quantifier '{0,3}' with nothing before it"),
    ("F ?? V", 3, "quantifier '?' after quantifier '?'"),
    ("x{1,2}? V", 6, "after quantifier '{1,2}'"),
    ("x{3,1} V", 1, "minimum 3 > maximum 1"),
    ("x{0,99} V", 1, "maximum above 50"),
    ("x{99999999999999999999} V", 1, "maximum above 50"),
    ("x{0} V", 1, "matches nothing"),
    ("x{2,} V", 1, "unbounded repeat {2,}"),
    ("{ x} V", 0, "'{' opens neither a slot"),
    ("{victim:F}{2} V", 10, "slot 'victim' repeated by {2}"),
    ("({victim:F} ,){0,3} V", 14, "slot 'victim' repeated by {0,3}"),
    ("F? x*", 0, "the pattern can match nothing"),
    ("{victim:F?} V", 0, "slot 'victim' can match nothing"),
    ("(x{1,5}){1,10} V", 8, "too ambiguous"),
    ("x{0,50} x{0,50} V", 8, "too ambiguous"),
    ("x* x* V", 3, "too ambiguous"),
    ("[F|V]", 2, "'|' inside a class set"),
    ("F \\", 2, "'\\' with no class code after it"),
    ("(" * 40 + "F" + ")" * 40, 32, "nested more than 32 deep"),
]


@pytest.mark.parametrize(("pattern", "position", "reason"), BAD)
def test_bad_patterns(pattern, position, reason):
    with pytest.raises(GrammarError) as caught:
        compile_(pattern)
    error = caught.value
    assert reason in error.reason
    assert error.position == position
    assert str(error).startswith(f"pattern {pattern!r} at {position}: ")


def test_the_ambiguity_bound_is_the_documented_one():
    compile_("x{0,3} x{0,3} x{0,3} x{0,3} V")  # 4**4 = 256 ways
    compile_("F x{0,3} (, N | , F)? (x ,){0,3} ,? V")  # 4 * 3 * 4 * 2 = 96 ways
    with pytest.raises(GrammarError, match=f"1024 ways.*at most {MAX_WAYS}"):
        compile_("x{0,3} x{0,3} x{0,3} x{0,3} x{0,3} V")
    with pytest.raises(GrammarError, match="2601 ways"):
        compile_("[vg]* x* V")


@pytest.mark.parametrize(
    ("alphabet", "macros", "slots", "reason"),
    [
        ({"FF": "two characters"}, {}, set(), "alphabet: 'FF'"),
        ({" ": "space"}, {}, set(), "alphabet: ' '"),
        ({"F": None}, {}, set(), "alphabet: 'F'"),
        ({"F": "figure"}, {"Victim": "F"}, set(), "macros: 'Victim'"),
        ({"F": "figure"}, {"V": "F"}, set(), "macros: 'V'"),
        ({"F": "figure"}, {}, {"Victim"}, "slots: 'Victim'"),
        ({"F": "figure"}, {}, {"two words"}, "slots: 'two words'"),
    ],
)
def test_malformed_alphabet_macros_and_slots(alphabet, macros, slots, reason):
    with pytest.raises(GrammarError, match=reason) as caught:
        compile_pattern("F", alphabet, macros=macros, slots=slots)
    assert caught.value.position is None


def test_errors_are_value_errors_and_pickle():
    with pytest.raises(GrammarError) as caught:
        compile_("F Q")
    error = caught.value
    assert isinstance(error, ValueError)
    assert isinstance(error, CasualtiesError)
    again = pickle.loads(pickle.dumps(error))
    assert (again.pattern, again.position, again.reason, again.rule) == ("F Q", 2, error.reason, None)
    assert str(again) == str(error)


def test_match_at_and_match_values():
    p = compile_("{victim:F} {prep:t}? {verb:V}")
    assert p.slots == ("victim", "prep", "verb")
    assert p.match_at("xFV", 0) is None
    m = p.match_at("xFV", 1)
    assert m == PatternMatch(1, 3, (SlotSpan("victim", 1, 2), SlotSpan("verb", 2, 3)))
    assert m.slot("verb") == SlotSpan("verb", 2, 3)
    assert m.slot("prep") is None
    assert [x.start for x in p.finditer("FV.FV.FV", 1, 5)] == [3]
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.source = "F"  # type: ignore[misc]
    assert hash(p) == hash(compile_("{victim:F} {prep:t}? {verb:V}"))


# --- rules --------------------------------------------------------------------------


def rule(
    name="passive",
    pattern="{victim:VICTIM} ,? {verb:V}",
    examples=("11 civilians were killed",),
    counterexamples=("11 years passed",),
):
    return Rule(name, pattern, 10, examples, counterexamples)


def test_compile_rules_keeps_order_and_values():
    rules = [rule(), rule("active", "{verb:VERB} {victim:VICTIM}", ["Gunmen killed nine villagers"], ["Gunmen fled"])]
    compiled = compile_rules(rules, ALPHABET, macros=MACROS, slots=SLOTS)
    assert isinstance(compiled, tuple)
    assert [c.rule.name for c in compiled] == ["passive", "active"]
    assert compiled[1].rule.examples == ("Gunmen killed nine villagers",)  # lists become tuples
    assert compiled[1].pattern.slots == ("verb", "victim")
    assert all(isinstance(c, CompiledRule) for c in compiled)
    with pytest.raises(dataclasses.FrozenInstanceError):
        compiled[0].rule.priority = 0  # type: ignore[misc]
    assert compile_rules([], ALPHABET) == ()


@pytest.mark.parametrize(
    ("rules", "reason"),
    [
        ([rule(), rule()], "duplicate rule name"),
        ([rule(name="")], "non-empty name"),
        ([rule(name="  ")], "non-empty name"),
        ([rule(examples=())], "no example"),
        ([rule(counterexamples=())], "no counterexample"),
        ([rule(examples=("",))], "empty"),
        ([rule(counterexamples=("ok", " "))], "empty"),
        ([rule(pattern="{victim:F} Q")], "unknown class 'Q'"),
    ],
)
def test_bad_rules(rules, reason):
    with pytest.raises(GrammarError, match=reason) as caught:
        compile_rules(rules, ALPHABET, macros=MACROS, slots=SLOTS)
    assert str(caught.value).startswith(f"rule {rules[-1].name!r}: pattern ")


def test_a_rule_error_keeps_the_position():
    with pytest.raises(GrammarError) as caught:
        compile_rules([rule(pattern="{victim:F} Q")], ALPHABET, macros=MACROS, slots=SLOTS)
    assert (caught.value.rule, caught.value.position) == ("passive", 11)


def test_rule_examples_must_be_sequences_not_one_string():
    with pytest.raises(TypeError, match="examples"):
        rule(examples="11 civilians were killed")


# --- properties ------------------------------------------------------------------------

CLASS_STRINGS = st.text(alphabet=st.sampled_from(sorted(ALPHABET)), max_size=60)
GOOD = [p for p, _, _ in MATCHES]


def check_matches(p: Pattern, classes: str) -> None:
    last = 0
    for m in p.finditer(classes):
        assert last <= m.start < m.end <= len(classes)
        last = m.end
        for span in m.slots:
            assert span.name in p.slots
            assert m.start <= span.start < span.end <= m.end
        assert p.match_at(classes, m.start) == m


@given(st.sampled_from(GOOD), CLASS_STRINGS)
def test_matches_lie_inside_the_string_and_slots_inside_their_match(pattern, classes):
    check_matches(compile_(pattern), classes)


PIECES = [
    "F",
    "N",
    "V",
    "v",
    "x",
    ",",
    ".",
    "Q",
    "Fx",
    "VICTIM",
    "VICTIMS",
    "ASIDE",
    "LOOP",
    "TYPO",
    "NOPE",
    "SLOTTED",
    "(",
    ")",
    "[",
    "]",
    "[vg]",
    "{victim:",
    "{verb:",
    "{who:",
    "{",
    "}",
    "|",
    "?",
    "*",
    "+",
    "{0,3}",
    "{2}",
    "{3,1}",
    "{0,60}",
    "{2,}",
    "\\",
    "\\(",
    " ",
    " ",
    " ",
]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join), CLASS_STRINGS)
def test_any_notation_compiles_or_raises_grammar_error(pattern, classes):
    try:
        p = compile_(pattern)
    except GrammarError as e:
        assert e.position is None or 0 <= e.position <= len(pattern)
        return
    check_matches(p, classes)


# --- cost and weight --------------------------------------------------------------------


def _counter(pattern: str):
    p = compile_(pattern)

    def count(text: str) -> int:
        return sum(1 for _ in p.finditer(text))

    return count


@pytest.mark.slow
@pytest.mark.parametrize(
    ("pattern", "unit"),
    [
        ("F ,? (x{0,3} ,)? V", "F,xxx,"),
        ("F ,? (x{0,3} ,)? V", "F,xxxx,"),
        ("{victim:VICTIMS} ASIDE? ,? {verb:V}", "F,N,F,xxxx,"),
        ("{noun:T} {verb:U} {prep:t}? {victim:F}", "TUt"),
        ("x{0,50} V", "x"),
        ("(F , N){0,5} F V", "F,N,"),
        ("x{0,3} x{0,3} x{0,3} x{0,3} V", "x"),
    ],
)
def test_linear_time_on_hostile_class_strings(pattern, unit, growth):
    """4x the class string takes about 4x the time (a ratio, about 250 KB against 1 MB)."""
    ratio = growth(_counter(pattern), unit)
    assert ratio < 6, f"{pattern!r} on {unit!r}: 4x the input took {ratio:.1f}x the time"


def test_import_is_cheap(modules_after):
    assert "casualties.grammar" not in modules_after("import casualties")
    added = modules_after("import casualties.grammar") - modules_after("import casualties")
    top = {name.split(".")[0] for name in added - {"casualties.grammar"}}
    assert top <= set(sys.stdlib_module_names)


@pytest.mark.parametrize(
    ("pattern", "always"),
    [
        ("{victim:F} {verb:V}", {"victim", "verb"}),
        ("{victim:F} {prep:t}? {verb:V}", {"victim", "verb"}),
        ("{victim:F} ({prep:t} {noun:T})? V", {"victim"}),
        ("({victim:F} | N) {verb:V}", {"verb"}),
        ("{victim:F ({verb:V} x)?} N", {"victim"}),
        ("{victim:F {part:N}} x*", {"victim", "part"}),
    ],
)
def test_the_slots_every_match_fills(pattern, always):
    assert compile_(pattern).always == always

