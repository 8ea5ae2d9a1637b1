"""The cascade reader's cost: linear time, and fast paths that read what the general path reads.

``casualties.build.read`` on 4x the text takes about 4x the time: on varied prose made from
our own sentence templates, and on prose with an aside in every sentence (the asides L3
skips: commas, parentheses, dashes, relative clauses). The fast paths of the figure
reader (a starter that needs a next word, a digit run that nothing carries on, a number
word below a hundred that nothing carries on, a word with a symbol after it) give what
the general path gives.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casualties import build
from casualties import frames as frames_module
from casualties.build import read
from casualties.chunks import chunk
from casualties.grammar import compile_pattern, index_rules
from casualties.lexicon import en
from casualties.lexicon import en_classes as lx
from casualties.lexicon import en_rules as er
from casualties.numbers import Token, tokenize
from casualties.patterns import TOKEN
from casualties.phrases import phrase as read_phrases
from casualties.policy import POLICIES
from casualties.quantifiers import Figure, _policy_tables, _Scanner
from casualties.segment import sentence_ends, sentence_tokens
from casualties.wordclass import classify, classify_triggered, has_trigger

# -- linear time ----------------------------------------------------------------------------------
_NAMES = ("Kanda", "Beru", "Tamsa", "Orvik", "Lisso", "Ganlo", "Pemba Hills", "the Dara valley")
_DAYS = ("Monday", "Tuesday", "Friday", "Sunday night", "late on Saturday")
_PARTIES = ("civilians", "villagers", "soldiers", "police officers", "traders", "herders", "rebels")
_SOURCES = ("police said", "a local official said", "the army said", "witnesses told reporters")
_FIGURES = ("11", "at least 14", "more than 30", "two", "dozens of", "nearly 200", "between 5 and 8", "some 40")

#: Sentences of news prose, with and without casualty figures (our own wording).
_PROSE = (
    "{fig} {party} were killed in {place} on {day}, {src}.",
    "Gunmen killed {fig} {party} near {place} {day}.",
    "The death toll from the attack in {place} rose to {n}, {src}.",
    "{fig} {party} died and {m} others were wounded when a bus hit a mine near {place}.",
    "The minister visited {place} on {day} and promised to rebuild the market.",
    "Police found the bodies of {fig} {party} outside {place}.",
    "Heavy rain closed the road to {place} for {m} days.",
    "According to {src_name}, {n} {party} have been killed in {place} since January.",
    "No one was hurt in the fire at the school in {place}.",
)
#: Sentences with an aside between the victim and its verb, or after it.
_ASIDES = (
    "At least {n} people, mostly {party}, were killed in {place}, {src}.",
    "Gunmen killed {n} villagers, including {m} children, near {place} on {day}.",
    "{n} {party} ({m} of them women) died in {place}.",
    "Some {n} {party} -- {m} women among them -- were wounded in {place}.",
    "The {n} passengers, who were travelling to {place}, were killed on {day}.",
    "{n} {party}, {m} traders and a driver, were shot dead near {place}, {src}.",
)


def _text(templates: tuple[str, ...], sentences: int, seed: int) -> str:
    """``sentences`` sentences of ``templates`` filled with varied figures, names and days."""
    rng = random.Random(seed)
    out = []
    for k in range(sentences):
        out.append(
            templates[k % len(templates)].format(
                fig=rng.choice(_FIGURES),
                n=rng.randint(2, 400),
                m=rng.randint(1, 9),
                party=rng.choice(_PARTIES),
                place=rng.choice(_NAMES),
                day=rng.choice(_DAYS),
                src=rng.choice(_SOURCES),
                src_name=rng.choice(("the United Nations", "Human Rights Watch", "the local hospital")),
            )
        )
    text = " ".join(out) + " "
    return text[0].upper() + text[1:]


def _growth(growth: Callable[..., float], unit: str, tries: int = 3) -> float:
    """The least of up to ``tries`` growth ratios of :func:`read` on ``unit``, stopping
    at the first below 6: a busy machine inflates a ratio (the larger text has more to
    lose to other processes), a reader that is not linear stays above it every time."""
    best = float("inf")
    for _ in range(tries):
        best = min(best, growth(read, unit, size=100_000))
        if best < 6:
            break
    return best


def _statements(text: str) -> int:
    return len(read(text))


def test_the_units_hold_casualty_statements():
    """The timed texts are read, not skipped by the prefilter."""
    assert _statements(_text(_PROSE, 18, 1)) >= 12
    assert _statements(_text(_ASIDES, 12, 2)) >= 12


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2])
def test_read_is_linear_on_varied_prose(seed, growth):
    """4x the text takes about 4x the time (the whole cascade and the document passes)."""
    ratio = _growth(growth, _text(_PROSE, 45, seed))
    assert ratio < 6, f"4x the text took {ratio:.1f}x the time"


@pytest.mark.slow
@pytest.mark.parametrize("k", [*range(len(_ASIDES)), None])
def test_read_is_linear_with_an_aside_in_every_sentence(k, growth):
    """The same, when every sentence has an aside (each kind alone, then all mixed)."""
    templates = _ASIDES if k is None else (_ASIDES[k],)
    ratio = _growth(growth, _text(templates, 30, 7))
    assert ratio < 6, f"{templates[0][:40]!r}: 4x the text took {ratio:.1f}x the time"


@pytest.mark.slow
def test_read_is_linear_with_sentences_without_trigger_words(growth):
    """The same, when most sentences hold no trigger word (L1 reads each as one unit)."""
    ratio = _growth(growth, "Gunmen killed 5 men. Aid came in 12 trucks on May 3. The market reopened. ")
    assert ratio < 6, f"4x the text took {ratio:.1f}x the time"


# -- fast paths read what the general path reads -----------------------------------------------
def _general_tokens(text: str) -> list[Token]:
    kinds = ("", "digits", "word", "sym")
    return [Token(m.group(), m.start(), m.end(), kinds[m.lastindex or 3]) for m in TOKEN.finditer(text.lower())]


_ASCII = st.text(st.sampled_from("ab Z09,.;:()-'\"/&\n\t_%$"), max_size=40)


@given(_ASCII)
def test_tokenize_fast_path_is_the_regex(text):
    assert tokenize(text) == _general_tokens(text)


_UNICODE = st.text(st.sampled_from("ab Zé0 9²½٣,.-_’\u00a0\u2009\u0301ßΣİ\n"), max_size=40)


@given(st.one_of(_UNICODE, st.text(max_size=40)))
def test_tokenize_word_by_word_is_the_regex_in_unicode(text):
    """Letters, decimal digits and symbols of every script, as ``TOKEN`` reads them."""
    lowered = text.lower()
    expected = _general_tokens(text) if len(lowered) == len(text) else tokenize(text)
    assert tokenize(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        *("killed, 11.", "2010. Gunmen", "11; (12) x_ y%", "a\nb,\tc", "one-two 3-4 a-b-c", "U.S., ok!"),
        *("", "Ça, 12²", "٣٤ قتلى،"),
    ],
)
def test_tokenize_words_with_a_symbol(text):
    assert tokenize(text) == _general_tokens(text)


def _vocabulary() -> list[str]:
    """Every word of the figure tables, with digits and a few symbols."""
    words: set[str] = {"11", "380", "1990", "5", ",", ".", "-", "s", "'s", "people", "the", "of"}
    for table in (en.PREFIX_QUALIFIERS, en.SUFFIX_QUALIFIERS, {"z": en.ZERO_PHRASES}, {"b": en.BEST_MARKERS}):
        for phrases in table.values():
            for phrase in phrases:
                words.update(phrase)
    for table in (en.UNITS, en.TEENS, en.TENS, en.SCALES, en.HUNDRED, en.DOZEN, en.FRACTIONS, en.ORDINALS):
        words.update(table)
    words.update(en.RANGE_JOINERS, en.BOUND_JOINERS, en.ARTICLES, en.ZERO_DETERMINERS, en.RANGE_OPENERS)
    for policy in POLICIES.values():
        for key in policy.vague:
            words.update(key)
    return sorted(words)


@pytest.mark.parametrize("policy", sorted(POLICIES))
def test_a_starter_skipped_opens_no_figure(policy):
    """Where the cheap test before a starter says no, the general reader finds nothing
    and records nothing (two words, and two words before a number)."""
    pol = POLICIES[policy]
    tables = _policy_tables(pol)
    vocab = _vocabulary()
    skipped = 0
    for first in sorted(tables.starters):
        for second in vocab:
            for gap, tail in ((" ", ""), (" ", " 12 people"), ("", " five hundred")):
                text = f"{first}{gap}{second}{tail}"
                scanner = _Scanner(text, tokenize(text), pol, tables)
                if scanner.texts[0] != first or scanner.may_open(0):
                    continue
                skipped += 1
                assert scanner.read(0) is None, text
                assert not scanner.rejected and scanner.skip_to == 0, text
    assert skipped > 1000


def _shortcut_agrees(policy: str, texts: Iterable[str], shortcut: str) -> int:
    """How many of ``texts`` the scanner's ``shortcut`` (a method name) reads at their first
    token, asserting each reading is the general reader's."""
    pol = POLICIES[policy]
    tables = _policy_tables(pol)
    taken = 0
    for text in texts:
        toks = tokenize(text)
        fast = getattr(_Scanner(text, toks, pol, tables), shortcut)(0)
        if fast is None:
            continue
        taken += 1
        assert fast == _Scanner(text, toks, pol, tables).read(0), text
    return taken


