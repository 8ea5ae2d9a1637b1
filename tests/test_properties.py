"""Hypothesis properties: round trips, algebra laws, robustness and linear time."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from casualties import MAX_PEOPLE, Count, ParseError, find_figures, parse
from casualties.numbers import number_to_words, tokenize
from casualties.patterns import TOKEN
from casualties.strategies import counts, numerals, phrases

small_counts = counts(max_value=10_000)


@given(counts())
def test_canonical_english_reads_back(c):
    assert parse(str(c)) == c


@given(phrases())
def test_generated_phrases_read_as_the_rules_say(pair):
    text, expected = pair
    assert parse(text) == expected


@given(phrases(policy="acled"))
def test_generated_phrases_under_acled(pair):
    text, expected = pair
    got = parse(text, policy="acled")
    assert got == expected
    assert got.low == got.best == got.high


@given(phrases())
def test_what_parse_reads_renders_and_reads_back(pair):
    c = parse(pair[0])
    assert parse(str(c)) == c


@given(numerals(max_value=MAX_PEOPLE))
def test_numerals_in_digits_and_words(pair):
    text, value = pair
    assert parse(text) == Count.exactly(value)


@given(numerals(min_value=MAX_PEOPLE + 1, max_value=10**15))
def test_numerals_beyond_any_population_are_refused(pair):
    text, _ = pair
    with pytest.raises(ParseError, match="more than any population"):
        parse(text)
    assert find_figures(text) == []


@given(small_counts, small_counts)
def test_addition_commutes(a, b):
    assert a + b == b + a


@given(small_counts, small_counts, small_counts)
def test_addition_associates(a, b, c):
    assert (a + b) + c == a + (b + c)
    assert sum([a, b, c]) == a + b + c


@given(small_counts, small_counts, st.data())
def test_sum_holds_every_sum_of_members(a, b, data):
    x = data.draw(st.integers(a.low, a.high if a.high is not None else a.low + 1000))
    y = data.draw(st.integers(b.low, b.high if b.high is not None else b.low + 1000))
    assert x + y in a + b


@given(small_counts, small_counts)
def test_consensus_lies_inside_both(a, b):
    both = a & b
    assert both == (b & a)
    if both is None:
        assert a.high is not None and a.high < b.low or b.high is not None and b.high < a.low
        return
    for n in (both.low, both.best, both.high):
        if n is not None:
            assert n in a and n in b
    assert both.best in both


@given(small_counts, small_counts)
def test_hull_holds_both(a, b):
    hull = a | b
    assert hull == (b | a)
    for c in (a, b):
        assert c.low in hull and c.best in hull
        if c.high is None:
            assert hull.high is None
        else:
            assert c.high in hull


@given(small_counts)
def test_consensus_and_hull_are_idempotent(a):
    assert (a & a) == a
    assert (a | a) == a


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_parse_raises_nothing_but_parse_error(text):
    try:
        c = parse(text)
    except ParseError:
        return
    assert isinstance(c, Count)


_HOSTILE = st.lists(
    st.sampled_from(
        [
            "1",
            "9",
            ",",
            " ",
            ".",
            "-",
            "at least",
            "more than",
            "between",
            "and",
            "or",
            "hundred",
            "thousand",
            "dozens",
            "of",
            "e",
            "m",
            "a",
            "half",
            "\u202f",
            "no",
            "one",
            "twenty",
            "to",
            "or more",
            "zero",
        ]
    ),
    max_size=80,
).map("".join)


@given(_HOSTILE)
def test_hostile_fragments_never_crash(text):
    try:
        parse(text)
    except ParseError:
        pass
    for fig in find_figures(text):
        assert 0 <= fig.start < fig.end <= len(text)


@given(st.text(max_size=300))
def test_every_figure_span_is_valid_and_ordered(text):
    last = 0
    for fig in find_figures(text):
        assert last <= fig.start < fig.end <= len(text)
        last = fig.end


@given(st.one_of(_HOSTILE, st.text(alphabet="ab Z9-,.\t'_", max_size=40), st.text(max_size=40)))
def test_tokens_are_the_token_pattern_s_matches(text):
    """The word-by-word tokenizer for ASCII text gives the pattern's tokens."""
    kinds = ("", "digits", "word", "sym")
    expected = [(m.group().lower(), m.start(), m.end(), kinds[m.lastindex]) for m in TOKEN.finditer(text)]
    if len(text.lower()) == len(text):
        assert [tuple(t) for t in tokenize(text)] == expected


@given(_HOSTILE)
def test_no_figure_exceeds_any_population(text):
    for fig in find_figures(text):
        assert fig.count.low <= MAX_PEOPLE
        assert fig.count.high is None or fig.count.high <= MAX_PEOPLE


# quantulum3 as a differential oracle: it reads American-style number words correctly
# (it misreads "nine hundred and seventeen thousand" and does not read a lone "one").
@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(st.integers(2, MAX_PEOPLE), st.booleans())
def test_number_words_agree_with_quantulum3(n, hyphen):
    quantulum3 = pytest.importorskip("quantulum3.parser")
    words = number_to_words(n, use_and=False, hyphen=hyphen)
    found = quantulum3.parse(words)
    assume(len(found) == 1)
    assert parse(words) == Count.exactly(int(found[0].value))


def _parse_or_refuse(text: str) -> None:
    try:
        parse(text)
    except ParseError:
        pass


@pytest.mark.slow
@pytest.mark.parametrize(
    "unit",
    [
        "1,000,000,",  # endless digit groups
        "12 345 678 ",  # space groups
        "at least more than ",  # qualifiers with nothing to qualify
        "one twenty two ",  # colloquial digit-group words
        "zero zero zero ",
        "9" * 50 + " ",  # over-long digit runs
        "between 1 and ",
        "1.2.3.4e5e6 ",
        "1e" + "9" * 50 + " ",  # exponents beyond any population
        "10^" + "9" * 50 + " ",
        "the 1990s, ",  # decades
        "1½ ",  # vulgar fractions
        "20 to 10 ",  # ranges written high to low
    ],
)
def test_linear_time_on_hostile_input(unit, growth):
    """Reading 4x the text takes about 4x the time (a ratio, not a timing)."""
    ratio = growth(_parse_or_refuse, unit)  # about 250 KB against 1 MB, or more
    assert ratio < 10, f"{unit!r}: 4x the input took {ratio:.1f}x the time"