@pytest.mark.parametrize("policy", sorted(POLICIES))
def test_a_plain_digit_run_is_what_the_general_reader_reads(policy):
    texts = (
        f"{digits}{gap}{after} and more"
        for digits in ("0", "7", "11", "380", "1990", "2000000000", "9" * 41)
        for after in [*_vocabulary(), "people", "s", "th"]
        for gap in (" ", "")
    )
    assert _shortcut_agrees(policy, texts, "plain_digits") > 100


@pytest.mark.parametrize("policy", sorted(POLICIES))
def test_a_digit_run_before_a_symbol_is_what_the_general_reader_reads(policy):
    """ "11, police said", "11.", "11)", "1,234", "2.5", "10^6", "11, best estimate 9"."""
    texts = (
        f"{digits}{sym}{after}"
        for digits in ("0", "7", "10", "11", "380", "1990", "2000000000", "9" * 41)
        for sym in (",", ".", ")", "(", "-", "/", ":", "^", "+", "%", "'", "½", "&", "~", ";")
        for after in (" people", "234 died", "5", " 12", " best estimate 9", "")
    )
    assert _shortcut_agrees(policy, texts, "plain_digits") > 100


@pytest.mark.parametrize("policy", sorted(POLICIES))
def test_a_small_number_word_is_what_the_general_reader_reads(policy):
    """ "two people", "eleven were", "twenty", but not "twenty one" or "two or three"."""
    texts = (
        f"{word} {after} and more" if after[:1].isalnum() else f"{word}{after} more"
        for word in ("zero", "one", "two", "eleven", "twenty", "ninety", "twentyone", "no", "a")
        for after in [*_vocabulary(), "people", "12", "", "-five", ",", "."]
    )
    assert _shortcut_agrees(policy, texts, "small_word") > 100


def _reference_scan(scanner: _Scanner) -> list[Figure]:
    """The scan without fast paths: the general reader at every digit run and starter."""
    out: list[Figure] = []
    i, n = 0, len(scanner.toks)
    while i < n:
        tok = scanner.toks[i]
        fig = scanner.read(i) if tok.kind == "digits" or tok.text in scanner.starters else None
        if fig is None:
            i = max(i + 1, scanner.skip_to)
            continue
        out.append(fig)
        i = fig.last
    return out


_SOUP = st.lists(
    st.tuples(st.sampled_from(_vocabulary()), st.sampled_from([" ", " ", " ", "", "-", ", ", ". ", ",", ".", ") "])),
    max_size=14,
).map(lambda parts: "".join(w + sep for w, sep in parts))


@given(_SOUP, st.sampled_from(sorted(POLICIES)))
def test_scan_reads_what_the_general_reader_reads(text, policy):
    pol = POLICIES[policy]
    toks = tokenize(text)
    fast = _Scanner(text, toks, pol, _policy_tables(pol))
    general = _Scanner(text, toks, pol, _policy_tables(pol))
    assert fast.scan() == _reference_scan(general)
    assert fast.rejected == general.rejected


# -- rules searched only where the classes they need occur ---------------------------------------
@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        ("F ,? [VU]", ["F", "UV"]),
        ("F | N", ["FN"]),
        ("(F V | N U) ,", [",", "FN"]),
        ("F? V* N", ["N"]),
        ("{victim:F} (, d)? V+", ["F", "V"]),
        ("[FN] F", ["F"]),
    ],
)
def test_needs_of_a_pattern(pattern, needs):
    abc = {c: c for c in "FNVUd,"}
    p = compile_pattern(pattern, abc, slots={"victim"})
    assert sorted("".join(sorted(s)) for s in p.needs) == sorted(needs)


_PHRASE_CODES = "".join(sorted(er.PHRASE_ALPHABET))
_FRAME_INDEX = index_rules([done.pattern for done in frames_module._COMPILED])


@given(st.text(st.sampled_from(_PHRASE_CODES), max_size=30))
def test_a_frame_left_out_has_no_match(string):
    """Every frame that matches a phrase string is among the index's candidates."""
    candidates = set(_FRAME_INDEX.candidates(string))
    for k, done in enumerate(frames_module._COMPILED):
        if k not in candidates:
            assert next(done.pattern.finditer(string), None) is None, (done.rule.name, string)
            assert not done.pattern.may_match(set(string))


def test_every_frame_example_keeps_its_frame():
    for k, spec in enumerate(er.FRAMES):
        for example in spec.rule.examples:
            string = read_phrases(chunk(classify(example))).string
            if next(frames_module._COMPILED[k].pattern.finditer(string), None) is not None:
                assert k in _FRAME_INDEX.candidates(string), (spec.rule.name, example)


# -- the prefilter --------------------------------------------------------------------------------
_LEXICON = sorted({*lx.CLASS_OF, *(w for words in lx.MULTIWORDS for w in words), "Kanda", "May", "US", "11"})
_LEXICON_SOUP = st.lists(
    st.tuples(
        st.sampled_from(_LEXICON),
        st.sampled_from([str.lower, str.title, str.upper]),
        st.sampled_from([" ", " ", " ", "-", "'", "’", ", ", ". ", ".", ""]),
    ),
    max_size=12,
).map(lambda parts: "".join(case(w) + sep for w, case, sep in parts))


def _full_read(text: str) -> tuple[object, ...]:
    """:func:`read` with every sentence classified in full (no prefilter, no lean sentences)."""
    with mock.patch.object(build, "classify_triggered", lambda t, policy="interval": classify(t, policy=policy)):
        return read(text)


@given(_LEXICON_SOUP)
def test_the_prefilter_skips_only_texts_without_a_trigger(text):
    """A text the prefilter leaves out has no sentence with a trigger; in the others a
    sentence with no trigger word is one unit, chunked as the full reading chunks it."""
    classes = classify_triggered(text)
    full = classify(text)
    if classes is None:
        assert not has_trigger(full)
        return
    assert [s.trigger for s in classes.sentences] == [s.trigger for s in full.sentences]
    assert classes.token_sentences == full.token_sentences
    assert chunk(classes).string == chunk(full).string


_PROSE_SOUP = st.lists(st.sampled_from(_PROSE + _ASIDES), min_size=1, max_size=6).flatmap(
    lambda templates: st.integers(0, 99).map(lambda seed: _text(tuple(templates), len(templates), seed))
)


@given(st.one_of(_LEXICON_SOUP, _PROSE_SOUP))
def test_lean_sentences_read_as_full_ones(text):
    assert read(text) == _full_read(text)


@pytest.mark.parametrize(
    "text",
    ["The death-toll rose to 9.", "Two Lost Their Lives.", "He was beaten to death.", "Nine villagers met."],
)
def test_the_prefilter_on_compounds_and_expressions(text):
    classes = classify_triggered(text)
    assert (classes is not None) == has_trigger(classify(text))


# -- sentence ends without a step per token ------------------------------------------------------
_PIECES = ["Dr.", "U.S.", "he", "He", "11", "3.5", ".", "!", "?", '"', "”", ")", "\n", "\n\n", "Kanda", "said", ","]
_PIECES += ["and", "'", "’", "No.", "B.", "»", "...", "Feb.", "—", "killed"]
_SEGMENT_SOUP = st.lists(
    st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " ", " ", "\n", "\n\n"])), max_size=16
).map(lambda parts: "".join(w + sep for w, sep in parts))


@given(_SEGMENT_SOUP)
def test_sentence_ends_are_where_sentence_tokens_cut(text):
    toks = tokenize(text)
    lengths = [len(s) for s in sentence_tokens(toks, text)]
    assert sentence_ends(toks, text) == [sum(lengths[: k + 1]) - 1 for k in range(len(lengths))]
